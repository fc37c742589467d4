//! The inter-op planner (`alpa-parallelize`) on Alpa's GPT and MoE suites
//! (`test/models/suite/`, exported by `test/models/export.py --suite`) on simulated
//! p3.16xlarge clusters, each model on the GPU count Alpa ran it on: the plan, its estimated
//! step time, per-GPU TFLOP/s against Alpa's and Megatron-LM's published measurements (GPT;
//! Megatron's FLOP count with recomputation, as Alpa's artifact counts), the best
//! Megatron-style manual configuration, and the planner's wall-clock time.
//!
//! `cargo bench -p alpa-tools --bench parallelize [-- gpt_39b moe_1_3b ...]` prints a
//! markdown table; results and the machine go in docs/perf.md.

/// mimalloc, as the tools ship: the planner allocates many small vectors on every core.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use alpa_passes::import::inline::Inline;
use alpa_passes::pass::Pass;
use alpa_passes::stage::cluster_stages::ClusterStages;
use alpa_passes::stage::stage_plan::StagePlan;
use std::path::Path;
use std::time::Instant;

/// A suite row: model file, GPUs, and for GPT (hidden, layers) and the measured per-GPU
/// TFLOP/s of Alpa and Megatron-LM (`../shared/notes/alpa.md`).
struct Row {
    model: &'static str,
    gpus: usize,
    gpt: Option<(f64, f64)>,
    alpa: f64,
    megatron: Option<f64>,
}

const ROWS: [Row; 14] = [
    Row { model: "gpt_350m", gpus: 1, gpt: Some((1024.0, 24.0)), alpa: 45.1, megatron: Some(47.5) },
    Row { model: "gpt_760m", gpus: 2, gpt: Some((1536.0, 24.0)), alpa: 57.9, megatron: Some(55.5) },
    Row { model: "gpt_1_3b", gpus: 4, gpt: Some((2048.0, 24.0)), alpa: 58.2, megatron: Some(55.9) },
    Row { model: "gpt_2_6b", gpus: 8, gpt: Some((2560.0, 32.0)), alpa: 61.6, megatron: Some(50.4) },
    Row { model: "gpt_6_7b", gpus: 16, gpt: Some((4096.0, 32.0)), alpa: 60.0, megatron: Some(56.6) },
    Row { model: "gpt_15b", gpus: 32, gpt: Some((5120.0, 48.0)), alpa: 59.9, megatron: Some(58.2) },
    Row { model: "gpt_39b", gpus: 64, gpt: Some((8192.0, 48.0)), alpa: 57.0, megatron: Some(57.8) },
    Row { model: "moe_380m", gpus: 1, gpt: None, alpa: 45.5, megatron: None },
    Row { model: "moe_690m", gpus: 2, gpt: None, alpa: 43.0, megatron: None },
    Row { model: "moe_1_3b", gpus: 4, gpt: None, alpa: 39.9, megatron: None },
    Row { model: "moe_2_4b", gpus: 8, gpt: None, alpa: 45.8, megatron: None },
    Row { model: "moe_10b", gpus: 16, gpt: None, alpa: 45.4, megatron: None },
    Row { model: "moe_27b", gpus: 32, gpt: None, alpa: 38.8, megatron: None },
    Row { model: "moe_70b", gpus: 64, gpt: None, alpa: 36.6, megatron: None },
];

/// Megatron-LM's FLOPs per step with activation recomputation, `96 B s l h^2 (1 + s/6h + V/16lh)`.
fn gpt_flops(hidden: f64, layers: f64) -> f64 {
    let (batch, seq, vocab) = (1024.0, 1024.0, 51200.0);
    96.0 * batch * seq * layers * hidden * hidden * (1.0 + seq / (6.0 * hidden) + vocab / (16.0 * layers * hidden))
}

fn stages_text(plan: &StagePlan) -> String {
    let mut groups: Vec<(usize, [usize; 2], u8)> = Vec::new();
    for s in &plan.stages {
        match groups.last_mut() {
            Some((n, mesh, zero)) if *mesh == s.logical_mesh && *zero == s.zero => *n += 1,
            _ => groups.push((1, s.logical_mesh, s.zero)),
        }
    }
    let parts: Vec<String> = groups.iter().map(|(n, m, z)| format!("{n} x ({},{}){}", m[0], m[1], if *z > 0 { format!(" ZeRO-{z}") } else { String::new() })).collect();
    format!("{}, B={}", parts.join(" + "), plan.microbatches)
}

fn main() {
    let wanted: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    println!(
        "| model | GPUs | plan (stages x logical mesh, B) | est. step | est. TFLOP/s/GPU | Alpa | vs Alpa | Megatron-LM | vs Megatron | best manual (dp,tp,pp,B,zero) | auto <= manual | planner |"
    );
    println!("|---|---|---|---|---|---|---|---|---|---|---|---|");
    for row in &ROWS {
        if !wanted.is_empty() && !wanted.iter().any(|w| w == row.model) {
            continue;
        }
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("../test/models/suite/{}.mlir", row.model));
        let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e} (run export.py --suite)", path.display()));
        let mut module = alpa_stablehlo::parse_module(&text).unwrap();
        Inline.run(&mut module).unwrap();
        let (hosts, per_host) = if row.gpus <= 8 { (1, row.gpus) } else { (row.gpus / 8, 8) };
        let pass = ClusterStages { hosts, devices_per_host: per_host, compare_manual: true, ..ClusterStages::new("p3.16xlarge") };
        let started = Instant::now();
        let planned = pass.plan(&module);
        let seconds = started.elapsed().as_secs_f64();
        let plan = match planned {
            Ok(planned) => planned.plan,
            Err(d) => {
                println!("| {} | {} | no plan: {} | | | | | | | | | {seconds:.1} s |", row.model, row.gpus, d.message);
                continue;
            }
        };
        let step = plan.estimated_step_time_s;
        let (tflops, vs_alpa, megatron, vs_megatron) = match row.gpt {
            Some((h, l)) => {
                let t = gpt_flops(h, l) / step / row.gpus as f64 / 1e12;
                let m = row.megatron.unwrap_or(f64::NAN);
                (format!("{t:.1}"), format!("{:+.0}%", (t / row.alpa - 1.0) * 100.0), format!("{m}"), format!("{:+.0}%", (t / m - 1.0) * 100.0))
            }
            None => ("-".into(), "-".into(), "-".into(), "-".into()),
        };
        let (manual, ok) = match &plan.manual_best {
            Some(m) => {
                (format!("({},{},{},{},{}) {:.2} s", m.dp, m.tp, m.pp, m.microbatches, m.zero, m.estimated_step_time_s), if step <= m.estimated_step_time_s * (1.0 + 1e-12) { "yes" } else { "NO" })
            }
            None => ("none fits".into(), "yes"),
        };
        println!("| {} | {} | {} | {step:.2} s | {tflops} | {} | {vs_alpa} | {megatron} | {vs_megatron} | {manual} | {ok} | {seconds:.1} s |", row.model, row.gpus, stages_text(&plan), row.alpa);
    }
}
