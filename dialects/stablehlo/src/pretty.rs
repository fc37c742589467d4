//! Op-specific pretty syntax: for every op whose StableHLO/func/CHLO assembly format JAX prints,
//! how to parse it into the canonical attributes of the generic form and how to print it back.
//! Parse and print of one syntax sit side by side so they cannot drift apart.
//!
//! Ops not listed here parse only in generic form and always print in generic form, which MLIR
//! accepts anywhere in a pretty file too.

use crate::attr::Attr;
use crate::diag::{DResult, Diag};
use crate::ir::{Func, Op, Pos, ValueId};
use crate::parse::Parser;
use crate::print::Printer;
use crate::shard;
use crate::types::Type;

/// The syntax family of a pretty-printed op.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Syntax {
    /// `op %a, %b : T` when all types agree, else `op %a, %b : (T, T) -> T`.
    SameType,
    /// `op %a : (T) -> T` (always a function type).
    FuncType,
    /// CHLO unary ops: `op %a : T -> T`.
    Chlo,
    Constant,
    Iota,
    BroadcastInDim,
    Transpose,
    Reverse,
    DotGeneral,
    Dot,
    Compare,
    Select,
    Slice,
    DynamicSlice,
    Concatenate,
    Pad,
    Reduce,
    While,
    Return,
    Call,
    CustomCall,
    Convolution,
    GetTupleElement,
    Tuple,
    OptimizationBarrier,
    ReducePrecision,
    RngBitGenerator,
    /// `sdy.mesh @name = <["x"=2, ...]> {attrs}` (a top-level op).
    SdyMesh,
    /// `sdy.sharding_constraint %x <@mesh, [{"x"}, {}]> : T`.
    SdyShardingConstraint,
    /// `shard.grid @g(shape = 2x4)` (a top-level op).
    ShardGrid,
    /// `shard.sharding @g split_axes = [[0], [1]] : !shard.sharding`.
    ShardSharding,
    /// `shard.shard %t to %s annotate_for_users : T`.
    ShardShard,
    /// `shard.all_gather %t on @g grid_axes = [1] gather_axis = 1 : T -> T` and the other
    /// collectives ([`shard::Collective`]).
    ShardCollective,
    /// `shard.process_multi_index on @g axes = [0] : index` and `shard.process_linear_index`.
    ShardProcessIndex,
}

/// The pretty syntax of `name`, if it has one.
fn syntax_of(name: &str) -> Option<Syntax> {
    use Syntax::*;
    Some(match name {
        "stablehlo.abs" | "stablehlo.add" | "stablehlo.and" | "stablehlo.atan2" | "stablehlo.cbrt" | "stablehlo.ceil" | "stablehlo.cosine"
        | "stablehlo.count_leading_zeros" | "stablehlo.divide" | "stablehlo.exponential" | "stablehlo.exponential_minus_one"
        | "stablehlo.floor" | "stablehlo.log" | "stablehlo.log_plus_one" | "stablehlo.logistic" | "stablehlo.maximum"
        | "stablehlo.minimum" | "stablehlo.multiply" | "stablehlo.negate" | "stablehlo.not" | "stablehlo.or" | "stablehlo.popcnt"
        | "stablehlo.power" | "stablehlo.remainder" | "stablehlo.round_nearest_afz" | "stablehlo.round_nearest_even"
        | "stablehlo.rsqrt" | "stablehlo.shift_left" | "stablehlo.shift_right_arithmetic" | "stablehlo.shift_right_logical"
        | "stablehlo.sign" | "stablehlo.sine" | "stablehlo.sqrt" | "stablehlo.subtract" | "stablehlo.tan" | "stablehlo.tanh"
        | "stablehlo.xor" | "stablehlo.clamp" | "stablehlo.convert" | "stablehlo.is_finite" | "stablehlo.real" | "stablehlo.imag" => SameType,
        "stablehlo.reshape" | "stablehlo.bitcast_convert" | "stablehlo.dynamic_update_slice" => FuncType,
        "chlo.erf" | "chlo.erfc" | "chlo.erf_inv" | "chlo.lgamma" | "chlo.digamma" | "chlo.tan" | "chlo.sinh" | "chlo.cosh"
        | "chlo.asin" | "chlo.acos" | "chlo.atan" | "chlo.asinh" | "chlo.acosh" | "chlo.atanh" | "chlo.square" => Chlo,
        "stablehlo.constant" => Constant,
        "stablehlo.iota" => Iota,
        "stablehlo.broadcast_in_dim" => BroadcastInDim,
        "stablehlo.transpose" => Transpose,
        "stablehlo.reverse" => Reverse,
        "stablehlo.dot_general" => DotGeneral,
        "stablehlo.dot" => Dot,
        "stablehlo.compare" => Compare,
        "stablehlo.select" => Select,
        "stablehlo.slice" => Slice,
        "stablehlo.dynamic_slice" => DynamicSlice,
        "stablehlo.concatenate" => Concatenate,
        "stablehlo.pad" => Pad,
        "stablehlo.reduce" => Reduce,
        "stablehlo.while" => While,
        "stablehlo.return" | "func.return" => Return,
        "func.call" => Call,
        "stablehlo.custom_call" => CustomCall,
        "stablehlo.convolution" => Convolution,
        "stablehlo.get_tuple_element" => GetTupleElement,
        "stablehlo.tuple" => Tuple,
        "stablehlo.optimization_barrier" => OptimizationBarrier,
        "stablehlo.reduce_precision" => ReducePrecision,
        "stablehlo.rng_bit_generator" => RngBitGenerator,
        "sdy.mesh" => SdyMesh,
        "sdy.sharding_constraint" => SdyShardingConstraint,
        "shard.grid" => ShardGrid,
        "shard.sharding" => ShardSharding,
        "shard.shard" => ShardShard,
        shard::ALL_REDUCE_OP | shard::ALL_GATHER_OP | shard::REDUCE_SCATTER_OP | shard::ALL_TO_ALL_OP | shard::ALL_SLICE_OP | shard::SHIFT_OP | shard::SEND_OP | shard::RECV_OP => ShardCollective,
        shard::PROCESS_MULTI_INDEX_OP | shard::PROCESS_LINEAR_INDEX_OP => ShardProcessIndex,
        _ => return None,
    })
}

/// Every op name with a pretty syntax (for docs and tests).
pub fn pretty_ops() -> Vec<&'static str> {
    crate::catalogue::OP_NAMES.iter().copied().filter(|n| syntax_of(n).is_some()).collect()
}

fn precision_attr(names: &[String]) -> Attr {
    Attr::Array(names.iter().map(|n| Attr::stablehlo_enum("precision", n)).collect())
}

fn int_array(values: Vec<i64>) -> Attr {
    Attr::Array(values.into_iter().map(|v| Attr::Int { value: v as i128, ty: None }).collect())
}

