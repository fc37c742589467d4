//! Diagnostics with an owner and a place.
//!
//! Three kinds, as the project's error policy separates them: the user's input is wrong
//! ([`DiagKind::Input`]), the program uses something unsupported ([`DiagKind::Unsupported`]),
//! or the compiler has a bug ([`DiagKind::Bug`], e.g. a verifier failure after a pass). Messages
//! are lowercase without a final period, like rustc and MLIR.

use crate::ir::Pos;
use std::fmt;

/// Who is at fault.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DiagKind {
    /// The input text or program is wrong.
    Input,
    /// The program is valid but uses something this compiler does not support.
    Unsupported,
    /// An internal invariant broke; names the pass that broke it.
    Bug,
}

/// A note attached to a diagnostic ("the tensor was produced here").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    /// Where, if known.
    pub pos: Option<Pos>,
    /// What.
    pub message: String,
}

/// An error with its location in the source text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diag {
    /// Who is at fault.
    pub kind: DiagKind,
    /// Where, if known.
    pub pos: Option<Pos>,
    /// What went wrong.
    pub message: String,
    /// Extra context.
    pub notes: Vec<Note>,
}

impl Diag {
    /// An error in the user's input at `pos`.
    pub fn input(pos: Pos, message: impl Into<String>) -> Diag {
        Diag { kind: DiagKind::Input, pos: Some(pos), message: message.into(), notes: Vec::new() }
    }

    /// An unsupported construct at `pos`.
    pub fn unsupported(pos: Pos, message: impl Into<String>) -> Diag {
        Diag { kind: DiagKind::Unsupported, pos: Some(pos), message: message.into(), notes: Vec::new() }
    }

    /// A compiler bug.
    pub fn bug(pos: Option<Pos>, message: impl Into<String>) -> Diag {
        Diag { kind: DiagKind::Bug, pos, message: message.into(), notes: Vec::new() }
    }

    /// Adds a note.
    pub fn with_note(mut self, pos: Option<Pos>, message: impl Into<String>) -> Diag {
        self.notes.push(Note { pos, message: message.into() });
        self
    }

    /// Renders as `file:line:col: error: message`, notes on following lines.
    pub fn render(&self, file: &str) -> String {
        let mut out = String::new();
        let place = |pos: Option<Pos>| match pos {
            Some(p) => format!("{file}:{}:{}: ", p.line, p.col),
            None => format!("{file}: "),
        };
        let label = match self.kind {
            DiagKind::Input | DiagKind::Unsupported => "error",
            DiagKind::Bug => "internal error",
        };
        out.push_str(&format!("{}{label}: {}", place(self.pos), self.message));
        for note in &self.notes {
            out.push_str(&format!("\n{}note: {}", place(note.pos), note.message));
        }
        out
    }
}

impl fmt::Display for Diag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.render("<input>"))
    }
}

impl std::error::Error for Diag {}

/// Result with a [`Diag`] error.
pub type DResult<T> = Result<T, Diag>;
