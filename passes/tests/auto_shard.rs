//! `alpa-auto-shard` against Alpa's published expectations (../shared/notes/alpa.md): the MLP
//! objectives in Alpa's units within 1% of their closed forms, the data-parallel and Megatron
//! patterns, and the DP and ILP solvers agreeing on every fixture.

use alpa_passes::analysis::comm::CostModel;
use alpa_passes::analysis::mesh::LogicalMesh;
use alpa_passes::shard::auto_shard::{AutoShard, Planned, SolverKind};

mod common;
use common::fixture;

fn pass(mesh: &str, alpha: &str, beta: &str, model: CostModel, solver: SolverKind) -> AutoShard {
    AutoShard { alpha: alpha.into(), beta: beta.into(), cost_model: model, solver, ..AutoShard::new(mesh) }
}

fn plan(path: &str, mesh: &str, alpha: &str, beta: &str) -> Planned {
    pass(mesh, alpha, beta, CostModel::Alpa, SolverKind::Dp).plan(&fixture(path)).unwrap_or_else(|d| panic!("{}", d.render(path)))
}

/// Alpa's all-reduce on one mesh axis.
fn ar(mesh: &LogicalMesh, bytes: f64, axis: usize) -> f64 {
    CostModel::Alpa.all_reduce(mesh, bytes, &[axis])
}

fn count(planned: &Planned, kind: &str) -> usize {
    planned.plan.collectives.iter().find(|(k, _)| k.key() == kind).map_or(0, |(_, n)| *n)
}

/// The kernels' layouts, `-` for an unsplit dimension, the axis number otherwise: `[-,0]`.
fn kernels(planned: &Planned) -> Vec<String> {
    planned
        .plan
        .arguments
        .iter()
        .filter(|a| a.name.starts_with("params"))
        .map(|a| format!("[{}]", a.sharding.iter().map(|d| if d.is_empty() { "-".into() } else { d.iter().map(usize::to_string).collect::<String>() }).collect::<Vec<_>>().join(",")))
        .collect()
}

fn assert_close(got: f64, want: f64, what: &str) {
    assert!((got - want).abs() <= 0.01 * want, "{what}: objective {got} is not within 1% of the closed form {want}");
}

#[test]
fn data_parallel_mlp_on_a_line() {
    // L-layer MLP, batch 256, hidden 32: every parameter replicated, one gradient all-reduce each.
    for (mesh, axis) in [("4", 0), ("4x1", 0), ("1x4", 1)] {
        let alpha_beta = if mesh == "4" { "1" } else { "1,1" };
        let planned = plan("plan/alpa_mlp_dp.mlir", mesh, alpha_beta, alpha_beta);
        let m = &planned.plan.mesh;
        assert_close(planned.plan.objective, 4.0 * ar(m, 32.0 * 32.0 * 4.0, axis), mesh);
        assert_eq!(kernels(&planned), vec!["[-,-]"; 4], "{mesh}");
        assert_eq!((count(&planned, "all_reduce"), count(&planned, "all_gather"), count(&planned, "all_to_all")), (4, 0, 0), "{mesh}");
        let batch = planned.plan.arguments.iter().find(|a| a.name == "batch[0]").unwrap();
        assert_eq!(batch.sharding, vec![vec![axis], vec![]], "{mesh}: the batch is split");
    }
}

#[test]
fn megatron_mlp_on_a_line() {
    // 6 layers, batch 32, hidden 256: columns then rows, L-1 = 5 activation all-reduces.
    for (mesh, axis) in [("4", 0), ("4x1", 0), ("1x4", 1)] {
        let alpha_beta = if mesh == "4" { "1" } else { "1,1" };
        let planned = plan("plan/alpa_mlp_mp.mlir", mesh, alpha_beta, alpha_beta);
        assert_close(planned.plan.objective, 5.0 * ar(&planned.plan.mesh, 32.0 * 256.0 * 4.0, axis), mesh);
        let (col, row) = (format!("[-,{axis}]"), format!("[{axis},-]"));
        let want: Vec<String> = (0..6).map(|l| if l % 2 == 0 { col.clone() } else { row.clone() }).collect();
        assert_eq!(kernels(&planned), want, "{mesh}");
        assert_eq!(count(&planned, "all_reduce"), 5, "{mesh}");
    }
}

#[test]
fn data_and_model_parallel_mlp_on_2x2() {
    // beta = (1, 0.1): data parallel over axis 0, Megatron over the cheap axis 1.
    let planned = plan("plan/alpa_mlp_2d.mlir", "2x2", "1,1", "1,0.1");
    let m = &planned.plan.mesh;
    let closed = 6.0 * ar(m, 32.0 * 32.0 * 4.0 / 2.0, 0) + 5.0 * ar(m, 256.0 * 32.0 * 4.0 / 2.0, 1);
    assert_close(planned.plan.objective, closed, "2x2");
    assert_eq!(kernels(&planned), vec!["[-,1]", "[1,-]", "[-,1]", "[1,-]", "[-,1]", "[1,-]"]);
    assert_eq!(count(&planned, "all_reduce"), 11);
}

