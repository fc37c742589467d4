//! The runtime's one error type.
//!
//! Two owners, as the project's error policy separates them: the inputs are wrong (an npz file,
//! a missing argument, a shape that does not match `@main`), or an op cannot be executed (it is
//! unsupported by the interpreter, or its operands break its rules); the latter carry the op's
//! name and its `line:col` in the StableHLO text. In an SPMD run either kind is wrapped with the
//! device it happened on. Messages are lowercase without a final period.

use alpa_stablehlo::ir::{Op, Pos};
use thiserror::Error;

/// Why running a module, or reading and writing its tensors, failed.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum RunError {
    /// An op the interpreter does not execute.
    #[error("{}:{}: '{op}'{detail} is not supported by the interpreter", pos.line, pos.col)]
    Unsupported {
        /// The op's name.
        op: String,
        /// Where it was written.
        pos: Pos,
        /// Extra words after the name, e.g. ` (target 'foo')`.
        detail: String,
    },
    /// An op whose operands or attributes break its rules.
    #[error("{}:{}: '{op}' {message}", pos.line, pos.col)]
    Op {
        /// The op's name.
        op: String,
        /// Where it was written.
        pos: Pos,
        /// What is wrong.
        message: String,
    },
    /// Inputs that do not fit the function, or malformed tensor data.
    #[error("{0}")]
    Input(String),
    /// One device of an SPMD run failed (see [`crate::sim`]): which device, and why.
    #[error("device {device} {index:?}: {error}")]
    Device {
        /// The device's row-major linear index in its grid.
        device: usize,
        /// Its multi-index.
        index: Vec<i64>,
        /// What went wrong there.
        error: Box<RunError>,
    },
    /// A file could not be read or written.
    #[error("{path}: {message}")]
    Io {
        /// The file.
        path: String,
        /// What went wrong.
        message: String,
    },
}

impl RunError {
    /// An error located at `op`.
    pub fn at(op: &Op, message: impl Into<String>) -> RunError {
        RunError::Op { op: op.name.clone(), pos: op.pos, message: message.into() }
    }

    /// `op` is not supported; `detail` (may be empty) follows its name.
    pub fn unsupported(op: &Op, detail: impl Into<String>) -> RunError {
        RunError::Unsupported { op: op.name.clone(), pos: op.pos, detail: detail.into() }
    }
}
