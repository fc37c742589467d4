//! Analyses: facts and prices the passes decide with, kept apart from the passes that use
//! them (as IREE keeps `Analysis/` apart from `Transforms/`). Nothing here rewrites a module.
//!
//! - [`cluster`]: the physical cluster (hosts, device types, links), read from TOML presets
//!   (`passes/clusters/*.toml`) or a user's file.
//! - [`mesh`]: the logical device mesh with per-axis alpha (latency) and beta (s/byte), derived
//!   from a cluster or given outright as in Alpa's experiments.
//! - [`comm`]: the cost of collectives along mesh axes (Alpa's formulas or analytic ring
//!   seconds) and of computation.

pub mod cluster;
pub mod comm;
pub mod mesh;
pub mod problem;
pub mod reshard;
