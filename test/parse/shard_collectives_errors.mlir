// Collectives and process indices that break MLIR 22's rules are reported at the op, in the
// terms of the grid they name.
// RUN: alpa-opt %s --split-input-file --verify-diagnostics

// The gathered dimension grows by the size of the group: 2 x 4 devices of axis 1.
shard.grid @mesh(shape = 2x4)
func.func @main(%x: tensor<4x2xf32>) -> tensor<4x4xf32> {
  // expected-error @+1 {{'shard.all_gather' result dimension 1 has size 4, expected 8}}
  %0 = shard.all_gather %x on @mesh grid_axes = [1] gather_axis = 1 : tensor<4x2xf32> -> tensor<4x4xf32>
  return %0 : tensor<4x4xf32>
}

// -----

// A collective names a declared grid.
func.func @main(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'shard.all_reduce' refers to undefined grid @mesh}}
  %0 = shard.all_reduce %x on @mesh grid_axes = [0] : tensor<4xf32> -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// Grid axes exist and appear once.
shard.grid @mesh(shape = 2x4)
func.func @main(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'shard.all_reduce' grid axis 1 is used twice}}
  %0 = shard.all_reduce %x on @mesh grid_axes = [1, 1] : tensor<4xf32> -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// A scattered dimension splits evenly over the group.
shard.grid @mesh(shape = 3)
func.func @main(%x: tensor<4xf32>) -> tensor<1xf32> {
  // expected-error @+1 {{'shard.reduce_scatter' operand dimension 0 of size 4 is not divisible by the 3 devices of grid axes [0]}}
  %0 = shard.reduce_scatter %x on @mesh grid_axes = [0] scatter_axis = 0 : tensor<4xf32> -> tensor<1xf32>
  return %0 : tensor<1xf32>
}

// -----

// A shift moves along one of the collective's own grid axes.
shard.grid @mesh(shape = 2x4)
func.func @main(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'shard.shift' shift_axis 0 is not one of the grid axes [1]}}
  %0 = shard.shift %x on @mesh grid_axes = [1] shift_axis = 0 offset = 1 : tensor<4xf32> -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// Without axes, a device's multi-index has one entry per grid axis.
shard.grid @mesh(shape = 2x4)
func.func @main() -> index {
  // expected-error @+1 {{'shard.process_multi_index' has 1 result(s), expected 2}}
  %0 = shard.process_multi_index on @mesh : index
  return %0 : index
}

// -----

// Reductions are MLIR's kinds.
shard.grid @mesh(shape = 2)
func.func @main(%x: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{unknown reduction 'mean'}}
  %0 = shard.all_reduce %x on @mesh grid_axes = [0] reduction = mean : tensor<4xf32> -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
