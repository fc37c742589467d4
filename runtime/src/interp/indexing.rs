//! `gather` and `scatter` with the full StableHLO dimension numbers, batching dimensions
//! included, as the catalogue decodes and checks them.
//!
//! Both split the index space the way the spec does: "batch" positions (one per index vector
//! in the indices tensor) times "window"/"offset" positions (one per element of a slice). Per
//! batch position the operand start is computed once; per window position the offset is
//! precomputed once; the pairs are then added.
//!
//! Out-of-range indices: `gather` clamps each start so the slice fits (the spec's rule);
//! `scatter` skips an update window whose start puts any part of it outside the operand, as
//! XLA does (for the common one-element windows this is exactly the spec's per-element skip).

use super::layout::{static_dims, tensor, transpose_positions};
use crate::tensor::{for_each_index, strides, Tensor};
use alpa_stablehlo::catalogue::dims::{GatherDims, ScatterDims};
use alpa_stablehlo::TensorType;

/// The index vectors of an indices tensor: one per position of its batch shape (its shape
/// without `index_vector_dim`).
struct IndexVectors {
    /// Shape of the batch positions.
    batch_shape: Vec<usize>,
    /// Entries per vector.
    len: usize,
    /// Per batch position (row-major), its vector.
    values: Vec<i64>,
}

impl IndexVectors {
    fn new(indices: &Tensor, ivd: usize) -> Result<IndexVectors, String> {
        let dims = indices.dims();
        let rank = dims.len();
        let raw = indices.to_i64_vec().ok_or_else(|| format!("indices must be integers, not {}", indices.elem()))?;
        let len = if ivd < rank { dims[ivd] } else { 1 };
        let mut batch_shape = dims.clone();
        if ivd < rank {
            batch_shape.remove(ivd);
        }
        // Move the vector dimension last so each vector is contiguous.
        let values = if ivd < rank {
            let perm: Vec<usize> = (0..rank).filter(|&d| d != ivd).chain([ivd]).collect();
            let (_, pos) = transpose_positions(&dims, &perm);
            pos.iter().map(|&p| raw[p]).collect()
        } else {
            raw
        };
        Ok(IndexVectors { batch_shape, len, values })
    }

    /// The batch dimension (of `batch_shape`) that indices dimension `d` becomes.
    fn batch_dim(d: usize, ivd: usize) -> usize {
        if d < ivd {
            d
        } else {
            d - 1
        }
    }
}

/// `stablehlo.gather`.
pub fn gather(operand: &Tensor, indices: &Tensor, d: &GatherDims, out: &TensorType) -> Result<Tensor, String> {
    let od = operand.dims();
    let rank = od.len();
    let iv = IndexVectors::new(indices, d.index_vector_dim)?;
    let sizes: Vec<usize> = d.slice_sizes.iter().map(|&s| s as usize).collect();
    let shape: Vec<usize> = d.result_shape(operand.shape(), indices.shape()).into_iter().map(|s| s as usize).collect();
    if shape != static_dims(out)? {
        return Err(format!("computed result shape {shape:?} but the result type is {out}"));
    }
    let kept: Vec<usize> = (0..rank).filter(|k| !d.collapsed_slice_dims.contains(k) && !d.operand_batching_dims.contains(k)).collect();
    let batch_dims: Vec<usize> = (0..shape.len()).filter(|k| !d.offset_dims.contains(k)).collect();
    let batching: Vec<(usize, usize)> = d.operand_batching_dims.iter().zip(&d.start_indices_batching_dims).map(|(&o, &i)| (o, IndexVectors::batch_dim(i, d.index_vector_dim))).collect();
    let (os, rs) = (strides(&od), strides(&shape));
    // Per slice element: (result offset, operand offset).
    let slice_shape: Vec<usize> = kept.iter().map(|&k| sizes[k]).collect();
    let mut window = Vec::new();
    for_each_index(&slice_shape, |w| {
        let r: usize = w.iter().zip(&d.offset_dims).map(|(i, &dim)| i * rs[dim]).sum();
        let o: usize = w.iter().zip(&kept).map(|(i, &dim)| i * os[dim]).sum();
        window.push((r, o));
    });
    let mut positions = vec![0; shape.iter().product()];
    let mut b = 0;
    for_each_index(&iv.batch_shape, |bi| {
        let vector = &iv.values[b * iv.len..(b + 1) * iv.len];
        let mut base: usize = 0;
        for (j, &dim) in d.start_index_map.iter().enumerate() {
            base += vector[j].clamp(0, (od[dim] - sizes[dim]) as i64) as usize * os[dim];
        }
        for &(dim, bd) in &batching {
            base += bi[bd] * os[dim];
        }
        let rbase: usize = bi.iter().zip(&batch_dims).map(|(i, &dim)| i * rs[dim]).sum();
        for &(r, o) in &window {
            positions[rbase + r] = base + o;
        }
        b += 1;
    });
    Ok(tensor(&shape, operand.data.take(&positions)))
}

