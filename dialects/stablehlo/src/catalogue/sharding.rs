//! Sharding rules: per op, how its operand and result dimensions share index spaces, the Rust
//! counterpart of MLIR's `ShardingInterface` and Shardy's `OpShardingRule`.
//!
//! A rule names *factors*: independent index spaces of the computation, each with a size and
//! a [`FactorKind`] that says what sharding it costs. Every tensor dimension is made of zero or
//! more factors, major to minor; a dimension of size 1 is made of none. Sharding a factor over
//! a mesh axis shards every dimension it appears in the same way:
//!
//! ```text
//! %0 = stablehlo.dot_general %a, %b, contracting_dims = [1] x [0]
//!        : (tensor<4x16xf32>, tensor<16x8xf32>) -> tensor<4x8xf32>
//! ([i, k], [k, j]) -> ([i, j]) {i=4, j=8, k=16} reduction={k}
//! ```
//!
//! Sharding `i` splits `%a`'s rows and the result's rows (no communication); sharding `k`
//! splits `%a`'s columns and `%b`'s rows and leaves partial sums (an all-reduce). The doc
//! `docs/sharding-rules.md` lists the rule of each op family and the collective each kind
//! implies. Ops without a rule (control flow, calls, custom calls, random bits) must be
//! handled by the caller: replicated, or, for while loops, sharded through their bodies.

use super::dims::{ConvDims, DotDims, GatherDim, GatherDims, ScatterDim, ScatterDims, Window};
use super::verify_op;
use crate::ir::{Func, Op};
use crate::types::{TensorType, Type};

/// What sharding a factor means for the op.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FactorKind {
    /// In operands and results, the same index space in each: sharding it splits the work
    /// with no communication.
    Parallel,
    /// A dot/convolution contracting dimension, in operands only: each device computes
    /// partial sums of the whole result, which an all-reduce (sum) or reduce-scatter combines.
    Contracting,
    /// Reduced away by the op's reducer (reduce's dimensions, scatter's update dimensions with
    /// a commutative combiner), in operands only: partial results are combined by an
    /// all-reduce with the reducer. The init value (or scatter input) must contribute once.
    Reduced,
    /// In results only (broadcast_in_dim's new or expanded dimensions, iota, constants): each
    /// device can produce its slice locally, with no communication.
    Broadcast,
    /// A dimension the op reads across by data or position (gather/scatter indexed dims,
    /// sort's dimension, concatenate's, padded, sliced, reversed and windowed dims, reshape
    /// dims with no common factoring): it must be unsharded for the op, so a sharded operand
    /// is all-gathered first, and the result is produced unsharded along it.
    Gathered,
}

impl FactorKind {
    /// The keyword listing factors of this kind in [`ShardingRule::to_text`] (`None` for
    /// parallel factors, which are not listed).
    pub fn keyword(self) -> Option<&'static str> {
        match self {
            FactorKind::Parallel => None,
            FactorKind::Contracting => Some("reduction"),
            FactorKind::Reduced => Some("reduced"),
            FactorKind::Broadcast => Some("broadcast"),
            FactorKind::Gathered => Some("gathered"),
        }
    }
}

/// One factor: an index space of the op.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Factor {
    /// Its extent; always greater than 1.
    pub size: i64,
    /// What sharding it means.
    pub kind: FactorKind,
}

/// How an op's tensor dimensions are made of factors.
///
/// Invariants (checked by [`ShardingRule::verify`]): one entry per operand and result, one
/// per tensor dimension; each dimension's factor sizes multiply to its size (no factors for a
/// size-1 dimension); no factor appears twice in one tensor; every factor has size > 1, is
/// used, and appears where its kind says (parallel in operands and results, contracting and
/// reduced in operands only, broadcast in results only).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShardingRule {
    /// The factors; their index is their name in [`ShardingRule::to_text`] (`i`, `j`, ...).
    pub factors: Vec<Factor>,
    /// `operands[i][d]`: the factors tensor dimension `d` of operand `i` is made of, major to
    /// minor; empty for a dimension of size 1 (or of a scalar operand, which has none).
    pub operands: Vec<Vec<Vec<usize>>>,
    /// `results[i][d]`, as for operands.
    pub results: Vec<Vec<Vec<usize>>>,
}

