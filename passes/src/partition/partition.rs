//! `alpa-partition`: turns a module annotated by `alpa-auto-shard` into one per-device SPMD
//! program with local shapes and explicit `shard` collectives.
//!
//! - Expects: the entry function annotated as `alpa-auto-shard` writes it: `shard.sharding`
//!   values, `shard.shard %v to %s` after each argument and op result it plans, `shard.shard
//!   ... annotate_for_users` where a use needs another layout, and the module's `shard.grid`.
//! - Guarantees: every tensor has its per-device (local) type; an op whose plan splits a
//!   contracting or reduced factor is followed by `shard.all_reduce` (or `shard.reduce_scatter`
//!   where the plan scatters its result) on those grid axes; every resharding is the sequence
//!   of moves the planner priced (`analysis::reshard::reshard_path`): `shard.all_slice` for a
//!   free slice, `shard.all_to_all`, `shard.all_gather`. The annotations are gone. Arguments
//!   and results carry `alpa.split_axes` (their layout) and `alpa.global_shape`, which
//!   `alpa-run --backend=sim` uses to split inputs and assemble outputs.
//! - Uneven splits: a split that does not divide its dimension gives ceil-sized blocks; the
//!   padding is masked to the op's identity before a contraction or reduction over it, padded
//!   before a whole dimension is sliced and cut after it is gathered whole. Ops whose
//!   attributes carry sizes (`slice`, `dynamic_slice`, `gather`) get the local sizes of their
//!   split dimensions, which the sharding rules only split where the op takes them whole.
//!   A reshape gathers an unevenly split operand dimension whole first.
//!   A resharding whose moves cannot carry an uneven block's padding (a dimension split
//!   unevenly over two axes, an all-to-all across one: the planner chooses neither, a
//!   hand-written plan may) goes by way of the whole tensor.
//! - A dimension made of several factors (a reshape's) and split over several axes splits
//!   its factors major to minor, each completely before the next (16 over a 2x2 grid viewed
//!   as 2x8 is `[[0], [1]]`), as the planner's followers do.
//! - Errors: annotations whose operands of one op disagree (one whole along a dimension
//!   another splits) are refused at the op.
//! - Staged modules (`alpa-parallelize`'s stage calls): each stage is laid out on its own
//!   grid as its stage functions' annotations say (planned here when they carry none) and
//!   partitioned as above, cut into one program per stage and phase, and the entry function
//!   becomes the pipeline driver; see [`super::pipeline`].
//!
//! ```mlir
//! // before: a row-split weight (mesh of 2)
//! %w1 = shard.shard %w to %rows : tensor<8x6xf32>       // [[0]]
//! %x1 = shard.shard %x to %cols : tensor<4x8xf32>       // [[], [0]]
//! %0 = stablehlo.dot_general %x1, %w1, contracting_dims = [1] x [0] : (...) -> tensor<4x6xf32>
//! %1 = shard.shard %0 to %replicated : tensor<4x6xf32>
//! // after
//! %0 = stablehlo.dot_general %x, %w, contracting_dims = [1] x [0] : (tensor<4x4xf32>, tensor<4x6xf32>) -> tensor<4x6xf32>
//! %1 = shard.all_reduce %0 on @mesh grid_axes = [0] : tensor<4x6xf32> -> tensor<4x6xf32>
//! ```

use crate::analysis::comm::CostModel;
use crate::analysis::mesh::LogicalMesh;
use crate::analysis::reshard::{Spec, from_sharding, reshard_path, to_sharding};
use crate::analysis::strategy::{partial_reduction, split_factors};
use crate::pass::Pass;
use crate::rewrite::remap_uses;
use alpa_stablehlo::attr::{Attr, DenseData, Literal};
use alpa_stablehlo::catalogue::sharding::{FactorKind, sharding_rule};
use alpa_stablehlo::ir::{Item, Module, Op, ValueId};
use alpa_stablehlo::shard::{Collective, CollectiveKind, GRID_OP, Grid, SHARD_OP, SHARDING_OP, Sharding};
use alpa_stablehlo::{Diag, ElemType, Func, TensorType, Type};
use std::collections::HashMap;

/// The `alpa-partition` pass.
pub struct Partition;

