//! What one layer costs on one logical mesh at one micro-batch size: the intra-op plan of the
//! layer alone, priced per micro-batch and per step, with the memory it holds.
//!
//! - Expects: a function already cut to micro-batch shapes ([`super::microbatch::split`]) and
//!   its [`Layering`] (whose op indices it shares).
//! - Guarantees: [`layer_func`] cuts layer `l` out as a function of its own: its inputs (weights,
//!   optimizer state, other layers' values) become arguments, keeping the weights' aliases to
//!   their updated values; what other layers or the step's results read becomes results.
//!   [`LayerCoster::cost`] plans that function with the intra-op strategy graph and the DP
//!   solver (no memory rows: the stage search checks memory per stage) and returns a
//!   [`LayerCost`]. The strategy choice minimises the layer's share of one step: forward and
//!   backward run `B` times, the gradient synchronisation (the collective that completes a
//!   weight gradient) and the optimizer once. Identical layers (the same ops on the same
//!   shapes, as in a stack of transformer blocks) are planned once: results are cached by the
//!   layer's structure, the mesh and `B`.
//! - Approximations: each layer is planned alone, so a resharding between two layers' plans
//!   on one stage is not priced (identical layers choose identical boundary layouts); compute
//!   and communication do not overlap.

use super::cluster::DeviceType;
use super::comm::CostModel;
use super::dp;
use super::layers::{Layering, Role};
use super::mesh::LogicalMesh;
use super::reshard::local_bytes;
use super::strategy::CostContext;
use super::strategy_graph::{ArgInfo, ArgPolicy, Producer, StrategyGraph};
use alpa_stablehlo::ir::{Arg, FuncResult, Op};
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
    /// A key equal for structurally identical layers.
    pub key: String,
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
    let mut sub = func.clone();
    sub.name = format!("layer{l}");
    sub.attrs.clear();
    sub.args = inputs.iter().map(|&v| Arg { value: v, attrs: Vec::new(), loc: None }).collect();
    sub.results = outputs.iter().map(|&v| FuncResult { ty: func.ty(v).clone(), attrs: Vec::new() }).collect();
    let mut body: Vec<Op> = members.iter().map(|&i| ops[i].clone()).collect();
    body.push(Op::new("func.return", outputs.clone(), Vec::new()));
    sub.body.entry_mut().ops = body;
    sub.body.entry_mut().args = inputs.clone();
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
    sub.renumber();
    let key = structure_key(&sub, &args);
    LayerFunc { func: sub, args, roles, state, key }
}

/// A text equal for two functions with the same ops, attributes, types and wiring.
fn structure_key(func: &Func, args: &[ArgInfo]) -> String {
    let mut key = String::new();
    for (a, info) in func.args.iter().zip(args) {
        key.push_str(&format!("{}:{:?}:{};", func.ty(a.value), info.alias, info.optimizer_state));
    }
    for op in &func.body.entry().ops {
        let mut op = op.clone();
        op.pos = Default::default();
        op.loc = None;
        strip_positions(&mut op);
        key.push_str(&format!("{:?}|", (&op.name, &op.operands, &op.results, &op.attrs, &op.regions)));
        for r in &op.results {
            key.push_str(&func.ty(*r).to_string());
        }
        key.push('\n');
    }
    key
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
    cache: HashMap<(String, String, usize), LayerCost>,
    /// How many layers were planned (cache misses).
    pub planned: usize,
    /// How many were answered from the cache.
    pub reused: usize,
}

impl LayerCoster {
    /// The cost of `layer` on `mesh` (key `mesh_key`, equal for equal meshes) when the step
    /// runs `microbatches` micro-batches.
    pub fn cost(&mut self, layer: &LayerFunc, mesh: &LogicalMesh, mesh_key: &str, device: &DeviceType, microbatches: usize) -> Result<LayerCost, Diag> {
        let key = (layer.key.clone(), mesh_key.to_string(), microbatches);
        if let Some(c) = self.cache.get(&key) {
            self.reused += 1;
            return Ok(*c);
        }
        let c = plan_layer(layer, mesh, device, microbatches)?;
        self.planned += 1;
        self.cache.insert(key, c);
        Ok(c)
    }
}

