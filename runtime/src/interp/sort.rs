//! `stablehlo.sort`: a stable merge sort along one dimension, ordering positions by the
//! comparator region (which receives `lhs0, rhs0, lhs1, rhs1, ...`, one pair per operand).
//!
//! The comparator is fallible and need not be a strict weak order, so the standard library's
//! sorts (which may panic on an inconsistent order) are not used.

use super::layout::tensor;
use super::Fail;
use crate::tensor::{for_each_index, strides, Tensor};

/// Sorts `inputs` (one shape) along `dim` by `less(a, b)` over flat positions.
pub fn sort(inputs: &[&Tensor], dim: i64, less: &mut dyn FnMut(usize, usize) -> Result<bool, Fail>) -> Result<Vec<Tensor>, Fail> {
    let first = inputs.first().ok_or("needs at least one operand")?;
    let dims = first.dims();
    if inputs.iter().any(|x| x.shape() != first.shape()) {
        return Err("operands must share one shape".to_string().into());
    }
    let rank = dims.len() as i64;
    let d = if dim < 0 { dim + rank } else { dim };
    if d < 0 || d >= rank {
        return Err(format!("dimension {dim} is out of range for rank {rank}").into());
    }
    let d = d as usize;
    let st = strides(&dims);
    let len = dims[d];
    let mut outer = dims.clone();
    outer[d] = 1;
    let mut source = vec![0; first.len()];
    let mut result = Ok(());
    for_each_index(&outer, |i| {
        if result.is_err() {
            return;
        }
        let base: usize = i.iter().zip(&st).map(|(a, s)| a * s).sum();
        let mut order: Vec<usize> = (0..len).map(|j| base + j * st[d]).collect();
        result = merge_sort(&mut order, less);
        for (j, &p) in order.iter().enumerate() {
            source[base + j * st[d]] = p;
        }
    });
    result?;
    Ok(inputs.iter().map(|x| tensor(&dims, x.data.take(&source))).collect())
}

/// Bottom-up stable merge sort: an element of the right run goes first only if it is strictly
/// less than the left one.
fn merge_sort(v: &mut Vec<usize>, less: &mut dyn FnMut(usize, usize) -> Result<bool, Fail>) -> Result<(), Fail> {
    let n = v.len();
    let mut buf = Vec::with_capacity(n);
    let mut width = 1;
    while width < n {
        buf.clear();
        let mut lo = 0;
        while lo < n {
            let mid = (lo + width).min(n);
            let hi = (lo + 2 * width).min(n);
            let (mut i, mut j) = (lo, mid);
            while i < mid && j < hi {
                if less(v[j], v[i])? {
                    buf.push(v[j]);
                    j += 1;
                } else {
                    buf.push(v[i]);
                    i += 1;
                }
            }
            buf.extend_from_slice(&v[i..mid]);
            buf.extend_from_slice(&v[j..hi]);
            lo = hi;
        }
        std::mem::swap(v, &mut buf);
        width *= 2;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use crate::interp::testing::{check, t};

    fn sort(dim: i64, compare: &str) -> String {
        format!("func.func @main(%a: tensor<2x3xi32>, %b: tensor<2x3xi32>) -> (tensor<2x3xi32>, tensor<2x3xi32>) {{\n  %0:2 = \"stablehlo.sort\"(%a, %b) <{{dimension = {dim} : i64, is_stable = true}}> ({{\n  ^bb0(%x0: tensor<i32>, %y0: tensor<i32>, %x1: tensor<i32>, %y1: tensor<i32>):\n    %c = stablehlo.compare {compare}, %x0, %y0, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>\n    stablehlo.return %c : tensor<i1>\n  }}) : (tensor<2x3xi32>, tensor<2x3xi32>) -> (tensor<2x3xi32>, tensor<2x3xi32>)\n  return %0#0, %0#1 : tensor<2x3xi32>, tensor<2x3xi32>\n}}")
    }

    #[test]
    fn sort_spec_example() {
        let inputs = vec![t(&[2, 3], &[1, 2, 3, 3, 2, 1]), t(&[2, 3], &[3, 2, 1, 1, 2, 3])];
        check(&sort(0, "GT"), inputs.clone(), vec![t(&[2, 3], &[3, 2, 3, 1, 2, 1]), t(&[2, 3], &[1, 2, 1, 3, 2, 3])]);
        check(&sort(-1, "LT"), inputs, vec![t(&[2, 3], &[1, 2, 3, 1, 2, 3]), t(&[2, 3], &[3, 2, 1, 3, 2, 1])]);
    }

    #[test]
    fn sort_is_stable() {
        let inputs = vec![t(&[2, 3], &[5, 1, 5, 2, 2, 2]), t(&[2, 3], &[0, 1, 2, 0, 1, 2])];
        check(&sort(1, "LT"), inputs, vec![t(&[2, 3], &[1, 5, 5, 2, 2, 2]), t(&[2, 3], &[1, 0, 2, 0, 1, 2])]);
    }
}
