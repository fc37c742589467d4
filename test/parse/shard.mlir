// The upstream `shard` dialect's grid, sharding and annotation ops: they print exactly as
// mlir-opt-22 prints them, their generic form is what MLIR 22 builds, and our pretty output of
// the shard ops parses in MLIR too.
// RUN: alpa-opt %s --split-input-file | FileCheck %s
// RUN: alpa-opt %s --split-input-file | alpa-opt --split-input-file | FileCheck %s
// RUN: alpa-opt %s --split-input-file --emit=generic | FileCheck %s --check-prefix=GENERIC
// RUN: alpa-opt %s --split-input-file --emit=generic | mlir-opt-22 --split-input-file --allow-unregistered-dialect | FileCheck %s --check-prefixes=MLIR,SHARD-MLIR
// RUN: alpa-opt %s --split-input-file | sed -n '1,/^\/\/ -----/p' | mlir-opt-22 --allow-unregistered-dialect | FileCheck %s --check-prefix=SHARD-MLIR

// The vocabulary alone (the last RUN line hands this case to mlir-opt-22 in pretty form).
// CHECK: shard.grid @grid(shape = 2x4)
// CHECK: shard.grid @line(shape = 8) {note = 1 : i64}
// CHECK-LABEL: func.func @annotate
// CHECK: %[[S:.*]] = shard.sharding @grid split_axes = {{\[\[}}0], [1]] : !shard.sharding
// CHECK: %[[R:.*]] = shard.sharding @grid split_axes = {{\[\[}}]] : !shard.sharding
// CHECK: %[[T:.*]] = shard.sharding @grid split_axes = {{\[\[}}], [1, 0]] {tag = "t"} : !shard.sharding
// CHECK: %[[A:.*]] = shard.shard %arg0 to %[[S]] : tensor<4x8xf32>
// CHECK: %[[B:.*]] = shard.shard %[[A]] to %[[R]] annotate_for_users : tensor<4x8xf32>
// CHECK: shard.shard %[[B]] to %[[T]] : tensor<4x8xf32>

// GENERIC: "shard.grid"() {shape = array<i64: 2, 4>, sym_name = "grid"} : () -> ()
// GENERIC: "shard.sharding"() {grid = @grid, operandSegmentSizes = array<i32: 0, 0>, split_axes = #shard<axisarray{{\[\[}}0], [1]]>, static_halo_sizes = array<i64>, static_sharded_dims_offsets = array<i64>} : () -> !shard.sharding
// GENERIC: "shard.shard"(%{{.*}}, %{{.*}}) {annotate_for_users} : (tensor<4x8xf32>, !shard.sharding) -> tensor<4x8xf32>

// SHARD-MLIR: shard.grid @grid(shape = 2x4)
// SHARD-MLIR: shard.grid @line(shape = 8) {note = 1 : i64}
// SHARD-MLIR-LABEL: func.func @annotate
// SHARD-MLIR: %[[S:.*]] = shard.sharding @grid split_axes = {{\[\[}}0], [1]] : !shard.sharding
// SHARD-MLIR: %[[R:.*]] = shard.sharding @grid split_axes = {{\[\[}}]] : !shard.sharding
// SHARD-MLIR: %[[T:.*]] = shard.sharding @grid split_axes = {{\[\[}}], [1, 0]] {tag = "t"} : !shard.sharding
// SHARD-MLIR: %[[A:.*]] = shard.shard %arg0 to %[[S]] : tensor<4x8xf32>
// SHARD-MLIR: %[[B:.*]] = shard.shard %[[A]] to %[[R]] annotate_for_users : tensor<4x8xf32>
// SHARD-MLIR: shard.shard %[[B]] to %[[T]] : tensor<4x8xf32>

shard.grid @grid(shape = 2x4)
"shard.grid"() <{shape = array<i64: 8>, sym_name = "line"}> {note = 1 : i64} : () -> ()
func.func @annotate(%t: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %s = shard.sharding @grid split_axes = [[0], [1]] : !shard.sharding
  %r = "shard.sharding"() <{grid = @grid, operandSegmentSizes = array<i32: 0, 0>, split_axes = #shard<axisarray[[]]>, static_halo_sizes = array<i64>, static_sharded_dims_offsets = array<i64>}> : () -> !shard.sharding
  %q = shard.sharding @grid split_axes = [ [], [1,0] ] {tag = "t"} : !shard.sharding
  %a = shard.shard %t to %s : tensor<4x8xf32>
  %b = shard.shard %a to %r annotate_for_users : tensor<4x8xf32>
  %c = shard.shard %b to %q : tensor<4x8xf32>
  return %c : tensor<4x8xf32>
}

// -----

// Annotations around StableHLO ops, the way a sharding pass leaves them.
// CHECK: shard.grid @mesh(shape = 2)
// CHECK-LABEL: func.func @matmul
// CHECK: %[[X:.*]] = shard.sharding @mesh split_axes = {{\[\[}}0]] : !shard.sharding
// CHECK: %[[XS:.*]] = shard.shard %arg0 to %[[X]] annotate_for_users : tensor<4x8xf32>
// CHECK: %[[D:.*]] = stablehlo.dot_general %[[XS]], %arg1
// CHECK: shard.shard %[[D]] to %[[X]] : tensor<4x16xf32>

// MLIR: shard.grid @mesh(shape = 2)
// MLIR-LABEL: func.func @matmul
// MLIR: %[[X:.*]] = shard.sharding @mesh split_axes = {{\[\[}}0]] : !shard.sharding
// MLIR: %[[XS:.*]] = shard.shard %arg0 to %[[X]] annotate_for_users : tensor<4x8xf32>
// MLIR: %[[D:.*]] = "stablehlo.dot_general"(%[[XS]], %arg1)
// MLIR: shard.shard %[[D]] to %[[X]] : tensor<4x16xf32>

shard.grid @mesh(shape = 2)
func.func @matmul(%x: tensor<4x8xf32>, %w: tensor<8x16xf32>) -> tensor<4x16xf32> {
  %s = shard.sharding @mesh split_axes = [[0]] : !shard.sharding
  %xs = shard.shard %x to %s annotate_for_users : tensor<4x8xf32>
  %d = stablehlo.dot_general %xs, %w, contracting_dims = [1] x [0] : (tensor<4x8xf32>, tensor<8x16xf32>) -> tensor<4x16xf32>
  %ds = shard.shard %d to %s : tensor<4x16xf32>
  return %ds : tensor<4x16xf32>
}

// -----

// An axis array not written as the pretty syntax writes it prints generically, unchanged;
// MLIR reads it as the same sharding.
// CHECK-LABEL: func.func @odd
// CHECK: "shard.sharding"() {grid = @g, operandSegmentSizes = array<i32: 0, 0>, split_axes = #shard<axisarray{{\[\[}}0],[]]>, static_halo_sizes = array<i64>, static_sharded_dims_offsets = array<i64>} : () -> !shard.sharding
// MLIR-LABEL: func.func @odd
// MLIR: shard.sharding @g split_axes = {{\[\[}}0], []] : !shard.sharding

shard.grid @g(shape = 4)
func.func @odd(%t: tensor<8xf32>) -> tensor<8xf32> {
  %s = "shard.sharding"() <{grid = @g, operandSegmentSizes = array<i32: 0, 0>, split_axes = #shard<axisarray[[0],[]]>, static_halo_sizes = array<i64>, static_sharded_dims_offsets = array<i64>}> : () -> !shard.sharding
  %a = shard.shard %t to %s : tensor<8xf32>
  return %a : tensor<8xf32>
}
