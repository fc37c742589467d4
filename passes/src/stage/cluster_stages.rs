//! `alpa-cluster-stages`: cuts the layers into pipeline stages on sub-meshes, picks each
//! stage's logical mesh and intra-op plan, the micro-batch count and the schedule, and
//! outlines each stage's forward and backward into functions.
//!
//! - Expects: an imported entry function whose ops carry `alpa.layer` (from
//!   `alpa-cluster-layers`, or it clusters with `layers=` itself) and whose data arguments
//!   carry the batch in dimension 0.
//! - Guarantees: the plan minimises the step time `T = sum_i t_i + (B - 1) * max_i t_i + max_i u_i`
//!   over micro-batch counts `B` (`microbatches=auto`: powers of two dividing the batch, up to 256,
//!   from the largest down, stopping after two counts that do no better or at the first that does
//!   not fit, since fewer micro-batches keep more activations in flight; a count whose memory
//!   floor, the layers' held bytes spread evenly over each stage's devices, fits no stage cut is
//!   not planned at all; or the count given), contiguous layer ranges on sub-meshes from Alpa's set ((1, 2^k) inside a host, (n, M)
//!   whole hosts; per host group on a heterogeneous cluster, each with its own device speed and
//!   memory) covering the cluster exactly, and per stage every logical mesh `(a, b)` with `a * b`
//!   devices, each with the layers' state as the intra-op plan lays it out (ZeRO 0) or sharded over
//!   all the stage's devices (ZeRO 2: optimizer state and gradients; ZeRO 3: weights too). `t_i` is
//!   stage i's forward and backward of one micro-batch (`analysis::layer_cost`: the intra-op plan
//!   of each piece of a layer, cut at repeat units so identical blocks are planned once per mesh,
//!   on all cores; meshes that mirror each other share plans) plus receiving its input from the
//!   stage before (bytes crossing the cut, per micro-batch, over the inter-host link when the
//!   cluster has several hosts; Alpa ignored this); `u_i` is its once-per-step gradient
//!   synchronisation and optimizer update. The stage solver minimises the first two terms exactly
//!   over cuts between layers; `u` is added after, and the equal-stage (Megatron-style)
//!   configurations are candidates too, so the plan is never worse than the best of them. With
//!   automatic layers (`layers=auto` here or in `alpa-cluster-layers`, which marks them
//!   `alpa.layers_auto`) the boundaries then move between the repeat units inside layers (a
//!   DP over piece boundaries for the smallest largest latency, same sub-mesh shapes in the same
//!   order, kept only when the step gets faster; only where outlining stays in pipeline order),
//!   and the plan reports its stages in pieces: one layer per repeat unit. A stage fits when its weights, optimizer state
//!   and gradient accumulators, plus one micro-batch's activations per micro-batch in flight (1F1B:
//!   the stages from it to the last; GPipe: all `B`), plus its largest layer's temporaries fit the
//!   device's memory. The stage ILP (`stage-solver=ilp`, CBC) and Alpa's DP (`stage-solver=dp`)
//!   solve each `B` exactly. `stages=N` keeps only plans of exactly N stages (the Megatron-style
//!   candidates too). A step that micro-batching cannot split (`analysis::microbatch`) is planned
//!   on one micro-batch, with a note saying why.
//! - Rewrites the entry function into calls of `@stage<k>_forward` (forward ops) in stage
//!   order and `@stage<k>_backward` (backward and update ops) in reverse; each carries
//!   `alpa.stage`, `alpa.layers = array<i64: first, last>`, `alpa.devices`,
//!   `alpa.logical_mesh` and `alpa.zero`, and the stage's intra-op plan as `shard` annotations
//!   on `shard.grid @stage<k>_mesh` (its logical mesh), written as `alpa-auto-shard` writes
//!   them: the plans the stage's pieces were priced with, each value laid out where it is made
//!   (values every device makes itself, from constants, are left unannotated) and each read
//!   that needs another layout resharded move by move (`annotate_for_users`); an argument of a
//!   stage function takes the layout of the stage's first piece reading it. A value one piece
//!   makes and another reads in another layout is resharded in between, which the stage's
//!   cost leaves out. Values crossing stages are the calls' results and operands. The entry function records what `alpa-partition` needs to lay the stages out:
//!   `alpa.cluster` (and `alpa.cluster_shape` when `hosts`/`devices-per-host` reshaped it),
//!   `alpa.microbatches`, `alpa.schedule`, and `tf.aliasing_output` on each argument a result
//!   updates. `alpa-inline` gives back the original program.
//! - Reports (`plan-json=FILE`, `print-plan`): the plan JSON (`docs/plan-json.md`: stages,
//!   micro-batches, schedule, per-stage instruction lists, estimated step time, speedup vs one
//!   device, communication per step, and with `compare-manual` the best Megatron-style
//!   configuration), the plan in words, and next to the JSON an SVG of the pipeline timeline
//!   and the device assignment.
//! - Errors: a cluster or shape that does not exist; no plan fits in memory; a micro-batch
//!   count that does not divide the batch; more stages than layers or devices; a stage part
//!   that would read a value a later part makes (cannot be outlined).

use crate::analysis::cluster::{ClusterSpec, DeviceType};
use crate::analysis::comm::CostModel;
use crate::analysis::layer_cost::{LayerCost, LayerCoster, LayerFunc, Request, layer_func};
use crate::analysis::layers::{AUTO_ATTR, Layering, Pieces, Role};
use crate::analysis::mesh::LogicalMesh;
use crate::analysis::microbatch::{self, BatchDims};
use crate::analysis::parallel_map;
use crate::analysis::reshard::Spec;
use crate::analysis::schedule::{self, ScheduleKind, Timing};
use crate::analysis::stages::{self, Group, Stage, StageCost, StageProblem, SubmeshShape};
use crate::analysis::strategy_graph::arg_infos;
use crate::pass::Pass;
use crate::shard::auto_shard::{annotate_layouts, use_path};
use crate::stage::stage_plan::{ManualPlan, StagePlan, StageReport};
use alpa_stablehlo::attr::Attr;
use alpa_stablehlo::ir::{Arg, FuncResult, Item, Module, Op, ValueId, Visibility};
use alpa_stablehlo::shard::Grid;
use alpa_stablehlo::{Diag, DiagKind, ElemType, Func};
use std::collections::HashMap;
use std::io::IsTerminal;
use std::time::Instant;

/// Which solver cuts the stages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StageSolver {
    /// The flow ILP on CBC.
    Ilp,
    /// Alpa's DP over the largest stage latency.
    Dp,
}

/// The `alpa-cluster-stages` pass.
pub struct ClusterStages {
    /// Cluster preset or TOML file.
    pub cluster: String,
    /// Hosts (0: the cluster's).
    pub hosts: usize,
    /// Devices per host (0: the cluster's).
    pub devices_per_host: usize,
    /// Micro-batches; `None`: chosen.
    pub microbatches: Option<usize>,
    /// Pipeline stages; `None`: chosen.
    pub stages: Option<usize>,
    /// The pipeline schedule.
    pub schedule: ScheduleKind,
    /// The stage solver.
    pub stage_solver: StageSolver,
    /// Layers when the input is not clustered yet; `None`: automatic.
    pub layers: Option<usize>,
    /// Also grid-search Megatron-style manual configurations.
    pub compare_manual: bool,
    /// Write the plan JSON (and the SVG next to it) here.
    pub plan_json: String,
    /// Print the plan to stderr.
    pub print_plan: bool,
    /// Seconds the search may take before it settles for the best plan so far (0: no limit).
    pub time_limit_s: f64,
}

