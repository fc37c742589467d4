// Printing is a fixed point in both forms, the generic form is valid MLIR for mlir-opt-22,
// and the two forms describe the same module.
// RUN: alpa-opt %s | alpa-opt | FileCheck %s
// RUN: alpa-opt %s --emit=generic | alpa-opt --emit=generic | FileCheck %s --check-prefix=GENERIC
// RUN: alpa-opt %s --emit=generic | mlir-opt-22 --allow-unregistered-dialect | FileCheck %s --check-prefix=MLIR
// RUN: alpa-opt %s --emit=generic | alpa-opt | FileCheck %s
// RUN: alpa-opt %s --mlir-print-debuginfo | FileCheck %s --check-prefix=DEBUG

// CHECK-LABEL: module @jit_step attributes {mhlo.num_partitions = 1 : i32}
// CHECK:       func.func public @main(%arg0: tensor<8x16xf32>, %arg1: tensor<4x8xf32>, %arg2: tensor<4xi32>) -> (tensor<f32> {jax.result_info = "result[0]"}, tensor<4xi32>)
// CHECK:         stablehlo.dot_general %arg1, %arg0, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<4x8xf32>, tensor<8x16xf32>) -> tensor<4x16xf32>
// CHECK:         stablehlo.reduce(%{{.*}} init: %{{.*}}) applies stablehlo.maximum across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
// CHECK:         stablehlo.compare LT, %{{.*}}, %{{.*}}, SIGNED : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
// CHECK:         stablehlo.select %{{.*}}, %{{.*}}, %{{.*}} : tensor<4xi1>, tensor<4xi32>
// CHECK:         stablehlo.slice %{{.*}} [0:4, 2:10:2] : (tensor<4x16xf32>) -> tensor<4x4xf32>
// CHECK:         stablehlo.reduce(%{{.*}} init: %{{.*}}), (%{{.*}} init: %{{.*}}) across dimensions = [1]
// CHECK-NEXT:     reducer(%[[A:.*]]: tensor<f32>, %[[B:.*]]: tensor<f32>) (%[[C:.*]]: tensor<i32>, %[[D:.*]]: tensor<i32>) {
// CHECK:         "stablehlo.gather"
// CHECK-SAME:      #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>
// CHECK:         stablehlo.constant dense<[1.5, -2.0, 0xFF800000]> : tensor<3xf32>

// GENERIC: "stablehlo.dot_general"(%arg1, %arg0) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>, precision_config = [#stablehlo<precision DEFAULT>, #stablehlo<precision DEFAULT>]} : (tensor<4x8xf32>, tensor<8x16xf32>) -> tensor<4x16xf32>

// MLIR: "stablehlo.dot_general"
// MLIR: "stablehlo.reduce"

// DEBUG: func.func public @main(%arg0: tensor<8x16xf32> loc("params['w']"),
// DEBUG: stablehlo.tanh %{{.*}} : tensor<4x16xf32> loc("jit(step)/tanh"("model.py":3:4))

#loc1 = loc("model.py":3:4)
module @jit_step attributes {mhlo.num_partitions = 1 : i32} {
  func.func public @main(%arg0: tensor<8x16xf32> loc("params['w']"), %arg1: tensor<4x8xf32>, %arg2: tensor<4xi32>) -> (tensor<f32> {jax.result_info = "result[0]"}, tensor<4xi32>) {
    %0 = stablehlo.dot_general %arg1, %arg0, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<4x8xf32>, tensor<8x16xf32>) -> tensor<4x16xf32>
    %1 = stablehlo.tanh %0 : tensor<4x16xf32> loc(#loc2)
    %cst = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %2 = stablehlo.reduce(%1 init: %cst) applies stablehlo.maximum across dimensions = [1] : (tensor<4x16xf32>, tensor<f32>) -> tensor<4xf32>
    %c = stablehlo.constant dense<2> : tensor<4xi32>
    %3 = stablehlo.compare  LT, %arg2, %c,  SIGNED : (tensor<4xi32>, tensor<4xi32>) -> tensor<4xi1>
    %4 = stablehlo.select %3, %arg2, %c : tensor<4xi1>, tensor<4xi32>
    %5 = stablehlo.slice %1 [0:4, 2:10:2] : (tensor<4x16xf32>) -> tensor<4x4xf32>
    %6 = stablehlo.iota dim = 1 : tensor<4x16xi32>
    %c_0 = stablehlo.constant dense<0> : tensor<i32>
    %7:2 = stablehlo.reduce(%1 init: %cst), (%6 init: %c_0) across dimensions = [1] : (tensor<4x16xf32>, tensor<4x16xi32>, tensor<f32>, tensor<i32>) -> (tensor<4xf32>, tensor<4xi32>)
     reducer(%arg3: tensor<f32>, %arg5: tensor<f32>) (%arg4: tensor<i32>, %arg6: tensor<i32>)  {
      %10 = stablehlo.compare  GT, %arg3, %arg5,  FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
      %11 = stablehlo.select %10, %arg3, %arg5 : tensor<i1>, tensor<f32>
      %12 = stablehlo.select %10, %arg4, %arg6 : tensor<i1>, tensor<i32>
      stablehlo.return %11, %12 : tensor<f32>, tensor<i32>
    }
    %8 = stablehlo.reshape %4 : (tensor<4xi32>) -> tensor<4x1xi32>
    %9 = "stablehlo.gather"(%arg0, %8) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 16>}> : (tensor<8x16xf32>, tensor<4x1xi32>) -> tensor<4x16xf32>
    %cst_1 = stablehlo.constant dense<[1.500000e+00, -2.000000e+00, 0xFF800000]> : tensor<3xf32>
    %13 = stablehlo.reduce(%7#0 init: %cst) applies stablehlo.add across dimensions = [0] : (tensor<4xf32>, tensor<f32>) -> tensor<f32>
    return %13, %7#1 : tensor<f32>, tensor<4xi32>
  }
}
#loc2 = loc("jit(step)/tanh"(#loc1))