/// The sharding rule of `op`, or `None` when the op has none: it does not verify, has a
/// non-tensor or empty operand or result, or must be replicated or handled specially by the
/// caller (`stablehlo.while`, `if`, `case`, `func.call`, `custom_call`, `rng_bit_generator`,
/// tuples, returns).
pub fn sharding_rule(op: &Op, func: &Func) -> Option<ShardingRule> {
    verify_op(op, func).ok()?;
    let tensors = |vs: &[crate::ir::ValueId]| -> Option<Vec<&TensorType>> { vs.iter().map(|v| func.ty(*v).as_tensor()).collect() };
    let (ins, outs) = (tensors(&op.operands)?, tensors(&op.results)?);
    if ins.iter().chain(&outs).any(|t| t.shape.contains(&0)) {
        return None;
    }
    let mut b =
        Builder { rule: ShardingRule { factors: Vec::new(), operands: ins.iter().map(|t| vec![Vec::new(); t.rank()]).collect(), results: outs.iter().map(|t| vec![Vec::new(); t.rank()]).collect() } };
    let types: Vec<Type> = ins.iter().map(|t| Type::Tensor((*t).clone())).collect();
    let out0 = outs.first().copied();
    match op.name.as_str() {
        "stablehlo.constant" | "stablehlo.iota" => {
            let out = out0?;
            for (d, &n) in out.shape.iter().enumerate() {
                b.factor(n, FactorKind::Broadcast, &[(Out(0), d)]);
            }
        }
        "stablehlo.broadcast_in_dim" => broadcast_in_dim(&mut b, op, ins[0], out0?)?,
        "stablehlo.reshape" => reshape(&mut b, &ins[0].shape, &out0?.shape),
        "stablehlo.transpose" => {
            let perm = op.int_list("permutation")?;
            for (r, &p) in perm.iter().enumerate() {
                b.factor(out0?.shape[r], FactorKind::Parallel, &[(In(0), p as usize), (Out(0), r)]);
            }
        }
        "stablehlo.reverse" => {
            let reversed = op.int_list("dimensions")?;
            for (d, &n) in ins[0].shape.iter().enumerate() {
                let kind = if reversed.contains(&(d as i64)) { FactorKind::Gathered } else { FactorKind::Parallel };
                b.factor(n, kind, &[(In(0), d), (Out(0), d)]);
            }
        }
        "stablehlo.concatenate" => {
            let axis = op.int("dimension")? as usize;
            for (d, &n) in out0?.shape.iter().enumerate() {
                if d == axis {
                    for (i, t) in ins.iter().enumerate() {
                        b.factor(t.shape[d], FactorKind::Gathered, &[(In(i), d)]);
                    }
                    b.factor(n, FactorKind::Gathered, &[(Out(0), d)]);
                } else {
                    let dims: Vec<(Tensor, usize)> = (0..ins.len()).map(|i| (In(i), d)).chain([(Out(0), d)]).collect();
                    b.factor(n, FactorKind::Parallel, &dims);
                }
            }
        }
        "stablehlo.slice" => {
            let (start, limit) = (op.int_list("start_indices")?, op.int_list("limit_indices")?);
            let strides = op.int_list("strides").unwrap_or_else(|| vec![1; start.len()]);
            let whole: Vec<bool> = (0..ins[0].rank()).map(|d| start[d] == 0 && limit[d] == ins[0].shape[d] && strides[d] == 1).collect();
            same_or_split(&mut b, ins[0], out0?, &whole);
        }
        "stablehlo.dynamic_slice" => {
            let sizes = op.int_list("slice_sizes")?;
            let whole: Vec<bool> = sizes.iter().zip(&ins[0].shape).map(|(s, n)| s == n).collect();
            same_or_split(&mut b, ins[0], out0?, &whole);
        }
        "stablehlo.pad" => {
            let pads = ["edge_padding_low", "edge_padding_high", "interior_padding"].map(|k| op.int_list(k));
            let [Some(low), Some(high), Some(interior)] = pads else { return None };
            let whole: Vec<bool> = (0..ins[0].rank()).map(|d| low[d] == 0 && high[d] == 0 && interior[d] == 0).collect();
            same_or_split(&mut b, ins[0], out0?, &whole);
        }
        "stablehlo.dynamic_update_slice" => {
            for (d, &n) in ins[0].shape.iter().enumerate() {
                if ins[1].shape[d] == n {
                    b.factor(n, FactorKind::Parallel, &[(In(0), d), (In(1), d), (Out(0), d)]);
                } else {
                    b.factor(n, FactorKind::Gathered, &[(In(0), d), (Out(0), d)]);
                    b.factor(ins[1].shape[d], FactorKind::Gathered, &[(In(1), d)]);
                }
            }
        }
        "stablehlo.dot" | "stablehlo.dot_general" => dot(&mut b, &DotDims::of(op, &types).ok()?, ins[0], ins[1]),
        "stablehlo.convolution" => convolution(&mut b, &ConvDims::of(op, &types).ok()?, ins[0], ins[1], out0?),
        "stablehlo.reduce" => {
            let n = ins.len() / 2;
            let reduced = op.int_list("dimensions")?;
            let mut r = 0;
            for (d, &size) in ins[0].shape.iter().enumerate() {
                let inputs = (0..n).map(|i| (In(i), d));
                if reduced.contains(&(d as i64)) {
                    b.factor(size, FactorKind::Reduced, &inputs.collect::<Vec<_>>());
                } else {
                    b.factor(size, FactorKind::Parallel, &inputs.chain((0..n).map(|i| (Out(i), r))).collect::<Vec<_>>());
                    r += 1;
                }
            }
        }
        "stablehlo.reduce_window" => {
            let n = ins.len() / 2;
            let window = Window::of(op, &types).ok()?;
            for (d, &size) in ins[0].shape.iter().enumerate() {
                let inputs = (0..n).map(|i| (In(i), d));
                let outputs = (0..n).map(|i| (Out(i), d));
                if window.is_trivial(d) {
                    b.factor(size, FactorKind::Parallel, &inputs.chain(outputs).collect::<Vec<_>>());
                } else {
                    b.factor(size, FactorKind::Gathered, &inputs.collect::<Vec<_>>());
                    b.factor(outs[0].shape[d], FactorKind::Gathered, &outputs.collect::<Vec<_>>());
                }
            }
        }
        "stablehlo.select_and_scatter" => {
            let window = Window::of(op, &types).ok()?;
            for (d, &size) in ins[0].shape.iter().enumerate() {
                if window.is_trivial(d) {
                    b.factor(size, FactorKind::Parallel, &[(In(0), d), (In(1), d), (Out(0), d)]);
                } else {
                    b.factor(size, FactorKind::Gathered, &[(In(0), d), (Out(0), d)]);
                    b.factor(ins[1].shape[d], FactorKind::Gathered, &[(In(1), d)]);
                }
            }
        }
        "stablehlo.sort" => {
            let rank = ins[0].rank() as i64;
            let axis = op.int("dimension").unwrap_or(-1);
            let axis = if axis < 0 { axis + rank } else { axis } as usize;
            for (d, &size) in ins[0].shape.iter().enumerate() {
                let kind = if d == axis { FactorKind::Gathered } else { FactorKind::Parallel };
                let dims: Vec<(Tensor, usize)> = (0..ins.len()).flat_map(|i| [(In(i), d), (Out(i), d)]).collect();
                b.factor(size, kind, &dims);
            }
        }
        "stablehlo.gather" => gather(&mut b, &GatherDims::of(op, &types).ok()?, ins[0], ins[1]),
        "stablehlo.scatter" => scatter(&mut b, op, &ScatterDims::of(op, &types).ok()?, &ins),
        "stablehlo.optimization_barrier" | "sdy.sharding_constraint" => {
            for (i, t) in ins.iter().enumerate() {
                for (d, &n) in t.shape.iter().enumerate() {
                    b.factor(n, FactorKind::Parallel, &[(In(i), d), (Out(i), d)]);
                }
            }
        }
        "stablehlo.bitcast_convert" => {
            let (from, to) = (ins[0], out0?);
            let common = from.rank().min(to.rank());
            for d in 0..common {
                b.factor(from.shape[d], FactorKind::Parallel, &[(In(0), d), (Out(0), d)]);
            }
            // The extra minor dimension splits (or joins) the bits of one element.
            if from.rank() > common {
                b.factor(from.shape[common], FactorKind::Gathered, &[(In(0), common)]);
            }
            if to.rank() > common {
                b.factor(to.shape[common], FactorKind::Gathered, &[(Out(0), common)]);
            }
        }
        name => match super::op_def(name)?.kind {
            super::OpKind::Elementwise { .. } => {
                let out = out0?;
                for (d, &n) in out.shape.iter().enumerate() {
                    // Scalar operands (select's predicate, clamp's bounds) broadcast.
                    let dims: Vec<(Tensor, usize)> = (0..ins.len()).filter(|&i| ins[i].rank() == out.rank()).map(|i| (In(i), d)).chain([(Out(0), d)]).collect();
                    b.factor(n, FactorKind::Parallel, &dims);
                }
            }
            _ => return None,
        },
    }
    Some(b.rule)
}