impl ClusterStages {
    /// The pass at its defaults on `cluster`.
    pub fn new(cluster: &str) -> ClusterStages {
        ClusterStages {
            cluster: cluster.into(),
            hosts: 0,
            devices_per_host: 0,
            microbatches: None,
            stages: None,
            schedule: ScheduleKind::OneFOneB,
            stage_solver: StageSolver::Ilp,
            layers: None,
            compare_manual: false,
            plan_json: String::new(),
            print_plan: false,
            time_limit_s: 0.0,
        }
    }
}

fn option_error(message: impl Into<String>) -> Diag {
    Diag { kind: DiagKind::Input, pos: None, message: format!("alpa-cluster-stages: {}", message.into()), notes: Vec::new() }
}

/// One logical mesh a stage on a sub-mesh may use.
struct MeshOption {
    shape: usize,
    logical: [usize; 2],
    /// ZeRO stage of the layers' state on it: 0 (the intra-op plan chooses), 2 (optimizer state
    /// sharded over all devices) or 3 (weights too).
    zero: u8,
    mesh: LogicalMesh,
    key: String,
    device: String,
    mesh_device: DeviceType,
}

/// Every layer's cost on every mesh option at one micro-batch count.
struct Costs {
    /// `by_layer[l][o]`.
    by_layer: Vec<Vec<LayerCost>>,
    /// Bytes crossing the cut after layer k per micro-batch.
    cut_bytes: Vec<f64>,
}

/// The step cut into `b` micro-batches and its layers' repeat-unit pieces cut out as functions.
struct PiecesAt {
    microbatches: usize,
    /// The step on one micro-batch.
    micro: Func,
    pieces: Pieces,
    funcs: Vec<LayerFunc>,
}

impl PiecesAt {
    fn new(func: &Func, dims: &BatchDims, layering: &Layering, infos: &[crate::analysis::strategy_graph::ArgInfo], b: usize) -> Result<PiecesAt, Diag> {
        let micro = microbatch::split(func, dims, b)?;
        let pieces = layering.pieces();
        // Cut on every core: each cut copies its ops and digests their structure.
        let indices: Vec<usize> = (0..pieces.layering.count).collect();
        let funcs = parallel_map(&indices, |&p| layer_func(&micro, infos, &pieces.layering, p));
        Ok(PiecesAt { microbatches: b, micro, pieces, funcs })
    }
}

/// Automatic layers cut again at repeat units, so stage boundaries can move between pieces.
struct Fine {
    pieces: Pieces,
    /// Per layer, its first and last piece.
    span: Vec<(usize, usize)>,
    /// Per boundary after piece `k`, whether stages may be cut there: outlined in pipeline
    /// order, no forward reads a later piece's forward value and no backward reads a backward
    /// value of an earlier piece (backward runs from the last stage down). Boundaries between
    /// layers always may.
    cuttable: Vec<bool>,
}

impl Fine {
    fn new(func: &Func, layering: &Layering) -> Fine {
        let pieces = layering.pieces();
        let count = pieces.layering.count;
        let mut span = vec![(usize::MAX, 0); layering.count];
        for (p, &l) in pieces.layer.iter().enumerate() {
            span[l] = (span[l].0.min(p), p);
        }
        let ops = &func.body.entry().ops;
        let (of, roles) = (&pieces.layering.of_op, &pieces.layering.roles);
        // Values made from weights and constants alone are recomputed where needed (see outline).
        let (derived, def_op) = derived_values(func);
        // blocked[k]: how many reads span the boundary after piece k the wrong way (as differences).
        let mut blocked = vec![0i64; count + 1];
        for (i, op) in ops.iter().enumerate().filter(|(_, op)| op.name != "func.return") {
            for v in &op.operands {
                let d = def_op[v.index()];
                if d == usize::MAX || derived[v.index()] {
                    continue;
                }
                let (forward, made_forward) = (roles[i] == Role::Forward, roles[d] == Role::Forward);
                let (from, to) = match (forward, made_forward) {
                    (true, true) if of[d] > of[i] => (of[i], of[d]),
                    (false, false) if of[d] < of[i] => (of[d], of[i]),
                    _ => continue,
                };
                blocked[from] += 1;
                blocked[to] -= 1;
            }
        }
        let mut open = 0;
        let mut cuttable: Vec<bool> = blocked[..count.saturating_sub(1)]
            .iter()
            .map(|d| {
                open += d;
                open == 0
            })
            .collect();
        for &(_, last) in &span[..layering.count.saturating_sub(1)] {
            cuttable[last] = true;
        }
        Fine { pieces, span, cuttable }
    }
}

/// What the search found for one micro-batch count.
#[derive(Clone)]
struct Candidate {
    microbatches: usize,
    stages: Vec<Stage>,
    step_s: f64,
    seconds: f64,
    proved_optimal: bool,
}

/// What [`ClusterStages::plan`] decides.
pub struct Planned {
    /// The plan as reported.
    pub plan: StagePlan,
    /// The layers.
    pub layering: Layering,
    /// The entry function planned (its ops carry `alpa.layer`).
    pub func: Func,
    /// It on one micro-batch of the plan (the same values).
    pub micro: Func,
    /// Per stage, its intra-op plan.
    pub layouts: Vec<StageLayouts>,
}

/// One stage's intra-op plan, in the entry function's values and ops: its pieces' plans put
/// side by side (a value one piece makes and another reads may be resharded in between).
pub struct StageLayouts {
    /// The stage's logical mesh.
    pub mesh: LogicalMesh,
    /// The layout each value the stage's pieces make is made in.
    pub defs: HashMap<ValueId, Spec>,
    /// The layout the first of its pieces reading a value from another stage (or an argument)
    /// takes it in.
    pub inputs: HashMap<ValueId, Spec>,
    /// Per op in the stage's pieces, per operand, the layout the op reads it in.
    pub wants: HashMap<usize, Vec<Option<Spec>>>,
}

/// A stderr progress line, drawn only on a terminal.
struct Progress {
    total: usize,
    done: usize,
    what: &'static str,
    on: bool,
}

impl Progress {
    fn new(total: usize, what: &'static str) -> Progress {
        Progress { total, done: 0, what, on: std::io::stderr().is_terminal() }
    }

    fn step(&mut self, note: &str) {
        self.done += 1;
        if self.on {
            let width = 30;
            let filled = (self.done * width).checked_div(self.total).unwrap_or(width).min(width);
            eprint!("\r[{}{}] {}/{} {} {note:<24}", "#".repeat(filled), ".".repeat(width - filled), self.done, self.total, self.what);
        }
    }

    fn finish(&self) {
        if self.on {
            eprintln!();
        }
    }
}

