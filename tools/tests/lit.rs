//! Runs the `.mlir` lit suite in `test/` with LLVM's own lit and FileCheck (LLVM 22), the
//! binaries under test first on PATH. One cargo test, so `cargo test` runs the whole suite.

use std::path::Path;
use std::process::Command;

#[test]
fn lit_suite() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../test");
    let tools_dir = Path::new(env!("CARGO_BIN_EXE_alpa-opt")).parent().unwrap().to_path_buf();
    let exec_root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("lit");
    let lit = std::env::var("ALPA_LIT").unwrap_or_else(|_| "/usr/lib/llvm-22/bin/lit".into());
    let output = Command::new(&lit)
        .arg("-sv")
        .arg(format!("--param=tools_dir={}", tools_dir.display()))
        .arg(format!("--param=exec_root={}", exec_root.display()))
        .arg(&root)
        .output()
        .unwrap_or_else(|e| panic!("cannot run {lit} (install llvm-22-tools): {e}"));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    println!("{stdout}\n{stderr}");
    assert!(output.status.success(), "lit failed:\n{stdout}\n{stderr}");
    assert!(stdout.contains("Passed"), "lit ran no test:\n{stdout}");
}
