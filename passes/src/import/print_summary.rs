//! `alpa-print-summary`: prints what the model is, for people: its entry signature, parameter
//! count and bytes, op counts by kind, FLOPs and bytes accessed per step (from the op
//! catalogue), and its loops.
//!
//! - Expects: a verified module with an entry function (inline first for exact FLOPs: calls
//!   count as zero).
//! - Guarantees: the module is unchanged; the summary goes to stderr, or to `file=PATH`.
//! - Options: `file=PATH` (default: stderr), `top=N` op kinds listed (default 12).
//!
//! ```text
//! model @jit_step, entry @main: 87 arguments (110,976 elements, 433.5 KiB), 86 results
//! ops: 1,612 in total
//!   dot_general          48    2.12 MFLOP (93.1%)
//!   ...
//! per step: 2.28 MFLOP, 6.1 MiB accessed; while loops: 0
//! ```

use crate::pass::Pass;
use alpa_stablehlo::catalogue::cost;
use alpa_stablehlo::ir::{Func, Module};
use alpa_stablehlo::{Diag, Type};
use std::collections::BTreeMap;
use std::fmt::Write;

/// The `alpa-print-summary` pass.
pub struct PrintSummary {
    /// Where to write; stderr when empty.
    pub file: String,
    /// How many op kinds to list.
    pub top: usize,
}

impl Pass for PrintSummary {
    fn run(&self, module: &mut Module) -> Result<bool, Diag> {
        let text = summarize(module, self.top);
        if self.file.is_empty() {
            eprint!("{text}");
        } else {
            std::fs::write(&self.file, text).map_err(|e| Diag::bug(None, format!("cannot write summary to '{}': {e}", self.file)))?;
        }
        Ok(false)
    }
}

/// Per op kind: how many, and their FLOPs.
#[derive(Default)]
struct KindStats {
    count: u64,
    flops: f64,
}

/// The summary text of `module`.
pub fn summarize(module: &Module, top: usize) -> String {
    let mut out = String::new();
    let name = module.name.as_deref().unwrap_or("<unnamed>");
    let Some(entry) = module.entry() else {
        let _ = writeln!(out, "model @{name}: no functions");
        return out;
    };
    let (elements, bytes) = entry.args.iter().fold((0u64, 0u64), |(n, b), a| match entry.ty(a.value) {
        Type::Tensor(t) => (n + t.num_elements(), b + t.byte_size()),
        _ => (n, b),
    });
    let _ = writeln!(
        out,
        "model @{name}, entry @{}: {} arguments ({} elements, {}), {} results",
        entry.name,
        entry.args.len(),
        group(elements),
        human_bytes(bytes as f64),
        entry.results.len()
    );
    let mut kinds: BTreeMap<String, KindStats> = BTreeMap::new();
    let (mut flops, mut accessed, mut loops) = (0.0, 0.0, 0u64);
    for func in module.funcs() {
        collect(func, &mut kinds, &mut flops, &mut accessed, &mut loops);
    }
    let total: u64 = kinds.values().map(|k| k.count).sum();
    let _ = writeln!(out, "ops: {} in total", group(total));
    let mut ranked: Vec<(&String, &KindStats)> = kinds.iter().collect();
    ranked.sort_by(|a, b| b.1.flops.total_cmp(&a.1.flops).then(b.1.count.cmp(&a.1.count)).then(a.0.cmp(b.0)));
    for (kind, s) in ranked.iter().take(top) {
        let share = if flops > 0.0 { 100.0 * s.flops / flops } else { 0.0 };
        let _ = writeln!(out, "  {kind:<24} {:>7}  {:>11} ({share:.1}%)", group(s.count), human_flops(s.flops));
    }
    if ranked.len() > top {
        let _ = writeln!(out, "  ... {} more kinds", ranked.len() - top);
    }
    let _ = writeln!(out, "per step: {}, {} accessed; while loops: {loops}", human_flops(flops), human_bytes(accessed));
    out
}

fn collect(func: &Func, kinds: &mut BTreeMap<String, KindStats>, flops: &mut f64, accessed: &mut f64, loops: &mut u64) {
    // Top-level ops only: a while loop's cost covers its body.
    for op in &func.body.entry().ops {
        let f = cost::flops(op, func);
        let s = kinds.entry(op.short_name().to_string()).or_default();
        s.count += 1;
        s.flops += f;
        *flops += f;
        *accessed += cost::bytes_accessed(op, func);
    }
    func.walk(&mut |op| *loops += (op.name == "stablehlo.while") as u64);
}

/// `1234567` as `1,234,567`.
fn group(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn human_bytes(b: f64) -> String {
    scaled(b, 1024.0, &["B", "KiB", "MiB", "GiB", "TiB"])
}

fn human_flops(f: f64) -> String {
    scaled(f, 1000.0, &["FLOP", "kFLOP", "MFLOP", "GFLOP", "TFLOP", "PFLOP"])
}

fn scaled(mut v: f64, base: f64, units: &[&str]) -> String {
    let mut i = 0;
    while v >= base && i + 1 < units.len() {
        v /= base;
        i += 1;
    }
    if i == 0 {
        format!("{v:.0} {}", units[0])
    } else {
        format!("{v:.2} {}", units[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_well() {
        let check = |got: String, want: &str| assert_eq!(got, want);
        check(group(0), "0");
        check(group(1234567), "1,234,567");
        check(human_bytes(512.0), "512 B");
        check(human_bytes(1536.0), "1.50 KiB");
        check(human_flops(2.5e9), "2.50 GFLOP");
    }
}
