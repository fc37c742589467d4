// The upstream `shard` dialect's collectives and process indices, as an SPMD program holds
// them: they print exactly as mlir-opt-22 prints them (attributes at their defaults left out,
// `reduction =  max` with MLIR's two spaces), their generic form is what MLIR 22 builds, and
// MLIR reads both our forms as the same ops.
// RUN: alpa-opt %s --split-input-file | FileCheck %s --strict-whitespace
// RUN: alpa-opt %s --split-input-file | alpa-opt --split-input-file | FileCheck %s --strict-whitespace
// RUN: alpa-opt %s --split-input-file --emit=generic | FileCheck %s --check-prefix=GENERIC
// RUN: alpa-opt %s --split-input-file --emit=generic | mlir-opt-22 --split-input-file --allow-unregistered-dialect | FileCheck %s --check-prefix=MLIR --strict-whitespace
// RUN: alpa-opt %s --split-input-file | mlir-opt-22 --split-input-file --allow-unregistered-dialect | FileCheck %s --check-prefix=MLIR --strict-whitespace

// Every collective on a 2x4 grid, optional parts present and absent.
// CHECK: shard.grid @mesh(shape = 2x4)
// CHECK-LABEL: func.func @collectives
// CHECK: %[[R:.*]] = shard.all_reduce %arg0 on @mesh grid_axes = [1] : tensor<4x8xf32> -> tensor<4x8xf32>
// CHECK: shard.all_reduce %[[R]] on @mesh grid_axes = [1, 0] reduction =  max : tensor<4x8xf32> -> tensor<4x8xf64>
// CHECK: shard.all_reduce %arg0 on @mesh : tensor<4x8xf32> -> tensor<4x8xf32>
// CHECK: shard.all_gather %arg1 on @mesh grid_axes = [1] gather_axis = 1 : tensor<4x2xf32> -> tensor<4x8xf32>
// CHECK: shard.reduce_scatter %arg0 on @mesh grid_axes = [0] reduction =  min scatter_axis = 0 : tensor<4x8xf32> -> tensor<2x8xf32>
// CHECK: shard.all_to_all %arg0 on @mesh grid_axes = [1] split_axis = 1 concat_axis = 0 : tensor<4x8xf32> -> tensor<16x2xf32>
// CHECK: shard.all_slice %arg0 on @mesh grid_axes = [0, 1] slice_axis = 1 {note} : tensor<4x8xf32> -> tensor<4x1xf32>
// CHECK: shard.shift %arg0 on @mesh grid_axes = [1] shift_axis = 1 offset = -1 rotate : tensor<4x8xf32> -> tensor<4x8xf32>
// CHECK: shard.send %arg0 on @mesh grid_axes = [1] destination = [2] : (tensor<4x8xf32>) -> tensor<4x8xf32>
// CHECK: shard.recv %arg0 on @mesh grid_axes = [1] source = [3] : (tensor<4x8xf32>) -> tensor<4x8xf32>

// GENERIC: "shard.all_reduce"(%arg0) {grid = @mesh, grid_axes = array<i16: 1>, reduction = #shard<partial sum>} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// GENERIC: "shard.all_reduce"(%{{.*}}) {grid = @mesh, grid_axes = array<i16: 1, 0>, reduction = #shard<partial max>} : (tensor<4x8xf32>) -> tensor<4x8xf64>
// GENERIC: "shard.all_reduce"(%arg0) {grid = @mesh, grid_axes = array<i16>, reduction = #shard<partial sum>} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// GENERIC: "shard.all_gather"(%arg1) {gather_axis = 1 : index, grid = @mesh, grid_axes = array<i16: 1>} : (tensor<4x2xf32>) -> tensor<4x8xf32>
// GENERIC: "shard.reduce_scatter"(%arg0) {grid = @mesh, grid_axes = array<i16: 0>, reduction = #shard<partial min>, scatter_axis = 0 : index} : (tensor<4x8xf32>) -> tensor<2x8xf32>
// GENERIC: "shard.all_to_all"(%arg0) {concat_axis = 0 : index, grid = @mesh, grid_axes = array<i16: 1>, split_axis = 1 : index} : (tensor<4x8xf32>) -> tensor<16x2xf32>
// GENERIC: "shard.all_slice"(%arg0) {grid = @mesh, grid_axes = array<i16: 0, 1>, note, slice_axis = 1 : index} : (tensor<4x8xf32>) -> tensor<4x1xf32>
// GENERIC: "shard.shift"(%arg0) {grid = @mesh, grid_axes = array<i16: 1>, offset = -1 : i64, rotate, shift_axis = 1 : index} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// GENERIC: "shard.send"(%arg0) {destination = array<i64: 2>, grid = @mesh, grid_axes = array<i16: 1>} : (tensor<4x8xf32>) -> tensor<4x8xf32>
// GENERIC: "shard.recv"(%arg0) {grid = @mesh, grid_axes = array<i16: 1>, source = array<i64: 3>} : (tensor<4x8xf32>) -> tensor<4x8xf32>

