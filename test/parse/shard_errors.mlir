// Malformed `shard` dialect ops are reported at the op, naming what is wrong.
// RUN: alpa-opt %s --split-input-file --verify-diagnostics

// MLIR rejects an empty axis array; a replicated sharding is written [[]].
func.func @main(%t: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{expected an axis list per tensor dimension, found '[]'}}
  %s = shard.sharding @g split_axes = [] : !shard.sharding
  return %t : tensor<4xf32>
}

// -----

// Axes are integers.
func.func @main(%t: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{invalid axis array '[[0], [x]]'}}
  %s = shard.sharding @g split_axes = [[0], [x]] : !shard.sharding
  return %t : tensor<4xf32>
}

// -----

// The second operand of shard.shard is a sharding.
func.func @main(%t: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{operand #1 of 'shard.shard' has type tensor<4xf32> but the op's type says !shard.sharding}}
  %a = shard.shard %t to %t : tensor<4xf32>
  return %a : tensor<4xf32>
}

// -----

// The first operand of shard.shard is a tensor.
shard.grid @g(shape = 2)
func.func @main(%t: tensor<4xf32>) -> tensor<4xf32> {
  %s = shard.sharding @g split_axes = [[0]] : !shard.sharding
  // expected-error @+1 {{'shard.shard' operand #0 must be a tensor, got !shard.sharding}}
  %a = "shard.shard"(%s, %s) : (!shard.sharding, !shard.sharding) -> !shard.sharding
  return %t : tensor<4xf32>
}

// -----

// A sharding names a grid the module defines.
func.func @main(%t: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'shard.sharding' refers to undefined grid @g}}
  %s = shard.sharding @g split_axes = [[0]] : !shard.sharding
  return %t : tensor<4xf32>
}

// -----

// Halo sizes are valid MLIR but not modelled.
func.func @main(%t: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{'shard.sharding' with 'static_halo_sizes' is not supported}}
  %s = "shard.sharding"() <{grid = @g, operandSegmentSizes = array<i32: 0, 0>, split_axes = #shard<axisarray[[0]]>, static_halo_sizes = array<i64: 1, 1>, static_sharded_dims_offsets = array<i64>}> : () -> !shard.sharding
  return %t : tensor<4xf32>
}

// -----

// Grids are static.
// expected-error @+1 {{dynamic dimensions are not supported}}
shard.grid @g(shape = 2x?)

// -----

// A grid has at least one device along each axis.
// expected-error @+1 {{'shard.grid' grid @g has a non-positive or dynamic size 0}}
"shard.grid"() <{shape = array<i64: 2, 0>, sym_name = "g"}> : () -> ()