/// Parses the pretty form of `name` after the op name; the caller binds results.
pub fn parse_pretty(p: &mut Parser, name: &str, num_results: usize, pos: Pos) -> DResult<Op> {
    let Some(syntax) = syntax_of(name) else {
        return Err(Diag::unsupported(pos, format!("unknown op '{name}'")));
    };
    let mut op = Op::new(name, Vec::new(), Vec::new());
    op.pos = pos;
    use Syntax::*;
    match syntax {
        SameType | FuncType | Chlo => {
            op.operands = p.operand_list()?;
            attr_dict(p, &mut op)?;
            p.expect(":")?;
            let tpos = p.pos();
            let results = if syntax == Chlo {
                let ins = p.type_list_bare()?;
                p.expect("->")?;
                let outs = p.result_types()?;
                p.check_operand_types(name, &op.operands, &ins, tpos)?;
                outs
            } else if p.peek("(") {
                let (ins, outs) = p.function_type()?;
                p.check_operand_types(name, &op.operands, &ins, tpos)?;
                outs
            } else {
                if syntax == FuncType {
                    return p.err(format!("expected a function type for '{name}'"));
                }
                let t = p.ty()?;
                let ins = vec![t.clone(); op.operands.len()];
                p.check_operand_types(name, &op.operands, &ins, tpos)?;
                vec![t; num_results.max(1)]
            };
            finish(p, op, results)
        }
        Constant => {
            attr_dict(p, &mut op)?;
            let value = p.attr()?;
            let Attr::Dense { ty, .. } = &value else {
                return p.err("expected a dense literal for 'stablehlo.constant'");
            };
            let ty = ty.clone();
            op.attrs.push(("value".into(), value));
            finish(p, op, vec![ty])
        }
        Iota => {
            p.expect_kw("dim")?;
            p.expect("=")?;
            let d = p.int()?;
            op.attrs.push(("iota_dimension".into(), Attr::i64(d)));
            attr_dict(p, &mut op)?;
            p.expect(":")?;
            let t = p.ty()?;
            finish(p, op, vec![t])
        }
        BroadcastInDim | Transpose | Reverse => {
            op.operands = vec![p.operand()?];
            p.expect(",")?;
            p.expect_kw("dims")?;
            p.expect("=")?;
            let dims = p.int_list()?;
            let key = match syntax {
                BroadcastInDim => "broadcast_dimensions",
                Transpose => "permutation",
                _ => "dimensions",
            };
            op.attrs.push((key.into(), Attr::dense_i64(dims)));
            attr_dict(p, &mut op)?;
            if syntax == Reverse {
                // `: T` when operand and result agree, else a function type.
                p.expect(":")?;
                let tpos = p.pos();
                if !p.peek("(") {
                    let t = p.ty()?;
                    p.check_operand_types(name, &op.operands, std::slice::from_ref(&t), tpos)?;
                    return finish(p, op, vec![t]);
                }
                let (ins, outs) = p.function_type()?;
                p.check_operand_types(name, &op.operands, &ins, tpos)?;
                return finish(p, op, outs);
            }
            typed_tail(p, op, num_results)
        }
        DotGeneral | Dot => {
            op.operands = vec![p.operand()?];
            p.expect(",")?;
            op.operands.push(p.operand()?);
            let mut fields = Vec::new();
            while p.eat(",") {
                let key = p.ident()?;
                p.expect("=")?;
                match key.as_str() {
                    "batching_dims" | "contracting_dims" => {
                        let lhs = p.int_list()?;
                        p.expect_kw("x")?;
                        let rhs = p.int_list()?;
                        let prefix = if key == "batching_dims" { "batching" } else { "contracting" };
                        fields.push((format!("lhs_{prefix}_dimensions"), int_array(lhs)));
                        fields.push((format!("rhs_{prefix}_dimensions"), int_array(rhs)));
                    }
                    "precision" => {
                        p.expect("[")?;
                        let mut names = Vec::new();
                        while !p.eat("]") {
                            names.push(p.ident()?);
                            p.eat(",");
                        }
                        op.attrs.push(("precision_config".into(), precision_attr(&names)));
                    }
                    "algorithm" => {
                        let raw = p.balanced('<', '>')?;
                        op.attrs.push(("algorithm".into(), Attr::Opaque(format!("#stablehlo.dot_algorithm{raw}"))));
                    }
                    other => return p.err(format!("unexpected '{other}' in '{name}'")),
                }
            }
            if syntax == DotGeneral {
                // Canonical field order as the generic form prints it.
                let order = ["lhs_batching_dimensions", "rhs_batching_dimensions", "lhs_contracting_dimensions", "rhs_contracting_dimensions"];
                fields.sort_by_key(|(k, _)| order.iter().position(|o| o == k));
                fields.retain(|(_, v)| !matches!(v, Attr::Array(a) if a.is_empty()));
                op.attrs.insert(0, ("dot_dimension_numbers".into(), Attr::Struct { name: "stablehlo.dot".into(), fields }));
            }
            attr_dict(p, &mut op)?;
            typed_tail(p, op, num_results)
        }
        Compare => {
            let dir = p.ident()?;
            p.expect(",")?;
            op.operands = vec![p.operand()?];
            p.expect(",")?;
            op.operands.push(p.operand()?);
            op.attrs.push(("comparison_direction".into(), Attr::stablehlo_enum("comparison_direction", &dir)));
            if p.eat(",") {
                let ty = p.ident()?;
                op.attrs.push(("compare_type".into(), Attr::stablehlo_enum("comparison_type", &ty)));
            }
            attr_dict(p, &mut op)?;
            typed_tail(p, op, num_results)
        }
        Select => {
            op.operands = p.operand_list()?;
            attr_dict(p, &mut op)?;
            p.expect(":")?;
            let tpos = p.pos();
            if p.peek("(") {
                let (ins, outs) = p.function_type()?;
                p.check_operand_types(name, &op.operands, &ins, tpos)?;
                return finish(p, op, outs);
            }
            let pred = p.ty()?;
            p.expect(",")?;
            let t = p.ty()?;
            if op.operands.len() != 3 {
                return Err(Diag::input(tpos, "'stablehlo.select' takes three operands"));
            }
            p.check_operand_types(name, &op.operands, &[pred, t.clone(), t.clone()], tpos)?;
            finish(p, op, vec![t])
        }
        Slice => {
            op.operands = vec![p.operand()?];
            p.expect("[")?;
            let (mut start, mut limit, mut stride) = (Vec::new(), Vec::new(), Vec::new());
            if !p.eat("]") {
                loop {
                    start.push(p.int()?);
                    p.expect(":")?;
                    limit.push(p.int()?);
                    stride.push(if p.eat(":") { p.int()? } else { 1 });
                    if p.eat("]") {
                        break;
                    }
                    p.expect(",")?;
                }
            }
            op.attrs.push(("start_indices".into(), Attr::dense_i64(start)));
            op.attrs.push(("limit_indices".into(), Attr::dense_i64(limit)));
            op.attrs.push(("strides".into(), Attr::dense_i64(stride)));
            attr_dict(p, &mut op)?;
            typed_tail(p, op, num_results)
        }
        DynamicSlice => {
            op.operands = p.operand_list()?;
            p.expect(",")?;
            p.expect_kw("sizes")?;
            p.expect("=")?;
            let sizes = p.int_list()?;
            op.attrs.push(("slice_sizes".into(), Attr::dense_i64(sizes)));
            attr_dict(p, &mut op)?;
            typed_tail(p, op, num_results)
        }
        Concatenate => {
            op.operands = p.operand_list()?;
            p.expect(",")?;
            p.expect_kw("dim")?;
            p.expect("=")?;
            let d = p.int()?;
            op.attrs.push(("dimension".into(), Attr::i64(d)));
            attr_dict(p, &mut op)?;
            typed_tail(p, op, num_results)
        }
        Pad => {
            op.operands = p.operand_list()?;
            for (kw, key) in [("low", "edge_padding_low"), ("high", "edge_padding_high"), ("interior", "interior_padding")] {
                p.expect(",")?;
                p.expect_kw(kw)?;
                p.expect("=")?;
                let v = p.int_list()?;
                op.attrs.push((key.into(), Attr::dense_i64(v)));
            }
            attr_dict(p, &mut op)?;
            typed_tail(p, op, num_results)
        }
        Reduce => parse_reduce(p, op, num_results),
        While => parse_while(p, op),
        Return => {
            op.operands = p.operand_list()?;
            attr_dict(p, &mut op)?;
            if !op.operands.is_empty() {
                p.expect(":")?;
                let tpos = p.pos();
                let tys = p.type_list_bare()?;
                p.check_operand_types(name, &op.operands, &tys, tpos)?;
            }
            Ok(op)
        }
        Call => {
            let callee = p.symbol()?;
            op.attrs.push(("callee".into(), Attr::Symbol(callee)));
            p.expect("(")?;
            op.operands = p.operand_list()?;
            p.expect(")")?;
            attr_dict(p, &mut op)?;
            typed_tail(p, op, num_results)
        }
        CustomCall => {
            let target = if p.peek("\"") { p.string()? } else { p.symbol()? };
            op.attrs.push(("call_target_name".into(), Attr::Str(target)));
            p.expect("(")?;
            op.operands = p.operand_list()?;
            p.expect(")")?;
            attr_dict(p, &mut op)?;
            typed_tail(p, op, num_results)
        }
        Convolution => parse_convolution(p, op, num_results),
        GetTupleElement => {
            op.operands = vec![p.operand()?];
            p.expect("[")?;
            let i = p.int()?;
            p.expect("]")?;
            op.attrs.push(("index".into(), Attr::Int { value: i as i128, ty: Some("i32".into()) }));
            attr_dict(p, &mut op)?;
            typed_tail(p, op, num_results)
        }
        Tuple => {
            op.operands = p.operand_list()?;
            attr_dict(p, &mut op)?;
            p.expect(":")?;
            let t = p.ty()?;
            finish(p, op, vec![t])
        }
        OptimizationBarrier => {
            op.operands = p.operand_list()?;
            attr_dict(p, &mut op)?;
            p.expect(":")?;
            let tpos = p.pos();
            let tys = p.type_list_bare()?;
            p.check_operand_types(name, &op.operands, &tys, tpos)?;
            finish(p, op, tys)
        }
        ReducePrecision => {
            op.operands = vec![p.operand()?];
            p.expect(",")?;
            p.expect_kw("format")?;
            p.expect("=")?;
            let fpos = p.pos();
            let f = p.ident()?;
            let parsed = f.strip_prefix('e').and_then(|r| r.split_once('m')).and_then(|(e, m)| Some((e.parse::<i64>().ok()?, m.parse::<i64>().ok()?)));
            let Some((e, m)) = parsed else {
                return Err(Diag::input(fpos, format!("invalid reduce_precision format '{f}'")));
            };
            op.attrs.push(("exponent_bits".into(), Attr::Int { value: e as i128, ty: Some("i32".into()) }));
            op.attrs.push(("mantissa_bits".into(), Attr::Int { value: m as i128, ty: Some("i32".into()) }));
            attr_dict(p, &mut op)?;
            p.expect(":")?;
            let t = p.ty()?;
            p.check_operand_types(name, &op.operands, std::slice::from_ref(&t), fpos)?;
            finish(p, op, vec![t])
        }
        SdyMesh => {
            let sym = p.symbol()?;
            p.expect("=")?;
            let raw = p.balanced('<', '>')?;
            op.attrs.push(("mesh".into(), Attr::Opaque(format!("#sdy.mesh{raw}"))));
            op.attrs.push(("sym_name".into(), Attr::Str(sym)));
            attr_dict(p, &mut op)?;
            Ok(op)
        }
        SdyShardingConstraint => {
            op.operands = vec![p.operand()?];
            let raw = p.balanced('<', '>')?;
            op.attrs.push(("sharding".into(), Attr::Opaque(format!("#sdy.sharding{raw}"))));
            attr_dict(p, &mut op)?;
            p.expect(":")?;
            let tpos = p.pos();
            let t = p.ty()?;
            p.check_operand_types(name, &op.operands, std::slice::from_ref(&t), tpos)?;
            finish(p, op, vec![t])
        }
        ShardGrid => {
            let sym = p.symbol()?;
            p.expect("(")?;
            p.expect_kw("shape")?;
            p.expect("=")?;
            let shape = p.dimension_list()?;
            p.expect(")")?;
            op.attrs.push(("shape".into(), Attr::dense_i64(shape)));
            op.attrs.push(("sym_name".into(), Attr::Str(sym)));
            attr_dict(p, &mut op)?;
            Ok(op)
        }
        ShardSharding => {
            let grid = p.symbol()?;
            p.expect_kw("split_axes")?;
            p.expect("=")?;
            let apos = p.pos();
            let raw = p.balanced('[', ']')?;
            let split_axes = shard::parse_axis_array(&raw).map_err(|e| Diag::input(apos, e))?;
            if split_axes.is_empty() {
                return Err(Diag::input(apos, "expected an axis list per tensor dimension, found '[]'"));
            }
            op.attrs = shard::Sharding { grid, split_axes }.op_attrs();
            attr_dict(p, &mut op)?;
            p.expect(":")?;
            let tpos = p.pos();
            let t = p.ty()?;
            if t != shard::sharding_type() {
                return Err(Diag::input(tpos, format!("'shard.sharding' must have type {}, found {t}", shard::SHARDING_TYPE)));
            }
            finish(p, op, vec![t])
        }
        ShardShard => {
            op.operands = vec![p.operand()?];
            p.expect_kw("to")?;
            op.operands.push(p.operand()?);
            if p.eat_kw("annotate_for_users") {
                op.attrs.push(("annotate_for_users".into(), Attr::Unit));
            }
            attr_dict(p, &mut op)?;
            p.expect(":")?;
            let tpos = p.pos();
            let t = p.ty()?;
            p.check_operand_types(name, &op.operands, &[t.clone(), shard::sharding_type()], tpos)?;
            finish(p, op, vec![t])
        }
        ShardCollective => parse_collective(p, op),
        ShardProcessIndex => {
            p.expect_kw("on")?;
            let grid = p.symbol()?;
            let index = if name == shard::PROCESS_MULTI_INDEX_OP {
                let axes = if p.eat_kw("axes") {
                    p.expect("=")?;
                    axis_list(p)?
                } else {
                    Vec::new()
                };
                shard::ProcessIndex::Multi { grid, axes }
            } else {
                shard::ProcessIndex::Linear { grid }
            };
            op.attrs = index.op_attrs();
            attr_dict(p, &mut op)?;
            p.expect(":")?;
            let tys = p.type_list_bare()?;
            finish(p, op, tys)
        }
        RngBitGenerator => {
            op.operands = vec![p.operand()?];
            p.expect(",")?;
            p.expect_kw("algorithm")?;
            p.expect("=")?;
            let alg = p.ident()?;
            op.attrs.push(("rng_algorithm".into(), Attr::stablehlo_enum("rng_algorithm", &alg)));
            attr_dict(p, &mut op)?;
            typed_tail(p, op, num_results)
        }
    }
}

