//! The op catalogue: the single source of truth for what each supported op is.
//!
//! Per op: its operands and attributes and their shape/type rules ([`verify_op`],
//! [`infer_result_types`]), its FLOP and byte counts ([`cost`]), and its sharding rule
//! ([`sharding`]): how operand dimensions map to result dimensions. Later phases (cost model,
//! strategy enumeration, partitioning, interpreter) ask the catalogue rather than matching op
//! names themselves.
//!
//! The table [`OPS`] lists every supported op with its [`OpKind`]; [`OP_NAMES`] is derived from
//! it. Structured attributes (dot, convolution, gather and scatter dimension numbers, windows)
//! are decoded and checked once, in [`dims`].

pub mod cost;
pub mod dims;
pub mod sharding;

mod shape;
#[cfg(test)]
mod testing;
mod view;

use crate::diag::{DResult, Diag};
use crate::ir::{Func, Op, ValueId};
use crate::types::{ElemType, Type};
use view::OpView;

/// The element types an elementwise op accepts, as the StableHLO spec constrains them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Domain {
    /// Any element type.
    Any,
    /// Integers and floats, not `i1`.
    Numeric,
    /// Floating-point types.
    Float,
    /// Signed integers and floats (`abs`, `sign`).
    SignedOrFloat,
    /// Integers, not `i1` (`popcnt`, shifts).
    Int,
    /// Integers and `i1` (the bitwise ops).
    IntOrBool,
}

impl Domain {
    /// Whether `elem` is in the domain.
    pub fn accepts(self, elem: ElemType) -> bool {
        match self {
            Domain::Any => true,
            Domain::Numeric => !elem.is_bool(),
            Domain::Float => elem.is_float(),
            Domain::SignedOrFloat => elem.is_float() || elem.is_signed_int(),
            Domain::Int => elem.is_signed_int() || elem.is_unsigned_int(),
            Domain::IntOrBool => elem.is_integer(),
        }
    }

    /// How error messages name the domain.
    pub fn describe(self) -> &'static str {
        match self {
            Domain::Any => "any element type",
            Domain::Numeric => "an integer or floating-point element type",
            Domain::Float => "a floating-point element type",
            Domain::SignedOrFloat => "a signed integer or floating-point element type",
            Domain::Int => "an integer element type",
            Domain::IntOrBool => "an integer or boolean element type",
        }
    }
}

/// What an op computes, at the grain the cost model and the strategy search need.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OpKind {
    /// Computes each result element from the operand elements at the same index.
    Elementwise {
        /// The number of operands.
        arity: usize,
        /// The element types the operands may have.
        domain: Domain,
        /// Whether XLA's cost analysis counts it as a transcendental (exp, log, sqrt, ...).
        transcendental: bool,
    },
    /// Contracts dimensions of two operands: dot, dot_general, convolution. Alpa's layer
    /// clustering counts these.
    Contraction,
    /// Combines many elements through a reducer region: reduce, reduce_window,
    /// select_and_scatter, scatter, sort.
    Reduction,
    /// Copies, rearranges or materializes elements without arithmetic.
    DataMovement,
    /// Runs regions or functions: while, if, case, func.call.
    ControlFlow,
    /// Ends a region or function.
    Terminator,
    /// Generates random bits.
    Random,
    /// A call the compiler cannot see into (`stablehlo.custom_call`).
    Opaque,
    /// Describes how values are laid out over devices and computes nothing: the upstream
    /// `shard` dialect's grid and sharding declarations, and `shard.shard`, which returns its
    /// tensor operand annotated with a sharding.
    Sharding,
    /// Moves data between the devices of a grid in an SPMD program: the `shard` dialect's
    /// collectives (`shard.all_reduce`, `all_gather`, ...; see [`crate::shard::Collective`])
    /// and StableHLO's (`stablehlo.all_reduce`, ..., over `replica_groups`). Their cost is
    /// communication, which the cost model prices, not FLOPs.
    Collective,
    /// Asks where the running device is in its grid (`shard.process_multi_index`,
    /// `shard.process_linear_index`: `index` values, no tensors; `stablehlo.partition_id`: a
    /// `tensor<ui32>`).
    ProcessIndex,
    /// Drives a pipelined program from its entry function (what `alpa-partition` makes of a
    /// staged module): `alpa.microbatch` slices a data argument, `alpa.stage_call` runs a
    /// stage's program on its grid, `alpa.transfer` moves a value between stage grids,
    /// `alpa.accumulate` combines a value over the micro-batches. Values are global, of one
    /// micro-batch where they are made per micro-batch.
    Pipeline,
}

/// One supported op.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OpDef {
    /// Fully qualified name, e.g. `stablehlo.dot_general`.
    pub name: &'static str,
    /// What it computes.
    pub kind: OpKind,
}

const fn map(name: &'static str, arity: usize, domain: Domain) -> OpDef {
    OpDef { name, kind: OpKind::Elementwise { arity, domain, transcendental: false } }
}

const fn transcendental(name: &'static str, arity: usize) -> OpDef {
    OpDef { name, kind: OpKind::Elementwise { arity, domain: Domain::Float, transcendental: true } }
}

const fn other(name: &'static str, kind: OpKind) -> OpDef {
    OpDef { name, kind }
}

