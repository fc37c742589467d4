//! Shape and type rules: per op, its result types from its operand types and attributes, and
//! the signatures its regions must have.
//!
//! One rule per op, looked up by name ([`rule_of`]). A rule checks the operands and attributes
//! and returns the result types. Where the producer chooses the result types (reshape's
//! target shape, iota's type, convert's element type), the rule reads them from
//! [`OpView::given`], checks them, and returns them; asked to infer, it fails with an
//! unsupported diagnostic. The rules follow the StableHLO spec's constraints; where the spec
//! allows more than JAX emits (quantized types, promotable reducer types) they are stricter.

use super::dims::{ConvDims, DotDims, GatherDims, ScatterDims, Window};
use super::view::OpView;
use super::{op_def, OpKind};
use crate::attr::{Attr, DenseData};
use crate::diag::DResult;
use crate::ir::Func;
use crate::types::{ElemType, TensorType, Type};

/// A shape rule: the result types of an op, checked.
type Rule = fn(&OpView) -> DResult<Vec<Type>>;

/// The shape rule of `name`.
pub(super) fn rule_of(name: &str) -> Option<Rule> {
    Some(match name {
        // The structural verifier checks calls and returns against their functions, and the
        // region rules check `stablehlo.return` against its parent.
        "func.call" | "func.return" | "stablehlo.return" => given,
        "stablehlo.custom_call" => custom_call,
        "stablehlo.compare" => compare,
        "stablehlo.select" => select,
        "stablehlo.clamp" => clamp,
        "stablehlo.convert" => convert,
        "stablehlo.is_finite" => is_finite,
        "stablehlo.reduce_precision" => reduce_precision,
        "stablehlo.bitcast_convert" => bitcast_convert,
        "stablehlo.constant" => constant,
        "stablehlo.iota" => iota,
        "stablehlo.broadcast_in_dim" => broadcast_in_dim,
        "stablehlo.reshape" => reshape,
        "stablehlo.transpose" => transpose,
        "stablehlo.reverse" => reverse,
        "stablehlo.concatenate" => concatenate,
        "stablehlo.slice" => slice,
        "stablehlo.dynamic_slice" => dynamic_slice,
        "stablehlo.dynamic_update_slice" => dynamic_update_slice,
        "stablehlo.pad" => pad,
        "stablehlo.gather" => gather,
        "stablehlo.scatter" => scatter,
        "stablehlo.dot" | "stablehlo.dot_general" => dot_general,
        "stablehlo.convolution" => convolution,
        "stablehlo.reduce" => reduce,
        "stablehlo.reduce_window" => reduce_window,
        "stablehlo.select_and_scatter" => select_and_scatter,
        "stablehlo.sort" => sort,
        "stablehlo.while" | "stablehlo.optimization_barrier" | "sdy.sharding_constraint" => same_as_operands,
        "stablehlo.if" => if_,
        "stablehlo.case" => case,
        "stablehlo.tuple" => tuple,
        "stablehlo.get_tuple_element" => get_tuple_element,
        "stablehlo.rng_bit_generator" => rng_bit_generator,
        "shard.grid" => shard_grid,
        "shard.sharding" => shard_sharding,
        "shard.shard" => shard_shard,
        "shard.all_reduce" | "shard.all_gather" | "shard.reduce_scatter" | "shard.all_to_all" | "shard.all_slice" | "shard.shift" | "shard.send" | "shard.recv" => shard_collective,
        "shard.process_multi_index" | "shard.process_linear_index" => shard_process_index,
        "stablehlo.all_reduce" => all_reduce,
        "stablehlo.all_gather" => all_gather,
        "stablehlo.reduce_scatter" => reduce_scatter,
        "stablehlo.all_to_all" => all_to_all,
        "stablehlo.partition_id" => partition_id,
        "alpa.microbatch" => alpa_microbatch,
        "alpa.stage_call" => alpa_stage_call,
        "alpa.transfer" => alpa_transfer,
        "alpa.accumulate" => alpa_accumulate,
        _ => match op_def(name)?.kind {
            OpKind::Elementwise { .. } => elementwise,
            _ => return None,
        },
    })
}

/// Whether `name` has a shape rule.
#[cfg(test)]
pub(super) fn has_rule(name: &str) -> bool {
    rule_of(name).is_some()
}

/// The result types of the op, checked against its rule.
pub(super) fn result_types(v: &OpView) -> DResult<Vec<Type>> {
    match rule_of(&v.op.name) {
        Some(rule) => rule(v),
        None => Err(crate::diag::Diag::unsupported(v.op.pos, format!("unsupported op '{}'", v.op.name))),
    }
}

fn given(v: &OpView) -> DResult<Vec<Type>> {
    v.given().map(<[Type]>::to_vec)
}

/// Checks that `whole` is `part` a whole number of times along dimension `dim` (an attribute
/// in range), the other dimensions and the element type the same: a batch and one of its
/// micro-batches. `what` says which is the result, for the message.
fn batch_of(v: &OpView, part: &TensorType, whole: &TensorType, what: &str) -> DResult<()> {
    let dim = v.int("dim")?;
    let d = usize::try_from(dim).ok().filter(|&d| d < whole.rank()).ok_or_else(|| v.err(format!("dim = {dim} is out of range for rank {}", whole.rank())))?;
    let fits = part.rank() == whole.rank() && part.elem == whole.elem && part.shape[d] > 0 && whole.shape[d] % part.shape[d] == 0;
    if !fits || (0..whole.rank()).any(|k| k != d && part.shape[k] != whole.shape[k]) {
        return Err(v.err(format!("{what} along dimension {d}: {} and {}", Type::Tensor(whole.clone()), Type::Tensor(part.clone()))));
    }
    Ok(())
}

