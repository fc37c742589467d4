//! `alpa-cluster-stages` on real exported models: the two stage solvers agree, the automatic
//! plan is never worse than the best Megatron-style configuration, and the plan respects the
//! cluster (devices covered once, memory within the device).

use alpa_passes::analysis::schedule::ScheduleKind;
use alpa_passes::stage::cluster_stages::{ClusterStages, StageSolver};

mod common;
use common::fixture;

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1e-30)
}

#[test]
fn ilp_and_dp_find_the_same_pipelines_and_beat_manual_plans() {
    let cases: [(&str, Option<usize>, &[ScheduleKind]); 3] = [
        ("plan/alpa_mlp12_dp.mlir", Some(6), &[ScheduleKind::OneFOneB, ScheduleKind::Gpipe]),
        ("plan/alpa_mlp12_mp.mlir", Some(4), &[ScheduleKind::OneFOneB, ScheduleKind::Gpipe]),
        ("gpt2.mlir", None, &[ScheduleKind::OneFOneB]),
    ];
    for (path, layers, schedules) in cases {
        let module = fixture(path);
        for &schedule in schedules {
            let pass = |solver| ClusterStages { stage_solver: solver, schedule, layers, compare_manual: true, ..ClusterStages::new("cpu") };
            let (ilp, _, _) = pass(StageSolver::Ilp).plan(&module).unwrap_or_else(|d| panic!("{}", d.render(path)));
            let (dp, _, _) = pass(StageSolver::Dp).plan(&module).unwrap_or_else(|d| panic!("{}", d.render(path)));
            assert_eq!(ilp.tried.len(), dp.tried.len(), "{path}");
            for ((b1, t1), (b2, t2)) in ilp.tried.iter().zip(&dp.tried) {
                assert_eq!(b1, b2);
                match (t1, t2) {
                    (Some(x), Some(y)) => assert!(close(*x, *y), "{path} B={b1}: ilp {x} dp {y}"),
                    (None, None) => {}
                    other => panic!("{path} B={b1}: {other:?}"),
                }
            }
            let manual = ilp.manual_best.clone().expect("a manual configuration fits");
            assert!(ilp.estimated_step_time_s <= manual.estimated_step_time_s * (1.0 + 1e-12), "{path}: automatic {} > manual {:?}", ilp.estimated_step_time_s, manual);
            let mut devices: Vec<usize> = ilp.stages.iter().flat_map(|s| s.devices.clone()).collect();
            devices.sort_unstable();
            assert_eq!(devices, (0..8).collect::<Vec<_>>(), "{path}: the stages cover the cluster once");
            assert!(ilp.stages.iter().all(|s| s.memory_bytes <= 4_294_967_296.0));
            assert_eq!(ilp.stages.first().unwrap().layers[0], 0);
            assert!(ilp.stages.windows(2).all(|w| w[1].layers[0] == w[0].layers[1] + 1), "{path}: contiguous layers");
        }
    }
}
