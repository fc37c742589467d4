//! The partitioning phase: from a sharding plan to per-device SPMD programs.
//!
//! - [`partition`]: the `alpa-partition` pass (local shapes, `shard` collectives).

pub mod partition;
