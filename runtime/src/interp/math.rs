//! Scalar functions the standard library lacks: `erf`/`erfc` (for `chlo.erf`/`chlo.erfc`) and
//! the bit-level rounding of `stablehlo.reduce_precision`.
//!
//! `erf` and `erfc` are computed in `f64` to about 1e-15 relative, far below what an `f32`
//! result can show, from two classic expansions that need no tables of coefficients: a series
//! with positive terms only (no cancellation) below 2.5, and Laplace's continued fraction above.

use std::f64::consts::PI;

/// Where the series hands over to the continued fraction.
const SPLIT: f64 = 2.5;

/// The error function.
pub fn erf(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    let a = x.abs();
    let r = if a < SPLIT { erf_series(a) } else { 1.0 - erfc_fraction(a) };
    r.copysign(x)
}

/// The complementary error function `1 - erf(x)`, accurate also where it is tiny.
pub fn erfc(x: f64) -> f64 {
    if x.is_nan() {
        return x;
    }
    if x < 0.0 {
        return 1.0 + erf(-x);
    }
    if x < SPLIT {
        1.0 - erf_series(x)
    } else {
        erfc_fraction(x)
    }
}

/// `erf(x) = 2/sqrt(pi) * exp(-x^2) * sum_n x (2x^2)^n / (1*3*...*(2n+1))`, for `0 <= x`.
fn erf_series(x: f64) -> f64 {
    let two_x2 = 2.0 * x * x;
    let mut term = x;
    let mut sum = x;
    let mut n = 0.0;
    while term > sum * 1e-17 {
        n += 1.0;
        term *= two_x2 / (2.0 * n + 1.0);
        sum += term;
    }
    2.0 / PI.sqrt() * (-x * x).exp() * sum
}

/// `erfc(x) = exp(-x^2)/sqrt(pi) / (x + (1/2)/(x + 1/(x + (3/2)/(x + ...))))`, for
/// `x >= SPLIT`, evaluated with the modified Lentz algorithm.
fn erfc_fraction(x: f64) -> f64 {
    if x > 28.0 {
        // exp(-x^2) underflows f64.
        return 0.0;
    }
    const TINY: f64 = 1e-300;
    let mut f = x;
    let mut c = x;
    let mut d = 0.0;
    for i in 1..1000 {
        let a = i as f64 / 2.0;
        d = x + a * d;
        if d == 0.0 {
            d = TINY;
        }
        c = x + a / c;
        if c == 0.0 {
            c = TINY;
        }
        d = 1.0 / d;
        let delta = c * d;
        f *= delta;
        if (delta - 1.0).abs() < 1e-16 {
            break;
        }
    }
    (-x * x).exp() / PI.sqrt() / f
}

/// Rounds the bit pattern `bits` of a float with `exp_bits` exponent and `mant_bits` mantissa
/// bits to `dest_exp`/`dest_mant` bits as XLA's `ReducePrecision` does: mantissa to nearest
/// even, exponents above the narrow range to infinity, below its smallest normal to zero, NaN
/// kept.
pub fn reduce_precision_bits(bits: u64, exp_bits: u32, mant_bits: u32, dest_exp: u32, dest_mant: u32) -> u64 {
    let total = 1 + exp_bits + mant_bits;
    let sign_mask = 1u64 << (total - 1);
    let exp_mask = ((1u64 << exp_bits) - 1) << mant_bits;
    let mant_mask = (1u64 << mant_bits) - 1;
    let is_nan = bits & exp_mask == exp_mask && bits & mant_mask != 0;
    let mut x = bits;
    if dest_mant < mant_bits {
        let shift = mant_bits - dest_mant;
        let last_bit_mask = 1u64 << shift;
        let base_bias = (last_bit_mask >> 1) - 1;
        let last_bit = (x & last_bit_mask) >> shift;
        let truncation_mask = !(last_bit_mask - 1);
        x = x.wrapping_add(last_bit + base_bias) & truncation_mask;
    }
    if dest_exp < exp_bits {
        let exp_bias = (1u64 << (exp_bits - 1)) - 1;
        let reduced_bias = (1u64 << dest_exp.saturating_sub(1)) - 1;
        let max_exp = exp_bias + reduced_bias;
        let min_exp = exp_bias - reduced_bias;
        let exponent = x & exp_mask;
        let signed_zero = x & sign_mask;
        if exponent > max_exp << mant_bits {
            x = signed_zero | exp_mask;
        } else if exponent <= min_exp << mant_bits {
            x = signed_zero;
        }
    }
    if is_nan {
        // NaN stays NaN (with a mantissa too narrow to hold its payload, the quiet bit).
        return if dest_mant > 0 { bits } else { bits | exp_mask };
    }
    x
}

#[cfg(test)]
#[allow(clippy::excessive_precision)] // reference values, as published
mod tests {
    use super::*;

    #[test]
    fn erf_and_erfc_match_reference_values() {
        // Reference values from mpmath at 30 digits.
        let check = |f: fn(f64) -> f64, x: f64, want: f64| {
            let got = f(x);
            assert!(((got - want) / want).abs() < 1e-12, "f({x}) = {got}, want {want}");
        };
        check(erf, 0.1, 0.1124629160182849);
        check(erf, 0.5, 0.5204998778130465);
        check(erf, 1.0, 0.8427007929497149);
        check(erf, -2.0, -0.9953222650189527);
        check(erf, 3.0, 0.9999779095030014);
        check(erf, 1e-10, 1.1283791670955126e-10);
        check(erfc, 0.5, 0.4795001221869535);
        check(erfc, 2.4, 6.885138966450786e-4);
        check(erfc, 2.5, 4.069520174449590e-4);
        check(erfc, 3.0, 2.209049699858544e-5);
        check(erfc, 5.0, 1.5374597944280349e-12);
        check(erfc, 10.0, 2.088487583762545e-45);
        check(erfc, -1.0, 1.8427007929497148);
        assert_eq!(erfc(30.0), 0.0);
        assert_eq!(erfc(f64::INFINITY), 0.0);
        assert_eq!(erf(f64::NEG_INFINITY), -1.0);
        assert!(erf(f64::NAN).is_nan());
    }

    #[test]
    fn reduce_precision_to_bf16() {
        let check = |x: f32, e: u32, m: u32, want: f32| {
            let got = f32::from_bits(reduce_precision_bits(x.to_bits() as u64, 8, 23, e, m) as u32);
            assert_eq!(got.to_bits(), want.to_bits(), "reduce_precision({x}, e{e}m{m})");
        };
        check(1.0 + 1.0 / 512.0, 8, 7, 1.0);
        check(1.0 + 3.0 / 512.0, 8, 7, 1.0 + 1.0 / 128.0 * 1.0);
        check(1.0 + 3.0 / 256.0, 8, 7, 1.0 + 2.0 / 128.0);
        check(70000.0, 5, 10, f32::INFINITY);
        check(-1e-6, 5, 10, -0.0);
        check(65504.0, 5, 10, 65504.0);
        assert!(f32::from_bits(reduce_precision_bits(f32::NAN.to_bits() as u64, 8, 23, 5, 10) as u32).is_nan());
    }
}