impl Pass for Partition {
    fn run(&self, module: &mut Module) -> Result<bool, Diag> {
        if super::pipeline::is_staged(module) {
            *module = super::pipeline::partition_stages(module)?;
            return Ok(true);
        }
        let grid = module
            .items
            .iter()
            .find_map(|i| match i {
                Item::Op(op) if op.name == GRID_OP => Some(Grid::from_op(op)),
                _ => None,
            })
            .ok_or_else(|| Diag { kind: alpa_stablehlo::DiagKind::Input, pos: None, message: "alpa-partition: the module has no shard.grid: run alpa-auto-shard first".into(), notes: Vec::new() })?
            .map_err(|e| Diag::bug(None, format!("alpa-partition: {e}")))?;
        let entry = module.entry().map(|f| f.name.clone()).ok_or_else(|| Diag::bug(None, "alpa-partition: no entry function"))?;
        for item in &mut module.items {
            if let Item::Func(func) = item {
                if func.name == entry {
                    *func = partition(func, &grid)?;
                }
            }
        }
        Ok(true)
    }
}

/// The local type of `ty` under `spec` (each split dimension rounded up to whole blocks), or
/// why the split is unsupported.
pub(crate) fn local_type(ty: &Type, spec: &Spec, grid: &Grid) -> Result<Type, String> {
    let Some(t) = ty.as_tensor() else { return Ok(ty.clone()) };
    let mut shape = t.shape.clone();
    for (d, axes) in spec.iter().enumerate() {
        let parts: i64 = axes.iter().map(|&a| grid.shape[a]).product();
        if parts > 1 {
            if shape[d] < parts {
                return Err(format!("dimension {d} of size {} is split over more devices ({parts}) than it has elements", shape[d]));
            }
            // Uneven splits round up: the last blocks are padded (see `mask_padding`).
            shape[d] = (shape[d] + parts - 1) / parts;
        }
    }
    Ok(Type::Tensor(TensorType::new(shape, t.elem)))
}

/// Ops whose attributes carry dimension sizes other than through their types: the sizes of
/// split dimensions become local ones. The sharding rules only let a dimension be split where
/// such an op takes it whole (a full-range slice, a window of 1, no padding), so that is all
/// there is to do: `slice`'s limits and `dynamic_slice`'s and `gather`'s slice sizes. Ops
/// without a rule run replicated and never get here.
fn localize_sizes(op: &mut Op, operand: &Spec, global: &[i64], grid: &Grid) -> Result<(), String> {
    let local = |d: usize| -> i64 {
        let parts: i64 = operand.get(d).map_or(1, |axes| axes.iter().map(|&a| grid.shape[a]).product());
        global[d] / parts
    };
    let split: Vec<usize> = (0..operand.len()).filter(|&d| !operand[d].is_empty()).collect();
    let key = match op.name.as_str() {
        "stablehlo.slice" => "limit_indices",
        "stablehlo.dynamic_slice" | "stablehlo.gather" => "slice_sizes",
        _ => return Ok(()),
    };
    let Some(mut values) = op.int_list(key) else { return Err(format!("'{key}' is missing")) };
    if key == "limit_indices" {
        let starts = op.int_list("start_indices").unwrap_or_default();
        if split.iter().any(|&d| starts.get(d).copied().unwrap_or(0) != 0) {
            return Err("a split dimension is sliced from a non-zero start".into());
        }
    }
    for d in split {
        match values.get(d) {
            Some(&v) if v == global[d] => values[d] = local(d),
            // A gather's batching dimension: one element per batch index, split or not.
            Some(1) if key == "slice_sizes" && op.name == "stablehlo.gather" => {}
            _ => return Err(format!("dimension {d} is split but the op does not take it whole")),
        }
    }
    op.set_attr(key, Attr::dense_i64(values));
    Ok(())
}

fn partition(func: &Func, grid: &Grid) -> Result<Func, Diag> {
    partition_with_layouts(func, grid).map(|(f, _)| f)
}

