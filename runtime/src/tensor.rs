//! Tensors as the runtime holds them: a static [`TensorType`] and the elements, row-major, each
//! in its element type's own representation (`Vec<f32>`, `Vec<half::bf16>`, `Vec<bool>`, ...),
//! so that integers stay exact and low-precision floats round exactly where the program rounds.
//!
//! Also here: decoding `dense<...>` attributes without going through `f64` for integers, and the
//! row-major shape arithmetic (strides, odometer-style index iteration) the interpreter uses.

use crate::error::RunError;
use alpa_stablehlo::attr::{Attr, DenseData, Literal};
use alpa_stablehlo::{ElemType, TensorType};
use half::{bf16, f16};

/// The elements of a tensor, row-major, in the element type's own representation.
#[allow(missing_docs)]
#[derive(Clone, Debug, PartialEq)]
pub enum Data {
    F64(Vec<f64>),
    F32(Vec<f32>),
    F16(Vec<f16>),
    BF16(Vec<bf16>),
    Bool(Vec<bool>),
    I8(Vec<i8>),
    I16(Vec<i16>),
    I32(Vec<i32>),
    I64(Vec<i64>),
    U8(Vec<u8>),
    U16(Vec<u16>),
    U32(Vec<u32>),
    U64(Vec<u64>),
}

/// Runs `$body` with `$v` bound to the element vector, whatever its type.
macro_rules! with_data {
    ($data:expr, $v:ident => $body:expr) => {
        match $data {
            Data::F64($v) => $body,
            Data::F32($v) => $body,
            Data::F16($v) => $body,
            Data::BF16($v) => $body,
            Data::Bool($v) => $body,
            Data::I8($v) => $body,
            Data::I16($v) => $body,
            Data::I32($v) => $body,
            Data::I64($v) => $body,
            Data::U8($v) => $body,
            Data::U16($v) => $body,
            Data::U32($v) => $body,
            Data::U64($v) => $body,
        }
    };
}

/// Like [`with_data!`], wrapping the resulting vector back into the same variant.
macro_rules! map_data {
    ($data:expr, $v:ident => $body:expr) => {
        match $data {
            Data::F64($v) => Data::F64($body),
            Data::F32($v) => Data::F32($body),
            Data::F16($v) => Data::F16($body),
            Data::BF16($v) => Data::BF16($body),
            Data::Bool($v) => Data::Bool($body),
            Data::I8($v) => Data::I8($body),
            Data::I16($v) => Data::I16($body),
            Data::I32($v) => Data::I32($body),
            Data::I64($v) => Data::I64($body),
            Data::U8($v) => Data::U8($body),
            Data::U16($v) => Data::U16($body),
            Data::U32($v) => Data::U32($body),
            Data::U64($v) => Data::U64($body),
        }
    };
}

/// A Rust type that is the in-memory representation of one element type.
pub trait Element: Copy + Default + std::fmt::Debug + 'static {
    /// The element type it represents.
    const ELEM: ElemType;
    /// Wraps a vector of elements.
    fn into_data(v: Vec<Self>) -> Data;
    /// The elements, if `data` holds this type.
    fn slice(data: &Data) -> Option<&[Self]>;
}

macro_rules! element {
    ($($t:ty => $variant:ident, $elem:ident;)*) => {$(
        impl Element for $t {
            const ELEM: ElemType = ElemType::$elem;
            fn into_data(v: Vec<Self>) -> Data {
                Data::$variant(v)
            }
            fn slice(data: &Data) -> Option<&[Self]> {
                match data {
                    Data::$variant(v) => Some(v),
                    _ => None,
                }
            }
        }
    )*};
}

element! {
    f64 => F64, F64;
    f32 => F32, F32;
    f16 => F16, F16;
    bf16 => BF16, BF16;
    bool => Bool, I1;
    i8 => I8, I8;
    i16 => I16, I16;
    i32 => I32, I32;
    i64 => I64, I64;
    u8 => U8, U8;
    u16 => U16, U16;
    u32 => U32, U32;
    u64 => U64, U64;
}

