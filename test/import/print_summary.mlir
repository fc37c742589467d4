// The summary counts ops and FLOPs from the op catalogue (2*M*N*K for a matmul).
// RUN: alpa-opt %s --alpa-print-summary 2>&1 >/dev/null | FileCheck %s
// RUN: alpa-opt %s --alpa-print-summary="file=%t top=1" && FileCheck %s --check-prefix=FILE < %t

// CHECK:      model @mlp, entry @main: 2 arguments (96 elements, 384 B), 1 results
// CHECK-NEXT: ops: 3 in total
// CHECK-NEXT:   dot_general 1 512 FLOP (94.1%)
// CHECK-NEXT:   tanh 1 32 FLOP (5.9%)
// CHECK-NEXT:   return 1 0 FLOP (0.0%)
// CHECK-NEXT: per step: 544 FLOP, {{.*}} accessed; while loops: 0

// FILE:      ops: 3 in total
// FILE-NEXT:   dot_general
// FILE-NEXT:   ... 2 more kinds

module @mlp {
  func.func @main(%x: tensor<4x8xf32>, %w: tensor<8x8xf32>) -> tensor<4x8xf32> {
    %0 = stablehlo.dot_general %x, %w, contracting_dims = [1] x [0] : (tensor<4x8xf32>, tensor<8x8xf32>) -> tensor<4x8xf32>
    %1 = stablehlo.tanh %0 : tensor<4x8xf32>
    return %1 : tensor<4x8xf32>
  }
}
