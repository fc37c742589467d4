//! Staged partitioning: what `alpa-partition` makes of a module `alpa-parallelize` cut into
//! pipeline stages. Each stage becomes SPMD programs on its own grid, and the entry function
//! becomes the pipeline driver that `alpa-run --backend=sim` executes on the schedule.
//!
//! - Expects: the entry function as `alpa-cluster-stages` writes it: calls of
//!   `@stage<k>_forward` / `@stage<k>_backward` (each with `alpa.stage`, `alpa.devices`,
//!   `alpa.logical_mesh`) and a return, with `alpa.microbatches`, `alpa.schedule` and
//!   `alpa.cluster` on it.
//! - Micro-batching is exact or refused. Each op of the step runs either once per
//!   micro-batch (forward or backward) or once per step (update). Per value, over the
//!   micro-batches: *batched* values carry the batch (their micro-batch slices are
//!   independent), *partial* values are sums over examples (a weight gradient, the loss), so
//!   the step's value is the sum of the micro-batches' ones; *invariant* values do not depend
//!   on the data. An op runs once per step when it reads a value made once per step, or a
//!   partial value other than linearly (`w - lr * g`; `g1 + g2` and `lr * g` stay per
//!   micro-batch); what it reads from the micro-batches is accumulated first (partial: summed;
//!   invariant: the last micro-batch's); a remat `optimization_barrier` passes each operand
//!   through as what it is. An op that runs once per step and reads a batched
//!   value, or that reduces the batch other than by a sum, is refused with a located error.
//! - Guarantees: one `shard.grid @stage<k>_mesh` per stage, of its logical mesh. Each stage's
//!   ops, on one micro-batch, are laid out as its stage functions' `shard` annotations say
//!   (the plan `alpa-cluster-stages` priced: each annotated value where it is made, each read
//!   through its `annotate_for_users` chain; the return of an updated weight back to the
//!   weight's layout; a stage whose functions carry no annotations is planned here as one
//!   function on that mesh with `alpa-auto-shard`'s planner at the stage's ZeRO level),
//!   partitioned like the single-grid case, and cut into
//!   `@stage<k>_forward`, `@stage<k>_backward` and `@stage<k>_update` (`alpa.phase`, `alpa.grid`;
//!   arguments and results with `alpa.split_axes` and `alpa.global_shape`). The entry function,
//!   in global types of one micro-batch, is the driver: `alpa.microbatch` slices a data argument,
//!   `alpa.stage_call` runs a stage program, `alpa.transfer` moves a value between stage grids
//!   (to the layout its reader wants), `alpa.accumulate` combines a value over the micro-batches
//!   (`sum`, `concat` along a dimension, `last`); `alpa.program` holds each stage's instruction
//!   list.
//! - Errors: an annotation naming a grid that is not the stage's logical mesh, or a value
//!   one stage's functions lay out two ways; see also `alpa-partition`'s.
//!
//! ```mlir
//! %0 = "alpa.microbatch"(%arg0) {dim = 0 : i64} : (tensor<32x8xf32>) -> tensor<8x8xf32>
//! %1 = "alpa.stage_call"(%0, %arg1) {callee = @stage0_forward} : (...) -> tensor<8x8xf32>
//! %2 = "alpa.transfer"(%1) {from = @stage0_mesh, split_axes = #shard<axisarray[[0]]>, to = @stage1_mesh} : ...
//! %8 = "alpa.accumulate"(%7) {kind = "sum"} : (tensor<8x8xf32>) -> tensor<8x8xf32>
//! %9 = "alpa.stage_call"(%8, %arg1) {callee = @stage0_update} : (...) -> tensor<8x8xf32>
//! ```

use super::partition::{local_type, partition_with_layouts, reshard, set_attr};
use crate::analysis::cluster::ClusterSpec;
use crate::analysis::mesh::LogicalMesh;
use crate::analysis::microbatch::{self, BatchDims};
use crate::analysis::reshard::{Spec, from_sharding, to_sharding};
use crate::analysis::schedule::{self, ScheduleKind};
use crate::analysis::strategy_graph::{ArgInfo, arg_infos};
use crate::rewrite::{clone_ops, remap_uses};
use crate::shard::auto_shard::{AutoShard, annotate_layouts, annotated, use_path};
use crate::stage::cluster_stages::grid_name;
use alpa_stablehlo::attr::{Attr, DenseData, Literal};
use alpa_stablehlo::ir::{Arg, FuncResult, Item, Module, Op, Pos, Region, ValueId, Visibility};
use alpa_stablehlo::shard::{Grid, SHARD_OP, SHARDING_OP, Sharding};
use alpa_stablehlo::{Diag, ElemType, Func, Type};
use std::collections::HashMap;

/// When an op runs: once per micro-batch (forward, backward) or once per step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
enum Phase {
    Forward,
    Backward,
    Update,
}

impl Phase {
    const ALL: [Phase; 3] = [Phase::Forward, Phase::Backward, Phase::Update];

    fn name(self) -> &'static str {
        match self {
            Phase::Forward => "forward",
            Phase::Backward => "backward",
            Phase::Update => "update",
        }
    }

    fn from_name(name: &str) -> Option<Phase> {
        Phase::ALL.into_iter().find(|p| p.name() == name)
    }
}

/// What a per-micro-batch value is over the micro-batches (see the module docs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Invariant,
    Batched(usize),
    Partial,
}

/// The op attribute that carries an op's phase through planning and partitioning.
const PHASE_ATTR: &str = "alpa.pipeline_phase";

/// Whether `module`'s entry function calls stage functions (`alpa-parallelize`'s output).
pub(crate) fn is_staged(module: &Module) -> bool {
    module.entry().is_some_and(|main| main.body.entry().ops.iter().any(|op| op.name == "func.call" && callee(op).and_then(|c| module.func(c)).is_some_and(|f| f.attr("alpa.stage").is_some())))
}

fn callee(op: &Op) -> Option<&str> {
    match op.attr("callee") {
        Some(Attr::Symbol(s)) => Some(s),
        _ => None,
    }
}

/// A stage as the stage functions describe it.
struct StageInfo {
    devices: Vec<usize>,
    logical_mesh: Vec<usize>,
    attrs: Vec<(String, Attr)>,
}

/// The staged program flattened back into one function, each op with its stage and the
/// part it was outlined into (forward or backward).
struct Flat {
    func: Func,
    stage: Vec<usize>,
    part: Vec<Phase>,
    stages: Vec<StageInfo>,
    /// Which argument each argument value is.
    arg_of: HashMap<ValueId, usize>,
    /// What each argument is to the step (parameter, optimizer state, data).
    infos: Vec<ArgInfo>,
    /// Per stage, the plan its functions' `shard` annotations spell.
    plans: Vec<StagePlanned>,
}

/// A stage's intra-op plan as its functions' `shard` annotations spell it, in the flat
/// function's values and ops (the annotations themselves are taken out of the flat function).
#[derive(Default)]
struct StagePlanned {
    /// Whether the stage's functions carry annotations at all (else the stage is planned here).
    annotated: bool,
    /// The layout each annotated value is made in.
    defs: HashMap<ValueId, Spec>,
    /// Per op (index in the flat function) and operand, the layouts it is read through.
    chains: HashMap<(usize, usize), Vec<Spec>>,
}

