#!/usr/bin/env bash
# The main job on an example model: import a real GPT-2-style training step exported from JAX,
# verify it, print its summary, plan its intra-op sharding on a 2x2 mesh of the simulated CPU
# cluster (the plan printed and written as JSON, the module annotated with the shard dialect),
# run the annotated step on the reference interpreter against JAX's outputs, and partition it
# into one program per device and run that on a simulated 2x2 mesh against the original;
# then plan it as a pipeline (stages on sub-meshes, micro-batches, schedule, each stage's
# intra-op plan as shard annotations), partition the
# stages and run the pipeline on the simulated devices against the original.
# Installs what it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
cargo build --release --locked -p alpa-tools >&2
bin=target/release
model=${1:-test/models/gpt2}
out=${TMPDIR:-/tmp}/alpa-demo
mkdir -p "$out"

echo "== import + summary: $model.mlir"
"$bin/alpa-opt" "$model.mlir" --pass-pipeline='builtin.module(alpa-import{unroll=true},alpa-print-summary)' --mlir-print-debuginfo -o "$out/imported.mlir"
echo "== imported module written to $out/imported.mlir ($(wc -l < "$out/imported.mlir") lines)"

echo "== intra-op plan on a 2x2 mesh (alpa-auto-shard)"
"$bin/alpa-opt" "$out/imported.mlir" --alpa-auto-shard="mesh=2x2 cluster=cpu" --alpa-print-plan --alpa-plan-json="$out/plan.json" -o "$out/sharded.mlir"
echo "== annotated module written to $out/sharded.mlir, plan to $out/plan.json"

echo "== run the annotated step on the reference interpreter"
"$bin/alpa-run" "$out/sharded.mlir" --backend=interp --inputs "$model.npz" --outputs "$out/outputs.npz" --expected "$model.out.npz"

echo "== partition it for a 2x2 mesh with every dot split (Alpa's objective) and run it on 4 simulated devices against the original"
"$bin/alpa-opt" "$out/imported.mlir" --alpa-auto-shard="mesh=2x2 alpha=1,1 beta=1,0.1 cost-model=alpa" --alpa-partition -o "$out/partitioned.mlir"
"$bin/alpa-run" "$out/partitioned.mlir" --backend=sim --inputs "$model.npz" --verify-against "$out/imported.mlir"

echo "== intra-op plan of a 2-layer GPT (d_model 1024, 16 heads, one sequence of 256 tokens) on four NVLinked V100s"
"$bin/alpa-opt" test/models/plan/gpt_megatron.mlir --alpa-import --alpa-auto-shard="mesh=1x4 cluster=p3.16xlarge" --alpa-print-plan -o "$out/gpt_megatron.sharded.mlir"
echo "== (attention and MLP input projections split by columns, output projections by rows: Megatron-LM's layout)"

echo "== inter-op plan (alpa-parallelize): layers, pipeline stages on sub-meshes, micro-batches, 1F1B, on the 8-device CPU cluster"
"$bin/alpa-opt" "$model.mlir" --alpa-import --alpa-parallelize="cluster=cpu compare-manual=true" --alpa-print-plan --alpa-plan-json="$out/pipeline.json" -o "$out/staged.mlir"
echo "== stages outlined into $out/staged.mlir, plan in $out/pipeline.json, timeline picture in $out/pipeline.svg"
echo "== each stage function carries its intra-op plan as shard annotations on its stage's grid (the layouts alpa-partition lays out):"
grep -E "shard\.grid|shard\.sharding @stage0_mesh" "$out/staged.mlir" | sed 's/^ *//' | head -6
echo "== the outlined stages inlined back compute the original step"
"$bin/alpa-opt" "$out/staged.mlir" --alpa-inline -o "$out/staged.inlined.mlir"
"$bin/alpa-run" "$out/staged.inlined.mlir" --backend=interp --inputs "$model.npz" --expected "$model.out.npz" | tail -1

echo "== a forced 2-stage pipeline with 2 micro-batches (one sequence each), partitioned (one program per stage and phase, each on its stage's grid, and the pipeline driver) and run on the simulated devices under its 1F1B schedule against the original"
"$bin/alpa-opt" "$model.mlir" --alpa-import --alpa-parallelize="cluster=cpu stages=2 layers=2 microbatches=2" --alpa-print-plan --alpa-partition -o "$out/pipelined.mlir"
"$bin/alpa-run" "$out/pipelined.mlir" --backend=sim --inputs "$model.npz" --verify-against "$model.mlir" | sed -n '1p;$p'

echo "== GPT-350M (Alpa's suite: 24 layers, seq 1024, batch 1024, f16, remat) on 2 V100s of a p3.16xlarge"
"$bin/alpa-opt" test/models/suite/gpt_350m.mlir --alpa-import --alpa-parallelize="cluster=p3.16xlarge hosts=1 devices-per-host=2 compare-manual=true" --time-limit=120 --alpa-print-plan --alpa-plan-json="$out/gpt_350m.json" -o /dev/null