impl Data {
    /// `n` zeros (`false` for booleans) of `elem`.
    pub fn zeros(elem: ElemType, n: usize) -> Data {
        match elem {
            ElemType::F64 => Data::F64(vec![0.0; n]),
            ElemType::F32 => Data::F32(vec![0.0; n]),
            ElemType::F16 => Data::F16(vec![f16::ZERO; n]),
            ElemType::BF16 => Data::BF16(vec![bf16::ZERO; n]),
            ElemType::I1 => Data::Bool(vec![false; n]),
            ElemType::I8 => Data::I8(vec![0; n]),
            ElemType::I16 => Data::I16(vec![0; n]),
            ElemType::I32 => Data::I32(vec![0; n]),
            ElemType::I64 => Data::I64(vec![0; n]),
            ElemType::U8 => Data::U8(vec![0; n]),
            ElemType::U16 => Data::U16(vec![0; n]),
            ElemType::U32 => Data::U32(vec![0; n]),
            ElemType::U64 => Data::U64(vec![0; n]),
        }
    }

    /// The element type these elements represent.
    pub fn elem(&self) -> ElemType {
        match self {
            Data::F64(_) => ElemType::F64,
            Data::F32(_) => ElemType::F32,
            Data::F16(_) => ElemType::F16,
            Data::BF16(_) => ElemType::BF16,
            Data::Bool(_) => ElemType::I1,
            Data::I8(_) => ElemType::I8,
            Data::I16(_) => ElemType::I16,
            Data::I32(_) => ElemType::I32,
            Data::I64(_) => ElemType::I64,
            Data::U8(_) => ElemType::U8,
            Data::U16(_) => ElemType::U16,
            Data::U32(_) => ElemType::U32,
            Data::U64(_) => ElemType::U64,
        }
    }

    /// The number of elements.
    pub fn len(&self) -> usize {
        with_data!(self, v => v.len())
    }

    /// True when there are no elements.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every element as `f64` (exact for floats; integers beyond 2^53 round).
    pub fn to_f64_vec(&self) -> Vec<f64> {
        match self {
            Data::F64(v) => v.clone(),
            Data::F32(v) => v.iter().map(|&x| x as f64).collect(),
            Data::F16(v) => v.iter().map(|x| x.to_f64()).collect(),
            Data::BF16(v) => v.iter().map(|x| x.to_f64()).collect(),
            Data::Bool(v) => v.iter().map(|&x| x as u8 as f64).collect(),
            Data::I8(v) => v.iter().map(|&x| x as f64).collect(),
            Data::I16(v) => v.iter().map(|&x| x as f64).collect(),
            Data::I32(v) => v.iter().map(|&x| x as f64).collect(),
            Data::I64(v) => v.iter().map(|&x| x as f64).collect(),
            Data::U8(v) => v.iter().map(|&x| x as f64).collect(),
            Data::U16(v) => v.iter().map(|&x| x as f64).collect(),
            Data::U32(v) => v.iter().map(|&x| x as f64).collect(),
            Data::U64(v) => v.iter().map(|&x| x as f64).collect(),
        }
    }

    /// Every element of an integer or boolean tensor, exactly; `None` for floats.
    pub fn to_i128_vec(&self) -> Option<Vec<i128>> {
        Some(match self {
            Data::Bool(v) => v.iter().map(|&x| x as i128).collect(),
            Data::I8(v) => v.iter().map(|&x| x as i128).collect(),
            Data::I16(v) => v.iter().map(|&x| x as i128).collect(),
            Data::I32(v) => v.iter().map(|&x| x as i128).collect(),
            Data::I64(v) => v.iter().map(|&x| x as i128).collect(),
            Data::U8(v) => v.iter().map(|&x| x as i128).collect(),
            Data::U16(v) => v.iter().map(|&x| x as i128).collect(),
            Data::U32(v) => v.iter().map(|&x| x as i128).collect(),
            Data::U64(v) => v.iter().map(|&x| x as i128).collect(),
            _ => return None,
        })
    }

