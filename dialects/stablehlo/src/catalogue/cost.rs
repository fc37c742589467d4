//! FLOP, transcendental and byte counts per op, the inputs of the cost model.
//!
//! Conventions (close to XLA's `HloCostAnalysis`, so numbers compare with what JAX reports):
//!
//! | op | flops |
//! |---|---|
//! | dot, dot_general | `2 * batch * M * N * K` (one multiply and one add per product) |
//! | convolution | `2 * output elements * kernel spatial size * input features / feature_group_count` |
//! | elementwise (incl. compare, select, clamp, convert) | 1 per output element; transcendentals too |
//! | reduce | 1 per input element, per input |
//! | reduce_window | 1 per window element per output element, per input |
//! | select_and_scatter | 1 per window element per source element (select) + 1 per source element (scatter) |
//! | scatter | 1 per update element, per update |
//! | sort | `elements * ceil(log2(sorted dimension size))` comparisons |
//! | rng_bit_generator | 1 per generated element |
//! | data movement (reshape, broadcast, slice, gather, pad, constant, iota, ...) | 0 |
//! | while | (cond + body) per iteration times the static trip count ([`trip_count`]); once when unknown |
//! | if, case | the most expensive branch |
//! | func.call, custom_call, returns | 0 (inline calls first for exact counts) |
//!
//! [`transcendentals`] counts the elementwise ops XLA calls transcendental (exp, log, sqrt,
//! rsqrt, tanh, sine, power, erf, ...) once per output element. [`bytes_accessed`] is operand
//! plus result bytes, with loops and branches counted as for flops, and zero for ops that move
//! no data at run time (calls, returns, tuples, optimization barriers).
//!
//! The counts assume a verified op; on one that is not they are estimates, never a panic.

use super::dims::{ConvDims, DotDims, ScatterDims, Window};
use super::{op_def, OpKind};
use crate::attr::{dense_to_f64, Attr};
use crate::ir::{Func, Op, Region, ValueId};
use crate::types::Type;

/// Floating-point operations of one execution of `op`, nested regions included.
pub fn flops(op: &Op, func: &Func) -> f64 {
    let Some(def) = op_def(&op.name) else { return 0.0 };
    match def.kind {
        OpKind::Elementwise { .. } | OpKind::Random => result_elements(op, func),
        OpKind::Contraction => contraction_flops(op, func),
        OpKind::Reduction => reduction_flops(op, func),
        OpKind::ControlFlow => control_flow(op, func, flops),
        OpKind::DataMovement | OpKind::Terminator | OpKind::Opaque | OpKind::Sharding | OpKind::Collective | OpKind::ProcessIndex | OpKind::Pipeline => 0.0,
    }
}

/// Transcendental operations (exp, log, sqrt, tanh, ...) of one execution of `op`.
pub fn transcendentals(op: &Op, func: &Func) -> f64 {
    match op_def(&op.name).map(|d| d.kind) {
        Some(OpKind::Elementwise { transcendental: true, .. }) => result_elements(op, func),
        Some(OpKind::ControlFlow) => control_flow(op, func, transcendentals),
        _ => 0.0,
    }
}

/// Bytes read and written by one execution of `op`: its operands and results, plus what its
/// loop body or branch accesses.
pub fn bytes_accessed(op: &Op, func: &Func) -> f64 {
    let moves_nothing =
        matches!(op.name.as_str(), "func.call" | "func.return" | "stablehlo.return" | "stablehlo.tuple" | "stablehlo.get_tuple_element" | "stablehlo.optimization_barrier" | "sdy.sharding_constraint")
            || op_def(&op.name).is_some_and(|d| d.kind == OpKind::Sharding);
    if moves_nothing || !super::is_supported(&op.name) {
        return 0.0;
    }
    let own: f64 = types(func, &op.operands).chain(types(func, &op.results)).map(bytes).sum();
    let nested = match op.name.as_str() {
        "stablehlo.while" | "stablehlo.if" | "stablehlo.case" => control_flow(op, func, bytes_accessed),
        _ => 0.0,
    };
    own + nested
}

/// Whether `op` is one of the heavy ops Alpa's layer clustering balances stages by: dot,
/// dot_general and convolution.
pub fn is_heavy(op: &Op) -> bool {
    op_def(&op.name).is_some_and(|d| d.kind == OpKind::Contraction)
}

