//! Tensor layouts on a mesh and what it costs to change one into another.
//!
//! A [`Spec`] says, per tensor dimension, which mesh axes split it (major to minor), like the
//! `split_axes` of a `shard.sharding`. Changing a tensor from one spec to another takes a
//! sequence of real collectives, never an "impossible" (Alpa priced some of these as
//! infinite; every pair of layouts is connected by gathering and slicing):
//!
//! - *slice* (free): split a dimension over an axis the tensor does not use yet; each device
//!   keeps its part of what it already has;
//! - *all-to-all* over an axis: move the minor-most split of one dimension to another;
//! - *all-gather* over an axis (or the minor-most axes of several dimensions at once): undo a
//!   split.
//!
//! Only minor-most axes move, so the blocks a device holds always stay contiguous slices of
//! each dimension, which is what a `shard.sharding` can say. [`reshard`] finds the cheapest
//! sequence under a [`CostModel`] by Dijkstra; the tests check it against sequences derived
//! by hand. In Alpa's mode on a mesh with two axes of more than one device, all-to-alls are
//! left out, as Alpa leaves them out (its all-to-all formula is fitted to 1-D meshes and
//! underprices 2-D ones): layouts change by gathering and slicing only.

use super::comm::CostModel;
use super::mesh::LogicalMesh;
use alpa_stablehlo::shard::Sharding;
use std::collections::{BTreeMap, BinaryHeap};

/// Per tensor dimension, the mesh axes it is split over, major to minor; one entry per
/// dimension (`[]` for a replicated dimension).
pub type Spec = Vec<Vec<usize>>;

/// The replicated spec of a rank-`rank` tensor.
pub fn replicated(rank: usize) -> Spec {
    vec![Vec::new(); rank]
}

/// `spec` as a `shard.sharding` on `grid`, in the form MLIR prints: trailing unsplit
/// dimensions dropped, a fully replicated tensor `[[]]`.
pub fn to_sharding(spec: &Spec, grid: &str) -> Sharding {
    let mut split_axes: Vec<Vec<i16>> = spec.iter().map(|axes| axes.iter().map(|&a| a as i16).collect()).collect();
    while split_axes.last().is_some_and(Vec::is_empty) {
        split_axes.pop();
    }
    if split_axes.is_empty() {
        split_axes.push(Vec::new());
    }
    Sharding { grid: grid.to_string(), split_axes }
}

/// The spec of a rank-`rank` tensor laid out by `sharding` (the inverse of [`to_sharding`]).
pub fn from_sharding(sharding: &Sharding, rank: usize) -> Spec {
    (0..rank).map(|d| sharding.dim_axes(d).iter().map(|&a| a as usize).collect()).collect()
}

/// Number of devices a tensor with `spec` is divided among (the product of the used axes).
pub fn tiles(spec: &Spec, mesh: &LogicalMesh) -> usize {
    spec.iter().flatten().map(|&a| mesh.shape[a]).product()
}

/// Bytes of one device's shard: each dimension divided by its devices, rounded up.
pub fn local_bytes(shape: &[i64], elem_bytes: u64, spec: &Spec, mesh: &LogicalMesh) -> f64 {
    let elems: f64 = shape
        .iter()
        .enumerate()
        .map(|(d, &n)| {
            let parts: i64 = spec.get(d).map_or(1, |axes| axes.iter().map(|&a| mesh.shape[a] as i64).product());
            ((n + parts - 1) / parts) as f64
        })
        .product();
    elems * elem_bytes as f64
}

/// A kind of collective, as plans count them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CollectiveKind {
    /// Sum (or another reduction) of partial results, everywhere.
    AllReduce,
    /// Concatenation of shards, everywhere.
    AllGather,
    /// Sum of partial results, each device keeping a shard.
    ReduceScatter,
    /// Re-splitting along another dimension.
    AllToAll,
    /// Point-to-point shifts along an axis.
    CollectivePermute,
}

impl CollectiveKind {
    /// Every kind, in plan order.
    pub const ALL: [CollectiveKind; 5] = [CollectiveKind::AllReduce, CollectiveKind::AllGather, CollectiveKind::ReduceScatter, CollectiveKind::AllToAll, CollectiveKind::CollectivePermute];

