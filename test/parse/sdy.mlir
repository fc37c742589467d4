// Shardy annotations as JAX writes them for a sharded jit: the mesh, argument shardings and a
// sharding constraint survive parsing, printing in both forms and the import pipeline, and
// the constraint computes its operand.
// RUN: alpa-opt %s --alpa-import | FileCheck %s
// RUN: alpa-opt %s --emit=generic | FileCheck %s --check-prefix=GENERIC
// RUN: alpa-opt %s --emit=generic | alpa-opt | FileCheck %s
// RUN: alpa-run %s | FileCheck %s --check-prefix=EXEC

// CHECK: sdy.mesh @mesh = <["data"=2, "model"=2]>
// CHECK: func.func public @main(%arg0: tensor<8x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"model"}]>}
// CHECK: sdy.sharding_constraint %{{.*}} <@mesh, [{"data"}, {}]> : tensor<4x16xf32>

// GENERIC: "sdy.mesh"() {mesh = #sdy.mesh<["data"=2, "model"=2]>, {{.*}}sym_name = "mesh"} : () -> ()
// GENERIC: "sdy.sharding_constraint"(%{{.*}}) {sharding = #sdy.sharding<@mesh, [{"data"}, {}]>} : (tensor<4x16xf32>) -> tensor<4x16xf32>

// EXEC: out0 tensor<4x16xf32>

module @jit_f attributes {mhlo.num_partitions = 4 : i32, mhlo.num_replicas = 1 : i32} {
  sdy.mesh @mesh = <["data"=2, "model"=2]> {stablehlo.mesh = {axes = [{name = "data", size = 2 : i64}, {name = "model", size = 2 : i64}]}}
  func.func public @main(%arg0: tensor<8x16xf32> {sdy.sharding = #sdy.sharding<@mesh, [{}, {"model"}]>}, %arg1: tensor<4x8xf32> {sdy.sharding = #sdy.sharding<@mesh, [{"data"}, {}]>}) -> (tensor<4x16xf32> {jax.result_info = "result"}) {
    %0 = stablehlo.dot_general %arg1, %arg0, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<4x8xf32>, tensor<8x16xf32>) -> tensor<4x16xf32>
    %1 = sdy.sharding_constraint %0 <@mesh, [{"data"}, {}]> : tensor<4x16xf32>
    %2 = stablehlo.tanh %1 : tensor<4x16xf32>
    return %2 : tensor<4x16xf32>
  }
}

