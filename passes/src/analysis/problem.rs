//! The intra-op strategy problem as the solvers see it: a graph of choices with costs, free
//! of any IR. Alpa's formulation (paper §4.2):
//!
//! ```text
//! minimise   Σ_v c_v[s_v]  +  Σ_(u,v) R_uv[s_u][s_v]
//! subject to Σ_(v,s) m_v[s]·[s_v = s] <= budget   for every memory row
//! ```
//!
//! Node `v` has `k_v = costs.len()` strategies and picks exactly one, `s_v`. A cost of
//! `f64::INFINITY` forbids a strategy (node) or a pair of strategies (edge); every other cost
//! is finite and non-negative. Equal-sharding constraints (a parameter and its updated value)
//! are edges whose off-diagonal pairs are forbidden.
//!
//! Invariants ([`Problem::verify`]): every node has at least one strategy; edge endpoints are
//! distinct nodes; `edge.costs.len() == k_from * k_to`, row-major (`costs[s_from * k_to +
//! s_to]`); costs are non-negative or infinite (never NaN); memory terms name nodes and have
//! one non-negative entry per strategy.
//!
//! Solvers: [`super::dp`] (the default; exact on graphs of small treewidth) and
//! [`super::ilp`] (Alpa's ILP on CBC). Both take a `Problem` and return a [`Solution`].

use std::fmt;

/// One choice to make.
#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    /// For messages and plans: the op or value the node stands for.
    pub name: String,
    /// Cost of each strategy (communication + compute); `INFINITY` forbids it.
    pub costs: Vec<f64>,
}

/// A pairwise cost between two nodes' choices (resharding along a use, or an equality
/// constraint).
#[derive(Clone, Debug, PartialEq)]
pub struct Edge {
    /// The first node (usually the producer).
    pub from: usize,
    /// The second node (usually the user).
    pub to: usize,
    /// `costs[s_from * k_to + s_to]`; `INFINITY` forbids the pair.
    pub costs: Vec<f64>,
}

impl Edge {
    /// The cost of the pair `(s_from, s_to)`; `k_to` is the strategy count of `to`.
    pub fn cost(&self, s_from: usize, s_to: usize, k_to: usize) -> f64 {
        self.costs[s_from * k_to + s_to]
    }
}

/// One memory constraint: at some point of the program, the bytes per device of the values
/// alive there.
#[derive(Clone, Debug, PartialEq)]
pub struct MemoryRow {
    /// What the row stands for (`after %12 = stablehlo.dot_general`).
    pub name: String,
    /// `(node, bytes per strategy)`: the node's values alive at this point, their per-device
    /// bytes under each of its strategies.
    pub terms: Vec<(usize, Vec<f64>)>,
}

/// A whole problem; see the module docs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Problem {
    /// The nodes.
    pub nodes: Vec<Node>,
    /// The edges; several edges may join the same pair of nodes (their costs add up).
    pub edges: Vec<Edge>,
    /// Memory rows, checked against `budget`.
    pub memory: Vec<MemoryRow>,
    /// Bytes per device every memory row must stay within; `None`: no memory constraint.
    pub budget: Option<f64>,
}

/// What a solver found.
#[derive(Clone, Debug, PartialEq)]
pub struct Solution {
    /// The chosen strategy of each node.
    pub choice: Vec<usize>,
    /// The objective of `choice` ([`Problem::objective`]).
    pub objective: f64,
    /// A proven lower bound on the optimum, where the solver has one (ILP: CBC's best bound;
    /// DP: the objective itself when it solved exactly).
    pub bound: Option<f64>,
    /// Wall-clock seconds the solver took.
    pub seconds: f64,
    /// Whether `choice` is proven optimal.
    pub optimal: bool,
    /// What the solver wants the user to know (time limit hit, heuristic used, ...).
    pub notes: Vec<String>,
}

/// Why a problem has no solution.
#[derive(Clone, Debug, PartialEq)]
pub enum SolveError {
    /// No choice avoids every forbidden strategy and pair.
    Infeasible,
    /// Every feasible choice needs more memory than the budget; the best found needs this
    /// many bytes per device.
    OverBudget {
        /// The budget, bytes per device.
        budget: f64,
        /// The least peak memory the solver could reach, bytes per device.
        needed: f64,
    },
    /// The solver failed (not the problem's fault): its message.
    Solver(String),
}

impl fmt::Display for SolveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SolveError::Infeasible => write!(f, "no strategy assignment satisfies the sharding constraints"),
            SolveError::OverBudget { budget, needed } => {
                write!(f, "cannot run under the given memory budget: {budget:.0} bytes per device, the best plan needs {needed:.0}")
            }
            SolveError::Solver(message) => write!(f, "solver failed: {message}"),
        }
    }
}