/// Rewrites a staged module (see the module docs).
pub(crate) fn partition_stages(module: &Module) -> Result<Module, Diag> {
    let main = module.entry().ok_or_else(|| Diag::bug(None, "alpa-partition: no entry function"))?;
    let int_attr = |key: &str, default: i64| main.attr(key).and_then(Attr::as_int).unwrap_or(default);
    let microbatches = int_attr("alpa.microbatches", 1).max(1) as usize;
    let schedule_name = main.attr("alpa.schedule").and_then(Attr::as_str).unwrap_or("1f1b");
    let schedule = ScheduleKind::parse(schedule_name).ok_or_else(|| Diag::input(main.pos, format!("alpa-partition: alpa.schedule = \"{schedule_name}\" is not 1f1b or gpipe")))?;
    let cluster = stage_cluster(main)?;
    let flat = flatten(module, main)?;
    // One micro-batch splits nothing: the batch need only be found.
    let dims = if microbatches == 1 { BatchDims::find(&flat.func)? } else { BatchDims::of(&flat.func)? };
    let (phase, kind) = phases(&flat.func, &dims, &flat.part, microbatches)?;
    let one = microbatch::split(&flat.func, &dims, microbatches)?;
    let mut out = Module { items: Vec::new(), ..module.clone() };
    let mut programs: Vec<StageProgram> = Vec::new();
    for (k, info) in flat.stages.iter().enumerate() {
        programs.push(stage_program(&one, &flat, &phase, k, info, &cluster)?);
        out.items.push(Item::Op(programs[k].grid.to_op()));
    }
    let driver = driver(main, &flat, &one, &dims, &kind, &programs, microbatches, schedule)?;
    out.items.push(Item::Func(driver));
    for p in programs {
        out.items.extend(p.funcs.into_iter().map(|(_, f)| Item::Func(f)));
    }
    Ok(out)
}

/// The cluster the stages were planned on: `alpa.cluster`, reshaped by `alpa.cluster_shape`.
fn stage_cluster(main: &Func) -> Result<ClusterSpec, Diag> {
    let name = main.attr("alpa.cluster").and_then(Attr::as_str).unwrap_or("cpu");
    let bad = |e: String| Diag::input(main.pos, format!("alpa-partition: alpa.cluster = \"{name}\": {e}"));
    let cluster = ClusterSpec::load(name).map_err(bad)?;
    match main.attr("alpa.cluster_shape").and_then(Attr::as_int_list).as_deref() {
        Some(&[hosts, per_host]) => cluster.with_shape(hosts as usize, per_host as usize).map_err(bad),
        Some(_) => Err(bad("alpa.cluster_shape must be array<i64: hosts, devices_per_host>".into())),
        None => Ok(cluster),
    }
}

/// Inlines the stage calls of `main`, remembering each op's stage.
fn flatten(module: &Module, main: &Func) -> Result<Flat, Diag> {
    let mut func = main.clone();
    let mut ops: Vec<Op> = Vec::new();
    let mut stage: Vec<usize> = Vec::new();
    let mut part: Vec<Phase> = Vec::new();
    let mut stages: Vec<Option<StageInfo>> = Vec::new();
    let mut plans: Vec<StagePlanned> = Vec::new();
    let mut map: HashMap<ValueId, ValueId> = HashMap::new();
    for op in &main.body.entry().ops {
        match op.name.as_str() {
            "func.call" => {
                let name = callee(op).unwrap_or_default();
                let f = module.func(name).ok_or_else(|| Diag::input(op.pos, format!("'func.call' of @{name}, which the module does not define")))?;
                let k =
                    f.attr("alpa.stage").and_then(Attr::as_int).filter(|&k| k >= 0).ok_or_else(|| Diag::input(op.pos, format!("@{name} has no alpa.stage: not a stage of alpa-parallelize")))? as usize;
                let list = |key: &str| -> Result<Vec<usize>, Diag> {
                    f.attr(key)
                        .and_then(Attr::as_int_list)
                        .map(|v| v.into_iter().map(|x| x.max(0) as usize).collect())
                        .ok_or_else(|| Diag::input(f.pos, format!("stage function @{name} has no {key}")))
                };
                let info = StageInfo { devices: list("alpa.devices")?, logical_mesh: list("alpa.logical_mesh")?, attrs: f.attrs.iter().filter(|(key, _)| key != "alpa.stage").cloned().collect() };
                if info.logical_mesh.iter().product::<usize>() != info.devices.len() {
                    return Err(Diag::input(f.pos, format!("@{name}: alpa.logical_mesh {:?} does not have the {} devices of alpa.devices", info.logical_mesh, info.devices.len())));
                }
                if stages.len() <= k {
                    stages.resize_with(k + 1, || None);
                }
                let info = stages[k].get_or_insert(info);
                if plans.len() <= k {
                    plans.resize_with(k + 1, StagePlanned::default);
                }
                let stripped = strip_annotations(module, f, &info.logical_mesh)?;
                let body = &stripped.ops;
                let (ret, body) = body.split_last().filter(|(r, _)| r.name == "func.return").ok_or_else(|| Diag::bug(Some(f.pos), format!("@{name} has no return")))?;
                let mut inner: HashMap<ValueId, ValueId> = f.args.iter().zip(&op.operands).map(|(a, v)| (a.value, *map.get(v).unwrap_or(v))).collect();
                let phase = if name.ends_with("_forward") { Phase::Forward } else { Phase::Backward };
                let first = ops.len();
                for new in clone_ops(body, &f.values, &mut func.values, &mut inner) {
                    ops.push(new);
                    stage.push(k);
                    part.push(phase);
                }
                let plan = &mut plans[k];
                plan.annotated |= stripped.annotated;
                for (v, (spec, pos)) in stripped.defs {
                    let v = *inner.get(&v).unwrap_or(&v);
                    if let Some(other) = plan.defs.get(&v).filter(|s| **s != spec) {
                        return Err(Diag::input(pos, format!("'shard.shard' in @{name} lays out as {spec:?} a value another function of stage {k} lays out as {other:?}")));
                    }
                    plan.defs.insert(v, spec);
                }
                plan.chains.extend(stripped.chains.into_iter().map(|((i, operand), chain)| ((first + i, operand), chain)));
                for (r, v) in op.results.iter().zip(&ret.operands) {
                    map.insert(*r, *inner.get(v).unwrap_or(v));
                }
            }
            "func.return" => {
                let mut ret = op.clone();
                for v in &mut ret.operands {
                    *v = *map.get(v).unwrap_or(v);
                }
                ops.push(ret);
                stage.push(usize::MAX);
                part.push(Phase::Update);
            }
            other => return Err(Diag::input(op.pos, format!("'{other}' in @{} of a staged module: the entry function may only call its stages", main.name))),
        }
    }
    let stages = stages.into_iter().enumerate().map(|(k, s)| s.ok_or_else(|| Diag::input(main.pos, format!("@{} calls no function of stage {k}", main.name)))).collect::<Result<Vec<_>, _>>()?;
    func.body.entry_mut().ops = ops;
    let arg_of = func.args.iter().enumerate().map(|(i, a)| (a.value, i)).collect();
    let infos = arg_infos(&func);
    plans.resize_with(stages.len(), StagePlanned::default);
    Ok(Flat { func, stage, part, stages, arg_of, infos, plans })
}

