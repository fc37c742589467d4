//! Alpa's exact ILP for intra-op strategy selection (paper §4.2), solved by CBC as Alpa does
//! (there through PuLP, with a 600 s limit).
//!
//! Input: a [`Problem`] that passes [`Problem::verify`]. Output: a [`Solution`] whose `choice`
//! is feasible (finite objective, within the budget), whose `bound` is CBC's proven lower
//! bound, and which is `optimal` when CBC closed the gap; or a [`SolveError`] saying whether the
//! sharding constraints alone ([`SolveError::Infeasible`]) or the memory budget
//! ([`SolveError::OverBudget`], with the least peak CBC could reach) rule every choice out.
//! Options: [`IlpOptions`] (time limit, threads).
//!
//! The model, for node `v` with allowed strategies `i` and merged edge `(u, v)`:
//!
//! ```text
//! min   Σ_v Σ_i c_v[i]·s_vi  +  Σ_(u,v) Σ_ij R_uv[i][j]·e_uv,ij
//! s.t.  Σ_i s_vi = 1                          every node (s binary)
//!       Σ_j e_uv,ij = s_ui,  Σ_i e_uv,ij = s_vj  every edge (e continuous in [0, 1])
//!       Σ_(v,i) m_v[i]·s_vi <= budget          every memory row, when there is a budget
//! ```
//!
//! Alpa writes the edge rows as `<=` with `Σ e = 1` and makes `e` binary; the equalities are
//! tighter, imply `Σ e = 1`, and make `e` integral whenever `s` is, so only `s` is branched on.
//! Forbidden (infinite) strategies and pairs get no column at all, and strategies of a node
//! with equal costs across an edge share their `e` columns there (see `PairCols`), which
//! shrinks a 30x30 edge between ops with a handful of distinct layouts to a handful squared.
//!
//! Before CBC sees anything the problem is shrunk, exactly: parallel edges are merged; a node
//! left with one allowed strategy is fixed and its edges fold into its neighbours' costs; a
//! strategy with no allowed partner across some edge is dropped; an edge whose costs split as
//! `a[i] + b[j]` (all zero, constant, ...) folds into its two nodes. This repeats to a fixed
//! point, so trees of forced choices and free edges never reach the solver.
//!
//! A greedy plan (nodes in order, each cheapest against the placed neighbours) is CBC's first
//! incumbent when it is feasible, so a run cut short by the time limit still has a plan. CBC
//! checks the limit between its phases: the root LP of a very large model can overrun it.
//! CBC runs with log level 0 and prints nothing, so the driver's stdout stays the module text.

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::time::Instant;

use coin_cbc::{Col, Model, Sense};

use super::problem::{Problem, Solution, SolveError};

/// How CBC is run.
#[derive(Clone, Debug, PartialEq)]
pub struct IlpOptions {
    /// Wall-clock limit in seconds for the whole solve (Alpa's: 600). When it runs out, the best
    /// plan found so far is returned with a note.
    pub time_limit_s: f64,
    /// CBC's `threads` parameter; 0 or 1 runs CBC serially.
    pub threads: usize,
}

impl Default for IlpOptions {
    fn default() -> Self {
        IlpOptions { time_limit_s: 600.0, threads: 1 }
    }
}

/// Solves `problem` exactly (up to the time limit); see the module docs.
pub fn solve(problem: &Problem, options: &IlpOptions) -> Result<Solution, SolveError> {
    let start = Instant::now();
    problem.verify().map_err(|e| SolveError::Solver(format!("invalid problem: {e}")))?;
    let reduced = Reduced::new(problem).ok_or(SolveError::Infeasible)?;
    let budget = problem.budget.filter(|_| !problem.memory.is_empty());
    match run(problem, &reduced, Goal::Cost { budget }, options, start)? {
        Outcome::Plan(mut solution) => {
            solution.seconds = start.elapsed().as_secs_f64();
            Ok(solution)
        }
        Outcome::Infeasible => {
            let Some(budget) = budget else { return Err(SolveError::Infeasible) };
            // Is it the budget? Find the least peak memory the sharding constraints allow.
            match run(problem, &reduced, Goal::PeakMemory, options, start)? {
                Outcome::Plan(least) => Err(SolveError::OverBudget { budget, needed: problem.peak_memory(&least.choice) }),
                Outcome::Infeasible => Err(SolveError::Infeasible),
            }
        }
    }
}

