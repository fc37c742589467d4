//! The mesh/sharding vocabulary of MLIR's upstream `shard` dialect (LLVM 22, formerly `mesh`):
//! device grids ([`Grid`], `shard.grid`) and tensor shardings ([`Sharding`], `shard.sharding`),
//! the ops that carry them in a module (`shard.shard` annotates a value), and the ops of an SPMD
//! program: collectives between the devices of a grid ([`Collective`]) and a device's own place
//! in it ([`ProcessIndex`]).
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
//! %r = shard.all_reduce %t on @g grid_axes = [1] reduction =  max : tensor<4x8xf32> -> tensor<4x8xf32>
//!   "shard.all_reduce"(%t) <{grid = @g, grid_axes = array<i16: 1>, reduction = #shard<partial max>}>
//!     : (tensor<4x8xf32>) -> tensor<4x8xf32>
//! %i:2 = shard.process_multi_index on @g : index, index
//!   "shard.process_multi_index"() <{axes = array<i16>, grid = @g}> : () -> (index, index)
//! ```
//!
//! (MLIR 22 prints a non-default reduction with two spaces after `=`; so does [`crate::print`].)
//!
//! A collective acts on the *process group* of each device along its `grid_axes`: the devices
//! whose multi-indices differ only on those axes, ordered by the row-major linearization of
//! their indices along `grid_axes` in the order listed ([`Grid::group`]). Empty `grid_axes` make
//! groups of one device.
//!
//! Halo sizes, sharded dimension offsets and dynamic (SSA) variants of them are not modelled:
//! [`Sharding::from_op`] rejects them. Neither are the rooted collectives (`shard.broadcast`,
//! `gather`, `reduce`, `scatter`), nor dynamic device indices of `shard.send`/`shard.recv`.

use crate::attr::Attr;
use crate::ir::{Func, Item, Module, Op, ValueId};
use crate::types::{TensorType, Type};

/// `shard.grid`: a named device grid (a top-level op).
pub const GRID_OP: &str = "shard.grid";
/// `shard.sharding`: makes a `!shard.sharding` value.
pub const SHARDING_OP: &str = "shard.sharding";
/// `shard.shard`: annotates a tensor value with a sharding.
pub const SHARD_OP: &str = "shard.shard";
/// The type of a `shard.sharding` result.
pub const SHARDING_TYPE: &str = "!shard.sharding";
/// `shard.all_reduce`: reduces over each process group; every member gets the result.
pub const ALL_REDUCE_OP: &str = "shard.all_reduce";
/// `shard.all_gather`: concatenates the group's tensors along `gather_axis`.
pub const ALL_GATHER_OP: &str = "shard.all_gather";
/// `shard.reduce_scatter`: reduces over the group, each member keeps its slice along
/// `scatter_axis`.
pub const REDUCE_SCATTER_OP: &str = "shard.reduce_scatter";
/// `shard.all_to_all`: splits along `split_axis`, exchanges, concatenates along `concat_axis`.
pub const ALL_TO_ALL_OP: &str = "shard.all_to_all";
/// `shard.all_slice`: each member keeps its slice along `slice_axis` (no communication).
pub const ALL_SLICE_OP: &str = "shard.all_slice";
/// `shard.shift`: moves tensors `offset` devices along grid axis `shift_axis`.
pub const SHIFT_OP: &str = "shard.shift";
/// `shard.send`: sends the tensor to a device of the group.
pub const SEND_OP: &str = "shard.send";
/// `shard.recv`: receives a tensor from a device of the group.
pub const RECV_OP: &str = "shard.recv";
/// `shard.process_multi_index`: the device's index along grid axes.
pub const PROCESS_MULTI_INDEX_OP: &str = "shard.process_multi_index";
/// `shard.process_linear_index`: the device's row-major linear index in its grid.
pub const PROCESS_LINEAR_INDEX_OP: &str = "shard.process_linear_index";
/// Every collective op [`Collective`] models.
pub const COLLECTIVE_OPS: [&str; 8] = [ALL_REDUCE_OP, ALL_GATHER_OP, REDUCE_SCATTER_OP, ALL_TO_ALL_OP, ALL_SLICE_OP, SHIFT_OP, SEND_OP, RECV_OP];
/// MLIR's `index` type, of the process-index results.
pub const INDEX_TYPE: &str = "index";

