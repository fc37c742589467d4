//! What one layer costs on one logical mesh at one micro-batch size: the intra-op plan of the
//! layer alone, priced per micro-batch and per step, with the memory it holds.
//!
//! - Expects: a function already cut to micro-batch shapes ([`super::microbatch::split`]) and
//!   its [`Layering`] (whose op indices it shares).
//! - Guarantees: [`layer_func`] cuts layer `l` out as a function of its own: its inputs (weights,
//!   optimizer state, other layers' values) become arguments, keeping the weights' aliases to
//!   their updated values; what other layers or the step's results read becomes results.
//!   [`LayerCoster::cost_all`] plans such functions with the intra-op strategy graph and the
//!   DP solver (no memory rows: the stage search checks memory per stage), on as many threads
//!   as there are cores, and returns a [`LayerCost`] each. The strategy choice minimises the
//!   layer's share of one step: forward and backward run `B` times, the gradient
//!   synchronisation (the collective that completes a weight gradient) and the optimizer
//!   once. With ZeRO 2 the optimizer state and the gradients are fully sharded (a gradient
//!   is reduce-scattered every micro-batch, so its collective runs `B` times); ZeRO 3 shards
//!   the weights too. Identical layers (the same ops on the same shapes, as in a stack of
//!   transformer blocks) are planned once: results are cached by a digest of the layer's
//!   structure, the mesh, the ZeRO stage and `B`; reshardings are priced once per mesh. The ZeRO
//!   stages of one layer on one mesh share one strategy graph (built once, re-priced per stage).
//! - Memory: a weight's state is held by the layer that updates it (counted once when
//!   several layers read it); gradients (values backward makes and the optimizer reads,
//!   in any layer) are held all step.
//! - Approximations: each layer is planned alone, so a resharding between two layers' plans
//!   on one stage is not priced (identical layers choose identical boundary layouts); compute
//!   and communication do not overlap.

use super::cluster::DeviceType;
use super::comm::CostModel;
use super::dp;
use super::layers::{Layering, Role, is_placement};
use super::mesh::LogicalMesh;
use super::reshard::local_bytes;
use super::strategy::{CostContext, fully_sharded, live_axes};
use super::strategy_graph::{ArgInfo, ArgPolicy, FuncLayouts, Producer, Reshards, StrategyGraph, free_values, repeats};
use alpa_stablehlo::ir::{Arg, Block, FuncResult, Op, Region};
use alpa_stablehlo::{Diag, Func, ValueId};
use std::collections::HashMap;

/// The price of one layer on one mesh at one micro-batch size.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct LayerCost {
    /// Seconds of one micro-batch's forward.
    pub forward_s: f64,
    /// Seconds of one micro-batch's backward, gradient synchronisation excluded.
    pub backward_s: f64,
    /// Seconds once per step: gradient synchronisation and the optimizer update.
    pub step_s: f64,
    /// Bytes the layer's collectives move per micro-batch.
    pub micro_bytes: f64,
    /// Bytes they move once per step.
    pub step_bytes: f64,
    /// Bytes per device held all step: weights, optimizer state, gradient accumulators.
    pub resident_bytes: f64,
    /// Bytes per device one micro-batch keeps from forward to backward.
    pub activation_bytes: f64,
    /// Bytes per device of the layer's largest set of live temporaries.
    pub transient_bytes: f64,
}

/// A layer cut out as a function.
pub struct LayerFunc {
    /// The function.
    pub func: Func,
    /// Its arguments' names and aliases.
    pub args: Vec<ArgInfo>,
    /// Each top-level op's role (the return's is `Update`).
    pub roles: Vec<Role>,
    /// Whether each argument is a weight or optimizer state of the step (else a value another
    /// layer makes).
    pub state: Vec<bool>,
    /// Per op of the body (the return excluded), per result: whether it is a gradient (made
    /// by a backward op, read by an update op of the step, here or in another layer).
    pub grads: Vec<Vec<bool>>,
    /// A key equal for structurally identical layers (a 128-bit digest of their structure).
    pub key: u128,
    /// What its arguments are in the function it was cut from.
    pub inputs: Vec<ValueId>,
    /// Which op of that function each op of its body is (the return excluded).
    pub members: Vec<usize>,
    /// Per op of the body, the earlier op it repeats ([`repeats`]), worked out on first use:
    /// of identical layers only the one planned needs it.
    repeats: std::sync::OnceLock<Vec<Option<usize>>>,
}

