// The alpa-opt command line: help generated from the registry, mlir-opt style errors.
// RUN: alpa-opt --help | FileCheck %s --check-prefix=HELP
// RUN: not alpa-opt %s --alpa-frobnicate 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// RUN: not alpa-opt %s --alpa-unroll-while="max-trip-count=many" 2>&1 | FileCheck %s --check-prefix=BADOPT
// RUN: not alpa-opt %s --pass-pipeline='builtin.module(alpa-inline' 2>&1 | FileCheck %s --check-prefix=PIPE
// RUN: not alpa-opt %s --pass-pipeline='builtin.module(no-such-pass)' 2>&1 | FileCheck %s --check-prefix=UPSTREAM
// RUN: not alpa-opt %S/does-not-exist.mlir 2>&1 | FileCheck %s --check-prefix=MISSING
// RUN: alpa-opt %s --alpa-inline --mlir-print-ir-after-all 2>&1 >/dev/null | FileCheck %s --check-prefix=DUMP
// RUN: cat %s | alpa-opt - -o %t && FileCheck %s --check-prefix=OUT < %t
// RUN: alpa-opt %s --alpa-inline --verify-each=false | FileCheck %s --check-prefix=OUT
// RUN: alpa-opt --print-pass-docs | FileCheck %s --check-prefix=DOCS

// HELP: usage: alpa-opt [options] [input.mlir | -]
// HELP: --alpa-import {{.*}}canonical import pipeline
// HELP:   unroll=true|false (default false)
// HELP: --alpa-verify
// HELP:   boundary=none|imported (default none)
// HELP: --alpa-inline
// HELP: --alpa-unroll-while
// HELP:   max-trip-count=N (default 64)

// UNKNOWN: alpa-opt: error: unknown pass 'alpa-frobnicate' (see alpa-opt --help)
// BADOPT: alpa-opt: error: invalid value 'many' for option 'max-trip-count' of 'alpa-unroll-while': expected a non-negative integer
// PIPE: alpa-opt: error: unbalanced parentheses in pipeline 'builtin.module(alpa-inline'
// UPSTREAM: internal error: invalid pipeline element 'no-such-pass'
// MISSING: alpa-opt: error: cannot read '{{.*}}does-not-exist.mlir'
// DUMP: // -----// IR Dump After alpa-inline (alpa-inline) //----- //
// DUMP-NEXT: module {
// OUT: func.func @main
// DOCS: # Passes
// DOCS: ### `alpa-import`
// DOCS: ### `alpa-inline`

func.func @main(%arg0: tensor<4xf32>) -> tensor<4xf32> {
  return %arg0 : tensor<4xf32>
}
