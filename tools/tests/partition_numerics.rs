//! Plan, partition and run every fixture on the simulated mesh, against the interpreter on one
//! device (issue 5's acceptance): f32 outputs within 1e-5 relative L2 error, integers exact,
//! on meshes 1, 2, 4, 8, 2x2 and 2x4, with the planner's own choices (analytic cost on the
//! CPU cluster) and with Alpa's objective (which forces every dot to be split), and with ZeRO-2
//! and ZeRO-3, and with the forced strategies (data parallelism, Megatron, data parallelism
//! with ZeRO-3). Uneven splits are padded and masked; the planner does not choose the uneven
//! layouts the partitioner cannot move (reshaping an uneven dimension, splitting one over two
//! axes), so no case is listed as unsupported today; a listed one must fail with a located
//! "not supported yet" error, never with a wrong result. Staged plans
//! (`alpa-parallelize` with 2 and 4 stages, micro-batched) run on the pipeline executor.

use alpa_passes::analysis::comm::CostModel;
use alpa_passes::analysis::schedule::ScheduleKind;
use alpa_passes::import::{inline::Inline, unroll_while::UnrollWhile};
use alpa_passes::partition::partition::Partition;
use alpa_passes::pass::Pass;
use alpa_passes::shard::auto_shard::{AutoShard, Forced};
use alpa_passes::stage::{cluster_layers::ClusterLayers, cluster_stages::ClusterStages};
use alpa_runtime::{SpmdSignature, compare, match_inputs, read_npz, run, run_partitioned, run_pipeline};
use alpa_stablehlo::{Module, parse_module};

const FIXTURES: [&str; 8] = ["mlp", "mlp_bf16", "gpt2", "bert", "llama", "moe", "convnet", "scan_mlp"];

fn models_dir() -> String {
    format!("{}/../test/models", env!("CARGO_MANIFEST_DIR"))
}

fn imported(name: &str) -> Module {
    let text = std::fs::read_to_string(format!("{}/{name}.mlir", models_dir())).unwrap();
    let mut module = parse_module(&text).unwrap();
    Inline.run(&mut module).unwrap();
    UnrollWhile { max_trip_count: 64 }.run(&mut module).unwrap();
    module
}

fn planner(mesh: &str, model: CostModel, zero: u64) -> AutoShard {
    forced(mesh, model, zero, Forced::Auto)
}

fn forced(mesh: &str, model: CostModel, zero: u64, strategy: Forced) -> AutoShard {
    let two_d = mesh.contains('x');
    let (alpha, beta) = match model {
        CostModel::Alpa if two_d => ("1,1", "1,0.1"),
        CostModel::Alpa => ("1", "1"),
        CostModel::Analytic => ("", ""),
    };
    AutoShard { alpha: alpha.into(), beta: beta.into(), cost_model: model, zero, strategy, ..AutoShard::new(mesh) }
}

/// Plans (with `strategy` forced), partitions and runs `name` on `mesh`; `Err` carries the
/// partitioner's message.
fn check_forced(name: &str, mesh: &str, model: CostModel, zero: u64, strategy: Forced) -> Result<(), String> {
    let original = imported(name);
    let mut module = original.clone();
    forced(mesh, model, zero, strategy).run(&mut module).map_err(|d| d.message)?;
    Partition.run(&mut module).map_err(|d| d.message)?;
    let func = original.entry().unwrap();
    let inputs = match_inputs(func, read_npz(format!("{}/{name}.npz", models_dir())).unwrap()).unwrap();
    let want = run(&original, &func.name, inputs.clone()).unwrap();
    let sig = SpmdSignature::of(&module, &func.name).unwrap();
    let got = run_partitioned(&module, &func.name, &sig, &inputs, 1e-5).unwrap_or_else(|e| panic!("{name} on {mesh}: {e}"));
    // bf16 sums split over the batch (a bias gradient's reduce) round in another order: within
    // one bf16 step (2^-7) of the one-device sum. Everything else, and every f32 fixture, 1e-5.
    let tol = if name == "mlp_bf16" && strategy == Forced::DataParallel { 1e-2 } else { 1e-5 };
    if let Err(m) = compare(&got, &want, tol) {
        panic!("{name} on {mesh} ({model:?}, zero {zero}): {m:?}");
    }
    Ok(())
}

fn sweep(model: CostModel, zero: u64, meshes: &[&str], uneven: &[(&str, &str)]) {
    sweep_forced(model, zero, Forced::Auto, meshes, uneven);
}

fn sweep_forced(model: CostModel, zero: u64, strategy: Forced, meshes: &[&str], uneven: &[(&str, &str)]) {
    for name in FIXTURES {
        for &mesh in meshes {
            match check_forced(name, mesh, model, zero, strategy) {
                Ok(()) => assert!(!uneven.contains(&(name, mesh)), "{name} on {mesh}: listed as unsupported but it partitions now: update the list"),
                Err(e) => {
                    assert!(uneven.contains(&(name, mesh)) && e.contains("not supported yet"), "{name} on {mesh} ({model:?}, zero {zero}): {e}");
                }
            }
        }
    }
}

#[test]
fn planner_choices() {
    sweep(CostModel::Analytic, 0, &["1", "2", "4", "8", "2x2", "2x4"], &[]);
}

