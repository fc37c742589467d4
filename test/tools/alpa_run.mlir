// alpa-run: random or .npz inputs, .npz outputs, comparison with reference outputs.
// RUN: alpa-run %s --seed 3 --outputs %t.npz | FileCheck %s --check-prefix=RANDOM
// RUN: alpa-run %s --seed 3 --expected %t.npz | FileCheck %s --check-prefix=SAME
// RUN: not alpa-run %s --seed 4 --expected %t.npz | FileCheck %s --check-prefix=DIFF
// RUN: not alpa-run %s --backend=tpu 2>&1 | FileCheck %s --check-prefix=BACKEND
// RUN: not alpa-run %s --inputs %models/mlp.npz 2>&1 | FileCheck %s --check-prefix=SHAPE
// RUN: not alpa-run %S/../parse/Inputs/unknown_op.mlir 2>&1 | FileCheck %s --check-prefix=UNKNOWN
// RUN: alpa-run %s --entry=other --seed 3 | FileCheck %s --check-prefix=ENTRY
// RUN: not alpa-run %s --entry=missing 2>&1 | FileCheck %s --check-prefix=NOENTRY
// RUN: alpa-run %s --seed 4 --expected %t.npz --tolerance 10 | FileCheck %s --check-prefix=LOOSE

// RANDOM: ran @main on Interp with random inputs (seed 3)
// RANDOM-NEXT: out0 tensor<4xf32> {{.*}}mean
// RANDOM-NEXT: wrote 1 outputs to
// SAME: all 1 outputs match
// DIFF: mismatch against {{.*}}: output 0: relative error
// BACKEND: alpa-run: error: unknown backend 'tpu' (available: interp, sim)
// SHAPE: alpa-run: error: {{.*}}mlp.npz: unexpected input 'arg1': @main takes 1 arguments, named arg0 to arg0
// ENTRY: ran @other on Interp
// ENTRY-NEXT: out0 tensor<2xf32>
// NOENTRY: alpa-run: error: {{.*}}alpa_run.mlir: no function '@missing'
// LOOSE: all 1 outputs match {{.*}} (tolerance 1e1)
// UNKNOWN: alpa-run: error: {{.*}}unknown_op.mlir:3:8: error: unknown op 'stablehlo.frobnicate'

func.func @main(%arg0: tensor<4xf32>) -> tensor<4xf32> {
  %0 = stablehlo.tanh %arg0 : tensor<4xf32>
  return %0 : tensor<4xf32>
}

func.func @other(%arg0: tensor<2xf32>) -> tensor<2xf32> {
  %0 = stablehlo.negate %arg0 : tensor<2xf32>
  return %0 : tensor<2xf32>
}
