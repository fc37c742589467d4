//! Elementwise ops: unary and binary arithmetic, `compare`, `select`, `clamp`, `convert`,
//! `bitcast_convert`, `is_finite` and `reduce_precision`, with the StableHLO spec's per-type
//! semantics.
//!
//! Floats of every width are computed in `f64` and rounded to the element type after each op.
//! For `+ - * /` and `sqrt` that is exactly the IEEE result of the narrow type (f64 carries
//! more than twice the bits, so the double rounding is innocuous); `f16`/`bf16` round through
//! `f32` as XLA, which computes them in `f32`, does. Integers are computed in `i128` and wrap
//! to their width; booleans follow the spec's logical meaning (`add` is `or`, `multiply` is
//! `and`). Integer division by zero gives -1 (all ones) and remainder by zero the dividend,
//! as XLA defines them; shifts by the width or more give 0 (or the sign for arithmetic shifts).

use super::math;
use crate::tensor::Data;
use alpa_stablehlo::ElemType;
use half::{bf16, f16};

/// A one-operand elementwise op.
#[allow(missing_docs)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unary {
    Abs,
    Cbrt,
    Ceil,
    Cosine,
    Exp,
    Expm1,
    Floor,
    Log,
    Log1p,
    Logistic,
    Negate,
    Not,
    Popcnt,
    Clz,
    RoundAfz,
    RoundEven,
    Rsqrt,
    Sign,
    Sine,
    Sqrt,
    Tan,
    Tanh,
    Erf,
    Erfc,
    Square,
}

impl Unary {
    /// The op called `name` (fully qualified).
    pub fn from_name(name: &str) -> Option<Unary> {
        use Unary::*;
        Some(match name {
            "stablehlo.abs" => Abs,
            "stablehlo.cbrt" => Cbrt,
            "stablehlo.ceil" => Ceil,
            "stablehlo.cosine" => Cosine,
            "stablehlo.exponential" => Exp,
            "stablehlo.exponential_minus_one" => Expm1,
            "stablehlo.floor" => Floor,
            "stablehlo.log" => Log,
            "stablehlo.log_plus_one" => Log1p,
            "stablehlo.logistic" => Logistic,
            "stablehlo.negate" => Negate,
            "stablehlo.not" => Not,
            "stablehlo.popcnt" => Popcnt,
            "stablehlo.count_leading_zeros" => Clz,
            "stablehlo.round_nearest_afz" => RoundAfz,
            "stablehlo.round_nearest_even" => RoundEven,
            "stablehlo.rsqrt" => Rsqrt,
            "stablehlo.sign" => Sign,
            "stablehlo.sine" => Sine,
            "stablehlo.sqrt" => Sqrt,
            "stablehlo.tan" => Tan,
            "stablehlo.tanh" => Tanh,
            "chlo.erf" => Erf,
            "chlo.erfc" => Erfc,
            "chlo.square" => Square,
            _ => return None,
        })
    }
}

/// A two-operand elementwise op.
#[allow(missing_docs)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Binary {
    Add,
    Sub,
    Mul,
    Div,
    Rem,
    Pow,
    Max,
    Min,
    Atan2,
    And,
    Or,
    Xor,
    Shl,
    ShrArithmetic,
    ShrLogical,
}

impl Binary {
    /// The op called `name` (fully qualified).
    pub fn from_name(name: &str) -> Option<Binary> {
        use Binary::*;
        Some(match name {
            "stablehlo.add" => Add,
            "stablehlo.subtract" => Sub,
            "stablehlo.multiply" => Mul,
            "stablehlo.divide" => Div,
            "stablehlo.remainder" => Rem,
            "stablehlo.power" => Pow,
            "stablehlo.maximum" => Max,
            "stablehlo.minimum" => Min,
            "stablehlo.atan2" => Atan2,
            "stablehlo.and" => And,
            "stablehlo.or" => Or,
            "stablehlo.xor" => Xor,
            "stablehlo.shift_left" => Shl,
            "stablehlo.shift_right_arithmetic" => ShrArithmetic,
            "stablehlo.shift_right_logical" => ShrLogical,
            _ => return None,
        })
    }
}

/// Width and signedness of an integer (or boolean) element type.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IntKind {
    /// Bits (1 for booleans).
    pub bits: u32,
    /// Whether values are two's complement signed.
    pub signed: bool,
}

impl IntKind {
    /// The kind of an integer or boolean element type.
    pub fn of(elem: ElemType) -> Option<IntKind> {
        (!elem.is_float()).then(|| IntKind { bits: elem.bit_width(), signed: elem.is_signed_int() })
    }

    /// `v` reduced modulo 2^bits into this kind's range.
    pub fn wrap(self, v: i128) -> i128 {
        let shift = 128 - self.bits;
        if self.signed {
            (v << shift) >> shift
        } else {
            (((v as u128) << shift) >> shift) as i128
        }
    }

    /// The bit pattern of `v` as an unsigned number.
    fn pattern(self, v: i128) -> u128 {
        (v as u128) & ((1u128 << self.bits) - 1)
    }

    /// `v`'s bit pattern read as a signed number of this width.
    fn as_signed(self, v: i128) -> i128 {
        IntKind { bits: self.bits, signed: true }.wrap(v)
    }
}

/// NaN-propagating maximum that orders -0 below +0 (IEEE 754-2019 `maximum`).
pub fn fmax(a: f64, b: f64) -> f64 {
    if a.is_nan() || b.is_nan() {
        f64::NAN
    } else if a > b || (a == b && b.is_sign_negative()) {
        a
    } else {
        b
    }
}

/// NaN-propagating minimum that orders -0 below +0 (IEEE 754-2019 `minimum`).
pub fn fmin(a: f64, b: f64) -> f64 {
    if a.is_nan() || b.is_nan() {
        f64::NAN
    } else if a < b || (a == b && a.is_sign_negative()) {
        a
    } else {
        b
    }
}

