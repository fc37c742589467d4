//! Alpa's inter-op stage clustering (paper §5): cut a model of `L` layers into `S >= 1`
//! contiguous stages and give each stage a sub-mesh of the cluster, minimising the pipeline's
//! step time. Pure numbers, no IR: the caller prices a (layer range, sub-mesh) pair through a
//! callback, typically by solving the intra-op problem of the range on that sub-mesh.
//!
//! Input: a [`StageProblem`]: `layers >= 1`, `microbatches >= 1`, a cluster of host groups (one
//! device type per group), sub-mesh shapes that each fit one group (usually
//! [`submesh_shapes`]), and the cost callback `(first, last, shape, after) -> Option<StageCost>`
//! where `after` is the number of stages behind this one (1F1B keeps `after + 1` micro-batches
//! of activations alive, so memory, hence feasibility, depends on it). The callback returns a
//! finite non-negative latency or `None` (does not fit); it is called at most once per tuple,
//! possibly from several threads at once, and only for tuples that can be part of a plan.
//!
//! Output: a [`StageSolution`] whose stages are contiguous, cover layers `0..L` in order, whose
//! sub-meshes use every device of every group exactly once, and whose `objective_s` is
//! [`objective`] of its stages; or a [`StageError`]. [`place`] then turns sub-mesh shapes into
//! concrete device ids.
//!
//! The step time with `B` micro-batches (GPipe and 1F1B alike), `t_i` the per-micro-batch
//! latency of stage `i` (forward + backward):
//!
//! ```text
//! T = Σ_i t_i + (B - 1) · max_j t_j
//! ```
//!
//! Solvers, which find the same optimum (tested against each other and [`brute_force`]):
//!
//! - [`solve_ilp`] (the default): a flow ILP on CBC. `x[f,l,s,a]` is binary for every
//!   tabulated `(first, last, shape, after)` that fits, `t` is continuous:
//!
//!   ```text
//!   min   Σ t_fls,a·x[f,l,s,a] + (B - 1)·t
//!   s.t.  Σ_{f <= ℓ <= l} x[f,l,s,a] = 1                     every layer ℓ
//!         Σ_{f,s} x[f,b-1,s,k] = Σ_{l,s} x[b,l,s,k-1]         every boundary b, k >= 1
//!         Σ_{l,s,a} x[0,l,s,a] = 1
//!         Σ_{shape s on group g} devices(s)·x[f,l,s,a] = devices(g)   every group g
//!         Σ_{f <= ℓ <= l} t_fls,a·x[f,l,s,a] <= t              every layer ℓ
//!   ```
//!
//!   The last stage has `after = 0` by construction: columns with `last = L - 1` have
//!   `after = 0`, all others `after >= 1`. Alpa's `t >= t_i·x_i` for each column is replaced by
//!   one row per layer (none when `B = 1`): exactly one stage covers a layer, so the rows are
//!   valid, they imply the per-column ones, and their LP relaxation is tighter with far fewer
//!   rows.
//! - [`solve_dp`]: Alpa's dynamic program. For each candidate `t_max` (the distinct tabulated
//!   latencies, ascending) it minimises `Σ t_i` over stages no slower than `t_max`, with state
//!   (next layer, stages left, devices left per group), the stages left fixing `after` exactly;
//!   `T*(t_max) = F + (B - 1)·t_max`. It starts at the least feasible `t_max` (a bottleneck DP)
//!   and stops once `max(B·t_max, F_∞ + (B - 1)·t_max)` reaches the best `T` found: no plan
//!   whose slowest stage takes `t_max` or more can beat it (Alpa's pruning, with the
//!   unconstrained `F_∞` as a tighter bound).
//!
//! Sub-mesh shapes (Alpa's): per group of `N` hosts with `M` devices each, `(1,1), (1,2),
//! (1,4), ...` (powers of two below `M`), `(1,M)`, then `(2,M), ..., (N,M)`.
//!
//! Example: 4 equal layers on one host of 4 devices, a range's latency its layer count over its
//! devices with a 10% overhead per doubling. With `B = 1` the best plan is one stage on `(1,4)`
//! (`T = 1.2`); with `B = 100`, four stages on `(1,1)` (`T = 4 + 99·1 = 103`).

use std::collections::HashMap;
use std::fmt;
use std::time::Instant;

use coin_cbc::{Col, Model, Sense};

/// One group of identical hosts: `hosts` hosts of `devices_per_host` devices of one type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Group {
    /// Number of hosts in the group.
    pub hosts: usize,
    /// Devices on each host.
    pub devices_per_host: usize,
}

impl Group {
    /// Devices in the whole group.
    pub fn devices(&self) -> usize {
        self.hosts * self.devices_per_host
    }
}

/// A sub-mesh shape: `hosts` hosts of `devices_per_host` devices inside host group `group`.
/// Shapes of several hosts take whole hosts.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SubmeshShape {
    /// The host group the sub-mesh lies in.
    pub group: usize,
    /// Hosts it spans.
    pub hosts: usize,
    /// Devices it takes on each host.
    pub devices_per_host: usize,
}

impl SubmeshShape {
    /// Devices in the sub-mesh.
    pub fn devices(&self) -> usize {
        self.hosts * self.devices_per_host
    }

    /// `(1,4)`, or `g1:(2,8)` for a shape outside group 0.
    pub fn text(&self) -> String {
        let shape = format!("({},{})", self.hosts, self.devices_per_host);
        if self.group == 0 { shape } else { format!("g{}:{shape}", self.group) }
    }
}

/// Alpa's sub-mesh shapes, group by group: `(1,1), (1,2), (1,4), ...` (powers of two below the
/// group's devices per host `M`), `(1,M)`, then `(2,M), ..., (N,M)`. A group without devices
/// has none.
pub fn submesh_shapes(groups: &[Group]) -> Vec<SubmeshShape> {
    let mut shapes = Vec::new();
    for (group, g) in groups.iter().enumerate() {
        if g.devices() == 0 {
            continue;
        }
        let mut m = 1;
        while m < g.devices_per_host {
            shapes.push(SubmeshShape { group, hosts: 1, devices_per_host: m });
            m *= 2;
        }
        for hosts in 1..=g.hosts {
            shapes.push(SubmeshShape { group, hosts, devices_per_host: g.devices_per_host });
        }
    }
    shapes
}

/// What the callback says of one stage: its per-micro-batch latency and the caller's choice
/// behind it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct StageCost {
    /// Forward + backward seconds per micro-batch; finite and non-negative.
    pub latency_s: f64,
    /// Opaque to the solvers and handed back in [`Stage::option`] (say, a logical mesh index).
    pub option: usize,
}

/// A stage clustering problem; see the module docs.
#[derive(Clone)]
pub struct StageProblem<'a> {
    /// Layers `L >= 1` of the model, numbered `0..L`.
    pub layers: usize,
    /// The cluster: host groups, devices numbered group by group.
    pub groups: Vec<Group>,
    /// The sub-mesh shapes a stage may take; usually [`submesh_shapes`] of `groups`.
    pub shapes: Vec<SubmeshShape>,
    /// Micro-batches `B >= 1` per step.
    pub microbatches: usize,
    /// (first, last, shape index, after) -> cost, or None when it does not fit / is not allowed.
    pub cost: &'a (dyn Fn(usize, usize, usize, usize) -> Option<StageCost> + Sync),
}

