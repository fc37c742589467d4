// RUN: alpa-opt %s --split-input-file --alpa-verify="boundary=imported" --verify-diagnostics | FileCheck %s

// A flat main passes the 'imported' boundary unchanged.
// CHECK-LABEL: func.func @main
// CHECK-NEXT:    stablehlo.negate
func.func @main(%arg0: tensor<4xf32>) -> tensor<4xf32> {
  %0 = stablehlo.negate %arg0 : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// A helper function left over means alpa-inline did not run.
func.func @main(%arg0: tensor<4xf32>) -> tensor<4xf32> {
  %0 = call @f(%arg0) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
// expected-error @+1 {{boundary 'imported' violated: function '@f' remains besides '@main' (run alpa-inline first)}}
func.func private @f(%arg0: tensor<4xf32>) -> tensor<4xf32> {
  return %arg0 : tensor<4xf32>
}

// -----

// Later phases need an entry point called main.
// expected-error @+1 {{boundary 'imported' violated: no function '@main'}}
func.func @entry(%arg0: tensor<4xf32>) -> tensor<4xf32> {
  return %arg0 : tensor<4xf32>
}
