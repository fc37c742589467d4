//! Runs StableHLO modules: the reference interpreter and tensor I/O.
//!
//! - [`Tensor`]: a static tensor type plus its elements in the element type's own
//!   representation (integers exact, `bf16`/`f16` as `half` values);
//! - [`read_npz`] / [`write_npz`] / [`match_inputs`]: numpy `.npz` archives, and matching an
//!   archive's `arg0`, `arg1`, ... to a function's arguments;
//! - [`random_inputs`]: seeded inputs for a function when no data comes with it;
//! - [`run`]: the reference interpreter, executing every op of the catalogue
//!   (`alpa_stablehlo::catalogue::OP_NAMES`) with the StableHLO spec's semantics. It is the
//!   numerical oracle each compiler pass is checked against;
//! - [`run_spmd`]: the SPMD simulator ([`sim`]), running a per-device program on every device
//!   of a grid at once, one thread each, with in-memory collectives between them;
//! - [`run_partitioned`] ([`spmd_io`]): a partitioned module on global data, each input split
//!   into the blocks the devices hold and each result assembled from them;
//! - [`run_pipeline`] / [`Pipeline`] ([`pipeline`]): a staged module, whose driver runs one
//!   SPMD program per stage on that stage's grid, micro-batch by micro-batch, in the order its
//!   schedule lists, with transfers between the grids and accumulation over micro-batches;
//! - [`compare()`]: the project's acceptance check of computed against reference outputs.
//!
//! Architecture invariant: the runtime depends on `alpa-stablehlo` (to read modules) and on no
//! compiler crate: never on `alpa-passes`, never on MLIR, melior or LLVM.
#![warn(missing_docs)]

pub mod compare;
pub mod driver;
pub mod error;
pub mod interp;
pub mod npz;
pub mod pipeline;
pub mod random;
pub mod sim;
pub mod spmd_io;
pub mod tensor;

pub use compare::{compare, relative_error, Mismatch};
pub use error::RunError;
pub use interp::{run, run_values, Value};
pub use npz::{match_inputs, read_npz, write_npz};
pub use pipeline::{run_pipeline, Pipeline};
pub use random::random_inputs;
pub use sim::{run_spmd, run_spmd_values};
pub use spmd_io::{run_partitioned, SpmdSignature, TensorLayout};
pub use tensor::{Data, Element, Tensor};
