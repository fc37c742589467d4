//! Seeded random inputs for a function, for running modules that come without data.

use crate::error::RunError;
use crate::tensor::{num_elements, Data, Tensor};
use alpa_stablehlo::{ElemType, Func, Type};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

/// One tensor per argument of `func`, the same for the same `seed`: floats normal with
/// standard deviation 0.1, integers uniform in `[0, 8)` (valid indices for small fixtures),
/// booleans fair coin flips. Fails for arguments that are not static tensors.
pub fn random_inputs(func: &Func, seed: u64) -> Result<Vec<Tensor>, RunError> {
    let mut rng = StdRng::seed_from_u64(seed);
    func.args
        .iter()
        .enumerate()
        .map(|(i, a)| {
            let Type::Tensor(ty) = func.ty(a.value) else {
                return Err(RunError::Input(format!("argument {i} of @{} is {}, not a tensor", func.name, func.ty(a.value))));
            };
            let n = num_elements(ty).map_err(RunError::Input)?;
            let data = match ty.elem {
                e if e.is_float() => Data::from_f64(e, (0..n).map(|_| 0.1 * normal(&mut rng))),
                ElemType::I1 => Data::Bool((0..n).map(|_| rng.random_bool(0.5)).collect()),
                e => Data::from_i128(e, (0..n).map(|_| rng.random_range(0..8))),
            };
            Tensor::new(ty.clone(), data)
        })
        .collect()
}

/// A standard normal sample (Box-Muller).
fn normal(rng: &mut StdRng) -> f64 {
    let u1: f64 = 1.0 - rng.random::<f64>();
    let u2: f64 = rng.random();
    (-2.0 * u1.ln()).sqrt() * (2.0 * std::f64::consts::PI * u2).cos()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seeded_and_typed() {
        let m = alpa_stablehlo::parse_module("func.func @main(%a: tensor<2x3xf32>, %b: tensor<4xi32>, %c: tensor<i1>, %d: tensor<2xbf16>) -> tensor<i1> {\n  return %c : tensor<i1>\n}").unwrap();
        let f = m.func("main").unwrap();
        let x = random_inputs(f, 7).unwrap();
        assert_eq!(x, random_inputs(f, 7).unwrap());
        assert_ne!(x, random_inputs(f, 8).unwrap());
        let types: Vec<String> = x.iter().map(|t| t.ty.to_string()).collect();
        assert_eq!(types, ["tensor<2x3xf32>", "tensor<4xi32>", "tensor<i1>", "tensor<2xbf16>"]);
        assert!(x[1].as_slice::<i32>().unwrap().iter().all(|&v| (0..8).contains(&v)));
        assert!(x[0].as_slice::<f32>().unwrap().iter().all(|v| v.abs() < 1.0));
    }
}
