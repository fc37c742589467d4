//! `alpa-run`: runs a StableHLO module on a backend. See `--help`.

/// mimalloc, as the tools ship: the planner allocates many small vectors on every core.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use alpa_runtime::driver::{execute, Backend, Request};
use clap::Parser;

/// Run a StableHLO module (pretty or generic text) on a backend.
#[derive(Parser)]
#[command(name = "alpa-run", version)]
struct Args {
    /// The module to run.
    module: String,
    /// Where to run it: interp (the reference interpreter) or sim (the SPMD simulator, for a
    /// partitioned module: global inputs are split over its shard.grid, outputs assembled).
    #[arg(long, default_value = "interp")]
    backend: String,
    /// The function to run.
    #[arg(long, default_value = "main")]
    entry: String,
    /// Inputs as .npz with keys arg0, arg1, ... (random when absent).
    #[arg(long)]
    inputs: Option<String>,
    /// Seed for random inputs.
    #[arg(long, default_value_t = 0)]
    seed: u64,
    /// Write outputs to this .npz (keys out0, out1, ...).
    #[arg(long)]
    outputs: Option<String>,
    /// Compare with reference outputs in this .npz; exit 1 on a mismatch.
    #[arg(long)]
    expected: Option<String>,
    /// Run this original (unpartitioned) module on the reference interpreter with the same
    /// inputs and compare every output with it; exit 1 on a mismatch.
    #[arg(long, value_name = "ORIGINAL.mlir")]
    verify_against: Option<String>,
    /// Largest relative L2 error per floating-point output (integers must be exact).
    #[arg(long, default_value_t = 1e-5)]
    tolerance: f64,
}

fn main() {
    let args = Args::parse();
    let request = Backend::from_name(&args.backend).map(|backend| Request {
        module: args.module,
        entry: args.entry,
        backend,
        inputs: args.inputs,
        seed: args.seed,
        outputs: args.outputs,
        expected: args.expected,
        verify_against: args.verify_against,
        tolerance: args.tolerance,
    });
    match request.and_then(|r| execute(&r)) {
        Ok(report) => {
            print!("{}", report.text);
            std::process::exit(if report.matched { 0 } else { 1 });
        }
        Err(e) => {
            eprintln!("alpa-run: error: {e}");
            std::process::exit(1);
        }
    }
}
