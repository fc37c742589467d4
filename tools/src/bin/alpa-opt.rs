//! `alpa-opt`: runs alpa passes over a StableHLO module, like `mlir-opt`. See `--help`.

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    std::process::exit(alpa_passes::opt::main(&args));
}
