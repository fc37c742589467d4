//! `alpa-auto-shard`: chooses every op's intra-op strategy on a device mesh and annotates the
//! module with the upstream `shard` dialect.
//!
//! The entry function becomes a [`StrategyGraph`] (strategies per op from the sharding rules,
//! followers merged into their leaders, resharding costs on uses), solved by the dynamic
//! programming solver (`solver=dp`) or Alpa's ILP on CBC (`solver=ilp`) to the cheapest plan
//! within the memory budget.
//!
//! - Expects: an imported module (`alpa-import`: calls inlined) whose entry function has
//!   static shapes, and no `shard.grid` called `mesh` yet.
//! - Guarantees: a `shard.grid @mesh` of the chosen shape; every tensor argument and every
//!   tensor result of a top-level op in the entry function is followed by `shard.shard ... to
//!   %layout`, and every use that needs another layout goes through `shard.shard ...
//!   annotate_for_users`; aliased results are laid out like their arguments. Constants and
//!   values computed only from them are left unannotated (every device makes what it needs).
//! - Options: `mesh=4|2x4` (default: one axis over the cluster's devices), `cluster=NAME|FILE`
//!   (default `cpu`), `alpha=a0,a1` and `beta=b0,b1` (override the cluster's links; with
//!   both the mesh is abstract, like Alpa's test meshes, and may exceed the cluster),
//!   `cost-model=analytic|alpa`, `solver=dp|ilp`, `zero=0|2|3`,
//!   `strategy=auto|data-parallel|megatron` (data parallelism: every batch-carrying value
//!   split along the batch over every axis, the rest whole; Megatron: the batch never split;
//!   kept wherever a value can be), `memory-budget=BYTES`
//!   (default: the device's memory), `ilp-time-limit=SECONDS` (default 600, Alpa's),
//!   `plan-json=FILE`, `print-plan` (also set by alpa-opt's `--alpa-plan-json=FILE` and
//!   `--alpa-print-plan`).
//!
//! ```mlir
//! // before (mesh=4, a Megatron row-split layer)
//! %0 = stablehlo.dot_general %x, %w, contracting_dims = [1] x [0] : ...
//! // after
//! shard.grid @mesh(shape = 4)
//! %s0 = shard.sharding @mesh split_axes = [[], [0]] : !shard.sharding
//! %s1 = shard.sharding @mesh split_axes = [[0]] : !shard.sharding
//! %w_0 = shard.shard %w to %s1 : tensor<256x256xf32>
//! %x_0 = shard.shard %x to %s0 : tensor<32x256xf32>
//! %0 = stablehlo.dot_general %x_0, %w_0, contracting_dims = [1] x [0] : ...
//! %1 = shard.shard %0 to %s2 : tensor<32x256xf32>      // %s2: [[]] after the all-reduce
//! ```

use super::plan::{ArgumentPlan, Plan};
use crate::analysis::cluster::ClusterSpec;
use crate::analysis::comm::CostModel;
use crate::analysis::mesh::LogicalMesh;
use crate::analysis::microbatch::BatchDims;
use crate::analysis::problem::{Problem, Solution, SolveError};
use crate::analysis::reshard::{Spec, reshard_path, to_sharding};
use crate::analysis::strategy::{CostContext, live_axes};
use crate::analysis::strategy_graph::{ArgInfo, ArgPolicy, StrategyGraph, arg_infos};
use crate::analysis::{dp, ilp};
use crate::pass::Pass;
use crate::rewrite::remap_uses;
use alpa_stablehlo::ir::Item;
use alpa_stablehlo::shard::{Grid, build_shard_op};
use alpa_stablehlo::{Diag, DiagKind, ElemType, Func, Module, Op, Type, ValueId};
use std::collections::HashMap;
use std::time::Instant;

/// How many memory rows the planner adds before it gives up on a budget.
const MAX_MEMORY_ROWS: usize = 64;

