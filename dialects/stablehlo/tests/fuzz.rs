//! Bounded, seeded mutation fuzzing of the text front end.
//!
//! Seeds are the JAX exports in `test/models`, each of their functions printed alone in both
//! forms, and a few handwritten modules for pretty syntaxes the exports do not use. An input is a
//! seed after one to four random mutations: byte ranges deleted, duplicated, swapped or spliced in
//! from another seed, MLIR-ish tokens inserted, odd numbers, odd characters, truncation, deep
//! nesting. Every input must keep these properties:
//!
//! - `parse_module` does not panic, and an error it returns sits inside the input, is not an
//!   internal error, and reads like the others (lowercase, no final period);
//! - a module it returns can be verified and printed in both forms (with and without locations)
//!   without a panic, and the printed text parses back and prints the same (a fixed point);
//! - a module that also verifies parses back from its printed text unchanged (up to positions).
//!
//! The run is deterministic: seeds 0..8, `ALPA_FUZZ_ITERS` inputs per seed (default 500),
//! `ALPA_FUZZ_SEED=n` to run seed `n` alone. A failing input is shrunk before it is reported, for
//! `ALPA_FUZZ_SHRINK_SECS` seconds at most (default 4).
//! Stack depth has its own test: a stack overflow aborts the process rather than panicking, so
//! each deep-nesting case runs in a child process on a thread with the default 2 MiB stack, while
//! the random inputs run on a thread with a large stack so that they report everything else.

use alpa_stablehlo::diag::DiagKind;
use alpa_stablehlo::ir::{Item, Module, Op, Region};
use alpa_stablehlo::{parse_module, print_module, verify::verify_module, Diag, Form, PrintOptions};
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};
use std::cell::{Cell, RefCell};
use std::collections::BTreeMap;
use std::io::Write;
use std::panic::{self, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, Once};
use std::time::Instant;

// ---- the properties ---------------------------------------------------------------------------

/// A broken property: `signature` identifies the bug (kept while shrinking), `detail` explains it.
#[derive(Clone, Debug)]
struct Problem {
    signature: String,
    detail: String,
}

/// What the front end did with an input that kept every property.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    Parsed,
    Rejected,
}

const FORMS: [(Form, bool); 4] = [(Form::Pretty, false), (Form::Pretty, true), (Form::Generic, false), (Form::Generic, true)];

/// Runs the front end on `text` and checks every property.
fn check(text: &str) -> Result<Outcome, Problem> {
    let problem = |signature: String, detail: String| Err(Problem { signature, detail });
    let module = match catching(|| parse_module(text)) {
        Err(panic) => return problem(format!("parse_module panicked: {panic}"), String::new()),
        Ok(Err(d)) => {
            return match diag_problem(text, &d) {
                Some(what) => problem(format!("bad diagnostic: {what}"), d.render("in.mlir")),
                None => Ok(Outcome::Rejected),
            }
        }
        Ok(Ok(m)) => m,
    };
    let verified = match catching(|| verify_module(&module)) {
        Ok(r) => r.is_ok(),
        Err(panic) => return problem(format!("verify_module panicked: {panic}"), String::new()),
    };
    for (form, debug_info) in FORMS {
        let opts = PrintOptions { form, debug_info, ..Default::default() };
        let how = format!("{form:?}{}", if debug_info { " with locations" } else { "" });
        let printed = match catching(|| print_module(&module, opts)) {
            Ok(t) => t,
            Err(panic) => return problem(format!("print_module ({how}) panicked: {panic}"), String::new()),
        };
        let reparsed = match catching(|| parse_module(&printed)) {
            Ok(Ok(m)) => m,
            Ok(Err(d)) => return problem(format!("printed text ({how}) does not parse"), format!("{}\n--- printed:\n{printed}", d.render("printed.mlir"))),
            Err(panic) => return problem(format!("parse_module panicked on printed text ({how}): {panic}"), printed),
        };
        let again = match catching(|| print_module(&reparsed, opts)) {
            Ok(t) => t,
            Err(panic) => return problem(format!("print_module ({how}) panicked on the reparsed module: {panic}"), printed),
        };
        if again != printed {
            let (line, x, y) = first_difference(&printed, &again).unwrap_or_default();
            return problem(format!("printing ({how}) is not a fixed point"), format!("line {line}:\n  first:  {x}\n  second: {y}"));
        }
        // Only a valid module must come back unchanged: the pretty syntax of an op cannot say
        // everything an invalid one might carry.
        if !verified {
            continue;
        }
        if let Some((x, y)) = module_difference(&stripped(&module, debug_info), &stripped(&reparsed, debug_info)) {
            // The kind of change, not the mutated names in it, identifies the bug.
            let shape = |l: &str| l.trim().split('"').step_by(2).collect::<Vec<_>>().join("\"…\"");
            return problem(format!("printing ({how}) then parsing changed the module: {} became {}", shape(&x), shape(&y)), printed);
        }
    }
    Ok(Outcome::Parsed)
}

/// What is wrong with a parse error, if anything.
fn diag_problem(text: &str, d: &Diag) -> Option<String> {
    if d.kind == DiagKind::Bug {
        return Some("an input error reported as an internal error".into());
    }
    let Some(pos) = d.pos else { return Some("an error without a position".into()) };
    let line = (pos.line as usize).checked_sub(1).and_then(|l| text.split('\n').nth(l));
    match line {
        Some(line) if pos.col >= 1 && pos.col as usize <= line.chars().count() + 1 => {}
        _ => return Some("an error positioned outside the input".into()),
    }
    // A message may end in a quoted name or a type (`!s.`), but not in a sentence's period.
    let m = &d.message;
    let last_word = m.split_whitespace().last().unwrap_or("");
    let sentence_end = last_word.strip_suffix('.').is_some_and(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_alphabetic()));
    if m.is_empty() || sentence_end || m.starts_with(|c: char| c.is_uppercase()) {
        return Some("message not lowercase or ends with a period".into());
    }
    None
}