// MLIR: shard.grid @mesh(shape = 2x4)
// MLIR-LABEL: func.func @collectives
// MLIR: %[[R:.*]] = shard.all_reduce %arg0 on @mesh grid_axes = [1] : tensor<4x8xf32> -> tensor<4x8xf32>
// MLIR: shard.all_reduce %[[R]] on @mesh grid_axes = [1, 0] reduction =  max : tensor<4x8xf32> -> tensor<4x8xf64>
// MLIR: shard.all_reduce %arg0 on @mesh : tensor<4x8xf32> -> tensor<4x8xf32>
// MLIR: shard.all_gather %arg1 on @mesh grid_axes = [1] gather_axis = 1 : tensor<4x2xf32> -> tensor<4x8xf32>
// MLIR: shard.reduce_scatter %arg0 on @mesh grid_axes = [0] reduction =  min scatter_axis = 0 : tensor<4x8xf32> -> tensor<2x8xf32>
// MLIR: shard.all_to_all %arg0 on @mesh grid_axes = [1] split_axis = 1 concat_axis = 0 : tensor<4x8xf32> -> tensor<16x2xf32>
// MLIR: shard.all_slice %arg0 on @mesh grid_axes = [0, 1] slice_axis = 1 {note} : tensor<4x8xf32> -> tensor<4x1xf32>
// MLIR: shard.shift %arg0 on @mesh grid_axes = [1] shift_axis = 1 offset = -1 rotate : tensor<4x8xf32> -> tensor<4x8xf32>
// MLIR: shard.send %arg0 on @mesh grid_axes = [1] destination = [2] : (tensor<4x8xf32>) -> tensor<4x8xf32>
// MLIR: shard.recv %arg0 on @mesh grid_axes = [1] source = [3] : (tensor<4x8xf32>) -> tensor<4x8xf32>

shard.grid @mesh(shape = 2x4)
func.func @collectives(%x: tensor<4x8xf32>, %y: tensor<4x2xf32>) -> tensor<4x8xf32> {
  %r = shard.all_reduce %x on @mesh grid_axes = [1] reduction = sum : tensor<4x8xf32> -> tensor<4x8xf32>
  %m = shard.all_reduce %r on @mesh grid_axes = [1, 0] reduction = max : tensor<4x8xf32> -> tensor<4x8xf64>
  %n = "shard.all_reduce"(%x) <{grid = @mesh, grid_axes = array<i16>, reduction = #shard<partial sum>}> : (tensor<4x8xf32>) -> tensor<4x8xf32>
  %g = shard.all_gather %y on @mesh grid_axes = [1] gather_axis = 1 : tensor<4x2xf32> -> tensor<4x8xf32>
  %s = shard.reduce_scatter %x on @mesh grid_axes = [0] reduction = min scatter_axis = 0 : tensor<4x8xf32> -> tensor<2x8xf32>
  %a = shard.all_to_all %x on @mesh grid_axes = [1] split_axis = 1 concat_axis = 0 : tensor<4x8xf32> -> tensor<16x2xf32>
  %l = shard.all_slice %x on @mesh grid_axes = [0, 1] slice_axis = 1 {note} : tensor<4x8xf32> -> tensor<4x1xf32>
  %h = shard.shift %x on @mesh grid_axes = [1] shift_axis = 1 offset = -1 rotate : tensor<4x8xf32> -> tensor<4x8xf32>
  %t = shard.send %x on @mesh grid_axes = [1] destination = [2] : (tensor<4x8xf32>) -> tensor<4x8xf32>
  %v = shard.recv %x on @mesh grid_axes = [1] source = [3] : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %r : tensor<4x8xf32>
}

// -----

// Where a device is: its multi-index along all, some or reordered axes, and its linear index.
// CHECK-LABEL: func.func @where
// CHECK: %[[ALL:.*]]:2 = shard.process_multi_index on @grid : index, index
// CHECK: %[[ONE:.*]] = shard.process_multi_index on @grid axes = [1] : index
// CHECK: %[[TWO:.*]]:2 = shard.process_multi_index on @grid axes = [1, 0] : index, index
// CHECK: %[[LIN:.*]] = shard.process_linear_index on @grid : index
// CHECK: return %[[ALL]]#1, %[[ONE]], %[[TWO]]#0, %[[LIN]] : index, index, index, index

// GENERIC: "shard.process_multi_index"() {axes = array<i16>, grid = @grid} : () -> (index, index)
// GENERIC: "shard.process_linear_index"() {grid = @grid} : () -> index

// MLIR-LABEL: func.func @where
// MLIR: shard.process_multi_index on @grid : index, index
// MLIR: shard.process_multi_index on @grid axes = [1] : index
// MLIR: shard.process_multi_index on @grid axes = [1, 0] : index, index
// MLIR: shard.process_linear_index on @grid : index

shard.grid @grid(shape = 2x2)
func.func @where() -> (index, index, index, index) {
  %all:2 = shard.process_multi_index on @grid : index, index
  %one = shard.process_multi_index on @grid axes = [1] : index
  %two:2 = shard.process_multi_index on @grid axes = [1, 0] : index, index
  %lin = "shard.process_linear_index"() <{grid = @grid}> : () -> index
  return %all#1, %one, %two#0, %lin : index, index, index, index
}
