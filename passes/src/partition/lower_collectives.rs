//! `alpa-lower-collectives`: rewrites the `shard` collectives of a per-device SPMD program into
//! StableHLO collectives over `replica_groups`, so that the program is also valid input for XLA.
//!
//! A collective's process groups along its `grid_axes` ([`Grid::group`]) become one row of
//! `replica_groups` each, members in group order, rows ordered by their first device. Device
//! ids are the grid's row-major linear indices, which XLA sees as partition ids: every op gets
//! `use_global_device_ids` and a fresh `DEVICE_TO_DEVICE` (type 1) `channel_handle`, numbered
//! from 1 in program order.
//!
//! - Expects: a verified module, such as `alpa-partition` writes, whose collectives name a
//!   `shard.grid` of the module.
//! - Guarantees: no `shard` collective is left. `shard.all_reduce` and `shard.reduce_scatter`
//!   become `stablehlo.all_reduce` / `stablehlo.reduce_scatter` with a scalar region (`add`,
//!   `maximum`, `minimum`, `multiply`, and `and`/`or`/`xor` on integers), followed by
//!   `stablehlo.convert` where the result's element type differs; `shard.all_gather` and
//!   `shard.all_to_all` become `stablehlo.all_gather` / `stablehlo.all_to_all`;
//!   `shard.all_slice` becomes a `stablehlo.dynamic_slice` whose start index along the slice
//!   axis is the device's position in its group, computed from `stablehlo.partition_id`. The
//!   `shard.grid` stays.
//! - Unsupported (a located error naming the op): `shard.shift`, `shard.send`, `shard.recv`,
//!   the `average` and `generic` reductions, bitwise reductions of floats.
//! - Options: none.
//!
//! ```mlir
//! // before (grid 2x2)
//! %1 = shard.all_reduce %0 on @mesh grid_axes = [1] : tensor<4x8xf32> -> tensor<4x8xf32>
//! // after
//! %1 = "stablehlo.all_reduce"(%0) <{channel_handle = #stablehlo.channel_handle<handle = 1, type = 1>,
//!        replica_groups = dense<[[0, 1], [2, 3]]> : tensor<2x2xi64>, use_global_device_ids}> ({
//!   ^bb0(%a: tensor<f32>, %b: tensor<f32>):
//!     %s = stablehlo.add %a, %b : tensor<f32>
//!     stablehlo.return %s : tensor<f32>
//!   }) : (tensor<4x8xf32>) -> tensor<4x8xf32>
//! ```

use crate::pass::Pass;
use crate::rewrite::{Expansion, expand_ops};
use alpa_stablehlo::attr::{Attr, DenseData, Literal};
use alpa_stablehlo::ir::{Block, Item, Module, Op, Region, ValueId, ValueInfo};
use alpa_stablehlo::shard::{COLLECTIVE_OPS, Collective, CollectiveKind, GRID_OP, Grid, Reduction};
use alpa_stablehlo::{Diag, ElemType, Type};
use std::collections::HashMap;

/// The `alpa-lower-collectives` pass.
pub struct LowerCollectives;

impl Pass for LowerCollectives {
    fn run(&self, module: &mut Module) -> Result<bool, Diag> {
        let mut grids = HashMap::new();
        for item in &module.items {
            if let Item::Op(op) = item {
                if op.name == GRID_OP {
                    let grid = Grid::from_op(op).map_err(|e| Diag::input(op.pos, e))?;
                    grids.insert(grid.name.clone(), grid);
                }
            }
        }
        let mut lowering = Lowering { grids, next_channel: 1 };
        let mut changed = false;
        for func in module.funcs_mut() {
            let mut body = std::mem::take(&mut func.body);
            let result = expand_ops(&mut body, &mut func.values, &mut |op, values| lowering.lower(op, values));
            func.body = body;
            if result? {
                func.renumber();
                changed = true;
            }
        }
        Ok(changed)
    }
}

/// The grids of the module and the next free channel handle.
struct Lowering {
    grids: HashMap<String, Grid>,
    next_channel: i64,
}

