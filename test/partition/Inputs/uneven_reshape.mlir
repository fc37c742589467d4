// A hand-written plan that splits 5 rows over 2 devices (3 + 2, one padded) and reshapes them:
// the padding must not move into the data.
shard.grid @mesh(shape = 2)
func.func @main(%x: tensor<5x4xf32>) -> tensor<20xf32> {
  %rows = shard.sharding @mesh split_axes = [[0]] : !shard.sharding
  %flat = shard.sharding @mesh split_axes = [[0]] : !shard.sharding
  %x0 = shard.shard %x to %rows : tensor<5x4xf32>
  %r = stablehlo.reshape %x0 : (tensor<5x4xf32>) -> tensor<20xf32>
  %r0 = shard.shard %r to %flat : tensor<20xf32>
  return %r0 : tensor<20xf32>
}
