//! The declarative pass registry: every pass and pipeline alias of alpa-opt, with its summary,
//! phase and options. The CLI, `--help`, the MLIR pass manager and `docs/passes.md` are all
//! generated from this one table, so they cannot disagree.

use crate::analysis::comm::CostModel;
use crate::analysis::schedule::ScheduleKind;
use crate::checks::Boundary;
use crate::import::{inline::Inline, print_summary::PrintSummary, unroll_while::UnrollWhile, verify::Verify};
use crate::partition::lower_collectives::LowerCollectives;
use crate::partition::partition::Partition;
use crate::pass::{OptionInfo, OptionKind, Pass, PassOptions};
use crate::shard::auto_shard::{AutoShard, Forced, SolverKind};
use crate::stage::cluster_layers::ClusterLayers;
use crate::stage::cluster_stages::{ClusterStages, StageSolver};

/// The phase a pass belongs to (its folder under `passes/src`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Phase {
    /// Reading the model in: verification, inlining, loop unrolling.
    Import,
    /// Choosing every op's intra-op sharding on a device mesh.
    Shard,
    /// Cutting a training step into layers and pipeline stages on sub-meshes.
    Stage,
    /// Turning a sharding plan into per-device programs with collectives.
    Partition,
}

impl Phase {
    /// The phase's folder and heading name.
    pub fn name(self) -> &'static str {
        match self {
            Phase::Import => "import",
            Phase::Shard => "shard",
            Phase::Stage => "stage",
            Phase::Partition => "partition",
        }
    }
}

/// A registered pass.
pub struct PassInfo {
    /// The flag and pipeline name, `alpa-` prefixed.
    pub name: &'static str,
    /// One line for `--help`.
    pub summary: &'static str,
    /// Its phase.
    pub phase: Phase,
    /// Its options.
    pub options: &'static [OptionInfo],
    /// The pass file's source; its `//!` header is the contract shown in the docs.
    pub source: &'static str,
    /// Builds the pass from validated options.
    pub create: fn(&PassOptions) -> Box<dyn Pass>,
}

/// A pipeline alias: a name that expands to a sequence of passes.
pub struct PipelineInfo {
    /// The flag and pipeline name.
    pub name: &'static str,
    /// One line for `--help`.
    pub summary: &'static str,
    /// Its options.
    pub options: &'static [OptionInfo],
    /// The pipeline elements it stands for, given validated options.
    pub expand: fn(&PassOptions) -> String,
}

const MAX_TRIP: OptionInfo = OptionInfo { name: "max-trip-count", kind: OptionKind::Int, default: "64", help: "loops with more iterations than this are not unrolled" };

