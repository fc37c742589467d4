// Importing changes no numbers: every fixture, inlined and with its loops unrolled, still
// reproduces JAX's outputs on the reference interpreter (f32 within 1e-5, integers exact).
// RUN: alpa-opt %models/mlp.mlir --alpa-import="unroll=true" -o %t.mlp && alpa-run %t.mlp --inputs %models/mlp.npz --expected %models/mlp.out.npz | FileCheck %s
// RUN: alpa-opt %models/mlp_bf16.mlir --alpa-import="unroll=true" -o %t.bf16 && alpa-run %t.bf16 --inputs %models/mlp_bf16.npz --expected %models/mlp_bf16.out.npz | FileCheck %s
// RUN: alpa-opt %models/gpt2.mlir --alpa-import="unroll=true" -o %t.gpt2 && alpa-run %t.gpt2 --inputs %models/gpt2.npz --expected %models/gpt2.out.npz | FileCheck %s
// RUN: alpa-opt %models/bert.generic.mlir --alpa-import="unroll=true" -o %t.bert && alpa-run %t.bert --inputs %models/bert.npz --expected %models/bert.out.npz | FileCheck %s
// RUN: alpa-opt %models/llama.mlir --alpa-import="unroll=true" -o %t.llama && alpa-run %t.llama --inputs %models/llama.npz --expected %models/llama.out.npz | FileCheck %s
// RUN: alpa-opt %models/moe.mlir --alpa-import="unroll=true" -o %t.moe && alpa-run %t.moe --inputs %models/moe.npz --expected %models/moe.out.npz | FileCheck %s
// RUN: alpa-opt %models/convnet.mlir --alpa-import="unroll=true" -o %t.conv && alpa-run %t.conv --inputs %models/convnet.npz --expected %models/convnet.out.npz | FileCheck %s
// RUN: alpa-opt %models/scan_mlp.mlir --alpa-import="unroll=true" -o %t.scan && alpa-run %t.scan --inputs %models/scan_mlp.npz --expected %models/scan_mlp.out.npz | FileCheck %s

// CHECK: ran @main on Interp with inputs from
// CHECK: all {{[0-9]+}} outputs match