/// `%t on @g [grid_axes = [..]] <the collective's own keywords> {attrs} : T -> T`, the
/// keywords in the order of MLIR's assembly formats; `shard.send` and `shard.recv` end in a
/// function type instead.
fn parse_collective(p: &mut Parser, mut op: Op) -> DResult<Op> {
    use shard::CollectiveKind::*;
    op.operands = vec![p.operand()?];
    p.expect_kw("on")?;
    let grid = p.symbol()?;
    let grid_axes = if p.eat_kw("grid_axes") {
        p.expect("=")?;
        axis_list(p)?
    } else {
        Vec::new()
    };
    let name = op.name.clone();
    let kind = match name.as_str() {
        shard::ALL_REDUCE_OP => AllReduce { reduction: reduction_kw(p)? },
        shard::ALL_GATHER_OP => AllGather { gather_axis: int_kw(p, "gather_axis")? },
        shard::REDUCE_SCATTER_OP => {
            let reduction = reduction_kw(p)?;
            ReduceScatter { reduction, scatter_axis: int_kw(p, "scatter_axis")? }
        }
        shard::ALL_TO_ALL_OP => {
            let split_axis = int_kw(p, "split_axis")?;
            AllToAll { split_axis, concat_axis: int_kw(p, "concat_axis")? }
        }
        shard::ALL_SLICE_OP => AllSlice { slice_axis: int_kw(p, "slice_axis")? },
        shard::SHIFT_OP => {
            let shift_axis = int_kw(p, "shift_axis")?;
            let offset = int_kw(p, "offset")?;
            Shift { shift_axis, offset, rotate: p.eat_kw("rotate") }
        }
        shard::SEND_OP => {
            p.expect_kw("destination")?;
            p.expect("=")?;
            Send { destination: device_list(p)? }
        }
        _ => {
            let source = if p.eat_kw("source") {
                p.expect("=")?;
                Some(device_list(p)?)
            } else {
                None
            };
            Recv { source }
        }
    };
    let collective = shard::Collective { grid, grid_axes, kind };
    let functional = matches!(collective.kind, Send { .. } | Recv { .. });
    op.attrs = collective.op_attrs();
    attr_dict(p, &mut op)?;
    p.expect(":")?;
    let tpos = p.pos();
    let (ins, outs) = if functional {
        p.function_type()?
    } else {
        let input = p.ty()?;
        p.expect("->")?;
        (vec![input], vec![p.ty()?])
    };
    p.check_operand_types(&name, &op.operands, &ins, tpos)?;
    finish(p, op, outs)
}