impl Problem {
    /// Strategy count of node `v`.
    pub fn k(&self, v: usize) -> usize {
        self.nodes[v].costs.len()
    }

    /// The objective of a full choice (infinite if it picks a forbidden strategy or pair).
    pub fn objective(&self, choice: &[usize]) -> f64 {
        let nodes: f64 = self.nodes.iter().zip(choice).map(|(n, &s)| n.costs[s]).sum();
        let edges: f64 = self.edges.iter().map(|e| e.cost(choice[e.from], choice[e.to], self.k(e.to))).sum();
        nodes + edges
    }

    /// Bytes per device of each memory row under `choice`.
    pub fn memory_rows(&self, choice: &[usize]) -> Vec<f64> {
        self.memory.iter().map(|row| row.terms.iter().map(|(v, bytes)| bytes[choice[*v]]).sum()).collect()
    }

    /// The largest memory row under `choice` (0 with no rows).
    pub fn peak_memory(&self, choice: &[usize]) -> f64 {
        self.memory_rows(choice).into_iter().fold(0.0, f64::max)
    }

    /// Whether `choice` is complete, finite and within the budget.
    pub fn is_feasible(&self, choice: &[usize]) -> bool {
        choice.len() == self.nodes.len()
            && choice.iter().enumerate().all(|(v, &s)| s < self.k(v))
            && self.objective(choice).is_finite()
            && self.budget.is_none_or(|b| self.peak_memory(choice) <= b * (1.0 + 1e-9))
    }

    /// Checks the invariants in the module docs.
    pub fn verify(&self) -> Result<(), String> {
        let bad_cost = |c: &f64| c.is_nan() || *c < 0.0;
        for (v, node) in self.nodes.iter().enumerate() {
            if node.costs.is_empty() {
                return Err(format!("node {v} ({}) has no strategy", node.name));
            }
            if node.costs.iter().any(bad_cost) {
                return Err(format!("node {v} ({}) has a negative or NaN cost", node.name));
            }
        }
        for (i, e) in self.edges.iter().enumerate() {
            if e.from >= self.nodes.len() || e.to >= self.nodes.len() || e.from == e.to {
                return Err(format!("edge {i} joins {} and {}, not two distinct nodes", e.from, e.to));
            }
            if e.costs.len() != self.k(e.from) * self.k(e.to) {
                return Err(format!("edge {i} has {} costs for {}x{} strategies", e.costs.len(), self.k(e.from), self.k(e.to)));
            }
            if e.costs.iter().any(bad_cost) {
                return Err(format!("edge {i} has a negative or NaN cost"));
            }
        }
        for row in &self.memory {
            for (v, bytes) in &row.terms {
                if *v >= self.nodes.len() || bytes.len() != self.k(*v) || bytes.iter().any(bad_cost) {
                    return Err(format!("memory row '{}' has a bad term for node {v}", row.name));
                }
            }
        }
        Ok(())
    }

    /// Brute force over every choice: the obviously-correct reference the solvers are tested
    /// against. `None` when infeasible. Only for tiny problems (it enumerates Π k_v choices).
    pub fn brute_force(&self) -> Option<(Vec<usize>, f64)> {
        let mut choice = vec![0; self.nodes.len()];
        let mut best: Option<(Vec<usize>, f64)> = None;
        loop {
            if self.is_feasible(&choice) {
                let objective = self.objective(&choice);
                if best.as_ref().is_none_or(|(_, b)| objective < *b) {
                    best = Some((choice.clone(), objective));
                }
            }
            let mut v = 0;
            while v < choice.len() {
                choice[v] += 1;
                if choice[v] < self.k(v) {
                    break;
                }
                choice[v] = 0;
                v += 1;
            }
            if v == choice.len() {
                return best;
            }
        }
    }
}

/// A problem with dominated strategies removed, and the way back.
#[derive(Clone, Debug)]
pub struct Presolved {
    /// The smaller problem.
    pub problem: Problem,
    /// Per node, the original index of each kept strategy.
    pub kept: Vec<Vec<usize>>,
}

impl Presolved {
    /// Maps a choice of the smaller problem back to the original's.
    pub fn expand(&self, choice: &[usize]) -> Vec<usize> {
        choice.iter().zip(&self.kept).map(|(&s, kept)| kept[s]).collect()
    }
}

impl Problem {
    /// Folds separable edges into their nodes ([`Problem::fold_separable_edges`]), then
    /// removes strategies no optimal plan needs: forbidden ones, and each strategy `t` of a
    /// node for which another strategy `s` costs no more at the node, on every edge against
    /// every neighbour strategy, and in every memory term (ties keep the lower index). Any
    /// optimum of the smaller problem is an optimum of this one: swapping `t` for `s` in a
    /// plan never costs more or uses more memory. This is exact dominance, as XLA's
    /// auto-sharding removes dominated strategies before its solver.
    pub fn presolve(&self) -> Presolved {
        self.fold_separable_edges().presolve_dominance()
    }