    /// Floats of `elem` from `f64` values, rounding to nearest even; integers truncate toward
    /// zero and saturate (the float-to-integer rule of `stablehlo.convert`).
    pub fn from_f64(elem: ElemType, values: impl Iterator<Item = f64>) -> Data {
        match elem {
            ElemType::F64 => Data::F64(values.collect()),
            ElemType::F32 => Data::F32(values.map(|x| x as f32).collect()),
            // Through f32, as XLA computes half-precision ops in f32 and rounds after.
            ElemType::F16 => Data::F16(values.map(|x| f16::from_f32(x as f32)).collect()),
            ElemType::BF16 => Data::BF16(values.map(|x| bf16::from_f32(x as f32)).collect()),
            ElemType::I1 => Data::Bool(values.map(|x| x != 0.0).collect()),
            ElemType::I8 => Data::I8(values.map(|x| x as i8).collect()),
            ElemType::I16 => Data::I16(values.map(|x| x as i16).collect()),
            ElemType::I32 => Data::I32(values.map(|x| x as i32).collect()),
            ElemType::I64 => Data::I64(values.map(|x| x as i64).collect()),
            ElemType::U8 => Data::U8(values.map(|x| x as u8).collect()),
            ElemType::U16 => Data::U16(values.map(|x| x as u16).collect()),
            ElemType::U32 => Data::U32(values.map(|x| x as u32).collect()),
            ElemType::U64 => Data::U64(values.map(|x| x as u64).collect()),
        }
    }

    /// Integers of `elem` from exact values, wrapping modulo 2^width (booleans: nonzero is true).
    /// Floats round to nearest.
    pub fn from_i128(elem: ElemType, values: impl Iterator<Item = i128>) -> Data {
        match elem {
            ElemType::F64 => Data::F64(values.map(|x| x as f64).collect()),
            ElemType::F32 => Data::F32(values.map(|x| x as f32).collect()),
            ElemType::F16 => Data::F16(values.map(|x| f16::from_f32(x as f32)).collect()),
            ElemType::BF16 => Data::BF16(values.map(|x| bf16::from_f32(x as f32)).collect()),
            ElemType::I1 => Data::Bool(values.map(|x| x != 0).collect()),
            ElemType::I8 => Data::I8(values.map(|x| x as i8).collect()),
            ElemType::I16 => Data::I16(values.map(|x| x as i16).collect()),
            ElemType::I32 => Data::I32(values.map(|x| x as i32).collect()),
            ElemType::I64 => Data::I64(values.map(|x| x as i64).collect()),
            ElemType::U8 => Data::U8(values.map(|x| x as u8).collect()),
            ElemType::U16 => Data::U16(values.map(|x| x as u16).collect()),
            ElemType::U32 => Data::U32(values.map(|x| x as u32).collect()),
            ElemType::U64 => Data::U64(values.map(|x| x as u64).collect()),
        }
    }

    /// The elements at flat positions `idx`, in that order. Every position must be in range.
    pub(crate) fn take(&self, idx: &[usize]) -> Data {
        map_data!(self, v => idx.iter().map(|&i| v[i]).collect())
    }

    /// Writes `src`'s elements to the flat positions `dst` (`self[dst[k]] = src[k]`). Both must
    /// hold the same element type and every position must be in range.
    pub(crate) fn put(&mut self, dst: &[usize], src: &Data) -> Result<(), String> {
        macro_rules! put {
            ($($variant:ident),*) => {
                match (self, src) {
                    $((Data::$variant(d), Data::$variant(s)) => {
                        for (&i, &x) in dst.iter().zip(s.iter()) {
                            d[i] = x;
                        }
                        Ok(())
                    })*
                    (d, s) => Err(format!("cannot store {} elements into a {} tensor", s.elem(), d.elem())),
                }
            };
        }
        put!(F64, F32, F16, BF16, Bool, I8, I16, I32, I64, U8, U16, U32, U64)
    }

    /// The elements at `base + sum_d idx[d] * step[d]` for every index of `shape`, in
    /// row-major order (see [`strided_map`]). Every position must be in range.
    pub(crate) fn strided(&self, shape: &[usize], step: &[usize], base: usize) -> Data {
        map_data!(self, v => strided_map(v, shape, step, base, |x| x))
    }

    /// Element `i` repeated `n` times.
    pub(crate) fn repeat(&self, i: usize, n: usize) -> Data {
        map_data!(self, v => vec![v[i]; n])
    }

