//! Structured dimension numbers, decoded and checked once: dot_general's batching and
//! contracting dimensions, convolution's dimension numbers and window, gather and scatter
//! dimension numbers, and reduce_window/select_and_scatter windows.
//!
//! Each `of(op, operand_types)` checks the attribute against the operand shapes (the spec's
//! constraints, with messages naming the op), so what it returns can be indexed without
//! further checks: every dimension is in range and sizes that must agree do. The shape rules,
//! the cost model and the sharding rules all read ops through these.

use super::view::OpView;
use crate::diag::DResult;
use crate::ir::Op;
use crate::types::{TensorType, Type};

/// The dimensions of `stablehlo.dot_general` (or the implicit ones of `stablehlo.dot`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DotDims {
    /// Lhs batching dimensions, paired with `rhs_batch` by position.
    pub lhs_batch: Vec<usize>,
    /// Rhs batching dimensions.
    pub rhs_batch: Vec<usize>,
    /// Lhs contracting dimensions, paired with `rhs_contracting` by position.
    pub lhs_contracting: Vec<usize>,
    /// Rhs contracting dimensions.
    pub rhs_contracting: Vec<usize>,
}

impl DotDims {
    /// The dimensions of a dot or dot_general with the given operand types, checked.
    pub fn of(op: &Op, operand_types: &[Type]) -> DResult<DotDims> {
        DotDims::read(&OpView { op, operands: operand_types, given: None })
    }

    pub(crate) fn read(v: &OpView) -> DResult<DotDims> {
        v.arity(2)?;
        let (lhs, rhs) = (v.tensor(0)?, v.tensor(1)?);
        if v.op.name == "stablehlo.dot" {
            if !(1..=2).contains(&lhs.rank()) || !(1..=2).contains(&rhs.rank()) {
                return Err(v.err(format!("operands must have rank 1 or 2, got {lhs} and {rhs}")));
            }
            let dims = DotDims { lhs_batch: vec![], rhs_batch: vec![], lhs_contracting: vec![lhs.rank() - 1], rhs_contracting: vec![0] };
            dims.check_sizes(v, lhs, rhs)?;
            return Ok(dims);
        }
        let f = v.fields("dot_dimension_numbers", "stablehlo.dot")?;
        let read = |key: &str, what: &str, t: &TensorType| v.dims(what, &f.ints(key)?, t.rank());
        let dims = DotDims {
            lhs_batch: read("lhs_batching_dimensions", "lhs batching dimension", lhs)?,
            rhs_batch: read("rhs_batching_dimensions", "rhs batching dimension", rhs)?,
            lhs_contracting: read("lhs_contracting_dimensions", "lhs contracting dimension", lhs)?,
            rhs_contracting: read("rhs_contracting_dimensions", "rhs contracting dimension", rhs)?,
        };
        for (what, l, r) in [("batching", &dims.lhs_batch, &dims.rhs_batch), ("contracting", &dims.lhs_contracting, &dims.rhs_contracting)] {
            if l.len() != r.len() {
                return Err(v.err(format!("has {} lhs but {} rhs {what} dimensions", l.len(), r.len())));
            }
        }
        for (side, batch, contracting) in [("lhs", &dims.lhs_batch, &dims.lhs_contracting), ("rhs", &dims.rhs_batch, &dims.rhs_contracting)] {
            if let Some(d) = batch.iter().find(|d| contracting.contains(d)) {
                return Err(v.err(format!("{side} dimension {d} is both a batching and a contracting dimension")));
            }
        }
        dims.check_sizes(v, lhs, rhs)?;
        Ok(dims)
    }

    fn check_sizes(&self, v: &OpView, lhs: &TensorType, rhs: &TensorType) -> DResult<()> {
        for (what, l, r) in [("batching", &self.lhs_batch, &self.rhs_batch), ("contracting", &self.lhs_contracting, &self.rhs_contracting)] {
            for (&a, &b) in l.iter().zip(r) {
                if lhs.shape[a] != rhs.shape[b] {
                    return Err(v.err(format!("{what} dimension sizes differ: {} (lhs dim {a}) vs {} (rhs dim {b})", lhs.shape[a], rhs.shape[b])));
                }
            }
        }
        Ok(())
    }

