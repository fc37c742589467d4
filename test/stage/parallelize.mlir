// alpa-parallelize: layers, pipeline stages on sub-meshes, micro-batches and the schedule,
// with each stage's forward and backward outlined.
// Alpa's 6-layer MLP on the 8-device CPU cluster, cut into 3 layers of two dense layers each.
// RUN: alpa-opt %models/plan/alpa_mlp_mp.mlir --alpa-import --alpa-cluster-layers="layers=3" | FileCheck %s --check-prefix=LAYERS
// LAYERS:      func.func public @main
// LAYERS-SAME: alpa.layers = 3 : i64
// LAYERS-NOT:  alpa.layers_auto
// LAYERS:      stablehlo.dot_general {{.*}} {alpa.layer = 0 : i64, alpa.role = "forward"}
// LAYERS:      stablehlo.dot_general {{.*}} {alpa.layer = 1 : i64, alpa.role = "forward"}
// LAYERS:      stablehlo.dot_general {{.*}} {alpa.layer = 2 : i64, alpa.role = "forward"}
// LAYERS:      stablehlo.dot_general {{.*}} {alpa.layer = 2 : i64, alpa.role = "backward"}
// LAYERS:      stablehlo.dot_general {{.*}} {alpa.layer = 0 : i64, alpa.role = "backward"}
// LAYERS:      alpa.role = "update"

// Layers chosen with layers=auto are marked so (alpa.layers_auto; a count given is not), and
// alpa-parallelize then moves stage boundaries between the repeat units inside them: a
// 24-block GPT's 16 layers are cut into 26 pieces (embedding, blocks, head), which the plan
// reports as its layers.
// RUN: alpa-opt %models/bench/gpt_l24.mlir --alpa-import --alpa-cluster-layers | FileCheck %s --check-prefix=AUTOMARK
// AUTOMARK:      func.func public @main
// AUTOMARK-SAME: alpa.layers = 16 : i64, alpa.layers_auto
// RUN: alpa-opt %models/bench/gpt_l24.mlir --alpa-import --alpa-parallelize="cluster=cpu stages=2" --alpa-print-plan 2>&1 >/dev/null | FileCheck %s --check-prefix=PIECES
// PIECES: alpa-cluster-stages: 8 devices (cpu), 26 layers, 2 stages

// The whole pipeline: the plan in words, the JSON with the fixed keys, the SVG next to it,
// and the outlined stages.
// RUN: alpa-opt %models/plan/alpa_mlp_mp.mlir --alpa-import --alpa-parallelize="cluster=cpu layers=3 microbatches=4 compare-manual=true" --alpa-plan-json=%t.json --alpa-print-plan 2>%t.txt | FileCheck %s --check-prefix=OUTLINE
// RUN: FileCheck %s --check-prefix=TEXT < %t.txt
// RUN: FileCheck %s --check-prefix=JSON < %t.json
// RUN: FileCheck %s --check-prefix=SVG < %t.svg
// OUTLINE:     func.func public @main
// OUTLINE:     call @stage0_forward
// OUTLINE:     call @stage0_backward
// OUTLINE:     func.func private @stage0_forward
// OUTLINE-SAME: alpa.devices = array<i64:
// OUTLINE-SAME: alpa.layers = array<i64: 0,
// OUTLINE-SAME: alpa.logical_mesh = array<i64:
// OUTLINE-SAME: alpa.stage = 0 : i64
// OUTLINE:     func.func private @stage0_backward
// TEXT:        alpa-cluster-stages: 8 devices (cpu), 3 layers, {{[0-9]+}} stages, 4 micro-batches, 1f1b schedule
// TEXT:        Stage 0 (layers 0-{{[0-9]}}): mesh [{{[0-9]+}},{{[0-9]+}}] on devices 0{{.*}}
// TEXT:        Estimated step {{.*}}; speedup {{[0-9.]+}}x vs one device; communication {{.*}}/iteration
// TEXT:        Best manual (Megatron-style): dp={{[0-9]+}} tp={{[0-9]+}} pp={{[0-9]+}} micro-batches=4 zero={{[023]}}
// JSON:        "version": 2,
// JSON:        "stages": [
// JSON:          "layers": [
// JSON:          "devices": [
// JSON:          "logical_mesh": [
// JSON:          "zero": {{[023]}},
// JSON:          "latency_s":
// JSON:          "memory_bytes":
// JSON:        "microbatches": 4,
// JSON:        "schedule": "1f1b",
// JSON:        "estimated_step_time_s":
// JSON:        "speedup_vs_one_device":
// JSON:        "communication_bytes_per_step":
// JSON:        "pipeline": [
// JSON:          "instructions": [
// JSON-NEXT:       "fwd 0",
// JSON:        "manual_best": {
// JSON-NEXT:     "dp":
// JSON-NEXT:     "tp":
// JSON-NEXT:     "pp":
// JSON-NEXT:     "microbatches": 4,
// JSON-NEXT:     "estimated_step_time_s":
// JSON-NEXT:     "zero": {{[023]}}
// SVG:         <svg
// SVG:         stage 0 · layers 0-