/// [`partition`], also returning, by its new id, each value of the result that stands for a
/// value of `func` (an argument, an op result, a resharded use): that value, its layout and
/// its global type.
pub(crate) fn partition_with_layouts(func: &Func, grid: &Grid) -> Result<(Func, HashMap<ValueId, (ValueId, Spec, Type)>), Diag> {
    let mesh = LogicalMesh::alpa(grid.shape.iter().map(|&n| n as usize).collect()).map_err(|e| Diag::bug(Some(func.pos), e))?;
    let ops = &func.body.entry().ops;
    // Sharding values, and each value's planned layout (its producer annotation).
    let mut shardings: HashMap<ValueId, Sharding> = HashMap::new();
    let mut planned: HashMap<ValueId, ValueId> = HashMap::new();
    for op in ops {
        if op.name == SHARDING_OP {
            let s = Sharding::from_op(op).map_err(|e| Diag::input(op.pos, format!("'{SHARDING_OP}': {e}")))?;
            shardings.insert(op.results[0], s);
        } else if op.name == SHARD_OP {
            let sharding = shardings.get(&op.operands[1]).ok_or_else(|| Diag::input(op.pos, "'shard.shard' names a sharding no shard.sharding op in this function defines"))?;
            let rank = func.ty(op.operands[0]).as_tensor().map_or(0, TensorType::rank);
            sharding.verify(rank, grid).map_err(|e| Diag::input(op.pos, format!("'shard.shard': {e}")))?;
            if op.attr("annotate_for_users").is_none() {
                planned.insert(op.operands[0], op.operands[1]);
            }
        }
    }
    let rank = |v: ValueId| func.ty(v).as_tensor().map_or(0, TensorType::rank);
    let layout_planned = |v: ValueId| -> Spec {
        match planned.get(&v).and_then(|s| shardings.get(s)) {
            Some(s) => from_sharding(s, rank(v)),
            None => vec![Vec::new(); rank(v)],
        }
    };
    let mut out = func.clone();
    let unsupported = |op: &Op, e: String| Diag::unsupported(op.pos, format!("alpa-partition cannot partition '{}': {e}", op.name));
    // value (old id) -> (new id, layout)
    let mut env: HashMap<ValueId, (ValueId, Spec)> = HashMap::new();
    for (i, arg) in func.args.iter().enumerate() {
        let spec = layout_planned(arg.value);
        let ty = func.ty(arg.value).clone();
        let local = local_type(&ty, &spec, grid).map_err(|e| Diag::unsupported(func.pos, format!("alpa-partition: argument {i}: {e}")))?;
        out.values[arg.value.index()].ty = local;
        if let Some(t) = ty.as_tensor() {
            set_attr(&mut out.args[i].attrs, "alpa.split_axes", to_sharding(&spec, &grid.name).split_axes_attr());
            set_attr(&mut out.args[i].attrs, "alpa.global_shape", Attr::dense_i64(t.shape.clone()));
        }
        env.insert(arg.value, (arg.value, spec));
    }
    let mut body: Vec<Op> = Vec::new();
    for op in ops {
        match op.name.as_str() {
            SHARDING_OP => continue,
            SHARD_OP => {
                let (src_value, src) = env.get(&op.operands[0]).cloned().unwrap_or((op.operands[0], vec![Vec::new(); rank(op.operands[0])]));
                let dst = match shardings.get(&op.operands[1]) {
                    Some(s) => from_sharding(s, rank(op.operands[0])),
                    None => return Err(Diag::input(op.pos, "'shard.shard' names a sharding no shard.sharding op defines")),
                };
                let value = reshard(&mut out, &mut body, grid, &mesh, func.ty(op.operands[0]), src_value, &src, &dst).map_err(|e| unsupported(op, e))?;
                env.insert(op.results[0], (value, dst));
                continue;
            }
            _ => {}
        }
        let mut new_op = op.clone();
        remap_uses(&mut new_op.regions, &|v| env.get(&v).map(|(n, _)| *n));
        let mut operand_layouts: Vec<Spec> = op.operands.iter().map(|v| env.get(v).map_or_else(|| vec![Vec::new(); rank(*v)], |(_, s)| s.clone())).collect();
        for (k, v) in op.operands.iter().enumerate() {
            if let Some((n, _)) = env.get(v) {
                new_op.operands[k] = *n;
            }
        }
        // Reshaping would move an uneven block's padding into the data: such dimensions are
        // gathered whole first (the planner never lays one out so; a hand-written plan may).
        if op.name == "stablehlo.reshape" {
            let uneven: Vec<usize> = uneven_dims(func, op, &operand_layouts, grid).filter(|&(k, _)| k == 0).map(|(_, d)| d).collect();
            if !uneven.is_empty() {
                let mut whole = operand_layouts[0].clone();
                for d in uneven {
                    whole[d].clear();
                }
                new_op.operands[0] = reshard(&mut out, &mut body, grid, &mesh, func.ty(op.operands[0]), new_op.operands[0], &operand_layouts[0], &whole).map_err(|e| unsupported(op, e))?;
                operand_layouts[0] = whole;
            }
        }
        if op.name == "func.return" {
            for (r, v) in op.operands.iter().enumerate() {
                let spec = &operand_layouts[r];
                if let Some(t) = func.ty(*v).as_tensor() {
                    out.results[r].ty = local_type(func.ty(*v), spec, grid).map_err(|e| unsupported(op, e))?;
                    set_attr(&mut out.results[r].attrs, "alpa.split_axes", to_sharding(spec, &grid.name).split_axes_attr());
                    set_attr(&mut out.results[r].attrs, "alpa.global_shape", Attr::dense_i64(t.shape.clone()));
                }
            }
            body.push(new_op);
            continue;
        }
        let any_split = operand_layouts.iter().flatten().any(|a| !a.is_empty()) || op.results.iter().any(|r| layout_planned(*r).iter().any(|a| !a.is_empty()));
        if !any_split {
            body.push(new_op);
            for r in &op.results {
                env.insert(*r, (*r, vec![Vec::new(); rank(*r)]));
            }
            continue;
        }
        if let (Some(first), Some(t)) = (operand_layouts.first(), op.operands.first().and_then(|v| func.ty(*v).as_tensor())) {
            localize_sizes(&mut new_op, first, &t.shape, grid).map_err(|e| unsupported(op, e))?;
        }
        let rule = sharding_rule(op, func).ok_or_else(|| unsupported(op, "it has no sharding rule, so its operands must be replicated".into()))?;
        // Factor axes from the operands' layouts.
        let mut factor_axes: Vec<Vec<usize>> = vec![Vec::new(); rule.factors.len()];
        for (k, dims) in rule.operands.iter().enumerate() {
            for (d, factors) in dims.iter().enumerate() {
                let axes = operand_layouts[k].get(d).cloned().unwrap_or_default();
                if axes.is_empty() {
                    continue;
                }
                // A split multi-factor dimension (a reshape's) splits its factors major to
                // minor, each completely before the next, as the planner's followers do; a
                // split the factors cannot express goes to the major one.
                let Some(&major) = factors.first() else { continue };
                let (split, rest) = split_factors(&axes, factors, &rule, &mesh.shape, &|_| false);
                let split = if rest.is_empty() { split } else { vec![(major, axes.clone())] };
                for (f, axes) in split {
                    if !factor_axes[f].is_empty() && factor_axes[f] != axes {
                        return Err(unsupported(op, format!("operands disagree on the split of factor {f}")));
                    }
                    factor_axes[f] = axes;
                }
            }
        }
        // An operand whole along a factor another operand splits would be computed with the
        // wrong part: the layouts annotated on the operands must agree (a plan's reads of
        // them are resharded to agree, `annotate_for_users`).
        for (k, dims) in rule.operands.iter().enumerate() {
            let Some(t) = func.ty(op.operands[k]).as_tensor() else { continue };
            for (d, factors) in dims.iter().enumerate() {
                let Some(&f) = factors.first() else { continue };
                let axes = operand_layouts[k].get(d).map_or(&[][..], Vec::as_slice);
                if axes.is_empty() && !factor_axes[f].is_empty() && t.shape.get(d).is_some_and(|&n| n > 1) {
                    return Err(Diag::input(
                        op.pos,
                        format!("the layouts of '{}''s operands disagree: operand {k} is whole along dimension {d}, which another operand splits over grid axes {:?}", op.name, factor_axes[f]),
                    ));
                }
            }
        }
        // Padding of an unevenly split dimension must not reach a contraction or reduction
        // over it: mask it to the op's identity (0 for a dot, the init value for a reduce).
        for (k, dims) in rule.operands.iter().enumerate() {
            let Some(t) = func.ty(op.operands[k]).as_tensor() else { continue };
            for (d, factors) in dims.iter().enumerate() {
                let axes = operand_layouts[k].get(d).cloned().unwrap_or_default();
                let parts: i64 = axes.iter().map(|&a| grid.shape[a]).product();
                let reduced = factors.iter().any(|&f| matches!(rule.factors[f].kind, FactorKind::Contracting | FactorKind::Reduced));
                if parts <= 1 || t.shape[d] % parts == 0 || !reduced {
                    continue;
                }
                let fill = match op.name.as_str() {
                    "stablehlo.reduce" => new_op.operands[op.operands.len() / 2 + k],
                    _ => scalar_constant(&mut out, &mut body, t.elem, zero_literal(t.elem)),
                };
                let masked = mask_padding(&mut out, &mut body, grid, &mesh, new_op.operands[k], t, d, &axes, fill).map_err(|e| unsupported(op, e))?;
                new_op.operands[k] = masked;
            }
        }
        let partial: Vec<usize> = {
            let mut p: Vec<usize> =
                rule.factors.iter().zip(&factor_axes).filter(|(f, _)| matches!(f.kind, FactorKind::Contracting | FactorKind::Reduced)).flat_map(|(_, a)| a.iter().copied()).collect();
            p.sort_unstable();
            p
        };
        // Result layouts as the rule derives them (partial axes reduced away).
        let mut result_values = Vec::new();
        for (r, v) in op.results.iter().enumerate() {
            let want = layout_planned(*v);
            let mut have: Spec = rule.results[r]
                .iter()
                .enumerate()
                .map(|(d, factors)| {
                    let mut axes: Vec<usize> = factors.iter().flat_map(|&f| factor_axes[f].clone()).collect();
                    // Broadcast factors (no operand says how they split) take the plan's split.
                    if factors.iter().any(|&f| rule.factors[f].kind == FactorKind::Broadcast) && axes.is_empty() {
                        axes = want.get(d).cloned().unwrap_or_default();
                    }
                    axes
                })
                .collect();
            if have.len() < want.len() {
                have.resize(want.len(), Vec::new());
            }
            let local = local_type(func.ty(*v), &have, grid).map_err(|e| unsupported(op, e))?;
            out.values[v.index()].ty = local;
            result_values.push((*v, have, want));
        }
        // Partial sums of a low-precision contraction are kept in f32 until they are combined,
        // so the result is rounded once, as on one device.
        let widen = !partial.is_empty()
            && matches!(op.name.as_str(), "stablehlo.dot_general" | "stablehlo.convolution")
            && op.results.len() == 1
            && func.ty(op.results[0]).as_tensor().is_some_and(|t| matches!(t.elem, ElemType::BF16 | ElemType::F16));
        if widen {
            let v = op.results[0];
            if let Some(t) = out.ty(v).as_tensor().cloned() {
                out.values[v.index()].ty = Type::Tensor(TensorType::new(t.shape, ElemType::F32));
            }
        }
        body.push(new_op);
        for (v, have, want) in result_values {
            let mut value = v;
            let mut layout = have;
            if !partial.is_empty() && func.ty(v).as_tensor().is_some() {
                let reduction = partial_reduction(op).ok_or_else(|| unsupported(op, "its reducer is not sum, max, min or product".into()))?;
                // Reduce-scatter where the plan splits a dimension over exactly the partial axes.
                let scatter = want.iter().enumerate().find(|(d, axes)| !axes.is_empty() && layout[*d].is_empty() && axes.iter().all(|a| partial.contains(a)) && axes.len() == partial.len());
                let axes16: Vec<i16> = partial.iter().map(|&a| a as i16).collect();
                let kind = match scatter {
                    Some((d, _)) => CollectiveKind::ReduceScatter { reduction, scatter_axis: d as i64 },
                    None => CollectiveKind::AllReduce { reduction },
                };
                let c = Collective::new(&grid.name, axes16, kind);
                let cop = c.build_op(&mut out, value, grid).map_err(|e| unsupported(op, e))?;
                value = cop.results[0];
                body.push(cop);
                if let Some((d, _)) = scatter {
                    layout[d] = partial.clone();
                }
                if widen {
                    let elem = func.ty(v).as_tensor().map_or(ElemType::F32, |t| t.elem);
                    let shape = out.ty(value).as_tensor().map(|t| t.shape.clone()).unwrap_or_default();
                    let narrowed = out.new_value(Type::Tensor(TensorType::new(shape, elem)));
                    let mut convert = Op::new("stablehlo.convert", vec![value], vec![narrowed]);
                    convert.pos = op.pos;
                    convert.loc = op.loc.clone();
                    body.push(convert);
                    value = narrowed;
                }
            }
            if layout != want {
                value = reshard(&mut out, &mut body, grid, &mesh, func.ty(v), value, &layout, &want).map_err(|e| unsupported(op, e))?;
            }
            env.insert(v, (value, want));
        }
    }
    out.body.entry_mut().ops = body;
    let layouts = env.into_iter().map(|(old, (new, spec))| (new, (old, spec, func.ty(old).clone()))).collect();
    Ok((out, layouts))
}