/// One micro-batch of a data argument: dimension `dim` divided, the others kept.
fn alpa_microbatch(v: &OpView) -> DResult<Vec<Type>> {
    v.arity(1)?;
    let result = v.given_tensor()?;
    batch_of(v, result, v.tensor(0)?, "the result is not a micro-batch of the operand")?;
    Ok(vec![Type::Tensor(result.clone())])
}

/// A stage program run on its grid: global operands and results (the callee's are local, per
/// device), so the types are the producer's; the callee must be named.
fn alpa_stage_call(v: &OpView) -> DResult<Vec<Type>> {
    match v.attr("callee")? {
        Attr::Symbol(_) => given(v),
        _ => Err(v.err("'callee' must be a symbol (@name)")),
    }
}

/// A value moved between stage grids: the same global value, laid out as `split_axes` says
/// on grid `to`.
fn alpa_transfer(v: &OpView) -> DResult<Vec<Type>> {
    v.arity(1)?;
    for key in ["from", "to"] {
        if !matches!(v.attr(key)?, Attr::Symbol(_)) {
            return Err(v.err(format!("'{key}' must be a grid symbol (@name)")));
        }
    }
    v.attr("split_axes")?;
    Ok(vec![v.operands[0].clone()])
}

/// A per-micro-batch value combined over the micro-batches: `sum` and `last` keep its type,
/// `concat` multiplies dimension `dim`.
fn alpa_accumulate(v: &OpView) -> DResult<Vec<Type>> {
    v.arity(1)?;
    match v.attr("kind")?.as_str() {
        Some("sum" | "last") => Ok(vec![v.operands[0].clone()]),
        Some("concat") => {
            let result = v.given_tensor()?;
            batch_of(v, v.tensor(0)?, result, "the result does not join micro-batches of the operand")?;
            Ok(vec![Type::Tensor(result.clone())])
        }
        _ => Err(v.err("'kind' must be \"sum\", \"last\" or \"concat\"")),
    }
}

/// A top-level grid declaration: no results, a well-formed grid.
fn shard_grid(v: &OpView) -> DResult<Vec<Type>> {
    v.arity(0)?;
    crate::shard::Grid::from_op(v.op).map_err(|e| v.err(e))?;
    Ok(Vec::new())
}

/// A `!shard.sharding` value from attributes alone (the grid is looked up by later passes).
fn shard_sharding(v: &OpView) -> DResult<Vec<Type>> {
    v.arity(0)?;
    for key in ["static_halo_sizes", "static_sharded_dims_offsets"] {
        if v.op.int_list(key).is_some_and(|l| !l.is_empty()) {
            return Err(crate::diag::Diag::unsupported(v.op.pos, format!("'shard.sharding' with '{key}' is not supported")));
        }
    }
    crate::shard::Sharding::from_op(v.op).map_err(|e| v.err(e))?;
    Ok(vec![crate::shard::sharding_type()])
}

/// The tensor operand, annotated with the sharding operand.
fn shard_shard(v: &OpView) -> DResult<Vec<Type>> {
    v.arity(2)?;
    v.tensor(0)?;
    if v.operands[1] != crate::shard::sharding_type() {
        return Err(v.err(format!("operand #1 has type {}, expected {}", v.operands[1], crate::shard::SHARDING_TYPE)));
    }
    Ok(vec![v.operands[0].clone()])
}

/// A collective on one tensor. Its result shape depends on the grid, which the module verifier
/// checks ([`crate::shard::verify_against_grid`]); here, what the types alone decide. Only the
/// collectives that keep the operand's type can infer their result.
fn shard_collective(v: &OpView) -> DResult<Vec<Type>> {
    use crate::shard::CollectiveKind::*;
    v.arity(1)?;
    let operand = v.tensor(0)?;
    let collective = crate::shard::Collective::from_op(v.op).map_err(|e| v.err(e))?;
    let result = match (&collective.kind, v.given) {
        (AllReduce { .. } | Shift { .. } | Send { .. } | Recv { .. }, None) => operand,
        _ => v.given_tensor()?,
    };
    collective.verify_types(operand, result).map_err(|e| v.err(e))?;
    Ok(vec![Type::Tensor(result.clone())])
}

/// `index` results, one per listed axis (per grid axis, which the module verifier counts,
/// when none are listed).
fn shard_process_index(v: &OpView) -> DResult<Vec<Type>> {
    v.arity(0)?;
    let index = crate::shard::ProcessIndex::from_op(v.op).map_err(|e| v.err(e))?;
    let count = match &index {
        crate::shard::ProcessIndex::Multi { axes, .. } if axes.is_empty() => v.given()?.len(),
        crate::shard::ProcessIndex::Multi { axes, .. } => axes.len(),
        crate::shard::ProcessIndex::Linear { .. } => 1,
    };
    Ok(vec![crate::shard::index_type(); count])
}