#[test]
fn prototype_two_and_twelve_layer_mlps() {
    let h = 128.0;
    let dp = plan("plan/alpa_mlp2_dp.mlir", "4", "1", "1");
    assert_close(dp.plan.objective, 2.0 * ar(&dp.plan.mesh, h * h * 4.0, 0), "2-layer dp");
    let mp = plan("plan/alpa_mlp2_mp.mlir", "4", "1", "1");
    assert_close(mp.plan.objective, ar(&mp.plan.mesh, 128.0 * 1024.0 * 4.0, 0), "2-layer mp");
    let dp = plan("plan/alpa_mlp12_dp.mlir", "4", "1", "1");
    assert_close(dp.plan.objective, 12.0 * ar(&dp.plan.mesh, h * h * 4.0, 0), "12-layer dp");
    let mp = plan("plan/alpa_mlp12_mp.mlir", "4", "1", "1");
    assert_close(mp.plan.objective, 11.0 * ar(&mp.plan.mesh, 128.0 * 1024.0 * 4.0, 0), "12-layer mp");
}

#[test]
fn prototype_two_layer_mlp_on_2d_meshes() {
    // Batch 1024, hidden 128, beta = (1, 0.01): data parallel over axis 0 and Megatron over
    // axis 1, 2*AR(h*h*4/m1, 0) + AR(B*h*4/m0, 1); 3x4 splits the batch unevenly.
    for (m0, m1) in [(4, 8), (8, 4), (3, 4)] {
        let mesh = format!("{m0}x{m1}");
        let planned = plan("plan/alpa_mlp2_dp.mlir", &mesh, "1,1", "1,0.01");
        let (b, h) = (1024.0, 128.0);
        let m = &planned.plan.mesh;
        let closed = 2.0 * ar(m, h * h * 4.0 / m1 as f64, 0) + ar(m, b * h * 4.0 / m0 as f64, 1);
        assert_close(planned.plan.objective, closed, &mesh);
    }
}

#[test]
fn dp_and_ilp_agree_on_every_fixture() {
    let cases = [
        ("plan/alpa_mlp_dp.mlir", "4", "1", "1"),
        ("plan/alpa_mlp_mp.mlir", "4", "1", "1"),
        ("plan/alpa_mlp_2d.mlir", "2x2", "1,1", "1,0.1"),
        ("mlp.mlir", "2x2", "", ""),
        ("mlp_bf16.mlir", "4", "", ""),
        ("gpt2.mlir", "2x2", "", ""),
        ("bert.mlir", "4", "", ""),
        ("llama.mlir", "2x2", "", ""),
        ("moe.mlir", "4", "", ""),
        ("convnet.mlir", "2x2", "", ""),
        ("scan_mlp.mlir", "4", "", ""),
    ];
    for (path, mesh, alpha, beta) in cases {
        let model = if alpha.is_empty() { CostModel::Analytic } else { CostModel::Alpa };
        let module = fixture(path);
        let dp = pass(mesh, alpha, beta, model, SolverKind::Dp).plan(&module).unwrap_or_else(|d| panic!("{}", d.render(path)));
        let ilp = pass(mesh, alpha, beta, model, SolverKind::Ilp).plan(&module).unwrap_or_else(|d| panic!("{}", d.render(path)));
        let (a, b) = (dp.plan.objective, ilp.plan.objective);
        assert!((a - b).abs() <= 1e-6 * b.abs().max(1e-12), "{path} on {mesh}: dp {a} vs ilp {b}");
    }
}

/// The layout of the argument called `name` in the plan, as `[-,1]`.
fn layout_of(planned: &Planned, name: &str) -> String {
    let a = planned.plan.arguments.iter().find(|a| a.name == name).unwrap_or_else(|| panic!("no argument {name}"));
    format!("[{}]", a.sharding.iter().map(|d| if d.is_empty() { "-".into() } else { d.iter().map(usize::to_string).collect::<String>() }).collect::<Vec<_>>().join(","))
}

fn analytic(path: &str, mesh: &str, cluster: &str) -> Planned {
    let mut p = pass(mesh, "", "", CostModel::Analytic, SolverKind::Dp);
    p.cluster = cluster.into();
    p.plan(&fixture(path)).unwrap_or_else(|d| panic!("{}", d.render(path)))
}

#[test]
fn transformer_with_small_batch_is_megatron() {
    // GPT (d 1024, 16 heads, seq 256, batch 1) on four NVLinked V100s: attention heads and MLP
    // columns split, both output projections split by rows.
    let planned = analytic("plan/gpt_megatron.mlir", "1x4", "p3.16xlarge");
    for layer in ["h_0", "h_1"] {
        let got: Vec<String> = ["['attn']['c_attn']", "['attn']['c_proj']", "['c_fc']", "['c_proj']"].iter().map(|p| layout_of(&planned, &format!("params['{layer}']{p}['kernel']"))).collect();
        assert_eq!(got, ["[-,1]", "[1,-]", "[-,1]", "[1,-]"], "{layer}");
    }
}

#[test]
fn transformer_with_large_batch_is_data_parallel() {
    // The same GPT with batch 64: every kernel replicated, the batch split.
    let planned = analytic("plan/gpt_dp.mlir", "1x4", "p3.16xlarge");
    for a in planned.plan.arguments.iter().filter(|a| a.name.starts_with("params") && a.name.ends_with("['kernel']")) {
        assert!(a.sharding.iter().all(Vec::is_empty), "{} is split: {:?}", a.name, a.sharding);
    }
    assert_eq!(layout_of(&planned, "batch[0]"), "[1,-]");
}