/// A tensor of the op: operand or result `i`.
#[derive(Clone, Copy, Debug)]
enum Tensor {
    In(usize),
    Out(usize),
}
use Tensor::{In, Out};

struct Builder {
    rule: ShardingRule,
}

impl Builder {
    /// Adds a factor of `size` to `dims` (appended, so minor to what they hold already);
    /// does nothing for size 1, which needs no factor.
    fn factor(&mut self, size: i64, kind: FactorKind, dims: &[(Tensor, usize)]) {
        if size <= 1 {
            return;
        }
        let f = self.rule.factors.len();
        self.rule.factors.push(Factor { size, kind });
        for &(t, d) in dims {
            match t {
                In(i) => self.rule.operands[i][d].push(f),
                Out(i) => self.rule.results[i][d].push(f),
            }
        }
    }
}

/// Dimensions the op keeps whole are parallel; the others are gathered, with separate factors
/// for operand and result since they index different positions (slice, pad, dynamic_slice).
fn same_or_split(b: &mut Builder, operand: &TensorType, result: &TensorType, whole: &[bool]) {
    for (d, &keep) in whole.iter().enumerate() {
        if keep {
            b.factor(operand.shape[d], FactorKind::Parallel, &[(In(0), d), (Out(0), d)]);
        } else {
            b.factor(operand.shape[d], FactorKind::Gathered, &[(In(0), d)]);
            b.factor(result.shape[d], FactorKind::Gathered, &[(Out(0), d)]);
        }
    }
}

fn broadcast_in_dim(b: &mut Builder, op: &Op, operand: &TensorType, result: &TensorType) -> Option<()> {
    let dims = op.int_list("broadcast_dimensions")?;
    for (r, &n) in result.shape.iter().enumerate() {
        match dims.iter().position(|&x| x == r as i64) {
            Some(d) if operand.shape[d] == n => b.factor(n, FactorKind::Parallel, &[(In(0), d), (Out(0), r)]),
            // A new dimension, or a size-1 operand dimension expanded.
            _ => b.factor(n, FactorKind::Broadcast, &[(Out(0), r)]),
        }
    }
    Some(())
}

/// Reshape as compound factors: dimensions are grouped into runs with equal products, and a
/// run whose cumulative products form a divisibility chain on both sides splits into common
/// factors (`[6] -> [2, 3]` is `([ij]) -> ([i, j])`); other runs are gathered.
fn reshape(b: &mut Builder, from: &[i64], to: &[i64]) {
    let big = |shape: &[i64]| -> Vec<(usize, i64)> { shape.iter().copied().enumerate().filter(|&(_, n)| n > 1).collect() };
    let (a, c) = (big(from), big(to));
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < c.len() {
        let (i0, j0) = (i, j);
        let (mut pa, mut pc) = (a[i].1 as i128, c[j].1 as i128);
        i += 1;
        j += 1;
        while pa != pc {
            if pa < pc && i < a.len() {
                pa *= a[i].1 as i128;
                i += 1;
            } else if pc < pa && j < c.len() {
                pc *= c[j].1 as i128;
                j += 1;
            } else {
                // Element counts differ; the verifier rejects this before we get here.
                return;
            }
        }
        reshape_run(b, &a[i0..i], &c[j0..j]);
    }
}

fn reshape_run(b: &mut Builder, a: &[(usize, i64)], c: &[(usize, i64)]) {
    let cumulative = |dims: &[(usize, i64)]| -> Vec<i128> {
        dims.iter()
            .scan(1i128, |p, &(_, n)| {
                *p *= n as i128;
                Some(*p)
            })
            .collect()
    };
    let (ca, cc) = (cumulative(a), cumulative(c));
    let mut bounds: Vec<i128> = ca.iter().chain(&cc).copied().collect();
    bounds.sort_unstable();
    bounds.dedup();
    let chain = bounds.iter().scan(1i128, |prev, &x| {
        let ok = x % *prev == 0;
        *prev = x;
        Some(ok)
    });
    if chain.into_iter().all(|ok| ok) {
        let mut prev = 1;
        for &bound in &bounds {
            // The dimension on each side whose span holds this segment.
            let ai = ca.iter().position(|&x| x >= bound).unwrap_or(0);
            let ci = cc.iter().position(|&x| x >= bound).unwrap_or(0);
            b.factor((bound / prev) as i64, FactorKind::Parallel, &[(In(0), a[ai].0), (Out(0), c[ci].0)]);
            prev = bound;
        }
    } else {
        for &(d, n) in a {
            b.factor(n, FactorKind::Gathered, &[(In(0), d)]);
        }
        for &(d, n) in c {
            b.factor(n, FactorKind::Gathered, &[(Out(0), d)]);
        }
    }
}