/// Which solver picks the strategies.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SolverKind {
    /// Nonserial dynamic programming (variable elimination), the default.
    Dp,
    /// Alpa's ILP on CBC.
    Ilp,
}

impl SolverKind {
    /// The option value.
    pub fn name(self) -> &'static str {
        match self {
            SolverKind::Dp => "dp",
            SolverKind::Ilp => "ilp",
        }
    }
}

/// The `alpa-auto-shard` pass; fields are its options.
#[derive(Clone, Debug)]
pub struct AutoShard {
    /// `4`, `2x4`, or empty for one axis over every device of the cluster.
    pub mesh: String,
    /// A preset name or a TOML file.
    pub cluster: String,
    /// Per-axis latency overriding the cluster's, comma-separated; empty: derived.
    pub alpha: String,
    /// Per-axis seconds per byte overriding the cluster's; empty: derived.
    pub beta: String,
    /// How collectives and compute are priced.
    pub cost_model: CostModel,
    /// Which solver.
    pub solver: SolverKind,
    /// ZeRO stage: 0 (off), 2 (optimizer state sharded), 3 (parameters too).
    pub zero: u64,
    /// A strategy to keep to (`strategy=`), or none (`auto`).
    pub strategy: Forced,
    /// Bytes per device; 0: the device's memory.
    pub memory_budget: u64,
    /// Write the plan JSON here (empty: don't).
    pub plan_json: String,
    /// Print the plan for people to stderr.
    pub print_plan: bool,
    /// Seconds CBC may search (`solver=ilp`); past it the best plan so far is used.
    pub ilp_time_limit_s: f64,
}

/// A strategy forced on the plan (`strategy=`): the solver keeps to its layouts wherever a
/// value can have them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Forced {
    /// Every layout chosen by the solver.
    Auto,
    /// Data parallelism: every value that carries the batch split along it over every mesh
    /// axis, every other value whole on every device (unless ZeRO shards the state).
    DataParallel,
    /// Tensor (Megatron-style) parallelism: the batch never split; the weights and the other
    /// dimensions laid out as the solver finds best.
    Megatron,
}

impl Forced {
    /// The option's spelling.
    pub fn name(self) -> &'static str {
        match self {
            Forced::Auto => "auto",
            Forced::DataParallel => "data-parallel",
            Forced::Megatron => "megatron",
        }
    }

    /// `auto`, `data-parallel` or `megatron`.
    pub fn parse(text: &str) -> Option<Forced> {
        match text {
            "auto" => Some(Forced::Auto),
            "data-parallel" => Some(Forced::DataParallel),
            "megatron" => Some(Forced::Megatron),
            _ => None,
        }
    }
}

fn mesh_text(shape: &[usize]) -> String {
    shape.iter().map(usize::to_string).collect::<Vec<_>>().join("x")
}

impl AutoShard {
    /// The pass with every option at its registry default and the given mesh.
    pub fn new(mesh: &str) -> AutoShard {
        AutoShard {
            mesh: mesh.into(),
            cluster: "cpu".into(),
            alpha: String::new(),
            beta: String::new(),
            cost_model: CostModel::Analytic,
            solver: SolverKind::Dp,
            zero: 0,
            strategy: Forced::Auto,
            memory_budget: 0,
            plan_json: String::new(),
            print_plan: false,
            ilp_time_limit_s: 600.0,
        }
    }
}

/// A user error in the options (no place in the input to point at).
fn option_error(message: impl Into<String>) -> Diag {
    Diag { kind: DiagKind::Input, pos: None, message: format!("alpa-auto-shard: {}", message.into()), notes: Vec::new() }
}

