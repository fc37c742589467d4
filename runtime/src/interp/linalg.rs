//! Contractions: `dot_general`, `dot` and `convolution`.
//!
//! Operands are first laid out contiguously (`dot_general`: `[batch, m, k] x [batch, k, n]`;
//! convolution: `[batch, feature, spatial...] x [out, in, spatial...]`), then a loop nest runs
//! over contiguous rows (for `dot_general`, cache-blocked with a register tile). Floats
//! accumulate in `f64` and round once to the result type (more accurate than XLA's `f32`
//! accumulation, and the same whatever the blocking); integers accumulate with wrapping `i64`
//! arithmetic; booleans are an `or` of `and`s. Large `dot_general`s split their rows over
//! threads; each row is computed the same way on any thread count, so results are
//! deterministic.

use super::layout::{static_dims, tensor, transpose_steps};
use crate::tensor::{strides, Data, Tensor};
use alpa_stablehlo::catalogue::dims::{ConvDims, DotDims};
use alpa_stablehlo::TensorType;
use std::num::Wrapping;
use std::ops::{Add, Mul};

/// The arithmetic a contraction accumulates in.
trait Acc: Copy + Default + Add<Output = Self> + Mul<Output = Self> + Send + Sync {}
impl Acc for f64 {}
impl Acc for Wrapping<i64> {}

/// The elements of `data` laid out by `shape`/`step` (see [`crate::tensor::strided_map`]),
/// widened to `f64`.
fn gather_f64(data: &Data, (shape, step): &(Vec<usize>, Vec<usize>)) -> Vec<f64> {
    use crate::tensor::strided_map as g;
    match data {
        Data::F64(v) => g(v, shape, step, 0, |x| x),
        Data::F32(v) => g(v, shape, step, 0, |x| x as f64),
        Data::F16(v) => g(v, shape, step, 0, |x| x.to_f64()),
        Data::BF16(v) => g(v, shape, step, 0, |x| x.to_f64()),
        Data::Bool(v) => g(v, shape, step, 0, |x| x as u8 as f64),
        Data::I8(v) => g(v, shape, step, 0, |x| x as f64),
        Data::I16(v) => g(v, shape, step, 0, |x| x as f64),
        Data::I32(v) => g(v, shape, step, 0, |x| x as f64),
        Data::I64(v) => g(v, shape, step, 0, |x| x as f64),
        Data::U8(v) => g(v, shape, step, 0, |x| x as f64),
        Data::U16(v) => g(v, shape, step, 0, |x| x as f64),
        Data::U32(v) => g(v, shape, step, 0, |x| x as f64),
        Data::U64(v) => g(v, shape, step, 0, |x| x as f64),
    }
}

/// [`gather_f64`] for integer contractions: wrapping `i64` (unsigned 64-bit values keep their
/// bits, which is all modular arithmetic needs).
fn gather_int(data: &Data, layout: &(Vec<usize>, Vec<usize>)) -> Vec<Wrapping<i64>> {
    let all = data.to_i128_vec().unwrap_or_default();
    crate::tensor::strided_map(&all, &layout.0, &layout.1, 0, |x| Wrapping(x as i64))
}

/// Below this many multiply-adds a contraction runs on the calling thread.
const PARALLEL_WORK: usize = 1 << 22;

/// `out[b, i, :] = sum_k l[b, i, k] * r[b, k, :]`, rows split over threads.
fn batched_matmul<T: Acc>(l: &[T], r: &[T], batch: usize, m: usize, k: usize, n: usize) -> Vec<T> {
    let mut out = vec![T::default(); batch * m * n];
    let rows = batch * m;
    if n == 0 || rows == 0 {
        return out;
    }
    // Rows `start..start + part.len() / n` of the flattened [batch * m] rows.
    let work = |start: usize, part: &mut [T]| {
        let end = start + part.len() / n;
        let mut row = start;
        while row < end {
            let b = row / m;
            let stop = end.min((b + 1) * m);
            let (i0, i1) = (row - b * m, stop - b * m);
            let lrows = &l[(b * m + i0) * k..(b * m + i1) * k];
            let rmat = &r[b * k * n..(b + 1) * k * n];
            matmul_rows(lrows, rmat, &mut part[(row - start) * n..(stop - start) * n], k, n);
            row = stop;
        }
    };
    let threads = if rows < 2 || rows * k * n < PARALLEL_WORK { 1 } else { std::thread::available_parallelism().map_or(1, |t| t.get()) };
    if threads <= 1 {
        work(0, &mut out);
        return out;
    }
    let per = rows.div_ceil(threads);
    std::thread::scope(|s| {
        for (t, part) in out.chunks_mut(per * n).enumerate() {
            let work = &work;
            s.spawn(move || work(t * per, part));
        }
    });
    out
}