/// The values a layer holds beyond its temporaries.
pub struct Held {
    /// Held all step: the state the layer updates (a weight several layers read is held by the
    /// one updating it) and its gradients.
    pub resident: Vec<ValueId>,
    /// Kept from a micro-batch's forward to its backward: forward values and inputs from
    /// other layers that backward ops read.
    pub saved: Vec<ValueId>,
}

impl LayerFunc {
    /// Per op of the body, the earlier op it repeats ([`repeats`]).
    pub fn repeats(&self) -> &[Option<usize>] {
        self.repeats.get_or_init(|| repeats(&self.func))
    }

    /// What the layer holds (see [`Held`]).
    pub fn held(&self) -> Held {
        let func = &self.func;
        let ops = &func.body.entry().ops;
        let mut def_role: Vec<Option<Role>> = vec![None; func.values.len()];
        for (i, op) in ops.iter().enumerate() {
            for r in &op.results {
                def_role[r.index()] = Some(self.roles[i]);
            }
        }
        // Arguments that are other layers' values (not weights or optimizer state).
        let mut layer_input = vec![false; func.values.len()];
        for (a, arg) in func.args.iter().enumerate() {
            layer_input[arg.value.index()] = !self.state[a];
        }
        let mut saved = vec![false; func.values.len()];
        for (i, op) in ops.iter().enumerate() {
            if self.roles[i] == Role::Backward {
                for v in &op.operands {
                    if def_role[v.index()] == Some(Role::Forward) || layer_input[v.index()] {
                        saved[v.index()] = true;
                    }
                }
            }
        }
        let mut held = Held { resident: Vec::new(), saved: Vec::new() };
        for (a, arg) in func.args.iter().enumerate() {
            if self.state[a] && self.args[a].alias.is_some() {
                held.resident.push(arg.value);
            } else if !self.state[a] && saved[arg.value.index()] {
                held.saved.push(arg.value);
            }
        }
        for (op, grads) in ops.iter().zip(&self.grads) {
            for (r, &grad) in op.results.iter().zip(grads) {
                if saved[r.index()] {
                    held.saved.push(*r);
                }
                if grad {
                    held.resident.push(*r);
                }
            }
        }
        held
    }

    /// Bytes of [`LayerFunc::held`] whole, per micro-batch: (held all step, kept from forward
    /// to backward). No plan on `n` devices holds less than these over `n` per device. Free
    /// values ([`free_values`]: every device makes its part) are left out, as the plans leave
    /// them out.
    pub fn held_bytes(&self) -> (f64, f64) {
        let func = &self.func;
        let free = free_values(func);
        let bytes =
            |values: &[ValueId]| -> f64 { values.iter().filter(|v| !free[v.index()]).filter_map(|&v| func.ty(v).as_tensor()).map(|t| t.num_elements() as f64 * t.elem.byte_size() as f64).sum() };
        let held = self.held();
        (bytes(&held.resident), bytes(&held.saved))
    }
}