impl AutoShard {
    /// The mesh and the device type its compute runs at.
    fn mesh(&self) -> Result<(LogicalMesh, ClusterSpec, String), Diag> {
        let cluster = ClusterSpec::load(&self.cluster).map_err(option_error)?;
        let shape = if self.mesh.is_empty() { vec![cluster.num_devices()] } else { LogicalMesh::parse_shape(&self.mesh).map_err(option_error)? };
        let n: usize = shape.iter().product();
        // With alpha and beta both given the mesh is abstract, as in Alpa's experiments: the
        // cluster only prices compute, and its size does not bound the mesh.
        let abstract_mesh = !self.alpha.is_empty() && !self.beta.is_empty();
        let mut mesh = if abstract_mesh {
            LogicalMesh { devices: (0..n).collect(), alpha: vec![0.0; shape.len()], beta: vec![0.0; shape.len()], shape }
        } else if n > cluster.num_devices() {
            return Err(option_error(format!("mesh {} needs {n} devices; cluster '{}' has {} (give alpha= and beta= for an abstract mesh)", mesh_text(&shape), cluster.name, cluster.num_devices())));
        } else {
            LogicalMesh::from_cluster(&cluster, shape, (0..n).collect()).map_err(option_error)?
        };
        for (name, text, slot) in [("alpha", &self.alpha, &mut mesh.alpha), ("beta", &self.beta, &mut mesh.beta)] {
            if text.is_empty() {
                continue;
            }
            let values = LogicalMesh::parse_floats(text).map_err(option_error)?;
            if values.len() != slot.len() {
                return Err(option_error(format!("{name}={text} gives {} values for a mesh of {} axes", values.len(), slot.len())));
            }
            *slot = values;
        }
        mesh.verify().map_err(option_error)?;
        let on_cluster: Vec<usize> = mesh.devices.iter().map(|&d| d % cluster.num_devices()).collect();
        let device = cluster.slowest_device(&on_cluster, ElemType::F32).map(|d| d.name.clone()).ok_or_else(|| option_error("the mesh has no devices"))?;
        Ok((mesh, cluster, device))
    }

    /// Removes dominated strategies, solves, and maps the choice back.
    fn solve(&self, problem: &Problem) -> Result<Solution, SolveError> {
        let presolved = problem.presolve();
        let mut solution = match self.solver {
            SolverKind::Dp => dp::solve(&presolved.problem, &dp::DpOptions::default()),
            SolverKind::Ilp => ilp::solve(&presolved.problem, &ilp::IlpOptions { time_limit_s: self.ilp_time_limit_s, ..ilp::IlpOptions::default() }),
        }?;
        solution.choice = presolved.expand(&solution.choice);
        solution.objective = problem.objective(&solution.choice);
        Ok(solution)
    }
}

/// A plan with what it was made from: the strategy graph and each member's strategy.
pub struct Planned {
    /// The plan as reported.
    pub plan: Plan,
    /// The entry function planned.
    pub func: Func,
    /// Its strategy graph.
    pub graph: StrategyGraph,
    /// The chosen strategy of each graph member.
    pub chosen: Vec<usize>,
}

impl Pass for AutoShard {
    fn run(&self, module: &mut Module) -> Result<bool, Diag> {
        let planned = self.plan(module)?;
        if !self.plan_json.is_empty() {
            std::fs::write(&self.plan_json, planned.plan.to_json()).map_err(|e| option_error(format!("cannot write the plan to '{}': {e}", self.plan_json)))?;
        }
        if self.print_plan {
            eprint!("{}", planned.plan.to_text());
        }
        annotate(module, &planned.func, &planned.graph, &planned.chosen, &planned.plan.mesh, self.cost_model);
        Ok(true)
    }
}

impl AutoShard {
    /// Plans `module`'s entry function without changing the module.
    pub fn plan(&self, module: &Module) -> Result<Planned, Diag> {
        let (mesh, cluster, device_name) = self.mesh()?;
        if Grid::find(module, "mesh").is_some() {
            return Err(option_error("the module already has a grid @mesh: it is sharded already"));
        }
        let Some(func) = module.entry().cloned() else { return Err(option_error("the module has no entry function to shard")) };
        self.plan_func(func, mesh, &cluster, device_name)
    }

