//! The partitioning phase: from a sharding plan to per-device SPMD programs.
//!
//! - [`partition`]: the `alpa-partition` pass (local shapes, `shard` collectives).
//! - [`pipeline`]: what `alpa-partition` does to a module cut into pipeline stages (one
//!   program per stage and phase on the stage's grid, and the pipeline driver).
//! - [`lower_collectives`]: the `alpa-lower-collectives` pass (`shard` collectives to
//!   StableHLO collectives over replica groups, for XLA).

pub mod lower_collectives;
// The pass file is named after the pass, as every pass file is (STYLE.md: one name everywhere).
#[allow(clippy::module_inception)]
pub mod partition;
pub mod pipeline;