/// The number of iterations of a counted `stablehlo.while`, as JAX's `scan` and `fori_loop`
/// emit them: the condition compares a loop-carried counter with a constant bound
/// (`LT`, `LE`, `GT`, `GE` or `NE`, either side), the counter starts at a constant, and the
/// body adds (or subtracts) a constant step. `None` for anything else, or a loop that would
/// not terminate.
pub fn trip_count(op: &Op, func: &Func) -> Option<u64> {
    if op.name != "stablehlo.while" {
        return None;
    }
    let cond = op.regions.first()?.blocks.first()?;
    let body = op.regions.get(1)?.blocks.first()?;
    let pred = *cond.ops.last()?.operands.first()?;
    let cmp = cond.ops.iter().find(|o| o.results.first() == Some(&pred) && o.name == "stablehlo.compare")?;
    let dir = cmp.attr("comparison_direction")?.as_enum()?;
    let (&lhs, &rhs) = (cmp.operands.first()?, cmp.operands.get(1)?);
    let (k, bound, dir) = match cond.args.iter().position(|a| *a == lhs) {
        Some(k) => (k, rhs, dir),
        None => (cond.args.iter().position(|a| *a == rhs)?, lhs, mirror(dir)?),
    };
    let bound = const_int(func, bound)?;
    let init = const_int(func, *op.operands.get(k)?)?;
    let counter = *body.args.get(k)?;
    let next = *body.ops.last()?.operands.get(k)?;
    let update = body.ops.iter().find(|o| o.results.first() == Some(&next))?;
    let (a, b) = (*update.operands.first()?, *update.operands.get(1)?);
    let step = match update.name.as_str() {
        "stablehlo.add" if a == counter => const_int(func, b)?,
        "stablehlo.add" if b == counter => const_int(func, a)?,
        "stablehlo.subtract" if a == counter => -const_int(func, b)?,
        _ => return None,
    };
    count_iterations(init, bound, step, dir)
}

/// `bound OP counter` as `counter OP' bound`.
fn mirror(dir: &str) -> Option<&'static str> {
    Some(match dir {
        "LT" => "GT",
        "LE" => "GE",
        "GT" => "LT",
        "GE" => "LE",
        "NE" => "NE",
        _ => return None,
    })
}

/// How often `counter DIR bound` holds for `counter = init, init + step, ...` before it first
/// fails; `None` when it never fails.
fn count_iterations(init: i128, bound: i128, step: i128, dir: &str) -> Option<u64> {
    let holds = |c: i128| match dir {
        "LT" => c < bound,
        "LE" => c <= bound,
        "GT" => c > bound,
        "GE" => c >= bound,
        _ => c != bound,
    };
    if !holds(init) {
        return Some(0);
    }
    let n = match dir {
        "LT" if step > 0 => (bound - init + step - 1) / step,
        "LE" if step > 0 => (bound - init) / step + 1,
        "GT" if step < 0 => (init - bound - step - 1) / -step,
        "GE" if step < 0 => (init - bound) / -step + 1,
        "NE" if step != 0 && (bound - init) % step == 0 && (bound - init) / step > 0 => (bound - init) / step,
        _ => return None,
    };
    u64::try_from(n).ok()
}

/// The value of `v` when a `stablehlo.constant` with one integer element defines it.
fn const_int(func: &Func, v: ValueId) -> Option<i128> {
    let op = defining_op(&func.body, v)?;
    if op.name != "stablehlo.constant" {
        return None;
    }
    let Some(Attr::Dense { data, ty }) = op.attr("value") else { return None };
    let t = ty.as_tensor()?;
    if !t.elem.is_integer() || t.shape.iter().any(|&d| d != 1) {
        return None;
    }
    let x = *dense_to_f64(data, t.elem, 1)?.first()?;
    (x.fract() == 0.0 && x.abs() < 2f64.powi(53)).then_some(x as i128)
}

fn defining_op(region: &Region, v: ValueId) -> Option<&Op> {
    region.blocks.iter().flat_map(|b| &b.ops).find_map(|op| if op.results.contains(&v) { Some(op) } else { op.regions.iter().find_map(|r| defining_op(r, v)) })
}

