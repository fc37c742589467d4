//! Reductions with a body region: `reduce`, `reduce_window`, `select_and_scatter`, and the
//! combining step of `scatter`.
//!
//! Every op has a generic path that calls the body region once per combination (through
//! [`Body`], which the interpreter implements) and a fast path for the bodies JAX emits almost
//! always: one `add`/`multiply`/`maximum`/`minimum`/`and`/`or`/`xor` of the two block
//! arguments ([`Reducer`]), or for `select_and_scatter` one `compare` of them. The `reduce`
//! and `reduce_window` fast paths fold in `f64` (floats) or `i128` (integers) and round once at
//! the end (except `f16` and `bf16`, which round after every step as their body would); the
//! scatter step rounds after every update, each being one application of the body.

use super::elementwise::{fmax, fmin, IntKind};
use super::layout::{static_dims, tensor};
use super::Fail;
use crate::tensor::{for_each_index, strides, Data, Tensor};
use alpa_stablehlo::catalogue::dims::Window;
use alpa_stablehlo::ir::Region;
use alpa_stablehlo::{ElemType, TensorType};
use std::borrow::Cow;

/// Evaluates a body region on scalar (rank-0) tensors.
pub type Body<'a> = dyn FnMut(Vec<Tensor>) -> Result<Vec<Tensor>, Fail> + 'a;

/// A body that is one associative binary op of its two arguments.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reducer {
    /// `add` (`or` for booleans).
    Add,
    /// `multiply` (`and` for booleans).
    Mul,
    /// `maximum`.
    Max,
    /// `minimum`.
    Min,
    /// `and`.
    And,
    /// `or`.
    Or,
    /// `xor`.
    Xor,
}

/// What a two-argument body computes, when it is simple enough to run without the region.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SimpleBody {
    /// `op(arg0, arg1)`.
    Reduce(Reducer),
    /// Returns its second argument (a scatter that overwrites).
    Second,
    /// `compare DIR, arg0, arg1, FLOAT`: the `select` of `select_and_scatter`. The string is
    /// the direction.
    Compare(&'static str),
}

/// Recognizes a [`SimpleBody`] in a region of two scalar arguments.
pub fn simple_body(region: &Region) -> Option<SimpleBody> {
    let block = region.blocks.first()?;
    let [a, b] = block.args[..] else { return None };
    match &block.ops[..] {
        [ret] if ret.name == "stablehlo.return" && ret.operands == [b] => Some(SimpleBody::Second),
        [op, ret] if ret.name == "stablehlo.return" && op.results.len() == 1 && ret.operands == op.results => {
            let forward = op.operands == [a, b];
            let backward = op.operands == [b, a];
            if op.name == "stablehlo.compare" {
                let dir = op.attr("comparison_direction")?.as_enum()?;
                let ty = op.attr("compare_type").and_then(|t| t.as_enum());
                if !matches!(ty, None | Some("FLOAT")) || !(forward || backward) {
                    return None;
                }
                let dir: &'static str = ["GE", "GT", "LE", "LT", "EQ", "NE"].into_iter().find(|d| *d == dir)?;
                // With the arguments swapped, `b DIR a` is `a DIR' b`.
                let dir = match (forward, dir) {
                    (false, "GE") => "LE",
                    (false, "GT") => "LT",
                    (false, "LE") => "GE",
                    (false, "LT") => "GT",
                    (_, d) => d,
                };
                return Some(SimpleBody::Compare(dir));
            }
            if !(forward || backward) || !op.attrs.is_empty() {
                return None;
            }
            let r = match op.name.as_str() {
                "stablehlo.add" => Reducer::Add,
                "stablehlo.multiply" => Reducer::Mul,
                "stablehlo.maximum" => Reducer::Max,
                "stablehlo.minimum" => Reducer::Min,
                "stablehlo.and" => Reducer::And,
                "stablehlo.or" => Reducer::Or,
                "stablehlo.xor" => Reducer::Xor,
                _ => return None,
            };
            Some(SimpleBody::Reduce(r))
        }
        _ => None,
    }
}

/// Elements widened for folding: floats exactly as `f64`, integers exactly as `i128`.
enum Wide {
    F(Vec<f64>),
    I(Vec<i128>),
}

impl Wide {
    fn of(d: &Data) -> Wide {
        match d.to_i128_vec() {
            Some(v) => Wide::I(v),
            None => Wide::F(d.to_f64_vec()),
        }
    }
}

