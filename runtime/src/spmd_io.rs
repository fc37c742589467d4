//! Global tensors in and out of an SPMD program: splitting each global input into the blocks
//! the devices of a grid hold, and assembling each result's global tensor from the blocks the
//! devices return. With [`run_partitioned`] a partitioned module runs on global data, as its
//! unpartitioned original does on one device.
//!
//! - Expects: a partitioned module, i.e. a top-level `shard.grid` (the first one is the grid
//!   simulated) and an entry function with local, per-device types whose tensor arguments and
//!   results may carry `alpa.split_axes = #shard<axisarray[[0], []]>` (per tensor dimension,
//!   the grid axes it is split over, major to minor; absent means replicated) and
//!   `alpa.global_shape = array<i64: ...>` (the global shape when a split is uneven).
//! - Guarantees: along a dimension split over axes `[a, b]` the device at multi-index `m`
//!   holds block `m[a] * size(b) + m[b]` ([`Grid::in_group_index`]) of the local size. Without
//!   `alpa.global_shape` a global dimension is the local size times its number of blocks; with
//!   it the local size must be the global size divided by the blocks, rounded up: the last
//!   blocks of an input are then padded with zeros, and the padding of a result is dropped.
//!   A result's replicated copies (devices that differ only along axes it is not split over)
//!   must agree within the tolerance; the copy of the device at index 0 along those axes is
//!   taken.
//!
//! ```text
//! shard.grid @mesh(shape = 2)
//! func.func @main(%x: tensor<4x4xf32> {alpa.split_axes = #shard<axisarray[[], [0]]>})
//!     -> tensor<4x6xf32>       // x is 4x8 globally; device 0 holds columns 0..4
//! ```

use crate::compare::compare;
use crate::error::RunError;
use crate::sim::run_spmd;
use crate::tensor::{for_each_index, strides, Data, Tensor};
use alpa_stablehlo::attr::Attr;
use alpa_stablehlo::ir::{Func, Item, Module};
use alpa_stablehlo::shard::{self, split_axes_of, Grid, Sharding};
use alpa_stablehlo::{TensorType, Type};

/// The attribute of an argument or result naming the grid axes each dimension is split over.
pub const SPLIT_AXES_ATTR: &str = "alpa.split_axes";
/// The attribute of an argument or result giving its global shape.
pub const GLOBAL_SHAPE_ATTR: &str = "alpa.global_shape";

/// How one tensor of an SPMD program lies on the grid.
///
/// Invariant: `split_axes` is valid for the rank on the grid (see [`Sharding::verify`]) and
/// every local dimension is its global one divided by its number of blocks, rounded up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TensorLayout {
    /// Per tensor dimension, the grid axes it is split over, major to minor.
    pub split_axes: Vec<Vec<i16>>,
    /// The type one device holds.
    pub local: TensorType,
    /// The type of the whole tensor.
    pub global: TensorType,
}

impl TensorLayout {
    /// The layout of a tensor of type `local` split over `split_axes` of `grid`; the global
    /// shape is `global_shape` when given, else each local dimension times its blocks.
    pub fn new(split_axes: Vec<Vec<i16>>, local: TensorType, global_shape: Option<Vec<i64>>, grid: &Grid) -> Result<TensorLayout, String> {
        let sharding = Sharding { grid: grid.name.clone(), split_axes };
        sharding.verify(local.shape.len(), grid)?;
        let global_shape = global_shape.unwrap_or_else(|| local.shape.iter().enumerate().map(|(d, &n)| n * grid.group_size(sharding.dim_axes(d))).collect());
        let layout = TensorLayout { global: TensorType::new(global_shape, local.elem), split_axes: sharding.split_axes, local };
        layout.check_global(&layout.global.shape, grid)?;
        Ok(layout)
    }

    /// The layout of a tensor of type `global` split over `split_axes` of `grid`: each device
    /// holds the global dimension divided by its number of blocks, rounded up.
    pub fn of_global(split_axes: Vec<Vec<i16>>, global: TensorType, grid: &Grid) -> Result<TensorLayout, String> {
        let local = Sharding { grid: grid.name.clone(), split_axes: split_axes.clone() }.local_shape(&global.shape, grid)?;
        TensorLayout::new(split_axes, TensorType::new(local, global.elem), Some(global.shape), grid)
    }