/// The `index` type.
pub fn index_type() -> Type {
    Type::Opaque(INDEX_TYPE.to_string())
}

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

    /// The number of grid axes.
    pub fn rank(&self) -> usize {
        self.shape.len()
    }

    /// Checks a list of grid axes: each exists, none is listed twice.
    pub fn verify_axes(&self, axes: &[i16]) -> Result<(), String> {
        let mut seen = vec![false; self.rank()];
        for &a in axes {
            let Some(slot) = usize::try_from(a).ok().and_then(|i| seen.get_mut(i)) else {
                return Err(format!("grid axis {a} is out of range for grid @{} of rank {}", self.name, self.rank()));
            };
            if std::mem::replace(slot, true) {
                return Err(format!("grid axis {a} is used twice"));
            }
        }
        Ok(())
    }

    /// The number of devices in each process group along `axes` (valid axes, see
    /// [`Grid::verify_axes`]): the product of their sizes, 1 for no axes.
    pub fn group_size(&self, axes: &[i16]) -> i64 {
        axes.iter().map(|&a| self.shape[a as usize]).product()
    }

    /// The row-major linear index of the device at `multi_index` (MLIR's
    /// `shard.process_linear_index`).
    pub fn linear_index(&self, multi_index: &[i64]) -> i64 {
        multi_index.iter().zip(&self.shape).fold(0, |acc, (&i, &n)| acc * n + i)
    }

    /// The multi-index of the device with row-major linear index `linear`.
    pub fn multi_index(&self, linear: i64) -> Vec<i64> {
        let mut rest = linear;
        let mut out = vec![0; self.rank()];
        for (slot, &n) in out.iter_mut().zip(&self.shape).rev() {
            *slot = rest % n;
            rest /= n;
        }
        out
    }

    /// The position of the device at `multi_index` in its process group along `axes`: its
    /// indices along `axes`, in the order listed, linearized row-major.
    pub fn in_group_index(&self, multi_index: &[i64], axes: &[i16]) -> i64 {
        axes.iter().fold(0, |acc, &a| acc * self.shape[a as usize] + multi_index[a as usize])
    }

    /// The linear indices of the members of the process group along `axes` of the device at
    /// `multi_index`, in group order ([`Grid::in_group_index`] 0, 1, ...).
    pub fn group(&self, multi_index: &[i64], axes: &[i16]) -> Vec<i64> {
        let sizes: Vec<i64> = axes.iter().map(|&a| self.shape[a as usize]).collect();
        let mut member = multi_index.to_vec();
        (0..self.group_size(axes))
            .map(|k| {
                let mut rest = k;
                for (&a, &n) in axes.iter().zip(&sizes).rev() {
                    member[a as usize] = rest % n;
                    rest /= n;
                }
                self.linear_index(&member)
            })
            .collect()
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

/// How a collective combines the tensors of a group (`#shard<partial sum>`); MLIR's
/// `ReductionKind`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reduction {
    /// Elementwise sum (the default).
    Sum,
    /// Elementwise maximum.
    Max,
    /// Elementwise minimum.
    Min,
    /// Elementwise product.
    Product,
    /// Arithmetic mean.
    Average,
    /// Bitwise and.
    BitwiseAnd,
    /// Bitwise or.
    BitwiseOr,
    /// Bitwise exclusive or.
    BitwiseXor,
    /// A reduction defined elsewhere; nothing here can compute it.
    Generic,
}

impl Reduction {
    /// Every reduction kind.
    pub const ALL: [Reduction; 9] =
        [Reduction::Sum, Reduction::Max, Reduction::Min, Reduction::Product, Reduction::Average, Reduction::BitwiseAnd, Reduction::BitwiseOr, Reduction::BitwiseXor, Reduction::Generic];

    /// MLIR's spelling (`sum`, `bitwise_xor`, ...).
    pub fn name(self) -> &'static str {
        match self {
            Reduction::Sum => "sum",
            Reduction::Max => "max",
            Reduction::Min => "min",
            Reduction::Product => "product",
            Reduction::Average => "average",
            Reduction::BitwiseAnd => "bitwise_and",
            Reduction::BitwiseOr => "bitwise_or",
            Reduction::BitwiseXor => "bitwise_xor",
            Reduction::Generic => "generic",
        }
    }

    /// The kind spelled `name`.
    pub fn from_name(name: &str) -> Option<Reduction> {
        Reduction::ALL.into_iter().find(|r| r.name() == name)
    }

    /// The `reduction` attribute: `#shard<partial sum>`.
    pub fn attr(self) -> Attr {
        Attr::Enum { dialect: "shard".into(), kind: "partial".into(), value: self.name().into() }
    }

    /// Reads a `#shard<partial ...>` attribute.
    pub fn from_attr(attr: &Attr) -> Option<Reduction> {
        attr.enum_case("shard", "partial").and_then(Reduction::from_name)
    }
}

