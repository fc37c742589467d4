//! The intra-op phase: choosing every op's sharding on a device mesh.
//!
//! - [`auto_shard`]: the `alpa-auto-shard` pass (strategy graph, solver, `shard` annotations).
//! - [`plan`]: the plan it reports, as JSON and as text.

pub mod auto_shard;
pub mod plan;
