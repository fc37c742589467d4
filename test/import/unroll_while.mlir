// RUN: alpa-opt %s --split-input-file --alpa-unroll-while | FileCheck %s
// RUN: alpa-opt %s --split-input-file --alpa-unroll-while="max-trip-count=2" | FileCheck %s --check-prefix=SMALL

// A counted loop (counter from 0, bound 3, step 1) becomes three copies of its body; the
// loop-carried value threads through the copies.
// CHECK-LABEL: func.func @main
// CHECK-NOT:     stablehlo.while
// CHECK:         %[[X1:.*]] = stablehlo.tanh %arg0
// CHECK:         %[[X2:.*]] = stablehlo.tanh %[[X1]]
// CHECK:         %[[X3:.*]] = stablehlo.tanh %[[X2]]
// CHECK-NEXT:    return %[[X3]]
// SMALL-LABEL: func.func @main
// SMALL:         stablehlo.while
func.func @main(%arg0: tensor<4xf32>) -> tensor<4xf32> {
  %c0 = stablehlo.constant dense<0> : tensor<i32>
  %r:2 = stablehlo.while(%i = %c0, %x = %arg0) : tensor<i32>, tensor<4xf32>
   cond {
    %c3 = stablehlo.constant dense<3> : tensor<i32>
    %p = stablehlo.compare LT, %i, %c3, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    stablehlo.return %p : tensor<i1>
  } do {
    %c1 = stablehlo.constant dense<1> : tensor<i32>
    %j = stablehlo.add %i, %c1 : tensor<i32>
    %y = stablehlo.tanh %x : tensor<4xf32>
    stablehlo.return %j, %y : tensor<i32>, tensor<4xf32>
  }
  return %r#1 : tensor<4xf32>
}

// -----

// A loop whose bound is not a constant stays a loop.
// CHECK-LABEL: func.func @main
// CHECK:         stablehlo.while
func.func @main(%arg0: tensor<4xf32>, %n: tensor<i32>) -> tensor<4xf32> {
  %c0 = stablehlo.constant dense<0> : tensor<i32>
  %r:2 = stablehlo.while(%i = %c0, %x = %arg0) : tensor<i32>, tensor<4xf32>
   cond {
    %p = stablehlo.compare LT, %i, %n, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    stablehlo.return %p : tensor<i1>
  } do {
    %c1 = stablehlo.constant dense<1> : tensor<i32>
    %j = stablehlo.add %c1, %i : tensor<i32>
    %y = stablehlo.tanh %x : tensor<4xf32>
    stablehlo.return %j, %y : tensor<i32>, tensor<4xf32>
  }
  return %r#1 : tensor<4xf32>
}
