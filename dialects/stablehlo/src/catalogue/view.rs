//! An op seen through its operand types, with accessors that fail with located diagnostics
//! naming the op. Every rule in the catalogue reads attributes through these, so a missing or
//! malformed attribute is an error at the op, never a panic.

use crate::attr::Attr;
use crate::diag::{DResult, Diag};
use crate::ir::Op;
use crate::types::{TensorType, Type};

/// An op with the types of its operands and, when checking an existing op, of its results.
pub(crate) struct OpView<'a> {
    /// The op.
    pub op: &'a Op,
    /// Its operand types, in order.
    pub operands: &'a [Type],
    /// Its result types when verifying; `None` when inferring them.
    pub given: Option<&'a [Type]>,
}

impl<'a> OpView<'a> {
    /// An input error at the op: `'stablehlo.x' <message>`.
    pub fn err(&self, message: impl AsRef<str>) -> Diag {
        Diag::input(self.op.pos, format!("'{}' {}", self.op.name, message.as_ref()))
    }

    /// Requires exactly `n` operands.
    pub fn arity(&self, n: usize) -> DResult<()> {
        if self.operands.len() != n {
            let noun = if n == 1 { "operand" } else { "operands" };
            return Err(self.err(format!("takes {n} {noun}, got {}", self.operands.len())));
        }
        Ok(())
    }

    /// Requires at least `n` operands.
    pub fn min_arity(&self, n: usize) -> DResult<()> {
        if self.operands.len() < n {
            return Err(self.err(format!("takes at least {n} operand(s), got {}", self.operands.len())));
        }
        Ok(())
    }

    /// Operand `i`, which must be a tensor.
    pub fn tensor(&self, i: usize) -> DResult<&'a TensorType> {
        match self.operands.get(i) {
            Some(Type::Tensor(t)) => Ok(t),
            Some(other) => Err(self.err(format!("operand #{i} must be a tensor, got {other}"))),
            None => Err(self.err(format!("is missing operand #{i}"))),
        }
    }

    /// Operands `range`, which must all be tensors.
    pub fn tensors(&self, range: std::ops::Range<usize>) -> DResult<Vec<&'a TensorType>> {
        range.map(|i| self.tensor(i)).collect()
    }

    /// The given result types, for ops whose producer chooses them (reshape, iota, ...).
    pub fn given(&self) -> DResult<&'a [Type]> {
        self.given.ok_or_else(|| Diag::unsupported(self.op.pos, format!("'{}' result types cannot be inferred: the producer chooses them", self.op.name)))
    }

    /// The given single tensor result.
    pub fn given_tensor(&self) -> DResult<&'a TensorType> {
        match self.given()? {
            [Type::Tensor(t)] => Ok(t),
            [other] => Err(self.err(format!("result must be a tensor, got {other}"))),
            many => Err(self.err(format!("has {} result(s), expected 1", many.len()))),
        }
    }

    /// The element type of given result `i`, when verifying (ops whose producer may pick the
    /// result element type, like dot_general's `preferred_element_type`).
    pub fn given_elem(&self, i: usize) -> Option<crate::types::ElemType> {
        self.given?.get(i)?.as_tensor().map(|t| t.elem)
    }

    /// The attribute `name`, which must be present.
    pub fn attr(&self, name: &str) -> DResult<&'a Attr> {
        self.op.attr(name).ok_or_else(|| self.err(format!("needs attribute '{name}'")))
    }

    /// The integer list attribute `name`, which must be present.
    pub fn ints(&self, name: &str) -> DResult<Vec<i64>> {
        self.attr(name)?.as_int_list().ok_or_else(|| self.err(format!("attribute '{name}' must be a list of integers")))
    }

    /// The integer list attribute `name`, `default` when absent.
    pub fn ints_or(&self, name: &str, default: Vec<i64>) -> DResult<Vec<i64>> {
        if self.op.attr(name).is_none() {
            return Ok(default);
        }
        self.ints(name)
    }

    /// The integer attribute `name`, which must be present.
    pub fn int(&self, name: &str) -> DResult<i64> {
        self.attr(name)?.as_int().ok_or_else(|| self.err(format!("attribute '{name}' must be an integer")))
    }

    /// The integer attribute `name`, `default` when absent.
    pub fn int_or(&self, name: &str, default: i64) -> DResult<i64> {
        if self.op.attr(name).is_none() {
            return Ok(default);
        }
        self.int(name)
    }

    /// The case of enum attribute `name` (`#stablehlo<comparison_direction GT>` gives `GT`),
    /// `None` when absent.
    pub fn enum_case(&self, name: &str) -> DResult<Option<&'a str>> {
        match self.op.attr(name) {
            None => Ok(None),
            Some(a) => a.as_enum().map(Some).ok_or_else(|| self.err(format!("attribute '{name}' must be an enum case"))),
        }
    }

    /// The fields of the structured attribute `name` of kind `kind` (`#stablehlo.gather<...>`
    /// is kind `stablehlo.gather`).
    pub fn fields<'v>(&'v self, name: &'v str, kind: &str) -> DResult<Fields<'a, 'v>> {
        match self.attr(name)? {
            Attr::Struct { name: k, fields } if k == kind => Ok(Fields { view: self, attr: name, fields }),
            // The parser keeps a struct with no fields verbatim (`#stablehlo.dot<>`).
            Attr::Opaque(text) if text.strip_prefix('#').and_then(|t| t.strip_prefix(kind)) == Some("<>") => Ok(Fields { view: self, attr: name, fields: &[] }),
            _ => Err(self.err(format!("attribute '{name}' must be a #{kind}<...> attribute"))),
        }
    }

    /// Checks dimension numbers against a rank: each in range and none twice. `what` names one
    /// entry in messages ("lhs contracting dimension").
    pub fn dims(&self, what: &str, dims: &[i64], rank: usize) -> DResult<Vec<usize>> {
        let mut out = Vec::with_capacity(dims.len());
        for &d in dims {
            if d < 0 || d as u64 >= rank as u64 {
                return Err(self.err(format!("{what} {d} is out of range for rank {rank}")));
            }
            if out.contains(&(d as usize)) {
                return Err(self.err(format!("{what} {d} appears twice")));
            }
            out.push(d as usize);
        }
        Ok(out)
    }
}

/// The fields of a structured attribute, read with located errors.
pub(crate) struct Fields<'a, 'v> {
    view: &'v OpView<'a>,
    attr: &'v str,
    fields: &'a [(String, Attr)],
}

impl Fields<'_, '_> {
    /// Integer list field `name`; empty when absent (MLIR omits empty lists).
    pub fn ints(&self, name: &str) -> DResult<Vec<i64>> {
        match self.fields.iter().find(|(k, _)| k == name) {
            None => Ok(Vec::new()),
            Some((_, a)) => a.as_int_list().ok_or_else(|| self.view.err(format!("field '{name}' of '{}' must be a list of integers", self.attr))),
        }
    }

    /// Integer field `name`; `default` when absent.
    pub fn int_or(&self, name: &str, default: i64) -> DResult<i64> {
        match self.fields.iter().find(|(k, _)| k == name) {
            None => Ok(default),
            Some((_, a)) => a.as_int().ok_or_else(|| self.view.err(format!("field '{name}' of '{}' must be an integer", self.attr))),
        }
    }

    /// Integer field `name`, which must be present.
    pub fn int(&self, name: &str) -> DResult<i64> {
        match self.fields.iter().find(|(k, _)| k == name) {
            None => Err(self.view.err(format!("attribute '{}' needs field '{name}'", self.attr))),
            Some(_) => self.int_or(name, 0),
        }
    }
}