/// One stage of a plan: layers `first..=last` on a sub-mesh of shape `shapes[shape]`.
#[derive(Clone, Debug, PartialEq)]
pub struct Stage {
    /// First layer of the stage.
    pub first: usize,
    /// Last layer of the stage (inclusive).
    pub last: usize,
    /// Index into [`StageProblem::shapes`].
    pub shape: usize,
    /// The callback's [`StageCost::option`] for this stage.
    pub option: usize,
    /// The callback's latency for this stage, seconds per micro-batch.
    pub latency_s: f64,
}

/// A pipeline plan.
#[derive(Clone, Debug)]
pub struct StageSolution {
    /// The stages in pipeline order: contiguous, covering every layer, every device of every
    /// group used once.
    pub stages: Vec<Stage>,
    /// The step time: [`objective`] of `stages`, seconds.
    pub objective_s: f64,
    /// Wall-clock seconds of the call, tabulating the callback included.
    pub seconds: f64,
    /// Whether `stages` is proven optimal (false only when the ILP ran out of time).
    pub proved_optimal: bool,
}

/// Why no plan came back.
#[derive(Clone, Debug, PartialEq)]
pub enum StageError {
    /// No split of the layers into stages on sub-meshes covering the cluster has every stage
    /// fit.
    Infeasible,
    /// The ILP's time limit ran out before it found any plan.
    TimeLimit,
    /// The problem is malformed, the callback misbehaved, a placement is impossible, or CBC
    /// failed: the message says which.
    Solver(String),
}

impl fmt::Display for StageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StageError::Infeasible => write!(f, "no pipeline plan fits: every split into stages on sub-meshes covering the cluster has a stage that does not fit"),
            StageError::TimeLimit => write!(f, "the stage ilp found no plan within its time limit; use the dp solver"),
            StageError::Solver(message) => write!(f, "stage solver failed: {message}"),
        }
    }
}

impl std::error::Error for StageError {}

/// The step time of a pipeline: `Σ_i t_i + (B - 1)·max_j t_j` (0 for no stages; `B = 0`
/// counts as 1).
pub fn objective(stages: &[Stage], microbatches: usize) -> f64 {
    let sum: f64 = stages.iter().map(|s| s.latency_s).sum();
    let max = stages.iter().map(|s| s.latency_s).fold(0.0, f64::max);
    sum + microbatches.saturating_sub(1) as f64 * max
}

/// Solves `p` with the flow ILP of the module docs on CBC, within `time_limit_s` of wall-clock
/// time. When the limit runs out with a plan in hand it is returned with `proved_optimal =
/// false`; without one the answer is [`StageError::TimeLimit`].
pub fn solve_ilp(p: &StageProblem, time_limit_s: f64) -> Result<StageSolution, StageError> {
    let start = Instant::now();
    let entries = tabulate(p)?;
    if entries.is_empty() {
        return Err(StageError::Infeasible);
    }
    let mut ilp = StageIlp::build(p, &entries);
    let model = &mut ilp.model;
    model.set_log_level(0);
    // The limit is wall-clock time (CBC counts CPU time by default); log level 0 keeps the
    // driver's stdout clean. The feasibility pump costs more than it finds here: plans are easy
    // to come by once CBC branches (L=16 on 8x8, B=64: 0.57 s with it, 0.20 s without).
    model.set_parameters([("logLevel", "0"), ("slogLevel", "0"), ("timeMode", "elapsed"), ("feasibilityPump", "off")]);
    let left = time_limit_s - start.elapsed().as_secs_f64();
    model.set_parameter("sec", &left.max(0.1).to_string());
    let result = model.solve();
    let raw = result.raw();
    if raw.is_proven_infeasible() {
        return Err(StageError::Infeasible);
    }
    let chosen: Vec<&Entry> = ilp.cols.iter().zip(&entries).filter(|(c, _)| result.col(**c) > 0.5).map(|(_, e)| e).collect();
    let stages = match plan_from_entries(p, chosen) {
        Ok(stages) => stages,
        Err(_) if raw.is_seconds_limit_reached() => return Err(StageError::TimeLimit),
        Err(why) => return Err(StageError::Solver(format!("cbc returned no valid plan ({:?}, {:?}): {why}", raw.status(), raw.secondary_status()))),
    };
    Ok(StageSolution { objective_s: objective(&stages, p.microbatches), stages, seconds: start.elapsed().as_secs_f64(), proved_optimal: raw.is_proven_optimal() })
}

/// Solves `p` exactly with Alpa's dynamic program over candidate `t_max` values (module docs).
pub fn solve_dp(p: &StageProblem) -> Result<StageSolution, StageError> {
    let start = Instant::now();
    let entries = tabulate(p)?;
    let dp = Dp::new(p, &entries);
    let b = p.microbatches.saturating_sub(1) as f64;
    // Unconstrained: the least Σ t_i, a lower bound for every t_max and a first plan.
    let Some((f_inf, path)) = dp.solve(Mode::Sum { cap: f64::INFINITY }) else { return Err(StageError::Infeasible) };
    let mut best_stages = dp.stages(&path);
    let mut best = objective(&best_stages, p.microbatches);
    // No plan has a slowest stage below the bottleneck optimum.
    let (least_max, _) = dp.solve(Mode::Bottleneck).ok_or_else(|| StageError::Solver("the bottleneck dp found no plan where the sum dp did".into()))?;
    let mut candidates: Vec<f64> = entries.iter().map(|e| e.cost.latency_s).filter(|&t| t >= least_max).collect();
    candidates.sort_by(f64::total_cmp);
    candidates.dedup();
    for t_max in candidates {
        if p.microbatches as f64 * t_max >= best || f_inf + b * t_max >= best {
            break;
        }
        if let Some((_, path)) = dp.solve(Mode::Sum { cap: t_max }) {
            let stages = dp.stages(&path);
            let t = objective(&stages, p.microbatches);
            if t < best {
                (best, best_stages) = (t, stages);
            }
        }
    }
    Ok(StageSolution { stages: best_stages, objective_s: best, seconds: start.elapsed().as_secs_f64(), proved_optimal: true })
}

/// Tries every plan: every split of the layers, every shape per stage, the callback asked
/// directly. The obviously-correct reference for tests; refuses instances of more than a few
/// million plans with [`StageError::Solver`].
pub fn brute_force(p: &StageProblem) -> Result<StageSolution, StageError> {
    let start = Instant::now();
    validate(p)?;
    // Σ_S C(L-1, S-1)·shapes^S plans.
    let (l, k) = (p.layers as f64, p.shapes.len() as f64);
    let mut plans = 0.0;
    let mut choose = 1.0;
    for s in 1..=p.layers {
        plans += choose * k.powi(s as i32);
        choose *= (l - s as f64) / s as f64;
    }
    if plans > 4e6 {
        return Err(StageError::Solver(format!("brute force over {plans:.0} plans is too slow")));
    }
    let mut search = Brute { p, stack: Vec::new(), used: vec![0; p.groups.len()], best: None };
    search.walk(0)?;
    let (stages, objective_s) = search.best.ok_or(StageError::Infeasible)?;
    Ok(StageSolution { stages, objective_s, seconds: start.elapsed().as_secs_f64(), proved_optimal: true })
}