/// The process groups of a StableHLO collective: `replica_groups`, a rank-2 `i64` dense
/// attribute with one row per group, and the optional `channel_handle` and
/// `use_global_device_ids`. Returns the group size (the number of columns).
fn replica_groups(v: &OpView) -> DResult<i64> {
    let (data, groups) = match v.attr("replica_groups")? {
        a @ Attr::Dense { ty: Type::Tensor(t), .. } if t.rank() == 2 && t.elem == ElemType::I64 => (a, t),
        _ => return Err(v.err("attribute 'replica_groups' must be a rank-2 dense<...> : tensor<NxMxi64>")),
    };
    let ids = data.as_int_list().ok_or_else(|| v.err("attribute 'replica_groups' must hold integers"))?;
    let mut seen = std::collections::HashSet::new();
    // XLA pads ragged groups with -1; every other id is a device and appears once.
    if let Some(id) = ids.iter().find(|&&id| id < -1 || (id >= 0 && !seen.insert(id))) {
        return Err(v.err(format!("replica_groups lists device {id} more than once or is negative")));
    }
    match v.op.attr("channel_handle") {
        None => {}
        Some(Attr::Struct { name, fields }) if name == "stablehlo.channel_handle" && fields.iter().all(|(k, a)| (k == "handle" || k == "type") && a.as_int().is_some()) => {}
        Some(_) => return Err(v.err("attribute 'channel_handle' must be a #stablehlo.channel_handle<handle = N, type = N> attribute")),
    }
    if v.op.attr("use_global_device_ids").is_some_and(|a| *a != Attr::Unit) {
        return Err(v.err("attribute 'use_global_device_ids' must be a unit attribute"));
    }
    if groups.shape[1] < 1 {
        return Err(v.err("replica_groups must not be empty"));
    }
    Ok(groups.shape[1])
}

/// Tensor dimension attribute `key` of `operand`, in range.
fn tensor_dim(v: &OpView, key: &str, operand: &TensorType) -> DResult<usize> {
    let d = v.int(key)?;
    usize::try_from(d).ok().filter(|&d| d < operand.rank()).ok_or_else(|| v.err(format!("{key} {d} is out of range for rank {}", operand.rank())))
}

/// Divides dimension `d` of `shape` by the group size `n`, which must divide it.
fn split_dim(v: &OpView, shape: &mut [i64], d: usize, n: i64) -> DResult<()> {
    if shape[d] % n != 0 {
        return Err(v.err(format!("dimension {d} of size {} is not divisible by the group size {n}", shape[d])));
    }
    shape[d] /= n;
    Ok(())
}

/// Every member gets the group's reduction: each result has its operand's type.
fn all_reduce(v: &OpView) -> DResult<Vec<Type>> {
    v.min_arity(1)?;
    replica_groups(v)?;
    let first = v.tensor(0)?;
    for (i, t) in v.tensors(0..v.operands.len())?.into_iter().enumerate() {
        if t.elem != first.elem {
            return Err(v.err(format!("operand #{i} {t} has another element type than operand #0 {first}")));
        }
    }
    Ok(v.operands.to_vec())
}

/// Every member gets the group's tensors concatenated along `all_gather_dim`.
fn all_gather(v: &OpView) -> DResult<Vec<Type>> {
    v.min_arity(1)?;
    let n = replica_groups(v)?;
    v.tensors(0..v.operands.len())?
        .into_iter()
        .map(|t| {
            let d = tensor_dim(v, "all_gather_dim", t)?;
            let mut shape = t.shape.clone();
            shape[d] = shape[d].checked_mul(n).ok_or_else(|| v.err("the gathered dimension overflows"))?;
            Ok(tensor(shape, t.elem))
        })
        .collect()
}

/// The group's reduction, split along `scatter_dimension`.
fn reduce_scatter(v: &OpView) -> DResult<Vec<Type>> {
    v.arity(1)?;
    let n = replica_groups(v)?;
    let t = v.tensor(0)?;
    let d = tensor_dim(v, "scatter_dimension", t)?;
    let mut shape = t.shape.clone();
    split_dim(v, &mut shape, d, n)?;
    Ok(vec![tensor(shape, t.elem)])
}

/// Split along `split_dimension` into `split_count` parts, one per member, and concatenate
/// what arrives along `concat_dimension`.
fn all_to_all(v: &OpView) -> DResult<Vec<Type>> {
    v.min_arity(1)?;
    let n = replica_groups(v)?;
    let count = v.int("split_count")?;
    if count != n {
        return Err(v.err(format!("split_count {count} differs from the group size {n} of replica_groups")));
    }
    v.tensors(0..v.operands.len())?
        .into_iter()
        .map(|t| {
            let (s, c) = (tensor_dim(v, "split_dimension", t)?, tensor_dim(v, "concat_dimension", t)?);
            let mut shape = t.shape.clone();
            split_dim(v, &mut shape, s, n)?;
            shape[c] = shape[c].checked_mul(n).ok_or_else(|| v.err("the concatenated dimension overflows"))?;
            Ok(tensor(shape, t.elem))
        })
        .collect()
}

/// The running device's partition id, a `tensor<ui32>`.
fn partition_id(v: &OpView) -> DResult<Vec<Type>> {
    v.arity(0)?;
    Ok(vec![tensor(vec![], ElemType::U32)])
}

