#!/usr/bin/env bash
# Runs every test: unit tests, the fixture tests (interpreter against JAX), the fuzz test and
# the lit suite (LLVM lit + FileCheck). Installs what it needs first.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
cargo test --workspace --locked
