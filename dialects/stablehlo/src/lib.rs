//! StableHLO as this project reads, writes and reasons about it.
//!
//! - [`parse`]: both text forms (JAX's pretty form and MLIR's generic form) into [`ir::Module`];
//! - [`print`]: the module back to either form;
//! - [`catalogue`]: per op what it is: operands and attributes, shape rules and verification,
//!   FLOP and byte counts, and sharding rules (how operand dimensions map to result dimensions);
//! - [`verify`]: the whole-module verifier every phase boundary runs;
//! - [`shard`]: device grids and tensor shardings as MLIR's upstream `shard` dialect writes them.
//!
//! Nothing here decides anything about parallelization, and nothing here links MLIR: the
//! runtime depends on this crate to read the modules it runs.
#![warn(missing_docs)]

pub mod attr;
pub mod catalogue;
pub mod diag;
pub mod ir;
pub mod parse;
pub mod pretty;
pub mod print;
pub mod shard;
pub mod types;
pub mod verify;

pub use diag::{DResult, Diag, DiagKind};
pub use ir::{Func, Module, Op, ValueId};
pub use parse::parse_module;
pub use print::{print_module, Form, PrintOptions};
pub use types::{ElemType, TensorType, Type};
