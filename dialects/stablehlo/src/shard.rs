//! The mesh/sharding vocabulary of MLIR's upstream `shard` dialect (LLVM 22, formerly `mesh`):
//! device grids ([`Grid`], `shard.grid`) and tensor shardings ([`Sharding`], `shard.sharding`),
//! plus the ops that carry them in a module (`shard.shard` annotates a value).
//!
//! Ops are built with exactly the attributes MLIR 22 gives them, so a module printed by
//! [`crate::print`] in either form is valid input to `mlir-opt-22`:
//!
//! ```text
//! shard.grid @g(shape = 2x4)
//!   "shard.grid"() <{shape = array<i64: 2, 4>, sym_name = "g"}> : () -> ()
//! %s = shard.sharding @g split_axes = [[0], [1]] : !shard.sharding
//!   "shard.sharding"() <{grid = @g, operandSegmentSizes = array<i32: 0, 0>,
//!     split_axes = #shard<axisarray[[0], [1]]>, static_halo_sizes = array<i64>,
//!     static_sharded_dims_offsets = array<i64>}> : () -> !shard.sharding
//! %a = shard.shard %t to %s annotate_for_users : tensor<4x8xf32>
//!   "shard.shard"(%t, %s) <{annotate_for_users}> : (tensor<4x8xf32>, !shard.sharding) -> tensor<4x8xf32>
//! ```
//!
//! Halo sizes, sharded dimension offsets and dynamic (SSA) variants of them are not modelled:
//! [`Sharding::from_op`] rejects them.

use crate::attr::Attr;
use crate::ir::{Func, Item, Module, Op, ValueId};
use crate::types::Type;

/// `shard.grid`: a named device grid (a top-level op).
pub const GRID_OP: &str = "shard.grid";
/// `shard.sharding`: makes a `!shard.sharding` value.
pub const SHARDING_OP: &str = "shard.sharding";
/// `shard.shard`: annotates a tensor value with a sharding.
pub const SHARD_OP: &str = "shard.shard";
/// The type of a `shard.sharding` result.
pub const SHARDING_TYPE: &str = "!shard.sharding";

/// The `!shard.sharding` type.
pub fn sharding_type() -> Type {
    Type::Opaque(SHARDING_TYPE.to_string())
}

/// A device grid: `shard.grid @name(shape = 2x4)`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Grid {
    /// Symbol name, without `@`.
    pub name: String,
    /// Devices along each grid axis.
    pub shape: Vec<i64>,
}

impl Grid {
    /// A grid called `name` of the given shape.
    pub fn new(name: &str, shape: Vec<i64>) -> Grid {
        Grid { name: name.to_string(), shape }
    }

    /// The number of devices.
    pub fn num_devices(&self) -> i64 {
        self.shape.iter().product()
    }

    /// The `shard.grid` op declaring this grid, with MLIR's attributes.
    pub fn to_op(&self) -> Op {
        let mut op = Op::new(GRID_OP, Vec::new(), Vec::new());
        op.set_attr("shape", Attr::dense_i64(self.shape.clone()));
        op.set_attr("sym_name", Attr::Str(self.name.clone()));
        op
    }

    /// Reads a `shard.grid` op.
    pub fn from_op(op: &Op) -> Result<Grid, String> {
        if op.name != GRID_OP {
            return Err(format!("expected '{GRID_OP}', found '{}'", op.name));
        }
        let name = op.attr("sym_name").and_then(Attr::as_str).ok_or("'shard.grid' has no string 'sym_name'")?;
        let shape = match op.attr("shape") {
            Some(Attr::DenseI64 { elem, values }) if elem == "i64" => values.clone(),
            _ => return Err("'shard.grid' has no 'shape' of type array<i64>".into()),
        };
        if let Some(d) = shape.iter().find(|&&d| d < 1) {
            return Err(format!("grid @{name} has a non-positive or dynamic size {d}"));
        }
        Ok(Grid::new(name, shape))
    }