fn plan_layer(layer: &LayerFunc, mesh: &LogicalMesh, device: &DeviceType, microbatches: usize) -> Result<LayerCost, Diag> {
    let func = &layer.func;
    let cx = CostContext { mesh, model: CostModel::Analytic, device, reduce_scatter: true };
    let mut graph = StrategyGraph::build_with_args(func, &cx, &|_| ArgPolicy::Any, layer.args.clone())?;
    let ops = &func.body.entry().ops;
    // Gradients: values a backward op makes and an update op (or the step's return) reads.
    let mut grad = vec![false; func.values.len()];
    for (i, op) in ops.iter().enumerate() {
        if layer.roles[i] == Role::Update {
            for v in &op.operands {
                grad[v.index()] = true;
            }
        }
    }
    let role_of = |m: usize, graph: &StrategyGraph| -> Option<Role> {
        match graph.members[m].producer {
            Producer::Arg(_) => None,
            Producer::Op(i) => Some(layer.roles[i]),
        }
    };
    let b = microbatches as f64;
    let grad_member = |m: usize, graph: &StrategyGraph| graph.members[m].values.iter().any(|v| grad[v.index()]);
    let weights: Vec<(f64, f64)> = (0..graph.members.len())
        .map(|m| match role_of(m, &graph) {
            Some(Role::Forward) => (b, b),
            Some(Role::Backward) if grad_member(m, &graph) => (b, 1.0),
            Some(Role::Backward) => (b, b),
            _ => (1.0, 1.0),
        })
        .collect();
    graph.reweight(func, &cx, weights);
    let presolved = graph.problem.presolve();
    let solution = dp::solve(&presolved.problem, &dp::DpOptions::default()).map_err(|e| Diag::unsupported(func.pos, format!("planning {}: {e}", func.name)))?;
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
            Some(Role::Backward) if grad_member(m, &graph) => {
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
    for use_ in graph.uses.clone() {
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
    let local = |v: ValueId, m: usize, r: usize| -> f64 { func.ty(v).as_tensor().map_or(0.0, |t| local_bytes(&t.shape, t.elem.byte_size(), graph.layout(m, r, chosen[m]), mesh)) };
    let mut def_role: Vec<Option<Role>> = vec![None; func.values.len()];
    for (i, op) in ops.iter().enumerate() {
        for r in &op.results {
            def_role[r.index()] = Some(layer.roles[i]);
        }
    }
    // Arguments that are other layers' values (not weights or optimizer state).
    let mut layer_input = vec![false; func.values.len()];
    for (a, arg) in func.args.iter().enumerate() {
        layer_input[arg.value.index()] = !layer.state[a];
    }
    let mut saved = vec![false; func.values.len()];
    for (i, op) in ops.iter().enumerate() {
        if layer.roles[i] == Role::Backward {
            for v in &op.operands {
                let from_forward = def_role[v.index()] == Some(Role::Forward);
                if from_forward || layer_input[v.index()] {
                    saved[v.index()] = true;
                }
            }
        }
    }
    let mut state_bytes = 0.0;
    for (a, arg) in func.args.iter().enumerate() {
        let bytes = local(arg.value, a, 0);
        if layer.state[a] {
            state_bytes += bytes;
        } else if saved[arg.value.index()] {
            cost.activation_bytes += bytes;
        }
    }
    cost.resident_bytes = state_bytes;
    for (v, def) in graph.def.iter().enumerate() {
        let Some((m, r)) = *def else { continue };
        if matches!(graph.members[m].producer, Producer::Arg(_)) {
            continue;
        }
        let value = ValueId(v as u32);
        if saved[v] {
            cost.activation_bytes += local(value, m, r);
        }
        if grad[v] && def_role[v] == Some(Role::Backward) {
            cost.resident_bytes += local(value, m, r);
        }
    }
    let (peak, args, _) = graph.memory(func, &cx, &chosen);
    cost.transient_bytes = (peak - args).max(0.0);
    Ok(cost)
}