    /// Lhs dimensions that are neither batching nor contracting, in order.
    pub fn lhs_free(&self, lhs_rank: usize) -> Vec<usize> {
        (0..lhs_rank).filter(|d| !self.lhs_batch.contains(d) && !self.lhs_contracting.contains(d)).collect()
    }

    /// Rhs dimensions that are neither batching nor contracting, in order.
    pub fn rhs_free(&self, rhs_rank: usize) -> Vec<usize> {
        (0..rhs_rank).filter(|d| !self.rhs_batch.contains(d) && !self.rhs_contracting.contains(d)).collect()
    }

    /// The result shape: batch dimensions, then lhs free, then rhs free dimensions.
    pub fn result_shape(&self, lhs: &[i64], rhs: &[i64]) -> Vec<i64> {
        let batch = self.lhs_batch.iter().map(|&d| lhs[d]);
        let lhs_free = self.lhs_free(lhs.len()).into_iter().map(|d| lhs[d]);
        let rhs_free = self.rhs_free(rhs.len()).into_iter().map(|d| rhs[d]);
        batch.chain(lhs_free).chain(rhs_free).collect()
    }
}

/// A window slid over a tensor: reduce_window's and select_and_scatter's attributes, or
/// convolution's over its input spatial dimensions. One entry per windowed dimension.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Window {
    /// Window size.
    pub size: Vec<i64>,
    /// Step between windows.
    pub stride: Vec<i64>,
    /// Padding (low, high) added to the dilated input; may be negative.
    pub padding: Vec<(i64, i64)>,
    /// Dilation of the input (convolution's `lhs_dilation`).
    pub base_dilation: Vec<i64>,
    /// Dilation of the window (convolution's `rhs_dilation`).
    pub window_dilation: Vec<i64>,
}

/// The attribute names a window is read from; `None` where the op has no such attribute.
struct WindowAttrs {
    size: Option<&'static str>,
    stride: &'static str,
    padding: &'static str,
    base_dilation: Option<&'static str>,
    window_dilation: Option<&'static str>,
}

impl Window {
    /// The window of a reduce_window or select_and_scatter with the given operand types.
    pub fn of(op: &Op, operand_types: &[Type]) -> DResult<Window> {
        let v = OpView { op, operands: operand_types, given: None };
        Window::read(&v, v.tensor(0)?.rank())
    }

    /// Reads the window attributes of reduce_window or select_and_scatter for an operand of
    /// rank `rank`.
    pub(crate) fn read(v: &OpView, rank: usize) -> DResult<Window> {
        let names = match v.op.name.as_str() {
            "stablehlo.reduce_window" => {
                WindowAttrs { size: Some("window_dimensions"), stride: "window_strides", padding: "padding", base_dilation: Some("base_dilations"), window_dilation: Some("window_dilations") }
            }
            _ => WindowAttrs { size: Some("window_dimensions"), stride: "window_strides", padding: "padding", base_dilation: None, window_dilation: None },
        };
        Window::read_with(v, &names, rank, None)
    }

    /// Reads a window; `size` gives the sizes when no attribute does (convolution's kernel).
    fn read_with(v: &OpView, names: &WindowAttrs, rank: usize, size: Option<Vec<i64>>) -> DResult<Window> {
        let list = |name: Option<&str>, default: i64| -> DResult<Vec<i64>> {
            let Some(name) = name else { return Ok(vec![default; rank]) };
            let values = v.ints_or(name, vec![default; rank])?;
            if values.len() != rank {
                return Err(v.err(format!("{name} has {} entries for rank {rank}", values.len())));
            }
            if values.iter().any(|&x| x <= 0) {
                return Err(v.err(format!("{name} must be positive, got {values:?}")));
            }
            Ok(values)
        };
        let size = match size {
            Some(s) => s,
            None => match names.size {
                Some(name) => {
                    v.attr(name)?;
                    list(Some(name), 1)?
                }
                None => vec![1; rank],
            },
        };
        let flat = v.ints_or(names.padding, vec![0; 2 * rank])?;
        if flat.len() != 2 * rank {
            return Err(v.err(format!("{} has {} values, expected {} (2 per dimension)", names.padding, flat.len(), 2 * rank)));
        }
        Ok(Window {
            size,
            stride: list(Some(names.stride), 1)?,
            padding: flat.chunks(2).map(|c| (c[0], c[1])).collect(),
            base_dilation: list(names.base_dilation, 1)?,
            window_dilation: list(names.window_dilation, 1)?,
        })
    }