/// A stage function's body without its `shard` annotations, and what they say.
struct Stripped {
    /// The body, every read of an annotated value reading the value itself.
    ops: Vec<Op>,
    annotated: bool,
    /// The layout each annotated value is made in, and where the annotation is.
    defs: HashMap<ValueId, (Spec, Pos)>,
    /// Per op of `ops` and operand, the layouts it is read through.
    chains: HashMap<(usize, usize), Vec<Spec>>,
}

/// Takes the `shard.sharding` and `shard.shard` ops out of stage function `f`, whose grid has
/// the shape `logical_mesh` (see [`Stripped`]). A `shard.shard` of a value as it is made
/// gives its layout; any other (`annotate_for_users`, or of a value already resharded) is one
/// step of the resharding its readers read it through. Readers inside regions and the return
/// read the value as it is made.
fn strip_annotations(module: &Module, f: &Func, logical_mesh: &[usize]) -> Result<Stripped, Diag> {
    let mut out = Stripped { ops: Vec::new(), annotated: false, defs: HashMap::new(), chains: HashMap::new() };
    let mut shardings: HashMap<ValueId, (Sharding, Grid)> = HashMap::new();
    // Each annotation's result: the value it annotates and the layouts taken since it was made.
    let mut through: HashMap<ValueId, (ValueId, Vec<Spec>)> = HashMap::new();
    for op in &f.body.entry().ops {
        match op.name.as_str() {
            SHARDING_OP => {
                let s = Sharding::from_op(op).map_err(|e| Diag::input(op.pos, format!("'{SHARDING_OP}': {e}")))?;
                let grid = match Grid::find(module, &s.grid) {
                    Some(Ok(g)) => g,
                    Some(Err(e)) => return Err(Diag::input(op.pos, format!("'{SHARDING_OP}': grid @{}: {e}", s.grid))),
                    None => return Err(Diag::input(op.pos, format!("'{SHARDING_OP}' names grid @{}, which the module does not define", s.grid))),
                };
                if grid.shape.iter().map(|&n| n as usize).ne(logical_mesh.iter().copied()) {
                    return Err(Diag::input(op.pos, format!("'{SHARDING_OP}' in @{} names grid @{} of shape {:?}, not the stage's alpa.logical_mesh {logical_mesh:?}", f.name, s.grid, grid.shape)));
                }
                shardings.insert(op.results[0], (s, grid));
                out.annotated = true;
            }
            SHARD_OP => {
                let (sharding, grid) = shardings.get(&op.operands[1]).ok_or_else(|| Diag::input(op.pos, format!("'{SHARD_OP}' names a sharding no {SHARDING_OP} op in @{} defines", f.name)))?;
                let rank = f.ty(op.operands[0]).as_tensor().map_or(0, |t| t.rank());
                sharding.verify(rank, grid).map_err(|e| Diag::input(op.pos, format!("'{SHARD_OP}': {e}")))?;
                let spec = from_sharding(sharding, rank);
                let (value, mut chain) = through.get(&op.operands[0]).cloned().unwrap_or((op.operands[0], Vec::new()));
                if chain.is_empty() && op.attr("annotate_for_users").is_none() && !out.defs.contains_key(&value) {
                    out.defs.insert(value, (spec, op.pos));
                } else {
                    chain.push(spec);
                }
                through.insert(op.results[0], (value, chain));
            }
            _ => {
                let mut op = op.clone();
                remap_uses(&mut op.regions, &|v| through.get(&v).map(|(value, _)| *value));
                for (k, v) in op.operands.iter_mut().enumerate() {
                    if let Some((value, chain)) = through.get(v) {
                        if !chain.is_empty() && op.name != "func.return" {
                            out.chains.insert((out.ops.len(), k), chain.clone());
                        }
                        *v = *value;
                    }
                }
                out.ops.push(op);
            }
        }
    }
    Ok(out)
}

/// The values `members` (indices into `ops`, which read `read`) read but do not make, in the
/// order first read, and per value whether the members make it.
fn read_from_outside(ops: &[Op], read: &[Vec<ValueId>], members: &[usize], values: usize) -> (Vec<ValueId>, Vec<bool>) {
    let mut made = vec![false; values];
    for &i in members {
        for r in &ops[i].results {
            made[r.index()] = true;
        }
    }
    let mut outside: Vec<ValueId> = Vec::new();
    let mut seen = vec![false; values];
    for &i in members {
        for &v in &read[i] {
            if !made[v.index()] && !std::mem::replace(&mut seen[v.index()], true) {
                outside.push(v);
            }
        }
    }
    (outside, made)
}

/// Every value an op reads: its operands and the outer values its regions capture.
fn reads(op: &Op) -> Vec<ValueId> {
    fn nested(regions: &[Region], inner: &mut Vec<ValueId>, out: &mut Vec<ValueId>) {
        for r in regions {
            for b in &r.blocks {
                inner.extend(&b.args);
                for op in &b.ops {
                    out.extend(op.operands.iter().filter(|v| !inner.contains(v)));
                    nested(&op.regions, inner, out);
                    inner.extend(&op.results);
                }
            }
        }
    }
    let mut out = op.operands.clone();
    nested(&op.regions, &mut Vec::new(), &mut out);
    out
}

/// Each top-level op's phase and each value's kind over the micro-batches (see the module
/// docs): an op runs in the part it was outlined into (`part`), or once per step.
fn phases(func: &Func, dims: &BatchDims, part: &[Phase], microbatches: usize) -> Result<(Vec<Phase>, Vec<Kind>), Diag> {
    let ops = &func.body.entry().ops;
    if microbatches == 1 {
        // One micro-batch is the whole batch: every op runs where it was outlined.
        let kind = dims.dim.iter().map(|d| d.map_or(Kind::Invariant, Kind::Batched)).collect();
        return Ok((part.to_vec(), kind));
    }
    let mut kind = vec![Kind::Invariant; func.values.len()];
    let mut once = vec![false; func.values.len()];
    for &a in &dims.data_args {
        let v = func.args[a].value;
        kind[v.index()] = Kind::Batched(dims.dim[v.index()].unwrap_or(0));
    }
    let mut def: Vec<Option<usize>> = vec![None; func.values.len()];
    for (i, op) in ops.iter().enumerate() {
        for r in &op.results {
            def[r.index()] = Some(i);
        }
    }
    let zero = |v: &ValueId| is_zero_constant(*v, ops, &def);
    let mut phase = part.to_vec();
    for (i, op) in ops.iter().enumerate() {
        if op.name == "func.return" {
            continue;
        }
        let read = reads(op);
        // A remat barrier passes each operand through to its result: batched activations and
        // invariant weights side by side, each keeping what it is.
        if op.name == "stablehlo.optimization_barrier" && !read.iter().any(|v| once[v.index()]) {
            for (r, v) in op.results.iter().zip(&op.operands) {
                kind[r.index()] = kind[v.index()];
            }
            continue;
        }
        let partial: Vec<bool> = op.operands.iter().map(|v| kind[v.index()] == Kind::Partial).collect();
        let reads_partial = read.iter().any(|v| kind[v.index()] == Kind::Partial);
        let late = read.iter().any(|v| once[v.index()]) || (reads_partial && !linear(op, &partial, &kind, func, &zero));
        if late {
            if let Some(v) = read.iter().find(|v| matches!(kind[v.index()], Kind::Batched(_))) {
                return Err(Diag::unsupported(
                    op.pos,
                    format!(
                        "micro-batching would change what '{}' computes: it must run once per step (it reads a sum over the micro-batches other than linearly) but also reads %{}, which differs per example",
                        op.name,
                        v.index()
                    ),
                ));
            }
            phase[i] = Phase::Update;
            for r in &op.results {
                once[r.index()] = true;
            }
            continue;
        }
        if reads_partial && op.results.iter().any(|r| dims.dim[r.index()].is_some()) {
            return Err(Diag::unsupported(
                op.pos,
                format!(
                    "micro-batching would change what '{}' computes: it spreads a sum over the batch (a batch statistic) back over the examples, and a micro-batch has only its own examples' sum",
                    op.name
                ),
            ));
        }
        let batched_in = read.iter().any(|v| matches!(kind[v.index()], Kind::Batched(_)));
        for r in &op.results {
            kind[r.index()] = match dims.dim[r.index()] {
                Some(d) => Kind::Batched(d),
                None if batched_in || reads_partial => Kind::Partial,
                None => Kind::Invariant,
            };
        }
        if batched_in && op.results.iter().any(|r| dims.dim[r.index()].is_none()) && !sums_examples(op, &zero) {
            return Err(Diag::unsupported(op.pos, format!("micro-batching would change what '{}' computes: it reduces over the batch other than by a sum", op.name)));
        }
    }
    Ok((phase, kind))
}

