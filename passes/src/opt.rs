//! The `alpa-opt` driver, following `mlir-opt` conventions: read a module (file or `-`), run a
//! pipeline, print the result; `--split-input-file` runs each `// -----` chunk on its own and
//! `--verify-diagnostics` checks `// expected-error @+1 {{...}}` comments instead of failing.
//! The binary in `tools/` only forwards its arguments here.

use crate::manager::{parse_pipeline, run_pipeline, Element, RunOptions};
use crate::registry::{self, PASSES, PIPELINES};
use alpa_stablehlo::ir::Pos;
use alpa_stablehlo::verify::verify_module;
use alpa_stablehlo::{parse_module, print_module, Diag, Form, PrintOptions};
use std::io::{Read, Write};

/// Parsed command line.
#[derive(Debug, Default)]
pub struct OptArgs {
    /// Input path, `-` for stdin.
    pub input: String,
    /// Output path; stdout when absent.
    pub output: Option<String>,
    /// The pipeline to run.
    pub pipeline: Vec<Element>,
    /// Treat `// -----` as separating independent inputs.
    pub split_input_file: bool,
    /// Check expected-diagnostic comments instead of reporting errors.
    pub verify_diagnostics: bool,
    /// Print the IR after every alpa pass to stderr.
    pub print_ir_after_all: bool,
    /// Output form.
    pub emit: Form,
    /// Print locations.
    pub debug_info: bool,
    /// Verify after every pass (on by default, as in mlir-opt).
    pub verify_each: bool,
}

/// What the command line asks for.
#[derive(Debug)]
pub enum Command {
    /// Process an input.
    Run(OptArgs),
    /// Print help.
    Help,
    /// Print the generated `docs/passes.md`.
    PassDocs,
}

/// Parses the arguments (without the program name).
pub fn parse_args(args: &[String]) -> Result<Command, String> {
    let mut out = OptArgs { input: "-".into(), verify_each: true, ..Default::default() };
    let mut pipeline_text: Option<String> = None;
    let mut flags: Vec<String> = Vec::new();
    let mut plan_flags: Vec<(&str, String)> = Vec::new();
    let mut input = None;
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        let (key, value) = match arg.split_once('=') {
            Some((k, v)) if k.starts_with("--") => (k, Some(v.to_string())),
            _ => (arg.as_str(), None),
        };
        let mut take_value = |name: &str| -> Result<String, String> {
            if let Some(v) = &value {
                return Ok(v.clone());
            }
            i += 1;
            args.get(i).cloned().ok_or_else(|| format!("{name} needs a value"))
        };
        match key {
            "-h" | "--help" => return Ok(Command::Help),
            "--print-pass-docs" => return Ok(Command::PassDocs),
            "-o" => out.output = Some(take_value("-o")?),
            "--pass-pipeline" => pipeline_text = Some(take_value("--pass-pipeline")?),
            "--split-input-file" => out.split_input_file = true,
            "--verify-diagnostics" => out.verify_diagnostics = true,
            "--mlir-print-ir-after-all" => out.print_ir_after_all = true,
            "--mlir-print-debuginfo" => out.debug_info = true,
            "--verify-each" => out.verify_each = value.as_deref() != Some("false"),
            "--alpa-plan-json" => plan_flags.push(("plan-json", take_value("--alpa-plan-json")?)),
            "--alpa-print-plan" => plan_flags.push(("print-plan", value.clone().unwrap_or_else(|| "true".into()))),
            "--time-limit" => {
                let v = take_value("--time-limit")?;
                if v.parse::<u64>().is_err() {
                    return Err(format!("invalid value '{v}' for --time-limit: expected whole seconds"));
                }
                plan_flags.push(("time-limit", v));
            }
            "--emit" => {
                out.emit = match take_value("--emit")?.as_str() {
                    "pretty" => Form::Pretty,
                    "generic" => Form::Generic,
                    other => return Err(format!("invalid value '{other}' for --emit: expected pretty or generic")),
                }
            }
            _ if key.starts_with("--alpa-") => {
                let name = &key[2..];
                if registry::pass(name).is_none() && registry::pipeline(name).is_none() {
                    return Err(format!("unknown pass '{name}' (see alpa-opt --help)"));
                }
                flags.push(match value {
                    Some(v) => format!("{name}{{{}}}", v.trim_matches(|c| c == '"' || c == '\'')),
                    None => name.to_string(),
                });
            }
            _ if key.starts_with('-') && key != "-" => return Err(format!("unknown option '{arg}' (see alpa-opt --help)")),
            _ => {
                if input.replace(arg.clone()).is_some() {
                    return Err("only one input file may be given".into());
                }
            }
        }
        i += 1;
    }
    out.input = input.unwrap_or_else(|| "-".into());
    out.pipeline = match (pipeline_text, flags.is_empty()) {
        (Some(_), false) => return Err("--pass-pipeline cannot be combined with per-pass flags".into()),
        (Some(p), true) => parse_pipeline(&p)?,
        (None, _) => parse_pipeline(&flags.join(","))?,
    };
    // Plan flags stand for the options of every planning pass in the pipeline that has them.
    for (option, value) in plan_flags {
        let mut found = false;
        for element in &mut out.pipeline {
            if let Element::Alpa { name, options } = element {
                if registry::pass(name).is_some_and(|p| p.options.iter().any(|o| o.name == option)) {
                    options.set(option, &value);
                    found = true;
                }
            }
        }
        if !found {
            let flag = if option == "time-limit" { "--time-limit".to_string() } else { format!("--alpa-{option}") };
            return Err(format!("{flag} needs a planning pass with option '{option}' in the pipeline (alpa-auto-shard, alpa-cluster-stages, alpa-parallelize)"));
        }
    }
    Ok(Command::Run(out))
}

