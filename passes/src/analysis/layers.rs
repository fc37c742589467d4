//! Layers of a training step: what each op does (forward, backward, update) and which of L
//! layers it belongs to, so the stage search can cut the model between layers.
//!
//! - Expects: an imported entry function whose result 0 is the loss, with the batch
//!   dimensions of [`BatchDims`].
//! - Guarantees: [`roles`] sorts every top-level op into [`Role::Forward`] (the loss depends on
//!   it), [`Role::Backward`] (it takes, makes, or feeds batch-carrying values: it runs once per
//!   micro-batch) and [`Role::Update`] (the rest: the optimizer, run once per step on the
//!   accumulated gradients). [`Layering::cluster`] gives every op a layer `0..count`:
//!   - forward ops by Alpa's operator-clustering DP: the forward ops in program order are cut
//!     into atoms, each ending at a heavy op (dot, convolution); contiguous runs of atoms
//!     become layers whose heavy-op FLOPs are at most `(1 + 0.5)` times the average, choosing
//!     among those cuts the one whose largest input (bytes a layer reads from earlier layers'
//!     forward values) is smallest, ties to the lowest sum of squared FLOPs. Without a
//!     balanced cut the FLOP bound is dropped. Ops marked `alpa.layer = N` by the user keep
//!     their layer (user boundaries), when every forward heavy op is marked; a step with every
//!     op marked (as `alpa-cluster-layers` leaves it) is taken as it is.
//!   - backward and update ops follow the forward ops they read: an op takes the latest layer
//!     among the forward values it reads (a forward value belongs to the first layer that
//!     reads it in forward, the layer that keeps it for backward); an op reading no forward
//!     value takes the earliest layer among its backward/update operands (gradients flow
//!     from the last layer down); one reading neither (transposes of weights, step counters)
//!     takes its first consumer's layer. An op is never placed after a backward operand's
//!     layer, so backward, run from the last layer down, never reads ahead. Arguments (weights) and free values (constants and
//!     what is computed from them alone) are available to every stage and place no op.
//!
//!   With `layers=auto`, a step whose forward atoms repeat (a stack of identical blocks) is
//!   clustered over repeat units instead of atoms: one unit per period of the longest
//!   repeating run of atom signatures (op names and types), extended op by op while the ops
//!   repeat and cut between ops where the fewest bytes cross (among boundaries within 0.1%
//!   of it, the one just after an op making a remat block's input, so a block's recompute
//!   stays with its forward, then one between atoms), plus the ops before the first cut and
//!   after the last; so layers hold whole blocks, residual to residual. [`Layering::pieces`]
//!   cuts layers further at unit boundaries: the pieces of a transformer stack are
//!   identical, and a cost model plans each kind once.
//! - [`Layering::cut_bytes`] is what crosses each cut after layer k per micro-batch (values made
//!   on one side and read on the other, batch dimensions divided by the micro-batch count):
//!   the cross-stage transfer the stage search prices.

use super::microbatch::BatchDims;
use alpa_stablehlo::catalogue::cost;
use alpa_stablehlo::{Diag, Func};

/// Attributes saying where an op was placed (its layer, its role), not what it computes.
pub fn is_placement(name: &str) -> bool {
    name == "alpa.layer" || name == "alpa.role"
}

/// What an op of a training step does.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Role {
    /// The loss depends on it.
    Forward,
    /// Gradients: runs once per micro-batch, after the forward.
    Backward,
    /// The optimizer: runs once per step on the accumulated gradients.
    Update,
}

impl Role {
    /// Lower-case name, as the plan and the IR write it.
    pub fn name(self) -> &'static str {
        match self {
            Role::Forward => "forward",
            Role::Backward => "backward",
            Role::Update => "update",
        }
    }
}

/// The role of every top-level op of `func` (`func.return` is `Update`).
pub fn roles(func: &Func, dims: &BatchDims) -> Vec<Role> {
    let ops = &func.body.entry().ops;
    let mut loss = vec![false; func.values.len()];
    if let Some(v) = ops.last().filter(|op| op.name == "func.return").and_then(|op| op.operands.first()) {
        loss[v.index()] = true;
    }
    // Values some batch-carrying computation needs (weights cast or transposed for a dot).
    let mut feeds_batch = vec![false; func.values.len()];
    let mut out = vec![Role::Update; ops.len()];
    for (i, op) in ops.iter().enumerate().rev() {
        if op.name == "func.return" {
            continue;
        }
        let batched = op.operands.iter().chain(&op.results).any(|v| dims.dim[v.index()].is_some());
        let needed_by_loss = op.results.iter().any(|r| loss[r.index()]);
        let feeds = op.results.iter().any(|r| feeds_batch[r.index()]);
        out[i] = if needed_by_loss {
            Role::Forward
        } else if batched || feeds {
            Role::Backward
        } else {
            Role::Update
        };
        for v in &op.operands {
            if needed_by_loss {
                loss[v.index()] = true;
            }
            if batched || feeds || needed_by_loss {
                feeds_batch[v.index()] = true;
            }
        }
    }
    out
}

