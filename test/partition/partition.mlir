// alpa-partition: one per-device program with local shapes and the plan's collectives.
// RUN: alpa-opt %s --alpa-auto-shard="mesh=4 alpha=1 beta=1 cost-model=alpa" --alpa-partition | FileCheck %s
// RUN: alpa-opt %s --alpa-auto-shard="mesh=4 alpha=1 beta=1 cost-model=alpa" --alpa-partition --emit=generic | mlir-opt --allow-unregistered-dialect > /dev/null

// A big batch: the batch is split, the weight replicated; no collective in the forward step.
// CHECK:       shard.grid @mesh(shape = 4)
// CHECK-LABEL: func.func @batch_split
// CHECK-SAME:    %arg0: tensor<64x8xf32> {alpa.global_shape = array<i64: 256, 8>, alpa.split_axes = #shard<axisarray{{\[\[}}0]]>}
// CHECK-SAME:    %arg1: tensor<8x8xf32> {alpa.global_shape = array<i64: 8, 8>, alpa.split_axes = #shard<axisarray{{\[\[}}]]>}
// CHECK-NOT:   shard.shard
// CHECK:       stablehlo.dot_general {{.*}} : (tensor<64x8xf32>, tensor<8x8xf32>) -> tensor<64x8xf32>
// CHECK-NOT:   shard.all_reduce
// CHECK:       return
func.func @batch_split(%x: tensor<256x8xf32>, %w: tensor<8x8xf32>) -> tensor<256x8xf32> {
  %0 = stablehlo.dot_general %x, %w, contracting_dims = [1] x [0] : (tensor<256x8xf32>, tensor<8x8xf32>) -> tensor<256x8xf32>
  return %0 : tensor<256x8xf32>
}

// Alpa's 6-layer Megatron MLP (batch 32, hidden 256) on 4 devices: one all-reduce per
// row-split layer in the forward pass and the matching ones in the backward pass, 5 in all,
// as the plan JSON promises.
// RUN: alpa-opt %models/plan/alpa_mlp_mp.mlir --alpa-import --alpa-auto-shard="mesh=4 alpha=1 beta=1 cost-model=alpa" --alpa-plan-json=%t.json --alpa-partition | FileCheck %s --check-prefix=MEGATRON
// RUN: FileCheck %s --check-prefix=PROMISE < %t.json
// MEGATRON-COUNT-5: shard.all_reduce %{{.*}} on @mesh grid_axes = [0] : tensor<32x256xf32> -> tensor<32x256xf32>
// MEGATRON-NOT:     shard.all_reduce
// MEGATRON-NOT:     shard.all_gather
// PROMISE:          "all_reduce": 5,
// PROMISE-NEXT:     "all_gather": 0,

// Alpa's data-parallel MLP (batch 256, hidden 32) on 4 devices: only the 4 gradient
// all-reduces of the 32x32 kernels.
// RUN: alpa-opt %models/plan/alpa_mlp_dp.mlir --alpa-import --alpa-auto-shard="mesh=4 alpha=1 beta=1 cost-model=alpa" --alpa-partition | FileCheck %s --check-prefix=DATA
// DATA-COUNT-4: shard.all_reduce %{{.*}} on @mesh grid_axes = [0] : tensor<32x32xf32> -> tensor<32x32xf32>
// DATA-NOT:     shard.all_gather

// The partitioned GPT-2 step (every dot split on a 2x2 mesh) computes what the original does:
// the simulated mesh against the interpreter on one device, on the fixture's inputs.
// RUN: alpa-opt %models/gpt2.mlir --alpa-import --alpa-auto-shard="mesh=2x2 alpha=1,1 beta=1,0.1 cost-model=alpa" --alpa-partition -o %t.gpt2.mlir
// RUN: alpa-run %t.gpt2.mlir --backend=sim --inputs %models/gpt2.npz --verify-against=%models/gpt2.mlir | FileCheck %s --check-prefix=SIM
// SIM: all 92 outputs match {{.*}}gpt2.mlir (tolerance 1e-5)