/// Rows of a register tile, columns of a register tile, and the `k`/`n` extents of the
/// blocks of `r` that stay in cache.
const MR: usize = 4;
const NR: usize = 8;
const KC: usize = 256;
const NC: usize = 512;

/// `out += l @ r` for `l: [rows, k]`, `r: [k, n]`, `out: [rows, n]`, all row-major. Each output
/// element sums its products in increasing `k` order whatever the blocking, so results do not
/// depend on how rows are split.
fn matmul_rows<T: Acc>(l: &[T], r: &[T], out: &mut [T], k: usize, n: usize) {
    let rows = out.len() / n;
    for jc in (0..n).step_by(NC) {
        let jend = (jc + NC).min(n);
        for kc in (0..k).step_by(KC) {
            let kend = (kc + KC).min(k);
            for i in (0..rows).step_by(MR) {
                let mr = MR.min(rows - i);
                for j in (jc..jend).step_by(NR) {
                    let nr = NR.min(jend - j);
                    if mr == MR && nr == NR {
                        tile(l, r, out, (i, j), (kc, kend), k, n);
                    } else {
                        for ii in i..i + mr {
                            for jj in j..j + nr {
                                let mut acc = out[ii * n + jj];
                                for kk in kc..kend {
                                    acc = acc + l[ii * k + kk] * r[kk * n + jj];
                                }
                                out[ii * n + jj] = acc;
                            }
                        }
                    }
                }
            }
        }
    }
}

/// One `MR x NR` tile of [`matmul_rows`] over `k` in `ks`, accumulating in registers.
#[inline(always)]
fn tile<T: Acc>(l: &[T], r: &[T], out: &mut [T], (i, j): (usize, usize), ks: (usize, usize), k: usize, n: usize) {
    let mut acc = [[T::default(); NR]; MR];
    for (ii, row) in acc.iter_mut().enumerate() {
        row.copy_from_slice(&out[(i + ii) * n + j..(i + ii) * n + j + NR]);
    }
    for kk in ks.0..ks.1 {
        let rr = <&[T; NR]>::try_from(&r[kk * n + j..kk * n + j + NR]).expect("a slice of NR elements");
        for (ii, row) in acc.iter_mut().enumerate() {
            let a = l[(i + ii) * k + kk];
            for (o, &x) in row.iter_mut().zip(rr) {
                *o = *o + a * x;
            }
        }
    }
    for (ii, row) in acc.iter().enumerate() {
        out[(i + ii) * n + j..(i + ii) * n + j + NR].copy_from_slice(row);
    }
}

/// `stablehlo.dot_general` and `stablehlo.dot` with dimension numbers the catalogue decoded
/// and checked; the result is `batch ++ lhs free ++ rhs free` dimensions of `out`'s element
/// type.
pub fn dot_general(lhs: &Tensor, rhs: &Tensor, dims: &DotDims, out: &TensorType) -> Result<Tensor, String> {
    let (ld, rd) = (lhs.dims(), rhs.dims());
    let (lb, rb) = (&dims.lhs_batch, &dims.rhs_batch);
    let (lc, rc) = (&dims.lhs_contracting, &dims.rhs_contracting);
    let (lfree, rfree) = (dims.lhs_free(ld.len()), dims.rhs_free(rd.len()));
    let lperm: Vec<usize> = lb.iter().chain(&lfree).chain(lc).copied().collect();
    let rperm: Vec<usize> = rb.iter().chain(rc).chain(&rfree).copied().collect();
    let size = |d: &[usize], idx: &[usize]| -> usize { idx.iter().map(|&i| d[i]).product() };
    let (batch, m, k, n) = (size(&ld, lb), size(&ld, &lfree), size(&ld, lc), size(&rd, &rfree));
    let shape: Vec<usize> = lb.iter().chain(&lfree).map(|&i| ld[i]).chain(rfree.iter().map(|&i| rd[i])).collect();
    if shape != static_dims(out)? {
        return Err(format!("computed result shape {shape:?} but the result type is {out}"));
    }
    let (lpos, rpos) = (transpose_steps(&ld, &lperm), transpose_steps(&rd, &rperm));
    let data = if lhs.elem().is_float() || rhs.elem().is_float() || out.elem.is_float() {
        let acc = batched_matmul(&gather_f64(&lhs.data, &lpos), &gather_f64(&rhs.data, &rpos), batch, m, k, n);
        Data::from_f64(out.elem, acc.into_iter())
    } else {
        let acc = batched_matmul(&gather_int(&lhs.data, &lpos), &gather_int(&rhs.data, &rpos), batch, m, k, n);
        Data::from_i128(out.elem, acc.into_iter().map(|w| w.0 as i128))
    };
    Ok(tensor(&shape, data))
}