/// What the model minimises.
#[derive(Clone, Copy, Debug)]
enum Goal {
    /// The problem's objective, memory rows capped by the budget.
    Cost { budget: Option<f64> },
    /// The peak memory row, costs ignored (to report what an infeasible budget would need).
    PeakMemory,
}

/// What one CBC run found.
enum Outcome {
    Plan(Solution),
    Infeasible,
}

/// The problem after the exact reductions of the module docs.
///
/// Invariants: `costs[v][i]` is finite exactly for the strategies `v` may still take, and at
/// least one is; every pair joins two nodes with at least two allowed strategies each, `u <
/// v`, with `costs[i * k_v + j]` over the original strategy numbers. For every choice of allowed
/// strategies, `Σ costs[v][s_v] + Σ pair costs` is the problem's objective; every choice the
/// reductions dropped has an infinite objective.
struct Reduced {
    costs: Vec<Vec<f64>>,
    pairs: Vec<Pair>,
}

struct Pair {
    u: usize,
    v: usize,
    costs: Vec<f64>,
}

impl Reduced {
    /// `None` when the reductions prove the problem infeasible.
    fn new(problem: &Problem) -> Option<Reduced> {
        let mut costs: Vec<Vec<f64>> = problem.nodes.iter().map(|n| n.costs.clone()).collect();
        let mut merged: BTreeMap<(usize, usize), Vec<f64>> = BTreeMap::new();
        for e in &problem.edges {
            let (u, v) = (e.from.min(e.to), e.from.max(e.to));
            let (ku, kv) = (problem.k(u), problem.k(v));
            let sum = merged.entry((u, v)).or_insert_with(|| vec![0.0; ku * kv]);
            for i in 0..ku {
                for j in 0..kv {
                    sum[i * kv + j] += if e.from == u { e.cost(i, j, kv) } else { e.cost(j, i, ku) };
                }
            }
        }
        let mut pairs: Vec<Option<Pair>> = merged.into_iter().map(|((u, v), costs)| Some(Pair { u, v, costs })).collect();
        let mut incident = vec![Vec::new(); costs.len()];
        for (p, pair) in pairs.iter().flatten().enumerate() {
            incident[pair.u].push(p);
            incident[pair.v].push(p);
        }
        if costs.iter().any(|c| allowed(c).next().is_none()) {
            return None;
        }
        let mut queue: VecDeque<usize> = (0..pairs.len()).collect();
        let mut queued = vec![true; pairs.len()];
        while let Some(p) = queue.pop_front() {
            queued[p] = false;
            let Some(pair) = pairs[p].take() else { continue };
            let mut shrunk = Vec::new();
            let keep = reduce_pair(&pair, &mut costs, &mut shrunk)?;
            if keep {
                pairs[p] = Some(pair);
            }
            for v in shrunk {
                for &q in &incident[v] {
                    if !queued[q] && pairs[q].is_some() {
                        queued[q] = true;
                        queue.push_back(q);
                    }
                }
            }
        }
        Some(Reduced { costs, pairs: pairs.into_iter().flatten().collect() })
    }

    /// A quick plan: nodes in order, each taking the strategy cheapest with the neighbours
    /// already placed. It may pick a forbidden pair or break the budget; callers check.
    fn greedy(&self) -> Vec<usize> {
        let mut earlier: Vec<Vec<&Pair>> = vec![Vec::new(); self.costs.len()];
        for pair in &self.pairs {
            earlier[pair.v].push(pair);
        }
        let mut choice: Vec<usize> = Vec::with_capacity(self.costs.len());
        for (v, costs) in self.costs.iter().enumerate() {
            let price = |i: usize| costs[i] + earlier[v].iter().map(|p| p.costs[choice[p.u] * costs.len() + i]).sum::<f64>();
            choice.push(allowed(costs).min_by(|&a, &b| price(a).total_cmp(&price(b))).unwrap_or(0));
        }
        choice
    }

    /// The strategy of a node left with exactly one.
    fn fixed(&self, v: usize) -> Option<usize> {
        let mut it = allowed(&self.costs[v]);
        let first = it.next();
        if it.next().is_none() { first } else { None }
    }
}