    /// The number of windows along dimension `d` of an input of size `input`, as XLA computes
    /// it (0 when the window does not fit); `None` on arithmetic overflow.
    pub fn output_size(&self, d: usize, input: i64) -> Option<i64> {
        let dilate = |size: i128, by: i64| if size <= 0 { 0 } else { (size - 1) * by as i128 + 1 };
        let (lo, hi) = self.padding[d];
        let padded = dilate(input as i128, self.base_dilation[d]) + lo as i128 + hi as i128;
        let window = dilate(self.size[d] as i128, self.window_dilation[d]);
        let out = if padded < window { 0 } else { (padded - window) / self.stride[d] as i128 + 1 };
        i64::try_from(out).ok()
    }

    /// The output shape for an input of shape `input`, or an error naming the op on overflow.
    pub(crate) fn output_shape(&self, v: &OpView, input: &[i64]) -> DResult<Vec<i64>> {
        input.iter().enumerate().map(|(d, &n)| self.output_size(d, n).ok_or_else(|| v.err("window arithmetic overflows"))).collect()
    }

    /// Whether dimension `d` is not windowed at all: every output element reads exactly the
    /// input element at its own index.
    pub fn is_trivial(&self, d: usize) -> bool {
        self.size[d] == 1 && self.stride[d] == 1 && self.padding[d] == (0, 0) && self.base_dilation[d] == 1 && self.window_dilation[d] == 1
    }

    /// Elements in one window.
    pub fn elements(&self) -> f64 {
        self.size.iter().map(|&s| s as f64).product()
    }
}

/// The dimension numbers and window of `stablehlo.convolution`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConvDims {
    /// Input (lhs) batch dimension.
    pub input_batch: usize,
    /// Input feature dimension.
    pub input_feature: usize,
    /// Input spatial dimensions, in spatial order.
    pub input_spatial: Vec<usize>,
    /// Kernel (rhs) input feature dimension.
    pub kernel_input_feature: usize,
    /// Kernel output feature dimension.
    pub kernel_output_feature: usize,
    /// Kernel spatial dimensions.
    pub kernel_spatial: Vec<usize>,
    /// Output batch dimension.
    pub output_batch: usize,
    /// Output feature dimension.
    pub output_feature: usize,
    /// Output spatial dimensions.
    pub output_spatial: Vec<usize>,
    /// Input features are split into this many groups, each convolved with its own kernel
    /// slice (depthwise convolution has one feature per group).
    pub feature_group_count: i64,
    /// The batch is split into this many groups, each producing a slice of output features
    /// (backward-filter convolutions).
    pub batch_group_count: i64,
    /// The window over the input spatial dimensions; its sizes are the kernel's spatial sizes.
    pub window: Window,
}

impl ConvDims {
    /// The dimension numbers of a convolution with the given operand types, checked.
    pub fn of(op: &Op, operand_types: &[Type]) -> DResult<ConvDims> {
        ConvDims::read(&OpView { op, operands: operand_types, given: None })
    }