    /// The grid called `name` declared at the top level of `module`.
    pub fn find(module: &Module, name: &str) -> Option<Result<Grid, String>> {
        module.items.iter().find_map(|item| match item {
            Item::Op(op) if op.name == GRID_OP && op.attr("sym_name").and_then(Attr::as_str) == Some(name) => Some(Grid::from_op(op)),
            _ => None,
        })
    }
}

/// How a tensor is laid out over a grid: `split_axes[d]` lists the grid axes tensor dimension `d`
/// is split over, major to minor. Dimensions past the end of the list are replicated, as MLIR
/// allows trailing empty lists to be omitted; MLIR writes a fully replicated sharding `[[]]`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sharding {
    /// The grid's symbol name, without `@`.
    pub grid: String,
    /// Per tensor dimension, the grid axes it is split over.
    pub split_axes: Vec<Vec<i16>>,
}

impl Sharding {
    /// The fully replicated sharding over `grid`, in MLIR's form `[[]]`.
    pub fn replicated(grid: &str) -> Sharding {
        Sharding { grid: grid.to_string(), split_axes: vec![Vec::new()] }
    }

    /// Whether no dimension is split.
    pub fn is_replicated(&self) -> bool {
        self.split_axes.iter().all(Vec::is_empty)
    }

    /// The grid axes dimension `d` is split over (none past the end of the list).
    pub fn dim_axes(&self, d: usize) -> &[i16] {
        self.split_axes.get(d).map_or(&[], Vec::as_slice)
    }

    /// Every grid axis used, in dimension order.
    pub fn axes_used(&self) -> Vec<i16> {
        self.split_axes.iter().flatten().copied().collect()
    }

    /// Checks the sharding against a tensor of rank `rank` on `grid`: it names the grid, every
    /// axis exists, no axis is used twice, and only empty lists lie past the tensor's rank.
    pub fn verify(&self, rank: usize, grid: &Grid) -> Result<(), String> {
        if self.grid != grid.name {
            return Err(format!("sharding refers to grid @{}, not @{}", self.grid, grid.name));
        }
        if let Some(d) = (rank..self.split_axes.len()).find(|&d| !self.split_axes[d].is_empty()) {
            return Err(format!("sharding splits dimension {d} of a rank-{rank} tensor"));
        }
        let mut seen = vec![false; grid.shape.len()];
        for a in self.axes_used() {
            let Some(slot) = usize::try_from(a).ok().and_then(|i| seen.get_mut(i)) else {
                return Err(format!("grid axis {a} is out of range for grid @{} of rank {}", grid.name, grid.shape.len()));
            };
            if std::mem::replace(slot, true) {
                return Err(format!("grid axis {a} is used twice"));
            }
        }
        Ok(())
    }

    /// The shape of one device's shard of a tensor of `global_shape`: each dimension divided by
    /// the devices it is split over, rounded up (uneven splits leave the last shards short).
    pub fn local_shape(&self, global_shape: &[i64], grid: &Grid) -> Result<Vec<i64>, String> {
        self.verify(global_shape.len(), grid)?;
        Ok(global_shape
            .iter()
            .enumerate()
            .map(|(d, &size)| {
                let parts: i64 = self.dim_axes(d).iter().map(|&a| grid.shape[a as usize]).product();
                (size + parts - 1) / parts
            })
            .collect())
    }

    /// The `split_axes` attribute: `#shard<axisarray[[0], [1]]>`.
    pub fn split_axes_attr(&self) -> Attr {
        Attr::Opaque(format!("#shard<axisarray{}>", format_axis_array(&self.split_axes)))
    }

    /// The `shard.sharding` op making this sharding, with MLIR's attributes and a new result
    /// value of type `!shard.sharding` in `func`. The caller places the op.
    pub fn build_op(&self, func: &mut Func) -> Op {
        let result = func.new_value(sharding_type());
        let mut op = Op::new(SHARDING_OP, Vec::new(), vec![result]);
        op.attrs = self.op_attrs();
        op
    }

    /// The attributes of the `shard.sharding` op making this sharding, sorted by name.
    pub fn op_attrs(&self) -> Vec<(String, Attr)> {
        vec![
            ("grid".into(), Attr::Symbol(self.grid.clone())),
            ("operandSegmentSizes".into(), no_dynamic_operands()),
            ("split_axes".into(), self.split_axes_attr()),
            ("static_halo_sizes".into(), Attr::dense_i64(Vec::new())),
            ("static_sharded_dims_offsets".into(), Attr::dense_i64(Vec::new())),
        ]
    }