/// The allowed strategies of a node's cost vector.
fn allowed(costs: &[f64]) -> impl Iterator<Item = usize> + '_ {
    costs.iter().enumerate().filter(|(_, c)| c.is_finite()).map(|(i, _)| i)
}

/// Applies the reductions of the module docs to one pair: drops strategies without an allowed
/// partner, folds the pair into its nodes when one is fixed or it is separable. Returns whether
/// the pair stays, or `None` when a node is left with nothing; pushes the nodes that lost a
/// strategy onto `shrunk` (their other pairs need another look).
fn reduce_pair(pair: &Pair, costs: &mut [Vec<f64>], shrunk: &mut Vec<usize>) -> Option<bool> {
    let (u, v) = (pair.u, pair.v);
    let kv = costs[v].len();
    let at = |i: usize, j: usize| pair.costs[i * kv + j];
    loop {
        let (au, av): (Vec<usize>, Vec<usize>) = (allowed(&costs[u]).collect(), allowed(&costs[v]).collect());
        let mut changed = false;
        for &i in &au {
            if av.iter().all(|&j| at(i, j).is_infinite()) {
                costs[u][i] = f64::INFINITY;
                shrunk.push(u);
                changed = true;
            }
        }
        for &j in &av {
            if au.iter().all(|&i| at(i, j).is_infinite()) {
                costs[v][j] = f64::INFINITY;
                shrunk.push(v);
                changed = true;
            }
        }
        if changed {
            if allowed(&costs[u]).next().is_none() || allowed(&costs[v]).next().is_none() {
                return None;
            }
            continue;
        }
        // Separable costs a[i] + b[j]: all zero, constant, or one node fixed (after the pruning
        // above, its row or column is finite).
        let (i0, j0) = (au[0], av[0]);
        let scale = au.iter().flat_map(|&i| av.iter().map(move |&j| at(i, j))).fold(0.0, f64::max);
        let separable = au.len() == 1
            || av.len() == 1
            || au.iter().all(|&i| {
                av.iter().all(|&j| {
                    let c = at(i, j);
                    c.is_finite() && (c - (at(i, j0) + at(i0, j) - at(i0, j0))).abs() <= 1e-12 * scale
                })
            });
        if separable {
            for &i in &au {
                costs[u][i] += at(i, j0);
            }
            for &j in &av {
                costs[v][j] += at(i0, j) - at(i0, j0);
            }
            return Some(false);
        }
        return Some(true);
    }
}

/// The CBC model of a [`Reduced`] problem for one goal, and where each choice lives in it.
struct Ilp {
    model: Model,
    /// The strategy of each node the reductions fixed; such nodes have no columns.
    fixed: Vec<Option<usize>>,
    /// `(strategy, s column)` of each other node.
    cols: Vec<Vec<(usize, Col)>>,
    /// The `e` columns of each pair, in the order of `Reduced::pairs`.
    pair_cols: Vec<PairCols>,
    /// The problem's objective is `scale * model objective + offset` (for [`Goal::Cost`]).
    scale: f64,
    offset: f64,
}

