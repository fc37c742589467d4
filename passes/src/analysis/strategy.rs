//! Intra-op strategies: the ways one op can run on a mesh, enumerated from its sharding rule
//! (`alpa_stablehlo::catalogue::sharding`), each with the layouts it needs of its operands,
//! the layouts it gives its results, and what it costs.
//!
//! A strategy assigns mesh axes to the rule's factors. Sharding a parallel or broadcast
//! factor splits the work; sharding a contracting or reduced factor leaves partial results,
//! combined by an all-reduce over those axes (or, in the reduce-scatter variants, a
//! reduce-scatter that leaves the result split over them); gathered factors are never
//! sharded. A tensor dimension made of several factors (a reshape's) can only say "split
//! over these axes" when its sharded factors form a contiguous block: every factor before the
//! minor-most sharded one must be split completely.
//!
//! ```text
//! dot_general ([i, k], [k, j]) -> ([i, j]) on a 1-D mesh of 4
//!   i@0   operands [[0],[]] x [[],[]]  result [[0],[]]   (data parallel)
//!   j@0   operands [[],[]] x [[],[0]]  result [[],[0]]   (column split, Megatron)
//!   k@0   operands [[],[0]] x [[0],[]] result [[],[]]    + all-reduce (row split)
//! ```
//!
//! Costs are in the cost model's unit: communication from [`CostModel`], compute as
//! `flops per device / (peak · efficiency)` (zero in Alpa's mode, where instead heavy ops must
//! use every mesh axis, Alpa's "never replicate a dot").

use super::cluster::DeviceType;
use super::comm::CostModel;
use super::mesh::LogicalMesh;
use super::reshard::{Collective, CollectiveKind, Spec, local_bytes, tiles};
use alpa_stablehlo::catalogue::cost;
use alpa_stablehlo::catalogue::sharding::{FactorKind, ShardingRule};
use alpa_stablehlo::shard::Reduction;
use alpa_stablehlo::{ElemType, Func, Op, Type};

/// What a strategy's cost is computed against.
#[derive(Clone, Copy, Debug)]
pub struct CostContext<'a> {
    /// The mesh.
    pub mesh: &'a LogicalMesh,
    /// How collectives are priced.
    pub model: CostModel,
    /// The device compute runs on.
    pub device: &'a DeviceType,
    /// Whether partial results may be reduce-scattered onto a result dimension (on in the
    /// analytic model; off in Alpa's, whose strategy space has no such variants, unless
    /// ZeRO asks for them).
    pub reduce_scatter: bool,
}

impl CostContext<'_> {
    /// Whether this is Alpa's objective (no compute cost, heavy ops use every axis).
    pub fn alpa(&self) -> bool {
        self.model == CostModel::Alpa
    }
}

/// One way to run one op.
#[derive(Clone, Debug, PartialEq)]
pub struct Strategy {
    /// Per factor of the rule, the mesh axes it is split over (empty without a rule).
    pub factor_axes: Vec<Vec<usize>>,
    /// The layout each operand must have (empty specs for non-tensor operands).
    pub operands: Vec<Spec>,
    /// The layout each result gets.
    pub results: Vec<Spec>,
    /// Collectives the op itself runs, with the result they produce.
    pub collectives: Vec<(usize, Collective)>,
    /// FLOPs one device computes.
    pub flops: f64,
    /// Compute cost (0 in Alpa's mode).
    pub compute: f64,
    /// Sum of the collectives' costs.
    pub comm: f64,
}

impl Strategy {
    /// Total cost.
    pub fn cost(&self) -> f64 {
        self.compute + self.comm
    }

    /// A short name: `i@0 k@1`, `replicated`, with `->rs` for reduce-scatter variants.
    pub fn label(&self) -> String {
        let parts: Vec<String> = self
            .factor_axes
            .iter()
            .enumerate()
            .filter(|(_, axes)| !axes.is_empty())
            .map(|(f, axes)| format!("{}@{}", alpa_stablehlo::catalogue::sharding::factor_name(f), axes.iter().map(usize::to_string).collect::<Vec<_>>().join("")))
            .collect();
        let rs = self.collectives.iter().any(|(_, c)| c.kind == CollectiveKind::ReduceScatter);
        match (parts.is_empty(), rs) {
            (true, _) => "replicated".into(),
            (false, false) => parts.join(" "),
            (false, true) => format!("{} ->rs", parts.join(" ")),
        }
    }
}