/// Every supported op, sorted by name.
pub const OPS: &[OpDef] = {
    use Domain::*;
    use OpKind::*;
    &[
        other("alpa.accumulate", Pipeline),
        other("alpa.microbatch", Pipeline),
        other("alpa.stage_call", Pipeline),
        other("alpa.transfer", Pipeline),
        transcendental("chlo.erf", 1),
        transcendental("chlo.erfc", 1),
        map("chlo.square", 1, Numeric),
        other("func.call", ControlFlow),
        other("func.return", Terminator),
        // A user's sharding annotation (Shardy): the value itself, with a sharding to honour.
        other("sdy.sharding_constraint", DataMovement),
        // The upstream `shard` dialect's vocabulary (see `crate::shard`): a top-level grid, a
        // `!shard.sharding` value, and an annotated tensor (the operand itself); and the ops
        // of SPMD programs: collectives and process indices.
        other("shard.all_gather", Collective),
        other("shard.all_reduce", Collective),
        other("shard.all_slice", Collective),
        other("shard.all_to_all", Collective),
        other("shard.grid", Sharding),
        other("shard.process_linear_index", ProcessIndex),
        other("shard.process_multi_index", ProcessIndex),
        other("shard.recv", Collective),
        other("shard.reduce_scatter", Collective),
        other("shard.send", Collective),
        other("shard.shard", Sharding),
        other("shard.sharding", Sharding),
        other("shard.shift", Collective),
        map("stablehlo.abs", 1, SignedOrFloat),
        map("stablehlo.add", 2, Any),
        // StableHLO's own collectives, what `alpa-lower-collectives` turns the `shard` ones
        // into so that XLA can run the per-device program.
        other("stablehlo.all_gather", Collective),
        other("stablehlo.all_reduce", Collective),
        other("stablehlo.all_to_all", Collective),
        map("stablehlo.and", 2, IntOrBool),
        transcendental("stablehlo.atan2", 2),
        other("stablehlo.bitcast_convert", DataMovement),
        other("stablehlo.broadcast_in_dim", DataMovement),
        other("stablehlo.case", ControlFlow),
        transcendental("stablehlo.cbrt", 1),
        map("stablehlo.ceil", 1, Float),
        map("stablehlo.clamp", 3, Any),
        map("stablehlo.compare", 2, Any),
        other("stablehlo.concatenate", DataMovement),
        other("stablehlo.constant", DataMovement),
        map("stablehlo.convert", 1, Any),
        other("stablehlo.convolution", Contraction),
        transcendental("stablehlo.cosine", 1),
        map("stablehlo.count_leading_zeros", 1, Int),
        other("stablehlo.custom_call", Opaque),
        map("stablehlo.divide", 2, Numeric),
        other("stablehlo.dot", Contraction),
        other("stablehlo.dot_general", Contraction),
        other("stablehlo.dynamic_slice", DataMovement),
        other("stablehlo.dynamic_update_slice", DataMovement),
        transcendental("stablehlo.exponential", 1),
        transcendental("stablehlo.exponential_minus_one", 1),
        map("stablehlo.floor", 1, Float),
        other("stablehlo.gather", DataMovement),
        other("stablehlo.get_tuple_element", DataMovement),
        other("stablehlo.if", ControlFlow),
        other("stablehlo.iota", DataMovement),
        map("stablehlo.is_finite", 1, Float),
        transcendental("stablehlo.log", 1),
        transcendental("stablehlo.log_plus_one", 1),
        transcendental("stablehlo.logistic", 1),
        map("stablehlo.maximum", 2, Any),
        map("stablehlo.minimum", 2, Any),
        map("stablehlo.multiply", 2, Any),
        map("stablehlo.negate", 1, Numeric),
        map("stablehlo.not", 1, IntOrBool),
        other("stablehlo.optimization_barrier", DataMovement),
        map("stablehlo.or", 2, IntOrBool),
        other("stablehlo.pad", DataMovement),
        other("stablehlo.partition_id", ProcessIndex),
        map("stablehlo.popcnt", 1, Int),
        transcendental("stablehlo.power", 2),
        other("stablehlo.reduce", Reduction),
        map("stablehlo.reduce_precision", 1, Float),
        other("stablehlo.reduce_scatter", Collective),
        other("stablehlo.reduce_window", Reduction),
        map("stablehlo.remainder", 2, Numeric),
        other("stablehlo.reshape", DataMovement),
        other("stablehlo.return", Terminator),
        other("stablehlo.reverse", DataMovement),
        other("stablehlo.rng_bit_generator", Random),
        map("stablehlo.round_nearest_afz", 1, Float),
        map("stablehlo.round_nearest_even", 1, Float),
        transcendental("stablehlo.rsqrt", 1),
        other("stablehlo.scatter", Reduction),
        map("stablehlo.select", 3, Any),
        other("stablehlo.select_and_scatter", Reduction),
        map("stablehlo.shift_left", 2, Int),
        map("stablehlo.shift_right_arithmetic", 2, Int),
        map("stablehlo.shift_right_logical", 2, Int),
        map("stablehlo.sign", 1, SignedOrFloat),
        transcendental("stablehlo.sine", 1),
        other("stablehlo.slice", DataMovement),
        other("stablehlo.sort", Reduction),
        transcendental("stablehlo.sqrt", 1),
        map("stablehlo.subtract", 2, Numeric),
        transcendental("stablehlo.tan", 1),
        transcendental("stablehlo.tanh", 1),
        other("stablehlo.transpose", DataMovement),
        other("stablehlo.tuple", DataMovement),
        other("stablehlo.while", ControlFlow),
        map("stablehlo.xor", 2, IntOrBool),
    ]
};

const OP_NAME_ARRAY: [&str; OPS.len()] = {
    let mut names = [""; OPS.len()];
    let mut i = 0;
    while i < OPS.len() {
        names[i] = OPS[i].name;
        i += 1;
    }
    names
};

/// Every op the compiler supports, fully qualified, sorted (the names of [`OPS`]).
pub const OP_NAMES: &[&str] = &OP_NAME_ARRAY;

/// Whether `name` is a supported op.
pub fn is_supported(name: &str) -> bool {
    op_def(name).is_some()
}

/// The catalogue entry of `name`.
pub fn op_def(name: &str) -> Option<&'static OpDef> {
    OPS.binary_search_by(|d| d.name.cmp(name)).ok().map(|i| &OPS[i])
}

/// Checks one op's operands, attributes, regions and result types against its rules: the
/// result types must equal what the op's shape rule infers from its operand types and
/// attributes (or, where the producer chooses them, satisfy the rule). Errors are located at
/// the op and name it. `func.call` and `func.return` are checked against their callee and
/// function by [`crate::verify`].
pub fn verify_op(op: &Op, func: &Func) -> DResult<()> {
    if !is_supported(&op.name) {
        return Err(Diag::unsupported(op.pos, format!("unsupported op '{}'", op.name)));
    }
    let operands = value_types(op, func, &op.operands)?;
    let results = value_types(op, func, &op.results)?;
    reject_dynamic(op, &operands, &results)?;
    let view = OpView { op, operands: &operands, given: Some(&results) };
    let want = shape::result_types(&view)?;
    if want.len() != results.len() {
        return Err(view.err(format!("has {} result(s), expected {}", results.len(), want.len())));
    }
    for (i, (got, want)) in results.iter().zip(&want).enumerate() {
        if got != want {
            return Err(view.err(format!("result #{i} has type {got}, expected {want}")));
        }
    }
    shape::check_regions(&view, func)
}

/// The result types of `op` given its operand types, for passes that build ops. Fails with an
/// unsupported diagnostic where the producer chooses the result types (reshape, iota,
/// broadcast_in_dim, convert, custom_call, ...: build those with their types), and with an
/// input diagnostic when the operands and attributes break the op's rules.
pub fn infer_result_types(op: &Op, operand_types: &[Type]) -> DResult<Vec<Type>> {
    if !is_supported(&op.name) {
        return Err(Diag::unsupported(op.pos, format!("unsupported op '{}'", op.name)));
    }
    reject_dynamic(op, operand_types, &[])?;
    shape::result_types(&OpView { op, operands: operand_types, given: None })
}

/// The types of `values`, or a bug diagnostic for a value the function does not define (the
/// structural verifier rejects such modules before the catalogue sees them).
fn value_types(op: &Op, func: &Func, values: &[ValueId]) -> DResult<Vec<Type>> {
    values
        .iter()
        .map(|v| match func.values.get(v.index()) {
            Some(info) => Ok(info.ty.clone()),
            None => Err(Diag::bug(Some(op.pos), format!("value {} of '{}' has no type", v.0, op.name))),
        })
        .collect()
}

/// Rejects [`crate::types::DYNAMIC`] dimensions: every rule assumes static shapes.
fn reject_dynamic(op: &Op, operands: &[Type], results: &[Type]) -> DResult<()> {
    let named = operands.iter().enumerate().map(|(i, t)| ("operand", i, t)).chain(results.iter().enumerate().map(|(i, t)| ("result", i, t)));
    for (what, i, ty) in named {
        if is_dynamic(ty) {
            return Err(Diag::unsupported(op.pos, "dynamic shapes are not supported").with_note(Some(op.pos), format!("{what} #{i} of '{}' has type {ty}", op.name)));
        }
    }
    Ok(())
}

