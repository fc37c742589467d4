//! The `shard` dialect's collectives and process indices against MLIR 22 itself: for each case,
//! `mlir-opt-22` reads the input and prints it; our parser reads what MLIR printed and our
//! printer must give back exactly MLIR's text (up to the SSA names MLIR invents); our generic
//! form and our pretty form must both read back in MLIR as the same ops; and `verify_module`
//! must accept what MLIR accepts.
//!
//! The comparison needs `mlir-opt` from LLVM 22 (`/usr/lib/llvm-22/bin/mlir-opt`, or `mlir-opt-22`
//! on `PATH`); without it the test says so and checks only our own round trip.

use alpa_stablehlo::{parse_module, print_module, verify::verify_module, Form, PrintOptions};
use std::io::Write;
use std::process::{Command, Stdio};

/// Every collective and process index with its optional parts present and absent, and
/// discardable attributes riding along.
const CASES: &str = r#"shard.grid @mesh(shape = 2x4)
func.func @collectives(%x: tensor<4x8xf32>, %y: tensor<4x2xf32>, %i: tensor<4x8xi32>) -> tensor<4x8xf32> {
  %0 = shard.all_reduce %x on @mesh grid_axes = [1] : tensor<4x8xf32> -> tensor<4x8xf32>
  %1 = shard.all_reduce %x on @mesh grid_axes = [1, 0] reduction = max : tensor<4x8xf32> -> tensor<4x8xf32>
  %2 = shard.all_reduce %x on @mesh grid_axes = [0] reduction = min : tensor<4x8xf32> -> tensor<4x8xf64>
  %3 = shard.all_reduce %x on @mesh : tensor<4x8xf32> -> tensor<4x8xf32>
  %4 = shard.all_reduce %x on @mesh grid_axes = [] reduction = sum {tag = "t"} : tensor<4x8xf32> -> tensor<4x8xf32>
  %5 = shard.all_reduce %i on @mesh grid_axes = [1] reduction = bitwise_xor : tensor<4x8xi32> -> tensor<4x8xi32>
  %6 = shard.all_reduce %x on @mesh grid_axes = [0, 1] reduction = product : tensor<4x8xf32> -> tensor<4x8xf32>
  %7 = shard.all_gather %y on @mesh grid_axes = [1] gather_axis = 1 : tensor<4x2xf32> -> tensor<4x8xf32>
  %8 = shard.all_gather %y on @mesh grid_axes = [1, 0] gather_axis = 0 : tensor<4x2xf32> -> tensor<32x2xf32>
  %9 = shard.reduce_scatter %x on @mesh grid_axes = [0] scatter_axis = 0 : tensor<4x8xf32> -> tensor<2x8xf32>
  %10 = shard.reduce_scatter %x on @mesh grid_axes = [1] reduction = max scatter_axis = 1 : tensor<4x8xf32> -> tensor<4x2xf32>
  %11 = shard.all_to_all %x on @mesh grid_axes = [1] split_axis = 1 concat_axis = 0 : tensor<4x8xf32> -> tensor<16x2xf32>
  %12 = shard.all_to_all %x on @mesh grid_axes = [0] split_axis = 0 concat_axis = 0 : tensor<4x8xf32> -> tensor<4x8xf32>
  %13 = shard.all_slice %x on @mesh grid_axes = [1] slice_axis = 1 : tensor<4x8xf32> -> tensor<4x2xf32>
  %14 = shard.all_slice %x on @mesh grid_axes = [0, 1] slice_axis = 1 {note} : tensor<4x8xf32> -> tensor<4x1xf32>
  %15 = shard.shift %x on @mesh grid_axes = [1] shift_axis = 1 offset = 2 rotate : tensor<4x8xf32> -> tensor<4x8xf32>
  %16 = shard.shift %x on @mesh grid_axes = [0, 1] shift_axis = 0 offset = -1 : tensor<4x8xf32> -> tensor<4x8xf32>
  %17 = shard.send %x on @mesh grid_axes = [1] destination = [2] : (tensor<4x8xf32>) -> tensor<4x8xf32>
  %18 = shard.recv %x on @mesh grid_axes = [1] source = [3] : (tensor<4x8xf32>) -> tensor<4x8xf32>
  %19 = shard.recv %x on @mesh grid_axes = [0, 1] : (tensor<4x8xf32>) -> tensor<4x8xf32>
  return %0 : tensor<4x8xf32>
}
func.func @indices() -> (index, index, index, index) {
  %0:2 = shard.process_multi_index on @mesh : index, index
  %1 = shard.process_multi_index on @mesh axes = [1] : index
  %2:2 = shard.process_multi_index on @mesh axes = [1, 0] {k = 1 : i64} : index, index
  %3 = shard.process_linear_index on @mesh : index
  return %0#1, %1, %2#0, %3 : index, index, index, index
}
"#;