/// Whether `op` is linear in its partial operands (`partial`), the others invariant: then
/// the sum of its per-micro-batch results is its result on the step's sums.
fn linear(op: &Op, partial: &[bool], kind: &[Kind], func: &Func, zero: &dyn Fn(&ValueId) -> bool) -> bool {
    let others_invariant = op.operands.iter().zip(partial).all(|(v, &p)| p || kind[v.index()] == Kind::Invariant);
    let captured_partial = reads(op)[op.operands.len()..].iter().any(|v| kind[v.index()] == Kind::Partial);
    if !others_invariant || captured_partial {
        return false;
    }
    let n = partial.iter().filter(|&&p| p).count();
    match op.name.as_str() {
        "stablehlo.add" | "stablehlo.subtract" | "stablehlo.concatenate" => n == partial.len(),
        "stablehlo.negate" | "stablehlo.reshape" | "stablehlo.transpose" | "stablehlo.broadcast_in_dim" | "stablehlo.slice" | "stablehlo.reverse" | "stablehlo.copy" => true,
        "stablehlo.convert" => func.ty(op.results[0]).as_tensor().is_some_and(|t| t.elem.is_float()),
        "stablehlo.multiply" | "stablehlo.dot_general" | "stablehlo.dot" => n == 1,
        "stablehlo.divide" => partial == [true, false],
        "stablehlo.select" => partial == [false, true, true],
        "stablehlo.reduce" => partial[..op.operands.len() / 2].iter().all(|&p| p) && adds_into_zeros(op, zero),
        _ => false,
    }
}

/// Whether an op that takes the batch away sums over the examples: a contraction, or a
/// reduction or scatter that adds into zeros.
fn sums_examples(op: &Op, zero: &dyn Fn(&ValueId) -> bool) -> bool {
    match op.name.as_str() {
        "stablehlo.dot_general" | "stablehlo.dot" | "stablehlo.convolution" => true,
        "stablehlo.reduce" | "stablehlo.scatter" => adds_into_zeros(op, zero),
        _ => false,
    }
}

/// Whether a reduce (inits: its second half of operands) or a single scatter (init: its first
/// operand, as an embedding's gradient scatters the examples' updates) adds into zeros: its
/// body is one `stablehlo.add` of its two block arguments and its inits are zero constants.
fn adds_into_zeros(op: &Op, zero: &dyn Fn(&ValueId) -> bool) -> bool {
    let inits = match op.name.as_str() {
        "stablehlo.reduce" => &op.operands[op.operands.len() / 2..],
        "stablehlo.scatter" if op.operands.len() == 3 => &op.operands[..1],
        _ => return false,
    };
    let Some(block) = op.regions.first().and_then(|r| r.blocks.first()) else { return false };
    let adds = match block.ops.as_slice() {
        [add, ret] => add.name == "stablehlo.add" && ret.name == "stablehlo.return" && ret.operands == add.results && add.operands.iter().all(|v| block.args.contains(v)),
        _ => false,
    };
    adds && inits.iter().all(zero)
}

/// Whether `v` is made (per `def`, indices into `ops`) by a `stablehlo.constant` of zeros, or
/// broadcast from one.
fn is_zero_constant(v: ValueId, ops: &[Op], def: &[Option<usize>]) -> bool {
    let Some(def_op) = def[v.index()].map(|i| &ops[i]) else { return false };
    if def_op.name == "stablehlo.broadcast_in_dim" {
        return is_zero_constant(def_op.operands[0], ops, def);
    }
    match Some(def_op).filter(|op| op.name == "stablehlo.constant").and_then(|op| op.attr("value")) {
        Some(Attr::Dense { data: DenseData::Splat(l), .. }) => is_zero(l),
        Some(Attr::Dense { data: DenseData::Elements(ls), .. }) => ls.iter().all(is_zero),
        _ => false,
    }
}

fn is_zero(l: &Literal) -> bool {
    match l {
        Literal::Int(i) => *i == 0,
        Literal::Float(f) => *f == 0.0,
        Literal::Bool(b) => !b,
        _ => false,
    }
}

/// One stage, partitioned and cut into its phases' programs.
struct StageProgram {
    grid: Grid,
    /// The stage's inputs (values of the flat function), as its programs' arguments stand for them.
    inputs: Vec<ValueId>,
    /// The stage's outputs (values of the flat function).
    outputs: Vec<ValueId>,
    /// Per phase present, its program.
    funcs: Vec<(Phase, Func)>,
    /// Per program, what each of its arguments is.
    args: Vec<Vec<Source>>,
    /// Per program, what each of its results is.
    results: Vec<Vec<Source>>,
    /// The step value each value of the partitioned stage function stands for.
    internal: HashMap<ValueId, ValueId>,
}

/// What a stage program's argument or result stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Source {
    /// Input `i` of the stage.
    Input(usize),
    /// Output `i` of the stage.
    Output(usize),
    /// A value made by one phase of the stage and read by a later one (its id in the
    /// partitioned stage function).
    Internal(ValueId),
}