/// `--help` text, generated from the registry.
pub fn help() -> String {
    let mut s = String::from(
        "alpa-opt: run alpa passes over a StableHLO module (pretty or generic MLIR text)\n\n\
         usage: alpa-opt [options] [input.mlir | -]\n\n\
         options:\n\
         \x20 -o FILE                      write the output to FILE (default: stdout)\n\
         \x20 --pass-pipeline=PIPELINE     e.g. 'builtin.module(alpa-import{unroll=true},canonicalize)'\n\
         \x20 --<pass>[=\"opt=val ...\"]      add one pass (or pipeline alias) to the pipeline\n\
         \x20 --split-input-file           treat '// -----' lines as separating independent inputs\n\
         \x20 --verify-diagnostics         check '// expected-error @+N {{...}}' comments\n\
         \x20 --mlir-print-ir-after-all    print the module after every alpa pass to stderr\n\
         \x20 --mlir-print-debuginfo       print locations\n\
         \x20 --emit=pretty|generic        output form (default: pretty)\n\
         \x20 --verify-each=false          do not verify after every pass\n\
         \x20 --print-pass-docs            print docs/passes.md\n\
         \x20 --alpa-plan-json=FILE        write the plan of alpa-auto-shard / alpa-cluster-stages as JSON to FILE\n\
         \x20 --alpa-print-plan            print the plan to stderr\n\
         \x20 --time-limit=SECONDS         bound the stage search; the best plan so far is kept\n\n\
         pipelines:\n",
    );
    let opts = |options: &[crate::pass::OptionInfo]| -> String { options.iter().map(|o| format!("      {}={} (default {}): {}\n", o.name, kind_text(o.kind), o.default, o.help)).collect() };
    for p in PIPELINES {
        s.push_str(&format!("  --{:<26} {}\n{}", p.name, p.summary, opts(p.options)));
    }
    s.push_str("\npasses:\n");
    for p in PASSES {
        s.push_str(&format!("  --{:<26} {}\n{}", p.name, p.summary, opts(p.options)));
    }
    s
}

fn kind_text(kind: crate::pass::OptionKind) -> String {
    use crate::pass::OptionKind::*;
    match kind {
        Bool => "true|false".into(),
        Int => "N".into(),
        Text => "TEXT".into(),
        Choice(words) => words.join("|"),
        AutoOrCount => "auto|N".into(),
    }
}

/// Runs `alpa-opt` with `args`; returns the exit code.
pub fn main(args: &[String]) -> i32 {
    let command = match parse_args(args) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("alpa-opt: error: {e}");
            return 1;
        }
    };
    let args = match command {
        Command::Help => {
            print!("{}", help());
            return 0;
        }
        Command::PassDocs => {
            print!("{}", registry::render_docs());
            return 0;
        }
        Command::Run(a) => a,
    };
    let text = match read_input(&args.input) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("alpa-opt: error: cannot read '{}': {e}", args.input);
            return 1;
        }
    };
    let file = if args.input == "-" { "<stdin>".to_string() } else { args.input.clone() };
    let chunks = if args.split_input_file { split_chunks(&text) } else { vec![(0, text.clone())] };
    let mut outputs = Vec::new();
    let mut ok = true;
    for (line_offset, chunk) in &chunks {
        let result = process(chunk, &args);
        let diags: Vec<Diag> = result.diags.into_iter().map(|d| shift(d, *line_offset)).collect();
        if args.verify_diagnostics {
            ok &= check_expected(&file, chunk, *line_offset, &diags);
        } else {
            for d in &diags {
                eprintln!("{}", d.render(&file));
            }
            ok &= diags.is_empty();
        }
        for dump in result.dumps {
            eprintln!("{dump}");
        }
        if let Some(out) = result.output {
            outputs.push(out);
        }
    }
    let joined = outputs.join("// -----\n");
    let written = match &args.output {
        Some(path) => std::fs::write(path, &joined).map_err(|e| format!("cannot write '{path}': {e}")),
        None => std::io::stdout().write_all(joined.as_bytes()).map_err(|e| e.to_string()),
    };
    if let Err(e) = written {
        eprintln!("alpa-opt: error: {e}");
        return 1;
    }
    if ok {
        0
    } else {
        1
    }
}

fn read_input(path: &str) -> std::io::Result<String> {
    if path == "-" {
        let mut s = String::new();
        std::io::stdin().read_to_string(&mut s)?;
        Ok(s)
    } else {
        std::fs::read_to_string(path)
    }
}