impl Pass for ClusterStages {
    fn run(&self, module: &mut Module) -> Result<bool, Diag> {
        let Planned { plan, layering, func: entry, micro, layouts } = self.plan(module)?;
        if !self.plan_json.is_empty() {
            std::fs::write(&self.plan_json, plan.to_json()).map_err(|e| option_error(format!("cannot write the plan to '{}': {e}", self.plan_json)))?;
            let svg_path = svg_path(&self.plan_json);
            std::fs::write(&svg_path, &plan.svg).map_err(|e| option_error(format!("cannot write the timeline to '{svg_path}': {e}")))?;
        }
        if self.print_plan {
            eprint!("{}", plan.to_text());
        }
        // What alpa-partition needs to lay each stage out as planned.
        let mut attrs = vec![
            ("alpa.cluster".to_string(), Attr::Str(self.cluster.clone())),
            ("alpa.microbatches".to_string(), Attr::i64(plan.microbatches as i64)),
            ("alpa.schedule".to_string(), Attr::Str(self.schedule.name().into())),
        ];
        if self.hosts > 0 || self.devices_per_host > 0 {
            let (hosts, per_host) = plan.hosts[0];
            attrs.push(("alpa.cluster_shape".into(), Attr::dense_i64(vec![hosts as i64, per_host as i64])));
        }
        outline(module, &entry, &micro, &layering, &plan, &layouts, attrs)?;
        Ok(true)
    }
}

/// `plan.json` -> `plan.svg`; any other name gets `.svg` appended.
pub fn svg_path(json: &str) -> String {
    match json.strip_suffix(".json") {
        Some(stem) => format!("{stem}.svg"),
        None => format!("{json}.svg"),
    }
}

impl ClusterStages {
    fn cluster(&self) -> Result<ClusterSpec, Diag> {
        let cluster = ClusterSpec::load(&self.cluster).map_err(option_error)?;
        if self.hosts == 0 && self.devices_per_host == 0 {
            return Ok(cluster);
        }
        let hosts = if self.hosts > 0 { self.hosts } else { cluster.num_hosts() };
        let per_host = if self.devices_per_host > 0 { self.devices_per_host } else { cluster.hosts[0].devices_per_host };
        cluster.with_shape(hosts, per_host).map_err(option_error)
    }

