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
//! - [`ilp`]: Alpa's exact ILP for the intra-op strategy [`problem`], solved by CBC.

pub mod cluster;
pub mod comm;
pub mod dp;
pub mod ilp;
pub mod mesh;
pub mod problem;
pub mod reshard;
pub mod strategy;
pub mod strategy_graph;