    /// Whether `other` lays a tensor out as this layout does (trailing unsplit dimensions may
    /// be listed or not).
    pub fn same_as(&self, other: &TensorLayout) -> bool {
        self.local == other.local && self.global == other.global && (0..self.local.shape.len()).all(|d| self.dim_axes(d) == other.dim_axes(d))
    }

    /// This layout with the global shape `shape`, if the local shape is its shard.
    pub fn with_global(&self, shape: &[i64], grid: &Grid) -> Result<TensorLayout, String> {
        self.check_global(shape, grid)?;
        Ok(TensorLayout { global: TensorType::new(shape.to_vec(), self.local.elem), ..self.clone() })
    }

    fn check_global(&self, shape: &[i64], grid: &Grid) -> Result<(), String> {
        let sharding = Sharding { grid: grid.name.clone(), split_axes: self.split_axes.clone() };
        let want = sharding.local_shape(shape, grid)?;
        if shape.len() != self.local.shape.len() || want != self.local.shape {
            return Err(format!("{} is not a shard of {} split over {}", self.local, TensorType::new(shape.to_vec(), self.local.elem), shard::format_axis_array(&self.split_axes)));
        }
        Ok(())
    }

    /// The axes of dimension `d`.
    fn dim_axes(&self, d: usize) -> &[i16] {
        self.split_axes.get(d).map_or(&[], Vec::as_slice)
    }

    /// Per dimension, the block the device at `multi` holds.
    fn blocks(&self, grid: &Grid, multi: &[i64]) -> Vec<usize> {
        (0..self.local.shape.len()).map(|d| grid.in_group_index(multi, self.dim_axes(d)) as usize).collect()
    }

    /// For each element of the local shard of the device at `multi`, row-major, its flat
    /// position in the global tensor, or `None` for padding.
    fn global_positions(&self, grid: &Grid, multi: &[i64]) -> Vec<Option<usize>> {
        let local = dims(&self.local);
        let global = dims(&self.global);
        let step = strides(&global);
        let base: Vec<usize> = self.blocks(grid, multi).iter().zip(&local).map(|(b, n)| b * n).collect();
        let mut out = Vec::with_capacity(local.iter().product());
        for_each_index(&local, |i| {
            let g = i.iter().zip(&base).map(|(i, b)| i + b);
            out.push(g.zip(&global).zip(&step).try_fold(0, |acc, ((g, &n), &s)| (g < n).then_some(acc + g * s)));
        });
        out
    }
}

fn dims(ty: &TensorType) -> Vec<usize> {
    ty.shape.iter().map(|&d| d.max(0) as usize).collect()
}

/// The grid a partitioned module runs on and the layouts of its entry's arguments and results.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpmdSignature {
    /// The first `shard.grid` of the module.
    pub grid: Grid,
    /// One per argument.
    pub args: Vec<TensorLayout>,
    /// One per result.
    pub results: Vec<TensorLayout>,
}

impl SpmdSignature {
    /// Reads the signature of `entry` in the partitioned `module` (see the module docs).
    pub fn of(module: &Module, entry: &str) -> Result<SpmdSignature, RunError> {
        let grid_op = module.items.iter().find_map(|item| match item {
            Item::Op(op) if op.name == shard::GRID_OP => Some(op),
            _ => None,
        });
        let grid_op = grid_op.ok_or_else(|| RunError::Input("no shard.grid: not a partitioned module".into()))?;
        let grid = Grid::from_op(grid_op).map_err(|e| RunError::at(grid_op, e))?;
        let func = module.func(entry).ok_or_else(|| RunError::Input(format!("no function '@{entry}'")))?;
        let args = func.args.iter().enumerate().map(|(i, a)| layout_of(&format!("argument {i}"), func.ty(a.value), &a.attrs, &grid)).collect::<Result<_, _>>()?;
        let results = func.results.iter().enumerate().map(|(i, r)| layout_of(&format!("result {i}"), &r.ty, &r.attrs, &grid)).collect::<Result<_, _>>()?;
        Ok(SpmdSignature { grid, args, results })
    }