// Forced strategies compute what the originals do: Megatron on GPT-2 over 2x4, data
// parallelism with ZeRO-3 on BERT over 2x4, data parallelism on the MoE over 4.
// RUN: alpa-opt %models/gpt2.mlir --alpa-import --alpa-auto-shard="mesh=2x4 strategy=megatron" --alpa-partition -o %t.gpt2mt.mlir
// RUN: alpa-run %t.gpt2mt.mlir --backend=sim --inputs %models/gpt2.npz --verify-against=%models/gpt2.mlir | FileCheck %s --check-prefix=FORCEDSIM
// RUN: alpa-opt %models/bert.mlir --alpa-import --alpa-auto-shard="mesh=2x4 strategy=data-parallel zero=3" --alpa-partition -o %t.bertdp.mlir
// RUN: alpa-run %t.bertdp.mlir --backend=sim --inputs %models/bert.npz --verify-against=%models/bert.mlir | FileCheck %s --check-prefix=FORCEDSIM
// RUN: alpa-opt %models/moe.mlir --alpa-import --alpa-auto-shard="mesh=4 strategy=data-parallel" --alpa-partition -o %t.moedp.mlir
// RUN: alpa-run %t.moedp.mlir --backend=sim --inputs %models/moe.npz --verify-against=%models/moe.mlir | FileCheck %s --check-prefix=FORCEDSIM
// FORCEDSIM: all {{[0-9]+}} outputs match

// A split that does not divide its dimension: blocks are padded (5 rows over 2 devices: 3 + 2)
// and the padding is masked before anything sums over it; the result is the original's.
// RUN: alpa-opt %S/Inputs/uneven.mlir --alpa-auto-shard="mesh=2 alpha=1 beta=1 cost-model=alpa" --alpa-partition -o %t.uneven.mlir
// RUN: FileCheck %s --check-prefix=UNEVEN < %t.uneven.mlir
// RUN: alpa-run %t.uneven.mlir --backend=sim --seed 3 --verify-against=%S/Inputs/uneven.mlir | FileCheck %s --check-prefix=UNEVENSIM
// UNEVEN:     func.func @main(%arg0: tensor<3x64xf32> {alpa.global_shape = array<i64: 5, 64>
// UNEVEN:     stablehlo.dot_general {{.*}} -> tensor<3x4xf32>
// UNEVENSIM: all 1 outputs match

// A hand-written plan that reshapes an unevenly split dimension: it is gathered whole (the
// padding sliced off) before the reshape, and the result split as the plan says.
// RUN: alpa-opt %S/Inputs/uneven_reshape.mlir --alpa-partition -o %t.ureshape.mlir
// RUN: FileCheck %s --check-prefix=URESHAPE < %t.ureshape.mlir
// RUN: alpa-run %t.ureshape.mlir --backend=sim --seed 2 --verify-against=%S/Inputs/uneven_reshape.mlir | FileCheck %s --check-prefix=URESHAPESIM
// URESHAPE:      %[[G:.*]] = shard.all_gather %arg0 on @mesh grid_axes = [0] gather_axis = 0 : tensor<3x4xf32> -> tensor<6x4xf32>
// URESHAPE-NEXT: %[[S:.*]] = stablehlo.slice %[[G]] [0:5, 0:4]
// URESHAPE-NEXT: %[[R:.*]] = stablehlo.reshape %[[S]] : (tensor<5x4xf32>) -> tensor<20xf32>
// URESHAPE-NEXT: shard.all_slice %[[R]] on @mesh grid_axes = [0] slice_axis = 0 : tensor<20xf32> -> tensor<10xf32>
// URESHAPESIM: all 1 outputs match
// RUN: alpa-opt %S/Inputs/reshape_split.mlir --alpa-partition -o %t.sreshape.mlir
// RUN: FileCheck %s --check-prefix=SRESHAPE < %t.sreshape.mlir
// RUN: alpa-run %t.sreshape.mlir --backend=sim --seed 2 --verify-against=%S/Inputs/reshape_split.mlir | FileCheck %s --check-prefix=SRESHAPESIM
// SRESHAPE:      func.func @main(%arg0: tensor<4x4xf32>
// SRESHAPE-NEXT:   %[[R:.*]] = stablehlo.reshape %arg0 : (tensor<4x4xf32>) -> tensor<4x1x4xf32>
// SRESHAPE-NEXT:   return %[[R]] : tensor<4x1x4xf32>
// SRESHAPESIM: all 1 outputs match