impl Lowering {
    fn lower(&mut self, op: &Op, values: &mut Vec<ValueInfo>) -> Result<Expansion, Diag> {
        if !COLLECTIVE_OPS.contains(&op.name.as_str()) {
            return Ok(Expansion::Keep);
        }
        let at = |e: String| Diag::input(op.pos, format!("'{}' {e}", op.name));
        let collective = Collective::from_op(op).map_err(at)?;
        let grid = self.grids.get(&collective.grid).ok_or_else(|| at(format!("refers to undefined grid @{}", collective.grid)))?;
        let (input, result) = (op.operands[0], op.results[0]);
        let operand = values[input.index()].ty.as_tensor().cloned().ok_or_else(|| at("takes a tensor".into()))?;
        let result_ty = values[result.index()].ty.clone();
        let groups = replica_groups(grid, &collective.grid_axes);
        let mut b = Builder { ops: Vec::new(), values, pos: op.pos, loc: op.loc.clone() };
        let unsupported = |what: &str| Diag::unsupported(op.pos, format!("cannot lower '{}' to StableHLO: {what}", op.name));
        let i64_attr = |v: i64| Attr::Int { value: v as i128, ty: Some("i64".into()) };
        let mut collective_op = |b: &mut Builder, name: &str, ty: Type, attrs: Vec<(&str, Attr)>| {
            let mut new = b.op(name, vec![input], ty);
            new.set_attr("replica_groups", groups_attr(&groups));
            new.set_attr("channel_handle", channel_attr(self.next_channel));
            new.set_attr("use_global_device_ids", Attr::Unit);
            self.next_channel += 1;
            for (k, v) in attrs {
                new.set_attr(k, v);
            }
            new
        };
        let last = match &collective.kind {
            CollectiveKind::AllReduce { reduction } | CollectiveKind::ReduceScatter { reduction, .. } => {
                let combiner = combiner(*reduction, operand.elem).ok_or_else(|| unsupported(&format!("the {} reduction of {}", reduction.name(), operand.elem.name())))?;
                let (name, ty, attrs) = match &collective.kind {
                    CollectiveKind::ReduceScatter { scatter_axis, .. } => {
                        let mut shape = operand.shape.clone();
                        shape[*scatter_axis as usize] /= groups[0].len() as i64;
                        ("stablehlo.reduce_scatter", Type::tensor(shape, operand.elem), vec![("scatter_dimension", i64_attr(*scatter_axis))])
                    }
                    _ => ("stablehlo.all_reduce", Type::Tensor(operand.clone()), vec![]),
                };
                let mut new = collective_op(&mut b, name, ty.clone(), attrs);
                new.regions.push(b.scalar_region(combiner, operand.elem));
                let reduced = b.push(new);
                if ty == result_ty {
                    reduced
                } else {
                    let convert = b.op("stablehlo.convert", vec![reduced], result_ty);
                    b.push(convert)
                }
            }
            CollectiveKind::AllGather { gather_axis } => {
                let new = collective_op(&mut b, "stablehlo.all_gather", result_ty, vec![("all_gather_dim", i64_attr(*gather_axis))]);
                b.push(new)
            }
            CollectiveKind::AllToAll { split_axis, concat_axis } => {
                let attrs = vec![("split_dimension", i64_attr(*split_axis)), ("concat_dimension", i64_attr(*concat_axis)), ("split_count", i64_attr(groups[0].len() as i64))];
                let new = collective_op(&mut b, "stablehlo.all_to_all", result_ty, attrs);
                b.push(new)
            }
            CollectiveKind::AllSlice { slice_axis } => {
                let local = result_ty.as_tensor().ok_or_else(|| at("returns a tensor".into()))?.shape.clone();
                let position = b.group_position(grid, &collective.grid_axes);
                let zero = b.constant(0);
                let size = b.constant(local[*slice_axis as usize]);
                let start = b.binary("stablehlo.multiply", position, size);
                let mut operands = vec![input];
                operands.extend((0..local.len()).map(|d| if d as i64 == *slice_axis { start } else { zero }));
                let mut slice = b.op("stablehlo.dynamic_slice", operands, result_ty);
                slice.set_attr("slice_sizes", Attr::dense_i64(local));
                b.push(slice)
            }
            CollectiveKind::Shift { .. } | CollectiveKind::Send { .. } | CollectiveKind::Recv { .. } => return Err(unsupported("it has no StableHLO counterpart here")),
        };
        Ok(Expansion::Replace { ops: b.ops, results: vec![last] })
    }
}