/// Expands `$go!(f)` with the `f64` function of a float unary op (`None` for the integer-only
/// ones), so each op's loop is compiled with its function inlined.
macro_rules! float_unary {
    ($op:expr, $go:ident) => {{
        use Unary::*;
        match $op {
            Abs => $go!(f64::abs),
            Cbrt => $go!(f64::cbrt),
            Ceil => $go!(f64::ceil),
            Cosine => $go!(f64::cos),
            Exp => $go!(f64::exp),
            Expm1 => $go!(f64::exp_m1),
            Floor => $go!(f64::floor),
            Log => $go!(f64::ln),
            Log1p => $go!(f64::ln_1p),
            Logistic => $go!(|a: f64| 1.0 / (1.0 + (-a).exp())),
            Negate => $go!(|a: f64| -a),
            RoundAfz => $go!(f64::round),
            RoundEven => $go!(f64::round_ties_even),
            Rsqrt => $go!(|a: f64| 1.0 / a.sqrt()),
            Sign => $go!(|a: f64| if a.is_nan() || a == 0.0 { a } else { a.signum() }),
            Sine => $go!(f64::sin),
            Sqrt => $go!(f64::sqrt),
            Tan => $go!(f64::tan),
            Tanh => $go!(f64::tanh),
            Erf => $go!(math::erf),
            Erfc => $go!(math::erfc),
            Square => $go!(|a: f64| a * a),
            Not | Popcnt | Clz => None,
        }
    }};
}

fn float_map(x: &Data, f: impl Fn(f64) -> f64) -> Option<Data> {
    Some(match x {
        Data::F64(v) => Data::F64(v.iter().map(|&a| f(a)).collect()),
        Data::F32(v) => Data::F32(v.iter().map(|&a| f(a as f64) as f32).collect()),
        Data::F16(v) => Data::F16(v.iter().map(|a| f16::from_f32(f(a.to_f64()) as f32)).collect()),
        Data::BF16(v) => Data::BF16(v.iter().map(|a| bf16::from_f32(f(a.to_f64()) as f32)).collect()),
        _ => return None,
    })
}

fn float_map2(a: &Data, b: &Data, f: impl Fn(f64, f64) -> f64) -> Option<Data> {
    Some(match (a, b) {
        (Data::F64(x), Data::F64(y)) => Data::F64(x.iter().zip(y).map(|(&p, &q)| f(p, q)).collect()),
        (Data::F32(x), Data::F32(y)) => Data::F32(x.iter().zip(y).map(|(&p, &q)| f(p as f64, q as f64) as f32).collect()),
        (Data::F16(x), Data::F16(y)) => Data::F16(x.iter().zip(y).map(|(p, q)| f16::from_f32(f(p.to_f64(), q.to_f64()) as f32)).collect()),
        (Data::BF16(x), Data::BF16(y)) => Data::BF16(x.iter().zip(y).map(|(p, q)| bf16::from_f32(f(p.to_f64(), q.to_f64()) as f32)).collect()),
        _ => return None,
    })
}

fn int_map(x: &Data, f: impl Fn(i128, IntKind) -> i128) -> Option<Data> {
    let kind = IntKind::of(x.elem())?;
    let v = x.to_i128_vec()?;
    Some(Data::from_i128(x.elem(), v.into_iter().map(|a| kind.wrap(f(a, kind)))))
}

fn int_map2(a: &Data, b: &Data, f: impl Fn(i128, i128, IntKind) -> i128) -> Option<Data> {
    let kind = IntKind::of(a.elem())?;
    let (x, y) = (a.to_i128_vec()?, b.to_i128_vec()?);
    Some(Data::from_i128(a.elem(), x.into_iter().zip(y).map(|(p, q)| kind.wrap(f(p, q, kind)))))
}

/// The op (named by the error around this message) does not apply to `elem`.
fn not_defined(elem: ElemType) -> String {
    format!("is not defined for {elem}")
}

/// Applies a unary op.
pub fn unary(op: Unary, x: &Data) -> Result<Data, String> {
    let elem = x.elem();
    if elem.is_float() {
        macro_rules! go {
            ($f:expr) => {
                float_map(x, $f)
            };
        }
        return float_unary!(op, go).ok_or_else(|| not_defined(elem));
    }
    if elem.is_bool() {
        let Data::Bool(v) = x else { unreachable!("i1 data is Vec<bool>") };
        return match op {
            Unary::Not => Ok(Data::Bool(v.iter().map(|&b| !b).collect())),
            Unary::Popcnt => Ok(x.clone()),
            Unary::Clz => Ok(Data::Bool(v.iter().map(|&b| !b).collect())),
            _ => Err(not_defined(elem)),
        };
    }
    use Unary::*;
    let out = match op {
        Abs => int_map(x, |a, k| if k.signed { a.abs() } else { a }),
        Negate => int_map(x, |a, _| -a),
        Not => int_map(x, |a, _| !a),
        Popcnt => int_map(x, |a, k| k.pattern(a).count_ones() as i128),
        Clz => int_map(x, |a, k| (k.bits - (128 - k.pattern(a).leading_zeros())) as i128),
        Sign => int_map(x, |a, _| a.signum()),
        _ => None,
    };
    out.ok_or_else(|| not_defined(elem))
}

/// [`unary`] writing into `x`, a float operand.
pub fn unary_in_place(op: Unary, x: &mut Data) -> Result<(), String> {
    let elem = x.elem();
    macro_rules! go {
        ($f:expr) => {
            float_map_in_place(x, $f)
        };
    }
    float_unary!(op, go).ok_or_else(|| not_defined(elem))
}