// A dimension split unevenly over two axes, resharded to another dimension over both: gathered
// whole in one collective over both axes (padding sliced off), padded and sliced again.
// RUN: alpa-opt %S/Inputs/uneven_two_axes.mlir --alpa-partition -o %t.utwo.mlir
// RUN: FileCheck %s --check-prefix=UTWO < %t.utwo.mlir
// RUN: alpa-run %t.utwo.mlir --backend=sim --seed 2 --verify-against=%S/Inputs/uneven_two_axes.mlir | FileCheck %s --check-prefix=UTWOSIM
// UTWO:      shard.all_gather %{{.*}} on @mesh grid_axes = [0, 1] gather_axis = 0 : tensor<2x6xf32> -> tensor<8x6xf32>
// UTWO-NEXT: stablehlo.slice %{{.*}} [0:5, 0:6]
// UTWO:      stablehlo.pad
// UTWO-NEXT: shard.all_slice %{{.*}} on @mesh grid_axes = [1, 0] slice_axis = 1 : tensor<5x8xf32> -> tensor<5x2xf32>
// UTWOSIM: all 1 outputs match

// An annotation on an axis the grid does not have is a located input error.
// RUN: not alpa-opt %S/Inputs/bad_axis.mlir --alpa-partition 2>&1 | FileCheck %s --check-prefix=AXIS
// AXIS: bad_axis.mlir:6:10: error: 'shard.shard': grid axis 1 is out of range for grid @mesh of rank 1

// Without a plan there is nothing to partition.
// RUN: not alpa-opt %S/Inputs/uneven.mlir --alpa-partition 2>&1 | FileCheck %s --check-prefix=NOPLAN
// NOPLAN: error: alpa-partition: the module has no shard.grid: run alpa-auto-shard first