#[test]
fn every_dot_split() {
    sweep(CostModel::Alpa, 0, &["2", "4", "8", "2x2", "2x4"], &[]);
}

#[test]
fn zero_2_and_3() {
    sweep(CostModel::Analytic, 2, &["4", "2x2"], &[]);
    sweep(CostModel::Analytic, 3, &["4", "2x2"], &[]);
}

#[test]
fn forced_strategies() {
    let meshes = ["1", "2", "4", "8", "2x2", "2x4"];
    sweep_forced(CostModel::Analytic, 0, Forced::DataParallel, &meshes, &[]);
    sweep_forced(CostModel::Analytic, 0, Forced::Megatron, &meshes, &[]);
    sweep_forced(CostModel::Analytic, 3, Forced::DataParallel, &["4", "2x4"], &[]);
}

/// Plans `name` as a pipeline of `stages` stages and `microbatches` micro-batches on the CPU
/// cluster, partitions it and runs it on the pipeline executor; `Err` carries the compiler's
/// message.
fn check_staged(name: &str, stages: usize, microbatches: usize, schedule: ScheduleKind) -> Result<(), String> {
    let original = imported(name);
    let mut module = original.clone();
    ClusterLayers { layers: Some(stages) }.run(&mut module).map_err(|d| d.message)?;
    ClusterStages { stages: Some(stages), microbatches: Some(microbatches), schedule, ..ClusterStages::new("cpu") }.run(&mut module).map_err(|d| d.message)?;
    Partition.run(&mut module).map_err(|d| d.message)?;
    let func = original.entry().unwrap();
    let inputs = match_inputs(func, read_npz(format!("{}/{name}.npz", models_dir())).unwrap()).unwrap();
    let want = run(&original, &func.name, inputs.clone()).unwrap();
    let got = run_pipeline(&module, &func.name, &inputs, 1e-5).unwrap_or_else(|e| panic!("{name} in {stages} stages: {e}"));
    if let Err(m) = compare(&got, &want, 1e-5) {
        panic!("{name} in {stages} stages, {microbatches} micro-batches: {m:?}");
    }
    Ok(())
}

#[test]
fn staged_plans() {
    for name in FIXTURES {
        for (stages, schedule) in [(2, ScheduleKind::OneFOneB), (4, ScheduleKind::Gpipe)] {
            // bf16 gradients summed over micro-batches round once per micro-batch, and the
            // MoE's capacity positions are a running count over the batch, which micro-batches
            // cannot split (refused below): one micro-batch for those.
            let microbatches = if name == "mlp_bf16" || name == "moe" { 1 } else { 2 };
            match check_staged(name, stages, microbatches, schedule) {
                Ok(()) => {}
                // The MLPs have 3 layers, too few for 4 stages.
                Err(e) if stages == 4 && name.starts_with("mlp") => assert!(e.contains("heavy forward ops"), "{name}: {e}"),
                Err(e) => panic!("{name} in {stages} stages: {e}"),
            }
        }
    }
}

#[test]
fn micro_batching_that_would_change_the_step_is_refused() {
    let e = check_staged("moe", 2, 2, ScheduleKind::OneFOneB).unwrap_err();
    assert!(e.contains("reads across the batch dimension"), "moe: {e}");
}

/// The collectives `alpa-partition` inserts, by kind, on non-scalar tensors (slices are free
/// and not collectives): what the plan JSON promises.
fn inserted(module: &Module) -> Vec<(String, usize)> {
    let func = module.entry().unwrap();
    let mut counts: std::collections::BTreeMap<String, usize> = std::collections::BTreeMap::new();
    for op in &func.body.entry().ops {
        let scalar = op.operands.first().and_then(|v| func.ty(*v).as_tensor()).is_none_or(|t| t.num_elements() == 1);
        let key = match op.name.as_str() {
            "shard.all_reduce" => "all_reduce",
            "shard.all_gather" => "all_gather",
            "shard.reduce_scatter" => "reduce_scatter",
            "shard.all_to_all" => "all_to_all",
            "shard.shift" | "shard.send" => "collective_permute",
            _ => continue,
        };
        if !scalar {
            *counts.entry(key.to_string()).or_default() += 1;
        }
    }
    counts.into_iter().collect()
}

#[test]
fn inserted_collectives_are_the_promised_ones() {
    for name in FIXTURES {
        for (mesh, model, zero) in [("4", CostModel::Alpa, 0), ("2x2", CostModel::Alpa, 0), ("2x4", CostModel::Analytic, 0), ("4", CostModel::Analytic, 2)] {
            let original = imported(name);
            let planned = planner(mesh, model, zero).plan(&original).unwrap();
            let promised: Vec<(String, usize)> = planned.plan.collectives.iter().filter(|(_, n)| *n > 0).map(|(k, n)| (k.key().to_string(), *n)).collect();
            let mut module = original.clone();
            planner(mesh, model, zero).run(&mut module).unwrap();
            if Partition.run(&mut module).is_err() {
                continue; // uneven splits, covered above
            }
            let mut promised = promised;
            promised.sort();
            assert_eq!(inserted(&module), promised, "{name} on {mesh} ({model:?}, zero {zero})");
        }
    }
}