fn float_map_in_place(x: &mut Data, f: impl Fn(f64) -> f64) -> Option<()> {
    match x {
        Data::F64(v) => v.iter_mut().for_each(|a| *a = f(*a)),
        Data::F32(v) => v.iter_mut().for_each(|a| *a = f(*a as f64) as f32),
        Data::F16(v) => v.iter_mut().for_each(|a| *a = f16::from_f32(f(a.to_f64()) as f32)),
        Data::BF16(v) => v.iter_mut().for_each(|a| *a = bf16::from_f32(f(a.to_f64()) as f32)),
        _ => return None,
    }
    Some(())
}

/// [`binary`] writing into `dst`, a float operand: `dst op other` when `dst_is_lhs`, else
/// `other op dst`.
pub fn binary_in_place(op: Binary, dst: &mut Data, other: &Data, dst_is_lhs: bool) -> Result<(), String> {
    if dst.elem() != other.elem() || dst.len() != other.len() {
        return Err(format!("operands differ: {} {} vs {} {}", dst.len(), dst.elem(), other.len(), other.elem()));
    }
    macro_rules! go {
        ($f:expr) => {
            float_map2_in_place(dst, other, dst_is_lhs, $f)
        };
    }
    use Binary::*;
    let done = match op {
        Add => go!(|x, y| x + y),
        Sub => go!(|x, y| x - y),
        Mul => go!(|x, y| x * y),
        Div => go!(|x, y| x / y),
        Rem => go!(|x, y| x % y),
        Pow => go!(f64::powf),
        Max => go!(fmax),
        Min => go!(fmin),
        Atan2 => go!(f64::atan2),
        And | Or | Xor | Shl | ShrArithmetic | ShrLogical => false,
    };
    done.then_some(()).ok_or_else(|| not_defined(dst.elem()))
}

fn float_map2_in_place(dst: &mut Data, other: &Data, dst_is_lhs: bool, f: impl Fn(f64, f64) -> f64) -> bool {
    let g = |d: f64, o: f64| if dst_is_lhs { f(d, o) } else { f(o, d) };
    match (dst, other) {
        (Data::F64(d), Data::F64(o)) => d.iter_mut().zip(o).for_each(|(d, &o)| *d = g(*d, o)),
        (Data::F32(d), Data::F32(o)) => d.iter_mut().zip(o).for_each(|(d, &o)| *d = g(*d as f64, o as f64) as f32),
        (Data::F16(d), Data::F16(o)) => d.iter_mut().zip(o).for_each(|(d, o)| *d = f16::from_f32(g(d.to_f64(), o.to_f64()) as f32)),
        (Data::BF16(d), Data::BF16(o)) => d.iter_mut().zip(o).for_each(|(d, o)| *d = bf16::from_f32(g(d.to_f64(), o.to_f64()) as f32)),
        _ => return false,
    }
    true
}

/// `base^exp` for integers by repeated squaring, wrapping; a negative exponent gives 0 unless
/// the base is 1 or -1 (XLA's rule).
fn int_pow(base: i128, exp: i128, k: IntKind) -> i128 {
    if exp < 0 {
        return match base {
            1 => 1,
            -1 => {
                if exp % 2 == 0 {
                    1
                } else {
                    -1
                }
            }
            _ => 0,
        };
    }
    let (mut result, mut b, mut e) = (1i128, base, exp);
    while e > 0 {
        if e & 1 == 1 {
            result = k.wrap(result.wrapping_mul(b));
        }
        b = k.wrap(b.wrapping_mul(b));
        e >>= 1;
    }
    result
}

/// Applies a binary op to two operands of one shape and element type.
pub fn binary(op: Binary, a: &Data, b: &Data) -> Result<Data, String> {
    let elem = a.elem();
    if b.elem() != elem {
        return Err(format!("operands have different element types {elem} and {}", b.elem()));
    }
    if a.len() != b.len() {
        return Err(format!("operands have different element counts {} and {}", a.len(), b.len()));
    }
    use Binary::*;
    if elem.is_float() {
        macro_rules! go {
            ($f:expr) => {
                float_map2(a, b, $f)
            };
        }
        let out = match op {
            Add => go!(|x, y| x + y),
            Sub => go!(|x, y| x - y),
            Mul => go!(|x, y| x * y),
            Div => go!(|x, y| x / y),
            Rem => go!(|x, y| x % y),
            Pow => go!(f64::powf),
            Max => go!(fmax),
            Min => go!(fmin),
            Atan2 => go!(f64::atan2),
            And | Or | Xor | Shl | ShrArithmetic | ShrLogical => None,
        };
        return out.ok_or_else(|| not_defined(elem));
    }
    if let (Data::Bool(x), Data::Bool(y)) = (a, b) {
        let f: fn(bool, bool) -> bool = match op {
            And | Mul | Min => |p, q| p & q,
            Or | Add | Max => |p, q| p | q,
            Xor => |p, q| p ^ q,
            _ => return Err(not_defined(elem)),
        };
        return Ok(Data::Bool(x.iter().zip(y).map(|(&p, &q)| f(p, q)).collect()));
    }
    let out = match op {
        Add => int_map2(a, b, |x, y, _| x + y),
        Sub => int_map2(a, b, |x, y, _| x - y),
        Mul => int_map2(a, b, |x, y, _| x.wrapping_mul(y)),
        Div => int_map2(a, b, |x, y, _| if y == 0 { -1 } else { x / y }),
        Rem => int_map2(a, b, |x, y, _| if y == 0 { x } else { x % y }),
        Pow => int_map2(a, b, int_pow),
        Max => int_map2(a, b, |x, y, _| x.max(y)),
        Min => int_map2(a, b, |x, y, _| x.min(y)),
        And => int_map2(a, b, |x, y, _| x & y),
        Or => int_map2(a, b, |x, y, _| x | y),
        Xor => int_map2(a, b, |x, y, _| x ^ y),
        Shl => int_map2(a, b, |x, y, k| if y < 0 || y >= k.bits as i128 { 0 } else { x << y }),
        ShrLogical => int_map2(a, b, |x, y, k| if y < 0 || y >= k.bits as i128 { 0 } else { (k.pattern(x) >> y) as i128 }),
        ShrArithmetic => int_map2(a, b, |x, y, k| {
            let s = k.as_signed(x);
            if y < 0 || y >= k.bits as i128 {
                if s < 0 {
                    -1
                } else {
                    0
                }
            } else {
                s >> y
            }
        }),
        Atan2 => None,
    };
    out.ok_or_else(|| not_defined(elem))
}