/// `cost` of a loop (cond and body per iteration) or of the costliest branch.
fn control_flow(op: &Op, func: &Func, cost: fn(&Op, &Func) -> f64) -> f64 {
    let region_cost = |r: &Region| -> f64 { r.blocks.iter().flat_map(|b| &b.ops).map(|o| cost(o, func)).sum() };
    match op.name.as_str() {
        "stablehlo.while" => {
            let trips = trip_count(op, func).unwrap_or(1) as f64;
            op.regions.iter().map(region_cost).sum::<f64>() * trips
        }
        "stablehlo.if" | "stablehlo.case" => op.regions.iter().map(region_cost).fold(0.0, f64::max),
        _ => 0.0,
    }
}

fn types<'f>(func: &'f Func, values: &'f [ValueId]) -> impl Iterator<Item = &'f Type> {
    values.iter().filter_map(|v| func.values.get(v.index()).map(|info| &info.ty))
}

/// Elements of a value (summed over a tuple); as `f64` so huge shapes cannot overflow.
fn elements(ty: &Type) -> f64 {
    match ty {
        Type::Tensor(t) => t.shape.iter().map(|&d| d.max(0) as f64).product(),
        Type::Tuple(items) => items.iter().map(elements).sum(),
        Type::Token | Type::Opaque(_) => 0.0,
    }
}

fn bytes(ty: &Type) -> f64 {
    match ty {
        Type::Tensor(t) => elements(ty) * t.elem.byte_size() as f64,
        Type::Tuple(items) => items.iter().map(bytes).sum(),
        Type::Token | Type::Opaque(_) => 0.0,
    }
}

fn result_elements(op: &Op, func: &Func) -> f64 {
    types(func, &op.results).map(elements).sum()
}

fn operand_types(op: &Op, func: &Func) -> Vec<Type> {
    types(func, &op.operands).cloned().collect()
}

fn contraction_flops(op: &Op, func: &Func) -> f64 {
    let operands = operand_types(op, func);
    let shape = |i: usize| operands.get(i).and_then(Type::as_tensor).map(|t| t.shape.as_slice()).unwrap_or(&[]);
    let product = |dims: &[usize], shape: &[i64]| -> f64 { dims.iter().filter_map(|&d| shape.get(d)).map(|&n| n as f64).product() };
    // Multiply-adds per output element.
    let per_output = if op.name == "stablehlo.convolution" {
        match ConvDims::of(op, &operands) {
            Ok(d) => product(&d.kernel_spatial, shape(1)) * product(&[d.kernel_input_feature], shape(1)),
            Err(_) => 1.0,
        }
    } else {
        match DotDims::of(op, &operands) {
            Ok(d) => product(&d.lhs_contracting, shape(0)),
            Err(_) => 1.0,
        }
    };
    2.0 * result_elements(op, func) * per_output
}

