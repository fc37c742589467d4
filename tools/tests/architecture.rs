//! Keeps ARCHITECTURE.md true: dependencies point the way the document says, and MLIR
//! handles are touched in one crate only.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

/// Package name -> names of its normal (non-dev) dependencies, for every package in the lock.
fn dependency_graph() -> BTreeMap<String, BTreeSet<String>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let out =
        Command::new(env!("CARGO")).args(["metadata", "--format-version=1", "--locked", "--filter-platform", "x86_64-unknown-linux-gnu"]).current_dir(&root).output().expect("cargo metadata runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("cargo metadata prints JSON");
    let mut names = BTreeMap::new();
    for p in json["packages"].as_array().unwrap() {
        names.insert(p["id"].as_str().unwrap().to_string(), p["name"].as_str().unwrap().to_string());
    }
    let mut graph = BTreeMap::new();
    for node in json["resolve"]["nodes"].as_array().unwrap() {
        let mut deps = BTreeSet::new();
        for d in node["deps"].as_array().unwrap() {
            // Only normal dependencies (kind null) are linked into the crate.
            if d["dep_kinds"].as_array().unwrap().iter().any(|k| k["kind"].is_null()) {
                deps.insert(names[d["pkg"].as_str().unwrap()].clone());
            }
        }
        graph.insert(names[node["id"].as_str().unwrap()].clone(), deps);
    }
    graph
}

fn closure(graph: &BTreeMap<String, BTreeSet<String>>, from: &str) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut stack = vec![from.to_string()];
    while let Some(n) = stack.pop() {
        for d in graph.get(&n).into_iter().flatten() {
            if seen.insert(d.clone()) {
                stack.push(d.clone());
            }
        }
    }
    seen
}

fn check_never(graph: &BTreeMap<String, BTreeSet<String>>, krate: &str, forbidden: &[&str]) {
    let deps = closure(graph, krate);
    for f in forbidden {
        assert!(!deps.contains(*f), "{krate} must never depend on {f} (see ARCHITECTURE.md)");
    }
}

#[test]
fn dependencies_point_the_right_way() {
    let graph = dependency_graph();
    let native = ["melior", "mlir-sys", "inkwell", "llvm-sys"];
    check_never(&graph, "alpa-runtime", &native);
    check_never(&graph, "alpa-runtime", &["alpa-passes", "alpa-mlir"]);
    check_never(&graph, "alpa-stablehlo", &native);
    check_never(&graph, "alpa-stablehlo", &["alpa-passes", "alpa-mlir", "alpa-runtime"]);
    check_never(&graph, "alpa-passes", &["alpa-runtime"]);
    for (krate, deps) in &graph {
        if krate != "alpa-mlir" && krate.starts_with("alpa-") {
            assert!(!deps.contains("mlir-sys"), "only alpa-mlir may use mlir-sys directly, not {krate}");
        }
    }
}

#[test]
fn mlir_handles_live_in_alpa_mlir() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut offenders = Vec::new();
    for dir in ["dialects/stablehlo", "passes", "runtime", "tools"] {
        visit(&root.join(dir), &mut |path, text| {
            if text.contains("mlir_sys") || text.contains("unsafe {") {
                offenders.push(path.display().to_string());
            }
        });
    }
    assert!(offenders.is_empty(), "MLIR handles and unsafe code belong in dialects/mlir: {offenders:?}");
}

fn visit(dir: &Path, f: &mut dyn FnMut(&Path, &str)) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            visit(&path, f);
        } else if path.extension().is_some_and(|e| e == "rs") && !path.ends_with("architecture.rs") {
            f(&path, &std::fs::read_to_string(&path).unwrap());
        }
    }
}
