//! What `alpa-run` does, as a library: read and verify a module, get its inputs (an `.npz` or
//! seeded random data), run it on a backend, write the outputs, and compare them with
//! reference outputs, read from an `.npz` or computed by running the unpartitioned original
//! module on the reference interpreter with the same inputs. The binary in `tools/` only
//! parses flags into a [`Request`].
//!
//! On the `sim` backend the module is a partitioned one ([`crate::spmd_io`]): inputs, outputs
//! and reference outputs are global tensors, split over and assembled from the devices. A
//! staged module, whose entry is a pipeline driver (it has `alpa.program`), runs on the
//! pipeline executor ([`crate::pipeline`]) instead; the driver's own argument and result types
//! are the global ones.

use crate::pipeline::{is_pipeline, Pipeline};
use crate::spmd_io::{run_partitioned, SpmdSignature};
use crate::{compare, match_inputs, random_inputs, read_npz, relative_error, run, write_npz, RunError, Tensor};
use alpa_stablehlo::ir::Module;
use alpa_stablehlo::verify::verify_module;
use alpa_stablehlo::{parse_module, Type};
use std::fmt::Write;
use std::time::Instant;

/// The backends a module can run on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    /// The reference interpreter.
    Interp,
    /// The SPMD simulator, running a partitioned module on every device of its grid.
    Sim,
}

impl Backend {
    /// The backend called `name` (`interp`, `sim`).
    pub fn from_name(name: &str) -> Result<Backend, String> {
        match name {
            "interp" => Ok(Backend::Interp),
            "sim" => Ok(Backend::Sim),
            other => Err(format!("unknown backend '{other}' (available: interp, sim)")),
        }
    }
}

/// One `alpa-run` invocation.
#[derive(Clone, Debug)]
pub struct Request {
    /// The module file.
    pub module: String,
    /// The function to run.
    pub entry: String,
    /// Where to run it.
    pub backend: Backend,
    /// Inputs (`arg0`, `arg1`, ...); random when absent.
    pub inputs: Option<String>,
    /// Seed for random inputs.
    pub seed: u64,
    /// Where to write outputs (`out0`, `out1`, ...).
    pub outputs: Option<String>,
    /// Reference outputs to compare with.
    pub expected: Option<String>,
    /// The original module to compare with: it runs on the reference interpreter with the
    /// same (global) inputs, and its outputs are the reference.
    pub verify_against: Option<String>,
    /// Tolerance of the floating-point comparison (relative L2 error per output).
    pub tolerance: f64,
}

/// What a run produced, for people.
pub struct Report {
    /// A line per output, plus timing and the comparison's verdict.
    pub text: String,
    /// Whether the outputs matched the reference (true when there is none).
    pub matched: bool,
}