/// Factors in the order of the result dimensions (batch, lhs free, rhs free), then the
/// contracting ones, as Shardy orders them.
fn dot(b: &mut Builder, dims: &DotDims, lhs: &TensorType, rhs: &TensorType) {
    let mut r = 0;
    for (&l, &rr) in dims.lhs_batch.iter().zip(&dims.rhs_batch) {
        b.factor(lhs.shape[l], FactorKind::Parallel, &[(In(0), l), (In(1), rr), (Out(0), r)]);
        r += 1;
    }
    for l in dims.lhs_free(lhs.rank()) {
        b.factor(lhs.shape[l], FactorKind::Parallel, &[(In(0), l), (Out(0), r)]);
        r += 1;
    }
    for rr in dims.rhs_free(rhs.rank()) {
        b.factor(rhs.shape[rr], FactorKind::Parallel, &[(In(1), rr), (Out(0), r)]);
        r += 1;
    }
    for (&l, &rr) in dims.lhs_contracting.iter().zip(&dims.rhs_contracting) {
        b.factor(lhs.shape[l], FactorKind::Contracting, &[(In(0), l), (In(1), rr)]);
    }
}

/// Batch and output features are parallel, input features contracting. A feature or batch
/// group count G adds a major parallel factor of size G shared by the grouped input dimension,
/// the kernel output features and the output features. Windowed spatial dimensions are
/// gathered (a halo exchange would be needed), per tensor.
fn convolution(b: &mut Builder, d: &ConvDims, lhs: &TensorType, rhs: &TensorType, out: &TensorType) {
    let groups = d.feature_group_count.max(d.batch_group_count);
    let grouped_input = if d.batch_group_count > 1 { d.input_batch } else { d.input_feature };
    b.factor(groups, FactorKind::Parallel, &[(In(0), grouped_input), (In(1), d.kernel_output_feature), (Out(0), d.output_feature)]);
    b.factor(lhs.shape[d.input_batch] / d.batch_group_count, FactorKind::Parallel, &[(In(0), d.input_batch), (Out(0), d.output_batch)]);
    b.factor(rhs.shape[d.kernel_input_feature], FactorKind::Contracting, &[(In(0), d.input_feature), (In(1), d.kernel_input_feature)]);
    b.factor(rhs.shape[d.kernel_output_feature] / groups, FactorKind::Parallel, &[(In(1), d.kernel_output_feature), (Out(0), d.output_feature)]);
    for (s, ((&i, &k), &o)) in d.input_spatial.iter().zip(&d.kernel_spatial).zip(&d.output_spatial).enumerate() {
        if d.window.is_trivial(s) && lhs.shape[i] == out.shape[o] {
            b.factor(lhs.shape[i], FactorKind::Parallel, &[(In(0), i), (Out(0), o)]);
        } else {
            b.factor(lhs.shape[i], FactorKind::Gathered, &[(In(0), i)]);
            b.factor(rhs.shape[k], FactorKind::Gathered, &[(In(1), k)]);
            b.factor(out.shape[o], FactorKind::Gathered, &[(Out(0), o)]);
        }
    }
}

/// Batch dimensions (operand batching dims with their indices dims, and the other indices
/// dims) are parallel with the result; offset dimensions taken whole are parallel; indexed
/// operand dimensions and partial slices are gathered.
fn gather(b: &mut Builder, g: &GatherDims, operand: &TensorType, indices: &TensorType) {
    for (r, dim) in g.result_dims(operand.rank(), indices.rank()).into_iter().enumerate() {
        match dim {
            GatherDim::Batch(i) => match g.start_indices_batching_dims.iter().position(|&x| x == i) {
                Some(p) => b.factor(indices.shape[i], FactorKind::Parallel, &[(In(0), g.operand_batching_dims[p]), (In(1), i), (Out(0), r)]),
                None => b.factor(indices.shape[i], FactorKind::Parallel, &[(In(1), i), (Out(0), r)]),
            },
            GatherDim::Offset(o) if g.slice_sizes[o] == operand.shape[o] => b.factor(operand.shape[o], FactorKind::Parallel, &[(In(0), o), (Out(0), r)]),
            GatherDim::Offset(o) => {
                b.factor(operand.shape[o], FactorKind::Gathered, &[(In(0), o)]);
                b.factor(g.slice_sizes[o], FactorKind::Gathered, &[(Out(0), r)]);
            }
        }
    }
    if g.index_vector_dim < indices.rank() {
        b.factor(indices.shape[g.index_vector_dim], FactorKind::Gathered, &[(In(1), g.index_vector_dim)]);
    }
    for &d in &g.collapsed_slice_dims {
        b.factor(operand.shape[d], FactorKind::Gathered, &[(In(0), d)]);
    }
}