/// Mesh axes with more than one device: the only ones worth splitting over.
pub fn live_axes(mesh: &LogicalMesh) -> Vec<usize> {
    (0..mesh.rank()).filter(|&a| mesh.shape[a] > 1).collect()
}

/// Whether `spec` splits its tensor over every axis in `live` (ZeRO's fully sharded layout).
pub fn fully_sharded(spec: &Spec, live: &[usize]) -> bool {
    live.iter().all(|a| spec.iter().flatten().any(|x| x == a))
}

/// The fraction of a tensor one device holds under `spec` (1 for replicated).
pub fn tiles_share(spec: &Spec, mesh: &LogicalMesh) -> f64 {
    1.0 / tiles(spec, mesh) as f64
}

/// Every layout of a tensor of `shape`: each live mesh axis splits one dimension (at least as
/// large as the devices splitting it) or none; two axes on one dimension, in both orders,
/// where they divide it.
pub fn tensor_specs(shape: &[i64], mesh: &LogicalMesh) -> Vec<Spec> {
    let mut out: Vec<Spec> = vec![vec![Vec::new(); shape.len()]];
    for axis in live_axes(mesh) {
        let mut more = Vec::new();
        for spec in &out {
            for d in 0..shape.len() {
                let mut s = spec.clone();
                s[d].push(axis);
                let parts: i64 = s[d].iter().map(|&a| mesh.shape[a] as i64).product();
                // Two axes split a dimension evenly or not at all: the partitioner moves an
                // uneven split one axis at a time only where one axis splits it.
                if parts <= shape[d] && (s[d].len() == 1 || shape[d] % parts == 0) {
                    more.push(s.clone());
                    if s[d].len() == 2 {
                        s[d].reverse();
                        more.push(s);
                    }
                }
            }
        }
        out.extend(more);
    }
    out.sort();
    out.dedup();
    out
}

/// Every strategy of `op` under `rule`: each live axis on a shardable factor or none, with
/// reduce-scatter variants for partial results. In Alpa's mode heavy ops keep only the
/// strategies that use every live axis (when there are any).
pub fn enumerate(op: &Op, func: &Func, rule: &ShardingRule, cx: &CostContext) -> Vec<Strategy> {
    let mut assignments: Vec<Vec<Vec<usize>>> = vec![vec![Vec::new(); rule.factors.len()]];
    for axis in live_axes(cx.mesh) {
        let mut more = Vec::new();
        for fa in &assignments {
            for (f, factor) in rule.factors.iter().enumerate() {
                if factor.kind == FactorKind::Gathered {
                    continue;
                }
                let mut a = fa.clone();
                a[f].push(axis);
                let parts: i64 = a[f].iter().map(|&x| cx.mesh.shape[x] as i64).product();
                if parts <= factor.size && (a[f].len() == 1 || factor.size % parts == 0) {
                    more.push(a.clone());
                    if a[f].len() == 2 {
                        a[f].reverse();
                        more.push(a);
                    }
                }
            }
        }
        assignments.extend(more);
    }
    let mut out: Vec<Strategy> = Vec::new();
    for fa in assignments {
        let Some(base) = build(op, func, rule, fa.clone(), &[], cx) else { continue };
        let partial: Vec<usize> = partial_axes(rule, &fa);
        out.push(base);
        // Reduce-scatter variants: one partial axis re-splits one result dimension.
        if cx.reduce_scatter && partial.len() == 1 && op.results.len() == 1 {
            for d in 0..rule.results[0].len() {
                if let Some(s) = build(op, func, rule, fa.clone(), &[(d, partial[0])], cx) {
                    out.push(s);
                }
            }
        }
    }
    if cx.alpa() && cost::is_heavy(op) {
        let live = live_axes(cx.mesh);
        let full: Vec<Strategy> = out.iter().filter(|s| live.iter().all(|a| s.factor_axes.iter().flatten().any(|x| x == a))).cloned().collect();
        if !full.is_empty() {
            out = full;
        }
    }
    out
}