/// Every op's layer.
#[derive(Clone, Debug)]
pub struct Layering {
    /// How many layers.
    pub count: usize,
    /// Per top-level op, its layer.
    pub of_op: Vec<usize>,
    /// Per op, its role.
    pub roles: Vec<Role>,
    /// Whether the layers came from the user's `alpa.layer` marks.
    pub from_user: bool,
    /// Per top-level op, its repeat unit (see [`Layering::pieces`]).
    pub units: Vec<usize>,
}

/// A layering refined by repeat units: every (layer, unit) pair holding ops is a piece.
pub struct Pieces {
    /// The pieces as layers of their own (`count` pieces, in program order).
    pub layering: Layering,
    /// Per piece, the layer it is part of.
    pub layer: Vec<usize>,
}

/// On an entry function whose ops carry `alpa.layer`: the layers were chosen automatically
/// (`alpa-cluster-layers` with `layers=auto`), not marked by the user.
pub const AUTO_ATTR: &str = "alpa.layers_auto";

/// The largest imbalance the clustering DP accepts: a layer's heavy FLOPs over the average.
const BALANCE: f64 = 1.5;

impl Layering {
    /// Clusters `func` into `layers` layers (`None`: as many as keep at least three heavy ops
    /// per layer, at most 16), see the module docs.
    pub fn cluster(func: &Func, dims: &BatchDims, layers: Option<usize>) -> Result<Layering, Diag> {
        let roles = roles(func, dims);
        let ops = &func.body.entry().ops;
        let forward: Vec<usize> = (0..ops.len()).filter(|&i| roles[i] == Role::Forward).collect();
        let mut of_op = vec![usize::MAX; ops.len()];
        let atoms = atoms(func, &forward);
        let units = units(func, &forward, &atoms);
        // A step marked whole (as alpa-cluster-layers writes it) keeps every mark.
        let marked: Vec<Option<i64>> = ops.iter().map(|op| op.int("alpa.layer")).collect();
        if ops.iter().zip(&marked).all(|(op, m)| op.name == "func.return" || m.is_some_and(|l| l >= 0)) && marked.iter().any(Option::is_some) {
            let of_op: Vec<usize> = marked.iter().map(|m| m.map_or(0, |l| l as usize)).collect();
            let count = of_op.iter().max().map_or(1, |m| m + 1);
            if let Some(n) = layers.filter(|&n| n != count) {
                return Err(Diag::input(func.pos, format!("layers={n} but the input marks {count} layers with alpa.layer")));
            }
            let units = units_of_ops(func, &roles, &units);
            // Marks `alpa-cluster-layers` chose itself are not the user's.
            let from_user = func.attr(AUTO_ATTR).is_none();
            return Ok(Layering { count, of_op, roles, from_user, units });
        }
        let user: Vec<Option<i64>> = forward.iter().map(|&i| ops[i].int("alpa.layer")).collect();
        let heavy_marked = forward.iter().zip(&user).filter(|(i, _)| cost::is_heavy(&ops[**i])).all(|(_, u)| u.is_some());
        let from_user = heavy_marked && user.iter().any(Option::is_some);
        let count = if from_user {
            let mut last = 0usize;
            for (k, &i) in forward.iter().enumerate() {
                if let Some(l) = user[k] {
                    let l = usize::try_from(l).map_err(|_| Diag::input(ops[i].pos, format!("alpa.layer = {l} on '{}' is negative", ops[i].name)))?;
                    if l < last {
                        return Err(Diag::input(ops[i].pos, format!("alpa.layer = {l} on '{}' comes after layer {last}: layers must not decrease in program order", ops[i].name)));
                    }
                    last = l;
                }
                of_op[i] = last;
            }
            let count = last + 1;
            if let Some(n) = layers.filter(|&n| n != count) {
                return Err(Diag::input(func.pos, format!("layers={n} but the input marks {count} layers with alpa.layer")));
            }
            count
        } else {
            cluster_forward(func, &atoms, &units, layers, &mut of_op)?
        };
        assign_rest(func, &roles, &mut of_op);
        let units = units_of_ops(func, &roles, &units);
        Ok(Layering { count, of_op, roles, from_user, units })
    }