/// The module without what positions and (unless printed) locations contribute.
fn stripped(m: &Module, keep_locs: bool) -> Module {
    fn strip_region(r: &mut Region, keep_locs: bool) {
        for b in &mut r.blocks {
            for op in &mut b.ops {
                strip_op(op, keep_locs);
            }
        }
    }
    fn strip_op(op: &mut Op, keep_locs: bool) {
        op.pos = Default::default();
        if !keep_locs {
            op.loc = None;
        }
        op.regions.iter_mut().for_each(|r| strip_region(r, keep_locs));
    }
    let mut m = m.clone();
    if !keep_locs {
        m.loc = None;
    }
    for item in &mut m.items {
        match item {
            Item::Func(f) => {
                f.pos = Default::default();
                if !keep_locs {
                    f.loc = None;
                    f.args.iter_mut().for_each(|a| a.loc = None);
                }
                strip_region(&mut f.body, keep_locs);
            }
            Item::Op(op) => strip_op(op, keep_locs),
        }
    }
    m
}

/// The first line where two modules' debug text differs. Debug text rather than `==`, so that a
/// NaN literal equals itself; item by item, so that a large module is not formatted whole.
fn module_difference(a: &Module, b: &Module) -> Option<(String, String)> {
    if a == b {
        return None;
    }
    let head = |m: &Module| {
        let mut m = m.clone();
        m.items.clear();
        m
    };
    let pairs = std::iter::once((format!("{:#?}", head(a)), format!("{:#?}", head(b))))
        .chain(a.items.iter().zip(&b.items).filter(|(x, y)| x != y).map(|(x, y)| (format!("{x:#?}"), format!("{y:#?}"))))
        .chain(std::iter::once((a.items.len().to_string(), b.items.len().to_string())));
    for (x, y) in pairs {
        if let Some((_, x, y)) = first_difference(&x, &y) {
            return Some((x, y));
        }
    }
    None
}

/// The first line where `a` and `b` differ, 1-based, with both versions of it.
fn first_difference(a: &str, b: &str) -> Option<(usize, String, String)> {
    let (mut x, mut y) = (a.lines(), b.lines());
    for i in 1.. {
        match (x.next(), y.next()) {
            (None, None) => return None,
            (l, r) if l != r => return Some((i, l.unwrap_or("<end>").to_string(), r.unwrap_or("<end>").to_string())),
            _ => {}
        }
    }
    None
}

// ---- catching panics quietly ------------------------------------------------------------------

thread_local! {
    static QUIET: Cell<bool> = const { Cell::new(false) };
    static LAST_PANIC: RefCell<Option<String>> = const { RefCell::new(None) };
}

/// Runs `f`, turning a panic into its message and location. The panic hook stays quiet only
/// inside this call on this thread, so other tests' failures print as usual.
fn catching<T>(f: impl FnOnce() -> T) -> Result<T, String> {
    static HOOK: Once = Once::new();
    HOOK.call_once(|| {
        let previous = panic::take_hook();
        panic::set_hook(Box::new(move |info| {
            if QUIET.with(Cell::get) {
                let payload = info.payload();
                let msg = payload.downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| payload.downcast_ref::<String>().cloned()).unwrap_or_default();
                let at = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
                LAST_PANIC.with(|p| *p.borrow_mut() = Some(format!("{msg}{at}")));
            } else {
                previous(info);
            }
        }));
    });
    QUIET.with(|q| q.set(true));
    let r = panic::catch_unwind(AssertUnwindSafe(f));
    QUIET.with(|q| q.set(false));
    r.map_err(|_| LAST_PANIC.with(|p| p.borrow_mut().take()).unwrap_or_else(|| "a panic".into()))
}

// ---- seeds ------------------------------------------------------------------------------------

fn fixture_texts() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../test/models");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir).expect("test/models exists").map(|e| e.unwrap().path()).filter(|p| p.extension().is_some_and(|e| e == "mlir")).collect();
    paths.sort();
    assert!(paths.len() >= 14, "expected the exported fixtures in {}", dir.display());
    paths.into_iter().map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap())).collect()
}

