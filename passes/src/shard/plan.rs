//! The intra-op plan as others read it: the versioned JSON of `--alpa-plan-json` and the text
//! of `--alpa-print-plan`.
//!
//! JSON keys (version 1; `docs/plan-json.md` documents each): `version`, `mesh` {`shape`,
//! `alpha`, `beta`, `devices`}, `cluster`, `device`, `solver`, `cost_model`, `zero`,
//! `objective`, `solver_stats` {`seconds`, `optimal`, `bound`, `gap`, `notes`,
//! `graph_seconds`, `nodes`, `ops`}, `compute`, `communication`, `collectives`
//! {`all_reduce`, `all_gather`, `reduce_scatter`, `all_to_all`, `collective_permute`},
//! `arguments` [{`index`, `name`, `shape`, `dtype`, `sharding`, `role`}],
//! `estimated_step_time_s`, `memory_per_device_bytes`, `argument_bytes_per_device`,
//! `memory_budget_bytes`. Keys are only ever added; their meaning never changes.

use crate::analysis::mesh::LogicalMesh;
use crate::analysis::problem::Solution;
use crate::analysis::reshard::{CollectiveKind, Spec};
use crate::analysis::strategy_graph::ArgInfo;
use alpa_stablehlo::Type;
use serde_json::{Value, json};

/// The plan format's version.
pub const VERSION: u32 = 1;

/// One argument's decision.
#[derive(Clone, Debug)]
pub struct ArgumentPlan {
    /// Position in the entry function.
    pub index: usize,
    /// Its name (`params['fc1']['kernel']`).
    pub name: String,
    /// Its type.
    pub ty: Type,
    /// Its layout.
    pub sharding: Spec,
    /// What the layout means for people (`column, Megatron`).
    pub role: String,
}

/// A whole intra-op plan.
#[derive(Clone, Debug)]
pub struct Plan {
    /// The mesh.
    pub mesh: LogicalMesh,
    /// The cluster spec's name.
    pub cluster: String,
    /// The device type compute was priced on.
    pub device: String,
    /// `dp` or `ilp`.
    pub solver: String,
    /// `analytic` or `alpa`.
    pub cost_model: String,
    /// ZeRO stage.
    pub zero: u64,
    /// The objective (seconds for `analytic`, Alpa's units for `alpa`).
    pub objective: f64,
    /// What the solver reported.
    pub solution: Solution,
    /// Seconds spent building the strategy graph.
    pub build_seconds: f64,
    /// Compute part of the objective.
    pub compute: f64,
    /// Communication part of the objective.
    pub communication: f64,
    /// Collectives implied, by kind (non-scalar tensors).
    pub collectives: Vec<(CollectiveKind, usize)>,
    /// Every collective on a non-scalar tensor: its kind and where (op, or producer -> user).
    pub events: Vec<(CollectiveKind, String)>,
    /// Per argument.
    pub arguments: Vec<ArgumentPlan>,
    /// Seconds per step under the analytic model.
    pub estimated_step_time_s: f64,
    /// Peak bytes per device.
    pub memory_per_device_bytes: f64,
    /// Of which arguments.
    pub argument_bytes: f64,
    /// The budget the plan was held to.
    pub memory_budget_bytes: f64,
    /// Solver nodes (groups).
    pub nodes: usize,
    /// Ops in the entry function.
    pub ops: usize,
}

impl Plan {
    /// The JSON document, pretty-printed.
    pub fn to_json(&self) -> String {
        let arguments: Vec<Value> = self
            .arguments
            .iter()
            .map(|a| {
                let (shape, dtype) = match a.ty.as_tensor() {
                    Some(t) => (t.shape.clone(), t.elem.name().to_string()),
                    None => (Vec::new(), a.ty.to_string()),
                };
                json!({ "index": a.index, "name": a.name, "shape": shape, "dtype": dtype, "sharding": a.sharding, "role": a.role })
            })
            .collect();
        let collectives: serde_json::Map<String, Value> = self.collectives.iter().map(|(k, n)| (k.key().to_string(), json!(n))).collect();
        let gap = self.solution.bound.map(|b| if self.objective > 0.0 { (self.objective - b).max(0.0) / self.objective } else { 0.0 });
        let doc = json!({
            "version": VERSION,
            "mesh": { "shape": self.mesh.shape, "alpha": self.mesh.alpha, "beta": self.mesh.beta, "devices": self.mesh.devices },
            "cluster": self.cluster,
            "device": self.device,
            "solver": self.solver,
            "cost_model": self.cost_model,
            "zero": self.zero,
            "objective": self.objective,
            "solver_stats": {
                "seconds": self.solution.seconds,
                "optimal": self.solution.optimal,
                "bound": self.solution.bound,
                "gap": gap,
                "notes": self.solution.notes,
                "graph_seconds": self.build_seconds,
                "nodes": self.nodes,
                "ops": self.ops,
            },
            "compute": self.compute,
            "communication": self.communication,
            "collectives": collectives,
            "arguments": arguments,
            "estimated_step_time_s": self.estimated_step_time_s,
            "memory_per_device_bytes": self.memory_per_device_bytes,
            "argument_bytes_per_device": self.argument_bytes,
            "memory_budget_bytes": self.memory_budget_bytes,
        });
        let mut text = serde_json::to_string_pretty(&doc).expect("a JSON value always serializes");
        text.push('\n');
        text
    }

