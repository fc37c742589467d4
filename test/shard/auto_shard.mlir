// alpa-auto-shard: strategies chosen on a mesh, written as shard dialect annotations.
// RUN: alpa-opt %s --split-input-file --alpa-auto-shard="mesh=4 alpha=1 beta=1 cost-model=alpa" | FileCheck %s
// The annotated module is valid upstream MLIR.
// RUN: alpa-opt %s --split-input-file --alpa-auto-shard="mesh=2x2" --emit=generic | mlir-opt --allow-unregistered-dialect --split-input-file > /dev/null

// Alpa's 6-layer MLP (batch 32, hidden 256) on a line of 4 with alpha = beta = 1: the Megatron
// pattern, columns then rows, 5 all-reduces, objective 5 * AR(32*256*4) = 245765.05.
// RUN: alpa-opt %models/plan/alpa_mlp_mp.mlir --alpa-import --alpa-auto-shard="mesh=4 alpha=1 beta=1 cost-model=alpa" --alpa-print-plan 2>&1 >/dev/null | FileCheck %s --check-prefix=MEGATRON
// MEGATRON:      alpa-auto-shard: mesh 4 {{.*}} cost model alpa, solver dp
// MEGATRON-NEXT: objective 245765.05{{[0-9]*}} ({{.*}}, optimal)
// MEGATRON:      collectives: all_reduce 5, all_gather 0, reduce_scatter 0, all_to_all 0, collective_permute 0
// MEGATRON:      params['fc0']['kernel']  f32[256,256]  split [-, axis0]  (column, Megatron)
// MEGATRON-NEXT: params['fc1']['kernel']  f32[256,256]  split [axis0, -]  (row, Megatron)
// MEGATRON:      params['fc5']['kernel']  f32[256,256]  split [axis0, -]  (row, Megatron)
// MEGATRON-NEXT: batch[0]                 f32[32,256]   split [-, -]  (replicated)

// The same MLP solved by the integer program gives the same objective.
// RUN: alpa-opt %models/plan/alpa_mlp_mp.mlir --alpa-import --alpa-auto-shard="mesh=4 alpha=1 beta=1 cost-model=alpa solver=ilp ilp-time-limit=30" --alpa-print-plan 2>&1 >/dev/null | FileCheck %s --check-prefix=ILP
// ILP: cost model alpa, solver ilp
// ILP: objective 245765.05{{[0-9]*}}

// Batch 256, hidden 32, 2x2 mesh with beta = (1, 0.1): data parallel on axis 0, Megatron on
// the cheap axis 1; the plan JSON has the documented keys.
// RUN: alpa-opt %models/plan/alpa_mlp_2d.mlir --alpa-import --alpa-auto-shard="mesh=2x2 alpha=1,1 beta=1,0.1 cost-model=alpa" --alpa-plan-json=%t.json | FileCheck %s --check-prefix=MLP2D
// RUN: FileCheck %s --check-prefix=JSON < %t.json
// MLP2D:     shard.grid @mesh(shape = 2x2)
// MLP2D:     shard.shard %{{.*}} to %{{.*}} annotate_for_users : tensor<256x32xf32>
// JSON:      "version": 1,
// JSON:      "mesh": {
// JSON:        "shape": [
// JSON-NEXT:     2,
// JSON-NEXT:     2
// JSON:      "solver": "dp",
// JSON:      "objective": 2049{{[0-9.]*}},
// JSON:      "collectives": {
// JSON-NEXT:   "all_reduce": 11,
// JSON-NEXT:   "all_gather": 0,
// JSON-NEXT:   "reduce_scatter": 0,
// JSON-NEXT:   "all_to_all": 0,
// JSON-NEXT:   "collective_permute": 0
// JSON:      "arguments": [
// JSON-NEXT:   {
// JSON-NEXT:     "index": 0,
// JSON-NEXT:     "name": "params['fc0']['kernel']",
// JSON-NEXT:     "shape": [
// JSON-NEXT:       32,
// JSON-NEXT:       32
// JSON-NEXT:     ],
// JSON-NEXT:     "dtype": "f32",
// JSON-NEXT:     "sharding": [
// JSON-NEXT:       [],
// JSON-NEXT:       [
// JSON-NEXT:         1
// JSON-NEXT:       ]
// JSON-NEXT:     ],
// JSON-NEXT:     "role": "column, Megatron"
// JSON:      "estimated_step_time_s":
// JSON:      "memory_per_device_bytes":

