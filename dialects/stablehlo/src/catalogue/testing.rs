//! Test support: turns one op's text into a module whose `@main` takes the op's operands as
//! arguments, so catalogue tests read like the IR they test, plus the exported JAX fixtures.
//!
//! `wrap("%0 = stablehlo.add %a, %b : tensor<4xf32>")` parses
//!
//! ```text
//! func.func @main(%a: tensor<4xf32>, %b: tensor<4xf32>) {
//!   %0 = stablehlo.add %a, %b : tensor<4xf32>
//!   return
//! }
//! ```
//!
//! The operands are the names the text uses but does not define; their types come from the
//! trailing type of the statement that uses them: a function type `(T, ...) -> ...`, a list
//! `T, ...` with one type per operand, or one type shared by all operands. The input may hold
//! several ops (constants the last one uses); the last one is the op under test.

use crate::ir::{Func, Module, Op};
use crate::parse_module;
use std::path::PathBuf;

/// Parses `input` wrapped in a function whose arguments are its free operands; panics (it is
/// a test) with the rendered diagnostic when the text does not parse.
pub(crate) fn wrap(input: &str) -> Module {
    let defined = defined_names(input);
    let mut args: Vec<(String, String)> = Vec::new();
    let statements = statements(input);
    for (i, statement) in statements.iter().enumerate() {
        // Values a region uses from outside (captures) are typed by the region op using them.
        let units = if i + 1 == statements.len() { [vec![outside_regions(statement)], region_lines(statement)].concat() } else { vec![statement.clone()] };
        for unit in units {
            let names = uses(&unit);
            let types = operand_types(&unit, names.len());
            for (k, name) in names.iter().enumerate() {
                if defined.contains(name) || args.iter().any(|(n, _)| n == name) {
                    continue;
                }
                let Some(ty) = types.get(k) else { panic!("no type for operand {name} in `{unit}`") };
                args.push((name.clone(), ty.clone()));
            }
        }
    }
    let params: Vec<String> = args.iter().map(|(n, t)| format!("{n}: {t}")).collect();
    let text = format!("func.func @main({}) {{\n{input}\n  return\n}}\n", params.join(", "));
    parse_module(&text).unwrap_or_else(|d| panic!("{}\n{text}", d.render("test")))
}

/// The op under test in a module built by [`wrap`]: the last op before `return`.
pub(crate) fn op_under_test(module: &Module) -> (&Func, &Op) {
    let func = module.func("main").expect("wrap builds @main");
    let ops = &func.body.entry().ops;
    (func, &ops[ops.len() - 2])
}

/// Every pretty-form fixture in `test/models`, parsed.
pub(crate) fn fixture_modules() -> Vec<(String, Module)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../test/models");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "mlir") && !p.to_string_lossy().ends_with(".generic.mlir"))
        .collect();
    paths.sort();
    assert!(paths.len() >= 7, "expected the exported fixtures in {}", dir.display());
    paths
        .into_iter()
        .map(|p| {
            let name = p.display().to_string();
            let text = std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{name}: {e}"));
            let module = parse_module(&text).unwrap_or_else(|d| panic!("{}", d.render(&name)));
            (name, module)
        })
        .collect()
}

/// Top-level statements: lines at brace depth 0, with an op's regions joined to it.
fn statements(input: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let mut depth = 0i32;
    for line in input.lines() {
        current.push_str(line);
        current.push('\n');
        depth += line.matches('{').count() as i32 - line.matches('}').count() as i32;
        if depth == 0 && !current.trim().is_empty() {
            out.push(std::mem::take(&mut current));
        }
    }
    if !current.trim().is_empty() {
        out.push(current);
    }
    out
}