impl Ilp {
    /// `None` when a memory row of fixed nodes alone is over the budget.
    fn build(problem: &Problem, reduced: &Reduced, goal: Goal) -> Option<Ilp> {
        let n = problem.nodes.len();
        let fixed: Vec<Option<usize>> = (0..n).map(|v| reduced.fixed(v)).collect();
        let mut model = Model::default();
        model.set_obj_sense(Sense::Minimize);
        // Objective coefficients are scaled to at most 1 so that CBC's absolute tolerances mean
        // the same whatever unit the costs are in.
        let finite = reduced.costs.iter().flatten().chain(reduced.pairs.iter().flat_map(|p| &p.costs)).filter(|c| c.is_finite());
        let largest = finite.fold(0.0, |a: f64, &c| a.max(c));
        let scale = if largest > 0.0 { largest } else { 1.0 };
        let priced = matches!(goal, Goal::Cost { .. });
        let mut cols: Vec<Vec<(usize, Col)>> = vec![Vec::new(); n];
        let mut offset = 0.0;
        for v in 0..n {
            if let Some(i) = fixed[v] {
                offset += reduced.costs[v][i];
                continue;
            }
            let one_hot = model.add_row();
            model.set_row_equal(one_hot, 1.0);
            for i in allowed(&reduced.costs[v]) {
                let s = model.add_binary();
                model.set_weight(one_hot, s, 1.0);
                if priced {
                    model.set_obj_coeff(s, reduced.costs[v][i] / scale);
                }
                cols[v].push((i, s));
            }
        }
        let mut pair_cols = Vec::with_capacity(reduced.pairs.len());
        for pair in &reduced.pairs {
            let kv = problem.k(pair.v);
            let at = |i: usize, j: usize| pair.costs[i * kv + j];
            let (us, vs) = (&cols[pair.u], &cols[pair.v]);
            let class_u = classes(problem.k(pair.u), us.iter().map(|&(i, _)| (i, vs.iter().map(|&(j, _)| at(i, j)).collect())));
            let class_v = classes(kv, vs.iter().map(|&(j, _)| (j, us.iter().map(|&(i, _)| at(i, j)).collect())));
            // One row per class: Σ_h e_gh = Σ_(i in g) s_ui, and likewise for v's classes.
            let rows_u: Vec<_> = class_u.members.iter().map(|_| model.add_row()).collect();
            let rows_v: Vec<_> = class_v.members.iter().map(|_| model.add_row()).collect();
            for (&(i, s), (class, rows)) in us.iter().map(|c| (c, (&class_u, &rows_u))).chain(vs.iter().map(|c| (c, (&class_v, &rows_v)))) {
                model.set_row_equal(rows[class.of[i]], 0.0);
                model.set_weight(rows[class.of[i]], s, -1.0);
            }
            let mut es = Vec::new();
            for (g, &i) in class_u.members.iter().enumerate() {
                for (h, &j) in class_v.members.iter().enumerate() {
                    let c = at(i, j);
                    if c.is_infinite() {
                        continue;
                    }
                    let e = model.add_col();
                    model.set_col_upper(e, 1.0);
                    model.set_weight(rows_u[g], e, 1.0);
                    model.set_weight(rows_v[h], e, 1.0);
                    if priced {
                        model.set_obj_coeff(e, c / scale);
                    }
                    es.push((g, h, e));
                }
            }
            pair_cols.push(PairCols { class_u: class_u.of, class_v: class_v.of, es });
        }
        let (budget, peak) = match goal {
            Goal::Cost { budget } => (budget, None),
            Goal::PeakMemory => {
                let peak = model.add_col();
                model.set_obj_coeff(peak, 1.0);
                (None, Some(peak))
            }
        };
        if budget.is_none() && peak.is_none() {
            return Some(Ilp { model, fixed, cols, pair_cols, scale, offset });
        }
        for row in &problem.memory {
            // A node may have several terms in a row; CBC takes one weight per cell.
            let mut constant = 0.0;
            let mut weights: BTreeMap<Col, f64> = BTreeMap::new();
            for (v, bytes) in &row.terms {
                match fixed[*v] {
                    Some(i) => constant += bytes[i],
                    None => cols[*v].iter().for_each(|&(i, s)| *weights.entry(s).or_default() += bytes[i]),
                }
            }
            weights.retain(|_, w| *w != 0.0);
            if weights.is_empty() && peak.is_none() {
                if fits(constant, budget) {
                    continue;
                }
                return None;
            }
            let room = budget.unwrap_or(0.0) - constant;
            // Rows are scaled so their largest coefficient is about 1, as the objective is.
            let largest = weights.values().chain([room.abs(), constant].iter()).fold(0.0, |a: f64, &w| a.max(w));
            let mscale = if largest > 0.0 { largest } else { 1.0 };
            let r = model.add_row();
            for (s, w) in weights {
                model.set_weight(r, s, w / mscale);
            }
            match peak {
                Some(peak) => {
                    model.set_weight(r, peak, -1.0 / mscale);
                    model.set_row_upper(r, -constant / mscale);
                }
                None => model.set_row_upper(r, room / mscale),
            }
        }
        Some(Ilp { model, fixed, cols, pair_cols, scale, offset })
    }