// A memory budget below the fastest plan's peak: parameters are split and gathered where
// they are used (ZeRO-3 style); a budget no plan meets is an error naming the peak needed.
// RUN: alpa-opt %models/plan/alpa_mlp_dp.mlir --alpa-import --alpa-auto-shard="mesh=4 memory-budget=70000" --alpa-print-plan 2>&1 >/dev/null | FileCheck %s --check-prefix=BUDGET
// BUDGET:      estimated step time {{.*}}, memory per device {{6[0-8]\.[0-9]}} KiB of 68.4 KiB
// BUDGET:      params['fc0']['kernel']  f32[32,32]   split [-, axis0]  (sharded parameter, gathered for use (ZeRO-3))
// RUN: not alpa-opt %models/plan/alpa_mlp_dp.mlir --alpa-import --alpa-auto-shard="mesh=4 memory-budget=60000" 2>&1 | FileCheck %s --check-prefix=OVER
// OVER: alpa_mlp_dp.mlir:9:3: error: alpa-auto-shard found no plan for @main on mesh 4: cannot run under the given memory budget: 60000 bytes per device, the best plan needs {{[0-9]+}}

// ZeRO-2: Adam's moments are split over every device even where the plan would not need it.
// RUN: alpa-opt %models/gpt2.mlir --alpa-import --alpa-auto-shard="mesh=4 zero=2" --alpa-print-plan 2>&1 >/dev/null | FileCheck %s --check-prefix=ZERO
// ZERO: cost model analytic, solver dp, zero 2
// ZERO: opt_state[0].mu['h_0']['attn']['c_attn']['kernel']  f32[16,48]  split {{.*}}axis0{{.*}}  (optimizer state, ZeRO-2 sharded)

// Bad options and inputs are located errors with exit code 1.
// Forced strategies. Data parallelism on Alpa's Megatron MLP (which the planner would split
// by tensor): the batch split, every weight whole, one all-reduce per weight gradient.
// Megatron on Alpa's data-parallel MLP: the batch never split, the layers split instead.
// RUN: alpa-opt %models/plan/alpa_mlp_mp.mlir --alpa-import --alpa-auto-shard="mesh=4 alpha=1 beta=1 cost-model=alpa strategy=data-parallel" --alpa-plan-json=%t.dp.json -o /dev/null
// RUN: FileCheck %s --check-prefix=FORCED-DP < %t.dp.json
// FORCED-DP:      "all_reduce": 6,
// FORCED-DP-NEXT: "all_gather": 0,
// FORCED-DP-NEXT: "reduce_scatter": 0,
// FORCED-DP-NEXT: "all_to_all": 0,
// RUN: alpa-opt %models/plan/alpa_mlp_dp.mlir --alpa-import --alpa-auto-shard="mesh=4 alpha=1 beta=1 cost-model=alpa strategy=megatron" --alpa-partition | FileCheck %s --check-prefix=FORCED-MT
// FORCED-MT-COUNT-3: shard.all_reduce %{{.*}} on @mesh grid_axes = [0] : tensor<256x32xf32> -> tensor<256x32xf32>
// FORCED-MT-NOT:     shard.all_reduce %{{.*}} : tensor<32x32xf32>
// Without a batch there is nothing to force: a located error.
// RUN: not alpa-opt %s --alpa-auto-shard="mesh=2 strategy=data-parallel" 2>&1 | FileCheck %s --check-prefix=ERR-NODATA
// ERR-NODATA: auto_shard.mlir:{{[0-9]+}}:1: error: strategy=data-parallel: @{{.*}}