/// `[1, 0]`: grid axes, each fitting in `i16`.
fn axis_list(p: &mut Parser) -> DResult<Vec<i16>> {
    let pos = p.pos();
    let axes = p.int_list()?;
    axes.iter().map(|&a| i16::try_from(a).map_err(|_| Diag::input(pos, format!("grid axis {a} does not fit in i16")))).collect()
}

/// `[2, 0]`: a device's indices within its group (static only).
fn device_list(p: &mut Parser) -> DResult<Vec<i64>> {
    let pos = p.pos();
    let device = p.int_list()?;
    if let Some(v) = device.iter().find(|&&v| v < 0) {
        return Err(Diag::input(pos, format!("device index {v} is negative")));
    }
    Ok(device)
}

/// `kw = N`.
fn int_kw(p: &mut Parser, kw: &str) -> DResult<i64> {
    p.expect_kw(kw)?;
    p.expect("=")?;
    p.int()
}

/// An optional `reduction = max`; `sum` when absent.
fn reduction_kw(p: &mut Parser) -> DResult<shard::Reduction> {
    if !p.eat_kw("reduction") {
        return Ok(shard::Reduction::Sum);
    }
    p.expect("=")?;
    let pos = p.pos();
    let word = p.ident()?;
    shard::Reduction::from_name(&word).ok_or_else(|| Diag::input(pos, format!("unknown reduction '{word}'")))
}

/// An optional `{...}` attribute dictionary.
fn attr_dict(p: &mut Parser, op: &mut Op) -> DResult<()> {
    if p.peek("{") {
        p.dict_into(&mut op.attrs)?;
    }
    Ok(())
}

/// `: (T, ...) -> T` with operand types checked.
fn typed_tail(p: &mut Parser, op: Op, _num_results: usize) -> DResult<Op> {
    p.expect(":")?;
    let tpos = p.pos();
    let (ins, outs) = p.function_type()?;
    p.check_operand_types(&op.name, &op.operands, &ins, tpos)?;
    finish(p, op, outs)
}

/// Creates result values of the given types.
fn finish(p: &mut Parser, mut op: Op, results: Vec<Type>) -> DResult<Op> {
    op.results = results.into_iter().map(|t| p.new_value(t)).collect();
    Ok(op)
}

/// `stablehlo.reduce(%x init: %i) applies stablehlo.add across dimensions = [1] : ...` or the
/// `reducer(%a: T, %b: T) { ... }` form for multi-operand reductions.
fn parse_reduce(p: &mut Parser, mut op: Op, num_results: usize) -> DResult<Op> {
    let mut inputs = Vec::new();
    let mut inits = Vec::new();
    loop {
        p.expect("(")?;
        inputs.push(p.operand()?);
        p.expect_kw("init")?;
        p.expect(":")?;
        inits.push(p.operand()?);
        p.expect(")")?;
        if !p.eat(",") {
            break;
        }
    }
    op.operands = inputs.iter().chain(&inits).copied().collect();
    let applies = if p.eat_kw("applies") { Some(p.ident()?) } else { None };
    p.expect_kw("across")?;
    p.expect_kw("dimensions")?;
    p.expect("=")?;
    let dims = p.int_list()?;
    op.attrs.push(("dimensions".into(), Attr::dense_i64(dims)));
    attr_dict(p, &mut op)?;
    p.expect(":")?;
    let tpos = p.pos();
    let (ins, outs) = p.function_type()?;
    p.check_operand_types(&op.name, &op.operands, &ins, tpos)?;
    let n = inputs.len();
    if outs.len() != n || num_results != n {
        return Err(Diag::input(tpos, format!("'stablehlo.reduce' with {n} input(s) must have {n} result(s)")));
    }
    let region = match applies {
        Some(body_op) => {
            // One scalar binary op over the two block arguments.
            let elem_ty = |v: ValueId| match p.value_type(v) {
                Type::Tensor(t) => Type::tensor(vec![], t.elem),
                other => other.clone(),
            };
            let scalar = elem_ty(inits[0]);
            let a = p.new_value(scalar.clone());
            let b = p.new_value(scalar.clone());
            let r = p.new_value(scalar);
            let mut body = Op::new(&body_op, vec![a, b], vec![r]);
            body.pos = tpos;
            let mut ret = Op::new("stablehlo.return", vec![r], vec![]);
            ret.pos = tpos;
            p.set_compact_reduce_body();
            crate::ir::Region { blocks: vec![crate::ir::Block { args: vec![a, b], ops: vec![body, ret] }] }
        }
        None => {
            p.expect_kw("reducer")?;
            p.push_scope();
            let result = (|| {
                let mut lhs = Vec::new();
                let mut rhs = Vec::new();
                for _ in 0..n {
                    p.expect("(")?;
                    for side in [&mut lhs, &mut rhs] {
                        let apos = p.pos();
                        let name = p.value_name()?;
                        p.expect(":")?;
                        let t = p.ty()?;
                        p.opt_loc()?;
                        let v = p.new_value(t);
                        p.bind_one(&name, v, apos)?;
                        side.push(v);
                        p.eat(",");
                    }
                    p.expect(")")?;
                }
                p.expect("{")?;
                let ops = p.ops_until_close()?;
                let args = lhs.into_iter().chain(rhs).collect();
                Ok(crate::ir::Region { blocks: vec![crate::ir::Block { args, ops }] })
            })();
            p.pop_scope();
            result?
        }
    };
    op.regions.push(region);
    finish(p, op, outs)
}

/// `stablehlo.while(%iterArg = %a, ...) : T, ... cond { ... } do { ... }`.
fn parse_while(p: &mut Parser, mut op: Op) -> DResult<Op> {
    p.expect("(")?;
    let mut names = Vec::new();
    if !p.eat(")") {
        loop {
            let npos = p.pos();
            let name = p.value_name()?;
            p.expect("=")?;
            op.operands.push(p.operand()?);
            names.push((name, npos));
            if p.eat(")") {
                break;
            }
            p.expect(",")?;
        }
    }
    attr_dict(p, &mut op)?;
    let tys = if op.operands.is_empty() {
        Vec::new()
    } else {
        p.expect(":")?;
        let tpos = p.pos();
        let tys = p.type_list_bare()?;
        p.check_operand_types(&op.name, &op.operands, &tys, tpos)?;
        tys
    };
    for kw in ["cond", "do"] {
        p.expect_kw(kw)?;
        p.push_scope();
        let result = (|| {
            let mut args = Vec::new();
            for ((name, npos), t) in names.iter().zip(&tys) {
                let v = p.new_value(t.clone());
                p.bind_one(name, v, *npos)?;
                args.push(v);
            }
            p.expect("{")?;
            let ops = p.ops_until_close()?;
            Ok(crate::ir::Region { blocks: vec![crate::ir::Block { args, ops }] })
        })();
        p.pop_scope();
        op.regions.push(result?);
    }
    finish(p, op, tys)
}