/// Plans stage `k`'s ops of the one-micro-batch function `one` on its mesh, partitions them
/// and cuts the result into one program per phase.
fn stage_program(one: &Func, flat: &Flat, phase: &[Phase], k: usize, info: &StageInfo, cluster: &ClusterSpec) -> Result<StageProgram, Diag> {
    let ops = &one.body.entry().ops;
    let read: Vec<Vec<ValueId>> = ops.iter().map(reads).collect();
    let members: Vec<usize> = (0..ops.len()).filter(|&i| flat.stage[i] == k).collect();
    let (inputs, inside) = read_from_outside(ops, &read, &members, one.values.len());
    let mut outputs: Vec<ValueId> = Vec::new();
    for (i, values) in read.iter().enumerate() {
        if flat.stage[i] == k {
            continue;
        }
        for &v in values {
            if inside[v.index()] && !outputs.contains(&v) {
                outputs.push(v);
            }
        }
    }
    let grid = Grid::new(&grid_name(k), info.logical_mesh.iter().map(|&n| n as i64).collect());
    let name = format!("stage{k}");
    let mut step = one.clone();
    step.name = name.clone();
    step.visibility = Visibility::Public;
    step.attrs.clear();
    step.args = inputs.iter().map(|&v| Arg { value: v, attrs: Vec::new(), loc: None }).collect();
    step.results = outputs.iter().map(|&v| FuncResult { ty: one.ty(v).clone(), attrs: Vec::new() }).collect();
    let mut body: Vec<Op> = members
        .iter()
        .map(|&i| {
            let mut op = ops[i].clone();
            op.set_attr(PHASE_ATTR, Attr::Str(phase[i].name().into()));
            op
        })
        .collect();
    body.push(Op::new("func.return", outputs.clone(), Vec::new()));
    step.body.entry_mut().ops = body;
    step.body.entry_mut().args = inputs.clone();
    // The stage's layout: the intra-op planner on its logical mesh, as for one grid.
    let mesh = LogicalMesh::from_cluster(cluster, info.logical_mesh.clone(), info.devices.clone()).map_err(|e| Diag::input(one.pos, format!("alpa-partition: stage {k}: {e}")))?;
    let device = cluster.slowest_device(&info.devices, ElemType::F32).map(|d| d.name.clone()).ok_or_else(|| Diag::input(one.pos, format!("alpa-partition: stage {k} has no devices")))?;
    // The stage's arguments as the step's: parameters and optimizer state keep what they are
    // (so the stage's ZeRO level shards them), aliased to the stage output that updates them.
    let returned = &ops.last().map_or(&[][..], |op| op.operands.as_slice());
    let args: Vec<ArgInfo> = inputs
        .iter()
        .enumerate()
        .map(|(i, v)| match flat.arg_of.get(v) {
            Some(&a) => ArgInfo { alias: flat.infos[a].alias.and_then(|r| returned.get(r)).and_then(|u| outputs.iter().position(|o| o == u)), ..flat.infos[a].clone() },
            None => ArgInfo { name: format!("%arg{i}"), alias: None, optimizer_state: false },
        })
        .collect();
    let zero = info.attrs.iter().find(|(k, _)| k == "alpa.zero").and_then(|(_, v)| v.as_int()).unwrap_or(0).max(0) as u64;
    let planner = AutoShard { memory_budget: u64::MAX, zero, ..AutoShard::new("") };
    let plan = &flat.plans[k];
    let annotated = if plan.annotated {
        // The plan the stage's annotations spell; an updated argument goes back to its layout.
        let ret = members.len();
        annotate_layouts(&step, &grid.name, &plan.defs, &|i, operand, have| {
            if i < ret {
                return plan.chains.get(&(members[i], operand)).cloned().unwrap_or_default();
            }
            let v = outputs[operand];
            let updated = args.iter().zip(&inputs).find(|(a, _)| a.alias == Some(operand)).and_then(|(_, input)| plan.defs.get(input));
            updated.map_or_else(Vec::new, |want| use_path(planner.cost_model, &mesh, one.ty(v), have, want, !plan.defs.contains_key(&v)))
        })
    } else {
        let planned = planner.plan_func_with_args(step, args, mesh.clone(), cluster, device)?;
        annotated(&planned.func, &planned.graph, &planned.chosen, &mesh, planner.cost_model, &grid.name)
    };
    // What each annotated value stands for in the step: a `shard.shard` result, its operand.
    let mut stands_for: HashMap<ValueId, ValueId> = (0..one.values.len()).map(|i| (ValueId(i as u32), ValueId(i as u32))).collect();
    for op in &annotated.body.entry().ops {
        if op.name == alpa_stablehlo::shard::SHARD_OP {
            if let Some(&v) = stands_for.get(&op.operands[0]) {
                stands_for.insert(op.results[0], v);
            }
        }
    }
    let (mut part, layouts) = partition_with_layouts(&annotated, &grid)?;
    let mut layouts: HashMap<ValueId, (ValueId, Spec, Type)> = layouts.into_iter().filter_map(|(new, (old, spec, ty))| stands_for.get(&old).map(|&v| (new, (v, spec, ty)))).collect();
    // Inputs from other stages that every device here needs whole arrive in slices, one per
    // device, and are gathered here (Alpa's local all-gather: the slow link between stages
    // carries each byte once, the fast one inside the stage does the rest).
    for (i, v) in inputs.iter().enumerate() {
        if !flat.arg_of.contains_key(v) {
            local_all_gather(&mut part, &mut layouts, i, &grid);
        }
    }
    cut_phases(part, &layouts, inputs, outputs, grid, k, info)
}

/// Rewrites argument `i` of the partitioned stage function, when it is replicated over a grid
/// of several devices, to arrive split over all of them along a dimension they divide and be
/// gathered at the start of the function. Leaves it as it is otherwise.
fn local_all_gather(part: &mut Func, layouts: &mut HashMap<ValueId, (ValueId, Spec, Type)>, i: usize, grid: &Grid) {
    let arg = part.args[i].value;
    let Some((step_value, spec, global)) = layouts.get(&arg).cloned() else { return };
    let Some(t) = global.as_tensor() else { return };
    let axes: Vec<usize> = (0..grid.rank()).filter(|&a| grid.shape[a] > 1).collect();
    let n: i64 = axes.iter().map(|&a| grid.shape[a]).product();
    if n <= 1 || spec.iter().any(|a| !a.is_empty()) {
        return;
    }
    let Some(d) = (0..t.rank()).filter(|&d| t.shape[d] % n == 0).max_by_key(|&d| t.shape[d]) else { return };
    let mut split = spec.clone();
    split[d] = axes;
    let Ok(local) = local_type(&global, &split, grid) else { return };
    let Ok(mesh) = LogicalMesh::alpa(grid.shape.iter().map(|&n| n as usize).collect()) else { return };
    let mut prelude = Vec::new();
    let replicated = std::mem::replace(&mut part.values[arg.index()].ty, local);
    let Ok(whole) = reshard(part, &mut prelude, grid, &mesh, &global, arg, &split, &spec) else {
        part.values[arg.index()].ty = replicated;
        return;
    };
    let mut body = std::mem::take(&mut part.body.entry_mut().ops);
    for op in &mut body {
        for v in &mut op.operands {
            if *v == arg {
                *v = whole;
            }
        }
        remap_uses(&mut op.regions, &|v| (v == arg).then_some(whole));
    }
    prelude.extend(body);
    part.body.entry_mut().ops = prelude;
    set_attr(&mut part.args[i].attrs, "alpa.split_axes", to_sharding(&split, &grid.name).split_axes_attr());
    layouts.insert(arg, (step_value, split, global.clone()));
    layouts.insert(whole, (step_value, spec, global));
}

