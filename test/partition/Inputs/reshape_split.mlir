// A dimension of 16 split over both axes of a 2x2 grid, reshaped to 2x8: the split takes the
// major factor whole (axis 0) and then the minor one (axis 1), so no data moves.
shard.grid @mesh(shape = 2x2)
func.func @main(%x: tensor<4x16xf32>) -> tensor<4x2x8xf32> {
  %flat = shard.sharding @mesh split_axes = [[], [0, 1]] : !shard.sharding
  %heads = shard.sharding @mesh split_axes = [[], [0], [1]] : !shard.sharding
  %x0 = shard.shard %x to %flat : tensor<4x16xf32>
  %r = stablehlo.reshape %x0 : (tensor<4x16xf32>) -> tensor<4x2x8xf32>
  %r0 = shard.shard %r to %heads : tensor<4x2x8xf32>
  return %r0 : tensor<4x2x8xf32>
}
