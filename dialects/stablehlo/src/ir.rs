//! The in-memory form of a StableHLO module: functions of SSA values, ops with attributes and
//! nested regions. Both text forms (pretty and generic) parse into this, and both print from it.
//!
//! Invariants (checked by [`crate::verify`]):
//! - every [`ValueId`] used in a function is defined exactly once in it (a function argument,
//!   an op result or a block argument) and its type lives in [`Func::values`];
//! - a value is used only after its definition, in the same block or an enclosing one;
//! - op names are fully qualified (`stablehlo.add`, `func.return`).

use crate::attr::Attr;
use crate::types::Type;

/// A position in the source text, 1-based, for diagnostics.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pos {
    /// Line, from 1.
    pub line: u32,
    /// Column (in characters), from 1.
    pub col: u32,
}

/// An SSA value, an index into [`Func::values`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ValueId(pub u32);

impl ValueId {
    /// The index into [`Func::values`].
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// What is known about one SSA value.
#[derive(Clone, Debug, PartialEq)]
pub struct ValueInfo {
    /// Its type.
    pub ty: Type,
}

/// An MLIR location, kept as the text inside `loc(...)` with `#loc` aliases resolved, e.g.
/// `"x"` or `"jit(f)/dot_general"("f.py":3:4)`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Loc(pub String);

impl Loc {
    /// The first quoted name in the location (JAX names parameters and ops this way).
    pub fn name(&self) -> Option<&str> {
        let s = self.0.trim_start_matches("callsite(").trim_start_matches("fused[");
        let rest = s.strip_prefix('"')?;
        let end = rest.find('"')?;
        let name = &rest[..end];
        // A file location ("f.py":3:4) is not a name.
        (!rest[end + 1..].starts_with(':')).then_some(name)
    }
}

/// An operation.
#[derive(Clone, Debug, PartialEq)]
pub struct Op {
    /// Fully qualified name, e.g. `stablehlo.dot_general`.
    pub name: String,
    /// Operand values.
    pub operands: Vec<ValueId>,
    /// Result values.
    pub results: Vec<ValueId>,
    /// Attributes (properties and discardable attributes together), sorted by name as MLIR
    /// sorts them.
    pub attrs: Vec<(String, Attr)>,
    /// Nested regions (reduce bodies, while cond/body, ...).
    pub regions: Vec<Region>,
    /// Where the op was written in the text this module was parsed from.
    pub pos: Pos,
    /// Its MLIR location, if the text carried one.
    pub loc: Option<Loc>,
}

impl Op {
    /// A new op with no attributes or regions.
    pub fn new(name: &str, operands: Vec<ValueId>, results: Vec<ValueId>) -> Op {
        Op { name: name.to_string(), operands, results, attrs: Vec::new(), regions: Vec::new(), pos: Pos::default(), loc: None }
    }

    /// The attribute called `name`.
    pub fn attr(&self, name: &str) -> Option<&Attr> {
        self.attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v)
    }

    /// Sets (or replaces) an attribute.
    pub fn set_attr(&mut self, name: &str, value: Attr) {
        match self.attrs.iter_mut().find(|(k, _)| k == name) {
            Some(slot) => slot.1 = value,
            None => {
                let at = self.attrs.partition_point(|(k, _)| k.as_str() < name);
                self.attrs.insert(at, (name.to_string(), value));
            }
        }
    }

    /// Removes an attribute, returning it.
    pub fn remove_attr(&mut self, name: &str) -> Option<Attr> {
        let i = self.attrs.iter().position(|(k, _)| k == name)?;
        Some(self.attrs.remove(i).1)
    }

    /// The integer list attribute `name` (`array<i64: ...>`, `[...]` or `dense<...>`).
    pub fn int_list(&self, name: &str) -> Option<Vec<i64>> {
        self.attr(name)?.as_int_list()
    }

    /// The integer attribute `name`.
    pub fn int(&self, name: &str) -> Option<i64> {
        self.attr(name)?.as_int()
    }

    /// The short name after the dialect prefix (`dot_general` for `stablehlo.dot_general`).
    pub fn short_name(&self) -> &str {
        self.name.split_once('.').map_or(&self.name, |(_, s)| s)
    }
}

/// A block: arguments and a list of ops, the last of which terminates it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Block {
    /// Block arguments.
    pub args: Vec<ValueId>,
    /// Ops in order.
    pub ops: Vec<Op>,
}

/// A region. StableHLO regions have exactly one block.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Region {
    /// Blocks in order; the first is the entry block.
    pub blocks: Vec<Block>,
}