/// Cuts layer `l` of `func` out (see the module docs).
pub fn layer_func(func: &Func, infos: &[ArgInfo], layering: &Layering, l: usize) -> LayerFunc {
    let ops = &func.body.entry().ops;
    let ret = ops.last().filter(|op| op.name == "func.return");
    let mut inside = vec![false; func.values.len()];
    let members: Vec<usize> = (0..ops.len()).filter(|&i| layering.of_op[i] == l && ops[i].name != "func.return").collect();
    for &i in &members {
        for r in &ops[i].results {
            inside[r.index()] = true;
        }
    }
    let arg_index: HashMap<ValueId, usize> = func.args.iter().enumerate().map(|(i, a)| (a.value, i)).collect();
    let mut inputs: Vec<ValueId> = Vec::new();
    let mut seen = vec![false; func.values.len()];
    for &i in &members {
        for v in &ops[i].operands {
            if !inside[v.index()] && !seen[v.index()] {
                seen[v.index()] = true;
                inputs.push(*v);
            }
        }
    }
    // Results: values read outside the layer, in definition order.
    let mut read_outside = vec![false; func.values.len()];
    for (i, op) in ops.iter().enumerate() {
        if layering.of_op[i] != l || op.name == "func.return" {
            for v in &op.operands {
                read_outside[v.index()] = true;
            }
        }
    }
    let mut outputs: Vec<ValueId> = Vec::new();
    for &i in &members {
        outputs.extend(ops[i].results.iter().filter(|r| read_outside[r.index()]));
    }
    let out_index: HashMap<ValueId, usize> = outputs.iter().enumerate().map(|(k, v)| (*v, k)).collect();
    let mut body: Vec<Op> = members.iter().map(|&i| ops[i].clone()).collect();
    body.push(Op::new("func.return", outputs.clone(), Vec::new()));
    let mut sub = Func {
        name: format!("layer{l}"),
        visibility: func.visibility,
        args: inputs.iter().map(|&v| Arg { value: v, attrs: Vec::new(), loc: None }).collect(),
        results: outputs.iter().map(|&v| FuncResult { ty: func.ty(v).clone(), attrs: Vec::new() }).collect(),
        attrs: Vec::new(),
        body: Region { blocks: vec![Block { args: inputs.clone(), ops: body }] },
        values: Vec::new(),
        pos: func.pos,
        loc: func.loc.clone(),
    };
    let args: Vec<ArgInfo> = inputs
        .iter()
        .map(|v| match arg_index.get(v) {
            Some(&a) => {
                let info = &infos[a];
                let alias = info.alias.and_then(|r| ret.and_then(|ret| ret.operands.get(r))).and_then(|nv| out_index.get(nv).copied());
                ArgInfo { name: info.name.clone(), alias, optimizer_state: info.optimizer_state }
            }
            None => ArgInfo { name: "layer input".into(), alias: None, optimizer_state: false },
        })
        .collect();
    let state: Vec<bool> = inputs.iter().map(|v| arg_index.get(v).is_some_and(|&a| infos[a].alias.is_some() || infos[a].optimizer_state)).collect();
    let mut roles: Vec<Role> = members.iter().map(|&i| layering.roles[i]).collect();
    roles.push(Role::Update);
    let mut read_by_update = vec![false; func.values.len()];
    for (i, op) in ops.iter().enumerate() {
        if layering.roles[i] == Role::Update && op.name != "func.return" {
            for v in &op.operands {
                read_by_update[v.index()] = true;
            }
        }
    }
    let grads: Vec<Vec<bool>> = members.iter().map(|&i| ops[i].results.iter().map(|r| layering.roles[i] == Role::Backward && read_by_update[r.index()]).collect()).collect();
    sub.renumber_from(&func.values);
    let key = structure_key(&sub, &args, &grads);
    LayerFunc { func: sub, args, roles, state, grads, key, inputs, members, repeats: std::sync::OnceLock::new() }
}

/// A text equal for two functions with the same ops, attributes, types and wiring.
fn structure_key(func: &Func, args: &[ArgInfo], grads: &[Vec<bool>]) -> u128 {
    use std::hash::{Hash, Hasher};
    let mut key = format!("{grads:?}");
    for (a, info) in func.args.iter().zip(args) {
        key.push_str(&format!("{}:{:?}:{};", func.ty(a.value), info.alias, info.optimizer_state));
    }
    for op in &func.body.entry().ops {
        let mut op = op.clone();
        op.pos = Default::default();
        op.loc = None;
        op.attrs.retain(|(name, _)| !is_placement(name));
        strip_positions(&mut op);
        key.push_str(&format!("{:?}|", (&op.name, &op.operands, &op.results, &op.attrs, &op.regions)));
        for r in &op.results {
            key.push_str(&func.ty(*r).to_string());
        }
        key.push('\n');
    }
    let digest = |salt: u64| {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        salt.hash(&mut h);
        key.hash(&mut h);
        h.finish() as u128
    };
    (digest(0) << 64) | digest(1)
}

fn strip_positions(op: &mut Op) {
    for region in &mut op.regions {
        for block in &mut region.blocks {
            for inner in &mut block.ops {
                inner.pos = Default::default();
                inner.loc = None;
                strip_positions(inner);
            }
        }
    }
}

