//! Runs a pipeline: parses `builtin.module(a, b{opt=1}, canonicalize)`, expands pipeline
//! aliases, and runs everything through MLIR's pass manager, each alpa pass as an MLIR external
//! pass and every other element as the upstream MLIR pass it names.
//!
//! An alpa pass reads the module out of MLIR and writes its result back, except between two
//! alpa passes: there the IR is handed over directly (it is the same module, and re-reading it
//! would only cost time and drop source positions).

use crate::pass::{Pass, PassOptions};
use crate::registry;
use alpa_mlir::melior::ir::r#type::TypeId;
use alpa_mlir::melior::ir::OperationRef;
use alpa_mlir::melior::pass::{create_external, ExternalPass, PassManager, RunExternalPass};
use alpa_stablehlo::verify::verify_module;
use alpa_stablehlo::{print_module, Diag, Module, PrintOptions};
use std::cell::RefCell;
use std::rc::Rc;

/// One element of a parsed pipeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Element {
    /// An alpa pass with validated options.
    Alpa {
        /// Its registry entry name.
        name: &'static str,
        /// Its options.
        options: PassOptions,
    },
    /// An upstream MLIR pipeline element, verbatim (`canonicalize`, `func.func(cse)`).
    Upstream(String),
}

/// How to run a pipeline.
#[derive(Clone, Copy, Debug)]
pub struct RunOptions {
    /// Verify the module after every pass (a failure is a bug in that pass).
    pub verify_each: bool,
    /// Print the module to stderr after every alpa pass.
    pub print_ir_after_all: bool,
}

impl Default for RunOptions {
    fn default() -> RunOptions {
        RunOptions { verify_each: true, print_ir_after_all: false }
    }
}

/// Parses a pipeline: `builtin.module(e1, e2)` or just `e1, e2`, aliases expanded.
pub fn parse_pipeline(text: &str) -> Result<Vec<Element>, String> {
    let text = text.trim();
    let inner = match text.strip_prefix("builtin.module(") {
        Some(rest) => rest.strip_suffix(')').ok_or_else(|| format!("unbalanced parentheses in pipeline '{text}'"))?,
        None => text,
    };
    let mut out = Vec::new();
    for item in split_top_level(inner)? {
        parse_element(&item, &mut out, 0)?;
    }
    Ok(out)
}

fn parse_element(item: &str, out: &mut Vec<Element>, depth: usize) -> Result<(), String> {
    if depth > 16 {
        return Err("pipeline aliases expand too deeply".into());
    }
    let (name, opts) = match item.find('{') {
        Some(i) => {
            let body = item[i..].strip_prefix('{').and_then(|b| b.strip_suffix('}')).ok_or_else(|| format!("malformed options in '{item}'"))?;
            (&item[..i], body)
        }
        None => (item, ""),
    };
    if let Some(p) = registry::pass(name) {
        let options = PassOptions::parse(opts, p.options, p.name)?;
        out.push(Element::Alpa { name: p.name, options });
    } else if let Some(p) = registry::pipeline(name) {
        let options = PassOptions::parse(opts, p.options, p.name)?;
        for sub in split_top_level(&(p.expand)(&options))? {
            parse_element(&sub, out, depth + 1)?;
        }
    } else if name.starts_with("alpa-") {
        return Err(format!("unknown pass '{name}' (see alpa-opt --help)"));
    } else {
        out.push(Element::Upstream(item.to_string()));
    }
    Ok(())
}

/// Splits on commas outside `(...)` and `{...}`.
fn split_top_level(text: &str) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    let mut depth = 0i32;
    let mut cur = String::new();
    for c in text.chars() {
        match c {
            '(' | '{' => depth += 1,
            ')' | '}' => depth -= 1,
            _ => {}
        }
        if depth < 0 {
            return Err(format!("unbalanced brackets in pipeline '{text}'"));
        }
        if c == ',' && depth == 0 {
            out.push(cur.trim().to_string());
            cur.clear();
        } else {
            cur.push(c);
        }
    }
    if depth != 0 {
        return Err(format!("unbalanced brackets in pipeline '{text}'"));
    }
    if !cur.trim().is_empty() {
        out.push(cur.trim().to_string());
    }
    Ok(out.into_iter().filter(|s| !s.is_empty()).collect())
}

/// State shared by the external passes of one run.
#[derive(Default)]
struct Shared {
    /// The IR handed from one alpa pass to the next.
    module: Option<Module>,
    /// The first error, to report after MLIR stops the pipeline.
    error: Option<Diag>,
    /// IR dumps for `--mlir-print-ir-after-all`.
    dumps: Vec<String>,
}

/// An alpa pass as MLIR sees it.
#[derive(Clone)]
struct Adapter {
    name: &'static str,
    pass: Rc<dyn Pass>,
    shared: Rc<RefCell<Shared>>,
    /// Read the module from MLIR (the previous pass was upstream, or this is the first).
    reads_mlir: bool,
    /// Write the result back to MLIR (the next pass is upstream, or this is the last).
    writes_mlir: bool,
    options: RunOptions,
}

