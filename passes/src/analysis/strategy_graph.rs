//! The strategy graph of a function: every op and argument with its [`Strategy`] list, the
//! uses between them, and the solver [`Problem`] they make.
//!
//! - Arguments choose any layout of their tensor (optionally only fully sharded ones, for
//!   ZeRO); in Alpa's mode a replicated parameter pays Alpa's small penalty.
//! - Heavy ops (dot_general, convolution), ops without a leader and ops without a sharding
//!   rule (replicated: while, custom_call, ...) are *leaders* with their own strategies.
//! - Every other op *follows* its largest operand (Alpa's graph simplification): it has one
//!   strategy per strategy of that operand's producer, keeping its layout, and is merged
//!   into the producer's group before solving. A group is one solver node.
//! - Constants, iotas and ops computed only from them are *free*: every device makes the part
//!   it needs, in any layout, at no cost.
//! - Uses price resharding ([`reshard`]): between groups as edge matrices, inside a group on
//!   the diagonal (members share the strategy index).
//! - A result aliased to an argument (the updated parameter or optimizer state) is resharded
//!   back to the argument's layout at the end of the step, so in and out layouts agree.
//! - Memory ([`StrategyGraph::memory`]): arguments all step, except donated ones (updated
//!   parameters and optimizer state, whose new value XLA writes in place) until their last
//!   read; op results from definition to last use, except free values and results an
//!   elementwise chain fuses away (as the compute model assumes XLA fuses them).
//! - `optimization_barrier` (remat's) is one member per operand, each passing its layout
//!   through, and the ops a remat backward recomputes ([`repeats`]) run with their forward
//!   originals' strategies.
//!
//! Invariants ([`StrategyGraph::verify`]): every member of a group has as many strategies as
//! its leader; every use names a defined member; the problem verifies.

use super::layers::is_placement;
use super::problem::{Edge, MemoryRow, Node, Problem};
use super::reshard::{Collective, CollectiveKind, Spec, local_bytes, packed_layout, reshard};
use super::strategy::{self, CostContext, Strategy};
use alpa_stablehlo::attr::Attr;
use alpa_stablehlo::catalogue::{cost, sharding::sharding_rule};
use alpa_stablehlo::ir::Loc;
use alpa_stablehlo::{Diag, Func, Op, ValueId};
use std::collections::HashMap;
use std::sync::{Arc, RwLock};

/// Who makes a member's values.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Producer {
    /// Function argument `i`.
    Arg(usize),
    /// Op `i` of the entry block.
    Op(usize),
}

/// One argument or op with its strategies.
#[derive(Clone, Debug)]
pub struct Member {
    /// What it is.
    pub producer: Producer,
    /// The values it defines (the argument, or the op's results).
    pub values: Vec<ValueId>,
    /// Its strategies; for followers, index-aligned with the group leader's.
    pub strategies: Vec<Strategy>,
    /// Its group (solver node).
    pub group: usize,
    /// For an op whose operands pass to its results one by one (`optimization_barrier`):
    /// the one operand and result `k` this member stands for. Each pair is its own member, so
    /// the pairs choose their layouts independently (one member for the whole op could split
    /// only one of them over a mesh axis, and would gather every weight a remat barrier holds).
    pub part: Option<usize>,
}

/// A value flowing from a member into a layout requirement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Use {
    /// The producing member and which of its values.
    pub from: (usize, usize),
    /// The consumer: an op member and operand index, or an argument member (alias).
    pub to: (usize, usize),
}

/// How an argument may be laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ArgPolicy {
    /// Any layout.
    Any,
    /// Split over every live mesh axis where its shape allows (ZeRO's sharded state).
    FullySharded,
}

/// What an argument is to the training step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ArgInfo {
    /// Its name from the location JAX writes (`params['fc1']['kernel']`), else `%argN`.
    pub name: String,
    /// The result that returns its updated value, if any.
    pub alias: Option<usize>,
    /// Whether it is optimizer state (named `opt_state...`) rather than a parameter or input.
    pub optimizer_state: bool,
}

/// A plan's layouts on one function, as data: what its `shard` annotations spell
/// ([`crate::shard::auto_shard::annotate_layouts`]).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct FuncLayouts {
    /// The layout each tensor value is made in: every argument and top-level op result
    /// except free values (which every device makes in whatever layout it needs).
    pub defs: HashMap<ValueId, Spec>,
    /// Per top-level op (the return included), per operand: the layout the op reads it in
    /// (`None`: no requirement, or not a tensor). The return reads an updated argument in
    /// the argument's layout.
    pub wants: Vec<Vec<Option<Spec>>>,
}

/// The whole graph; see the module docs.
pub struct StrategyGraph {
    /// Members: arguments first (member `i` is argument `i`), then ops in order.
    pub members: Vec<Member>,
    /// Members of each group, leader first.
    pub groups: Vec<Vec<usize>>,
    /// Every use of a member's value.
    pub uses: Vec<Use>,
    /// Per value index, the member and result defining it (`None` for free values and
    /// values inside regions).
    pub def: Vec<Option<(usize, usize)>>,
    /// Per function argument, what it is.
    pub args: Vec<ArgInfo>,
    /// The solver problem, one node per group.
    pub problem: Problem,
    /// Per member, the weights of its strategies' (compute, communication) and of the
    /// reshardings into it in the problem: how many times per step it runs (1 unless
    /// [`StrategyGraph::reweight`] says otherwise, as the stage search does for micro-batches).
    pub weights: Vec<(f64, f64)>,
    reshards: Reshards,
    /// Per use, its resharding seconds unweighted: per (producer strategy, consumer strategy)
    /// pair row-major, or per strategy when both are one group; computed once.
    use_costs: Vec<Vec<f64>>,
    /// The buffer resharding cache keys are built in.
    key: ReshardKey,
}

/// The distinct layouts among `count` (`spec_of(i)`), and which of them each is. Layouts that
/// pack into an integer compare as one; the others spec by spec.
fn distinct_layouts<'a>(count: usize, mesh_rank: usize, spec_of: &dyn Fn(usize) -> &'a Spec) -> (Vec<Spec>, Vec<usize>) {
    let mut uniq: Vec<Spec> = Vec::new();
    let mut packed: HashMap<u32, usize, FastHash> = HashMap::default();
    let mut unpacked: Vec<usize> = Vec::new();
    let index = (0..count)
        .map(|i| {
            let spec = spec_of(i);
            let found = match packed_layout(spec, mesh_rank) {
                Some(key) => packed.get(&key).copied().ok_or(Some(key)),
                None => unpacked.iter().copied().find(|&u| uniq[u] == *spec).ok_or(None),
            };
            found.unwrap_or_else(|key| {
                uniq.push(spec.clone());
                match key {
                    Some(key) => packed.insert(key, uniq.len() - 1),
                    None => {
                        unpacked.push(uniq.len() - 1);
                        None
                    }
                };
                uniq.len() - 1
            })
        })
        .collect();
    (uniq, index)
}