/// Concrete device ids per stage, in stage order. Devices are numbered group by group, host by
/// host: device id = group_offset + host * devices_per_host + local. (n, M) shapes take whole
/// hosts, (1, m) shapes an aligned block of m devices inside one host; blocks never straddle
/// hosts. Consecutive stages of a group are placed next to each other (contiguous in stage
/// order) when that is valid; otherwise a buddy allocation, largest first, places them.
///
/// Errors ([`StageError::Solver`]) when a stage names no shape, a shape does not fit its
/// group, the stages do not use each group's devices exactly, or (only possible when `M` is not
/// a power of two) the blocks cannot be packed.
pub fn place(stages: &[Stage], shapes: &[SubmeshShape], groups: &[Group]) -> Result<Vec<Vec<usize>>, StageError> {
    let fail = |m: String| StageError::Solver(format!("cannot place the stages: {m}"));
    validate_shapes(groups, shapes).map_err(fail)?;
    let mut on_group: Vec<Vec<usize>> = vec![Vec::new(); groups.len()];
    for (i, stage) in stages.iter().enumerate() {
        let shape = shapes.get(stage.shape).ok_or_else(|| fail(format!("stage {i} names sub-mesh {}, there are {}", stage.shape, shapes.len())))?;
        on_group[shape.group].push(i);
    }
    let mut ids = vec![Vec::new(); stages.len()];
    let mut offset = 0;
    for (g, group) in groups.iter().enumerate() {
        let blocks: Vec<&SubmeshShape> = on_group[g].iter().map(|&i| &shapes[stages[i].shape]).collect();
        let used: usize = blocks.iter().map(|s| s.devices()).sum();
        if used != group.devices() {
            return Err(fail(format!("the stages use {used} of the {} devices of host group {g}", group.devices())));
        }
        let starts = place_contiguous(&blocks, group).or_else(|| place_buddy(&blocks, group)).ok_or_else(|| {
            let sizes: Vec<String> = blocks.iter().map(|s| s.text()).collect();
            fail(format!("sub-meshes {} do not pack into host group {g} ({} hosts of {} devices)", sizes.join(", "), group.hosts, group.devices_per_host))
        })?;
        for (&i, (start, shape)) in on_group[g].iter().zip(starts.into_iter().zip(&blocks)) {
            ids[i] = (offset + start..offset + start + shape.devices()).collect();
        }
        offset += group.devices();
    }
    Ok(ids)
}

// ---------------------------------------------------------------------------------------------
// Checks shared by the solvers.

/// Rejects malformed problems (an empty model, no micro-batches, shapes that fit no group).
fn validate(p: &StageProblem) -> Result<(), StageError> {
    let invalid = |m: &str| Err(StageError::Solver(format!("invalid stage problem: {m}")));
    if p.layers == 0 {
        return invalid("the model has no layers");
    }
    if p.microbatches == 0 {
        return invalid("the number of micro-batches must be at least 1");
    }
    validate_shapes(&p.groups, &p.shapes).map_err(|m| StageError::Solver(format!("invalid stage problem: {m}")))
}

/// Every group has devices and every shape fits its group, taking whole hosts when it spans
/// several.
fn validate_shapes(groups: &[Group], shapes: &[SubmeshShape]) -> Result<(), String> {
    if groups.is_empty() {
        return Err("the cluster has no host groups".into());
    }
    if let Some(g) = groups.iter().position(|g| g.devices() == 0) {
        return Err(format!("host group {g} has no devices"));
    }
    for (i, s) in shapes.iter().enumerate() {
        let Some(g) = groups.get(s.group) else { return Err(format!("sub-mesh {i} {} names host group {}, the cluster has {}", s.text(), s.group, groups.len())) };
        if s.devices() == 0 || s.hosts > g.hosts || s.devices_per_host > g.devices_per_host {
            return Err(format!("sub-mesh {i} {} does not fit host group {} ({} hosts of {} devices)", s.text(), s.group, g.hosts, g.devices_per_host));
        }
        if s.hosts > 1 && s.devices_per_host != g.devices_per_host {
            return Err(format!("sub-mesh {i} {} spans hosts without taking them whole", s.text()));
        }
    }
    Ok(())
}

/// Asks the callback about one stage and checks the answer.
fn call_cost(p: &StageProblem, first: usize, last: usize, shape: usize, after: usize) -> Result<Option<StageCost>, StageError> {
    let cost = (p.cost)(first, last, shape, after);
    match cost {
        Some(c) if !(c.latency_s.is_finite() && c.latency_s >= 0.0) => Err(StageError::Solver(format!(
            "the cost of layers {first}..={last} on sub-mesh {} with {after} stages after is {}, not a finite non-negative latency",
            p.shapes[shape].text(),
            c.latency_s
        ))),
        _ => Ok(cost),
    }
}

/// Orders the chosen entries into stages and checks they form a plan: contiguous from layer 0
/// to the last, `after` counting the stages behind, every group's devices used exactly.
fn plan_from_entries(p: &StageProblem, mut chosen: Vec<&Entry>) -> Result<Vec<Stage>, String> {
    chosen.sort_by_key(|e| e.first);
    let n = chosen.len();
    let mut used = vec![0; p.groups.len()];
    let mut next = 0;
    for (i, e) in chosen.iter().enumerate() {
        if e.first != next || e.last < e.first {
            return Err(format!("stage {i} covers layers {}..={}, expected it to start at {next}", e.first, e.last));
        }
        if e.after != n - 1 - i {
            return Err(format!("stage {i} of {n} was priced with {} stages after it", e.after));
        }
        used[p.shapes[e.shape].group] += p.shapes[e.shape].devices();
        next = e.last + 1;
    }
    if next != p.layers {
        return Err(format!("the stages cover layers 0..{next} of {}", p.layers));
    }
    if let Some(g) = (0..p.groups.len()).find(|&g| used[g] != p.groups[g].devices()) {
        return Err(format!("the stages use {} of the {} devices of host group {g}", used[g], p.groups[g].devices()));
    }
    Ok(chosen.iter().map(|e| e.stage()).collect())
}

// ---------------------------------------------------------------------------------------------
// Tabulating the callback.

/// One tabulated stage that fits: `(first, last, shape, after)` and its cost.
#[derive(Clone, Copy, Debug)]
struct Entry {
    first: usize,
    last: usize,
    shape: usize,
    after: usize,
    cost: StageCost,
}

impl Entry {
    fn stage(&self) -> Stage {
        Stage { first: self.first, last: self.last, shape: self.shape, option: self.cost.option, latency_s: self.cost.latency_s }
    }
}