/// Plans layers and remembers what identical layers cost.
#[derive(Default)]
pub struct LayerCoster {
    cache: HashMap<(u128, String, usize), LayerCost>,
    /// Per mesh key, the reshardings priced on it.
    reshards: HashMap<String, Reshards>,
    /// How many layers were planned (cache misses).
    pub planned: usize,
    /// How many were answered from the cache.
    pub reused: usize,
}

/// One layer to price on one mesh.
pub struct Request<'a> {
    /// The layer.
    pub layer: &'a LayerFunc,
    /// The mesh.
    pub mesh: &'a LogicalMesh,
    /// A key equal for equal meshes.
    pub mesh_key: &'a str,
    /// Its devices' type.
    pub device: &'a DeviceType,
    /// ZeRO stage: 2 shards the optimizer state over all devices, 3 the weights too; 0 leaves
    /// their layout to the plan.
    pub zero: u8,
}

impl Request<'_> {
    /// What its cost is cached under when the step runs `microbatches` micro-batches.
    fn cache_key(&self, microbatches: usize) -> (u128, String, usize) {
        (self.layer.key, format!("{}:zero{}", self.mesh_key, self.zero), microbatches)
    }
}

impl LayerCoster {
    /// The cost of every request when the step runs `microbatches` micro-batches, planning
    /// each kind not seen before once, on as many threads as the machine has; `done` is
    /// called after each plan.
    pub fn cost_all(&mut self, requests: &[Request], microbatches: usize, done: &(dyn Fn() + Sync)) -> Result<Vec<LayerCost>, Diag> {
        let key = |r: &Request| r.cache_key(microbatches);
        // Requests not seen before, grouped by layer kind and mesh: one strategy graph serves
        // every ZeRO stage of a group.
        let mut todo: Vec<Vec<usize>> = Vec::new();
        let mut group_of: HashMap<(u128, &str), usize> = HashMap::new();
        let mut queued: std::collections::HashSet<(u128, String, usize)> = std::collections::HashSet::new();
        for (k, r) in requests.iter().enumerate() {
            let key = key(r);
            if self.cache.contains_key(&key) || !queued.insert(key) {
                self.reused += 1;
                continue;
            }
            let g = *group_of.entry((r.layer.key, r.mesh_key)).or_insert_with(|| {
                todo.push(Vec::new());
                todo.len() - 1
            });
            todo[g].push(k);
        }
        // Biggest plans first (ops times live mesh axes, a proxy for strategies per op), so
        // that no thread is left with a big one while the others have finished.
        let work = |group: &Vec<usize>| {
            let r = &requests[group[0]];
            r.layer.func.body.entry().ops.len() * live_axes(r.mesh).len().max(1)
        };
        todo.sort_by_key(|group| std::cmp::Reverse(work(group)));
        let reshards: Vec<Reshards> = todo.iter().map(|group| self.reshards.entry(requests[group[0]].mesh_key.to_string()).or_default().clone()).collect();
        let jobs: Vec<(&Vec<usize>, &Reshards)> = todo.iter().zip(&reshards).collect();
        let results = super::parallel_map(&jobs, |&(group, reshards)| {
            let r = &requests[group[0]];
            let zeros: Vec<u8> = group.iter().map(|&k| requests[k].zero).collect();
            plan_layer(r.layer, r.mesh, r.device, &zeros, microbatches, reshards.clone(), false, &|| done())
        });
        for (group, costs) in todo.iter().zip(results) {
            for (&k, (c, _)) in group.iter().zip(costs?) {
                self.cache.insert(key(&requests[k]), c);
                self.planned += 1;
            }
        }
        Ok(requests.iter().map(|r| self.cache[&key(r)]).collect())
    }