    /// The plan JSON key: `all_reduce`, ...
    pub fn key(self) -> &'static str {
        match self {
            CollectiveKind::AllReduce => "all_reduce",
            CollectiveKind::AllGather => "all_gather",
            CollectiveKind::ReduceScatter => "reduce_scatter",
            CollectiveKind::AllToAll => "all_to_all",
            CollectiveKind::CollectivePermute => "collective_permute",
        }
    }

    /// The price of this collective over `axes` for a buffer of `bytes` (see
    /// [`CostModel`] for which buffer `bytes` means).
    pub fn cost(self, model: CostModel, mesh: &LogicalMesh, bytes: f64, axes: &[usize]) -> f64 {
        match self {
            CollectiveKind::AllReduce => model.all_reduce(mesh, bytes, axes),
            CollectiveKind::AllGather => model.all_gather(mesh, bytes, axes),
            CollectiveKind::ReduceScatter => model.reduce_scatter(mesh, bytes, axes),
            CollectiveKind::AllToAll => model.all_to_all(mesh, bytes, axes),
            CollectiveKind::CollectivePermute => model.collective_permute(mesh, bytes, axes),
        }
    }
}

/// One collective a plan implies.
#[derive(Clone, Debug, PartialEq)]
pub struct Collective {
    /// What it does.
    pub kind: CollectiveKind,
    /// The mesh axes it runs over.
    pub axes: Vec<usize>,
    /// The buffer it is priced on (see [`CostModel`]).
    pub bytes: f64,
    /// Its price.
    pub cost: f64,
}

fn priced(model: CostModel, mesh: &LogicalMesh, kind: CollectiveKind, axes: Vec<usize>, bytes: f64) -> Collective {
    let cost = kind.cost(model, mesh, bytes, &axes);
    Collective { kind, axes, bytes, cost }
}

/// The cheapest sequence of moves taking a tensor of `shape` from `src` to `dst`, and its
/// total price, by Dijkstra over every layout. Moves: slice one free axis onto the minor end
/// of a dimension (free); all-gather the minor-most axis of a dimension; all-to-all the
/// minor-most axis of a dimension onto the minor end of another; all-gather the minor-most
/// axes of several dimensions at once. A layout has at most `(rank + 1)^axes` orderings of
/// axes, a few dozen, so the search is cheap; callers cache it per tensor type and pair.
pub fn reshard(model: CostModel, mesh: &LogicalMesh, shape: &[i64], elem_bytes: u64, src: &Spec, dst: &Spec) -> (f64, Vec<Collective>) {
    let (cost, steps, _) = search(model, mesh, shape, elem_bytes, src, dst);
    (cost, steps)
}

/// The layouts [`reshard`]'s cheapest sequence passes through, `src` first and `dst` last;
/// consecutive layouts differ by one move (a slice, an all-to-all, or an all-gather of one or
/// more dimensions' minor-most axes). What the partitioner emits, so its collectives are the
/// ones the planner priced.
pub fn reshard_path(model: CostModel, mesh: &LogicalMesh, shape: &[i64], elem_bytes: u64, src: &Spec, dst: &Spec) -> Vec<Spec> {
    search(model, mesh, shape, elem_bytes, src, dst).2
}

fn search(model: CostModel, mesh: &LogicalMesh, shape: &[i64], elem_bytes: u64, src: &Spec, dst: &Spec) -> (f64, Vec<Collective>, Vec<Spec>) {
    match (Packed::pack(src, mesh.rank()), Packed::pack(dst, mesh.rank())) {
        (Some(from), Some(to)) => search_packed(model, mesh, shape, elem_bytes, from, to),
        _ => search_specs(model, mesh, shape, elem_bytes, src, dst),
    }
}

/// `spec` on a mesh of `mesh_rank` axes as one integer, equal exactly for equal specs;
/// `None` for layouts too big to pack (more than 4 mesh axes or 15 dimensions).
pub fn packed_layout(spec: &Spec, mesh_rank: usize) -> Option<u32> {
    Packed::pack(spec, mesh_rank).map(|p| p.0)
}

/// A layout packed into one integer for [`search_packed`]: per mesh axis (at most
/// [`Packed::AXES`]), 8 bits holding the dimension it splits ([`Packed::UNUSED`] for none)
/// and its place among that dimension's axes, major first.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Packed(u32);

impl Packed {
    const AXES: usize = 4;
    const DIMS: usize = 16;
    const UNUSED: u32 = 0x1f;

