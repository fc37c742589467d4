//! Attributes: the MLIR builtin attribute kinds StableHLO uses, plus structured `#stablehlo.*`
//! attributes (`#stablehlo.dot<...>`, `#stablehlo<comparison_direction GT>`) parsed into fields so
//! passes never re-parse attribute text. Anything else is kept verbatim as [`Attr::Opaque`].

use crate::types::{ElemType, Type};

/// One scalar in a `dense<...>` literal.
///
/// The parser keeps one kind per element type, so that a literal prints and parses back as
/// itself: `Bool` for `i1`, `Int` for the other integer types, and for float types `Float`
/// when the value is finite and `Bits` (the exact pattern, NaN payload included) when not.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Literal {
    /// An integer literal.
    Int(i128),
    /// A decimal floating-point literal.
    Float(f64),
    /// `true` / `false`.
    Bool(bool),
    /// A hexadecimal literal, for floats the raw bit pattern (`0xFF800000` is -inf in f32).
    Bits(u64),
}

/// The payload of a `dense<...>` attribute.
#[derive(Clone, Debug, PartialEq)]
pub enum DenseData {
    /// One value repeated over the whole shape (`dense<0.0>`).
    Splat(Literal),
    /// All elements in row-major order (`dense<[[1, 2], [3, 4]]>`).
    Elements(Vec<Literal>),
    /// Raw little-endian bytes (`dense<"0x0000803F">`), one element after another.
    Hex(Vec<u8>),
}

impl DenseData {
    /// Elements in MLIR's canonical form: a splat when every element is the same (bit for bit,
    /// so `[0.0, -0.0]` stays two elements).
    pub fn from_elements(items: Vec<Literal>) -> DenseData {
        match items.first() {
            Some(first) if items.len() > 1 && items.iter().all(|x| x.same(first)) => DenseData::Splat(*first),
            _ => DenseData::Elements(items),
        }
    }
}

impl Literal {
    /// Equality that tells `0.0` from `-0.0` and takes a NaN for itself.
    pub fn same(&self, other: &Literal) -> bool {
        match (self, other) {
            (Literal::Float(a), Literal::Float(b)) => a.to_bits() == b.to_bits(),
            (a, b) => a == b,
        }
    }
}

/// An attribute value.
#[derive(Clone, Debug, PartialEq)]
pub enum Attr {
    /// `unit`, or a name listed without a value in a dictionary.
    Unit,
    /// `true` / `false`.
    Bool(bool),
    /// `5` or `5 : i64`; `ty` is the written type, if any.
    Int {
        /// The value.
        value: i128,
        /// The type suffix as written (`i64`, `i32`, `index`).
        ty: Option<String>,
    },
    /// `1.0` or `1.0 : f32`.
    Float {
        /// The value, at the precision of its type.
        value: f64,
        /// The type suffix as written; `None` for `f64`, the type of a float written without one.
        ty: Option<String>,
    },
    /// A string literal (unescaped).
    Str(String),
    /// `[a, b, ...]`.
    Array(Vec<Attr>),
    /// `array<i64: 1, 2>`: a dense array of integers or booleans.
    DenseI64 {
        /// Element type name (`i64`, `i32`, `i1`).
        elem: String,
        /// The values (booleans as 0/1).
        values: Vec<i64>,
    },
    /// `array<f32: 1.0>`.
    DenseF64 {
        /// Element type name.
        elem: String,
        /// The values.
        values: Vec<f64>,
    },
    /// `dense<...> : tensor<...>`.
    Dense {
        /// The elements.
        data: DenseData,
        /// The tensor type.
        ty: Type,
    },
    /// `{a = 1, b}`.
    Dict(Vec<(String, Attr)>),
    /// `@name` (nested references such as `@a::@b` keep the `::` inside).
    Symbol(String),
    /// A type used as an attribute (`type = tensor<f32>`, `function_type = (...) -> ...`).
    Type(String),
    /// `#dialect.name<key = value, ...>`, e.g. `#stablehlo.dot<...>`; `name` is `stablehlo.dot`.
    Struct {
        /// Qualified attribute name without `#`.
        name: String,
        /// Fields in written order.
        fields: Vec<(String, Attr)>,
    },
    /// `#dialect<kind VALUE>`, e.g. `#stablehlo<comparison_direction GT>`.
    Enum {
        /// The dialect (`stablehlo`).
        dialect: String,
        /// The enum kind (`comparison_direction`).
        kind: String,
        /// The case (`GT`).
        value: String,
    },
    /// Any other attribute, verbatim (already re-printable text).
    Opaque(String),
}

