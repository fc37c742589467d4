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
use alpa_stablehlo::catalogue::cost::trip_count;
use alpa_stablehlo::ir::{walk_region, Module, ValueId};
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
            // Trip counts read constants anywhere in the function, so take them before the
            // body is rewritten; a loop is known by its first result.
            let mut trips: HashMap<ValueId, u64> = HashMap::new();
            walk_region(&func.body, &mut |op| {
                if let (Some(n), Some(r)) = (trip_count(op, func), op.results.first()) {
                    trips.insert(*r, n);
                }
            });
            let mut body = std::mem::take(&mut func.body);
            let unrolled = expand_ops(&mut body, &mut func.values, &mut |op, values| {
                let Some(&n) = op.results.first().and_then(|r| trips.get(r)) else { return Ok(Expansion::Keep) };
                if n > self.max_trip_count {
                    return Ok(Expansion::Keep);
                }
                let body = op.regions[1].entry();
                let (ret, ops) = body.ops.split_last().expect("verified while bodies end in a return");
                let mut current = op.operands.clone();
                let mut new_ops = Vec::new();
                // Source and destination are the same function; the body's values all exist
                // already, so one snapshot of their types serves every copy.
                let source = values.clone();
                for _ in 0..n {
                    let mut map: HashMap<ValueId, ValueId> = body.args.iter().copied().zip(current.iter().copied()).collect();
                    new_ops.extend(clone_ops(ops, &source, values, &mut map));
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