/// Folds with a [`Reducer`] in the wide domain of one element type.
#[derive(Clone, Copy)]
struct Folder {
    r: Reducer,
    elem: ElemType,
}

impl Folder {
    fn new(r: Reducer, elem: ElemType) -> Result<Folder, String> {
        let ok = match r {
            Reducer::And | Reducer::Or | Reducer::Xor => !elem.is_float(),
            _ => true,
        };
        ok.then_some(Folder { r, elem }).ok_or_else(|| format!("reducer {r:?} is not defined for {elem}").to_lowercase())
    }

    fn float(self, a: f64, b: f64) -> f64 {
        let v = match self.r {
            Reducer::Add => a + b,
            Reducer::Mul => a * b,
            Reducer::Max => fmax(a, b),
            Reducer::Min => fmin(a, b),
            Reducer::And | Reducer::Or | Reducer::Xor => f64::NAN,
        };
        match self.elem {
            // Half types round after every step, as their body does.
            ElemType::F16 => half::f16::from_f32(v as f32).to_f64(),
            ElemType::BF16 => half::bf16::from_f32(v as f32).to_f64(),
            _ => v,
        }
    }

    fn int(self, a: i128, b: i128) -> i128 {
        if self.elem.is_bool() {
            return match self.r {
                Reducer::Add | Reducer::Or | Reducer::Max => a | b,
                Reducer::Mul | Reducer::And | Reducer::Min => a & b,
                Reducer::Xor => a ^ b,
            };
        }
        let k = IntKind::of(self.elem).unwrap_or(IntKind { bits: 64, signed: true });
        match self.r {
            Reducer::Add => k.wrap(a.wrapping_add(b)),
            Reducer::Mul => k.wrap(a.wrapping_mul(b)),
            Reducer::Max => a.max(b),
            Reducer::Min => a.min(b),
            Reducer::And => a & b,
            Reducer::Or => a | b,
            Reducer::Xor => a ^ b,
        }
    }
}

/// The scalar at flat position `i` of `t`.
fn scalar_at(t: &Tensor, i: usize) -> Tensor {
    Tensor { ty: TensorType::scalar(t.elem()), data: t.data.repeat(i, 1) }
}

/// Checks a body's results: `n` scalars of the given element types.
fn check_results(out: &[Tensor], elems: &[ElemType]) -> Result<(), String> {
    let ok = out.len() == elems.len() && out.iter().zip(elems).all(|(t, &e)| t.elem() == e && t.len() == 1);
    ok.then_some(()).ok_or_else(|| format!("body must return {} scalars of types {elems:?}", elems.len()))
}

/// Joins per-position scalars into one tensor of `shape`.
fn join(shape: &[usize], elem: ElemType, scalars: &[Tensor]) -> Result<Tensor, String> {
    let parts: Vec<&Data> = scalars.iter().map(|t| &t.data).collect();
    Ok(tensor(shape, Data::concat(elem, &parts)?))
}

/// The inputs in their init values' element types: a body may accumulate in a wider type
/// than its inputs (the spec's type promotion, e.g. `bf16` inputs into an `f32` sum).
fn promote<'a>(inputs: &[&'a Tensor], inits: &[&Tensor]) -> Vec<Cow<'a, Tensor>> {
    inputs
        .iter()
        .zip(inits)
        .map(|(x, i)| {
            let same_kind = x.elem().is_float() == i.elem().is_float() && !x.elem().is_bool() && !i.elem().is_bool();
            if x.elem() == i.elem() || !same_kind {
                return Cow::Borrowed(*x);
            }
            let data = super::elementwise::convert(&x.data, i.elem());
            Cow::Owned(Tensor { ty: TensorType::new(x.ty.shape.clone(), i.elem()), data })
        })
        .collect()
}

/// Checks `n` inputs of one shape and `n` scalar inits of matching element types.
fn check_inputs(inputs: &[&Tensor], inits: &[&Tensor]) -> Result<Vec<usize>, String> {
    let first = inputs.first().ok_or("needs at least one input")?;
    if inits.len() != inputs.len() {
        return Err(format!("{} inputs but {} init values", inputs.len(), inits.len()));
    }
    for (x, i) in inputs.iter().zip(inits) {
        if x.shape() != first.shape() || i.len() != 1 || i.elem() != x.elem() {
            return Err(format!("inputs must share one shape and each init value must be a scalar of its input's type ({} / {})", x.ty, i.ty));
        }
    }
    Ok(first.dims())
}

