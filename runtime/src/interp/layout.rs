//! Ops that move elements without computing on them: `iota`, `broadcast_in_dim`, `reshape`,
//! `transpose`, `slice`, `dynamic_slice`, `dynamic_update_slice`, `concatenate`, `pad`,
//! `reverse`.
//!
//! Each computes, for every result element, the flat position it comes from and gathers them
//! in one typed pass (`Data::take`), so one index computation serves every element type.
//! Attributes are validated before any indexing: a bad dimension is an error, never a panic.

use crate::tensor::{for_each_index, strides, Data, Tensor};
use alpa_stablehlo::TensorType;

/// The result of a layout op: a tensor of `shape` (as `usize`) and `elem` from `data`.
pub(crate) fn tensor(shape: &[usize], data: Data) -> Tensor {
    let elem = data.elem();
    Tensor { ty: TensorType::new(shape.iter().map(|&d| d as i64).collect(), elem), data }
}

/// `dims` as sizes, rejecting dynamic ones.
pub(crate) fn static_dims(ty: &TensorType) -> Result<Vec<usize>, String> {
    ty.shape.iter().map(|&d| usize::try_from(d).map_err(|_| format!("{ty} has a dynamic dimension"))).collect()
}

/// Checks that every entry of `dims` names a dimension below `rank`, each at most once.
pub(crate) fn check_dims(what: &str, dims: &[i64], rank: usize) -> Result<Vec<usize>, String> {
    let mut seen = vec![false; rank];
    dims.iter()
        .map(|&d| match usize::try_from(d) {
            Ok(u) if u < rank && !seen[u] => {
                seen[u] = true;
                Ok(u)
            }
            Ok(u) if u < rank => Err(format!("{what} {dims:?} name dimension {u} twice")),
            _ => Err(format!("{what} {dims:?}: dimension {d} is out of range for rank {rank}")),
        })
        .collect()
}

/// `stablehlo.iota` along `dim` of `ty`.
pub fn iota(ty: &TensorType, dim: i64) -> Result<Tensor, String> {
    let shape = static_dims(ty)?;
    let d = check_dims("iota_dimension", &[dim], shape.len())?[0];
    let mut values = Vec::with_capacity(shape.iter().product());
    for_each_index(&shape, |i| values.push(i[d]));
    let data = if ty.elem.is_float() { Data::from_f64(ty.elem, values.into_iter().map(|v| v as f64)) } else { Data::from_i128(ty.elem, values.into_iter().map(|v| v as i128)) };
    Ok(tensor(&shape, data))
}

/// `stablehlo.broadcast_in_dim`: operand dimension `i` becomes result dimension `dims[i]`.
pub fn broadcast_in_dim(x: &Tensor, dims: &[i64], out: &TensorType) -> Result<Tensor, String> {
    let shape = static_dims(out)?;
    let xd = x.dims();
    if dims.len() != xd.len() {
        return Err(format!("broadcast_dimensions {dims:?} must name one result dimension per operand dimension ({})", xd.len()));
    }
    let dims = check_dims("broadcast_dimensions", dims, shape.len())?;
    for (i, &d) in dims.iter().enumerate() {
        if xd[i] != 1 && xd[i] != shape[d] {
            return Err(format!("operand dimension {i} of size {} cannot broadcast to result dimension {d} of size {}", xd[i], shape[d]));
        }
    }
    let xs = strides(&xd);
    // Per result dimension, the operand stride it advances (0 where it broadcasts).
    let mut step = vec![0; shape.len()];
    for (i, &d) in dims.iter().enumerate() {
        if xd[i] != 1 {
            step[d] = xs[i];
        }
    }
    Ok(tensor(&shape, x.data.strided(&shape, &step, 0)))
}

/// Flat positions `base + sum_d idx[d] * step[d]` for every index of `shape`, in row-major
/// order, for ops that write to them.
pub(crate) fn gather_positions(shape: &[usize], step: &[usize], base: usize) -> Vec<usize> {
    let mut out = Vec::with_capacity(shape.iter().product());
    for_each_index(shape, |i| out.push(base + i.iter().zip(step).map(|(a, s)| a * s).sum::<usize>()));
    out
}

