//! The op catalogue: the single source of truth for what each supported op is.
//!
//! Per op: its operands and attributes and their shape/type rules ([`verify_op`]), its FLOP and
//! byte counts ([`cost`]), and its sharding rule ([`sharding`]): how operand dimensions map to
//! result dimensions. Later phases (cost model, strategy enumeration, partitioning, interpreter)
//! ask the catalogue rather than matching op names themselves.

use crate::diag::{DResult, Diag};
use crate::ir::{Func, Op};

/// Every op the compiler supports, fully qualified.
pub const OP_NAMES: &[&str] = &[
    "func.call",
    "func.return",
    "chlo.erf",
    "chlo.erfc",
    "chlo.square",
    "stablehlo.abs",
    "stablehlo.add",
    "stablehlo.and",
    "stablehlo.atan2",
    "stablehlo.bitcast_convert",
    "stablehlo.broadcast_in_dim",
    "stablehlo.case",
    "stablehlo.cbrt",
    "stablehlo.ceil",
    "stablehlo.clamp",
    "stablehlo.compare",
    "stablehlo.concatenate",
    "stablehlo.constant",
    "stablehlo.convert",
    "stablehlo.convolution",
    "stablehlo.cosine",
    "stablehlo.count_leading_zeros",
    "stablehlo.custom_call",
    "stablehlo.divide",
    "stablehlo.dot",
    "stablehlo.dot_general",
    "stablehlo.dynamic_slice",
    "stablehlo.dynamic_update_slice",
    "stablehlo.exponential",
    "stablehlo.exponential_minus_one",
    "stablehlo.floor",
    "stablehlo.gather",
    "stablehlo.get_tuple_element",
    "stablehlo.if",
    "stablehlo.iota",
    "stablehlo.is_finite",
    "stablehlo.log",
    "stablehlo.log_plus_one",
    "stablehlo.logistic",
    "stablehlo.maximum",
    "stablehlo.minimum",
    "stablehlo.multiply",
    "stablehlo.negate",
    "stablehlo.not",
    "stablehlo.optimization_barrier",
    "stablehlo.or",
    "stablehlo.pad",
    "stablehlo.popcnt",
    "stablehlo.power",
    "stablehlo.reduce",
    "stablehlo.reduce_precision",
    "stablehlo.reduce_window",
    "stablehlo.remainder",
    "stablehlo.reshape",
    "stablehlo.return",
    "stablehlo.reverse",
    "stablehlo.rng_bit_generator",
    "stablehlo.round_nearest_afz",
    "stablehlo.round_nearest_even",
    "stablehlo.rsqrt",
    "stablehlo.scatter",
    "stablehlo.select",
    "stablehlo.select_and_scatter",
    "stablehlo.shift_left",
    "stablehlo.shift_right_arithmetic",
    "stablehlo.shift_right_logical",
    "stablehlo.sign",
    "stablehlo.sine",
    "stablehlo.slice",
    "stablehlo.sort",
    "stablehlo.sqrt",
    "stablehlo.subtract",
    "stablehlo.tan",
    "stablehlo.tanh",
    "stablehlo.transpose",
    "stablehlo.tuple",
    "stablehlo.while",
    "stablehlo.xor",
];

/// Whether `name` is a supported op.
pub fn is_supported(name: &str) -> bool {
    OP_NAMES.contains(&name)
}

/// Checks one op's operands, attributes, regions and result types against its rules.
/// Errors are located at the op and name it.
pub fn verify_op(op: &Op, _func: &Func) -> DResult<()> {
    if !is_supported(&op.name) {
        return Err(Diag::unsupported(op.pos, format!("unsupported op '{}'", op.name)));
    }
    Ok(())
}