/// Inputs, indices and updates are operands `0..n`, `n` and `n+1..=2n`; results `0..n`.
/// Batching dimensions and whole window dimensions are parallel; the update scatter
/// dimensions are reduced when the combiner is one commutative op (so per-device partial
/// scatters combine with an all-reduce), gathered otherwise (e.g. overwriting).
fn scatter(b: &mut Builder, op: &Op, s: &ScatterDims, ins: &[&TensorType]) {
    let n = s.num_inputs;
    let (input, indices, update) = (ins[0], ins[n], ins[n + 1]);
    let inputs = |d: usize| (0..n).map(move |i| (In(i), d));
    let results = |d: usize| (0..n).map(move |i| (Out(i), d));
    let updates = |d: usize| (0..n).map(move |i| (In(n + 1 + i), d));
    let scattered = if n == 1 && commutative_combiner(op) { FactorKind::Reduced } else { FactorKind::Gathered };
    for (u, dim) in s.update_dims(input.rank(), indices.rank(), update.rank()).into_iter().enumerate() {
        match dim {
            ScatterDim::Scatter(i) => match s.scatter_indices_batching_dims.iter().position(|&x| x == i) {
                Some(p) => {
                    let d = s.input_batching_dims[p];
                    let dims: Vec<_> = inputs(d).chain([(In(n), i)]).chain(updates(u)).chain(results(d)).collect();
                    b.factor(indices.shape[i], FactorKind::Parallel, &dims);
                }
                None => b.factor(indices.shape[i], scattered, &[(In(n), i)].into_iter().chain(updates(u)).collect::<Vec<_>>()),
            },
            ScatterDim::Window(d) if update.shape[u] == input.shape[d] => {
                b.factor(input.shape[d], FactorKind::Parallel, &inputs(d).chain(updates(u)).chain(results(d)).collect::<Vec<_>>());
            }
            ScatterDim::Window(d) => {
                b.factor(input.shape[d], FactorKind::Gathered, &inputs(d).chain(results(d)).collect::<Vec<_>>());
                b.factor(update.shape[u], FactorKind::Gathered, &updates(u).collect::<Vec<_>>());
            }
        }
    }
    if s.index_vector_dim < indices.rank() {
        b.factor(indices.shape[s.index_vector_dim], FactorKind::Gathered, &[(In(n), s.index_vector_dim)]);
    }
    for &d in &s.inserted_window_dims {
        b.factor(input.shape[d], FactorKind::Gathered, &inputs(d).chain(results(d)).collect::<Vec<_>>());
    }
}

/// Whether the scatter's update computation is one commutative, associative op of its two
/// arguments (`add`, `multiply`, `maximum`, `minimum`, `and`, `or`).
fn commutative_combiner(op: &Op) -> bool {
    let Some(block) = op.regions.first().and_then(|r| r.blocks.first()) else { return false };
    let [combine, ret] = block.ops.as_slice() else { return false };
    let ops = ["stablehlo.add", "stablehlo.multiply", "stablehlo.maximum", "stablehlo.minimum", "stablehlo.and", "stablehlo.or"];
    let args_in_any_order = combine.operands.len() == 2 && block.args.len() == 2 && block.args.iter().all(|a| combine.operands.contains(a));
    ops.contains(&combine.name.as_str()) && args_in_any_order && ret.name == "stablehlo.return" && ret.operands == combine.results
}

impl ShardingRule {
    /// Checks the rule against `op`'s operand and result types (see the type's invariants).
    pub fn verify(&self, op: &Op, func: &Func) -> Result<(), String> {
        let mut in_operand = vec![false; self.factors.len()];
        let mut in_result = vec![false; self.factors.len()];
        for (side, maps, values, seen) in [("operand", &self.operands, &op.operands, &mut in_operand), ("result", &self.results, &op.results, &mut in_result)] {
            if maps.len() != values.len() {
                return Err(format!("the rule maps {} {side}(s) but the op has {}", maps.len(), values.len()));
            }
            for (i, (map, v)) in maps.iter().zip(values).enumerate() {
                let Some(Type::Tensor(t)) = func.values.get(v.index()).map(|info| &info.ty) else {
                    return Err(format!("{side} #{i} is not a tensor"));
                };
                if map.len() != t.rank() {
                    return Err(format!("{side} #{i} has rank {} but the rule maps {} dimension(s)", t.rank(), map.len()));
                }
                let mut in_tensor = Vec::new();
                for (d, factors) in map.iter().enumerate() {
                    let mut product = 1i128;
                    for &f in factors {
                        let Some(factor) = self.factors.get(f) else {
                            return Err(format!("{side} #{i} dim {d} names factor #{f}, which does not exist"));
                        };
                        if in_tensor.contains(&f) {
                            return Err(format!("factor {} appears twice in {side} #{i}", factor_name(f)));
                        }
                        in_tensor.push(f);
                        seen[f] = true;
                        product *= factor.size as i128;
                    }
                    if product != t.shape[d] as i128 {
                        let names: Vec<String> = factors.iter().map(|&f| factor_name(f)).collect();
                        return Err(format!("{side} #{i} dim {d} has size {} but its factors [{}] multiply to {product}", t.shape[d], names.join(", ")));
                    }
                }
            }
        }
        for (f, factor) in self.factors.iter().enumerate() {
            let name = factor_name(f);
            if factor.size <= 1 {
                return Err(format!("factor {name} has size {}; size-1 dimensions carry no factors", factor.size));
            }
            let placed = match factor.kind {
                FactorKind::Parallel => in_operand[f] && in_result[f],
                FactorKind::Contracting | FactorKind::Reduced => in_operand[f] && !in_result[f],
                FactorKind::Broadcast => !in_operand[f] && in_result[f],
                FactorKind::Gathered => in_operand[f] || in_result[f],
            };
            if !placed {
                let rule = match factor.kind {
                    FactorKind::Parallel => "must appear in an operand and a result",
                    FactorKind::Contracting | FactorKind::Reduced => "must appear in operands only",
                    FactorKind::Broadcast => "must appear in results only",
                    FactorKind::Gathered => "is not used",
                };
                return Err(format!("{:?} factor {name} {rule}", factor.kind).to_lowercase());
            }
        }
        Ok(())
    }