/// The (operand position, update position) pairs a `scatter` combines, in update order,
/// leaving out windows that do not fit the operand.
pub fn scatter_pairs(operand: &[usize], indices: &Tensor, updates: &[usize], d: &ScatterDims) -> Result<Vec<(usize, usize)>, String> {
    let rank = operand.len();
    let iv = IndexVectors::new(indices, d.index_vector_dim)?;
    let kept: Vec<usize> = (0..rank).filter(|k| !d.inserted_window_dims.contains(k) && !d.input_batching_dims.contains(k)).collect();
    let window_dims = &d.update_window_dims;
    let scatter_dims: Vec<usize> = (0..updates.len()).filter(|k| !window_dims.contains(k)).collect();
    let scatter_shape: Vec<usize> = scatter_dims.iter().map(|&k| updates[k]).collect();
    if scatter_shape != iv.batch_shape || kept.len() != window_dims.len() {
        return Err(format!("updates' scatter dimensions {scatter_shape:?} do not match the indices' batch shape {:?}", iv.batch_shape));
    }
    let batching: Vec<(usize, usize)> = d.input_batching_dims.iter().zip(&d.scatter_indices_batching_dims).map(|(&o, &i)| (o, IndexVectors::batch_dim(i, d.index_vector_dim))).collect();
    // Extent of a window along each operand dimension.
    let mut extent = vec![1; rank];
    for (j, &k) in kept.iter().enumerate() {
        extent[k] = updates[window_dims[j]];
    }
    let (os, us) = (strides(operand), strides(updates));
    let window_shape: Vec<usize> = window_dims.iter().map(|&k| updates[k]).collect();
    let mut window = Vec::new();
    for_each_index(&window_shape, |w| {
        let o: usize = w.iter().zip(&kept).map(|(i, &dim)| i * os[dim]).sum();
        let u: usize = w.iter().zip(window_dims).map(|(i, &dim)| i * us[dim]).sum();
        window.push((o, u));
    });
    let mut pairs = Vec::new();
    let mut b = 0;
    for_each_index(&iv.batch_shape, |bi| {
        let vector = &iv.values[b * iv.len..(b + 1) * iv.len];
        b += 1;
        let mut start = vec![0i64; rank];
        for (j, &dim) in d.scatter_dims_to_operand_dims.iter().enumerate() {
            start[dim] = vector[j];
        }
        for &(dim, bd) in &batching {
            start[dim] = bi[bd] as i64;
        }
        if (0..rank).any(|k| start[k] < 0 || start[k].saturating_add(extent[k] as i64) > operand[k] as i64) {
            return;
        }
        let base: usize = start.iter().zip(&os).map(|(&s, &st)| s as usize * st).sum();
        let ubase: usize = bi.iter().zip(&scatter_dims).map(|(i, &dim)| i * us[dim]).sum();
        pairs.extend(window.iter().map(|&(o, u)| (base + o, ubase + u)));
    });
    Ok(pairs)
}

#[cfg(test)]
mod tests {
    use crate::interp::testing::{check, t};