/// `stablehlo.compare`: `direction` is EQ/NE/LT/LE/GT/GE, `ty` the comparison type
/// (FLOAT, TOTALORDER, SIGNED, UNSIGNED; the element type's natural one when absent).
pub fn compare(direction: &str, ty: Option<&str>, a: &Data, b: &Data) -> Result<Data, String> {
    use std::cmp::Ordering;
    let elem = a.elem();
    if b.elem() != elem || a.len() != b.len() {
        return Err(format!("operands differ: {} {elem} vs {} {}", a.len(), b.len(), b.elem()));
    }
    let test: fn(Option<Ordering>) -> bool = match direction {
        "EQ" => |o| o == Some(Ordering::Equal),
        "NE" => |o| o != Some(Ordering::Equal),
        "LT" => |o| o == Some(Ordering::Less),
        "LE" => |o| matches!(o, Some(Ordering::Less | Ordering::Equal)),
        "GT" => |o| o == Some(Ordering::Greater),
        "GE" => |o| matches!(o, Some(Ordering::Greater | Ordering::Equal)),
        other => return Err(format!("unknown comparison direction '{other}'")),
    };
    if elem.is_float() {
        let (x, y) = (a.to_f64_vec(), b.to_f64_vec());
        let out = match ty {
            None | Some("FLOAT") => x.iter().zip(&y).map(|(p, q)| test(p.partial_cmp(q))).collect(),
            Some("TOTALORDER") => x.iter().zip(&y).map(|(p, q)| test(Some(p.total_cmp(q)))).collect(),
            Some(other) => return Err(format!("comparison type {other} is not defined for {elem}")),
        };
        return Ok(Data::Bool(out));
    }
    let kind = IntKind::of(elem).ok_or("not an integer")?;
    let view: fn(IntKind, i128) -> i128 = match ty {
        None | Some("TOTALORDER") => |_, v| v,
        Some("SIGNED") => |k, v| k.as_signed(v),
        Some("UNSIGNED") => |k, v| k.pattern(v) as i128,
        Some(other) => return Err(format!("comparison type {other} is not defined for {elem}")),
    };
    let (x, y) = (a.to_i128_vec().unwrap_or_default(), b.to_i128_vec().unwrap_or_default());
    Ok(Data::Bool(x.iter().zip(&y).map(|(&p, &q)| test(Some(view(kind, p).cmp(&view(kind, q))))).collect()))
}

/// `stablehlo.select`: `pred` has one element (applies to all) or as many as the branches.
pub fn select(pred: &Data, on_true: &Data, on_false: &Data) -> Result<Data, String> {
    let Data::Bool(p) = pred else {
        return Err(format!("predicate must be i1, not {}", pred.elem()));
    };
    let n = on_true.len();
    if on_false.len() != n || on_false.elem() != on_true.elem() {
        return Err("branches differ in type".into());
    }
    if p.len() != n && p.len() != 1 {
        return Err(format!("predicate has {} elements but the branches have {n}", p.len()));
    }
    let both = Data::concat(on_true.elem(), &[on_true, on_false])?;
    let idx: Vec<usize> = (0..n).map(|i| if p[if p.len() == 1 { 0 } else { i }] { i } else { n + i }).collect();
    Ok(both.take(&idx))
}

/// `stablehlo.clamp`: `min(max(x, lo), hi)`, `lo`/`hi` one element or as many as `x`.
pub fn clamp(lo: &Data, x: &Data, hi: &Data) -> Result<Data, String> {
    let n = x.len();
    let full = |d: &Data| -> Result<Data, String> {
        match d.len() {
            1 => Ok(d.repeat(0, n)),
            m if m == n => Ok(d.clone()),
            m => Err(format!("bound has {m} elements but the operand has {n}")),
        }
    };
    let lower = binary(Binary::Max, x, &full(lo)?)?;
    binary(Binary::Min, &lower, &full(hi)?)
}

/// `stablehlo.convert` to `to`: floats round to nearest even, floats to integers truncate toward
/// zero and saturate (NaN gives 0), integers wrap, anything nonzero converts to `true`.
pub fn convert(x: &Data, to: ElemType) -> Data {
    if x.elem() == to {
        return x.clone();
    }
    match x.to_i128_vec() {
        Some(ints) => Data::from_i128(to, ints.into_iter()),
        None => Data::from_f64(to, x.to_f64_vec().into_iter()),
    }
}

/// `stablehlo.bitcast_convert`: the same bytes read as `to` (a boolean is one byte).
pub fn bitcast(x: &Data, to: ElemType) -> Data {
    Data::from_le_bytes(to, &x.to_le_bytes())
}

/// `stablehlo.is_finite`.
pub fn is_finite(x: &Data) -> Result<Data, String> {
    if !x.elem().is_float() {
        return Err(format!("operand must be a float, not {}", x.elem()));
    }
    Ok(Data::Bool(x.to_f64_vec().iter().map(|v| v.is_finite()).collect()))
}

