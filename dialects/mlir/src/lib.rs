//! The one place that talks to MLIR (through melior and, where melior has no wrapper, the C
//! API). Every `unsafe` of the project that touches MLIR handles lives here.
//!
//! - [`context`]: an MLIR context with every upstream dialect (the `shard` dialect included)
//!   registered, StableHLO/CHLO ops allowed unregistered, and upstream passes registered;
//! - [`to_mlir`] / [`from_mlir`]: moving a [`alpa_stablehlo::Module`] into and out of MLIR via
//!   the generic text form, keeping locations and source positions;
//! - [`replace_module`]: overwrites a module operation in place (what a Rust external pass does
//!   with its result);
//! - [`capture_diagnostics`]: turns MLIR's diagnostics into text instead of stderr noise.
#![warn(missing_docs)]

use alpa_stablehlo::{parse_module, print_module, Diag, Form, Module, PrintOptions};
use melior::dialect::DialectRegistry;
use melior::ir::operation::{OperationLike, OperationPrintingFlags};
use melior::ir::OperationRef;
use melior::utility::{register_all_dialects, register_all_passes};
use melior::Context;
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Once;

pub use melior;

/// A context ready for StableHLO modules: all upstream dialects, unregistered ops allowed.
pub fn context() -> Context {
    static PASSES: Once = Once::new();
    PASSES.call_once(register_all_passes);
    let registry = DialectRegistry::new();
    register_all_dialects(&registry);
    let context = Context::new();
    context.append_dialect_registry(&registry);
    context.load_all_available_dialects();
    context.set_allow_unregistered_dialects(true);
    // Passes run one module at a time; MLIR's thread pool only costs start-up time here.
    context.enable_multi_threading(false);
    context
}

/// Collects MLIR's diagnostics while `f` runs, returning them as rendered lines.
pub fn capture_diagnostics<T>(context: &Context, f: impl FnOnce() -> T) -> (T, Vec<String>) {
    let lines = Rc::new(RefCell::new(Vec::new()));
    let sink = lines.clone();
    let id = context.attach_diagnostic_handler(move |d| {
        let mut text = format!("{}: {}", d.location(), d);
        for i in 0..d.note_count() {
            if let Ok(note) = d.note(i) {
                text.push_str(&format!("\n  note: {note}"));
            }
        }
        sink.borrow_mut().push(text);
        true
    });
    let out = f();
    context.detach_diagnostic_handler(id);
    let lines = lines.borrow().clone();
    (out, lines)
}

/// The generic text MLIR receives for `module`: debug info on, source positions as locations.
pub fn mlir_text(module: &Module) -> String {
    print_module(module, PrintOptions { form: Form::Generic, debug_info: true, positions: true })
}

/// Parses `module` into MLIR. A failure is a compiler bug (this project printed text MLIR
/// rejects), reported with MLIR's own diagnostics.
pub fn to_mlir<'c>(context: &'c Context, module: &Module) -> Result<melior::ir::Module<'c>, Diag> {
    let text = mlir_text(module);
    let (parsed, diags) = capture_diagnostics(context, || melior::ir::Module::parse(context, &text));
    parsed.ok_or_else(|| Diag::bug(None, format!("MLIR rejected the module this compiler printed: {}", diags.join("; "))))
}

/// Reads a module operation back into the IR. Source positions encoded by [`mlir_text`]
/// come back as positions.
pub fn from_mlir(op: OperationRef) -> Result<Module, Diag> {
    let flags = OperationPrintingFlags::new().enable_debug_info(true, false).print_generic_operation_form();
    let text = op.to_string_with_flags(flags).map_err(|e| Diag::bug(None, format!("cannot print the MLIR module: {e}")))?;
    let mut module = parse_module(&text).map_err(|d| Diag::bug(None, format!("cannot read back the module MLIR printed: {}", d.render("<mlir>"))))?;
    module.restore_positions();
    Ok(module)
}

/// Replaces the body and attributes of the module operation `op` with `module`.
pub fn replace_module(op: OperationRef, module: &Module) -> Result<(), Diag> {
    let context = op.context();
    // SAFETY: `op` is alive for this whole call, so the context that owns it is too.
    let context: &Context = unsafe { context.to_ref() };
    let new = to_mlir(context, module)?;
    // SAFETY: both operations are live `builtin.module`s of the same context; region 0 is their
    // body. `mlirRegionTakeBody` clears the target body and moves the source's blocks into it.
    // Attributes are copied by name; `new` is dropped afterwards with an empty body.
    unsafe {
        use mlir_sys::*;
        let target = op.to_raw();
        let source = new.as_operation().to_raw();
        mlirRegionTakeBody(mlirOperationGetRegion(target, 0), mlirOperationGetRegion(source, 0));
        let mut old_names = Vec::new();
        for i in 0..mlirOperationGetNumAttributes(target) {
            let named = mlirOperationGetAttribute(target, i);
            old_names.push(mlirIdentifierStr(named.name));
        }
        for name in old_names {
            mlirOperationRemoveAttributeByName(target, name);
        }
        for i in 0..mlirOperationGetNumAttributes(source) {
            let named = mlirOperationGetAttribute(source, i);
            mlirOperationSetAttributeByName(target, mlirIdentifierStr(named.name), named.attribute);
        }
        mlirOperationSetLocation(target, mlirOperationGetLocation(source));
    }
    drop(new);
    Ok(())
}

