// alpa-run --backend=sim: a partitioned module runs on global inputs split over its grid, and
// --verify-against compares its assembled outputs with the original's on the interpreter.
// RUN: alpa-run %s --backend=sim --seed 1 --verify-against=%S/Inputs/alpa_run_sim_original.mlir | FileCheck %s --check-prefix=MATCH
// RUN: alpa-run %s --backend=sim --seed 1 --outputs %t.npz | FileCheck %s --check-prefix=OUT
// RUN: alpa-run %S/Inputs/alpa_run_sim_original.mlir --seed 1 --expected %t.npz | FileCheck %s --check-prefix=SAME
// RUN: alpa-run %S/Inputs/alpa_run_sim_uneven.mlir --backend=sim --verify-against=%S/Inputs/alpa_run_sim_uneven_original.mlir | FileCheck %s --check-prefix=UNEVEN
// RUN: not alpa-run %S/Inputs/alpa_run_sim_max.mlir --backend=sim --verify-against=%S/Inputs/alpa_run_sim_original.mlir | FileCheck %s --check-prefix=MISMATCH
// RUN: not alpa-run %S/Inputs/alpa_run_sim_no_all_reduce.mlir --backend=sim --verify-against=%S/Inputs/alpa_run_sim_original.mlir 2>&1 | FileCheck %s --check-prefix=DISAGREE
// RUN: not alpa-run %S/Inputs/alpa_run_sim_original.mlir --backend=sim 2>&1 | FileCheck %s --check-prefix=NOGRID
// RUN: not alpa-run %s --backend=sim --verify-against=%S/Inputs/alpa_run_sim_uneven_original.mlir 2>&1 | FileCheck %s --check-prefix=ARGS

// MATCH: ran @main on Sim (grid @mesh of shape 2) with random inputs (seed 1)
// MATCH-NEXT: out0 tensor<4x6xf32> {{.*}} rel. error
// MATCH-NEXT: all 1 outputs match {{.*}}alpa_run_sim_original.mlir (tolerance 1e-5)
// OUT: out0 tensor<4x6xf32>
// OUT: wrote 1 outputs to
// SAME: all 1 outputs match
// UNEVEN: ran @main on Sim (grid @mesh of shape 2x4)
// UNEVEN-NEXT: out0 tensor<5x8xf32>
// UNEVEN-NEXT: all 1 outputs match
// MISMATCH: mismatch against {{.*}}alpa_run_sim_original.mlir: output 0: relative error {{.*}} exceeds 1e-5 (first difference at
// DISAGREE: alpa-run: error: {{.*}}alpa_run_sim_no_all_reduce.mlir: devices disagree on replicated result 0: device 1 [1] against device 0 [0]: relative error
// NOGRID: alpa-run: error: {{.*}}alpa_run_sim_original.mlir: no shard.grid: not a partitioned module
// ARGS: alpa-run: error: {{.*}}alpa_run_sim_uneven_original.mlir: @main takes (tensor<5x8xf32>) but {{.*}}alpa_run_sim.mlir takes (tensor<4x8xf32>, tensor<8x6xf32>) globally

// x @ w on 2 devices: x split along columns, w along rows, the partial products summed.
shard.grid @mesh(shape = 2)
func.func @main(%x: tensor<4x4xf32> {alpa.split_axes = #shard<axisarray[[], [0]]>}, %w: tensor<4x6xf32> {alpa.split_axes = #shard<axisarray[[0], []]>}) -> tensor<4x6xf32> {
  %p = stablehlo.dot_general %x, %w, contracting_dims = [1] x [0] : (tensor<4x4xf32>, tensor<4x6xf32>) -> tensor<4x6xf32>
  %y = shard.all_reduce %p on @mesh grid_axes = [0] : tensor<4x6xf32> -> tensor<4x6xf32>
  return %y : tensor<4x6xf32>
}
