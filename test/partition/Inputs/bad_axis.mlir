// A hand-written annotation on a grid axis the grid does not have.
module {
  shard.grid @mesh(shape = 2)
  func.func @main(%x: tensor<4x8xf32>) -> tensor<4x8xf32> {
    %s = shard.sharding @mesh split_axes = [[1]] : !shard.sharding
    %0 = shard.shard %x to %s : tensor<4x8xf32>
    return %0 : tensor<4x8xf32>
  }
}