    pub(crate) fn read(v: &OpView) -> DResult<ConvDims> {
        v.arity(2)?;
        let (lhs, rhs) = (v.tensor(0)?, v.tensor(1)?);
        let n = lhs.rank();
        if rhs.rank() != n || n < 2 {
            return Err(v.err(format!("operands must have the same rank of at least 2, got {lhs} and {rhs}")));
        }
        let f = v.fields("dimension_numbers", "stablehlo.conv")?;
        let int = |k: &str| f.int(k);
        let (ib, ifeat, is) = (int("input_batch_dimension")?, int("input_feature_dimension")?, f.ints("input_spatial_dimensions")?);
        let (ki, ko, ks) = (int("kernel_input_feature_dimension")?, int("kernel_output_feature_dimension")?, f.ints("kernel_spatial_dimensions")?);
        let (ob, of, os) = (int("output_batch_dimension")?, int("output_feature_dimension")?, f.ints("output_spatial_dimensions")?);
        if is.len() != n - 2 || ks.len() != n - 2 || os.len() != n - 2 {
            return Err(v.err(format!("has {} input, {} kernel and {} output spatial dimensions; rank {n} needs {} each", is.len(), ks.len(), os.len(), n - 2)));
        }
        let input = v.dims("input dimension", &[&[ib, ifeat][..], &is].concat(), n)?;
        let kernel = v.dims("kernel dimension", &[&[ki, ko][..], &ks].concat(), n)?;
        let output = v.dims("output dimension", &[&[ob, of][..], &os].concat(), n)?;
        let fgc = v.int_or("feature_group_count", 1)?;
        let bgc = v.int_or("batch_group_count", 1)?;
        for (name, count) in [("feature_group_count", fgc), ("batch_group_count", bgc)] {
            if count <= 0 {
                return Err(v.err(format!("{name} must be positive, got {count}")));
            }
        }
        if fgc > 1 && bgc > 1 {
            return Err(v.err(format!("feature_group_count {fgc} and batch_group_count {bgc} cannot both exceed 1")));
        }
        let dims = ConvDims {
            input_batch: input[0],
            input_feature: input[1],
            input_spatial: input[2..].to_vec(),
            kernel_input_feature: kernel[0],
            kernel_output_feature: kernel[1],
            kernel_spatial: kernel[2..].to_vec(),
            output_batch: output[0],
            output_feature: output[1],
            output_spatial: output[2..].to_vec(),
            feature_group_count: fgc,
            batch_group_count: bgc,
            window: Window::read_with(
                v,
                &WindowAttrs { size: None, stride: "window_strides", padding: "padding", base_dilation: Some("lhs_dilation"), window_dilation: Some("rhs_dilation") },
                n - 2,
                Some(kernel[2..].iter().map(|&d| rhs.shape[d]).collect()),
            )?,
        };
        let reversal = v.ints_or("window_reversal", vec![0; n - 2])?;
        if reversal.len() != n - 2 {
            return Err(v.err(format!("window_reversal has {} entries for {} spatial dimensions", reversal.len(), n - 2)));
        }
        let (in_features, kernel_in) = (lhs.shape[dims.input_feature], rhs.shape[dims.kernel_input_feature]);
        if in_features % fgc != 0 {
            return Err(v.err(format!("input feature dimension size {in_features} is not divisible by feature_group_count {fgc}")));
        }
        if in_features / fgc != kernel_in {
            return Err(
                v.err(format!("input feature dimension size {in_features} divided by feature_group_count {fgc} is {} but the kernel input feature dimension size is {kernel_in}", in_features / fgc))
            );
        }
        let batch = lhs.shape[dims.input_batch];
        if batch % bgc != 0 {
            return Err(v.err(format!("input batch dimension size {batch} is not divisible by batch_group_count {bgc}")));
        }
        let kernel_out = rhs.shape[dims.kernel_output_feature];
        for (name, count) in [("feature_group_count", fgc), ("batch_group_count", bgc)] {
            if kernel_out % count != 0 {
                return Err(v.err(format!("kernel output feature dimension size {kernel_out} is not divisible by {name} {count}")));
            }
        }
        Ok(dims)
    }

    /// The result shape for operands of shapes `lhs` and `rhs`; `None` on arithmetic overflow.
    pub fn result_shape(&self, lhs: &[i64], rhs: &[i64]) -> Option<Vec<i64>> {
        let mut out = vec![0; lhs.len()];
        out[self.output_batch] = lhs[self.input_batch] / self.batch_group_count;
        out[self.output_feature] = rhs[self.kernel_output_feature];
        for (s, (&i, &o)) in self.input_spatial.iter().zip(&self.output_spatial).enumerate() {
            out[o] = self.window.output_size(s, lhs[i])?;
        }
        Some(out)
    }
}

/// Where a gather result dimension comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GatherDim {
    /// An offset dimension: a window dimension of the operand slice.
    Offset(usize),
    /// A batch dimension: a dimension of the start indices.
    Batch(usize),
}

/// The dimension numbers of `stablehlo.gather`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GatherDims {
    /// Result dimensions that are slice (offset) dimensions, sorted.
    pub offset_dims: Vec<usize>,
    /// Operand dimensions sliced to size 1 and dropped from the result, sorted.
    pub collapsed_slice_dims: Vec<usize>,
    /// Operand dimensions that pair with `start_indices_batching_dims`, sorted.
    pub operand_batching_dims: Vec<usize>,
    /// Start indices dimensions that pair with `operand_batching_dims`.
    pub start_indices_batching_dims: Vec<usize>,
    /// For each entry of the index vector, the operand dimension it indexes.
    pub start_index_map: Vec<usize>,
    /// The start indices dimension holding the index vector; equal to its rank when the
    /// vector is implicit (one index per element).
    pub index_vector_dim: usize,
    /// The slice size per operand dimension.
    pub slice_sizes: Vec<i64>,
}

