//! What the integration tests share: loading an exported model the way alpa-import leaves it.

use alpa_passes::import::inline::Inline;
use alpa_passes::pass::Pass;
use alpa_stablehlo::{Module, parse_module};

/// `test/models/<path>`, parsed and inlined into its entry function.
pub fn fixture(path: &str) -> Module {
    let full = format!("{}/../test/models/{path}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&full).unwrap_or_else(|e| panic!("{full}: {e}"));
    let mut module = parse_module(&text).unwrap_or_else(|d| panic!("{}", d.render(&full)));
    Inline.run(&mut module).unwrap();
    module
}