/// What a collective does, with the attributes of its own.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CollectiveKind {
    /// `shard.all_reduce`: every member gets the group's elementwise reduction, converted to
    /// the result's element type.
    AllReduce {
        /// How elements combine.
        reduction: Reduction,
    },
    /// `shard.all_gather`: every member gets the group's tensors concatenated along
    /// `gather_axis`, in group order.
    AllGather {
        /// The tensor dimension to concatenate along.
        gather_axis: i64,
    },
    /// `shard.reduce_scatter`: the group's reduction, split along `scatter_axis`; each member
    /// keeps the part at its position in the group.
    ReduceScatter {
        /// How elements combine.
        reduction: Reduction,
        /// The tensor dimension to split.
        scatter_axis: i64,
    },
    /// `shard.all_to_all`: each member splits its tensor along `split_axis` into one part per
    /// member, sends part `k` to member `k`, and concatenates what it receives along
    /// `concat_axis`, in group order.
    AllToAll {
        /// The tensor dimension to split.
        split_axis: i64,
        /// The tensor dimension to concatenate along.
        concat_axis: i64,
    },
    /// `shard.all_slice`: each member keeps the part of its tensor at its position in the
    /// group along `slice_axis`; nothing is communicated.
    AllSlice {
        /// The tensor dimension to split.
        slice_axis: i64,
    },
    /// `shard.shift`: each device receives the tensor of the device `offset` positions before it
    /// along grid axis `shift_axis` (data moves towards higher indices, as with
    /// `MPI_Cart_shift`); with `rotate` the positions wrap around, without it a device with no
    /// source gets an undefined result.
    Shift {
        /// The grid axis to shift along; one of the collective's grid axes.
        shift_axis: i64,
        /// How many devices along `shift_axis` the data moves.
        offset: i64,
        /// Whether positions wrap around.
        rotate: bool,
    },
    /// `shard.send`: sends the tensor to the member at in-group multi-index `destination`.
    Send {
        /// The receiver's indices along the grid axes, in their order.
        destination: Vec<i64>,
    },
    /// `shard.recv`: receives a tensor from the member at in-group multi-index `source`; the
    /// operand only gives the type.
    Recv {
        /// The sender's indices along the grid axes, in their order, when given.
        source: Option<Vec<i64>>,
    },
}

/// A collective over the process groups of a grid: `grid_axes` define the groups (see the
/// module docs), `kind` what happens in each.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Collective {
    /// The grid's symbol name, without `@`.
    pub grid: String,
    /// The grid axes that span each process group, major to minor.
    pub grid_axes: Vec<i16>,
    /// What the collective does.
    pub kind: CollectiveKind,
}

impl Collective {
    /// A collective of `kind` over the groups along `grid_axes` of `grid`.
    pub fn new(grid: &str, grid_axes: Vec<i16>, kind: CollectiveKind) -> Collective {
        Collective { grid: grid.to_string(), grid_axes, kind }
    }