    /// A function whose arguments have the global types, for [`crate::random_inputs`]: the
    /// same seed gives the same data as for the unpartitioned original.
    pub fn global_func(&self, name: &str) -> Func {
        let mut func = Func::empty(name);
        for layout in &self.args {
            let value = func.new_value(Type::Tensor(layout.global.clone()));
            func.args.push(alpa_stablehlo::ir::Arg { value, attrs: Vec::new(), loc: None });
        }
        func
    }
}

/// The layout of an argument or result of type `ty` with attributes `attrs` (see the module
/// docs); `what` ("argument 0") starts the message of an error.
pub(crate) fn layout_of(what: &str, ty: &Type, attrs: &[(String, Attr)], grid: &Grid) -> Result<TensorLayout, RunError> {
    let fail = |e: String| RunError::Input(format!("{what}: {e}"));
    let Type::Tensor(local) = ty else {
        return Err(fail(format!("{ty} is not a tensor")));
    };
    let attr = |key: &str| attrs.iter().find(|(k, _)| k == key).map(|(_, v)| v);
    let split_axes = match attr(SPLIT_AXES_ATTR) {
        None => Vec::new(),
        Some(a) => match (split_axes_of(a), a) {
            (Some(axes), _) => axes.map_err(fail)?,
            (None, Attr::Opaque(s)) => return Err(fail(format!("'{SPLIT_AXES_ATTR}' must be a #shard<axisarray[...]>, not {s}"))),
            (None, _) => return Err(fail(format!("'{SPLIT_AXES_ATTR}' must be a #shard<axisarray[...]>"))),
        },
    };
    let global = match attr(GLOBAL_SHAPE_ATTR) {
        None => None,
        Some(a) => Some(a.as_int_list().ok_or_else(|| fail(format!("'{GLOBAL_SHAPE_ATTR}' must be an array<i64: ...>")))?),
    };
    TensorLayout::new(split_axes, local.clone(), global, grid).map_err(fail)
}

/// The shard of `global` that each device of `grid` holds, in row-major device order; the
/// blocks past the end of an uneven dimension are padded with zeros.
pub fn split(global: &Tensor, layout: &TensorLayout, grid: &Grid) -> Result<Vec<Tensor>, RunError> {
    if global.ty != layout.global {
        return Err(RunError::Input(format!("expected a {} but got a {}", layout.global, global.ty)));
    }
    let zero = global.len();
    let padded = Data::concat(global.elem(), &[&global.data, &Data::zeros(global.elem(), 1)]).map_err(RunError::Input)?;
    (0..grid.num_devices())
        .map(|d| {
            let positions: Vec<usize> = layout.global_positions(grid, &grid.multi_index(d)).into_iter().map(|p| p.unwrap_or(zero)).collect();
            Tensor::new(layout.local.clone(), padded.take(&positions))
        })
        .collect()
}

/// The global tensor of result `index` from each device's shard of it (row-major device
/// order): split dimensions concatenated in block order without padding, replicated ones
/// taken from the device at index 0 along the axes the result is not split over, after
/// checking that every other copy agrees with it within `tol` (floats; integers exactly).
pub fn assemble(index: usize, shards: &[Tensor], layout: &TensorLayout, grid: &Grid, tol: f64) -> Result<Tensor, RunError> {
    assemble_value(&format!("result {index}"), shards, layout, grid, tol)
}