/// Small modules for syntax the JAX exports do not exercise.
const HANDWRITTEN: &[&str] = &[
    // Pretty forms of many ops, with locations and aliases defined after the module.
    r#"module @m attributes {mhlo.num_partitions = 1 : i32} {
  func.func public @main(%arg0: tensor<2x3xf32> {jax.arg = "x"} loc("x"), %arg1: tensor<3x2xf32>, %arg2: tensor<i32>) -> (tensor<2x2xf32> {jax.result_info = "r"}, tensor<i32>) {
    %cst = stablehlo.constant dense<[[1.0, 2.0], [3.0, 4.0]]> : tensor<2x2xf32> loc(#loc1)
    %c = stablehlo.constant dense<"0x0000803F00000040"> : tensor<2xf32>
    %0 = stablehlo.dot_general %arg0, %arg1, batching_dims = [] x [], contracting_dims = [1] x [0], precision = [DEFAULT, HIGHEST] : (tensor<2x3xf32>, tensor<3x2xf32>) -> tensor<2x2xf32>
    %1 = stablehlo.add %0, %cst : tensor<2x2xf32>
    %2 = stablehlo.compare GT, %1, %cst, FLOAT : (tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<2x2xi1>
    %3 = stablehlo.select %2, %1, %cst : tensor<2x2xi1>, tensor<2x2xf32>
    %4 = stablehlo.transpose %3, dims = [1, 0] : (tensor<2x2xf32>) -> tensor<2x2xf32>
    %5 = stablehlo.slice %4 [0:2, 0:2:1] : (tensor<2x2xf32>) -> tensor<2x2xf32>
    %6 = stablehlo.broadcast_in_dim %c, dims = [0] : (tensor<2xf32>) -> tensor<2x2xf32>
    %7 = stablehlo.iota dim = 0 : tensor<2xi32>
    %8 = stablehlo.concatenate %6, %5, dim = 0 : (tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<4x2xf32>
    %9 = stablehlo.dynamic_slice %8, %arg2, %arg2, sizes = [2, 2] : (tensor<4x2xf32>, tensor<i32>, tensor<i32>) -> tensor<2x2xf32>
    %10 = stablehlo.reverse %9, dims = [0] : tensor<2x2xf32>
    %11 = stablehlo.reshape %10 : (tensor<2x2xf32>) -> tensor<4xf32>
    %cst_0 = stablehlo.constant dense<0.000000e+00> : tensor<f32>
    %12 = stablehlo.pad %11, %cst_0, low = [1], high = [0], interior = [0] : (tensor<4xf32>, tensor<f32>) -> tensor<5xf32>
    %13 = stablehlo.reduce(%12 init: %cst_0) applies stablehlo.add across dimensions = [0] : (tensor<5xf32>, tensor<f32>) -> tensor<f32>
    %14 = stablehlo.custom_call @Sharding(%10) {mhlo.sharding = "{replicated}"} : (tensor<2x2xf32>) -> tensor<2x2xf32>
    %15 = chlo.erf %14 : tensor<2x2xf32> -> tensor<2x2xf32>
    %16 = stablehlo.convert %arg2 : (tensor<i32>) -> tensor<f32>
    %17 = stablehlo.reduce_precision %16, format = e5m10 : tensor<f32>
    %18 = stablehlo.dot %15, %15, precision = [DEFAULT, DEFAULT] : (tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<2x2xf32>
    return %18, %arg2 : tensor<2x2xf32>, tensor<i32> loc(#loc2)
  } loc(#loc)
} loc(#loc)
#loc = loc(unknown)
#loc1 = loc("a.py":1:2)
#loc2 = loc("jit(f)/ret"(#loc1))
"#,
    // While, multi-result reduce with a reducer body, a call, tuples and a private function.
    r#"module {
  func.func private @body(%x: tensor<i32>) -> tensor<i32> {
    %c = stablehlo.constant dense<1> : tensor<i32>
    %0 = stablehlo.add %x, %c : tensor<i32>
    return %0 : tensor<i32>
  }
  func.func @main(%a: tensor<4xf32>, %b: tensor<4xi32>, %n: tensor<i32>) -> (tensor<f32>, tensor<i32>, tensor<i32>) {
    %c0 = stablehlo.constant dense<0> : tensor<i32>
    %f0 = stablehlo.constant dense<0xFF800000> : tensor<f32>
    %0:2 = stablehlo.reduce(%a init: %f0), (%b init: %c0) across dimensions = [0] : (tensor<4xf32>, tensor<4xi32>, tensor<f32>, tensor<i32>) -> (tensor<f32>, tensor<i32>)
     reducer(%p: tensor<f32>, %q: tensor<f32>) (%r: tensor<i32>, %s: tensor<i32>)  {
      %1 = stablehlo.maximum %p, %q : tensor<f32>
      %2 = stablehlo.maximum %r, %s : tensor<i32>
      stablehlo.return %1, %2 : tensor<f32>, tensor<i32>
    }
    %3:2 = stablehlo.while(%i = %c0, %acc = %n) : tensor<i32>, tensor<i32>
     cond {
      %4 = stablehlo.compare LT, %i, %n, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
      stablehlo.return %4 : tensor<i1>
    } do {
      %4 = func.call @body(%i) : (tensor<i32>) -> tensor<i32>
      %5 = call @body(%acc) : (tensor<i32>) -> tensor<i32>
      stablehlo.return %4, %5 : tensor<i32>, tensor<i32>
    }
    %6 = stablehlo.tuple %3#0, %3#1 : tuple<tensor<i32>, tensor<i32>>
    %7 = stablehlo.get_tuple_element %6[1] : (tuple<tensor<i32>, tensor<i32>>) -> tensor<i32>
    %8:2 = stablehlo.optimization_barrier %7, %3#0 : tensor<i32>, tensor<i32>
    return %0#0, %8#0, %8#1 : tensor<f32>, tensor<i32>, tensor<i32>
  }
}
"#,
    // Convolution, rng and odd literals.
    r#"func.func @conv(%x: tensor<1x4x4x1xf32>, %w: tensor<3x3x1x2xf32>, %k: tensor<2xui64>) -> (tensor<1x4x4x2xf32>, tensor<2xui64>, tensor<4xui32>) {
  %0 = stablehlo.convolution(%x, %w) dim_numbers = [b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f], window = {stride = [1, 1], pad = [[1, 1], [1, 1]], lhs_dilate = [1, 1], rhs_dilate = [1, 1], reverse = [false, false]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64} : (tensor<1x4x4x1xf32>, tensor<3x3x1x2xf32>) -> tensor<1x4x4x2xf32>
  %1:2 = stablehlo.rng_bit_generator %k, algorithm = DEFAULT : (tensor<2xui64>) -> (tensor<2xui64>, tensor<4xui32>)
  %c = stablehlo.constant dense<[-1.5e-7, 0x7FC00000, 3.4028234663852886E+38, -0.0]> : tensor<4xf32>
  %b = stablehlo.constant dense<[true, false]> : tensor<2xi1>
  %h = stablehlo.constant dense<[1.0, -2.5]> : tensor<2xbf16>
  %i = stablehlo.constant dense<-9223372036854775808> : tensor<i64>
  return %0, %1#0, %1#1 : tensor<1x4x4x2xf32>, tensor<2xui64>, tensor<4xui32>
}
"#,
    // Generic form: a module with properties, a region op, strings with escapes.
    r#""builtin.module"() <{sym_name = "g"}> ({
  "func.func"() <{arg_attrs = [{a = "q\"\\\0A"}], function_type = (tensor<3xf32>) -> tensor<f32>, sym_name = "main"}> ({
  ^bb0(%arg0: tensor<3xf32> loc("in")):
    %0 = "stablehlo.constant"() <{value = dense<0.000000e+00> : tensor<f32>}> : () -> tensor<f32>
    %1 = "stablehlo.reduce"(%arg0, %0) <{dimensions = array<i64: 0>}> ({
    ^bb0(%arg1: tensor<f32>, %arg2: tensor<f32>):
      %2 = "stablehlo.add"(%arg1, %arg2) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%2) : (tensor<f32>) -> ()
    }) : (tensor<3xf32>, tensor<f32>) -> tensor<f32>
    %3 = "stablehlo.custom_call"(%1) <{call_target_name = "odd name", backend_config = ""}> {mhlo.frontend_attributes = {x = "1"}} : (tensor<f32>) -> tensor<f32>
    "func.return"(%3) : (tensor<f32>) -> ()
  }) : () -> ()
}) {mhlo.num_replicas = 1 : i32} : () -> ()
"#,
    // The upstream `shard` dialect in both forms, canonical and not.
    r#"shard.grid @g(shape = 2x4)
"shard.grid"() <{shape = array<i64: 8>, sym_name = "h"}> {note = 1 : i64} : () -> ()
func.func @f(%t: tensor<4x8xf32>) -> tensor<4x8xf32> {
  %s = shard.sharding @g split_axes = [[0], [1]] : !shard.sharding
  %r = shard.sharding @g split_axes = [[]] {tag = "r"} : !shard.sharding
  %q = "shard.sharding"() <{grid = @g, operandSegmentSizes = array<i32: 0, 0>, split_axes = #shard<axisarray[[],[1, 0]]>, static_halo_sizes = array<i64>, static_sharded_dims_offsets = array<i64>}> : () -> !shard.sharding
  %a = shard.shard %t to %s : tensor<4x8xf32>
  %b = shard.shard %a to %r annotate_for_users : tensor<4x8xf32>
  %c = "shard.shard"(%b, %q) <{annotate_for_users}> : (tensor<4x8xf32>, !shard.sharding) -> tensor<4x8xf32>
  return %c : tensor<4x8xf32>
}
"#,
    // Top-level ops beside functions, a declaration, quoted symbols.
    r#"module @"odd name" {
  "sdy.mesh"() <{sym_name = "mesh", mesh = #sdy.mesh<["x"=2, "y"=4]>}> : () -> ()
  func.func private @decl(%x: tensor<f32>) -> tensor<f32>
  func.func @f(%a: tensor<3x2xf32>, %t: !stablehlo.token) -> !stablehlo.token {
    return %t : !stablehlo.token
  }
}
"#,
];

/// Every seed, named: the exports, each of their functions printed alone, and the handwritten modules.
fn seeds() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for (name, text) in fixture_texts() {
        if !name.ends_with(".generic.mlir") {
            let module = parse_module(&text).unwrap_or_else(|d| panic!("{}", d.render(&name)));
            for (i, item) in module.items.iter().enumerate() {
                for (form, debug_info) in [(Form::Pretty, i % 2 == 0), (Form::Generic, i % 2 == 1)] {
                    let mut alone = module.clone();
                    alone.items = vec![item.clone()];
                    let text = print_module(&alone, PrintOptions { form, debug_info, ..Default::default() });
                    out.push((format!("{name} item {i} as {form:?}"), text));
                }
            }
        }
        out.push((name, text));
    }
    out.extend(HANDWRITTEN.iter().enumerate().map(|(i, t)| (format!("handwritten #{i}"), t.to_string())));
    out
}

// ---- mutations --------------------------------------------------------------------------------

/// Tokens to insert or substitute, by theme.
#[rustfmt::skip]
const TOKENS: &[&str] = &[
    // Punctuation and SSA names.
    "%", "%0", "%arg0", "%0#1", "%x:2", "#0", "(", ")", "{", "}", "[", "]", "<", ">", ",", ":", "::", "=", "->", "@", "@\"q\"",
    "^bb0", "^bb1(%z: tensor<f32>):", "x", "?x",
    // Types, supported or not.
    "tensor<", "tensor<f32>", "tensor<?xf32>", "tensor<4294967296x4294967296xf32>", "tensor<0x3xf32>", "tensor<2x2xf32, #enc>",
    "tuple<", "tuple<>", "!stablehlo.token", "!foo.bar<1>", "f32", "bf16", "f16", "f64", "i1", "i64", "ui8", "complex<f32>",
    "f8E4M3FN", "index",
    // Attributes and literals.
    "dense<", "dense<>", "dense<[", "dense<\"0x", "dense_resource<blob>", "array<i64: ", "array<i1: true>", "0x", "0xFF800000",
    "0x7FC00000", "#stablehlo<comparison_direction GT>", "#stablehlo.dot<lhs_contracting_dimensions = [1]>", "#stablehlo.conv<raw ",
    "unit", "true", "false", "inf", "-inf", "nan", "-1", "0", "1", "999999999999999999999", "170141183460469231731687303715884105728",
    "-170141183460469231731687303715884105728", "9223372036854775808", "1e309", "-0.0", "1.5",
    // Strings, locations, aliases, comments.
    "\"", "\\", "\\\"", "\"\\0A\"", "\"\\zz\"", "#loc", "#loc1", "#loc999", "loc(", "loc(unknown)", "loc(#loc)",
    "loc(\"a\"(\"f.py\":1:2))", "#x = ", "\n#a = #a\n", "{-#", "#-}", "//",
    // Ops, keywords of the pretty forms, structure.
    "module", "module {", "\"builtin.module\"", "func.func", "\"func.func\"", "func.func @g() {\n}", "return", "call @main",
    "stablehlo.while", "stablehlo.reduce", "stablehlo.constant", "stablehlo.add", "stablehlo.frobnicate", "\"stablehlo.add\"",
    "\"stablehlo.reduce\"", "\"x.y\"() : () -> ()", "\"x.y\"() ({\n}) : () -> ()", "cond {", "do {", "reducer", "applies",
    "across dimensions = ", "init:", "dims = ", "sizes = ", "contracting_dims = [1] x [0]", "batching_dims = ",
    "dim_numbers = [b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]", "window = {", "format = e5m2", "algorithm = ", "precision = [",
    "attributes", "public", "private",
    // Blanks and odd characters.
    "\n", " ", "\t", "\r\n", "é", "🦀", "\u{0}", "\u{feff}", "\u{202e}", "\u{7f}",
];

/// Openers that nest: repeated many times they probe the depth limit.
const NESTERS: &[&str] = &["[", "(", "{", "<", "{a = ", "[[", "tuple<", "dense<[", "loc(", "#x.y<k = ", "#stablehlo.conv<raw k = ", "\"x.y\"() ({\n"];

/// Numbers that hit edges: overflow, negative sizes, huge dimensions.
#[rustfmt::skip]
const NUMBERS: &[&str] = &[
    "0", "-1", "-0", "1", "2", "255", "2147483648", "4294967296", "9223372036854775807", "9223372036854775808",
    "-9223372036854775808", "18446744073709551616", "170141183460469231731687303715884105727",
    "-170141183460469231731687303715884105728", "999999999999999999999999999999999999999999", "1e309", "0x",
    "0xFFFFFFFFFFFFFFFFFF", "1.0", "-0.0",
];

/// Characters for single-character substitutions.
const CHARS: &[char] = &['\0', '\n', '\r', '\t', ' ', '"', '\\', '%', '#', '^', '@', '!', '?', '-', '>', 'x', 'é', '€', '🦀', '\u{feff}', '\u{fffd}'];

fn boundary(s: &str, i: usize) -> usize {
    let mut i = i.min(s.len());
    while !s.is_char_boundary(i) {
        i += 1;
    }
    i
}

fn position(rng: &mut StdRng, s: &str) -> usize {
    boundary(s, rng.random_range(0..=s.len()))
}

/// A range length: mostly a few bytes, sometimes a line's worth, now and then a whole function.
fn length(rng: &mut StdRng) -> usize {
    match rng.random_range(0..10) {
        0..=5 => rng.random_range(1..=8),
        6..=8 => rng.random_range(1..=80),
        _ => rng.random_range(1..=4096),
    }
}

fn range(rng: &mut StdRng, s: &str) -> (usize, usize) {
    let a = position(rng, s);
    (a, boundary(s, a + length(rng)))
}

fn mutate(rng: &mut StdRng, text: &mut String, seeds: &[(String, String)]) {
    match rng.random_range(0..12) {
        0 => {
            let (a, b) = range(rng, text);
            text.replace_range(a..b, "");
        }
        1 => {
            let (a, b) = range(rng, text);
            let piece = text[a..b].to_string();
            let at = position(rng, text);
            text.insert_str(at, &piece);
        }
        2 => {
            // Swap two neighbouring ranges.
            let (a, b) = range(rng, text);
            let c = boundary(text, b + length(rng));
            let (first, second) = (text[a..b].to_string(), text[b..c].to_string());
            text.replace_range(a..c, &(second + &first));
        }
        3 => {
            let at = position(rng, text);
            let n = rng.random_range(1..=3);
            let tokens: Vec<&str> = (0..n).map(|_| *TOKENS.choose(rng).unwrap()).collect();
            text.insert_str(at, &tokens.join(if rng.random_bool(0.5) { " " } else { "" }));
        }
        4 => {
            let (a, b) = range(rng, text);
            text.replace_range(a..b, TOKENS.choose(rng).unwrap());
        }
        5 => {
            let at = position(rng, text);
            text.truncate(at);
        }
        6 => {
            let opener = *NESTERS.choose(rng).unwrap();
            let n = *[2, 50, 199, 200, 201, 1000, 10_000].choose(rng).unwrap();
            let at = position(rng, text);
            text.insert_str(at, &opener.repeat(n));
        }
        7 => {
            let a = position(rng, text);
            let b = boundary(text, a + 1);
            let c = if rng.random_bool(0.5) { *CHARS.choose(rng).unwrap() } else { char::from(rng.random_range(0x20u8..0x7f)) };
            text.replace_range(a..b, c.encode_utf8(&mut [0; 4]));
        }
        8 => {
            let other = &seeds.choose(rng).unwrap().1;
            let (a, b) = range(rng, other);
            let at = position(rng, text);
            text.insert_str(at, &other[a..b]);
        }
        9 => {
            // Replace the next number after a random point.
            let from = position(rng, text);
            let Some(start) = text[from..].find(|c: char| c.is_ascii_digit()).map(|i| from + i) else { return };
            let end = text[start..].find(|c: char| !c.is_ascii_digit()).map_or(text.len(), |i| start + i);
            text.replace_range(start..end, NUMBERS.choose(rng).unwrap());
        }
        10 => {
            // Replace the next occurrence of one token by another.
            let from = position(rng, text);
            let old = *TOKENS.choose(rng).unwrap();
            if let Some(i) = text[from..].find(old) {
                text.replace_range(from + i..from + i + old.len(), TOKENS.choose(rng).unwrap());
            }
        }
        _ => {
            // Keep only a window: a function or a few ops out of context.
            let (a, _) = range(rng, text);
            let b = boundary(text, a + rng.random_range(1..=2000));
            *text = text[a..b].to_string();
        }
    }
}

/// The next input of a stream: a random seed after one to four mutations.
fn generate(rng: &mut StdRng, seeds: &[(String, String)]) -> (String, String) {
    let (name, base) = seeds.choose(rng).unwrap();
    let mut text = base.clone();
    let n = *[1, 1, 1, 2, 2, 3, 4].choose(rng).unwrap();
    for _ in 0..n {
        if !text.is_empty() {
            mutate(rng, &mut text, seeds);
        }
    }
    (name.clone(), text)
}

// ---- shrinking --------------------------------------------------------------------------------

/// Removes lines, then characters, while the input still breaks the property the same way; gives
/// up after a few thousand tries or at `deadline`. It works from the end backwards, so that a use
/// goes before the definition it keeps alive.
fn shrink(input: &str, signature: &str, deadline: Instant) -> String {
    let fails = |s: &str| matches!(check(s), Err(p) if p.signature == signature);
    let mut budget = 4000usize;
    let mut cur = input.to_string();
    for by_line in [true, false] {
        let units = |s: &str| -> Vec<String> {
            if by_line {
                s.split_inclusive('\n').map(str::to_string).collect()
            } else {
                s.chars().map(String::from).collect()
            }
        };
        let mut parts = units(&cur);
        let mut chunk = (parts.len() / 2).max(1);
        while budget > 0 {
            let mut progressed = false;
            let mut end = parts.len();
            while end > 0 && budget > 0 {
                budget = if Instant::now() > deadline { 0 } else { budget - 1 };
                let start = end.saturating_sub(chunk);
                let candidate: String = parts[..start].iter().chain(&parts[end..]).map(String::as_str).collect();
                if fails(&candidate) {
                    parts = units(&candidate);
                    progressed = true;
                    end = start.min(parts.len());
                } else {
                    end = start;
                }
            }
            if !progressed {
                if chunk == 1 {
                    break;
                }
                chunk /= 2;
            }
        }
        cur = parts.concat();
    }
    cur
}

// ---- the tests --------------------------------------------------------------------------------

fn env_usize(name: &str) -> Option<usize> {
    std::env::var(name).ok().map(|v| v.parse().unwrap_or_else(|_| panic!("{name} must be a number, got {v:?}")))
}

#[derive(Default)]
struct Tally {
    inputs: usize,
    parsed: usize,
    rejected: usize,
    /// The smallest failing input per signature: (seed, iteration, seed name, input, problem).
    failures: BTreeMap<String, (u64, usize, String, String, Problem)>,
    failing_inputs: usize,
}

#[test]
fn mutated_inputs_keep_the_front_end_properties() {
    let start = Instant::now();
    let seeds = seeds();
    let iters = env_usize("ALPA_FUZZ_ITERS").unwrap_or(500);
    let streams: Vec<u64> = match env_usize("ALPA_FUZZ_SEED") {
        Some(s) => vec![s as u64],
        None => (0..8).collect(),
    };
    let tally = Mutex::new(Tally::default());
    let next = AtomicUsize::new(0);
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get()).min(streams.len());
    std::thread::scope(|scope| {
        for w in 0..workers {
            let (seeds, streams, tally, next) = (&seeds, &streams, &tally, &next);
            // A generous stack: overflows are `deep_nesting_...`'s business, and would abort the
            // whole run here instead of reporting.
            std::thread::Builder::new()
                .name(format!("fuzz worker {w}"))
                .stack_size(256 << 20)
                .spawn_scoped(scope, move || {
                    while let Some(&seed) = streams.get(next.fetch_add(1, Ordering::Relaxed)) {
                        let mut rng = StdRng::seed_from_u64(seed);
                        for iter in 0..iters {
                            let (name, input) = generate(&mut rng, seeds);
                            let result = check(&input);
                            let mut t = tally.lock().unwrap();
                            t.inputs += 1;
                            match result {
                                Ok(Outcome::Parsed) => t.parsed += 1,
                                Ok(Outcome::Rejected) => t.rejected += 1,
                                Err(p) => {
                                    t.failing_inputs += 1;
                                    // Keep the smallest input per signature: it shrinks fastest.
                                    let smaller = t.failures.get(&p.signature).is_none_or(|f| input.len() < f.3.len());
                                    if smaller {
                                        t.failures.insert(p.signature.clone(), (seed, iter, name, input, p));
                                    }
                                }
                            }
                        }
                    }
                })
                .unwrap();
        }
    });
    let t = tally.into_inner().unwrap();
    // Straight to stderr, past the test harness's capture, so that every run shows it.
    let _ = writeln!(
        std::io::stderr(),
        "fuzz: {} inputs ({} seed(s) x {iters}) in {:.1} s: {} parsed, {} rejected, {} broke a property ({} distinct)",
        t.inputs,
        streams.len(),
        start.elapsed().as_secs_f64(),
        t.parsed,
        t.rejected,
        t.failing_inputs,
        t.failures.len()
    );
    if t.failures.is_empty() {
        return;
    }
    // Shrink every failure, on the same workers, within one deadline.
    let deadline = Instant::now() + std::time::Duration::from_secs(env_usize("ALPA_FUZZ_SHRINK_SECS").unwrap_or(4) as u64);
    let failures: Vec<_> = t.failures.iter().collect();
    let shrunk = Mutex::new(BTreeMap::new());
    let next = AtomicUsize::new(0);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            let (failures, shrunk, next) = (&failures, &shrunk, &next);
            std::thread::Builder::new()
                .stack_size(256 << 20)
                .spawn_scoped(scope, move || {
                    while let Some((signature, f)) = failures.get(next.fetch_add(1, Ordering::Relaxed)) {
                        let small = shrink(&f.3, signature, deadline);
                        shrunk.lock().unwrap().insert(signature.to_string(), small);
                    }
                })
                .unwrap();
        }
    });
    let shrunk = shrunk.into_inner().unwrap();
    let mut report = String::new();
    for (signature, (seed, iter, name, input, problem)) in &t.failures {
        let small = &shrunk[signature];
        let detail = check(small).err().map_or(problem.detail.clone(), |p| p.detail);
        report.push_str(&format!(
            "\n== {signature}\n   seed {seed}, input {iter} (from {name}; ALPA_FUZZ_SEED={seed} replays it), shrunk from {} to {} bytes:\n{small}\n   ({small:?})\n{detail}\n",
            input.len(),
            small.len()
        ));
    }
    panic!("{} distinct properties broken:{report}", t.failures.len());
}