    /// The op's name (`shard.all_reduce`, ...).
    pub fn op_name(&self) -> &'static str {
        match self.kind {
            CollectiveKind::AllReduce { .. } => ALL_REDUCE_OP,
            CollectiveKind::AllGather { .. } => ALL_GATHER_OP,
            CollectiveKind::ReduceScatter { .. } => REDUCE_SCATTER_OP,
            CollectiveKind::AllToAll { .. } => ALL_TO_ALL_OP,
            CollectiveKind::AllSlice { .. } => ALL_SLICE_OP,
            CollectiveKind::Shift { .. } => SHIFT_OP,
            CollectiveKind::Send { .. } => SEND_OP,
            CollectiveKind::Recv { .. } => RECV_OP,
        }
    }

    /// The op's attributes as MLIR 22 builds them (defaults included), sorted by name.
    pub fn op_attrs(&self) -> Vec<(String, Attr)> {
        let index = |v: i64| Attr::Int { value: v as i128, ty: Some("index".into()) };
        let mut attrs = vec![("grid".to_string(), Attr::Symbol(self.grid.clone())), ("grid_axes".to_string(), axes_attr(&self.grid_axes))];
        let mut add = |k: &str, v: Attr| attrs.push((k.to_string(), v));
        match &self.kind {
            CollectiveKind::AllReduce { reduction } => add("reduction", reduction.attr()),
            CollectiveKind::AllGather { gather_axis } => add("gather_axis", index(*gather_axis)),
            CollectiveKind::ReduceScatter { reduction, scatter_axis } => {
                add("reduction", reduction.attr());
                add("scatter_axis", index(*scatter_axis));
            }
            CollectiveKind::AllToAll { split_axis, concat_axis } => {
                add("split_axis", index(*split_axis));
                add("concat_axis", index(*concat_axis));
            }
            CollectiveKind::AllSlice { slice_axis } => add("slice_axis", index(*slice_axis)),
            CollectiveKind::Shift { shift_axis, offset, rotate } => {
                add("shift_axis", index(*shift_axis));
                add("offset", Attr::i64(*offset));
                if *rotate {
                    add("rotate", Attr::Unit);
                }
            }
            CollectiveKind::Send { destination } => add("destination", Attr::dense_i64(destination.clone())),
            CollectiveKind::Recv { source } => {
                if let Some(source) = source {
                    add("source", Attr::dense_i64(source.clone()));
                }
            }
        }
        attrs.sort_by(|a, b| a.0.cmp(&b.0));
        attrs
    }

    /// The attribute names the op's pretty syntax writes itself (the rest go in its
    /// dictionary).
    pub fn syntax_keys(&self) -> Vec<String> {
        self.op_attrs().into_iter().map(|(k, _)| k).collect()
    }

    /// Reads a collective op. Absent `grid_axes` and `reduction` take MLIR's defaults (no
    /// axes, `sum`).
    pub fn from_op(op: &Op) -> Result<Collective, String> {
        let grid = match op.attr("grid") {
            Some(Attr::Symbol(g)) => g.clone(),
            _ => return Err("needs a symbol attribute 'grid'".into()),
        };
        let grid_axes = axes_of(op, "grid_axes")?;
        let reduction = || match op.attr("reduction") {
            None => Ok(Reduction::Sum),
            Some(a) => Reduction::from_attr(a).ok_or_else(|| "attribute 'reduction' must be a reduction kind such as #shard<partial sum>".to_string()),
        };
        let index = |key: &str| index_of(op, key);
        let kind = match op.name.as_str() {
            ALL_REDUCE_OP => CollectiveKind::AllReduce { reduction: reduction()? },
            ALL_GATHER_OP => CollectiveKind::AllGather { gather_axis: index("gather_axis")? },
            REDUCE_SCATTER_OP => CollectiveKind::ReduceScatter { reduction: reduction()?, scatter_axis: index("scatter_axis")? },
            ALL_TO_ALL_OP => CollectiveKind::AllToAll { split_axis: index("split_axis")?, concat_axis: index("concat_axis")? },
            ALL_SLICE_OP => CollectiveKind::AllSlice { slice_axis: index("slice_axis")? },
            SHIFT_OP => {
                let offset = match op.attr("offset") {
                    Some(Attr::Int { value, ty: Some(t) }) if t == "i64" => i64::try_from(*value).map_err(|_| "attribute 'offset' does not fit in i64".to_string())?,
                    Some(_) => return Err("attribute 'offset' must be an i64 integer".into()),
                    None => return Err("needs attribute 'offset'".into()),
                };
                let rotate = match op.attr("rotate") {
                    None => false,
                    Some(Attr::Unit) => true,
                    Some(_) => return Err("attribute 'rotate' must be a unit attribute".into()),
                };
                CollectiveKind::Shift { shift_axis: index("shift_axis")?, offset, rotate }
            }
            SEND_OP => CollectiveKind::Send { destination: device_of(op, "destination")?.ok_or("needs attribute 'destination'")? },
            RECV_OP => CollectiveKind::Recv { source: device_of(op, "source")? },
            other => return Err(format!("'{other}' is not a collective")),
        };
        Ok(Collective { grid, grid_axes, kind })
    }

    /// The result type for `operand` on `grid` (for all-reduce, the operand's type: give
    /// another element type with [`Collective::build_op_with_type`]).
    pub fn result_type(&self, operand: &TensorType, grid: &Grid) -> Result<TensorType, String> {
        grid.verify_axes(&self.grid_axes)?;
        let rank = operand.rank();
        let group = grid.group_size(&self.grid_axes);
        let mut shape = operand.shape.clone();
        let axis = |key: &str, a: i64| usize::try_from(a).ok().filter(|&a| a < rank).ok_or_else(|| format!("{key} {a} is out of range for a rank-{rank} operand"));
        let split = |shape: &mut Vec<i64>, key: &str, a: i64| -> Result<(), String> {
            let d = axis(key, a)?;
            if shape[d] % group != 0 {
                return Err(format!("operand dimension {d} of size {} is not divisible by the {group} devices of grid axes {:?}", shape[d], self.grid_axes));
            }
            shape[d] /= group;
            Ok(())
        };
        match &self.kind {
            CollectiveKind::AllReduce { .. } | CollectiveKind::Shift { .. } | CollectiveKind::Send { .. } | CollectiveKind::Recv { .. } => {}
            CollectiveKind::AllGather { gather_axis } => {
                let d = axis("gather_axis", *gather_axis)?;
                shape[d] = shape[d].checked_mul(group).ok_or("the gathered dimension overflows")?;
            }
            CollectiveKind::ReduceScatter { scatter_axis, .. } => split(&mut shape, "scatter_axis", *scatter_axis)?,
            CollectiveKind::AllSlice { slice_axis } => split(&mut shape, "slice_axis", *slice_axis)?,
            CollectiveKind::AllToAll { split_axis, concat_axis } => {
                let c = axis("concat_axis", *concat_axis)?;
                if split_axis != concat_axis {
                    split(&mut shape, "split_axis", *split_axis)?;
                    shape[c] = shape[c].checked_mul(group).ok_or("the concatenated dimension overflows")?;
                }
            }
        }
        Ok(TensorType::new(shape, operand.elem))
    }

    /// The op applying this collective to `input`, with a new result value of the type
    /// [`Collective::result_type`] gives on `grid`. The caller places the op.
    pub fn build_op(&self, func: &mut Func, input: ValueId, grid: &Grid) -> Result<Op, String> {
        let Type::Tensor(operand) = func.ty(input) else {
            return Err(format!("'{}' takes a tensor, not {}", self.op_name(), func.ty(input)));
        };
        let result = self.result_type(operand, grid)?;
        Ok(self.build_op_with_type(func, input, Type::Tensor(result)))
    }

    /// The op applying this collective to `input`, with a new result value of type `result`.
    pub fn build_op_with_type(&self, func: &mut Func, input: ValueId, result: Type) -> Op {
        let result = func.new_value(result);
        let mut op = Op::new(self.op_name(), vec![input], vec![result]);
        op.attrs = self.op_attrs();
        op
    }

    /// Checks operand and result types as far as they do not depend on the grid: ranks,
    /// element types, tensor axes in range, and the dimensions the collective leaves alone.
    pub fn verify_types(&self, operand: &TensorType, result: &TensorType) -> Result<(), String> {
        let rank = operand.rank();
        let kind = &self.kind;
        if rank == 0 && !matches!(kind, CollectiveKind::AllReduce { .. }) {
            return Err(format!("operand must have rank at least 1, got {operand}"));
        }
        if result.rank() != rank {
            return Err(format!("result {result} must have the rank of the operand {operand}"));
        }
        let converts = matches!(kind, CollectiveKind::AllReduce { .. } | CollectiveKind::ReduceScatter { .. });
        if !converts && result.elem != operand.elem {
            return Err(format!("result {result} must have the element type of the operand {operand}"));
        }
        let axis = |key: &str, a: i64| usize::try_from(a).ok().filter(|&a| a < rank).ok_or_else(|| format!("{key} {a} is out of range for a rank-{rank} operand"));
        // The dimensions the collective may change.
        let changed: Vec<usize> = match kind {
            CollectiveKind::AllReduce { .. } | CollectiveKind::Shift { .. } | CollectiveKind::Send { .. } | CollectiveKind::Recv { .. } => Vec::new(),
            CollectiveKind::AllGather { gather_axis } => vec![axis("gather_axis", *gather_axis)?],
            CollectiveKind::ReduceScatter { scatter_axis, .. } => vec![axis("scatter_axis", *scatter_axis)?],
            CollectiveKind::AllSlice { slice_axis } => vec![axis("slice_axis", *slice_axis)?],
            CollectiveKind::AllToAll { split_axis, concat_axis } => {
                let (s, c) = (axis("split_axis", *split_axis)?, axis("concat_axis", *concat_axis)?);
                if s == c {
                    Vec::new()
                } else {
                    vec![s, c]
                }
            }
        };
        for d in (0..rank).filter(|d| !changed.contains(d)) {
            if result.shape[d] != operand.shape[d] {
                return Err(format!("result dimension {d} has size {}, expected {}", result.shape[d], operand.shape[d]));
            }
        }
        Ok(())
    }

    /// Checks the collective on `grid`: [`Collective::verify_types`], the grid axes, the
    /// shift axis and device indices, and the result shape [`Collective::result_type`]
    /// gives.
    pub fn verify(&self, operand: &TensorType, result: &TensorType, grid: &Grid) -> Result<(), String> {
        self.verify_types(operand, result)?;
        grid.verify_axes(&self.grid_axes)?;
        match &self.kind {
            CollectiveKind::Shift { shift_axis, .. } if !self.grid_axes.iter().any(|&a| a as i64 == *shift_axis) => {
                return Err(format!("shift_axis {shift_axis} is not one of the grid axes {:?}", self.grid_axes));
            }
            CollectiveKind::Send { destination } => self.verify_device("destination", destination, grid)?,
            CollectiveKind::Recv { source: Some(source) } => self.verify_device("source", source, grid)?,
            _ => {}
        }
        let want = self.result_type(operand, grid)?;
        for (d, (&got, &want)) in result.shape.iter().zip(&want.shape).enumerate() {
            if got != want {
                return Err(format!("result dimension {d} has size {got}, expected {want}"));
            }
        }
        Ok(())
    }

    /// An in-group multi-index names a member of the group.
    fn verify_device(&self, key: &str, device: &[i64], grid: &Grid) -> Result<(), String> {
        if device.len() != self.grid_axes.len() {
            return Err(format!("{key} {device:?} needs one index per grid axis of {:?}", self.grid_axes));
        }
        for (&i, &a) in device.iter().zip(&self.grid_axes) {
            let n = grid.shape[a as usize];
            if !(0..n).contains(&i) {
                return Err(format!("{key} {device:?} is out of range: index {i} along grid axis {a} of size {n}"));
            }
        }
        Ok(())
    }
}