/// The strategy that keeps operand `operand` in layout `spec` as far as the rule allows
/// (the rest unsharded): how a follower takes its leader's choice.
pub fn follow(op: &Op, func: &Func, rule: &ShardingRule, operand: usize, spec: &Spec, cx: &CostContext) -> Strategy {
    let mut fa: Vec<Vec<usize>> = vec![Vec::new(); rule.factors.len()];
    for (d, factors) in rule.operands[operand].iter().enumerate() {
        let axes = spec.get(d).map_or(&[][..], Vec::as_slice);
        let (split, _) = split_factors(axes, factors, rule, &cx.mesh.shape, &|f| !fa[f].is_empty());
        for (f, axes) in split {
            fa[f] = axes;
        }
    }
    // Drop axes from the minor end until the assignment is expressible everywhere.
    loop {
        if let Some(s) = build(op, func, rule, fa.clone(), &[], cx) {
            return s;
        }
        let Some(f) = (0..fa.len()).rev().find(|&f| !fa[f].is_empty()) else { break };
        fa[f].pop();
    }
    replicated(op, func, cx)
}

/// How a tensor dimension made of `factors` (major to minor) and split over `axes` (major to
/// minor) splits its factors: each factor takes axes while they fit in it, and the next one
/// only once it is split completely; a factor split only in part ends the split (its minor
/// factors cannot be split contiguously), as do a gathered factor and one `taken` says has
/// its axes already. Returns the factors given axes, with them, and the axes left over (none
/// when the factors express the whole split). The planner's followers and the partitioner
/// both split reshaped dimensions so.
pub fn split_factors<'a>(axes: &'a [usize], factors: &[usize], rule: &ShardingRule, mesh_shape: &[usize], taken: &dyn Fn(usize) -> bool) -> (Vec<(usize, Vec<usize>)>, &'a [usize]) {
    let mut split = Vec::new();
    let mut rest = axes;
    for &f in factors {
        let factor = rule.factors[f];
        if rest.is_empty() || factor.kind == FactorKind::Gathered || taken(f) {
            break;
        }
        let (mut parts, mut n) = (1i64, 0);
        while let Some(&axis) = rest.get(n) {
            let next = parts * mesh_shape[axis] as i64;
            if next > factor.size || parts == factor.size {
                break;
            }
            parts = next;
            n += 1;
        }
        if n > 0 {
            split.push((f, rest[..n].to_vec()));
        }
        rest = &rest[n..];
        if parts != factor.size {
            break;
        }
    }
    (split, rest)
}

/// The strategy of an op without a rule: everything replicated, computed on every device.
pub fn replicated(op: &Op, func: &Func, cx: &CostContext) -> Strategy {
    let specs = |vs: &[alpa_stablehlo::ValueId]| -> Vec<Spec> { vs.iter().map(|v| vec![Vec::new(); rank(func.ty(*v))]).collect() };
    let flops = cost::flops(op, func);
    let (operands, results) = (specs(&op.operands), specs(&op.results));
    let compute = compute_cost(flops, op, func, cx, &operands, &results);
    Strategy { factor_axes: Vec::new(), operands, results, collectives: Vec::new(), flops, compute, comm: 0.0 }
}

/// The rank of a tensor type, 0 for anything else.
pub fn rank(ty: &Type) -> usize {
    ty.as_tensor().map_or(0, |t| t.rank())
}

fn partial_axes(rule: &ShardingRule, fa: &[Vec<usize>]) -> Vec<usize> {
    let mut axes: Vec<usize> = rule.factors.iter().zip(fa).filter(|(f, _)| matches!(f.kind, FactorKind::Contracting | FactorKind::Reduced)).flat_map(|(_, a)| a.iter().copied()).collect();
    axes.sort_unstable();
    axes
}