/// Inputs that broke a property (found by the fuzzer or by reading the code), shrunk by hand.
#[test]
fn regressions() {
    let cases: &[(&str, &str)] = &[
        // ---- parse_module panics
        // `-` applied to i128::MIN in `Parser::int128`: "attempt to negate with overflow".
        ("negating the smallest i128", "func.func @f() {\n  %0 = stablehlo.iota dim = -170141183460469231731687303715884105728 : tensor<2xi64>\n}"),
        // `TensorType::num_elements` overflows u64: "attempt to multiply with overflow".
        ("element count overflow (elements)", "func.func @f() {\n  %0 = stablehlo.constant dense<[1.0]> : tensor<4294967296x4294967296xf32>\n}"),
        ("element count overflow (hex)", "func.func @f() {\n  %0 = stablehlo.constant dense<\"0x00\"> : tensor<4294967296x4294967296xf32>\n}"),
        // ---- print_module panics on modules that parse (and verify)
        // A top-level op's region values die with its throwaway function; the printer then
        // indexes an empty value table.
        (
            "top-level op with a region",
            r#""x.y"() ({
  %0 = "x.z"() : () -> tensor<f32>
  "x.w"(%0) : (tensor<f32>) -> ()
}) : () -> ()"#,
        ),
        // The pretty printer of reduce reads reducer block arguments that need not exist.
        (
            "reduce whose body has no arguments",
            r#"func.func @f(%a: tensor<4xf32>, %b: tensor<f32>) -> tensor<f32> {
  %0 = "stablehlo.reduce"(%a, %b) ({
    "stablehlo.return"(%b) : (tensor<f32>) -> ()
  }) {dimensions = array<i64: 0>} : (tensor<4xf32>, tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}"#,
        ),
        // The pretty printer of slice assumes as many strides and limits as starts.
        (
            "slice with fewer strides than starts",
            r#"func.func @f(%a: tensor<4xf32>) -> tensor<2xf32> {
  %0 = "stablehlo.slice"(%a) {start_indices = array<i64: 0>, limit_indices = array<i64: 2>, strides = array<i64>} : (tensor<4xf32>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}"#,
        ),
        // The pretty printer of reverse reads a result type that need not exist.
        (
            "reverse without results",
            r#"func.func @f(%a: tensor<4xf32>) {
  "stablehlo.reverse"(%a) {dimensions = array<i64: 0>} : (tensor<4xf32>) -> ()
  return
}"#,
        ),
        // ---- printed text that does not parse back
        // A location alias's text is substituted unchecked, so `loc())` is printed.
        ("malformed location alias", "#l = )\nmodule {\n} loc(#l)"),
        // The pretty constant takes its result type from the literal.
        (
            "constant whose result type differs from its value's",
            r#"func.func @f() -> tensor<f32> {
  %0 = "stablehlo.constant"() {value = dense<1> : tensor<i32>} : () -> tensor<f32>
  return %0 : tensor<f32>
}"#,
        ),
        // `T -> T, T` is printed for two results, which the CHLO syntax cannot read.
        (
            "chlo op with two results",
            r#"func.func @f(%a: tensor<f32>) {
  %0:2 = "chlo.erf"(%a) : (tensor<f32>) -> (tensor<f32>, tensor<f32>)
  return
}"#,
        ),
        // The pretty reduce_precision has one type for operand and result.
        (
            "reduce_precision changing the type",
            r#"func.func @f(%a: tensor<f32>) {
  %0 = "stablehlo.reduce_precision"(%a) {exponent_bits = 5 : i32, mantissa_bits = 2 : i32} : (tensor<f32>) -> tensor<f16>
  return
}"#,
        ),
        // Convolution padding that is not pairs prints as `pad = [[1, 1], [1]]`.
        (
            "convolution padding of odd length",
            r#"func.func @f(%a: tensor<1x4x1xf32>, %b: tensor<3x1x1xf32>) {
  %0 = "stablehlo.convolution"(%a, %b) {dimension_numbers = #stablehlo.conv<[b, 0, f]x[0, i, o]->[b, 0, f]>, padding = array<i64: 1, 1, 1>} : (tensor<1x4x1xf32>, tensor<3x1x1xf32>) -> tensor<1x4x1xf32>
  return
}"#,
        ),
        // ---- printing that is not a fixed point
        // A hex float attribute parses as an integer with a float type, prints in decimal, and
        // then parses as the float 9.2e18.
        ("hexadecimal f64 attribute", "module attributes {a = 0x7FF0000000000000 : f64} {\n}"),
        // An untyped infinite float prints as a bit pattern, which parses as an integer.
        ("untyped infinite float attribute", "module attributes {a = 1e309, b = -inf} {\n}"),
        // ---- valid modules that change through printing and parsing
        // The compact reduce form drops the body's locations (MLIR prints it only when they
        // equal the reduce's own, and gives the body that location when it parses it).
        (
            "locations in a reduce body",
            r#"func.func @f(%a: tensor<4xf32>, %b: tensor<f32>) -> tensor<f32> {
  %0 = "stablehlo.reduce"(%a, %b) ({
  ^bb0(%x: tensor<f32>, %y: tensor<f32>):
    %1 = "stablehlo.add"(%x, %y) : (tensor<f32>, tensor<f32>) -> tensor<f32> loc("add")
    "stablehlo.return"(%1) : (tensor<f32>) -> ()
  }) {dimensions = array<i64: 0>} : (tensor<4xf32>, tensor<f32>) -> tensor<f32>
  return %0 : tensor<f32>
}"#,
        ),
        // An integer literal in a float tensor stays `Literal::Int` but prints as `0.0`.
        (
            "integer literal in a float dense",
            r#"func.func @f() -> tensor<f32> {
  %0 = stablehlo.constant dense<0> : tensor<f32>
  return %0 : tensor<f32>
}"#,
        ),
        (
            "integer literal in a boolean dense",
            r#"func.func @f() -> tensor<2xi1> {
  %0 = stablehlo.constant dense<[1, 0]> : tensor<2xi1>
  return %0 : tensor<2xi1>
}"#,
        ),
        // The generic printer writes an op name without escaping it.
        (
            "op name with a quote",
            r#"func.func @f() {
  "x\"y"() : () -> ()
  return
}"#,
        ),
        // The pretty forms print attributes whose kind or type their syntax cannot carry.
        (
            "broadcast dimensions as array<i32>",
            r#"func.func @f(%a: tensor<2xf32>) -> tensor<3x2xf32> {
  %0 = "stablehlo.broadcast_in_dim"(%a) {broadcast_dimensions = array<i32: 1>} : (tensor<2xf32>) -> tensor<3x2xf32>
  return %0 : tensor<3x2xf32>
}"#,
        ),
        (
            "comparison direction of another enum kind",
            r#"func.func @f(%a: tensor<2xf32>) -> tensor<2xi1> {
  %0 = "stablehlo.compare"(%a, %a) {comparison_direction = #stablehlo<comparison_dir GT>} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xi1>
  return %0 : tensor<2xi1>
}"#,
        ),
        (
            "comparison direction of another dialect",
            r#"func.func @f(%a: tensor<2xf32>) -> tensor<2xi1> {
  %0 = "stablehlo.compare"(%a, %a) {comparison_direction = #chlo<comparison_direction GT>} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xi1>
  return %0 : tensor<2xi1>
}"#,
        ),
        (
            "dot dimension numbers with an unknown field",
            r#"func.func @f(%a: tensor<2x2xf32>) -> tensor<2x2xf32> {
  %0 = "stablehlo.dot_general"(%a, %a) {dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0], bogus = [1]>} : (tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}"#,
        ),
        (
            "iota dimension typed i32",
            r#"func.func @f() -> tensor<2xf32> {
  %0 = "stablehlo.iota"() {iota_dimension = 0 : i32} : () -> tensor<2xf32>
  return %0 : tensor<2xf32>
}"#,
        ),
        (
            "tuple index typed i64",
            r#"func.func @f(%a: tuple<tensor<f32>>) -> tensor<f32> {
  %0 = "stablehlo.get_tuple_element"(%a) {index = 0 : i64} : (tuple<tensor<f32>>) -> tensor<f32>
  return %0 : tensor<f32>
}"#,
        ),
        (
            "pad amounts as a dense tensor",
            r#"func.func @f(%a: tensor<2xf32>, %b: tensor<f32>) -> tensor<3xf32> {
  %0 = "stablehlo.pad"(%a, %b) {edge_padding_low = dense<1> : tensor<1xi64>, edge_padding_high = array<i64: 0>, interior_padding = array<i64: 0>} : (tensor<2xf32>, tensor<f32>) -> tensor<3xf32>
  return %0 : tensor<3xf32>
}"#,
        ),
        // `Attr::as_enum` takes any opaque attribute for an enum case.
        (
            "comparison direction that is not an enum case",
            r#"func.func @f(%a: tensor<2xf32>) -> tensor<2xi1> {
  %0 = "stablehlo.compare"(%a, %a) {comparison_direction = #stablehlo<comparison_direction GT LT>} : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xi1>
  return %0 : tensor<2xi1>
}"#,
        ),
        (
            "dot dimension numbers of another attribute kind",
            r#"func.func @f(%a: tensor<2x2xf32>) -> tensor<2x2xf32> {
  %0 = "stablehlo.dot_general"(%a, %a) {dot_dimension_numbers = #stablehlo.conv<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>} : (tensor<2x2xf32>, tensor<2x2xf32>) -> tensor<2x2xf32>
  return %0 : tensor<2x2xf32>
}"#,
        ),
        // A non-finite decimal literal is kept as `Literal::Float`, printed as a bit pattern
        // and read back as `Literal::Bits`.
        (
            "NaN in a dense literal",
            r#"func.func @f() -> tensor<2xf32> {
  %0 = stablehlo.constant dense<[nan, 1.0e39]> : tensor<2xf32>
  return %0 : tensor<2xf32>
}"#,
        ),
        // A duplicate key is accepted; the second `sym_visibility` survives as a discardable
        // attribute that the next parse takes for the visibility.
        (
            "duplicate attribute name",
            r#""func.func"() <{function_type = () -> (), sym_name = "f", sym_visibility = "", sym_visibility = ""}> ({
}) : () -> ()"#,
        ),
        // The pretty forms print one type list where the generic op had two.
        (
            "optimization barrier changing the type",
            r#"func.func @f(%a: tensor<f32>) -> tensor<f16> {
  %0 = "stablehlo.optimization_barrier"(%a) : (tensor<f32>) -> tensor<f16>
  return %0 : tensor<f16>
}"#,
        ),
        (
            "while changing the type",
            r#"func.func @f(%a: tensor<f32>) -> tensor<f16> {
  %0 = "stablehlo.while"(%a) ({
  ^bb0(%x: tensor<f32>):
    %c = "stablehlo.constant"() {value = dense<true> : tensor<i1>} : () -> tensor<i1>
    "stablehlo.return"(%c) : (tensor<i1>) -> ()
  }, {
  ^bb0(%x: tensor<f32>):
    "stablehlo.return"(%x) : (tensor<f32>) -> ()
  }) : (tensor<f32>) -> tensor<f16>
  return %0 : tensor<f16>
}"#,
        ),
    ];
    let mut failures = Vec::new();
    for (name, input) in cases {
        if let Err(p) = check(input) {
            failures.push(format!("{name}: {}\n{}\ninput:\n{input}\n", p.signature, p.detail));
        }
    }
    assert!(failures.is_empty(), "{} of {} regressions fail:\n{}", failures.len(), cases.len(), failures.join("\n"));
}