// A staged plan (alpa-parallelize, 2 stages of a 3-layer MLP on 4 devices each, 2
// micro-batches): one grid per stage, one program per stage and phase, and the entry function
// as the pipeline driver. The activation crosses to stage 1 in slices, one per device, and is
// gathered there (the local all-gather); gradients are summed over the micro-batches before
// each stage's update.
// RUN: alpa-opt %models/mlp.mlir --alpa-import --alpa-parallelize="cluster=cpu stages=2 layers=2 microbatches=2" --alpa-partition -o %t.staged.mlir
// RUN: FileCheck %s --check-prefix=STAGED < %t.staged.mlir
// RUN: alpa-run %t.staged.mlir --backend=sim --inputs %models/mlp.npz --verify-against=%models/mlp.mlir | FileCheck %s --check-prefix=STAGEDSIM
// STAGED:      shard.grid @stage0_mesh(shape = 1x4)
// STAGED-NEXT: shard.grid @stage1_mesh(shape = 1x4)
// STAGED:      func.func public @main
// STAGED-SAME:   alpa.microbatches = 2 : i64, alpa.program = {{\[\[}}"fwd 0", "send act 0 to 1", "fwd 1", "send act 1 to 1", "recv grad 0 from 1", "bwd 0"
// STAGED:      %[[X:.*]] = "alpa.microbatch"(%arg6) {dim = 0 : i64} : (tensor<4x16xf32>) -> tensor<2x16xf32>
// STAGED:      %[[H:.*]] = "alpa.stage_call"(%[[X]], %arg1) {callee = @stage0_forward}
// STAGED:      "alpa.transfer"(%[[H]]) {from = @stage0_mesh, split_axes = #shard<axisarray{{\[\[}}], [1]]>, to = @stage1_mesh}
// STAGED:      "alpa.stage_call"({{.*}}) {callee = @stage1_forward}
// STAGED:      "alpa.stage_call"({{.*}}) {callee = @stage1_backward}
// STAGED:      "alpa.stage_call"({{.*}}) {callee = @stage0_backward}
// STAGED:      %[[G:.*]] = "alpa.accumulate"(%{{.*}}) {kind = "sum"} : (tensor<16x32xf32>) -> tensor<16x32xf32>
// STAGED:      "alpa.stage_call"(%arg1, %[[G]]) {callee = @stage0_update}
// STAGED-LABEL: func.func private @stage0_forward
// STAGED-SAME:   %arg1: tensor<16x8xf32> {alpa.global_shape = array<i64: 16, 32>, alpa.split_axes = #shard<axisarray{{\[\[}}], [1]]>}
// STAGED-SAME:   alpa.grid = @stage0_mesh, {{.*}}alpa.phase = "forward", alpa.stage = 0 : i64
// STAGED-LABEL: func.func private @stage1_forward
// STAGED-SAME:   %arg0: tensor<2x8xf32> {alpa.global_shape = array<i64: 2, 32>, alpa.split_axes = #shard<axisarray{{\[\[}}], [1]]>}
// STAGED-NEXT:   shard.all_gather %arg0 on @stage1_mesh grid_axes = [1] gather_axis = 1 : tensor<2x8xf32> -> tensor<2x32xf32>
// STAGEDSIM:   ran @main on Sim (pipeline: 2 stages on grids @stage0_mesh 1x4, @stage1_mesh 1x4; 2 micro-batches, 1f1b)
// STAGEDSIM:   all 7 outputs match {{.*}}mlp.mlir (tolerance 1e-5)

// The simulator follows each stage's instruction list: a list that runs stage 0's backward
// before its forward deadlocks, and the error says who waits for what.
// RUN: sed 's/\[\["fwd 0", "send act 0 to 1", "fwd 1", "send act 1 to 1", "recv grad 0 from 1", "bwd 0"/[["recv grad 0 from 1", "bwd 0", "fwd 0", "send act 0 to 1", "fwd 1", "send act 1 to 1"/' %t.staged.mlir > %t.deadlock.mlir
// RUN: not alpa-run %t.deadlock.mlir --backend=sim --inputs %models/mlp.npz 2>&1 | FileCheck %s --check-prefix=DEADLOCK
// DEADLOCK: error: {{.*}}deadlock.mlir: the schedule deadlocks: stage 0 waits at 'bwd 0' for {{.*}} (made by stage 1's 'bwd 0'); stage 1 waits at 'fwd 0'

// Staged plans of the transformer fixtures compute what the originals do: GPT-2 in 2 stages
// under 1F1B, Llama in 4 under GPipe, each with 2 micro-batches (Adam's moments included).
// RUN: alpa-opt %models/gpt2.mlir --alpa-import --alpa-parallelize="cluster=cpu stages=2 layers=2 microbatches=2" --alpa-partition -o %t.gpt2staged.mlir
// RUN: alpa-run %t.gpt2staged.mlir --backend=sim --inputs %models/gpt2.npz --verify-against=%models/gpt2.mlir | FileCheck %s --check-prefix=GPT2STAGED
// GPT2STAGED: all 92 outputs match {{.*}}gpt2.mlir (tolerance 1e-5)
// RUN: alpa-opt %models/llama.mlir --alpa-import --alpa-parallelize="cluster=cpu stages=4 microbatches=2 schedule=gpipe" --alpa-partition -o %t.llamastaged.mlir
// RUN: alpa-run %t.llamastaged.mlir --backend=sim --inputs %models/llama.npz --verify-against=%models/llama.mlir | FileCheck %s --check-prefix=LLAMASTAGED
// LLAMASTAGED: pipeline: 4 stages
// LLAMASTAGED: all 65 outputs match {{.*}}llama.mlir (tolerance 1e-5)

