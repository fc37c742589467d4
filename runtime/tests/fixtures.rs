//! Runs every JAX fixture in `test/models` through the interpreter and compares with JAX's own
//! outputs: `f32` outputs within 1e-5 relative L2 error, integers exactly. The generic-form
//! text of each fixture must give bit-identical outputs to the pretty form.
//!
//! Each test prints its worst error and run time (`cargo test -p alpa-runtime -- --nocapture`).
//! The gpt2 training step (parse excluded) took, on a 2-core development VM: about 2 ms in
//! release, 2.5 ms in the workspace's dev profile (opt-level 1) and 24 ms at opt-level 0. A
//! GPT-2 small step (124M parameters, 64 tokens, Adam) took 15-20 s in release, half of it in
//! `dot_general`.

use alpa_runtime::{compare, match_inputs, read_npz, relative_error, run, Tensor};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Acceptance tolerance for floating-point outputs.
const TOL: f64 = 1e-5;

fn models() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../test/models")
}

fn load(name: &str, form: &str) -> (alpa_stablehlo::Module, Vec<Tensor>, Vec<Tensor>) {
    let dir = models();
    let text = std::fs::read_to_string(dir.join(format!("{name}{form}.mlir"))).unwrap();
    let module = alpa_stablehlo::parse_module(&text).unwrap_or_else(|e| panic!("{name}{form}: {}", e.render(name)));
    let func = module.func("main").unwrap();
    let inputs = match_inputs(func, read_npz(dir.join(format!("{name}.npz"))).unwrap()).unwrap();
    let want: Vec<Tensor> = read_npz(dir.join(format!("{name}.out.npz"))).unwrap().into_iter().map(|(_, t)| t).collect();
    (module, inputs, want)
}

/// Runs one fixture in both forms and compares with JAX.
fn check(name: &str) {
    let (module, inputs, want) = load(name, "");
    let start = Instant::now();
    let got = run(&module, "main", inputs.clone()).unwrap_or_else(|e| panic!("{name}: {e}"));
    let elapsed = start.elapsed();
    let generic = load(name, ".generic").0;
    let again = run(&generic, "main", inputs).unwrap_or_else(|e| panic!("{name}.generic: {e}"));
    let bits = |ts: &[Tensor]| ts.iter().map(|t| (t.ty.clone(), t.data.to_le_bytes())).collect::<Vec<_>>();
    assert!(bits(&got) == bits(&again), "{name}: the generic form gives different outputs");
    let worst = got.iter().zip(&want).map(|(g, w)| relative_error(g, w)).fold(0.0, f64::max);
    eprintln!("{name}: {} outputs, max relative error {worst:.2e}, {elapsed:.2?}", got.len());
    if let Err(m) = compare(&got, &want, TOL) {
        panic!("{name}: {m}");
    }
}

#[test]
fn every_fixture_is_covered() {
    let mut names: Vec<String> = std::fs::read_dir(models())
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter_map(|f| f.strip_suffix(".mlir").filter(|s| !s.ends_with(".generic")).map(String::from))
        .collect();
    names.sort();
    assert_eq!(names, ["bert", "convnet", "gpt2", "llama", "mlp", "mlp_bf16", "moe", "scan_mlp"], "add a test for each new fixture");
}

#[test]
fn mlp() {
    check("mlp");
}

#[test]
fn mlp_bf16() {
    check("mlp_bf16");
}

#[test]
fn gpt2() {
    check("gpt2");
}

#[test]
fn bert() {
    check("bert");
}

#[test]
fn llama() {
    check("llama");
}

#[test]
fn moe() {
    check("moe");
}

#[test]
fn convnet() {
    check("convnet");
}

#[test]
fn scan_mlp() {
    check("scan_mlp");
}