impl GatherDims {
    /// The dimension numbers of a gather with the given operand types, checked.
    pub fn of(op: &Op, operand_types: &[Type]) -> DResult<GatherDims> {
        GatherDims::read(&OpView { op, operands: operand_types, given: None })
    }

    pub(crate) fn read(v: &OpView) -> DResult<GatherDims> {
        v.arity(2)?;
        let (operand, indices) = (v.tensor(0)?, v.tensor(1)?);
        let f = v.fields("dimension_numbers", "stablehlo.gather")?;
        // Decode every field before checking any, so a malformed one is reported as such.
        let offset_dims = f.ints("offset_dims")?;
        let (collapsed, batching) = (f.ints("collapsed_slice_dims")?, f.ints("operand_batching_dims")?);
        let (start_index_map, indices_batching) = (f.ints("start_index_map")?, f.ints("start_indices_batching_dims")?);
        let ivd = f.int_or("index_vector_dim", 0)?;
        let (rank, irank) = (operand.rank(), indices.rank());
        if !indices.elem.is_integer() || indices.elem.is_bool() {
            return Err(v.err(format!("start indices must have an integer element type, got {indices}")));
        }
        let collapsed = sorted_dims(v, "collapsed slice dimension", &collapsed, rank)?;
        let batching = sorted_dims(v, "operand batching dimension", &batching, rank)?;
        if let Some(d) = collapsed.iter().find(|d| batching.contains(d)) {
            return Err(v.err(format!("operand dimension {d} is both collapsed and a batching dimension")));
        }
        let ivd = index_vector_dim(v, ivd, irank)?;
        let vector = if ivd < irank { indices.shape[ivd] } else { 1 };
        let start_index_map = v.dims("start_index_map entry", &start_index_map, rank)?;
        if start_index_map.len() as i64 != vector {
            return Err(v.err(format!("start_index_map has {} entries but the index vector has {vector}", start_index_map.len())));
        }
        if let Some(d) = start_index_map.iter().find(|d| batching.contains(d)) {
            return Err(v.err(format!("start_index_map entry {d} is an operand batching dimension")));
        }
        let indices_batching = batching_pairs(v, ("operand", &batching, operand), ("start indices", &indices_batching, indices), ivd)?;
        let slice_sizes = v.ints("slice_sizes")?;
        if slice_sizes.len() != rank {
            return Err(v.err(format!("slice_sizes has {} entries for an operand of rank {rank}", slice_sizes.len())));
        }
        for (d, (&size, &dim)) in slice_sizes.iter().zip(&operand.shape).enumerate() {
            if size < 0 || size > dim {
                return Err(v.err(format!("slice size {size} of dimension {d} is outside 0..={dim}")));
            }
        }
        for (what, dims) in [("collapsed", &collapsed), ("batching", &batching)] {
            if let Some(&d) = dims.iter().find(|&&d| slice_sizes[d] > 1) {
                return Err(v.err(format!("{what} dimension {d} has slice size {}, expected at most 1", slice_sizes[d])));
            }
        }
        let kept = rank - collapsed.len() - batching.len();
        let batch_rank = irank - usize::from(ivd < irank);
        let offset_dims = sorted_dims(v, "offset dimension", &offset_dims, kept + batch_rank)?;
        if offset_dims.len() != kept {
            return Err(v.err(format!("has {} offset dimension(s) but the operand has {kept} uncollapsed dimension(s)", offset_dims.len())));
        }
        Ok(GatherDims {
            offset_dims,
            collapsed_slice_dims: collapsed,
            operand_batching_dims: batching,
            start_indices_batching_dims: indices_batching,
            start_index_map,
            index_vector_dim: ivd,
            slice_sizes,
        })
    }

    /// For each result dimension, where it comes from.
    pub fn result_dims(&self, operand_rank: usize, indices_rank: usize) -> Vec<GatherDim> {
        let mut offsets = (0..operand_rank).filter(|d| !self.collapsed_slice_dims.contains(d) && !self.operand_batching_dims.contains(d));
        let mut batches = (0..indices_rank).filter(|&d| d != self.index_vector_dim);
        let rank = self.offset_dims.len() + indices_rank - usize::from(self.index_vector_dim < indices_rank);
        (0..rank).filter_map(|r| if self.offset_dims.contains(&r) { offsets.next().map(GatherDim::Offset) } else { batches.next().map(GatherDim::Batch) }).collect()
    }