    /// The rule in Shardy's notation: per tensor its dimensions' factors (`_` for a dimension
    /// with none, compound dimensions as `ij`), the factor sizes, then the non-parallel factors
    /// by kind: `([i, k], [k, j]) -> ([i, j]) {i=4, j=8, k=16} reduction={k}`.
    pub fn to_text(&self) -> String {
        let tensor = |dims: &Vec<Vec<usize>>| -> String {
            let dims: Vec<String> = dims.iter().map(|fs| if fs.is_empty() { "_".to_string() } else { fs.iter().map(|&f| factor_name(f)).collect() }).collect();
            format!("[{}]", dims.join(", "))
        };
        let list = |maps: &[Vec<Vec<usize>>]| maps.iter().map(tensor).collect::<Vec<_>>().join(", ");
        let sizes: Vec<String> = self.factors.iter().enumerate().map(|(f, x)| format!("{}={}", factor_name(f), x.size)).collect();
        let mut text = format!("({}) -> ({}) {{{}}}", list(&self.operands), list(&self.results), sizes.join(", "));
        for kind in [FactorKind::Contracting, FactorKind::Reduced, FactorKind::Broadcast, FactorKind::Gathered] {
            let names: Vec<String> = self.factors.iter().enumerate().filter(|(_, x)| x.kind == kind).map(|(f, _)| factor_name(f)).collect();
            if let (Some(keyword), false) = (kind.keyword(), names.is_empty()) {
                text.push_str(&format!(" {keyword}={{{}}}", names.join(", ")));
            }
        }
        text
    }
}