/// `stablehlo.reduce` over `dims`.
pub fn reduce(inputs: &[&Tensor], inits: &[&Tensor], dims: &[i64], simple: Option<SimpleBody>, body: &mut Body) -> Result<Vec<Tensor>, Fail> {
    let promoted = promote(inputs, inits);
    let inputs: Vec<&Tensor> = promoted.iter().map(|t| t.as_ref()).collect();
    let xd = check_inputs(&inputs, inits)?;
    let dims = super::layout::check_dims("dimensions", dims, xd.len())?;
    let kept: Vec<usize> = (0..xd.len()).filter(|d| !dims.contains(d)).collect();
    let perm: Vec<usize> = kept.iter().chain(&dims).copied().collect();
    let (_, positions) = super::layout::transpose_positions(&xd, &perm);
    let shape: Vec<usize> = kept.iter().map(|&d| xd[d]).collect();
    let groups: usize = shape.iter().product();
    let per: usize = dims.iter().map(|&d| xd[d]).product();
    if let (Some(SimpleBody::Reduce(r)), [x], [init]) = (simple, &inputs[..], inits) {
        let f = Folder::new(r, x.elem())?;
        let data = match (Wide::of(&x.data), Wide::of(&init.data)) {
            (Wide::F(v), Wide::F(i)) => Data::from_f64(x.elem(), (0..groups).map(|g| positions[g * per..(g + 1) * per].iter().fold(i[0], |acc, &p| f.float(acc, v[p])))),
            (Wide::I(v), Wide::I(i)) => Data::from_i128(x.elem(), (0..groups).map(|g| positions[g * per..(g + 1) * per].iter().fold(i[0], |acc, &p| f.int(acc, v[p])))),
            _ => return Err("init value and input differ in type".to_string().into()),
        };
        return Ok(vec![tensor(&shape, data)]);
    }
    let elems: Vec<ElemType> = inputs.iter().map(|x| x.elem()).collect();
    let mut results: Vec<Vec<Tensor>> = vec![Vec::with_capacity(groups); inputs.len()];
    for g in 0..groups {
        let mut acc: Vec<Tensor> = inits.iter().map(|&t| t.clone()).collect();
        for &p in &positions[g * per..(g + 1) * per] {
            let args = acc.into_iter().chain(inputs.iter().map(|x| scalar_at(x, p))).collect();
            acc = body(args)?;
            check_results(&acc, &elems)?;
        }
        for (r, a) in results.iter_mut().zip(acc) {
            r.push(a);
        }
    }
    Ok(results.iter().zip(&elems).map(|(r, &e)| join(&shape, e, r)).collect::<Result<_, _>>()?)
}

/// The output shape of sliding `w` over an input of `input` dims (it must be `expected`,
/// the shape the op declares), and per dimension and (output position, window position) the
/// input position read (`None` for padding and dilation holes).
#[allow(clippy::type_complexity)]
fn taps(w: &Window, input: &[usize], expected: &[usize]) -> Result<(Vec<usize>, Vec<Vec<Vec<Option<usize>>>>), String> {
    let r = input.len();
    let lists = [w.size.len(), w.stride.len(), w.base_dilation.len(), w.window_dilation.len(), w.padding.len()];
    if lists.iter().any(|&l| l != r) {
        return Err(format!("window attributes need {r} entries each"));
    }
    let mut shape = Vec::with_capacity(r);
    let mut taps = Vec::with_capacity(r);
    for (d, &extent) in input.iter().enumerate() {
        let size = w.output_size(d, extent as i64).ok_or_else(|| format!("window dimension {d} is too large"))?;
        // Checked before the tables below are sized by it.
        if expected.get(d).is_none_or(|&e| e as i64 != size) {
            return Err(format!("window dimension {d} gives {size} positions but the result has shape {expected:?}"));
        }
        shape.push(size as usize);
        let (s, bd, wd, lo) = (w.stride[d] as i128, w.base_dilation[d] as i128, w.window_dilation[d] as i128, w.padding[d].0 as i128);
        let n = extent as i128;
        let table: Vec<Vec<Option<usize>>> = (0..size as i128)
            .map(|y| {
                (0..w.size[d] as i128)
                    .map(|k| {
                        let q = y * s + k * wd - lo;
                        (q >= 0 && q % bd == 0 && q / bd < n).then(|| (q / bd) as usize)
                    })
                    .collect()
            })
            .collect();
        taps.push(table);
    }
    Ok((shape, taps))
}