    /// Plans `module`'s entry function.
    pub fn plan(&self, module: &Module) -> Result<Planned, Diag> {
        let started = Instant::now();
        let cluster = self.cluster()?;
        let Some(func) = module.entry().cloned() else { return Err(option_error("the module has no entry function")) };
        if let Some(call) = func.body.entry().ops.iter().find(|op| op.name == "func.call") {
            return Err(Diag::unsupported(call.pos, format!("'func.call' is left in @{}: run alpa-inline (alpa-import) before alpa-cluster-stages", func.name)));
        }
        // A step micro-batching cannot split (a running count over the batch, an op without a
        // sharding rule on it) is still pipelined, on one micro-batch.
        let (dims, unsplittable) = match BatchDims::of(&func) {
            Ok(dims) => (dims, None),
            Err(why) => match self.microbatches {
                Some(b) if b > 1 => return Err(why),
                _ => (BatchDims::find(&func)?, Some(why)),
            },
        };
        let layering = Layering::cluster(&func, &dims, self.layers)?;
        if let Some(s) = self.stages {
            let most = layering.count.min(cluster.num_devices());
            if s == 0 || s > most {
                return Err(option_error(format!("stages={s} but there are {} layers and {} devices: at most {most} stages", layering.count, cluster.num_devices())));
            }
        }
        let infos = arg_infos(&func);
        // Automatic layers are cut again at repeat units: stage boundaries found between layers
        // then move between pieces where that balances the stages better.
        let fine = (!layering.from_user && self.layers.is_none()).then(|| Fine::new(&func, &layering)).filter(|f| f.pieces.layering.count > layering.count);
        let groups: Vec<Group> = cluster.hosts.iter().map(|h| Group { hosts: h.count, devices_per_host: h.devices_per_host }).collect();
        let shapes = stages::submesh_shapes(&groups);
        let options = mesh_options(&cluster, &groups, &shapes)?;
        let candidates: Vec<usize> = match self.microbatches {
            Some(b) => {
                if b == 0 || dims.batch % b as i64 != 0 {
                    return Err(option_error(format!("microbatches={b} does not divide the batch of {}", dims.batch)));
                }
                vec![b]
            }
            None if unsplittable.is_some() => vec![1],
            None => (0..=8).rev().map(|k| 1usize << k).filter(|&b| dims.batch % b as i64 == 0).collect(),
        };
        let mut coster = LayerCoster::default();
        let mut costs: HashMap<usize, Costs> = HashMap::new();
        let mut fine_costs: HashMap<usize, Costs> = HashMap::new();
        let mut best: Option<Candidate> = None;
        let mut worse_in_a_row = 0;
        let mut notes: Vec<String> = Vec::new();
        if let Some(why) = &unsplittable {
            notes.push(format!("one micro-batch only: {}", why.message));
        }
        let mut tried: Vec<(usize, Option<f64>)> = Vec::new();
        let mut kept: Option<PiecesAt> = None;
        for &b in &candidates {
            if self.time_limit_s > 0.0 && best.is_some() && started.elapsed().as_secs_f64() > self.time_limit_s {
                notes.push(format!("time limit of {} s reached: micro-batch counts of {b} and fewer were not tried", self.time_limit_s));
                break;
            }
            let at = PiecesAt::new(&func, &dims, &layering, &infos, b)?;
            // The floor decides a count that cannot fit without planning it.
            let floor = Self::memory_floor(&at, &layering, &options);
            if self.solve_stages(&layering, &groups, &shapes, &options, &cluster, &floor, b, started)?.is_none() {
                tried.push((b, None));
                break;
            }
            let (c, c_fine) = self.layer_costs(&func, &dims, &layering, &at, fine.as_ref(), &options, b, &mut coster)?;
            let found = self.solve_stages(&layering, &groups, &shapes, &options, &cluster, &c, b, started)?;
            let found = match (found, &fine, &c_fine) {
                (Some(f), Some(fine), Some(c_fine)) => Some(self.refine(&f, fine, c_fine, &options, &cluster)),
                (found, _, _) => found,
            };
            costs.insert(b, c);
            if let Some(c_fine) = c_fine {
                fine_costs.insert(b, c_fine);
            }
            tried.push((b, found.as_ref().map(total)));
            // Fewer micro-batches keep at least as many examples' activations in flight
            // (min(S - i, B) micro-batches of batch/B examples each on stage i), so a count
            // that does not fit leaves the smaller ones no chance either.
            if found.is_none() && self.microbatches.is_none() {
                break;
            }
            // The best count's pieces are kept: the stages' intra-op plans are read off them.
            match (found, &best) {
                (Some(f), Some(current)) if total(&f) < total(current) => {
                    (best, kept) = (Some(f), Some(at));
                    worse_in_a_row = 0;
                }
                (Some(f), None) => (best, kept) = (Some(f), Some(at)),
                // Past two counts that do no better the bubble has stopped paying for the
                // per-micro-batch costs.
                _ => {
                    worse_in_a_row += 1;
                    if worse_in_a_row >= 2 && self.microbatches.is_none() {
                        break;
                    }
                }
            }
        }
        // The stage solver minimises sum t + (B-1) max t exactly; the once-per-step update term
        // is added after. The Megatron-style configurations are plans of the same space: when
        // one of them is better with the update term, it is the plan.
        let manual = if groups.len() == 1 { self.best_manual(&layering, &options, &shapes, &cluster, &costs) } else { None };
        if let Some((_, seed)) = &manual {
            let better = best.as_ref().is_none_or(|b| total(seed) < total(b) * (1.0 - 1e-12));
            if better {
                notes.push(format!("the equal-stage configuration with {} stages beats the stage solver's cut once the update term is added; it is the plan", seed.stages.len()));
                let seed = Candidate { microbatches: seed.microbatches, stages: seed.stages.clone(), step_s: seed.step_s, seconds: 0.0, proved_optimal: false };
                best = Some(match (&fine, fine_costs.get(&seed.microbatches)) {
                    (Some(fine), Some(c_fine)) => self.refine(&seed, fine, c_fine, &options, &cluster),
                    _ => seed,
                });
            }
        }
        let Some(best) = best else {
            return Err(Diag::unsupported(
                func.pos,
                format!(
                    "alpa-cluster-stages found no plan for @{} on cluster '{}' ({} devices): no stage cut fits in device memory with {} micro-batches{}",
                    func.name,
                    cluster.name,
                    cluster.num_devices(),
                    candidates[0],
                    if candidates.len() > 1 { " (the most the batch allows; fewer keep more activations in flight)" } else { "" }
                ),
            ));
        };
        let b = best.microbatches;
        let single = self.one_device_seconds(&func, &dims, &layering, &infos, &options, &mut coster)?;
        // The pieces at the plan's count: the stages' intra-op plans are read off them.
        let at = match kept.filter(|at| at.microbatches == b) {
            Some(at) => at,
            None => PiecesAt::new(&func, &dims, &layering, &infos, b)?,
        };
        // From here on the stages are in pieces when they were moved between them.
        let (layering, c, layer_of_piece) = match fine {
            Some(fine) => (fine.pieces.layering, &fine_costs[&b], (0..at.funcs.len()).collect()),
            None => (layering, &costs[&b], at.pieces.layer.clone()),
        };
        let devices = stages::place(&best.stages, &shapes, &groups).map_err(|e| Diag::bug(Some(func.pos), format!("placing the stages: {e}")))?;
        let reports: Vec<StageReport> = best
            .stages
            .iter()
            .zip(&devices)
            .map(|(s, ids)| {
                let o = &options[s.option];
                let sum = |f: &dyn Fn(&LayerCost) -> f64| (s.first..=s.last).map(|l| f(&c.by_layer[l][s.option])).sum::<f64>();
                StageReport {
                    layers: [s.first, s.last],
                    devices: ids.clone(),
                    submesh: shapes[s.shape].clone(),
                    logical_mesh: o.logical,
                    zero: o.zero,
                    device: o.device.clone(),
                    latency_s: s.latency_s,
                    forward_s: sum(&|x| x.forward_s),
                    backward_s: sum(&|x| x.backward_s),
                    step_s: sum(&|x| x.step_s),
                    memory_bytes: 0.0,
                    micro_bytes: sum(&|x| x.micro_bytes),
                    step_bytes: sum(&|x| x.step_bytes),
                }
            })
            .collect();
        let n_stages = reports.len();
        let mut reports = reports;
        for (i, r) in reports.iter_mut().enumerate() {
            r.memory_bytes = stage_memory(c, r.layers[0], r.layers[1], best.stages[i].option, in_flight(self.schedule, n_stages - 1 - i, b));
        }
        let link = transfer_link(&cluster);
        let transfers: Vec<f64> = reports.windows(2).map(|w| c.cut_bytes[w[0].layers[1]] / link).collect();
        let cut_total: f64 = reports.windows(2).map(|w| c.cut_bytes[w[0].layers[1]]).sum();
        let communication = reports.iter().map(|r| b as f64 * r.micro_bytes + r.step_bytes).sum::<f64>() + b as f64 * cut_total;
        let estimated = total(&best);
        let layouts = stage_layouts(&func, &at, &layer_of_piece, &options, &best, &coster)?;
        let program = schedule::instructions(self.schedule, n_stages, b);
        let timing = Timing {
            forward_s: reports.iter().zip(&best.stages).map(|(r, s)| r.forward_s + transfer_in(c, s.first, link)).collect(),
            backward_s: reports.iter().map(|r| r.backward_s).collect(),
            transfer_s: transfers.iter().map(|t| t / 2.0).collect(),
            apply_s: reports.iter().map(|r| r.step_s).collect(),
        };
        let timeline = schedule::simulate(&program, &timing).map_err(|e| Diag::bug(Some(func.pos), format!("simulating the {} schedule: {e}", self.schedule.name())))?;
        let labels: Vec<String> = reports.iter().enumerate().map(|(i, r)| r.label(i)).collect();
        let per_host = cluster.hosts.first().map_or(1, |h| h.devices_per_host);
        let svg = schedule::to_svg(&timeline, &labels, &devices, per_host, &format!("@{} on {}: {} stages, {} micro-batches, {}", func.name, cluster.name, n_stages, b, self.schedule.name()));
        let manual = if self.compare_manual {
            if groups.len() > 1 {
                notes.push("compare-manual: Megatron-style configurations need one kind of host; skipped on this heterogeneous cluster".into());
            }
            manual.map(|(m, _)| m)
        } else {
            None
        };
        let plan = StagePlan {
            cluster: cluster.name.clone(),
            hosts: groups.iter().map(|g| (g.hosts, g.devices_per_host)).collect(),
            num_devices: cluster.num_devices(),
            layers: layering.count,
            layers_from_user: layering.from_user,
            stages: reports,
            microbatches: b,
            schedule: self.schedule,
            stage_solver: match self.stage_solver {
                StageSolver::Ilp => "ilp",
                StageSolver::Dp => "dp",
            },
            estimated_step_time_s: estimated,
            simulated_step_time_s: timeline.makespan_s,
            single_device_step_time_s: single,
            communication_bytes_per_step: communication,
            manual_best: manual,
            program: program.iter().map(|p| p.iter().map(|i| i.text()).collect()).collect(),
            tried,
            planner_seconds: started.elapsed().as_secs_f64(),
            solver_seconds: best.seconds,
            proved_optimal: best.proved_optimal,
            layer_plans: coster.planned,
            layer_plans_reused: coster.reused,
            notes,
            svg,
            bubble_fraction: timeline.bubble_fraction(n_stages),
        };
        Ok(Planned { plan, layering, func, micro: at.micro, layouts })
    }

    /// Per layer and mesh option, what no plan holds less than: each piece's held bytes
    /// (state, gradients, saved activations) spread evenly over the option's devices, no
    /// temporaries, no time. A stage cut that does not fit under these fits under no plan.
    fn memory_floor(pieces: &PiecesAt, layering: &Layering, options: &[MeshOption]) -> Costs {
        let mut by_layer = vec![vec![LayerCost::default(); options.len()]; layering.count];
        for (p, &l) in pieces.pieces.layer.iter().enumerate() {
            let (resident, saved) = pieces.funcs[p].held_bytes();
            for (o, option) in options.iter().enumerate() {
                let n = option.mesh.num_devices() as f64;
                by_layer[l][o] = by_layer[l][o].then(&LayerCost { resident_bytes: resident / n, activation_bytes: saved / n, ..LayerCost::default() });
            }
        }
        Costs { by_layer, cut_bytes: vec![0.0; layering.count] }
    }

