// A wrong partitioning of x @ w: the partial products are never summed, so the devices
// disagree on the replicated result.
shard.grid @mesh(shape = 2)
func.func @main(%x: tensor<4x4xf32> {alpa.split_axes = #shard<axisarray[[], [0]]>}, %w: tensor<4x6xf32> {alpa.split_axes = #shard<axisarray[[0], []]>}) -> tensor<4x6xf32> {
  %p = stablehlo.dot_general %x, %w, contracting_dims = [1] x [0] : (tensor<4x4xf32>, tensor<4x6xf32>) -> tensor<4x6xf32>
  return %p : tensor<4x6xf32>
}