fn same_as_operands(v: &OpView) -> DResult<Vec<Type>> {
    Ok(v.operands.to_vec())
}

fn tuple(v: &OpView) -> DResult<Vec<Type>> {
    Ok(vec![Type::Tuple(v.operands.to_vec())])
}

fn tensor(shape: Vec<i64>, elem: ElemType) -> Type {
    Type::tensor(shape, elem)
}

/// Product of the dimension sizes; `None` on overflow.
fn element_count(shape: &[i64]) -> Option<i64> {
    shape.iter().try_fold(1i64, |n, &d| n.checked_mul(d))
}

fn elementwise(v: &OpView) -> DResult<Vec<Type>> {
    let Some(&super::OpDef { kind: OpKind::Elementwise { arity, domain, .. }, .. }) = op_def(&v.op.name) else {
        return Err(v.err("is not elementwise"));
    };
    v.arity(arity)?;
    let first = same_types(v, 0..arity)?;
    if !domain.accepts(first.elem) {
        return Err(v.err(format!("expects {}, got {first}", domain.describe())));
    }
    Ok(vec![Type::Tensor(first.clone())])
}

/// Operands `range` all have the type of the first; returns it.
fn same_types<'a>(v: &OpView<'a>, range: std::ops::Range<usize>) -> DResult<&'a TensorType> {
    let first = v.tensor(range.start)?;
    for i in range.start + 1..range.end {
        let t = v.tensor(i)?;
        if t != first {
            return Err(v.err(format!("operand #{i} has type {t} but operand #{} has type {first}", range.start)));
        }
    }
    Ok(first)
}

fn compare(v: &OpView) -> DResult<Vec<Type>> {
    v.arity(2)?;
    let t = same_types(v, 0..2)?;
    let dir = v.enum_case("comparison_direction")?.ok_or_else(|| v.err("needs attribute 'comparison_direction'"))?;
    if !["EQ", "NE", "GE", "GT", "LE", "LT"].contains(&dir) {
        return Err(v.err(format!("has an unknown comparison_direction '{dir}'")));
    }
    if let Some(ty) = v.enum_case("compare_type")? {
        if !["NOTYPE", "FLOAT", "TOTALORDER", "SIGNED", "UNSIGNED"].contains(&ty) {
            return Err(v.err(format!("has an unknown compare_type '{ty}'")));
        }
    }
    Ok(vec![tensor(t.shape.clone(), ElemType::I1)])
}

fn select(v: &OpView) -> DResult<Vec<Type>> {
    v.arity(3)?;
    let pred = v.tensor(0)?;
    let value = same_types(v, 1..3)?;
    if pred.elem != ElemType::I1 {
        return Err(v.err(format!("predicate must have element type i1, got {pred}")));
    }
    if pred.rank() != 0 && pred.shape != value.shape {
        return Err(v.err(format!("predicate {pred} must be a scalar or have the shape of {value}")));
    }
    Ok(vec![Type::Tensor(value.clone())])
}

fn clamp(v: &OpView) -> DResult<Vec<Type>> {
    v.arity(3)?;
    let operand = v.tensor(1)?;
    for (i, name) in [(0, "min"), (2, "max")] {
        let bound = v.tensor(i)?;
        let fits = bound.elem == operand.elem && (bound.rank() == 0 || bound.shape == operand.shape);
        if !fits {
            return Err(v.err(format!("{name} {bound} must be a scalar or have the type of the operand {operand}")));
        }
    }
    Ok(vec![Type::Tensor(operand.clone())])
}

fn convert(v: &OpView) -> DResult<Vec<Type>> {
    v.arity(1)?;
    let (operand, result) = (v.tensor(0)?, v.given_tensor()?);
    if operand.shape != result.shape {
        return Err(v.err(format!("result shape {result} differs from the operand shape {operand}")));
    }
    Ok(vec![Type::Tensor(result.clone())])
}

fn is_finite(v: &OpView) -> DResult<Vec<Type>> {
    v.arity(1)?;
    let operand = v.tensor(0)?;
    if !operand.elem.is_float() {
        return Err(v.err(format!("expects a floating-point element type, got {operand}")));
    }
    Ok(vec![tensor(operand.shape.clone(), ElemType::I1)])
}

fn reduce_precision(v: &OpView) -> DResult<Vec<Type>> {
    let result = elementwise(v)?;
    let exponent = v.int("exponent_bits")?;
    if exponent < 1 {
        return Err(v.err(format!("exponent_bits must be at least 1, got {exponent}")));
    }
    let mantissa = v.int("mantissa_bits")?;
    if mantissa < 0 {
        return Err(v.err(format!("mantissa_bits must not be negative, got {mantissa}")));
    }
    Ok(result)
}

fn bitcast_convert(v: &OpView) -> DResult<Vec<Type>> {
    v.arity(1)?;
    let (operand, result) = (v.tensor(0)?, v.given_tensor()?);
    let (from, to) = (operand.elem.bit_width(), result.elem.bit_width());
    let fail = |why: String| Err(v.err(format!("cannot convert {operand} to {result}: {why}")));
    if from == to {
        if operand.shape != result.shape {
            return fail("the shapes differ".into());
        }
    } else if from > to {
        let ratio = i64::from(from / to);
        if from % to != 0 || result.shape != [&operand.shape[..], &[ratio]].concat() {
            return fail(format!("the result needs the operand's shape and a trailing dimension of {ratio}"));
        }
    } else {
        let ratio = i64::from(to / from);
        if to % from != 0 || operand.shape.last() != Some(&ratio) || result.shape != operand.shape[..operand.rank() - 1] {
            return fail(format!("the operand needs a trailing dimension of {ratio} that the result drops"));
        }
    }
    Ok(vec![Type::Tensor(result.clone())])
}

