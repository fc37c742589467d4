//! `alpa-verify`: runs the module verifier and, optionally, a named phase-boundary check.
//!
//! - Expects: any module.
//! - Guarantees: nothing changes; fails with a located error when the module is invalid or
//!   does not meet the boundary's promise.
//! - Options: `boundary=none|imported` — `imported` is what every later phase starts from:
//!   a single entry function `main`, no calls left, static shapes, every op supported.
//!
//! ```mlir
//! // alpa-opt in.mlir --alpa-verify="boundary=imported"
//! %0 = call @f(%arg0) : (tensor<4xf32>) -> tensor<4xf32>
//! // error: boundary 'imported' violated: 'func.call' remains (run alpa-inline first)
//! ```

use crate::checks::Boundary;
use crate::pass::Pass;
use alpa_stablehlo::verify::verify_module;
use alpa_stablehlo::{Diag, Module};

/// The `alpa-verify` pass.
pub struct Verify {
    /// The boundary to check, if any.
    pub boundary: Option<Boundary>,
}

impl Pass for Verify {
    fn run(&self, module: &mut Module) -> Result<bool, Diag> {
        verify_module(module)?;
        if let Some(b) = self.boundary {
            b.check(module)?;
        }
        Ok(false)
    }
}