// Each stage function carries its stage's intra-op plan (the plans its pieces were priced
// with) as shard annotations on the stage's grid: here the first dense layer split by columns
// over stage 0's four devices.
// RUN: alpa-opt %models/mlp.mlir --alpa-import --alpa-parallelize="cluster=cpu stages=2 layers=2 microbatches=2" | FileCheck %s --check-prefix=SHARDINGS
// SHARDINGS:       shard.grid @stage0_mesh(shape = 1x4)
// SHARDINGS-NEXT:  shard.grid @stage1_mesh(shape = 1x4)
// SHARDINGS-LABEL: func.func private @stage0_forward(%arg0: tensor<4x16xf32>, %arg1: tensor<16x32xf32>)
// SHARDINGS-DAG:   %[[WHOLE:.*]] = shard.sharding @stage0_mesh split_axes = {{\[\[}}]] : !shard.sharding
// SHARDINGS-DAG:   %[[COLS:.*]] = shard.sharding @stage0_mesh split_axes = {{\[\[}}], [1]] : !shard.sharding
// SHARDINGS:       %[[X:.*]] = shard.shard %arg0 to %[[WHOLE]] : tensor<4x16xf32>
// SHARDINGS-NEXT:  %[[W:.*]] = shard.shard %arg1 to %[[COLS]] : tensor<16x32xf32>
// SHARDINGS-NEXT:  %[[H:.*]] = stablehlo.dot_general %[[X]], %[[W]]
// SHARDINGS-NEXT:  shard.shard %[[H]] to %[[COLS]] : tensor<4x32xf32>
// SHARDINGS-LABEL: func.func private @stage1_forward
// SHARDINGS:       shard.sharding @stage1_mesh

// Outlining is exact: inlining the stages back gives the original step's numbers.
// RUN: alpa-opt %models/mlp.mlir --alpa-import --alpa-parallelize="cluster=cpu layers=2 microbatches=2 schedule=gpipe stage-solver=dp" --alpa-inline -o %t.inlined.mlir
// RUN: alpa-run %t.inlined.mlir --inputs %models/mlp.npz --expected %models/mlp.out.npz | FileCheck %s --check-prefix=SAME
// SAME: all {{[0-9]+}} outputs match

// A cluster shape given by hosts and devices per host, and a bounded search.
// RUN: alpa-opt %models/plan/alpa_mlp_mp.mlir --alpa-import --alpa-parallelize="cluster=p3.16xlarge hosts=1 devices-per-host=2 layers=2" --time-limit=60 --alpa-print-plan 2>&1 >/dev/null | FileCheck %s --check-prefix=SHAPE
// SHAPE: alpa-cluster-stages: 2 devices (p3.16xlarge), 2 layers,
// SHAPE: on devices 0{{.*}}(V100)

