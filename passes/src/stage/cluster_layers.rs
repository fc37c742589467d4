//! `alpa-cluster-layers`: cuts a training step into layers, the units pipeline stages are made of.
//!
//! - Expects: an imported entry function (no calls) whose result 0 is the loss and whose data
//!   arguments carry the batch in dimension 0 (`analysis::microbatch`).
//! - Guarantees: every top-level op of the entry function carries `alpa.layer = N : i64`
//!   (`0 <= N < count`) and `alpa.role = "forward" | "backward" | "update"`; the function
//!   carries `alpa.layers = count : i64` (and `alpa.layers_auto` when they were chosen here
//!   with `layers=auto`: `alpa-cluster-stages` may then move stage boundaries between repeat
//!   units inside them). Forward ops are clustered by Alpa's operator
//!   clustering DP (balanced heavy-op FLOPs, smallest largest layer input); backward and
//!   update ops join the layer of the forward values they read, so a layer's forward and
//!   backward stay together (`analysis::layers`). Layers the input already marks with
//!   `alpa.layer` on its forward heavy ops are the user's boundaries and are kept.
//! - Errors: `layers=N` with more layers than heavy forward ops, or disagreeing with the
//!   user's marks; a step without a data argument.
//!
//! ```mlir
//! %1 = stablehlo.dot_general %x, %w0 ... {alpa.layer = 0 : i64, alpa.role = "forward"}
//! %9 = stablehlo.dot_general %h, %d ... {alpa.layer = 0 : i64, alpa.role = "backward"}
//! ```

use crate::analysis::layers::{AUTO_ATTR, Layering};
use crate::analysis::microbatch::BatchDims;
use crate::pass::Pass;
use alpa_stablehlo::attr::Attr;
use alpa_stablehlo::ir::Module;
use alpa_stablehlo::{Diag, DiagKind};

/// The `alpa-cluster-layers` pass.
pub struct ClusterLayers {
    /// How many layers; `None` (`layers=auto`): at least three heavy ops per layer, at most 16.
    pub layers: Option<usize>,
}

impl Pass for ClusterLayers {
    fn run(&self, module: &mut Module) -> Result<bool, Diag> {
        let entry = module.entry().map(|f| f.name.clone()).ok_or_else(|| Diag {
            kind: DiagKind::Input,
            pos: None,
            message: "alpa-cluster-layers: the module has no entry function".into(),
            notes: Vec::new(),
        })?;
        let func = module.funcs_mut().find(|f| f.name == entry).expect("the entry exists");
        if let Some(call) = func.body.entry().ops.iter().find(|op| op.name == "func.call") {
            return Err(Diag::unsupported(call.pos, format!("'func.call' is left in @{}: run alpa-inline (alpa-import) before alpa-cluster-layers", func.name)));
        }
        let dims = BatchDims::find(func)?;
        let layering = Layering::cluster(func, &dims, self.layers)?;
        write_layering(func, &layering);
        // Layers chosen here may be cut finer later (at repeat units); the user's may not.
        if !layering.from_user && self.layers.is_none() && func.attr(AUTO_ATTR).is_none() {
            func.attrs.push((AUTO_ATTR.into(), Attr::Unit));
            func.attrs.sort_by(|a, b| a.0.cmp(&b.0));
        }
        Ok(true)
    }
}

/// Writes `alpa.layer` and `alpa.role` on every op and `alpa.layers` on the function.
pub fn write_layering(func: &mut alpa_stablehlo::Func, layering: &Layering) {
    for (i, op) in func.body.entry_mut().ops.iter_mut().enumerate() {
        if op.name == "func.return" {
            continue;
        }
        op.set_attr("alpa.layer", Attr::i64(layering.of_op[i] as i64));
        op.set_attr("alpa.role", Attr::Str(layering.roles[i].name().into()));
    }
    let count = Attr::i64(layering.count as i64);
    match func.attrs.iter_mut().find(|(k, _)| k == "alpa.layers") {
        Some(slot) => slot.1 = count,
        None => func.attrs.push(("alpa.layers".into(), count)),
    }
}