    /// Reads a `shard.sharding` op. Halo sizes and sharded dimension offsets are unsupported.
    pub fn from_op(op: &Op) -> Result<Sharding, String> {
        if op.name != SHARDING_OP {
            return Err(format!("expected '{SHARDING_OP}', found '{}'", op.name));
        }
        if !op.operands.is_empty() {
            return Err("dynamic halo sizes and sharded dimension offsets are not supported".into());
        }
        for key in ["static_halo_sizes", "static_sharded_dims_offsets"] {
            if op.int_list(key).is_some_and(|v| !v.is_empty()) {
                return Err(format!("'{key}' is not supported"));
            }
        }
        let grid = match op.attr("grid") {
            Some(Attr::Symbol(g)) => g.clone(),
            _ => return Err("'shard.sharding' has no symbol 'grid'".into()),
        };
        let split_axes = op.attr("split_axes").and_then(split_axes_of).ok_or("'shard.sharding' has no 'split_axes' of the form #shard<axisarray[...]>")??;
        Ok(Sharding { grid, split_axes })
    }
}

/// The `shard.shard` op annotating `value` with the sharding `sharding` (a `!shard.sharding`
/// value), with a new result value of `value`'s type in `func`. With `annotate_for_users` the
/// annotation speaks for the users of `value` rather than for its producer.
pub fn build_shard_op(func: &mut Func, value: ValueId, sharding: ValueId, annotate_for_users: bool) -> Op {
    let result = func.new_value(func.ty(value).clone());
    let mut op = Op::new(SHARD_OP, vec![value, sharding], vec![result]);
    if annotate_for_users {
        op.set_attr("annotate_for_users", Attr::Unit);
    }
    op
}

/// `[[0], [], [1, 2]]`, as MLIR prints an axis array.
pub fn format_axis_array(split_axes: &[Vec<i16>]) -> String {
    let dims: Vec<String> = split_axes.iter().map(|axes| format!("[{}]", axes.iter().map(i16::to_string).collect::<Vec<_>>().join(", "))).collect();
    format!("[{}]", dims.join(", "))
}

/// Parses `[[0], [], [1, 2]]` (whitespace-insensitive).
pub fn parse_axis_array(text: &str) -> Result<Vec<Vec<i16>>, String> {
    let bad = || format!("invalid axis array '{text}'");
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    let inner = compact.strip_prefix('[').and_then(|s| s.strip_suffix(']')).ok_or_else(bad)?;
    if inner.is_empty() {
        return Ok(Vec::new());
    }
    let inner = inner.strip_prefix('[').and_then(|s| s.strip_suffix(']')).ok_or_else(bad)?;
    inner.split("],[").map(|dim| if dim.is_empty() { Ok(Vec::new()) } else { dim.split(',').map(|a| a.parse::<i16>().map_err(|_| bad())).collect() }).collect()
}

/// `operandSegmentSizes` of a `shard.sharding` without dynamic halo sizes or offsets.
pub(crate) fn no_dynamic_operands() -> Attr {
    Attr::DenseI64 { elem: "i32".into(), values: vec![0, 0] }
}

/// The axis array of a `#shard<axisarray[...]>` attribute; `None` if it is not one.
fn split_axes_of(attr: &Attr) -> Option<Result<Vec<Vec<i16>>, String>> {
    match attr {
        Attr::Opaque(s) => s.strip_prefix("#shard<axisarray").and_then(|r| r.strip_suffix('>')).map(parse_axis_array),
        _ => None,
    }
}

