//! Micro-batching: which dimension of each value carries the training batch, and the same
//! function on a micro-batch (`batch / B` examples).
//!
//! - Expects: an imported entry function (no calls) whose data arguments (the ones that are
//!   neither updated parameters nor optimizer state, see [`arg_infos`]) carry the batch in
//!   dimension 0, all of one size.
//! - Guarantees: [`BatchDims::of`] finds, per value, the dimension made (major-most) of the
//!   batch factor, by unifying dimensions through every op's sharding rule (a factor is one
//!   index space across the op's operands and results, so the batch flows forward through
//!   activations, backward into the iotas and broadcasts it meets, and disappears where a dot
//!   contracts it or a reduce sums it away: the weight gradients and the loss). [`split`]
//!   rewrites the function with those dimensions divided by `B`: the program one micro-batch
//!   runs. Constants keep their values, so a mean over the global batch stays divided by the
//!   global size and the micro-batches' gradients *sum* to the step's gradient.
//! - Errors (located, naming the op): the batch reaching an op without a sharding rule, an op
//!   that reads across the batch by position (a slice of part of it), a non-splat constant
//!   along it, or a batch `B` does not divide.
//!
//! ```text
//! %x: tensor<1024x1024xi32> (tokens)         → tensor<128x1024xi32>    (B = 8)
//! %h = dot_general %e, %w : 1024x1024x512    → 128x1024x512
//! %g = dot_general %h, %d contracting batch  → unchanged: a weight gradient, summed over B
//! ```

use super::strategy_graph::arg_infos;
use alpa_stablehlo::attr::{Attr, DenseData};
use alpa_stablehlo::catalogue::sharding::{FactorKind, sharding_rule};
use alpa_stablehlo::catalogue::verify_op;
use alpa_stablehlo::{Diag, Func, Type};

/// The batch dimension of every value of a function.
#[derive(Clone, Debug)]
pub struct BatchDims {
    /// The global batch size (dimension 0 of the data arguments).
    pub batch: i64,
    /// The data arguments, by index.
    pub data_args: Vec<usize>,
    /// Per value, the dimension that carries the batch, if any.
    pub dim: Vec<Option<usize>>,
}

/// Union-find over (value, dimension) slots.
struct Slots {
    offset: Vec<usize>,
    parent: Vec<usize>,
}

impl Slots {
    fn new(func: &Func) -> Slots {
        let mut offset = Vec::with_capacity(func.values.len() + 1);
        let mut n = 0;
        for v in &func.values {
            offset.push(n);
            n += v.ty.as_tensor().map_or(0, |t| t.rank());
        }
        offset.push(n);
        Slots { offset, parent: (0..n).collect() }
    }

    fn slot(&self, v: usize, d: usize) -> usize {
        self.offset[v] + d
    }

    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }

    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            self.parent[ra.max(rb)] = ra.min(rb);
        }
    }
}

impl BatchDims {
    /// Finds the batch dimensions of `func` (see the module docs).
    pub fn of(func: &Func) -> Result<BatchDims, Diag> {
        BatchDims::analyse(func, true)
    }

    /// [`BatchDims::of`] without refusing the ops micro-batching cannot split (no sharding
    /// rule, or reading across the batch by position): where the batch is, for steering
    /// layouts along it.
    pub fn find(func: &Func) -> Result<BatchDims, Diag> {
        BatchDims::analyse(func, false)
    }