/// `stablehlo.reshape`: same elements, new shape.
pub fn reshape(x: &Tensor, out: &TensorType) -> Result<Tensor, String> {
    let shape = static_dims(out)?;
    if shape.iter().product::<usize>() != x.len() {
        return Err(format!("cannot reshape {} into {out}", x.ty));
    }
    Ok(tensor(&shape, x.data.clone()))
}

/// `stablehlo.transpose`: result dimension `i` is operand dimension `perm[i]`.
pub fn transpose(x: &Tensor, perm: &[i64]) -> Result<Tensor, String> {
    let xd = x.dims();
    if perm.len() != xd.len() {
        return Err(format!("permutation {perm:?} does not have one entry per dimension ({})", xd.len()));
    }
    let perm = check_dims("permutation", perm, xd.len())?;
    let (shape, step) = transpose_steps(&xd, &perm);
    Ok(tensor(&shape, x.data.strided(&shape, &step, 0)))
}

/// The shape of `dims` permuted by `perm` (a valid permutation) and, per dimension of it, the
/// stride in the original: what [`Data::strided`] needs to transpose.
pub(crate) fn transpose_steps(dims: &[usize], perm: &[usize]) -> (Vec<usize>, Vec<usize>) {
    let xs = strides(dims);
    (perm.iter().map(|&p| dims[p]).collect(), perm.iter().map(|&p| xs[p]).collect())
}

/// [`transpose_steps`] as flat positions, for code that indexes elements itself.
pub(crate) fn transpose_positions(dims: &[usize], perm: &[usize]) -> (Vec<usize>, Vec<usize>) {
    let (shape, step) = transpose_steps(dims, perm);
    let positions = gather_positions(&shape, &step, 0);
    (shape, positions)
}

/// `stablehlo.slice` with `start`, `limit` and `strides` per dimension.
pub fn slice(x: &Tensor, start: &[i64], limit: &[i64], stride: &[i64]) -> Result<Tensor, String> {
    let xd = x.dims();
    let r = xd.len();
    if start.len() != r || limit.len() != r || stride.len() != r {
        return Err(format!("start_indices, limit_indices and strides need {r} entries each"));
    }
    let xs = strides(&xd);
    let mut shape = Vec::with_capacity(r);
    let mut step = Vec::with_capacity(r);
    let mut base = 0;
    for d in 0..r {
        let (s, l, k) = (start[d], limit[d], stride[d]);
        if s < 0 || l < s || l > xd[d] as i64 || k <= 0 {
            return Err(format!("slice [{s}:{l}:{k}] is out of bounds for dimension {d} of size {}", xd[d]));
        }
        shape.push(if l == s { 0 } else { ((l - s - 1) / k + 1) as usize });
        step.push(xs[d] * k as usize);
        base += s as usize * xs[d];
    }
    Ok(tensor(&shape, x.data.strided(&shape, &step, base)))
}

/// Start indices clamped so that a window of `sizes` fits in `dims` (the spec's rule for
/// `dynamic_slice` and `dynamic_update_slice`).
fn clamp_starts(starts: &[&Tensor], dims: &[usize], sizes: &[usize]) -> Result<Vec<usize>, String> {
    if starts.len() != dims.len() {
        return Err(format!("expected {} start indices, got {}", dims.len(), starts.len()));
    }
    let mut out = Vec::with_capacity(dims.len());
    for (d, s) in starts.iter().enumerate() {
        let Some(v) = s.to_i64_vec().filter(|v| v.len() == 1) else {
            return Err(format!("start index {d} must be an integer scalar, not {}", s.ty));
        };
        if sizes[d] > dims[d] {
            return Err(format!("size {} exceeds dimension {d} of size {}", sizes[d], dims[d]));
        }
        out.push(v[0].clamp(0, (dims[d] - sizes[d]) as i64) as usize);
    }
    Ok(out)
}