    /// The layering cut further at repeat-unit boundaries. A stack of identical blocks
    /// (transformer layers) becomes one unit per block, so pieces of different layers are
    /// structurally identical and a cost model plans each kind once; a layer's cost is the sum
    /// of its pieces'.
    pub fn pieces(&self) -> Pieces {
        let mut index: std::collections::HashMap<(usize, usize), usize> = std::collections::HashMap::new();
        let mut layer = Vec::new();
        let mut of_op = Vec::with_capacity(self.of_op.len());
        // Number pieces in (layer, unit) order so that pieces of one layer are contiguous.
        let mut pairs: Vec<(usize, usize)> = self.of_op.iter().zip(&self.units).map(|(&l, &u)| (l, u)).collect();
        pairs.sort_unstable();
        pairs.dedup();
        for (k, &(l, u)) in pairs.iter().enumerate() {
            index.insert((l, u), k);
            layer.push(l);
        }
        for (&l, &u) in self.of_op.iter().zip(&self.units) {
            of_op.push(index[&(l, u)]);
        }
        let count = pairs.len();
        let units = vec![0; of_op.len()];
        Pieces { layering: Layering { count, of_op, roles: self.roles.clone(), from_user: self.from_user, units }, layer }
    }

    /// Per cut after layer `k` (`0 <= k < count - 1`), the bytes crossing it per micro-batch
    /// of a step cut into `microbatches`, and once per step (update values). A value crosses
    /// every cut between the layer that makes it and the layers that read it. Free values are
    /// made on both sides and do not cross.
    pub fn cut_bytes(&self, func: &Func, dims: &BatchDims, microbatches: usize) -> Vec<(f64, f64)> {
        let ops = &func.body.entry().ops;
        let n = func.values.len();
        let mut def_layer = vec![usize::MAX; n];
        let mut def_role = vec![Role::Update; n];
        // The earliest and latest layer reading each value.
        let mut readers = vec![(usize::MAX, 0usize); n];
        for (i, op) in ops.iter().enumerate() {
            if op.name != "func.return" {
                for v in &op.operands {
                    let r = &mut readers[v.index()];
                    *r = (r.0.min(self.of_op[i]), r.1.max(self.of_op[i]));
                }
            }
            for r in &op.results {
                def_layer[r.index()] = self.of_op[i];
                def_role[r.index()] = self.roles[i];
            }
        }
        let free = free_values(func);
        let mut cuts = vec![(0.0, 0.0); self.count.saturating_sub(1)];
        for v in 0..n {
            let (d, (first, last)) = (def_layer[v], readers[v]);
            if d == usize::MAX || free[v] || first == usize::MAX {
                continue;
            }
            let Some(t) = func.values[v].ty.as_tensor() else { continue };
            let bytes = t.byte_size() as f64;
            let per_step = def_role[v] == Role::Update;
            let bytes = if per_step || dims.dim[v].is_none() { bytes } else { bytes / microbatches as f64 };
            // Cuts first..d-1 (read before the maker's layer) and d..last-1 (read after it).
            for cut in &mut cuts[first.min(d)..last.max(d)] {
                if per_step {
                    cut.1 += bytes;
                } else {
                    cut.0 += bytes;
                }
            }
        }
        cuts
    }
}

