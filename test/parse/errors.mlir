// Each class of input error is reported at its line and column, names what is wrong, and
// fails alpa-opt with exit code 1.
// RUN: alpa-opt %s --split-input-file --verify-diagnostics
// RUN: not alpa-opt %s --split-input-file 2>&1 | FileCheck %s

// A syntax error: the op's type is missing, found at the next token, as MLIR reports it.
// CHECK: errors.mlir:[[@LINE+4]]:3: error: expected ':', found 'return'
func.func @main(%arg0: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+2 {{expected ':', found 'return'}}
  %0 = stablehlo.negate %arg0
  return %0 : tensor<4xf32>
}

// -----

// An op the compiler does not know.
// CHECK: errors.mlir:[[@LINE+3]]:8: error: unknown op 'stablehlo.frobnicate'
func.func @main(%arg0: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{unknown op 'stablehlo.frobnicate'}}
  %0 = stablehlo.frobnicate %arg0 : tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// A generic op the catalogue does not support.
// CHECK: errors.mlir:[[@LINE+3]]:8: error: unsupported op 'stablehlo.fft'
func.func @main(%arg0: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{unsupported op 'stablehlo.fft'}}
  %0 = "stablehlo.fft"(%arg0) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

// A shape mismatch: contracting dimensions of different sizes.
// CHECK: errors.mlir:[[@LINE+3]]:8: error: 'stablehlo.dot_general' contracting dimension sizes differ
func.func @main(%a: tensor<4x16xf32>, %b: tensor<8x4xf32>) -> tensor<4x4xf32> {
  // expected-error @+1 {{'stablehlo.dot_general' contracting dimension sizes differ}}
  %0 = stablehlo.dot_general %a, %b, contracting_dims = [1] x [0] : (tensor<4x16xf32>, tensor<8x4xf32>) -> tensor<4x4xf32>
  return %0 : tensor<4x4xf32>
}

// -----

// A result type that does not follow from the operands.
func.func @main(%a: tensor<4x8xf32>) -> tensor<8x8xf32> {
  // expected-error @+1 {{'stablehlo.transpose' result #0 has type tensor<8x8xf32>, expected tensor<8x4xf32>}}
  %0 = stablehlo.transpose %a, dims = [1, 0] : (tensor<4x8xf32>) -> tensor<8x8xf32>
  return %0 : tensor<8x8xf32>
}

// -----

// A use of a value that was never defined.
func.func @main(%a: tensor<4xf32>) -> tensor<4xf32> {
  // expected-error @+1 {{use of undefined value '%b'}}
  %0 = stablehlo.negate %b : tensor<4xf32>
  return %0 : tensor<4xf32>
}