// Errors: options, a micro-batch count that does not divide the batch, too many layers,
// --time-limit without a planning pass.
// RUN: not alpa-opt %models/plan/alpa_mlp_mp.mlir --alpa-import --alpa-parallelize="microbatches=3" 2>&1 | FileCheck %s --check-prefix=DIVIDE
// DIVIDE: error: alpa-cluster-stages: microbatches=3 does not divide the batch of 32
// RUN: not alpa-opt %models/plan/alpa_mlp_mp.mlir --alpa-import --alpa-parallelize="layers=9" 2>&1 | FileCheck %s --check-prefix=TOOMANY
// TOOMANY: error: layers=9 but @main has only 6 heavy forward ops
// RUN: not alpa-opt %models/plan/alpa_mlp_mp.mlir --alpa-import --alpa-cluster-layers="layers=3" --alpa-cluster-stages="layers=2" 2>&1 | FileCheck %s --check-prefix=MARKS
// MARKS: error: layers=2 but the input marks 3 layers with alpa.layer
// RUN: not alpa-opt %models/plan/alpa_mlp_mp.mlir --alpa-import --alpa-parallelize="microbatches=0" 2>&1 | FileCheck %s --check-prefix=ZERO
// ZERO: microbatches{{.*}}auto or a positive integer
// RUN: not alpa-opt %models/plan/alpa_mlp_mp.mlir --alpa-parallelize="schedule=zigzag" 2>&1 | FileCheck %s --check-prefix=SCHEDULE
// SCHEDULE: 1f1b | gpipe
// RUN: not alpa-opt %models/plan/alpa_mlp_mp.mlir --alpa-import --time-limit=5 2>&1 | FileCheck %s --check-prefix=LIMIT
// LIMIT: error: --time-limit needs a planning pass
// RUN: not alpa-opt %models/plan/alpa_mlp_mp.mlir --alpa-cluster-stages 2>&1 | FileCheck %s --check-prefix=CALLS
// CALLS: error: 'func.call' is left in @main: run alpa-inline (alpa-import) before alpa-cluster-stages
// RUN: not alpa-opt %models/plan/alpa_mlp_mp.mlir --alpa-import --alpa-parallelize="cluster=nowhere" 2>&1 | FileCheck %s --check-prefix=CLUSTER
// CLUSTER: error: alpa-cluster-stages: {{.*}}nowhere

// No stage fits device memory at the most micro-batches the batch allows: no plan, located at
// the entry function (fewer, larger micro-batches are not tried).
// RUN: not alpa-opt %models/gpt2.mlir --alpa-import --alpa-parallelize="cluster=%S/Inputs/tiny_memory.toml" 2>&1 | FileCheck %s --check-prefix=NOFIT
// NOFIT: gpt2.mlir:{{[0-9]+}}:{{[0-9]+}}: error: alpa-cluster-stages found no plan for @main on cluster 'tiny-memory' (8 devices): no stage cut fits in device memory with 2 micro-batches (the most the batch allows; fewer keep more activations in flight)

// A stage count given: the plan has exactly that many stages; more than the layers is an error.
// RUN: alpa-opt %models/plan/alpa_mlp_mp.mlir --alpa-import --alpa-parallelize="cluster=cpu layers=3 stages=3 microbatches=2" --alpa-print-plan 2>&1 >/dev/null | FileCheck %s --check-prefix=STAGES
// STAGES: alpa-cluster-stages: 8 devices (cpu), 3 layers, 3 stages, 2 micro-batches
// RUN: not alpa-opt %models/plan/alpa_mlp_mp.mlir --alpa-import --alpa-parallelize="layers=2 stages=3" 2>&1 | FileCheck %s --check-prefix=STAGESMANY
// STAGESMANY: error: alpa-cluster-stages: stages=3 but there are 2 layers and 8 devices: at most 2 stages

// A heterogeneous cluster (a host of A100s and a host of V100s): each stage placed on one host
// group with that group's speed, and the pipeline partitioned and run across both.
// RUN: alpa-opt %models/gpt2.mlir --alpa-import --alpa-parallelize="cluster=%S/Inputs/mixed.toml stages=2 layers=2 microbatches=2" --alpa-print-plan --alpa-partition -o %t.mixed.mlir 2>%t.mixed.txt
// RUN: FileCheck %s --check-prefix=MIXED < %t.mixed.txt
// RUN: alpa-run %t.mixed.mlir --backend=sim --inputs %models/gpt2.npz --verify-against=%models/gpt2.mlir | FileCheck %s --check-prefix=MIXEDSIM
// MIXED-DAG: on devices 4-7 (V100)
// MIXED-DAG: on devices 0-3 (A100)
// MIXEDSIM:  all 92 outputs match

// A step micro-batching cannot split (the MoE's capacity positions count over the whole
// batch) is pipelined on one micro-batch, and the plan says why; asking for more is an error.
// RUN: alpa-opt %models/moe.mlir --alpa-import --alpa-parallelize="cluster=cpu" --alpa-print-plan 2>&1 >/dev/null | FileCheck %s --check-prefix=ONEMB
// ONEMB: 1 micro-batches
// ONEMB: note: one micro-batch only: 'stablehlo.reduce_window' reads across the batch dimension by position
// RUN: not alpa-opt %models/moe.mlir --alpa-import --alpa-parallelize="cluster=cpu microbatches=2" 2>&1 | FileCheck %s --check-prefix=ONEMBERR
// ONEMBERR: moe.mlir:{{[0-9]+}}:{{[0-9]+}}: error: 'stablehlo.reduce_window' reads across the batch dimension by position