/// `stablehlo.dynamic_slice` of `sizes` at clamped `starts`.
pub fn dynamic_slice(x: &Tensor, starts: &[&Tensor], sizes: &[i64]) -> Result<Tensor, String> {
    let xd = x.dims();
    let sizes: Vec<usize> = sizes.iter().map(|&s| usize::try_from(s).map_err(|_| format!("negative slice size {s}"))).collect::<Result<_, _>>()?;
    if sizes.len() != xd.len() {
        return Err(format!("slice_sizes needs {} entries", xd.len()));
    }
    let at = clamp_starts(starts, &xd, &sizes)?;
    let xs = strides(&xd);
    let base = at.iter().zip(&xs).map(|(a, s)| a * s).sum();
    Ok(tensor(&sizes, x.data.strided(&sizes, &xs, base)))
}

/// `stablehlo.dynamic_update_slice`: `x` with `update` written at clamped `starts`.
pub fn dynamic_update_slice(x: &Tensor, update: &Tensor, starts: &[&Tensor]) -> Result<Tensor, String> {
    let xd = x.dims();
    let ud = update.dims();
    if ud.len() != xd.len() || update.elem() != x.elem() {
        return Err(format!("update {} does not fit operand {}", update.ty, x.ty));
    }
    let at = clamp_starts(starts, &xd, &ud)?;
    let xs = strides(&xd);
    let base = at.iter().zip(&xs).map(|(a, s)| a * s).sum();
    let mut data = x.data.clone();
    data.put(&gather_positions(&ud, &xs, base), &update.data)?;
    Ok(tensor(&xd, data))
}

/// `stablehlo.concatenate` along `dim`.
pub fn concatenate(xs: &[&Tensor], dim: i64) -> Result<Tensor, String> {
    let Some(first) = xs.first() else {
        return Err("needs at least one operand".into());
    };
    let rank = first.ty.rank();
    let d = check_dims("dimension", &[dim], rank)?[0];
    let mut shape = first.dims();
    shape[d] = 0;
    for x in xs {
        let xd = x.dims();
        let fits = xd.len() == rank && x.elem() == first.elem() && (0..rank).all(|k| k == d || xd[k] == shape[k]);
        if !fits {
            return Err(format!("operand {} does not match {} outside dimension {d}", x.ty, first.ty));
        }
        shape[d] += xd[d];
    }
    // Concatenate all operands' elements, then read each result row from its operand's part.
    let all = Data::concat(first.elem(), &xs.iter().map(|x| &x.data).collect::<Vec<_>>())?;
    let outer: usize = shape[..d].iter().product();
    let inner: usize = shape[d + 1..].iter().product();
    let mut positions = Vec::with_capacity(all.len());
    for o in 0..outer {
        let mut offset = 0;
        for x in xs {
            let chunk = x.dims()[d] * inner;
            positions.extend(offset + o * chunk..offset + (o + 1) * chunk);
            offset += x.len();
        }
    }
    Ok(tensor(&shape, all.take(&positions)))
}

/// `stablehlo.pad`: `low`/`high` edge padding (negative crops) and `interior` padding between
/// elements, filled with the scalar `value`.
pub fn pad(x: &Tensor, value: &Tensor, low: &[i64], high: &[i64], interior: &[i64], out: &TensorType) -> Result<Tensor, String> {
    let xd = x.dims();
    let r = xd.len();
    if low.len() != r || high.len() != r || interior.len() != r {
        return Err(format!("padding needs {r} entries per list"));
    }
    if value.len() != 1 || value.elem() != x.elem() {
        return Err(format!("padding value must be a {} scalar", x.elem()));
    }
    let mut shape = Vec::with_capacity(r);
    for d in 0..r {
        if interior[d] < 0 {
            return Err(format!("interior padding {} is negative", interior[d]));
        }
        let n = xd[d] as i64;
        let size = (n - 1).max(0).checked_mul(interior[d]).and_then(|i| i.checked_add(n)?.checked_add(low[d])?.checked_add(high[d]));
        match size {
            Some(size) if size >= 0 => shape.push(size as usize),
            _ => return Err(format!("padding makes dimension {d} negative or too large")),
        }
    }
    if shape != static_dims(out)? {
        return Err(format!("computed result shape {shape:?} but the result type is {out}"));
    }
    let os = strides(&shape);
    let mut data = value.data.repeat(0, shape.iter().product());
    let (mut dst, mut src) = (Vec::new(), Vec::new());
    let mut flat = 0;
    for_each_index(&xd, |i| {
        let mut pos = 0;
        let inside = (0..r).all(|d| {
            let o = low[d] + i[d] as i64 * (interior[d] + 1);
            pos += o.max(0) as usize * os[d];
            o >= 0 && o < shape[d] as i64
        });
        if inside {
            dst.push(pos);
            src.push(flat);
        }
        flat += 1;
    });
    data.put(&dst, &x.data.take(&src))?;
    Ok(tensor(&shape, data))
}