    /// The choice a column assignment stands for (the largest `s` of each node).
    fn choice(&self, value: impl Fn(Col) -> f64) -> Vec<usize> {
        let pick = |cols: &[(usize, Col)]| cols.iter().max_by(|a, b| value(a.1).total_cmp(&value(b.1))).map_or(0, |&(i, _)| i);
        self.fixed.iter().zip(&self.cols).map(|(fixed, cols)| fixed.unwrap_or_else(|| pick(cols))).collect()
    }

    /// Hands `choice` to CBC as its first incumbent.
    fn start_from(&mut self, reduced: &Reduced, choice: &[usize]) {
        for (v, cols) in self.cols.iter().enumerate() {
            for &(i, s) in cols {
                self.model.set_col_initial_solution(s, if i == choice[v] { 1.0 } else { 0.0 });
            }
        }
        for (pair, cols) in reduced.pairs.iter().zip(&self.pair_cols) {
            let chosen = (cols.class_u[choice[pair.u]], cols.class_v[choice[pair.v]]);
            for &(g, h, e) in &cols.es {
                self.model.set_col_initial_solution(e, if (g, h) == chosen { 1.0 } else { 0.0 });
            }
        }
    }
}

/// The `e` columns of a pair. A node's strategies whose costs across the pair are equal (say,
/// several strategies leave the same output layout) form one class, and `e` lives on pairs of
/// classes: the same linearisation of the class indicators `Σ_(i in g) s_ui`, which are 0/1
/// too, and the same LP bound (an aggregated `e` splits back in proportion to `s`).
struct PairCols {
    /// The class of each strategy of `u`, by strategy number (0 for forbidden ones).
    class_u: Vec<usize>,
    /// The class of each strategy of `v`.
    class_v: Vec<usize>,
    /// `(class of u, class of v, e column)`; none for a forbidden pair.
    es: Vec<(usize, usize, Col)>,
}

/// Strategies grouped by equal cost vectors.
struct Classes {
    /// The class of each strategy, by strategy number (0 for strategies not given).
    of: Vec<usize>,
    /// One member of each class.
    members: Vec<usize>,
}

/// Groups the `(strategy, costs)` of one side of a pair by equal costs (bit for bit).
fn classes(k: usize, sides: impl Iterator<Item = (usize, Vec<f64>)>) -> Classes {
    let mut index: HashMap<Vec<u64>, usize> = HashMap::new();
    let mut classes = Classes { of: vec![0; k], members: Vec::new() };
    for (i, costs) in sides {
        let next = classes.members.len();
        let class = *index.entry(costs.iter().map(|c| c.to_bits()).collect()).or_insert(next);
        if class == next {
            classes.members.push(i);
        }
        classes.of[i] = class;
    }
    classes
}