/// Every pass.
pub static PASSES: &[PassInfo] = &[
    PassInfo {
        name: "alpa-verify",
        summary: "verify the module and, optionally, a phase-boundary promise",
        phase: Phase::Import,
        options: &[OptionInfo { name: "boundary", kind: OptionKind::Choice(&["none", "imported"]), default: "none", help: "the phase boundary to check besides the verifier" }],
        source: include_str!("import/verify.rs"),
        create: |o| Box::new(Verify { boundary: Boundary::from_name(o.text("boundary")) }),
    },
    PassInfo {
        name: "alpa-inline",
        summary: "inline every func.call and drop unused private functions",
        phase: Phase::Import,
        options: &[],
        source: include_str!("import/inline.rs"),
        create: |_| Box::new(Inline),
    },
    PassInfo {
        name: "alpa-unroll-while",
        summary: "unroll stablehlo.while loops with a static trip count",
        phase: Phase::Import,
        options: &[MAX_TRIP],
        source: include_str!("import/unroll_while.rs"),
        create: |o| Box::new(UnrollWhile { max_trip_count: o.int("max-trip-count") }),
    },
    PassInfo {
        name: "alpa-print-summary",
        summary: "print the model's signature, op counts, FLOPs and bytes per step",
        phase: Phase::Import,
        options: &[
            OptionInfo { name: "file", kind: OptionKind::Text, default: "", help: "write the summary here instead of stderr" },
            OptionInfo { name: "top", kind: OptionKind::Int, default: "12", help: "how many op kinds to list" },
        ],
        source: include_str!("import/print_summary.rs"),
        create: |o| Box::new(PrintSummary { file: o.text("file").to_string(), top: o.int("top") as usize }),
    },
    PassInfo {
        name: "alpa-auto-shard",
        summary: "choose every op's intra-op sharding on a device mesh and annotate the module with the shard dialect",
        phase: Phase::Shard,
        options: &[
            OptionInfo { name: "mesh", kind: OptionKind::Text, default: "", help: "logical mesh shape, `4` or `2x4` (axis 0 first); default: one axis over every device of the cluster" },
            OptionInfo { name: "cluster", kind: OptionKind::Text, default: "cpu", help: "cluster preset (cpu, dgx-a100, dgx-h100, p3.16xlarge) or a TOML file" },
            OptionInfo { name: "alpha", kind: OptionKind::Text, default: "", help: "per-axis latency `a0,a1` overriding the cluster's links" },
            OptionInfo { name: "beta", kind: OptionKind::Text, default: "", help: "per-axis seconds per byte `b0,b1` overriding the cluster's links" },
            OptionInfo { name: "cost-model", kind: OptionKind::Choice(&["analytic", "alpa"]), default: "analytic", help: "seconds with compute (analytic) or Alpa's objective (alpa)" },
            OptionInfo { name: "solver", kind: OptionKind::Choice(&["dp", "ilp"]), default: "dp", help: "dynamic programming or Alpa's exact ILP on CBC" },
            OptionInfo { name: "zero", kind: OptionKind::Choice(&["0", "2", "3"]), default: "0", help: "ZeRO stage: 2 shards optimizer state, 3 also parameters" },
            OptionInfo {
                name: "strategy",
                kind: OptionKind::Choice(&["auto", "data-parallel", "megatron"]),
                default: "auto",
                help: "force a strategy: data-parallel (the batch split over every axis, the rest whole) or megatron (the batch never split)",
            },
            OptionInfo { name: "memory-budget", kind: OptionKind::Int, default: "0", help: "bytes per device; 0: the device's memory" },
            OptionInfo { name: "ilp-time-limit", kind: OptionKind::Int, default: "600", help: "seconds CBC may search with solver=ilp before the best plan so far is used" },
            OptionInfo { name: "plan-json", kind: OptionKind::Text, default: "", help: "write the plan JSON here (alpa-opt --alpa-plan-json=FILE)" },
            OptionInfo { name: "print-plan", kind: OptionKind::Bool, default: "false", help: "print the plan to stderr (alpa-opt --alpa-print-plan)" },
        ],
        source: include_str!("shard/auto_shard.rs"),
        create: |o| {
            Box::new(AutoShard {
                mesh: o.text("mesh").to_string(),
                cluster: o.text("cluster").to_string(),
                alpha: o.text("alpha").to_string(),
                beta: o.text("beta").to_string(),
                cost_model: if o.text("cost-model") == "alpa" { CostModel::Alpa } else { CostModel::Analytic },
                solver: if o.text("solver") == "ilp" { SolverKind::Ilp } else { SolverKind::Dp },
                zero: o.int("zero"),
                strategy: Forced::parse(o.text("strategy")).unwrap_or(Forced::Auto),
                memory_budget: o.int("memory-budget"),
                plan_json: o.text("plan-json").to_string(),
                print_plan: o.flag("print-plan"),
                ilp_time_limit_s: o.int("ilp-time-limit") as f64,
            })
        },
    },
    PassInfo {
        name: "alpa-cluster-layers",
        summary: "cut a training step into layers (Alpa's operator clustering), marking every op with alpa.layer and alpa.role",
        phase: Phase::Stage,
        options: &[LAYERS],
        source: include_str!("stage/cluster_layers.rs"),
        create: |o| Box::new(ClusterLayers { layers: auto_count(o.text("layers")) }),
    },
    PassInfo {
        name: "alpa-cluster-stages",
        summary: "cut the layers into pipeline stages on sub-meshes with their intra-op plans, micro-batches and schedule, and outline the stages",
        phase: Phase::Stage,
        options: STAGE_OPTIONS,
        source: include_str!("stage/cluster_stages.rs"),
        create: |o| {
            Box::new(ClusterStages {
                cluster: o.text("cluster").to_string(),
                hosts: o.int("hosts") as usize,
                devices_per_host: o.int("devices-per-host") as usize,
                microbatches: auto_count(o.text("microbatches")),
                stages: auto_count(o.text("stages")),
                schedule: ScheduleKind::parse(o.text("schedule")).unwrap_or(ScheduleKind::OneFOneB),
                stage_solver: if o.text("stage-solver") == "dp" { StageSolver::Dp } else { StageSolver::Ilp },
                layers: auto_count(o.text("layers")),
                compare_manual: o.flag("compare-manual"),
                plan_json: o.text("plan-json").to_string(),
                print_plan: o.flag("print-plan"),
                time_limit_s: o.int("time-limit") as f64,
            })
        },
    },
    PassInfo {
        name: "alpa-partition",
        summary: "rewrite a module planned by alpa-auto-shard into one per-device SPMD program with shard collectives, or one planned by alpa-parallelize into per-stage programs and a pipeline driver",
        phase: Phase::Partition,
        options: &[],
        source: include_str!("partition/partition.rs"),
        create: |_| Box::new(Partition),
    },
    PassInfo {
        name: "alpa-lower-collectives",
        summary: "lower shard collectives to StableHLO collectives with replica groups and channel handles, for XLA",
        phase: Phase::Partition,
        options: &[],
        source: include_str!("partition/lower_collectives.rs"),
        create: |_| Box::new(LowerCollectives),
    },
];