    /// The elements of `parts` one after another; all must hold `elem`.
    pub(crate) fn concat(elem: ElemType, parts: &[&Data]) -> Result<Data, String> {
        let mut out = Data::zeros(elem, 0);
        for p in parts {
            macro_rules! extend {
                ($($variant:ident),*) => {
                    match (&mut out, p) {
                        $((Data::$variant(d), Data::$variant(s)) => d.extend_from_slice(s),)*
                        (d, s) => return Err(format!("cannot concatenate {} elements onto {} elements", s.elem(), d.elem())),
                    }
                };
            }
            extend!(F64, F32, F16, BF16, Bool, I8, I16, I32, I64, U8, U16, U32, U64);
        }
        Ok(out)
    }

    /// The raw little-endian bytes of the elements (a boolean takes one byte, 0 or 1).
    pub fn to_le_bytes(&self) -> Vec<u8> {
        match self {
            Data::Bool(v) => v.iter().map(|&b| b as u8).collect(),
            Data::F16(v) => v.iter().flat_map(|x| x.to_bits().to_le_bytes()).collect(),
            Data::BF16(v) => v.iter().flat_map(|x| x.to_bits().to_le_bytes()).collect(),
            Data::F64(v) => v.iter().flat_map(|x| x.to_le_bytes()).collect(),
            Data::F32(v) => v.iter().flat_map(|x| x.to_le_bytes()).collect(),
            Data::I8(v) => v.iter().flat_map(|x| x.to_le_bytes()).collect(),
            Data::I16(v) => v.iter().flat_map(|x| x.to_le_bytes()).collect(),
            Data::I32(v) => v.iter().flat_map(|x| x.to_le_bytes()).collect(),
            Data::I64(v) => v.iter().flat_map(|x| x.to_le_bytes()).collect(),
            Data::U8(v) => v.clone(),
            Data::U16(v) => v.iter().flat_map(|x| x.to_le_bytes()).collect(),
            Data::U32(v) => v.iter().flat_map(|x| x.to_le_bytes()).collect(),
            Data::U64(v) => v.iter().flat_map(|x| x.to_le_bytes()).collect(),
        }
    }

    /// Elements of `elem` from raw little-endian bytes (`elem.byte_size()` bytes each; a
    /// boolean is true when its byte is nonzero). Trailing bytes that do not fill an element
    /// are ignored.
    pub fn from_le_bytes(elem: ElemType, bytes: &[u8]) -> Data {
        macro_rules! chunks {
            ($t:ty, $n:expr, $conv:expr) => {
                bytes.chunks_exact($n).map(|c| $conv(<$t>::from_le_bytes(c.try_into().unwrap_or([0; $n])))).collect()
            };
        }
        match elem {
            ElemType::F64 => Data::F64(chunks!(f64, 8, |x| x)),
            ElemType::F32 => Data::F32(chunks!(f32, 4, |x| x)),
            ElemType::F16 => Data::F16(chunks!(u16, 2, f16::from_bits)),
            ElemType::BF16 => Data::BF16(chunks!(u16, 2, bf16::from_bits)),
            ElemType::I1 => Data::Bool(bytes.iter().map(|&b| b != 0).collect()),
            ElemType::I8 => Data::I8(bytes.iter().map(|&b| b as i8).collect()),
            ElemType::I16 => Data::I16(chunks!(i16, 2, |x| x)),
            ElemType::I32 => Data::I32(chunks!(i32, 4, |x| x)),
            ElemType::I64 => Data::I64(chunks!(i64, 8, |x| x)),
            ElemType::U8 => Data::U8(bytes.to_vec()),
            ElemType::U16 => Data::U16(chunks!(u16, 2, |x| x)),
            ElemType::U32 => Data::U32(chunks!(u32, 4, |x| x)),
            ElemType::U64 => Data::U64(chunks!(u64, 8, |x| x)),
        }
    }
}

/// A tensor value: its static type and its elements.
///
/// Invariant: `data` holds `ty.elem` elements, `ty.num_elements()` of them, and `ty` is static.
#[derive(Clone, Debug, PartialEq)]
pub struct Tensor {
    /// Shape and element type.
    pub ty: TensorType,
    /// The elements, row-major.
    pub data: Data,
}

impl Tensor {
    /// A tensor of type `ty` holding `data`; checks the element type and count.
    pub fn new(ty: TensorType, data: Data) -> Result<Tensor, RunError> {
        if !ty.is_static() {
            return Err(RunError::Input(format!("{ty} has a dynamic dimension")));
        }
        if data.elem() != ty.elem {
            return Err(RunError::Input(format!("{} elements cannot form a {ty}", data.elem())));
        }
        if data.len() as u64 != ty.num_elements() {
            return Err(RunError::Input(format!("{} elements cannot form a {ty}, which has {}", data.len(), ty.num_elements())));
        }
        Ok(Tensor { ty, data })
    }