/// [`assemble`] for any distributed value; `what` names it in errors (`result 0`).
pub(crate) fn assemble_value(what: &str, shards: &[Tensor], layout: &TensorLayout, grid: &Grid, tol: f64) -> Result<Tensor, RunError> {
    if shards.len() as i64 != grid.num_devices() {
        return Err(RunError::Input(format!("{what}: {} shards for a grid of {} devices", shards.len(), grid.num_devices())));
    }
    if let Some((d, t)) = shards.iter().enumerate().find(|(_, t)| t.ty != layout.local) {
        return Err(RunError::Input(format!("{what}: device {d} returned a {} but the program declares {}", t.ty, layout.local)));
    }
    let used: Vec<usize> = layout.split_axes.iter().flatten().map(|&a| a as usize).collect();
    let unused: Vec<i16> = (0..grid.rank()).filter(|a| !used.contains(a)).map(|a| a as i16).collect();
    let mut out = Tensor::zeros(&layout.global)?;
    for (d, shard) in shards.iter().enumerate() {
        let multi = grid.multi_index(d as i64);
        if grid.in_group_index(&multi, &unused) != 0 {
            let first = grid.group(&multi, &unused)[0] as usize;
            if let Err(m) = compare(std::slice::from_ref(shard), &shards[first..=first], tol) {
                let detail = m.message.strip_prefix("output 0: ").unwrap_or(&m.message);
                return Err(RunError::Input(format!("devices disagree on replicated {what}: device {d} {multi:?} against device {first} {:?}: {detail}", grid.multi_index(first as i64))));
            }
            continue;
        }
        let (dst, src): (Vec<usize>, Vec<usize>) = layout.global_positions(grid, &multi).into_iter().enumerate().filter_map(|(k, p)| p.map(|p| (p, k))).unzip();
        out.data.put(&dst, &shard.data.take(&src)).map_err(RunError::Input)?;
    }
    Ok(out)
}