fn reduction_flops(op: &Op, func: &Func) -> f64 {
    let operands = operand_types(op, func);
    let half = operands.len() / 2;
    match op.name.as_str() {
        "stablehlo.reduce" => operands[..half].iter().map(elements).sum(),
        "stablehlo.reduce_window" => {
            let window = Window::of(op, &operands).map_or(1.0, |w| w.elements());
            result_elements(op, func) * window
        }
        "stablehlo.select_and_scatter" => {
            let window = Window::of(op, &operands).map_or(1.0, |w| w.elements());
            let source = operands.get(1).map_or(0.0, elements);
            source * window + source
        }
        "stablehlo.scatter" => match ScatterDims::of(op, &operands) {
            Ok(d) => operands[d.num_inputs + 1..].iter().map(elements).sum(),
            Err(_) => 0.0,
        },
        "stablehlo.sort" => {
            let Some(t) = operands.first().and_then(Type::as_tensor) else { return 0.0 };
            let rank = t.rank() as i64;
            let d = op.int("dimension").unwrap_or(-1);
            let d = if d < 0 { d + rank } else { d };
            let n = usize::try_from(d).ok().and_then(|d| t.shape.get(d)).copied().unwrap_or(1).max(1) as f64;
            elements(&operands[0]) * n.log2().ceil()
        }
        _ => 0.0,
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{op_under_test, wrap};
    use super::*;

    /// The costs of the op under test in `input`, as `flops=.. bytes=.. transcendentals=..`,
    /// with ` heavy` for heavy ops.
    fn check(input: &str, expected: &str) {
        let module = wrap(input);
        let (func, op) = op_under_test(&module);
        let heavy = if is_heavy(op) { " heavy" } else { "" };
        let got = format!("flops={} bytes={} transcendentals={}{heavy}", flops(op, func), bytes_accessed(op, func), transcendentals(op, func));
        assert_eq!(got, expected, "\ninput: {input}");
    }

    #[test]
    fn contractions() {
        // 2 * M * N * K = 2 * 4 * 8 * 16; bytes (64 + 128 + 32) * 4.
        check("%0 = stablehlo.dot_general %a, %b, contracting_dims = [1] x [0] : (tensor<4x16xf32>, tensor<16x8xf32>) -> tensor<4x8xf32>", "flops=1024 bytes=896 transcendentals=0 heavy");
        // 2 * batch * M * N * K = 2 * 4 * 4 * 32 * 16.
        check(
            "%0 = stablehlo.dot_general %a, %b, batching_dims = [0] x [0], contracting_dims = [2] x [1] : (tensor<4x4x16xf32>, tensor<4x16x32xf32>) -> tensor<4x4x32xf32>",
            "flops=16384 bytes=11264 transcendentals=0 heavy",
        );
        check("%0 = stablehlo.dot %a, %b : (tensor<16xbf16>, tensor<16xbf16>) -> tensor<f32>", "flops=32 bytes=68 transcendentals=0 heavy");
        // 2 * (2*6*6*16 outputs) * (3*3 window * 3 input features).
        check(
            "%0 = stablehlo.convolution(%a, %b) dim_numbers = [b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f], window = {stride = [1, 1]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64} : (tensor<2x8x8x3xf32>, tensor<3x3x3x16xf32>) -> tensor<2x6x6x16xf32>",
            "flops=62208 bytes=7872 transcendentals=0 heavy",
        );
        // Depthwise: each output sums 3*3 window * 1 feature.
        check(
            "%0 = stablehlo.convolution(%a, %b) dim_numbers = [b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f], window = {stride = [1, 1]} {batch_group_count = 1 : i64, feature_group_count = 4 : i64} : (tensor<2x8x8x4xf32>, tensor<3x3x1x4xf32>) -> tensor<2x6x6x4xf32>",
            "flops=5184 bytes=3344 transcendentals=0 heavy",
        );
    }

    #[test]
    fn elementwise_and_data_movement() {
        check("%0 = stablehlo.add %a, %b : tensor<4x8xf32>", "flops=32 bytes=384 transcendentals=0");
        check("%0 = stablehlo.exponential %a : tensor<4x8xf32>", "flops=32 bytes=256 transcendentals=32");
        check("%0 = stablehlo.compare LT, %a, %b, FLOAT : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>", "flops=4 bytes=36 transcendentals=0");
        check("%0 = stablehlo.transpose %a, dims = [1, 0] : (tensor<4x8xf32>) -> tensor<8x4xf32>", "flops=0 bytes=256 transcendentals=0");
        check("%0 = stablehlo.broadcast_in_dim %a, dims = [] : (tensor<f32>) -> tensor<4x8xf32>", "flops=0 bytes=132 transcendentals=0");
        check("%0 = stablehlo.constant dense<1.0> : tensor<4xbf16>", "flops=0 bytes=8 transcendentals=0");
        check("%0 = stablehlo.custom_call @foo(%a) : (tensor<4xf32>) -> tensor<2xf32>", "flops=0 bytes=24 transcendentals=0");
        check("%0:2 = stablehlo.optimization_barrier %a, %b : tensor<4xf32>, tensor<i32>", "flops=0 bytes=0 transcendentals=0");
    }

    #[test]
    fn reductions() {
        check("%0 = stablehlo.reduce(%a init: %i) applies stablehlo.add across dimensions = [1] : (tensor<4x8xf32>, tensor<f32>) -> tensor<4xf32>", "flops=32 bytes=148 transcendentals=0");
        check(
            "%0 = \"stablehlo.reduce_window\"(%a, %i) <{window_dimensions = array<i64: 1, 2, 2, 1>, window_strides = array<i64: 1, 2, 2, 1>}> ({
               ^bb0(%x: tensor<f32>, %y: tensor<f32>):
                 %1 = stablehlo.maximum %x, %y : tensor<f32>
                 stablehlo.return %1 : tensor<f32>
             }) : (tensor<2x8x8x3xf32>, tensor<f32>) -> tensor<2x4x4x3xf32>",
            "flops=384 bytes=1924 transcendentals=0",
        );
        check(
            "%0:2 = \"stablehlo.sort\"(%a, %b) <{dimension = 0 : i64, is_stable = true}> ({
               ^bb0(%w: tensor<f32>, %x: tensor<f32>, %y: tensor<i32>, %z: tensor<i32>):
                 %1 = stablehlo.compare LT, %w, %x, TOTALORDER : (tensor<f32>, tensor<f32>) -> tensor<i1>
                 stablehlo.return %1 : tensor<i1>
             }) : (tensor<16xf32>, tensor<16xi32>) -> (tensor<16xf32>, tensor<16xi32>)",
            "flops=64 bytes=256 transcendentals=0",
        );
        check(
            "%0 = \"stablehlo.scatter\"(%a, %i, %u) <{scatter_dimension_numbers = #stablehlo.scatter<update_window_dims = [1], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>}> ({
               ^bb0(%x: tensor<f32>, %y: tensor<f32>):
                 %1 = stablehlo.add %x, %y : tensor<f32>
                 stablehlo.return %1 : tensor<f32>
             }) : (tensor<16x4xf32>, tensor<8x1xi32>, tensor<8x4xf32>) -> tensor<16x4xf32>",
            "flops=32 bytes=672 transcendentals=0",
        );
    }

    /// A counted loop: `for k in init..bound by step` written with `cmp`, carrying a tanh.
    fn counted_loop(init: i64, cmp: &str, bound: i64, update: &str) -> String {
        format!(
            "%c = stablehlo.constant dense<{init}> : tensor<i32>
             %0:2 = stablehlo.while(%k = %c, %x = %a) : tensor<i32>, tensor<4xf32>
             cond {{
               %b = stablehlo.constant dense<{bound}> : tensor<i32>
               %1 = stablehlo.compare {cmp}, %k, %b, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
               stablehlo.return %1 : tensor<i1>
             }} do {{
               %s = stablehlo.constant dense<1> : tensor<i32>
               %1 = {update} : tensor<i32>
               %2 = stablehlo.tanh %x : tensor<4xf32>
               stablehlo.return %1, %2 : tensor<i32>, tensor<4xf32>
             }}"
        )
    }

    #[test]
    fn loops() {
        // Per iteration: compare (1) + add (1) + tanh (4) = 6 flops and 4 transcendentals;
        // 61 bytes (two constants 8, compare 9, add 12, tanh 32). The loop itself moves 40.
        check(&counted_loop(0, "LT", 4, "stablehlo.add %k, %s"), "flops=24 bytes=284 transcendentals=16");
        check(&counted_loop(0, "LT", 5, "stablehlo.add %s, %k"), "flops=30 bytes=345 transcendentals=20");
        check(&counted_loop(0, "LE", 4, "stablehlo.add %k, %s"), "flops=30 bytes=345 transcendentals=20");
        check(&counted_loop(3, "GE", 0, "stablehlo.subtract %k, %s"), "flops=24 bytes=284 transcendentals=16");
        check(&counted_loop(0, "NE", 3, "stablehlo.add %k, %s"), "flops=18 bytes=223 transcendentals=12");
        check(&counted_loop(7, "LT", 4, "stablehlo.add %k, %s"), "flops=0 bytes=40 transcendentals=0");
        // Not counted (the counter moves away from the bound): the body counts once.
        check(&counted_loop(0, "LT", 4, "stablehlo.subtract %k, %s"), "flops=6 bytes=101 transcendentals=4");
    }

    #[test]
    fn scan_loops_have_static_trip_counts() {
        let modules = super::super::testing::fixture_modules();
        let (_, scan) = modules.iter().find(|(p, _)| p.ends_with("scan_mlp.mlir")).expect("scan_mlp fixture");
        let main = scan.func("main").expect("@main");
        let trips: Vec<Option<u64>> = main.body.entry().ops.iter().filter(|o| o.name == "stablehlo.while").map(|o| trip_count(o, main)).collect();
        assert_eq!(trips, [Some(4), Some(4)]);
    }
}