/// `stablehlo.convolution` with dimension numbers and window the catalogue decoded and
/// checked, and `reversal` per spatial dimension.
pub fn convolution(lhs: &Tensor, rhs: &Tensor, dims: &ConvDims, reversal: &[bool], out: &TensorType) -> Result<Tensor, String> {
    let (ld, rd) = (lhs.dims(), rhs.dims());
    let rank = ld.len();
    let ns = rank.checked_sub(2).ok_or("operands need a batch and a feature dimension")?;
    let w = &dims.window;
    if reversal.len() != ns {
        return Err(format!("window_reversal needs {ns} entries"));
    }
    let lperm: Vec<usize> = [dims.input_batch, dims.input_feature].into_iter().chain(dims.input_spatial.iter().copied()).collect();
    // Kernel as [out feature, in feature, spatial...].
    let kperm: Vec<usize> = [dims.kernel_output_feature, dims.kernel_input_feature].into_iter().chain(dims.kernel_spatial.iter().copied()).collect();
    let operm: Vec<usize> = [dims.output_batch, dims.output_feature].into_iter().chain(dims.output_spatial.iter().copied()).collect();
    let (lpos, kpos) = (transpose_steps(&ld, &lperm), transpose_steps(&rd, &kperm));
    let (lshape, kshape) = (&lpos.0, &kpos.0);
    let (n, c) = (lshape[0], lshape[1]);
    let (o, ci) = (kshape[0], kshape[1]);
    let (fg, bg) = (dims.feature_group_count as usize, dims.batch_group_count as usize);
    let in_sp = &lshape[2..];
    let k_sp = &kshape[2..];
    let mut out_sp = Vec::with_capacity(ns);
    // Per spatial dimension and (output position, kernel position): the input position read,
    // if it is a real element rather than padding or a dilation hole.
    let mut taps: Vec<Vec<Vec<Option<usize>>>> = Vec::with_capacity(ns);
    for d in 0..ns {
        let lo = w.padding[d].0;
        let size = w.output_size(d, in_sp[d] as i64).ok_or_else(|| format!("window of spatial dimension {d} is too large"))?;
        // Checked before the tables below are sized by it.
        if out.shape.get(dims.output_spatial[d]) != Some(&size) {
            return Err(format!("spatial dimension {d} of the output has size {size}, but the result type is {out}"));
        }
        out_sp.push(size as usize);
        let (stride, rd, ld) = (w.stride[d] as i128, w.window_dilation[d] as i128, w.base_dilation[d] as i128);
        let mut t = vec![vec![None; k_sp[d]]; size as usize];
        for (y, row) in t.iter_mut().enumerate() {
            for (kk, slot) in row.iter_mut().enumerate() {
                let q = y as i128 * stride + kk as i128 * rd - lo as i128;
                if q >= 0 && q % ld == 0 && q / ld < in_sp[d] as i128 {
                    *slot = Some((q / ld) as usize);
                }
            }
        }
        taps.push(t);
    }
    let n_out = n / bg;
    let in_size: usize = in_sp.iter().product();
    let k_size: usize = k_sp.iter().product();
    let out_size: usize = out_sp.iter().product();
    let (in_st, k_st) = (strides(in_sp), strides(k_sp));
    // Per output position: (kernel offset, input offset) of each tap that reads a real element.
    let mut pairs: Vec<Vec<(usize, usize)>> = Vec::with_capacity(out_size);
    crate::tensor::for_each_index(&out_sp, |y| {
        let mut list = Vec::new();
        crate::tensor::for_each_index(k_sp, |kk| {
            let mut off = 0;
            let mut kf = 0;
            for d in 0..ns {
                match taps[d][y[d]][kk[d]] {
                    Some(x) => off += x * in_st[d],
                    None => return,
                }
                let kd = if reversal[d] { k_sp[d] - 1 - kk[d] } else { kk[d] };
                kf += kd * k_st[d];
            }
            list.push((kf, off));
        });
        pairs.push(list);
    });
    let sizes = (n_out, o, c, ci, fg, bg, in_size, k_size, out_size);
    let computed = if lhs.elem().is_float() || rhs.elem().is_float() || out.elem.is_float() {
        let acc = conv_loop(&gather_f64(&lhs.data, &lpos), &gather_f64(&rhs.data, &kpos), &pairs, sizes);
        Data::from_f64(out.elem, acc.into_iter())
    } else {
        let acc = conv_loop(&gather_int(&lhs.data, &lpos), &gather_int(&rhs.data, &kpos), &pairs, sizes);
        Data::from_i128(out.elem, acc.into_iter().map(|w| w.0 as i128))
    };
    // Computed as [batch, feature, spatial...]; lay it out as the output dimension numbers say.
    let mine: Vec<usize> = [n_out, o].into_iter().chain(out_sp.iter().copied()).collect();
    let mut inverse = vec![0; rank];
    for (j, &q) in operm.iter().enumerate() {
        inverse[q] = j;
    }
    let (shape, step) = transpose_steps(&mine, &inverse);
    let want = static_dims(out)?;
    if shape != want {
        return Err(format!("computed shape {shape:?} but the result type is {out}"));
    }
    Ok(tensor(&shape, computed.strided(&shape, &step, 0)))
}