/// Unevenly split dimensions among an op's operands: `(operand, dimension)`.
fn uneven_dims<'a>(func: &'a Func, op: &'a Op, layouts: &'a [Spec], grid: &'a Grid) -> impl Iterator<Item = (usize, usize)> + 'a {
    op.operands.iter().enumerate().flat_map(move |(k, v)| {
        let shape = func.ty(*v).as_tensor().map(|t| t.shape.clone()).unwrap_or_default();
        (0..shape.len()).filter_map(move |d| {
            let parts: i64 = layouts[k].get(d).map_or(1, |axes| axes.iter().map(|&a| grid.shape[a]).product());
            (parts > 1 && shape[d] % parts != 0).then_some((k, d))
        })
    })
}

/// The zero of an element type, as a splat literal.
fn zero_literal(elem: ElemType) -> Literal {
    if elem.is_float() {
        Literal::Float(0.0)
    } else if elem.is_bool() {
        Literal::Bool(false)
    } else {
        Literal::Int(0)
    }
}

/// A new `stablehlo.constant` scalar of `elem` holding `value`.
fn scalar_constant(func: &mut Func, body: &mut Vec<Op>, elem: ElemType, value: Literal) -> ValueId {
    let ty = Type::Tensor(TensorType::scalar(elem));
    let v = func.new_value(ty.clone());
    let mut c = Op::new("stablehlo.constant", vec![], vec![v]);
    c.set_attr("value", Attr::Dense { ty, data: DenseData::Splat(value) });
    body.push(c);
    v
}