    /// The plan [`LayerCoster::cost_all`] priced for `request` at `microbatches`, as the
    /// layouts of the layer's function. Costs keep no plans (thousands are made, a few are
    /// kept), so the layer is planned again, the same way.
    pub fn layouts(&self, request: &Request, microbatches: usize) -> Result<FuncLayouts, Diag> {
        let reshards = self.reshards.get(request.mesh_key).cloned().unwrap_or_default();
        let mut planned = plan_layer(request.layer, request.mesh, request.device, &[request.zero], microbatches, reshards, true, &|| {})?;
        let (cost, layouts) = planned.pop().ok_or_else(|| Diag::bug(Some(request.layer.func.pos), "a layer planned at no ZeRO stage"))?;
        debug_assert!(self.cache.get(&request.cache_key(microbatches)).is_none_or(|c| *c == cost), "a layer planned twice differently");
        layouts.ok_or_else(|| Diag::bug(Some(request.layer.func.pos), "a layer plan without its layouts"))
    }
}

impl LayerCost {
    /// The cost of `self` and `other` on the same devices one after the other: times, bytes and
    /// held memory add up, temporaries do not outlive their layer.
    pub fn then(self, other: &LayerCost) -> LayerCost {
        LayerCost {
            forward_s: self.forward_s + other.forward_s,
            backward_s: self.backward_s + other.backward_s,
            step_s: self.step_s + other.step_s,
            micro_bytes: self.micro_bytes + other.micro_bytes,
            step_bytes: self.step_bytes + other.step_bytes,
            resident_bytes: self.resident_bytes + other.resident_bytes,
            activation_bytes: self.activation_bytes + other.activation_bytes,
            transient_bytes: self.transient_bytes.max(other.transient_bytes),
        }
    }
}

/// The DP's budget for one layer plan. A remat block's forward, backward and weights are
/// tied at every step (the backward reads the forward's values and its weights), so exact
/// elimination needs tables of ~6e7 entries and seconds per plan; the stage search makes
/// thousands. With small tables elimination stays exact on the easy layers (1-D meshes,
/// embeddings, heads) and conditions quickly on a block; message passing (TRW-S) then finds
/// the block's plan: on GPT-39B's blocks it matched the proven optimum on every mesh checked,
/// where greedy conditioning alone was off by up to 2x on some (see docs/perf.md).
const LAYER_DP: dp::DpOptions = dp::DpOptions { max_table: 1 << 10, time_limit_s: 60.0, branch_work: 1 << 12, message_passes: 30 };