/// A resharding priced once: tensor shape, element bytes, source and destination layouts.
/// A resharding's cache key, flat: the element size, the rank and each dimension (low and
/// high 32 bits), then each layout as per dimension its axis count and axes. Lookups build it
/// in a reused buffer and borrow it as a slice, so a hit allocates nothing.
type ReshardKey = Vec<u32>;

fn reshard_key(key: &mut Vec<u32>, shape: &[i64], elem_bytes: u64, src: &Spec, dst: &Spec) {
    key.clear();
    key.push(elem_bytes as u32);
    key.push(shape.len() as u32);
    for &d in shape {
        key.push(d as u32);
        key.push((d >> 32) as u32);
    }
    for spec in [src, dst] {
        for axes in spec {
            key.push(axes.len() as u32);
            key.extend(axes.iter().map(|&a| a as u32));
        }
    }
}

/// Reshardings priced on one mesh under one cost model, shared by the graphs built with it
/// (the layers of a model planned on the same mesh ask for the same ones).
#[derive(Clone, Default)]
pub struct Reshards(Arc<RwLock<HashMap<ReshardKey, (f64, Vec<Collective>), FastHash>>>);

/// The multiply-rotate hash rustc uses (FxHash) for the planner's small integer keys (layouts,
/// resharding keys), which SipHash's flood resistance only slows down: none come from outside.
#[derive(Default)]
struct FastHasher(u64);