    /// Folds every edge whose matrix is a sum `a[s] + b[t]` (a cost that does not depend on
    /// the pair: a free slice, a collective whatever the user wants) into its two nodes, and
    /// merges parallel edges first. Exact; fewer edges make the graph thinner for the solvers.
    pub fn fold_separable_edges(&self) -> Problem {
        let mut nodes = self.nodes.clone();
        let mut merged: Vec<Edge> = Vec::new();
        let mut index: std::collections::HashMap<(usize, usize), usize> = std::collections::HashMap::new();
        for e in &self.edges {
            let (from, to, costs) = if e.from < e.to {
                (e.from, e.to, e.costs.clone())
            } else {
                let (kf, kt) = (self.k(e.from), self.k(e.to));
                (e.to, e.from, (0..kt * kf).map(|i| e.costs[(i % kf) * kt + i / kf]).collect())
            };
            match index.get(&(from, to)) {
                Some(&i) => merged[i].costs.iter_mut().zip(costs).for_each(|(a, b)| *a += b),
                None => {
                    index.insert((from, to), merged.len());
                    merged.push(Edge { from, to, costs });
                }
            }
        }
        let mut edges = Vec::new();
        for e in merged {
            let kt = self.k(e.to);
            let kf = self.k(e.from);
            let separable = e.costs.iter().all(|c| c.is_finite()) && {
                let (m00, c) = (e.costs[0], &e.costs);
                (0..kf).all(|s| {
                    (0..kt).all(|t| {
                        let want = c[s * kt] + c[t] - m00;
                        (c[s * kt + t] - want).abs() <= 1e-12 * c[s * kt + t].abs().max(want.abs()).max(1e-300)
                    })
                })
            };
            if separable {
                // M[s][t] = M[s][t*] + (M[0][t] - M[0][t*]) with t* the cheapest column of row
                // 0: both parts are non-negative.
                let best = (0..kt).min_by(|&a, &b| e.costs[a].total_cmp(&e.costs[b])).unwrap_or(0);
                for s in 0..kf {
                    nodes[e.from].costs[s] += e.costs[s * kt + best];
                }
                for t in 0..kt {
                    nodes[e.to].costs[t] += (e.costs[t] - e.costs[best]).max(0.0);
                }
            } else {
                edges.push(e);
            }
        }
        Problem { nodes, edges, memory: self.memory.clone(), budget: self.budget }
    }

    fn presolve_dominance(&self) -> Presolved {
        let n = self.nodes.len();
        let mut incident: Vec<Vec<(usize, bool)>> = vec![Vec::new(); n];
        for (i, e) in self.edges.iter().enumerate() {
            incident[e.from].push((i, true));
            incident[e.to].push((i, false));
        }
        let mut terms: Vec<Vec<&Vec<f64>>> = vec![Vec::new(); n];
        for row in &self.memory {
            for (v, bytes) in &row.terms {
                terms[*v].push(bytes);
            }
        }
        // Profile entry j of strategy s: its cost against neighbour strategy j on an edge.
        let le = |a: f64, b: f64| a <= b || (a.is_infinite() && b.is_infinite());
        let kept: Vec<Vec<usize>> = (0..n)
            .map(|v| {
                let k = self.k(v);
                let alive: Vec<usize> = (0..k).filter(|&s| self.nodes[v].costs[s].is_finite()).collect();
                if alive.len() <= 1 {
                    return if alive.is_empty() { vec![0] } else { alive };
                }
                let profile = |s: usize| -> Vec<f64> {
                    let mut out = vec![self.nodes[v].costs[s]];
                    for &(i, from) in &incident[v] {
                        let e = &self.edges[i];
                        if from {
                            let kt = self.k(e.to);
                            out.extend_from_slice(&e.costs[s * kt..(s + 1) * kt]);
                        } else {
                            let kt = self.k(v);
                            out.extend((0..self.k(e.from)).map(|r| e.costs[r * kt + s]));
                        }
                    }
                    out.extend(terms[v].iter().map(|bytes| bytes[s]));
                    out
                };
                let profiles: Vec<Vec<f64>> = alive.iter().map(|&s| profile(s)).collect();
                let mut keep = Vec::new();
                for (i, &t) in alive.iter().enumerate() {
                    let dominated =
                        profiles.iter().enumerate().any(|(j, p)| j != i && p.iter().zip(&profiles[i]).all(|(&a, &b)| le(a, b)) && (j < i || p.iter().zip(&profiles[i]).any(|(&a, &b)| a < b)));
                    if !dominated {
                        keep.push(t);
                    }
                }
                keep
            })
            .collect();
        let nodes = self.nodes.iter().zip(&kept).map(|(node, keep)| Node { name: node.name.clone(), costs: keep.iter().map(|&s| node.costs[s]).collect() }).collect();
        let edges = self
            .edges
            .iter()
            .map(|e| {
                let kt = self.k(e.to);
                let costs = kept[e.from].iter().flat_map(|&s| kept[e.to].iter().map(move |&t| (s, t))).map(|(s, t)| e.costs[s * kt + t]).collect();
                Edge { from: e.from, to: e.to, costs }
            })
            .collect();
        let memory =
            self.memory.iter().map(|row| MemoryRow { name: row.name.clone(), terms: row.terms.iter().map(|(v, bytes)| (*v, kept[*v].iter().map(|&s| bytes[s]).collect())).collect() }).collect();
        Presolved { problem: Problem { nodes, edges, memory, budget: self.budget }, kept }
    }
}

