//! Reading and writing tensors as numpy `.npz` archives, and matching an archive's arrays to a
//! function's arguments.
//!
//! Supported dtypes: `float64`, `float32`, `float16`, `bool`, `int8`..`int64`,
//! `uint8`..`uint64`, in either byte order and either memory order. numpy has no `bfloat16`:
//! [`write_npz`] writes `bf16` tensors as `float32` (exactly, every bf16 is an f32), and
//! [`match_inputs`] accepts a `float32` array for a `bf16` argument, rounding it to nearest
//! even.

use crate::error::RunError;
use crate::interp::layout::transpose;
use crate::tensor::{Data, Tensor};
use alpa_stablehlo::{ElemType, Func, TensorType, Type};
use half::f16;
use npyz::npz::{NpzArchive, NpzWriter};
use npyz::{DType, Order, TypeChar, WriterBuilder};
use std::path::Path;

fn io_error(path: &Path, e: impl std::fmt::Display) -> RunError {
    RunError::Io { path: path.display().to_string(), message: e.to_string() }
}

/// The numpy name of an element type (`bfloat16` for the type numpy lacks).
pub fn numpy_dtype(elem: ElemType) -> &'static str {
    match elem {
        ElemType::F64 => "float64",
        ElemType::F32 => "float32",
        ElemType::F16 => "float16",
        ElemType::BF16 => "bfloat16",
        ElemType::I1 => "bool",
        ElemType::I8 => "int8",
        ElemType::I16 => "int16",
        ElemType::I32 => "int32",
        ElemType::I64 => "int64",
        ElemType::U8 => "uint8",
        ElemType::U16 => "uint16",
        ElemType::U32 => "uint32",
        ElemType::U64 => "uint64",
    }
}

/// Reads every array of an `.npz` file, in archive order.
pub fn read_npz(path: impl AsRef<Path>) -> Result<Vec<(String, Tensor)>, RunError> {
    let path = path.as_ref();
    let mut archive = NpzArchive::open(path).map_err(|e| io_error(path, e))?;
    let zip = archive.zip_archive();
    let mut names = Vec::new();
    for i in 0..zip.len() {
        let file = zip.by_index(i).map_err(|e| io_error(path, e))?;
        if let Some(name) = npyz::npz::array_name_from_file_name(file.name()) {
            names.push(name.to_string());
        }
    }
    let mut out = Vec::with_capacity(names.len());
    for name in names {
        let npy = archive.by_name(&name).map_err(|e| io_error(path, e))?.ok_or_else(|| io_error(path, format!("array '{name}' vanished")))?;
        let bad = |what: String| io_error(path, format!("array '{name}': {what}"));
        let shape: Vec<i64> = npy.shape().iter().map(|&d| d as i64).collect();
        let order = npy.order();
        let DType::Plain(ts) = npy.dtype() else {
            return Err(bad(format!("unsupported dtype {}", npy.dtype().descr())));
        };
        let read_err = |e: std::io::Error| bad(e.to_string());
        let data = match (ts.type_char(), ts.size_field()) {
            (TypeChar::Float, 8) => Data::F64(npy.into_vec().map_err(read_err)?),
            (TypeChar::Float, 4) => Data::F32(npy.into_vec().map_err(read_err)?),
            (TypeChar::Float, 2) => Data::F16(npy.into_vec::<f16>().map_err(read_err)?),
            (TypeChar::Bool, 1) => Data::Bool(npy.into_vec().map_err(read_err)?),
            (TypeChar::Int, 1) => Data::I8(npy.into_vec().map_err(read_err)?),
            (TypeChar::Int, 2) => Data::I16(npy.into_vec().map_err(read_err)?),
            (TypeChar::Int, 4) => Data::I32(npy.into_vec().map_err(read_err)?),
            (TypeChar::Int, 8) => Data::I64(npy.into_vec().map_err(read_err)?),
            (TypeChar::Uint, 1) => Data::U8(npy.into_vec().map_err(read_err)?),
            (TypeChar::Uint, 2) => Data::U16(npy.into_vec().map_err(read_err)?),
            (TypeChar::Uint, 4) => Data::U32(npy.into_vec().map_err(read_err)?),
            (TypeChar::Uint, 8) => Data::U64(npy.into_vec().map_err(read_err)?),
            _ => return Err(bad(format!("unsupported dtype '{ts}'"))),
        };
        let tensor = match order {
            Order::C => Tensor::new(TensorType::new(shape, data.elem()), data).map_err(|e| bad(e.to_string()))?,
            Order::Fortran => {
                // Column-major data of shape S is the row-major transpose of shape reverse(S).
                let reversed: Vec<i64> = shape.iter().rev().copied().collect();
                let t = Tensor::new(TensorType::new(reversed, data.elem()), data).map_err(|e| bad(e.to_string()))?;
                let perm: Vec<i64> = (0..shape.len() as i64).rev().collect();
                transpose(&t, &perm).map_err(bad)?
            }
        };
        out.push((name, tensor));
    }
    Ok(out)
}