/// Alpa's operator clustering of the forward ops (see the module docs); returns the count.
fn cluster_forward(func: &Func, atoms: &[Vec<usize>], units: &[Vec<usize>], layers: Option<usize>, of_op: &mut [usize]) -> Result<usize, Diag> {
    let ops = &func.body.entry().ops;
    let a = atoms.len();
    let count = match layers {
        Some(0) => return Err(Diag::input(func.pos, "layers=0: a model has at least one layer")),
        Some(n) if n > a => return Err(Diag::input(func.pos, format!("layers={n} but @{} has only {a} heavy forward ops (dot, convolution) to cut between", func.name))),
        Some(n) => n,
        None => (a / 3).clamp(1, 16),
    };
    // Automatic layers of a stack of identical blocks cut only between blocks.
    let (atoms, count) = if layers.is_none() && units.len() > 1 { (units.to_vec(), count.min(units.len())) } else { (atoms.to_vec(), count) };
    let a = atoms.len();
    let flops: Vec<f64> = atoms.iter().map(|atom| atom.iter().filter(|&&i| cost::is_heavy(&ops[i])).map(|&i| cost::flops(&ops[i], func)).sum()).collect();
    let mut prefix = vec![0.0; a + 1];
    for (i, f) in flops.iter().enumerate() {
        prefix[i + 1] = prefix[i] + f;
    }
    // input[i][j]: bytes atoms i..=j read from forward values made before atom i.
    let mut def_atom = vec![usize::MAX; func.values.len()];
    for (k, atom) in atoms.iter().enumerate() {
        for &i in atom {
            for r in &ops[i].results {
                def_atom[r.index()] = k;
            }
        }
    }
    let uses: Vec<Vec<(usize, f64)>> = atoms
        .iter()
        .map(|atom| {
            atom.iter()
                .flat_map(|&i| ops[i].operands.iter())
                .filter(|v| def_atom[v.index()] != usize::MAX)
                .map(|v| (v.index(), func.ty(*v).as_tensor().map_or(0.0, |t| t.byte_size() as f64)))
                .collect()
        })
        .collect();
    let mut input = vec![0.0; a * a];
    let mut seen = vec![usize::MAX; func.values.len()];
    for i in 0..a {
        let mut total = 0.0;
        for j in i..a {
            for &(v, bytes) in &uses[j] {
                if def_atom[v] < i && seen[v] != i {
                    seen[v] = i;
                    total += bytes;
                }
            }
            input[i * a + j] = total;
        }
    }
    let cut = solve_clustering(&prefix, &input, a, count, Some(BALANCE * prefix[a] / count as f64)).or_else(|| solve_clustering(&prefix, &input, a, count, None));
    let Some(ends) = cut else { return Err(Diag::bug(Some(func.pos), "layer clustering found no cut")) };
    let mut start = 0;
    for (l, &end) in ends.iter().enumerate() {
        for atom in &atoms[start..=end] {
            for &i in atom {
                of_op[i] = l;
            }
        }
        start = end + 1;
    }
    Ok(count)
}

/// The forward ops cut into atoms: runs each ending at a heavy op (trailing light ops join the
/// last atom).
fn atoms(func: &Func, forward: &[usize]) -> Vec<Vec<usize>> {
    let ops = &func.body.entry().ops;
    let mut atoms: Vec<Vec<usize>> = vec![Vec::new()];
    for &i in forward {
        atoms.last_mut().unwrap().push(i);
        if cost::is_heavy(&ops[i]) {
            atoms.push(Vec::new());
        }
    }
    let tail = atoms.pop().unwrap_or_default();
    match atoms.last_mut() {
        Some(last) => last.extend(tail),
        None => atoms.push(tail),
    }
    atoms
}

