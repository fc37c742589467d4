//! Front end and interpreter speed on a real-size model: parse GPT-2 small (124M parameters,
//! exported by `test/models/export.py --bench`), run the import pipeline through MLIR's pass
//! manager, and run one Adam training step on the reference interpreter with random inputs.
//!
//! `cargo bench -p alpa-tools --bench step` prints one line per measurement; results and the
//! machine they came from go in docs/perf.md.

/// mimalloc, as the tools ship: the planner allocates many small vectors on every core.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use alpa_passes::manager::{parse_pipeline, run_pipeline, RunOptions};
use std::path::Path;
use std::time::{Duration, Instant};

fn time<T>(label: &str, reps: u32, mut f: impl FnMut() -> T) -> T {
    let mut best = Duration::MAX;
    let mut out = None;
    for _ in 0..reps {
        let start = Instant::now();
        out = Some(f());
        best = best.min(start.elapsed());
    }
    println!("{label:<44} {:>10.3} s  (best of {reps})", best.as_secs_f64());
    out.unwrap()
}

fn main() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../test/models/bench/gpt2_small.mlir");
    let text = std::fs::read_to_string(&path).expect("test/models/bench/gpt2_small.mlir (run export.py --bench)");
    println!("gpt2_small.mlir: {} KiB", text.len() / 1024);
    let module = time("parse (pretty, with locations)", 5, || alpa_stablehlo::parse_module(&text).unwrap());
    time("verify", 5, || alpa_stablehlo::verify::verify_module(&module).unwrap());
    let pipeline = parse_pipeline("alpa-import{unroll=true}").unwrap();
    let imported = time("alpa-import{unroll=true} via MLIR", 3, || run_pipeline(module.clone(), &pipeline, RunOptions::default()).module.unwrap());
    let func = imported.func("main").unwrap();
    let inputs = alpa_runtime::random_inputs(func, 0).unwrap();
    // JAX names each argument by its path in the step's arguments: `params[...]` are weights.
    let params: u64 =
        func.args.iter().filter(|a| a.loc.as_ref().and_then(|l| l.name()).is_some_and(|n| n.starts_with("params"))).map(|a| func.ty(a.value).as_tensor().map_or(0, |t| t.num_elements())).sum();
    println!("parameters: {:.1} M", params as f64 / 1e6);
    time("interpreter: one training step (Adam)", 1, || alpa_runtime::run(&imported, "main", inputs.clone()).unwrap());
}