    fn gather(dims: &str, sizes: &str, operand: &str, indices: &str, out: &str) -> String {
        format!(
            "func.func @main(%a: {operand}, %i: {indices}) -> {out} {{\n  %0 = \"stablehlo.gather\"(%a, %i) <{{dimension_numbers = #stablehlo.gather<{dims}>, indices_are_sorted = false, slice_sizes = array<i64: {sizes}>}}> : ({operand}, {indices}) -> {out}\n  return %0 : {out}\n}}"
        )
    }

    #[test]
    fn gather_spec_example_clamps_starts() {
        let m = gather("offset_dims = [2, 3], collapsed_slice_dims = [0], start_index_map = [1, 0], index_vector_dim = 2", "1, 2, 2", "tensor<3x4x2xi64>", "tensor<2x3x2xi64>", "tensor<2x3x2x2xi64>");
        let operand = t(&[3, 4, 2], &(1..=24).collect::<Vec<i64>>());
        let indices = t(&[2, 3, 2], &[0i64, 0, 1, 0, 2, 1, 0, 1, 1, 1, 0, 9]);
        #[rustfmt::skip]
        let want: [i64; 24] = [
            1, 2, 3, 4,   3, 4, 5, 6,     13, 14, 15, 16,
            9, 10, 11, 12, 11, 12, 13, 14, 17, 18, 19, 20,
        ];
        check(&m, vec![operand, indices], vec![t(&[2, 3, 2, 2], &want)]);
    }

    #[test]
    fn gather_with_batching_dims() {
        // result[b, j] = operand[b, indices[b, j, 0]], as JAX's take_along_axis emits it.
        let m = gather(
            "collapsed_slice_dims = [1], operand_batching_dims = [0], start_indices_batching_dims = [0], start_index_map = [1], index_vector_dim = 2",
            "1, 1",
            "tensor<2x3xf32>",
            "tensor<2x2x1xi32>",
            "tensor<2x2xf32>",
        );
        let operand = t(&[2, 3], &[1.0f32, 2.0, 3.0, 4.0, 5.0, 6.0]);
        check(&m, vec![operand, t(&[2, 2, 1], &[2, 0, 1, 7])], vec![t(&[2, 2], &[3.0f32, 1.0, 5.0, 6.0])]);
        // Batching dims in the middle of the indices, scalar index vectors.
        let m = gather(
            "offset_dims = [2], collapsed_slice_dims = [0], operand_batching_dims = [1], start_indices_batching_dims = [1], start_index_map = [0], index_vector_dim = 2",
            "1, 1, 2",
            "tensor<3x2x2xi32>",
            "tensor<1x2xi32>",
            "tensor<1x2x2xi32>",
        );
        let operand = t(&[3, 2, 2], &(0..12).collect::<Vec<i32>>());
        // result[0, b, :] = operand[indices[0, b], b, :]
        check(&m, vec![operand, t(&[1, 2], &[2, 1])], vec![t(&[1, 2, 2], &[8, 9, 6, 7])]);
    }

    fn scatter(dims: &str, body: &str, operand: &str, indices: &str, updates: &str) -> String {
        format!(
            "func.func @main(%a: {operand}, %i: {indices}, %u: {updates}) -> {operand} {{\n  %0 = \"stablehlo.scatter\"(%a, %i, %u) <{{indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<{dims}>, unique_indices = false}}> ({{\n  ^bb0(%x: tensor<i64>, %y: tensor<i64>):\n    {body}\n  }}) : ({operand}, {indices}, {updates}) -> {operand}\n  return %0 : {operand}\n}}"
        )
    }