/// The strategy for a factor assignment, or `None` when some tensor could not express it;
/// `scatter` lists `(result dimension, axis)` reduce-scatters of partial results.
fn build(op: &Op, func: &Func, rule: &ShardingRule, fa: Vec<Vec<usize>>, scatter: &[(usize, usize)], cx: &CostContext) -> Option<Strategy> {
    let dims_spec = |dims: &Vec<Vec<usize>>| -> Option<Spec> {
        dims.iter()
            .map(|factors| {
                let mut axes = Vec::new();
                let sharded: Vec<usize> = factors.iter().copied().filter(|&f| !fa[f].is_empty()).collect();
                for (i, &f) in factors.iter().enumerate() {
                    if fa[f].is_empty() {
                        // An unsharded factor before a sharded one breaks contiguity.
                        if sharded.iter().any(|&g| factors[i + 1..].contains(&g)) {
                            return None;
                        }
                        continue;
                    }
                    let parts: i64 = fa[f].iter().map(|&a| cx.mesh.shape[a] as i64).product();
                    let last = sharded.last() == Some(&f);
                    if !last && parts != rule.factors[f].size {
                        return None;
                    }
                    axes.extend(&fa[f]);
                }
                Some(axes)
            })
            .collect()
    };
    let operands: Vec<Spec> = rule.operands.iter().map(dims_spec).collect::<Option<_>>()?;
    // The partitioner cannot reshape an unevenly split dimension (its padding would move).
    if op.name == "stablehlo.reshape" {
        let shape = func.ty(op.operands[0]).as_tensor().map(|t| t.shape.clone()).unwrap_or_default();
        if operands[0].iter().zip(&shape).any(|(axes, &n)| n % axes.iter().map(|&a| cx.mesh.shape[a] as i64).product::<i64>() != 0) {
            return None;
        }
    }
    let mut results: Vec<Spec> = rule.results.iter().map(dims_spec).collect::<Option<_>>()?;
    let partial = partial_axes(rule, &fa);
    if !partial.is_empty() && partial_reduction(op).is_none() {
        return None;
    }
    let mut collectives = Vec::new();
    for (r, &v) in op.results.iter().enumerate() {
        let Some(t) = func.ty(v).as_tensor() else { continue };
        if partial.is_empty() {
            continue;
        }
        let bytes = local_bytes(&t.shape, t.elem.byte_size(), &results[r], cx.mesh);
        let mut kind = CollectiveKind::AllReduce;
        for &(d, axis) in scatter {
            let mut dim = results[r][d].clone();
            dim.push(axis);
            let parts: i64 = dim.iter().map(|&a| cx.mesh.shape[a] as i64).product();
            if parts > t.shape[d] || !partial.contains(&axis) {
                return None;
            }
            results[r][d] = dim;
            kind = CollectiveKind::ReduceScatter;
        }
        let cost = kind.cost(cx.model, cx.mesh, bytes, &partial);
        collectives.push((r, Collective { kind, axes: partial.clone(), bytes, cost }));
    }
    if !scatter.is_empty() && collectives.iter().all(|(_, c)| c.kind != CollectiveKind::ReduceScatter) {
        return None;
    }
    let share: f64 = rule
        .factors
        .iter()
        .zip(&fa)
        .map(|(f, axes)| {
            let parts: i64 = axes.iter().map(|&a| cx.mesh.shape[a] as i64).product();
            ((f.size + parts - 1) / parts) as f64 / f.size as f64
        })
        .product();
    let flops = cost::flops(op, func) * share;
    let comm = collectives.iter().map(|(_, c)| c.cost).sum();
    let compute = compute_cost(flops, op, func, cx, &operands, &results);
    Some(Strategy { factor_axes: fa, operands, results, collectives, flops, compute, comm })
}

/// How partial results of `op` are combined by one all-reduce: a sum for contractions; the
/// reducer (add, maximum, minimum, multiply) of a single-result reduce. `None` for anything
/// else (a variadic reduce such as argmax, another reducer): those keep their reduced
/// dimensions whole. The planner and the partitioner both ask here.
pub fn partial_reduction(op: &Op) -> Option<Reduction> {
    match op.name.as_str() {
        "stablehlo.dot_general" | "stablehlo.convolution" => Some(Reduction::Sum),
        "stablehlo.reduce" if op.results.len() == 1 => {
            let body = op.regions.first()?.blocks.first()?;
            let mut combiners = body.ops.iter().filter(|o| o.name != "stablehlo.return");
            let combiner = combiners.next()?;
            if combiners.next().is_some() {
                return None;
            }
            match combiner.name.as_str() {
                "stablehlo.add" => Some(Reduction::Sum),
                "stablehlo.maximum" => Some(Reduction::Max),
                "stablehlo.minimum" => Some(Reduction::Min),
                "stablehlo.multiply" => Some(Reduction::Product),
                _ => None,
            }
        }
        _ => None,
    }
}