    /// The plan for people.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let floats = |v: &[f64]| v.iter().map(|x| format!("{x:.3e}")).collect::<Vec<_>>().join(",");
        out.push_str(&format!(
            "alpa-auto-shard: mesh {} (alpha {} beta {}) on {} ({}), cost model {}, solver {}{}\n",
            self.mesh.shape_text(),
            floats(&self.mesh.alpha),
            floats(&self.mesh.beta),
            self.cluster,
            self.device,
            self.cost_model,
            self.solver,
            if self.zero > 0 { format!(", zero {}", self.zero) } else { String::new() }
        ));
        let proof = if self.solution.optimal { "optimal".to_string() } else { "not proven optimal".to_string() };
        out.push_str(&format!("objective {:.6} ({} ops in {} solver nodes, solved in {:.3} s, {proof})\n", self.objective, self.ops, self.nodes, self.solution.seconds));
        for note in &self.solution.notes {
            out.push_str(&format!("note: {note}\n"));
        }
        out.push_str(&format!(
            "estimated step time {}, memory per device {} of {} (arguments {})\n",
            seconds_text(self.estimated_step_time_s),
            bytes_text(self.memory_per_device_bytes),
            bytes_text(self.memory_budget_bytes),
            bytes_text(self.argument_bytes)
        ));
        let counts: Vec<String> = self.collectives.iter().map(|(k, n)| format!("{} {n}", k.key())).collect();
        out.push_str(&format!("collectives: {}\n", counts.join(", ")));
        const SHOWN: usize = 24;
        for (kind, place) in self.events.iter().take(SHOWN) {
            out.push_str(&format!("  {} at {place}\n", kind.key()));
        }
        if self.events.len() > SHOWN {
            out.push_str(&format!("  ... and {} more\n", self.events.len() - SHOWN));
        }
        out.push_str("arguments:\n");
        let width = self.arguments.iter().map(|a| a.name.len()).max().unwrap_or(0);
        let type_width = self.arguments.iter().map(|a| type_text(&a.ty).len()).max().unwrap_or(0);
        for a in &self.arguments {
            out.push_str(&format!("  {:width$}  {:type_width$}  split {}  ({})\n", a.name, type_text(&a.ty), split_text(&a.sharding), a.role));
        }
        out
    }
}

/// `f32[1024,4096]`.
fn type_text(ty: &Type) -> String {
    match ty.as_tensor() {
        Some(t) => format!("{}[{}]", t.elem.name(), t.shape.iter().map(i64::to_string).collect::<Vec<_>>().join(",")),
        None => ty.to_string(),
    }
}

/// `[-, axis1]`.
fn split_text(spec: &Spec) -> String {
    let dims: Vec<String> = spec.iter().map(|axes| if axes.is_empty() { "-".into() } else { axes.iter().map(|a| format!("axis{a}")).collect::<Vec<_>>().join("+") }).collect();
    format!("[{}]", dims.join(", "))
}

/// `1.234 s`, `12.345 ms` or `4.560 us`.
pub fn seconds_text(s: f64) -> String {
    if s >= 1.0 {
        format!("{s:.3} s")
    } else if s >= 1e-3 {
        format!("{:.3} ms", s * 1e3)
    } else {
        format!("{:.3} us", s * 1e6)
    }
}

fn bytes_text(b: f64) -> String {
    const UNITS: [&str; 5] = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut value = b;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    format!("{value:.1} {}", UNITS[unit])
}

/// What an argument's layout means for people: `replicated`, `column, Megatron`, `row,
/// Megatron`, `batch, data parallel`, or the split dimensions; optimizer state says so, and a
/// split parameter that is all-gathered before its uses is ZeRO-3 style (`gathered`).
pub fn role(info: &ArgInfo, ty: &Type, spec: &Spec, zero: u64, gathered: bool) -> String {
    let split: Vec<usize> = (0..spec.len()).filter(|&d| !spec[d].is_empty()).collect();
    let rank = ty.as_tensor().map_or(0, |t| t.rank());
    let base = match (rank, split.as_slice()) {
        (_, []) => "replicated".to_string(),
        _ if info.alias.is_none() => return if split == [0] { "batch, data parallel".into() } else { format!("input split on dims {split:?}") },
        (2.., [d]) if *d == rank - 1 => "column, Megatron".into(),
        (2.., [0]) => "row, Megatron".into(),
        (1, [0]) => "split vector".into(),
        _ => format!("split on dims {split:?}"),
    };
    match (info.optimizer_state, zero >= 2 && !split.is_empty()) {
        (true, true) => format!("optimizer state, ZeRO-{zero} sharded"),
        (true, false) => format!("optimizer state, {base}"),
        (false, _) if gathered && !split.is_empty() => "sharded parameter, gathered for use (ZeRO-3)".into(),
        (false, _) => base,
    }
}
