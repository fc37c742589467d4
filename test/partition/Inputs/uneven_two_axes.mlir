// A hand-written plan that splits 5 rows over both axes of a 2x2 grid (blocks of 2, three
// rows of padding) and then wants the 6 columns split over both axes the other way round:
// no one-axis move carries the padding, so the value goes by way of the whole tensor.
shard.grid @mesh(shape = 2x2)
func.func @main(%x: tensor<5x6xf32>) -> tensor<5x6xf32> {
  %both = shard.sharding @mesh split_axes = [[0, 1]] : !shard.sharding
  %cols = shard.sharding @mesh split_axes = [[], [1, 0]] : !shard.sharding
  %x0 = shard.shard %x to %both : tensor<5x6xf32>
  %y = stablehlo.negate %x0 : tensor<5x6xf32>
  %y0 = shard.shard %y to %both : tensor<5x6xf32>
  %y1 = shard.shard %y0 to %cols annotate_for_users : tensor<5x6xf32>
  %z = stablehlo.abs %y1 : tensor<5x6xf32>
  %z0 = shard.shard %z to %cols : tensor<5x6xf32>
  return %z0 : tensor<5x6xf32>
}
