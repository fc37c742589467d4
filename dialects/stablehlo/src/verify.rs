//! The module verifier: structure (SSA, regions, terminators, calls) plus each op's catalogue
//! rules, and the `shard` dialect's shardings, collectives and process indices against the
//! grids they name. It runs on import and, in debug and test runs, after every pass.

use crate::catalogue;
use crate::diag::{DResult, Diag};
use crate::ir::{Func, Item, Module, Op, Region, ValueId};
use std::collections::HashSet;

/// Verifies a whole module.
pub fn verify_module(module: &Module) -> DResult<()> {
    let mut names = HashSet::new();
    for f in module.funcs() {
        if !names.insert(f.name.as_str()) {
            return Err(Diag::input(f.pos, format!("redefinition of symbol '@{}'", f.name)));
        }
    }
    for item in &module.items {
        match item {
            Item::Func(f) => verify_func(module, f)?,
            // Top-level ops the catalogue knows (`shard.grid`) follow its rules; others
            // (`sdy.mesh`) are carried along unchecked.
            Item::Op(op) if catalogue::is_supported(&op.name) => catalogue::verify_op(op, &no_values())?,
            Item::Op(_) => {}
        }
    }
    Ok(())
}

/// The scope of a top-level op: a function without values.
fn no_values() -> Func {
    Func {
        name: String::new(),
        visibility: crate::ir::Visibility::Default,
        args: Vec::new(),
        results: Vec::new(),
        attrs: Vec::new(),
        body: Region::default(),
        values: Vec::new(),
        pos: Default::default(),
        loc: None,
    }
}

/// Verifies one function.
pub fn verify_func(module: &Module, func: &Func) -> DResult<()> {
    let mut defined = vec![false; func.values.len()];
    let mut scope = Scope::new(func.values.len());
    for a in &func.args {
        define(func, &mut defined, a.value, func.pos)?;
    }
    let entry_args: Vec<ValueId> = func.body.blocks.first().map(|b| b.args.clone()).unwrap_or_default();
    if entry_args != func.args.iter().map(|a| a.value).collect::<Vec<_>>() {
        return Err(Diag::bug(Some(func.pos), format!("entry block arguments of '@{}' differ from its signature", func.name)));
    }
    for &a in &entry_args {
        scope.push(a);
    }
    let Some(block) = func.body.blocks.first() else { return Ok(()) };
    if block.ops.is_empty() {
        // A declaration.
        return Ok(());
    }
    verify_ops(module, func, &block.ops, &mut defined, &mut scope, "func.return")?;
    let ret = block.ops.last().unwrap();
    let want: Vec<_> = func.results.iter().map(|r| &r.ty).collect();
    let got: Vec<_> = ret.operands.iter().map(|v| func.ty(*v)).collect();
    if want != got {
        return Err(Diag::input(ret.pos, format!("'func.return' returns ({}) but '@{}' declares ({})", join(&got), func.name, join(&want))));
    }
    Ok(())
}

/// The values visible at a point of a function: those defined before it in its block or an
/// enclosing one. Membership is one lookup, so verifying is linear in the function.
struct Scope {
    /// The visible values, in definition order (a stack: leaving a region pops its values).
    values: Vec<ValueId>,
    /// Per value of the function: whether it is on the stack.
    visible: Vec<bool>,
}

impl Scope {
    fn new(values: usize) -> Scope {
        Scope { values: Vec::new(), visible: vec![false; values] }
    }

    fn contains(&self, v: &ValueId) -> bool {
        self.visible.get(v.index()).copied().unwrap_or(false)
    }

    /// Makes `v` visible; `v` must have a type in the function (checked by `define` first).
    fn push(&mut self, v: ValueId) {
        if let Some(seen) = self.visible.get_mut(v.index()) {
            *seen = true;
        }
        self.values.push(v);
    }

    fn len(&self) -> usize {
        self.values.len()
    }

    /// Hides every value made visible after the first `mark`.
    fn truncate(&mut self, mark: usize) {
        for v in self.values.drain(mark..) {
            self.visible[v.index()] = false;
        }
    }
}