    #[allow(clippy::too_many_arguments)]
    fn layer_costs(
        &self,
        func: &Func,
        dims: &BatchDims,
        layering: &Layering,
        at: &PiecesAt,
        fine: Option<&Fine>,
        options: &[MeshOption],
        b: usize,
        coster: &mut LayerCoster,
    ) -> Result<(Costs, Option<Costs>), Diag> {
        let requests: Vec<Request> =
            at.funcs.iter().flat_map(|lf| options.iter().map(move |o| Request { layer: lf, mesh: &o.mesh, mesh_key: &o.key, device: o.device_type(), zero: o.zero })).collect();
        let progress = std::sync::Mutex::new(Progress::new(requests.len(), "layer plans"));
        let note = format!("B={b}");
        let piece_costs = coster.cost_all(&requests, b, &|| progress.lock().unwrap_or_else(|e| e.into_inner()).step(&note))?;
        progress.into_inner().unwrap_or_else(|e| e.into_inner()).finish();
        let mut by_layer = vec![vec![LayerCost::default(); options.len()]; layering.count];
        for (p, &l) in at.pieces.layer.iter().enumerate() {
            for o in 0..options.len() {
                by_layer[l][o] = by_layer[l][o].then(&piece_costs[p * options.len() + o]);
            }
        }
        let cut_bytes = layering.cut_bytes(func, dims, b).into_iter().map(|(micro, _)| micro).collect();
        // Per piece, for moving stage boundaries between pieces.
        let fine = fine.map(|fine| Costs {
            by_layer: (0..at.funcs.len()).map(|p| piece_costs[p * options.len()..(p + 1) * options.len()].to_vec()).collect(),
            cut_bytes: fine.pieces.layering.cut_bytes(func, dims, b).into_iter().map(|(micro, _)| micro).collect(),
        });
        Ok((Costs { by_layer, cut_bytes }, fine))
    }

    #[allow(clippy::too_many_arguments)]
    fn solve_stages(
        &self,
        layering: &Layering,
        groups: &[Group],
        shapes: &[SubmeshShape],
        options: &[MeshOption],
        cluster: &ClusterSpec,
        c: &Costs,
        b: usize,
        started: Instant,
    ) -> Result<Option<Candidate>, Diag> {
        let cost = |first: usize, last: usize, shape: usize, after: usize| -> Option<StageCost> {
            // A stage count given: the first stage has all the others after it.
            if first == 0 && self.stages.is_some_and(|s| after + 1 != s) {
                return None;
            }
            self.stage_cost(c, options, cluster, first, last, shape, after, b)
        };
        let problem = StageProblem { layers: layering.count, groups: groups.to_vec(), shapes: shapes.to_vec(), microbatches: b, cost: &cost };
        let solved = match self.stage_solver {
            StageSolver::Ilp => {
                let left = if self.time_limit_s > 0.0 { (self.time_limit_s - started.elapsed().as_secs_f64()).max(1.0) } else { 600.0 };
                stages::solve_ilp(&problem, left)
            }
            StageSolver::Dp => stages::solve_dp(&problem),
        };
        match solved {
            Ok(solution) => {
                let step_s = solution.stages.iter().map(|s| stage_update(c, s.first, s.last, s.option)).fold(0.0, f64::max);
                Ok(Some(Candidate { microbatches: b, stages: solution.stages, step_s, seconds: solution.seconds, proved_optimal: solution.proved_optimal }))
            }
            Err(stages::StageError::Infeasible) => Ok(None),
            Err(e) => Err(option_error(format!("the stage solver failed with {b} micro-batches: {e}"))),
        }
    }

    /// The fastest logical mesh of sub-mesh shape `shape` for layers `first..=last` with
    /// `after` stages after it, among those whose memory fits.
    #[allow(clippy::too_many_arguments)]
    fn stage_cost(&self, c: &Costs, options: &[MeshOption], cluster: &ClusterSpec, first: usize, last: usize, shape: usize, after: usize, b: usize) -> Option<StageCost> {
        let link = transfer_link(cluster);
        let mut of_shape = options.iter().enumerate().filter(|(_, o)| o.shape == shape).peekable();
        let memory = cluster.devices.get(&of_shape.peek()?.1.device).map_or(f64::INFINITY, |d| d.memory_bytes as f64);
        of_shape
            .filter(|&(o, _)| stage_memory(c, first, last, o, in_flight(self.schedule, after, b)) <= memory)
            .map(|(o, _)| StageCost { latency_s: stage_latency(c, first, last, o, link), option: o })
            .min_by(|x, y| x.latency_s.total_cmp(&y.latency_s))
    }

    /// `candidate` (stages cut between layers) with its stage boundaries moved between pieces
    /// where that makes the step faster: the same sub-mesh shapes in the same order, each
    /// boundary at any piece boundary outlining allows, chosen by a DP for the smallest
    /// largest stage latency (then the smallest sum), each stage on its fastest fitting mesh;
    /// the cut between layers is kept when it is as fast.
    fn refine(&self, candidate: &Candidate, fine: &Fine, c: &Costs, options: &[MeshOption], cluster: &ClusterSpec) -> Candidate {
        let (s, p, b) = (candidate.stages.len(), fine.pieces.layering.count, candidate.microbatches);
        let priced = |cuts: Vec<(usize, usize, usize)>| -> Option<Candidate> {
            let mut stages_ = Vec::with_capacity(s);
            let mut step: f64 = 0.0;
            for (i, (first, last, shape)) in cuts.into_iter().enumerate() {
                let sc = self.stage_cost(c, options, cluster, first, last, shape, s - 1 - i, b)?;
                step = step.max(stage_update(c, first, last, sc.option));
                stages_.push(Stage { first, last, shape, option: sc.option, latency_s: sc.latency_s });
            }
            Some(Candidate { microbatches: b, stages: stages_, step_s: step, seconds: candidate.seconds, proved_optimal: false })
        };
        // The cut between layers, in pieces, on the meshes it was planned on.
        let link = transfer_link(cluster);
        let stages_: Vec<Stage> = candidate
            .stages
            .iter()
            .map(|st| {
                let (first, last) = (fine.span[st.first].0, fine.span[st.last].1);
                Stage { first, last, latency_s: stage_latency(c, first, last, st.option, link), ..st.clone() }
            })
            .collect();
        let step_s = stages_.iter().map(|st| stage_update(c, st.first, st.last, st.option)).fold(0.0, f64::max);
        let start = Candidate { stages: stages_, step_s, ..candidate.clone() };
        // best[i][j]: stages 0..i over pieces 0..j: (largest latency, sum, where stage i-1 starts).
        let mut best: Vec<Vec<Option<(f64, f64, usize)>>> = vec![vec![None; p + 1]; s + 1];
        best[0][0] = Some((0.0, 0.0, 0));
        for i in 1..=s {
            let shape = candidate.stages[i - 1].shape;
            for j in i..=p - (s - i) {
                for k in i - 1..j {
                    if k > 0 && !fine.cuttable[k - 1] {
                        continue;
                    }
                    let Some((most, sum, _)) = best[i - 1][k] else { continue };
                    let Some(sc) = self.stage_cost(c, options, cluster, k, j - 1, shape, s - i, b) else { continue };
                    let next = (most.max(sc.latency_s), sum + sc.latency_s, k);
                    if best[i][j].is_none_or(|(m, t, _)| (next.0, next.1) < (m, t)) {
                        best[i][j] = Some(next);
                    }
                }
            }
        }
        let mut cuts = Vec::with_capacity(s);
        let mut j = p;
        for i in (1..=s).rev() {
            let Some((_, _, k)) = best[i][j] else { return start };
            cuts.push((k, j - 1, candidate.stages[i - 1].shape));
            j = k;
        }
        cuts.reverse();
        match priced(cuts) {
            Some(moved) if total(&moved) < total(&start) * (1.0 - 1e-12) => moved,
            _ => start,
        }
    }