/// `stablehlo.reverse` along `dims`.
pub fn reverse(x: &Tensor, dims: &[i64]) -> Result<Tensor, String> {
    let xd = x.dims();
    let dims = check_dims("dimensions", dims, xd.len())?;
    let xs = strides(&xd);
    let mut flip = vec![false; xd.len()];
    for d in dims {
        flip[d] = true;
    }
    let mut positions = Vec::with_capacity(x.len());
    for_each_index(&xd, |i| positions.push((0..xd.len()).map(|d| if flip[d] { xd[d] - 1 - i[d] } else { i[d] } * xs[d]).sum()));
    Ok(tensor(&xd, x.data.take(&positions)))
}

#[cfg(test)]
mod tests {
    use crate::interp::testing::{check, t};
    use crate::Tensor;

    /// A module with one argument of type `ty` whose body is `op_line` (defining `%0` of `out`).
    fn one(ty: &str, op_line: &str, out: &str) -> String {
        format!("func.func @main(%a: {ty}) -> {out} {{\n  %0 = {op_line}\n  return %0 : {out}\n}}")
    }

    #[test]
    fn iota_and_reshape() {
        let m = "func.func @main() -> (tensor<2x3xi32>, tensor<2x2xf32>) {\n  %0 = stablehlo.iota dim = 1 : tensor<2x3xi32>\n  %1 = stablehlo.iota dim = 0 : tensor<2x2xf32>\n  return %0, %1 : tensor<2x3xi32>, tensor<2x2xf32>\n}";
        check(m, vec![], vec![t(&[2, 3], &[0, 1, 2, 0, 1, 2]), t(&[2, 2], &[0.0f32, 0.0, 1.0, 1.0])]);
        check(
            &one("tensor<2x3xi32>", "stablehlo.reshape %a : (tensor<2x3xi32>) -> tensor<3x1x2xi32>", "tensor<3x1x2xi32>"),
            vec![t(&[2, 3], &[1, 2, 3, 4, 5, 6])],
            vec![t(&[3, 1, 2], &[1, 2, 3, 4, 5, 6])],
        );
    }

    #[test]
    fn broadcast_in_dim() {
        check(
            &one("tensor<3xi32>", "stablehlo.broadcast_in_dim %a, dims = [1] : (tensor<3xi32>) -> tensor<2x3xi32>", "tensor<2x3xi32>"),
            vec![t(&[3], &[1, 2, 3])],
            vec![t(&[2, 3], &[1, 2, 3, 1, 2, 3])],
        );
        check(
            &one("tensor<2x1xi32>", "stablehlo.broadcast_in_dim %a, dims = [2, 0] : (tensor<2x1xi32>) -> tensor<3x2x2xi32>", "tensor<3x2x2xi32>"),
            vec![t(&[2, 1], &[1, 2])],
            vec![t(&[3, 2, 2], &[1, 2, 1, 2, 1, 2, 1, 2, 1, 2, 1, 2])],
        );
        check(&one("tensor<f32>", "stablehlo.broadcast_in_dim %a, dims = [] : (tensor<f32>) -> tensor<2xf32>", "tensor<2xf32>"), vec![Tensor::scalar(7.0f32)], vec![t(&[2], &[7.0f32, 7.0])]);
    }