/// Writes arrays to an `.npz` file (uncompressed, like `numpy.savez`); `bf16` tensors become
/// `float32` arrays.
pub fn write_npz(path: impl AsRef<Path>, arrays: &[(String, Tensor)]) -> Result<(), RunError> {
    let path = path.as_ref();
    let err = |e: std::io::Error| io_error(path, e);
    let mut npz = NpzWriter::create(path).map_err(err)?;
    for (name, t) in arrays {
        let shape: Vec<u64> = t.dims().iter().map(|&d| d as u64).collect();
        let options = npyz::zip::write::FileOptions::default().compression_method(npyz::zip::CompressionMethod::Stored).large_file(t.ty.byte_size() >= u32::MAX as u64 / 2);
        macro_rules! write {
            ($t:ty, $values:expr) => {{
                let mut w = npz.array::<$t>(name, options).map_err(err)?.default_dtype().shape(&shape).begin_nd().map_err(err)?;
                w.extend($values).map_err(err)?;
                w.finish().map_err(err)?;
            }};
        }
        match &t.data {
            Data::F64(v) => write!(f64, v.iter().copied()),
            Data::F32(v) => write!(f32, v.iter().copied()),
            Data::F16(v) => write!(f16, v.iter().copied()),
            Data::BF16(v) => write!(f32, v.iter().map(|x| x.to_f32())),
            Data::Bool(v) => write!(bool, v.iter().copied()),
            Data::I8(v) => write!(i8, v.iter().copied()),
            Data::I16(v) => write!(i16, v.iter().copied()),
            Data::I32(v) => write!(i32, v.iter().copied()),
            Data::I64(v) => write!(i64, v.iter().copied()),
            Data::U8(v) => write!(u8, v.iter().copied()),
            Data::U16(v) => write!(u16, v.iter().copied()),
            Data::U32(v) => write!(u32, v.iter().copied()),
            Data::U64(v) => write!(u64, v.iter().copied()),
        }
    }
    npz.zip_writer().finish().map_err(|e| io_error(path, e))?;
    Ok(())
}

/// `t` as an array of `elem` when numpy stood in for it: numpy has no bf16, so a float32 array
/// carries a bf16 tensor (rounded here). Any other array is returned as it is.
pub fn from_numpy_stand_in(t: Tensor, elem: ElemType) -> Tensor {
    if elem == ElemType::BF16 && t.elem() == ElemType::F32 {
        return Tensor { data: crate::interp::elementwise::convert(&t.data, ElemType::BF16), ty: TensorType::new(t.ty.shape, ElemType::BF16) };
    }
    t
}