/// Builds the model for `goal`, runs CBC with the time left, and reads the plan back.
fn run(problem: &Problem, reduced: &Reduced, goal: Goal, options: &IlpOptions, start: Instant) -> Result<Outcome, SolveError> {
    let Some(mut ilp) = Ilp::build(problem, reduced, goal) else { return Ok(Outcome::Infeasible) };
    let (priced, budget) = match goal {
        Goal::Cost { budget } => (true, budget),
        Goal::PeakMemory => (false, None),
    };
    let feasible = |choice: &[usize]| problem.objective(choice).is_finite() && problem.memory_rows(choice).iter().all(|&m| fits(m, budget));
    let plan = |choice: Vec<usize>, optimal: bool, bound: f64, notes: Vec<String>| {
        let objective = problem.objective(&choice);
        let bound = priced.then_some(bound.min(objective));
        Outcome::Plan(Solution { choice, objective, bound, seconds: 0.0, optimal, notes })
    };
    if ilp.model.num_cols() == 0 {
        // Every node is fixed: nothing to search.
        return Ok(plan(ilp.choice(|_| 0.0), true, ilp.offset, Vec::new()));
    }
    // A greedy plan, when it is feasible, is CBC's first incumbent and what is returned if CBC
    // finds nothing better in time.
    let greedy = Some(reduced.greedy()).filter(|choice| priced && feasible(choice));
    if let Some(choice) = &greedy {
        ilp.start_from(reduced, choice);
        // The feasibility pump is for finding a first plan; with one it mostly burns time (a
        // minute past the limit on a 12-layer GPT), and CBC checks the limit only between phases.
        ilp.model.set_parameter("feasibilityPump", "off");
    }
    let left = options.time_limit_s - start.elapsed().as_secs_f64();
    let model = &mut ilp.model;
    model.set_log_level(0);
    // The limit is wall-clock time, as `IlpOptions` promises (CBC counts CPU time by default).
    // CLP's presolve takes minutes on the edge rows of a real model (GPT, 12 layers, 2x4 mesh:
    // 100 s against 3 s for the whole root LP without it); CBC's own preprocessing still runs.
    model.set_parameters([("logLevel", "0"), ("slogLevel", "0"), ("timeMode", "elapsed"), ("presolve", "off")]);
    model.set_parameter("sec", &left.max(1.0).to_string());
    if options.threads > 1 {
        model.set_parameter("threads", &options.threads.to_string());
    }
    let result = model.solve();
    let raw = result.raw();
    if raw.is_proven_infeasible() {
        // With an incumbent, CBC only looks for better plans: none means the greedy one is optimal.
        return Ok(match greedy {
            Some(choice) => {
                let objective = problem.objective(&choice);
                plan(choice, true, objective, Vec::new())
            }
            None => Outcome::Infeasible,
        });
    }
    let found = Some(ilp.choice(|c| result.col(c))).filter(|choice| feasible(choice));
    let best = [found, greedy].into_iter().flatten().min_by(|a, b| problem.objective(a).total_cmp(&problem.objective(b)));
    let limit = options.time_limit_s;
    let Some(choice) = best else {
        return Err(SolveError::Solver(if raw.is_seconds_limit_reached() {
            format!("ilp found no plan within the {limit} s time limit; use solver=dp")
        } else {
            format!("cbc stopped without a plan ({:?}, {:?})", raw.status(), raw.secondary_status())
        }));
    };
    let objective = problem.objective(&choice);
    // Proven optimal is about CBC's incumbent (its own or our greedy start); ours must match it.
    // Its best bound is then not always updated, so the objective is the bound.
    let incumbent = raw.obj_value() * ilp.scale + ilp.offset;
    let optimal = raw.is_proven_optimal() && (!priced || objective <= incumbent + 1e-6 * incumbent.abs().max(1.0));
    let bound = if optimal { objective } else { (raw.best_possible_value() * ilp.scale + ilp.offset).min(objective) };
    let mut notes = Vec::new();
    if !optimal && priced {
        let gap = if objective > 0.0 { 100.0 * (objective - bound) / objective } else { 0.0 };
        notes.push(if raw.is_seconds_limit_reached() {
            format!("ilp time limit of {limit} s reached: best plan so far, gap {gap:.2}%")
        } else {
            format!("cbc stopped early ({:?}): best plan so far, gap {gap:.2}%", raw.secondary_status())
        });
    }
    Ok(plan(choice, optimal, bound, notes))
}

/// Whether `bytes` is within `budget`, with [`Problem::is_feasible`]'s tolerance.
fn fits(bytes: f64, budget: Option<f64>) -> bool {
    budget.is_none_or(|b| bytes <= b * (1.0 + 1e-9))
}

#[cfg(test)]
mod tests {
    use super::super::problem::{Edge, MemoryRow, Node, random_problem};
    use super::*;

    /// Solves `problem` and checks the outcome against brute force (or `expected` when given).
    fn check(problem: &Problem, expected: Option<Result<f64, SolveError>>) {
        let got = solve(problem, &IlpOptions::default());
        let expected = expected.unwrap_or_else(|| problem.brute_force().map(|(_, objective)| objective).ok_or(SolveError::Infeasible));
        match (&got, &expected) {
            (Ok(solution), Ok(objective)) => {
                assert!(problem.is_feasible(&solution.choice), "infeasible plan {:?}", solution.choice);
                assert_eq!(solution.objective, problem.objective(&solution.choice));
                assert!((solution.objective - objective).abs() <= 1e-6 * objective.max(1.0), "ilp {} vs {objective}", solution.objective);
                assert!(solution.optimal, "not proven optimal: {:?}", solution.notes);
                let bound = solution.bound.expect("a bound");
                assert!(bound <= solution.objective && bound >= objective - 1e-6 * objective.max(1.0), "bound {bound} vs {objective}");
            }
            _ => assert_eq!(got.map(|s| s.objective), expected),
        }
    }

