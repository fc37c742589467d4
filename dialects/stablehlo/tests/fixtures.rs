//! Every exported JAX fixture parses in both text forms, verifies, and round-trips: the pretty
//! and generic forms parse to the same module, and printing is a fixed point.

use alpa_stablehlo::ir::{Item, Module, Op, Region};
use alpa_stablehlo::{parse_module, print_module, verify::verify_module, Form, PrintOptions};
use std::path::PathBuf;

fn fixtures() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../test/models");
    let mut out: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("test/models exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "mlir"))
        .collect();
    out.sort();
    assert!(out.len() >= 14, "expected the exported fixtures in {}", dir.display());
    out
}

fn parse(path: &PathBuf) -> Module {
    let text = std::fs::read_to_string(path).unwrap();
    match parse_module(&text) {
        Ok(m) => m,
        Err(d) => panic!("{}", d.render(&path.display().to_string())),
    }
}

/// Drops what text positions and locations contribute, so two forms of one program compare equal.
fn strip(m: &mut Module) {
    fn strip_region(r: &mut Region) {
        for b in &mut r.blocks {
            for op in &mut b.ops {
                strip_op(op);
            }
        }
    }
    fn strip_op(op: &mut Op) {
        op.pos = Default::default();
        op.loc = None;
        op.regions.iter_mut().for_each(strip_region);
    }
    m.loc = None;
    for item in &mut m.items {
        match item {
            Item::Func(f) => {
                f.pos = Default::default();
                f.loc = None;
                f.args.iter_mut().for_each(|a| a.loc = None);
                strip_region(&mut f.body);
            }
            Item::Op(op) => strip_op(op),
        }
    }
}

#[test]
fn fixtures_parse_verify_and_round_trip() {
    for path in fixtures() {
        let name = path.display().to_string();
        let module = parse(&path);
        if let Err(d) = verify_module(&module) {
            panic!("{}", d.render(&name));
        }
        for form in [Form::Pretty, Form::Generic] {
            for debug_info in [false, true] {
                let opts = PrintOptions { form, debug_info, positions: false };
                let text1 = print_module(&module, opts);
                let reparsed = parse_module(&text1).unwrap_or_else(|d| panic!("{name} printed as {form:?}: {}\n{text1}", d.render("printed")));
                let text2 = print_module(&reparsed, opts);
                assert_eq!(text1, text2, "{name}: printing {form:?} is not a fixed point");
                let (mut a, mut b) = (module.clone(), reparsed);
                strip(&mut a);
                strip(&mut b);
                if a != b {
                    let (da, db) = (format!("{a:#?}"), format!("{b:#?}"));
                    let diff = da.lines().zip(db.lines()).enumerate().find(|(_, (x, y))| x != y);
                    panic!("{name}: {form:?} round trip changed the module; first difference: {diff:?}");
                }
            }
        }
    }
}

#[test]
fn pretty_and_generic_exports_agree() {
    for path in fixtures() {
        let p = path.to_str().unwrap();
        if p.ends_with(".generic.mlir") {
            continue;
        }
        let generic = PathBuf::from(p.replace(".mlir", ".generic.mlir"));
        let (mut a, mut b) = (parse(&path), parse(&generic));
        strip(&mut a);
        strip(&mut b);
        let pa = print_module(&a, PrintOptions::default());
        let pb = print_module(&b, PrintOptions::default());
        assert_eq!(pa, pb, "{p}: pretty and generic exports differ");
    }
}
