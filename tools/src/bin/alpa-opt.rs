//! `alpa-opt`: runs alpa passes over a StableHLO module, like `mlir-opt`. See `--help`.

/// mimalloc, as the tools ship: the planner allocates many small vectors on every core.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    std::process::exit(alpa_passes::opt::main(&args));
}
