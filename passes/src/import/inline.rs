//! `alpa-inline`: inlines every `func.call` and removes the private functions left unused.
//!
//! JAX wraps helpers (`@_where`, `@log_softmax`, `@closed_call`, ...) in private functions and
//! calls them from `main` and from loop bodies; later phases want one flat function.
//!
//! - Expects: a verified module whose call graph has no cycles.
//! - Guarantees: no `func.call` remains; private functions that nothing references are gone;
//!   inlined ops keep the source positions and locations of the callee.
//! - Options: none.
//!
//! ```mlir
//! // before
//! func.func public @main(%arg0: tensor<4xf32>) -> tensor<4xf32> {
//!   %0 = call @relu(%arg0) : (tensor<4xf32>) -> tensor<4xf32>
//!   return %0 : tensor<4xf32>
//! }
//! func.func private @relu(%arg0: tensor<4xf32>) -> tensor<4xf32> { ... }
//! // after
//! func.func public @main(%arg0: tensor<4xf32>) -> tensor<4xf32> {
//!   %cst = stablehlo.constant dense<0.0> : tensor<4xf32>
//!   %0 = stablehlo.maximum %arg0, %cst : tensor<4xf32>
//!   return %0 : tensor<4xf32>
//! }
//! ```

use crate::pass::Pass;
use crate::rewrite::{clone_ops, expand_ops, Expansion};
use alpa_stablehlo::attr::Attr;
use alpa_stablehlo::ir::{walk_region, Func, Item, Module, Op, Visibility};
use alpa_stablehlo::Diag;
use std::collections::{HashMap, HashSet};

/// The `alpa-inline` pass.
pub struct Inline;

impl Pass for Inline {
    fn run(&self, module: &mut Module) -> Result<bool, Diag> {
        let order = callees_first(module)?;
        let mut done: HashMap<String, Func> = HashMap::new();
        let mut changed = false;
        for name in order {
            let mut func = module.func(&name).expect("call order lists module functions").clone();
            let mut body = std::mem::take(&mut func.body);
            let inlined = expand_ops(&mut body, &mut func.values, &mut |op, values| {
                let Some(callee) = callee_of(op) else { return Ok(Expansion::Keep) };
                let target = &done[callee];
                let entry = target.body.entry();
                let Some((ret, ops)) = entry.ops.split_last() else {
                    return Err(Diag::unsupported(op.pos, format!("cannot inline a call to '@{callee}', which has no body")));
                };
                let mut map: HashMap<_, _> = entry.args.iter().copied().zip(op.operands.iter().copied()).collect();
                let new_ops = clone_ops(ops, &target.values, values, &mut map);
                let results = ret.operands.iter().map(|v| *map.get(v).unwrap_or(v)).collect();
                Ok(Expansion::Replace { ops: new_ops, results })
            })?;
            func.body = body;
            if inlined {
                func.renumber();
                changed = true;
            }
            done.insert(name.clone(), func);
        }
        for item in &mut module.items {
            if let Item::Func(f) = item {
                *f = done.remove(&f.name).expect("every function was processed");
            }
        }
        let referenced = referenced_symbols(module);
        let before = module.items.len();
        module.items.retain(|item| match item {
            Item::Func(f) => f.visibility != Visibility::Private || referenced.contains(&f.name),
            Item::Op(_) => true,
        });
        Ok(changed || module.items.len() != before)
    }
}

fn callee_of(op: &Op) -> Option<&str> {
    if op.name != "func.call" {
        return None;
    }
    match op.attr("callee") {
        Some(Attr::Symbol(s)) => Some(s),
        _ => None,
    }
}

/// Function names ordered so that every callee comes before its callers.
fn callees_first(module: &Module) -> Result<Vec<String>, Diag> {
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        Visiting,
        Done,
    }
    fn visit(module: &Module, name: &str, state: &mut HashMap<String, State>, out: &mut Vec<String>) -> Result<(), Diag> {
        let func = module.func(name).expect("callers only name defined functions");
        state.insert(name.to_string(), State::Visiting);
        let mut calls = Vec::new();
        func.walk(&mut |op| {
            if let Some(c) = callee_of(op) {
                calls.push((c.to_string(), op.pos));
            }
        });
        for (callee, pos) in calls {
            if module.func(&callee).is_none() {
                return Err(Diag::input(pos, format!("'func.call' refers to undefined function '@{callee}'")));
            }
            match state.get(&callee) {
                Some(State::Done) => {}
                Some(State::Visiting) => return Err(Diag::unsupported(pos, format!("recursive call to '@{callee}' cannot be inlined"))),
                None => visit(module, &callee, state, out)?,
            }
        }
        state.insert(name.to_string(), State::Done);
        out.push(name.to_string());
        Ok(())
    }
    let mut state = HashMap::new();
    let mut out = Vec::new();
    for f in module.funcs() {
        if !state.contains_key(&f.name) {
            visit(module, &f.name, &mut state, &mut out)?;
        }
    }
    Ok(out)
}

/// Symbols referenced by any attribute of any op (custom calls may name functions).
fn referenced_symbols(module: &Module) -> HashSet<String> {
    fn collect(a: &Attr, out: &mut HashSet<String>) {
        match a {
            Attr::Symbol(s) => {
                out.insert(s.split("::").next().unwrap_or(s).to_string());
            }
            Attr::Array(items) => items.iter().for_each(|x| collect(x, out)),
            Attr::Dict(d) | Attr::Struct { fields: d, .. } => d.iter().for_each(|(_, x)| collect(x, out)),
            _ => {}
        }
    }
    let mut out = HashSet::new();
    for f in module.funcs() {
        walk_region(&f.body, &mut |op| op.attrs.iter().for_each(|(_, a)| collect(a, &mut out)));
    }
    out
}
