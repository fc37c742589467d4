//! Intra-op planner speed and quality on GPT-style models (d_model 1024, 16 heads, seq 1024,
//! batch 8, vocab 51200; 12, 24 and 48 layers, exported by `test/models/export.py --bench`)
//! on 8 devices (one p3.16xlarge, mesh 2x4) and 64 devices (eight, mesh 8x8): the time to build
//! the strategy graph, the DP and ILP solve times, and the objective ratio DP / ILP. Memory is
//! not constrained (see below).
//!
//! `cargo bench -p alpa-tools --bench auto_shard [-- MODEL...]` prints a markdown table;
//! results and the machine they came from go in docs/perf.md. `ALPA_BENCH_ILP_LIMIT` sets the
//! ILP's time limit in seconds (default 300).

/// mimalloc, as the tools ship: the planner allocates many small vectors on every core.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use alpa_passes::import::inline::Inline;
use alpa_passes::pass::Pass;
use alpa_passes::shard::auto_shard::{AutoShard, SolverKind};
use std::path::Path;
use std::time::Instant;

fn main() {
    let wanted: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    let limit: f64 = std::env::var("ALPA_BENCH_ILP_LIMIT").ok().and_then(|s| s.parse().ok()).unwrap_or(300.0);
    println!("| model | devices (mesh) | solver nodes | graph s | DP s | DP optimal | ILP s | ILP status | DP / ILP objective |");
    println!("|---|---|---:|---:|---:|---|---:|---|---:|");
    for model in ["gpt_l12", "gpt_l24", "gpt_l48"] {
        if !wanted.is_empty() && !wanted.iter().any(|w| w == model) {
            continue;
        }
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../test/models/bench/{model}.mlir"));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e} (run export.py --bench)", path.display()));
        let mut module = alpa_stablehlo::parse_module(&text).unwrap();
        Inline.run(&mut module).unwrap();
        for mesh in ["2x4", "8x8"] {
            let pass = |solver| AutoShard {
                cluster: "p3.16xlarge".into(),
                solver,
                // Solver speed and quality without memory rows: at batch 8 x 1024 tokens the
                // larger models do not fit 16 GB V100s on one mesh (that is what pipeline
                // stages are for), and the budget search would be measured instead.
                memory_budget: u64::MAX / 4,
                ilp_time_limit_s: limit,
                ..AutoShard::new(mesh)
            };
            let started = Instant::now();
            let dp = pass(SolverKind::Dp).plan(&module).unwrap();
            let dp_total = started.elapsed().as_secs_f64();
            let ilp = pass(SolverKind::Ilp).plan(&module);
            let devices: usize = mesh.split('x').map(|n| n.parse::<usize>().unwrap()).product();
            let (ilp_s, status, ratio) = match &ilp {
                Ok(p) => {
                    let status = if p.plan.solution.optimal { "optimal".to_string() } else { format!("limit, gap {:.2}%", gap(p.plan.objective, p.plan.solution.bound) * 100.0) };
                    (format!("{:.2}", p.plan.solution.seconds), status, format!("{:.4}", dp.plan.objective / p.plan.objective))
                }
                Err(d) => ("-".into(), d.message.clone(), "-".into()),
            };
            println!(
                "| {model} | {devices} ({mesh}) | {} | {:.2} | {:.2} | {} | {ilp_s} | {status} | {ratio} |",
                dp.plan.nodes,
                dp.plan.build_seconds,
                dp.plan.solution.seconds,
                if dp.plan.solution.optimal { "yes" } else { "no" },
            );
            let _ = dp_total;
        }
    }
}

fn gap(objective: f64, bound: Option<f64>) -> f64 {
    bound.map_or(f64::NAN, |b| if objective > 0.0 { (objective - b).max(0.0) / objective } else { 0.0 })
}