    fn analyse(func: &Func, micro_batching: bool) -> Result<BatchDims, Diag> {
        let infos = arg_infos(func);
        let data_args: Vec<usize> =
            (0..func.args.len()).filter(|&i| infos[i].alias.is_none() && !infos[i].optimizer_state && func.ty(func.args[i].value).as_tensor().is_some_and(|t| t.rank() > 0)).collect();
        let Some(&first) = data_args.first() else {
            return Err(Diag::unsupported(func.pos, format!("@{} has no data argument (one neither updated nor optimizer state) to take the batch from", func.name)));
        };
        let batch = func.ty(func.args[first].value).as_tensor().map_or(0, |t| t.shape[0]);
        for &a in &data_args {
            let size = func.ty(func.args[a].value).as_tensor().map_or(0, |t| t.shape[0]);
            if size != batch {
                return Err(Diag::unsupported(
                    func.pos,
                    format!("@{}'s data arguments disagree on the batch: {} has {size} in dimension 0, {} has {batch}", func.name, infos[a].name, infos[first].name),
                ));
            }
        }
        let mut slots = Slots::new(func);
        // Ops without a rule: their tensor slots, checked against the batch class afterwards.
        let mut opaque: Vec<usize> = Vec::new();
        // Slots where a batch-sized factor sits minor in a dimension or is read by position.
        let mut position: Vec<(usize, usize)> = Vec::new();
        let ops = &func.body.entry().ops;
        for (i, op) in ops.iter().enumerate() {
            if op.name == "func.return" {
                continue;
            }
            let Some(rule) = sharding_rule(op, func) else {
                opaque.push(i);
                continue;
            };
            let tensors = op.operands.iter().zip(&rule.operands).chain(op.results.iter().zip(&rule.results));
            let mut major: Vec<Option<usize>> = vec![None; rule.factors.len()];
            for (v, dims) in tensors {
                for (d, factors) in dims.iter().enumerate() {
                    let Some(&f) = factors.first() else { continue };
                    let s = slots.slot(v.index(), d);
                    match major[f] {
                        Some(other) => slots.union(other, s),
                        None => major[f] = Some(s),
                    }
                    if rule.factors[f].kind == FactorKind::Gathered {
                        position.push((i, s));
                    }
                }
            }
        }
        let roots: Vec<usize> = data_args.iter().map(|&a| slots.slot(func.args[a].value.index(), 0)).collect();
        let batch_roots: Vec<usize> = roots.into_iter().map(|s| slots.find(s)).collect();
        let in_batch = |slots: &mut Slots, s: usize| batch_roots.contains(&slots.find(s));
        let mut dim = vec![None; func.values.len()];
        for (v, info) in func.values.iter().enumerate() {
            let Some(t) = info.ty.as_tensor() else { continue };
            for d in 0..t.rank() {
                let s = slots.slot(v, d);
                if in_batch(&mut slots, s) {
                    if dim[v].is_some() {
                        return Err(Diag::unsupported(func.pos, format!("a value of @{} carries the batch in two dimensions ({}): it cannot be micro-batched", func.name, info.ty)));
                    }
                    dim[v] = Some(d);
                }
            }
        }
        if !micro_batching {
            return Ok(BatchDims { batch, data_args, dim });
        }
        for i in opaque {
            let op = &ops[i];
            if op.operands.iter().chain(&op.results).any(|v| dim[v.index()].is_some()) {
                return Err(Diag::unsupported(op.pos, format!("'{}' has no sharding rule and takes or makes batch-sized values: micro-batching cannot split it", op.name)));
            }
        }
        for (i, s) in position {
            if in_batch(&mut slots, s)
                && !matches!(ops[i].name.as_str(), "stablehlo.slice" | "stablehlo.dynamic_slice" | "stablehlo.gather" | "stablehlo.concatenate" | "stablehlo.sort" | "stablehlo.reverse")
            {
                return Err(Diag::unsupported(ops[i].pos, format!("'{}' reads across the batch dimension by position: micro-batching cannot split it", ops[i].name)));
            }
        }
        Ok(BatchDims { batch, data_args, dim })
    }
}