/// `stablehlo.reduce_precision` to `exp_bits` exponent and `mant_bits` mantissa bits.
pub fn reduce_precision(x: &Data, exp_bits: u32, mant_bits: u32) -> Result<Data, String> {
    let f32_bits = |v: f32| f32::from_bits(math::reduce_precision_bits(v.to_bits() as u64, 8, 23, exp_bits, mant_bits) as u32);
    Ok(match x {
        Data::F64(v) => Data::F64(v.iter().map(|&a| f64::from_bits(math::reduce_precision_bits(a.to_bits(), 11, 52, exp_bits, mant_bits))).collect()),
        Data::F32(v) => Data::F32(v.iter().map(|&a| f32_bits(a)).collect()),
        Data::F16(v) => Data::F16(v.iter().map(|a| f16::from_f32(f32_bits(a.to_f32()))).collect()),
        Data::BF16(v) => Data::BF16(v.iter().map(|a| bf16::from_f32(f32_bits(a.to_f32()))).collect()),
        other => return Err(format!("operand must be a float, not {}", other.elem())),
    })
}

#[cfg(test)]
#[allow(clippy::excessive_precision)] // reference values, as published
mod tests {
    use crate::interp::testing::{binary, check, check_bits, t, unary};
    use half::{bf16, f16};

    const I32: &str = "tensor<4xi32>";
    const I1: &str = "tensor<4xi1>";

    #[test]
    fn integer_division_and_remainder_follow_xla() {
        let (a, b) = (t(&[4], &[7, -7, 5, i32::MIN]), t(&[4], &[2, 2, 0, -1]));
        check(&binary("stablehlo.divide", I32, I32), vec![a.clone(), b.clone()], vec![t(&[4], &[3, -3, -1, i32::MIN])]);
        check(&binary("stablehlo.remainder", I32, I32), vec![a, b], vec![t(&[4], &[1, -1, 5, 0])]);
        let u = "tensor<3xui8>";
        check(&binary("stablehlo.divide", u, u), vec![t(&[3], &[7u8, 200, 9]), t(&[3], &[2u8, 0, 3])], vec![t(&[3], &[3u8, 255, 3])]);
    }

    #[test]
    fn integer_arithmetic_wraps() {
        check(&binary("stablehlo.add", I32, I32), vec![t(&[4], &[i32::MAX, 1, -1, 0]), t(&[4], &[1, 2, -2, 0])], vec![t(&[4], &[i32::MIN, 3, -3, 0])]);
        check(&binary("stablehlo.multiply", I32, I32), vec![t(&[4], &[65536, 3, -4, 7]), t(&[4], &[65536, 5, 6, 0])], vec![t(&[4], &[0, 15, -24, 0])]);
        let u = "tensor<3xui8>";
        check(&binary("stablehlo.subtract", u, u), vec![t(&[3], &[0u8, 5, 200]), t(&[3], &[1u8, 3, 100])], vec![t(&[3], &[255u8, 2, 100])]);
        check(&binary("stablehlo.maximum", u, u), vec![t(&[3], &[200u8, 3, 0]), t(&[3], &[100u8, 4, 0])], vec![t(&[3], &[200u8, 4, 0])]);
        let i8 = "tensor<3xi8>";
        check(&unary("stablehlo.abs", i8, i8), vec![t(&[3], &[-128i8, -5, 7])], vec![t(&[3], &[-128i8, 5, 7])]);
        check(&unary("stablehlo.negate", i8, i8), vec![t(&[3], &[-128i8, -5, 7])], vec![t(&[3], &[-128i8, 5, -7])]);
        check(&unary("stablehlo.sign", I32, I32), vec![t(&[4], &[-5, 0, 7, i32::MIN])], vec![t(&[4], &[-1, 0, 1, -1])]);
        let i64t = "tensor<2xi64>";
        check(&binary("stablehlo.add", i64t, i64t), vec![t(&[2], &[(1i64 << 62) + 1, i64::MAX]), t(&[2], &[1i64, 1])], vec![t(&[2], &[(1i64 << 62) + 2, i64::MIN])]);
    }

    #[test]
    fn integer_power() {
        let (a, b) = (t(&[4], &[2, 3, -1, 2]), t(&[4], &[10, 0, 3, -1]));
        check(&binary("stablehlo.power", I32, I32), vec![a, b], vec![t(&[4], &[1024, 1, -1, 0])]);
        check(&binary("stablehlo.power", I32, I32), vec![t(&[4], &[1, -1, -1, 2]), t(&[4], &[-5, -2, -3, 31])], vec![t(&[4], &[1, 1, -1, i32::MIN])]);
    }

    #[test]
    fn shifts_past_the_width() {
        check(&binary("stablehlo.shift_left", I32, I32), vec![t(&[4], &[1, 1, 1, -1]), t(&[4], &[3, 31, 32, -1])], vec![t(&[4], &[8, i32::MIN, 0, 0])]);
        check(&binary("stablehlo.shift_right_logical", I32, I32), vec![t(&[4], &[-1, 8, -8, 1]), t(&[4], &[28, 1, 32, -3])], vec![t(&[4], &[15, 4, 0, 0])]);
        check(&binary("stablehlo.shift_right_arithmetic", I32, I32), vec![t(&[4], &[-16, 16, -1, 5]), t(&[4], &[2, 2, 40, 33])], vec![t(&[4], &[-4, 4, -1, 0])]);
        let u = "tensor<2xui8>";
        check(&binary("stablehlo.shift_right_arithmetic", u, u), vec![t(&[2], &[0x80u8, 0x40]), t(&[2], &[1u8, 1])], vec![t(&[2], &[0xC0u8, 0x20])]);
    }

