#!/usr/bin/env python3
"""Export StableHLO fixtures of real (tiny) training steps from JAX/Flax/Optax.

For every model NAME this writes, into the output directory (default: the
directory containing this script, i.e. test/models/):

  NAME.mlir          pretty StableHLO text of ``jax.jit(step, keep_unused=True)``
                     lowered on CPU, with debug info (locations).
  NAME.generic.mlir  the same module in MLIR generic op form, with debug info.
  NAME.npz           seeded inputs, keys ``arg0``, ``arg1``, ... in the order of
                     @main's arguments (== jax.tree_util.tree_leaves(args)).
  NAME.out.npz       JAX's outputs of ``jax.jit(step)(*args)`` on CPU, keys
                     ``out0``, ``out1``, ... in the order of @main's results
                     (== tree_leaves of the returned pytree).

Every step is a full training step (forward, loss, jax.grad, optax update)
returning ``(loss, new_params, new_opt_state)``.
Parameters / optimizer state / batch are all *arguments* of @main (nothing is
closed over), so no large constants are embedded in the text.  All inputs and
outputs are f32 / i32 (bf16 only appears inside ``mlp_bf16``, which keeps f32
master weights and casts to bf16 for the forward pass, so the .npz files only
hold standard numpy dtypes).

Models:
  mlp       3-layer relu MLP, MSE loss, SGD.
  mlp_bf16  same MLP, mixed precision (bf16 compute, f32 master weights), SGD.
  gpt2      2-layer GPT-2 decoder: token+position embeddings, causal mask,
            softmax attention, layernorm, exact (erf) gelu, integer-label
            cross entropy, Adam.
  bert      2-layer BERT encoder: bidirectional attention with padding mask,
            layernorm, tanh-gelu, pooled [CLS] classifier, Adam.
  llama     2-layer Llama: RMSNorm, rotary embeddings (sin/cos/slice/concat),
            SwiGLU MLP, causal attention, Adam.
  moe       top-1 mixture-of-experts layer: router softmax, argmax, one_hot,
            batch-prioritized routing (argsort -> sort), cumsum (reduce_window)
            capacity positions, einsum dispatch/combine, SGD.
  convnet   CNN on NHWC 8x8 images: explicit pad + conv, max_pool, avg_pool,
            dense head, softmax cross entropy, SGD with momentum.
  scan_mlp  MLP whose layers are applied by flax nn.scan (lax.scan) over
            stacked weights -> stablehlo.while in forward and backward, SGD.

Abstract-shape models (text only: parameters are jax.ShapeDtypeStructs from
jax.eval_shape, no weights, no .npz), written as OUT/bench/NAME.mlir or
OUT/plan/NAME.mlir (pretty form):

  BENCH_MODELS  real-size GPTs for benchmarks: gpt2_small (with debug info);
                gpt_l12 / gpt_l24 / gpt_l48 (Megatron heads-major QKV, d_model
                1024, 16 heads, vocab 51200, seq 1024, batch 8, no debug info).
  PLAN_MODELS   planning models whose best sharding is known from Alpa's own
                tests, with debug info: alpa_mlp_* (L bias-free square Dense
                layers, relu, MSE, plain SGD) and gpt_megatron / gpt_dp (2-layer
                heads-major GPT, d_model 1024, batch 1 / 64, Adam).
  SUITE_MODELS  Alpa's GPT and MoE benchmark suites (OSDI'22), written as
                OUT/suite/NAME.mlir without debug info, params / opt_state
                donated (tf.aliasing_output); seq 1024, global batch 1024:
                gpt_350m, gpt_760m, gpt_1_3b, gpt_2_6b, gpt_6_7b, gpt_15b,
                gpt_39b (vocab 51200, ffn 4*hidden) and moe_380m, moe_690m,
                moe_1_3b, moe_2_4b, moe_10b, moe_27b, moe_70b (vocab 32000,
                every other layer a GShard top-2 MoE over groups of 2048
                tokens, capacity 2*2048/experts, ffn 8*hidden as Alpa's
                benchmark). Pre-LayerNorm GPT-2 decoder (heads-major QKV,
                tanh-gelu, tied LM head, next-token integer-label cross
                entropy), mixed precision (f32 parameters, f16 compute, f32
                loss), optax.adam, every block in nn.remat (activation
                recomputation), layers unrolled (no scan).

Usage:
  python3 test/models/export.py [--out DIR] [--only NAME [NAME ...]] [--bench] [--plan] [--suite]

  --bench  also export BENCH_MODELS into OUT/bench.
  --plan   export PLAN_MODELS into OUT/plan instead of the fixtures (with
           --bench, the benchmark models too).
  --suite  export SUITE_MODELS into OUT/suite instead of the fixtures
           (combines with --bench and --plan).
  --only   export just the named models (any kind) into their directories.

Runs on CPU (JAX_PLATFORMS=cpu is forced), with
jax_default_matmul_precision="highest".  Output is deterministic for a given
jax/flax/optax version (locations in the text contain file paths and line
numbers of this script; its absolute path is rewritten to
"test/models/export.py" so the output does not depend on the checkout location).
"""

import argparse
import os
import re
import sys
import time

os.environ["JAX_PLATFORMS"] = "cpu"

import jax  # noqa: E402
import jax.numpy as jnp  # noqa: E402
import numpy as np  # noqa: E402
import flax.linen as nn  # noqa: E402
import optax  # noqa: E402

jax.config.update("jax_default_matmul_precision", "highest")

VOCAB = 64
SEQ = 8
BATCH = 2


def _rng(seed=0):
    return np.random.default_rng(seed)


def _train_step(model_apply, loss_fn, tx):
    """Generic (params, opt_state, *batch) -> (loss, new_params, new_opt_state)."""

    def step(params, opt_state, *batch):
        def objective(p):
            return loss_fn(model_apply, p, *batch)

        loss, grads = jax.value_and_grad(objective)(params)
        updates, new_opt_state = tx.update(grads, opt_state, params)
        new_params = optax.apply_updates(params, updates)
        return loss, new_params, new_opt_state

    return step


# --------------------------------------------------------------------------
# 1. MLP (+ bf16 mixed-precision variant)
# --------------------------------------------------------------------------