/// Runs a request. `Err` is a message for the user (exit 1); a mismatch is a report whose
/// `matched` is false.
pub fn execute(req: &Request) -> Result<Report, String> {
    if req.expected.is_some() && req.verify_against.is_some() {
        return Err("--expected and --verify-against cannot be combined".into());
    }
    let module = read_module(&req.module)?;
    let func = module.func(&req.entry).ok_or_else(|| format!("{}: no function '@{}'", req.module, req.entry))?;
    let plan = match req.backend {
        Backend::Interp => Plan::Interp,
        Backend::Sim if is_pipeline(func) => Plan::Pipeline(Pipeline::of(&module, &req.entry).map_err(|e| located(&req.module, e))?),
        Backend::Sim => Plan::Spmd(SpmdSignature::of(&module, &req.entry).map_err(|e| format!("{}: {e}", req.module))?),
    };
    // The inputs are global: matched and generated for the global argument types.
    let global_func = match &plan {
        Plan::Spmd(sig) => Some(sig.global_func(&req.entry)),
        Plan::Interp | Plan::Pipeline(_) => None,
    };
    let input_func = global_func.as_ref().unwrap_or(func);
    let original = match &req.verify_against {
        Some(path) => Some((path, read_module(path)?)),
        None => None,
    };
    if let Some((path, orig)) = &original {
        let orig_func = orig.func(&req.entry).ok_or_else(|| format!("{path}: no function '@{}'", req.entry))?;
        if orig_func.arg_types() != input_func.arg_types() {
            let show = |types: Vec<Type>| types.iter().map(Type::to_string).collect::<Vec<_>>().join(", ");
            return Err(format!("{path}: @{} takes ({}) but {} takes ({}) globally", req.entry, show(orig_func.arg_types()), req.module, show(input_func.arg_types())));
        }
    }
    let inputs = match &req.inputs {
        Some(path) => match_inputs(input_func, read_npz(path).map_err(|e| e.to_string())?).map_err(|e| format!("{path}: {e}"))?,
        None => random_inputs(input_func, req.seed).map_err(|e| e.to_string())?,
    };
    let start = Instant::now();
    let outputs = match &plan {
        Plan::Interp => run(&module, &req.entry, inputs.clone()),
        Plan::Spmd(sig) => run_partitioned(&module, &req.entry, sig, &inputs, req.tolerance),
        Plan::Pipeline(pipeline) => pipeline.run(&inputs, req.tolerance),
    };
    let outputs = outputs.map_err(|e| located(&req.module, e))?;
    let elapsed = start.elapsed();
    let mut out = String::new();
    let source = req.inputs.as_deref().map_or_else(|| format!("random inputs (seed {})", req.seed), |p| format!("inputs from {p}"));
    let on = match &plan {
        Plan::Interp => format!("{:?}", req.backend),
        Plan::Spmd(sig) => format!("{:?} (grid @{} of shape {})", req.backend, sig.grid.name, sig.grid.shape.iter().map(i64::to_string).collect::<Vec<_>>().join("x")),
        Plan::Pipeline(pipeline) => format!("{:?} (pipeline: {})", req.backend, pipeline.summary()),
    };
    let _ = writeln!(out, "ran @{} on {on} with {source} in {:.3} s", req.entry, elapsed.as_secs_f64());
    let want = match (&req.expected, &original) {
        (Some(path), _) => Some((path, expected_outputs(path, &outputs)?)),
        (None, Some((path, orig))) => Some((*path, run(orig, &req.entry, inputs).map_err(|e| located(path, e))?)),
        (None, None) => None,
    };
    let want_outputs = want.as_ref().map(|(_, w)| w);
    if let Some(w) = want_outputs.filter(|w| w.len() != outputs.len()) {
        let path = want.as_ref().map_or("", |(p, _)| p.as_str());
        return Err(format!("{path}: @{} has {} outputs but {} has {}", req.entry, w.len(), req.module, outputs.len()));
    }
    for (i, t) in outputs.iter().enumerate() {
        let name = func.results.get(i).and_then(|r| r.attrs.iter().find(|(k, _)| k == "jax.result_info")).and_then(|(_, v)| v.as_str()).unwrap_or("");
        let err = want_outputs.map(|w| format!("  rel. error {:.2e}", relative_error(t, &w[i]))).unwrap_or_default();
        let _ = writeln!(out, "  out{i} {:<18} {:<28} {}{err}", Type::Tensor(t.ty.clone()).to_string(), name, stats(t));
    }
    if let Some(path) = &req.outputs {
        let named: Vec<(String, Tensor)> = outputs.iter().cloned().enumerate().map(|(i, t)| (format!("out{i}"), t)).collect();
        write_npz(path, &named).map_err(|e| e.to_string())?;
        let _ = writeln!(out, "wrote {} outputs to {path}", named.len());
    }
    let mut matched = true;
    if let Some((path, want)) = want {
        match compare(&outputs, &want, req.tolerance) {
            Ok(()) => {
                let _ = writeln!(out, "all {} outputs match {path} (tolerance {:e})", outputs.len(), req.tolerance);
            }
            Err(m) => {
                matched = false;
                let _ = writeln!(out, "mismatch against {path}: {m}");
            }
        }
    }
    Ok(Report { text: out, matched })
}

/// How a module runs on the requested backend.
enum Plan<'m> {
    /// On the reference interpreter.
    Interp,
    /// One SPMD program on one grid.
    Spmd(SpmdSignature),
    /// A pipeline driver and its stages.
    Pipeline(Pipeline<'m>),
}