    /// A tensor of the given shape from row-major elements.
    pub fn from_vec<T: Element>(shape: &[i64], values: Vec<T>) -> Result<Tensor, RunError> {
        Tensor::new(TensorType::new(shape.to_vec(), T::ELEM), T::into_data(values))
    }

    /// A rank-0 tensor.
    pub fn scalar<T: Element>(value: T) -> Tensor {
        Tensor { ty: TensorType::scalar(T::ELEM), data: T::into_data(vec![value]) }
    }

    /// A tensor of type `ty` filled with zeros.
    pub fn zeros(ty: &TensorType) -> Result<Tensor, RunError> {
        let n = num_elements(ty).map_err(RunError::Input)?;
        Ok(Tensor { ty: ty.clone(), data: Data::zeros(ty.elem, n) })
    }

    /// The elements, if they are of type `T`.
    pub fn as_slice<T: Element>(&self) -> Option<&[T]> {
        T::slice(&self.data)
    }

    /// The element type.
    pub fn elem(&self) -> ElemType {
        self.ty.elem
    }

    /// The dimension sizes.
    pub fn shape(&self) -> &[i64] {
        &self.ty.shape
    }

    /// The dimension sizes as `usize` (the type is static by the invariant).
    pub fn dims(&self) -> Vec<usize> {
        self.ty.shape.iter().map(|&d| d.max(0) as usize).collect()
    }

    /// The number of elements.
    pub fn len(&self) -> usize {
        self.data.len()
    }

    /// True when the tensor has no elements.
    pub fn is_empty(&self) -> bool {
        self.data.is_empty()
    }

    /// Decodes a `dense<...> : tensor<...>` attribute. Integers are decoded exactly (decimal,
    /// hexadecimal bit patterns and raw hex bytes alike); floats round to the element type.
    pub fn from_dense(attr: &Attr) -> Result<Tensor, String> {
        let Attr::Dense { data, ty } = attr else {
            return Err("expected a dense elements attribute".into());
        };
        let Some(ty) = ty.as_tensor() else {
            return Err(format!("dense attribute of non-tensor type {ty}"));
        };
        let n = num_elements(ty)?;
        let elem = ty.elem;
        let decoded = match data {
            DenseData::Splat(l) => literals(elem, std::slice::from_ref(l))?.repeat(0, n),
            DenseData::Elements(items) if items.len() == n => literals(elem, items)?,
            DenseData::Elements(items) if items.len() == 1 => literals(elem, items)?.repeat(0, n),
            DenseData::Elements(items) => return Err(format!("dense literal has {} elements but {ty} has {n}", items.len())),
            DenseData::Hex(bytes) => {
                let size = elem.byte_size() as usize;
                if bytes.len() == size && n != 1 {
                    Data::from_le_bytes(elem, bytes).repeat(0, n)
                } else if bytes.len() == size * n {
                    Data::from_le_bytes(elem, bytes)
                } else {
                    return Err(format!("hex dense literal has {} bytes but {ty} needs {}", bytes.len(), size * n));
                }
            }
        };
        Ok(Tensor { ty: ty.clone(), data: decoded })
    }

    /// The elements of an integer or boolean tensor as `i64` (unsigned 64-bit values above
    /// `i64::MAX` saturate); `None` for floats.
    pub fn to_i64_vec(&self) -> Option<Vec<i64>> {
        Some(self.data.to_i128_vec()?.into_iter().map(|x| x.clamp(i64::MIN as i128, i64::MAX as i128) as i64).collect())
    }
}