/// Asks the callback about every `(first, last, shape, after)` that can be part of a plan,
/// once each, on all cores, and keeps those that fit.
///
/// A tuple can be part of a plan when `after` is 0 exactly for the last layer, at most one
/// stage per layer follows, and for some count `b` of stages before it (`b >= 1` exactly when
/// `first > 0`, `b <= first`) the `b + after` other stages can use the devices it leaves in
/// every group exactly, with the given shapes.
fn tabulate(p: &StageProblem) -> Result<Vec<Entry>, StageError> {
    validate(p)?;
    let l = p.layers;
    let others = other_stage_counts(p);
    let mut keys = Vec::new();
    for first in 0..l {
        for last in first..l {
            for (shape, counts) in others.iter().enumerate() {
                let least_after = usize::from(last + 1 < l);
                for after in least_after..=l - 1 - last {
                    let least_before = usize::from(first > 0);
                    if (least_before..=first).any(|b| counts.get(b + after).copied().unwrap_or(false)) {
                        keys.push((first, last, shape, after));
                    }
                }
            }
        }
    }
    let costs = super::parallel_map(&keys, |&(first, last, shape, after)| call_cost(p, first, last, shape, after));
    let mut entries = Vec::new();
    for (&(first, last, shape, after), cost) in keys.iter().zip(costs) {
        if let Some(cost) = cost? {
            entries.push(Entry { first, last, shape, after, cost });
        }
    }
    Ok(entries)
}

