// tanh of a 5x8 tensor split over a 2x4 grid, rows unevenly (3 and 2 plus padding).
shard.grid @mesh(shape = 2x4)
func.func @main(%x: tensor<3x2xf32> {alpa.split_axes = #shard<axisarray[[0], [1]]>, alpa.global_shape = array<i64: 5, 8>}) -> (tensor<3x2xf32> {alpa.split_axes = #shard<axisarray[[0], [1]]>, alpa.global_shape = array<i64: 5, 8>}) {
  %y = stablehlo.tanh %x : tensor<3x2xf32>
  return %y : tensor<3x2xf32>
}
