// Every element type the front end supports parses, prints back, and runs on the interpreter:
// each input converts to f32 and back, and the integer types also add to themselves.
// RUN: alpa-opt %s | alpa-opt | FileCheck %s
// RUN: alpa-opt %s --emit=generic | mlir-opt-22 --allow-unregistered-dialect > /dev/null
// RUN: alpa-run %s --seed 1 --outputs %t.npz | FileCheck %s --check-prefix=EXEC
// RUN: alpa-run %s --seed 1 --expected %t.npz | FileCheck %s --check-prefix=SAME

// CHECK-LABEL: func.func @main
// CHECK-SAME: tensor<2xf64>, %arg1: tensor<2xf32>, %arg2: tensor<2xf16>, %arg3: tensor<2xbf16>, %arg4: tensor<2xi1>
// CHECK-SAME: tensor<2xi8>, %arg6: tensor<2xi16>, %arg7: tensor<2xi32>, %arg8: tensor<2xi64>
// CHECK-SAME: tensor<2xui8>, %arg10: tensor<2xui16>, %arg11: tensor<2xui32>, %arg12: tensor<2xui64>
// CHECK: stablehlo.constant dense<[1.0, -2.5]> : tensor<2xbf16>
// CHECK: stablehlo.constant dense<[true, false]> : tensor<2xi1>
// CHECK: stablehlo.constant dense<[255, 0]> : tensor<2xui8>

// EXEC-COUNT-13: out{{[0-9]+}} tensor<2x
// SAME: all 13 outputs match

func.func @main(%a0: tensor<2xf64>, %a1: tensor<2xf32>, %a2: tensor<2xf16>, %a3: tensor<2xbf16>, %a4: tensor<2xi1>,
                %a5: tensor<2xi8>, %a6: tensor<2xi16>, %a7: tensor<2xi32>, %a8: tensor<2xi64>,
                %a9: tensor<2xui8>, %a10: tensor<2xui16>, %a11: tensor<2xui32>, %a12: tensor<2xui64>)
    -> (tensor<2xf64>, tensor<2xf32>, tensor<2xf16>, tensor<2xbf16>, tensor<2xi1>, tensor<2xi8>, tensor<2xi16>,
        tensor<2xi32>, tensor<2xi64>, tensor<2xui8>, tensor<2xui16>, tensor<2xui32>, tensor<2xui64>) {
  %b = stablehlo.constant dense<[1.0, -2.5]> : tensor<2xbf16>
  %t = stablehlo.constant dense<[true, false]> : tensor<2xi1>
  %u = stablehlo.constant dense<[255, 0]> : tensor<2xui8>
  %c0 = stablehlo.convert %a0 : (tensor<2xf64>) -> tensor<2xf32>
  %r0 = stablehlo.convert %c0 : (tensor<2xf32>) -> tensor<2xf64>
  %r1 = stablehlo.multiply %a1, %a1 : tensor<2xf32>
  %c2 = stablehlo.convert %a2 : (tensor<2xf16>) -> tensor<2xf32>
  %r2 = stablehlo.convert %c2 : (tensor<2xf32>) -> tensor<2xf16>
  %r3 = stablehlo.add %a3, %b : tensor<2xbf16>
  %r4 = stablehlo.xor %a4, %t : tensor<2xi1>
  %r5 = stablehlo.add %a5, %a5 : tensor<2xi8>
  %r6 = stablehlo.add %a6, %a6 : tensor<2xi16>
  %r7 = stablehlo.add %a7, %a7 : tensor<2xi32>
  %r8 = stablehlo.add %a8, %a8 : tensor<2xi64>
  %r9 = stablehlo.add %a9, %u : tensor<2xui8>
  %r10 = stablehlo.add %a10, %a10 : tensor<2xui16>
  %r11 = stablehlo.add %a11, %a11 : tensor<2xui32>
  %r12 = stablehlo.add %a12, %a12 : tensor<2xui64>
  return %r0, %r1, %r2, %r3, %r4, %r5, %r6, %r7, %r8, %r9, %r10, %r11, %r12
    : tensor<2xf64>, tensor<2xf32>, tensor<2xf16>, tensor<2xbf16>, tensor<2xi1>, tensor<2xi8>, tensor<2xi16>,
      tensor<2xi32>, tensor<2xi64>, tensor<2xui8>, tensor<2xui16>, tensor<2xui32>, tensor<2xui64>
}