/// The convolution loop nest over `[batch, feature, spatial]` input and `[out, in, spatial]`
/// kernel, with the taps of each output position precomputed.
#[allow(clippy::type_complexity)]
fn conv_loop<T: Acc>(l: &[T], r: &[T], pairs: &[Vec<(usize, usize)>], (n_out, o, c, ci, fg, bg, in_size, k_size, out_size): (usize, usize, usize, usize, usize, usize, usize, usize, usize)) -> Vec<T> {
    let mut out = vec![T::default(); n_out * o * out_size];
    let (o_per_fg, o_per_bg) = (o / fg, o / bg);
    for b in 0..n_out {
        for f in 0..o {
            let (gf, gb) = (f / o_per_fg, f / o_per_bg);
            let lb = gb * n_out + b;
            for (y, taps) in pairs.iter().enumerate() {
                let mut acc = T::default();
                for ch in 0..ci {
                    let lbase = (lb * c + gf * ci + ch) * in_size;
                    let rbase = (f * ci + ch) * k_size;
                    for &(kf, off) in taps {
                        acc = acc + l[lbase + off] * r[rbase + kf];
                    }
                }
                out[(b * o + f) * out_size + y] = acc;
            }
        }
    }
    out
}

#[cfg(test)]
#[allow(clippy::excessive_precision)] // reference values, as published
mod tests {
    use crate::interp::testing::{check, t};
    use crate::Tensor;
    use half::bf16;

    fn dot_general(dims: &str, lhs: &str, rhs: &str, out: &str) -> String {
        format!("func.func @main(%a: {lhs}, %b: {rhs}) -> {out} {{\n  %0 = stablehlo.dot_general %a, %b, {dims} : ({lhs}, {rhs}) -> {out}\n  return %0 : {out}\n}}")
    }

    #[test]
    fn dot_general_spec_example() {
        let m = dot_general("batching_dims = [0] x [0], contracting_dims = [2] x [1]", "tensor<2x2x2xi64>", "tensor<2x2x2xi64>", "tensor<2x2x2xi64>");
        let lhs = t(&[2, 2, 2], &[1i64, 2, 3, 4, 5, 6, 7, 8]);
        let rhs = t(&[2, 2, 2], &[1i64, 0, 0, 1, 1, 0, 0, 1]);
        check(&m, vec![lhs.clone(), rhs], vec![lhs]);
    }

    #[test]
    fn dot_general_dimension_positions() {
        // result[m, n] = sum_k lhs[k, m] * rhs[n, k]
        let m = dot_general("contracting_dims = [0] x [1]", "tensor<2x3xf32>", "tensor<4x2xf32>", "tensor<3x4xf32>");
        let lhs = t(&[2, 3], &[1.0f32, 2.0, 3.0, 4.0, 5.0, 6.0]);
        let rhs = t(&[4, 2], &[1.0f32, 0.0, 0.0, 1.0, 1.0, 1.0, 2.0, 0.0]);
        check(&m, vec![lhs, rhs], vec![t(&[3, 4], &[1.0f32, 4.0, 5.0, 2.0, 2.0, 5.0, 7.0, 4.0, 3.0, 6.0, 9.0, 6.0])]);
        // Batch dimension last on the left and in the middle on the right.
        let m = dot_general("batching_dims = [2] x [1], contracting_dims = [0] x [0]", "tensor<2x1x2xi32>", "tensor<2x2x1xi32>", "tensor<2x1x1xi32>");
        let lhs = t(&[2, 1, 2], &[1, 2, 3, 4]);
        let rhs = t(&[2, 2, 1], &[10, 20, 30, 40]);
        // batch 0: lhs[:,0,0] = [1, 3], rhs[:,0,0] = [10, 30]; batch 1: [2, 4] . [20, 40]
        check(&m, vec![lhs, rhs], vec![t(&[2, 1, 1], &[100, 200])]);
    }