/// The forward ops grouped into repeat units, each a list of op indices, covering them all in
/// order. The longest run of atoms whose signatures (op names and types) repeat with one
/// period (a stack of identical blocks; the smallest period among equally long runs) is
/// found; op by op, the run then extends as far as the ops keep repeating (a first block
/// whose first atom also holds the embedding still repeats from where the embedding ends).
/// The run is cut into one unit per period at the op boundary where the fewest bytes of
/// forward values cross (ties to 0.1% go to the boundary just after an op making a remat
/// block's input, then to one between atoms); what comes before the first cut is one unit,
/// and the run's ops after the last cut with what follows the run another. Cutting between
/// ops rather than atoms lets a transformer stack fall into whole blocks from residual to
/// residual, so the last block is a unit like the others. Without a repeat (at least two
/// periods) there is one unit.
fn units(func: &Func, forward: &[usize], atoms: &[Vec<usize>]) -> Vec<Vec<usize>> {
    use std::hash::{Hash, Hasher};
    let ops = &func.body.entry().ops;
    // Each forward op's signature, once; an atom's is the digest of its ops'.
    let mut op_sig = vec![0u64; ops.len()];
    for &i in forward {
        let mut h = std::collections::hash_map::DefaultHasher::new();
        ops[i].name.hash(&mut h);
        for v in ops[i].operands.iter().chain(&ops[i].results) {
            func.ty(*v).to_string().hash(&mut h);
        }
        op_sig[i] = h.finish();
    }
    let a = atoms.len();
    let sigs: Vec<u64> = atoms
        .iter()
        .map(|atom| {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            atom.iter().for_each(|&i| op_sig[i].hash(&mut h));
            h.finish()
        })
        .collect();
    // (covered atoms, start, period, periods)
    let mut best = (0usize, 0usize, 0usize, 0usize);
    for p in 1..=a / 2 {
        let mut i = 0;
        while i + p < a {
            if sigs[i] != sigs[i + p] {
                i += 1;
                continue;
            }
            let start = i;
            while i + p < a && sigs[i] == sigs[i + p] {
                i += 1;
            }
            let n = (i - start + p) / p;
            if n >= 2 && n * p > best.0 {
                best = (n * p, start, p, n);
            }
        }
    }
    let (_, start, p, n) = best;
    if n < 2 {
        return vec![forward.to_vec()];
    }
    // The run in forward-op positions, extended op by op while the ops repeat.
    let f = forward.len();
    let op_sigs: Vec<u64> = forward.iter().map(|&i| op_sig[i]).collect();
    let atom_at: Vec<usize> = atoms
        .iter()
        .scan(0, |at, atom| {
            let here = *at;
            *at += atom.len();
            Some(here)
        })
        .collect();
    let (mut lo, mut hi) = (atom_at[start], atom_at.get(start + n * p).copied().unwrap_or(f));
    let period = atom_at[start + p] - lo;
    while lo > 0 && op_sigs[lo - 1] == op_sigs[lo - 1 + period] {
        lo -= 1;
    }
    while hi < f && op_sigs[hi] == op_sigs[hi - period] {
        hi += 1;
    }
    // Bytes crossing the boundary before each forward position: forward values made before it
    // and read at or after it (free values are made where needed).
    let free = free_values(func);
    let mut def_at = vec![usize::MAX; func.values.len()];
    let mut last_read = vec![0usize; func.values.len()];
    for (k, &i) in forward.iter().enumerate() {
        for v in &ops[i].operands {
            last_read[v.index()] = last_read[v.index()].max(k);
        }
        for r in &ops[i].results {
            def_at[r.index()] = k;
        }
    }
    let mut diff = vec![0.0f64; f + 1];
    for (v, &d) in def_at.iter().enumerate() {
        if d == usize::MAX || free[v] || last_read[v] <= d {
            continue;
        }
        let bytes = func.values[v].ty.as_tensor().map_or(0.0, |t| t.byte_size() as f64);
        diff[d + 1] += bytes;
        diff[last_read[v] + 1] -= bytes;
    }
    let mut crossing = vec![0.0; f + 1];
    let mut running = 0.0;
    for k in 0..=f {
        running += diff[k];
        crossing[k] = running;
    }
    // Boundaries just after an op making a block input that remat recomputes from (a value an
    // optimization_barrier reads): among boundaries equally cheap to 0.1%, such a one puts a
    // block's recompute in the same unit as the forward it repeats.
    let mut remat_input = vec![false; func.values.len()];
    for op in ops.iter().filter(|op| op.name == "stablehlo.optimization_barrier") {
        for v in &op.operands {
            remat_input[v.index()] = true;
        }
    }
    let after_block_input = |k: usize| k > 0 && ops[forward[k - 1]].results.iter().any(|r| remat_input[r.index()]);
    // Then boundaries between atoms (just after a heavy op), then the earliest.
    let between_atoms = |k: usize| atom_at.binary_search(&k).is_ok();
    let cheaper = |x: usize, y: usize| {
        let (kx, ky) = (lo + period + x, lo + period + y);
        let (a, b) = (crossing[kx], crossing[ky]);
        if (a - b).abs() > 1e-3 * a.max(b) {
            return a.total_cmp(&b);
        }
        (after_block_input(ky), between_atoms(ky)).cmp(&(after_block_input(kx), between_atoms(kx)))
    };
    // The phase: compare boundaries inside the second period, the first may differ.
    let shift = (0..period).min_by(|&x, &y| cheaper(x, y)).unwrap_or(0);
    // Before the first cut, the periods, the rest of the run with what follows it.
    let mut cuts = vec![0, lo + shift];
    let mut k = lo + shift;
    while k + period <= hi {
        k += period;
        cuts.push(k);
    }
    cuts.push(f);
    cuts.dedup();
    cuts.windows(2).filter(|w| w[0] < w[1]).map(|w| forward[w[0]..w[1]].to_vec()).collect()
}