/// Decodes literals of `elem` exactly.
fn literals(elem: ElemType, items: &[Literal]) -> Result<Data, String> {
    if elem.is_float() {
        let float = |l: &Literal| -> f64 {
            match *l {
                Literal::Float(v) => v,
                Literal::Int(v) => v as f64,
                Literal::Bool(b) => b as u8 as f64,
                Literal::Bits(bits) => alpa_stablehlo::attr::bits_to_f64(bits, elem),
            }
        };
        // A hex bit pattern must survive bit-exactly (NaN payloads included), so bits decode
        // straight into the element type rather than through `f64` rounding.
        let all_bits = items.iter().all(|l| matches!(l, Literal::Bits(_)));
        if all_bits {
            let bits: Vec<u64> = items.iter().map(|l| if let Literal::Bits(b) = l { *b } else { 0 }).collect();
            return Ok(match elem {
                ElemType::F64 => Data::F64(bits.iter().map(|&b| f64::from_bits(b)).collect()),
                ElemType::F32 => Data::F32(bits.iter().map(|&b| f32::from_bits(b as u32)).collect()),
                ElemType::F16 => Data::F16(bits.iter().map(|&b| f16::from_bits(b as u16)).collect()),
                _ => Data::BF16(bits.iter().map(|&b| bf16::from_bits(b as u16)).collect()),
            });
        }
        return Ok(Data::from_f64(elem, items.iter().map(float)));
    }
    let mut ints = Vec::with_capacity(items.len());
    for l in items {
        ints.push(match *l {
            Literal::Int(v) => v,
            Literal::Bool(b) => b as i128,
            Literal::Bits(bits) => bits as i128,
            Literal::Float(v) if v.fract() == 0.0 => v as i128,
            Literal::Float(v) => return Err(format!("float literal {v} in a dense attribute of {elem}")),
        });
    }
    Ok(Data::from_i128(elem, ints.into_iter()))
}

/// The element count of a static tensor type, checked to fit memory indexing.
pub(crate) fn num_elements(ty: &TensorType) -> Result<usize, String> {
    let mut n: usize = 1;
    for &d in &ty.shape {
        if d < 0 {
            return Err(format!("{ty} has a dynamic dimension"));
        }
        n = n.checked_mul(d as usize).ok_or_else(|| format!("{ty} has too many elements"))?;
    }
    Ok(n)
}

/// `f` of the elements of `v` at `base + sum_d idx[d] * step[d]` for every index `idx` of
/// `shape`, in row-major order: the one loop behind broadcasts, slices and transposes. It runs
/// one innermost row at a time (a copy when the row is contiguous, a fill when it
/// broadcasts), so it needs no per-element index vector. Every position must be in range.
pub(crate) fn strided_map<T: Copy, U: Copy>(v: &[T], shape: &[usize], step: &[usize], base: usize, f: impl Fn(T) -> U) -> Vec<U> {
    let n: usize = shape.iter().product();
    let mut out = Vec::with_capacity(n);
    if n == 0 {
        return out;
    }
    let Some((&inner, outer)) = shape.split_last() else {
        out.push(f(v[base]));
        return out;
    };
    let s = step[shape.len() - 1];
    if let [.., rows, _] = *shape {
        if step[shape.len() - 2] == 1 && s > 1 && rows > 1 {
            return transposed_planes(v, shape, step, base, f);
        }
    }
    for_each_index(outer, |i| {
        let start = base + i.iter().zip(step).map(|(a, st)| a * st).sum::<usize>();
        match s {
            0 => out.extend((0..inner).map(|_| f(v[start]))),
            1 => out.extend(v[start..start + inner].iter().map(|&x| f(x))),
            _ => out.extend((0..inner).map(|k| f(v[start + k * s]))),
        }
    });
    out
}

/// [`strided_map`] when the last two output dimensions are a transpose (the second-to-last
/// reads contiguous elements, the last strided ones): copies each plane in square tiles, so
/// reads and writes both stay within a few cache lines instead of striding through memory.
fn transposed_planes<T: Copy, U: Copy>(v: &[T], shape: &[usize], step: &[usize], base: usize, f: impl Fn(T) -> U) -> Vec<U> {
    const TILE: usize = 32;
    let r = shape.len();
    let (rows, cols, col_step) = (shape[r - 2], shape[r - 1], step[r - 1]);
    let n: usize = shape.iter().product();
    let mut out = vec![f(v[base]); n];
    let mut plane = 0;
    for_each_index(&shape[..r - 2], |i| {
        let start = base + i.iter().zip(step).map(|(a, st)| a * st).sum::<usize>();
        let dst = &mut out[plane * rows * cols..(plane + 1) * rows * cols];
        for r0 in (0..rows).step_by(TILE) {
            for c0 in (0..cols).step_by(TILE) {
                for row in r0..(r0 + TILE).min(rows) {
                    for c in c0..(c0 + TILE).min(cols) {
                        dst[row * cols + c] = f(v[start + row + c * col_step]);
                    }
                }
            }
        }
        plane += 1;
    });
    out
}