const LAYERS: OptionInfo = OptionInfo { name: "layers", kind: OptionKind::AutoOrCount, default: "auto", help: "how many layers: auto (three heavy ops or more per layer, at most 16) or a count" };

/// The options of `alpa-cluster-stages`, which `alpa-parallelize` passes on.
const STAGE_OPTIONS: &[OptionInfo] = &[
    OptionInfo { name: "cluster", kind: OptionKind::Text, default: "cpu", help: "cluster preset (cpu, dgx-a100, dgx-h100, p3.16xlarge) or a TOML file" },
    OptionInfo { name: "hosts", kind: OptionKind::Int, default: "0", help: "hosts to use; 0: the cluster's" },
    OptionInfo { name: "devices-per-host", kind: OptionKind::Int, default: "0", help: "devices per host; 0: the cluster's" },
    OptionInfo { name: "microbatches", kind: OptionKind::AutoOrCount, default: "auto", help: "micro-batches per step: auto (searched) or a count dividing the batch" },
    OptionInfo { name: "schedule", kind: OptionKind::Choice(&["1f1b", "gpipe"]), default: "1f1b", help: "pipeline schedule" },
    OptionInfo { name: "stages", kind: OptionKind::AutoOrCount, default: "auto", help: "pipeline stages: auto (chosen) or a count the plan must have" },
    OptionInfo { name: "stage-solver", kind: OptionKind::Choice(&["ilp", "dp"]), default: "ilp", help: "stage clustering by the flow ILP on CBC or Alpa's DP" },
    LAYERS,
    OptionInfo { name: "compare-manual", kind: OptionKind::Bool, default: "false", help: "also grid-search Megatron-style (dp, tp, pp, micro-batches) plans and report the best" },
    OptionInfo { name: "plan-json", kind: OptionKind::Text, default: "", help: "write the plan JSON here and the timeline SVG next to it (alpa-opt --alpa-plan-json=FILE)" },
    OptionInfo { name: "print-plan", kind: OptionKind::Bool, default: "false", help: "print the plan to stderr (alpa-opt --alpa-print-plan)" },
    OptionInfo { name: "time-limit", kind: OptionKind::Int, default: "0", help: "seconds the search may take before it keeps the best plan so far; 0: no limit (alpa-opt --time-limit=S)" },
];

/// `auto` -> `None`, else the count (an `AutoOrCount` option, validated when parsed).
fn auto_count(text: &str) -> Option<usize> {
    if text == "auto" { None } else { text.parse().ok() }
}