/// Calls `f(output flat position, window taps)` for every output position of `w` over an
/// input of `input` dims; a tap is the input flat position or `None` for padding. `expected`
/// is the output shape the op declares; any other is an error.
fn for_each_window(w: &Window, input: &[usize], expected: &[usize], mut f: impl FnMut(usize, &[Option<usize>]) -> Result<(), Fail>) -> Result<Vec<usize>, Fail> {
    let (shape, taps) = taps(w, input, expected)?;
    let ins = strides(input);
    let wshape: Vec<usize> = w.size.iter().map(|&s| s as usize).collect();
    let mut buf = Vec::with_capacity(wshape.iter().product());
    let mut out = 0;
    let mut result = Ok(());
    for_each_index(&shape, |y| {
        if result.is_err() {
            return;
        }
        buf.clear();
        for_each_index(&wshape, |k| {
            let mut pos = 0;
            for d in 0..y.len() {
                match taps[d][y[d]][k[d]] {
                    Some(x) => pos += x * ins[d],
                    None => {
                        buf.push(None);
                        return;
                    }
                }
            }
            buf.push(Some(pos));
        });
        result = f(out, &buf);
        out += 1;
    });
    result?;
    Ok(shape)
}

/// `stablehlo.reduce_window`; padding reads the init values.
pub fn reduce_window(inputs: &[&Tensor], inits: &[&Tensor], w: &Window, out: &TensorType, simple: Option<SimpleBody>, body: &mut Body) -> Result<Vec<Tensor>, Fail> {
    let promoted = promote(inputs, inits);
    let inputs: Vec<&Tensor> = promoted.iter().map(|t| t.as_ref()).collect();
    let xd = check_inputs(&inputs, inits)?;
    let out_shape = static_dims(out)?;
    if let (Some(SimpleBody::Reduce(r)), [x], [init]) = (simple, &inputs[..], inits) {
        let f = Folder::new(r, x.elem())?;
        let (wide, iw) = (Wide::of(&x.data), Wide::of(&init.data));
        let mut fl = Vec::new();
        let mut il = Vec::new();
        let shape = for_each_window(w, &xd, &out_shape, |_, taps| {
            match (&wide, &iw) {
                (Wide::F(v), Wide::F(i)) => fl.push(taps.iter().fold(i[0], |acc, t| f.float(acc, t.map_or(i[0], |p| v[p])))),
                (Wide::I(v), Wide::I(i)) => il.push(taps.iter().fold(i[0], |acc, t| f.int(acc, t.map_or(i[0], |p| v[p])))),
                _ => return Err("init value and input differ in type".to_string().into()),
            }
            Ok(())
        })?;
        let data = if x.elem().is_float() { Data::from_f64(x.elem(), fl.into_iter()) } else { Data::from_i128(x.elem(), il.into_iter()) };
        return Ok(vec![tensor(&shape, data)]);
    }
    let elems: Vec<ElemType> = inputs.iter().map(|x| x.elem()).collect();
    let mut results: Vec<Vec<Tensor>> = vec![Vec::new(); inputs.len()];
    let shape = for_each_window(w, &xd, &out_shape, |_, taps| {
        let mut acc: Vec<Tensor> = inits.iter().map(|&t| t.clone()).collect();
        for t in taps {
            let vals = inputs.iter().zip(inits).map(|(x, i)| match t {
                Some(p) => scalar_at(x, *p),
                None => (*i).clone(),
            });
            let args = acc.into_iter().chain(vals).collect();
            acc = body(args)?;
            check_results(&acc, &elems)?;
        }
        for (r, a) in results.iter_mut().zip(acc) {
            r.push(a);
        }
        Ok(())
    })?;
    Ok(results.iter().zip(&elems).map(|(r, &e)| join(&shape, e, r)).collect::<Result<_, _>>()?)
}