fn constant(v: &OpView) -> DResult<Vec<Type>> {
    v.arity(0)?;
    let Attr::Dense { data, ty } = v.attr("value")? else {
        return Err(v.err("attribute 'value' must be a dense elements literal"));
    };
    if let (DenseData::Elements(items), Some(t)) = (data, ty.as_tensor()) {
        let want = element_count(&t.shape);
        if items.len() > 1 && want != Some(items.len() as i64) {
            return Err(v.err(format!("value has {} elements but its type {t} holds {}", items.len(), want.map_or("too many".into(), |n| n.to_string()))));
        }
    }
    Ok(vec![ty.clone()])
}

fn iota(v: &OpView) -> DResult<Vec<Type>> {
    v.arity(0)?;
    let result = v.given_tensor()?;
    let d = v.int("iota_dimension")?;
    v.dims("iota_dimension", &[d], result.rank())?;
    Ok(vec![Type::Tensor(result.clone())])
}

fn broadcast_in_dim(v: &OpView) -> DResult<Vec<Type>> {
    v.arity(1)?;
    let (operand, result) = (v.tensor(0)?, v.given_tensor()?);
    same_elem(v, operand, result)?;
    let dims = v.ints("broadcast_dimensions")?;
    if dims.len() != operand.rank() {
        return Err(v.err(format!("has {} broadcast dimension(s) for an operand of rank {}", dims.len(), operand.rank())));
    }
    let dims = v.dims("broadcast dimension", &dims, result.rank())?;
    for (i, &r) in dims.iter().enumerate() {
        let (from, to) = (operand.shape[i], result.shape[r]);
        if from != 1 && from != to {
            return Err(v.err(format!("operand dimension {i} has size {from} but result dimension {r} has size {to} (it must be 1 or equal)")));
        }
    }
    Ok(vec![Type::Tensor(result.clone())])
}

fn same_elem(v: &OpView, operand: &TensorType, result: &TensorType) -> DResult<()> {
    if operand.elem != result.elem {
        return Err(v.err(format!("result element type {} differs from the operand's {}", result.elem, operand.elem)));
    }
    Ok(())
}

fn reshape(v: &OpView) -> DResult<Vec<Type>> {
    v.arity(1)?;
    let (operand, result) = (v.tensor(0)?, v.given_tensor()?);
    same_elem(v, operand, result)?;
    let (from, to) = (element_count(&operand.shape), element_count(&result.shape));
    if from.is_none() || from != to {
        let show = |n: Option<i64>| n.map_or("too many".to_string(), |n| n.to_string());
        return Err(v.err(format!("cannot reshape {} elements ({operand}) into {} ({result})", show(from), show(to))));
    }
    Ok(vec![Type::Tensor(result.clone())])
}

fn transpose(v: &OpView) -> DResult<Vec<Type>> {
    v.arity(1)?;
    let operand = v.tensor(0)?;
    let perm = v.ints("permutation")?;
    let dims = v.dims("permutation entry", &perm, operand.rank())?;
    if dims.len() != operand.rank() {
        return Err(v.err(format!("permutation {perm:?} is not a permutation of the {} operand dimensions", operand.rank())));
    }
    Ok(vec![tensor(dims.iter().map(|&d| operand.shape[d]).collect(), operand.elem)])
}

fn reverse(v: &OpView) -> DResult<Vec<Type>> {
    v.arity(1)?;
    let operand = v.tensor(0)?;
    v.dims("dimension", &v.ints("dimensions")?, operand.rank())?;
    Ok(vec![Type::Tensor(operand.clone())])
}

fn concatenate(v: &OpView) -> DResult<Vec<Type>> {
    v.min_arity(1)?;
    let first = v.tensor(0)?;
    let d = v.dims("dimension", &[v.int("dimension")?], first.rank())?[0];
    let mut size = first.shape[d];
    for i in 1..v.operands.len() {
        let t = v.tensor(i)?;
        let agrees = t.elem == first.elem && t.rank() == first.rank() && (0..t.rank()).all(|k| k == d || t.shape[k] == first.shape[k]);
        if !agrees {
            return Err(v.err(format!("operand #{i} has type {t}, which differs from operand #0 {first} outside dimension {d}")));
        }
        size = size.checked_add(t.shape[d]).ok_or_else(|| v.err("result size overflows"))?;
    }
    let mut shape = first.shape.clone();
    shape[d] = size;
    Ok(vec![tensor(shape, first.elem)])
}

/// A per-dimension list attribute with one entry per operand dimension.
fn per_dim(v: &OpView, name: &str, value: Vec<i64>, rank: usize) -> DResult<Vec<i64>> {
    if value.len() != rank {
        return Err(v.err(format!("{name} has {} entries for rank {rank}", value.len())));
    }
    Ok(value)
}