class MLP(nn.Module):
    hidden: int = 32
    out: int = 8
    dtype: jnp.dtype = jnp.float32

    @nn.compact
    def __call__(self, x):
        x = nn.relu(nn.Dense(self.hidden, dtype=self.dtype, name="fc1")(x))
        x = nn.relu(nn.Dense(self.hidden, dtype=self.dtype, name="fc2")(x))
        return nn.Dense(self.out, dtype=self.dtype, name="fc3")(x)


def _mse_loss(apply, params, x, y):
    pred = apply({"params": params}, x)
    return jnp.mean((pred.astype(jnp.float32) - y) ** 2)


def build_mlp(dtype=jnp.float32):
    model = MLP(dtype=dtype)
    rng = _rng()
    x = rng.standard_normal((4, 16)).astype(np.float32)
    y = rng.standard_normal((4, 8)).astype(np.float32)
    params = model.init(jax.random.PRNGKey(0), jnp.asarray(x))["params"]
    tx = optax.sgd(0.1)
    opt_state = tx.init(params)
    step = _train_step(model.apply, _mse_loss, tx)
    return step, (params, opt_state, x, y)


# --------------------------------------------------------------------------
# 2. GPT-2
# --------------------------------------------------------------------------


class CausalSelfAttention(nn.Module):
    d_model: int
    n_heads: int
    # How c_attn's 3*d output columns are laid out:
    #   "split": [q | k | v], each d wide, heads inside each (GPT-2; the fixtures).
    #   "heads": [head 0 (q, k, v) | head 1 (q, k, v) | ...], each hd wide (Megatron-LM), so
    #            splitting c_attn's columns into contiguous blocks splits whole heads.
    qkv_layout: str = "split"

    @nn.compact
    def __call__(self, x):
        b, s, d = x.shape
        h = self.n_heads
        hd = d // h
        qkv = nn.Dense(3 * d, use_bias=False, name="c_attn")(x)
        # The key bias would have an exactly zero gradient (softmax ignores a constant added to
        # every score of a row); Adam turns that gradient's rounding noise into an update of up
        # to lr that no other summation order reproduces. So only queries and values get a bias.
        q_bias = self.param("q_bias", nn.initializers.zeros, (d,))
        v_bias = self.param("v_bias", nn.initializers.zeros, (d,))
        if self.qkv_layout == "heads":
            # (b, s, 3d) -> (b, s, h, 3, hd); the biases are indexed by (head, dim) like q and v.
            qkv = qkv.reshape(b, s, h, 3, hd)
            q = qkv[..., 0, :] + q_bias.reshape(h, hd)
            k = qkv[..., 1, :]
            v = qkv[..., 2, :] + v_bias.reshape(h, hd)
        else:
            assert self.qkv_layout == "split", self.qkv_layout
            q, k, v = jnp.split(qkv, 3, axis=-1)
            q, v = q + q_bias, v + v_bias
            q = q.reshape(b, s, h, hd)
            k = k.reshape(b, s, h, hd)
            v = v.reshape(b, s, h, hd)
        att = jnp.einsum("bqhd,bkhd->bhqk", q, k) / jnp.sqrt(hd).astype(x.dtype)
        # causal mask via iota / compare / select
        causal = jnp.tril(jnp.ones((s, s), dtype=bool))
        att = jnp.where(causal[None, None], att, jnp.finfo(att.dtype).min)
        att = jax.nn.softmax(att, axis=-1)
        y = jnp.einsum("bhqk,bkhd->bqhd", att, v).reshape(b, s, d)
        return nn.Dense(d, name="c_proj")(y)


class GPT2Block(nn.Module):
    d_model: int
    n_heads: int
    qkv_layout: str = "split"

    @nn.compact
    def __call__(self, x):
        x = x + CausalSelfAttention(self.d_model, self.n_heads, self.qkv_layout, name="attn")(
            nn.LayerNorm(name="ln_1")(x)
        )
        h = nn.LayerNorm(name="ln_2")(x)
        h = nn.Dense(4 * self.d_model, name="c_fc")(h)
        h = nn.gelu(h, approximate=False)
        h = nn.Dense(self.d_model, name="c_proj")(h)
        return x + h


class GPT2(nn.Module):
    vocab: int = VOCAB
    max_len: int = SEQ
    d_model: int = 16
    n_heads: int = 2
    n_layers: int = 2
    qkv_layout: str = "split"  # see CausalSelfAttention

    @nn.compact
    def __call__(self, tokens):
        b, s = tokens.shape
        wte = nn.Embed(self.vocab, self.d_model, name="wte")
        wpe = nn.Embed(self.max_len, self.d_model, name="wpe")
        pos = jnp.arange(s)
        x = wte(tokens) + wpe(pos)[None]
        for i in range(self.n_layers):
            x = GPT2Block(self.d_model, self.n_heads, self.qkv_layout, name=f"h_{i}")(x)
        x = nn.LayerNorm(name="ln_f")(x)
        return wte.attend(x)  # tied LM head


def _lm_loss(apply, params, tokens, labels):
    logits = apply({"params": params}, tokens)
    return optax.softmax_cross_entropy_with_integer_labels(logits, labels).mean()


def _lm_batch(rng):
    data = rng.integers(0, VOCAB, size=(BATCH, SEQ + 1), dtype=np.int32)
    return data[:, :-1].copy(), data[:, 1:].copy()


def build_gpt2():
    model = GPT2()
    rng = _rng()
    tokens, labels = _lm_batch(rng)
    params = model.init(jax.random.PRNGKey(0), jnp.asarray(tokens))["params"]
    tx = optax.adam(1e-3)
    opt_state = tx.init(params)
    return _train_step(model.apply, _lm_loss, tx), (params, opt_state, tokens, labels)


# --------------------------------------------------------------------------
# 3. BERT
# --------------------------------------------------------------------------