/// Splits on lines that are exactly `// -----`, remembering each chunk's first line number.
fn split_chunks(text: &str) -> Vec<(u32, String)> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut start = 0u32;
    for (i, line) in text.split_inclusive('\n').enumerate() {
        if line.trim_end() == "// -----" {
            out.push((start, std::mem::take(&mut cur)));
            start = i as u32 + 1;
        } else {
            cur.push_str(line);
        }
    }
    out.push((start, cur));
    out
}

fn shift(mut d: Diag, lines: u32) -> Diag {
    let f = |p: Pos| Pos { line: p.line + lines, col: p.col };
    d.pos = d.pos.map(f);
    for n in &mut d.notes {
        n.pos = n.pos.map(f);
    }
    d
}

struct ChunkResult {
    output: Option<String>,
    diags: Vec<Diag>,
    dumps: Vec<String>,
}

/// Parses, verifies, runs the pipeline and prints one input.
fn process(text: &str, args: &OptArgs) -> ChunkResult {
    let failed = |d: Diag| ChunkResult { output: None, diags: vec![d], dumps: Vec::new() };
    let module = match parse_module(text) {
        Ok(m) => m,
        Err(d) => return failed(d),
    };
    if let Err(d) = verify_module(&module) {
        return failed(d);
    }
    let run = run_pipeline(module, &args.pipeline, RunOptions { verify_each: args.verify_each, print_ir_after_all: args.print_ir_after_all });
    match run.module {
        Ok(m) => {
            let output = print_module(&m, PrintOptions { form: args.emit, debug_info: args.debug_info, positions: false });
            ChunkResult { output: Some(output), diags: Vec::new(), dumps: run.dumps }
        }
        Err(d) => ChunkResult { output: None, diags: vec![d], dumps: run.dumps },
    }
}

/// An `// expected-error @+1 {{text}}` comment.
#[derive(Debug)]
struct Expected {
    line: u32,
    kind: &'static str,
    text: String,
    comment_line: u32,
    matched: bool,
}

fn parse_expected(chunk: &str, line_offset: u32) -> Vec<Expected> {
    let mut out = Vec::new();
    for (i, line) in chunk.lines().enumerate() {
        let here = line_offset + i as u32 + 1;
        for kind in ["error", "note", "warning"] {
            let tag = format!("expected-{kind}");
            let Some(at) = line.find(&tag) else { continue };
            let rest = line[at + tag.len()..].trim_start();
            let (target, rest) = match rest.strip_prefix('@') {
                Some(r) => {
                    let end = r.find(char::is_whitespace).unwrap_or(r.len());
                    let spec = &r[..end];
                    let t = match spec {
                        "above" => here - 1,
                        "below" => here + 1,
                        _ => match spec.parse::<i64>() {
                            Ok(n) => (here as i64 + n).max(1) as u32,
                            Err(_) => here,
                        },
                    };
                    (t, &r[end..])
                }
                None => (here, rest),
            };
            let Some(open) = rest.find("{{") else { continue };
            let Some(close) = rest.rfind("}}") else { continue };
            if close < open {
                continue;
            }
            out.push(Expected { line: target, kind, text: rest[open + 2..close].to_string(), comment_line: here, matched: false });
        }
    }
    out
}

/// Matches produced diagnostics against expectations; prints mismatches as errors.
fn check_expected(file: &str, chunk: &str, line_offset: u32, diags: &[Diag]) -> bool {
    let mut expected = parse_expected(chunk, line_offset);
    let mut ok = true;
    let mut check_one = |kind: &str, pos: Option<Pos>, message: &str| {
        let found = expected.iter_mut().find(|e| !e.matched && e.kind == kind && Some(e.line) == pos.map(|p| p.line) && message.contains(&e.text));
        match found {
            Some(e) => e.matched = true,
            None => {
                let place = pos.map_or(String::new(), |p| format!("{}:{}: ", p.line, p.col));
                eprintln!("{file}:{place}error: unexpected {kind}: {message}");
                ok = false;
            }
        }
    };
    for d in diags {
        check_one("error", d.pos, &d.message);
        for n in &d.notes {
            check_one("note", n.pos, &n.message);
        }
    }
    for e in expected.iter().filter(|e| !e.matched) {
        eprintln!("{file}:{}: error: expected {} \"{}\" was not produced", e.comment_line, e.kind, e.text);
        ok = false;
    }
    ok
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expected_comments() {
        let chunk = "a\n// expected-error @+1 {{bad thing}}\nb\nc // expected-error {{here}}\n// expected-note @-3 {{n}}\n";
        let got: Vec<(u32, &str, String)> = parse_expected(chunk, 10).into_iter().map(|e| (e.line, e.kind, e.text)).collect();
        assert_eq!(got, vec![(13, "error", "bad thing".into()), (14, "error", "here".into()), (12, "note", "n".into())]);
    }

    #[test]
    fn chunks_keep_line_numbers() {
        let chunks = split_chunks("a\nb\n// -----\nc\n");
        assert_eq!(chunks, vec![(0, "a\nb\n".to_string()), (3, "c\n".to_string())]);
    }
}