    /// Plans `func` on `mesh`, pricing compute at `cluster`'s device `device_name` (the
    /// pass's own mesh options are not read).
    pub fn plan_func(&self, func: Func, mesh: LogicalMesh, cluster: &ClusterSpec, device_name: String) -> Result<Planned, Diag> {
        let args = arg_infos(&func);
        self.plan_func_with_args(func, args, mesh, cluster, device_name)
    }

    /// [`AutoShard::plan_func`] with the arguments' names and aliases given (for a function
    /// cut out of a bigger one, whose own attributes do not say them).
    pub fn plan_func_with_args(&self, func: Func, args: Vec<ArgInfo>, mesh: LogicalMesh, cluster: &ClusterSpec, device_name: String) -> Result<Planned, Diag> {
        let device = &cluster.devices[&device_name];
        let reduce_scatter = self.zero >= 2;
        let cx = CostContext { mesh: &mesh, model: self.cost_model, device, reduce_scatter };
        if let Some(arg) = func.args.iter().find(|a| func.ty(a.value).as_tensor().is_some_and(|t| !t.is_static())) {
            return Err(Diag::unsupported(func.pos, format!("@{} has an argument of dynamic shape {}: alpa-auto-shard needs static shapes", func.name, func.ty(arg.value))));
        }
        let started = Instant::now();
        let zero = self.zero;
        let policy = move |info: &ArgInfo| {
            let sharded = (zero >= 2 && info.optimizer_state) || (zero >= 3 && info.alias.is_some());
            if sharded { ArgPolicy::FullySharded } else { ArgPolicy::Any }
        };
        let mut graph = StrategyGraph::build_with_args(&func, &cx, &policy, args)?;
        if self.strategy != Forced::Auto {
            let dims = BatchDims::find(&func).map_err(|d| Diag { message: format!("strategy={}: {}", self.strategy.name(), d.message), ..d })?;
            let live = live_axes(&mesh);
            let forced = self.strategy;
            graph.forbid(&|v, spec| match (forced, dims.dim[v.index()]) {
                // Data parallelism: the batch split over every axis, nothing else split
                // (ZeRO shards the state and its updates as it says).
                (Forced::DataParallel, Some(d)) => live.iter().all(|a| spec[d].contains(a)) && spec.iter().enumerate().all(|(k, axes)| k == d || axes.is_empty()),
                (Forced::DataParallel, None) => zero > 0 || spec.iter().all(Vec::is_empty),
                // Tensor parallelism: the batch never split.
                (Forced::Megatron, Some(d)) => spec[d].is_empty(),
                _ => true,
            });
        }
        let build_seconds = started.elapsed().as_secs_f64();
        let budget = if self.memory_budget > 0 { self.memory_budget as f64 } else { device.memory_bytes as f64 };
        let unsolved = |e: SolveError| Diag::unsupported(func.pos, format!("alpa-auto-shard found no plan for @{} on mesh {}: {e}", func.name, mesh.shape_text()));
        let mut problem = graph.problem.clone();
        let mut solution = self.solve(&problem).map_err(unsolved)?;
        let mut chosen = graph.expand(&solution.choice);
        let mut seconds = solution.seconds;
        // The fastest plan may not fit: add a memory row where it overflows and solve again,
        // until the plan fits (each row is one of Alpa's per-time-point constraints, added
        // only where needed).
        loop {
            let (peak, _, at) = graph.memory(&func, &cx, &chosen);
            if peak <= budget * (1.0 + 1e-9) {
                break;
            }
            let row = graph.memory_row_at(&func, &cx, at);
            if problem.memory.iter().any(|r| r.name == row.name) || problem.memory.len() >= MAX_MEMORY_ROWS {
                return Err(unsolved(SolveError::OverBudget { budget, needed: peak }));
            }
            problem.memory.push(row);
            problem.budget = Some(budget);
            solution = self.solve(&problem).map_err(unsolved)?;
            seconds += solution.seconds;
            chosen = graph.expand(&solution.choice);
        }
        solution.seconds = seconds;
        let evaluation = graph.evaluate(&func, &cx, &chosen);
        let analytic = CostContext { model: CostModel::Analytic, ..cx };
        let step_time = if self.cost_model == CostModel::Analytic { evaluation.objective } else { graph.step_seconds(&func, &analytic, &chosen) };
        let arguments = func
            .args
            .iter()
            .enumerate()
            .map(|(i, a)| ArgumentPlan {
                index: i,
                name: graph.args[i].name.clone(),
                ty: func.ty(a.value).clone(),
                sharding: graph.layout(i, 0, chosen[i]).clone(),
                role: super::plan::role(&graph.args[i], func.ty(a.value), graph.layout(i, 0, chosen[i]), self.zero, gathered(&graph, &chosen, i)),
            })
            .collect();
        let plan = Plan {
            mesh: mesh.clone(),
            cluster: cluster.name.clone(),
            device: device_name.clone(),
            solver: self.solver.name().into(),
            cost_model: match self.cost_model {
                CostModel::Alpa => "alpa",
                CostModel::Analytic => "analytic",
            }
            .into(),
            zero: self.zero,
            objective: evaluation.objective,
            solution: solution.clone(),
            build_seconds,
            compute: evaluation.compute,
            communication: evaluation.comm,
            collectives: evaluation.collectives.clone(),
            events: evaluation.events.clone(),
            arguments,
            estimated_step_time_s: step_time,
            memory_per_device_bytes: evaluation.memory_bytes,
            argument_bytes: evaluation.argument_bytes,
            memory_budget_bytes: budget,
            nodes: graph.problem.nodes.len(),
            ops: graph.members.len() - func.args.len(),
        };
        Ok(Planned { plan, func, graph, chosen })
    }
}

