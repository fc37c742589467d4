// A training step that centres a layer's outputs on their batch mean (a batch statistic, as
// batch normalization does): micro-batches would each see only their own mean.
func.func @main(%w1: tensor<8x8xf32> {tf.aliasing_output = 1 : i32}, %w2: tensor<8x4xf32> {tf.aliasing_output = 2 : i32}, %x: tensor<16x8xf32>) -> (tensor<f32>, tensor<8x8xf32>, tensor<8x4xf32>) {
  %h = stablehlo.dot_general %x, %w1, contracting_dims = [1] x [0] : (tensor<16x8xf32>, tensor<8x8xf32>) -> tensor<16x8xf32>
  %zero = stablehlo.constant dense<0.000000e+00> : tensor<f32>
  %sum = stablehlo.reduce(%h init: %zero) applies stablehlo.add across dimensions = [0] : (tensor<16x8xf32>, tensor<f32>) -> tensor<8xf32>
  %n = stablehlo.constant dense<1.600000e+01> : tensor<8xf32>
  %mean = stablehlo.divide %sum, %n : tensor<8xf32>
  %spread = stablehlo.broadcast_in_dim %mean, dims = [1] : (tensor<8xf32>) -> tensor<16x8xf32>
  %c = stablehlo.subtract %h, %spread : tensor<16x8xf32>
  %y = stablehlo.dot_general %c, %w2, contracting_dims = [1] x [0] : (tensor<16x8xf32>, tensor<8x4xf32>) -> tensor<16x4xf32>
  %total = stablehlo.reduce(%y init: %zero) applies stablehlo.add across dimensions = [0, 1] : (tensor<16x4xf32>, tensor<f32>) -> tensor<f32>
  %g2 = stablehlo.dot_general %c, %y, contracting_dims = [0] x [0] : (tensor<16x8xf32>, tensor<16x4xf32>) -> tensor<8x4xf32>
  %g1 = stablehlo.dot_general %x, %c, contracting_dims = [0] x [0] : (tensor<16x8xf32>, tensor<16x8xf32>) -> tensor<8x8xf32>
  %lr = stablehlo.constant dense<1.000000e-01> : tensor<f32>
  %lr1 = stablehlo.broadcast_in_dim %lr, dims = [] : (tensor<f32>) -> tensor<8x8xf32>
  %lr2 = stablehlo.broadcast_in_dim %lr, dims = [] : (tensor<f32>) -> tensor<8x4xf32>
  %s1 = stablehlo.multiply %lr1, %g1 : tensor<8x8xf32>
  %s2 = stablehlo.multiply %lr2, %g2 : tensor<8x4xf32>
  %w1n = stablehlo.subtract %w1, %s1 : tensor<8x8xf32>
  %w2n = stablehlo.subtract %w2, %s2 : tensor<8x4xf32>
  return %total, %w1n, %w2n : tensor<f32>, tensor<8x8xf32>, tensor<8x4xf32>
}
