//! Analyses: facts and prices the passes decide with, kept apart from the passes that use
//! them (as IREE keeps `Analysis/` apart from `Transforms/`). Nothing here rewrites a module.
//!
//! - [`cluster`]: the physical cluster (hosts, device types, links), read from TOML presets
//!   (`passes/clusters/*.toml`) or a user's file.
//! - [`mesh`]: the logical device mesh with per-axis alpha (latency) and beta (s/byte), derived
//!   from a cluster or given outright as in Alpa's experiments.
//! - [`comm`]: the cost of collectives along mesh axes (Alpa's formulas or analytic ring
//!   seconds) and of computation.
//! - [`dp`]: the default solver of the intra-op strategy [`problem`]: variable elimination
//!   (nonserial dynamic programming), exact on graphs of small treewidth.
//! - [`microbatch`]: the batch dimension of every value, and a step on one micro-batch.
//! - [`layer_cost`]: one layer's intra-op plan and price on one mesh, cached across identical layers.
//! - [`layers`]: forward/backward/update roles and Alpa's layer clustering.
//! - [`ilp`]: Alpa's exact ILP for the intra-op strategy [`problem`], solved by CBC.
//! - [`stages`]: Alpa's inter-op stage clustering (layers into stages on sub-meshes), as a
//!   flow ILP on CBC and as Alpa's DP, and the placement of sub-meshes on device ids.
//! - [`schedule`]: pipeline schedules (GPipe, 1F1B) as per-stage instruction lists, an event
//!   simulator of their timeline, and an SVG picture of it.

pub mod cluster;
pub mod comm;
pub mod dp;
pub mod ilp;
pub mod layer_cost;
pub mod layers;
pub mod mesh;
pub mod microbatch;
pub mod problem;
pub mod reshard;
pub mod schedule;
pub mod stages;
pub mod strategy;
pub mod strategy_graph;

/// `f` over `items` on all cores, results in order. Items are handed out one at a time, so
/// uneven costs (large layer ranges, big layer plans) balance.
pub(crate) fn parallel_map<T: Sync, R: Send>(items: &[T], f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(items.len());
    if threads <= 1 {
        return items.iter().map(f).collect();
    }
    let next = std::sync::atomic::AtomicUsize::new(0);
    let done: std::sync::Mutex<Vec<(usize, R)>> = std::sync::Mutex::new(Vec::with_capacity(items.len()));
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                let mut mine = Vec::new();
                loop {
                    let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                    let Some(item) = items.get(i) else { break };
                    mine.push((i, f(item)));
                }
                done.lock().unwrap_or_else(|e| e.into_inner()).extend(mine);
            });
        }
    });
    let mut done = done.into_inner().unwrap_or_else(|e| e.into_inner());
    done.sort_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}