    #[test]
    fn bit_counting_and_not() {
        let i8 = "tensor<4xi8>";
        check(&unary("stablehlo.popcnt", i8, i8), vec![t(&[4], &[-1i8, 0, 1, 64])], vec![t(&[4], &[8i8, 0, 1, 1])]);
        check(&unary("stablehlo.count_leading_zeros", i8, i8), vec![t(&[4], &[-1i8, 0, 1, 64])], vec![t(&[4], &[0i8, 8, 7, 1])]);
        check(&unary("stablehlo.not", I32, I32), vec![t(&[4], &[0, -1, 5, i32::MIN])], vec![t(&[4], &[-1, 0, -6, i32::MAX])]);
        check(&unary("stablehlo.not", "tensor<2xui8>", "tensor<2xui8>"), vec![t(&[2], &[0u8, 200])], vec![t(&[2], &[255u8, 55])]);
        check(&unary("stablehlo.not", I1, I1), vec![t(&[4], &[true, false, true, false])], vec![t(&[4], &[false, true, false, true])]);
    }

    #[test]
    fn booleans_are_logical() {
        let (a, b) = (t(&[4], &[true, true, false, false]), t(&[4], &[true, false, true, false]));
        check(&binary("stablehlo.add", I1, I1), vec![a.clone(), b.clone()], vec![t(&[4], &[true, true, true, false])]);
        check(&binary("stablehlo.multiply", I1, I1), vec![a.clone(), b.clone()], vec![t(&[4], &[true, false, false, false])]);
        check(&binary("stablehlo.xor", I1, I1), vec![a.clone(), b.clone()], vec![t(&[4], &[false, true, true, false])]);
        check(&binary("stablehlo.maximum", I1, I1), vec![a, b], vec![t(&[4], &[true, true, true, false])]);
    }

    #[test]
    fn float_functions() {
        let f = "tensor<3xf32>";
        let e = std::f32::consts::E;
        let cases: &[(&str, [f32; 3], [f32; 3])] = &[
            ("stablehlo.exponential", [0.0, 1.0, -1.0], [1.0, e, 1.0 / e]),
            ("stablehlo.log", [1.0, e, 0.5], [0.0, 1.0, -std::f32::consts::LN_2]),
            ("stablehlo.log_plus_one", [0.0, 1e-10, 1.0], [0.0, 1e-10, std::f32::consts::LN_2]),
            ("stablehlo.exponential_minus_one", [0.0, 1e-10, 1.0], [0.0, 1e-10, e - 1.0]),
            ("stablehlo.logistic", [0.0, 100.0, -100.0], [0.5, 1.0, 3.720076e-44]),
            ("stablehlo.rsqrt", [4.0, 0.25, 1.0], [0.5, 2.0, 1.0]),
            ("stablehlo.sqrt", [4.0, 0.25, 2.0], [2.0, 0.5, std::f32::consts::SQRT_2]),
            ("stablehlo.cbrt", [27.0, -8.0, 0.0], [3.0, -2.0, 0.0]),
            ("stablehlo.tanh", [0.0, 20.0, -0.5], [0.0, 1.0, -0.46211716]),
            ("stablehlo.sine", [0.0, 1.0, -2.0], [0.0, 0.84147098, -0.90929743]),
            ("stablehlo.cosine", [0.0, 1.0, -2.0], [1.0, 0.54030231, -0.41614684]),
            ("stablehlo.tan", [0.0, 1.0, -2.0], [0.0, 1.5574077, 2.1850399]),
            ("stablehlo.abs", [-1.5, 0.0, 2.0], [1.5, 0.0, 2.0]),
            ("stablehlo.floor", [-1.5, 0.5, 2.0], [-2.0, 0.0, 2.0]),
            ("stablehlo.ceil", [-1.5, 0.5, 2.0], [-1.0, 1.0, 2.0]),
        ];
        for (op, x, y) in cases {
            check(&unary(op, f, f), vec![t(&[3], x)], vec![t(&[3], y)]);
        }
        let chlo = |op: &str| format!("func.func @main(%a: {f}) -> {f} {{\n  %0 = {op} %a : {f} -> {f}\n  return %0 : {f}\n}}");
        check(&chlo("chlo.erf"), vec![t(&[3], &[0.5f32, -1.0, 0.0])], vec![t(&[3], &[0.52049988f32, -0.84270079, 0.0])]);
        check(&chlo("chlo.erfc"), vec![t(&[3], &[3.0f32, -1.0, 0.0])], vec![t(&[3], &[2.2090497e-5f32, 1.8427008, 1.0])]);
        check(&chlo("chlo.square"), vec![t(&[3], &[-3.0f32, 0.5, 0.0])], vec![t(&[3], &[9.0f32, 0.25, 0.0])]);
        check(
            &binary("stablehlo.atan2", f, f),
            vec![t(&[3], &[1.0f32, -1.0, 0.0]), t(&[3], &[1.0f32, -1.0, -1.0])],
            vec![t(&[3], &[std::f32::consts::FRAC_PI_4, -3.0 * std::f32::consts::FRAC_PI_4, std::f32::consts::PI])],
        );
        check(&binary("stablehlo.power", f, f), vec![t(&[3], &[2.0f32, 4.0, -8.0]), t(&[3], &[3.0f32, 0.5, 1.0 / 3.0])], vec![t(&[3], &[8.0f32, 2.0, f32::NAN])]);
    }