    #[test]
    fn dot_and_mixed_types() {
        let m = "func.func @main(%a: tensor<2x2xi32>, %b: tensor<2xi32>) -> tensor<2xi32> {\n  %0 = stablehlo.dot %a, %b : (tensor<2x2xi32>, tensor<2xi32>) -> tensor<2xi32>\n  return %0 : tensor<2xi32>\n}";
        check(m, vec![t(&[2, 2], &[1, 2, 3, i32::MAX]), t(&[2], &[1, 2])], vec![t(&[2], &[5, 1])]);
        let bf = |v: &[f32]| v.iter().map(|&x| bf16::from_f32(x)).collect::<Vec<_>>();
        let m = dot_general("contracting_dims = [0] x [0]", "tensor<2xbf16>", "tensor<2xbf16>", "tensor<f32>");
        check(&m, vec![t(&[2], &bf(&[1.0, 1.0 / 256.0])), t(&[2], &bf(&[1.0, 1.0]))], vec![Tensor::scalar(1.00390625f32)]);
        let m = dot_general("contracting_dims = [1] x [0]", "tensor<2x2xi1>", "tensor<2x1xi1>", "tensor<2x1xi1>");
        check(&m, vec![t(&[2, 2], &[true, false, false, false]), t(&[2, 1], &[true, true])], vec![t(&[2, 1], &[true, false])]);
    }

    fn conv(dims: &str, window: &str, groups: (i64, i64), lhs: &str, rhs: &str, out: &str) -> String {
        format!(
            "func.func @main(%a: {lhs}, %b: {rhs}) -> {out} {{\n  %0 = stablehlo.convolution(%a, %b) dim_numbers = {dims}, window = {{{window}}} {{batch_group_count = {} : i64, feature_group_count = {} : i64}} : ({lhs}, {rhs}) -> {out}\n  return %0 : {out}\n}}",
            groups.1, groups.0
        )
    }

    #[test]
    fn convolution_spec_example() {
        let m = conv("[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]", "stride = [4, 4], lhs_dilate = [2, 2]", (1, 1), "tensor<1x4x4x1xi64>", "tensor<3x3x1x1xi64>", "tensor<1x2x2x1xi64>");
        let lhs = t(&[1, 4, 4, 1], &[1i64, 2, 5, 6, 3, 4, 7, 8, 10, 11, 14, 15, 12, 13, 16, 17]);
        check(&m, vec![lhs, t(&[3, 3, 1, 1], &[1i64; 9])], vec![t(&[1, 2, 2, 1], &[10i64, 26, 46, 62])]);
    }

    /// The spec's definition, one output element at a time, for one spatial dimension in
    /// `[b, 0, f]x[0, i, o]->[b, 0, f]` layout.
    #[allow(clippy::too_many_arguments)]
    fn naive(
        x: &[f32],
        (n, w, c): (usize, usize, usize),
        k: &[f32],
        (kw, ki, ko): (usize, usize, usize),
        stride: usize,
        pad: (i64, i64),
        ld: usize,
        rd: usize,
        rev: bool,
        fg: usize,
        bg: usize,
    ) -> (Vec<f32>, usize) {
        let padded = pad.0 + ((w - 1) * ld + 1) as i64 + pad.1;
        let span = ((kw - 1) * rd + 1) as i64;
        let wout = if padded < span { 0 } else { ((padded - span) / stride as i64 + 1) as usize };
        let mut out = vec![0.0f32; n / bg * wout * ko];
        for b in 0..n / bg {
            for y in 0..wout {
                for o in 0..ko {
                    let (gf, gb) = (o / (ko / fg), o / (ko / bg));
                    let mut acc = 0.0f64;
                    for kk in 0..kw {
                        let q = (y * stride + kk * rd) as i64 - pad.0;
                        if q < 0 || q % ld as i64 != 0 || q as usize / ld >= w {
                            continue;
                        }
                        let xi = q as usize / ld;
                        let kidx = if rev { kw - 1 - kk } else { kk };
                        for i in 0..ki {
                            acc += (x[((gb * (n / bg) + b) * w + xi) * c + gf * ki + i] * k[(kidx * ki + i) * ko + o]) as f64;
                        }
                    }
                    out[(b * wout + y) * ko + o] = acc as f32;
                }
            }
        }
        (out, wout)
    }

