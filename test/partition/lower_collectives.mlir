// alpa-lower-collectives: shard collectives become StableHLO collectives over replica groups.
// RUN: alpa-opt %s --split-input-file --alpa-lower-collectives --verify-diagnostics | FileCheck %s
// RUN: alpa-opt %s --split-input-file --alpa-lower-collectives --verify-diagnostics --emit=generic | mlir-opt --split-input-file --allow-unregistered-dialect > /dev/null

shard.grid @mesh(shape = 2x2)

// Each collective gets the process groups of its grid axes and a fresh channel.
// CHECK-LABEL: func.func @collectives
// CHECK:       "stablehlo.all_reduce"(%{{.*}}) ({
// CHECK-NEXT:    ^bb0(%[[A:.*]]: tensor<f32>, %[[B:.*]]: tensor<f32>):
// CHECK-NEXT:      %[[S:.*]] = stablehlo.add %[[A]], %[[B]] : tensor<f32>
// CHECK-NEXT:      stablehlo.return %[[S]] : tensor<f32>
// CHECK-NEXT:  }) {channel_handle = #stablehlo.channel_handle<handle = 1, type = 1>, replica_groups = dense<{{\[\[}}0, 1], [2, 3]]> : tensor<2x2xi64>, use_global_device_ids} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK:       "stablehlo.all_gather"(%{{.*}}) {all_gather_dim = 0 : i64, channel_handle = #stablehlo.channel_handle<handle = 2, type = 1>, replica_groups = dense<{{\[\[}}0, 2], [1, 3]]> : tensor<2x2xi64>, use_global_device_ids} : (tensor<4x8xf32>) -> tensor<8x8xf32>
// CHECK:       "stablehlo.reduce_scatter"(%{{.*}}) ({
// CHECK:           stablehlo.maximum
// CHECK:       }) {channel_handle = #stablehlo.channel_handle<handle = 3, type = 1>, replica_groups = dense<{{\[\[}}0, 1], [2, 3]]> : tensor<2x2xi64>, scatter_dimension = 1 : i64, use_global_device_ids} : (tensor<4x8xf32>) -> tensor<4x4xf32>
// CHECK:       "stablehlo.all_to_all"(%{{.*}}) {channel_handle = #stablehlo.channel_handle<handle = 4, type = 1>, concat_dimension = 1 : i64, replica_groups = dense<{{\[\[}}0, 2], [1, 3]]> : tensor<2x2xi64>, split_count = 2 : i64, split_dimension = 0 : i64, use_global_device_ids} : (tensor<4x8xf32>) -> tensor<2x16xf32>
// CHECK-NOT:   shard.all
// CHECK:       return
func.func @collectives(%x: tensor<4x8xf32>) -> (tensor<4x8xf32>, tensor<8x8xf32>, tensor<4x4xf32>, tensor<2x16xf32>) {
  %0 = shard.all_reduce %x on @mesh grid_axes = [1] : tensor<4x8xf32> -> tensor<4x8xf32>
  %1 = shard.all_gather %x on @mesh grid_axes = [0] gather_axis = 0 : tensor<4x8xf32> -> tensor<8x8xf32>
  %2 = shard.reduce_scatter %x on @mesh grid_axes = [1] reduction =  max scatter_axis = 1 : tensor<4x8xf32> -> tensor<4x4xf32>
  %3 = shard.all_to_all %x on @mesh grid_axes = [0] split_axis = 0 concat_axis = 1 : tensor<4x8xf32> -> tensor<2x16xf32>
  return %0, %1, %2, %3 : tensor<4x8xf32>, tensor<8x8xf32>, tensor<4x4xf32>, tensor<2x16xf32>
}

// -----

shard.grid @mesh(shape = 2x2)

// all_slice: the device's position along grid axis 1 is partition_id % 2, its block starts at
// position * 4 along dimension 1.
// CHECK-LABEL: func.func @slice
// CHECK:       %[[ID:.*]] = "stablehlo.partition_id"() : () -> tensor<ui32>
// CHECK:       %[[TWO:.*]] = stablehlo.constant dense<2> : tensor<ui32>
// CHECK:       %[[POS:.*]] = stablehlo.remainder %[[ID]], %[[TWO]] : tensor<ui32>
// CHECK:       %[[ZERO:.*]] = stablehlo.constant dense<0> : tensor<ui32>
// CHECK:       %[[SIZE:.*]] = stablehlo.constant dense<4> : tensor<ui32>
// CHECK:       %[[START:.*]] = stablehlo.multiply %[[POS]], %[[SIZE]] : tensor<ui32>
// CHECK:       stablehlo.dynamic_slice %{{.*}}, %[[ZERO]], %[[START]], sizes = [4, 4] : (tensor<4x8xf32>, tensor<ui32>, tensor<ui32>) -> tensor<4x4xf32>
func.func @slice(%x: tensor<4x8xf32>) -> tensor<4x4xf32> {
  %0 = shard.all_slice %x on @mesh grid_axes = [1] slice_axis = 1 : tensor<4x8xf32> -> tensor<4x4xf32>
  return %0 : tensor<4x4xf32>
}

// -----

shard.grid @mesh(shape = 2x2)

// A shift has no StableHLO counterpart here.
func.func @shift(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
  // expected-error @+1 {{cannot lower 'shard.shift' to StableHLO: it has no StableHLO counterpart here}}
  %0 = shard.shift %x on @mesh grid_axes = [0] shift_axis = 0 offset = 1 rotate : tensor<4x8xf32> -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}

// Alpa's 6-layer Megatron MLP on 4 devices: the 5 all-reduces alpa-partition inserts are
// StableHLO all-reduces over the one group of all 4 devices.
// RUN: alpa-opt %models/plan/alpa_mlp_mp.mlir --alpa-import --alpa-auto-shard="mesh=4 alpha=1 beta=1 cost-model=alpa" --alpa-partition --alpa-lower-collectives | FileCheck %s --check-prefix=MEGATRON
// RUN: alpa-opt %models/plan/alpa_mlp_mp.mlir --alpa-import --alpa-auto-shard="mesh=4 alpha=1 beta=1 cost-model=alpa" --alpa-partition --alpa-lower-collectives --emit=generic | mlir-opt --allow-unregistered-dialect > /dev/null
// MEGATRON-COUNT-5: "stablehlo.all_reduce"
// MEGATRON-NOT:     shard.all_reduce