impl Attr {
    /// An `i64`-typed integer attribute.
    pub fn i64(value: i64) -> Attr {
        Attr::Int { value: value as i128, ty: Some("i64".into()) }
    }

    /// A StableHLO enum attribute, `#stablehlo<kind VALUE>`.
    pub fn stablehlo_enum(kind: &str, value: &str) -> Attr {
        Attr::Enum { dialect: "stablehlo".into(), kind: kind.into(), value: value.into() }
    }

    /// A `array<i64: ...>` attribute.
    pub fn dense_i64(values: Vec<i64>) -> Attr {
        Attr::DenseI64 { elem: "i64".into(), values }
    }

    /// The integer value of `Int`, `Bool` or a one-element integer list.
    pub fn as_int(&self) -> Option<i64> {
        match self {
            Attr::Int { value, .. } => i64::try_from(*value).ok(),
            Attr::Bool(b) => Some(*b as i64),
            _ => None,
        }
    }

    /// The integers of `array<i64: ...>`, `[1, 2]` or `dense<[1, 2]> : tensor<2xi64>`.
    pub fn as_int_list(&self) -> Option<Vec<i64>> {
        match self {
            Attr::DenseI64 { values, .. } => Some(values.clone()),
            Attr::Array(items) => items.iter().map(Attr::as_int).collect(),
            Attr::Dense { data, ty } => {
                // A splat of a huge type is no list of dimensions; do not allocate it.
                let n = usize::try_from(ty.as_tensor()?.num_elements()).ok().filter(|&n| n <= 1 << 20)?;
                match data {
                    DenseData::Splat(Literal::Int(v)) => Some(vec![i64::try_from(*v).ok()?; n]),
                    DenseData::Elements(items) => items
                        .iter()
                        .map(|l| match l {
                            Literal::Int(v) => i64::try_from(*v).ok(),
                            _ => None,
                        })
                        .collect(),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// The string of a `Str`.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Attr::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The case of an `Enum` attribute, or a bare identifier kept as `Opaque`. Lenient, for
    /// readers of the IR; a printer that writes the case alone uses [`Attr::enum_case`].
    pub fn as_enum(&self) -> Option<&str> {
        match self {
            Attr::Enum { value, .. } => Some(value),
            Attr::Opaque(s) => Some(s),
            _ => None,
        }
    }

    /// The case of `#dialect<kind CASE>`, only if this is exactly such an attribute and the case
    /// is an identifier: then writing the case alone loses nothing.
    pub fn enum_case(&self, dialect: &str, kind: &str) -> Option<&str> {
        match self {
            Attr::Enum { dialect: d, kind: k, value }
                if d == dialect
                    && k == kind
                    && value.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
                    && value.chars().all(|c| c.is_ascii_alphanumeric() || "_$.".contains(c)) =>
            {
                Some(value)
            }
            _ => None,
        }
    }

    /// A field of a `Struct` attribute.
    pub fn field(&self, name: &str) -> Option<&Attr> {
        match self {
            Attr::Struct { fields, .. } => fields.iter().find(|(k, _)| k == name).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The integer list of a `Struct` field, empty when the field is absent (MLIR omits empty lists).
    pub fn field_ints(&self, name: &str) -> Vec<i64> {
        self.field(name).and_then(Attr::as_int_list).unwrap_or_default()
    }
}

/// Decodes a `dense<...>` payload into `count` elements of `elem`, as `f64` (integers exact
/// up to 2^53; booleans as 0/1). Returns `None` when the payload does not have `count` elements.
pub fn dense_to_f64(data: &DenseData, elem: ElemType, count: usize) -> Option<Vec<f64>> {
    let lit = |l: &Literal| -> f64 {
        match *l {
            Literal::Int(v) => v as f64,
            Literal::Float(v) => v,
            Literal::Bool(b) => b as u8 as f64,
            Literal::Bits(bits) => bits_to_f64(bits, elem),
        }
    };
    match data {
        DenseData::Splat(l) => Some(vec![lit(l); count]),
        DenseData::Elements(items) => (items.len() == count).then(|| items.iter().map(lit).collect()),
        DenseData::Hex(bytes) => {
            let size = elem.byte_size() as usize;
            // A single element in hex is a splat.
            if bytes.len() == size && count != 1 {
                let v = bytes_to_f64(bytes, elem);
                return Some(vec![v; count]);
            }
            (bytes.len() == size * count).then(|| bytes.chunks(size).map(|c| bytes_to_f64(c, elem)).collect())
        }
    }
}

/// Whether `ty`, a float attribute's type suffix, names a floating-point type (`f32`, `bf16`,
/// `f8E4M3FN`, ...).
pub fn is_float_type_name(ty: &str) -> bool {
    ElemType::from_name(ty).is_some_and(ElemType::is_float) || ty == "tf32" || (ty.starts_with('f') && ty[1..].starts_with(|c: char| c.is_ascii_digit()))
}

/// The precision a float attribute typed `ty` is kept and printed at: the type's own for the
/// element types this crate knows, `f64` for the rest.
pub fn float_attr_elem(ty: Option<&str>) -> ElemType {
    ty.and_then(ElemType::from_name).filter(|e| e.is_float()).unwrap_or(ElemType::F64)
}

/// Interprets a hex literal as the bit pattern of a value of `elem`.
pub fn bits_to_f64(bits: u64, elem: ElemType) -> f64 {
    match elem {
        ElemType::F64 => f64::from_bits(bits),
        ElemType::F32 => f32::from_bits(bits as u32) as f64,
        ElemType::F16 => half::f16::from_bits(bits as u16).to_f64(),
        ElemType::BF16 => half::bf16::from_bits(bits as u16).to_f64(),
        e if e.is_signed_int() => sign_extend(bits, e.bit_width()) as f64,
        _ => bits as f64,
    }
}

pub(crate) fn sign_extend(bits: u64, width: u32) -> i64 {
    let shift = 64 - width;
    ((bits << shift) as i64) >> shift
}

fn bytes_to_f64(bytes: &[u8], elem: ElemType) -> f64 {
    let mut raw = [0u8; 8];
    raw[..bytes.len()].copy_from_slice(bytes);
    bits_to_f64(u64::from_le_bytes(raw), elem)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dense_decoding() {
        let check = |data: DenseData, elem, count, want: &[f64]| {
            assert_eq!(dense_to_f64(&data, elem, count).unwrap(), want);
        };
        check(DenseData::Splat(Literal::Float(0.5)), ElemType::F32, 2, &[0.5, 0.5]);
        check(DenseData::Splat(Literal::Bits(0xFF800000)), ElemType::F32, 1, &[f64::NEG_INFINITY]);
        check(DenseData::Hex(vec![0, 0, 0x80, 0x3F, 0, 0, 0, 0x40]), ElemType::F32, 2, &[1.0, 2.0]);
        check(DenseData::Hex(vec![0xFF]), ElemType::I8, 3, &[-1.0, -1.0, -1.0]);
        check(DenseData::Elements(vec![Literal::Bool(true), Literal::Int(0)]), ElemType::I1, 2, &[1.0, 0.0]);
        assert!(dense_to_f64(&DenseData::Elements(vec![Literal::Int(1)]), ElemType::I32, 2).is_none());
    }
}