/// Cuts the partitioned stage function into one program per phase.
fn cut_phases(part: Func, layouts: &HashMap<ValueId, (ValueId, Spec, Type)>, inputs: Vec<ValueId>, outputs: Vec<ValueId>, grid: Grid, k: usize, info: &StageInfo) -> Result<StageProgram, Diag> {
    let ops = &part.body.entry().ops;
    let (ret, body) = ops.split_last().ok_or_else(|| Diag::bug(Some(part.pos), "a partitioned stage without a return"))?;
    // Phases of the ops partitioning added: after what they read, else before their readers.
    let mut def: HashMap<ValueId, usize> = HashMap::new();
    for (i, op) in body.iter().enumerate() {
        for r in &op.results {
            def.insert(*r, i);
        }
    }
    let read: Vec<Vec<ValueId>> = body.iter().map(reads).collect();
    let mut phase: Vec<Option<Phase>> = body.iter().map(|op| op.attr(PHASE_ATTR).and_then(Attr::as_str).and_then(Phase::from_name)).collect();
    for i in 0..body.len() {
        if phase[i].is_none() {
            phase[i] = read[i].iter().filter_map(|v| def.get(v).and_then(|&d| phase[d])).max();
        }
    }
    let mut readers: Vec<Vec<usize>> = vec![Vec::new(); body.len()];
    for (i, values) in read.iter().enumerate() {
        for v in values {
            if let Some(&d) = def.get(v) {
                readers[d].push(i);
            }
        }
    }
    for i in (0..body.len()).rev() {
        if phase[i].is_none() {
            phase[i] = Some(readers[i].iter().filter_map(|&r| phase[r]).min().unwrap_or(Phase::Forward));
        }
    }
    let phase: Vec<Phase> = phase.into_iter().map(|p| p.unwrap_or(Phase::Forward)).collect();
    let arg_index: HashMap<ValueId, usize> = part.args.iter().enumerate().map(|(i, a)| (a.value, i)).collect();
    let returned: HashMap<ValueId, usize> = ret.operands.iter().enumerate().rev().map(|(i, v)| (*v, i)).collect();
    let layout_attrs = |v: ValueId| -> Result<Vec<(String, Attr)>, Diag> {
        let (_, spec, global) = layouts.get(&v).ok_or_else(|| Diag::bug(Some(part.pos), format!("alpa-partition: stage {k}: no layout for %{} crossing phases", v.index())))?;
        let Some(t) = global.as_tensor() else { return Ok(Vec::new()) };
        Ok(vec![("alpa.global_shape".into(), Attr::dense_i64(t.shape.clone())), ("alpa.split_axes".into(), to_sharding(spec, &grid.name).split_axes_attr())])
    };
    let internal = layouts.iter().map(|(new, (v, _, _))| (*new, *v)).collect();
    let mut program = StageProgram { grid: grid.clone(), inputs, outputs, funcs: Vec::new(), args: Vec::new(), results: Vec::new(), internal };
    for p in Phase::ALL {
        let members: Vec<usize> = (0..body.len()).filter(|&i| phase[i] == p).collect();
        let (args, _) = read_from_outside(body, &read, &members, part.values.len());
        if let Some(&d) = args.iter().find_map(|v| def.get(v).filter(|&&d| phase[d] > p)) {
            return Err(Diag::bug(Some(body[d].pos), format!("alpa-partition: stage {k}: {} reads what '{}' of a later phase makes", p.name(), body[d].name)));
        }
        let mut results: Vec<ValueId> = Vec::new();
        for &i in &members {
            for r in &body[i].results {
                let later = readers[i].iter().any(|&j| phase[j] > p && read[j].contains(r));
                if (later || returned.contains_key(r)) && !results.contains(r) {
                    results.push(*r);
                }
            }
        }
        // A stage output that is a stage input read by nothing else passes through no program.
        if members.is_empty() {
            continue;
        }
        let source = |v: ValueId| match (arg_index.get(&v), returned.get(&v)) {
            (Some(&i), _) => Source::Input(i),
            (None, Some(&o)) => Source::Output(o),
            (None, None) => Source::Internal(v),
        };
        let mut f = part.clone();
        f.name = format!("stage{k}_{}", p.name());
        f.visibility = Visibility::Private;
        f.args = args
            .iter()
            .map(|&v| {
                let attrs = match arg_index.get(&v) {
                    Some(&i) => part.args[i].attrs.clone(),
                    None => layout_attrs(v)?,
                };
                Ok(Arg { value: v, attrs, loc: None })
            })
            .collect::<Result<_, Diag>>()?;
        f.results = results
            .iter()
            .map(|&v| {
                let attrs = match returned.get(&v) {
                    Some(&o) => part.results[o].attrs.clone(),
                    None => layout_attrs(v)?,
                };
                Ok(FuncResult { ty: part.ty(v).clone(), attrs })
            })
            .collect::<Result<_, Diag>>()?;
        let mut fops: Vec<Op> = members
            .iter()
            .map(|&i| {
                let mut op = body[i].clone();
                op.remove_attr(PHASE_ATTR);
                op
            })
            .collect();
        fops.push(Op::new("func.return", results.clone(), Vec::new()));
        f.body.entry_mut().ops = fops;
        f.body.entry_mut().args = args.clone();
        let mut attrs = info.attrs.clone();
        attrs.push(("alpa.grid".into(), Attr::Symbol(grid.name.clone())));
        attrs.push(("alpa.phase".into(), Attr::Str(p.name().into())));
        attrs.push(("alpa.stage".into(), Attr::i64(k as i64)));
        attrs.sort_by(|a, b| a.0.cmp(&b.0));
        f.attrs = attrs;
        program.args.push(args.iter().map(|&v| source(v)).collect());
        program.results.push(results.iter().map(|&v| source(v)).collect());
        f.renumber();
        program.funcs.push((p, f));
    }
    Ok(program)
}