    fn one_device_seconds(
        &self,
        func: &Func,
        dims: &BatchDims,
        layering: &Layering,
        infos: &[crate::analysis::strategy_graph::ArgInfo],
        options: &[MeshOption],
        coster: &mut LayerCoster,
    ) -> Result<f64, Diag> {
        let Some(o) = options.iter().position(|o| o.mesh.num_devices() == 1) else { return Ok(f64::NAN) };
        let at = PiecesAt::new(func, dims, layering, infos, 1)?;
        let (c, _) = self.layer_costs(func, dims, layering, &at, None, &options[o..=o], 1, coster)?;
        Ok(c.by_layer.iter().map(|row| row[0].forward_s + row[0].backward_s + row[0].step_s).sum())
    }

    /// The best Megatron-style configuration: `pp` equal stages of `dp x tp` devices, every
    /// stage on the logical mesh `(dp, tp)`, `B` micro-batches, priced like the automatic plan.
    fn best_manual(&self, layering: &Layering, options: &[MeshOption], shapes: &[SubmeshShape], cluster: &ClusterSpec, costs: &HashMap<usize, Costs>) -> Option<(ManualPlan, Candidate)> {
        let n = cluster.num_devices();
        let link = transfer_link(cluster);
        let memory = cluster.devices.values().map(|d| d.memory_bytes as f64).fold(f64::INFINITY, f64::min);
        let mut best: Option<(ManualPlan, Candidate)> = None;
        let mut counts: Vec<usize> = costs.keys().copied().collect();
        counts.sort_unstable();
        for b in counts {
            let c = &costs[&b];
            for pp in (1..=layering.count.min(n)).filter(|pp| n % pp == 0 && self.stages.is_none_or(|s| s == *pp)) {
                let d = n / pp;
                let Some(shape) = shapes.iter().position(|s| s.devices() == d) else { continue };
                for (o, opt) in options.iter().enumerate().filter(|(_, x)| x.shape == shape) {
                    let ranges = equal_ranges(layering.count, pp);
                    let mut stages_ = Vec::with_capacity(pp);
                    let mut step: f64 = 0.0;
                    let mut fits = true;
                    for (i, &(first, last)) in ranges.iter().enumerate() {
                        if stage_memory(c, first, last, o, in_flight(self.schedule, pp - 1 - i, b)) > memory {
                            fits = false;
                            break;
                        }
                        let latency_s = stage_latency(c, first, last, o, link);
                        stages_.push(Stage { first, last, shape, option: o, latency_s });
                        step = step.max(stage_update(c, first, last, o));
                    }
                    if !fits {
                        continue;
                    }
                    let candidate = Candidate { microbatches: b, stages: stages_, step_s: step, seconds: 0.0, proved_optimal: false };
                    let t = total(&candidate);
                    if best.as_ref().is_none_or(|(m, _)| t < m.estimated_step_time_s) {
                        best = Some((ManualPlan { dp: opt.logical[0], tp: opt.logical[1], pp, microbatches: b, zero: opt.zero, estimated_step_time_s: t }, candidate));
                    }
                }
            }
        }
        best
    }
}

/// Each stage's intra-op plan: the plans its pieces were priced with, on its mesh at its ZeRO
/// stage (`at`: the pieces at the plan's micro-batch count, each in the layer
/// `layer_of_piece` says), one per piece kind and mesh, planned again on all cores (the costs
/// keep no plans).
fn stage_layouts(func: &Func, at: &PiecesAt, layer_of_piece: &[usize], options: &[MeshOption], best: &Candidate, coster: &LayerCoster) -> Result<Vec<StageLayouts>, Diag> {
    let stage_of: Vec<Option<usize>> = layer_of_piece.iter().map(|&l| best.stages.iter().position(|s| s.first <= l && l <= s.last)).collect();
    let mut jobs: Vec<(usize, usize)> = Vec::new();
    let mut job_of: HashMap<(u128, usize), usize> = HashMap::new();
    let mut piece_job: Vec<Option<usize>> = vec![None; at.funcs.len()];
    for (p, stage) in stage_of.iter().enumerate() {
        let Some(k) = *stage else { continue };
        let o = best.stages[k].option;
        piece_job[p] = Some(*job_of.entry((at.funcs[p].key, o)).or_insert_with(|| {
            jobs.push((p, o));
            jobs.len() - 1
        }));
    }
    let plans = parallel_map(&jobs, |&(p, o)| {
        let option = &options[o];
        coster.layouts(&Request { layer: &at.funcs[p], mesh: &option.mesh, mesh_key: &option.key, device: option.device_type(), zero: option.zero }, at.microbatches)
    });
    let plans = plans.into_iter().collect::<Result<Vec<_>, _>>()?;
    let ops = &func.body.entry().ops;
    let mut out: Vec<StageLayouts> = best.stages.iter().map(|s| StageLayouts { mesh: options[s.option].mesh.clone(), defs: HashMap::new(), inputs: HashMap::new(), wants: HashMap::new() }).collect();
    let mut made: Vec<Vec<ValueId>> = vec![Vec::new(); out.len()];
    for (p, lf) in at.funcs.iter().enumerate() {
        let (Some(k), Some(j)) = (stage_of[p], piece_job[p]) else { continue };
        let (plan, stage) = (&plans[j], &mut out[k]);
        let body = &lf.func.body.entry().ops;
        for (n, &i) in lf.members.iter().enumerate() {
            for (pv, v) in body[n].results.iter().zip(&ops[i].results) {
                made[k].push(*v);
                if let Some(spec) = plan.defs.get(pv) {
                    stage.defs.insert(*v, spec.clone());
                }
            }
            stage.wants.insert(i, plan.wants[n].clone());
        }
        for (arg, v) in lf.func.args.iter().zip(&lf.inputs) {
            if let Some(spec) = plan.defs.get(&arg.value) {
                stage.inputs.entry(*v).or_insert_with(|| spec.clone());
            }
        }
    }
    for (stage, made) in out.iter_mut().zip(made) {
        // A value the stage makes free (every device makes it in the layout it needs) is read
        // so everywhere in the stage, not in the layout one piece took it in.
        for v in made {
            stage.inputs.remove(&v);
        }
    }
    Ok(out)
}

impl MeshOption {
    fn device_type(&self) -> &DeviceType {
        &self.mesh_device
    }
}

/// A candidate's step time: `sum t + (B-1) max t + max u`.
fn total(c: &Candidate) -> f64 {
    stages::objective(&c.stages, c.microbatches) + c.step_s
}

/// `count` layers in `parts` contiguous ranges as equal as can be (earlier ones larger).
fn equal_ranges(count: usize, parts: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(parts);
    let mut first = 0;
    for i in 0..parts {
        let len = count / parts + usize::from(i < count % parts);
        out.push((first, first + len - 1));
        first += len;
    }
    out
}