impl Region {
    /// The entry block.
    pub fn entry(&self) -> &Block {
        &self.blocks[0]
    }

    /// The entry block, mutably.
    pub fn entry_mut(&mut self) -> &mut Block {
        &mut self.blocks[0]
    }
}

/// Function visibility as written after `func.func`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Visibility {
    /// No keyword (public by default).
    Default,
    /// `public`.
    Public,
    /// `private`.
    Private,
}

/// One argument of a function.
#[derive(Clone, Debug, PartialEq)]
pub struct Arg {
    /// The value that stands for it in the body.
    pub value: ValueId,
    /// Argument attributes (`mhlo.sharding`, `jax.buffer_donor`, ...).
    pub attrs: Vec<(String, Attr)>,
    /// Its location (JAX writes the parameter's path here, e.g. `"params['Dense_0']['kernel']"`).
    pub loc: Option<Loc>,
}

/// One result of a function.
#[derive(Clone, Debug, PartialEq)]
pub struct FuncResult {
    /// Result type.
    pub ty: Type,
    /// Result attributes (`jax.result_info`, ...).
    pub attrs: Vec<(String, Attr)>,
}

/// A `func.func`.
#[derive(Clone, Debug, PartialEq)]
pub struct Func {
    /// Symbol name without `@`.
    pub name: String,
    /// Visibility keyword.
    pub visibility: Visibility,
    /// Arguments, in order.
    pub args: Vec<Arg>,
    /// Results, in order.
    pub results: Vec<FuncResult>,
    /// Other function attributes (`attributes {...}`).
    pub attrs: Vec<(String, Attr)>,
    /// The body; its entry block's arguments are the function arguments.
    pub body: Region,
    /// Every value of the function, indexed by [`ValueId`].
    pub values: Vec<ValueInfo>,
    /// Where `func.func` was written.
    pub pos: Pos,
    /// Its MLIR location.
    pub loc: Option<Loc>,
}

impl Func {
    /// The function attribute `name`.
    pub fn attr(&self, name: &str) -> Option<&Attr> {
        self.attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v)
    }

    /// A private function without arguments, results or body (a scratch holder of values,
    /// and the context of top-level ops, which define none).
    pub fn empty(name: &str) -> Func {
        Func {
            name: name.to_string(),
            visibility: Visibility::Private,
            args: Vec::new(),
            results: Vec::new(),
            attrs: Vec::new(),
            body: Region::default(),
            values: Vec::new(),
            pos: Pos::default(),
            loc: None,
        }
    }

    /// The type of a value.
    pub fn ty(&self, v: ValueId) -> &Type {
        &self.values[v.index()].ty
    }

    /// Adds a new value of the given type.
    pub fn new_value(&mut self, ty: Type) -> ValueId {
        self.values.push(ValueInfo { ty });
        ValueId(self.values.len() as u32 - 1)
    }

    /// The argument types.
    pub fn arg_types(&self) -> Vec<Type> {
        self.args.iter().map(|a| self.ty(a.value).clone()).collect()
    }

    /// Renumbers values in definition order (arguments, then per op its regions' values, then
    /// its results) and drops values nothing defines. Parsing ends with this, so two texts of
    /// one program give equal functions.
    pub fn renumber(&mut self) {
        let source = std::mem::take(&mut self.values);
        self.renumber_from(&source);
    }

    /// [`Func::renumber`] for a function whose ops and arguments still use the value ids of
    /// `source` (another function's value table, as when ops are cut out of a bigger function):
    /// the new table takes the types of the values defined here from `source`.
    pub fn renumber_from(&mut self, source: &[ValueInfo]) {
        let mut map: Vec<Option<ValueId>> = vec![None; source.len()];
        let mut values = Vec::new();
        let mut def = |v: &mut ValueId, map: &mut Vec<Option<ValueId>>| {
            let new = ValueId(values.len() as u32);
            values.push(source[v.index()].clone());
            map[v.index()] = Some(new);
            *v = new;
        };
        for a in &mut self.args {
            def(&mut a.value, &mut map);
        }
        fn region(r: &mut Region, map: &mut Vec<Option<ValueId>>, def: &mut dyn FnMut(&mut ValueId, &mut Vec<Option<ValueId>>)) {
            for b in &mut r.blocks {
                for a in &mut b.args {
                    if map[a.index()].is_some() {
                        *a = map[a.index()].unwrap();
                    } else {
                        def(a, map);
                    }
                }
                for op in &mut b.ops {
                    for v in &mut op.operands {
                        if let Some(n) = map[v.index()] {
                            *v = n;
                        }
                    }
                    for r in &mut op.regions {
                        region(r, map, def);
                    }
                    for v in &mut op.results {
                        def(v, map);
                    }
                }
            }
        }
        region(&mut self.body, &mut map, &mut def);
        self.values = values;
    }

    /// Calls `f` on every op of the body, regions included, outer ops before their regions' ops.
    pub fn walk(&self, f: &mut impl FnMut(&Op)) {
        walk_region(&self.body, f)
    }
}