/// Every pipeline alias.
pub static PIPELINES: &[PipelineInfo] = &[
    PipelineInfo {
        name: "alpa-import",
        summary: "the canonical import pipeline: verify, inline into main, optionally unroll loops, check the 'imported' boundary",
        options: &[OptionInfo { name: "unroll", kind: OptionKind::Bool, default: "false", help: "unroll while loops with a static trip count" }, MAX_TRIP],
        expand: |o| {
            let unroll = if o.flag("unroll") { format!("alpa-unroll-while{{max-trip-count={}}},", o.int("max-trip-count")) } else { String::new() };
            format!("alpa-verify,alpa-inline,{unroll}alpa-verify{{boundary=imported}}")
        },
    },
    PipelineInfo {
        name: "alpa-parallelize",
        summary: "inter- and intra-op parallelization: layer clustering, then stage clustering with each stage's intra-op plan",
        options: STAGE_OPTIONS,
        expand: |o| {
            let stage_options: Vec<String> = STAGE_OPTIONS.iter().filter(|i| i.name != "layers").map(|i| format!("{}={}", i.name, o.text(i.name))).collect();
            format!("alpa-cluster-layers{{layers={}}},alpa-cluster-stages{{{}}}", o.text("layers"), stage_options.join(" "))
        },
    },
];

/// The pass called `name`.
pub fn pass(name: &str) -> Option<&'static PassInfo> {
    PASSES.iter().find(|p| p.name == name)
}

/// The pipeline alias called `name`.
pub fn pipeline(name: &str) -> Option<&'static PipelineInfo> {
    PIPELINES.iter().find(|p| p.name == name)
}

/// The `//!` header of a pass file: its contract.
pub fn contract(source: &str) -> String {
    let mut out = String::new();
    for line in source.lines().take_while(|l| l.starts_with("//!")) {
        out.push_str(line.trim_start_matches("//!").strip_prefix(' ').unwrap_or(line.trim_start_matches("//!")));
        out.push('\n');
    }
    out
}

fn options_table(out: &mut String, options: &[OptionInfo]) {
    if options.is_empty() {
        out.push_str("Options: none.\n\n");
        return;
    }
    out.push_str("| option | values | default | meaning |\n|---|---|---|---|\n");
    for o in options {
        let values = match o.kind {
            OptionKind::Bool => "true, false".to_string(),
            OptionKind::Int => "integer".to_string(),
            OptionKind::Text => "text".to_string(),
            OptionKind::Choice(words) => words.join(", "),
            OptionKind::AutoOrCount => "auto, integer".to_string(),
        };
        out.push_str(&format!("| `{}` | {values} | `{}` | {} |\n", o.name, o.default, o.help));
    }
    out.push('\n');
}

/// `docs/passes.md`, generated from the registry.
pub fn render_docs() -> String {
    let mut out = String::from(
        "# Passes\n\n<!-- Generated from passes/src/registry.rs by `cargo run -p alpa-tools --bin alpa-opt -- --print-pass-docs`; \
         a test fails when this file is stale. -->\n\n\
         Every pass runs on `builtin.module` and is an MLIR external pass: it can be mixed with upstream passes in \
         `--pass-pipeline='builtin.module(...)'`, or given as `--<name>[=\"opt=val ...\"]`.\n\n## Pipelines\n\n",
    );
    for p in PIPELINES {
        out.push_str(&format!("### `{}`\n\n{}.\n\nExpands to: `{}`\n\n", p.name, p.summary, (p.expand)(&PassOptions::parse("", p.options, p.name).unwrap_or_default())));
        options_table(&mut out, p.options);
    }
    let mut phases: Vec<Phase> = PASSES.iter().map(|p| p.phase).collect();
    phases.dedup();
    for phase in phases {
        out.push_str(&format!("## Phase `{}`\n\n", phase.name()));
        for p in PASSES.iter().filter(|p| p.phase == phase) {
            out.push_str(&format!("### `{}`\n\n{}.\n\n", p.name, p.summary));
            options_table(&mut out, p.options);
            out.push_str("```text\n");
            out.push_str(&contract(p.source));
            out.push_str("```\n\n");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_unique_prefixed_and_match_files() {
        let mut names: Vec<&str> = PASSES.iter().map(|p| p.name).chain(PIPELINES.iter().map(|p| p.name)).collect();
        let n = names.len();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), n, "duplicate pass names");
        for p in PASSES {
            assert!(p.name.starts_with("alpa-"));
            // One name everywhere: the contract header opens with the pass name.
            assert!(contract(p.source).starts_with(&format!("`{}`", p.name)), "{} header", p.name);
        }
    }

    #[test]
    fn docs_are_current() {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../docs/passes.md");
        let on_disk = std::fs::read_to_string(path).unwrap_or_default();
        assert!(on_disk == render_docs(), "docs/passes.md is stale: run `cargo run -p alpa-tools --bin alpa-opt -- --print-pass-docs > docs/passes.md`");
    }
}