/// `stablehlo.select_and_scatter`: per window of `operand`, the element `select` prefers
/// (padding is never selected) receives the window's `source` value, combined by `scatter`
/// into a result that starts as `init` everywhere.
#[allow(clippy::too_many_arguments)]
pub fn select_and_scatter(
    operand: &Tensor,
    source: &Tensor,
    init: &Tensor,
    w: &Window,
    select_simple: Option<SimpleBody>,
    select: &mut Body,
    scatter_simple: Option<SimpleBody>,
    scatter: &mut Body,
) -> Result<Tensor, Fail> {
    let xd = operand.dims();
    if init.len() != 1 || init.elem() != source.elem() {
        return Err(format!("init value must be a {} scalar", source.elem()).into());
    }
    // The selected operand position per window, in window order.
    let mut chosen: Vec<Option<usize>> = Vec::new();
    let wide = Wide::of(&operand.data);
    for_each_window(w, &xd, &source.dims(), |_, taps| {
        let mut best: Option<usize> = None;
        for &p in taps.iter().flatten() {
            let Some(b) = best else {
                best = Some(p);
                continue;
            };
            let keep = match (select_simple, &wide) {
                (Some(SimpleBody::Compare(dir)), Wide::F(v)) => compare_dir(dir, v[b].partial_cmp(&v[p])),
                _ => {
                    let out = select(vec![scalar_at(operand, b), scalar_at(operand, p)])?;
                    match out.first().map(|t| &t.data) {
                        Some(Data::Bool(v)) if out.len() == 1 && v.len() == 1 => v[0],
                        _ => return Err("select body must return one i1 scalar".to_string().into()),
                    }
                }
            };
            if !keep {
                best = Some(p);
            }
        }
        chosen.push(best);
        Ok(())
    })?;
    let n = operand.len();
    let pairs: Vec<(usize, usize)> = chosen.iter().enumerate().filter_map(|(s, c)| c.map(|p| (p, s))).collect();
    let result = Tensor { ty: TensorType::new(operand.ty.shape.clone(), source.elem()), data: init.data.repeat(0, n) };
    combine(&result, source, &pairs, scatter_simple, scatter)
}

fn compare_dir(dir: &str, o: Option<std::cmp::Ordering>) -> bool {
    use std::cmp::Ordering::*;
    match dir {
        "GE" => matches!(o, Some(Greater | Equal)),
        "GT" => o == Some(Greater),
        "LE" => matches!(o, Some(Less | Equal)),
        "LT" => o == Some(Less),
        "EQ" => o == Some(Equal),
        _ => o != Some(Equal),
    }
}

/// `result[p] = body(result[p], updates[u])` for each `(p, u)` in order: the update step of
/// `scatter` and `select_and_scatter`.
pub fn combine(result: &Tensor, updates: &Tensor, pairs: &[(usize, usize)], simple: Option<SimpleBody>, body: &mut Body) -> Result<Tensor, Fail> {
    if result.elem() != updates.elem() {
        return Err(format!("updates of {} cannot combine into {}", updates.elem(), result.elem()).into());
    }
    match simple {
        Some(SimpleBody::Second) => {
            let (dst, src): (Vec<usize>, Vec<usize>) = pairs.iter().copied().unzip();
            let mut data = result.data.clone();
            data.put(&dst, &updates.data.take(&src))?;
            Ok(Tensor { ty: result.ty.clone(), data })
        }
        Some(SimpleBody::Reduce(r)) => {
            // Each update is one application of the body, rounded to the element type.
            let f = Folder::new(r, result.elem())?;
            let mut data = result.data.clone();
            match (&mut data, &updates.data) {
                (Data::F64(d), Data::F64(u)) => pairs.iter().for_each(|&(p, q)| d[p] = f.float(d[p], u[q])),
                (Data::F32(d), Data::F32(u)) => pairs.iter().for_each(|&(p, q)| d[p] = f.float(d[p] as f64, u[q] as f64) as f32),
                (Data::F16(d), Data::F16(u)) => pairs.iter().for_each(|&(p, q)| d[p] = half::f16::from_f32(f.float(d[p].to_f64(), u[q].to_f64()) as f32)),
                (Data::BF16(d), Data::BF16(u)) => pairs.iter().for_each(|&(p, q)| d[p] = half::bf16::from_f32(f.float(d[p].to_f64(), u[q].to_f64()) as f32)),
                (d, u) => {
                    let (Some(mut v), Some(w)) = (d.to_i128_vec(), u.to_i128_vec()) else {
                        return Err("updates and operand differ in type".to_string().into());
                    };
                    pairs.iter().for_each(|&(p, q)| v[p] = f.int(v[p], w[q]));
                    *d = Data::from_i128(result.elem(), v.into_iter());
                }
            }
            Ok(Tensor { ty: result.ty.clone(), data })
        }
        _ => {
            let mut out = combine_generic(std::slice::from_ref(result), &[updates], pairs, body)?;
            Ok(out.remove(0))
        }
    }
}