/// Row-major strides (in elements) of a shape.
pub fn strides(shape: &[usize]) -> Vec<usize> {
    let mut s = vec![1; shape.len()];
    for i in (0..shape.len().saturating_sub(1)).rev() {
        s[i] = s[i + 1] * shape[i + 1];
    }
    s
}

/// Advances `idx` to the next multi-index of `shape` in row-major order; false after the last.
pub fn next_index(idx: &mut [usize], shape: &[usize]) -> bool {
    for d in (0..idx.len()).rev() {
        idx[d] += 1;
        if idx[d] < shape[d] {
            return true;
        }
        idx[d] = 0;
    }
    false
}

/// Calls `f` with every multi-index of `shape` in row-major order (once with `[]` for rank 0;
/// never when a dimension is 0).
pub fn for_each_index(shape: &[usize], mut f: impl FnMut(&[usize])) {
    if shape.contains(&0) {
        return;
    }
    let mut idx = vec![0; shape.len()];
    loop {
        f(&idx);
        if !next_index(&mut idx, shape) {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alpa_stablehlo::Type;

    fn dense(data: DenseData, shape: &[i64], elem: ElemType) -> Attr {
        Attr::Dense { data, ty: Type::tensor(shape.to_vec(), elem) }
    }

    #[test]
    fn dense_decoding_is_exact() {
        let check = |attr: Attr, want: Data| assert_eq!(Tensor::from_dense(&attr).unwrap().data.to_le_bytes(), want.to_le_bytes());
        let big = (1i64 << 62) + 1;
        check(dense(DenseData::Splat(Literal::Int(big as i128)), &[2], ElemType::I64), Data::I64(vec![big, big]));
        check(dense(DenseData::Splat(Literal::Bits(0xFFFF_FFFF)), &[], ElemType::I32), Data::I32(vec![-1]));
        check(dense(DenseData::Splat(Literal::Bits(0x7FC0_0001)), &[], ElemType::F32), Data::F32(vec![f32::from_bits(0x7FC0_0001)]));
        check(dense(DenseData::Splat(Literal::Int(u64::MAX as i128)), &[], ElemType::U64), Data::U64(vec![u64::MAX]));
        check(dense(DenseData::Hex(vec![1, 0, 0, 0, 0, 0, 0, 0x80]), &[], ElemType::I64), Data::I64(vec![i64::MIN + 1]));
        check(dense(DenseData::Hex(vec![0, 0x3F]), &[3], ElemType::BF16), Data::BF16(vec![bf16::from_f32(0.5); 3]));
        check(dense(DenseData::Elements(vec![Literal::Bool(true), Literal::Int(0)]), &[2], ElemType::I1), Data::Bool(vec![true, false]));
        check(dense(DenseData::Elements(vec![Literal::Float(0.1), Literal::Int(2)]), &[2], ElemType::F64), Data::F64(vec![0.1, 2.0]));
        assert!(Tensor::from_dense(&dense(DenseData::Elements(vec![Literal::Int(1)]), &[2, 3], ElemType::I8)).is_ok());
        assert!(Tensor::from_dense(&dense(DenseData::Elements(vec![Literal::Int(1), Literal::Int(2)]), &[3], ElemType::I8)).is_err());
    }

    #[test]
    fn shapes() {
        assert_eq!(strides(&[2, 3, 4]), vec![12, 4, 1]);
        assert_eq!(strides(&[]), Vec::<usize>::new());
        let mut seen = Vec::new();
        for_each_index(&[2, 2], |i| seen.push(i.to_vec()));
        assert_eq!(seen, vec![vec![0, 0], vec![0, 1], vec![1, 0], vec![1, 1]]);
        let mut n = 0;
        for_each_index(&[], |_| n += 1);
        for_each_index(&[3, 0], |_| n += 1);
        assert_eq!(n, 1);
        assert!(Tensor::from_vec(&[2, 2], vec![1.0f32; 3]).is_err());
    }
}