    #[test]
    fn convolution_matches_the_definition() {
        let values = |n: usize, seed: usize| (0..n).map(|i| ((i * 7 + seed * 3) % 11) as f32 - 5.0).collect::<Vec<f32>>();
        // (n, w, c, kw, ki, ko, stride, pad, lhs dilation, rhs dilation, reverse, fg, bg)
        let cases = [
            (1, 5, 1, 2, 1, 1, 1, (0, 0), 1, 1, false, 1, 1),
            (2, 7, 3, 3, 3, 2, 2, (1, 2), 1, 1, true, 1, 1),
            (1, 6, 2, 2, 2, 3, 1, (-1, 1), 2, 2, false, 1, 1),
            (2, 5, 4, 2, 2, 4, 1, (0, 1), 1, 1, false, 2, 1),
            (4, 5, 2, 3, 2, 4, 2, (1, 1), 1, 2, true, 1, 2),
            (1, 3, 6, 1, 2, 3, 1, (0, 0), 1, 1, false, 3, 1),
        ];
        for (i, &(n, w, c, kw, ki, ko, stride, pad, ld, rd, rev, fg, bg)) in cases.iter().enumerate() {
            let (x, k) = (values(n * w * c, i), values(kw * ki * ko, i + 1));
            let (want, wout) = naive(&x, (n, w, c), &k, (kw, ki, ko), stride, pad, ld, rd, rev, fg, bg);
            let window = format!("stride = [{stride}], pad = [[{}, {}]], lhs_dilate = [{ld}], rhs_dilate = [{rd}], reverse = [{rev}]", pad.0, pad.1);
            let (lt, rt, ot) = (format!("tensor<{n}x{w}x{c}xf32>"), format!("tensor<{kw}x{ki}x{ko}xf32>"), format!("tensor<{}x{wout}x{ko}xf32>", n / bg));
            let m = conv("[b, 0, f]x[0, i, o]->[b, 0, f]", &window, (fg as i64, bg as i64), &lt, &rt, &ot);
            check(&m, vec![t(&[n as i64, w as i64, c as i64], &x), t(&[kw as i64, ki as i64, ko as i64], &k)], vec![t(&[(n / bg) as i64, wout as i64, ko as i64], &want)]);
        }
    }

    #[test]
    fn convolution_layouts() {
        // The kernel-gradient layout JAX emits: [f, 0, 1, b]x[i, 0, 1, o]->[0, 1, b, f]. With
        // 1x1 spatial sizes it is a matmul over the batch: out[f_out=o][f_in] sum_b.
        let m = conv("[f, 0, 1, b]x[i, 0, 1, o]->[0, 1, b, f]", "stride = [1, 1]", (1, 1), "tensor<2x1x1x3xf32>", "tensor<2x1x1x2xf32>", "tensor<1x1x3x2xf32>");
        // lhs[f, b] = [[1, 2, 3], [4, 5, 6]], rhs[i, o] = [[1, 0], [0, 1]]: out[b, o] = lhs[o, b]
        let lhs = t(&[2, 1, 1, 3], &[1.0f32, 2.0, 3.0, 4.0, 5.0, 6.0]);
        let rhs = t(&[2, 1, 1, 2], &[1.0f32, 0.0, 0.0, 1.0]);
        check(&m, vec![lhs, rhs], vec![t(&[1, 1, 3, 2], &[1.0f32, 4.0, 2.0, 5.0, 3.0, 6.0])]);
        // No spatial dimensions at all: a plain matmul.
        let m = conv("[b, f]x[i, o]->[b, f]", "", (1, 1), "tensor<1x2xf32>", "tensor<2x1xf32>", "tensor<1x1xf32>");
        check(&m, vec![t(&[1, 2], &[2.0f32, 3.0]), t(&[2, 1], &[4.0f32, 5.0])], vec![t(&[1, 1], &[23.0f32])]);
        let _ = Tensor::scalar(0.0f32);
    }
}