/// Generic forms as a builder might write them: defaults missing, properties or not.
const GENERIC: &str = r#"shard.grid @mesh(shape = 4)
func.func @generic(%x: tensor<8xf32>) -> tensor<8xf32> {
  %0 = "shard.all_reduce"(%x) <{grid = @mesh, grid_axes = array<i16: 0>, reduction = #shard<partial average>}> : (tensor<8xf32>) -> tensor<8xf32>
  %1 = "shard.all_gather"(%x) {gather_axis = 0 : index, grid = @mesh} : (tensor<8xf32>) -> tensor<8xf32>
  %2 = "shard.shift"(%x) <{grid = @mesh, grid_axes = array<i16: 0>, offset = 1 : i64, rotate = unit, shift_axis = 0 : index}> : (tensor<8xf32>) -> tensor<8xf32>
  %3 = "shard.process_linear_index"() <{grid = @mesh}> : () -> index
  return %0 : tensor<8xf32>
}
"#;

fn mlir_opt() -> Option<String> {
    ["/usr/lib/llvm-22/bin/mlir-opt", "mlir-opt-22"].into_iter().map(String::from).find(|exe| Command::new(exe).arg("--version").output().is_ok_and(|o| o.status.success()))
}

/// `mlir-opt --allow-unregistered-dialect [extra]` on `input`: its output, or its errors.
fn run_mlir(exe: &str, input: &str, extra: &[&str]) -> Result<String, String> {
    let mut child = Command::new(exe).arg("--allow-unregistered-dialect").args(extra).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    if out.status.success() {
        Ok(String::from_utf8(out.stdout).unwrap())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

fn print(module: &alpa_stablehlo::Module, form: Form) -> String {
    print_module(module, PrintOptions { form, debug_info: false, positions: false })
}

/// Parses, verifies and prints `text` in `form`, panicking with our diagnostic.
fn ours(text: &str, form: Form) -> String {
    let module = parse_module(text).unwrap_or_else(|d| panic!("{}\n{text}", d.render("input")));
    verify_module(&module).unwrap_or_else(|d| panic!("{}\n{text}", d.render("input")));
    print(&module, form)
}

/// The lines of `text` that hold `shard` collectives or process indices, trimmed, with SSA
/// names replaced by `%v0`, `%v1`, ... in order of appearance in their function (MLIR names
/// results after the op, we number them).
fn shard_lines(text: &str) -> Vec<String> {
    let mut names: Vec<String> = Vec::new();
    let mut out = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.contains("func.func") {
            names.clear();
        }
        let mut norm = String::new();
        let mut chars = line.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            if c != '%' {
                norm.push(c);
                continue;
            }
            let mut end = i + 1;
            while let Some(&(j, d)) = chars.peek() {
                if !(d.is_ascii_alphanumeric() || d == '_' || d == '$' || d == '.') {
                    break;
                }
                end = j + d.len_utf8();
                chars.next();
            }
            let name = &line[i + 1..end];
            let k = names.iter().position(|n| n == name).unwrap_or_else(|| {
                names.push(name.to_string());
                names.len() - 1
            });
            norm.push_str(&format!("%v{k}"));
        }
        if ["shard.", "\"shard."].iter().any(|p| norm.contains(p)) && !norm.contains("shard.grid") {
            out.push(norm);
        }
    }
    out
}

#[track_caller]
fn assert_same_lines(got: &[String], want: &[String], what: &str) {
    assert_eq!(got.len(), want.len(), "{what}: different numbers of shard ops\ngot:\n{}\nwant:\n{}", got.join("\n"), want.join("\n"));
    for (g, w) in got.iter().zip(want) {
        assert_eq!(g, w, "{what}");
    }
}

#[test]
fn collectives_print_exactly_as_mlir_prints_them() {
    for input in [CASES, GENERIC] {
        // Our own round trip: pretty and generic are fixed points and agree.
        let pretty = ours(input, Form::Pretty);
        assert_eq!(ours(&pretty, Form::Pretty), pretty);
        let generic = ours(input, Form::Generic);
        assert_eq!(ours(&generic, Form::Pretty), pretty);
        assert_eq!(ours(&generic, Form::Generic), generic);
        let Some(exe) = mlir_opt() else {
            eprintln!("mlir-opt from LLVM 22 not found: compared our round trip only");
            return;
        };
        let mlir = run_mlir(&exe, input, &[]).unwrap_or_else(|e| panic!("mlir-opt rejects the test input:\n{e}"));
        let want = shard_lines(&mlir);
        assert!(want.len() >= 4, "mlir-opt printed no shard ops:\n{mlir}");
        // MLIR's text through our parser and printer is MLIR's text.
        assert_same_lines(&shard_lines(&ours(&mlir, Form::Pretty)), &want, "our pretty form of mlir-opt's output");
        // Both our forms mean to MLIR what the input means.
        for (form, text) in [("generic", &generic), ("pretty", &pretty)] {
            let back = run_mlir(&exe, text, &[]).unwrap_or_else(|e| panic!("mlir-opt rejects our {form} form:\n{e}\n{text}"));
            assert_same_lines(&shard_lines(&back), &want, &format!("mlir-opt reading our {form} form"));
        }
        // MLIR's generic form reads as the same ops.
        let mlir_generic = run_mlir(&exe, input, &["--mlir-print-op-generic"]).unwrap();
        assert_same_lines(&shard_lines(&ours(&mlir_generic, Form::Pretty)), &want, "our pretty form of mlir-opt's generic output");
    }
}

/// What MLIR rejects, we reject, at the op, in our words.
#[test]
fn verifier_errors_match_mlir() {
    // (op line in a function of `%x: tensor<4x8xf32>` on grid 2x4, MLIR's message, ours)
    let cases = [
        (
            "%0 = shard.all_gather %x on @mesh grid_axes = [1] gather_axis = 1 : tensor<4x8xf32> -> tensor<4x16xf32>",
            "Dimension size mismatch for result axis 1. Expected 32, but got 16.",
            "3:8: error: 'shard.all_gather' result dimension 1 has size 16, expected 32",
        ),
        (
            "%0 = shard.all_reduce %x on @mesh grid_axes = [2] : tensor<4x8xf32> -> tensor<4x8xf32>",
            "0-based grid axis index 2 is out of bounds. The referenced grid \"mesh\" is of rank 2.",
            "3:8: error: 'shard.all_reduce' grid axis 2 is out of range for grid @mesh of rank 2",
        ),
        (
            "%0 = shard.all_reduce %x on @mesh grid_axes = [1, 1] : tensor<4x8xf32> -> tensor<4x8xf32>",
            "Grid axes contains duplicate elements.",
            "3:8: error: 'shard.all_reduce' grid axis 1 is used twice",
        ),
        (
            "%0 = shard.all_reduce %x on @nope grid_axes = [1] : tensor<4x8xf32> -> tensor<4x8xf32>",
            "Undefined required grid symbol \"nope\".",
            "3:8: error: 'shard.all_reduce' refers to undefined grid @nope",
        ),
        (
            "%0 = shard.all_slice %x on @mesh grid_axes = [0, 1] slice_axis = 0 : tensor<4x8xf32> -> tensor<1x8xf32>",
            "Operand dimension size 4 is not divisible by collective device group size 8 for tensor axis 0.",
            "3:8: error: 'shard.all_slice' operand dimension 0 of size 4 is not divisible by the 8 devices of grid axes [0, 1]",
        ),
        (
            "%0 = shard.reduce_scatter %x on @mesh grid_axes = [1] scatter_axis = 1 : tensor<4x8xf32> -> tensor<4x4xf32>",
            "Dimension size mismatch for result axis 1. Expected 2, but got 4.",
            "3:8: error: 'shard.reduce_scatter' result dimension 1 has size 4, expected 2",
        ),
        (
            "%0 = shard.all_to_all %x on @mesh grid_axes = [1] split_axis = 1 concat_axis = 0 : tensor<4x8xf32> -> tensor<4x8xf32>",
            "Dimension size mismatch for result axis 0. Expected 16, but got 4.",
            "3:8: error: 'shard.all_to_all' result dimension 0 has size 4, expected 16",
        ),
        (
            "%0 = shard.shift %x on @mesh grid_axes = [1] shift_axis = 0 offset = 1 : tensor<4x8xf32> -> tensor<4x8xf32>",
            "Invalid shift axis 0. It must be one of the grouping grid axes.",
            "3:8: error: 'shard.shift' shift_axis 0 is not one of the grid axes [1]",
        ),
        (
            "%0 = shard.send %x on @mesh grid_axes = [1] destination = [4] : (tensor<4x8xf32>) -> tensor<4x8xf32>",
            "Out of bounds coordinate 0 for in-group device \"destination\". Got 4, but expected value in the range [0, 3].",
            "3:8: error: 'shard.send' destination [4] is out of range: index 4 along grid axis 1 of size 4",
        ),
        ("%0:2 = shard.process_multi_index on @mesh axes = [1] : index, index", "Unexpected number of results 2. Expected 1.", "3:10: error: 'shard.process_multi_index' has 2 result(s), expected 1"),
        (
            "%0 = shard.all_gather %x on @mesh grid_axes = [1] gather_axis = 2 : tensor<4x8xf32> -> tensor<4x8xf32>",
            "Gather axis 2 is out of bounds [0, 2).",
            "3:8: error: 'shard.all_gather' gather_axis 2 is out of range for a rank-2 operand",
        ),
    ];
    let exe = mlir_opt();
    for (line, mlir_message, our_message) in cases {
        let input = format!("shard.grid @mesh(shape = 2x4)\nfunc.func @f(%x: tensor<4x8xf32>) {{\n  {line}\n  return\n}}\n");
        let got = match parse_module(&input).map(|m| verify_module(&m)) {
            Err(d) | Ok(Err(d)) => d.render("in.mlir").replacen("in.mlir:", "", 1),
            Ok(Ok(())) => "ok".into(),
        };
        assert_eq!(got, our_message, "\n{input}");
        if let Some(exe) = &exe {
            let err = run_mlir(exe, &input, &[]).expect_err(&input);
            assert!(err.contains(mlir_message), "mlir-opt said:\n{err}\nexpected: {mlir_message}");
        }
    }
}