/// A device's place in its grid: `shard.process_multi_index` and `shard.process_linear_index`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProcessIndex {
    /// `shard.process_multi_index on @g axes = [1]`: the device's index along each listed grid
    /// axis, or along every grid axis when none is listed.
    Multi {
        /// The grid's symbol name, without `@`.
        grid: String,
        /// The grid axes asked about.
        axes: Vec<i16>,
    },
    /// `shard.process_linear_index on @g`: the device's row-major linear index.
    Linear {
        /// The grid's symbol name, without `@`.
        grid: String,
    },
}

impl ProcessIndex {
    /// The op's name.
    pub fn op_name(&self) -> &'static str {
        match self {
            ProcessIndex::Multi { .. } => PROCESS_MULTI_INDEX_OP,
            ProcessIndex::Linear { .. } => PROCESS_LINEAR_INDEX_OP,
        }
    }

    /// The grid's symbol name.
    pub fn grid(&self) -> &str {
        match self {
            ProcessIndex::Multi { grid, .. } | ProcessIndex::Linear { grid } => grid,
        }
    }

    /// The op's attributes as MLIR 22 builds them, sorted by name.
    pub fn op_attrs(&self) -> Vec<(String, Attr)> {
        match self {
            ProcessIndex::Multi { grid, axes } => vec![("axes".into(), axes_attr(axes)), ("grid".into(), Attr::Symbol(grid.clone()))],
            ProcessIndex::Linear { grid } => vec![("grid".into(), Attr::Symbol(grid.clone()))],
        }
    }

    /// Reads a process-index op; absent `axes` means none.
    pub fn from_op(op: &Op) -> Result<ProcessIndex, String> {
        let grid = match op.attr("grid") {
            Some(Attr::Symbol(g)) => g.clone(),
            _ => return Err("needs a symbol attribute 'grid'".into()),
        };
        match op.name.as_str() {
            PROCESS_MULTI_INDEX_OP => Ok(ProcessIndex::Multi { grid, axes: axes_of(op, "axes")? }),
            PROCESS_LINEAR_INDEX_OP => Ok(ProcessIndex::Linear { grid }),
            other => Err(format!("'{other}' is not a process index")),
        }
    }

    /// The number of `index` results on `grid`.
    pub fn num_results(&self, grid: &Grid) -> usize {
        match self {
            ProcessIndex::Multi { axes, .. } if axes.is_empty() => grid.rank(),
            ProcessIndex::Multi { axes, .. } => axes.len(),
            ProcessIndex::Linear { .. } => 1,
        }
    }

    /// The op, with new `index` result values in `func`. The caller places the op.
    pub fn build_op(&self, func: &mut Func, grid: &Grid) -> Op {
        let results = (0..self.num_results(grid)).map(|_| func.new_value(index_type())).collect();
        let mut op = Op::new(self.op_name(), Vec::new(), results);
        op.attrs = self.op_attrs();
        op
    }

    /// Checks the axes and the number of results against `grid`.
    pub fn verify(&self, num_results: usize, grid: &Grid) -> Result<(), String> {
        if let ProcessIndex::Multi { axes, .. } = self {
            grid.verify_axes(axes)?;
        }
        let want = self.num_results(grid);
        if num_results != want {
            return Err(format!("has {num_results} result(s), expected {want}"));
        }
        Ok(())
    }

    /// The values of the results on the device at `multi_index` of `grid`.
    pub fn values(&self, grid: &Grid, multi_index: &[i64]) -> Vec<i64> {
        match self {
            ProcessIndex::Multi { axes, .. } if axes.is_empty() => multi_index.to_vec(),
            ProcessIndex::Multi { axes, .. } => axes.iter().map(|&a| multi_index[a as usize]).collect(),
            ProcessIndex::Linear { .. } => vec![grid.linear_index(multi_index)],
        }
    }
}

