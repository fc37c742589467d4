//! The stage phase: cutting a training step into layers and pipeline stages on sub-meshes.
//!
//! - [`cluster_layers`]: `alpa-cluster-layers`, Alpa's operator clustering into layers.
//! - [`cluster_stages`]: `alpa-cluster-stages`, the stage search and the outlined stages.
//! - [`stage_plan`]: the plan it reports (JSON, text, SVG).

pub mod cluster_layers;
pub mod cluster_stages;
pub mod stage_plan;
