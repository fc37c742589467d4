// The generic form of every fixture is valid MLIR for mlir-opt-22 (StableHLO ops unregistered).
// RUN: alpa-opt %models/mlp.mlir --emit=generic | mlir-opt-22 --allow-unregistered-dialect | FileCheck %s
// RUN: alpa-opt %models/mlp_bf16.mlir --emit=generic | mlir-opt-22 --allow-unregistered-dialect | FileCheck %s
// RUN: alpa-opt %models/gpt2.mlir --emit=generic | mlir-opt-22 --allow-unregistered-dialect | FileCheck %s
// RUN: alpa-opt %models/bert.mlir --emit=generic | mlir-opt-22 --allow-unregistered-dialect | FileCheck %s
// RUN: alpa-opt %models/llama.mlir --emit=generic | mlir-opt-22 --allow-unregistered-dialect | FileCheck %s
// RUN: alpa-opt %models/moe.mlir --emit=generic | mlir-opt-22 --allow-unregistered-dialect | FileCheck %s
// RUN: alpa-opt %models/convnet.mlir --emit=generic | mlir-opt-22 --allow-unregistered-dialect | FileCheck %s
// RUN: alpa-opt %models/scan_mlp.mlir --emit=generic --mlir-print-debuginfo | mlir-opt-22 --allow-unregistered-dialect | FileCheck %s

// CHECK: func.func public @main
