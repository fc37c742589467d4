//! Named phase-boundary checks: what each phase promises the next. A violation after a pass
//! is a bug in that pass; on user input it is an error naming what is missing.

use alpa_stablehlo::diag::Diag;
use alpa_stablehlo::ir::{Module, Pos};
use alpa_stablehlo::types::Type;

/// A phase boundary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Boundary {
    /// After import: one entry function `main`, no calls, static shapes, supported ops only.
    Imported,
}

impl Boundary {
    /// Every boundary, in pipeline order.
    pub const ALL: &'static [Boundary] = &[Boundary::Imported];

    /// The name used in options and messages.
    pub fn name(self) -> &'static str {
        match self {
            Boundary::Imported => "imported",
        }
    }

    /// The boundary called `name`.
    pub fn from_name(name: &str) -> Option<Boundary> {
        Boundary::ALL.iter().copied().find(|b| b.name() == name)
    }

    /// Checks that `module` meets the boundary.
    pub fn check(self, module: &Module) -> Result<(), Diag> {
        match self {
            Boundary::Imported => check_imported(module),
        }
    }
}

fn violated(pos: Pos, what: &str) -> Diag {
    Diag::input(pos, format!("boundary 'imported' violated: {what}"))
}

fn check_imported(module: &Module) -> Result<(), Diag> {
    let Some(main) = module.func("main") else {
        let pos = module.funcs().next().map_or(Pos { line: 1, col: 1 }, |f| f.pos);
        return Err(Diag::input(pos, "boundary 'imported' violated: no function '@main'"));
    };
    if let Some(other) = module.funcs().find(|f| f.name != "main") {
        return Err(violated(other.pos, &format!("function '@{}' remains besides '@main' (run alpa-inline first)", other.name)));
    }
    let mut err = None;
    main.walk(&mut |op| {
        if err.is_some() {
            return;
        }
        if op.name == "func.call" {
            err = Some(violated(op.pos, "'func.call' remains (run alpa-inline first)"));
        }
        for v in op.results.iter().chain(&op.operands) {
            if let Type::Tensor(t) = main.ty(*v) {
                if !t.is_static() {
                    err = Some(Diag::unsupported(op.pos, format!("'{}' has dynamic shape {t}; dynamic shapes are not supported", op.name)));
                }
            }
        }
    });
    err.map_or(Ok(()), Err)
}