/// Per top-level op, its repeat unit: forward ops by [`units`], the rest placed like layers.
fn units_of_ops(func: &Func, roles: &[Role], units: &[Vec<usize>]) -> Vec<usize> {
    let mut of_op = vec![usize::MAX; roles.len()];
    for (u, unit) in units.iter().enumerate() {
        for &i in unit {
            of_op[i] = u;
        }
    }
    assign_rest(func, roles, &mut of_op);
    of_op
}

/// The DP over atoms: the last atom of each of `count` layers, or `None` when no cut keeps
/// every layer's FLOPs within `bound`.
fn solve_clustering(prefix: &[f64], input: &[f64], a: usize, count: usize, bound: Option<f64>) -> Option<Vec<usize>> {
    // best[l][j]: (largest input, sum of squared FLOPs, start of the last layer) for atoms
    // 0..=j in l+1 layers.
    let inf = (f64::INFINITY, f64::INFINITY, usize::MAX);
    let mut best = vec![vec![inf; a]; count];
    let fits = |i: usize, j: usize| bound.is_none_or(|b| prefix[j + 1] - prefix[i] <= b * (1.0 + 1e-9));
    let better = |x: (f64, f64), y: (f64, f64)| x.0 < y.0 * (1.0 - 1e-12) || (x.0 <= y.0 * (1.0 + 1e-12) && x.1 < y.1);
    for j in 0..a {
        if fits(0, j) {
            let f = prefix[j + 1];
            best[0][j] = (input[j], f * f, 0);
        }
    }
    for l in 1..count {
        for j in l..a {
            for i in l..=j {
                let prev = best[l - 1][i - 1];
                if prev.0.is_infinite() || !fits(i, j) {
                    continue;
                }
                let f = prefix[j + 1] - prefix[i];
                let cand = (prev.0.max(input[i * a + j]), prev.1 + f * f);
                if better(cand, (best[l][j].0, best[l][j].1)) {
                    best[l][j] = (cand.0, cand.1, i);
                }
            }
        }
    }
    if best[count - 1][a - 1].0.is_infinite() {
        return None;
    }
    let mut ends = vec![0; count];
    let mut j = a - 1;
    for l in (0..count).rev() {
        ends[l] = j;
        let start = best[l][j].2;
        if l > 0 {
            j = start - 1;
        }
    }
    Some(ends)
}

/// Per value, whether it is free: made by an op without operands (constants, iotas) or from
/// free values alone. Free values are made wherever they are needed.
fn free_values(func: &Func) -> Vec<bool> {
    let mut free = vec![false; func.values.len()];
    for op in &func.body.entry().ops {
        if op.operands.iter().all(|v| free[v.index()]) {
            for r in &op.results {
                free[r.index()] = true;
            }
        }
    }
    free
}

