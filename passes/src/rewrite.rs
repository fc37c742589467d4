//! IR rewriting utilities shared by passes: cloning ops with value remapping, renaming the
//! values nested regions use, and a forward walk that replaces ops by op sequences (what
//! inlining and loop unrolling both are).

use alpa_stablehlo::ir::{Block, Op, Region, ValueId, ValueInfo};
use alpa_stablehlo::Diag;
use std::collections::HashMap;

/// Clones `ops`, whose values are typed by `src`, into a function whose values are `dst`.
/// `map` says what source values become (seed it with block-argument substitutions); every
/// value the clones define is new in `dst` and added to `map`. Operands not in `map` are kept:
/// they are values of the destination function visible at the insertion point.
pub fn clone_ops(ops: &[Op], src: &[ValueInfo], dst: &mut Vec<ValueInfo>, map: &mut HashMap<ValueId, ValueId>) -> Vec<Op> {
    ops.iter().map(|op| clone_op(op, src, dst, map)).collect()
}

fn clone_op(op: &Op, src: &[ValueInfo], dst: &mut Vec<ValueInfo>, map: &mut HashMap<ValueId, ValueId>) -> Op {
    let mut new = op.clone();
    new.operands = op.operands.iter().map(|v| *map.get(v).unwrap_or(v)).collect();
    new.regions = op
        .regions
        .iter()
        .map(|r| Region {
            blocks: r
                .blocks
                .iter()
                .map(|b| Block { args: b.args.iter().map(|a| fresh(*a, src, dst, map)).collect(), ops: clone_ops(&b.ops, src, dst, map) })
                .collect(),
        })
        .collect();
    new.results = op.results.iter().map(|r| fresh(*r, src, dst, map)).collect();
    new
}

fn fresh(v: ValueId, src: &[ValueInfo], dst: &mut Vec<ValueInfo>, map: &mut HashMap<ValueId, ValueId>) -> ValueId {
    dst.push(src[v.index()].clone());
    let id = ValueId(dst.len() as u32 - 1);
    map.insert(v, id);
    id
}

/// Replaces, in every op nested in `regions`, each operand `v` for which `new(v)` says so: how
/// a pass that rebuilds a block's ops keeps the regions of those ops pointing at the rebuilt
/// values they capture.
pub fn remap_uses(regions: &mut [Region], new: &dyn Fn(ValueId) -> Option<ValueId>) {
    for region in regions {
        for block in &mut region.blocks {
            for op in &mut block.ops {
                for v in &mut op.operands {
                    if let Some(n) = new(*v) {
                        *v = n;
                    }
                }
                remap_uses(&mut op.regions, new);
            }
        }
    }
}

/// What [`expand_ops`] does with one op.
pub enum Expansion {
    /// Keep the op.
    Keep,
    /// Replace the op by `ops`; its results become `results` (values defined by `ops` or
    /// visible before the op).
    Replace {
        /// The ops to put in its place.
        ops: Vec<Op>,
        /// One value per result of the replaced op.
        results: Vec<ValueId>,
    },
}

/// Walks `region` in order (nested regions first, so inner ops are expanded before the op
/// that holds them), asking `f` what to do with each op and rewriting later uses of replaced
/// results. Returns whether anything was replaced.
pub fn expand_ops(
    region: &mut Region,
    values: &mut Vec<ValueInfo>,
    f: &mut dyn FnMut(&Op, &mut Vec<ValueInfo>) -> Result<Expansion, Diag>,
) -> Result<bool, Diag> {
    let mut map = HashMap::new();
    expand_region(region, values, &mut map, f)
}

fn expand_region(
    region: &mut Region,
    values: &mut Vec<ValueInfo>,
    map: &mut HashMap<ValueId, ValueId>,
    f: &mut dyn FnMut(&Op, &mut Vec<ValueInfo>) -> Result<Expansion, Diag>,
) -> Result<bool, Diag> {
    let mut changed = false;
    for block in &mut region.blocks {
        let old = std::mem::take(&mut block.ops);
        let mut ops = Vec::with_capacity(old.len());
        for mut op in old {
            for v in &mut op.operands {
                if let Some(n) = map.get(v) {
                    *v = *n;
                }
            }
            for r in &mut op.regions {
                changed |= expand_region(r, values, map, f)?;
            }
            match f(&op, values)? {
                Expansion::Keep => ops.push(op),
                Expansion::Replace { ops: new_ops, results } => {
                    debug_assert_eq!(results.len(), op.results.len());
                    for (r, v) in op.results.iter().zip(results) {
                        map.insert(*r, v);
                    }
                    ops.extend(new_ops);
                    changed = true;
                }
            }
        }
        block.ops = ops;
    }
    Ok(changed)
}