/// The name of factor `index` in rule text: `i` to `z`, then `z_1`, `z_2`, ... as Shardy names
/// them.
pub fn factor_name(index: usize) -> String {
    const LETTERS: &[u8] = b"ijklmnopqrstuvwxyz";
    match LETTERS.get(index) {
        Some(&c) => (c as char).to_string(),
        None => format!("z_{}", index + 1 - LETTERS.len()),
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{op_under_test, wrap};
    use super::*;

    /// The sharding rule of the op under test in `input` as text, "none" when it has none.
    fn check(input: &str, expected: &str) {
        let module = wrap(input);
        let (func, op) = op_under_test(&module);
        let got = match sharding_rule(op, func) {
            Some(rule) => {
                if let Err(e) = rule.verify(op, func) {
                    panic!("rule {} is invalid: {e}\ninput: {input}", rule.to_text());
                }
                rule.to_text()
            }
            None => "none".to_string(),
        };
        assert_eq!(got, expected, "\ninput: {input}");
    }

    #[test]
    fn elementwise() {
        check("%0 = stablehlo.add %a, %b : tensor<4x8xf32>", "([i, j], [i, j]) -> ([i, j]) {i=4, j=8}");
        check("%0 = stablehlo.add %a, %b : tensor<4x1xf32>", "([i, _], [i, _]) -> ([i, _]) {i=4}");
        check("%0 = stablehlo.add %a, %b : tensor<f32>", "([], []) -> ([]) {}");
        check("%0 = stablehlo.select %p, %a, %b : (tensor<i1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>", "([], [i], [i]) -> ([i]) {i=4}");
        check("%0 = stablehlo.compare LT, %a, %b, FLOAT : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>", "([i], [i]) -> ([i]) {i=4}");
        check("%0 = stablehlo.bitcast_convert %a : (tensor<4xf32>) -> tensor<4x2xi16>", "([i]) -> ([i, j]) {i=4, j=2} gathered={j}");
        check("%0:2 = stablehlo.optimization_barrier %a, %b : tensor<4xf32>, tensor<2x3xi32>", "([i], [j, k]) -> ([i], [j, k]) {i=4, j=2, k=3}");
    }

    #[test]
    fn contractions() {
        check(
            "%0 = stablehlo.dot_general %a, %b, contracting_dims = [1] x [0] : (tensor<4x16xf32>, tensor<16x8xf32>) -> tensor<4x8xf32>",
            "([i, k], [k, j]) -> ([i, j]) {i=4, j=8, k=16} reduction={k}",
        );
        check(
            "%0 = stablehlo.dot_general %a, %b, batching_dims = [0] x [0], contracting_dims = [2] x [1] : (tensor<4x4x16xf32>, tensor<4x16x32xf32>) -> tensor<4x4x32xf32>",
            "([i, j, l], [i, l, k]) -> ([i, j, k]) {i=4, j=4, k=32, l=16} reduction={l}",
        );
        check("%0 = stablehlo.dot %a, %b : (tensor<4x16xf32>, tensor<16xf32>) -> tensor<4xf32>", "([i, j], [j]) -> ([i]) {i=4, j=16} reduction={j}");
        let conv = |groups: &str, types: &str| format!("%0 = stablehlo.convolution(%a, %b) dim_numbers = [b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f], window = {{stride = [1, 1]}} {{{groups}}} : {types}");
        check(
            &conv("batch_group_count = 1 : i64, feature_group_count = 1 : i64", "(tensor<2x8x8x3xf32>, tensor<3x3x3x16xf32>) -> tensor<2x6x6x16xf32>"),
            "([i, l, o, j], [m, p, j, k]) -> ([i, n, q, k]) {i=2, j=3, k=16, l=8, m=3, n=6, o=8, p=3, q=6} reduction={j} gathered={l, m, n, o, p, q}",
        );
        // Depthwise: the group factor i leads the input features and both output feature dims.
        check(
            &conv("batch_group_count = 1 : i64, feature_group_count = 4 : i64", "(tensor<2x8x8x4xf32>, tensor<1x1x1x8xf32>) -> tensor<2x8x8x8xf32>"),
            "([j, l, m, i], [_, _, _, ik]) -> ([j, l, m, ik]) {i=4, j=2, k=2, l=8, m=8}",
        );
        // Backward filter: batch groups pair input batch slices with output feature slices.
        check(
            &conv("batch_group_count = 2 : i64, feature_group_count = 1 : i64", "(tensor<4x8x8x3xf32>, tensor<1x1x3x6xf32>) -> tensor<2x8x8x6xf32>"),
            "([ij, m, n, k], [_, _, k, il]) -> ([j, m, n, il]) {i=2, j=2, k=3, l=3, m=8, n=8} reduction={k}",
        );
    }

    #[test]
    fn data_movement() {
        check("%0 = stablehlo.broadcast_in_dim %a, dims = [0, 2] : (tensor<4x1xf32>) -> tensor<4x3x5xf32>", "([i, _]) -> ([i, j, k]) {i=4, j=3, k=5} broadcast={j, k}");
        check("%0 = stablehlo.iota dim = 0 : tensor<4x8xi32>", "() -> ([i, j]) {i=4, j=8} broadcast={i, j}");
        check("%0 = stablehlo.transpose %a, dims = [1, 0] : (tensor<2x3xf32>) -> tensor<3x2xf32>", "([j, i]) -> ([i, j]) {i=3, j=2}");
        check("%0 = stablehlo.reshape %a : (tensor<6xf32>) -> tensor<2x3xf32>", "([ij]) -> ([i, j]) {i=2, j=3}");
        check("%0 = stablehlo.reshape %a : (tensor<4x6xf32>) -> tensor<8x3xf32>", "([i, jk]) -> ([ij, k]) {i=4, j=2, k=3}");
        check("%0 = stablehlo.reshape %a : (tensor<2x1x8xf32>) -> tensor<16xf32>", "([i, _, j]) -> ([ij]) {i=2, j=8}");
        check("%0 = stablehlo.reshape %a : (tensor<2x3x5xf32>) -> tensor<3x2x5xf32>", "([i, j, m]) -> ([k, l, m]) {i=2, j=3, k=3, l=2, m=5} gathered={i, j, k, l}");
        check("%0 = stablehlo.reverse %a, dims = [0] : tensor<3x4xf32>", "([i, j]) -> ([i, j]) {i=3, j=4} gathered={i}");
        check("%0 = stablehlo.concatenate %a, %b, dim = 1 : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<8x8xf32>", "([i, j], [i, k]) -> ([i, l]) {i=8, j=4, k=4, l=8} gathered={j, k, l}");
        check("%0 = stablehlo.slice %a [0:2, 0:8, 0:16] : (tensor<2x8x48xf32>) -> tensor<2x8x16xf32>", "([i, j, k]) -> ([i, j, l]) {i=2, j=8, k=48, l=16} gathered={k, l}");
        check("%0 = stablehlo.dynamic_slice %a, %i, %j, sizes = [1, 16] : (tensor<4x16xf32>, tensor<i32>, tensor<i32>) -> tensor<1x16xf32>", "([i, j], [], []) -> ([_, j]) {i=4, j=16} gathered={i}");
        check(
            "%0 = stablehlo.dynamic_update_slice %a, %u, %i, %j : (tensor<4x16xf32>, tensor<1x16xf32>, tensor<i32>, tensor<i32>) -> tensor<4x16xf32>",
            "([i, j], [_, j], [], []) -> ([i, j]) {i=4, j=16} gathered={i}",
        );
        check("%0 = stablehlo.pad %a, %v, low = [0, 0], high = [0, 7], interior = [0, 0] : (tensor<2x1xf32>, tensor<f32>) -> tensor<2x8xf32>", "([i, _], []) -> ([i, j]) {i=2, j=8} gathered={j}");
    }

    #[test]
    fn reductions() {
        check("%0 = stablehlo.reduce(%a init: %i) applies stablehlo.add across dimensions = [1] : (tensor<4x8xf32>, tensor<f32>) -> tensor<4xf32>", "([i, j], []) -> ([i]) {i=4, j=8} reduced={j}");
        check(
            "%0:2 = stablehlo.reduce(%a init: %i), (%b init: %j) across dimensions = [1] : (tensor<16x4xf32>, tensor<16x4xi32>, tensor<f32>, tensor<i32>) -> (tensor<16xf32>, tensor<16xi32>)
              reducer(%x: tensor<f32>, %y: tensor<f32>) (%p: tensor<i32>, %q: tensor<i32>) {
               %1 = stablehlo.maximum %x, %y : tensor<f32>
               %2 = stablehlo.minimum %p, %q : tensor<i32>
               stablehlo.return %1, %2 : tensor<f32>, tensor<i32>
              }",
            "([i, j], [i, j], [], []) -> ([i], [i]) {i=16, j=4} reduced={j}",
        );
        check(
            "%0 = \"stablehlo.reduce_window\"(%a, %i) <{window_dimensions = array<i64: 1, 2, 2, 1>, window_strides = array<i64: 1, 2, 2, 1>}> ({
               ^bb0(%x: tensor<f32>, %y: tensor<f32>):
                 %1 = stablehlo.maximum %x, %y : tensor<f32>
                 stablehlo.return %1 : tensor<f32>
             }) : (tensor<2x8x8x3xf32>, tensor<f32>) -> tensor<2x4x4x3xf32>",
            "([i, j, l, n], []) -> ([i, k, m, n]) {i=2, j=8, k=4, l=8, m=4, n=3} gathered={j, k, l, m}",
        );
        check(
            "%0:2 = \"stablehlo.sort\"(%a, %b) <{dimension = 1 : i64, is_stable = true}> ({
               ^bb0(%w: tensor<f32>, %x: tensor<f32>, %y: tensor<i32>, %z: tensor<i32>):
                 %1 = stablehlo.compare LT, %w, %x, TOTALORDER : (tensor<f32>, tensor<f32>) -> tensor<i1>
                 stablehlo.return %1 : tensor<i1>
             }) : (tensor<4x16xf32>, tensor<4x16xi32>) -> (tensor<4x16xf32>, tensor<4x16xi32>)",
            "([i, j], [i, j]) -> ([i, j], [i, j]) {i=4, j=16} gathered={j}",
        );
    }

    #[test]
    fn gather_and_scatter() {
        check(
            "%0 = \"stablehlo.gather\"(%a, %i) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, slice_sizes = array<i64: 1, 4>}> : (tensor<16x4xf32>, tensor<8x1xi32>) -> tensor<8x4xf32>",
            "([k, j], [i, _]) -> ([i, j]) {i=8, j=4, k=16} gathered={k}",
        );
        check(
            "%0 = \"stablehlo.gather\"(%a, %i) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [1], operand_batching_dims = [0], start_indices_batching_dims = [0], start_index_map = [1], index_vector_dim = 2>, slice_sizes = array<i64: 1, 1>}> : (tensor<2x3xf32>, tensor<2x5x1xi32>) -> tensor<2x5xf32>",
            "([i, k], [i, j, _]) -> ([i, j]) {i=2, j=5, k=3} gathered={k}",
        );
        let scatter = |combine: &str| {
            format!(
                "%0 = \"stablehlo.scatter\"(%a, %i, %u) <{{scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>}}> ({{
                 ^bb0(%x: tensor<f32>, %y: tensor<f32>):
                   {combine}
                 }}) : (tensor<16x4xf32>, tensor<8x1xi32>, tensor<8x4xf32>) -> tensor<16x4xf32>"
            )
        };
        check(&scatter("%1 = stablehlo.add %x, %y : tensor<f32>\n stablehlo.return %1 : tensor<f32>"), "([k, j], [i, _], [i, j]) -> ([k, j]) {i=8, j=4, k=16} reduced={i} gathered={k}");
        check(&scatter("stablehlo.return %y : tensor<f32>"), "([k, j], [i, _], [i, j]) -> ([k, j]) {i=8, j=4, k=16} gathered={i, k}");
    }

    #[test]
    fn no_rule() {
        check("%0 = stablehlo.custom_call @foo(%a) : (tensor<4xf32>) -> tensor<2xf32>", "none");
        check(
            "%0 = \"stablehlo.if\"(%p) ({
               stablehlo.return %a : tensor<4xf32>
             }, {
               stablehlo.return %b : tensor<4xf32>
             }) : (tensor<i1>) -> tensor<4xf32>",
            "none",
        );
        // An op that does not verify has no rule.
        check("%0 = stablehlo.add %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<5xf32>", "none");
    }

    #[test]
    fn verify_rejects_inconsistent_rules() {
        let module = wrap("%0 = stablehlo.dot_general %a, %b, contracting_dims = [1] x [0] : (tensor<4x16xf32>, tensor<16x8xf32>) -> tensor<4x8xf32>");
        let (func, op) = op_under_test(&module);
        let good = sharding_rule(op, func).expect("dot_general has a rule");
        let check_broken = |edit: &dyn Fn(&mut ShardingRule), expected: &str| {
            let mut rule = good.clone();
            edit(&mut rule);
            assert_eq!(rule.verify(op, func), Err(expected.to_string()));
        };
        check_broken(&|r| r.factors[2].size = 8, "operand #0 dim 1 has size 16 but its factors [k] multiply to 8");
        check_broken(&|r| r.factors[2].kind = FactorKind::Parallel, "parallel factor k must appear in an operand and a result");
        check_broken(&|r| r.results[0][0].push(2), "result #0 dim 0 has size 4 but its factors [i, k] multiply to 64");
        check_broken(&|r| r.operands[0][1].insert(0, 2), "factor k appears twice in operand #0");
        check_broken(&|r| r.operands.pop().map(drop).unwrap_or(()), "the rule maps 1 operand(s) but the op has 2");
        check_broken(&|r| r.results[0].pop().map(drop).unwrap_or(()), "result #0 has rank 2 but the rule maps 1 dimension(s)");
        check_broken(&|r| r.factors.push(Factor { size: 3, kind: FactorKind::Gathered }), "gathered factor l is not used");
        assert_eq!(good.verify(op, func), Ok(()));
    }

    #[test]
    fn select_and_scatter() {
        check(
            "%0 = \"stablehlo.select_and_scatter\"(%a, %s, %i) <{padding = dense<0> : tensor<4x2xi64>, window_dimensions = array<i64: 1, 2, 2, 1>, window_strides = array<i64: 1, 2, 2, 1>}> ({
             ^bb0(%x: tensor<f32>, %y: tensor<f32>):
               %1 = stablehlo.compare GE, %x, %y, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
               stablehlo.return %1 : tensor<i1>
             }, {
             ^bb0(%x: tensor<f32>, %y: tensor<f32>):
               %1 = stablehlo.add %x, %y : tensor<f32>
               stablehlo.return %1 : tensor<f32>
             }) : (tensor<2x8x8x8xf32>, tensor<2x4x4x8xf32>, tensor<f32>) -> tensor<2x8x8x8xf32>",
            "([i, j, l, n], [i, k, m, n], []) -> ([i, j, l, n]) {i=2, j=8, k=4, l=8, m=4, n=8} gathered={j, k, l, m}",
        );
    }

    /// Every rule quoted in docs/sharding-rules.md is the expected text of a test here.
    #[test]
    fn doc_examples_are_tested() {
        let dir = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"));
        let doc = std::fs::read_to_string(dir.join("../../docs/sharding-rules.md")).expect("docs/sharding-rules.md");
        let source = std::fs::read_to_string(dir.join("src/catalogue/sharding.rs")).expect("sharding.rs");
        let quoted: Vec<&str> = doc.split('`').skip(1).step_by(2).filter(|q| q.starts_with('(') && q.contains(") -> (") && q.contains('=') && !q.contains("...")).collect();
        assert!(quoted.len() >= 20, "only {} rules quoted in the doc", quoted.len());
        for rule in quoted {
            assert!(source.contains(&format!("\"{rule}\"")), "docs/sharding-rules.md quotes `{rule}`, which no test here expects");
        }
    }

    #[test]
    fn factor_names() {
        let names: Vec<String> = [0, 1, 17, 18, 19].into_iter().map(factor_name).collect();
        assert_eq!(names, ["i", "j", "z", "z_1", "z_2"]);
    }
}