impl Adapter {
    fn run_pass(&self, op: OperationRef) -> Result<(), Diag> {
        let taken = self.shared.borrow_mut().module.take();
        let mut module = match (self.reads_mlir, taken) {
            (false, Some(m)) => m,
            _ => alpa_mlir::from_mlir(op)?,
        };
        self.pass.run(&mut module)?;
        if self.options.verify_each {
            verify_module(&module).map_err(|d| Diag::bug(d.pos, format!("{} produced an invalid module: {}", self.name, d.message)))?;
        }
        if self.options.print_ir_after_all {
            let text = print_module(&module, PrintOptions::default());
            self.shared.borrow_mut().dumps.push(format!("// -----// IR Dump After {} ({}) //----- //\n{text}", self.name, self.name));
        }
        if self.writes_mlir {
            alpa_mlir::replace_module(op, &module)?;
        }
        self.shared.borrow_mut().module = Some(module);
        Ok(())
    }
}

impl<'c> RunExternalPass<'c> for Adapter {
    fn initialize(&mut self, _context: alpa_mlir::melior::ContextRef<'c>) {}

    fn run(&mut self, op: OperationRef<'c, '_>, pass: ExternalPass<'_>) {
        if let Err(d) = self.run_pass(op) {
            self.shared.borrow_mut().error.get_or_insert(d);
            pass.signal_failure();
        }
    }
}

/// Distinct, 8-byte aligned addresses that give each registered pass its MLIR TypeID.
#[repr(align(8))]
struct PassId(#[allow(dead_code)] u8);
static PASS_IDS: [PassId; 64] = [const { PassId(0) }; 64];

/// The result of a pipeline run.
pub struct RunResult {
    /// The module after the last pass, or the first error.
    pub module: Result<Module, Diag>,
    /// IR dumps requested by [`RunOptions::print_ir_after_all`], in order.
    pub dumps: Vec<String>,
}

/// Runs `pipeline` on `module` through MLIR's pass manager.
pub fn run_pipeline(module: Module, pipeline: &[Element], options: RunOptions) -> RunResult {
    if pipeline.is_empty() {
        return RunResult { module: Ok(module), dumps: Vec::new() };
    }
    let context = alpa_mlir::context();
    let mut mlir = match alpa_mlir::to_mlir(&context, &module) {
        Ok(m) => m,
        Err(d) => return RunResult { module: Err(d), dumps: Vec::new() },
    };
    let shared = Rc::new(RefCell::new(Shared { module: Some(module), ..Default::default() }));
    let pm = PassManager::new(&context);
    pm.enable_verifier(options.verify_each);
    let is_alpa = |i: usize| matches!(pipeline.get(i), Some(Element::Alpa { .. }));
    for (i, element) in pipeline.iter().enumerate() {
        match element {
            Element::Alpa { name, options: pass_options } => {
                let index = registry::PASSES.iter().position(|p| p.name == *name).expect("parsed names are registered");
                let info = &registry::PASSES[index];
                let adapter = Adapter {
                    name: info.name,
                    pass: Rc::from((info.create)(pass_options)),
                    shared: shared.clone(),
                    reads_mlir: i > 0 && !is_alpa(i - 1),
                    writes_mlir: !is_alpa(i + 1),
                    options,
                };
                let summary = info.summary;
                pm.add_pass(create_external(adapter, TypeId::create(&PASS_IDS[index]), info.name, info.name, summary, "builtin.module", &[]));
            }
            Element::Upstream(text) => {
                if let Err(e) = alpa_mlir::add_upstream_passes(&pm, text) {
                    return RunResult { module: Err(Diag::bug(None, format!("invalid pipeline element '{text}': {e}"))), dumps: Vec::new() };
                }
            }
        }
    }
    let (result, mlir_diags) = alpa_mlir::capture_diagnostics(&context, || pm.run(&mut mlir));
    let mut shared = shared.take();
    let dumps = std::mem::take(&mut shared.dumps);
    if let Some(d) = shared.error {
        return RunResult { module: Err(d), dumps };
    }
    if result.is_err() {
        let message = if mlir_diags.is_empty() { "the MLIR pass pipeline failed".to_string() } else { mlir_diags.join("\n") };
        return RunResult { module: Err(Diag::bug(None, message)), dumps };
    }
    let module = match (is_alpa(pipeline.len() - 1), shared.module) {
        (true, Some(m)) => Ok(m),
        _ => alpa_mlir::from_mlir(mlir.as_operation()),
    };
    RunResult { module, dumps }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, want: Result<&str, &str>) {
        let got = parse_pipeline(text).map(|els| {
            els.iter()
                .map(|e| match e {
                    Element::Alpa { name, options } => format!("{name}{}", options.to_pipeline_text()),
                    Element::Upstream(s) => s.clone(),
                })
                .collect::<Vec<_>>()
                .join(",")
        });
        assert_eq!(got.as_deref().map_err(String::as_str), want);
    }

    #[test]
    fn pipelines() {
        check("builtin.module(alpa-inline, canonicalize)", Ok("alpa-inline,canonicalize"));
        check(
            "alpa-import{unroll=true}",
            Ok("alpa-verify{boundary=none},alpa-inline,alpa-unroll-while{max-trip-count=64},alpa-verify{boundary=imported}"),
        );
        check("builtin.module(func.func(cse),alpa-verify{boundary=imported})", Ok("func.func(cse),alpa-verify{boundary=imported}"));
        check("alpa-nope", Err("unknown pass 'alpa-nope' (see alpa-opt --help)"));
        check("builtin.module(alpa-inline", Err("unbalanced parentheses in pipeline 'builtin.module(alpa-inline'"));
    }
}