// A remat step exported from JAX (jax.checkpoint around each of 4 tanh layers): its
// optimization_barriers pass the batched activations and the weights through, each keeping
// what it is, so the step splits into micro-batches; 2 stages under 1F1B and 4 under GPipe
// compute what the original does.
// RUN: alpa-opt %S/Inputs/remat_mlp.mlir --alpa-import --alpa-parallelize="cluster=cpu stages=2 layers=2 microbatches=2" --alpa-partition -o %t.remat2.mlir
// RUN: alpa-run %t.remat2.mlir --backend=sim --seed 3 --verify-against=%S/Inputs/remat_mlp.mlir | FileCheck %s --check-prefix=REMATSTAGED
// RUN: alpa-opt %S/Inputs/remat_mlp.mlir --alpa-import --alpa-parallelize="cluster=cpu layers=4 stages=4 microbatches=4 schedule=gpipe" --alpa-partition -o %t.remat4.mlir
// RUN: alpa-run %t.remat4.mlir --backend=sim --seed 3 --verify-against=%S/Inputs/remat_mlp.mlir | FileCheck %s --check-prefix=REMATSTAGED
// REMATSTAGED: all 5 outputs match

// Stages planned at ZeRO-2 (devices of 100 kB) keep their optimizer state sharded in the
// partitioned programs, and the pipeline still computes the original step.
// RUN: alpa-opt %models/gpt2.mlir --alpa-import --alpa-parallelize="cluster=%S/Inputs/small_memory.toml stages=2 layers=2 microbatches=2" --alpa-partition -o %t.zero.mlir
// RUN: FileCheck %s --check-prefix=ZEROSTAGE < %t.zero.mlir
// RUN: alpa-run %t.zero.mlir --backend=sim --inputs %models/gpt2.npz --verify-against=%models/gpt2.mlir | FileCheck %s --check-prefix=ZEROSIM
// ZEROSTAGE: shard.reduce_scatter
// ZEROSTAGE: func.func private @stage0_update({{.*}}alpa.split_axes = #shard<axisarray{{\[\[}}0, 1]]>{{.*}}alpa.zero = 2 : i64
// ZEROSIM: all 92 outputs match

// A staged module written out and read back partitions the same: which arguments are state
// travels as tf.aliasing_output, not only in locations.
// RUN: alpa-opt %models/bert.mlir --alpa-import --alpa-parallelize="cluster=cpu stages=2 layers=2 microbatches=2" -o %t.bertstages.mlir
// RUN: alpa-opt %t.bertstages.mlir --alpa-partition -o %t.bertstaged.mlir
// RUN: alpa-run %t.bertstaged.mlir --backend=sim --inputs %models/bert.npz --verify-against=%models/bert.mlir | FileCheck %s --check-prefix=BERTSTAGED
// BERTSTAGED: all 107 outputs match {{.*}}bert.mlir (tolerance 1e-5)

// A staged module whose recorded plan is broken is an input error naming what is wrong.
// RUN: alpa-opt %models/mlp.mlir --alpa-import --alpa-parallelize="cluster=cpu stages=2 layers=2 microbatches=2" -o %t.stages.mlir
// RUN: sed 's/alpa.schedule = "1f1b"/alpa.schedule = "zigzag"/' %t.stages.mlir | not alpa-opt - --alpa-partition 2>&1 | FileCheck %s --check-prefix=BADSCHEDULE
// BADSCHEDULE: error: alpa-partition: alpa.schedule = "zigzag" is not 1f1b or gpipe
// RUN: sed 's/alpa.cluster = "cpu"/alpa.cluster = "nowhere"/' %t.stages.mlir | not alpa-opt - --alpa-partition 2>&1 | FileCheck %s --check-prefix=BADCLUSTER
// BADCLUSTER: error: alpa-partition: alpa.cluster = "nowhere":

