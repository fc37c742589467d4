//! `alpa-unroll-while`: unrolls `stablehlo.while` loops whose trip count is static.
//!
//! `jax.lax.scan` and `fori_loop` lower to a while loop over a counter: the condition compares
//! the counter with a constant bound, the body adds a constant step. Unrolling such a loop
//! turns a scanned model into straight-line layers that strategy search and layer clustering
//! can see one by one.
//!
//! - Expects: a verified module (inline calls first, so loop bodies are flat).
//! - Guarantees: every while loop with a recognised counter and at most `max-trip-count`
//!   iterations is replaced by copies of its body; other loops are left alone.
//! - Options: `max-trip-count=N` (default 64): larger loops stay loops.
//!
//! ```mlir
//! // before
//! %r:2 = stablehlo.while(%i = %c0, %x = %arg0) : tensor<i32>, tensor<4xf32>
//!  cond { %p = stablehlo.compare LT, %i, %c2, SIGNED ...; stablehlo.return %p : tensor<i1> }
//!  do { %j = stablehlo.add %i, %c1 ...; %y = stablehlo.tanh %x ...; stablehlo.return %j, %y ... }
//! // after: the body twice
//! %0 = stablehlo.add %c0, %c1 ...   %1 = stablehlo.tanh %arg0 ...
//! %2 = stablehlo.add %0, %c1 ...    %3 = stablehlo.tanh %1 ...
//! ```

use crate::pass::Pass;
use crate::rewrite::{clone_ops, expand_ops, Expansion};
use alpa_stablehlo::attr::{Attr, DenseData, Literal};
use alpa_stablehlo::ir::{walk_region, Module, Op, ValueId};
use alpa_stablehlo::Diag;
use std::collections::HashMap;

/// The `alpa-unroll-while` pass.
pub struct UnrollWhile {
    /// Loops with more iterations stay loops.
    pub max_trip_count: u64,
}

impl Pass for UnrollWhile {
    fn run(&self, module: &mut Module) -> Result<bool, Diag> {
        let mut changed = false;
        for func in module.funcs_mut() {
            let mut constants = HashMap::new();
            walk_region(&func.body, &mut |op| {
                if let Some(v) = scalar_int_constant(op) {
                    constants.insert(op.results[0], v);
                }
            });
            let mut body = std::mem::take(&mut func.body);
            let unrolled = expand_ops(&mut body, &mut func.values, &mut |op, values| {
                if op.name != "stablehlo.while" {
                    return Ok(Expansion::Keep);
                }
                let Some(trips) = trip_count(op, &constants) else { return Ok(Expansion::Keep) };
                if trips > self.max_trip_count {
                    return Ok(Expansion::Keep);
                }
                let body = op.regions[1].entry();
                let (ret, ops) = body.ops.split_last().expect("verified while bodies end in a return");
                let mut current = op.operands.clone();
                let mut new_ops = Vec::new();
                for _ in 0..trips {
                    let mut map: HashMap<ValueId, ValueId> = body.args.iter().copied().zip(current.iter().copied()).collect();
                    // The copy sees the values this walk has already created.
                    new_ops.extend(clone_ops(ops, &values.clone(), values, &mut map));
                    current = ret.operands.iter().map(|v| *map.get(v).unwrap_or(v)).collect();
                }
                Ok(Expansion::Replace { ops: new_ops, results: current })
            })?;
            func.body = body;
            if unrolled {
                func.renumber();
                changed = true;
            }
        }
        Ok(changed)
    }
}

/// The value of a scalar integer `stablehlo.constant`.
fn scalar_int_constant(op: &Op) -> Option<i64> {
    if op.name != "stablehlo.constant" {
        return None;
    }
    let Some(Attr::Dense { data, ty }) = op.attr("value") else { return None };
    let t = ty.as_tensor()?;
    if t.num_elements() != 1 || !t.elem.is_integer() || t.elem.is_bool() {
        return None;
    }
    match data {
        DenseData::Splat(Literal::Int(v)) => i64::try_from(*v).ok(),
        DenseData::Elements(items) => match items.first() {
            Some(Literal::Int(v)) => i64::try_from(*v).ok(),
            _ => None,
        },
        _ => None,
    }
}

/// The number of iterations of a counted loop: the condition is `counter < bound` (or
/// `bound > counter`) with a constant bound, the counter starts at a constant and the body
/// adds a positive constant step to it.
fn trip_count(op: &Op, outer: &HashMap<ValueId, i64>) -> Option<u64> {
    let cond = op.regions.first()?.blocks.first()?;
    let body = op.regions.get(1)?.blocks.first()?;
    let mut consts = outer.clone();
    for o in cond.ops.iter().chain(&body.ops) {
        if let Some(v) = scalar_int_constant(o) {
            consts.insert(o.results[0], v);
        }
    }
    let ret = cond.ops.last()?;
    let pred = *ret.operands.first()?;
    let cmp = cond.ops.iter().find(|o| o.results.first() == Some(&pred) && o.name == "stablehlo.compare")?;
    let dir = cmp.attr("comparison_direction")?.as_enum()?;
    let (counter, bound) = match dir {
        "LT" => (cmp.operands[0], cmp.operands[1]),
        "GT" => (cmp.operands[1], cmp.operands[0]),
        _ => return None,
    };
    let k = cond.args.iter().position(|a| *a == counter)?;
    let bound = *consts.get(&bound)?;
    let init = *consts.get(&op.operands[k])?;
    let next = *body.ops.last()?.operands.get(k)?;
    let add = body.ops.iter().find(|o| o.results.first() == Some(&next) && o.name == "stablehlo.add")?;
    let step = match (add.operands[0] == body.args[k], add.operands[1] == body.args[k]) {
        (true, _) => *consts.get(&add.operands[1])?,
        (_, true) => *consts.get(&add.operands[0])?,
        _ => return None,
    };
    if step <= 0 {
        return None;
    }
    Some(if bound <= init { 0 } else { ((bound - init) as u64).div_ceil(step as u64) })
}