/// The process groups along `axes` of `grid`: one row per group, members in group order, rows
/// ordered by their first device.
fn replica_groups(grid: &Grid, axes: &[i16]) -> Vec<Vec<i64>> {
    let mut seen = vec![false; grid.num_devices() as usize];
    let mut groups = Vec::new();
    for device in 0..grid.num_devices() {
        if seen[device as usize] {
            continue;
        }
        let group = grid.group(&grid.multi_index(device), axes);
        for &member in &group {
            seen[member as usize] = true;
        }
        groups.push(group);
    }
    groups
}

/// `replica_groups = dense<[[0, 1], [2, 3]]> : tensor<2x2xi64>`.
fn groups_attr(groups: &[Vec<i64>]) -> Attr {
    let shape = vec![groups.len() as i64, groups.first().map_or(0, Vec::len) as i64];
    let elements = groups.iter().flatten().map(|&d| Literal::Int(d as i128)).collect();
    Attr::Dense { data: DenseData::Elements(elements), ty: Type::tensor(shape, ElemType::I64) }
}

/// `#stablehlo.channel_handle<handle = N, type = 1>` (type 1 is `DEVICE_TO_DEVICE`).
fn channel_attr(handle: i64) -> Attr {
    let int = |v: i64| Attr::Int { value: v as i128, ty: None };
    Attr::Struct { name: "stablehlo.channel_handle".into(), fields: vec![("handle".into(), int(handle)), ("type".into(), int(1))] }
}

/// The elementwise op that combines two elements of type `elem` under `reduction`.
fn combiner(reduction: Reduction, elem: ElemType) -> Option<&'static str> {
    Some(match reduction {
        Reduction::Sum => "stablehlo.add",
        Reduction::Max => "stablehlo.maximum",
        Reduction::Min => "stablehlo.minimum",
        Reduction::Product => "stablehlo.multiply",
        Reduction::BitwiseAnd if elem.is_integer() => "stablehlo.and",
        Reduction::BitwiseOr if elem.is_integer() => "stablehlo.or",
        Reduction::BitwiseXor if elem.is_integer() => "stablehlo.xor",
        _ => return None,
    })
}

/// Builds the ops replacing one collective, at its position.
struct Builder<'v> {
    ops: Vec<Op>,
    values: &'v mut Vec<ValueInfo>,
    pos: alpa_stablehlo::ir::Pos,
    loc: Option<alpa_stablehlo::ir::Loc>,
}