// RUN: not alpa-opt %s --alpa-auto-shard="mesh=2x2x2" 2>&1 | FileCheck %s --check-prefix=ERR-RANK
// ERR-RANK: error: alpa-auto-shard: mesh shape '2x2x2' has 3 axes; only 1-D and 2-D meshes are supported
// RUN: not alpa-opt %s --alpa-auto-shard="mesh=16" 2>&1 | FileCheck %s --check-prefix=ERR-SIZE
// ERR-SIZE: error: alpa-auto-shard: mesh 16 needs 16 devices; cluster 'cpu' has 8 (give alpha= and beta= for an abstract mesh)
// RUN: not alpa-opt %s --alpa-auto-shard="mesh=2x2 alpha=1" 2>&1 | FileCheck %s --check-prefix=ERR-ALPHA
// ERR-ALPHA: error: alpa-auto-shard: alpha=1 gives 1 values for a mesh of 2 axes
// RUN: not alpa-opt %s --alpa-auto-shard="cluster=nowhere" 2>&1 | FileCheck %s --check-prefix=ERR-CLUSTER
// ERR-CLUSTER: error: alpa-auto-shard: {{.*}}nowhere
// RUN: not alpa-opt %s --alpa-auto-shard="solver=lp" 2>&1 | FileCheck %s --check-prefix=ERR-SOLVER
// ERR-SOLVER: invalid value 'lp' for option 'solver' of 'alpa-auto-shard': expected dp | ilp
// RUN: not alpa-opt %s --alpa-auto-shard="mesh=2x4 alpha=1,1 beta=0.1" 2>&1 | FileCheck %s --check-prefix=ERR-BETA
// ERR-BETA: error: alpa-auto-shard: beta=0.1 gives 1 values for a mesh of 2 axes
// RUN: not alpa-opt %s --alpa-auto-shard="mesh=4 beta=-1 alpha=1" 2>&1 | FileCheck %s --check-prefix=ERR-NEG
// ERR-NEG: error: alpa-auto-shard: {{.*}}beta
// RUN: not alpa-opt %s --alpa-auto-shard="zero=1" 2>&1 | FileCheck %s --check-prefix=ERR-ZERO
// ERR-ZERO: invalid value '1' for option 'zero' of 'alpa-auto-shard': expected 0 | 2 | 3
// RUN: not alpa-opt %s --alpa-auto-shard="cost-model=xla" 2>&1 | FileCheck %s --check-prefix=ERR-MODEL
// ERR-MODEL: invalid value 'xla' for option 'cost-model' of 'alpa-auto-shard': expected analytic | alpa
// RUN: not alpa-opt %s --alpa-auto-shard="memory-budget=lots" 2>&1 | FileCheck %s --check-prefix=ERR-BUDGET
// ERR-BUDGET: invalid value 'lots' for option 'memory-budget' of 'alpa-auto-shard': expected a non-negative integer
// RUN: not alpa-opt %s --alpa-auto-shard="solver=ilp ilp-time-limit=soon" 2>&1 | FileCheck %s --check-prefix=ERR-LIMIT
// ERR-LIMIT: invalid value 'soon' for option 'ilp-time-limit' of 'alpa-auto-shard': expected a non-negative integer
// RUN: not alpa-opt %s --alpa-plan-json=%t.none 2>&1 | FileCheck %s --check-prefix=ERR-FLAG
// ERR-FLAG: --alpa-plan-json needs a planning pass with option 'plan-json' in the pipeline
// RUN: not alpa-opt %s --alpa-auto-shard="strategy=pipeline" 2>&1 | FileCheck %s --check-prefix=ERR-STRATEGY
// ERR-STRATEGY: invalid value 'pipeline' for option 'strategy' of 'alpa-auto-shard': expected auto | data-parallel | megatron
// RUN: not alpa-opt %S/Inputs/call.mlir --alpa-auto-shard 2>&1 | FileCheck %s --check-prefix=ERR-CALL
// ERR-CALL: call.mlir:4:10: error: 'func.call' is left in @main: run alpa-inline (alpa-import) before alpa-auto-shard