/// Checks a sharding, collective or process-index op of `func` against the grid it names in
/// `module`; `None` when `op` is none of them.
pub fn verify_against_grid(op: &Op, func: &Func, module: &Module) -> Option<Result<(), String>> {
    let is_collective = COLLECTIVE_OPS.contains(&op.name.as_str());
    if !is_collective && op.name != PROCESS_MULTI_INDEX_OP && op.name != PROCESS_LINEAR_INDEX_OP && op.name != SHARDING_OP {
        return None;
    }
    let grid_of = |name: &str| match Grid::find(module, name) {
        Some(grid) => grid,
        None => Err(format!("refers to undefined grid @{name}")),
    };
    Some((|| {
        if op.name == SHARDING_OP {
            // Its axes are checked where it lays out a tensor of known rank (`shard.shard`).
            return grid_of(&Sharding::from_op(op)?.grid).map(|_| ());
        }
        if !is_collective {
            let index = ProcessIndex::from_op(op)?;
            return index.verify(op.results.len(), &grid_of(index.grid())?);
        }
        let collective = Collective::from_op(op)?;
        let grid = grid_of(&collective.grid)?;
        let tensor = |v: Option<&ValueId>, what: &str| match v.map(|v| func.ty(*v)) {
            Some(Type::Tensor(t)) => Ok(t),
            Some(other) => Err(format!("{what} must be a tensor, got {other}")),
            None => Err(format!("needs one {what}")),
        };
        collective.verify(tensor(op.operands.first(), "operand")?, tensor(op.results.first(), "result")?, &grid)
    })())
}