    #[test]
    fn transpose_and_reverse() {
        let x = t(&[2, 3], &[1, 2, 3, 4, 5, 6]);
        check(&one("tensor<2x3xi32>", "stablehlo.transpose %a, dims = [1, 0] : (tensor<2x3xi32>) -> tensor<3x2xi32>", "tensor<3x2xi32>"), vec![x.clone()], vec![t(&[3, 2], &[1, 4, 2, 5, 3, 6])]);
        let y = t(&[2, 1, 3], &[1, 2, 3, 4, 5, 6]);
        check(&one("tensor<2x1x3xi32>", "stablehlo.transpose %a, dims = [2, 0, 1] : (tensor<2x1x3xi32>) -> tensor<3x2x1xi32>", "tensor<3x2x1xi32>"), vec![y], vec![t(&[3, 2, 1], &[1, 4, 2, 5, 3, 6])]);
        check(&one("tensor<2x3xi32>", "stablehlo.reverse %a, dims = [0, 1] : tensor<2x3xi32>", "tensor<2x3xi32>"), vec![x.clone()], vec![t(&[2, 3], &[6, 5, 4, 3, 2, 1])]);
        check(&one("tensor<2x3xi32>", "stablehlo.reverse %a, dims = [1] : tensor<2x3xi32>", "tensor<2x3xi32>"), vec![x], vec![t(&[2, 3], &[3, 2, 1, 6, 5, 4])]);
    }

    #[test]
    fn large_transposes_go_through_tiles() {
        // Shapes past the tile size, batched, against the definition.
        for (shape, perm) in [([1usize, 70, 45], [0usize, 2, 1]), ([3, 33, 40], [0, 2, 1]), ([40, 3, 33], [1, 2, 0])] {
            let n: usize = shape.iter().product();
            let x: Vec<i32> = (0..n as i32).collect();
            let out_shape: Vec<usize> = perm.iter().map(|&p| shape[p]).collect();
            let st = crate::tensor::strides(&shape);
            let mut want = Vec::with_capacity(n);
            crate::tensor::for_each_index(&out_shape, |i| want.push(x[(0..3).map(|d| i[d] * st[perm[d]]).sum::<usize>()]));
            let ty = |s: &[usize]| format!("tensor<{}x{}x{}xi32>", s[0], s[1], s[2]);
            let m = one(&ty(&shape), &format!("stablehlo.transpose %a, dims = {perm:?} : ({}) -> {}", ty(&shape), ty(&out_shape)), &ty(&out_shape));
            let dims = |s: &[usize]| s.iter().map(|&d| d as i64).collect::<Vec<_>>();
            check(&m, vec![t(&dims(&shape), &x)], vec![t(&dims(&out_shape), &want)]);
        }
    }

    #[test]
    fn slices() {
        let x = t(&[10], &(0..10).collect::<Vec<i32>>());
        check(&one("tensor<10xi32>", "stablehlo.slice %a [1:8:3] : (tensor<10xi32>) -> tensor<3xi32>", "tensor<3xi32>"), vec![x], vec![t(&[3], &[1, 4, 7])]);
        let y = t(&[3, 4], &(0..12).collect::<Vec<i32>>());
        check(&one("tensor<3x4xi32>", "stablehlo.slice %a [1:3, 0:4:2] : (tensor<3x4xi32>) -> tensor<2x2xi32>", "tensor<2x2xi32>"), vec![y], vec![t(&[2, 2], &[4, 6, 8, 10])]);
    }