    #[test]
    fn scatter_spec_example_skips_out_of_bounds() {
        let add = "%s = stablehlo.add %x, %y : tensor<i64>\n    stablehlo.return %s : tensor<i64>";
        let m = scatter(
            "update_window_dims = [2, 3], inserted_window_dims = [0], scatter_dims_to_operand_dims = [1, 0], index_vector_dim = 2",
            add,
            "tensor<3x4x2xi64>",
            "tensor<2x3x2xi64>",
            "tensor<2x3x2x2xi64>",
        );
        let operand = t(&[3, 4, 2], &(1..=24).collect::<Vec<i64>>());
        let indices = t(&[2, 3, 2], &[0i64, 2, 1, 0, 2, 1, 0, 1, 1, 0, 0, 9]);
        #[rustfmt::skip]
        let want: [i64; 24] = [
            1, 2, 5, 6, 7, 8, 7, 8,
            10, 11, 12, 13, 14, 15, 16, 17,
            18, 19, 20, 21, 21, 22, 23, 24,
        ];
        check(&m, vec![operand.clone(), indices.clone(), t(&[2, 3, 2, 2], &[1i64; 24])], vec![t(&[3, 4, 2], &want)]);
        // The same through the region (the body is not a lone add of its arguments).
        let slow = "%z = stablehlo.constant dense<0> : tensor<i64>\n    %s = stablehlo.add %x, %y : tensor<i64>\n    %r = stablehlo.add %s, %z : tensor<i64>\n    stablehlo.return %r : tensor<i64>";
        let m = scatter(
            "update_window_dims = [2, 3], inserted_window_dims = [0], scatter_dims_to_operand_dims = [1, 0], index_vector_dim = 2",
            slow,
            "tensor<3x4x2xi64>",
            "tensor<2x3x2xi64>",
            "tensor<2x3x2x2xi64>",
        );
        check(&m, vec![operand, indices, t(&[2, 3, 2, 2], &[1i64; 24])], vec![t(&[3, 4, 2], &want)]);
    }

    #[test]
    fn scatter_overwrites_in_order_and_batches() {
        let set = "stablehlo.return %y : tensor<i64>";
        let m = scatter("inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1", set, "tensor<4xi64>", "tensor<3x1xi32>", "tensor<3xi64>");
        check(&m, vec![t(&[4], &[0i64; 4]), t(&[3, 1], &[1, 3, 1]), t(&[3], &[5i64, 6, 7])], vec![t(&[4], &[0i64, 7, 0, 6])]);
        let add = "%s = stablehlo.add %x, %y : tensor<i64>\n    stablehlo.return %s : tensor<i64>";
        let m = scatter(
            "inserted_window_dims = [1], input_batching_dims = [0], scatter_indices_batching_dims = [0], scatter_dims_to_operand_dims = [1], index_vector_dim = 2",
            add,
            "tensor<2x3xi64>",
            "tensor<2x2x1xi32>",
            "tensor<2x2xi64>",
        );
        // operand[b, indices[b, j]] += updates[b, j]; index -1 is out of bounds and skipped.
        check(&m, vec![t(&[2, 3], &[0i64; 6]), t(&[2, 2, 1], &[2, 2, 0, -1]), t(&[2, 2], &[1i64, 10, 100, 1000])], vec![t(&[2, 3], &[0i64, 0, 11, 100, 0, 0])]);
    }

    #[test]
    fn scatter_with_two_operands_runs_the_region() {
        let m = "func.func @main(%a: tensor<3xf32>, %b: tensor<3xi32>, %i: tensor<2x1xi32>, %u: tensor<2xf32>, %v: tensor<2xi32>) -> (tensor<3xf32>, tensor<3xi32>) {\n  %0:2 = \"stablehlo.scatter\"(%a, %b, %i, %u, %v) <{scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>}> ({\n  ^bb0(%x0: tensor<f32>, %x1: tensor<i32>, %y0: tensor<f32>, %y1: tensor<i32>):\n    %s = stablehlo.add %x0, %y0 : tensor<f32>\n    %m = stablehlo.maximum %x1, %y1 : tensor<i32>\n    stablehlo.return %s, %m : tensor<f32>, tensor<i32>\n  }) : (tensor<3xf32>, tensor<3xi32>, tensor<2x1xi32>, tensor<2xf32>, tensor<2xi32>) -> (tensor<3xf32>, tensor<3xi32>)\n  return %0#0, %0#1 : tensor<3xf32>, tensor<3xi32>\n}";
        let inputs = vec![t(&[3], &[1.0f32, 2.0, 3.0]), t(&[3], &[5, 5, 5]), t(&[2, 1], &[2, 2]), t(&[2], &[0.5f32, 0.25]), t(&[2], &[9, 1])];
        check(m, inputs, vec![t(&[3], &[1.0f32, 2.0, 3.75]), t(&[3], &[5, 5, 9])]);
    }
}