    fn pack(spec: &Spec, mesh_rank: usize) -> Option<Packed> {
        if mesh_rank > Packed::AXES || spec.len() >= Packed::DIMS {
            return None;
        }
        let mut bits = u32::MAX;
        for (d, axes) in spec.iter().enumerate() {
            for (place, &a) in axes.iter().enumerate() {
                if a >= mesh_rank || (bits >> (8 * a)) & 0xff != 0xff {
                    return None;
                }
                bits &= !(0xff << (8 * a));
                bits |= ((d as u32) | ((place as u32) << 5)) << (8 * a);
            }
        }
        // Axes not named stay 0xff: unused (dimension 0x1f).
        Some(Packed(bits))
    }

    /// The dimension axis `a` splits, if any.
    fn dim(self, a: usize) -> Option<usize> {
        let d = (self.0 >> (8 * a)) & Packed::UNUSED;
        (d != Packed::UNUSED).then_some(d as usize)
    }

    fn place(self, a: usize) -> usize {
        ((self.0 >> (8 * a + 5)) & 0x7) as usize
    }

    fn set(self, a: usize, dim: Option<usize>, place: usize) -> Packed {
        let byte = dim.map_or(0xff, |d| (d as u32) | ((place as u32) << 5));
        Packed((self.0 & !(0xff << (8 * a))) | (byte << (8 * a)))
    }

    /// How many axes split dimension `d`.
    fn count(self, d: usize, axes: usize) -> usize {
        (0..axes).filter(|&a| self.dim(a) == Some(d)).count()
    }

    /// The minor-most axis of dimension `d`.
    fn minor(self, d: usize, axes: usize) -> Option<usize> {
        (0..axes).filter(|&a| self.dim(a) == Some(d)).max_by_key(|&a| self.place(a))
    }

    fn unpack(self, rank: usize, axes: usize) -> Spec {
        let mut spec = replicated(rank);
        for (d, list) in spec.iter_mut().enumerate() {
            let mut on: Vec<usize> = (0..axes).filter(|&a| self.dim(a) == Some(d)).collect();
            on.sort_by_key(|&a| self.place(a));
            *list = on;
        }
        spec
    }

    /// A key ordered as the unpacked specs are (dimension by dimension, each list of axes
    /// lexicographically, a prefix first): per dimension, per place, the axis + 1 or 0.
    fn order(self, rank: usize, axes: usize) -> u128 {
        let mut key = 0u128;
        for d in 0..rank {
            let mut places = [0u128; Packed::AXES];
            for a in (0..axes).filter(|&a| self.dim(a) == Some(d)) {
                places[self.place(a)] = a as u128 + 1;
            }
            for &p in &places[..axes] {
                key = (key << 3) | p;
            }
        }
        key
    }

    /// Bytes of one device's shard, as [`local_bytes`].
    fn local_bytes(self, shape: &[i64], elem_bytes: u64, mesh: &LogicalMesh) -> f64 {
        let mut parts = [1i64; Packed::DIMS];
        for a in 0..mesh.rank() {
            if let Some(d) = self.dim(a) {
                parts[d] *= mesh.shape[a] as i64;
            }
        }
        let elems: f64 = shape.iter().zip(parts).map(|(&n, p)| ((n + p - 1) / p) as f64).product();
        elems * elem_bytes as f64
    }
}