/// Calls `f` on every op of a region in pre-order.
pub fn walk_region(region: &Region, f: &mut impl FnMut(&Op)) {
    for block in &region.blocks {
        for op in &block.ops {
            f(op);
            for r in &op.regions {
                walk_region(r, f);
            }
        }
    }
}

/// A top-level item of a module.
#[derive(Clone, Debug, PartialEq)]
pub enum Item {
    /// A function.
    Func(Func),
    /// Any other top-level op (`sdy.mesh`, `shard.grid`); it has no operands or results.
    Op(Op),
}

/// A `builtin.module`.
#[derive(Clone, Debug, PartialEq)]
pub struct Module {
    /// `module @name`, without `@`.
    pub name: Option<String>,
    /// Module attributes (`mhlo.num_partitions`, ...).
    pub attrs: Vec<(String, Attr)>,
    /// Functions and other top-level ops, in order.
    pub items: Vec<Item>,
    /// Its MLIR location.
    pub loc: Option<Loc>,
}

impl Module {
    /// The functions, in order.
    pub fn funcs(&self) -> impl Iterator<Item = &Func> {
        self.items.iter().filter_map(|i| match i {
            Item::Func(f) => Some(f),
            Item::Op(_) => None,
        })
    }

    /// The functions, mutably.
    pub fn funcs_mut(&mut self) -> impl Iterator<Item = &mut Func> {
        self.items.iter_mut().filter_map(|i| match i {
            Item::Func(f) => Some(f),
            Item::Op(_) => None,
        })
    }

    /// The function called `name`.
    pub fn func(&self, name: &str) -> Option<&Func> {
        self.funcs().find(|f| f.name == name)
    }

    /// The entry function: `main`, else the only public function, else the first.
    pub fn entry(&self) -> Option<&Func> {
        self.func("main")
            .or_else(|| {
                let mut public = self.funcs().filter(|f| f.visibility != Visibility::Private);
                match (public.next(), public.next()) {
                    (Some(f), None) => Some(f),
                    _ => None,
                }
            })
            .or_else(|| self.funcs().next())
    }

    /// The module attribute `name`.
    pub fn attr(&self, name: &str) -> Option<&Attr> {
        self.attrs.iter().find(|(k, _)| k == name).map(|(_, v)| v)
    }
}

impl Module {
    /// Moves source positions that [`crate::print::PrintOptions::positions`] encoded into
    /// locations back into `pos` fields, and drops the locations MLIR made up for text that
    /// had none (`"-":L:C`, positions in the intermediate text, not the user's).
    pub fn restore_positions(&mut self) {
        fn restore(loc: &mut Option<Loc>, pos: &mut Pos) {
            let Some(l) = loc.as_ref() else { return };
            if l.0.starts_with("\"-\":") {
                *loc = None;
                return;
            }
            let prefix = format!("\"{}\":", crate::print::POSITION_FILE);
            let Some((line, col)) = l.0.strip_prefix(&prefix).and_then(|r| r.split_once(':')) else { return };
            if let (Ok(line), Ok(col)) = (line.parse(), col.parse()) {
                *pos = Pos { line, col };
                *loc = None;
            }
        }
        fn region(r: &mut Region) {
            for b in &mut r.blocks {
                for op in &mut b.ops {
                    restore(&mut op.loc, &mut op.pos);
                    op.regions.iter_mut().for_each(region);
                }
            }
        }
        restore(&mut self.loc, &mut Pos::default());
        for item in &mut self.items {
            match item {
                Item::Func(f) => {
                    restore(&mut f.loc, &mut f.pos);
                    for a in &mut f.args {
                        restore(&mut a.loc, &mut Pos::default());
                    }
                    region(&mut f.body);
                }
                Item::Op(op) => restore(&mut op.loc, &mut op.pos),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loc_names() {
        let check = |loc: &str, want: Option<&str>| assert_eq!(Loc(loc.into()).name(), want);
        check("\"x\"", Some("x"));
        check("\"params['Dense_0']['kernel']\"", Some("params['Dense_0']['kernel']"));
        check("\"jit(f)/dot\"(\"f.py\":3:4)", Some("jit(f)/dot"));
        check("\"f.py\":3:4", None);
        check("unknown", None);
    }
}