/// `stablehlo.convolution(%a, %b) dim_numbers = [b, 0, 1, f]x[...]->[...], window = {...} {...} : ...`.
fn parse_convolution(p: &mut Parser, mut op: Op, num_results: usize) -> DResult<Op> {
    p.expect("(")?;
    op.operands = p.operand_list()?;
    p.expect(")")?;
    p.expect_kw("dim_numbers")?;
    p.expect("=")?;
    let dpos = p.pos();
    let mut text = String::new();
    for part in 0..3 {
        text.push_str(&p.balanced('[', ']')?);
        if part < 2 {
            let sep = if part == 0 { "x" } else { "->" };
            p.expect(sep)?;
            text.push_str(sep);
        }
    }
    let dims = crate::parse::parse_conv_dims(&text).map(|fields| Attr::Struct { name: "stablehlo.conv".into(), fields });
    let Some(dims) = dims else {
        return Err(Diag::input(dpos, format!("invalid convolution dimension numbers '{text}'")));
    };
    if p.eat(",") {
        p.expect_kw("window")?;
        p.expect("=")?;
        p.expect("{")?;
        while !p.eat("}") {
            let key = p.ident()?;
            p.expect("=")?;
            let (name, value) = match key.as_str() {
                "stride" => ("window_strides", Attr::dense_i64(p.int_list()?)),
                "lhs_dilate" => ("lhs_dilation", Attr::dense_i64(p.int_list()?)),
                "rhs_dilate" => ("rhs_dilation", Attr::dense_i64(p.int_list()?)),
                "pad" => {
                    let vpos = p.pos();
                    let Attr::Array(rows) = p.attr()? else {
                        return Err(Diag::input(vpos, "expected [[lo, hi], ...] for pad"));
                    };
                    let mut flat = Vec::new();
                    for r in &rows {
                        match r.as_int_list() {
                            Some(v) if v.len() == 2 => flat.extend(v),
                            _ => return Err(Diag::input(vpos, "expected [[lo, hi], ...] for pad")),
                        }
                    }
                    let lits = flat.into_iter().map(|v| crate::attr::Literal::Int(v as i128)).collect();
                    let ty = Type::tensor(vec![rows.len() as i64, 2], crate::types::ElemType::I64);
                    ("padding", Attr::Dense { data: crate::attr::DenseData::from_elements(lits), ty })
                }
                "reverse" => {
                    let vpos = p.pos();
                    let Attr::Array(items) = p.attr()? else {
                        return Err(Diag::input(vpos, "expected [bool, ...] for reverse"));
                    };
                    let Some(values) = items.iter().map(|a| match a {
                        Attr::Bool(b) => Some(*b as i64),
                        _ => None,
                    }).collect::<Option<Vec<i64>>>() else {
                        return Err(Diag::input(vpos, "expected [bool, ...] for reverse"));
                    };
                    ("window_reversal", Attr::DenseI64 { elem: "i1".into(), values })
                }
                other => return p.err(format!("unknown window attribute '{other}'")),
            };
            op.attrs.push((name.into(), value));
            p.eat(",");
        }
    }
    op.attrs.insert(0, ("dimension_numbers".into(), dims));
    attr_dict(p, &mut op)?;
    typed_tail(p, op, num_results)
}

// ---- printing ---------------------------------------------------------------------------------