/// `value` (the local block of a tensor of global type `t`, dimension `d` split unevenly over
/// `axes`) with its padding along `d` replaced by `fill` (a scalar): each device slices an
/// iota of the padded length like the data, so it knows which of its rows are real.
#[allow(clippy::too_many_arguments)]
fn mask_padding(func: &mut Func, body: &mut Vec<Op>, grid: &Grid, mesh: &LogicalMesh, value: ValueId, t: &TensorType, d: usize, axes: &[usize], fill: ValueId) -> Result<ValueId, String> {
    let parts: i64 = axes.iter().map(|&a| grid.shape[a]).product();
    let n = t.shape[d];
    let block = (n + parts - 1) / parts;
    let padded = block * parts;
    let local = func.ty(value).clone();
    let local_t = local.as_tensor().cloned().ok_or("not a tensor")?;
    let i32_ty = |len: i64| Type::Tensor(TensorType::new(vec![len], ElemType::I32));
    let iota = func.new_value(i32_ty(padded));
    let mut iota_op = Op::new("stablehlo.iota", vec![], vec![iota]);
    iota_op.set_attr("iota_dimension", Attr::i64(0));
    body.push(iota_op);
    let mine = reshard(func, body, grid, mesh, &i32_ty(padded), iota, &vec![Vec::new()], &vec![axes.to_vec()])?;
    let bound = scalar_constant(func, body, ElemType::I32, Literal::Int(n as i128));
    let bounds = func.new_value(i32_ty(block));
    let mut b = Op::new("stablehlo.broadcast_in_dim", vec![bound], vec![bounds]);
    b.set_attr("broadcast_dimensions", Attr::dense_i64(Vec::new()));
    body.push(b);
    let keep1 = func.new_value(Type::Tensor(TensorType::new(vec![block], ElemType::I1)));
    let mut cmp = Op::new("stablehlo.compare", vec![mine, bounds], vec![keep1]);
    cmp.set_attr("comparison_direction", Attr::stablehlo_enum("comparison_direction", "LT"));
    cmp.set_attr("compare_type", Attr::stablehlo_enum("comparison_type", "SIGNED"));
    body.push(cmp);
    let keep = func.new_value(Type::Tensor(TensorType::new(local_t.shape.clone(), ElemType::I1)));
    let mut kb = Op::new("stablehlo.broadcast_in_dim", vec![keep1], vec![keep]);
    kb.set_attr("broadcast_dimensions", Attr::dense_i64(vec![d as i64]));
    body.push(kb);
    let fills = func.new_value(local.clone());
    let mut fb = Op::new("stablehlo.broadcast_in_dim", vec![fill], vec![fills]);
    fb.set_attr("broadcast_dimensions", Attr::dense_i64(Vec::new()));
    body.push(fb);
    let out = func.new_value(local);
    body.push(Op::new("stablehlo.select", vec![keep, value, fills], vec![out]));
    Ok(out)
}