/// The statement with everything inside `{...}` removed.
fn outside_regions(statement: &str) -> String {
    let mut depth = 0;
    let mut out = String::new();
    for c in statement.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// The lines inside the statement's regions (each one op).
fn region_lines(statement: &str) -> Vec<String> {
    let lines: Vec<&str> = statement.lines().collect();
    lines.iter().skip(1).take(lines.len().saturating_sub(2)).map(|l| l.to_string()).collect()
}

/// `%name` tokens of `text` in order, each with the character after it.
fn names(text: &str) -> Vec<(String, &str)> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(i) = rest.find('%') {
        let tail = &rest[i + 1..];
        let len = tail.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '$' || c == '.')).unwrap_or(tail.len());
        out.push((format!("%{}", &tail[..len]), &tail[len..]));
        rest = &tail[len..];
    }
    out
}

/// Names the text defines: results (`%0 =`, `%0:2 =`), block arguments (`%x: T`) and
/// while-loop arguments (`%k = %init`).
fn defined_names(text: &str) -> Vec<String> {
    names(text).into_iter().filter(|(_, after)| after.starts_with(':') || after.trim_start().starts_with('=')).map(|(n, _)| n).collect()
}

/// The names one statement uses, in operand order: as written, except that reduce's
/// `(%x init: %i), (%y init: %j)` lists the inputs before the init values.
fn uses(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut inits: Vec<String> = Vec::new();
    let mut rest = text;
    for (n, after) in names(text) {
        let at = rest.find(&n).unwrap_or(0);
        let is_init = rest[..at].trim_end().ends_with("init:");
        rest = &rest[at + n.len()..];
        let defines = after.starts_with(':') || after.trim_start().starts_with('=');
        if !defines && !out.contains(&n) && !inits.contains(&n) {
            if is_init {
                inits.push(n)
            } else {
                out.push(n)
            }
        }
    }
    out.extend(inits);
    out
}

/// The operand types a statement's trailing type gives for `count` operands.
fn operand_types(text: &str, count: usize) -> Vec<String> {
    let Some(at) = last_top_level(text, " : ") else { return Vec::new() };
    let tail = text[at + 3..].trim_start();
    let types = match tail.strip_prefix('(') {
        Some(inner) => split_types(&inner[..matching_close(inner)]),
        None => split_types(tail),
    };
    match (types.len(), count) {
        (n, c) if n == c => types,
        (1, c) => vec![types[0].clone(); c],
        // `stablehlo.select %p, %a, %b : tensor<i1>, T`.
        (2, 3) => vec![types[0].clone(), types[1].clone(), types[1].clone()],
        _ => types,
    }
}

/// Byte offset of the last `pat` outside any brackets.
fn last_top_level(text: &str, pat: &str) -> Option<usize> {
    let mut depth = 0i32;
    let mut found = None;
    let bytes = text.as_bytes();
    for (i, c) in text.char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            '<' => depth += 1,
            '>' if i > 0 && bytes[i - 1] != b'-' => depth -= 1,
            _ if depth == 0 && text[i..].starts_with(pat) => found = Some(i),
            _ => {}
        }
    }
    found
}

/// The index of the `)` closing an already opened `(`.
fn matching_close(text: &str) -> usize {
    let mut depth = 1;
    for (i, c) in text.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => {
                depth -= 1;
                if depth == 0 {
                    return i;
                }
            }
            _ => {}
        }
    }
    text.len()
}

/// Leading types of a comma-separated list, stopping at the first item that is not a type.
fn split_types(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = text.trim_start();
    while rest.starts_with("tensor<") || rest.starts_with("tuple<") || rest.starts_with('!') {
        let mut depth = 0;
        let mut end = rest.len();
        for (i, c) in rest.char_indices() {
            match c {
                '<' => depth += 1,
                '>' => {
                    depth -= 1;
                    if depth == 0 {
                        end = i + 1;
                        break;
                    }
                }
                ',' | ' ' | '\n' | ')' if depth == 0 => {
                    end = i;
                    break;
                }
                _ => {}
            }
        }
        out.push(rest[..end].to_string());
        rest = rest[end..].trim_start();
        match rest.strip_prefix(',') {
            Some(r) => rest = r.trim_start(),
            None => break,
        }
    }
    out
}
