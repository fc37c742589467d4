//! Types: ranked tensors of the element types StableHLO programs from JAX use, tokens and tuples.
//!
//! Dynamic dimensions (`?`) are representable so the verifier can reject them with a location;
//! nothing downstream has to handle them.

use std::fmt;

/// An element type. `I1` is the boolean type `i1`; `U*` are the unsigned `ui*` types.
#[allow(missing_docs)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ElemType {
    F64,
    F32,
    F16,
    BF16,
    I1,
    I8,
    I16,
    I32,
    I64,
    U8,
    U16,
    U32,
    U64,
}

impl ElemType {
    /// Every element type, for exhaustive tests.
    pub const ALL: [ElemType; 13] = [
        ElemType::F64,
        ElemType::F32,
        ElemType::F16,
        ElemType::BF16,
        ElemType::I1,
        ElemType::I8,
        ElemType::I16,
        ElemType::I32,
        ElemType::I64,
        ElemType::U8,
        ElemType::U16,
        ElemType::U32,
        ElemType::U64,
    ];

    /// Parses the MLIR spelling (`f32`, `i1`, `ui8`, ...).
    pub fn from_name(name: &str) -> Option<ElemType> {
        Some(match name {
            "f64" => ElemType::F64,
            "f32" => ElemType::F32,
            "f16" => ElemType::F16,
            "bf16" => ElemType::BF16,
            "i1" => ElemType::I1,
            "i8" => ElemType::I8,
            "i16" => ElemType::I16,
            "i32" => ElemType::I32,
            "i64" => ElemType::I64,
            "ui8" => ElemType::U8,
            "ui16" => ElemType::U16,
            "ui32" => ElemType::U32,
            "ui64" => ElemType::U64,
            _ => return None,
        })
    }

    /// The MLIR spelling.
    pub fn name(self) -> &'static str {
        match self {
            ElemType::F64 => "f64",
            ElemType::F32 => "f32",
            ElemType::F16 => "f16",
            ElemType::BF16 => "bf16",
            ElemType::I1 => "i1",
            ElemType::I8 => "i8",
            ElemType::I16 => "i16",
            ElemType::I32 => "i32",
            ElemType::I64 => "i64",
            ElemType::U8 => "ui8",
            ElemType::U16 => "ui16",
            ElemType::U32 => "ui32",
            ElemType::U64 => "ui64",
        }
    }

    /// Bytes one element occupies in memory (`i1` takes a byte, as in XLA buffers).
    pub fn byte_size(self) -> u64 {
        match self {
            ElemType::F64 | ElemType::I64 | ElemType::U64 => 8,
            ElemType::F32 | ElemType::I32 | ElemType::U32 => 4,
            ElemType::F16 | ElemType::BF16 | ElemType::I16 | ElemType::U16 => 2,
            ElemType::I1 | ElemType::I8 | ElemType::U8 => 1,
        }
    }

    /// Bits of the element (1 for `i1`).
    pub fn bit_width(self) -> u32 {
        match self {
            ElemType::I1 => 1,
            other => other.byte_size() as u32 * 8,
        }
    }

    /// True for the floating-point types.
    pub fn is_float(self) -> bool {
        matches!(self, ElemType::F64 | ElemType::F32 | ElemType::F16 | ElemType::BF16)
    }

    /// True for `i1`.
    pub fn is_bool(self) -> bool {
        self == ElemType::I1
    }

    /// True for the signed integer types (not `i1`).
    pub fn is_signed_int(self) -> bool {
        matches!(self, ElemType::I8 | ElemType::I16 | ElemType::I32 | ElemType::I64)
    }

    /// True for the unsigned integer types.
    pub fn is_unsigned_int(self) -> bool {
        matches!(self, ElemType::U8 | ElemType::U16 | ElemType::U32 | ElemType::U64)
    }

    /// True for any integer type, `i1` included.
    pub fn is_integer(self) -> bool {
        !self.is_float()
    }
}

impl fmt::Display for ElemType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Marks a dynamic dimension (`?`) in [`TensorType::shape`].
pub const DYNAMIC: i64 = i64::MIN;

/// A ranked tensor type such as `tensor<4x8xf32>`; rank 0 is `tensor<f32>`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct TensorType {
    /// Dimension sizes, outermost first; [`DYNAMIC`] for `?`.
    pub shape: Vec<i64>,
    /// Element type.
    pub elem: ElemType,
}

impl TensorType {
    /// A tensor type of the given shape and element type.
    pub fn new(shape: Vec<i64>, elem: ElemType) -> TensorType {
        TensorType { shape, elem }
    }

    /// A rank-0 tensor type.
    pub fn scalar(elem: ElemType) -> TensorType {
        TensorType { shape: Vec::new(), elem }
    }

    /// The number of dimensions.
    pub fn rank(&self) -> usize {
        self.shape.len()
    }

    /// The number of elements (1 for a scalar). Dynamic dimensions count as 0; a count that
    /// does not fit in `u64` saturates (the verifier rejects such types).
    pub fn num_elements(&self) -> u64 {
        self.shape.iter().fold(1u64, |n, &d| n.saturating_mul(if d < 0 { 0 } else { d as u64 }))
    }

    /// Bytes of the whole tensor (saturating).
    pub fn byte_size(&self) -> u64 {
        self.num_elements().saturating_mul(self.elem.byte_size())
    }

    /// True when every dimension is static.
    pub fn is_static(&self) -> bool {
        self.shape.iter().all(|&d| d >= 0)
    }
}

impl fmt::Display for TensorType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("tensor<")?;
        for d in &self.shape {
            if *d == DYNAMIC {
                f.write_str("?x")?;
            } else {
                write!(f, "{d}x")?;
            }
        }
        write!(f, "{}>", self.elem)
    }
}

/// A value's type.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Type {
    /// `tensor<...>`.
    Tensor(TensorType),
    /// `!stablehlo.token`.
    Token,
    /// `tuple<...>`.
    Tuple(Vec<Type>),
    /// Any other type, kept verbatim (e.g. `!shard.sharding`); only ops that know it use it.
    Opaque(String),
}

impl Type {
    /// The tensor type, if this is one.
    pub fn as_tensor(&self) -> Option<&TensorType> {
        match self {
            Type::Tensor(t) => Some(t),
            _ => None,
        }
    }

    /// Shorthand for a tensor type.
    pub fn tensor(shape: Vec<i64>, elem: ElemType) -> Type {
        Type::Tensor(TensorType::new(shape, elem))
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Type::Tensor(t) => t.fmt(f),
            Type::Token => f.write_str("!stablehlo.token"),
            Type::Tuple(ts) => {
                f.write_str("tuple<")?;
                for (i, t) in ts.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    t.fmt(f)?;
                }
                f.write_str(">")
            }
            Type::Opaque(s) => f.write_str(s),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn elem_names_round_trip() {
        for e in ElemType::ALL {
            assert_eq!(ElemType::from_name(e.name()), Some(e));
        }
        assert_eq!(ElemType::from_name("f8E4M3FN"), None);
    }

    #[test]
    fn display() {
        let check = |t: Type, want: &str| assert_eq!(t.to_string(), want);
        check(Type::tensor(vec![4, 8], ElemType::F32), "tensor<4x8xf32>");
        check(Type::tensor(vec![], ElemType::I1), "tensor<i1>");
        check(Type::tensor(vec![DYNAMIC, 2], ElemType::U8), "tensor<?x2xui8>");
        check(Type::Tuple(vec![Type::Token, Type::tensor(vec![1], ElemType::BF16)]), "tuple<!stablehlo.token, tensor<1xbf16>>");
    }
}