/// Emits the collectives taking `value` (of global type `ty`) from `src` to `dst`: the priced
/// sequence of moves, or, where a move cannot carry an uneven block's padding (a dimension
/// split unevenly over two axes, an all-to-all across one; the planner chooses neither), by
/// way of the whole tensor.
#[allow(clippy::too_many_arguments)]
pub(crate) fn reshard(func: &mut Func, body: &mut Vec<Op>, grid: &Grid, mesh: &LogicalMesh, ty: &Type, value: ValueId, src: &Spec, dst: &Spec) -> Result<ValueId, String> {
    let mut moves = Vec::new();
    match reshard_by_moves(func, &mut moves, grid, mesh, ty, value, src, dst) {
        Ok(v) => {
            body.extend(moves);
            Ok(v)
        }
        Err(e) => match ty.as_tensor() {
            Some(t) => reshard_via_whole(func, body, grid, t, value, src, dst).map_err(|_| e),
            None => Err(e),
        },
    }
}

/// `value` gathered whole along every split dimension (one collective over all of the
/// dimension's axes, the padding sliced off), then split as `dst` says (padded to whole
/// blocks first).
fn reshard_via_whole(func: &mut Func, body: &mut Vec<Op>, grid: &Grid, t: &TensorType, value: ValueId, src: &Spec, dst: &Spec) -> Result<ValueId, String> {
    let axes16 = |axes: &[usize]| axes.iter().map(|&a| a as i16).collect::<Vec<i16>>();
    let mut current = value;
    for (d, axes) in src.iter().enumerate().filter(|(_, a)| !a.is_empty()) {
        let op = Collective::new(&grid.name, axes16(axes), CollectiveKind::AllGather { gather_axis: d as i64 }).build_op(func, current, grid)?;
        current = op.results[0];
        body.push(op);
        if func.ty(current).as_tensor().map_or(0, |l| l.shape[d]) != t.shape[d] {
            current = slice_dim(func, body, current, d, t.shape[d])?;
        }
    }
    for (d, axes) in dst.iter().enumerate().filter(|(_, a)| !a.is_empty()) {
        let parts: i64 = axes.iter().map(|&a| grid.shape[a]).product();
        let padded = (t.shape[d] + parts - 1) / parts * parts;
        if padded != t.shape[d] {
            current = pad_dim(func, body, current, d, padded - t.shape[d])?;
        }
        let op = Collective::new(&grid.name, axes16(axes), CollectiveKind::AllSlice { slice_axis: d as i64 }).build_op(func, current, grid)?;
        current = op.results[0];
        body.push(op);
    }
    Ok(current)
}

