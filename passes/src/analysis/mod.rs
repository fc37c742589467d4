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