class BertLayer(nn.Module):
    d_model: int
    n_heads: int

    @nn.compact
    def __call__(self, x, mask):
        b, s, d = x.shape
        h = self.n_heads
        hd = d // h
        qkv = nn.Dense(3 * d, use_bias=False, name="qkv")(x).reshape(b, s, 3, h, hd)
        # The key bias would have an exactly zero gradient (softmax ignores a constant added to
        # every score of a row); Adam turns that gradient's rounding noise into an update of up
        # to lr that no other summation order reproduces. So only queries and values get a bias.
        q_bias = self.param("q_bias", nn.initializers.zeros, (h, hd))
        v_bias = self.param("v_bias", nn.initializers.zeros, (h, hd))
        q, k, v = qkv[:, :, 0] + q_bias, qkv[:, :, 1], qkv[:, :, 2] + v_bias
        att = jnp.einsum("bqhd,bkhd->bhqk", q, k) / np.sqrt(hd).astype(np.float32)
        att = jnp.where(mask, att, -1e9)  # bidirectional, padding masked
        att = jax.nn.softmax(att, axis=-1)
        y = jnp.einsum("bhqk,bkhd->bqhd", att, v).reshape(b, s, d)
        attn = nn.Dense(d, name="attention_out")(y)
        x = nn.LayerNorm(name="attention_ln")(x + attn)
        h = nn.Dense(4 * self.d_model, name="intermediate")(x)
        h = nn.gelu(h, approximate=True)
        h = nn.Dense(self.d_model, name="output")(h)
        return nn.LayerNorm(name="output_ln")(x + h)


class Bert(nn.Module):
    vocab: int = VOCAB
    max_len: int = SEQ
    d_model: int = 16
    n_heads: int = 2
    n_layers: int = 2
    n_types: int = 2
    n_classes: int = 3

    @nn.compact
    def __call__(self, tokens, token_types, attn_mask):
        b, s = tokens.shape
        x = nn.Embed(self.vocab, self.d_model, name="word_embeddings")(tokens)
        x = x + nn.Embed(self.max_len, self.d_model, name="position_embeddings")(
            jnp.arange(s)
        )[None]
        x = x + nn.Embed(self.n_types, self.d_model, name="token_type_embeddings")(
            token_types
        )
        x = nn.LayerNorm(name="embeddings_ln")(x)
        # bidirectional attention, only padding is masked: [b, 1, q, k]
        mask = nn.make_attention_mask(attn_mask > 0, attn_mask > 0)
        for i in range(self.n_layers):
            x = BertLayer(self.d_model, self.n_heads, name=f"layer_{i}")(x, mask)
        pooled = jnp.tanh(nn.Dense(self.d_model, name="pooler")(x[:, 0]))
        return nn.Dense(self.n_classes, name="classifier")(pooled)


def _cls_loss(apply, params, tokens, token_types, attn_mask, labels):
    logits = apply({"params": params}, tokens, token_types, attn_mask)
    return optax.softmax_cross_entropy_with_integer_labels(logits, labels).mean()