/// [`reshard`] by the priced sequence of moves, each one collective per mesh axis.
#[allow(clippy::too_many_arguments)]
fn reshard_by_moves(func: &mut Func, body: &mut Vec<Op>, grid: &Grid, mesh: &LogicalMesh, ty: &Type, value: ValueId, src: &Spec, dst: &Spec) -> Result<ValueId, String> {
    let Some(t) = ty.as_tensor() else { return Ok(value) };
    if src == dst {
        return Ok(value);
    }
    local_type(ty, dst, grid)?;
    // alpa-auto-shard spells its resharding out one move per annotation; anything else (a
    // hand-written annotation) takes the cheapest sequence under the analytic model.
    let path = if single_move(src, dst) { vec![src.clone(), dst.clone()] } else { reshard_path(CostModel::Analytic, mesh, &t.shape, t.elem.byte_size(), src, dst) };
    let mut current = value;
    for pair in path.windows(2) {
        let (a, b) = (&pair[0], &pair[1]);
        let place = |spec: &Spec, axis: usize| spec.iter().position(|axes| axes.contains(&axis));
        let mut steps: Vec<(CollectiveKind, usize)> = Vec::new();
        for axis in 0..grid.rank() {
            match (place(a, axis), place(b, axis)) {
                (None, Some(d)) => steps.push((CollectiveKind::AllSlice { slice_axis: d as i64 }, axis)),
                (Some(d), None) => steps.push((CollectiveKind::AllGather { gather_axis: d as i64 }, axis)),
                (Some(d), Some(e)) if d != e => steps.push((CollectiveKind::AllToAll { split_axis: e as i64, concat_axis: d as i64 }, axis)),
                _ => {}
            }
        }
        if steps.is_empty() {
            return Err(format!("no collective for the resharding step {a:?} -> {b:?}"));
        }
        let parts = |spec: &Spec, d: usize| -> i64 { spec[d].iter().map(|&x| grid.shape[x]).product() };
        let uneven = |d: usize| t.shape[d] % parts(a, d) != 0 || t.shape[d] % parts(b, d) != 0 || t.shape[d] % parts(dst, d) != 0;
        for (kind, axis) in steps {
            match kind {
                // Slicing a whole, unevenly split dimension: pad it to whole blocks of the final
                // split first, so every device's block starts where the layout says.
                CollectiveKind::AllSlice { slice_axis } if uneven(slice_axis as usize) => {
                    let d = slice_axis as usize;
                    let local = func.ty(current).as_tensor().map_or(0, |l| l.shape[d]);
                    if !a[d].is_empty() {
                        // Padded when its first axis split it: whole blocks of the final split.
                        if local % grid.shape[axis] != 0 {
                            return Err(format!("splitting dimension {d} unevenly in two steps is not supported yet"));
                        }
                        let op = Collective::new(&grid.name, vec![axis as i16], kind).build_op(func, current, grid)?;
                        current = op.results[0];
                        body.push(op);
                        continue;
                    }
                    let n = t.shape[d];
                    let final_parts = parts(dst, d).max(parts(b, d));
                    let padded = (n + final_parts - 1) / final_parts * final_parts;
                    current = pad_dim(func, body, current, d, padded - n)?;
                }
                CollectiveKind::AllToAll { split_axis, concat_axis } if uneven(split_axis as usize) || uneven(concat_axis as usize) => {
                    return Err("an all-to-all across an unevenly split dimension is not supported yet".into());
                }
                CollectiveKind::AllGather { gather_axis } if uneven(gather_axis as usize) && !b[gather_axis as usize].is_empty() => {
                    return Err(format!("gathering unevenly split dimension {gather_axis} in two steps is not supported yet"));
                }
                _ => {}
            }
            let gathered = match kind {
                CollectiveKind::AllGather { gather_axis } => Some(gather_axis),
                _ => None,
            };
            let op = Collective::new(&grid.name, vec![axis as i16], kind).build_op(func, current, grid)?;
            current = op.results[0];
            body.push(op);
            // A gathered uneven dimension has its blocks' padding at its end: cut it off.
            if let Some(gather_axis) = gathered {
                let d = gather_axis as usize;
                if uneven(d) && b[d].is_empty() {
                    current = slice_dim(func, body, current, d, t.shape[d])?;
                }
            }
        }
    }
    Ok(current)
}

