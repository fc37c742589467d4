#!/usr/bin/env bash
# Installs what building and testing alpa-opt needs on Debian 12, idempotently: LLVM/MLIR 22
# (libraries, FileCheck, lit, mlir-opt-22), the Cbc solver, and the C libraries the sys crates
# link. Safe to run again: it installs only what is missing. The sys crates find LLVM 22 through
# .cargo/config.toml.
set -euo pipefail

packages=(
  llvm-22-dev libmlir-22-dev mlir-22-tools llvm-22-tools libpolly-22-dev
  libclang-22-dev clang-22
  coinor-libcbc-dev libzstd-dev libz3-dev libxml2-dev zlib1g-dev
  python3
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}" >&2
  sudo=""
  if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if ! command -v cargo >/dev/null; then
  echo "setup: error: cargo not found; install the Rust toolchain (rustup) first" >&2
  exit 1
fi

for tool in /usr/lib/llvm-22/bin/FileCheck /usr/lib/llvm-22/bin/lit /usr/bin/mlir-opt-22; do
  [[ -x $tool ]] || { echo "setup: error: $tool is missing after installation" >&2; exit 1; }
done