/// Prints `op` (after its `%r = `) in pretty form; returns false if it has none, or if its
/// attributes do not fit the pretty syntax (the caller then prints it generically).
pub fn print_pretty(pr: &mut Printer, op: &Op, func: &Func) -> bool {
    let Some(syntax) = syntax_of(&op.name) else { return false };
    if !fits(syntax, op, func) {
        return false;
    }
    use Syntax::*;
    let ty = |v: ValueId| func.ty(v);
    let operand_types: Vec<&Type> = op.operands.iter().map(|v| ty(*v)).collect();
    let result_types: Vec<&Type> = op.results.iter().map(|v| ty(*v)).collect();
    let name = op.name.as_str();
    let print_name = |pr: &mut Printer| match name {
        "func.return" => pr.w("return"),
        "func.call" => pr.w("call"),
        _ => pr.w(name),
    };
    let func_tail = |pr: &mut Printer| {
        pr.w(" : ");
        pr.function_type(&operand_types, &result_types);
    };
    print_name(pr);
    match syntax {
        SameType | FuncType | Chlo => {
            if !op.operands.is_empty() {
                pr.w(" ");
            }
            pr.values(&op.operands);
            pr.attr_dict(&op.attrs, &[]);
            pr.w(" : ");
            let all_same = operand_types.iter().chain(&result_types).all(|t| *t == result_types[0]);
            if syntax == Chlo {
                pr.types(&operand_types);
                pr.w(" -> ");
                pr.types(&result_types);
            } else if syntax == SameType && all_same {
                pr.ty(result_types[0]);
            } else {
                pr.function_type(&operand_types, &result_types);
            }
        }
        Constant => {
            pr.attr_dict(&op.attrs, &["value"]);
            pr.w(" ");
            pr.attr(op.attr("value").unwrap());
        }
        Iota => {
            pr.w(&format!(" dim = {}", op.int("iota_dimension").unwrap()));
            pr.attr_dict(&op.attrs, &["iota_dimension"]);
            pr.w(" : ");
            pr.ty(result_types[0]);
        }
        BroadcastInDim | Transpose | Reverse => {
            let key = match syntax {
                BroadcastInDim => "broadcast_dimensions",
                Transpose => "permutation",
                _ => "dimensions",
            };
            pr.w(" ");
            pr.values(&op.operands);
            pr.w(&format!(", dims = {}", list(&op.int_list(key).unwrap())));
            pr.attr_dict(&op.attrs, &[key]);
            if syntax == Reverse && operand_types[0] == result_types[0] {
                pr.w(" : ");
                pr.ty(result_types[0]);
            } else {
                func_tail(pr);
            }
        }
        DotGeneral | Dot => {
            pr.w(" ");
            pr.values(&op.operands);
            if let Some(d) = op.attr("dot_dimension_numbers") {
                let (lb, rb) = (d.field_ints("lhs_batching_dimensions"), d.field_ints("rhs_batching_dimensions"));
                if !lb.is_empty() || !rb.is_empty() {
                    pr.w(&format!(", batching_dims = {} x {}", list(&lb), list(&rb)));
                }
                let (lc, rc) = (d.field_ints("lhs_contracting_dimensions"), d.field_ints("rhs_contracting_dimensions"));
                pr.w(&format!(", contracting_dims = {} x {}", list(&lc), list(&rc)));
            }
            if let Some(Attr::Array(items)) = op.attr("precision_config") {
                let names: Vec<&str> = items.iter().filter_map(|a| a.enum_case("stablehlo", "precision")).collect();
                pr.w(&format!(", precision = [{}]", names.join(", ")));
            }
            if let Some(Attr::Opaque(a)) = op.attr("algorithm") {
                pr.w(", algorithm = ");
                pr.w(a.strip_prefix("#stablehlo.dot_algorithm").unwrap_or(a));
            }
            pr.attr_dict(&op.attrs, &["dot_dimension_numbers", "precision_config", "algorithm"]);
            func_tail(pr);
        }
        Compare => {
            let case = |k: &str, kind: &str| op.attr(k).and_then(|a| a.enum_case("stablehlo", kind));
            pr.w(&format!(" {}, ", case("comparison_direction", "comparison_direction").unwrap_or_default()));
            pr.values(&op.operands);
            if let Some(t) = case("compare_type", "comparison_type") {
                pr.w(&format!(", {t}"));
            }
            pr.attr_dict(&op.attrs, &["comparison_direction", "compare_type"]);
            func_tail(pr);
        }
        Select => {
            pr.w(" ");
            pr.values(&op.operands);
            pr.attr_dict(&op.attrs, &[]);
            pr.w(" : ");
            if operand_types[1] == result_types[0] && operand_types[2] == result_types[0] {
                pr.types(&[operand_types[0], result_types[0]]);
            } else {
                pr.function_type(&operand_types, &result_types);
            }
        }
        Slice => {
            pr.w(" ");
            pr.values(&op.operands);
            let start = op.int_list("start_indices").unwrap();
            let limit = op.int_list("limit_indices").unwrap();
            let strides = op.int_list("strides").unwrap_or_else(|| vec![1; start.len()]);
            let parts: Vec<String> = (0..start.len())
                .map(|i| if strides[i] == 1 { format!("{}:{}", start[i], limit[i]) } else { format!("{}:{}:{}", start[i], limit[i], strides[i]) })
                .collect();
            pr.w(&format!(" [{}]", parts.join(", ")));
            pr.attr_dict(&op.attrs, &["start_indices", "limit_indices", "strides"]);
            func_tail(pr);
        }
        DynamicSlice => {
            pr.w(" ");
            pr.values(&op.operands);
            pr.w(&format!(", sizes = {}", list(&op.int_list("slice_sizes").unwrap())));
            pr.attr_dict(&op.attrs, &["slice_sizes"]);
            func_tail(pr);
        }
        Concatenate => {
            pr.w(" ");
            pr.values(&op.operands);
            pr.w(&format!(", dim = {}", op.int("dimension").unwrap()));
            pr.attr_dict(&op.attrs, &["dimension"]);
            func_tail(pr);
        }
        Pad => {
            pr.w(" ");
            pr.values(&op.operands);
            for (kw, key) in [("low", "edge_padding_low"), ("high", "edge_padding_high"), ("interior", "interior_padding")] {
                pr.w(&format!(", {kw} = {}", list(&op.int_list(key).unwrap())));
            }
            pr.attr_dict(&op.attrs, &["edge_padding_low", "edge_padding_high", "interior_padding"]);
            func_tail(pr);
        }
        Reduce => print_reduce(pr, op, func, &operand_types, &result_types),
        While => {
            let cond = &op.regions[0].entry();
            pr.w("(");
            for (i, (a, v)) in cond.args.iter().zip(&op.operands).enumerate() {
                if i > 0 {
                    pr.w(", ");
                }
                pr.name_arg(*a);
                pr.value(*a);
                pr.w(" = ");
                pr.value(*v);
            }
            pr.w(")");
            pr.attr_dict(&op.attrs, &[]);
            if !operand_types.is_empty() {
                pr.w(" : ");
                pr.types(&operand_types);
            }
            for (a, b) in cond.args.iter().zip(&op.regions[1].entry().args) {
                pr.alias_name(*b, *a);
            }
            pr.newline();
            pr.w("cond ");
            pr.region_ops(&op.regions[0], func);
            pr.w(" do ");
            pr.region_ops(&op.regions[1], func);
        }
        Return => {
            if !op.operands.is_empty() {
                pr.w(" ");
                pr.values(&op.operands);
            }
            pr.attr_dict(&op.attrs, &[]);
            if !op.operands.is_empty() {
                pr.w(" : ");
                pr.types(&operand_types);
            }
        }
        Call => {
            pr.w(" ");
            pr.attr(op.attr("callee").unwrap());
            pr.w("(");
            pr.values(&op.operands);
            pr.w(")");
            pr.attr_dict(&op.attrs, &["callee"]);
            func_tail(pr);
        }
        CustomCall => {
            pr.w(" @");
            pr.w(op.attr("call_target_name").and_then(Attr::as_str).unwrap());
            pr.w("(");
            pr.values(&op.operands);
            pr.w(")");
            pr.attr_dict(&op.attrs, &["call_target_name"]);
            func_tail(pr);
        }
        Convolution => {
            pr.w("(");
            pr.values(&op.operands);
            pr.w(") dim_numbers = ");
            let mut s = String::new();
            crate::print::write_attr(&mut s, op.attr("dimension_numbers").unwrap());
            pr.w(s.trim_start_matches("#stablehlo.conv<").trim_end_matches('>'));
            let mut window = Vec::new();
            if let Some(v) = op.int_list("window_strides") {
                window.push(format!("stride = {}", list(&v)));
            }
            if let Some(v) = op.int_list("padding") {
                let pairs: Vec<String> = v.chunks(2).map(list).collect();
                window.push(format!("pad = [{}]", pairs.join(", ")));
            }
            if let Some(v) = op.int_list("lhs_dilation") {
                window.push(format!("lhs_dilate = {}", list(&v)));
            }
            if let Some(v) = op.int_list("rhs_dilation") {
                window.push(format!("rhs_dilate = {}", list(&v)));
            }
            if let Some(v) = op.int_list("window_reversal") {
                let b: Vec<&str> = v.iter().map(|&x| if x != 0 { "true" } else { "false" }).collect();
                window.push(format!("reverse = [{}]", b.join(", ")));
            }
            if !window.is_empty() {
                pr.w(&format!(", window = {{{}}}", window.join(", ")));
            }
            pr.attr_dict(&op.attrs, &["dimension_numbers", "window_strides", "padding", "lhs_dilation", "rhs_dilation", "window_reversal"]);
            func_tail(pr);
        }
        GetTupleElement => {
            pr.w(" ");
            pr.values(&op.operands);
            pr.w(&format!("[{}]", op.int("index").unwrap()));
            pr.attr_dict(&op.attrs, &["index"]);
            func_tail(pr);
        }
        Tuple => {
            pr.w(" ");
            pr.values(&op.operands);
            pr.attr_dict(&op.attrs, &[]);
            pr.w(" : ");
            pr.ty(result_types[0]);
        }
        OptimizationBarrier => {
            pr.w(" ");
            pr.values(&op.operands);
            pr.attr_dict(&op.attrs, &[]);
            pr.w(" : ");
            pr.types(&operand_types);
        }
        ReducePrecision => {
            pr.w(" ");
            pr.values(&op.operands);
            pr.w(&format!(", format = e{}m{}", op.int("exponent_bits").unwrap(), op.int("mantissa_bits").unwrap()));
            pr.attr_dict(&op.attrs, &["exponent_bits", "mantissa_bits"]);
            pr.w(" : ");
            pr.ty(result_types[0]);
        }
        RngBitGenerator => {
            pr.w(" ");
            pr.values(&op.operands);
            pr.w(&format!(", algorithm = {}", op.attr("rng_algorithm").and_then(|a| a.enum_case("stablehlo", "rng_algorithm")).unwrap_or_default()));
            pr.attr_dict(&op.attrs, &["rng_algorithm"]);
            func_tail(pr);
        }
        SdyMesh => {
            pr.w(" ");
            pr.attr(op.attr("sym_name").map(|a| Attr::Symbol(a.as_str().unwrap_or_default().to_string())).as_ref().unwrap_or(&Attr::Unit));
            pr.w(" = ");
            pr.w(opaque_body(op, "mesh", "#sdy.mesh").unwrap_or_default());
            pr.attr_dict(&op.attrs, &["mesh", "sym_name"]);
        }
        SdyShardingConstraint => {
            pr.w(" ");
            pr.values(&op.operands);
            pr.w(" ");
            pr.w(opaque_body(op, "sharding", "#sdy.sharding").unwrap_or_default());
            pr.attr_dict(&op.attrs, &["sharding"]);
            pr.w(" : ");
            pr.ty(result_types[0]);
        }
        ShardGrid => {
            pr.w(" ");
            pr.attr(&Attr::Symbol(op.attr("sym_name").and_then(Attr::as_str).unwrap_or_default().to_string()));
            let shape: Vec<String> = i64_array(op, "shape").unwrap_or_default().iter().map(i64::to_string).collect();
            pr.w(&format!("(shape = {})", shape.join("x")));
            pr.attr_dict(&op.attrs, &["shape", "sym_name"]);
        }
        ShardSharding => {
            pr.w(" ");
            pr.attr(op.attr("grid").unwrap_or(&Attr::Unit));
            let axes = op.attr("split_axes").and_then(shard::canonical_split_axes).unwrap_or_default();
            pr.w(&format!(" split_axes = {}", shard::format_axis_array(&axes)));
            pr.attr_dict(&op.attrs, &SHARDING_KEYS);
            pr.w(" : ");
            pr.ty(result_types[0]);
        }
        ShardShard => {
            pr.w(" ");
            pr.value(op.operands[0]);
            pr.w(" to ");
            pr.value(op.operands[1]);
            if op.attr("annotate_for_users").is_some() {
                pr.w(" annotate_for_users");
            }
            pr.attr_dict(&op.attrs, &["annotate_for_users"]);
            pr.w(" : ");
            pr.ty(result_types[0]);
        }
        ShardCollective => print_collective(pr, op, &operand_types, &result_types),
        ShardProcessIndex => {
            let Ok(index) = shard::ProcessIndex::from_op(op) else { return true };
            pr.w(" on ");
            pr.attr(&Attr::Symbol(index.grid().to_string()));
            if let shard::ProcessIndex::Multi { axes, .. } = &index {
                if !axes.is_empty() {
                    pr.w(&format!(" axes = {}", axis_text(axes)));
                }
            }
            let keys: Vec<String> = index.op_attrs().into_iter().map(|(k, _)| k).collect();
            pr.attr_dict(&op.attrs, &keys.iter().map(String::as_str).collect::<Vec<_>>());
            pr.w(" : ");
            pr.types(&result_types);
        }
    }
    true
}