/// `value` padded with `extra` zeros at the end of dimension `d`.
fn pad_dim(func: &mut Func, body: &mut Vec<Op>, value: ValueId, d: usize, extra: i64) -> Result<ValueId, String> {
    let t = func.ty(value).as_tensor().cloned().ok_or("not a tensor")?;
    let zero = scalar_constant(func, body, t.elem, zero_literal(t.elem));
    let mut shape = t.shape.clone();
    shape[d] += extra;
    let out = func.new_value(Type::Tensor(TensorType::new(shape, t.elem)));
    let mut pad = Op::new("stablehlo.pad", vec![value, zero], vec![out]);
    let rank = t.shape.len();
    let mut high = vec![0; rank];
    high[d] = extra;
    pad.set_attr("edge_padding_low", Attr::dense_i64(vec![0; rank]));
    pad.set_attr("edge_padding_high", Attr::dense_i64(high));
    pad.set_attr("interior_padding", Attr::dense_i64(vec![0; rank]));
    body.push(pad);
    Ok(out)
}

/// The first `len` elements of `value` along dimension `d`.
fn slice_dim(func: &mut Func, body: &mut Vec<Op>, value: ValueId, d: usize, len: i64) -> Result<ValueId, String> {
    let t = func.ty(value).as_tensor().cloned().ok_or("not a tensor")?;
    let mut shape = t.shape.clone();
    shape[d] = len;
    let out = func.new_value(Type::Tensor(TensorType::new(shape.clone(), t.elem)));
    let mut slice = Op::new("stablehlo.slice", vec![value], vec![out]);
    slice.set_attr("start_indices", Attr::dense_i64(vec![0; shape.len()]));
    slice.set_attr("limit_indices", Attr::dense_i64(shape));
    slice.set_attr("strides", Attr::dense_i64(vec![1; t.shape.len()]));
    body.push(slice);
    Ok(out)
}

/// Whether `b` is one move from `a`: slicing one free axis onto the minor end of a dimension,
/// gathering the minor-most axis of one or more dimensions, or moving one minor-most axis to the
/// minor end of another dimension.
fn single_move(a: &Spec, b: &Spec) -> bool {
    let rank = a.len();
    let (mut grown, mut shrunk, mut other) = (Vec::new(), Vec::new(), 0);
    for d in 0..rank {
        let (x, y) = (&a[d], &b[d]);
        if x == y {
            continue;
        }
        if y.len() == x.len() + 1 && y[..x.len()] == x[..] {
            grown.push(y[x.len()]);
        } else if x.len() == y.len() + 1 && x[..y.len()] == y[..] {
            shrunk.push(x[y.len()]);
        } else {
            other += 1;
        }
    }
    let used = |s: &Spec, axis: usize| s.iter().any(|axes| axes.contains(&axis));
    other == 0
        && match (grown.as_slice(), shrunk.as_slice()) {
            ([axis], []) => !used(a, *axis),
            ([], gathered) => !gathered.is_empty(),
            ([to], [from]) => to == from,
            _ => false,
        }
}

pub(crate) fn set_attr(attrs: &mut Vec<(String, Attr)>, key: &str, value: Attr) {
    attrs.retain(|(k, _)| k != key);
    attrs.push((key.to_string(), value));
    attrs.sort_by(|a, b| a.0.cmp(&b.0));
}
