//! The project's numeric acceptance check: do computed outputs match reference outputs?
//!
//! Floating-point outputs pass when `||got - want||_2 / ||want||_2 <= tol` (or `||got||_2 <= tol`
//! when the reference is all zeros); NaNs and infinities must sit at the same positions with
//! the same sign. Integer and boolean outputs must be exact.

use crate::tensor::{strides, Tensor};
use std::fmt;

/// The worst failing output of a [`compare`].
#[derive(Clone, Debug, PartialEq)]
pub struct Mismatch {
    /// Which output.
    pub output: usize,
    /// Its relative error (absolute when the reference is zero; infinite for a type mismatch).
    pub rel_err: f64,
    /// The first element that differs, as a multi-index: for floats, the first whose error
    /// exceeds `tol` times the larger of its reference magnitude and the reference's RMS.
    pub first_diff: Option<Vec<usize>>,
    /// What is wrong, in words.
    pub message: String,
}

impl fmt::Display for Mismatch {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Mismatch {}

/// `||got - want||_2 / ||want||_2` over all elements (absolute when `want` is all zeros);
/// nonfinite elements count as equal when they are identical and as infinitely wrong
/// otherwise; infinite when the types differ.
pub fn relative_error(got: &Tensor, want: &Tensor) -> f64 {
    if got.ty != want.ty {
        return f64::INFINITY;
    }
    let (g, w) = (got.data.to_f64_vec(), want.data.to_f64_vec());
    let (mut diff, mut norm) = (0.0f64, 0.0f64);
    for (&a, &b) in g.iter().zip(&w) {
        if !a.is_finite() || !b.is_finite() {
            if same_nonfinite(a, b) {
                continue;
            }
            return f64::INFINITY;
        }
        diff += (a - b) * (a - b);
        norm += b * b;
    }
    if norm == 0.0 {
        diff.sqrt()
    } else {
        (diff / norm).sqrt()
    }
}

fn same_nonfinite(a: f64, b: f64) -> bool {
    (a.is_nan() && b.is_nan()) || a == b
}

/// Compares outputs with the acceptance rule above (`tol` for floats); on failure reports the
/// worst output.
pub fn compare(got: &[Tensor], want: &[Tensor], tol: f64) -> Result<(), Mismatch> {
    if got.len() != want.len() {
        return Err(Mismatch { output: got.len().min(want.len()), rel_err: f64::INFINITY, first_diff: None, message: format!("got {} outputs but want {}", got.len(), want.len()) });
    }
    let mut worst: Option<Mismatch> = None;
    for (i, (g, w)) in got.iter().zip(want).enumerate() {
        if g.ty != w.ty {
            let m = Mismatch { output: i, rel_err: f64::INFINITY, first_diff: None, message: format!("output {i} is {} but want {}", g.ty, w.ty) };
            return Err(m);
        }
        let rel = relative_error(g, w);
        let first = first_difference(g, w, tol);
        let fails = if g.elem().is_float() { rel.is_nan() || rel > tol } else { first.is_some() };
        if !fails || worst.as_ref().is_some_and(|m| m.rel_err >= rel) {
            continue;
        }
        let at = first.map(|k| unflatten(k, &g.dims()));
        let detail = match (&at, first) {
            (Some(idx), Some(k)) => format!(" (first difference at {idx:?}: got {}, want {})", g.data.to_f64_vec()[k], w.data.to_f64_vec()[k]),
            _ => String::new(),
        };
        let what = if g.elem().is_float() { format!("relative error {rel:.3e} exceeds {tol:e}") } else { format!("differs from the exact {}", w.ty) };
        worst = Some(Mismatch { output: i, rel_err: rel, first_diff: at, message: format!("output {i}: {what}{detail}") });
    }
    worst.map_or(Ok(()), Err)
}

/// The flat position of the first element that differs (see [`Mismatch::first_diff`]).
fn first_difference(got: &Tensor, want: &Tensor, tol: f64) -> Option<usize> {
    if !got.elem().is_float() {
        let (g, w) = (got.data.to_i128_vec()?, want.data.to_i128_vec()?);
        return g.iter().zip(&w).position(|(a, b)| a != b);
    }
    let (g, w) = (got.data.to_f64_vec(), want.data.to_f64_vec());
    let rms = (w.iter().filter(|x| x.is_finite()).map(|x| x * x).sum::<f64>() / w.len().max(1) as f64).sqrt();
    g.iter().zip(&w).position(|(&a, &b)| {
        if !a.is_finite() || !b.is_finite() {
            return !same_nonfinite(a, b);
        }
        (a - b).abs() > tol * b.abs().max(rms)
    })
}

fn unflatten(mut k: usize, dims: &[usize]) -> Vec<usize> {
    strides(dims)
        .iter()
        .map(|&s| {
            let i = k / s.max(1);
            k -= i * s;
            i
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f32s(v: &[f32]) -> Tensor {
        Tensor::from_vec(&[v.len() as i64], v.to_vec()).unwrap()
    }

    #[test]
    fn acceptance_rule() {
        let ok = |g: &[f32], w: &[f32]| compare(&[f32s(g)], &[f32s(w)], 1e-5).is_ok();
        assert!(ok(&[1.0, 2.0], &[1.0, 2.0]));
        assert!(ok(&[1.0, 2.000001], &[1.0, 2.0]));
        assert!(!ok(&[1.0, 2.1], &[1.0, 2.0]));
        assert!(ok(&[0.0, 1e-6], &[0.0, 0.0]));
        assert!(!ok(&[0.0, 1e-4], &[0.0, 0.0]));
        assert!(ok(&[f32::NAN, f32::INFINITY], &[f32::NAN, f32::INFINITY]));
        assert!(!ok(&[f32::NAN, 1.0], &[1.0, 1.0]));
        assert!(!ok(&[f32::NEG_INFINITY], &[f32::INFINITY]));
        let ints = |v: &[i32]| Tensor::from_vec(&[v.len() as i64], v.to_vec()).unwrap();
        assert!(compare(&[ints(&[1, 2])], &[ints(&[1, 2])], 1.0).is_ok());
        let m = compare(&[f32s(&[1.0]), ints(&[1, 3]), f32s(&[5.0])], &[f32s(&[1.0]), ints(&[1, 2]), f32s(&[1.0])], 1.0).unwrap_err();
        assert_eq!(m.output, 2);
        let m = compare(&[ints(&[1, 3])], &[ints(&[1, 2])], 1.0).unwrap_err();
        assert_eq!((m.output, m.first_diff.clone()), (0, Some(vec![1])));
        assert_eq!(m.message, "output 0: differs from the exact tensor<2xi32> (first difference at [1]: got 3, want 2)");
        assert!(compare(&[f32s(&[1.0])], &[ints(&[1])], 1.0).is_err());
        assert!(compare(&[], &[f32s(&[1.0])], 1.0).is_err());
    }
}