/// The axis array of a `split_axes` attribute if printing it as `[...]` and parsing that back
/// gives the same attribute (what the pretty syntax needs). MLIR rejects an empty array.
pub(crate) fn canonical_split_axes(attr: &Attr) -> Option<Vec<Vec<i16>>> {
    let axes = split_axes_of(attr)?.ok()?;
    let same = Sharding { grid: String::new(), split_axes: axes.clone() }.split_axes_attr() == *attr;
    (same && !axes.is_empty()).then_some(axes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ir::{Block, Region, Visibility};
    use crate::types::ElemType;

    fn grid(shape: &[i64]) -> Grid {
        Grid::new("g", shape.to_vec())
    }

    fn sharding(axes: &[&[i16]]) -> Sharding {
        Sharding { grid: "g".into(), split_axes: axes.iter().map(|a| a.to_vec()).collect() }
    }

    /// The local shape of a `global` tensor sharded by `axes` over a grid of `grid_shape`,
    /// or the error.
    fn check(grid_shape: &[i64], axes: &[&[i16]], global: &[i64], expected: &str) {
        let got = match sharding(axes).local_shape(global, &grid(grid_shape)) {
            Ok(shape) => format!("{shape:?}"),
            Err(e) => e,
        };
        assert_eq!(got, expected, "\ngrid {grid_shape:?}, split_axes {axes:?}, shape {global:?}");
    }

    #[test]
    fn local_shapes() {
        check(&[2, 4], &[&[0], &[1]], &[4, 8], "[2, 2]");
        check(&[2, 4], &[&[]], &[4, 8], "[4, 8]");
        check(&[2, 4], &[&[], &[0, 1]], &[4, 16], "[4, 2]");
        check(&[2, 4], &[&[1]], &[6, 3], "[2, 3]");
        check(&[2, 4], &[&[0]], &[5], "[3]");
        check(&[8], &[&[0]], &[3], "[1]");
        check(&[2], &[&[]], &[], "[]");
    }

    #[test]
    fn verify_errors() {
        check(&[2, 4], &[&[2]], &[4], "grid axis 2 is out of range for grid @g of rank 2");
        check(&[2, 4], &[&[-1]], &[4], "grid axis -1 is out of range for grid @g of rank 2");
        check(&[2, 4], &[&[0], &[0]], &[4, 4], "grid axis 0 is used twice");
        check(&[2, 4], &[&[], &[1, 1]], &[4, 4], "grid axis 1 is used twice");
        check(&[2, 4], &[&[], &[1]], &[4], "sharding splits dimension 1 of a rank-1 tensor");
        let other = Sharding { grid: "h".into(), split_axes: vec![vec![]] };
        assert_eq!(other.verify(1, &grid(&[2])), Err("sharding refers to grid @h, not @g".into()));
    }

    #[test]
    fn helpers() {
        let r = Sharding::replicated("g");
        assert!(r.is_replicated());
        assert_eq!(format_axis_array(&r.split_axes), "[[]]");
        let s = sharding(&[&[1], &[], &[0, 2]]);
        assert!(!s.is_replicated());
        assert_eq!(s.axes_used(), vec![1, 0, 2]);
        assert_eq!(s.dim_axes(5), &[] as &[i16]);
        assert_eq!(grid(&[2, 4]).num_devices(), 8);
        for text in ["[[0], [1]]", "[[]]", "[[], [0, 1]]", "[ [ 1 ,0 ] ]", "[]", "[[0],", "[[x]]", "[[70000]]"] {
            let got = parse_axis_array(text).map(|a| format_axis_array(&a)).unwrap_or_else(|e| e);
            let want = match text {
                "[ [ 1 ,0 ] ]" => "[[1, 0]]",
                "[[0]," | "[[x]]" | "[[70000]]" => &format!("invalid axis array '{text}'"),
                t => t,
            };
            assert_eq!(got, want);
        }
    }

    /// Builds a module with grid `grid_shape` and a function annotating its argument with
    /// `axes`, prints it in `form`, parses it back, and reads the grid and sharding again.
    fn check_round_trip(grid_shape: &[i64], axes: &[&[i16]], for_users: bool, form: crate::Form, expected: &str) {
        let ty = Type::tensor(vec![4, 8], ElemType::F32);
        let mut func = Func {
            name: "f".into(),
            visibility: Visibility::Default,
            args: Vec::new(),
            results: vec![crate::ir::FuncResult { ty: ty.clone(), attrs: Vec::new() }],
            attrs: Vec::new(),
            body: Region::default(),
            values: Vec::new(),
            pos: Default::default(),
            loc: None,
        };
        let arg = func.new_value(ty);
        func.args.push(crate::ir::Arg { value: arg, attrs: Vec::new(), loc: None });
        let sharding_op = sharding(axes).build_op(&mut func);
        let shard_op = build_shard_op(&mut func, arg, sharding_op.results[0], for_users);
        let ret = Op::new("func.return", shard_op.results.clone(), Vec::new());
        func.body.blocks.push(Block { args: vec![arg], ops: vec![sharding_op, shard_op, ret] });
        let module = Module { name: None, attrs: Vec::new(), items: vec![Item::Op(grid(grid_shape).to_op()), Item::Func(func)], loc: None };
        crate::verify::verify_module(&module).unwrap();
        let text = crate::print_module(&module, crate::PrintOptions { form, debug_info: false, positions: false });
        let parsed = crate::parse_module(&text).unwrap_or_else(|d| panic!("{}\n{text}", d.render("printed")));
        // Positions differ; the text must not.
        assert_eq!(crate::print_module(&parsed, crate::PrintOptions { form, debug_info: false, positions: false }), text);
        let body: Vec<&str> = text.lines().map(str::trim).filter(|l| l.contains("shard.")).collect();
        assert_eq!(body.join("\n"), expected);
        let Item::Op(grid_op) = &parsed.items[0] else { panic!("no grid") };
        assert_eq!(Grid::from_op(grid_op), Ok(grid(grid_shape)));
        assert_eq!(Grid::find(&parsed, "g"), Some(Ok(grid(grid_shape))));
        let f = parsed.funcs().next().unwrap();
        assert_eq!(Sharding::from_op(&f.body.entry().ops[0]), Ok(sharding(axes)));
    }

    #[test]
    fn build_print_parse_read() {
        check_round_trip(
            &[2, 4],
            &[&[0], &[1]],
            false,
            crate::Form::Pretty,
            "shard.grid @g(shape = 2x4)\n\
             %0 = shard.sharding @g split_axes = [[0], [1]] : !shard.sharding\n\
             %1 = shard.shard %arg0 to %0 : tensor<4x8xf32>",
        );
        check_round_trip(
            &[8],
            &[&[]],
            true,
            crate::Form::Pretty,
            "shard.grid @g(shape = 8)\n\
             %0 = shard.sharding @g split_axes = [[]] : !shard.sharding\n\
             %1 = shard.shard %arg0 to %0 annotate_for_users : tensor<4x8xf32>",
        );
        check_round_trip(
            &[2, 2],
            &[&[], &[1, 0]],
            true,
            crate::Form::Generic,
            "\"shard.grid\"() {shape = array<i64: 2, 2>, sym_name = \"g\"} : () -> ()\n\
             %0 = \"shard.sharding\"() {grid = @g, operandSegmentSizes = array<i32: 0, 0>, split_axes = #shard<axisarray[[], [1, 0]]>, static_halo_sizes = array<i64>, static_sharded_dims_offsets = array<i64>} : () -> !shard.sharding\n\
             %1 = \"shard.shard\"(%arg0, %0) {annotate_for_users} : (tensor<4x8xf32>, !shard.sharding) -> tensor<4x8xf32>",
        );
    }

    #[test]
    fn unsupported_sharding_ops() {
        let mut func_values = Func::empty("f");
        let mut op = sharding(&[&[0]]).build_op(&mut func_values);
        op.set_attr("static_halo_sizes", Attr::dense_i64(vec![1, 1]));
        assert_eq!(Sharding::from_op(&op), Err("'static_halo_sizes' is not supported".into()));
        op.set_attr("static_halo_sizes", Attr::dense_i64(vec![]));
        op.set_attr("split_axes", Attr::Opaque("#shard<axisarray[[a]]>".into()));
        assert_eq!(Sharding::from_op(&op), Err("invalid axis array '[[a]]'".into()));
        op.remove_attr("grid");
        assert_eq!(Sharding::from_op(&op), Err("'shard.sharding' has no symbol 'grid'".into()));
    }
}
