// alpa-auto-shard on a remat step: each operand of an optimization_barrier keeps its own
// layout (the weights stay split through it), and the recompute after the barrier runs as the
// forward did.
// RUN: alpa-opt %s --alpa-import --alpa-auto-shard="mesh=4 memory-budget=100000" --alpa-print-plan 2>&1 >/dev/null | FileCheck %s --check-prefix=PLAN
// RUN: alpa-opt %s --alpa-import --alpa-auto-shard="mesh=4 memory-budget=100000" --alpa-partition | FileCheck %s
// RUN: alpa-opt %s --alpa-import --alpa-auto-shard="mesh=4 memory-budget=100000" --alpa-partition --emit=generic | mlir-opt --allow-unregistered-dialect > /dev/null

// Replicated weights do not fit the budget: both are split, and nothing gathers them.
// PLAN:      collectives: all_reduce 0, all_gather 2, reduce_scatter 0
// PLAN-NOT:  all_gather at stablehlo.optimization_barrier
// PLAN-NOT:  all_gather at params
// PLAN:      params['w1']  f32[64,256]  split [-, axis0]
// PLAN-NEXT: params['w2']  f32[256,64]  split [-, axis0]

// The forward and its recompute: the same local shapes, the same gather.
// CHECK:      %[[H:.*]] = stablehlo.tanh %{{.*}} : tensor<32x64xf32>
// CHECK-NEXT: shard.all_gather %[[H]] on @mesh grid_axes = [0] gather_axis = 1 : tensor<32x64xf32> -> tensor<32x256xf32>
// CHECK:      %[[B:.*]]:3 = stablehlo.optimization_barrier %arg0, %arg1, %arg2 : tensor<64x64xf32>, tensor<256x16xf32>, tensor<32x64xf32>
// CHECK-NEXT: stablehlo.dot_general %[[B]]#2, %[[B]]#0, {{.*}} -> tensor<32x64xf32>
// CHECK-NEXT: %[[R:.*]] = stablehlo.tanh %{{.*}} : tensor<32x64xf32>
// CHECK-NEXT: shard.all_gather %[[R]] on @mesh grid_axes = [0] gather_axis = 1 : tensor<32x64xf32> -> tensor<32x256xf32>
// CHECK-NEXT: stablehlo.dot_general %{{.*}}, %[[B]]#1, {{.*}} -> tensor<32x16xf32>
func.func public @main(%w1: tensor<64x256xf32> loc("params['w1']"), %w2: tensor<256x64xf32> loc("params['w2']"), %x: tensor<32x64xf32> loc("batch[0]")) -> (tensor<32x64xf32>, tensor<32x64xf32>) {
  %0 = stablehlo.dot_general %x, %w1, contracting_dims = [1] x [0] : (tensor<32x64xf32>, tensor<64x256xf32>) -> tensor<32x256xf32>
  %1 = stablehlo.tanh %0 : tensor<32x256xf32>
  %2 = stablehlo.dot_general %1, %w2, contracting_dims = [1] x [0] : (tensor<32x256xf32>, tensor<256x64xf32>) -> tensor<32x64xf32>
  %3:3 = stablehlo.optimization_barrier %w1, %w2, %x : tensor<64x256xf32>, tensor<256x64xf32>, tensor<32x64xf32>
  %4 = stablehlo.dot_general %3#2, %3#0, contracting_dims = [1] x [0] : (tensor<32x64xf32>, tensor<64x256xf32>) -> tensor<32x256xf32>
  %5 = stablehlo.tanh %4 : tensor<32x256xf32>
  %6 = stablehlo.dot_general %5, %3#1, contracting_dims = [1] x [0] : (tensor<32x256xf32>, tensor<256x64xf32>) -> tensor<32x64xf32>
  return %2, %6 : tensor<32x64xf32>, tensor<32x64xf32>
}