/// `func` on one micro-batch of `batch / microbatches` examples (see the module docs).
pub fn split(func: &Func, dims: &BatchDims, microbatches: usize) -> Result<Func, Diag> {
    let b = microbatches as i64;
    if b <= 1 {
        return Ok(func.clone());
    }
    if dims.batch % b != 0 {
        return Err(Diag::unsupported(func.pos, format!("{microbatches} micro-batches do not divide the batch of {}", dims.batch)));
    }
    let mut out = func.clone();
    for (v, info) in out.values.iter_mut().enumerate() {
        let (Some(d), Type::Tensor(t)) = (dims.dim[v], &mut info.ty) else { continue };
        if t.shape[d] % b != 0 {
            return Err(Diag::unsupported(func.pos, format!("a batch-carrying dimension of size {} is not divisible by {microbatches} micro-batches", t.shape[d])));
        }
        t.shape[d] /= b;
    }
    for (r, ret) in out.results.iter_mut().enumerate() {
        let v = func.body.entry().ops.last().and_then(|op| op.operands.get(r).copied());
        if let Some(v) = v {
            ret.ty = out.values[v.index()].ty.clone();
        }
    }
    let ops = std::mem::take(&mut out.body.entry_mut().ops);
    let mut rewritten = Vec::with_capacity(ops.len());
    for mut op in ops {
        let batch_operand = op.operands.iter().enumerate().find_map(|(k, v)| dims.dim[v.index()].map(|d| (k, d)));
        let (pos, name) = (op.pos, op.name.clone());
        let located = |message: String| Diag::unsupported(pos, format!("micro-batching '{name}': {message}"));
        match op.name.as_str() {
            "stablehlo.constant" => {
                if let Some(d) = op.results.first().and_then(|r| dims.dim[r.index()]) {
                    let ty = out.ty(op.results[0]).clone();
                    match op.attr("value") {
                        Some(Attr::Dense { data: DenseData::Splat(l), .. }) => {
                            let l = *l;
                            op.set_attr("value", Attr::Dense { data: DenseData::Splat(l), ty });
                        }
                        _ => return Err(located(format!("a constant with distinct elements along the batch (dimension {d})"))),
                    }
                }
            }
            "stablehlo.slice" | "stablehlo.dynamic_slice" | "stablehlo.gather" => {
                if let Some((k, d)) = batch_operand.filter(|&(k, _)| k == 0) {
                    let global = func.ty(op.operands[k]).as_tensor().map_or(0, |t| t.shape[d]);
                    let key = if op.name == "stablehlo.slice" { "limit_indices" } else { "slice_sizes" };
                    let mut values = op.int_list(key).ok_or_else(|| located(format!("'{key}' is missing")))?;
                    let starts = op.int_list("start_indices").unwrap_or_default();
                    match values.get(d) {
                        Some(&v) if v == global && starts.get(d).copied().unwrap_or(0) == 0 => values[d] = global / b,
                        Some(1) if op.name == "stablehlo.gather" => {}
                        _ => return Err(located("it takes part of the batch dimension, not all of it".into())),
                    }
                    op.set_attr(key, Attr::dense_i64(values));
                }
            }
            _ => {}
        }
        verify_op(&op, &out).map_err(|e| located(format!("the op does not hold on micro-batches: {e}")))?;
        rewritten.push(op);
    }
    out.body.entry_mut().ops = rewritten;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use alpa_stablehlo::parse_module;

    const STEP: &str = r#"
func.func @main(%w: tensor<8x4xf32> {tf.aliasing_output = 1 : i32}, %x: tensor<16x8xf32>) -> (tensor<f32>, tensor<8x4xf32>) {
  %0 = stablehlo.dot_general %x, %w, contracting_dims = [1] x [0] : (tensor<16x8xf32>, tensor<8x4xf32>) -> tensor<16x4xf32>
  %c = stablehlo.constant dense<0.0> : tensor<f32>
  %1 = stablehlo.reduce(%0 init: %c) applies stablehlo.add across dimensions = [0, 1] : (tensor<16x4xf32>, tensor<f32>) -> tensor<f32>
  %2 = stablehlo.constant dense<1.0> : tensor<16x4xf32>
  %3 = stablehlo.dot_general %x, %2, contracting_dims = [0] x [0] : (tensor<16x8xf32>, tensor<16x4xf32>) -> tensor<8x4xf32>
  %4 = stablehlo.subtract %w, %3 : tensor<8x4xf32>
  return %1, %4 : tensor<f32>, tensor<8x4xf32>
}
"#;

    #[test]
    fn batch_flows_through_dots_into_constants_and_stops_at_contractions() {
        let module = parse_module(STEP).unwrap();
        let func = module.entry().unwrap();
        let dims = BatchDims::of(func).unwrap();
        assert_eq!((dims.batch, dims.data_args.clone()), (16, vec![1]));
        let ops = &func.body.entry().ops;
        assert_eq!(dims.dim[ops[0].results[0].index()], Some(0));
        assert_eq!(dims.dim[ops[3].results[0].index()], Some(0), "the splat meets the batch in the gradient dot");
        assert_eq!(dims.dim[ops[4].results[0].index()], None, "the weight gradient has no batch");
        let micro = split(func, &dims, 4).unwrap();
        assert_eq!(micro.ty(micro.args[1].value).to_string(), "tensor<4x8xf32>");
        assert_eq!(micro.ty(micro.body.entry().ops[3].results[0]).to_string(), "tensor<4x4xf32>");
        assert_eq!(micro.ty(micro.body.entry().ops[4].results[0]).to_string(), "tensor<8x4xf32>");
        let err = split(func, &dims, 3).unwrap_err();
        assert!(err.message.contains("do not divide the batch of 16"), "{}", err.message);
    }

    #[test]
    fn a_partial_slice_of_the_batch_is_a_located_error() {
        let text = r#"
func.func @main(%x: tensor<16x8xf32>) -> tensor<8x8xf32> {
  %0 = stablehlo.slice %x [0:8, 0:8] : (tensor<16x8xf32>) -> tensor<8x8xf32>
  return %0 : tensor<8x8xf32>
}
"#;
        let module = parse_module(text).unwrap();
        let func = module.entry().unwrap();
        let dims = BatchDims::of(func).unwrap();
        let err = split(func, &dims, 2).unwrap_err();
        assert_eq!(err.pos.map(|p| p.line), Some(3));
        assert!(err.message.contains("part of the batch"), "{}", err.message);
    }
}
