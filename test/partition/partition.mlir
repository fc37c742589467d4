// alpa-partition: one per-device program with local shapes and the plan's collectives.
// RUN: alpa-opt %s --alpa-auto-shard="mesh=4 alpha=1 beta=1 cost-model=alpa" --alpa-partition | FileCheck %s
// RUN: alpa-opt %s --alpa-auto-shard="mesh=4 alpha=1 beta=1 cost-model=alpa" --alpa-partition --emit=generic | mlir-opt --allow-unregistered-dialect > /dev/null

// A big batch: the batch is split, the weight replicated; no collective in the forward step.
// CHECK:       shard.grid @mesh(shape = 4)
// CHECK-LABEL: func.func @batch_split
// CHECK-SAME:    %arg0: tensor<64x8xf32> {alpa.global_shape = array<i64: 256, 8>, alpa.split_axes = #shard<axisarray{{\[\[}}0]]>}
// CHECK-SAME:    %arg1: tensor<8x8xf32> {alpa.global_shape = array<i64: 8, 8>, alpa.split_axes = #shard<axisarray{{\[\[}}]]>}
// CHECK-NOT:   shard.shard
// CHECK:       stablehlo.dot_general {{.*}} : (tensor<64x8xf32>, tensor<8x8xf32>) -> tensor<64x8xf32>
// CHECK-NOT:   shard.all_reduce
// CHECK:       return
func.func @batch_split(%x: tensor<256x8xf32>, %w: tensor<8x8xf32>) -> tensor<256x8xf32> {
  %0 = stablehlo.dot_general %x, %w, contracting_dims = [1] x [0] : (tensor<256x8xf32>, tensor<8x8xf32>) -> tensor<256x8xf32>
  return %0 : tensor<256x8xf32>
}

// Alpa's 6-layer Megatron MLP (batch 32, hidden 256) on 4 devices: one all-reduce per
// row-split layer in the forward pass and the matching ones in the backward pass, 5 in all,
// as the plan JSON promises.
// RUN: alpa-opt %models/plan/alpa_mlp_mp.mlir --alpa-import --alpa-auto-shard="mesh=4 alpha=1 beta=1 cost-model=alpa" --alpa-plan-json=%t.json --alpa-partition | FileCheck %s --check-prefix=MEGATRON
// RUN: FileCheck %s --check-prefix=PROMISE < %t.json
// MEGATRON-COUNT-5: shard.all_reduce %{{.*}} on @mesh grid_axes = [0] : tensor<32x256xf32> -> tensor<32x256xf32>
// MEGATRON-NOT:     shard.all_reduce
// MEGATRON-NOT:     shard.all_gather
// PROMISE:          "all_reduce": 5,
// PROMISE-NEXT:     "all_gather": 0,

// Alpa's data-parallel MLP (batch 256, hidden 32) on 4 devices: only the 4 gradient
// all-reduces of the 32x32 kernels.
// RUN: alpa-opt %models/plan/alpa_mlp_dp.mlir --alpa-import --alpa-auto-shard="mesh=4 alpha=1 beta=1 cost-model=alpa" --alpa-partition | FileCheck %s --check-prefix=DATA
// DATA-COUNT-4: shard.all_reduce %{{.*}} on @mesh grid_axes = [0] : tensor<32x32xf32> -> tensor<32x32xf32>
// DATA-NOT:     shard.all_gather

// The partitioned GPT-2 step (every dot split on a 2x2 mesh) computes what the original does:
// the simulated mesh against the interpreter on one device, on the fixture's inputs.
// RUN: alpa-opt %models/gpt2.mlir --alpa-import --alpa-auto-shard="mesh=2x2 alpha=1,1 beta=1,0.1 cost-model=alpa" --alpa-partition -o %t.gpt2.mlir
// RUN: alpa-run %t.gpt2.mlir --backend=sim --inputs %models/gpt2.npz --verify-against=%models/gpt2.mlir | FileCheck %s --check-prefix=SIM
// SIM: all 92 outputs match {{.*}}gpt2.mlir (tolerance 1e-5)

// A split that does not divide its dimension: blocks are padded (5 rows over 2 devices: 3 + 2)
// and the padding is masked before anything sums over it; the result is the original's.
// RUN: alpa-opt %S/Inputs/uneven.mlir --alpa-auto-shard="mesh=2 alpha=1 beta=1 cost-model=alpa" --alpa-partition -o %t.uneven.mlir
// RUN: FileCheck %s --check-prefix=UNEVEN < %t.uneven.mlir
// RUN: alpa-run %t.uneven.mlir --backend=sim --seed 3 --verify-against=%S/Inputs/uneven.mlir | FileCheck %s --check-prefix=UNEVENSIM
// UNEVEN:     func.func @main(%arg0: tensor<3x64xf32> {alpa.global_shape = array<i64: 5, 64>
// UNEVEN:     stablehlo.dot_general {{.*}} -> tensor<3x4xf32>
// UNEVENSIM: all 1 outputs match

// An annotation on an axis the grid does not have is a located input error.
// RUN: not alpa-opt %S/Inputs/bad_axis.mlir --alpa-partition 2>&1 | FileCheck %s --check-prefix=AXIS
// AXIS: bad_axis.mlir:6:10: error: 'shard.shard': grid axis 1 is out of range for grid @mesh of rank 1

// Without a plan there is nothing to partition.
// RUN: not alpa-opt %S/Inputs/uneven.mlir --alpa-partition 2>&1 | FileCheck %s --check-prefix=NOPLAN
// NOPLAN: error: alpa-partition: the module has no shard.grid: run alpa-auto-shard first