/// Seconds one device spends on its share of `op`: the arithmetic at the device's sustained
/// rate, or, when the device gives its memory bandwidth and that takes longer, moving its
/// local data: a contraction's operands and results, a reduction's operands (elementwise
/// chains fuse into those kernels and cost nothing of their own).
fn compute_cost(flops: f64, op: &Op, func: &Func, cx: &CostContext, operands: &[Spec], results: &[Spec]) -> f64 {
    if cx.alpa() {
        return 0.0;
    }
    let elem = op.results.first().and_then(|v| func.ty(*v).as_tensor()).map_or(ElemType::F32, |t| t.elem);
    let arithmetic = if flops == 0.0 { 0.0 } else { super::comm::compute_seconds(flops, elem, cx.device, cx.device.efficiency) };
    let Some(bandwidth) = cx.device.memory_bandwidth else { return arithmetic };
    let local = |values: &[alpa_stablehlo::ValueId], specs: &[Spec]| -> f64 {
        values.iter().zip(specs).filter_map(|(v, spec)| func.ty(*v).as_tensor().map(|t| local_bytes(&t.shape, t.elem.byte_size(), spec, cx.mesh))).sum()
    };
    // XLA fuses elementwise chains into the kernels around them: what reaches device memory
    // is what a contraction reads and writes and what a reduction reads.
    let bytes = match op.name.as_str() {
        _ if cost::is_heavy(op) => local(&op.operands, operands) + local(&op.results, results),
        "stablehlo.reduce" | "stablehlo.reduce_window" => local(&op.operands, operands),
        _ => 0.0,
    };
    arithmetic.max(bytes / bandwidth)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::cluster::ClusterSpec;
    use alpa_stablehlo::catalogue::sharding::sharding_rule;

    fn func_of(text: &str) -> Func {
        let module = alpa_stablehlo::parse_module(text).unwrap();
        let func = module.funcs().next().unwrap().clone();
        func
    }

    /// `check(mesh, body, labels)`: the strategies of the first op of `@main(body)`, as
    /// `label: operands -> results`.
    fn check(mesh: &[usize], model: CostModel, text: &str, want: &[&str]) {
        let func = func_of(text);
        let op = &func.body.entry().ops[0];
        let rule = sharding_rule(op, &func).unwrap();
        let mesh = LogicalMesh::alpa(mesh.to_vec()).unwrap();
        let cluster = ClusterSpec::preset("cpu").unwrap();
        let cx = CostContext { mesh: &mesh, model, device: &cluster.devices["cpu"], reduce_scatter: true };
        let got: Vec<String> = enumerate(op, &func, &rule, &cx).iter().map(|s| format!("{}: {:?} -> {:?}{}", s.label(), s.operands, s.results, if s.comm > 0.0 { " +comm" } else { "" })).collect();
        assert_eq!(got, want);
    }

    const DOT: &str = "func.func @main(%a: tensor<8x16xf32>, %b: tensor<16x4xf32>) -> tensor<8x4xf32> {
  %0 = stablehlo.dot_general %a, %b, contracting_dims = [1] x [0] : (tensor<8x16xf32>, tensor<16x4xf32>) -> tensor<8x4xf32>
  return %0 : tensor<8x4xf32>
}";

    #[test]
    fn dot_on_a_line() {
        check(
            &[4],
            CostModel::Alpa,
            DOT,
            &[
                "i@0: [[[0], []], [[], []]] -> [[[0], []]]",
                "j@0: [[[], []], [[], [0]]] -> [[[], [0]]]",
                "k@0: [[[], [0]], [[0], []]] -> [[[], []]] +comm",
                "k@0 ->rs: [[[], [0]], [[0], []]] -> [[[0], []]] +comm",
                "k@0 ->rs: [[[], [0]], [[0], []]] -> [[[], [0]]] +comm",
            ],
        );
    }

    /// With a memory bandwidth, an elementwise op costs nothing of its own (it fuses) and a
    /// contraction with little arithmetic per byte is priced by its traffic.
    #[test]
    fn memory_bandwidth_prices_low_intensity_contractions() {
        let text = "func.func @main(%a: tensor<1024x1024xf32>, %b: tensor<1024x2xf32>) -> tensor<1024x2xf32> {
  %0 = stablehlo.dot_general %a, %b, contracting_dims = [1] x [0] : (tensor<1024x1024xf32>, tensor<1024x2xf32>) -> tensor<1024x2xf32>
  %1 = stablehlo.add %0, %0 : tensor<1024x2xf32>
  return %1 : tensor<1024x2xf32>
}";
        let func = func_of(text);
        let mesh = LogicalMesh::alpa(vec![1]).unwrap();
        let cluster = ClusterSpec::preset("p3.16xlarge").unwrap();
        let device = &cluster.devices["V100"];
        let cx = CostContext { mesh: &mesh, model: CostModel::Analytic, device, reduce_scatter: true };
        let ops = &func.body.entry().ops;
        let dot = replicated(&ops[0], &func, &cx);
        let bytes = (1024.0 * 1024.0 + 2.0 * 1024.0 + 2.0 * 1024.0) * 4.0;
        assert_eq!(dot.compute, bytes / 900e9);
        assert!(dot.compute > super::super::comm::compute_seconds(dot.flops, ElemType::F32, device, device.efficiency));
        let add = replicated(&ops[1], &func, &cx);
        assert_eq!(add.compute, super::super::comm::compute_seconds(add.flops, ElemType::F32, device, device.efficiency));
    }

    #[test]
    fn analytic_keeps_replicated() {
        let func = func_of(DOT);
        let op = &func.body.entry().ops[0];
        let rule = sharding_rule(op, &func).unwrap();
        let mesh = LogicalMesh::alpa(vec![4]).unwrap();
        let cluster = ClusterSpec::preset("cpu").unwrap();
        let cx = CostContext { mesh: &mesh, model: CostModel::Analytic, device: &cluster.devices["cpu"], reduce_scatter: true };
        let all = enumerate(op, &func, &rule, &cx);
        assert_eq!(all[0].label(), "replicated");
        assert!(all[0].compute > all[1].compute * 3.9, "splitting divides the work");
    }

    #[test]
    fn layouts_of_a_tensor() {
        let mesh = LogicalMesh::alpa(vec![2, 4]).unwrap();
        let specs = tensor_specs(&[8, 2], &mesh);
        // axis 1 (4 devices) cannot split the dimension of 2
        assert!(specs.contains(&vec![vec![1, 0], vec![]]) && specs.contains(&vec![vec![0, 1], vec![]]));
        assert!(!specs.iter().any(|s| s[1].contains(&1)));
        assert_eq!(specs.len(), 7);
    }

    #[test]
    fn follower_keeps_the_leader_layout() {
        let func = func_of(
            "func.func @main(%a: tensor<8x16xf32>) -> tensor<8x4x4xf32> {
  %0 = stablehlo.reshape %a : (tensor<8x16xf32>) -> tensor<8x4x4xf32>
  return %0 : tensor<8x4x4xf32>
}",
        );
        let op = &func.body.entry().ops[0];
        let rule = sharding_rule(op, &func).unwrap();
        let mesh = LogicalMesh::alpa(vec![2, 4]).unwrap();
        let cluster = ClusterSpec::preset("cpu").unwrap();
        let cx = CostContext { mesh: &mesh, model: CostModel::Alpa, device: &cluster.devices["cpu"], reduce_scatter: false };
        let s = follow(op, &func, &rule, 0, &vec![vec![0], vec![1]], &cx);
        assert_eq!(s.results, vec![vec![vec![0], vec![1], vec![]]]);
        // 16 split 8 ways = the 4 of the major factor split fully, then 2 of the minor one
        let s = follow(op, &func, &rule, 0, &vec![vec![], vec![1, 0]], &cx);
        assert_eq!(s.results, vec![vec![vec![], vec![1], vec![0]]]);
    }
}