    #[test]
    fn float_rounding_sign_and_extremes() {
        let f = "tensor<5xf32>";
        check_bits(&unary("stablehlo.round_nearest_even", f, f), vec![t(&[5], &[0.5f32, 1.5, 2.5, -0.5, -1.5])], vec![t(&[5], &[0.0f32, 2.0, 2.0, -0.0, -2.0])]);
        check_bits(&unary("stablehlo.round_nearest_afz", f, f), vec![t(&[5], &[0.5f32, 1.5, 2.5, -0.5, -2.4])], vec![t(&[5], &[1.0f32, 2.0, 3.0, -1.0, -2.0])]);
        check_bits(&unary("stablehlo.sign", f, f), vec![t(&[5], &[-2.5f32, -0.0, 0.0, 3.0, f32::NEG_INFINITY])], vec![t(&[5], &[-1.0f32, -0.0, 0.0, 1.0, -1.0])]);
        check(&unary("stablehlo.sign", "tensor<1xf32>", "tensor<1xf32>"), vec![t(&[1], &[f32::NAN])], vec![t(&[1], &[f32::NAN])]);
        check_bits(&binary("stablehlo.remainder", f, f), vec![t(&[5], &[5.5f32, -5.5, 5.5, -0.0, 1.0]), t(&[5], &[2.0f32, 2.0, -2.0, 1.0, 3.0])], vec![t(&[5], &[1.5f32, -1.5, 1.5, -0.0, 1.0])]);
        let m = "tensor<3xf32>";
        check_bits(&binary("stablehlo.maximum", m, m), vec![t(&[3], &[1.0f32, -0.0, 0.0]), t(&[3], &[2.0f32, 0.0, -0.0])], vec![t(&[3], &[2.0f32, 0.0, 0.0])]);
        check_bits(&binary("stablehlo.minimum", m, m), vec![t(&[3], &[1.0f32, -0.0, 0.0]), t(&[3], &[2.0f32, 0.0, -0.0])], vec![t(&[3], &[1.0f32, -0.0, -0.0])]);
        check(&binary("stablehlo.maximum", m, m), vec![t(&[3], &[f32::NAN, 1.0, 3.0]), t(&[3], &[1.0f32, f32::NAN, 2.0])], vec![t(&[3], &[f32::NAN, f32::NAN, 3.0])]);
        check(&binary("stablehlo.divide", m, m), vec![t(&[3], &[1.0f32, -1.0, 0.0]), t(&[3], &[0.0f32, 0.0, 0.0])], vec![t(&[3], &[f32::INFINITY, f32::NEG_INFINITY, f32::NAN])]);
    }

    #[test]
    fn narrow_floats_round_after_each_op() {
        let b = "tensor<2xbf16>";
        let bf = |v: &[f32]| t(&[2], &v.iter().map(|&x| bf16::from_f32(x)).collect::<Vec<_>>());
        // 1 + 2^-9 rounds back to 1 in bf16; 1 + 3 * 2^-8 is a tie that rounds to even.
        check_bits(&binary("stablehlo.add", b, b), vec![bf(&[1.0, 1.0]), bf(&[1.0 / 512.0, 3.0 / 256.0])], vec![bf(&[1.0, 1.015625])]);
        let h = "tensor<2xf16>";
        let hf = |v: &[f32]| t(&[2], &v.iter().map(|&x| f16::from_f32(x)).collect::<Vec<_>>());
        check_bits(&binary("stablehlo.multiply", h, h), vec![hf(&[300.0, 1.0 / 3.0]), hf(&[300.0, 3.0])], vec![hf(&[f32::INFINITY, 1.0])]);
        let d = "tensor<2xf64>";
        check_bits(&binary("stablehlo.divide", d, d), vec![t(&[2], &[1.0f64, 2.0]), t(&[2], &[3.0f64, 3.0])], vec![t(&[2], &[1.0f64 / 3.0, 2.0 / 3.0])]);
    }

    #[test]
    fn comparisons() {
        let cmp = |dir: &str, ty: &str, elem: &str| {
            format!("func.func @main(%a: tensor<4x{elem}>, %b: tensor<4x{elem}>) -> tensor<4xi1> {{\n  %0 = stablehlo.compare {dir}, %a, %b, {ty} : (tensor<4x{elem}>, tensor<4x{elem}>) -> tensor<4xi1>\n  return %0 : tensor<4xi1>\n}}")
        };
        let nan = f32::NAN;
        let (a, b) = (t(&[4], &[nan, 1.0f32, -0.0, 2.0]), t(&[4], &[nan, nan, 0.0, 1.0]));
        check(&cmp("LT", "FLOAT", "f32"), vec![a.clone(), b.clone()], vec![t(&[4], &[false, false, false, false])]);
        check(&cmp("NE", "FLOAT", "f32"), vec![a.clone(), b.clone()], vec![t(&[4], &[true, true, false, true])]);
        check(&cmp("EQ", "FLOAT", "f32"), vec![a.clone(), b.clone()], vec![t(&[4], &[false, false, true, false])]);
        check(&cmp("LT", "TOTALORDER", "f32"), vec![a.clone(), b.clone()], vec![t(&[4], &[false, true, true, false])]);
        check(&cmp("EQ", "TOTALORDER", "f32"), vec![a, b], vec![t(&[4], &[true, false, false, false])]);
        let (x, y) = (t(&[4], &[-1, 5, 3, i32::MIN]), t(&[4], &[1, 5, 2, i32::MAX]));
        check(&cmp("GE", "SIGNED", "i32"), vec![x.clone(), y.clone()], vec![t(&[4], &[false, true, true, false])]);
        check(&cmp("LT", "UNSIGNED", "i32"), vec![x, y], vec![t(&[4], &[false, false, false, false])]);
        check(&cmp("GT", "UNSIGNED", "ui8"), vec![t(&[4], &[200u8, 1, 0, 255]), t(&[4], &[100u8, 2, 0, 254])], vec![t(&[4], &[true, false, false, true])]);
    }