    /// The result shape for the given operand and start indices shapes.
    pub fn result_shape(&self, operand: &[i64], indices: &[i64]) -> Vec<i64> {
        self.result_dims(operand.len(), indices.len())
            .into_iter()
            .map(|d| match d {
                GatherDim::Offset(o) => self.slice_sizes[o],
                GatherDim::Batch(b) => indices[b],
            })
            .collect()
    }
}

/// Where a scatter update dimension goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScatterDim {
    /// An update window dimension: a window over this input dimension.
    Window(usize),
    /// An update scatter dimension: it runs along this scatter indices dimension.
    Scatter(usize),
}

/// The dimension numbers of `stablehlo.scatter`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ScatterDims {
    /// Update dimensions that are window dimensions, sorted.
    pub update_window_dims: Vec<usize>,
    /// Input dimensions the update windows have size 1 in and omit, sorted.
    pub inserted_window_dims: Vec<usize>,
    /// Input dimensions that pair with `scatter_indices_batching_dims`, sorted.
    pub input_batching_dims: Vec<usize>,
    /// Scatter indices dimensions that pair with `input_batching_dims`.
    pub scatter_indices_batching_dims: Vec<usize>,
    /// For each entry of the index vector, the input dimension it indexes.
    pub scatter_dims_to_operand_dims: Vec<usize>,
    /// The scatter indices dimension holding the index vector; equal to its rank when the
    /// vector is implicit.
    pub index_vector_dim: usize,
    /// The number of inputs (and of updates and results).
    pub num_inputs: usize,
}

impl ScatterDims {
    /// The dimension numbers of a scatter with the given operand types, checked.
    pub fn of(op: &Op, operand_types: &[Type]) -> DResult<ScatterDims> {
        ScatterDims::read(&OpView { op, operands: operand_types, given: None })
    }

    pub(crate) fn read(v: &OpView) -> DResult<ScatterDims> {
        let count = v.operands.len();
        if count < 3 || count % 2 != 1 {
            return Err(v.err(format!("takes N inputs, the scatter indices and N updates, got {count} operand(s)")));
        }
        let n = count / 2;
        let inputs = v.tensors(0..n)?;
        let indices = v.tensor(n)?;
        let updates = v.tensors(n + 1..count)?;
        for i in 1..n {
            if inputs[i].shape != inputs[0].shape || updates[i].shape != updates[0].shape {
                return Err(v.err(format!("inputs and updates must each share one shape; input #{i} is {} and update #{i} is {}", inputs[i], updates[i])));
            }
        }
        for i in 0..n {
            if inputs[i].elem != updates[i].elem {
                return Err(v.err(format!("update #{i} {} has a different element type from input #{i} {}", updates[i], inputs[i])));
            }
        }
        if !indices.elem.is_integer() || indices.elem.is_bool() {
            return Err(v.err(format!("scatter indices must have an integer element type, got {indices}")));
        }
        let (input, update) = (inputs[0], updates[0]);
        let (rank, irank) = (input.rank(), indices.rank());
        let f = v.fields("scatter_dimension_numbers", "stablehlo.scatter")?;
        // Decode every field before checking any, so a malformed one is reported as such.
        let (window, inserted, batching) = (f.ints("update_window_dims")?, f.ints("inserted_window_dims")?, f.ints("input_batching_dims")?);
        let (to_operand, indices_batching) = (f.ints("scatter_dims_to_operand_dims")?, f.ints("scatter_indices_batching_dims")?);
        let ivd = f.int_or("index_vector_dim", 0)?;
        let window = sorted_dims(v, "update window dimension", &window, update.rank())?;
        let inserted = sorted_dims(v, "inserted window dimension", &inserted, rank)?;
        let batching = sorted_dims(v, "input batching dimension", &batching, rank)?;
        if let Some(d) = inserted.iter().find(|d| batching.contains(d)) {
            return Err(v.err(format!("input dimension {d} is both inserted and a batching dimension")));
        }
        if window.len() + inserted.len() + batching.len() != rank {
            return Err(v.err(format!("has {} update window, {} inserted and {} batching dimension(s), which must add up to the input rank {rank}", window.len(), inserted.len(), batching.len())));
        }
        let ivd = index_vector_dim(v, ivd, irank)?;
        let vector = if ivd < irank { indices.shape[ivd] } else { 1 };
        let to_operand = v.dims("scatter_dims_to_operand_dims entry", &to_operand, rank)?;
        if to_operand.len() as i64 != vector {
            return Err(v.err(format!("scatter_dims_to_operand_dims has {} entries but the index vector has {vector}", to_operand.len())));
        }
        if let Some(d) = to_operand.iter().find(|d| batching.contains(d)) {
            return Err(v.err(format!("scatter_dims_to_operand_dims entry {d} is an input batching dimension")));
        }
        let indices_batching = batching_pairs(v, ("input", &batching, input), ("scatter indices", &indices_batching, indices), ivd)?;
        let dims = ScatterDims {
            update_window_dims: window,
            inserted_window_dims: inserted,
            input_batching_dims: batching,
            scatter_indices_batching_dims: indices_batching,
            scatter_dims_to_operand_dims: to_operand,
            index_vector_dim: ivd,
            num_inputs: n,
        };
        let want_rank = dims.update_window_dims.len() + irank - usize::from(ivd < irank);
        if update.rank() != want_rank {
            return Err(v.err(format!("updates have rank {}, expected {want_rank}", update.rank())));
        }
        for (u, d) in dims.update_dims(rank, irank, update.rank()).into_iter().enumerate() {
            match d {
                ScatterDim::Scatter(i) if update.shape[u] != indices.shape[i] => {
                    return Err(v.err(format!("update dimension {u} has size {} but scatter indices dimension {i} has size {}", update.shape[u], indices.shape[i])));
                }
                ScatterDim::Window(i) if update.shape[u] > input.shape[i] => {
                    return Err(v.err(format!("update window dimension {u} has size {}, larger than input dimension {i} ({})", update.shape[u], input.shape[i])));
                }
                _ => {}
            }
        }
        Ok(dims)
    }

