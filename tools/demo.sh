#!/usr/bin/env bash
# The main job on an example model: import a real GPT-2-style training step exported from JAX,
# verify it, print its summary, and run it on the reference interpreter against JAX's outputs.
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
"$bin/alpa-opt" "$model.mlir" --pass-pipeline='builtin.module(alpa-import{unroll=true},alpa-print-summary)' -o "$out/imported.mlir"
echo "== imported module written to $out/imported.mlir ($(wc -l < "$out/imported.mlir") lines)"

echo "== run on the reference interpreter"
"$bin/alpa-run" "$out/imported.mlir" --backend=interp --inputs "$model.npz" --outputs "$out/outputs.npz" --expected "$model.out.npz"
