//! Decisions and rewrites: the passes of alpa-opt, their registry, and the driver that runs a
//! pipeline of them (mixed with upstream MLIR passes) through MLIR's pass manager.
//!
//! One pass per file, grouped by phase (`import/`, ...). A pass is a [`pass::Pass`] over the
//! [`alpa_stablehlo::Module`] IR; [`manager`] wraps each as an MLIR external pass.
#![warn(missing_docs)]

pub mod analysis;
pub mod checks;
pub mod import;
pub mod manager;
pub mod opt;
pub mod partition;
pub mod pass;
pub mod registry;
pub mod rewrite;
pub mod shard;
pub mod stage;