impl std::hash::Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.write_u64(u64::from_le_bytes(word));
        }
    }

    fn write_u64(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }

    fn write_u32(&mut self, word: u32) {
        self.write_u64(u64::from(word));
    }

    fn write_usize(&mut self, word: usize) {
        self.write_u64(word as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

type FastHash = std::hash::BuildHasherDefault<FastHasher>;

/// Arguments' names and aliases, read from JAX's locations and `jax.result_info`.
pub fn arg_infos(func: &Func) -> Vec<ArgInfo> {
    let result_keys: Vec<Option<String>> = func
        .results
        .iter()
        .map(|r| {
            r.attrs.iter().find(|(k, _)| k == "jax.result_info").and_then(|(_, v)| match v {
                Attr::Str(s) => s.strip_prefix("result").map(|rest| strip_index(rest).to_string()),
                _ => None,
            })
        })
        .collect();
    let reaches_loss = loss_dependencies(func);
    func.args
        .iter()
        .enumerate()
        .map(|(i, arg)| {
            let name = arg.loc.as_ref().and_then(Loc::name).map_or_else(|| format!("%arg{i}"), str::to_string);
            let explicit = arg.attrs.iter().find(|(k, _)| k == "tf.aliasing_output").and_then(|(_, v)| match v {
                Attr::Int { value, .. } => usize::try_from(*value).ok(),
                _ => None,
            });
            let key = name.trim_start_matches(|c: char| c.is_alphanumeric() || c == '_');
            let by_name: Vec<usize> = if key.is_empty() || key == name {
                Vec::new()
            } else {
                result_keys.iter().enumerate().filter(|(r, k)| k.as_deref() == Some(key) && func.results[*r].ty == *func.ty(arg.value)).map(|(r, _)| r).collect()
            };
            let alias = explicit.or(if by_name.len() == 1 { Some(by_name[0]) } else { None });
            // Without JAX's names, optimizer state is what is updated but never reaches the
            // loss (result 0): parameters reach it, moments and step counts do not.
            let named = arg.loc.as_ref().and_then(Loc::name).is_some();
            let optimizer_state = if named { name.starts_with("opt_state") } else { alias.is_some() && !reaches_loss[arg.value.index()] };
            ArgInfo { optimizer_state, name, alias }
        })
        .collect()
}

/// Per value, whether result 0 of `func` (the loss of a training step) depends on it.
fn loss_dependencies(func: &Func) -> Vec<bool> {
    let mut needed = vec![false; func.values.len()];
    let ops = &func.body.entry().ops;
    let Some(ret) = ops.last().filter(|op| op.name == "func.return") else { return needed };
    if let Some(v) = ret.operands.first() {
        needed[v.index()] = true;
    }
    for op in ops.iter().rev() {
        if op.results.iter().any(|r| needed[r.index()]) {
            for v in &op.operands {
                needed[v.index()] = true;
            }
        }
    }
    needed
}

fn strip_index(text: &str) -> &str {
    match text.strip_prefix('[').and_then(|r| r.find(']').map(|e| &r[e + 1..])) {
        Some(rest) => rest,
        None => text,
    }
}

impl StrategyGraph {
    /// Builds the graph of `func` (an imported entry function: no calls left) on the mesh of
    /// `cx`, with `policy` for each argument.
    pub fn build(func: &Func, cx: &CostContext, policy: &dyn Fn(&ArgInfo) -> ArgPolicy) -> Result<StrategyGraph, Diag> {
        StrategyGraph::build_with_args(func, cx, policy, arg_infos(func))
    }

    /// [`StrategyGraph::build`] with the arguments' names and aliases given (for a function
    /// cut out of a bigger one, whose own attributes do not say them).
    pub fn build_with_args(func: &Func, cx: &CostContext, policy: &dyn Fn(&ArgInfo) -> ArgPolicy, args: Vec<ArgInfo>) -> Result<StrategyGraph, Diag> {
        StrategyGraph::build_shared(func, cx, policy, args, &repeats(func), Reshards::default())
    }

    /// [`StrategyGraph::build_with_args`] with `func`'s [`repeats`] given, pricing
    /// reshardings through `reshards`, which must only be shared by graphs on the same mesh
    /// and cost model.
    pub fn build_shared(func: &Func, cx: &CostContext, policy: &dyn Fn(&ArgInfo) -> ArgPolicy, args: Vec<ArgInfo>, repeats: &[Option<usize>], reshards: Reshards) -> Result<StrategyGraph, Diag> {
        let mut g = StrategyGraph {
            members: Vec::new(),
            groups: Vec::new(),
            uses: Vec::new(),
            def: vec![None; func.values.len()],
            args,
            problem: Problem::default(),
            weights: Vec::new(),
            reshards,
            use_costs: Vec::new(),
            key: Vec::new(),
        };
        let free = free_values(func);
        let live = strategy::live_axes(cx.mesh);
        for (i, arg) in func.args.iter().enumerate() {
            let ty = func.ty(arg.value);
            let shape = ty.as_tensor().map_or(Vec::new(), |t| t.shape.clone());
            let mut specs = strategy::tensor_specs(&shape, cx.mesh);
            if policy(&g.args[i]) == ArgPolicy::FullySharded {
                let full: Vec<Spec> = specs.iter().filter(|s| strategy::fully_sharded(s, &live)).cloned().collect();
                if !full.is_empty() {
                    specs = full;
                }
            }
            let penalty = if cx.alpa() && g.args[i].alias.is_some() && !shape.is_empty() { (0..cx.mesh.rank()).map(|a| cx.model.all_reduce(cx.mesh, 1.0, &[a])).sum::<f64>().round() } else { 0.0 };
            let strategies = specs
                .into_iter()
                .map(|spec| {
                    let comm = if spec.iter().all(Vec::is_empty) { penalty } else { 0.0 } + least_held(&spec, cx);
                    Strategy { factor_axes: Vec::new(), operands: Vec::new(), results: vec![spec], collectives: Vec::new(), flops: 0.0, compute: 0.0, comm }
                })
                .collect();
            g.add_leader(Producer::Arg(i), vec![arg.value], strategies);
        }
        let ops = &func.body.entry().ops;
        // Per op, its member when it has exactly one.
        let mut member_of: Vec<Option<usize>> = vec![None; ops.len()];
        for (i, op) in ops.iter().enumerate() {
            if op.name == "func.return" || op.name == "stablehlo.return" {
                g.add_returns(op, func);
                continue;
            }
            if op.name == "func.call" {
                return Err(Diag::unsupported(op.pos, format!("'{}' is left in @{}: run alpa-inline (alpa-import) before alpa-auto-shard", op.name, func.name)));
            }
            if op.results.first().is_some_and(|r| free[r.index()]) {
                continue;
            }
            if op.name == "stablehlo.optimization_barrier" && op.operands.len() > 1 {
                for (k, (&v, &r)) in op.operands.iter().zip(&op.results).enumerate() {
                    g.add_part(func, cx, i, k, v, r);
                }
                continue;
            }
            let original = repeats.get(i).copied().flatten().and_then(|j| member_of[j]);
            let rule = sharding_rule(op, func);
            let leader = op
                .operands
                .iter()
                .enumerate()
                .filter_map(|(k, v)| g.def[v.index()].map(|d| (k, d, func.ty(*v).as_tensor().map_or(0, |t| t.num_elements()))))
                .max_by(|a, b| a.2.cmp(&b.2).then(b.0.cmp(&a.0)));
            let member = match (original, &rule, leader) {
                // A repeat runs as its original did: same strategy, one solver node.
                (Some(o), _, _) => g.add_follower(Producer::Op(i), op.results.clone(), g.members[o].strategies.clone(), g.members[o].group),
                (None, Some(rule), Some((k, (m, r), _))) if !cost::is_heavy(op) => {
                    let strategies = g.members[m].strategies.iter().map(|s| strategy::follow(op, func, rule, k, &s.results[r], cx)).collect();
                    g.add_follower(Producer::Op(i), op.results.clone(), strategies, g.members[m].group)
                }
                (None, Some(rule), _) => {
                    let strategies = strategy::enumerate(op, func, rule, cx);
                    g.add_leader(Producer::Op(i), op.results.clone(), strategies)
                }
                (None, None, _) => g.add_leader(Producer::Op(i), op.results.clone(), vec![strategy::replicated(op, func, cx)]),
            };
            member_of[i] = Some(member);
            for (k, v) in op.operands.iter().enumerate() {
                if let Some(from) = g.def[v.index()] {
                    g.uses.push(Use { from, to: (member, k) });
                }
            }
        }
        g.weights = vec![(1.0, 1.0); g.members.len()];
        g.build_problem(func, cx);
        g.verify().map_err(|e| Diag::bug(Some(func.pos), format!("strategy graph of @{}: {e}", func.name)))?;
        Ok(g)
    }

    fn add_leader(&mut self, producer: Producer, values: Vec<ValueId>, strategies: Vec<Strategy>) -> usize {
        let group = self.groups.len();
        self.groups.push(Vec::new());
        self.add_follower(producer, values, strategies, group)
    }

    fn add_follower(&mut self, producer: Producer, values: Vec<ValueId>, strategies: Vec<Strategy>, group: usize) -> usize {
        let m = self.members.len();
        for (r, v) in values.iter().enumerate() {
            self.def[v.index()] = Some((m, r));
        }
        self.members.push(Member { producer, values, strategies, group, part: None });
        self.groups[group].push(m);
        m
    }

    /// Operand `k` of op `i` passed through to its result `k` as a member of its own: it
    /// follows the operand's producer, or is free to take any layout when the operand is free.
    fn add_part(&mut self, func: &Func, cx: &CostContext, i: usize, k: usize, operand: ValueId, result: ValueId) {
        let through = |spec: &Spec, comm: f64| Strategy { factor_axes: Vec::new(), operands: vec![spec.clone()], results: vec![spec.clone()], collectives: Vec::new(), flops: 0.0, compute: 0.0, comm };
        let member = match self.def[operand.index()] {
            Some((m, r)) => {
                let strategies = self.members[m].strategies.iter().map(|s| through(&s.results[r], 0.0)).collect();
                self.add_follower(Producer::Op(i), vec![result], strategies, self.members[m].group)
            }
            None => {
                let shape = func.ty(operand).as_tensor().map_or(Vec::new(), |t| t.shape.clone());
                let strategies = strategy::tensor_specs(&shape, cx.mesh).iter().map(|spec| through(spec, least_held(spec, cx))).collect();
                self.add_leader(Producer::Op(i), vec![result], strategies)
            }
        };
        self.members[member].part = Some(k);
        if let Some(from) = self.def[operand.index()] {
            self.uses.push(Use { from, to: (member, 0) });
        }
    }

    /// Per op of the entry block, its members (one, or one per operand-result pair).
    pub fn members_of_ops(&self, ops: usize) -> Vec<Vec<usize>> {
        let mut out = vec![Vec::new(); ops];
        for (m, member) in self.members.iter().enumerate() {
            if let Producer::Op(i) = member.producer {
                out[i].push(m);
            }
        }
        out
    }

    /// The layouts `chosen` gives `func`'s values and uses (see [`FuncLayouts`]).
    pub fn layouts(&self, func: &Func, chosen: &[usize]) -> FuncLayouts {
        let ops = &func.body.entry().ops;
        let mut defs: HashMap<ValueId, Spec> = HashMap::new();
        for (i, arg) in func.args.iter().enumerate() {
            if func.ty(arg.value).as_tensor().is_some() {
                defs.insert(arg.value, self.layout(i, 0, chosen[i]).clone());
            }
        }
        let members_of_ops = self.members_of_ops(ops.len());
        let mut wants: Vec<Vec<Option<Spec>>> = Vec::with_capacity(ops.len());
        for (i, op) in ops.iter().enumerate() {
            for (r, v) in op.results.iter().enumerate() {
                if let Some((m, r)) = self.slot(&members_of_ops[i], r).filter(|_| func.ty(*v).as_tensor().is_some()) {
                    defs.insert(*v, self.layout(m, r, chosen[m]).clone());
                }
            }
            let want = |k: usize| -> Option<Spec> {
                if op.name == "func.return" {
                    // An updated argument goes back to the argument's layout.
                    let a = self.args.iter().position(|info| info.alias == Some(k))?;
                    return Some(self.layout(a, 0, chosen[a]).clone());
                }
                let (m, k) = self.slot(&members_of_ops[i], k)?;
                self.members[m].strategies[chosen[m]].operands.get(k).cloned()
            };
            wants.push((0..op.operands.len()).map(|k| want(k).filter(|_| func.ty(op.operands[k]).as_tensor().is_some())).collect());
        }
        FuncLayouts { defs, wants }
    }

    /// Which member, and which of its operands (or results), stands for operand (or result)
    /// `k` of an op whose members are `members`.
    pub fn slot(&self, members: &[usize], k: usize) -> Option<(usize, usize)> {
        match members {
            [m] if self.members[*m].part.is_none() => Some((*m, k)),
            _ => members.iter().find(|&&m| self.members[m].part == Some(k)).map(|&m| (m, 0)),
        }
    }

    fn add_returns(&mut self, ret: &Op, func: &Func) {
        for (a, info) in self.args.clone().iter().enumerate() {
            let Some(r) = info.alias else { continue };
            if let Some(from) = ret.operands.get(r).and_then(|v| self.def[v.index()]) {
                if func.ty(func.args[a].value).as_tensor().is_some() {
                    self.uses.push(Use { from, to: (a, usize::MAX) });
                }
            }
        }
    }

    /// The layout `use_` needs under the consumer's strategy `s`.
    pub fn required(&self, use_: &Use, s: usize) -> &Spec {
        let (m, k) = use_.to;
        let strategy = &self.members[m].strategies[s];
        if k == usize::MAX { &strategy.results[0] } else { &strategy.operands[k] }
    }

    /// Steers the solver away from the layouts `allowed` rejects: each strategy giving a
    /// value a rejected layout costs 10^6 s more, where the value has an allowed one.
    pub fn forbid(&mut self, allowed: &dyn Fn(ValueId, &Spec) -> bool) {
        /// Seconds added per forbidden layout: more than any plan costs, so the solver takes
        /// an allowed layout wherever one exists, yet still finds a plan where none does.
        const FORBIDDEN_S: f64 = 1e6;
        for (g, members) in self.groups.iter().enumerate() {
            for &m in members {
                let member = &self.members[m];
                for (r, &v) in member.values.iter().enumerate() {
                    if !member.strategies.iter().any(|s| allowed(v, &s.results[r])) {
                        continue;
                    }
                    for (k, s) in member.strategies.iter().enumerate() {
                        if !allowed(v, &s.results[r]) {
                            self.problem.nodes[g].costs[k] += FORBIDDEN_S;
                        }
                    }
                }
            }
        }
    }

    /// The layout member `m`'s value `r` has under strategy `s`.
    pub fn layout(&self, m: usize, r: usize, s: usize) -> &Spec {
        &self.members[m].strategies[s].results[r]
    }

    /// The resharding of value `(m, r)` of `func` from `src` to `dst`, cached.
    pub fn reshard(&mut self, func: &Func, cx: &CostContext, m: usize, r: usize, src: &Spec, dst: &Spec) -> (f64, Vec<Collective>) {
        self.priced(func, cx, m, r, src, dst, Clone::clone)
    }

    /// [`StrategyGraph::reshard`]'s seconds alone (a hit copies nothing).
    fn reshard_seconds(&mut self, func: &Func, cx: &CostContext, m: usize, r: usize, src: &Spec, dst: &Spec) -> f64 {
        self.priced(func, cx, m, r, src, dst, |p| p.0)
    }

    /// What `take` reads of the cached resharding of value `(m, r)` from `src` to `dst`,
    /// priced and cached on a miss.
    #[allow(clippy::too_many_arguments)]
    fn priced<T>(&mut self, func: &Func, cx: &CostContext, m: usize, r: usize, src: &Spec, dst: &Spec, take: impl Fn(&(f64, Vec<Collective>)) -> T) -> T {
        let Some(t) = func.ty(self.members[m].values[r]).as_tensor() else { return take(&(0.0, Vec::new())) };
        let mut key = std::mem::take(&mut self.key);
        reshard_key(&mut key, &t.shape, t.elem.byte_size(), src, dst);
        let hit = self.reshards.0.read().unwrap_or_else(|e| e.into_inner()).get(key.as_slice()).map(&take);
        let out = hit.unwrap_or_else(|| {
            let priced = reshard(cx.model, cx.mesh, &t.shape, t.elem.byte_size(), src, dst);
            let out = take(&priced);
            self.reshards.0.write().unwrap_or_else(|e| e.into_inner()).insert(key.clone(), priced);
            out
        });
        self.key = key;
        out
    }

    /// Use `u`'s unweighted resharding seconds (see `use_costs`), each distinct pair of layouts
    /// priced once.
    fn use_matrix(&mut self, func: &Func, cx: &CostContext, u: usize) -> Vec<f64> {
        let use_ = self.uses[u];
        let (m, r) = use_.from;
        let (gu, gv) = (self.members[m].group, self.members[use_.to.0].group);
        let ku = self.members[m].strategies.len();
        let kv = self.members[use_.to.0].strategies.len();
        let rank = cx.mesh.rank();
        // Layouts that pack into an integer compare as one; the others spec by spec.
        let (srcs, src_of) = distinct_layouts(ku, rank, &|s| self.layout(m, r, s));
        let (dsts, dst_of) = distinct_layouts(kv, rank, &|t| self.required(&use_, t));
        let mut price = vec![f64::NAN; srcs.len() * dsts.len()];
        let mut priced = |this: &mut StrategyGraph, i: usize, j: usize| -> f64 {
            let p = &mut price[i * dsts.len() + j];
            if p.is_nan() {
                *p = this.reshard_seconds(func, cx, m, r, &srcs[i], &dsts[j]);
            }
            *p
        };
        if gu == gv {
            return (0..ku).map(|s| priced(self, src_of[s], dst_of[s])).collect();
        }
        let mut matrix = vec![0.0; ku * kv];
        for s in 0..ku {
            for t in 0..kv {
                matrix[s * kv + t] = priced(self, src_of[s], dst_of[t]);
            }
        }
        matrix
    }

    /// Rebuilds the problem with each member's (compute, communication) weights.
    pub fn reweight(&mut self, func: &Func, cx: &CostContext, weights: Vec<(f64, f64)>) {
        assert_eq!(weights.len(), self.members.len(), "one weight per member");
        self.weights = weights;
        self.build_problem(func, cx);
    }

    fn build_problem(&mut self, func: &Func, cx: &CostContext) {
        let weights = self.weights.clone();
        let mut nodes: Vec<Node> = self
            .groups
            .iter()
            .map(|members| {
                let k = self.members[members[0]].strategies.len();
                let costs = (0..k)
                    .map(|s| {
                        members
                            .iter()
                            .map(|&m| {
                                let st = &self.members[m].strategies[s];
                                st.compute * weights[m].0 + st.comm * weights[m].1
                            })
                            .sum()
                    })
                    .collect();
                Node { name: self.member_name(func, members[0]), costs }
            })
            .collect();
        if self.use_costs.len() != self.uses.len() {
            self.use_costs = (0..self.uses.len()).map(|u| self.use_matrix(func, cx, u)).collect();
        }
        let mut edges: HashMap<(usize, usize), Vec<f64>> = HashMap::new();
        for (use_, costs) in self.uses.iter().zip(&self.use_costs) {
            let (gu, gv) = (self.members[use_.from.0].group, self.members[use_.to.0].group);
            let weight = weights[use_.to.0].1;
            if gu == gv {
                for (n, c) in nodes[gu].costs.iter_mut().zip(costs) {
                    *n += c * weight;
                }
                continue;
            }
            let (ku, kv) = (nodes[gu].costs.len(), nodes[gv].costs.len());
            let entry = edges.entry((gu, gv)).or_insert_with(|| vec![0.0; ku * kv]);
            for (e, c) in entry.iter_mut().zip(costs) {
                *e += c * weight;
            }
        }
        let mut edges: Vec<Edge> = edges.into_iter().map(|((from, to), costs)| Edge { from, to, costs }).collect();
        edges.sort_by_key(|e| (e.from, e.to));
        self.problem = Problem { nodes, edges, memory: Vec::new(), budget: None };
    }

    /// A readable name for a member: the argument's name or the op's result and name.
    pub fn member_name(&self, func: &Func, m: usize) -> String {
        match self.members[m].producer {
            Producer::Arg(i) => self.args[i].name.clone(),
            Producer::Op(i) => {
                let op = &func.body.entry().ops[i];
                format!("{} at {}:{}", op.name, op.pos.line, op.pos.col)
            }
        }
    }

    /// Each member's strategy under a choice of the problem's nodes.
    pub fn expand(&self, choice: &[usize]) -> Vec<usize> {
        self.members.iter().map(|m| choice[m.group]).collect()
    }

    /// Checks the invariants in the module docs.
    pub fn verify(&self) -> Result<(), String> {
        for (g, members) in self.groups.iter().enumerate() {
            let k = self.members[members[0]].strategies.len();
            if let Some(&m) = members.iter().find(|&&m| self.members[m].strategies.len() != k || self.members[m].group != g) {
                return Err(format!("member {m} does not line up with its group {g}"));
            }
        }
        if let Some(u) = self.uses.iter().find(|u| u.from.0 >= self.members.len() || u.to.0 >= self.members.len()) {
            return Err(format!("use {u:?} names no member"));
        }
        self.problem.verify()
    }
}

/// What a chosen plan does, priced.
#[derive(Clone, Debug, PartialEq)]
pub struct Evaluation {
    /// The objective in the planner's cost model.
    pub objective: f64,
    /// Compute part of the objective.
    pub compute: f64,
    /// Communication part of the objective.
    pub comm: f64,
    /// Collectives the plan implies, by kind, on non-scalar tensors.
    pub collectives: Vec<(CollectiveKind, usize)>,
    /// Every collective with where it happens (member, and the use for reshardings).
    pub events: Vec<(CollectiveKind, String)>,
    /// Per-device bytes: arguments plus the peak of live intermediate values.
    pub memory_bytes: f64,
    /// Of which arguments (parameters, optimizer state, inputs).
    pub argument_bytes: f64,
}

impl StrategyGraph {
    /// Prices member strategies `chosen` (one per member) under `cx`.
    pub fn evaluate(&mut self, func: &Func, cx: &CostContext, chosen: &[usize]) -> Evaluation {
        let mut counts: HashMap<CollectiveKind, usize> = HashMap::new();
        let mut events = Vec::new();
        let (mut compute, mut comm) = (0.0, 0.0);
        let scalar = |func: &Func, v: ValueId| func.ty(v).as_tensor().is_none_or(|t| t.rank() == 0 || t.num_elements() == 1);
        for (m, member) in self.members.iter().enumerate() {
            let s = &member.strategies[chosen[m]];
            compute += s.compute;
            comm += s.comm;
            for (r, c) in &s.collectives {
                if !scalar(func, member.values[*r]) {
                    *counts.entry(c.kind).or_default() += 1;
                    events.push((c.kind, self.member_name(func, m)));
                }
            }
        }
        for use_ in self.uses.clone() {
            let (m, r) = use_.from;
            let (src, dst) = (self.layout(m, r, chosen[m]).clone(), self.required(&use_, chosen[use_.to.0]).clone());
            let (cost, steps) = self.reshard(func, cx, m, r, &src, &dst);
            comm += cost;
            if !scalar(func, self.members[m].values[r]) {
                for step in steps {
                    // A gather of several dimensions' minor-most axes is one shard.all_gather
                    // per dimension.
                    let ops = if step.kind == CollectiveKind::AllGather { step.axes.len() } else { 1 };
                    *counts.entry(step.kind).or_default() += ops;
                    for _ in 0..ops {
                        events.push((step.kind, format!("{} -> {}", self.member_name(func, m), self.member_name(func, use_.to.0))));
                    }
                }
            }
        }
        let (memory_bytes, argument_bytes, _) = self.memory(func, cx, chosen);
        let collectives = CollectiveKind::ALL.iter().map(|k| (*k, counts.get(k).copied().unwrap_or(0))).collect();
        Evaluation { objective: compute + comm, compute, comm, collectives, events, memory_bytes, argument_bytes }
    }

    /// Seconds of one step under `chosen`, priced with `cx` (its model should be
    /// [`CostModel::Analytic`](super::comm::CostModel)): compute of every op plus every
    /// collective and resharding, nothing overlapped.
    pub fn step_seconds(&self, func: &Func, cx: &CostContext, chosen: &[usize]) -> f64 {
        let mut total = 0.0;
        for (m, member) in self.members.iter().enumerate() {
            let s = &member.strategies[chosen[m]];
            if s.flops > 0.0 {
                let elem = member.values.first().and_then(|v| func.ty(*v).as_tensor()).map_or(alpa_stablehlo::ElemType::F32, |t| t.elem);
                total += super::comm::compute_seconds(s.flops, elem, cx.device, cx.device.efficiency);
            }
            total += s.collectives.iter().map(|(_, c)| c.kind.cost(cx.model, cx.mesh, c.bytes, &c.axes)).sum::<f64>();
        }
        for use_ in &self.uses {
            let (m, r) = use_.from;
            let Some(t) = func.ty(self.members[m].values[r]).as_tensor() else { continue };
            total += reshard(cx.model, cx.mesh, &t.shape, t.elem.byte_size(), self.layout(m, r, chosen[m]), self.required(use_, chosen[use_.to.0])).0;
        }
        total
    }

    /// Whether argument `a` is donated: the step returns its updated value (a parameter or
    /// optimizer state), so XLA writes the new value into its buffer once it is last read,
    /// as JAX's `donate_argnums` (and Alpa, by default) asks.
    pub fn donated(&self, a: usize) -> bool {
        self.args.get(a).is_some_and(|info| info.alias.is_some())
    }

    /// When each op result and donated argument is alive: `(member, result, first op, last
    /// op)`, op positions in the entry block, from its definition (0 for an argument) to its
    /// last use (inclusive).
    /// Values XLA fuses away are left out, as the compute model leaves out their traffic: the
    /// result of an elementwise op or broadcast read by one op only, itself elementwise or a
    /// reduction, within [`FUSION_WINDOW`] ops (the chain becomes one kernel, and only what
    /// leaves it reaches device memory).
    fn lifetimes(&self, func: &Func) -> Vec<(usize, usize, usize, usize)> {
        /// No op reads the value.
        const UNREAD: usize = usize::MAX;
        /// Several ops read the value.
        const SHARED: usize = usize::MAX - 1;
        let ops = &func.body.entry().ops;
        let mut last_use: Vec<Option<usize>> = vec![None; func.values.len()];
        // Per value, the one op reading it, else `UNREAD` or `SHARED`.
        let mut reader = vec![UNREAD; func.values.len()];
        for (i, op) in ops.iter().enumerate() {
            for v in &op.operands {
                last_use[v.index()] = Some(i);
                let r = &mut reader[v.index()];
                *r = if *r == UNREAD || *r == i { i } else { SHARED };
            }
        }
        let fused = |i: usize, v: &ValueId| -> bool {
            let j = reader[v.index()];
            j < SHARED && fusible_producer(&ops[i]) && fusible_consumer(&ops[j]) && j <= i + FUSION_WINDOW
        };
        let mut out = Vec::new();
        for (a, arg) in func.args.iter().enumerate() {
            if self.donated(a) {
                out.push((a, 0, 0, last_use[arg.value.index()].unwrap_or(0)));
            }
        }
        for (m, member) in self.members.iter().enumerate() {
            let Producer::Op(i) = member.producer else { continue };
            for (r, v) in member.values.iter().enumerate() {
                if !fused(i, v) {
                    out.push((m, r, i, last_use[v.index()].unwrap_or(i).max(i)));
                }
            }
        }
        out
    }

    fn value_bytes(&self, func: &Func, cx: &CostContext, m: usize, r: usize, s: usize) -> f64 {
        let v = self.members[m].values[r];
        func.ty(v).as_tensor().map_or(0.0, |t| local_bytes(&t.shape, t.elem.byte_size(), &self.members[m].strategies[s].results[r], cx.mesh))
    }

    /// Per-device bytes under `chosen`: every argument not donated for the whole step, plus
    /// the donated arguments and op results alive at the fullest point (see
    /// [`StrategyGraph::lifetimes`]; free values are made where they are used and not
    /// counted). Returns `(peak, all arguments, the op position of the peak)`.
    pub fn memory(&self, func: &Func, cx: &CostContext, chosen: &[usize]) -> (f64, f64, usize) {
        let (mut args, mut kept) = (0.0, 0.0);
        for a in 0..func.args.len() {
            let bytes = self.value_bytes(func, cx, a, 0, chosen[a]);
            args += bytes;
            if !self.donated(a) {
                kept += bytes;
            }
        }
        let n = func.body.entry().ops.len();
        let mut delta = vec![0.0f64; n + 1];
        for (m, r, start, end) in self.lifetimes(func) {
            let b = self.value_bytes(func, cx, m, r, chosen[m]);
            delta[start] += b;
            delta[end + 1] -= b;
        }
        let (mut live, mut peak, mut at) = (0.0f64, 0.0f64, 0);
        for (i, d) in delta.iter().enumerate().take(n) {
            live += d;
            if live > peak {
                (peak, at) = (live, i);
            }
        }
        (kept + peak, args, at)
    }

    /// The memory row at op position `at`: the arguments and the op results alive there, in
    /// terms of their groups' strategies. The planner adds rows where a plan overflows, one at
    /// a time (constraint generation), rather than one per op as Alpa does.
    pub fn memory_row_at(&self, func: &Func, cx: &CostContext, at: usize) -> MemoryRow {
        let terms_of = |m: usize, r: usize| -> (usize, Vec<f64>) {
            let k = self.members[m].strategies.len();
            (self.members[m].group, (0..k).map(|s| self.value_bytes(func, cx, m, r, s)).collect())
        };
        let mut terms: Vec<(usize, Vec<f64>)> = (0..func.args.len()).filter(|&a| !self.donated(a)).map(|a| terms_of(a, 0)).collect();
        for (m, r, start, end) in self.lifetimes(func) {
            if start <= at && at <= end {
                terms.push(terms_of(m, r));
            }
        }
        let op = &func.body.entry().ops[at];
        MemoryRow { name: format!("at {} {}:{}", op.name, op.pos.line, op.pos.col), terms }
    }
}

/// The price that breaks ties between layouts a value may take for free (an argument's, a
/// free value's) towards the one holding the least per device: 1 ns (or 1e-9 of Alpa's unit)
/// at most, below any collective's price, so inputs that can be sliced for free arrive sliced.
fn least_held(spec: &Spec, cx: &CostContext) -> f64 {
    1e-9 * strategy::tiles_share(spec, cx.mesh)
}

/// Per op of `func`'s entry block, the earlier op it repeats, if any: the same name,
/// attributes, regions and result types on the same values, looking through
/// `optimization_barrier` (whose results are its operands). This is how a remat backward
/// recomputes its forward; the graph runs each repeat with its original's strategy, which
/// keeps recomputation as cheap to plan as the forward (the recompute, the forward and the
/// backward all read the same weights, and three chains tied only through them would make
/// the elimination tables too big to stay exact). Functions without a barrier have none.
pub fn repeats(func: &Func) -> Vec<Option<usize>> {
    let ops = &func.body.entry().ops;
    let mut out = vec![None; ops.len()];
    if !ops.iter().any(|op| op.name == "stablehlo.optimization_barrier") {
        return out;
    }
    // Per value, the value it equals.
    let mut canon: Vec<ValueId> = (0..func.values.len() as u32).map(ValueId).collect();
    let mut first: HashMap<String, usize> = HashMap::new();
    for (i, op) in ops.iter().enumerate() {
        if op.name == "stablehlo.optimization_barrier" {
            for (o, r) in op.operands.iter().zip(&op.results) {
                canon[r.index()] = canon[o.index()];
            }
            continue;
        }
        if op.name == "func.return" || op.results.is_empty() {
            continue;
        }
        let key = repeat_key(func, op, &canon);
        match first.get(&key) {
            Some(&j) => {
                out[i] = Some(j);
                for (r, o) in op.results.iter().zip(&ops[j].results) {
                    canon[r.index()] = canon[o.index()];
                }
            }
            None => {
                first.insert(key, i);
            }
        }
    }
    out
}

/// What `op` computes, as text: name, operands (as the values they equal), attributes other
/// than placement, result types, and its regions with their own values numbered locally.
fn repeat_key(func: &Func, op: &Op, canon: &[ValueId]) -> String {
    use std::fmt::Write;
    let mut key = op.name.clone();
    for v in &op.operands {
        let _ = write!(key, " {}", canon[v.index()].0);
    }
    for (name, attr) in op.attrs.iter().filter(|(name, _)| !is_placement(name)) {
        let _ = write!(key, " {name}={attr:?}");
    }
    for r in &op.results {
        let _ = write!(key, " : {}", func.ty(*r));
    }
    if !op.regions.is_empty() {
        // Values made inside are numbered in order of definition; others are named as above.
        let mut local: HashMap<ValueId, usize> = HashMap::new();
        fn walk(regions: &[alpa_stablehlo::ir::Region], func: &Func, canon: &[ValueId], local: &mut HashMap<ValueId, usize>, key: &mut String) {
            for block in regions.iter().flat_map(|r| &r.blocks) {
                for a in &block.args {
                    let n = local.len();
                    local.insert(*a, n);
                    let _ = write!(key, " ^{n}:{}", func.ty(*a));
                }
                for op in &block.ops {
                    let _ = write!(key, " ({}", op.name);
                    for v in &op.operands {
                        match local.get(v) {
                            Some(n) => write!(key, " ^{n}"),
                            None => write!(key, " {}", canon[v.index()].0),
                        }
                        .ok();
                    }
                    for (name, attr) in &op.attrs {
                        let _ = write!(key, " {name}={attr:?}");
                    }
                    walk(&op.regions, func, canon, local, key);
                    for r in &op.results {
                        let n = local.len();
                        local.insert(*r, n);
                        let _ = write!(key, " ^{n}:{}", func.ty(*r));
                    }
                    key.push(')');
                }
            }
        }
        walk(&op.regions, func, canon, &mut local, &mut key);
    }
    key
}

/// Per value of `func`: whether it is *free* (see the module docs): made by a constant or an
/// iota, or by an op with a sharding rule from free values alone.
pub fn free_values(func: &Func) -> Vec<bool> {
    let mut free = vec![false; func.values.len()];
    for op in &func.body.entry().ops {
        let made_free =
            matches!(op.name.as_str(), "stablehlo.constant" | "stablehlo.iota") || (!op.operands.is_empty() && op.operands.iter().all(|v| free[v.index()]) && sharding_rule(op, func).is_some());
        if made_free {
            for r in &op.results {
                free[r.index()] = true;
            }
        }
    }
    free
}

/// How far apart (in op positions) an elementwise producer and its reader may be for the
/// memory model to count them as one fused kernel.
const FUSION_WINDOW: usize = 32;

fn elementwise(op: &Op) -> bool {
    matches!(alpa_stablehlo::catalogue::op_def(&op.name).map(|d| &d.kind), Some(alpa_stablehlo::catalogue::OpKind::Elementwise { .. }))
}

/// Ops whose result XLA computes inside the kernel reading it: elementwise ops and broadcasts.
fn fusible_producer(op: &Op) -> bool {
    op.name == "stablehlo.broadcast_in_dim" || elementwise(op)
}

/// Ops that take a fusible producer into their kernel: elementwise ops and reductions.
fn fusible_consumer(op: &Op) -> bool {
    op.name == "stablehlo.reduce" || elementwise(op)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn aliases_from_jax_names() {
        let module = alpa_stablehlo::parse_module(
            r#"func.func public @main(%arg0: tensor<4xf32> loc("params['fc']['bias']"), %arg1: tensor<4xf32> loc("opt_state[0].mu['fc']['bias']"), %arg2: tensor<4xf32> loc("batch[0]"))
    -> (tensor<f32> {jax.result_info = "result[0]"}, tensor<4xf32> {jax.result_info = "result[1]['fc']['bias']"}, tensor<4xf32> {jax.result_info = "result[2][0].mu['fc']['bias']"}) {
  %0 = stablehlo.constant dense<0.0> : tensor<f32>
  return %0, %arg0, %arg1 : tensor<f32>, tensor<4xf32>, tensor<4xf32>
}"#,
        )
        .unwrap();
        let infos = arg_infos(module.funcs().next().unwrap());
        let got: Vec<(&str, Option<usize>, bool)> = infos.iter().map(|i| (i.name.as_str(), i.alias, i.optimizer_state)).collect();
        assert_eq!(got, [("params['fc']['bias']", Some(1), false), ("opt_state[0].mu['fc']['bias']", Some(2), true), ("batch[0]", None, false)]);
    }

    fn cpu_mesh(shape: Vec<usize>) -> (super::super::cluster::ClusterSpec, Vec<usize>) {
        let n = shape.iter().product();
        (super::super::cluster::ClusterSpec::load("cpu").unwrap(), (0..n).collect())
    }

    /// A Megatron MLP under remat: the backward recomputes `x·w1·w2` from a barrier on both
    /// weights and the input.
    const REMAT_MLP: &str = r#"func.func public @main(%w1: tensor<64x256xf32> loc("params['w1']"), %w2: tensor<256x64xf32> loc("params['w2']"), %x: tensor<32x64xf32> loc("batch[0]")) -> (tensor<32x64xf32>, tensor<32x64xf32>) {
  %0 = stablehlo.dot_general %x, %w1, contracting_dims = [1] x [0] : (tensor<32x64xf32>, tensor<64x256xf32>) -> tensor<32x256xf32>
  %1 = stablehlo.tanh %0 : tensor<32x256xf32>
  %2 = stablehlo.dot_general %1, %w2, contracting_dims = [1] x [0] : (tensor<32x256xf32>, tensor<256x64xf32>) -> tensor<32x64xf32>
  %3:3 = stablehlo.optimization_barrier %w1, %w2, %x : tensor<64x256xf32>, tensor<256x64xf32>, tensor<32x64xf32>
  %4 = stablehlo.dot_general %3#2, %3#0, contracting_dims = [1] x [0] : (tensor<32x64xf32>, tensor<64x256xf32>) -> tensor<32x256xf32>
  %5 = stablehlo.tanh %4 : tensor<32x256xf32>
  %6 = stablehlo.dot_general %5, %3#1, contracting_dims = [1] x [0] : (tensor<32x256xf32>, tensor<256x64xf32>) -> tensor<32x64xf32>
  return %2, %6 : tensor<32x64xf32>, tensor<32x64xf32>
}"#;

    #[test]
    fn remat_recompute_repeats_its_forward() {
        let module = alpa_stablehlo::parse_module(REMAT_MLP).unwrap();
        let func = module.funcs().next().unwrap();
        assert_eq!(repeats(func), [None, None, None, None, Some(0), Some(1), Some(2), None]);
    }

    #[test]
    fn each_barrier_operand_keeps_its_own_layout() {
        let module = alpa_stablehlo::parse_module(REMAT_MLP).unwrap();
        let func = module.funcs().next().unwrap();
        let (cluster, devices) = cpu_mesh(vec![4]);
        let mesh = super::super::mesh::LogicalMesh::from_cluster(&cluster, vec![4], devices).unwrap();
        let device = cluster.devices.values().next().unwrap().clone();
        let cx = CostContext { mesh: &mesh, model: super::super::comm::CostModel::Analytic, device: &device, reduce_scatter: true };
        // ZeRO-3: both weights stay sharded. One member for the whole barrier could keep only
        // one of them sharded, and the recompute would all-gather the other.
        let policy = |info: &ArgInfo| if info.name.starts_with("params") { ArgPolicy::FullySharded } else { ArgPolicy::Any };
        let mut graph = StrategyGraph::build(func, &cx, &policy).unwrap();
        let parts: Vec<Option<usize>> = graph.members_of_ops(8)[3].iter().map(|&m| graph.members[m].part).collect();
        assert_eq!(parts, [Some(0), Some(1), Some(2)]);
        let solution = super::super::dp::solve(&graph.problem, &super::super::dp::DpOptions::default()).unwrap();
        let chosen = graph.expand(&solution.choice);
        let evaluation = graph.evaluate(func, &cx, &chosen);
        let gathers = evaluation.collectives.iter().find(|(k, _)| *k == CollectiveKind::AllGather).map_or(0, |(_, n)| *n);
        assert_eq!(gathers, 0, "{evaluation:?}");
        // The recompute runs as the forward did.
        let members = graph.members_of_ops(8);
        for (original, repeat) in [(0, 4), (2, 6)] {
            let (a, b) = (members[original][0], members[repeat][0]);
            assert_eq!(graph.members[a].group, graph.members[b].group);
            assert_eq!(graph.members[a].strategies[chosen[a]], graph.members[b].strategies[chosen[b]]);
        }
    }

    #[test]
    fn donated_arguments_are_updated_in_place() {
        let module = alpa_stablehlo::parse_module(
            r#"func.func public @main(%arg0: tensor<1024xf32> loc("params['a']"), %arg1: tensor<1024xf32> loc("params['b']"))
    -> (tensor<1024xf32> {jax.result_info = "result[0]['a']"}, tensor<1024xf32> {jax.result_info = "result[0]['b']"}) {
  %0 = stablehlo.negate %arg0 : tensor<1024xf32>
  %1 = stablehlo.negate %arg1 : tensor<1024xf32>
  return %0, %1 : tensor<1024xf32>, tensor<1024xf32>
}"#,
        )
        .unwrap();
        let func = module.funcs().next().unwrap();
        let (cluster, devices) = cpu_mesh(vec![1]);
        let mesh = super::super::mesh::LogicalMesh::from_cluster(&cluster, vec![1], devices).unwrap();
        let device = cluster.devices.values().next().unwrap().clone();
        let cx = CostContext { mesh: &mesh, model: super::super::comm::CostModel::Analytic, device: &device, reduce_scatter: true };
        let graph = StrategyGraph::build(func, &cx, &|_| ArgPolicy::Any).unwrap();
        assert!(graph.donated(0) && graph.donated(1));
        // `a` is dead once its new value is made: three tensors at most, not four.
        let (peak, args, _) = graph.memory(func, &cx, &vec![0; graph.members.len()]);
        assert_eq!((peak, args), (3.0 * 4096.0, 2.0 * 4096.0));
    }
}