    #[test]
    fn select_and_clamp() {
        let sel = |pred: &str| {
            format!(
                "func.func @main(%p: {pred}, %a: tensor<3xf32>, %b: tensor<3xf32>) -> tensor<3xf32> {{\n  %0 = stablehlo.select %p, %a, %b : {pred}, tensor<3xf32>\n  return %0 : tensor<3xf32>\n}}"
            )
        };
        let (a, b) = (t(&[3], &[1.0f32, 2.0, 3.0]), t(&[3], &[-1.0f32, -2.0, -3.0]));
        check(&sel("tensor<3xi1>"), vec![t(&[3], &[true, false, true]), a.clone(), b.clone()], vec![t(&[3], &[1.0f32, -2.0, 3.0])]);
        check(&sel("tensor<i1>"), vec![Tensor::scalar(false), a.clone(), b.clone()], vec![b.clone()]);
        let clamp = |lo: &str, hi: &str| {
            format!("func.func @main(%lo: {lo}, %x: tensor<3xf32>, %hi: {hi}) -> tensor<3xf32> {{\n  %0 = stablehlo.clamp %lo, %x, %hi : ({lo}, tensor<3xf32>, {hi}) -> tensor<3xf32>\n  return %0 : tensor<3xf32>\n}}")
        };
        let x = t(&[3], &[-1.0f32, 0.5, 2.0]);
        check(&clamp("tensor<f32>", "tensor<f32>"), vec![Tensor::scalar(0.0f32), x.clone(), Tensor::scalar(1.0f32)], vec![t(&[3], &[0.0f32, 0.5, 1.0])]);
        check(&clamp("tensor<3xf32>", "tensor<f32>"), vec![t(&[3], &[0.0f32, 0.6, -5.0]), x, Tensor::scalar(1.0f32)], vec![t(&[3], &[0.0f32, 0.6, 1.0])]);
    }

    use crate::Tensor;

    #[test]
    fn conversions() {
        let conv = |from: &str, to: &str| unary("stablehlo.convert", from, to);
        check(&conv("tensor<6xf32>", "tensor<6xi32>"), vec![t(&[6], &[1.9f32, -1.9, 3e9, -3e9, f32::NAN, f32::INFINITY])], vec![t(&[6], &[1, -1, i32::MAX, i32::MIN, 0, i32::MAX])]);
        check(&conv("tensor<3xf32>", "tensor<3xui8>"), vec![t(&[3], &[-5.0f32, 300.0, 7.7])], vec![t(&[3], &[0u8, 255, 7])]);
        check(&conv("tensor<3xi32>", "tensor<3xi8>"), vec![t(&[3], &[300, -129, -1])], vec![t(&[3], &[44i8, 127, -1])]);
        check(&conv("tensor<3xi32>", "tensor<3xui32>"), vec![t(&[3], &[-1, 5, i32::MIN])], vec![t(&[3], &[u32::MAX, 5, 1 << 31])]);
        check(&conv("tensor<3xi32>", "tensor<3xi1>"), vec![t(&[3], &[0, 2, -1])], vec![t(&[3], &[false, true, true])]);
        check(&conv("tensor<3xf32>", "tensor<3xi1>"), vec![t(&[3], &[0.0f32, -0.0, 0.1])], vec![t(&[3], &[false, false, true])]);
        check(&conv("tensor<2xi1>", "tensor<2xf32>"), vec![t(&[2], &[true, false])], vec![t(&[2], &[1.0f32, 0.0])]);
        check(&conv("tensor<2xi64>", "tensor<2xf32>"), vec![t(&[2], &[(1i64 << 40) + 1, -3])], vec![t(&[2], &[(1u64 << 40) as f32, -3.0])]);
        let bf = |v: &[f32]| t(&[3], &v.iter().map(|&x| bf16::from_f32(x)).collect::<Vec<_>>());
        check_bits(&conv("tensor<3xf32>", "tensor<3xbf16>"), vec![t(&[3], &[1.00390625f32, 1.01171875, -3.0])], vec![bf(&[1.0, 1.015625, -3.0])]);
        check_bits(&conv("tensor<3xbf16>", "tensor<3xf32>"), vec![bf(&[1.0, 1.015625, -3.0])], vec![t(&[3], &[1.0f32, 1.015625, -3.0])]);
    }

    #[test]
    fn bitcasts_and_predicates() {
        check(&unary("stablehlo.bitcast_convert", "tensor<2xf32>", "tensor<2xi32>"), vec![t(&[2], &[1.0f32, -2.0])], vec![t(&[2], &[0x3F80_0000, 0xC000_0000u32 as i32])]);
        check(&unary("stablehlo.bitcast_convert", "tensor<f32>", "tensor<4xi8>"), vec![Tensor::scalar(1.0f32)], vec![t(&[4], &[0i8, 0, -128, 63])]);
        check(&unary("stablehlo.bitcast_convert", "tensor<2xi16>", "tensor<2xf16>"), vec![t(&[2], &[0x3C00i16, 0x4000])], vec![t(&[2], &[f16::ONE, f16::from_f32(2.0)])]);
        check(&unary("stablehlo.is_finite", "tensor<4xf32>", "tensor<4xi1>"), vec![t(&[4], &[1.0f32, f32::INFINITY, f32::NEG_INFINITY, f32::NAN])], vec![t(&[4], &[true, false, false, false])]);
        let rp = "func.func @main(%a: tensor<3xf32>) -> tensor<3xf32> {\n  %0 = stablehlo.reduce_precision %a, format = e8m7 : tensor<3xf32>\n  return %0 : tensor<3xf32>\n}";
        check_bits(rp, vec![t(&[3], &[1.00390625f32, 1.01171875, 1e-40])], vec![t(&[3], &[1.0f32, 1.015625, f32::from_bits(0x0001_0000)])]);
        let rp = rp.replace("e8m7", "e5m10");
        check_bits(&rp, vec![t(&[3], &[1e-5f32, 70000.0, -1e-40])], vec![t(&[3], &[0.0f32, f32::INFINITY, -0.0])]);
    }
}