def build_bert():
    model = Bert()
    rng = _rng()
    tokens = rng.integers(1, VOCAB, size=(BATCH, SEQ), dtype=np.int32)
    tokens[:, 0] = 1  # [CLS]
    lengths = np.array([SEQ, SEQ - 3], dtype=np.int32)
    attn_mask = (np.arange(SEQ)[None, :] < lengths[:, None]).astype(np.int32)
    tokens = tokens * attn_mask  # pad id 0
    token_types = (np.arange(SEQ)[None, :] >= SEQ // 2).astype(np.int32) * attn_mask
    token_types = token_types.astype(np.int32)
    labels = rng.integers(0, 3, size=(BATCH,), dtype=np.int32)
    params = model.init(
        jax.random.PRNGKey(0),
        jnp.asarray(tokens),
        jnp.asarray(token_types),
        jnp.asarray(attn_mask),
    )["params"]
    tx = optax.adam(1e-3)
    opt_state = tx.init(params)
    return _train_step(model.apply, _cls_loss, tx), (
        params,
        opt_state,
        tokens,
        token_types,
        attn_mask,
        labels,
    )


# --------------------------------------------------------------------------
# 4. Llama
# --------------------------------------------------------------------------


def rotary(x, base=10000.0):
    """x: [b, s, h, hd]; rotate-half rotary embedding built from sin/cos."""
    _, s, _, hd = x.shape
    half = hd // 2
    inv_freq = 1.0 / (base ** (jnp.arange(0, half, dtype=jnp.float32) / half))
    t = jnp.arange(s, dtype=jnp.float32)
    freqs = jnp.outer(t, inv_freq)  # [s, half]
    emb = jnp.concatenate([freqs, freqs], axis=-1)  # [s, hd]
    cos = jnp.cos(emb)[None, :, None, :]
    sin = jnp.sin(emb)[None, :, None, :]
    x1 = x[..., :half]
    x2 = x[..., half:]
    rotated = jnp.concatenate([-x2, x1], axis=-1)
    return x * cos + rotated * sin


class LlamaAttention(nn.Module):
    d_model: int
    n_heads: int

    @nn.compact
    def __call__(self, x):
        b, s, d = x.shape
        h = self.n_heads
        hd = d // h
        q = nn.Dense(d, use_bias=False, name="q_proj")(x).reshape(b, s, h, hd)
        k = nn.Dense(d, use_bias=False, name="k_proj")(x).reshape(b, s, h, hd)
        v = nn.Dense(d, use_bias=False, name="v_proj")(x).reshape(b, s, h, hd)
        q, k = rotary(q), rotary(k)
        att = jnp.einsum("bqhd,bkhd->bhqk", q, k) * (hd**-0.5)
        qi = jax.lax.broadcasted_iota(jnp.int32, (s, s), 0)
        ki = jax.lax.broadcasted_iota(jnp.int32, (s, s), 1)
        att = jnp.where((ki <= qi)[None, None], att, -1e9)
        att = jax.nn.softmax(att, axis=-1)
        y = jnp.einsum("bhqk,bkhd->bqhd", att, v).reshape(b, s, d)
        return nn.Dense(d, use_bias=False, name="o_proj")(y)


class LlamaBlock(nn.Module):
    d_model: int
    n_heads: int
    ffn: int

    @nn.compact
    def __call__(self, x):
        x = x + LlamaAttention(self.d_model, self.n_heads, name="self_attn")(
            nn.RMSNorm(name="input_layernorm")(x)
        )
        h = nn.RMSNorm(name="post_attention_layernorm")(x)
        gate = nn.Dense(self.ffn, use_bias=False, name="gate_proj")(h)
        up = nn.Dense(self.ffn, use_bias=False, name="up_proj")(h)
        h = nn.Dense(self.d_model, use_bias=False, name="down_proj")(nn.silu(gate) * up)
        return x + h


class Llama(nn.Module):
    vocab: int = VOCAB
    d_model: int = 16
    n_heads: int = 2
    ffn: int = 48
    n_layers: int = 2

    @nn.compact
    def __call__(self, tokens):
        x = nn.Embed(self.vocab, self.d_model, name="embed_tokens")(tokens)
        for i in range(self.n_layers):
            x = LlamaBlock(self.d_model, self.n_heads, self.ffn, name=f"layers_{i}")(x)
        x = nn.RMSNorm(name="norm")(x)
        return nn.Dense(self.vocab, use_bias=False, name="lm_head")(x)


def build_llama():
    model = Llama()
    rng = _rng()
    tokens, labels = _lm_batch(rng)
    params = model.init(jax.random.PRNGKey(0), jnp.asarray(tokens))["params"]
    tx = optax.adam(1e-3)
    opt_state = tx.init(params)
    return _train_step(model.apply, _lm_loss, tx), (params, opt_state, tokens, labels)


# --------------------------------------------------------------------------
# 5. Mixture of experts
# --------------------------------------------------------------------------


class MoE(nn.Module):
    d_model: int = 16
    d_ff: int = 32
    n_experts: int = 4
    capacity: int = 4

    @nn.compact
    def __call__(self, x):
        # x: [tokens, d_model]
        t, d = x.shape
        e, c = self.n_experts, self.capacity
        router = nn.Dense(e, use_bias=False, name="router")(x)
        probs = jax.nn.softmax(router, axis=-1)  # [t, e]
        expert = jnp.argmax(probs, axis=-1)  # [t]   multi-operand reduce
        gate = jnp.max(probs, axis=-1)  # [t]
        onehot = jax.nn.one_hot(expert, e, dtype=jnp.float32)  # [t, e]
        # Batch-prioritized routing: tokens with a larger gate get buffer slots
        # first (argsort -> stablehlo.sort), then the position of each token in
        # its expert's buffer is a cumsum (-> stablehlo.reduce_window) in that
        # order, scattered back to the original token order (-> scatter).
        order = jnp.argsort(-jax.lax.stop_gradient(gate))  # [t]
        onehot_sorted = onehot[order]  # gather
        pos_sorted = jnp.cumsum(onehot_sorted, axis=0) * onehot_sorted - onehot_sorted
        pos = jnp.zeros_like(pos_sorted).at[order].set(pos_sorted)  # [t, e]
        keep = (pos < c).astype(jnp.float32) * onehot  # capacity drop
        pos_idx = jnp.sum(pos * keep, axis=-1).astype(jnp.int32)  # [t]
        dispatch = keep[:, :, None] * jax.nn.one_hot(pos_idx, c)[:, None, :]  # [t,e,c]
        combine = dispatch * gate[:, None, None]
        w_in = self.param("w_in", nn.initializers.lecun_normal(), (e, d, self.d_ff))
        w_out = self.param("w_out", nn.initializers.lecun_normal(), (e, self.d_ff, d))
        expert_in = jnp.einsum("tec,td->ecd", dispatch, x)
        h = nn.relu(jnp.einsum("ecd,edf->ecf", expert_in, w_in))
        expert_out = jnp.einsum("ecf,efd->ecd", h, w_out)
        y = jnp.einsum("tec,ecd->td", combine, expert_out)
        # load-balancing auxiliary loss
        density = jnp.mean(onehot, axis=0)
        density_proxy = jnp.mean(probs, axis=0)
        aux = jnp.sum(density * density_proxy) * e
        return x + y, aux


def _moe_loss(apply, params, x, y):
    pred, aux = apply({"params": params}, x)
    return jnp.mean((pred - y) ** 2) + 0.01 * aux


def build_moe():
    model = MoE()
    rng = _rng()
    x = rng.standard_normal((16, 16)).astype(np.float32)
    y = rng.standard_normal((16, 16)).astype(np.float32)
    params = model.init(jax.random.PRNGKey(0), jnp.asarray(x))["params"]
    tx = optax.sgd(0.1)
    opt_state = tx.init(params)
    return _train_step(model.apply, _moe_loss, tx), (params, opt_state, x, y)


# --------------------------------------------------------------------------
# 6. ConvNet
# --------------------------------------------------------------------------


class ConvNet(nn.Module):
    n_classes: int = 10

    @nn.compact
    def __call__(self, x):
        # x: [b, 8, 8, 3] NHWC
        x = jnp.pad(x, ((0, 0), (1, 1), (1, 1), (0, 0)))  # explicit stablehlo.pad
        x = nn.relu(nn.Conv(8, (3, 3), padding="VALID", name="conv1")(x))  # 8x8x8
        x = nn.max_pool(x, (2, 2), strides=(2, 2))  # 4x4x8
        x = nn.relu(nn.Conv(16, (3, 3), padding="SAME", name="conv2")(x))  # 4x4x16
        x = nn.avg_pool(x, (2, 2), strides=(2, 2))  # 2x2x16
        x = x.reshape(x.shape[0], -1)
        x = nn.relu(nn.Dense(32, name="fc1")(x))
        return nn.Dense(self.n_classes, name="fc2")(x)


def _conv_loss(apply, params, images, labels):
    logits = apply({"params": params}, images)
    onehot = jax.nn.one_hot(labels, logits.shape[-1])
    return optax.softmax_cross_entropy(logits, onehot).mean()


def build_convnet():
    model = ConvNet()
    rng = _rng()
    images = rng.standard_normal((BATCH, 8, 8, 3)).astype(np.float32)
    labels = rng.integers(0, 10, size=(BATCH,), dtype=np.int32)
    params = model.init(jax.random.PRNGKey(0), jnp.asarray(images))["params"]
    tx = optax.sgd(0.05, momentum=0.9)
    opt_state = tx.init(params)
    return _train_step(model.apply, _conv_loss, tx), (params, opt_state, images, labels)


# --------------------------------------------------------------------------
# 7. Scanned MLP
# --------------------------------------------------------------------------


class ScanLayer(nn.Module):
    d: int

    @nn.compact
    def __call__(self, x, _):
        x = x + nn.tanh(nn.Dense(self.d, name="dense")(x))
        return x, None


class ScanMLP(nn.Module):
    d: int = 16
    n_layers: int = 4

    @nn.compact
    def __call__(self, x):
        Stack = nn.scan(
            ScanLayer,
            variable_axes={"params": 0},
            split_rngs={"params": True},
            length=self.n_layers,
        )
        x, _ = Stack(self.d, name="layers")(x, None)
        return nn.Dense(4, name="head")(x)


def build_scan_mlp():
    model = ScanMLP()
    rng = _rng()
    x = rng.standard_normal((4, 16)).astype(np.float32)
    y = rng.standard_normal((4, 4)).astype(np.float32)
    params = model.init(jax.random.PRNGKey(0), jnp.asarray(x))["params"]
    tx = optax.sgd(0.1)
    opt_state = tx.init(params)
    return _train_step(model.apply, _mse_loss, tx), (params, opt_state, x, y)


MODELS = {
    "mlp": build_mlp,
    "mlp_bf16": lambda: build_mlp(jnp.bfloat16),
    "gpt2": build_gpt2,
    "bert": build_bert,
    "llama": build_llama,
    "moe": build_moe,
    "convnet": build_convnet,
    "scan_mlp": build_scan_mlp,
}


# --------------------------------------------------------------------------
# Export
# --------------------------------------------------------------------------


_SCRIPT_PATH = os.path.abspath(__file__)
_SCRIPT_REL = "test/models/export.py"


def _main_signature(text):
    """Return (n_args, n_results) of @main in pretty text."""
    m = re.search(r"func\.func public @main\((.*?)\) -> \((.*?)\) \{\n", text, re.S)
    assert m, "no @main found"
    n_args = len(re.findall(r"%arg\d+:", m.group(1)))
    n_res = len(re.findall(r"tensor<", re.sub(r"\{[^}]*\}", "", m.group(2))))
    return n_args, n_res


def export(name, out_dir):
    step, args = MODELS[name]()
    args = jax.tree_util.tree_map(jnp.asarray, args)
    jitted = jax.jit(step, keep_unused=True)
    lowered = jitted.lower(*args)
    text = lowered.as_text(debug_info=True)
    module = lowered.compiler_ir("stablehlo")
    generic = module.operation.get_asm(
        print_generic_op_form=True, enable_debug_info=True
    )

    # Locations contain this script's absolute path; make them checkout-independent.
    text = text.replace(_SCRIPT_PATH, _SCRIPT_REL)
    generic = generic.replace(_SCRIPT_PATH, _SCRIPT_REL)

    in_leaves = jax.tree_util.tree_leaves(args)
    outs = jitted(*args)
    out_leaves = jax.tree_util.tree_leaves(outs)

    n_args, n_res = _main_signature(text)
    assert n_args == len(in_leaves), (name, n_args, len(in_leaves))
    assert n_res == len(out_leaves), (name, n_res, len(out_leaves))
    # no big embedded constants (params must be arguments)
    for m in re.finditer(r"dense<\"0x([0-9A-Fa-f]*)\">", text):
        assert len(m.group(1)) <= 2 * 64, f"{name}: large constant embedded"

    with open(os.path.join(out_dir, f"{name}.mlir"), "w") as f:
        f.write(text if text.endswith("\n") else text + "\n")
    with open(os.path.join(out_dir, f"{name}.generic.mlir"), "w") as f:
        f.write(generic if generic.endswith("\n") else generic + "\n")
    np.savez_compressed(
        os.path.join(out_dir, f"{name}.npz"),
        **{f"arg{i}": np.asarray(a) for i, a in enumerate(in_leaves)},
    )
    np.savez_compressed(
        os.path.join(out_dir, f"{name}.out.npz"),
        **{f"out{i}": np.asarray(o) for i, o in enumerate(out_leaves)},
    )
    print(f"{name}: {len(in_leaves)} args, {len(out_leaves)} results, loss={float(out_leaves[0]):.6f}")


# Benchmark models: real sizes, exported with abstract shapes (text only; their weights would
# not fit in the repository). Benchmarks run them on seeded random inputs.
BENCH_MODELS = {
    # GPT-2 small (124M parameters): 12 layers, d_model 768, 12 heads, vocab 50257; one
    # sequence of 64 tokens, Adam.
    "gpt2_small": dict(d_model=768, n_layers=12, n_heads=12, vocab=50257, seq=64, batch=1),
    # Solver benchmarks: GPT with Megatron-LM's heads-major fused QKV layout, d_model 1024,
    # 16 heads, vocab 51200, 8 sequences of 1024 tokens, Adam; 12 / 24 / 48 layers. Without
    # debug info (locations) to keep the files small; parameters and optimizer state are
    # donated, so the text says which result updates which argument (`tf.aliasing_output`)
    # even without the argument names.
    **{
        f"gpt_l{n}": dict(d_model=1024, n_layers=n, n_heads=16, vocab=51200, seq=1024, batch=8,
                          qkv_layout="heads", debug_info=False, donate=True)
        for n in (12, 24, 48)
    },
}


def _gpt_abstract(cfg):
    """(step, abstract args) of an Adam training step of GPT2(**cfg), nothing materialized."""
    model = GPT2(vocab=cfg["vocab"], max_len=cfg["seq"], d_model=cfg["d_model"], n_heads=cfg["n_heads"],
                 n_layers=cfg["n_layers"], qkv_layout=cfg.get("qkv_layout", "split"))
    tokens = jax.ShapeDtypeStruct((cfg["batch"], cfg["seq"]), jnp.int32)
    params = jax.eval_shape(lambda t: model.init(jax.random.PRNGKey(0), t)["params"], tokens)
    tx = optax.adam(1e-3)
    opt_state = jax.eval_shape(tx.init, params)
    return _train_step(model.apply, _lm_loss, tx), (params, opt_state, tokens, tokens)


def _write_abstract(name, lowered, step, args, out_dir, debug_info=True):
    """Write OUT_DIR/NAME.mlir (pretty) of step lowered on abstract args (ShapeDtypeStructs).

    The caller lowers, so the call stacks in the locations are the same as before this helper.
    """
    text = lowered.as_text(debug_info=debug_info).replace(_SCRIPT_PATH, _SCRIPT_REL)
    n_args, n_res = _main_signature(text)
    assert n_args == len(jax.tree_util.tree_leaves(args)), (name, n_args)
    assert n_res == len(jax.tree_util.tree_leaves(jax.eval_shape(step, *args))), (name, n_res)
    os.makedirs(out_dir, exist_ok=True)
    path = os.path.join(out_dir, f"{name}.mlir")
    with open(path, "w") as f:
        f.write(text if text.endswith("\n") else text + "\n")
    print(f"{name}: {n_args} args, {n_res} results (abstract shapes, {os.path.getsize(path)} bytes)")
    return n_args, n_res


def export_bench(name, out_dir):
    cfg = BENCH_MODELS[name]
    step, args = _gpt_abstract(cfg)
    donate = (0, 1) if cfg.get("donate") else ()
    lowered = jax.jit(step, keep_unused=True, donate_argnums=donate).lower(*args)
    _write_abstract(name, lowered, step, args, out_dir, debug_info=cfg.get("debug_info", True))


# Planning models: abstract shapes like the benchmark models (text only, with debug info), sized
# like the test cases of Alpa's auto-sharding solver, whose expected plans are known; see
# /work/shared/notes/alpa.md, "Published expectations for MLPs".
PLAN_MODELS = {
    # Alpa's MLP family: L square bias-free Dense layers (input, hidden and output all h wide),
    # relu between layers, MSE loss against a (batch, h) target, plain SGD, f32.
    "alpa_mlp_dp": dict(kind="mlp", n_layers=4, batch=256, hidden=32),  # -> data parallel
    "alpa_mlp_mp": dict(kind="mlp", n_layers=6, batch=32, hidden=256),  # -> Megatron model parallel
    "alpa_mlp_2d": dict(kind="mlp", n_layers=6, batch=256, hidden=32),  # the 2x2 mesh case
    "alpa_mlp2_dp": dict(kind="mlp", n_layers=2, batch=1024, hidden=128),
    "alpa_mlp2_mp": dict(kind="mlp", n_layers=2, batch=128, hidden=1024),
    "alpa_mlp12_dp": dict(kind="mlp", n_layers=12, batch=1024, hidden=128),
    "alpa_mlp12_mp": dict(kind="mlp", n_layers=12, batch=128, hidden=1024),
    # GPT with Megatron-LM's heads-major fused QKV (qkv_layout="heads"): d_model 1024, 16 heads,
    # 2 layers, vocab 1024, seq 256, Adam. Batch 1 should favour tensor (model) parallelism,
    # batch 64 data parallelism.
    "gpt_megatron": dict(kind="gpt", d_model=1024, n_layers=2, n_heads=16, vocab=1024, seq=256, batch=1,
                         qkv_layout="heads"),
    "gpt_dp": dict(kind="gpt", d_model=1024, n_layers=2, n_heads=16, vocab=1024, seq=256, batch=64,
                   qkv_layout="heads"),
}


class AlpaMLP(nn.Module):
    """L square Dense layers without bias, relu between them (none after the last)."""

    n_layers: int
    hidden: int

    @nn.compact
    def __call__(self, x):
        # Zero-padded names (fc00, fc01, ... when L > 10) so that the sorted parameter dict, and
        # with it @main's arguments and results, is in layer order.
        width = len(str(self.n_layers - 1))
        for i in range(self.n_layers):
            if i:
                x = nn.relu(x)
            x = nn.Dense(self.hidden, use_bias=False, name=f"fc{i:0{width}d}")(x)
        return x


def _alpa_mlp_abstract(cfg):
    model = AlpaMLP(n_layers=cfg["n_layers"], hidden=cfg["hidden"])
    x = jax.ShapeDtypeStruct((cfg["batch"], cfg["hidden"]), jnp.float32)
    y = jax.ShapeDtypeStruct((cfg["batch"], cfg["hidden"]), jnp.float32)
    params = jax.eval_shape(lambda x: model.init(jax.random.PRNGKey(0), x)["params"], x)
    tx = optax.sgd(0.1)
    opt_state = jax.eval_shape(tx.init, params)
    return _train_step(model.apply, _mse_loss, tx), (params, opt_state, x, y)


def export_plan(name, out_dir):
    cfg = PLAN_MODELS[name]
    step, args = (_alpa_mlp_abstract if cfg["kind"] == "mlp" else _gpt_abstract)(cfg)
    lowered = jax.jit(step, keep_unused=True).lower(*args)
    n_args, n_res = _write_abstract(name, lowered, step, args, out_dir)
    if cfg["kind"] == "mlp":
        # L kernels + x + y in; loss + L new kernels out (plain SGD has no state leaves).
        assert (n_args, n_res) == (cfg["n_layers"] + 2, cfg["n_layers"] + 1), (name, n_args, n_res)



# --------------------------------------------------------------------------
# Suite models: Alpa's GPT and MoE benchmark suites (OSDI'22)
# --------------------------------------------------------------------------

# Alpa's suites: seq 1024, global batch 1024 (the whole batch in one step: no micro-batching,
# that is the planner's business). GPT: hidden / layers / heads, vocab 51200, ffn 4 * hidden.
# MoE: hidden / layers / heads / experts, vocab 32000, expert group 2048, ffn 8 * hidden (Alpa's
# benchmark uses intermediate_size = 8 * hidden for MoE, "specific to gspmd", and counts its
# parameters with mlp_factor=8; with 4 * hidden the models would be ~45% below their names).
SUITE_SEQ = 1024
SUITE_BATCH = 1024
_SUITE_GPT = {
    "gpt_350m": (1024, 24, 16),
    "gpt_760m": (1536, 24, 16),
    "gpt_1_3b": (2048, 24, 32),
    "gpt_2_6b": (2560, 32, 32),
    "gpt_6_7b": (4096, 32, 32),
    "gpt_15b": (5120, 48, 40),
    "gpt_39b": (8192, 48, 64),
}
_SUITE_MOE = {
    "moe_380m": (768, 8, 16, 8),
    "moe_690m": (768, 8, 16, 16),
    "moe_1_3b": (768, 16, 16, 16),
    "moe_2_4b": (1024, 16, 16, 16),
    "moe_10b": (1536, 16, 16, 32),
    "moe_27b": (2048, 16, 16, 48),
    "moe_70b": (2048, 32, 16, 64),
}
SUITE_MODELS = {
    **{name: dict(d_model=h, n_layers=n, n_heads=nh, vocab=51200, d_ff=4 * h, n_experts=0)
       for name, (h, n, nh) in _SUITE_GPT.items()},
    **{name: dict(d_model=h, n_layers=n, n_heads=nh, vocab=32000, d_ff=8 * h, n_experts=e,
                  group_size=2048)
       for name, (h, n, nh, e) in _SUITE_MOE.items()},
}

# Mixed precision as Megatron-LM / Alpa ran the suites: f32 master weights (param_dtype), f16
# compute (dtype), loss (and Adam's moments) in f32.
_SUITE_DTYPE = jnp.float16


def _suite_layer_norm(name):
    return nn.LayerNorm(epsilon=1e-5, dtype=_SUITE_DTYPE, param_dtype=jnp.float32, name=name)


def _suite_dense(features, name):
    return nn.Dense(features, dtype=_SUITE_DTYPE, param_dtype=jnp.float32, name=name)


class SuiteAttention(nn.Module):
    """Causal self-attention with Megatron-LM's heads-major fused QKV (as gpt_l*), with biases."""

    d_model: int
    n_heads: int

    @nn.compact
    def __call__(self, x):
        b, s, d = x.shape
        h = self.n_heads
        hd = d // h
        qkv = _suite_dense(3 * d, "c_attn")(x).reshape(b, s, h, 3, hd)
        q, k, v = qkv[..., 0, :], qkv[..., 1, :], qkv[..., 2, :]
        att = jnp.einsum("bqhd,bkhd->bhqk", q, k) * jnp.asarray(hd**-0.5, _SUITE_DTYPE)
        causal = jnp.tril(jnp.ones((s, s), dtype=bool))
        att = jnp.where(causal[None, None], att, jnp.finfo(att.dtype).min)
        att = jax.nn.softmax(att, axis=-1)
        y = jnp.einsum("bhqk,bkhd->bqhd", att, v).reshape(b, s, d)
        return _suite_dense(d, "c_proj")(y)


def _top2_gating(gates, capacity):
    """GShard top-2 gating as in Alpa's alpa/model/moe.py (after lingvo's gshard_layers).

    gates: [G, S, E] router probabilities -> (combine [G, S, E, C] float, dispatch [G, S, E, C]
    bool). The first choices fill each expert's buffer first (in token order, positions by a
    cumsum over S), the second choices after them; a choice past capacity C is dropped, the
    kept gates are renormalized to sum to 1. The elementwise einsums of Alpa's version
    ("GSE,GSE->GS", "GSE,GSC->GSEC") are written as multiply + sum / broadcast multiply.
    """
    _, _, e = gates.shape
    c = capacity
    dt = gates.dtype
    index_1 = jnp.argmax(gates, axis=-1)  # [G, S]
    mask_1 = jax.nn.one_hot(index_1, e, dtype=jnp.int32)  # [G, S, E]
    gate_1 = jnp.sum(gates * mask_1.astype(dt), axis=-1)  # [G, S]
    gates_without_top_1 = gates * (1 - mask_1).astype(dt)
    index_2 = jnp.argmax(gates_without_top_1, axis=-1)
    mask_2 = jax.nn.one_hot(index_2, e, dtype=jnp.int32)
    gate_2 = jnp.sum(gates_without_top_1 * mask_2.astype(dt), axis=-1)

    pos_1 = jnp.cumsum(mask_1, axis=-2) - mask_1  # position in the expert's buffer
    mask_1 = mask_1 * (pos_1 < c)
    pos_1 = jnp.sum(pos_1 * mask_1, axis=-1)  # [G, S]
    mask_1_count = jnp.sum(mask_1, axis=-2)  # [G, E]
    mask_1_flat = jnp.sum(mask_1, axis=-1)  # [G, S]
    pos_2 = jnp.cumsum(mask_2, axis=-2) - mask_2 + mask_1_count[:, None, :]
    mask_2 = mask_2 * (pos_2 < c)
    pos_2 = jnp.sum(pos_2 * mask_2, axis=-1)
    mask_2_flat = jnp.sum(mask_2, axis=-1)

    gate_1 = gate_1 * mask_1_flat.astype(dt)
    gate_2 = gate_2 * mask_2_flat.astype(dt)
    denom = gate_1 + gate_2
    denom = jnp.where(denom > 0, denom, jnp.ones_like(denom))
    gate_1 = gate_1 / denom
    gate_2 = gate_2 / denom

    def part(gate, mask_flat, index, pos):
        a = (gate * mask_flat.astype(dt))[..., None] * jax.nn.one_hot(index, e, dtype=dt)  # [G,S,E]
        b = jax.nn.one_hot(pos, c, dtype=dt)  # [G, S, C]
        return a[..., :, None] * b[..., None, :]  # [G, S, E, C]

    combine = part(gate_1, mask_1_flat, index_1, pos_1) + part(gate_2, mask_2_flat, index_2, pos_2)
    dispatch = combine.astype(jnp.bool_)
    return combine, dispatch


class SuiteMoE(nn.Module):
    """GShard / Alpa position-wise MoE: groups of group_size tokens, top-2, capacity 2*S/E."""

    d_model: int
    d_ff: int
    n_experts: int
    group_size: int

    @nn.compact
    def __call__(self, x):
        m, f, e, s = self.d_model, self.d_ff, self.n_experts, self.group_size
        init = nn.initializers.lecun_normal()
        wg = self.param("wg", init, (m, e), jnp.float32).astype(_SUITE_DTYPE)
        wi = self.param("wi", init, (e, m, f), jnp.float32).astype(_SUITE_DTYPE)
        wo = self.param("wo", init, (e, f, m), jnp.float32).astype(_SUITE_DTYPE)
        tokens = x.reshape(-1, s, m)  # [G, S, M]
        gates = jax.nn.softmax(jnp.einsum("GSM,ME->GSE", tokens, wg), axis=-1)
        combine, dispatch = _top2_gating(gates, 2 * s // e)
        expert_in = jnp.einsum("GSEC,GSM->EGCM", dispatch.astype(_SUITE_DTYPE), tokens)
        h = nn.gelu(jnp.einsum("EGCM,EMH->EGCH", expert_in, wi))
        expert_out = jnp.einsum("EGCH,EHM->GECM", h, wo)
        y = jnp.einsum("GSEC,GECM->GSM", combine, expert_out)
        return y.reshape(x.shape)


class SuiteBlock(nn.Module):
    """Pre-LayerNorm GPT block; the MLP is a SuiteMoE when n_experts > 0."""

    d_model: int
    n_heads: int
    d_ff: int
    n_experts: int = 0
    group_size: int = 2048

    @nn.compact
    def __call__(self, x):
        x = x + SuiteAttention(self.d_model, self.n_heads, name="attn")(_suite_layer_norm("ln_1")(x))
        h = _suite_layer_norm("ln_2")(x)
        if self.n_experts:
            h = SuiteMoE(self.d_model, self.d_ff, self.n_experts, self.group_size, name="moe")(h)
        else:
            h = _suite_dense(self.d_ff, "c_fc")(h)
            h = nn.gelu(h)  # tanh approximation, as Megatron-LM's bias_gelu
            h = _suite_dense(self.d_model, "c_proj")(h)
        return x + h


class SuiteLM(nn.Module):
    """GPT-2 style decoder of the suites: token + learned position embeddings, n_layers
    SuiteBlocks (every other one, starting with the first, a MoE block when n_experts > 0, as
    Alpa's FlaxMoELayerCollection), final LayerNorm, LM head tied to the token embedding.
    Every block is wrapped in nn.remat (activation recomputation) when remat is set."""

    vocab: int
    max_len: int
    d_model: int
    n_heads: int
    n_layers: int
    d_ff: int
    n_experts: int = 0
    group_size: int = 2048
    remat: bool = True

    @nn.compact
    def __call__(self, tokens):
        _, s = tokens.shape
        wte = nn.Embed(self.vocab, self.d_model, dtype=_SUITE_DTYPE, param_dtype=jnp.float32, name="wte")
        wpe = nn.Embed(self.max_len, self.d_model, dtype=_SUITE_DTYPE, param_dtype=jnp.float32, name="wpe")
        x = wte(tokens) + wpe(jnp.arange(s))[None]
        block = nn.remat(SuiteBlock) if self.remat else SuiteBlock
        # Zero-padded names (h_00, h_01, ...) so that @main's arguments are in layer order.
        width = len(str(self.n_layers - 1))
        for i in range(self.n_layers):  # unrolled: every layer's ops in @main
            n_experts = self.n_experts if i % 2 == 0 else 0
            x = block(self.d_model, self.n_heads, self.d_ff, n_experts, self.group_size,
                      name=f"h_{i:0{width}d}")(x)
        x = _suite_layer_norm("ln_f")(x)
        return wte.attend(x)  # tied LM head: x @ wte.T (f16)


def _suite_loss(apply, params, tokens, labels):
    logits = apply({"params": params}, tokens).astype(jnp.float32)  # cross entropy in f32
    return optax.softmax_cross_entropy_with_integer_labels(logits, labels).mean()


def _suite_abstract(cfg, remat=True):
    """(step, abstract args) of an Adam training step of a suite model, nothing materialized."""
    model = SuiteLM(vocab=cfg["vocab"], max_len=SUITE_SEQ, d_model=cfg["d_model"], n_heads=cfg["n_heads"],
                    n_layers=cfg["n_layers"], d_ff=cfg["d_ff"], n_experts=cfg["n_experts"],
                    group_size=cfg.get("group_size", 2048), remat=remat)
    tokens = jax.ShapeDtypeStruct((SUITE_BATCH, SUITE_SEQ), jnp.int32)
    params = jax.eval_shape(lambda t: model.init(jax.random.PRNGKey(0), t)["params"], tokens)
    tx = optax.adam(1e-4)
    opt_state = jax.eval_shape(tx.init, params)
    return _train_step(model.apply, _suite_loss, tx), (params, opt_state, tokens, tokens)


def export_suite(name, out_dir, remat=True):
    t0 = time.perf_counter()
    cfg = SUITE_MODELS[name]
    step, args = _suite_abstract(cfg, remat=remat)
    lowered = jax.jit(step, keep_unused=True, donate_argnums=(0, 1)).lower(*args)
    _write_abstract(name, lowered, step, args, out_dir, debug_info=False)
    n_params = sum(int(np.prod(x.shape)) for x in jax.tree_util.tree_leaves(args[0]))
    print(f"{name}: {n_params / 1e6:.1f}M parameters, exported in {time.perf_counter() - t0:.1f} s")


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--out", default=os.path.dirname(os.path.abspath(__file__)))
    p.add_argument("--only", nargs="+",
                   choices=sorted(MODELS) + sorted(BENCH_MODELS) + sorted(PLAN_MODELS) + sorted(SUITE_MODELS),
                   default=None, help="export just these models (fixtures, benchmark, planning or suite models)")
    p.add_argument("--bench", action="store_true", help="also export the benchmark models into OUT/bench")
    p.add_argument("--plan", action="store_true",
                   help="export the planning models into OUT/plan (instead of the fixtures; add --bench for those too)")
    p.add_argument("--suite", action="store_true",
                   help="export Alpa's GPT and MoE suites into OUT/suite (instead of the fixtures; combines "
                        "with --bench and --plan)")
    a = p.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    names = a.only or (
        ([] if a.plan or a.suite else list(MODELS))
        + (list(BENCH_MODELS) if a.bench else [])
        + (list(PLAN_MODELS) if a.plan else [])
        + (list(SUITE_MODELS) if a.suite else [])
    )
    for name in names:
        if name in BENCH_MODELS:
            export_bench(name, os.path.join(a.out, "bench"))
        elif name in SUITE_MODELS:
            export_suite(name, os.path.join(a.out, "suite"))
        elif name in PLAN_MODELS:
            export_plan(name, os.path.join(a.out, "plan"))
        else:
            export(name, a.out)


if __name__ == "__main__":
    main(sys.argv[1:])