impl Builder<'_> {
    fn value(&mut self, ty: Type) -> ValueId {
        self.values.push(ValueInfo { ty });
        ValueId(self.values.len() as u32 - 1)
    }

    /// An op with one new result of type `ty`, not yet placed.
    fn op(&mut self, name: &str, operands: Vec<ValueId>, ty: Type) -> Op {
        let result = self.value(ty);
        let mut op = Op::new(name, operands, vec![result]);
        op.pos = self.pos;
        op.loc = self.loc.clone();
        op
    }

    /// Places `op`; returns its result.
    fn push(&mut self, op: Op) -> ValueId {
        let result = op.results[0];
        self.ops.push(op);
        result
    }

    /// `stablehlo.constant dense<value> : tensor<ui32>`.
    fn constant(&mut self, value: i64) -> ValueId {
        let ty = Type::tensor(Vec::new(), ElemType::U32);
        let mut op = self.op("stablehlo.constant", Vec::new(), ty.clone());
        op.set_attr("value", Attr::Dense { data: DenseData::Splat(Literal::Int(value as i128)), ty });
        self.push(op)
    }

    fn binary(&mut self, name: &str, lhs: ValueId, rhs: ValueId) -> ValueId {
        let ty = self.values[lhs.index()].ty.clone();
        let op = self.op(name, vec![lhs, rhs], ty);
        self.push(op)
    }

    /// The region `^bb0(%a, %b): %s = combiner %a, %b; stablehlo.return %s` on scalars of
    /// `elem`. Its ops are built apart from the replacement ops.
    fn scalar_region(&mut self, combiner: &str, elem: ElemType) -> Region {
        let scalar = Type::tensor(Vec::new(), elem);
        let (a, b) = (self.value(scalar.clone()), self.value(scalar.clone()));
        let combine = self.op(combiner, vec![a, b], scalar);
        let mut ret = Op::new("stablehlo.return", vec![combine.results[0]], Vec::new());
        ret.pos = self.pos;
        Region { blocks: vec![Block { args: vec![a, b], ops: vec![combine, ret] }] }
    }

    /// The running device's position in its process group along `axes`
    /// ([`Grid::in_group_index`]), a `tensor<ui32>` computed from `stablehlo.partition_id`,
    /// which is the device's row-major linear index in `grid`.
    fn group_position(&mut self, grid: &Grid, axes: &[i16]) -> ValueId {
        let ty = Type::tensor(Vec::new(), ElemType::U32);
        let id = self.op("stablehlo.partition_id", Vec::new(), ty);
        let id = self.push(id);
        let mut position: Option<ValueId> = None;
        for &axis in axes {
            let a = axis as usize;
            let stride: i64 = grid.shape[a + 1..].iter().product();
            // index along `axis` = (id / stride) % size; the outermost axis needs no remainder.
            let mut index = id;
            if stride > 1 {
                let c = self.constant(stride);
                index = self.binary("stablehlo.divide", index, c);
            }
            if a > 0 {
                let c = self.constant(grid.shape[a]);
                index = self.binary("stablehlo.remainder", index, c);
            }
            position = Some(match position {
                None => index,
                Some(outer) => {
                    let c = self.constant(grid.shape[a]);
                    let scaled = self.binary("stablehlo.multiply", outer, c);
                    self.binary("stablehlo.add", scaled, index)
                }
            });
        }
        position.unwrap_or_else(|| self.constant(0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The replica groups along `axes` of a grid of `shape`, written as rows.
    fn check(shape: &[i64], axes: &[i16], expected: &str) {
        let grid = Grid::new("mesh", shape.to_vec());
        let got = replica_groups(&grid, axes);
        assert_eq!(format!("{got:?}"), expected, "grid {shape:?}, axes {axes:?}");
    }

    #[test]
    fn replica_groups_follow_the_process_groups() {
        check(&[2, 2], &[1], "[[0, 1], [2, 3]]");
        check(&[2, 2], &[0], "[[0, 2], [1, 3]]");
        check(&[2, 2], &[0, 1], "[[0, 1, 2, 3]]");
        check(&[2, 2], &[1, 0], "[[0, 2, 1, 3]]");
        check(&[2, 2], &[], "[[0], [1], [2], [3]]");
        check(&[4], &[0], "[[0, 1, 2, 3]]");
        check(&[2, 3, 2], &[1], "[[0, 2, 4], [1, 3, 5], [6, 8, 10], [7, 9, 11]]");
    }

    #[test]
    fn attributes_print_as_stablehlo_writes_them() {
        let text = |a: Attr| {
            let mut out = String::new();
            alpa_stablehlo::print::write_attr(&mut out, &a);
            out
        };
        assert_eq!(text(groups_attr(&[vec![0, 1], vec![2, 3]])), "dense<[[0, 1], [2, 3]]> : tensor<2x2xi64>");
        assert_eq!(text(channel_attr(3)), "#stablehlo.channel_handle<handle = 3, type = 1>");
    }
}