/// The arguments of `func` from arrays named `arg0`, `arg1`, ... (any order), checked against
/// its signature; `float32` arrays for `bf16` arguments are rounded.
pub fn match_inputs(func: &Func, mut arrays: Vec<(String, Tensor)>) -> Result<Vec<Tensor>, RunError> {
    let n = func.args.len();
    if let Some((extra, _)) = arrays.iter().find(|(k, _)| !k.strip_prefix("arg").and_then(|i| i.parse::<usize>().ok()).is_some_and(|i| i < n && format!("arg{i}") == *k)) {
        return Err(RunError::Input(format!("unexpected input '{extra}': @{} takes {n} arguments, named arg0 to arg{}", func.name, n.saturating_sub(1))));
    }
    let mut out = Vec::with_capacity(n);
    for (i, a) in func.args.iter().enumerate() {
        let key = format!("arg{i}");
        let want = func.ty(a.value);
        let Some(at) = arrays.iter().position(|(k, _)| *k == key) else {
            return Err(RunError::Input(format!("missing input '{key}' for @{}'s argument {i} ({want})", func.name)));
        };
        let (_, mut t) = arrays.swap_remove(at);
        let Type::Tensor(want_t) = want else {
            return Err(RunError::Input(format!("@{}'s argument {i} is {want}, which npz inputs cannot give", func.name)));
        };
        t = from_numpy_stand_in(t, want_t.elem);
        if t.shape() != want_t.shape.as_slice() {
            return Err(RunError::Input(format!("input '{key}' has shape {:?} but @{}'s argument {i} is {want}", t.shape(), func.name)));
        }
        if t.elem() != want_t.elem {
            return Err(RunError::Input(format!("input '{key}' has dtype {} but @{}'s argument {i} is {want}", numpy_dtype(t.elem()), func.name)));
        }
        out.push(t);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use half::bf16;

    fn tmp(name: &str) -> std::path::PathBuf {
        std::env::temp_dir().join(format!("alpa-runtime-{}-{name}.npz", std::process::id()))
    }

    #[test]
    fn round_trip_every_dtype() {
        let arrays: Vec<(String, Tensor)> = vec![
            ("f64".into(), Tensor::from_vec(&[2], vec![1.5f64, -2.0]).unwrap()),
            ("f32".into(), Tensor::from_vec(&[2, 2], vec![1.0f32, 2.0, 3.0, f32::NAN]).unwrap()),
            ("f16".into(), Tensor::from_vec(&[1], vec![f16::from_f32(0.5)]).unwrap()),
            ("b".into(), Tensor::from_vec(&[3], vec![true, false, true]).unwrap()),
            ("i8".into(), Tensor::from_vec(&[1], vec![-7i8]).unwrap()),
            ("i16".into(), Tensor::from_vec(&[1], vec![-300i16]).unwrap()),
            ("i32".into(), Tensor::scalar(-70000i32)),
            ("i64".into(), Tensor::from_vec(&[1], vec![i64::MIN + 1]).unwrap()),
            ("u8".into(), Tensor::from_vec(&[1], vec![255u8]).unwrap()),
            ("u16".into(), Tensor::from_vec(&[1], vec![65535u16]).unwrap()),
            ("u32".into(), Tensor::from_vec(&[1], vec![u32::MAX]).unwrap()),
            ("u64".into(), Tensor::from_vec(&[1], vec![u64::MAX]).unwrap()),
            ("empty".into(), Tensor::from_vec::<f32>(&[0, 3], vec![]).unwrap()),
        ];
        let path = tmp("round-trip");
        write_npz(&path, &arrays).unwrap();
        let back = read_npz(&path).unwrap();
        std::fs::remove_file(&path).ok();
        assert_eq!(back.len(), arrays.len());
        for ((kn, kt), (bn, bt)) in arrays.iter().zip(&back) {
            assert_eq!(kn, bn);
            assert_eq!(kt.ty, bt.ty, "{kn}");
            assert_eq!(kt.data.to_le_bytes(), bt.data.to_le_bytes(), "{kn}");
        }
    }

    #[test]
    fn bf16_goes_out_as_f32_and_comes_back_for_bf16_arguments() {
        let t = Tensor::from_vec(&[2], vec![bf16::from_f32(1.5), bf16::from_f32(-3.0)]).unwrap();
        let path = tmp("bf16");
        write_npz(&path, &[("arg0".into(), t.clone())]).unwrap();
        let back = read_npz(&path).unwrap();
        std::fs::remove_file(&path).ok();
        assert_eq!(back[0].1.ty.to_string(), "tensor<2xf32>");
        let m = alpa_stablehlo::parse_module("func.func @main(%a: tensor<2xbf16>) -> tensor<2xbf16> {\n  return %a : tensor<2xbf16>\n}").unwrap();
        assert_eq!(match_inputs(m.func("main").unwrap(), back).unwrap(), vec![t]);
    }

    #[test]
    fn inputs_are_checked_against_the_signature() {
        let m = alpa_stablehlo::parse_module("func.func @main(%a: tensor<8x4xf32>, %b: tensor<i32>) -> tensor<i32> {\n  return %b : tensor<i32>\n}").unwrap();
        let f = m.func("main").unwrap();
        let check = |arrays: Vec<(String, Tensor)>, want: &str| match match_inputs(f, arrays) {
            Ok(_) if want.is_empty() => {}
            Ok(_) => panic!("expected '{want}'"),
            Err(e) => assert_eq!(e.to_string(), want),
        };
        let a = Tensor::zeros(&TensorType::new(vec![8, 4], ElemType::F32)).unwrap();
        let b = Tensor::scalar(1i32);
        check(vec![("arg1".into(), b.clone()), ("arg0".into(), a.clone())], "");
        check(vec![("arg0".into(), a.clone())], "missing input 'arg1' for @main's argument 1 (tensor<i32>)");
        check(
            vec![("arg0".into(), Tensor::zeros(&TensorType::new(vec![4, 8], ElemType::F32)).unwrap()), ("arg1".into(), b.clone())],
            "input 'arg0' has shape [4, 8] but @main's argument 0 is tensor<8x4xf32>",
        );
        check(vec![("arg0".into(), a.clone()), ("arg1".into(), Tensor::scalar(1.0f32))], "input 'arg1' has dtype float32 but @main's argument 1 is tensor<i32>");
        check(vec![("arg0".into(), a), ("arg1".into(), b.clone()), ("arg2".into(), b)], "unexpected input 'arg2': @main takes 2 arguments, named arg0 to arg1");
    }

    #[test]
    fn fortran_order_and_big_endian_arrays() {
        let path = tmp("layouts");
        {
            let mut npz = NpzWriter::create(&path).unwrap();
            // [[1, 2, 3], [4, 5, 6]] stored column by column.
            let mut w = npz.array::<i32>("f", Default::default()).unwrap().default_dtype().order(Order::Fortran).shape(&[2, 3]).begin_nd().unwrap();
            w.extend([1, 4, 2, 5, 3, 6]).unwrap();
            w.finish().unwrap();
            let big: DType = DType::Plain(">i4".parse().unwrap());
            let mut w = npz.array::<i32>("be", Default::default()).unwrap().dtype(big).shape(&[2]).begin_nd().unwrap();
            w.extend([1, -2]).unwrap();
            w.finish().unwrap();
            npz.zip_writer().finish().unwrap();
        }
        let back = read_npz(&path).unwrap();
        std::fs::remove_file(&path).ok();
        assert_eq!(back[0], ("f".to_string(), Tensor::from_vec(&[2, 3], vec![1, 2, 3, 4, 5, 6]).unwrap()));
        assert_eq!(back[1], ("be".to_string(), Tensor::from_vec(&[2], vec![1, -2]).unwrap()));
    }

    #[test]
    fn missing_file_is_an_io_error() {
        let e = read_npz("/nonexistent/x.npz").unwrap_err();
        assert!(matches!(e, RunError::Io { .. }), "{e}");
    }
}