    fn node(name: &str, costs: &[f64]) -> Node {
        Node { name: name.into(), costs: costs.to_vec() }
    }

    fn edge(from: usize, to: usize, costs: &[f64]) -> Edge {
        Edge { from, to, costs: costs.to_vec() }
    }

    const INF: f64 = f64::INFINITY;

    #[test]
    fn agrees_with_brute_force() {
        for seed in 0..60 {
            let (n, k, extra) = (2 + seed as usize % 7, 1 + seed as usize % 4, seed as usize % 6);
            check(&random_problem(seed, n, k, extra), None);
        }
        // Larger strategy counts and denser graphs (many cycles, parallel edges).
        for seed in 100..110 {
            check(&random_problem(seed, 6, 4, 12), None);
        }
    }

    #[test]
    fn small_cases() {
        // Empty problem.
        check(&Problem::default(), Some(Ok(0.0)));
        // Single strategies only: nothing to search.
        check(&Problem { nodes: vec![node("a", &[2.0]), node("b", &[3.0])], edges: vec![edge(0, 1, &[4.0])], ..Problem::default() }, None);
        // A reversed parallel edge adds to the forward one.
        let p = Problem { nodes: vec![node("a", &[0.0, 0.0]), node("b", &[0.0, 0.0])], edges: vec![edge(0, 1, &[5.0, 1.0, 1.0, 5.0]), edge(1, 0, &[0.0, 9.0, 0.0, 0.0])], ..Problem::default() };
        check(&p, Some(Ok(1.0)));
        // Forbidden node strategies and pairs steer the choice.
        let p = Problem {
            nodes: vec![node("a", &[INF, 1.0, 2.0]), node("b", &[0.0, 0.0]), node("c", &[1.0, 0.0])],
            edges: vec![edge(0, 1, &[0.0, 0.0, INF, 3.0, 0.0, 7.0]), edge(1, 2, &[0.0, INF, 2.0, 0.0]), edge(0, 2, &[1.0, 1.0, 1.0, 1.0, 4.0, 0.0])],
            ..Problem::default()
        };
        check(&p, None);
    }

    #[test]
    fn infeasible() {
        // Every pair of a 2-cycle's strategies is forbidden somewhere around the triangle.
        let ne = [INF, 0.0, 0.0, INF];
        let p = Problem { nodes: vec![node("a", &[0.0, 0.0]), node("b", &[0.0, 0.0]), node("c", &[0.0, 0.0])], edges: vec![edge(0, 1, &ne), edge(1, 2, &ne), edge(0, 2, &ne)], ..Problem::default() };
        check(&p, Some(Err(SolveError::Infeasible)));
        // A node whose every strategy is forbidden.
        check(&Problem { nodes: vec![node("a", &[INF, INF])], ..Problem::default() }, Some(Err(SolveError::Infeasible)));
        // Infeasible and over budget: the sharding constraints are reported.
        let mut p = p;
        p.memory = vec![MemoryRow { name: "m".into(), terms: vec![(0, vec![5.0, 5.0])] }];
        p.budget = Some(1.0);
        check(&p, Some(Err(SolveError::Infeasible)));
    }

    #[test]
    fn equal_cost_strategies_share_edge_columns() {
        // Strategies map to a few layouts and edges price layouts only, as sharding problems
        // do: rows and columns of each edge repeat, with forbidden layout pairs among them.
        for seed in 0..20u64 {
            let mut p = random_problem(seed, 7, 4, 4);
            let layout = |v: usize, i: usize| (v + i * (1 + seed as usize % 2)) % 3;
            for e in &mut p.edges {
                let (kf, kt) = (p.nodes[e.from].costs.len(), p.nodes[e.to].costs.len());
                let by_layout: Vec<f64> = e.costs.iter().cycle().take(9).copied().collect();
                e.costs = (0..kf * kt).map(|x| by_layout[layout(e.from, x / kt) * 3 + layout(e.to, x % kt)]).collect();
            }
            check(&p, None);
        }
    }

