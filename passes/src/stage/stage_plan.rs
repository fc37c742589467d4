//! The pipeline plan `alpa-cluster-stages` reports: JSON (`docs/plan-json.md`, the keys the
//! issue fixes are kept exactly), text for people, and the timeline SVG.

use crate::analysis::schedule::ScheduleKind;
use crate::analysis::stages::SubmeshShape;
use crate::shard::plan::seconds_text;
use serde_json::json;

/// The plan JSON's version; the intra-op plan's is 1, this one extends it.
pub const VERSION: u32 = 2;

/// One stage as planned.
#[derive(Clone, Debug)]
pub struct StageReport {
    /// First and last layer.
    pub layers: [usize; 2],
    /// Device ids.
    pub devices: Vec<usize>,
    /// Its sub-mesh shape.
    pub submesh: SubmeshShape,
    /// Logical mesh (a, b).
    pub logical_mesh: [usize; 2],
    /// ZeRO stage of its weights and optimizer state (0, 2, 3).
    pub zero: u8,
    /// The device type.
    pub device: String,
    /// Forward and backward of one micro-batch, with the input transfer.
    pub latency_s: f64,
    /// Forward seconds per micro-batch.
    pub forward_s: f64,
    /// Backward seconds per micro-batch.
    pub backward_s: f64,
    /// Gradient synchronisation and update, once per step.
    pub step_s: f64,
    /// Peak bytes per device.
    pub memory_bytes: f64,
    /// Collective bytes per micro-batch.
    pub micro_bytes: f64,
    /// Collective bytes once per step.
    pub step_bytes: f64,
}

impl StageReport {
    /// `stage 0 · layers 0-5 · mesh 2x1 · devices 0-1`.
    pub fn label(&self, i: usize) -> String {
        format!("stage {i} · layers {}-{} · mesh {}x{} · devices {}", self.layers[0], self.layers[1], self.logical_mesh[0], self.logical_mesh[1], device_text(&self.devices))
    }
}

/// `2.40 GB`, `1.50 MB` or `12.0 kB`.
pub fn bytes_text(b: f64) -> String {
    if b >= 1e9 {
        format!("{:.2} GB", b / 1e9)
    } else if b >= 1e6 {
        format!("{:.2} MB", b / 1e6)
    } else {
        format!("{:.1} kB", b / 1e3)
    }
}

/// ` ZeRO-3` for a sharded stage's state, nothing for stage 0.
fn zero_text(zero: u8) -> String {
    if zero == 0 { String::new() } else { format!(" ZeRO-{zero}") }
}

/// `0-3` for a run, else `0,2,5`.
pub fn device_text(ids: &[usize]) -> String {
    match (ids.first(), ids.last()) {
        (Some(&a), Some(&b)) if b - a + 1 == ids.len() && ids.windows(2).all(|w| w[1] == w[0] + 1) => {
            if a == b {
                a.to_string()
            } else {
                format!("{a}-{b}")
            }
        }
        _ => ids.iter().map(usize::to_string).collect::<Vec<_>>().join(","),
    }
}

/// The best Megatron-style configuration found by the grid search.
#[derive(Clone, Debug, PartialEq)]
pub struct ManualPlan {
    /// Data-parallel degree (logical mesh axis 0).
    pub dp: usize,
    /// Tensor-parallel degree (axis 1).
    pub tp: usize,
    /// Pipeline stages.
    pub pp: usize,
    /// Micro-batches.
    pub microbatches: usize,
    /// ZeRO stage (0, 2, 3).
    pub zero: u8,
    /// Its step time.
    pub estimated_step_time_s: f64,
}

/// The whole plan.
#[derive(Clone, Debug)]
pub struct StagePlan {
    /// Cluster name.
    pub cluster: String,
    /// Per host group: hosts and devices per host.
    pub hosts: Vec<(usize, usize)>,
    /// All devices.
    pub num_devices: usize,
    /// Layers the step was cut into.
    pub layers: usize,
    /// Whether the layers were the user's.
    pub layers_from_user: bool,
    /// The stages in pipeline order.
    pub stages: Vec<StageReport>,
    /// Micro-batches per step.
    pub microbatches: usize,
    /// The schedule.
    pub schedule: ScheduleKind,
    /// `ilp` or `dp`.
    pub stage_solver: &'static str,
    /// `sum t + (B-1) max t + max u`.
    pub estimated_step_time_s: f64,
    /// The schedule simulated with transfers both ways.
    pub simulated_step_time_s: f64,
    /// The step on one device (memory not checked).
    pub single_device_step_time_s: f64,
    /// Bytes all collectives and cross-stage transfers move per step.
    pub communication_bytes_per_step: f64,
    /// With compare-manual: the best manual configuration.
    pub manual_best: Option<ManualPlan>,
    /// Per stage, its instruction list.
    pub program: Vec<Vec<String>>,
    /// Micro-batch counts tried and the best step time with each (`None`: nothing fit).
    pub tried: Vec<(usize, Option<f64>)>,
    /// Wall-clock seconds of the whole search.
    pub planner_seconds: f64,
    /// Seconds of the stage solver for the chosen count.
    pub solver_seconds: f64,
    /// Whether the stage solver proved its cut optimal.
    pub proved_optimal: bool,
    /// Layer plans made, and answered from the cache.
    pub layer_plans: usize,
    /// See `layer_plans`.
    pub layer_plans_reused: usize,
    /// What the user should know.
    pub notes: Vec<String>,
    /// The timeline picture.
    pub svg: String,
    /// Idle share of the pipeline.
    pub bubble_fraction: f64,
}