fn is_dynamic(ty: &Type) -> bool {
    match ty {
        // `DYNAMIC` is negative, and no other negative size means anything.
        Type::Tensor(t) => t.shape.iter().any(|&d| d < 0),
        Type::Tuple(items) => items.iter().any(is_dynamic),
        Type::Token | Type::Opaque(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::testing::{fixture_modules, op_under_test, wrap};
    use super::*;
    use crate::diag::DiagKind;

    /// Verifies the op in `input` (see [`wrap`]); `expected` is "ok" or the
    /// diagnostic's message.
    fn check(input: &str, expected: &str) {
        let module = wrap(input);
        let (func, op) = op_under_test(&module);
        let got = match verify_op(op, func) {
            Ok(()) => "ok".to_string(),
            Err(d) => d.message,
        };
        assert_eq!(got, expected, "\ninput: {input}");
    }

    /// Infers the result types of the op in `input` from its operand types.
    fn check_infer(input: &str, expected: &str) {
        let module = wrap(input);
        let (func, op) = op_under_test(&module);
        let operands: Vec<Type> = op.operands.iter().map(|v| func.ty(*v).clone()).collect();
        let got = match infer_result_types(op, &operands) {
            Ok(tys) => tys.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(", "),
            Err(d) => format!("{:?}: {}", d.kind, d.message),
        };
        assert_eq!(got, expected, "\ninput: {input}");
    }

    #[test]
    fn table_is_sorted_and_names_match() {
        assert!(OPS.windows(2).all(|w| w[0].name < w[1].name), "OPS must stay sorted for op_def's binary search");
        assert_eq!(OP_NAMES.len(), OPS.len());
        assert!(OP_NAMES.iter().all(|n| is_supported(n)));
        assert!(!is_supported("stablehlo.fft"));
        assert_eq!(op_def("stablehlo.tanh").map(|d| d.kind), Some(OpKind::Elementwise { arity: 1, domain: Domain::Float, transcendental: true }));
    }

    #[test]
    fn every_op_has_a_shape_rule() {
        for name in OP_NAMES {
            assert!(shape::has_rule(name), "{name} has no shape rule");
        }
    }

    #[test]
    fn unknown_op_is_unsupported() {
        let mut op = Op::new("foo.bar", vec![], vec![]);
        op.pos = crate::ir::Pos { line: 3, col: 5 };
        let d = infer_result_types(&op, &[]).unwrap_err();
        assert_eq!((d.kind, d.message.as_str()), (DiagKind::Unsupported, "unsupported op 'foo.bar'"));
    }

    #[test]
    fn dynamic_shapes_are_unsupported() {
        // The parser rejects `?` already; passes that build types must not slip one through.
        let mut module = wrap("%0 = stablehlo.abs %a : tensor<2x4xf32>");
        let Some(crate::ir::Item::Func(f)) = module.items.first_mut() else { unreachable!() };
        for v in &mut f.values {
            v.ty = crate::types::Type::tensor(vec![crate::types::DYNAMIC, 4], crate::types::ElemType::F32);
        }
        let (func, op) = op_under_test(&module);
        let d = verify_op(op, func).unwrap_err();
        assert_eq!((d.kind, d.message.as_str()), (DiagKind::Unsupported, "dynamic shapes are not supported"));
        assert_eq!(d.notes[0].message, "operand #0 of 'stablehlo.abs' has type tensor<?x4xf32>");
    }

    #[test]
    fn elementwise() {
        check("%0 = stablehlo.add %a, %b : tensor<4x8xf32>", "ok");
        check("%0 = stablehlo.add %a, %b : (tensor<4x8xf32>, tensor<4x8xf32>) -> tensor<4x9xf32>", "'stablehlo.add' result #0 has type tensor<4x9xf32>, expected tensor<4x8xf32>");
        check("%0 = stablehlo.add %a, %b : (tensor<4x8xf32>, tensor<8x4xf32>) -> tensor<4x8xf32>", "'stablehlo.add' operand #1 has type tensor<8x4xf32> but operand #0 has type tensor<4x8xf32>");
        check("%0 = stablehlo.sine %a : tensor<4xi32>", "'stablehlo.sine' expects a floating-point element type, got tensor<4xi32>");
        check("%0 = stablehlo.and %a, %b : tensor<4xi1>", "ok");
        check("%0 = stablehlo.popcnt %a : tensor<4xi1>", "'stablehlo.popcnt' expects an integer element type, got tensor<4xi1>");
        check("%0 = stablehlo.negate %a, %b : tensor<4xf32>", "'stablehlo.negate' takes 1 operand, got 2");
        check("%0 = stablehlo.is_finite %a : (tensor<2xf32>) -> tensor<2xi1>", "ok");
        check("%0 = stablehlo.convert %a : (tensor<2x3xi32>) -> tensor<2x3xbf16>", "ok");
        check("%0 = stablehlo.convert %a : (tensor<2x3xi32>) -> tensor<3x2xbf16>", "'stablehlo.convert' result shape tensor<3x2xbf16> differs from the operand shape tensor<2x3xi32>");
        check("%0 = stablehlo.compare LT, %a, %b, FLOAT : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>", "ok");
        check("%0 = stablehlo.compare LT, %a, %b, FLOAT : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>", "'stablehlo.compare' result #0 has type tensor<4xf32>, expected tensor<4xi1>");
        check("%0 = stablehlo.compare XX, %a, %b : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xi1>", "'stablehlo.compare' has an unknown comparison_direction 'XX'");
        check("%0 = stablehlo.select %p, %a, %b : (tensor<i1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>", "ok");
        check("%0 = stablehlo.select %p, %a, %b : (tensor<4xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>", "ok");
        check(
            "%0 = stablehlo.select %p, %a, %b : (tensor<2xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>",
            "'stablehlo.select' predicate tensor<2xi1> must be a scalar or have the shape of tensor<4xf32>",
        );
        check("%0 = stablehlo.select %p, %a, %b : (tensor<f32>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>", "'stablehlo.select' predicate must have element type i1, got tensor<f32>");
        check("%0 = stablehlo.clamp %lo, %a, %hi : (tensor<f32>, tensor<4xf32>, tensor<f32>) -> tensor<4xf32>", "ok");
        check(
            "%0 = stablehlo.clamp %lo, %a, %hi : (tensor<2xf32>, tensor<4xf32>, tensor<f32>) -> tensor<4xf32>",
            "'stablehlo.clamp' min tensor<2xf32> must be a scalar or have the type of the operand tensor<4xf32>",
        );
        check("%0 = stablehlo.reduce_precision %a, format = e5m2 : tensor<4xf32>", "ok");
        check("%0 = stablehlo.reduce_precision %a, format = e0m2 : tensor<4xf32>", "'stablehlo.reduce_precision' exponent_bits must be at least 1, got 0");
        check("%0 = stablehlo.bitcast_convert %a : (tensor<4xf32>) -> tensor<4xi32>", "ok");
        check("%0 = stablehlo.bitcast_convert %a : (tensor<4xf32>) -> tensor<4x2xi16>", "ok");
        check("%0 = stablehlo.bitcast_convert %a : (tensor<4x2xi16>) -> tensor<4xf32>", "ok");
        check(
            "%0 = stablehlo.bitcast_convert %a : (tensor<4xf32>) -> tensor<4x4xi16>",
            "'stablehlo.bitcast_convert' cannot convert tensor<4xf32> to tensor<4x4xi16>: the result needs the operand's shape and a trailing dimension of 2",
        );
    }

    #[test]
    fn attributes() {
        check("%0 = \"stablehlo.transpose\"(%a) : (tensor<2x3xf32>) -> tensor<3x2xf32>", "'stablehlo.transpose' needs attribute 'permutation'");
        check("%0 = \"stablehlo.transpose\"(%a) <{permutation = \"x\"}> : (tensor<2x3xf32>) -> tensor<3x2xf32>", "'stablehlo.transpose' attribute 'permutation' must be a list of integers");
        check("%0 = \"stablehlo.gather\"(%a, %i) <{slice_sizes = array<i64: 1>}> : (tensor<4xf32>, tensor<1xi32>) -> tensor<1xf32>", "'stablehlo.gather' needs attribute 'dimension_numbers'");
        check(
            "%0 = \"stablehlo.gather\"(%a, %i) <{dimension_numbers = #stablehlo.gather<offset_dims = 1>, slice_sizes = array<i64: 1>}> : (tensor<4xf32>, tensor<1xi32>) -> tensor<1xf32>",
            "'stablehlo.gather' field 'offset_dims' of 'dimension_numbers' must be a list of integers",
        );
        check(
            "%0 = \"stablehlo.dot_general\"(%a, %b) <{dot_dimension_numbers = 3}> : (tensor<4xf32>, tensor<4xf32>) -> tensor<f32>",
            "'stablehlo.dot_general' attribute 'dot_dimension_numbers' must be a #stablehlo.dot<...> attribute",
        );
    }

    #[test]
    fn tuples() {
        let t = Type::Tuple(vec![Type::tensor(vec![4], ElemType::F32), Type::tensor(vec![], ElemType::I32)]);
        let tuple = Op::new("stablehlo.tuple", vec![ValueId(0), ValueId(1)], vec![ValueId(2)]);
        let Type::Tuple(items) = &t else { unreachable!() };
        assert_eq!(infer_result_types(&tuple, items), Ok(vec![t.clone()]));
        let mut get = Op::new("stablehlo.get_tuple_element", vec![ValueId(0)], vec![ValueId(1)]);
        get.set_attr("index", crate::attr::Attr::i64(1));
        assert_eq!(infer_result_types(&get, std::slice::from_ref(&t)), Ok(vec![Type::tensor(vec![], ElemType::I32)]));
        get.set_attr("index", crate::attr::Attr::i64(2));
        assert_eq!(infer_result_types(&get, &[t]).unwrap_err().message, "'stablehlo.get_tuple_element' index 2 is out of range for a tuple of 2 element(s)");
    }

    #[test]
    fn constants_and_iota() {
        check("%0 = stablehlo.constant dense<1.0> : tensor<2xf32>", "ok");
        check("%0 = stablehlo.iota dim = 1 : tensor<2x3xi32>", "ok");
        check("%0 = stablehlo.iota dim = 2 : tensor<2x3xi32>", "'stablehlo.iota' iota_dimension 2 is out of range for rank 2");
        check_infer("%0 = stablehlo.iota dim = 0 : tensor<4xi32>", "Unsupported: 'stablehlo.iota' result types cannot be inferred: the producer chooses them");
    }

    #[test]
    fn broadcast_reshape_transpose() {
        check("%0 = stablehlo.broadcast_in_dim %a, dims = [0, 2] : (tensor<4x1xf32>) -> tensor<4x3x5xf32>", "ok");
        check("%0 = stablehlo.broadcast_in_dim %a, dims = [2, 0] : (tensor<5x4xf32>) -> tensor<4x3x5xf32>", "ok");
        check(
            "%0 = stablehlo.broadcast_in_dim %a, dims = [0, 1] : (tensor<4x2xf32>) -> tensor<4x3x5xf32>",
            "'stablehlo.broadcast_in_dim' operand dimension 1 has size 2 but result dimension 1 has size 3 (it must be 1 or equal)",
        );
        check("%0 = stablehlo.broadcast_in_dim %a, dims = [0, 0] : (tensor<4x1xf32>) -> tensor<4x3xf32>", "'stablehlo.broadcast_in_dim' broadcast dimension 0 appears twice");
        check("%0 = stablehlo.broadcast_in_dim %a, dims = [0] : (tensor<4x1xf32>) -> tensor<4x3xf32>", "'stablehlo.broadcast_in_dim' has 1 broadcast dimension(s) for an operand of rank 2");
        check("%0 = stablehlo.broadcast_in_dim %a, dims = [0, 3] : (tensor<4x1xf32>) -> tensor<4x3xf32>", "'stablehlo.broadcast_in_dim' broadcast dimension 3 is out of range for rank 2");
        check("%0 = stablehlo.reshape %a : (tensor<2x3xf32>) -> tensor<6x1xf32>", "ok");
        check("%0 = stablehlo.reshape %a : (tensor<2x3xf32>) -> tensor<5xf32>", "'stablehlo.reshape' cannot reshape 6 elements (tensor<2x3xf32>) into 5 (tensor<5xf32>)");
        check("%0 = stablehlo.reshape %a : (tensor<2x3xf32>) -> tensor<6xf16>", "'stablehlo.reshape' result element type f16 differs from the operand's f32");
        check("%0 = stablehlo.transpose %a, dims = [1, 0] : (tensor<2x3xf32>) -> tensor<3x2xf32>", "ok");
        check("%0 = stablehlo.transpose %a, dims = [1, 1] : (tensor<2x3xf32>) -> tensor<3x2xf32>", "'stablehlo.transpose' permutation entry 1 appears twice");
        check("%0 = stablehlo.transpose %a, dims = [0] : (tensor<2x3xf32>) -> tensor<2xf32>", "'stablehlo.transpose' permutation [0] is not a permutation of the 2 operand dimensions");
        check_infer("%0 = stablehlo.transpose %a, dims = [2, 0, 1] : (tensor<2x3x4xf32>) -> tensor<4x2x3xf32>", "tensor<4x2x3xf32>");
        check("%0 = stablehlo.reverse %a, dims = [0, 1] : tensor<3x3xf32>", "ok");
        check("%0 = stablehlo.reverse %a, dims = [2] : tensor<3x3xf32>", "'stablehlo.reverse' dimension 2 is out of range for rank 2");
    }

    #[test]
    fn dot_general() {
        check("%0 = stablehlo.dot_general %a, %b, contracting_dims = [1] x [0] : (tensor<4x16xf32>, tensor<16x8xf32>) -> tensor<4x8xf32>", "ok");
        check("%0 = stablehlo.dot_general %a, %b, batching_dims = [0] x [0], contracting_dims = [2] x [1] : (tensor<4x4x16xf32>, tensor<4x16x32xf32>) -> tensor<4x4x32xf32>", "ok");
        check(
            "%0 = stablehlo.dot_general %a, %b, contracting_dims = [1] x [0] : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<8x4xf32>",
            "'stablehlo.dot_general' contracting dimension sizes differ: 4 (lhs dim 1) vs 8 (rhs dim 0)",
        );
        check(
            "%0 = stablehlo.dot_general %a, %b, contracting_dims = [2] x [0] : (tensor<4x16xf32>, tensor<16x8xf32>) -> tensor<4x8xf32>",
            "'stablehlo.dot_general' lhs contracting dimension 2 is out of range for rank 2",
        );
        check(
            "%0 = stablehlo.dot_general %a, %b, contracting_dims = [1] x [0, 1] : (tensor<4x16xf32>, tensor<16x8xf32>) -> tensor<4x8xf32>",
            "'stablehlo.dot_general' has 1 lhs but 2 rhs contracting dimensions",
        );
        check(
            "%0 = stablehlo.dot_general %a, %b, batching_dims = [0] x [0], contracting_dims = [0] x [1] : (tensor<4x4x16xf32>, tensor<4x16x32xf32>) -> tensor<4x4x32xf32>",
            "'stablehlo.dot_general' lhs dimension 0 is both a batching and a contracting dimension",
        );
        check(
            "%0 = stablehlo.dot_general %a, %b, batching_dims = [0] x [0], contracting_dims = [2] x [1] : (tensor<2x4x16xf32>, tensor<4x16x32xf32>) -> tensor<2x4x32xf32>",
            "'stablehlo.dot_general' batching dimension sizes differ: 2 (lhs dim 0) vs 4 (rhs dim 0)",
        );
        check(
            "%0 = stablehlo.dot_general %a, %b, contracting_dims = [1] x [0] : (tensor<4x16xf32>, tensor<16x8xf32>) -> tensor<8x4xf32>",
            "'stablehlo.dot_general' result #0 has type tensor<8x4xf32>, expected tensor<4x8xf32>",
        );
        // The producer picks the result element type (JAX's preferred_element_type).
        check("%0 = stablehlo.dot_general %a, %b, contracting_dims = [1] x [0] : (tensor<4x16xbf16>, tensor<16x8xbf16>) -> tensor<4x8xf32>", "ok");
        check_infer("%0 = stablehlo.dot_general %a, %b, contracting_dims = [0] x [0] : (tensor<16x4xbf16>, tensor<16x8xbf16>) -> tensor<4x8xbf16>", "tensor<4x8xbf16>");
        check("%0 = stablehlo.dot %a, %b : (tensor<4x16xf32>, tensor<16xf32>) -> tensor<4xf32>", "ok");
        check("%0 = stablehlo.dot %a, %b : (tensor<4x16xf32>, tensor<8xf32>) -> tensor<4xf32>", "'stablehlo.dot' contracting dimension sizes differ: 16 (lhs dim 1) vs 8 (rhs dim 0)");
    }

    #[test]
    fn convolution() {
        let conv = |dims: &str, window: &str, attrs: &str, types: &str| format!("%0 = stablehlo.convolution(%a, %b) dim_numbers = {dims}, window = {{{window}}} {{{attrs}}} : {types}");
        let nhwc = "[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]";
        let groups = "batch_group_count = 1 : i64, feature_group_count = 1 : i64";
        check(&conv(nhwc, "stride = [1, 1], pad = [[1, 1], [1, 1]]", groups, "(tensor<2x8x8x3xf32>, tensor<3x3x3x16xf32>) -> tensor<2x8x8x16xf32>"), "ok");
        check(&conv(nhwc, "stride = [2, 2]", groups, "(tensor<2x8x8x3xf32>, tensor<3x3x3x16xf32>) -> tensor<2x3x3x16xf32>"), "ok");
        check(
            &conv(
                "[f, 0, 1, b]x[i, 0, 1, o]->[0, 1, b, f]",
                "stride = [1, 1], pad = [[0, 0], [0, 0]], lhs_dilate = [1, 1], rhs_dilate = [1, 1], reverse = [false, false]",
                groups,
                "(tensor<2x10x10x3xf32>, tensor<2x8x8x8xf32>) -> tensor<3x3x3x8xf32>",
            ),
            "ok",
        );
        check(
            &conv(nhwc, "stride = [1, 1]", groups, "(tensor<2x8x8x3xf32>, tensor<3x3x4x16xf32>) -> tensor<2x6x6x16xf32>"),
            "'stablehlo.convolution' input feature dimension size 3 divided by feature_group_count 1 is 3 but the kernel input feature dimension size is 4",
        );
        check(
            &conv(nhwc, "stride = [1, 1]", groups, "(tensor<2x8x8x3xf32>, tensor<3x3x3x16xf32>) -> tensor<2x8x8x16xf32>"),
            "'stablehlo.convolution' result #0 has type tensor<2x8x8x16xf32>, expected tensor<2x6x6x16xf32>",
        );
        check(&conv(nhwc, "stride = [0, 1]", groups, "(tensor<2x8x8x3xf32>, tensor<3x3x3x16xf32>) -> tensor<2x6x6x16xf32>"), "'stablehlo.convolution' window_strides must be positive, got [0, 1]");
        // Depthwise: 4 groups of 1 input feature, 2 outputs each.
        check(&conv(nhwc, "stride = [1, 1]", "batch_group_count = 1 : i64, feature_group_count = 4 : i64", "(tensor<2x8x8x4xf32>, tensor<3x3x1x8xf32>) -> tensor<2x6x6x8xf32>"), "ok");
        check(
            &conv(nhwc, "stride = [1, 1]", "batch_group_count = 2 : i64, feature_group_count = 2 : i64", "(tensor<2x8x8x4xf32>, tensor<3x3x2x8xf32>) -> tensor<1x6x6x8xf32>"),
            "'stablehlo.convolution' feature_group_count 2 and batch_group_count 2 cannot both exceed 1",
        );
        check(
            &conv("[b, 0, 1, f]x[0, 1, i, o]->[b, 0, f]", "stride = [1, 1]", groups, "(tensor<2x8x8x3xf32>, tensor<3x3x3x16xf32>) -> tensor<2x6x16xf32>"),
            "'stablehlo.convolution' has 2 input, 2 kernel and 1 output spatial dimensions; rank 4 needs 2 each",
        );
    }

    #[test]
    fn reduce() {
        check("%0 = stablehlo.reduce(%a init: %i) applies stablehlo.add across dimensions = [1] : (tensor<4x8xf32>, tensor<f32>) -> tensor<4xf32>", "ok");
        check(
            "%0 = stablehlo.reduce(%a init: %i) applies stablehlo.add across dimensions = [1] : (tensor<4x8xf32>, tensor<f32>) -> tensor<8xf32>",
            "'stablehlo.reduce' result #0 has type tensor<8xf32>, expected tensor<4xf32>",
        );
        check(
            "%0 = stablehlo.reduce(%a init: %i) applies stablehlo.add across dimensions = [2] : (tensor<4x8xf32>, tensor<f32>) -> tensor<4xf32>",
            "'stablehlo.reduce' dimension 2 is out of range for rank 2",
        );
        check(
            "%0 = stablehlo.reduce(%a init: %i) applies stablehlo.add across dimensions = [1] : (tensor<4x8xf32>, tensor<2xf32>) -> tensor<4xf32>",
            "'stablehlo.reduce' init value #0 must be a scalar tensor<f32>, got tensor<2xf32>",
        );
        check(
            "%0:2 = stablehlo.reduce(%a init: %i), (%b init: %j) across dimensions = [1] : (tensor<16x4xf32>, tensor<16x4xi32>, tensor<f32>, tensor<i32>) -> (tensor<16xf32>, tensor<16xi32>)
              reducer(%x: tensor<f32>, %y: tensor<f32>) (%p: tensor<i32>, %q: tensor<i32>) {
               %1 = stablehlo.maximum %x, %y : tensor<f32>
               %2 = stablehlo.minimum %p, %q : tensor<i32>
               stablehlo.return %1, %2 : tensor<f32>, tensor<i32>
              }",
            "ok",
        );
        check(
            "%0 = stablehlo.reduce(%a init: %i) across dimensions = [0] : (tensor<4xf32>, tensor<f32>) -> tensor<f32>
              reducer(%x: tensor<f32>, %y: tensor<f32>) {
               %1 = stablehlo.compare LT, %x, %y : (tensor<f32>, tensor<f32>) -> tensor<i1>
               stablehlo.return %1 : tensor<i1>
              }",
            "'stablehlo.reduce' reducer returns (tensor<i1>) but must return (tensor<f32>)",
        );
        check(
            "%0 = stablehlo.reduce(%a init: %i) across dimensions = [0] : (tensor<4xf32>, tensor<f32>) -> tensor<f32>
              reducer(%x: tensor<f32>, %y: tensor<i32>) {
               stablehlo.return %x : tensor<f32>
              }",
            "'stablehlo.reduce' reducer takes (tensor<f32>, tensor<i32>) but must take (tensor<f32>, tensor<f32>)",
        );
        check_infer("%0 = stablehlo.reduce(%a init: %i) applies stablehlo.add across dimensions = [0, 2] : (tensor<2x3x4xf32>, tensor<f32>) -> tensor<3xf32>", "tensor<3xf32>");
    }

    #[test]
    fn windows() {
        let rw = |attrs: &str, types: &str| {
            format!(
                "%0 = \"stablehlo.reduce_window\"(%a, %i) <{{{attrs}}}> ({{
                 ^bb0(%x: tensor<f32>, %y: tensor<f32>):
                   %1 = stablehlo.add %x, %y : tensor<f32>
                   stablehlo.return %1 : tensor<f32>
                 }}) : {types}"
            )
        };
        check(&rw("padding = dense<[[15, 0], [0, 0]]> : tensor<2x2xi64>, window_dimensions = array<i64: 16, 1>", "(tensor<16x4xf32>, tensor<f32>) -> tensor<16x4xf32>"), "ok");
        check(&rw("window_dimensions = array<i64: 1, 2, 2, 1>, window_strides = array<i64: 1, 2, 2, 1>", "(tensor<2x8x8x3xf32>, tensor<f32>) -> tensor<2x4x4x3xf32>"), "ok");
        check(&rw("window_dimensions = array<i64: 1, 2, 2>", "(tensor<2x8x8x3xf32>, tensor<f32>) -> tensor<2x4x4x3xf32>"), "'stablehlo.reduce_window' window_dimensions has 3 entries for rank 4");
        check(
            &rw("window_dimensions = array<i64: 1, 2, 2, 1>", "(tensor<2x8x8x3xf32>, tensor<f32>) -> tensor<2x4x4x3xf32>"),
            "'stablehlo.reduce_window' result #0 has type tensor<2x4x4x3xf32>, expected tensor<2x7x7x3xf32>",
        );
        let sas = |types: &str| {
            format!(
                "%0 = \"stablehlo.select_and_scatter\"(%a, %s, %i) <{{padding = dense<0> : tensor<4x2xi64>, window_dimensions = array<i64: 1, 2, 2, 1>, window_strides = array<i64: 1, 2, 2, 1>}}> ({{
                 ^bb0(%x: tensor<f32>, %y: tensor<f32>):
                   %1 = stablehlo.compare GE, %x, %y, FLOAT : (tensor<f32>, tensor<f32>) -> tensor<i1>
                   stablehlo.return %1 : tensor<i1>
                 }}, {{
                 ^bb0(%x: tensor<f32>, %y: tensor<f32>):
                   %1 = stablehlo.add %x, %y : tensor<f32>
                   stablehlo.return %1 : tensor<f32>
                 }}) : {types}"
            )
        };
        check(&sas("(tensor<2x8x8x8xf32>, tensor<2x4x4x8xf32>, tensor<f32>) -> tensor<2x8x8x8xf32>"), "ok");
        check(
            &sas("(tensor<2x8x8x8xf32>, tensor<2x4x3x8xf32>, tensor<f32>) -> tensor<2x8x8x8xf32>"),
            "'stablehlo.select_and_scatter' source has type tensor<2x4x3x8xf32> but the windows of the operand give tensor<2x4x4x8xf32>",
        );
    }

    #[test]
    fn slicing() {
        check("%0 = stablehlo.slice %a [0:2, 0:8, 0:16] : (tensor<2x8x48xf32>) -> tensor<2x8x16xf32>", "ok");
        check("%0 = stablehlo.slice %a [0:2, 1:8:2] : (tensor<2x8xf32>) -> tensor<2x4xf32>", "ok");
        check("%0 = stablehlo.slice %a [0:2, 4:9] : (tensor<2x8xf32>) -> tensor<2x5xf32>", "'stablehlo.slice' dimension 1: limit 9 is outside 4..=8");
        check("%0 = stablehlo.slice %a [0:2, 0:8:0] : (tensor<2x8xf32>) -> tensor<2x8xf32>", "'stablehlo.slice' dimension 1: stride 0 must be positive");
        check("%0 = stablehlo.dynamic_slice %a, %i, %j, sizes = [1, 16] : (tensor<4x16xf32>, tensor<i32>, tensor<i32>) -> tensor<1x16xf32>", "ok");
        check(
            "%0 = stablehlo.dynamic_slice %a, %i, %j, sizes = [1, 17] : (tensor<4x16xf32>, tensor<i32>, tensor<i32>) -> tensor<1x17xf32>",
            "'stablehlo.dynamic_slice' slice size 17 of dimension 1 is outside 0..=16",
        );
        check(
            "%0 = stablehlo.dynamic_slice %a, %i, sizes = [1, 16] : (tensor<4x16xf32>, tensor<i32>) -> tensor<1x16xf32>",
            "'stablehlo.dynamic_slice' takes 1 start index per operand dimension (2), got 1",
        );
        check(
            "%0 = stablehlo.dynamic_slice %a, %i, %j, sizes = [1, 16] : (tensor<4x16xf32>, tensor<i32>, tensor<f32>) -> tensor<1x16xf32>",
            "'stablehlo.dynamic_slice' start index #1 must be an integer scalar, got tensor<f32>",
        );
        check("%0 = stablehlo.dynamic_update_slice %a, %u, %i, %j : (tensor<4x16xf32>, tensor<1x16xf32>, tensor<i32>, tensor<i32>) -> tensor<4x16xf32>", "ok");
        check(
            "%0 = stablehlo.dynamic_update_slice %a, %u, %i, %j : (tensor<4x16xf32>, tensor<5x16xf32>, tensor<i32>, tensor<i32>) -> tensor<4x16xf32>",
            "'stablehlo.dynamic_update_slice' update tensor<5x16xf32> does not fit in the operand tensor<4x16xf32>",
        );
        check("%0 = stablehlo.concatenate %a, %b, dim = 1 : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<8x8xf32>", "ok");
        check(
            "%0 = stablehlo.concatenate %a, %b, dim = 1 : (tensor<8x4xf32>, tensor<7x4xf32>) -> tensor<15x8xf32>",
            "'stablehlo.concatenate' operand #1 has type tensor<7x4xf32>, which differs from operand #0 tensor<8x4xf32> outside dimension 1",
        );
        check("%0 = stablehlo.concatenate %a, %b, dim = 2 : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<8x8xf32>", "'stablehlo.concatenate' dimension 2 is out of range for rank 2");
        check("%0 = stablehlo.pad %a, %v, low = [0, 0, 0], high = [0, 7, 0], interior = [0, 0, 0] : (tensor<2x1x16xf32>, tensor<f32>) -> tensor<2x8x16xf32>", "ok");
        check("%0 = stablehlo.pad %a, %v, low = [-1, 0], high = [0, 1], interior = [0, 1] : (tensor<3x3xf32>, tensor<f32>) -> tensor<2x6xf32>", "ok");
        check(
            "%0 = stablehlo.pad %a, %v, low = [0, 0], high = [0, 0], interior = [0, -1] : (tensor<3x3xf32>, tensor<f32>) -> tensor<3x3xf32>",
            "'stablehlo.pad' interior padding must not be negative, got [0, -1]",
        );
        check(
            "%0 = stablehlo.pad %a, %v, low = [-4, 0], high = [0, 0], interior = [0, 0] : (tensor<3x3xf32>, tensor<f32>) -> tensor<3x3xf32>",
            "'stablehlo.pad' padding makes dimension 0 negative (-1)",
        );
    }

    #[test]
    fn gather_and_scatter() {
        let gather = |dims: &str, sizes: &str, types: &str| {
            format!("%0 = \"stablehlo.gather\"(%a, %i) <{{dimension_numbers = #stablehlo.gather<{dims}>, indices_are_sorted = false, slice_sizes = array<i64: {sizes}>}}> : {types}")
        };
        check(&gather("offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1", "1, 4", "(tensor<16x4xf32>, tensor<16x1xi32>) -> tensor<16x4xf32>"), "ok");
        check(
            &gather(
                "collapsed_slice_dims = [1], operand_batching_dims = [0], start_indices_batching_dims = [0], start_index_map = [1], index_vector_dim = 2",
                "1, 1",
                "(tensor<2x3xf32>, tensor<2x1x1xi32>) -> tensor<2x1xf32>",
            ),
            "ok",
        );
        check(&gather("offset_dims = [0], collapsed_slice_dims = [1], start_index_map = [1]", "2, 1", "(tensor<2x1xf32>, tensor<1xi32>) -> tensor<2xf32>"), "ok");
        check(
            &gather("offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1", "2, 4", "(tensor<16x4xf32>, tensor<16x1xi32>) -> tensor<16x4xf32>"),
            "'stablehlo.gather' collapsed dimension 0 has slice size 2, expected at most 1",
        );
        check(
            &gather("offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0, 1], index_vector_dim = 1", "1, 4", "(tensor<16x4xf32>, tensor<16x1xi32>) -> tensor<16x4xf32>"),
            "'stablehlo.gather' start_index_map has 2 entries but the index vector has 1",
        );
        check(
            &gather("offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1", "1, 4", "(tensor<16x4xf32>, tensor<16x1xi32>) -> tensor<4x16xf32>"),
            "'stablehlo.gather' result #0 has type tensor<4x16xf32>, expected tensor<16x4xf32>",
        );
        let scatter = |dims: &str, types: &str| {
            format!(
                "%0 = \"stablehlo.scatter\"(%a, %i, %u) <{{indices_are_sorted = false, scatter_dimension_numbers = #stablehlo.scatter<{dims}>, unique_indices = false}}> ({{
                 ^bb0(%x: tensor<f32>, %y: tensor<f32>):
                   %1 = stablehlo.add %x, %y : tensor<f32>
                   stablehlo.return %1 : tensor<f32>
                 }}) : {types}"
            )
        };
        check(&scatter("update_window_dims = [0], inserted_window_dims = [1], scatter_dims_to_operand_dims = [1]", "(tensor<2x1xf32>, tensor<1xi32>, tensor<2xf32>) -> tensor<2x1xf32>"), "ok");
        check(
            &scatter(
                "inserted_window_dims = [1], input_batching_dims = [0], scatter_indices_batching_dims = [0], scatter_dims_to_operand_dims = [1], index_vector_dim = 2",
                "(tensor<2x3xf32>, tensor<2x1x1xi32>, tensor<2x1xf32>) -> tensor<2x3xf32>",
            ),
            "ok",
        );
        check(
            &scatter(
                "update_window_dims = [1], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1",
                "(tensor<16x4xf32>, tensor<16x1xi32>, tensor<16x4xf32>) -> tensor<16x4xf32>",
            ),
            "ok",
        );
        check(
            &scatter(
                "update_window_dims = [1], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1",
                "(tensor<16x4xf32>, tensor<16x1xi32>, tensor<8x4xf32>) -> tensor<16x4xf32>",
            ),
            "'stablehlo.scatter' update dimension 0 has size 8 but scatter indices dimension 0 has size 16",
        );
        check(
            &scatter(
                "update_window_dims = [1], inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1",
                "(tensor<16x4xf32>, tensor<16x1xi32>, tensor<16x5xf32>) -> tensor<16x4xf32>",
            ),
            "'stablehlo.scatter' update window dimension 1 has size 5, larger than input dimension 1 (4)",
        );
    }

    #[test]
    fn sort_and_control_flow() {
        let sort = |ret: &str| {
            format!(
                "%0:2 = \"stablehlo.sort\"(%a, %b) <{{dimension = 0 : i64, is_stable = true}}> ({{
                 ^bb0(%w: tensor<f32>, %x: tensor<f32>, %y: tensor<i32>, %z: tensor<i32>):
                   %1 = stablehlo.compare LT, %w, %x, TOTALORDER : (tensor<f32>, tensor<f32>) -> tensor<i1>
                   stablehlo.return {ret}
                 }}) : (tensor<16xf32>, tensor<16xi32>) -> (tensor<16xf32>, tensor<16xi32>)"
            )
        };
        check(&sort("%1 : tensor<i1>"), "ok");
        check(&sort("%w : tensor<f32>"), "'stablehlo.sort' comparator returns (tensor<f32>) but must return (tensor<i1>)");
        let while_ = |ret: &str| {
            format!(
                "%c = stablehlo.constant dense<0> : tensor<i32>
                 %0:2 = stablehlo.while(%k = %c, %x = %a) : tensor<i32>, tensor<4xf32>
                 cond {{
                   %b = stablehlo.constant dense<4> : tensor<i32>
                   %1 = stablehlo.compare LT, %k, %b, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
                   stablehlo.return {ret}
                 }} do {{
                   %one = stablehlo.constant dense<1> : tensor<i32>
                   %1 = stablehlo.add %k, %one : tensor<i32>
                   stablehlo.return %1, %x : tensor<i32>, tensor<4xf32>
                 }}"
            )
        };
        check(&while_("%1 : tensor<i1>"), "ok");
        check(&while_("%b : tensor<i32>"), "'stablehlo.while' cond returns (tensor<i32>) but must return (tensor<i1>)");
        check(
            "%0 = \"stablehlo.if\"(%p) ({
               stablehlo.return %a : tensor<4xf32>
             }, {
               stablehlo.return %b : tensor<4xf32>
             }) : (tensor<i1>) -> tensor<4xf32>",
            "ok",
        );
        check(
            "%0 = \"stablehlo.if\"(%p) ({
               stablehlo.return %a : tensor<4xf32>
             }, {
               stablehlo.return %b : tensor<2xf32>
             }) : (tensor<i1>) -> tensor<4xf32>",
            "'stablehlo.if' branch #1 returns (tensor<2xf32>) but must return (tensor<4xf32>)",
        );
        check("%0:2 = stablehlo.optimization_barrier %a, %b : tensor<4xf32>, tensor<i32>", "ok");
        check("%0 = stablehlo.custom_call @foo(%a) : (tensor<4xf32>) -> tensor<2xf32>", "ok");
    }

    #[test]
    fn stablehlo_collectives() {
        const GROUPS: &str = "replica_groups = dense<[[0, 1], [2, 3]]> : tensor<2x2xi64>, channel_handle = #stablehlo.channel_handle<handle = 1, type = 1>, use_global_device_ids";
        let region = |ret: &str| format!("({{\n ^bb0(%x: tensor<f32>, %y: tensor<f32>):\n %1 = stablehlo.add %x, %y : tensor<f32>\n stablehlo.return {ret}\n }})");
        let all_reduce = |attrs: &str, ret: &str, types: &str| format!("%0 = \"stablehlo.all_reduce\"(%a) <{{{attrs}}}> {} : {types}", region(ret));
        check(&all_reduce(GROUPS, "%1 : tensor<f32>", "(tensor<4x8xf32>) -> tensor<4x8xf32>"), "ok");
        check(&all_reduce(GROUPS, "%1 : tensor<f32>", "(tensor<4x8xf32>) -> tensor<4x9xf32>"), "'stablehlo.all_reduce' result #0 has type tensor<4x9xf32>, expected tensor<4x8xf32>");
        check(&all_reduce(GROUPS, "%x : tensor<f32>", "(tensor<4x8xf32>) -> tensor<4x8xf32>"), "ok");
        check(
            &all_reduce("replica_groups = dense<[0, 1]> : tensor<2xi64>", "%1 : tensor<f32>", "(tensor<4x8xf32>) -> tensor<4x8xf32>"),
            "'stablehlo.all_reduce' attribute 'replica_groups' must be a rank-2 dense<...> : tensor<NxMxi64>",
        );
        check(
            &all_reduce("replica_groups = dense<[[0, 1], [1, 3]]> : tensor<2x2xi64>", "%1 : tensor<f32>", "(tensor<4x8xf32>) -> tensor<4x8xf32>"),
            "'stablehlo.all_reduce' replica_groups lists device 1 more than once or is negative",
        );
        check(
            &all_reduce(GROUPS, "%1 : tensor<f32>", "(tensor<4x8xi32>) -> tensor<4x8xi32>"),
            "'stablehlo.all_reduce' computation takes (tensor<f32>, tensor<f32>) but must take (tensor<i32>, tensor<i32>)",
        );
        check(&format!("%0 = \"stablehlo.all_gather\"(%a) <{{all_gather_dim = 1 : i64, {GROUPS}}}> : (tensor<4x8xf32>) -> tensor<4x16xf32>"), "ok");
        check(
            &format!("%0 = \"stablehlo.all_gather\"(%a) <{{all_gather_dim = 2 : i64, {GROUPS}}}> : (tensor<4x8xf32>) -> tensor<4x16xf32>"),
            "'stablehlo.all_gather' all_gather_dim 2 is out of range for rank 2",
        );
        check_infer(&format!("%0 = \"stablehlo.all_gather\"(%a) <{{all_gather_dim = 0 : i64, {GROUPS}}}> : (tensor<4x8xf32>) -> tensor<8x8xf32>"), "tensor<8x8xf32>");
        let scatter = |types: &str| format!("%0 = \"stablehlo.reduce_scatter\"(%a) <{{scatter_dimension = 0 : i64, {GROUPS}}}> {} : {types}", region("%1 : tensor<f32>"));
        check(&scatter("(tensor<4x8xf32>) -> tensor<2x8xf32>"), "ok");
        check(&scatter("(tensor<3x8xf32>) -> tensor<1x8xf32>"), "'stablehlo.reduce_scatter' dimension 0 of size 3 is not divisible by the group size 2");
        let a2a = |count: i64, types: &str| format!("%0 = \"stablehlo.all_to_all\"(%a) <{{concat_dimension = 0 : i64, {GROUPS}, split_count = {count} : i64, split_dimension = 1 : i64}}> : {types}");
        check(&a2a(2, "(tensor<4x8xf32>) -> tensor<8x4xf32>"), "ok");
        check(&a2a(4, "(tensor<4x8xf32>) -> tensor<8x4xf32>"), "'stablehlo.all_to_all' split_count 4 differs from the group size 2 of replica_groups");
        check("%0 = \"stablehlo.partition_id\"() : () -> tensor<ui32>", "ok");
        check("%0 = \"stablehlo.partition_id\"() : () -> tensor<i32>", "'stablehlo.partition_id' result #0 has type tensor<i32>, expected tensor<ui32>");
    }

    /// Every op of every exported model verifies, has finite non-negative costs, and its
    /// sharding rule (where it has one) is consistent with its types.
    #[test]
    fn fixtures_verify_cost_and_shard() {
        let mut ops = 0;
        let mut rules = 0;
        for (path, module) in fixture_modules() {
            for func in module.funcs() {
                func.walk(&mut |op| {
                    ops += 1;
                    let at = format!("{path}:{}:{}: '{}'", op.pos.line, op.pos.col, op.name);
                    if let Err(d) = verify_op(op, func) {
                        panic!("{at}: {}", d.message);
                    }
                    for (what, v) in [("flops", cost::flops(op, func)), ("bytes", cost::bytes_accessed(op, func)), ("transcendentals", cost::transcendentals(op, func))] {
                        assert!(v.is_finite() && v >= 0.0, "{at}: {what} = {v}");
                    }
                    if let Some(rule) = sharding::sharding_rule(op, func) {
                        rules += 1;
                        if let Err(e) = rule.verify(op, func) {
                            panic!("{at}: rule {} is invalid: {e}", rule.to_text());
                        }
                    }
                });
            }
        }
        assert!(ops > 5_000, "only {ops} ops in the fixtures");
        assert!(rules * 10 > ops * 9, "only {rules} of {ops} ops have a sharding rule");
    }
}