fn join(ts: &[&crate::types::Type]) -> String {
    ts.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(", ")
}

fn define(func: &Func, defined: &mut [bool], v: ValueId, pos: crate::ir::Pos) -> DResult<()> {
    match defined.get_mut(v.index()) {
        Some(d) if !*d => {
            *d = true;
            Ok(())
        }
        Some(_) => Err(Diag::bug(Some(pos), format!("value {} of '@{}' is defined twice", v.0, func.name))),
        None => Err(Diag::bug(Some(pos), format!("value {} of '@{}' has no type", v.0, func.name))),
    }
}

fn verify_ops(module: &Module, func: &Func, ops: &[Op], defined: &mut [bool], scope: &mut Scope, terminator: &str) -> DResult<()> {
    let mark = scope.len();
    for (i, op) in ops.iter().enumerate() {
        for (k, v) in op.operands.iter().enumerate() {
            if !scope.contains(v) {
                return Err(Diag::bug(Some(op.pos), format!("operand #{k} of '{}' is used outside the scope of its definition", op.name)));
            }
        }
        let is_last = i + 1 == ops.len();
        let is_terminator = op.name == "func.return" || op.name == "stablehlo.return";
        if is_last && op.name != terminator {
            return Err(Diag::input(op.pos, format!("block must end with '{terminator}', found '{}'", op.name)));
        }
        if is_terminator && !is_last {
            return Err(Diag::input(op.pos, format!("'{}' must be the last op of its block", op.name)));
        }
        if is_terminator && op.name != terminator {
            return Err(Diag::input(op.pos, format!("'{}' cannot terminate this block (expected '{terminator}')", op.name)));
        }
        for r in &op.regions {
            verify_region(module, func, r, defined, scope, op)?;
        }
        catalogue::verify_op(op, func)?;
        // Shardings, collectives and process indices are checked against the grid they name,
        // which only the module knows.
        if let Some(Err(e)) = crate::shard::verify_against_grid(op, func, module) {
            return Err(Diag::input(op.pos, format!("'{}' {e}", op.name)));
        }
        if op.name == "func.call" {
            verify_call(module, func, op)?;
        }
        for r in &op.results {
            define(func, defined, *r, op.pos)?;
            scope.push(*r);
        }
    }
    scope.truncate(mark);
    Ok(())
}

fn verify_region(module: &Module, func: &Func, region: &Region, defined: &mut [bool], scope: &mut Scope, parent: &Op) -> DResult<()> {
    if region.blocks.len() != 1 {
        return Err(Diag::unsupported(parent.pos, format!("'{}' has a region with {} blocks; exactly one is supported", parent.name, region.blocks.len())));
    }
    let block = &region.blocks[0];
    let mark = scope.len();
    for a in &block.args {
        define(func, defined, *a, parent.pos)?;
        scope.push(*a);
    }
    if block.ops.is_empty() {
        return Err(Diag::input(parent.pos, format!("a region of '{}' is empty", parent.name)));
    }
    let r = verify_ops(module, func, &block.ops, defined, scope, "stablehlo.return");
    scope.truncate(mark);
    r
}

fn verify_call(module: &Module, func: &Func, op: &Op) -> DResult<()> {
    let Some(callee) = op.attr("callee").and_then(|a| match a {
        crate::attr::Attr::Symbol(s) => Some(s.as_str()),
        _ => None,
    }) else {
        return Err(Diag::input(op.pos, "'func.call' needs a callee"));
    };
    let Some(target) = module.func(callee) else {
        return Err(Diag::input(op.pos, format!("'func.call' refers to undefined function '@{callee}'")));
    };
    let args: Vec<_> = op.operands.iter().map(|v| func.ty(*v).clone()).collect();
    let results: Vec<_> = op.results.iter().map(|v| func.ty(*v).clone()).collect();
    let want_results: Vec<_> = target.results.iter().map(|r| r.ty.clone()).collect();
    if args != target.arg_types() || results != want_results {
        return Err(Diag::input(op.pos, format!("'func.call' to '@{callee}' does not match its signature")).with_note(Some(target.pos), format!("'@{callee}' is defined here")));
    }
    Ok(())
}