    /// For each update dimension, where it goes.
    pub fn update_dims(&self, input_rank: usize, indices_rank: usize, update_rank: usize) -> Vec<ScatterDim> {
        let mut windows = (0..input_rank).filter(|d| !self.inserted_window_dims.contains(d) && !self.input_batching_dims.contains(d));
        let mut scatters = (0..indices_rank).filter(|&d| d != self.index_vector_dim);
        (0..update_rank).filter_map(|u| if self.update_window_dims.contains(&u) { windows.next().map(ScatterDim::Window) } else { scatters.next().map(ScatterDim::Scatter) }).collect()
    }
}

/// Dimension numbers that the spec requires sorted, in range and unique.
fn sorted_dims(v: &OpView, what: &str, dims: &[i64], rank: usize) -> DResult<Vec<usize>> {
    let out = v.dims(what, dims, rank)?;
    if out.windows(2).any(|w| w[0] > w[1]) {
        return Err(v.err(format!("{what}s {dims:?} must be sorted")));
    }
    Ok(out)
}

fn index_vector_dim(v: &OpView, ivd: i64, indices_rank: usize) -> DResult<usize> {
    if ivd < 0 || ivd as u64 > indices_rank as u64 {
        return Err(v.err(format!("index_vector_dim {ivd} is out of range for indices of rank {indices_rank}")));
    }
    Ok(ivd as usize)
}

/// Checks the indices-side batching dimensions against the operand-side ones and returns them.
fn batching_pairs(v: &OpView, (side, batching, t): (&str, &[usize], &TensorType), (iside, dims, indices): (&str, &[i64], &TensorType), ivd: usize) -> DResult<Vec<usize>> {
    let out = v.dims(&format!("{iside} batching dimension"), dims, indices.rank())?;
    if out.len() != batching.len() {
        return Err(v.err(format!("has {} {side} but {} {iside} batching dimensions", batching.len(), out.len())));
    }
    if out.contains(&ivd) {
        return Err(v.err(format!("{iside} batching dimension {ivd} is the index vector dimension")));
    }
    for (&a, &b) in batching.iter().zip(&out) {
        if t.shape[a] != indices.shape[b] {
            return Err(v.err(format!("{side} batching dimension {a} has size {} but {iside} batching dimension {b} has size {}", t.shape[a], indices.shape[b])));
        }
    }
    Ok(out)
}