/// The region path of [`combine`] for any number of operands: the body takes all current
/// values, then all update values.
pub fn combine_generic(results: &[Tensor], updates: &[&Tensor], pairs: &[(usize, usize)], body: &mut Body) -> Result<Vec<Tensor>, Fail> {
    let elems: Vec<ElemType> = results.iter().map(|t| t.elem()).collect();
    let mut datas: Vec<Data> = results.iter().map(|t| t.data.clone()).collect();
    for &(p, q) in pairs {
        let args = datas.iter().zip(&elems).map(|(d, &e)| Tensor { ty: TensorType::scalar(e), data: d.repeat(p, 1) }).chain(updates.iter().map(|u| scalar_at(u, q))).collect();
        let out = body(args)?;
        check_results(&out, &elems)?;
        for (d, t) in datas.iter_mut().zip(out) {
            d.put(&[p], &t.data)?;
        }
    }
    Ok(results.iter().zip(datas).map(|(t, data)| Tensor { ty: t.ty.clone(), data }).collect())
}

#[cfg(test)]
mod tests {
    use crate::interp::testing::{check, t};
    use crate::Tensor;

    fn reduce_applies(op: &str, ty: &str, dims: &str, out: &str) -> String {
        let elem = &ty[ty.rfind('x').unwrap() + 1..ty.len() - 1];
        format!("func.func @main(%a: {ty}, %i: tensor<{elem}>) -> {out} {{\n  %0 = stablehlo.reduce(%a init: %i) applies {op} across dimensions = [{dims}] : ({ty}, tensor<{elem}>) -> {out}\n  return %0 : {out}\n}}")
    }

    #[test]
    fn reduce_with_simple_bodies() {
        let x = t(&[2, 3], &[1.0f32, 2.0, 3.0, 4.0, 5.0, 6.0]);
        check(&reduce_applies("stablehlo.add", "tensor<2x3xf32>", "1", "tensor<2xf32>"), vec![x.clone(), Tensor::scalar(10.0f32)], vec![t(&[2], &[16.0f32, 25.0])]);
        check(&reduce_applies("stablehlo.add", "tensor<2x3xf32>", "0, 1", "tensor<f32>"), vec![x.clone(), Tensor::scalar(0.0f32)], vec![Tensor::scalar(21.0f32)]);
        check(&reduce_applies("stablehlo.maximum", "tensor<2x3xf32>", "0", "tensor<3xf32>"), vec![x.clone(), Tensor::scalar(f32::NEG_INFINITY)], vec![t(&[3], &[4.0f32, 5.0, 6.0])]);
        check(&reduce_applies("stablehlo.multiply", "tensor<2x3xf32>", "", "tensor<2x3xf32>"), vec![x, Tensor::scalar(2.0f32)], vec![t(&[2, 3], &[2.0f32, 4.0, 6.0, 8.0, 10.0, 12.0])]);
        check(&reduce_applies("stablehlo.and", "tensor<2x2xi1>", "1", "tensor<2xi1>"), vec![t(&[2, 2], &[true, true, true, false]), Tensor::scalar(true)], vec![t(&[2], &[true, false])]);
        check(&reduce_applies("stablehlo.add", "tensor<3xi32>", "0", "tensor<i32>"), vec![t(&[3], &[i32::MAX, 1, 1]), Tensor::scalar(0)], vec![Tensor::scalar(i32::MIN + 1)]);
        check(&reduce_applies("stablehlo.add", "tensor<0x2xf32>", "0", "tensor<2xf32>"), vec![t::<f32>(&[0, 2], &[]), Tensor::scalar(7.0f32)], vec![t(&[2], &[7.0f32, 7.0])]);
    }