// A weight split by columns: each device computes its columns of the result with no
// communication, and the result stays split by columns.
// CHECK:       shard.grid @mesh(shape = 4)
// CHECK-LABEL: func.func @column_split
// CHECK-DAG:   %[[REP:.*]] = shard.sharding @mesh split_axes = {{\[\[}}]] : !shard.sharding
// CHECK-DAG:   %[[COL:.*]] = shard.sharding @mesh split_axes = {{\[\[}}], [0]] : !shard.sharding
// CHECK:       %[[X:.*]] = shard.shard %arg0 to %[[REP]] : tensor<2x64xf32>
// CHECK:       %[[W:.*]] = shard.shard %arg1 to %[[COL]] : tensor<64x64xf32>
// CHECK:       %[[D:.*]] = stablehlo.dot_general %[[X]], %[[W]]
// CHECK-NEXT:  shard.shard %[[D]] to %[[COL]] : tensor<2x64xf32>
func.func @column_split(%x: tensor<2x64xf32>, %w: tensor<64x64xf32>) -> tensor<2x64xf32> {
  %0 = stablehlo.dot_general %x, %w, contracting_dims = [1] x [0] : (tensor<2x64xf32>, tensor<64x64xf32>) -> tensor<2x64xf32>
  return %0 : tensor<2x64xf32>
}

// -----

// A big batch and a small weight: data parallel. The batch is sliced for free, the weight is
// replicated, elementwise users follow the dot, and the constant is made where it is used.
// CHECK-LABEL: func.func @batch_split
// CHECK-DAG:   %[[B:.*]] = shard.sharding @mesh split_axes = {{\[\[}}0]] : !shard.sharding
// CHECK-DAG:   %[[REP:.*]] = shard.sharding @mesh split_axes = {{\[\[}}]] : !shard.sharding
// CHECK:       %[[X:.*]] = shard.shard %arg0 to %[[B]] : tensor<256x8xf32>
// CHECK:       %[[W:.*]] = shard.shard %arg1 to %[[REP]] : tensor<8x8xf32>
// CHECK:       %[[D:.*]] = stablehlo.dot_general %[[X]], %[[W]]
// CHECK-NEXT:  %[[DS:.*]] = shard.shard %[[D]] to %[[B]] : tensor<256x8xf32>
// CHECK:       %[[C:.*]] = stablehlo.broadcast_in_dim
// CHECK-NEXT:  %[[CS:.*]] = shard.shard %[[C]] to %[[B]] annotate_for_users : tensor<256x8xf32>
// CHECK-NEXT:  %[[M:.*]] = stablehlo.maximum %[[DS]], %[[CS]]
// CHECK-NEXT:  shard.shard %[[M]] to %[[B]] : tensor<256x8xf32>
func.func @batch_split(%x: tensor<256x8xf32>, %w: tensor<8x8xf32>) -> tensor<256x8xf32> {
  %0 = stablehlo.dot_general %x, %w, contracting_dims = [1] x [0] : (tensor<256x8xf32>, tensor<8x8xf32>) -> tensor<256x8xf32>
  %c = stablehlo.constant dense<0.0> : tensor<f32>
  %1 = stablehlo.broadcast_in_dim %c, dims = [] : (tensor<f32>) -> tensor<256x8xf32>
  %2 = stablehlo.maximum %0, %1 : tensor<256x8xf32>
  return %2 : tensor<256x8xf32>
}