// The stage functions' shard annotations are the plan alpa-partition lays out: stage 0
// edited to keep every value whole is partitioned so, and still computes the step.
// RUN: sed 's/@stage0_mesh split_axes = \[\[\], \[1\]\]/@stage0_mesh split_axes = [[]]/' %t.stages.mlir | alpa-opt - --alpa-partition -o %t.whole.mlir
// RUN: FileCheck %s --check-prefix=EDITED < %t.whole.mlir
// RUN: alpa-run %t.whole.mlir --backend=sim --inputs %models/mlp.npz --verify-against=%models/mlp.mlir | FileCheck %s --check-prefix=EDITEDSIM
// EDITED-LABEL: func.func private @stage0_forward
// EDITED-SAME:    %arg1: tensor<16x32xf32> {alpa.global_shape = array<i64: 16, 32>, alpa.split_axes = #shard<axisarray{{\[\[}}]]>}
// EDITEDSIM:    all 7 outputs match
// Annotations that cannot be laid out are refused where they are: a grid of another shape
// than the stage's logical mesh, one value laid out two ways in one stage, operands of one op
// split differently.
// RUN: sed 's/shard.grid @stage0_mesh(shape = 1x4)/shard.grid @stage0_mesh(shape = 2x2)/' %t.stages.mlir | not alpa-opt - --alpa-partition 2>&1 | FileCheck %s --check-prefix=GRIDSHAPE
// GRIDSHAPE: <stdin>:12:{{[0-9]+}}: error: 'shard.sharding' in @stage0_forward names grid @stage0_mesh of shape [2, 2], not the stage's alpa.logical_mesh [1, 4]
// RUN: sed '0,/@stage0_mesh split_axes = \[\[\], \[1\]\]/s//@stage0_mesh split_axes = [[1]]/' %t.stages.mlir | not alpa-opt - --alpa-partition 2>&1 | FileCheck %s --check-prefix=TWOWAYS
// TWOWAYS: <stdin>:{{[0-9]+}}:{{[0-9]+}}: error: 'shard.shard' in @stage0_backward lays out as {{\[\[}}], [1]] a value another function of stage 0 lays out as {{\[\[}}1], []]
// RUN: alpa-opt %models/mlp.mlir --alpa-import --alpa-parallelize="cluster=cpu stages=2 layers=2 microbatches=1" -o %t.onemb.mlir
// RUN: sed 's/@stage0_mesh split_axes = \[\[\], \[1\]\]/@stage0_mesh split_axes = [[1]]/' %t.onemb.mlir | not alpa-opt - --alpa-partition 2>&1 | FileCheck %s --check-prefix=DISAGREE
// DISAGREE: <stdin>:{{[0-9]+}}:{{[0-9]+}}: error: the layouts of 'stablehlo.dot_general''s operands disagree: operand 0 is whole along dimension 1, which another operand splits over grid axes [1]

// Micro-batching that would change the step is refused, located: a layer centred on its batch
// mean (a batch statistic). With one micro-batch the same plan runs exactly.
// RUN: not alpa-opt %S/Inputs/batch_stats.mlir --alpa-import --alpa-parallelize="cluster=cpu stages=2 layers=2 microbatches=2" --alpa-partition 2>&1 | FileCheck %s --check-prefix=BATCHSTATS
// BATCHSTATS: batch_stats.mlir:9:13: error: micro-batching would change what 'stablehlo.broadcast_in_dim' computes: it spreads a sum over the batch
// RUN: alpa-opt %S/Inputs/batch_stats.mlir --alpa-import --alpa-parallelize="cluster=cpu stages=2 layers=2 microbatches=1" --alpa-partition -o %t.bs.mlir
// RUN: alpa-run %t.bs.mlir --backend=sim --seed 1 --verify-against=%S/Inputs/batch_stats.mlir | FileCheck %s --check-prefix=BATCHSTATSONE
// BATCHSTATSONE: all 3 outputs match