/// Builds the driver: the entry function in global types of one micro-batch (see the module docs).
#[allow(clippy::too_many_arguments)]
fn driver(main: &Func, flat: &Flat, one: &Func, dims: &BatchDims, kind: &[Kind], programs: &[StageProgram], microbatches: usize, schedule: ScheduleKind) -> Result<Func, Diag> {
    // Where each stage output and each phase-crossing value is made: (stage, program, result).
    let mut made_by: HashMap<Want, (usize, usize, usize)> = HashMap::new();
    for (k, p) in programs.iter().enumerate() {
        for (f, results) in p.results.iter().enumerate() {
            for (r, src) in results.iter().enumerate() {
                match *src {
                    Source::Output(o) => made_by.entry(Want::Value(p.outputs[o])).or_insert((k, f, r)),
                    Source::Internal(v) => made_by.entry(Want::Internal(k, v)).or_insert((k, f, r)),
                    Source::Input(_) => continue,
                };
            }
        }
    }
    let mut cx = Driver { out: main.clone(), body: Vec::new(), memo: HashMap::new(), calls: HashMap::new(), flat, one, dims, kind, programs, made_by };
    // The calls in pipeline order (forward in stage order, backward in reverse, updates),
    // each after the calls it reads from.
    let s = programs.len();
    let mut pending: Vec<(usize, usize)> = Vec::new();
    for p in Phase::ALL {
        let ks: Vec<usize> = if p == Phase::Backward { (0..s).rev().collect() } else { (0..s).collect() };
        pending.extend(ks.into_iter().filter_map(|k| programs[k].funcs.iter().position(|(q, _)| *q == p).map(|f| (k, f))));
    }
    while !pending.is_empty() {
        let before = pending.len();
        let mut rest = Vec::new();
        for (k, f) in pending {
            if cx.ready(k, f) {
                cx.call(k, f)?;
            } else {
                rest.push((k, f));
            }
        }
        if rest.len() == before {
            let waiting: Vec<String> = rest
                .iter()
                .map(|&(k, f)| {
                    let on: Vec<String> = (0..programs[k].args[f].len())
                        .filter_map(|a| cx.made_by.get(&cx.want(k, f, a)).filter(|&&(j, g, _)| !cx.calls.contains_key(&(j, g))).map(|&(j, g, _)| format!("@{}", programs[j].funcs[g].1.name)))
                        .collect();
                    format!("@{} waits for {}", programs[k].funcs[f].1.name, on.join(", "))
                })
                .collect();
            return Err(Diag::unsupported(main.pos, format!("alpa-partition: the stages' programs read each other in a cycle: {}", waiting.join("; "))));
        }
        pending = rest;
    }
    // The step's results, once per step.
    let ret = flat.func.body.entry().ops.last().filter(|op| op.name == "func.return").ok_or_else(|| Diag::bug(Some(main.pos), "the flattened step has no return"))?;
    let results = ret.operands.iter().map(|v| cx.value(&Want::Value(*v), false)).collect::<Result<Vec<_>, _>>()?;
    let mut out = cx.out;
    for (slot, &r) in out.results.iter_mut().zip(&results) {
        slot.ty = out.values[r.index()].ty.clone();
    }
    cx.body.push(Op::new("func.return", results, Vec::new()));
    out.body.entry_mut().ops = cx.body;
    let program: Vec<Attr> = schedule::instructions(schedule, s, microbatches).iter().map(|list| Attr::Array(list.iter().map(|i| Attr::Str(i.text())).collect())).collect();
    out.attrs.retain(|(key, _)| key != "alpa.program");
    out.attrs.push(("alpa.program".into(), Attr::Array(program)));
    out.attrs.sort_by(|a, b| a.0.cmp(&b.0));
    out.renumber();
    Ok(out)
}

/// A value of the driver, for memoizing the ops that make it.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Want {
    /// A value of the step (per micro-batch where it is made per micro-batch).
    Value(ValueId),
    /// A value of stage `k`'s partitioned function that crosses from one phase to a later one.
    Internal(usize, ValueId),
    /// A value accumulated over the micro-batches.
    Accumulated(Box<Want>),
    /// A value moved to stage `k`'s grid, with the given split axes.
    On(Box<Want>, usize, String),
}

/// The driver under construction.
struct Driver<'a> {
    out: Func,
    body: Vec<Op>,
    memo: HashMap<Want, ValueId>,
    /// The results of each emitted call, by (stage, program).
    calls: HashMap<(usize, usize), Vec<ValueId>>,
    flat: &'a Flat,
    one: &'a Func,
    dims: &'a BatchDims,
    kind: &'a [Kind],
    programs: &'a [StageProgram],
    made_by: HashMap<Want, (usize, usize, usize)>,
}

impl Driver<'_> {
    /// What argument `a` of stage `k`'s program `f` stands for.
    fn want(&self, k: usize, f: usize, a: usize) -> Want {
        match self.programs[k].args[f][a] {
            Source::Input(i) => Want::Value(self.programs[k].inputs[i]),
            Source::Internal(v) => Want::Internal(k, v),
            Source::Output(o) => Want::Value(self.programs[k].outputs[o]),
        }
    }

    /// Whether every call program `f` of stage `k` reads from has been emitted.
    fn ready(&self, k: usize, f: usize) -> bool {
        (0..self.programs[k].args[f].len()).all(|a| self.made_by.get(&self.want(k, f, a)).is_none_or(|&(j, g, _)| self.calls.contains_key(&(j, g))))
    }

    /// Emits the call of stage `k`'s program `f`, with the values it reads.
    fn call(&mut self, k: usize, f: usize) -> Result<(), Diag> {
        let program = &self.programs[k];
        let (phase, func) = &program.funcs[f];
        let per_mb = *phase != Phase::Update;
        let mut operands = Vec::new();
        for a in 0..program.args[f].len() {
            let want = self.want(k, f, a);
            let mut v = self.value(&want, per_mb)?;
            // A value made on another stage's grid moves here first, to the layout read here.
            if let Some(&(j, _, _)) = self.made_by.get(&want).filter(|(j, _, _)| *j != k) {
                let split = func.args[a].attrs.iter().find(|(key, _)| key == "alpa.split_axes").map_or(Attr::Unit, |(_, v)| v.clone());
                let made = if per_mb { want.clone() } else { Want::Accumulated(Box::new(want.clone())) };
                let key = Want::On(Box::new(made), k, format!("{split:?}"));
                v = match self.memo.get(&key) {
                    Some(&t) => t,
                    None => {
                        let t = self.out.new_value(self.out.ty(v).clone());
                        let mut op = Op::new("alpa.transfer", vec![v], vec![t]);
                        op.set_attr("from", Attr::Symbol(self.programs[j].grid.name.clone()));
                        op.set_attr("split_axes", split);
                        op.set_attr("to", Attr::Symbol(program.grid.name.clone()));
                        self.body.push(op);
                        self.memo.insert(key, t);
                        t
                    }
                };
            }
            operands.push(v);
        }
        let results: Vec<ValueId> = func.results.iter().map(|r| self.out.new_value(global_type(&r.attrs, &r.ty))).collect();
        let mut call = Op::new("alpa.stage_call", operands, results.clone());
        call.set_attr("callee", Attr::Symbol(func.name.clone()));
        call.pos = self.out.pos;
        self.body.push(call);
        self.calls.insert((k, f), results);
        Ok(())
    }

    /// The driver value for `want`: per micro-batch (`per_mb`), or once per step, accumulated
    /// over the micro-batches where it is made per micro-batch.
    fn value(&mut self, want: &Want, per_mb: bool) -> Result<ValueId, Diag> {
        let pos = self.out.pos;
        if let Want::Value(v) = want {
            if let Some(&a) = self.flat.arg_of.get(v) {
                let arg = self.out.args[a].value;
                if !self.dims.data_args.contains(&a) {
                    return Ok(arg);
                }
                if !per_mb {
                    return Err(Diag::unsupported(pos, format!("alpa-partition: data argument {a} is read once per step: micro-batching cannot split it")));
                }
                if let Some(&m) = self.memo.get(want) {
                    return Ok(m);
                }
                let m = self.out.new_value(self.one.ty(*v).clone());
                let mut op = Op::new("alpa.microbatch", vec![arg], vec![m]);
                op.set_attr("dim", Attr::i64(self.dims.dim[v.index()].unwrap_or(0) as i64));
                self.body.push(op);
                self.memo.insert(want.clone(), m);
                return Ok(m);
            }
        }
        let &(k, f, r) = self.made_by.get(want).ok_or_else(|| Diag::bug(Some(pos), format!("alpa-partition: {want:?} is made by no stage program")))?;
        let raw = self.calls.get(&(k, f)).ok_or_else(|| Diag::bug(Some(pos), "alpa-partition: a stage program is read before it runs"))?[r];
        let made_per_mb = self.programs[k].funcs[f].0 != Phase::Update;
        if per_mb && !made_per_mb {
            return Err(Diag::bug(Some(pos), "alpa-partition: a value made once per step is read per micro-batch"));
        }
        if per_mb || !made_per_mb {
            return Ok(raw);
        }
        let key = Want::Accumulated(Box::new(want.clone()));
        if let Some(&v) = self.memo.get(&key) {
            return Ok(v);
        }
        // Accumulated over the micro-batches as the step value's kind says.
        let step_value = match *want {
            Want::Value(v) => v,
            Want::Internal(k, v) => self.programs[k].internal.get(&v).copied().ok_or_else(|| Diag::bug(Some(pos), "alpa-partition: a phase-crossing value stands for no value of the step"))?,
            _ => return Err(Diag::bug(Some(pos), "alpa-partition: an unexpected driver value")),
        };
        let ty = self.out.ty(raw).clone();
        let (name, dim, acc_ty) = match self.kind[step_value.index()] {
            Kind::Partial => ("sum", None, ty),
            Kind::Invariant => ("last", None, ty),
            Kind::Batched(d) => ("concat", Some(d), self.flat.func.ty(step_value).clone()),
        };
        let acc = self.out.new_value(acc_ty);
        let mut op = Op::new("alpa.accumulate", vec![raw], vec![acc]);
        op.set_attr("kind", Attr::Str(name.into()));
        if let Some(d) = dim {
            op.set_attr("dim", Attr::i64(d as i64));
        }
        self.body.push(op);
        self.memo.insert(key, acc);
        Ok(acc)
    }
}