    #[test]
    fn reduce_promotes_inputs_to_the_body_type() {
        use half::bf16;
        let m = "func.func @main(%a: tensor<3xbf16>, %i: tensor<f32>) -> tensor<f32> {\n  %0 = stablehlo.reduce(%a init: %i) applies stablehlo.add across dimensions = [0] : (tensor<3xbf16>, tensor<f32>) -> tensor<f32>\n  return %0 : tensor<f32>\n}";
        // 256 + 1 + 1 is 258 in f32; a bf16 accumulator would round 257 back to 256.
        let x = t(&[3], &[bf16::from_f32(256.0), bf16::ONE, bf16::ONE]);
        check(m, vec![x, Tensor::scalar(0.0f32)], vec![Tensor::scalar(258.0f32)]);
    }

    #[test]
    fn reduce_runs_general_bodies() {
        // Sum of squares: not a lone binary op, so it runs the region.
        let m = "func.func @main(%a: tensor<3xf32>, %i: tensor<f32>) -> tensor<f32> {\n  %0 = stablehlo.reduce(%a init: %i) across dimensions = [0] : (tensor<3xf32>, tensor<f32>) -> tensor<f32>\n   reducer(%acc: tensor<f32>, %x: tensor<f32>)  {\n    %1 = stablehlo.multiply %x, %x : tensor<f32>\n    %2 = stablehlo.add %acc, %1 : tensor<f32>\n    stablehlo.return %2 : tensor<f32>\n  }\n  return %0 : tensor<f32>\n}";
        check(m, vec![t(&[3], &[1.0f32, 2.0, 3.0]), Tensor::scalar(0.0f32)], vec![Tensor::scalar(14.0f32)]);
        // Argmax over two operands, as jnp.argmax lowers.
        let m = "func.func @main(%a: tensor<2x3xf32>, %b: tensor<2x3xi32>, %i: tensor<f32>, %j: tensor<i32>) -> (tensor<2xf32>, tensor<2xi32>) {\n  %0:2 = stablehlo.reduce(%a init: %i), (%b init: %j) across dimensions = [1] : (tensor<2x3xf32>, tensor<2x3xi32>, tensor<f32>, tensor<i32>) -> (tensor<2xf32>, tensor<2xi32>)\n   reducer(%v1: tensor<f32>, %v2: tensor<f32>) (%i1: tensor<i32>, %i2: tensor<i32>)  {\n    %1 = stablehlo.compare GT, %v1, %v2, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>\n    %2 = stablehlo.compare EQ, %v1, %v2, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>\n    %3 = stablehlo.compare LT, %i1, %i2, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>\n    %4 = stablehlo.and %2, %3 : tensor<i1>\n    %5 = stablehlo.or %1, %4 : tensor<i1>\n    %6 = stablehlo.select %1, %v1, %v2 : tensor<i1>, tensor<f32>\n    %7 = stablehlo.select %5, %i1, %i2 : tensor<i1>, tensor<i32>\n    stablehlo.return %6, %7 : tensor<f32>, tensor<i32>\n  }\n  return %0#0, %0#1 : tensor<2xf32>, tensor<2xi32>\n}";
        let inputs = vec![t(&[2, 3], &[1.0f32, 5.0, 5.0, 7.0, 2.0, 3.0]), t(&[2, 3], &[0, 1, 2, 0, 1, 2]), Tensor::scalar(f32::NEG_INFINITY), Tensor::scalar(0)];
        check(m, inputs, vec![t(&[2], &[5.0f32, 7.0]), t(&[2], &[1, 0])]);
    }

    fn reduce_window(attrs: &str, body: &str, ty: &str, out: &str) -> String {
        format!("func.func @main(%a: {ty}, %i: tensor<f32>) -> {out} {{\n  %0 = \"stablehlo.reduce_window\"(%a, %i) <{{{attrs}}}> ({{\n  ^bb0(%x: tensor<f32>, %y: tensor<f32>):\n    {body}\n  }}) : ({ty}, tensor<f32>) -> {out}\n  return %0 : {out}\n}}")
    }

    const ADD: &str = "%s = stablehlo.add %x, %y : tensor<f32>\n    stablehlo.return %s : tensor<f32>";
    const SLOW_MAX: &str =
        "%z = stablehlo.constant dense<0.0> : tensor<f32>\n    %s = stablehlo.maximum %x, %y : tensor<f32>\n    %r = stablehlo.add %s, %z : tensor<f32>\n    stablehlo.return %r : tensor<f32>";