fn slice(v: &OpView) -> DResult<Vec<Type>> {
    v.arity(1)?;
    let operand = v.tensor(0)?;
    let rank = operand.rank();
    let start = per_dim(v, "start_indices", v.ints("start_indices")?, rank)?;
    let limit = per_dim(v, "limit_indices", v.ints("limit_indices")?, rank)?;
    let strides = per_dim(v, "strides", v.ints_or("strides", vec![1; rank])?, rank)?;
    let mut shape = Vec::with_capacity(rank);
    for d in 0..rank {
        let (s, l, k, n) = (start[d], limit[d], strides[d], operand.shape[d]);
        if s < 0 || s > n {
            return Err(v.err(format!("dimension {d}: start {s} is outside 0..={n}")));
        }
        if l < s || l > n {
            return Err(v.err(format!("dimension {d}: limit {l} is outside {s}..={n}")));
        }
        if k <= 0 {
            return Err(v.err(format!("dimension {d}: stride {k} must be positive")));
        }
        // In i128: a huge stride must not overflow the rounding up.
        shape.push((((l - s) as i128 + k as i128 - 1) / k as i128) as i64);
    }
    Ok(vec![tensor(shape, operand.elem)])
}

/// Checks that operands `from..` are `count` integer scalars (dynamic slice start indices).
fn start_indices(v: &OpView, from: usize, count: usize) -> DResult<()> {
    let got = v.operands.len().saturating_sub(from);
    if got != count {
        return Err(v.err(format!("takes 1 start index per operand dimension ({count}), got {got}")));
    }
    for i in 0..count {
        let t = v.tensor(from + i)?;
        if t.rank() != 0 || !t.elem.is_integer() || t.elem.is_bool() {
            return Err(v.err(format!("start index #{i} must be an integer scalar, got {t}")));
        }
    }
    Ok(())
}

fn dynamic_slice(v: &OpView) -> DResult<Vec<Type>> {
    v.min_arity(1)?;
    let operand = v.tensor(0)?;
    start_indices(v, 1, operand.rank())?;
    let sizes = per_dim(v, "slice_sizes", v.ints("slice_sizes")?, operand.rank())?;
    for (d, (&size, &n)) in sizes.iter().zip(&operand.shape).enumerate() {
        if size < 0 || size > n {
            return Err(v.err(format!("slice size {size} of dimension {d} is outside 0..={n}")));
        }
    }
    Ok(vec![tensor(sizes, operand.elem)])
}

fn dynamic_update_slice(v: &OpView) -> DResult<Vec<Type>> {
    v.min_arity(2)?;
    let (operand, update) = (v.tensor(0)?, v.tensor(1)?);
    let fits = update.elem == operand.elem && update.rank() == operand.rank() && update.shape.iter().zip(&operand.shape).all(|(u, o)| u <= o);
    if !fits {
        return Err(v.err(format!("update {update} does not fit in the operand {operand}")));
    }
    start_indices(v, 2, operand.rank())?;
    Ok(vec![Type::Tensor(operand.clone())])
}

fn pad(v: &OpView) -> DResult<Vec<Type>> {
    v.arity(2)?;
    let (operand, value) = (v.tensor(0)?, v.tensor(1)?);
    if value.rank() != 0 || value.elem != operand.elem {
        return Err(v.err(format!("padding value must be a scalar tensor<{}>, got {value}", operand.elem)));
    }
    let rank = operand.rank();
    let low = per_dim(v, "edge_padding_low", v.ints("edge_padding_low")?, rank)?;
    let high = per_dim(v, "edge_padding_high", v.ints("edge_padding_high")?, rank)?;
    let interior = per_dim(v, "interior_padding", v.ints("interior_padding")?, rank)?;
    if interior.iter().any(|&i| i < 0) {
        return Err(v.err(format!("interior padding must not be negative, got {interior:?}")));
    }
    let mut shape = Vec::with_capacity(rank);
    for d in 0..rank {
        let n = operand.shape[d] as i128;
        let size = low[d] as i128 + high[d] as i128 + n + (n - 1).max(0) * interior[d] as i128;
        if size < 0 {
            return Err(v.err(format!("padding makes dimension {d} negative ({size})")));
        }
        shape.push(i64::try_from(size).map_err(|_| v.err(format!("padding makes dimension {d} too large")))?);
    }
    Ok(vec![tensor(shape, operand.elem)])
}

fn gather(v: &OpView) -> DResult<Vec<Type>> {
    let dims = GatherDims::read(v)?;
    let (operand, indices) = (v.tensor(0)?, v.tensor(1)?);
    Ok(vec![tensor(dims.result_shape(&operand.shape, &indices.shape), operand.elem)])
}

fn scatter(v: &OpView) -> DResult<Vec<Type>> {
    let dims = ScatterDims::read(v)?;
    Ok(v.operands[..dims.num_inputs].to_vec())
}

/// `precision_config`, if present, names one precision per operand.
fn precision(v: &OpView) -> DResult<()> {
    match v.op.attr("precision_config") {
        None => Ok(()),
        Some(Attr::Array(items)) if items.is_empty() || items.len() == 2 => {
            for item in items {
                match item.as_enum() {
                    Some("DEFAULT" | "HIGH" | "HIGHEST") => {}
                    _ => return Err(v.err("precision_config entries must be DEFAULT, HIGH or HIGHEST")),
                }
            }
            Ok(())
        }
        Some(_) => Err(v.err("precision_config must list one precision per operand")),
    }
}