/// Whether some op uses argument `a` whole under `chosen` (gathers all its splits).
fn gathered(graph: &StrategyGraph, chosen: &[usize], a: usize) -> bool {
    graph.uses.iter().any(|u| u.from.0 == a && u.to.1 != usize::MAX && graph.required(u, chosen[u.to.0]).iter().all(Vec::is_empty))
}

/// Rewrites the entry function with the plan's `shard` annotations (see the module docs).
fn annotate(module: &mut Module, original: &Func, graph: &StrategyGraph, chosen: &[usize], mesh: &LogicalMesh, model: CostModel) {
    let grid = Grid::new("mesh", mesh.shape.iter().map(|&n| n as i64).collect());
    let func = annotated(original, graph, chosen, mesh, model, &grid.name);
    for item in &mut module.items {
        if let Item::Func(f) = item {
            if f.name == func.name {
                *f = func;
                break;
            }
        }
    }
    module.items.insert(0, Item::Op(grid.to_op()));
}

/// `original` with the plan's `shard` annotations on grid `grid_name` (see the module docs).
pub fn annotated(original: &Func, graph: &StrategyGraph, chosen: &[usize], mesh: &LogicalMesh, model: CostModel, grid_name: &str) -> Func {
    let layouts = graph.layouts(original, chosen);
    let ops = &original.body.entry().ops;
    annotate_layouts(original, grid_name, &layouts.defs, &|i, k, have| {
        let v = ops[i].operands[k];
        layouts.wants[i][k].as_ref().map_or_else(Vec::new, |want| use_path(model, mesh, original.ty(v), have, want, !layouts.defs.contains_key(&v)))
    })
}

/// The layouts a use of a value passes through from `have` to the `want` it is read in: the
/// priced resharding sequence, one layout per move, so the plan's collectives are spelled out
/// in the IR and the partitioner inserts exactly them. A free value (every device makes the
/// part it needs) goes straight to `want`, or is read as it is when `want` is whole.
pub fn use_path(model: CostModel, mesh: &LogicalMesh, ty: &Type, have: &Spec, want: &Spec, free: bool) -> Vec<Spec> {
    if have == want || (free && want.iter().all(Vec::is_empty)) {
        return Vec::new();
    }
    match ty.as_tensor() {
        Some(t) if !free => reshard_path(model, mesh, &t.shape, t.elem.byte_size(), have, want).split_off(1),
        _ => vec![want.clone()],
    }
}