    #[test]
    fn reduce_window_spec_example() {
        let attrs = "base_dilations = array<i64: 2, 1>, padding = dense<[[2, 1], [0, 0]]> : tensor<2x2xi64>, window_dilations = array<i64: 3, 1>, window_dimensions = array<i64: 2, 1>, window_strides = array<i64: 4, 1>";
        let x = t(&[3, 2], &[1.0f32, 2.0, 3.0, 4.0, 5.0, 6.0]);
        check(&reduce_window(attrs, ADD, "tensor<3x2xf32>", "tensor<2x2xf32>"), vec![x, Tensor::scalar(0.0f32)], vec![t(&[2, 2], &[0.0f32, 0.0, 3.0, 4.0])]);
    }

    #[test]
    fn reduce_window_cumsum_and_pooling() {
        // jnp.cumsum: a window as long as the axis, padded in front.
        let attrs = "padding = dense<[[3, 0]]> : tensor<1x2xi64>, window_dimensions = array<i64: 4>";
        check(&reduce_window(attrs, ADD, "tensor<4xf32>", "tensor<4xf32>"), vec![t(&[4], &[1.0f32, 2.0, 3.0, 4.0]), Tensor::scalar(0.0f32)], vec![t(&[4], &[1.0f32, 3.0, 6.0, 10.0])]);
        // 2x2 max pool, stride 2, with the fast and the region path.
        let attrs = "window_dimensions = array<i64: 2, 2>, window_strides = array<i64: 2, 2>";
        let x = t(&[2, 4], &[1.0f32, 5.0, 2.0, 0.0, 3.0, 4.0, 8.0, 1.0]);
        for body in ["%s = stablehlo.maximum %x, %y : tensor<f32>\n    stablehlo.return %s : tensor<f32>", SLOW_MAX] {
            check(&reduce_window(attrs, body, "tensor<2x4xf32>", "tensor<1x2xf32>"), vec![x.clone(), Tensor::scalar(f32::NEG_INFINITY)], vec![t(&[1, 2], &[5.0f32, 8.0])]);
        }
        // Padding reads the init value, here not the identity of add.
        let attrs = "padding = dense<[[1, 1]]> : tensor<1x2xi64>, window_dimensions = array<i64: 2>";
        check(&reduce_window(attrs, ADD, "tensor<2xf32>", "tensor<3xf32>"), vec![t(&[2], &[1.0f32, 2.0]), Tensor::scalar(10.0f32)], vec![t(&[3], &[21.0f32, 13.0, 22.0])]);
    }

    fn select_and_scatter(select: &str) -> String {
        format!("func.func @main(%a: tensor<4x2xf32>, %s: tensor<2x2xf32>, %i: tensor<f32>) -> tensor<4x2xf32> {{\n  %0 = \"stablehlo.select_and_scatter\"(%a, %s, %i) <{{padding = dense<[[0, 1], [0, 0]]> : tensor<2x2xi64>, window_dimensions = array<i64: 3, 1>, window_strides = array<i64: 2, 1>}}> ({{\n  ^bb0(%x: tensor<f32>, %y: tensor<f32>):\n    {select}\n  }}, {{\n  ^bb0(%x: tensor<f32>, %y: tensor<f32>):\n    %r = stablehlo.add %x, %y : tensor<f32>\n    stablehlo.return %r : tensor<f32>\n  }}) : (tensor<4x2xf32>, tensor<2x2xf32>, tensor<f32>) -> tensor<4x2xf32>\n  return %0 : tensor<4x2xf32>\n}}")
    }

    #[test]
    fn select_and_scatter_spec_example() {
        let inputs = vec![t(&[4, 2], &[1.0f32, 5.0, 2.0, 5.0, 3.0, 6.0, 4.0, 4.0]), t(&[2, 2], &[5.0f32, 6.0, 7.0, 8.0]), Tensor::scalar(0.0f32)];
        let want = vec![t(&[4, 2], &[0.0f32, 0.0, 0.0, 0.0, 5.0, 14.0, 7.0, 0.0])];
        let fast = "%c = stablehlo.compare GE, %x, %y, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>\n    stablehlo.return %c : tensor<i1>";
        let slow = "%c = stablehlo.compare GE, %x, %y, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>\n    %d = stablehlo.and %c, %c : tensor<i1>\n    stablehlo.return %d : tensor<i1>";
        check(&select_and_scatter(fast), inputs.clone(), want.clone());
        check(&select_and_scatter(slow), inputs, want);
    }
}