/// The pretty form of a collective (see [`parse_collective`]). Attributes at MLIR's defaults
/// (no grid axes, `sum`) are left out, as MLIR leaves them out.
fn print_collective(pr: &mut Printer, op: &Op, operand_types: &[&Type], result_types: &[&Type]) {
    use shard::CollectiveKind::*;
    let Ok(c) = shard::Collective::from_op(op) else { return };
    pr.w(" ");
    pr.value(op.operands[0]);
    pr.w(" on ");
    pr.attr(&Attr::Symbol(c.grid.clone()));
    if !c.grid_axes.is_empty() {
        pr.w(&format!(" grid_axes = {}", axis_text(&c.grid_axes)));
    }
    // MLIR 22 prints the reduction kind with a space of its own after the `=`'s.
    let reduction = |pr: &mut Printer, r: shard::Reduction| {
        if r != shard::Reduction::Sum {
            pr.w(&format!(" reduction =  {}", r.name()));
        }
    };
    match &c.kind {
        AllReduce { reduction: r } => reduction(pr, *r),
        AllGather { gather_axis } => pr.w(&format!(" gather_axis = {gather_axis}")),
        ReduceScatter { reduction: r, scatter_axis } => {
            reduction(pr, *r);
            pr.w(&format!(" scatter_axis = {scatter_axis}"));
        }
        AllToAll { split_axis, concat_axis } => pr.w(&format!(" split_axis = {split_axis} concat_axis = {concat_axis}")),
        AllSlice { slice_axis } => pr.w(&format!(" slice_axis = {slice_axis}")),
        Shift { shift_axis, offset, rotate } => {
            pr.w(&format!(" shift_axis = {shift_axis} offset = {offset}"));
            if *rotate {
                pr.w(" rotate");
            }
        }
        Send { destination } => pr.w(&format!(" destination = {}", list(destination))),
        Recv { source } => {
            if let Some(source) = source {
                pr.w(&format!(" source = {}", list(source)));
            }
        }
    }
    let keys = c.syntax_keys();
    pr.attr_dict(&op.attrs, &keys.iter().map(String::as_str).collect::<Vec<_>>());
    pr.w(" : ");
    if matches!(c.kind, Send { .. } | Recv { .. }) {
        pr.function_type(operand_types, result_types);
    } else {
        pr.ty(operand_types[0]);
        pr.w(" -> ");
        pr.ty(result_types[0]);
    }
}

/// `[1, 0]`.
fn axis_text(axes: &[i16]) -> String {
    list(&axes.iter().map(|&a| a as i64).collect::<Vec<_>>())
}

/// The `<...>` part of an opaque attribute `key` written `prefix<...>`.
fn opaque_body<'a>(op: &'a Op, key: &str, prefix: &str) -> Option<&'a str> {
    match op.attr(key) {
        Some(Attr::Opaque(s)) => s.strip_prefix(prefix).filter(|b| b.starts_with('<') && b.ends_with('>')),
        _ => None,
    }
}

/// Whether `op` carries what its pretty syntax needs, in exactly the form parsing that syntax
/// gives back, and nothing the syntax would lose. Anything else prints generically: printing
/// then parsing must give the op back unchanged.
fn fits(syntax: Syntax, op: &Op, func: &Func) -> bool {
    use Syntax::*;
    let ty = |v: &ValueId| func.ty(*v);
    let (operands, results) = (op.operands.len(), op.results.len());
    let same_types = || operands == results && op.operands.iter().map(ty).eq(op.results.iter().map(ty));
    let arrays = |keys: &[&str]| keys.iter().all(|k| i64_array(op, k).is_some());
    if !op.regions.is_empty() && !matches!(syntax, Reduce | While) {
        return false;
    }
    match syntax {
        SameType | FuncType => results > 0,
        // `T, ... -> T`: a bare type list cannot be empty, and the CHLO syntax has one result.
        Chlo => operands > 0 && results == 1,
        Constant => {
            operands == 0
                && results == 1
                && matches!(op.attr("value"), Some(Attr::Dense { ty: t, .. }) if t == ty(&op.results[0]))
        }
        Iota => results == 1 && typed_int(op, "iota_dimension", "i64").is_some(),
        BroadcastInDim => operands == 1 && results == 1 && arrays(&["broadcast_dimensions"]),
        Transpose => operands == 1 && results == 1 && arrays(&["permutation"]),
        Reverse => operands == 1 && results == 1 && arrays(&["dimensions"]),
        DotGeneral => operands == 2 && results == 1 && dot_dims_ok(op) && precision_ok(op) && algorithm_ok(op),
        Dot => operands == 2 && results == 1 && op.attr("dot_dimension_numbers").is_none() && precision_ok(op) && algorithm_ok(op),
        Compare => {
            operands == 2
                && results == 1
                && op.attr("comparison_direction").and_then(|a| a.enum_case("stablehlo", "comparison_direction")).is_some()
                && op.attr("compare_type").is_none_or(|a| a.enum_case("stablehlo", "comparison_type").is_some())
        }
        Select => operands == 3 && results == 1,
        Slice => {
            let (start, limit, strides) = (i64_array(op, "start_indices"), i64_array(op, "limit_indices"), i64_array(op, "strides"));
            match (start, limit, strides) {
                (Some(s), Some(l), Some(t)) => operands == 1 && results == 1 && s.len() == l.len() && s.len() == t.len(),
                _ => false,
            }
        }
        DynamicSlice => results == 1 && arrays(&["slice_sizes"]),
        Concatenate => operands > 0 && results == 1 && typed_int(op, "dimension", "i64").is_some(),
        Pad => operands == 2 && results == 1 && arrays(&["edge_padding_low", "edge_padding_high", "interior_padding"]),
        Reduce => {
            op.regions.len() == 1
                && op.regions[0].blocks.len() == 1
                && op.regions[0].entry().args.len() == operands
                && arrays(&["dimensions"])
                && operands == 2 * results
                && results > 0
        }
        While => {
            // Both regions' arguments are declared once, with the operands' types.
            same_types()
                && op.regions.len() == 2
                && op.regions.iter().all(|r| r.blocks.len() == 1 && r.entry().args.iter().map(ty).eq(op.operands.iter().map(ty)))
        }
        Return => results == 0,
        Call => matches!(op.attr("callee"), Some(Attr::Symbol(_))),
        CustomCall => op.attr("call_target_name").and_then(Attr::as_str).is_some_and(|s| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || "_.$".contains(c))),
        Convolution => operands == 2 && results == 1 && conv_dims_ok(op) && window_ok(op),
        GetTupleElement => operands == 1 && results == 1 && typed_int(op, "index", "i32").is_some(),
        Tuple => results == 1,
        OptimizationBarrier => operands > 0 && same_types(),
        ReducePrecision => {
            let bits = |k: &str| typed_int(op, k, "i32").is_some_and(|v| v >= 0);
            operands == 1 && same_types() && bits("exponent_bits") && bits("mantissa_bits")
        }
        RngBitGenerator => operands == 1 && op.attr("rng_algorithm").and_then(|a| a.enum_case("stablehlo", "rng_algorithm")).is_some(),
        SdyMesh => {
            operands == 0
                && results == 0
                && opaque_body(op, "mesh", "#sdy.mesh").is_some()
                && op.attr("sym_name").and_then(Attr::as_str).is_some_and(|s| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || "_$.".contains(c)))
        }
        SdyShardingConstraint => operands == 1 && results == 1 && same_types() && opaque_body(op, "sharding", "#sdy.sharding").is_some(),
        ShardGrid => {
            operands == 0
                && results == 0
                && i64_array(op, "shape").is_some_and(|s| !s.is_empty() && s.iter().all(|&d| d > 0))
                && op.attr("sym_name").and_then(Attr::as_str).is_some_and(|s| !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || "_$.".contains(c)))
        }
        ShardSharding => {
            // Exactly the attributes the syntax rebuilds: no halo sizes or offsets.
            let rebuilt = match (op.attr("grid"), op.attr("split_axes").and_then(shard::canonical_split_axes)) {
                (Some(Attr::Symbol(grid)), Some(split_axes)) => shard::Sharding { grid: grid.clone(), split_axes }.op_attrs(),
                _ => return false,
            };
            operands == 0
                && results == 1
                && *ty(&op.results[0]) == shard::sharding_type()
                && rebuilt.iter().all(|(k, v)| op.attr(k) == Some(v))
        }
        ShardShard => {
            operands == 2
                && results == 1
                && ty(&op.operands[0]) == ty(&op.results[0])
                && *ty(&op.operands[1]) == shard::sharding_type()
                && op.attr("annotate_for_users").is_none_or(|a| *a == Attr::Unit)
        }
        // Exactly the attributes the syntax rebuilds (defaults included), with a grid name the
        // symbol syntax gives back.
        ShardCollective => operands == 1 && results == 1 && shard::Collective::from_op(op).is_ok_and(|c| symbol_ok(&c.grid) && c.op_attrs().iter().all(|(k, v)| op.attr(k) == Some(v))),
        ShardProcessIndex => {
            let index = shard::ProcessIndex::from_op(op);
            let want_results = if op.name == shard::PROCESS_LINEAR_INDEX_OP { results == 1 } else { results > 0 };
            operands == 0 && want_results && index.is_ok_and(|i| symbol_ok(i.grid()) && i.op_attrs().iter().all(|(k, v)| op.attr(k) == Some(v)))
        }
    }
}

