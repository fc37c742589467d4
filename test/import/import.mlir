// The canonical import pipeline on a real JAX export: a scanned 4-layer MLP (so four tanh after unrolling the forward loop) training step
// whose helpers are private functions and whose layers are a while loop.
// RUN: alpa-opt %models/scan_mlp.mlir --alpa-import | FileCheck %s --check-prefix=KEEP
// RUN: alpa-opt %models/scan_mlp.mlir --alpa-import="unroll=true" | FileCheck %s --check-prefix=UNROLL
// RUN: alpa-opt %models/scan_mlp.mlir --pass-pipeline='builtin.module(alpa-import{unroll=true},canonicalize)' | FileCheck %s --check-prefix=UNROLL

// KEEP:       func.func public @main
// KEEP-NOT:     call
// KEEP:         stablehlo.while
// KEEP-NOT:   func.func private

// UNROLL:       func.func public @main
// UNROLL-NOT:   stablehlo.while
// UNROLL-NOT:   call
// UNROLL-COUNT-4: stablehlo.tanh
// UNROLL-NOT:   func.func private