/// Dot and convolution results take their element type from the producer when verifying
/// (JAX's `preferred_element_type` accumulates bf16 products in f32), from the lhs otherwise.
fn contraction_elem(v: &OpView, lhs: &TensorType) -> ElemType {
    v.given_elem(0).unwrap_or(lhs.elem)
}

fn dot_general(v: &OpView) -> DResult<Vec<Type>> {
    let dims = DotDims::read(v)?;
    precision(v)?;
    let (lhs, rhs) = (v.tensor(0)?, v.tensor(1)?);
    Ok(vec![tensor(dims.result_shape(&lhs.shape, &rhs.shape), contraction_elem(v, lhs))])
}

fn convolution(v: &OpView) -> DResult<Vec<Type>> {
    let dims = ConvDims::read(v)?;
    precision(v)?;
    let (lhs, rhs) = (v.tensor(0)?, v.tensor(1)?);
    let shape = dims.result_shape(&lhs.shape, &rhs.shape).ok_or_else(|| v.err("window arithmetic overflows"))?;
    Ok(vec![tensor(shape, contraction_elem(v, lhs))])
}

/// The N inputs and N init values of reduce and reduce_window: inputs of one shape, inits
/// scalars of the inputs' element types.
fn inputs_and_inits<'a>(v: &OpView<'a>) -> DResult<(Vec<&'a TensorType>, Vec<&'a TensorType>)> {
    let count = v.operands.len();
    if count < 2 || count % 2 == 1 {
        return Err(v.err(format!("takes N inputs and N init values, got {count} operand(s)")));
    }
    let n = count / 2;
    let (inputs, inits) = (v.tensors(0..n)?, v.tensors(n..count)?);
    for (i, t) in inputs.iter().enumerate().skip(1) {
        if t.shape != inputs[0].shape {
            return Err(v.err(format!("input #{i} {t} has a different shape from input #0 {}", inputs[0])));
        }
    }
    for (i, (init, input)) in inits.iter().zip(&inputs).enumerate() {
        if init.rank() != 0 || init.elem != input.elem {
            return Err(v.err(format!("init value #{i} must be a scalar tensor<{}>, got {init}", input.elem)));
        }
    }
    Ok((inputs, inits))
}

fn reduce(v: &OpView) -> DResult<Vec<Type>> {
    let (inputs, inits) = inputs_and_inits(v)?;
    let dims = v.dims("dimension", &v.ints("dimensions")?, inputs[0].rank())?;
    let kept: Vec<i64> = (0..inputs[0].rank()).filter(|d| !dims.contains(d)).map(|d| inputs[0].shape[d]).collect();
    Ok(inits.iter().map(|init| tensor(kept.clone(), init.elem)).collect())
}

fn reduce_window(v: &OpView) -> DResult<Vec<Type>> {
    let (inputs, inits) = inputs_and_inits(v)?;
    let window = Window::read(v, inputs[0].rank())?;
    let shape = window.output_shape(v, &inputs[0].shape)?;
    Ok(inits.iter().map(|init| tensor(shape.clone(), init.elem)).collect())
}

fn select_and_scatter(v: &OpView) -> DResult<Vec<Type>> {
    v.arity(3)?;
    let (operand, source, init) = (v.tensor(0)?, v.tensor(1)?, v.tensor(2)?);
    if init.rank() != 0 || init.elem != operand.elem {
        return Err(v.err(format!("init value must be a scalar tensor<{}>, got {init}", operand.elem)));
    }
    let window = Window::read(v, operand.rank())?;
    let windows = TensorType::new(window.output_shape(v, &operand.shape)?, operand.elem);
    if *source != windows {
        return Err(v.err(format!("source has type {source} but the windows of the operand give {windows}")));
    }
    Ok(vec![Type::Tensor(operand.clone())])
}

fn sort(v: &OpView) -> DResult<Vec<Type>> {
    v.min_arity(1)?;
    let operands = v.tensors(0..v.operands.len())?;
    for (i, t) in operands.iter().enumerate().skip(1) {
        if t.shape != operands[0].shape {
            return Err(v.err(format!("operand #{i} {t} has a different shape from operand #0 {}", operands[0])));
        }
    }
    let rank = operands[0].rank() as i64;
    let d = v.int_or("dimension", -1)?;
    if d < -rank || d >= rank {
        return Err(v.err(format!("dimension {d} is out of range for rank {rank}")));
    }
    Ok(v.operands.to_vec())
}

fn if_(v: &OpView) -> DResult<Vec<Type>> {
    v.arity(1)?;
    let pred = v.tensor(0)?;
    if pred.rank() != 0 || pred.elem != ElemType::I1 {
        return Err(v.err(format!("predicate must be tensor<i1>, got {pred}")));
    }
    given(v)
}

fn case(v: &OpView) -> DResult<Vec<Type>> {
    v.arity(1)?;
    let index = v.tensor(0)?;
    if index.rank() != 0 || index.elem != ElemType::I32 {
        return Err(v.err(format!("index must be tensor<i32>, got {index}")));
    }
    given(v)
}