/// Every seed keeps the properties unmutated, so the fuzzer starts from valid text.
#[test]
fn seeds_keep_the_properties() {
    let mut failures = Vec::new();
    for (name, text) in seeds() {
        match check(&text) {
            Ok(Outcome::Parsed) => {}
            Ok(Outcome::Rejected) => failures.push(format!("{name} does not parse: {}", parse_module(&text).unwrap_err().render(&name))),
            Err(p) => failures.push(format!("{name}: {}", p.signature)),
        }
    }
    assert!(failures.is_empty(), "{} seed(s) break a property:\n{}", failures.len(), failures.join("\n"));
}

/// Deep nesting in every place that nests: rejected (or parsed) within the default 2 MiB stack of
/// a spawned thread. Each case runs in a child process because an overflow aborts.
#[test]
fn deep_nesting_is_rejected_without_overflowing_the_stack() {
    const N: usize = 10_000;
    let while_op = |i: usize| format!("%w{i} = stablehlo.while(%x{i} = %a) : tensor<f32>\n cond {{\n");
    let reduce_op =
        |i: usize| format!("%r{i} = stablehlo.reduce(%a init: %a) across dimensions = [] : (tensor<f32>, tensor<f32>) -> tensor<f32>\n reducer(%p{i}: tensor<f32>, %q{i}: tensor<f32>) {{\n");
    let in_func = |body: String| format!("func.func @f(%a: tensor<f32>) -> tensor<f32> {{\n{body}\n}}");
    let in_attr = |value: String| format!("module attributes {{a = {value}}} {{\n}}");
    let cases: Vec<(&str, String)> = vec![
        ("arrays in an attribute", in_attr("[".repeat(N))),
        ("dictionaries in an attribute", in_attr("{a = ".repeat(N))),
        ("function types in an attribute", in_attr("(".repeat(N))),
        ("tuple types in an attribute", in_attr("tuple<".repeat(N))),
        ("tuple types of an argument", format!("func.func @f(%a: {}f32>) {{\n}}", "tuple<".repeat(N))),
        ("struct attributes", in_attr("#x.y<k = ".repeat(N))),
        ("raw convolution dimension numbers", in_attr("#stablehlo.conv<raw k = ".repeat(N))),
        ("dense literal brackets", in_func(format!("%0 = stablehlo.constant dense<{}", "[".repeat(N)))),
        ("parentheses in a location", format!("module {{\n}} loc({})", "(".repeat(N))),
        ("attribute alias chain", (0..N).map(|i| format!("#a{i} = [#a{}]\n", i + 1)).collect::<String>() + "module attributes {x = #a0} {\n}"),
        ("location alias chain", (0..N).map(|i| format!("#l{i} = loc(#l{})\n", i + 1)).collect::<String>() + "module {\n} loc(#l0)"),
        ("generic regions", in_func("\"x.y\"() ({\n".repeat(N))),
        ("while regions", in_func((0..1000).map(while_op).collect())),
        ("reduce bodies", in_func((0..1000).map(reduce_op).collect())),
    ];
    if let Some(i) = env_usize("ALPA_FUZZ_DEEP_CASE") {
        let (name, input) = cases[i].clone();
        let outcome = std::thread::Builder::new().name(format!("deep nesting: {name}")).stack_size(2 << 20).spawn(move || check(&input)).unwrap().join().unwrap();
        if let Err(p) = outcome {
            panic!("{name}: {}\n{}", p.signature, p.detail);
        }
        return;
    }
    let exe = std::env::current_exe().unwrap();
    let children: Vec<_> = (0..cases.len())
        .map(|i| {
            std::process::Command::new(&exe)
                .args(["deep_nesting_is_rejected_without_overflowing_the_stack", "--exact", "--nocapture", "--test-threads=1"])
                .env("ALPA_FUZZ_DEEP_CASE", i.to_string())
                .env("RUST_BACKTRACE", "0")
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    let mut failures = Vec::new();
    for ((name, _), child) in cases.iter().zip(children) {
        let out = child.wait_with_output().unwrap();
        if !out.status.success() {
            let stderr = String::from_utf8_lossy(&out.stderr);
            let why: Vec<&str> = stderr.lines().filter(|l| l.contains("overflow") || l.contains("panicked") || l.contains(": ")).take(4).collect();
            failures.push(format!("{name} ({}): {}", out.status, why.join(" | ")));
        }
    }
    assert!(failures.is_empty(), "{} of {} deep-nesting cases failed:\n{}", failures.len(), cases.len(), failures.join("\n"));
}