/// [`search_specs`] on packed layouts: the same moves, in the same order, with the same
/// tie-break (cost, then the smaller spec), so it finds the same sequence, without allocating
/// a spec per state.
fn search_packed(model: CostModel, mesh: &LogicalMesh, shape: &[i64], elem_bytes: u64, src: Packed, dst: Packed) -> (f64, Vec<Collective>, Vec<Spec>) {
    let (rank, axes) = (shape.len(), mesh.rank());
    if src == dst {
        return (0.0, Vec::new(), vec![src.unpack(rank, axes)]);
    }
    let all_to_all = model != CostModel::Alpa || mesh.shape.iter().filter(|&&n| n > 1).count() < 2;
    // A move: its collective (none for a slice), the axes it runs over in order, the buffer
    // it is priced on, and its price.
    #[derive(Clone, Copy)]
    struct Move {
        kind: Option<CollectiveKind>,
        axes: [usize; Packed::AXES],
        count: usize,
        bytes: f64,
        cost: f64,
    }
    let slice = Move { kind: None, axes: [0; Packed::AXES], count: 0, bytes: 0.0, cost: 0.0 };
    let price =
        |kind: CollectiveKind, axes: [usize; Packed::AXES], count: usize, bytes: f64| -> Move { Move { kind: Some(kind), axes, count, bytes, cost: kind.cost(model, mesh, bytes, &axes[..count]) } };
    // Per state seen: its layout, best cost, and the state and move it was reached by.
    struct Seen {
        at: Packed,
        cost: f64,
        from: Option<(usize, Move)>,
    }
    let mut seen: Vec<Seen> = vec![Seen { at: src, cost: 0.0, from: None }];
    let find = |seen: &[Seen], p: Packed| seen.iter().position(|s| s.at == p);
    // Queued by (cost, spec order); a state's index follows from its layout.
    let mut heap = BinaryHeap::from([Cheapest(0.0, (src.order(rank, axes), 0))]);
    let mut next: Vec<(Move, Packed)> = Vec::new();
    while let Some(Cheapest(cost, (_, i))) = heap.pop() {
        let spec = seen[i].at;
        if spec == dst {
            let (mut steps, mut path) = (Vec::new(), vec![spec.unpack(rank, axes)]);
            let mut at = i;
            while let Some((prev, step)) = seen[at].from {
                if let Some(kind) = step.kind {
                    steps.push(Collective { kind, axes: step.axes[..step.count].to_vec(), bytes: step.bytes, cost: step.cost });
                }
                path.push(seen[prev].at.unpack(rank, axes));
                at = prev;
            }
            steps.reverse();
            path.reverse();
            return (cost, steps, path);
        }
        if seen[i].cost < cost {
            continue;
        }
        next.clear();
        for axis in (0..axes).filter(|&a| spec.dim(a).is_none()) {
            for d in 0..rank {
                next.push((slice, spec.set(axis, Some(d), spec.count(d, axes))));
            }
        }
        let own_bytes = spec.local_bytes(shape, elem_bytes, mesh);
        // The minor-most axis of each split dimension, in dimension order.
        let (mut all_minors, mut minors, mut count) = (spec, [0usize; Packed::AXES], 0);
        for d in 0..rank {
            let Some(axis) = spec.minor(d, axes) else { continue };
            (minors[count], count) = (axis, count + 1);
            all_minors = all_minors.set(axis, None, 0);
            let one = [axis; Packed::AXES];
            let gathered = spec.set(axis, None, 0);
            next.push((price(CollectiveKind::AllGather, one, 1, gathered.local_bytes(shape, elem_bytes, mesh)), gathered));
            for e in (0..rank).filter(|&e| e != d && all_to_all) {
                let moved = spec.set(axis, Some(e), spec.count(e, axes));
                next.push((price(CollectiveKind::AllToAll, one, 1, own_bytes * mesh.shape[axis] as f64), moved));
            }
        }
        if count > 1 {
            next.push((price(CollectiveKind::AllGather, minors, count, all_minors.local_bytes(shape, elem_bytes, mesh)), all_minors));
        }
        for (step, s) in next.drain(..) {
            let c = cost + step.cost;
            let j = match find(&seen, s) {
                Some(j) if c >= seen[j].cost => continue,
                Some(j) => j,
                None => {
                    seen.push(Seen { at: s, cost: c, from: None });
                    seen.len() - 1
                }
            };
            seen[j].cost = c;
            seen[j].from = Some((i, step));
            heap.push(Cheapest(c, (s.order(rank, axes), j)));
        }
    }
    unreachable!("gathering everything and slicing reaches every layout")
}

/// A search state in the queue: Dijkstra pops the least cost first, ties to the smaller key
/// (so both searches take the same path).
#[derive(PartialEq)]
struct Cheapest<K>(f64, K);

impl<K: Ord> Eq for Cheapest<K> {}

impl<K: Ord> PartialOrd for Cheapest<K> {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl<K: Ord> Ord for Cheapest<K> {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        other.0.total_cmp(&self.0).then_with(|| other.1.cmp(&self.1))
    }
}