/// `original` with `shard` annotations on grid `grid_name`: each value of `defs` (arguments
/// and top-level op results) is followed by `shard.shard ... to` its layout, and operand `k`
/// of top-level op `i`, which has layout `have` there (whole when unannotated), is read
/// through one `shard.shard ... annotate_for_users` per layout of `path(i, k, have)`.
/// Sharding values are made once each, at the top of the function.
pub fn annotate_layouts(original: &Func, grid_name: &str, defs: &HashMap<ValueId, Spec>, path: &dyn Fn(usize, usize, &Spec) -> Vec<Spec>) -> Func {
    let mut w = Annotator { func: original.clone(), grid: grid_name, prelude: Vec::new(), body: Vec::new(), shardings: HashMap::new(), map: HashMap::new(), layout: HashMap::new() };
    for arg in &original.args {
        w.define(arg.value, defs);
    }
    for (i, op) in original.body.entry().ops.iter().enumerate() {
        let mut op = op.clone();
        remap_uses(&mut op.regions, &|v| w.map.get(&v).copied());
        for (k, operand) in op.operands.clone().into_iter().enumerate() {
            let mut value = w.map.get(&operand).copied().unwrap_or(operand);
            if let Some(t) = original.ty(operand).as_tensor() {
                let have = w.layout.get(&value).cloned().unwrap_or_else(|| vec![Vec::new(); t.rank()]);
                for layout in path(i, k, &have) {
                    let mut use_op = w.shard(value, &layout, true);
                    (use_op.pos, use_op.loc) = (op.pos, op.loc.clone());
                    value = use_op.results[0];
                    w.body.push(use_op);
                }
            }
            op.operands[k] = value;
        }
        let results = op.results.clone();
        w.body.push(op);
        for v in results {
            w.define(v, defs);
        }
    }
    w.prelude.append(&mut w.body);
    w.func.body.entry_mut().ops = w.prelude;
    w.func
}

/// The function [`annotate_layouts`] is writing.
struct Annotator<'a> {
    func: Func,
    grid: &'a str,
    /// The `shard.sharding` ops, one per layout, and the body after them.
    prelude: Vec<Op>,
    body: Vec<Op>,
    shardings: HashMap<Vec<Vec<i16>>, ValueId>,
    /// What each value now reads as, and the layout of each annotated value.
    map: HashMap<ValueId, ValueId>,
    layout: HashMap<ValueId, Spec>,
}

impl Annotator<'_> {
    /// A `shard.shard` of `value` to `spec` (not placed), its result's layout remembered.
    fn shard(&mut self, value: ValueId, spec: &Spec, for_users: bool) -> Op {
        let sharding = to_sharding(spec, self.grid);
        let s = match self.shardings.get(&sharding.split_axes) {
            Some(&s) => s,
            None => {
                let op = sharding.build_op(&mut self.func);
                let s = op.results[0];
                self.prelude.push(op);
                self.shardings.insert(sharding.split_axes, s);
                s
            }
        };
        let op = build_shard_op(&mut self.func, value, s, for_users);
        self.layout.insert(op.results[0], spec.clone());
        op
    }

    /// Annotates `v` where it is made with its layout in `defs`, if a tensor has one.
    fn define(&mut self, v: ValueId, defs: &HashMap<ValueId, Spec>) {
        if let Some(spec) = defs.get(&v).filter(|_| self.func.ty(v).as_tensor().is_some()) {
            let op = self.shard(v, spec, false);
            self.map.insert(v, op.results[0]);
            self.body.push(op);
        }
    }
}