/// Appends upstream MLIR passes (pipeline elements such as `canonicalize` or
/// `func.func(cse)`) to the top level of `pm`. Errors carry MLIR's message.
pub fn add_upstream_passes(pm: &melior::pass::PassManager, elements: &str) -> Result<(), String> {
    unsafe extern "C" fn append(text: mlir_sys::MlirStringRef, data: *mut std::ffi::c_void) {
        // SAFETY: `data` is the `String` passed below, alive for the call; `text` is valid
        // UTF-8 bytes of the given length for the duration of the callback.
        unsafe {
            let out = &mut *(data as *mut String);
            let bytes = std::slice::from_raw_parts(text.data as *const u8, text.length);
            out.push_str(&String::from_utf8_lossy(bytes));
        }
    }
    let mut message = String::new();
    let elements = melior::StringRef::new(elements);
    // SAFETY: the pass manager is alive; the callback only writes into `message`.
    let result = unsafe {
        mlir_sys::mlirOpPassManagerAddPipeline(
            pm.as_operation_pass_manager().to_raw(),
            elements.to_raw(),
            Some(append),
            &mut message as *mut String as *mut std::ffi::c_void,
        )
    };
    if result.value != 0 {
        Ok(())
    } else {
        Err(message.trim().to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MLP: &str = r#"module @jit_f attributes {mhlo.num_partitions = 1 : i32} {
  func.func public @main(%arg0: tensor<4x8xf32> loc("w"), %arg1: tensor<2x4xf32>) -> (tensor<2x8xf32> {jax.result_info = "result"}) {
    %0 = stablehlo.dot_general %arg1, %arg0, contracting_dims = [1] x [0], precision = [DEFAULT, DEFAULT] : (tensor<2x4xf32>, tensor<4x8xf32>) -> tensor<2x8xf32>
    %1 = stablehlo.tanh %0 : tensor<2x8xf32> loc("jit(f)/tanh")
    return %1 : tensor<2x8xf32>
  }
}"#;

    #[test]
    fn module_round_trips_through_mlir() {
        let context = context();
        let module = parse_module(MLP).unwrap();
        let mlir = to_mlir(&context, &module).unwrap();
        assert!(mlir.as_operation().verify());
        let back = from_mlir(mlir.as_operation()).unwrap();
        let print = |m: &Module| print_module(m, PrintOptions { debug_info: true, ..Default::default() });
        assert_eq!(print(&back), print(&module));
        // Positions (an op is at its name, as in MLIR) survive; the op with a JAX location
        // keeps it instead.
        let main = back.func("main").unwrap();
        let ops = &main.body.entry().ops;
        assert_eq!((ops[0].pos.line, ops[0].pos.col), (3, 10));
        assert_eq!(ops[1].loc.as_ref().unwrap().0, "\"jit(f)/tanh\"");
        assert_eq!(main.args[0].loc.as_ref().unwrap().name(), Some("w"));
    }

    #[test]
    fn replace_module_overwrites_in_place() {
        let context = context();
        let module = parse_module(MLP).unwrap();
        let mlir = to_mlir(&context, &module).unwrap();
        let mut changed = module.clone();
        changed.name = Some("renamed".into());
        changed.attrs.clear();
        replace_module(mlir.as_operation(), &changed).unwrap();
        let back = from_mlir(mlir.as_operation()).unwrap();
        assert_eq!(back.name.as_deref(), Some("renamed"));
        assert!(back.attrs.is_empty());
        assert_eq!(back.funcs().count(), 1);
    }

    #[test]
    fn generic_output_is_valid_mlir() {
        let context = context();
        let module = parse_module(MLP).unwrap();
        let text = print_module(&module, PrintOptions { form: Form::Generic, ..Default::default() });
        let (parsed, diags) = capture_diagnostics(&context, || melior::ir::Module::parse(&context, &text));
        assert!(parsed.is_some(), "{diags:?}");
    }
}