/// A `grid_axes`/`axes` attribute: `array<i16: ...>`.
fn axes_attr(axes: &[i16]) -> Attr {
    Attr::DenseI64 { elem: "i16".into(), values: axes.iter().map(|&a| a as i64).collect() }
}

/// The axes of `array<i16: ...>` attribute `key`; none when absent.
fn axes_of(op: &Op, key: &str) -> Result<Vec<i16>, String> {
    match op.attr(key) {
        None => Ok(Vec::new()),
        Some(Attr::DenseI64 { elem, values }) if elem == "i16" => values.iter().map(|&v| i16::try_from(v).map_err(|_| format!("grid axis {v} does not fit in i16"))).collect(),
        Some(_) => Err(format!("attribute '{key}' must be an array<i16: ...>")),
    }
}

/// The value of index attribute `key` (`1 : index`), which must be present.
fn index_of(op: &Op, key: &str) -> Result<i64, String> {
    match op.attr(key) {
        Some(Attr::Int { value, ty: Some(t) }) if t == "index" => i64::try_from(*value).map_err(|_| format!("attribute '{key}' does not fit in i64")),
        Some(_) => Err(format!("attribute '{key}' must be an index such as `1 : index`")),
        None => Err(format!("needs attribute '{key}'")),
    }
}