/// Micro-batches whose activations a stage with `after` stages behind it holds.
fn in_flight(schedule: ScheduleKind, after: usize, microbatches: usize) -> usize {
    match schedule {
        ScheduleKind::OneFOneB => (after + 1).min(microbatches),
        ScheduleKind::Gpipe => microbatches,
    }
}

/// Bytes per device of layers `first..=last` on option `o` with `in_flight` micro-batches.
fn stage_memory(c: &Costs, first: usize, last: usize, o: usize, in_flight: usize) -> f64 {
    let layers = &c.by_layer[first..=last];
    let resident: f64 = layers.iter().map(|l| l[o].resident_bytes).sum();
    let activations: f64 = layers.iter().map(|l| l[o].activation_bytes).sum();
    let transient = layers.iter().map(|l| l[o].transient_bytes).fold(0.0, f64::max);
    resident + in_flight as f64 * activations + transient
}

/// `t` of layers `first..=last` on option `o`: their forward and backward of one micro-batch
/// and receiving the stage's input.
fn stage_latency(c: &Costs, first: usize, last: usize, o: usize, link: f64) -> f64 {
    c.by_layer[first..=last].iter().map(|l| l[o].forward_s + l[o].backward_s).sum::<f64>() + transfer_in(c, first, link)
}

/// `u` of layers `first..=last` on option `o`: gradient synchronisation and update, once per step.
fn stage_update(c: &Costs, first: usize, last: usize, o: usize) -> f64 {
    c.by_layer[first..=last].iter().map(|l| l[o].step_s).sum()
}

/// Bandwidth between two stages: the network when the cluster has several hosts.
fn transfer_link(cluster: &ClusterSpec) -> f64 {
    let g = &cluster.hosts[0];
    if cluster.num_hosts() > 1 { g.inter_host.bandwidth } else { g.intra_host.bandwidth }
}

/// Seconds a stage starting at `first` spends receiving its input and sending back its
/// gradient, per micro-batch.
fn transfer_in(c: &Costs, first: usize, link: f64) -> f64 {
    if first == 0 { 0.0 } else { c.cut_bytes[first - 1] / link }
}

/// Every logical mesh of every sub-mesh shape, on the shape's first devices.
fn mesh_options(cluster: &ClusterSpec, groups: &[Group], shapes: &[SubmeshShape]) -> Result<Vec<MeshOption>, Diag> {
    let mut offsets = Vec::with_capacity(groups.len());
    let mut next = 0;
    for g in groups {
        offsets.push(next);
        next += g.hosts * g.devices_per_host;
    }
    let mut out = Vec::new();
    for (s, shape) in shapes.iter().enumerate() {
        let g = &groups[shape.group];
        let devices: Vec<usize> = (0..shape.hosts).flat_map(|h| (0..shape.devices_per_host).map(move |d| h * g.devices_per_host + d)).map(|d| offsets[shape.group] + d).collect();
        let n = devices.len();
        let device_name = cluster.slowest_device(&devices, ElemType::F16).map(|d| d.name.clone()).ok_or_else(|| option_error("a sub-mesh has no devices"))?;
        for a in (1..=n).filter(|a| n % a == 0) {
            let logical = [a, n / a];
            let mesh = LogicalMesh::from_cluster(cluster, logical.to_vec(), devices.clone()).map_err(option_error)?;
            let zeros: &[u8] = if n > 1 { &[0, 2, 3] } else { &[0] };
            for &zero in zeros {
                let key = mesh_key(&device_name, &mesh);
                out.push(MeshOption { shape: s, logical, zero, mesh_device: cluster.devices[&device_name].clone(), mesh: mesh.clone(), key, device: device_name.clone() });
            }
        }
    }
    Ok(out)
}

/// A key equal for meshes every plan costs the same on: the device type and the axes of more
/// than one device with their links, in any order (a plan on `(2, 4)` mirrors one on
/// `(4, 2)` when both axes have the same link, and an axis of one device changes nothing).
fn mesh_key(device: &str, mesh: &LogicalMesh) -> String {
    let mut axes: Vec<(usize, u64, u64)> = (0..mesh.rank()).filter(|&a| mesh.shape[a] > 1).map(|a| (mesh.shape[a], mesh.alpha[a].to_bits(), mesh.beta[a].to_bits())).collect();
    axes.sort_unstable();
    format!("{device}:{axes:?}")
}