impl StagePlan {
    /// Step-time speedup over one device.
    pub fn speedup(&self) -> f64 {
        self.single_device_step_time_s / self.estimated_step_time_s
    }

    /// The plan JSON.
    pub fn to_json(&self) -> String {
        let stages: Vec<_> = self
            .stages
            .iter()
            .map(|s| {
                json!({
                    "layers": s.layers,
                    "devices": s.devices,
                    "logical_mesh": s.logical_mesh,
                    "zero": s.zero,
                    "latency_s": s.latency_s,
                    "memory_bytes": s.memory_bytes,
                    "submesh": [s.submesh.hosts, s.submesh.devices_per_host],
                    "device": s.device,
                    "forward_s": s.forward_s,
                    "backward_s": s.backward_s,
                    "update_s": s.step_s,
                })
            })
            .collect();
        let manual = self.manual_best.as_ref().map(|m| json!({ "dp": m.dp, "tp": m.tp, "pp": m.pp, "microbatches": m.microbatches, "estimated_step_time_s": m.estimated_step_time_s, "zero": m.zero }));
        let mut doc = json!({
            "version": VERSION,
            "cluster": self.cluster,
            "hosts": self.hosts.iter().map(|(h, d)| json!({"hosts": h, "devices_per_host": d})).collect::<Vec<_>>(),
            "num_devices": self.num_devices,
            "layers": self.layers,
            "layers_from_user": self.layers_from_user,
            "stages": stages,
            "microbatches": self.microbatches,
            "schedule": self.schedule.name(),
            "stage_solver": self.stage_solver,
            "estimated_step_time_s": self.estimated_step_time_s,
            "simulated_step_time_s": self.simulated_step_time_s,
            "single_device_step_time_s": self.single_device_step_time_s,
            "speedup_vs_one_device": self.speedup(),
            "communication_bytes_per_step": self.communication_bytes_per_step,
            "bubble_fraction": self.bubble_fraction,
            "pipeline": self.program.iter().enumerate().map(|(i, p)| json!({"stage": i, "instructions": p})).collect::<Vec<_>>(),
            "search": {
                "microbatches_tried": self.tried.iter().map(|(b, t)| json!({"microbatches": b, "estimated_step_time_s": t})).collect::<Vec<_>>(),
                "planner_seconds": self.planner_seconds,
                "stage_solver_seconds": self.solver_seconds,
                "proved_optimal": self.proved_optimal,
                "layer_plans": self.layer_plans,
                "layer_plans_reused": self.layer_plans_reused,
                "notes": self.notes,
            },
        });
        if let Some(m) = manual {
            doc["manual_best"] = m;
        }
        let mut text = serde_json::to_string_pretty(&doc).expect("a JSON value always serializes");
        text.push('\n');
        text
    }

    /// The plan for people.
    pub fn to_text(&self) -> String {
        let mut out = format!(
            "alpa-cluster-stages: {} devices ({}), {} layers, {} stages, {} micro-batches, {} schedule\n",
            self.num_devices,
            self.cluster,
            self.layers,
            self.stages.len(),
            self.microbatches,
            self.schedule.name()
        );
        for (i, s) in self.stages.iter().enumerate() {
            out.push_str(&format!(
                "Stage {i} (layers {}-{}): mesh [{},{}]{} on devices {} ({}), {} per micro-batch, {} per device\n",
                s.layers[0],
                s.layers[1],
                s.logical_mesh[0],
                s.logical_mesh[1],
                zero_text(s.zero),
                device_text(&s.devices),
                s.device,
                seconds_text(s.latency_s),
                bytes_text(s.memory_bytes)
            ));
        }
        out.push_str(&format!(
            "Estimated step {}; speedup {:.1}x vs one device; communication {}/iteration; bubbles {:.0}%\n",
            seconds_text(self.estimated_step_time_s),
            self.speedup(),
            bytes_text(self.communication_bytes_per_step),
            self.bubble_fraction * 100.0
        ));
        if let Some(m) = &self.manual_best {
            out.push_str(&format!(
                "Best manual (Megatron-style): dp={} tp={} pp={} micro-batches={} zero={}: {} ({:.2}x the automatic plan's time)\n",
                m.dp,
                m.tp,
                m.pp,
                m.microbatches,
                m.zero,
                seconds_text(m.estimated_step_time_s),
                m.estimated_step_time_s / self.estimated_step_time_s
            ));
        }
        for note in &self.notes {
            out.push_str(&format!("note: {note}\n"));
        }
        out
    }
}