/// The search on specs themselves, for meshes or tensors too big for [`Packed`].
fn search_specs(model: CostModel, mesh: &LogicalMesh, shape: &[i64], elem_bytes: u64, src: &Spec, dst: &Spec) -> (f64, Vec<Collective>, Vec<Spec>) {
    if src == dst {
        return (0.0, Vec::new(), vec![src.clone()]);
    }
    // Alpa's formula for an all-to-all is only meant for 1-D meshes (its penalty factor n/2 is
    // fitted there) and Alpa reshards 2-D layouts by gathering and slicing; in Alpa's mode on
    // a mesh with two live axes, so do we.
    let all_to_all = model != CostModel::Alpa || mesh.shape.iter().filter(|&&n| n > 1).count() < 2;
    let mut best: BTreeMap<Spec, f64> = BTreeMap::from([(src.clone(), 0.0)]);
    let mut came_from: BTreeMap<Spec, (Spec, Option<Collective>)> = BTreeMap::new();
    let mut heap = BinaryHeap::from([Cheapest(0.0, src.clone())]);
    while let Some(Cheapest(cost, spec)) = heap.pop() {
        if &spec == dst {
            let (mut steps, mut path) = (Vec::new(), vec![spec.clone()]);
            let mut at = spec;
            while let Some((prev, step)) = came_from.get(&at) {
                steps.extend(step.clone());
                path.push(prev.clone());
                at = prev.clone();
            }
            steps.reverse();
            path.reverse();
            return (cost, steps, path);
        }
        if best.get(&spec).is_some_and(|&b| b < cost) {
            continue;
        }
        let mut next: Vec<(Option<Collective>, Spec)> = Vec::new();
        let used: Vec<usize> = spec.iter().flatten().copied().collect();
        for axis in (0..mesh.rank()).filter(|a| !used.contains(a)) {
            for d in 0..spec.len() {
                let mut s = spec.clone();
                s[d].push(axis);
                next.push((None, s));
            }
        }
        let minors: Vec<(usize, usize)> = spec.iter().enumerate().filter_map(|(d, axes)| axes.last().map(|&a| (d, a))).collect();
        for &(d, axis) in &minors {
            let mut gathered = spec.clone();
            gathered[d].pop();
            let bytes = local_bytes(shape, elem_bytes, &gathered, mesh);
            next.push((Some(priced(model, mesh, CollectiveKind::AllGather, vec![axis], bytes)), gathered.clone()));
            for e in (0..spec.len()).filter(|&e| e != d && all_to_all) {
                let mut s = gathered.clone();
                s[e].push(axis);
                let group_bytes = local_bytes(shape, elem_bytes, &spec, mesh) * mesh.shape[axis] as f64;
                next.push((Some(priced(model, mesh, CollectiveKind::AllToAll, vec![axis], group_bytes)), s));
            }
        }
        if minors.len() > 1 {
            let mut gathered = spec.clone();
            let axes: Vec<usize> = minors
                .iter()
                .map(|&(d, a)| {
                    gathered[d].pop();
                    a
                })
                .collect();
            let bytes = local_bytes(shape, elem_bytes, &gathered, mesh);
            next.push((Some(priced(model, mesh, CollectiveKind::AllGather, axes, bytes)), gathered));
        }
        for (step, s) in next {
            let c = cost + step.as_ref().map_or(0.0, |st| st.cost);
            if best.get(&s).is_none_or(|&b| c < b) {
                best.insert(s.clone(), c);
                came_from.insert(s.clone(), (spec.clone(), step));
                heap.push(Cheapest(c, s));
            }
        }
    }
    unreachable!("gathering everything and slicing reaches every layout")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mesh(shape: &[usize]) -> LogicalMesh {
        LogicalMesh::alpa(shape.to_vec()).unwrap()
    }

    /// `check(mesh, src, dst, kinds)`: the collectives on a 64x32 f32 tensor.
    fn check(shape: &[usize], src: &[&[usize]], dst: &[&[usize]], want: &[(CollectiveKind, &[usize])]) {
        let m = mesh(shape);
        let spec = |s: &[&[usize]]| -> Spec { s.iter().map(|a| a.to_vec()).collect() };
        let (cost, steps) = reshard(CostModel::Analytic, &m, &[64, 32], 4, &spec(src), &spec(dst));
        let got: Vec<(CollectiveKind, &[usize])> = steps.iter().map(|c| (c.kind, c.axes.as_slice())).collect();
        assert_eq!(got, want, "{src:?} -> {dst:?}");
        assert_eq!(cost, steps.iter().map(|c| c.cost).sum::<f64>());
    }

    #[test]
    fn sequences() {
        use CollectiveKind::*;
        check(&[4], &[&[], &[]], &[&[0], &[]], &[]);
        check(&[4], &[&[0], &[]], &[&[], &[]], &[(AllGather, &[0])]);
        check(&[4], &[&[0], &[]], &[&[], &[0]], &[(AllToAll, &[0])]);
        check(&[2, 4], &[&[0], &[1]], &[&[1], &[0]], &[(AllGather, &[0]), (AllToAll, &[1])]);
        // Alpa's all-to-all is cheap: moving axis 1 away first lets each gather use its own axis's beta.
        check(&[2, 4], &[&[0, 1], &[]], &[&[], &[]], &[(AllToAll, &[1]), (AllGather, &[0]), (AllGather, &[1])]);
        check(&[2, 4], &[&[0], &[1]], &[&[], &[]], &[(AllGather, &[0]), (AllGather, &[1])]);
        check(&[2, 4], &[&[0, 1], &[]], &[&[0], &[]], &[(AllGather, &[1])]);
        check(&[2, 4], &[&[0], &[]], &[&[0, 1], &[]], &[]);
        check(&[2, 4], &[&[1], &[]], &[&[0, 1], &[]], &[(AllToAll, &[1]), (AllToAll, &[1])]);
    }

    #[test]
    fn all_gather_prices_the_gathered_buffer() {
        let m = mesh(&[4]);
        let (cost, _) = reshard(CostModel::Alpa, &m, &[64, 32], 4, &vec![vec![0], vec![]], &replicated(2));
        assert_eq!(cost, CostModel::Alpa.all_gather(&m, 64.0 * 32.0 * 4.0, &[0]));
    }

    /// Every pair of layouts of a rank-2 tensor on several meshes is connected, and never
    /// costs more than gathering everything and slicing.
    #[test]
    fn every_pair_is_connected() {
        for shape in [vec![4], vec![2, 2], vec![2, 4], vec![4, 1]] {
            let m = mesh(&shape);
            let specs = all_specs(2, m.rank());
            for model in [CostModel::Alpa, CostModel::Analytic] {
                for src in &specs {
                    for dst in &specs {
                        let (cost, steps) = reshard(model, &m, &[64, 32], 4, src, dst);
                        assert_eq!(cost, steps.iter().map(|c| c.cost).sum::<f64>());
                        let axes: Vec<usize> = src.iter().flatten().copied().collect();
                        let gather_all = if axes.is_empty() { 0.0 } else { model.all_gather(&m, 64.0 * 32.0 * 4.0, &axes) };
                        assert!(cost <= gather_all + 1e-9, "{shape:?} {model:?} {src:?}->{dst:?}: {cost} > {gather_all}");
                    }
                }
            }
        }
    }

    /// The packed search finds what the search on specs finds (cost, moves, layouts), on
    /// tensors that divide evenly and ones that do not.
    #[test]
    fn packed_search_matches_the_search_on_specs() {
        for shape in [vec![4], vec![2, 4], vec![4, 2], vec![1, 4]] {
            let m = mesh(&shape);
            for dims in [vec![64, 32, 8], vec![6, 5, 3]] {
                // Both orders of two axes on one dimension.
                let mut specs = all_specs(dims.len(), m.rank());
                specs.extend(specs.clone().into_iter().filter(|s| s.iter().any(|a| a.len() > 1)).map(|s| s.into_iter().map(|a| a.into_iter().rev().collect()).collect::<Spec>()));
                for model in [CostModel::Alpa, CostModel::Analytic] {
                    for src in &specs {
                        for dst in &specs {
                            let packed = search_packed(model, &m, &dims, 2, Packed::pack(src, m.rank()).unwrap(), Packed::pack(dst, m.rank()).unwrap());
                            assert_eq!(packed, search_specs(model, &m, &dims, 2, src, dst), "{shape:?} {model:?} {src:?} -> {dst:?}");
                        }
                    }
                }
            }
        }
    }

    fn all_specs(rank: usize, mesh_rank: usize) -> Vec<Spec> {
        let mut out = vec![replicated(rank)];
        for axis in 0..mesh_rank {
            let mut more = Vec::new();
            for spec in &out {
                for d in 0..rank {
                    let mut s: Spec = spec.clone();
                    s[d].push(axis);
                    more.push(s);
                }
            }
            out.extend(more);
        }
        out
    }
}