/// Per shape, which counts `k < L` of other stages can use exactly the devices a stage of that
/// shape leaves, group by group.
fn other_stage_counts(p: &StageProblem) -> Vec<Vec<bool>> {
    let l = p.layers;
    // reach[g][k][r]: k shapes of group g take exactly r of its devices.
    let reach: Vec<Vec<Vec<bool>>> = p
        .groups
        .iter()
        .enumerate()
        .map(|(g, group)| {
            let sizes: Vec<usize> = p.shapes.iter().filter(|s| s.group == g).map(SubmeshShape::devices).collect();
            let mut reach = vec![vec![false; group.devices() + 1]; l + 1];
            reach[0][0] = true;
            for k in 1..=l {
                for r in 0..=group.devices() {
                    reach[k][r] = sizes.iter().any(|&d| d <= r && reach[k - 1][r - d]);
                }
            }
            reach
        })
        .collect();
    p.shapes
        .iter()
        .map(|shape| {
            let mut counts = vec![false; l];
            counts[0] = true;
            for (g, group) in p.groups.iter().enumerate() {
                let left = group.devices() - if g == shape.group { shape.devices() } else { 0 };
                let mut next = vec![false; l];
                for (k, _) in counts.iter().enumerate().filter(|(_, &c)| c) {
                    for (j, by_count) in reach[g].iter().enumerate().take(l - k) {
                        next[k + j] |= by_count[left];
                    }
                }
                counts = next;
            }
            counts
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The ILP.

/// The CBC model of the module docs and the column of each tabulated entry.
struct StageIlp {
    model: Model,
    /// `cols[i]` is `x` of `entries[i]`.
    cols: Vec<Col>,
}

impl StageIlp {
    fn build(p: &StageProblem, entries: &[Entry]) -> StageIlp {
        let l = p.layers;
        let mut model = Model::default();
        model.set_obj_sense(Sense::Minimize);
        // Coefficients are scaled to at most 1 so that CBC's absolute tolerances mean the same
        // whatever unit the latencies are in.
        let largest = entries.iter().map(|e| e.cost.latency_s).fold(0.0, f64::max);
        let scale = if largest > 0.0 { largest } else { 1.0 };
        let cover: Vec<_> = (0..l).map(|_| model.add_row()).collect();
        for &row in &cover {
            model.set_row_equal(row, 1.0);
        }
        let start = model.add_row();
        model.set_row_equal(start, 1.0);
        let devices: Vec<_> = p.groups.iter().map(|_| model.add_row()).collect();
        for (&row, group) in devices.iter().zip(&p.groups) {
            model.set_row_equal(row, group.devices() as f64);
        }
        // chain[(b, k)]: stages ending at b - 1 with k after = stages starting at b with k - 1 after.
        let mut chain: HashMap<(usize, usize), coin_cbc::Row> = HashMap::new();
        let mut chain_row = |model: &mut Model, b: usize, k: usize| {
            *chain.entry((b, k)).or_insert_with(|| {
                let row = model.add_row();
                model.set_row_equal(row, 0.0);
                row
            })
        };
        // slowest[ℓ]: Σ (latency of the stages covering ℓ) <= t; with one micro-batch t is free.
        let bottleneck = p.microbatches > 1;
        let mut slowest = Vec::new();
        if bottleneck {
            let t = model.add_col();
            model.set_obj_coeff(t, (p.microbatches - 1) as f64);
            slowest = (0..l).map(|_| model.add_row()).collect();
            for &row in &slowest {
                model.set_weight(row, t, -1.0);
                model.set_row_upper(row, 0.0);
            }
        }
        let mut cols = Vec::with_capacity(entries.len());
        for e in entries {
            let x = model.add_binary();
            let latency = e.cost.latency_s / scale;
            model.set_obj_coeff(x, latency);
            for layer in e.first..=e.last {
                model.set_weight(cover[layer], x, 1.0);
                if bottleneck && latency != 0.0 {
                    model.set_weight(slowest[layer], x, latency);
                }
            }
            if e.first == 0 {
                model.set_weight(start, x, 1.0);
            } else {
                let row = chain_row(&mut model, e.first, e.after + 1);
                model.set_weight(row, x, -1.0);
            }
            if e.after > 0 {
                let row = chain_row(&mut model, e.last + 1, e.after);
                model.set_weight(row, x, 1.0);
            }
            model.set_weight(devices[p.shapes[e.shape].group], x, p.shapes[e.shape].devices() as f64);
            cols.push(x);
        }
        StageIlp { model, cols }
    }
}

// ---------------------------------------------------------------------------------------------
// Alpa's DP.

/// What one DP pass minimises over plans.
#[derive(Clone, Copy, Debug)]
enum Mode {
    /// `Σ t_i` over plans whose stages all take at most `cap`.
    Sum { cap: f64 },
    /// `max t_i`: the least possible slowest stage.
    Bottleneck,
}

/// The DP over states (next layer, stages left, devices left per group), devices left encoded
/// mixed-radix in one index. The stage starting a state with `s` stages left has `after = s - 1`.
struct Dp<'e> {
    entries: &'e [Entry],
    layers: usize,
    /// `by_start[first * layers + after]`: entries, by ascending latency.
    by_start: Vec<Vec<usize>>,
    /// Per group, the stride of its devices-left digit, and its device count.
    strides: Vec<usize>,
    devices: Vec<usize>,
    /// Per shape, (group, devices).
    shapes: Vec<(usize, usize)>,
    /// The index of "every device left".
    full: usize,
    /// Device-left indices (the product of `devices[g] + 1`).
    states: usize,
    /// Most stages a plan can have.
    most_stages: usize,
}

/// A DP memo: per state, the best value and the entry that achieves it.
enum Memo {
    Dense(Vec<Option<(f64, usize)>>),
    Sparse(HashMap<usize, (f64, usize)>),
}

/// No entry: the state is infeasible or the end.
const NONE: usize = usize::MAX;

impl<'e> Dp<'e> {
    fn new(p: &StageProblem, entries: &'e [Entry]) -> Dp<'e> {
        let l = p.layers;
        let mut by_start = vec![Vec::new(); l * l];
        for (i, e) in entries.iter().enumerate() {
            by_start[e.first * l + e.after].push(i);
        }
        for list in &mut by_start {
            list.sort_by(|&a, &b| entries[a].cost.latency_s.total_cmp(&entries[b].cost.latency_s));
        }
        let devices: Vec<usize> = p.groups.iter().map(Group::devices).collect();
        let mut strides = Vec::with_capacity(devices.len());
        let mut states = 1usize;
        for &d in &devices {
            strides.push(states);
            states = states.saturating_mul(d + 1);
        }
        let full = devices.iter().zip(&strides).map(|(d, s)| d * s).sum();
        let shapes = p.shapes.iter().map(|s| (s.group, s.devices())).collect();
        let most_stages = l.min(devices.iter().sum());
        Dp { entries, layers: l, by_start, strides, devices, shapes, full, states, most_stages }
    }

    /// The best plan under `mode`: its value and entries in order, or `None` when none fits.
    fn solve(&self, mode: Mode) -> Option<(f64, Vec<usize>)> {
        // A dense memo (24 bytes a state, allocated per pass) while it stays a few MB; large
        // heterogeneous clusters reach few of their device-left combinations, so a map.
        let size = (self.layers + 1).checked_mul(self.most_stages + 1).and_then(|n| n.checked_mul(self.states));
        let mut memo = match size {
            Some(n) if n <= 1 << 18 => Memo::Dense(vec![None; n]),
            _ => Memo::Sparse(HashMap::new()),
        };
        let mut best: Option<(f64, usize)> = None;
        for s in 1..=self.most_stages {
            let value = self.f(mode, &mut memo, 0, s, self.full);
            if value.is_finite() && best.is_none_or(|(b, _)| value < b) {
                best = Some((value, s));
            }
        }
        let (value, s) = best?;
        let mut path = Vec::with_capacity(s);
        let (mut layer, mut left, mut devices) = (0, s, self.full);
        while layer < self.layers {
            let (_, e) = self.memo_get(&memo, layer, left, devices)?;
            let entry = &self.entries[e];
            path.push(e);
            let (g, d) = self.shapes[entry.shape];
            (layer, left, devices) = (entry.last + 1, left - 1, devices - d * self.strides[g]);
        }
        Some((value, path))
    }

    fn key(&self, layer: usize, left: usize, devices: usize) -> usize {
        (layer * (self.most_stages + 1) + left) * self.states + devices
    }

    fn memo_get(&self, memo: &Memo, layer: usize, left: usize, devices: usize) -> Option<(f64, usize)> {
        let key = self.key(layer, left, devices);
        match memo {
            Memo::Dense(v) => v[key],
            Memo::Sparse(m) => m.get(&key).copied(),
        }
    }

    /// The best value from `layer` on with `left` stages to place on `devices` (an index).
    fn f(&self, mode: Mode, memo: &mut Memo, layer: usize, left: usize, devices: usize) -> f64 {
        if layer == self.layers {
            return if left == 0 && devices == 0 { 0.0 } else { f64::INFINITY };
        }
        if left == 0 || left > self.layers - layer {
            return f64::INFINITY;
        }
        if let Some((value, _)) = self.memo_get(memo, layer, left, devices) {
            return value;
        }
        let (mut best, mut arg) = (f64::INFINITY, NONE);
        for &i in &self.by_start[layer * self.layers + left - 1] {
            let e = &self.entries[i];
            let latency = e.cost.latency_s;
            // Entries come by ascending latency and the rest is never negative: nothing later
            // beats `best`, nor fits a cap this one breaks.
            if latency >= best || matches!(mode, Mode::Sum { cap } if latency > cap) {
                break;
            }
            let (g, d) = self.shapes[e.shape];
            if (devices / self.strides[g]) % (self.devices[g] + 1) < d {
                continue;
            }
            let rest = self.f(mode, memo, e.last + 1, left - 1, devices - d * self.strides[g]);
            let value = match mode {
                Mode::Sum { .. } => latency + rest,
                Mode::Bottleneck => latency.max(rest),
            };
            if value < best {
                (best, arg) = (value, i);
            }
        }
        let key = self.key(layer, left, devices);
        match memo {
            Memo::Dense(v) => v[key] = Some((best, arg)),
            Memo::Sparse(m) => {
                m.insert(key, (best, arg));
            }
        }
        best
    }

    fn stages(&self, path: &[usize]) -> Vec<Stage> {
        path.iter().map(|&i| self.entries[i].stage()).collect()
    }
}

// ---------------------------------------------------------------------------------------------
// Brute force.

/// The exhaustive search: `stack` holds `(first, last, shape)` of the stages so far.
struct Brute<'p, 'a> {
    p: &'p StageProblem<'a>,
    stack: Vec<(usize, usize, usize)>,
    used: Vec<usize>,
    best: Option<(Vec<Stage>, f64)>,
}

impl Brute<'_, '_> {
    fn walk(&mut self, layer: usize) -> Result<(), StageError> {
        let p = self.p;
        if layer == p.layers {
            if (0..p.groups.len()).any(|g| self.used[g] != p.groups[g].devices()) {
                return Ok(());
            }
            let n = self.stack.len();
            let mut stages = Vec::with_capacity(n);
            for (i, &(first, last, shape)) in self.stack.iter().enumerate() {
                let Some(cost) = call_cost(p, first, last, shape, n - 1 - i)? else { return Ok(()) };
                stages.push(Stage { first, last, shape, option: cost.option, latency_s: cost.latency_s });
            }
            let t = objective(&stages, p.microbatches);
            if self.best.as_ref().is_none_or(|(_, b)| t < *b) {
                self.best = Some((stages, t));
            }
            return Ok(());
        }
        for last in layer..p.layers {
            for (shape, s) in p.shapes.iter().enumerate() {
                if self.used[s.group] + s.devices() > p.groups[s.group].devices() {
                    continue;
                }
                self.used[s.group] += s.devices();
                self.stack.push((layer, last, shape));
                let walked = self.walk(last + 1);
                self.stack.pop();
                self.used[s.group] -= s.devices();
                walked?;
            }
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// Placement.

/// Whether a shape takes whole hosts.
fn whole_hosts(shape: &SubmeshShape, group: &Group) -> bool {
    shape.devices_per_host == group.devices_per_host
}

/// Whether a block of `shape` may start at local device `start` of its group.
fn fits_at(shape: &SubmeshShape, group: &Group, start: usize) -> bool {
    let (m, local) = (shape.devices_per_host, start % group.devices_per_host);
    if whole_hosts(shape, group) { local == 0 } else { local % m == 0 && local + m <= group.devices_per_host }
}

/// The blocks one after another in stage order, if each lands validly; their local starts.
fn place_contiguous(blocks: &[&SubmeshShape], group: &Group) -> Option<Vec<usize>> {
    let mut next = 0;
    let mut starts = Vec::with_capacity(blocks.len());
    for shape in blocks {
        if !fits_at(shape, group, next) {
            return None;
        }
        starts.push(next);
        next += shape.devices();
    }
    Some(starts)
}

/// Buddy allocation: whole-host shapes first on the first hosts, then the partial-host blocks
/// largest first, each at the first free aligned slot. With power-of-two hosts this never
/// backtracks; otherwise a bounded search tries the other slots.
fn place_buddy(blocks: &[&SubmeshShape], group: &Group) -> Option<Vec<usize>> {
    let m = group.devices_per_host;
    let mut starts = vec![0; blocks.len()];
    let mut next_host = 0;
    let mut whole: Vec<usize> = (0..blocks.len()).filter(|&i| whole_hosts(blocks[i], group)).collect();
    whole.sort_by_key(|&i| std::cmp::Reverse(blocks[i].hosts));
    for i in whole {
        starts[i] = next_host * m;
        next_host += blocks[i].hosts;
    }
    let mut partial: Vec<usize> = (0..blocks.len()).filter(|&i| !whole_hosts(blocks[i], group)).collect();
    partial.sort_by_key(|&i| std::cmp::Reverse(blocks[i].devices_per_host));
    let mut free = vec![true; group.devices()];
    free[..next_host * m].fill(false);
    let mut budget = 100_000usize;
    pack(blocks, group, &partial, &mut free, &mut starts, &mut budget).then_some(starts)
}

/// Places `order[0]` at each free aligned slot in turn and recurses; `budget` bounds the nodes.
fn pack(blocks: &[&SubmeshShape], group: &Group, order: &[usize], free: &mut [bool], starts: &mut [usize], budget: &mut usize) -> bool {
    let Some((&i, rest)) = order.split_first() else { return true };
    let (m, size) = (group.devices_per_host, blocks[i].devices_per_host);
    let mut tried_empty_host = None;
    for host in 0..group.hosts {
        let slots = &free[host * m..(host + 1) * m];
        // Empty hosts are interchangeable: trying one is enough.
        if slots.iter().all(|&f| f) {
            if tried_empty_host.is_some_and(|h| h != host) {
                continue;
            }
            tried_empty_host = Some(host);
        }
        for local in (0..=m - size).step_by(size) {
            let start = host * m + local;
            if !free[start..start + size].iter().all(|&f| f) {
                continue;
            }
            if *budget == 0 {
                return false;
            }
            *budget -= 1;
            free[start..start + size].fill(false);
            starts[i] = start;
            if pack(blocks, group, rest, free, starts, budget) {
                return true;
            }
            free[start..start + size].fill(true);
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    /// A solver under test.
    type Solver = fn(&StageProblem) -> Result<StageSolution, StageError>;

    /// A seeded linear congruential generator (no crates needed).
    struct Lcg(u64);

    impl Lcg {
        fn next(&mut self) -> u64 {
            self.0 = self.0.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            self.0 >> 33
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }

        fn unit(&mut self) -> f64 {
            self.next() as f64 / (1u64 << 31) as f64
        }
    }

    /// A hash of a stage tuple in [0, 1), so random callbacks are pure functions.
    fn noise(seed: u64, first: usize, last: usize, shape: usize, after: usize) -> f64 {
        let mut x = seed ^ ((first as u64) << 48) ^ ((last as u64) << 32) ^ ((shape as u64) << 16) ^ after as u64;
        x = (x ^ (x >> 30)).wrapping_mul(0xbf58476d1ce4e5b9);
        x = (x ^ (x >> 27)).wrapping_mul(0x94d049bb133111eb);
        ((x ^ (x >> 31)) >> 11) as f64 / (1u64 << 53) as f64
    }

    fn group(hosts: usize, devices_per_host: usize) -> Group {
        Group { hosts, devices_per_host }
    }

    fn problem<'a>(layers: usize, groups: &[Group], microbatches: usize, cost: &'a (dyn Fn(usize, usize, usize, usize) -> Option<StageCost> + Sync)) -> StageProblem<'a> {
        StageProblem { layers, groups: groups.to_vec(), shapes: submesh_shapes(groups), microbatches, cost }
    }

    /// Checks that `stages` is a plan of `p` and that [`place`] gives it disjoint, whole-host
    /// or in-host aligned device ids covering the cluster.
    fn check_plan(p: &StageProblem, solution: &StageSolution) {
        let stages = &solution.stages;
        let rel = (solution.objective_s - objective(stages, p.microbatches)).abs() / solution.objective_s.max(1e-300);
        assert!(rel <= 1e-12, "reported {} vs objective {}", solution.objective_s, objective(stages, p.microbatches));
        let entries: Vec<Entry> = stages
            .iter()
            .enumerate()
            .map(|(i, s)| Entry { first: s.first, last: s.last, shape: s.shape, after: stages.len() - 1 - i, cost: StageCost { latency_s: s.latency_s, option: s.option } })
            .collect();
        let ordered = plan_from_entries(p, entries.iter().collect()).unwrap_or_else(|e| panic!("not a plan: {e}: {stages:?}"));
        assert_eq!(&ordered, stages);
        for (i, s) in stages.iter().enumerate() {
            let cost = (p.cost)(s.first, s.last, s.shape, stages.len() - 1 - i).expect("a stage that fits");
            assert_eq!((cost.latency_s, cost.option), (s.latency_s, s.option));
        }
        let ids = place(stages, &p.shapes, &p.groups).expect("a placement");
        check_placement(&ids, stages, &p.shapes, &p.groups);
    }

    fn check_placement(ids: &[Vec<usize>], stages: &[Stage], shapes: &[SubmeshShape], groups: &[Group]) {
        let total: usize = groups.iter().map(Group::devices).sum();
        let mut seen = vec![false; total];
        for (stage, ids) in stages.iter().zip(ids) {
            let shape = &shapes[stage.shape];
            let offset: usize = groups[..shape.group].iter().map(Group::devices).sum();
            let m = groups[shape.group].devices_per_host;
            assert_eq!(ids.len(), shape.devices());
            for &id in ids {
                assert!(id >= offset && id < offset + groups[shape.group].devices(), "device {id} outside group {}", shape.group);
                assert!(!seen[id], "device {id} used twice");
                seen[id] = true;
            }
            let in_host = (ids[0] - offset) % m;
            assert!(ids.windows(2).all(|w| w[1] == w[0] + 1), "not contiguous: {ids:?}");
            if shape.hosts == 1 && shape.devices_per_host < m {
                assert!(in_host % shape.devices_per_host == 0 && in_host + shape.devices_per_host <= m, "block {ids:?} of {} straddles or is unaligned", shape.text());
            } else {
                assert_eq!(in_host, 0, "whole-host shape {} starts mid-host", shape.text());
            }
        }
        assert!(seen.iter().all(|&s| s), "devices left unused: {seen:?}");
    }

    /// Solves `p` with all three solvers and checks they agree on `expected` (or on brute
    /// force's answer) and return valid plans.
    fn check(p: &StageProblem, expected: Option<Result<f64, StageError>>) {
        let brute = brute_force(p);
        let expected = expected.unwrap_or_else(|| brute.as_ref().map(|s| s.objective_s).map_err(Clone::clone));
        for (name, got) in [("ilp", solve_ilp(p, 60.0)), ("dp", solve_dp(p)), ("brute force", brute)] {
            match (&got, &expected) {
                (Ok(solution), Ok(objective)) => {
                    let rel = (solution.objective_s - objective).abs() / objective.max(1e-300);
                    assert!(rel <= 1e-9, "{name}: {} vs {objective}: {:?}", solution.objective_s, solution.stages);
                    assert!(solution.proved_optimal, "{name} not proven optimal");
                    check_plan(p, solution);
                }
                _ => assert_eq!(got.map(|s| s.objective_s), expected, "{name}"),
            }
        }
    }

    #[test]
    fn submesh_shapes_follow_alpa() {
        let texts = |groups: &[Group]| submesh_shapes(groups).iter().map(SubmeshShape::text).collect::<Vec<_>>();
        assert_eq!(texts(&[group(2, 8)]), ["(1,1)", "(1,2)", "(1,4)", "(1,8)", "(2,8)"]);
        assert_eq!(texts(&[group(1, 4), group(1, 2)]), ["(1,1)", "(1,2)", "(1,4)", "g1:(1,1)", "g1:(1,2)"]);
        assert_eq!(texts(&[group(2, 6)]), ["(1,1)", "(1,2)", "(1,4)", "(1,6)", "(2,6)"]);
        assert_eq!(texts(&[group(3, 1)]), ["(1,1)", "(2,1)", "(3,1)"]);
        assert_eq!(submesh_shapes(&[group(1, 4), group(1, 2)])[3], SubmeshShape { group: 1, hosts: 1, devices_per_host: 1 });
    }

    #[test]
    fn hand_instance() {
        // 4 equal layers on one host of 4: latency = layers / devices, +10% per doubling.
        let cost = |first: usize, last: usize, shape: usize, _after: usize| {
            let d = [1.0, 2.0, 4.0][shape];
            Some(StageCost { latency_s: (last - first + 1) as f64 / d * (1.0 + 0.1 * f64::log2(d)), option: shape })
        };
        // Many micro-batches: the slowest stage dominates, four single-device stages win.
        let p = problem(4, &[group(1, 4)], 100, &cost);
        check(&p, Some(Ok(103.0)));
        let stages = solve_ilp(&p, 60.0).unwrap().stages;
        assert_eq!(stages.iter().map(|s| (s.first, s.last, s.shape)).collect::<Vec<_>>(), [(0, 0, 0), (1, 1, 0), (2, 2, 0), (3, 3, 0)]);
        assert_eq!(solve_dp(&p).unwrap().stages, stages);
        // One micro-batch: only Σ t_i counts, one data-parallel stage wins.
        let p = problem(4, &[group(1, 4)], 1, &cost);
        check(&p, Some(Ok(1.2)));
        assert_eq!(solve_dp(&p).unwrap().stages, [Stage { first: 0, last: 3, shape: 2, option: 2, latency_s: 1.2 }]);
    }

    #[test]
    fn random_instances_agree() {
        let clusters: [&[Group]; 6] = [&[group(1, 1)], &[group(1, 2)], &[group(1, 4)], &[group(2, 2)], &[group(2, 4)], &[group(1, 2), group(1, 1)]];
        let mut rng = Lcg(12345);
        let mut feasible = 0;
        for seed in 0..180u64 {
            let groups = clusters[seed as usize % clusters.len()];
            let layers = 1 + rng.below(5);
            let microbatches = [1, 2, 8][rng.below(3)];
            let weights: Vec<f64> = (0..layers).map(|_| 0.5 + rng.unit()).collect();
            let activations: Vec<f64> = (0..layers).map(|_| rng.unit()).collect();
            let shapes = submesh_shapes(groups);
            let devices: Vec<f64> = shapes.iter().map(|s| s.devices() as f64).collect();
            let speed: Vec<f64> = shapes.iter().map(|s| if s.group == 0 { 1.0 } else { 0.6 }).collect();
            let by_after = rng.below(2) == 1;
            // Memory: parameters plus (after + 1) micro-batches of activations, per device.
            let budget = if rng.below(3) == 0 { f64::INFINITY } else { 0.8 + 2.0 * rng.unit() };
            let forbid = rng.below(4) == 0;
            let cost = move |first: usize, last: usize, shape: usize, after: usize| {
                let flops: f64 = weights[first..=last].iter().sum();
                let memory = (flops + (after + 1) as f64 * activations[first..=last].iter().sum::<f64>()) / devices[shape];
                if memory > budget || (forbid && noise(seed, first, last, shape, after) < 0.1) {
                    return None;
                }
                let latency = flops / devices[shape] / speed[shape] * (1.0 + 0.2 * noise(seed, first, last, shape, 0));
                let latency = if by_after { latency * (1.0 + 0.1 * after as f64) } else { latency };
                Some(StageCost { latency_s: latency, option: shape * 100 + after })
            };
            let p = problem(layers, groups, microbatches, &cost);
            feasible += usize::from(brute_force(&p).is_ok());
            check(&p, None);
        }
        assert!(feasible > 100, "only {feasible} feasible instances");
    }

    #[test]
    fn callback_is_asked_once_per_tuple() {
        let calls: Mutex<HashMap<(usize, usize, usize, usize), usize>> = Mutex::new(HashMap::new());
        let cost = |first: usize, last: usize, shape: usize, after: usize| {
            *calls.lock().unwrap().entry((first, last, shape, after)).or_default() += 1;
            Some(StageCost { latency_s: (last - first + 1) as f64 / (shape + 1) as f64, option: 0 })
        };
        let p = problem(5, &[group(2, 4)], 4, &cost);
        for solve in [solve_dp as Solver, |p| solve_ilp(p, 60.0)] {
            calls.lock().unwrap().clear();
            solve(&p).unwrap();
            let calls = calls.lock().unwrap();
            assert!(calls.values().all(|&n| n == 1), "a tuple was priced twice");
            // The last stage has no stage after it; a one-layer tail leaves room for none.
            assert!(calls.keys().all(|&(_, last, _, after)| (last == 4) == (after == 0) && after <= 4 - last));
            // One stage cannot take all 8 devices and leave room for another.
            assert!(!calls.contains_key(&(0, 0, 3, 1)));
        }
    }

    #[test]
    fn infeasible() {
        // Nothing fits.
        let none = |_: usize, _: usize, _: usize, _: usize| -> Option<StageCost> { None };
        check(&problem(3, &[group(1, 2)], 2, &none), Some(Err(StageError::Infeasible)));
        // Two device groups need two stages; one layer makes one.
        let all = |_: usize, _: usize, _: usize, _: usize| Some(StageCost { latency_s: 1.0, option: 0 });
        check(&problem(1, &[group(1, 2), group(1, 1)], 2, &all), Some(Err(StageError::Infeasible)));
        // Only single-device stages fit, and 2 layers cannot use 4 devices.
        let small = |_: usize, _: usize, shape: usize, _: usize| (shape == 0).then_some(StageCost { latency_s: 1.0, option: 0 });
        check(&problem(2, &[group(1, 4)], 2, &small), Some(Err(StageError::Infeasible)));
    }

    #[test]
    fn invalid_input_is_an_error() {
        let all = |_: usize, _: usize, _: usize, _: usize| Some(StageCost { latency_s: 1.0, option: 0 });
        let solvers: [Solver; 3] = [solve_dp, brute_force, |p| solve_ilp(p, 60.0)];
        let message = |p: &StageProblem| solvers.iter().map(|solve| solve(p).unwrap_err().to_string()).collect::<Vec<_>>();
        for m in message(&problem(0, &[group(1, 2)], 1, &all)) {
            assert!(m.contains("the model has no layers"), "{m}");
        }
        for m in message(&problem(2, &[group(1, 2)], 0, &all)) {
            assert!(m.contains("micro-batches"), "{m}");
        }
        let mut p = problem(2, &[group(1, 2)], 1, &all);
        p.shapes.push(SubmeshShape { group: 0, hosts: 1, devices_per_host: 4 });
        for m in message(&p) {
            assert!(m.contains("sub-mesh 2 (1,4) does not fit host group 0"), "{m}");
        }
        let nan = |_: usize, _: usize, _: usize, _: usize| Some(StageCost { latency_s: f64::NAN, option: 0 });
        for m in message(&problem(2, &[group(1, 2)], 1, &nan)) {
            assert!(m.contains("not a finite non-negative latency"), "{m}");
        }
    }

    #[test]
    fn placement() {
        let groups = [group(1, 4)];
        let shapes = submesh_shapes(&groups);
        let stage = |shape: usize| Stage { first: 0, last: 0, shape, option: 0, latency_s: 0.0 };
        let check_ids = |stages: &[Stage], shapes: &[SubmeshShape], groups: &[Group], expected: &[&[usize]]| {
            let ids = place(stages, shapes, groups).unwrap();
            check_placement(&ids, stages, shapes, groups);
            assert_eq!(ids, expected);
        };
        // Contiguous in stage order where aligned.
        check_ids(&[stage(1), stage(0), stage(0)], &shapes, &groups, &[&[0, 1], &[2], &[3]]);
        // (1,2) after (1,1) would start mid-pair: buddy allocation, largest first.
        check_ids(&[stage(0), stage(1), stage(0)], &shapes, &groups, &[&[2], &[0, 1], &[3]]);
        // Two groups, multi-host shapes take whole hosts.
        let groups = [group(2, 2), group(1, 2)];
        let shapes = submesh_shapes(&groups);
        let texts: Vec<String> = shapes.iter().map(SubmeshShape::text).collect();
        assert_eq!(texts, ["(1,1)", "(1,2)", "(2,2)", "g1:(1,1)", "g1:(1,2)"]);
        check_ids(&[stage(3), stage(2), stage(3)], &shapes, &groups, &[&[4], &[0, 1, 2, 3], &[5]]);
        check_ids(&[stage(0), stage(1), stage(4), stage(0)], &shapes, &groups, &[&[2], &[0, 1], &[4, 5], &[3]]);
        // Hosts of 6: three blocks of 4 do not pack into two hosts, though 4 + 4 + 4 = 12.
        let groups = [group(2, 6)];
        let shapes = submesh_shapes(&groups);
        let err = place(&[stage(2), stage(2), stage(2)], &shapes, &groups).unwrap_err();
        assert!(err.to_string().contains("(1,4), (1,4), (1,4) do not pack into host group 0"), "{err}");
        // Whole hosts first, then blocks largest first.
        check_ids(&[stage(0), stage(2), stage(0), stage(3)], &shapes, &groups, &[&[10], &[6, 7, 8, 9], &[11], &[0, 1, 2, 3, 4, 5]]);
        // Stages that do not use the group exactly.
        let err = place(&[stage(2)], &shapes, &groups).unwrap_err();
        assert!(err.to_string().contains("use 4 of the 12 devices of host group 0"), "{err}");
    }

    #[test]
    fn sixteen_layers_on_eight_by_eight() {
        let flops: Vec<f64> = (0..16).map(|i| 1.0 + (i % 3) as f64 * 0.5).collect();
        let groups = [group(8, 8)];
        let shapes = submesh_shapes(&groups);
        let devices: Vec<f64> = shapes.iter().map(|s| s.devices() as f64).collect();
        // `budget`: bytes per device for replicated parameters plus (after + 1) micro-batches
        // of activations, both proportional to the range's flops; infinite for none.
        let run = |budget: f64, microbatches: usize| {
            let cost = |first: usize, last: usize, shape: usize, after: usize| {
                let (d, f) = (devices[shape], flops[first..=last].iter().sum::<f64>());
                (f * (0.1 + 0.01 * (after + 1) as f64) <= budget).then(|| StageCost { latency_s: f / d * (1.0 + 0.05 * d.log2()), option: 0 })
            };
            let p = problem(16, &groups, microbatches, &cost);
            let entries = tabulate(&p).unwrap();
            let ilp = StageIlp::build(&p, &entries);
            let (cols, rows) = (ilp.model.num_cols(), ilp.model.num_rows());
            let by_ilp = solve_ilp(&p, 60.0).unwrap();
            let by_dp = solve_dp(&p).unwrap();
            eprintln!(
                "L=16 on 8x8, B={microbatches}, budget {budget}: ilp {cols} columns x {rows} rows, {:.3} s, T={}; dp {:.3} s, T={}; {} stages",
                by_ilp.seconds,
                by_ilp.objective_s,
                by_dp.seconds,
                by_dp.objective_s,
                by_dp.stages.len()
            );
            assert!(by_ilp.proved_optimal);
            assert!((by_ilp.objective_s - by_dp.objective_s).abs() <= 1e-9 * by_dp.objective_s, "ilp {} vs dp {}", by_ilp.objective_s, by_dp.objective_s);
            check_plan(&p, &by_ilp);
            check_plan(&p, &by_dp);
            by_dp.stages.len()
        };
        for microbatches in [1, 8, 64] {
            run(f64::INFINITY, microbatches);
        }
        // A tight memory budget forces a deep pipeline, and `after` matters.
        assert!(run(0.8, 8) >= 4);
    }

    #[test]
    fn two_device_types() {
        // 12 layers on 8x8 fast and 4x8 slow devices: enough device-left states for the dp's
        // sparse memo.
        let flops: Vec<f64> = (0..12).map(|i| 1.0 + (i % 4) as f64 * 0.25).collect();
        let groups = [group(8, 8), group(4, 8)];
        let shapes = submesh_shapes(&groups);
        let cost = |first: usize, last: usize, shape: usize, after: usize| {
            let (s, f) = (&shapes[shape], flops[first..=last].iter().sum::<f64>());
            let (d, speed) = (s.devices() as f64, if s.group == 0 { 1.0 } else { 0.4 });
            (f * (0.1 + 0.02 * (after + 1) as f64) <= 1.0).then(|| StageCost { latency_s: f / d / speed * (1.0 + 0.05 * d.log2()), option: 0 })
        };
        let p = problem(12, &groups, 16, &cost);
        let (by_ilp, by_dp) = (solve_ilp(&p, 60.0).unwrap(), solve_dp(&p).unwrap());
        eprintln!("L=12 on 8x8 + 4x8, B=16: ilp {:.3} s, dp {:.3} s, T={}, {} stages", by_ilp.seconds, by_dp.seconds, by_dp.objective_s, by_dp.stages.len());
        assert!(by_ilp.proved_optimal);
        assert!((by_ilp.objective_s - by_dp.objective_s).abs() <= 1e-9 * by_dp.objective_s, "ilp {} vs dp {}", by_ilp.objective_s, by_dp.objective_s);
        check_plan(&p, &by_ilp);
        check_plan(&p, &by_dp);
    }
}
