// A batch of 5 rows: data parallelism over 2 devices splits it 3 + 2.
func.func @main(%x: tensor<5x64xf32>, %w: tensor<64x4xf32>) -> tensor<5x4xf32> {
  %0 = stablehlo.dot_general %x, %w, contracting_dims = [1] x [0] : (tensor<5x64xf32>, tensor<64x4xf32>) -> tensor<5x4xf32>
  return %0 : tensor<5x4xf32>
}