    #[test]
    fn dynamic_slices_clamp_their_starts() {
        let ds = "func.func @main(%a: tensor<5xi32>, %i: tensor<i32>) -> tensor<2xi32> {\n  %0 = stablehlo.dynamic_slice %a, %i, sizes = [2] : (tensor<5xi32>, tensor<i32>) -> tensor<2xi32>\n  return %0 : tensor<2xi32>\n}";
        let x = t(&[5], &[0, 1, 2, 3, 4]);
        for (start, want) in [(1, [1, 2]), (4, [3, 4]), (-1, [0, 1]), (i32::MAX, [3, 4])] {
            check(ds, vec![x.clone(), Tensor::scalar(start)], vec![t(&[2], &want)]);
        }
        let dus = "func.func @main(%a: tensor<2x3xi32>, %u: tensor<1x2xi32>, %i: tensor<i64>, %j: tensor<i64>) -> tensor<2x3xi32> {\n  %0 = stablehlo.dynamic_update_slice %a, %u, %i, %j : (tensor<2x3xi32>, tensor<1x2xi32>, tensor<i64>, tensor<i64>) -> tensor<2x3xi32>\n  return %0 : tensor<2x3xi32>\n}";
        let (a, u) = (t(&[2, 3], &[0; 6]), t(&[1, 2], &[7, 8]));
        check(dus, vec![a.clone(), u.clone(), Tensor::scalar(1i64), Tensor::scalar(0i64)], vec![t(&[2, 3], &[0, 0, 0, 7, 8, 0])]);
        check(dus, vec![a, u, Tensor::scalar(5i64), Tensor::scalar(9i64)], vec![t(&[2, 3], &[0, 0, 0, 0, 7, 8])]);
    }

    #[test]
    fn concatenate() {
        let m = "func.func @main(%a: tensor<2x1xi32>, %b: tensor<2x2xi32>) -> tensor<2x3xi32> {\n  %0 = stablehlo.concatenate %a, %b, dim = 1 : (tensor<2x1xi32>, tensor<2x2xi32>) -> tensor<2x3xi32>\n  return %0 : tensor<2x3xi32>\n}";
        check(m, vec![t(&[2, 1], &[1, 4]), t(&[2, 2], &[2, 3, 5, 6])], vec![t(&[2, 3], &[1, 2, 3, 4, 5, 6])]);
        let m0 = "func.func @main(%a: tensor<1x2xi32>, %b: tensor<2x2xi32>) -> tensor<3x2xi32> {\n  %0 = stablehlo.concatenate %a, %b, dim = 0 : (tensor<1x2xi32>, tensor<2x2xi32>) -> tensor<3x2xi32>\n  return %0 : tensor<3x2xi32>\n}";
        check(m0, vec![t(&[1, 2], &[1, 2]), t(&[2, 2], &[3, 4, 5, 6])], vec![t(&[3, 2], &[1, 2, 3, 4, 5, 6])]);
    }

    #[test]
    fn pad_spec_example_and_negative_padding() {
        let m = "func.func @main(%a: tensor<2x3xi32>, %v: tensor<i32>) -> tensor<5x9xi32> {\n  %0 = stablehlo.pad %a, %v, low = [0, 1], high = [2, 1], interior = [1, 2] : (tensor<2x3xi32>, tensor<i32>) -> tensor<5x9xi32>\n  return %0 : tensor<5x9xi32>\n}";
        #[rustfmt::skip]
        let want = [
            0, 1, 0, 0, 2, 0, 0, 3, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 4, 0, 0, 5, 0, 0, 6, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0,
            0, 0, 0, 0, 0, 0, 0, 0, 0,
        ];
        check(m, vec![t(&[2, 3], &[1, 2, 3, 4, 5, 6]), Tensor::scalar(0)], vec![t(&[5, 9], &want)]);
        let neg = "func.func @main(%a: tensor<5xi32>, %v: tensor<i32>) -> tensor<7xi32> {\n  %0 = stablehlo.pad %a, %v, low = [-1], high = [-1], interior = [1] : (tensor<5xi32>, tensor<i32>) -> tensor<7xi32>\n  return %0 : tensor<7xi32>\n}";
        check(neg, vec![t(&[5], &[1, 2, 3, 4, 5]), Tensor::scalar(-9)], vec![t(&[7], &[-9, 2, -9, 3, -9, 4, -9])]);
    }
}