/// The global type a program's argument or result stands for.
fn global_type(attrs: &[(String, Attr)], local: &Type) -> Type {
    let shape = attrs.iter().find(|(k, _)| k == "alpa.global_shape").and_then(|(_, v)| v.as_int_list());
    match (local.as_tensor(), shape) {
        (Some(t), Some(shape)) => Type::Tensor(alpa_stablehlo::TensorType::new(shape, t.elem)),
        _ => local.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alpa_stablehlo::parse_module;

    /// Classifies the ops of `text`'s entry function, all outlined as `part` says per op (`F`
    /// forward, `B` backward), on two micro-batches, and checks each op's phase
    /// (`F`/`B`/`U`) and each result's kind (`b` batched, `p` partial, `i` invariant; ops
    /// that run once per step make no per-micro-batch value and show `i`), or the error's
    /// start.
    fn check(text: &str, part: &str, want: Result<&str, &str>) {
        let module = parse_module(text).unwrap();
        let func = module.entry().unwrap();
        let dims = BatchDims::of(func).unwrap();
        let part: Vec<Phase> = part.chars().map(|c| if c == 'F' { Phase::Forward } else { Phase::Backward }).chain([Phase::Update]).collect();
        let got = phases(func, &dims, &part, 2).map(|(phase, kind)| {
            let ops = &func.body.entry().ops;
            ops[..ops.len() - 1]
                .iter()
                .enumerate()
                .map(|(i, op)| {
                    let p = match phase[i] {
                        Phase::Forward => 'F',
                        Phase::Backward => 'B',
                        Phase::Update => 'U',
                    };
                    let k = op.results.first().map_or('-', |r| match kind[r.index()] {
                        Kind::Batched(_) => 'b',
                        Kind::Partial => 'p',
                        Kind::Invariant => 'i',
                    });
                    format!("{p}{k}")
                })
                .collect::<Vec<_>>()
                .join(" ")
        });
        match (got, want) {
            (Ok(got), Ok(want)) => assert_eq!(got, want),
            (Err(d), Err(start)) => assert!(d.message.starts_with(start), "{}", d.message),
            (got, want) => panic!("got {got:?}, want {want:?}"),
        }
    }

    #[test]
    fn sums_over_the_batch_accumulate_and_the_update_runs_once() {
        // loss = sum(x @ w) / 16; g = x^T 1 / 16; w' = w - 0.1 g. The loss and the gradient are
        // partial (summed over micro-batches), lr * g is linear in g and stays per micro-batch,
        // w - lr * g adds an invariant to a partial: once per step.
        let step = r#"
func.func @main(%w: tensor<8x4xf32> {tf.aliasing_output = 1 : i32}, %x: tensor<16x8xf32>) -> (tensor<f32>, tensor<8x4xf32>) {
  %0 = stablehlo.dot_general %x, %w, contracting_dims = [1] x [0] : (tensor<16x8xf32>, tensor<8x4xf32>) -> tensor<16x4xf32>
  %c = stablehlo.constant dense<0.0> : tensor<f32>
  %1 = stablehlo.reduce(%0 init: %c) applies stablehlo.add across dimensions = [0, 1] : (tensor<16x4xf32>, tensor<f32>) -> tensor<f32>
  %2 = stablehlo.constant dense<0.0625> : tensor<16x4xf32>
  %3 = stablehlo.dot_general %x, %2, contracting_dims = [0] x [0] : (tensor<16x8xf32>, tensor<16x4xf32>) -> tensor<8x4xf32>
  %lr = stablehlo.constant dense<0.1> : tensor<8x4xf32>
  %4 = stablehlo.multiply %lr, %3 : tensor<8x4xf32>
  %5 = stablehlo.subtract %w, %4 : tensor<8x4xf32>
  return %1, %5 : tensor<f32>, tensor<8x4xf32>
}
"#;
        check(step, "FFFBBBBB", Ok("Fb Fi Fp Bb Bp Bi Bp Ui"));
    }

    #[test]
    fn a_batch_statistic_spread_back_over_the_examples_is_refused() {
        let step = r#"
func.func @main(%x: tensor<16x8xf32>) -> tensor<16x8xf32> {
  %c = stablehlo.constant dense<0.0> : tensor<f32>
  %0 = stablehlo.reduce(%x init: %c) applies stablehlo.add across dimensions = [0] : (tensor<16x8xf32>, tensor<f32>) -> tensor<8xf32>
  %1 = stablehlo.broadcast_in_dim %0, dims = [1] : (tensor<8xf32>) -> tensor<16x8xf32>
  %2 = stablehlo.subtract %x, %1 : tensor<16x8xf32>
  return %2 : tensor<16x8xf32>
}
"#;
        check(step, "FFFF", Err("micro-batching would change what 'stablehlo.broadcast_in_dim' computes: it spreads a sum over the batch"));
        // A maximum over the batch is not a sum of the micro-batches' maxima.
        let max = r#"
func.func @main(%x: tensor<16x8xf32>) -> tensor<8xf32> {
  %c = stablehlo.constant dense<0.0> : tensor<f32>
  %0 = stablehlo.reduce(%x init: %c) applies stablehlo.maximum across dimensions = [0] : (tensor<16x8xf32>, tensor<f32>) -> tensor<8xf32>
  return %0 : tensor<8xf32>
}
"#;
        check(max, "FF", Err("micro-batching would change what 'stablehlo.reduce' computes: it reduces over the batch other than by a sum"));
    }
}