    #[test]
    fn memory_budget() {
        // Strategy 0 is cheap but replicates (8 bytes); strategy 1 shards (2 bytes) and pays.
        let nodes = vec![node("w", &[0.0, 3.0]), node("x", &[0.0, 1.0]), node("y", &[0.0, 0.5])];
        let edges = vec![edge(0, 1, &[0.0, 2.0, 2.0, 0.0]), edge(1, 2, &[0.0, 1.0, 1.0, 0.0])];
        let memory = vec![
            MemoryRow { name: "after w".into(), terms: vec![(0, vec![8.0, 2.0]), (1, vec![8.0, 2.0])] },
            MemoryRow { name: "after y".into(), terms: vec![(1, vec![8.0, 2.0]), (2, vec![8.0, 2.0]), (1, vec![1.0, 1.0])] },
        ];
        let base = Problem { nodes, edges, memory, budget: None };
        check(&base, Some(Ok(0.0)));
        for (budget, expected) in [(100.0, Ok(0.0)), (12.0, Ok(3.5)), (10.0, Ok(3.5)), (9.0, Ok(4.5)), (5.0, Ok(4.5))] {
            check(&Problem { budget: Some(budget), ..base.clone() }, Some(expected));
        }
        check(&Problem { budget: Some(4.9), ..base.clone() }, Some(Err(SolveError::OverBudget { budget: 4.9, needed: 5.0 })));
        // A row of fixed nodes alone can be over budget too.
        let fixed = Problem { nodes: vec![node("a", &[1.0])], memory: vec![MemoryRow { name: "m".into(), terms: vec![(0, vec![10.0])] }], budget: Some(4.0), ..Problem::default() };
        check(&fixed, Some(Err(SolveError::OverBudget { budget: 4.0, needed: 10.0 })));
        // Random problems with random budgets, against brute force.
        for seed in 0..20 {
            let mut p = random_problem(seed, 6, 3, 3);
            let bytes = |v: usize, k: usize| (0..k).map(|i| ((v * 7 + i * 3 + seed as usize) % 5) as f64).collect::<Vec<_>>();
            p.memory = (0..3).map(|r| MemoryRow { name: format!("t{r}"), terms: (r..r + 3).map(|v| (v, bytes(v, p.k(v)))).collect() }).collect();
            p.budget = Some(4.0 + (seed % 5) as f64);
            let expected = match p.brute_force() {
                Some((_, objective)) => Ok(objective),
                None => {
                    let least = Problem { budget: None, ..p.clone() };
                    let needed = enumerate_least_peak(&least);
                    Err(SolveError::OverBudget { budget: p.budget.unwrap(), needed })
                }
            };
            check(&p, Some(expected));
        }
    }

    /// The least peak memory over the choices with a finite objective, by enumeration.
    fn enumerate_least_peak(problem: &Problem) -> f64 {
        let mut least = INF;
        let mut choice = vec![0; problem.nodes.len()];
        loop {
            if problem.objective(&choice).is_finite() {
                least = least.min(problem.peak_memory(&choice));
            }
            let Some(v) = (0..choice.len()).find(|&v| choice[v] + 1 < problem.k(v)) else { return least };
            choice[v] += 1;
            choice[..v].iter_mut().for_each(|s| *s = 0);
        }
    }

    #[test]
    fn medium_problem_is_solved_to_optimality() {
        let problem = random_problem(7, 300, 8, 150);
        let start = Instant::now();
        let solution = solve(&problem, &IlpOptions { time_limit_s: 120.0, threads: 1 }).unwrap();
        eprintln!("300 nodes, {} edges: {:.2} s, objective {}", problem.edges.len(), start.elapsed().as_secs_f64(), solution.objective);
        assert!(solution.optimal, "{:?}", solution.notes);
        assert!(problem.is_feasible(&solution.choice));
        assert!(solution.bound.unwrap() >= solution.objective - 1e-6 * solution.objective);
    }

    #[test]
    fn invalid_input_is_an_error() {
        let problem = Problem { nodes: vec![node("a", &[1.0])], edges: vec![edge(0, 0, &[1.0])], ..Problem::default() };
        assert!(matches!(solve(&problem, &IlpOptions::default()), Err(SolveError::Solver(m)) if m.starts_with("invalid problem")));
    }
}