/// A grid name that prints as a bare `@name`.
fn symbol_ok(name: &str) -> bool {
    !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || "_$.".contains(c))
}

/// The attributes the `shard.sharding` syntax writes itself rather than in its dictionary.
const SHARDING_KEYS: [&str; 5] = ["grid", "operandSegmentSizes", "split_axes", "static_halo_sizes", "static_sharded_dims_offsets"];

/// The values of `array<i64: ...>` attribute `key`, the form the pretty syntaxes parse into.
fn i64_array<'a>(op: &'a Op, key: &str) -> Option<&'a [i64]> {
    match op.attr(key) {
        Some(Attr::DenseI64 { elem, values }) if elem == "i64" => Some(values),
        _ => None,
    }
}

/// The value of integer attribute `key` if it has exactly the type `ty`.
fn typed_int(op: &Op, key: &str, ty: &str) -> Option<i64> {
    match op.attr(key) {
        Some(Attr::Int { value, ty: Some(t) }) if t == ty => i64::try_from(*value).ok(),
        _ => None,
    }
}

/// The dimension-number fields in the order the pretty syntax gives them back.
const DOT_FIELDS: [&str; 4] = ["lhs_batching_dimensions", "rhs_batching_dimensions", "lhs_contracting_dimensions", "rhs_contracting_dimensions"];

/// `#stablehlo.dot<...>` with known fields in canonical order, each a non-empty list of
/// untyped integers: what parsing `batching_dims = ... , contracting_dims = ...` gives.
fn dot_dims_ok(op: &Op) -> bool {
    let Some(Attr::Struct { name, fields }) = op.attr("dot_dimension_numbers") else { return false };
    let order: Vec<Option<usize>> = fields.iter().map(|(k, _)| DOT_FIELDS.iter().position(|f| f == k)).collect();
    let increasing = order.iter().all(Option::is_some) && order.windows(2).all(|w| w[0] < w[1]);
    name == "stablehlo.dot"
        && increasing
        && fields.iter().all(|(_, v)| matches!(v, Attr::Array(items) if !items.is_empty() && items.iter().all(|i| matches!(i, Attr::Int { ty: None, value } if i64::try_from(*value).is_ok()))))
}

fn precision_ok(op: &Op) -> bool {
    match op.attr("precision_config") {
        None => true,
        Some(Attr::Array(items)) => items.iter().all(|a| a.enum_case("stablehlo", "precision").is_some()),
        Some(_) => false,
    }
}

/// The algorithm prints as the text after `#stablehlo.dot_algorithm`, which parses back as the
/// same opaque attribute.
fn algorithm_ok(op: &Op) -> bool {
    match op.attr("algorithm") {
        None => true,
        Some(Attr::Opaque(a)) => a.strip_prefix("#stablehlo.dot_algorithm").is_some_and(|r| r.starts_with('<') && r.ends_with('>')),
        Some(_) => false,
    }
}

/// The dimension numbers print in the compact form, which parses back to the same fields.
fn conv_dims_ok(op: &Op) -> bool {
    let Some(dims @ Attr::Struct { name, .. }) = op.attr("dimension_numbers") else { return false };
    let mut text = String::new();
    crate::print::write_attr(&mut text, dims);
    name == "stablehlo.conv" && !text.starts_with("#stablehlo.conv<raw")
}

/// The window attributes in the forms `window = {...}` parses into.
fn window_ok(op: &Op) -> bool {
    let arrays = ["window_strides", "lhs_dilation", "rhs_dilation"].iter().all(|k| op.attr(k).is_none() || i64_array(op, k).is_some());
    let reversal = match op.attr("window_reversal") {
        None => true,
        Some(Attr::DenseI64 { elem, values }) => elem == "i1" && values.iter().all(|&v| v == 0 || v == 1),
        Some(_) => false,
    };
    let padding = match op.attr("padding") {
        None => true,
        Some(Attr::Dense { data, ty }) => {
            let flat = op.int_list("padding").unwrap_or_default();
            let lits = flat.iter().map(|&v| crate::attr::Literal::Int(v as i128)).collect();
            *ty == Type::tensor(vec![flat.len() as i64 / 2, 2], crate::types::ElemType::I64) && flat.len() % 2 == 0 && *data == crate::attr::DenseData::from_elements(lits)
        }
        Some(_) => false,
    };
    arrays && reversal && padding
}

fn list(v: &[i64]) -> String {
    let items: Vec<String> = v.iter().map(|x| x.to_string()).collect();
    format!("[{}]", items.join(", "))
}

fn print_reduce(pr: &mut Printer, op: &Op, func: &Func, operand_types: &[&Type], result_types: &[&Type]) {
    let n = op.results.len();
    pr.w("(");
    for i in 0..n {
        if i > 0 {
            pr.w(", (");
        }
        pr.value(op.operands[i]);
        pr.w(" init: ");
        pr.value(op.operands[n + i]);
        pr.w(")");
    }
    let block = op.regions[0].entry();
    // The compact form: a single binary op of the two block arguments, returned. It names only
    // the op, so the body must be what parsing it rebuilds: no attributes, and (as in MLIR) the
    // reduce's own location on both body ops.
    let compact = n == 1
        && block.args.len() == 2
        && block.ops.len() == 2
        && block.ops[0].operands == block.args
        && block.ops[0].results.len() == 1
        && block.ops[0].name.starts_with("stablehlo.")
        && block.ops[0].name.chars().all(|c| c.is_ascii_alphanumeric() || "_$.".contains(c))
        && block.ops[1].name == "stablehlo.return"
        && block.ops[1].operands == block.ops[0].results
        && block.ops.iter().all(|b| b.regions.is_empty() && b.attrs.is_empty() && (!pr.debug_info() || b.loc == op.loc))
        && block.args.iter().chain(&block.ops[0].results).all(|v| Some(func.ty(*v)) == scalar_of(func.ty(op.operands[n])).as_ref());
    if compact {
        pr.w(&format!(" applies {}", block.ops[0].name));
    }
    pr.w(&format!(" across dimensions = {}", list(&op.int_list("dimensions").unwrap())));
    pr.attr_dict(&op.attrs, &["dimensions"]);
    pr.w(" : ");
    pr.function_type(operand_types, result_types);
    if compact {
        return;
    }
    pr.newline();
    pr.w(" reducer");
    let names: Vec<String> = block.args.iter().map(|a| pr.name_arg(*a)).collect();
    let _ = names;
    for i in 0..n {
        pr.w("(");
        for (j, a) in [block.args[i], block.args[n + i]].iter().enumerate() {
            if j > 0 {
                pr.w(", ");
            }
            pr.value(*a);
            pr.w(": ");
            pr.ty(func.ty(*a));
        }
        pr.w(") ");
    }
    pr.region_ops(&op.regions[0], func);
}

fn scalar_of(t: &Type) -> Option<Type> {
    t.as_tensor().map(|t| Type::tensor(vec![], t.elem))
}