fn get_tuple_element(v: &OpView) -> DResult<Vec<Type>> {
    v.arity(1)?;
    let Type::Tuple(items) = &v.operands[0] else {
        return Err(v.err(format!("operand must be a tuple, got {}", v.operands[0])));
    };
    let index = v.int("index")?;
    match usize::try_from(index).ok().and_then(|i| items.get(i)) {
        Some(t) => Ok(vec![t.clone()]),
        None => Err(v.err(format!("index {index} is out of range for a tuple of {} element(s)", items.len()))),
    }
}

fn rng_bit_generator(v: &OpView) -> DResult<Vec<Type>> {
    v.arity(1)?;
    let state = v.tensor(0)?;
    let given = v.given()?;
    if given.len() != 2 {
        return Err(v.err(format!("has {} result(s), expected 2", given.len())));
    }
    if given[0] != v.operands[0] {
        return Err(v.err(format!("output state {} differs from the initial state {state}", given[0])));
    }
    let alg = v.enum_case("rng_algorithm")?.ok_or_else(|| v.err("needs attribute 'rng_algorithm'"))?;
    if !["DEFAULT", "THREE_FRY", "PHILOX"].contains(&alg) {
        return Err(v.err(format!("has an unknown rng_algorithm '{alg}'")));
    }
    Ok(given.to_vec())
}

fn custom_call(v: &OpView) -> DResult<Vec<Type>> {
    if v.op.attr("call_target_name").and_then(Attr::as_str).is_none() {
        return Err(v.err("needs a string attribute 'call_target_name'"));
    }
    given(v)
}

/// The signature one region must have.
struct Signature {
    /// How messages name the region ("reducer", "cond", "branch #1").
    name: String,
    args: Vec<Type>,
    returns: Vec<Type>,
}

fn scalar(t: &Type) -> Type {
    match t {
        Type::Tensor(t) => tensor(vec![], t.elem),
        other => other.clone(),
    }
}

/// Checks the op's regions: how many, their block argument types and what they return.
pub(super) fn check_regions(v: &OpView, func: &Func) -> DResult<()> {
    let op = v.op;
    let i1 = tensor(vec![], ElemType::I1);
    let sig = |name: &str, args: Vec<Type>, returns: Vec<Type>| Signature { name: name.into(), args, returns };
    let half: Vec<Type> = v.operands[..v.operands.len() / 2].iter().map(scalar).collect();
    let given = v.given.unwrap_or(&[]);
    let want = match op.name.as_str() {
        // Reducers take (accumulators..., elements...) and return new accumulators.
        "stablehlo.reduce" | "stablehlo.reduce_window" => vec![sig("reducer", [&half[..], &half[..]].concat(), half.clone())],
        "stablehlo.scatter" => {
            let n = v.operands.len() / 2;
            let elems: Vec<Type> = v.operands[..n].iter().map(scalar).collect();
            vec![sig("update computation", [&elems[..], &elems[..]].concat(), elems)]
        }
        // The comparator takes (lhs, rhs) of each operand in turn.
        "stablehlo.sort" => vec![sig("comparator", v.operands.iter().flat_map(|t| [scalar(t), scalar(t)]).collect(), vec![i1])],
        // The computation combines two elements of the operands' element type.
        "stablehlo.all_reduce" | "stablehlo.reduce_scatter" => {
            let e = scalar(&v.operands[0]);
            vec![sig("computation", vec![e.clone(), e.clone()], vec![e])]
        }
        "stablehlo.select_and_scatter" => {
            let e = scalar(&v.operands[0]);
            vec![sig("select", vec![e.clone(), e.clone()], vec![i1]), sig("scatter", vec![e.clone(), e.clone()], vec![e])]
        }
        "stablehlo.while" => vec![sig("cond", v.operands.to_vec(), vec![i1]), sig("body", v.operands.to_vec(), v.operands.to_vec())],
        "stablehlo.if" => (0..2).map(|i| sig(&format!("branch #{i}"), vec![], given.to_vec())).collect(),
        "stablehlo.case" => {
            if op.regions.is_empty() {
                return Err(v.err("needs at least one branch"));
            }
            (0..op.regions.len()).map(|i| sig(&format!("branch #{i}"), vec![], given.to_vec())).collect()
        }
        _ => vec![],
    };
    if op.regions.len() != want.len() {
        return Err(v.err(format!("has {} region(s), expected {}", op.regions.len(), want.len())));
    }
    let show = |ts: &[Type]| ts.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(", ");
    let types = |vs: &[crate::ir::ValueId]| -> DResult<Vec<Type>> { super::value_types(op, func, vs) };
    for (region, sig) in op.regions.iter().zip(&want) {
        let Some(block) = region.blocks.first() else {
            return Err(v.err(format!("{} is empty", sig.name)));
        };
        let args = types(&block.args)?;
        if args != sig.args {
            return Err(v.err(format!("{} takes ({}) but must take ({})", sig.name, show(&args), show(&sig.args))));
        }
        let Some(ret) = block.ops.last().filter(|o| o.name == "stablehlo.return") else {
            return Err(v.err(format!("{} must end with 'stablehlo.return'", sig.name)));
        };
        let returns = types(&ret.operands)?;
        if returns != sig.returns {
            return Err(v.err(format!("{} returns ({}) but must return ({})", sig.name, show(&returns), show(&sig.returns))));
        }
    }
    Ok(())
}