/// Random problems for testing solvers against each other: `n` nodes with 1..=`max_k`
/// strategies, a spanning tree plus `extra` random edges, a few forbidden entries, seeded.
pub fn random_problem(seed: u64, n: usize, max_k: usize, extra: usize) -> Problem {
    let mut rng = SplitMix(seed);
    let nodes: Vec<Node> = (0..n).map(|v| Node { name: format!("n{v}"), costs: (0..1 + rng.below(max_k)).map(|_| rng.cost()).collect() }).collect();
    let mut problem = Problem { nodes, ..Problem::default() };
    let mut pairs: Vec<(usize, usize)> = (1..n).map(|v| (rng.below(v), v)).collect();
    for _ in 0..extra {
        let (a, b) = (rng.below(n), rng.below(n));
        if a != b {
            pairs.push((a.min(b), a.max(b)));
        }
    }
    for (from, to) in pairs {
        let costs = (0..problem.k(from) * problem.k(to)).map(|_| if rng.below(10) == 0 { f64::INFINITY } else { rng.cost() }).collect();
        problem.edges.push(Edge { from, to, costs });
    }
    // Keep every problem feasible: choice 0 everywhere is allowed.
    for e in &mut problem.edges {
        let c = e.costs[0];
        e.costs[0] = if c.is_finite() { c } else { 1.0 };
    }
    problem
}

/// A tiny deterministic generator, so tests need no `rand` dependency.
struct SplitMix(u64);

impl SplitMix {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn cost(&mut self) -> f64 {
        (self.next() % 1000) as f64 / 10.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn objective_and_brute_force() {
        let problem = Problem {
            nodes: vec![Node { name: "a".into(), costs: vec![1.0, 5.0] }, Node { name: "b".into(), costs: vec![3.0, 0.0] }],
            edges: vec![Edge { from: 0, to: 1, costs: vec![0.0, 10.0, f64::INFINITY, 0.0] }],
            ..Problem::default()
        };
        problem.verify().unwrap();
        assert_eq!(problem.objective(&[0, 0]), 4.0);
        assert_eq!(problem.objective(&[1, 0]), f64::INFINITY);
        assert_eq!(problem.brute_force(), Some((vec![0, 0], 4.0)));
    }

    #[test]
    fn presolve_keeps_an_optimum() {
        for seed in 0..60 {
            let p = random_problem(seed, 7, 5, 4);
            let pre = p.presolve();
            pre.problem.verify().unwrap();
            let (_, want) = p.brute_force().unwrap();
            let (choice, got) = pre.problem.brute_force().unwrap();
            assert!((got - want).abs() < 1e-9, "seed {seed}: {got} vs {want}");
            assert!((p.objective(&pre.expand(&choice)) - want).abs() < 1e-9, "seed {seed}");
        }
    }

    #[test]
    fn separable_edges_fold_into_nodes() {
        // 1 + [0, 2][s] + [0, 5][t]: no edge left, the same objective for every choice.
        let problem = Problem {
            nodes: vec![Node { name: "a".into(), costs: vec![0.0, 1.0] }, Node { name: "b".into(), costs: vec![3.0, 0.0] }],
            edges: vec![Edge { from: 1, to: 0, costs: vec![1.0, 3.0, 6.0, 8.0] }],
            ..Problem::default()
        };
        let folded = problem.fold_separable_edges();
        assert!(folded.edges.is_empty());
        for choice in [[0, 0], [0, 1], [1, 0], [1, 1]] {
            assert_eq!(folded.objective(&choice), problem.objective(&choice), "{choice:?}");
        }
    }

    #[test]
    fn random_problems_verify() {
        for seed in 0..20 {
            let p = random_problem(seed, 8, 4, 5);
            p.verify().unwrap();
            assert!(p.is_feasible(&[0; 8]));
        }
    }
}