/// Rewrites the entry function into calls of the stages' parts (see the module docs).
/// `main_attrs` are added to the entry function.
fn outline(module: &mut Module, entry: &Func, micro: &Func, layering: &Layering, plan: &StagePlan, layouts: &[StageLayouts], main_attrs: Vec<(String, Attr)>) -> Result<(), Diag> {
    let ops = &entry.body.entry().ops;
    let stage_of_layer: Vec<usize> = (0..layering.count).map(|l| plan.stages.iter().position(|s| s.layers[0] <= l && l <= s.layers[1]).unwrap_or(0)).collect();
    let s = plan.stages.len();
    // Parts in execution order: forward 0..S-1, then backward S-1..0.
    let part_of = |i: usize| -> usize {
        let stage = stage_of_layer[layering.of_op[i]];
        if layering.roles[i] == Role::Forward { stage } else { 2 * s - 1 - stage }
    };
    let ret = ops.last().filter(|op| op.name == "func.return").ok_or_else(|| Diag::bug(Some(entry.pos), "the entry function has no return"))?;
    // Values computed from weights and constants alone are recomputed by every part that
    // needs them, rather than passed between parts.
    let (derived, def_op) = derived_values(entry);
    // Per part, its ops: those placed in it, and the derived ops they need from later parts.
    let mut parts: Vec<Vec<usize>> = vec![Vec::new(); 2 * s];
    for (i, op) in ops.iter().enumerate() {
        if op.name != "func.return" {
            parts[part_of(i)].push(i);
        }
    }
    for (p, part) in parts.iter_mut().enumerate() {
        let mut have: std::collections::HashSet<usize> = part.iter().copied().collect();
        let mut stack: Vec<usize> = part.clone();
        while let Some(i) = stack.pop() {
            for v in &ops[i].operands {
                let d = def_op[v.index()];
                if d != usize::MAX && derived[v.index()] && part_of(d) > p && have.insert(d) {
                    stack.push(d);
                }
            }
        }
        let mut list: Vec<usize> = have.into_iter().collect();
        list.sort_unstable();
        *part = list;
    }
    // What a part reads from a later part must be derived (and so recomputed in it).
    for (p, part) in parts.iter().enumerate() {
        for &i in part {
            for v in &ops[i].operands {
                let d = def_op[v.index()];
                if d != usize::MAX && part_of(d) > p && !part.contains(&d) {
                    return Err(Diag::unsupported(
                        ops[i].pos,
                        format!("'{}' in {} reads a value {} makes later: the stages cannot be outlined in pipeline order", ops[i].name, part_name(p, s), part_name(part_of(d), s)),
                    ));
                }
            }
        }
    }
    // Which parts read each value (the return counts as a part after all of them).
    let mut readers: Vec<Vec<usize>> = vec![Vec::new(); entry.values.len()];
    for (p, part) in parts.iter().enumerate() {
        for &i in part {
            for v in &ops[i].operands {
                readers[v.index()].push(p);
            }
        }
    }
    for v in &ret.operands {
        readers[v.index()].push(2 * s);
    }
    let mut main = entry.clone();
    main.attrs.retain(|(k, _)| k != "alpa.layers" && k != AUTO_ATTR);
    main.attrs.extend(main_attrs);
    main.attrs.sort_by(|a, b| a.0.cmp(&b.0));
    // Which argument each result updates, spelled as JAX spells donated buffers, so the module
    // read back without its locations still tells data from state.
    for (arg, info) in main.args.iter_mut().zip(arg_infos(entry)) {
        if let Some(r) = info.alias.filter(|_| !arg.attrs.iter().any(|(k, _)| k == "tf.aliasing_output")) {
            arg.attrs.push(("tf.aliasing_output".into(), Attr::Int { value: r as i128, ty: Some("i32".into()) }));
        }
    }
    // The argument each updated value is written back to.
    let update_of: HashMap<ValueId, ValueId> = arg_infos(entry).iter().zip(&entry.args).filter_map(|(info, arg)| Some((*ret.operands.get(info.alias?)?, arg.value))).collect();
    let mut body: Vec<Op> = Vec::new();
    let mut map: HashMap<ValueId, ValueId> = HashMap::new();
    let mut funcs: Vec<Func> = Vec::new();
    for (p, members) in parts.iter().enumerate() {
        if members.is_empty() {
            continue;
        }
        let mut inside = vec![false; entry.values.len()];
        for &i in members {
            for r in &ops[i].results {
                inside[r.index()] = true;
            }
        }
        let mut inputs: Vec<ValueId> = Vec::new();
        let mut seen = vec![false; entry.values.len()];
        for &i in members {
            for &v in &ops[i].operands {
                if !inside[v.index()] && !seen[v.index()] {
                    seen[v.index()] = true;
                    inputs.push(v);
                }
            }
        }
        // Outputs: values read by a later part or returned.
        let mut outputs: Vec<ValueId> = Vec::new();
        for &i in members {
            for r in &ops[i].results {
                let later = readers[r.index()].iter().any(|&q| q > p);
                if later && !(derived[r.index()] && part_of(i) != p) {
                    outputs.push(*r);
                }
            }
        }
        let stage = if p < s { p } else { 2 * s - 1 - p };
        let report = &plan.stages[stage];
        let name = part_name(p, s);
        let mut f = entry.clone();
        f.name = name.clone();
        f.visibility = Visibility::Private;
        f.args = inputs.iter().map(|&v| Arg { value: v, attrs: Vec::new(), loc: None }).collect();
        f.results = outputs.iter().map(|&v| FuncResult { ty: entry.ty(v).clone(), attrs: Vec::new() }).collect();
        f.attrs = vec![
            ("alpa.devices".into(), Attr::dense_i64(report.devices.iter().map(|&d| d as i64).collect())),
            ("alpa.layers".into(), Attr::dense_i64(vec![report.layers[0] as i64, report.layers[1] as i64])),
            ("alpa.logical_mesh".into(), Attr::dense_i64(report.logical_mesh.iter().map(|&d| d as i64).collect())),
            ("alpa.stage".into(), Attr::i64(stage as i64)),
            ("alpa.zero".into(), Attr::i64(report.zero as i64)),
        ];
        let mut fops: Vec<Op> = members.iter().map(|&i| ops[i].clone()).collect();
        fops.push(Op::new("func.return", outputs.clone(), Vec::new()));
        f.body.entry_mut().ops = fops;
        f.body.entry_mut().args = inputs.clone();
        let mut f = annotate_stage(&f, micro, members, &layouts[stage], &update_of, &grid_name(stage));
        f.renumber();
        funcs.push(f);
        // The call in main.
        let results: Vec<ValueId> = outputs.iter().map(|&v| main.new_value(entry.ty(v).clone())).collect();
        let mut call = Op::new("func.call", inputs.iter().map(|v| map.get(v).copied().unwrap_or(*v)).collect(), results.clone());
        call.set_attr("callee", Attr::Symbol(name));
        call.pos = entry.pos;
        for (o, r) in outputs.iter().zip(&results) {
            map.insert(*o, *r);
        }
        body.push(call);
    }
    let mut ret = ret.clone();
    for v in &mut ret.operands {
        if let Some(n) = map.get(v) {
            *v = *n;
        }
    }
    body.push(ret);
    main.body.entry_mut().ops = body;
    main.renumber();
    for item in &mut module.items {
        if let Item::Func(f) = item {
            if f.name == main.name {
                *f = main.clone();
            }
        }
    }
    module.items.extend(funcs.into_iter().map(Item::Func));
    for (k, stage) in plan.stages.iter().enumerate().rev() {
        module.items.insert(0, Item::Op(Grid::new(&grid_name(k), stage.logical_mesh.iter().map(|&n| n as i64).collect()).to_op()));
    }
    Ok(())
}

/// The grid stage `k` is laid out on.
pub fn grid_name(k: usize) -> String {
    format!("stage{k}_mesh")
}

/// `f`, a part of a stage in the entry function's values (its op `i` is the entry's op
/// `members[i]`), with the stage's intra-op plan as `shard` annotations on grid `grid`;
/// reshardings are priced on `micro`'s one-micro-batch types.
fn annotate_stage(f: &Func, micro: &Func, members: &[usize], stage: &StageLayouts, update_of: &HashMap<ValueId, ValueId>, grid: &str) -> Func {
    let body = &f.body.entry().ops;
    let layout_in = |v: &ValueId| stage.defs.get(v).or_else(|| stage.inputs.get(v));
    let mut defs: HashMap<ValueId, Spec> = f.args.iter().filter_map(|a| Some((a.value, layout_in(&a.value)?.clone()))).collect();
    for op in body {
        defs.extend(op.results.iter().filter_map(|r| Some((*r, stage.defs.get(r)?.clone()))));
    }
    let want = |i: usize, k: usize| -> Option<Spec> {
        match members.get(i) {
            Some(op) => stage.wants.get(op)?.get(k)?.clone(),
            // The return: an updated weight goes back to the weight's layout.
            None => layout_in(update_of.get(&body[i].operands[k])?).cloned(),
        }
    };
    annotate_layouts(f, grid, &defs, &|i, k, have| {
        let v = body[i].operands[k];
        let Some(want) = want(i, k) else { return Vec::new() };
        use_path(CostModel::Analytic, &stage.mesh, micro.ty(v), have, &want, !defs.contains_key(&v))
    })
}

/// Per value of `func`, whether it is computed from arguments and constants alone (region-free
/// ops all the way), and the top-level op making it (`usize::MAX` for arguments).
fn derived_values(func: &Func) -> (Vec<bool>, Vec<usize>) {
    let mut derived = vec![false; func.values.len()];
    for a in &func.args {
        derived[a.value.index()] = true;
    }
    let mut def_op = vec![usize::MAX; func.values.len()];
    for (i, op) in func.body.entry().ops.iter().enumerate() {
        for r in &op.results {
            def_op[r.index()] = i;
        }
        if op.regions.is_empty() && op.operands.iter().all(|v| derived[v.index()]) {
            for r in &op.results {
                derived[r.index()] = true;
            }
        }
    }
    (derived, def_op)
}

fn part_name(p: usize, stages: usize) -> String {
    if p < stages { format!("stage{p}_forward") } else { format!("stage{}_backward", 2 * stages - 1 - p) }
}