/// Reads, parses and verifies a module.
fn read_module(path: &str) -> Result<Module, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read '{path}': {e}"))?;
    let module = parse_module(&text).map_err(|d| d.render(path))?;
    verify_module(&module).map_err(|d| d.render(path))?;
    Ok(module)
}

/// `file:line:col: ...` for an error at an op, `file: ...` for any other.
fn located(path: &str, e: RunError) -> String {
    match e {
        RunError::Op { .. } | RunError::Unsupported { .. } => format!("{path}:{e}"),
        _ => format!("{path}: {e}"),
    }
}

/// Reads `out0..` from `path`, checking there is one per output.
fn expected_outputs(path: &str, outputs: &[Tensor]) -> Result<Vec<Tensor>, String> {
    let arrays = read_npz(path).map_err(|e| e.to_string())?;
    (0..outputs.len())
        .map(|i| {
            let key = format!("out{i}");
            let t = arrays.iter().find(|(k, _)| *k == key).map(|(_, t)| t.clone()).ok_or_else(|| format!("{path}: no array '{key}' for output {i}"))?;
            Ok(crate::npz::from_numpy_stand_in(t, outputs[i].elem()))
        })
        .collect()
}

/// `mean 0.12 min -1 max 3` for floats, the same for integers; a scalar shows its value.
fn stats(t: &Tensor) -> String {
    let v = t.data.to_f64_vec();
    if v.is_empty() {
        return "empty".into();
    }
    if v.len() == 1 {
        return format!("= {:.6e}", v[0]);
    }
    let mean = v.iter().sum::<f64>() / v.len() as f64;
    let min = v.iter().copied().fold(f64::INFINITY, f64::min);
    let max = v.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    format!("mean {mean:.4e} min {min:.4e} max {max:.4e}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pipeline::tests::{train_step, ONE_F_ONE_B, TRAIN_STEP_DIRECT};
    use std::path::PathBuf;

    /// Writes `files` (name, text) into a fresh directory named after `test`.
    fn scratch(test: &str, files: &[(&str, &str)]) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("alpa-runtime-{test}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        for (name, text) in files {
            std::fs::write(dir.join(name), text).unwrap();
        }
        dir
    }

    /// `alpa-run --backend=sim module --verify-against original` with random inputs.
    fn sim_request(module: PathBuf, original: PathBuf) -> Request {
        let path = |p: PathBuf| p.to_string_lossy().into_owned();
        Request { module: path(module), entry: "main".into(), backend: Backend::Sim, inputs: None, seed: 7, outputs: None, expected: None, verify_against: Some(path(original)), tolerance: 1e-5 }
    }

    #[test]
    fn a_staged_module_runs_on_the_pipeline_executor() {
        let deadlocks = train_step(r#"[["fwd 0", "bwd 0", "fwd 1", "bwd 1", "apply"], ["fwd 0", "fwd 1", "bwd 0", "bwd 1", "apply"]]"#);
        let dir = scratch("pipeline", &[("staged.mlir", &train_step(ONE_F_ONE_B)), ("deadlocks.mlir", &deadlocks), ("direct.mlir", TRAIN_STEP_DIRECT)]);
        let report = execute(&sim_request(dir.join("staged.mlir"), dir.join("direct.mlir"))).unwrap();
        let first = report.text.lines().next().unwrap();
        assert!(first.starts_with("ran @main on Sim (pipeline: 2 stages on grids @stage0_mesh 2, @stage1_mesh 2x1; 2 micro-batches, 1f1b) with random inputs (seed 7) in "), "{first}");
        assert!(report.matched && report.text.contains("all 5 outputs match"), "{}", report.text);
        let err = execute(&sim_request(dir.join("deadlocks.mlir"), dir.join("direct.mlir"))).err().unwrap();
        assert!(err.starts_with(&format!("{}: the schedule deadlocks: stage 0 waits at 'bwd 0'", dir.join("deadlocks.mlir").display())), "{err}");
        std::fs::remove_dir_all(dir).unwrap();
    }
}