/// Layers of the backward and update ops (see the module docs).
fn assign_rest(func: &Func, roles: &[Role], of_op: &mut [usize]) {
    let ops = &func.body.entry().ops;
    let n = func.values.len();
    let mut def_op = vec![usize::MAX; n];
    for (i, op) in ops.iter().enumerate() {
        for r in &op.results {
            def_op[r.index()] = i;
        }
    }
    let free = free_values(func);
    // A forward value's home: the first layer reading it in forward, else its own.
    let mut home = vec![usize::MAX; n];
    for (i, op) in ops.iter().enumerate() {
        if roles[i] != Role::Forward {
            continue;
        }
        for r in &op.results {
            home[r.index()] = home[r.index()].min(of_op[i]);
        }
        // Arguments too: a weight's or a data argument's home is the first layer reading it.
        for v in &op.operands {
            home[v.index()] = home[v.index()].min(of_op[i]);
        }
    }
    for (i, op) in ops.iter().enumerate() {
        if roles[i] == Role::Forward || op.name == "func.return" {
            continue;
        }
        let mut from_forward: Option<usize> = None;
        let mut from_rest: Option<usize> = None;
        for v in &op.operands {
            let d = def_op[v.index()];
            if free[v.index()] || (d == usize::MAX && home[v.index()] == usize::MAX) {
                continue;
            }
            if d == usize::MAX || roles[d] == Role::Forward {
                from_forward = Some(from_forward.map_or(home[v.index()], |l| l.max(home[v.index()])));
            } else if of_op[d] != usize::MAX {
                // Gradients flow from the last layer down: the earliest operand's layer is
                // where the flow has got to.
                from_rest = Some(from_rest.map_or(of_op[d], |l| l.min(of_op[d])));
            }
        }
        // Never later than a backward operand's layer: backward runs from the last layer
        // down, so what an op reads from backward is made by its own layer or a later one.
        let l = match (from_forward, from_rest) {
            (Some(f), Some(r)) => Some(f.min(r)),
            (f, r) => f.or(r),
        };
        if let Some(l) = l {
            of_op[i] = l;
        }
    }
    // What is still unplaced takes its first consumer's layer (walking backwards so chains of
    // such ops all find one), and layer 0 if nothing placed consumes it.
    let mut consumer = vec![usize::MAX; n];
    for i in (0..ops.len()).rev() {
        let op = &ops[i];
        if op.name == "func.return" {
            continue;
        }
        if of_op[i] == usize::MAX {
            let l = op.results.iter().map(|r| consumer[r.index()]).min().unwrap_or(usize::MAX);
            of_op[i] = if l == usize::MAX { 0 } else { l };
        }
        for v in &op.operands {
            consumer[v.index()] = consumer[v.index()].min(of_op[i]);
        }
    }
    if let Some(last) = ops.len().checked_sub(1) {
        of_op[last] = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alpa_stablehlo::parse_module;

    /// A 4-layer relu MLP training step with SGD, written as JAX writes it.
    fn mlp(layers: usize) -> String {
        let mut body = String::new();
        let mut args = Vec::new();
        let mut rets = Vec::new();
        for l in 0..layers {
            args.push(format!("%w{l}: tensor<8x8xf32> {{tf.aliasing_output = {} : i32}}", l + 1));
        }
        body.push_str("  %h0 = stablehlo.add %x, %x : tensor<16x8xf32>\n");
        for l in 0..layers {
            body.push_str(&format!("  %z{} = stablehlo.dot_general %h{l}, %w{l}, contracting_dims = [1] x [0] : (tensor<16x8xf32>, tensor<8x8xf32>) -> tensor<16x8xf32>\n", l + 1));
            body.push_str(&format!("  %h{} = stablehlo.maximum %z{}, %zero : tensor<16x8xf32>\n", l + 1, l + 1));
        }
        body.push_str(&format!("  %c = stablehlo.constant dense<0.0> : tensor<f32>\n  %loss = stablehlo.reduce(%h{layers} init: %c) applies stablehlo.add across dimensions = [0, 1] : (tensor<16x8xf32>, tensor<f32>) -> tensor<f32>\n"));
        // Backward: d h_L = 1, then per layer the relu mask, the weight gradient and dx.
        body.push_str(&format!("  %d{layers} = stablehlo.constant dense<1.0> : tensor<16x8xf32>\n"));
        for l in (0..layers).rev() {
            let n = l + 1;
            body.push_str(&format!("  %m{n} = stablehlo.compare GT, %z{n}, %zero : (tensor<16x8xf32>, tensor<16x8xf32>) -> tensor<16x8xi1>\n"));
            body.push_str(&format!("  %dz{n} = stablehlo.select %m{n}, %d{n}, %zero : tensor<16x8xi1>, tensor<16x8xf32>\n"));
            body.push_str(&format!("  %g{l} = stablehlo.dot_general %h{l}, %dz{n}, contracting_dims = [0] x [0] : (tensor<16x8xf32>, tensor<16x8xf32>) -> tensor<8x8xf32>\n"));
            body.push_str(&format!("  %d{l} = stablehlo.dot_general %dz{n}, %w{l}, contracting_dims = [1] x [1] : (tensor<16x8xf32>, tensor<8x8xf32>) -> tensor<16x8xf32>\n"));
            body.push_str(&format!("  %u{l} = stablehlo.subtract %w{l}, %g{l} : tensor<8x8xf32>\n"));
            rets.push(format!("%u{l}"));
        }
        rets.reverse();
        let ret_types = vec!["tensor<8x8xf32>"; layers].join(", ");
        format!(
            "func.func @main({}, %x: tensor<16x8xf32>) -> (tensor<f32>, {ret_types}) {{\n  %zero = stablehlo.constant dense<0.0> : tensor<16x8xf32>\n{body}  return %loss, {} : tensor<f32>, {ret_types}\n}}\n",
            args.join(", "),
            rets.join(", ")
        )
    }

    #[test]
    fn a_stack_of_identical_layers_is_cut_into_repeat_units() {
        let text = mlp(8);
        let module = parse_module(&text).unwrap();
        let func = module.entry().unwrap();
        let dims = BatchDims::of(func).unwrap();
        // Forward ops: add, then eight of [dot, maximum] (the repeat, period two ops), then
        // the loss. Units: [add, dot1], seven periods [maximum, dot] cut where the atoms end
        // (as cheap as cutting before the dot), then [maximum, loss].
        let layering = Layering::cluster(func, &dims, Some(3)).unwrap();
        let ops = &func.body.entry().ops;
        let dots: Vec<usize> = (0..ops.len()).filter(|&i| ops[i].name == "stablehlo.dot_general" && layering.roles[i] == Role::Forward).collect();
        assert_eq!(dots.iter().map(|&i| layering.units[i]).collect::<Vec<_>>(), (0..8).collect::<Vec<_>>());
        // Every op of a unit keeps its layer's backward and update with it.
        let subs: Vec<usize> = (0..ops.len()).filter(|&i| ops[i].name == "stablehlo.subtract").collect();
        assert_eq!(subs.iter().map(|&i| layering.units[i]).collect::<Vec<_>>(), (0..8).rev().collect::<Vec<_>>());
        // Pieces refine layers by units; each layer is a run of pieces.
        let pieces = layering.pieces();
        assert_eq!(pieces.layering.count, 9);
        assert!(pieces.layer.windows(2).all(|w| w[0] <= w[1]));
        for (i, &p) in pieces.layering.of_op.iter().enumerate() {
            assert_eq!(pieces.layer[p], layering.of_op[i]);
        }
        // Automatic layers fall between units.
        let auto = Layering::cluster(func, &dims, None).unwrap();
        for l in 0..auto.count {
            let units: std::collections::BTreeSet<usize> = dots.iter().filter(|&&i| auto.of_op[i] == l).map(|&i| auto.units[i]).collect();
            let others = dots.iter().filter(|&&i| auto.of_op[i] != l).any(|&i| units.contains(&auto.units[i]));
            assert!(!others, "layer {l} shares a unit with another layer");
        }
    }

    #[test]
    fn an_mlp_falls_into_its_layers_forward_and_backward_together() {
        let text = mlp(4);
        let module = parse_module(&text).unwrap();
        let func = module.entry().unwrap();
        let dims = BatchDims::of(func).unwrap();
        let layering = Layering::cluster(func, &dims, Some(4)).unwrap();
        assert_eq!(layering.count, 4);
        let ops = &func.body.entry().ops;
        let dots: Vec<usize> = (0..ops.len()).filter(|&i| ops[i].name == "stablehlo.dot_general").collect();
        let (fwd, bwd): (Vec<usize>, Vec<usize>) = dots.iter().partition(|&&i| layering.roles[i] == Role::Forward);
        assert_eq!(fwd.iter().map(|&i| layering.of_op[i]).collect::<Vec<_>>(), vec![0, 1, 2, 3]);
        // Backward dots come in pairs (weight gradient, dx) from the last layer down.
        assert_eq!(bwd.iter().map(|&i| layering.of_op[i]).collect::<Vec<_>>(), vec![3, 3, 2, 2, 1, 1, 0, 0]);
        let subs: Vec<usize> = (0..ops.len()).filter(|&i| ops[i].name == "stablehlo.subtract").collect();
        assert!(subs.iter().all(|&i| layering.roles[i] == Role::Update));
        assert_eq!(subs.iter().map(|&i| layering.of_op[i]).collect::<Vec<_>>(), vec![3, 2, 1, 0]);
        // Cutting after layer 1 moves h2 forward and d2 backward: two 16x8 f32 per step.
        let (micro, step) = layering.cut_bytes(func, &dims, 1)[1];
        assert_eq!((micro, step), (2.0 * 16.0 * 8.0 * 4.0, 0.0));
        assert_eq!(layering.cut_bytes(func, &dims, 4)[1].0, 2.0 * 4.0 * 8.0 * 4.0);
    }

    #[test]
    fn auto_keeps_three_heavy_ops_per_layer_and_too_many_layers_is_an_error() {
        let text = mlp(6);
        let module = parse_module(&text).unwrap();
        let func = module.entry().unwrap();
        let dims = BatchDims::of(func).unwrap();
        assert_eq!(Layering::cluster(func, &dims, None).unwrap().count, 2);
        let err = Layering::cluster(func, &dims, Some(7)).unwrap_err();
        assert!(err.message.contains("only 6 heavy forward ops"), "{}", err.message);
    }
}