/// Plans `layer` on `mesh` at each ZeRO stage of `zeros`, on one strategy graph: the stages
/// differ only in the layouts they allow (ZeRO's state and gradients fully sharded) and in how
/// often a gradient's collective runs, so the graph is built once and re-priced per stage.
/// `done` is called after each stage's plan; with `keep`, each plan's layouts come with its cost.
#[allow(clippy::too_many_arguments)]
fn plan_layer(
    layer: &LayerFunc,
    mesh: &LogicalMesh,
    device: &DeviceType,
    zeros: &[u8],
    microbatches: usize,
    reshards: Reshards,
    keep: bool,
    done: &dyn Fn(),
) -> Result<Vec<(LayerCost, Option<FuncLayouts>)>, Diag> {
    let func = &layer.func;
    let cx = CostContext { mesh, model: CostModel::Analytic, device, reduce_scatter: true };
    let mut graph = StrategyGraph::build_shared(func, &cx, &|_| ArgPolicy::Any, layer.args.clone(), layer.repeats(), reshards)?;
    let ops = &func.body.entry().ops;
    let mut grad = vec![false; func.values.len()];
    for (op, flags) in ops.iter().zip(&layer.grads) {
        for (r, &g) in op.results.iter().zip(flags) {
            grad[r.index()] = g;
        }
    }
    let role_of = |m: usize, graph: &StrategyGraph| -> Option<Role> {
        match graph.members[m].producer {
            Producer::Arg(_) => None,
            Producer::Op(i) => Some(layer.roles[i]),
        }
    };
    let grad_member: Vec<bool> = graph.members.iter().map(|member| member.values.iter().any(|v| grad[v.index()])).collect();
    let held = layer.held();
    let live = live_axes(mesh);
    let b = microbatches as f64;
    let mut out = Vec::with_capacity(zeros.len());
    for &zero in zeros {
        // ZeRO shards the step's state by name (a weight is sharded in every layer reading
        // it, whichever layer updates it); other layers' values are never state. ZeRO-2 and 3
        // keep gradients sharded: each micro-batch's gradient is reduce-scattered as it is
        // made; otherwise it is accumulated whole and synchronised once per step.
        let mut sharded = vec![false; func.values.len()];
        for ((arg, info), &state) in func.args.iter().zip(&layer.args).zip(&layer.state) {
            sharded[arg.value.index()] = state && ((zero >= 2 && info.optimizer_state) || zero >= 3);
        }
        let sharded_grads = zero >= 2;
        let weights: Vec<(f64, f64)> = (0..graph.members.len())
            .map(|m| match role_of(m, &graph) {
                Some(Role::Forward) => (b, b),
                Some(Role::Backward) if grad_member[m] && !sharded_grads => (b, 1.0),
                Some(Role::Backward) => (b, b),
                _ => (1.0, 1.0),
            })
            .collect();
        graph.reweight(func, &cx, weights);
        if sharded_grads {
            forbid_unsharded(&mut graph, &live, &|v| sharded[v.index()] || grad[v.index()]);
        }
        let presolved = graph.problem.presolve();
        let solution = dp::solve(&presolved.problem, &LAYER_DP).map_err(|e| Diag::unsupported(func.pos, format!("planning {}: {e}", func.name)))?;
        let chosen = graph.expand(&presolved.expand(&solution.choice));
        let mut cost = LayerCost::default();
        for (m, &c) in chosen.iter().enumerate() {
            let s = &graph.members[m].strategies[c];
            let bytes: f64 = s.collectives.iter().map(|(_, c)| c.bytes).sum();
            match role_of(m, &graph) {
                None => {}
                Some(Role::Forward) => {
                    cost.forward_s += s.compute + s.comm;
                    cost.micro_bytes += bytes;
                }
                Some(Role::Backward) if grad_member[m] && !sharded_grads => {
                    cost.backward_s += s.compute;
                    cost.step_s += s.comm;
                    cost.step_bytes += bytes;
                }
                Some(Role::Backward) => {
                    cost.backward_s += s.compute + s.comm;
                    cost.micro_bytes += bytes;
                }
                Some(Role::Update) => {
                    cost.step_s += s.compute + s.comm;
                    cost.step_bytes += bytes;
                }
            }
        }
        for u in 0..graph.uses.len() {
            let use_ = graph.uses[u];
            let (m, r) = use_.from;
            let src = graph.layout(m, r, chosen[m]).clone();
            let dst = graph.required(&use_, chosen[use_.to.0]).clone();
            let (seconds, steps) = graph.reshard(func, &cx, m, r, &src, &dst);
            let bytes: f64 = steps.iter().map(|c| c.bytes).sum();
            let consumer = if use_.to.1 == usize::MAX { None } else { role_of(use_.to.0, &graph) };
            match consumer {
                Some(Role::Forward) => (cost.forward_s += seconds, cost.micro_bytes += bytes),
                Some(Role::Backward) => (cost.backward_s += seconds, cost.micro_bytes += bytes),
                _ => (cost.step_s += seconds, cost.step_bytes += bytes),
            };
        }
        // Memory: state arguments and gradient accumulators all step; forward values backward
        // reads, per micro-batch in flight; the layer's own peak of temporaries.
        let local = |v: &ValueId| -> f64 {
            let Some((m, r)) = graph.def[v.index()] else { return 0.0 };
            func.ty(*v).as_tensor().map_or(0.0, |t| local_bytes(&t.shape, t.elem.byte_size(), graph.layout(m, r, chosen[m]), mesh))
        };
        cost.resident_bytes = held.resident.iter().map(local).sum();
        cost.activation_bytes = held.saved.iter().map(local).sum();
        let (peak, args, _) = graph.memory(func, &cx, &chosen);
        cost.transient_bytes = (peak - args).max(0.0);
        out.push((cost, keep.then(|| graph.layouts(func, &chosen))));
        done();
    }
    Ok(out)
}

/// Prices every strategy that leaves a value `must` names unsharded over some live mesh axis
/// out of the problem (where the value's shape allows a fully sharded layout at all): ZeRO's
/// sharded state and gradients.
fn forbid_unsharded(graph: &mut StrategyGraph, live: &[usize], must: &dyn Fn(ValueId) -> bool) {
    graph.forbid(&|v, spec| !must(v) || fully_sharded(spec, live));
}