/// The in-group device of `array<i64: ...>` attribute `key`, if present; dynamic entries are
/// not supported.
fn device_of(op: &Op, key: &str) -> Result<Option<Vec<i64>>, String> {
    match op.attr(key) {
        None => Ok(None),
        Some(Attr::DenseI64 { elem, values }) if elem == "i64" => {
            if values.iter().any(|&v| v < 0) {
                return Err(format!("dynamic or negative indices in '{key}' are not supported"));
            }
            Ok(Some(values.clone()))
        }
        Some(_) => Err(format!("attribute '{key}' must be an array<i64: ...>")),
    }
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
pub fn split_axes_of(attr: &Attr) -> Option<Result<Vec<Vec<i16>>, String>> {
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
    fn groups() {
        let g = grid(&[2, 4]);
        assert_eq!(g.rank(), 2);
        assert_eq!(g.multi_index(6), vec![1, 2]);
        assert_eq!(g.linear_index(&[1, 2]), 6);
        assert!((0..8).all(|d| g.linear_index(&g.multi_index(d)) == d));
        // (device, axes) -> group members in group order, the device's position, group size
        let check_group = |device: i64, axes: &[i16], members: &[i64], position: i64| {
            let multi = g.multi_index(device);
            assert_eq!(g.group(&multi, axes), members, "device {device}, axes {axes:?}");
            assert_eq!(g.in_group_index(&multi, axes), position, "device {device}, axes {axes:?}");
            assert_eq!(g.group_size(axes), members.len() as i64);
        };
        check_group(6, &[1], &[4, 5, 6, 7], 2);
        check_group(6, &[0], &[2, 6], 1);
        check_group(6, &[0, 1], &[0, 1, 2, 3, 4, 5, 6, 7], 6);
        // Listing the axes the other way round orders the group minor axis first.
        check_group(6, &[1, 0], &[0, 4, 1, 5, 2, 6, 3, 7], 5);
        check_group(6, &[], &[6], 0);
        assert_eq!(g.verify_axes(&[1, 0]), Ok(()));
        assert_eq!(g.verify_axes(&[0, 0]), Err("grid axis 0 is used twice".into()));
        assert_eq!(g.verify_axes(&[2]), Err("grid axis 2 is out of range for grid @g of rank 2".into()));
    }

    /// The result type of `kind` over `axes` of grid 2x4 on an operand of `shape`, or the
    /// error.
    fn check_result(kind: CollectiveKind, axes: &[i16], shape: &[i64], expected: &str) {
        let operand = TensorType::new(shape.to_vec(), ElemType::F32);
        let c = Collective::new("g", axes.to_vec(), kind.clone());
        let got = match c.result_type(&operand, &grid(&[2, 4])) {
            Ok(t) => t.to_string(),
            Err(e) => e,
        };
        assert_eq!(got, expected, "\n{kind:?} over {axes:?} on {operand}");
    }

    #[test]
    fn result_types() {
        use CollectiveKind::*;
        check_result(AllReduce { reduction: Reduction::Max }, &[0, 1], &[3, 5], "tensor<3x5xf32>");
        check_result(AllGather { gather_axis: 1 }, &[1], &[4, 2], "tensor<4x8xf32>");
        check_result(AllGather { gather_axis: 0 }, &[0, 1], &[4, 2], "tensor<32x2xf32>");
        check_result(AllGather { gather_axis: 2 }, &[1], &[4, 2], "gather_axis 2 is out of range for a rank-2 operand");
        check_result(ReduceScatter { reduction: Reduction::Sum, scatter_axis: 0 }, &[0], &[4, 8], "tensor<2x8xf32>");
        check_result(ReduceScatter { reduction: Reduction::Sum, scatter_axis: 0 }, &[1], &[6, 8], "operand dimension 0 of size 6 is not divisible by the 4 devices of grid axes [1]");
        check_result(AllToAll { split_axis: 1, concat_axis: 0 }, &[1], &[4, 8], "tensor<16x2xf32>");
        check_result(AllToAll { split_axis: 0, concat_axis: 0 }, &[1], &[4, 8], "tensor<4x8xf32>");
        check_result(AllSlice { slice_axis: 1 }, &[1, 0], &[4, 8], "tensor<4x1xf32>");
        check_result(AllSlice { slice_axis: 1 }, &[], &[4, 8], "tensor<4x8xf32>");
        check_result(Shift { shift_axis: 1, offset: -1, rotate: true }, &[1], &[4], "tensor<4xf32>");
        check_result(AllSlice { slice_axis: 0 }, &[3], &[4], "grid axis 3 is out of range for grid @g of rank 2");
    }

    #[test]
    fn build_collectives_and_indices() {
        let mut func = Func::empty("f");
        let x = func.new_value(Type::tensor(vec![4, 8], ElemType::F32));
        let g = grid(&[2, 4]);
        let gather = Collective::new("g", vec![1], CollectiveKind::AllGather { gather_axis: 0 }).build_op(&mut func, x, &g).unwrap();
        assert_eq!(gather.name, ALL_GATHER_OP);
        assert_eq!(func.ty(gather.results[0]).to_string(), "tensor<16x8xf32>");
        assert_eq!(Collective::from_op(&gather), Ok(Collective::new("g", vec![1], CollectiveKind::AllGather { gather_axis: 0 })));
        let keys: Vec<&str> = gather.attrs.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["gather_axis", "grid", "grid_axes"]);
        let reduce = Collective::new("g", vec![0, 1], CollectiveKind::AllReduce { reduction: Reduction::Sum });
        let op = reduce.build_op_with_type(&mut func, x, Type::tensor(vec![4, 8], ElemType::F64));
        assert_eq!(op.attr("reduction"), Some(&Reduction::Sum.attr()));
        assert_eq!(op.attr("grid_axes"), Some(&Attr::DenseI64 { elem: "i16".into(), values: vec![0, 1] }));
        let shift = Collective::new("g", vec![1], CollectiveKind::Shift { shift_axis: 1, offset: 3, rotate: false });
        assert_eq!(Collective::from_op(&shift.build_op(&mut func, x, &g).unwrap()), Ok(shift));
        for r in Reduction::ALL {
            assert_eq!(Reduction::from_attr(&r.attr()), Some(r));
        }
        let multi = ProcessIndex::Multi { grid: "g".into(), axes: Vec::new() };
        let op = multi.build_op(&mut func, &g);
        assert_eq!(op.results.len(), 2);
        assert!(op.results.iter().all(|r| *func.ty(*r) == index_type()));
        assert_eq!(ProcessIndex::from_op(&op), Ok(multi.clone()));
        assert_eq!(multi.values(&g, &[1, 3]), vec![1, 3]);
        assert_eq!(ProcessIndex::Multi { grid: "g".into(), axes: vec![1] }.values(&g, &[1, 3]), vec![3]);
        assert_eq!(ProcessIndex::Linear { grid: "g".into() }.values(&g, &[1, 3]), vec![7]);
        assert_eq!(ProcessIndex::Linear { grid: "g".into() }.verify(2, &g), Err("has 2 result(s), expected 1".into()));
        let mut bad = gather.clone();
        bad.set_attr("gather_axis", Attr::i64(0));
        assert_eq!(Collective::from_op(&bad), Err("attribute 'gather_axis' must be an index such as `1 : index`".into()));
        bad.set_attr("gather_axis", Attr::Int { value: 0, ty: Some("index".into()) });
        bad.set_attr("grid_axes", Attr::dense_i64(vec![0]));
        assert_eq!(Collective::from_op(&bad), Err("attribute 'grid_axes' must be an array<i16: ...>".into()));
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
