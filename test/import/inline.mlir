// RUN: alpa-opt %s --split-input-file --alpa-inline --verify-diagnostics | FileCheck %s

// A private helper is inlined into main and removed.
// CHECK-LABEL: func.func public @main
// CHECK-NEXT:    %[[ZERO:.*]] = stablehlo.constant dense<0.0> : tensor<4xf32>
// CHECK-NEXT:    %[[R:.*]] = stablehlo.maximum %arg0, %[[ZERO]] : tensor<4xf32>
// CHECK-NEXT:    return %[[R]] : tensor<4xf32>
// CHECK-NOT:   func.func private @relu
func.func public @main(%arg0: tensor<4xf32>) -> tensor<4xf32> {
  %0 = call @relu(%arg0) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
func.func private @relu(%arg0: tensor<4xf32>) -> tensor<4xf32> {
  %cst = stablehlo.constant dense<0.0> : tensor<4xf32>
  %0 = stablehlo.maximum %arg0, %cst : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// Calls nest (callees are inlined first), results map through multiple returns, and a call
// inside a loop body is inlined into the body.
// CHECK-LABEL: func.func public @main
// CHECK:         stablehlo.while
// CHECK:         } do {
// CHECK-NEXT:      %[[S:.*]] = stablehlo.sine %arg2 : tensor<f32>
// CHECK-NEXT:      %[[N:.*]] = stablehlo.negate %[[S]] : tensor<f32>
// CHECK-NEXT:      stablehlo.return %arg1, %[[N]] : tensor<i32>, tensor<f32>
// CHECK:         %[[A:.*]] = stablehlo.add %arg0, %arg0 : tensor<f32>
// CHECK-NEXT:    return %[[A]], %arg0 : tensor<f32>, tensor<f32>
// CHECK-NOT:   func.func private
func.func public @main(%arg0: tensor<f32>) -> (tensor<f32>, tensor<f32>) {
  %c = stablehlo.constant dense<0> : tensor<i32>
  %w:2 = stablehlo.while(%i = %c, %x = %arg0) : tensor<i32>, tensor<f32>
   cond {
    %c1 = stablehlo.constant dense<3> : tensor<i32>
    %p = stablehlo.compare LT, %i, %c1, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    stablehlo.return %p : tensor<i1>
  } do {
    %y = func.call @outer(%x) : (tensor<f32>) -> tensor<f32>
    stablehlo.return %i, %y : tensor<i32>, tensor<f32>
  }
  %0:2 = call @pair(%arg0) : (tensor<f32>) -> (tensor<f32>, tensor<f32>)
  return %0#0, %0#1 : tensor<f32>, tensor<f32>
}
func.func private @outer(%arg0: tensor<f32>) -> tensor<f32> {
  %0 = call @inner(%arg0) : (tensor<f32>) -> tensor<f32>
  %1 = stablehlo.negate %0 : tensor<f32>
  return %1 : tensor<f32>
}
func.func private @inner(%arg0: tensor<f32>) -> tensor<f32> {
  %0 = stablehlo.sine %arg0 : tensor<f32>
  return %0 : tensor<f32>
}
func.func private @pair(%arg0: tensor<f32>) -> (tensor<f32>, tensor<f32>) {
  %0 = stablehlo.add %arg0, %arg0 : tensor<f32>
  return %0, %arg0 : tensor<f32>, tensor<f32>
}

// -----

// Recursion cannot be inlined.
func.func public @main(%arg0: tensor<f32>) -> tensor<f32> {
  %0 = call @f(%arg0) : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}
func.func private @f(%arg0: tensor<f32>) -> tensor<f32> {
  // expected-error @+1 {{recursive call to '@f' cannot be inlined}}
  %0 = call @f(%arg0) : (tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}