/// Runs the partitioned `entry` of `module` on the SPMD simulator with global `inputs`
/// (split per device by `sig`, see [`split`]) and returns the global results ([`assemble`]).
pub fn run_partitioned(module: &Module, entry: &str, sig: &SpmdSignature, inputs: &[Tensor], tol: f64) -> Result<Vec<Tensor>, RunError> {
    if inputs.len() != sig.args.len() {
        return Err(RunError::Input(format!("@{entry} takes {} arguments but {} inputs were given", sig.args.len(), inputs.len())));
    }
    let devices = sig.grid.num_devices() as usize;
    let mut per_device: Vec<Vec<Tensor>> = vec![Vec::with_capacity(inputs.len()); devices];
    for (i, (t, layout)) in inputs.iter().zip(&sig.args).enumerate() {
        let shards = split(t, layout, &sig.grid).map_err(|e| RunError::Input(format!("argument {i}: {e}")))?;
        for (device, s) in per_device.iter_mut().zip(shards) {
            device.push(s);
        }
    }
    let outputs = run_spmd(module, entry, &sig.grid.shape, per_device)?;
    (0..sig.results.len())
        .map(|r| {
            let shards: Vec<Tensor> = outputs.iter().map(|o| o[r].clone()).collect();
            assemble(r, &shards, &sig.results[r], &sig.grid, tol)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use alpa_stablehlo::ElemType;

    /// Splits an iota of `global` over `grid` as `split_axes` says, checks each device's shard
    /// (as `[device, elements]` rows) and that assembling the shards gives the iota back.
    fn check(grid: &[i64], split_axes: &[&[i16]], global: &[i64], expected: &[&[i32]]) {
        let grid = Grid::new("g", grid.to_vec());
        let axes: Vec<Vec<i16>> = split_axes.iter().map(|a| a.to_vec()).collect();
        let sharding = Sharding { grid: "g".into(), split_axes: axes.clone() };
        let local = sharding.local_shape(global, &grid).unwrap();
        let layout = TensorLayout::new(axes, TensorType::new(local, ElemType::I32), Some(global.to_vec()), &grid).unwrap();
        let n: i64 = global.iter().product();
        let x = Tensor::from_vec(global, (0..n as i32).collect()).unwrap();
        let shards = split(&x, &layout, &grid).unwrap();
        let got: Vec<&[i32]> = shards.iter().map(|t| t.as_slice::<i32>().unwrap()).collect();
        assert_eq!(got, expected);
        assert_eq!(assemble(0, &shards, &layout, &grid, 0.0).unwrap(), x);
    }

    #[test]
    fn split_and_assemble() {
        // Rows over a 4-device line.
        check(&[4], &[&[0], &[]], &[4, 2], &[&[0, 1], &[2, 3], &[4, 5], &[6, 7]]);
        // Replicated: every device holds everything.
        check(&[2, 2], &[], &[3], &[&[0, 1, 2], &[0, 1, 2], &[0, 1, 2], &[0, 1, 2]]);
        // Columns over the minor axis, replicated over the major one.
        check(&[2, 2], &[&[], &[1]], &[2, 4], &[&[0, 1, 4, 5], &[2, 3, 6, 7], &[0, 1, 4, 5], &[2, 3, 6, 7]]);
        // Two axes on one dimension, minor axis first: block = m[1] * 2 + m[0].
        check(&[2, 2], &[&[1, 0], &[]], &[4, 1], &[&[0], &[2], &[1], &[3]]);
        // Rows over axis 0 and columns over axis 1 of a 2x4 grid.
        check(&[2, 4], &[&[0], &[1]], &[2, 4], &[&[0], &[1], &[2], &[3], &[4], &[5], &[6], &[7]]);
        // Rows over both axes of a 2x4 grid, major first.
        check(&[2, 4], &[&[0, 1]], &[8], &[&[0], &[1], &[2], &[3], &[4], &[5], &[6], &[7]]);
        // Uneven: 5 over 2 is 3 and 2 plus a zero of padding.
        check(&[2], &[&[0]], &[5], &[&[0, 1, 2], &[3, 4, 0]]);
        check(&[4], &[&[0]], &[5], &[&[0, 1], &[2, 3], &[4, 0], &[0, 0]]);
    }

    #[test]
    fn replicated_copies_must_agree() {
        let grid = Grid::new("g", vec![2]);
        let layout = TensorLayout::new(Vec::new(), TensorType::new(vec![2], ElemType::F32), None, &grid).unwrap();
        let a = Tensor::from_vec(&[2], vec![1.0f32, 2.0]).unwrap();
        let b = Tensor::from_vec(&[2], vec![1.0f32, 3.0]).unwrap();
        assert_eq!(assemble(0, &[a.clone(), a.clone()], &layout, &grid, 1e-5).unwrap(), a);
        let e = assemble(3, &[a, b], &layout, &grid, 1e-5).unwrap_err().to_string();
        assert!(e.starts_with("devices disagree on replicated result 3: device 1 [1] against device 0 [0]: relative error"), "{e}");
    }

    #[test]
    fn signature() {
        let text = "shard.grid @mesh(shape = 2x4)\nfunc.func @main(%x: tensor<2x4xf32> {alpa.split_axes = #shard<axisarray[[0], [1]]>}, %y: tensor<3xi32> {alpa.split_axes = #shard<axisarray[[1]]>, alpa.global_shape = array<i64: 10>}) -> (tensor<2x4xf32> {alpa.split_axes = #shard<axisarray[[], [0]]>}) {\n  return %x : tensor<2x4xf32>\n}";
        let module = alpa_stablehlo::parse_module(text).unwrap();
        let sig = SpmdSignature::of(&module, "main").unwrap();
        let globals: Vec<String> = sig.args.iter().chain(&sig.results).map(|l| l.global.to_string()).collect();
        assert_eq!(globals, ["tensor<4x16xf32>", "tensor<10xi32>", "tensor<2x8xf32>"]);
        let bad = |text: &str| SpmdSignature::of(&alpa_stablehlo::parse_module(text).unwrap(), "main").unwrap_err().to_string();
        assert_eq!(bad("func.func @main(%x: tensor<2xf32>) -> tensor<2xf32> {\n  return %x : tensor<2xf32>\n}"), "no shard.grid: not a partitioned module");
        let uneven = "shard.grid @mesh(shape = 2)\nfunc.func @main(%x: tensor<2xf32> {alpa.split_axes = #shard<axisarray[[0]]>, alpa.global_shape = array<i64: 5>}) -> tensor<2xf32> {\n  return %x : tensor<2xf32>\n}";
        assert_eq!(bad(uneven), "argument 0: tensor<2xf32> is not a shard of tensor<5xf32> split over [[0]]");
    }
}
