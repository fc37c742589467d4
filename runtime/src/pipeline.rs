//! The pipeline executor: runs a staged partitioned module, in which a driver function calls
//! one SPMD program per stage and phase on that stage's own grid, micro-batch by micro-batch,
//! in the order the schedule lists, moving tensors between the grids and accumulating over
//! the micro-batches. `alpa-run --backend=sim` runs such modules here, and modules with one
//! program on one grid with [`crate::spmd_io`].
//!
//! - Expects: a `shard.grid` per stage mesh and a driver (the entry function, marked by
//!   `alpa.program`) of global types, those of one micro-batch where a value is computed per
//!   micro-batch, with `alpa.microbatches = B : i64`, `alpa.program` (per stage, its list of
//!   instruction strings) and optionally `alpa.schedule` (its name). Its body holds only these
//!   ops (unregistered, in generic form) and `func.return`:
//!   - `alpa.microbatch(x) {dim}`: block m of the host value `x` along `dim`;
//!   - `alpa.stage_call(...) {callee = @f}`: `@f` on its grid ([`run_spmd`]), for every
//!     micro-batch (phase `forward`, `backward`) or once (`update`). A host operand is split
//!     as `@f`'s argument says ([`split`]); a distributed one must already lie on `@f`'s grid
//!     in exactly that layout;
//!   - `alpa.transfer(v) {from, to, split_axes}`: `v`, distributed on grid `from`, gathered
//!     and split over grid `to` (ceil-division blocks, as [`TensorLayout::of_global`]);
//!   - `alpa.accumulate(v) {kind, dim?}` over the B micro-batches of `v`: `sum` (per device,
//!     elementwise, in micro-batch order), `concat` along `dim` (a host value), or `last`.
//!
//!   Each callee is an SPMD program as [`crate::spmd_io`] describes, with `alpa.grid` (the
//!   grid it runs on), `alpa.phase`, `alpa.stage` (a stage of the program) and optionally
//!   `alpa.devices` (one id per device of its grid).
//! - Guarantees: the stages take turns, each running its next instructions while the values
//!   their calls read are computed: `fwd m` / `bwd m` run the stage's forward / backward calls
//!   for micro-batch m (in the driver's order), `apply` its update calls; `send ...` and
//!   `recv ...` lines move nothing (data moves when a transfer's result is read). The other
//!   ops are evaluated when read, once per value and micro-batch. A schedule under which the
//!   stages would wait for each other forever is an error naming each stage's instruction and
//!   the value it waits for; nothing runs out of the listed order. Results are
//!   bit-reproducible; distributed ones are assembled as [`crate::spmd_io::assemble`] does,
//!   replicated copies checked against the tolerance.
//!
//! ```text
//! shard.grid @stage0_mesh(shape = 2)
//! shard.grid @stage1_mesh(shape = 2x1)
//! func.func @main(%arg0: tensor<32x8xf32>, %arg1: tensor<8x8xf32>) -> (tensor<f32>, ...)
//!     attributes {alpa.microbatches = 4 : i64, alpa.schedule = "1f1b",
//!                 alpa.program = [["fwd 0", "send act 0 to 1", ...], ["recv act 0 from 0", "fwd 0", ...]]} {
//!   %0 = "alpa.microbatch"(%arg0) {dim = 0 : i64} : (tensor<32x8xf32>) -> tensor<8x8xf32>
//!   %1 = "alpa.stage_call"(%0, %arg1) {callee = @stage0_forward} : (...) -> tensor<8x8xf32>
//!   %2 = "alpa.transfer"(%1) {from = @stage0_mesh, to = @stage1_mesh, split_axes = #shard<axisarray[[0]]>} : ...
//!   ...
//!   %9 = "alpa.accumulate"(%3#0) {kind = "sum"} : (tensor<f32>) -> tensor<f32>
//!   return %9, ...
//! }
//! func.func private @stage0_forward(...) attributes {alpa.grid = @stage0_mesh, alpa.phase = "forward", alpa.stage = 0 : i64}
//! ```

use crate::error::RunError;
use crate::interp::elementwise::{self, Binary};
use crate::interp::layout;
use crate::sim::{run_spmd, shape_text};
use crate::spmd_io::{assemble_value, layout_of, split, TensorLayout};
use crate::tensor::Tensor;
use alpa_stablehlo::attr::Attr;
use alpa_stablehlo::ir::{Func, Item, Module, Op, ValueId};
use alpa_stablehlo::shard::{self, format_axis_array, Grid};
use alpa_stablehlo::{TensorType, Type};
use std::collections::HashMap;
use std::rc::Rc;

/// The driver's attribute listing each stage's instructions; it marks a pipeline driver.
pub const PROGRAM_ATTR: &str = "alpa.program";
/// The driver's attribute giving the number of micro-batches.
pub const MICROBATCHES_ATTR: &str = "alpa.microbatches";
/// The driver's attribute naming the schedule (`gpipe`, `1f1b`), for reports.
pub const SCHEDULE_ATTR: &str = "alpa.schedule";
/// A stage program's attribute naming the grid it runs on.
pub const GRID_ATTR: &str = "alpa.grid";
/// A stage program's attribute: `forward`, `backward` or `update`.
pub const PHASE_ATTR: &str = "alpa.phase";
/// A stage program's attribute: the stage it belongs to.
pub const STAGE_ATTR: &str = "alpa.stage";
/// A stage program's attribute: the cluster's ids of its grid's devices.
pub const DEVICES_ATTR: &str = "alpa.devices";
/// Slices one micro-batch off a host value.
pub const MICROBATCH_OP: &str = "alpa.microbatch";
/// Runs a stage program.
pub const STAGE_CALL_OP: &str = "alpa.stage_call";
/// Moves a distributed value to another grid and layout.
pub const TRANSFER_OP: &str = "alpa.transfer";
/// Combines the micro-batches of a value.
pub const ACCUMULATE_OP: &str = "alpa.accumulate";

/// Whether `func` is a pipeline driver (it has [`PROGRAM_ATTR`]).
pub fn is_pipeline(func: &Func) -> bool {
    func.attrs.iter().any(|(k, _)| k == PROGRAM_ATTR)
}

/// Runs the pipeline driver `entry` of `module` on global `inputs` (one per argument of the
/// driver) and returns its global results; `tol` bounds how far replicated copies may differ.
pub fn run_pipeline(module: &Module, entry: &str, inputs: &[Tensor], tol: f64) -> Result<Vec<Tensor>, RunError> {
    Pipeline::of(module, entry)?.run(inputs, tol)
}

/// The phase of a stage program.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Phase {
    /// Runs per micro-batch, for `fwd m`.
    Forward,
    /// Runs per micro-batch, for `bwd m`.
    Backward,
    /// Runs once, for `apply`.
    Update,
}

impl Phase {
    /// The phase called `name` in [`PHASE_ATTR`].
    pub fn from_name(name: &str) -> Option<Phase> {
        match name {
            "forward" => Some(Phase::Forward),
            "backward" => Some(Phase::Backward),
            "update" => Some(Phase::Update),
            _ => None,
        }
    }

    /// Its name in [`PHASE_ATTR`].
    pub fn name(self) -> &'static str {
        match self {
            Phase::Forward => "forward",
            Phase::Backward => "backward",
            Phase::Update => "update",
        }
    }

    /// The instruction running this phase's calls for micro-batch `mb` (`fwd 0`, `apply`).
    fn instruction(self, mb: Option<usize>) -> String {
        match (self, mb) {
            (Phase::Forward, Some(m)) => format!("fwd {m}"),
            (Phase::Backward, Some(m)) => format!("bwd {m}"),
            _ => "apply".into(),
        }
    }
}

/// One stage of a pipeline.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stage {
    /// The grid its programs run on.
    pub grid: Grid,
    /// Its instructions, as `alpa.program` lists them.
    pub program: Vec<String>,
}

/// A pipeline driver, checked and ready to run.
///
/// Invariants: `steps[i]` describes op `i` of the driver's body and `facts[v]` every value
/// the driver defines; an operand of a call lies where the callee takes it (or on the host);
/// an update call reads no per-micro-batch value and the driver returns none; every call has
/// its instruction in its stage's program, once per micro-batch (once for `apply`).
pub struct Pipeline<'m> {
    module: &'m Module,
    driver: &'m Func,
    microbatches: usize,
    schedule: Option<String>,
    stages: Vec<Stage>,
    programs: Vec<Vec<Instr>>,
    grids: Vec<Grid>,
    steps: Vec<Step<'m>>,
    facts: Vec<Option<Facts>>,
    /// Per stage and phase, the calls, in driver order.
    calls: HashMap<(usize, Phase), Vec<usize>>,
}

/// An instruction of a stage's program.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Instr {
    /// The stage's calls of a phase, for a micro-batch (none for `apply`).
    Run(Phase, Option<usize>),
    /// A `send` or `recv` line: data moves when it is read.
    Message,
}

/// What one op of the driver does.
enum Step<'m> {
    Microbatch { dim: usize },
    Call(Call<'m>),
    Transfer { from: usize },
    Accumulate(Accumulation),
    Return,
}

/// A stage call: the callee and where its arguments and results lie.
struct Call<'m> {
    callee: &'m Func,
    stage: usize,
    phase: Phase,
    grid: usize,
    args: Vec<TensorLayout>,
    results: Vec<TensorLayout>,
}

#[derive(Clone, Copy)]
enum Accumulation {
    Sum,
    Concat(usize),
    Last,
}

/// Where a value of the driver lives.
#[derive(Clone, Debug)]
enum Place {
    /// One global tensor.
    Host,
    /// A shard on each device of grid `.0`, laid out as `.1`.
    On(usize, TensorLayout),
}

/// What is known about a value of the driver before it runs.
#[derive(Clone, Debug)]
struct Facts {
    /// Its global type (of one micro-batch where per-micro-batch).
    ty: TensorType,
    place: Place,
    per_microbatch: bool,
    /// Its name in printed text (`%arg0`, `%3`, `%4#1`).
    name: String,
    /// The op making it, by index in the driver's body; `None` for an argument.
    def: Option<usize>,
}

impl<'m> Pipeline<'m> {
    /// Reads and checks the pipeline driver `entry` of `module` (see the module docs).
    pub fn of(module: &'m Module, entry: &str) -> Result<Pipeline<'m>, RunError> {
        let driver = module.func(entry).ok_or_else(|| RunError::Input(format!("no function '@{entry}'")))?;
        let microbatches = match driver.attrs.iter().find(|(k, _)| k == MICROBATCHES_ATTR).map(|(_, v)| v.as_int()) {
            Some(Some(b)) if b > 0 => b as usize,
            _ => return Err(at_func(driver, format!("needs '{MICROBATCHES_ATTR}', a positive integer"))),
        };
        let schedule = match driver.attrs.iter().find(|(k, _)| k == SCHEDULE_ATTR).map(|(_, v)| v.as_str()) {
            None => None,
            Some(Some(s)) => Some(s.to_string()),
            Some(None) => return Err(at_func(driver, format!("has a '{SCHEDULE_ATTR}' that is not a string"))),
        };
        let texts = program_texts(driver)?;
        let programs = texts.iter().enumerate().map(|(s, p)| parse_program(driver, s, p, microbatches)).collect::<Result<Vec<_>, _>>()?;
        let mut grids = Vec::new();
        for item in &module.items {
            if let Item::Op(op) = item {
                if op.name == shard::GRID_OP {
                    grids.push(Grid::from_op(op).map_err(|e| RunError::at(op, e))?);
                }
            }
        }
        let mut p = Pipeline { module, driver, microbatches, schedule, stages: Vec::new(), programs, grids, steps: Vec::new(), facts: vec![None; driver.values.len()], calls: HashMap::new() };
        p.read_body()?;
        p.stages = p.check_programs(texts)?;
        Ok(p)
    }

    /// The number of micro-batches.
    pub fn microbatches(&self) -> usize {
        self.microbatches
    }

    /// The schedule's name, if the driver gives one.
    pub fn schedule(&self) -> Option<&str> {
        self.schedule.as_deref()
    }

    /// The stages, in order.
    pub fn stages(&self) -> &[Stage] {
        &self.stages
    }

    /// `2 stages on grids @a 2, @b 2x1; 4 micro-batches, 1f1b`.
    pub fn summary(&self) -> String {
        let grids: Vec<String> = self.stages.iter().map(|s| format!("@{} {}", s.grid.name, shape_text(&s.grid.shape))).collect();
        let (stages, on) = if self.stages.len() == 1 { ("stage", "grid") } else { ("stages", "grids") };
        let batches = if self.microbatches == 1 { "micro-batch" } else { "micro-batches" };
        let schedule = self.schedule.as_ref().map(|s| format!(", {s}")).unwrap_or_default();
        format!("{} {stages} on {on} {}; {} {batches}{schedule}", self.stages.len(), grids.join(", "), self.microbatches)
    }

    /// Runs the pipeline on global `inputs`, one per argument of the driver, and returns its
    /// global results; `tol` bounds how far replicated copies of a value may differ.
    pub fn run(&self, inputs: &[Tensor], tol: f64) -> Result<Vec<Tensor>, RunError> {
        let driver = self.driver;
        if inputs.len() != driver.args.len() {
            return Err(RunError::Input(format!("@{} takes {} arguments but {} inputs were given", driver.name, driver.args.len(), inputs.len())));
        }
        let mut exec = Exec { p: self, tol, memo: HashMap::new() };
        for (i, (t, a)) in inputs.iter().zip(&driver.args).enumerate() {
            let want = &self.fact(a.value).ty;
            if t.ty != *want {
                return Err(RunError::Input(format!("input {i} is {} but @{}'s argument {i} is {want}", t.ty, driver.name)));
            }
            exec.memo.insert((a.value, None), Rc::new(Held::Host(t.clone())));
        }
        let mut next = vec![0; self.programs.len()];
        loop {
            let mut moved = false;
            for (s, program) in self.programs.iter().enumerate() {
                while let Some(&instr) = program.get(next[s]) {
                    if let Instr::Run(phase, mb) = instr {
                        let calls = self.calls_of(s, phase);
                        if exec.waits_for(calls, mb).is_some() {
                            break;
                        }
                        for &c in calls {
                            exec.call(c, mb)?;
                        }
                    }
                    next[s] += 1;
                    moved = true;
                }
            }
            if next.iter().zip(&self.programs).all(|(&n, p)| n == p.len()) {
                break;
            }
            if !moved {
                return Err(self.deadlock(&exec, &next));
            }
        }
        let ret = self.body().last().expect("a checked driver ends with func.return");
        ret.operands
            .iter()
            .enumerate()
            .map(|(i, &v)| match &*exec.eval(v, None)? {
                Held::Host(t) => Ok(t.clone()),
                Held::Shards(shards) => exec.assemble(v, None, shards, &format!("result {i}")),
            })
            .collect()
    }

    fn body(&self) -> &'m [Op] {
        self.driver.body.blocks.first().map_or(&[], |b| b.ops.as_slice())
    }

    fn fact(&self, v: ValueId) -> &Facts {
        self.facts[v.index()].as_ref().expect("every value of a checked driver has facts")
    }

    fn calls_of(&self, stage: usize, phase: Phase) -> &[usize] {
        self.calls.get(&(stage, phase)).map_or(&[], Vec::as_slice)
    }

    /// The error for stages stuck at instructions `next`: each waits for a value that only
    /// an instruction some stage cannot reach makes.
    fn deadlock(&self, exec: &Exec<'_, '_>, next: &[usize]) -> RunError {
        let mut waits = Vec::new();
        for (s, program) in self.programs.iter().enumerate() {
            let Some(&Instr::Run(phase, mb)) = program.get(next[s]) else { continue };
            let Some((v, m)) = exec.waits_for(self.calls_of(s, phase), mb) else { continue };
            let fact = self.fact(v);
            let of = m.map(|m| format!(" of micro-batch {m}")).unwrap_or_default();
            let maker = match fact.def.map(|i| &self.steps[i]) {
                Some(Step::Call(c)) => format!(" (made by stage {}'s '{}')", c.stage, c.phase.instruction(m)),
                _ => String::new(),
            };
            waits.push(format!("stage {s} waits at '{}' for {}{of}{maker}", self.stages[s].program[next[s]], fact.name));
        }
        RunError::Input(format!("the schedule deadlocks: {}", waits.join("; ")))
    }

    // ---- checking the driver ---------------------------------------------------------------

    /// Checks each op of the driver and records what it makes.
    fn read_body(&mut self) -> Result<(), RunError> {
        let driver = self.driver;
        for (i, a) in driver.args.iter().enumerate() {
            let ty = tensor_type(driver, a.value).ok_or_else(|| at_func(driver, format!("has argument {i} of type {}, not a tensor", driver.ty(a.value))))?;
            self.facts[a.value.index()] = Some(Facts { ty, place: Place::Host, per_microbatch: false, name: format!("%arg{i}"), def: None });
        }
        let body = self.body();
        match body.last() {
            Some(op) if op.name == "func.return" => {}
            _ => return Err(at_func(driver, "does not end with 'func.return'")),
        }
        let mut number = 0;
        for (i, op) in body.iter().enumerate() {
            if let Some(k) = op.operands.iter().position(|v| self.facts.get(v.index()).is_none_or(Option::is_none)) {
                return Err(RunError::at(op, format!("uses operand {k} before its definition")));
            }
            if !op.regions.is_empty() {
                return Err(RunError::at(op, "has regions, which no op of a pipeline driver has"));
            }
            let (step, made) = match op.name.as_str() {
                MICROBATCH_OP => self.microbatch(op)?,
                STAGE_CALL_OP => self.stage_call(op)?,
                TRANSFER_OP => self.transfer(op)?,
                ACCUMULATE_OP => self.accumulate(op)?,
                "func.return" if i + 1 == body.len() => (self.ret(op)?, Vec::new()),
                _ => return Err(RunError::at(op, format!("cannot be run in a pipeline driver (only {MICROBATCH_OP}, {STAGE_CALL_OP}, {TRANSFER_OP}, {ACCUMULATE_OP} and func.return)"))),
            };
            if made.len() != op.results.len() {
                return Err(RunError::at(op, format!("has {} results but makes {}", op.results.len(), made.len())));
            }
            for (r, (&v, (place, per_microbatch))) in op.results.iter().zip(made).enumerate() {
                let ty = tensor_type(driver, v).ok_or_else(|| RunError::at(op, format!("has result {r} of type {}, not a tensor", driver.ty(v))))?;
                let name = if op.results.len() == 1 { format!("%{number}") } else { format!("%{number}#{r}") };
                self.facts[v.index()] = Some(Facts { ty, place, per_microbatch, name, def: Some(i) });
            }
            number += usize::from(!op.results.is_empty());
            self.steps.push(step);
        }
        Ok(())
    }

    /// The operand of a one-operand op, and the type of its one result.
    fn unary(&self, op: &Op) -> Result<(ValueId, TensorType), RunError> {
        match (op.operands.as_slice(), op.results.as_slice()) {
            (&[v], &[r]) => Ok((v, tensor_type(self.driver, r).ok_or_else(|| RunError::at(op, "has a result that is not a tensor"))?)),
            _ => Err(RunError::at(op, "takes one operand and has one result")),
        }
    }

    fn microbatch(&self, op: &Op) -> Result<(Step<'m>, Vec<(Place, bool)>), RunError> {
        let (x, out) = self.unary(op)?;
        let x = self.fact(x);
        if x.per_microbatch || !matches!(x.place, Place::Host) {
            return Err(RunError::at(op, format!("slices {}, which is not a host value of the whole batch", x.name)));
        }
        let dim = op.int("dim").and_then(|d| usize::try_from(d).ok()).filter(|&d| d < x.ty.rank());
        let dim = dim.ok_or_else(|| RunError::at(op, format!("needs a 'dim' within the rank {} of {}", x.ty.rank(), x.ty)))?;
        let size = x.ty.shape[dim];
        if size % self.microbatches as i64 != 0 {
            return Err(RunError::at(op, format!("cannot cut dimension {dim} of {} into {} micro-batches", x.ty, self.microbatches)));
        }
        let mut want = x.ty.clone();
        want.shape[dim] = size / self.microbatches as i64;
        if out != want {
            return Err(RunError::at(op, format!("has result type {out}, but a micro-batch of {} along dimension {dim} is {want}", x.ty)));
        }
        Ok((Step::Microbatch { dim }, vec![(Place::Host, true)]))
    }

    fn stage_call(&mut self, op: &Op) -> Result<(Step<'m>, Vec<(Place, bool)>), RunError> {
        let module = self.module;
        let name = match op.attr("callee") {
            Some(Attr::Symbol(s)) => s,
            _ => return Err(RunError::at(op, "needs a 'callee' symbol")),
        };
        let callee = module.func(name).ok_or_else(|| RunError::at(op, format!("calls @{name}, which the module does not define")))?;
        let grid = match callee.attrs.iter().find(|(k, _)| k == GRID_ATTR).map(|(_, v)| v) {
            Some(Attr::Symbol(g)) => self.grids.iter().position(|x| x.name == *g).ok_or_else(|| at_func(callee, format!("runs on grid @{g}, which the module does not declare")))?,
            _ => return Err(at_func(callee, format!("has no '{GRID_ATTR}' naming the grid it runs on"))),
        };
        let phase = match callee.attrs.iter().find(|(k, _)| k == PHASE_ATTR).map(|(_, v)| v.as_str()) {
            Some(Some(p)) => Phase::from_name(p).ok_or_else(|| at_func(callee, format!("has {PHASE_ATTR} \"{p}\", not \"forward\", \"backward\" or \"update\"")))?,
            _ => return Err(at_func(callee, format!("has no string '{PHASE_ATTR}'"))),
        };
        let stage = callee.attrs.iter().find(|(k, _)| k == STAGE_ATTR).and_then(|(_, v)| v.as_int()).and_then(|s| usize::try_from(s).ok());
        let stage = stage.ok_or_else(|| at_func(callee, format!("has no '{STAGE_ATTR}', a non-negative integer")))?;
        if stage >= self.programs.len() {
            return Err(RunError::at(op, format!("calls @{name} of stage {stage}, but '{PROGRAM_ATTR}' lists {} stages", self.programs.len())));
        }
        let g = &self.grids[grid];
        if let Some((_, devices)) = callee.attrs.iter().find(|(k, _)| k == DEVICES_ATTR) {
            if devices.as_int_list().is_none_or(|d| d.len() as i64 != g.num_devices()) {
                return Err(at_func(callee, format!("needs '{DEVICES_ATTR}' to list the {} devices of grid @{}", g.num_devices(), g.name)));
            }
        }
        let layouts = |what: &str, items: Vec<(&Type, &[(String, Attr)])>| {
            items.into_iter().enumerate().map(|(k, (ty, attrs))| layout_of(&format!("{what} {k}"), ty, attrs, g).map_err(|e| at_func(callee, e.to_string()))).collect::<Result<Vec<_>, _>>()
        };
        let args = layouts("argument", callee.args.iter().map(|a| (callee.ty(a.value), a.attrs.as_slice())).collect())?;
        let results = layouts("result", callee.results.iter().map(|r| (&r.ty, r.attrs.as_slice())).collect())?;
        if op.operands.len() != args.len() || op.results.len() != results.len() {
            return Err(RunError::at(op, format!("has {} operands and {} results but @{name} takes {} and returns {}", op.operands.len(), op.results.len(), args.len(), results.len())));
        }
        for (k, (&v, want)) in op.operands.iter().zip(&args).enumerate() {
            let x = self.fact(v);
            if x.ty != want.global {
                return Err(RunError::at(op, format!("operand {k} ({}) is {} but @{name} takes {} globally", x.name, x.ty, want.global)));
            }
            if phase == Phase::Update && x.per_microbatch {
                return Err(RunError::at(op, format!("operand {k} ({}) is per-micro-batch but @{name} runs once (phase \"update\"): the compiler should have accumulated it", x.name)));
            }
            if let Place::On(on, have) = &x.place {
                if *on != grid || !have.same_as(want) {
                    return Err(RunError::at(
                        op,
                        format!(
                            "operand {k} ({}) lies on @{} as {} but @{name} takes it on @{} as {}: the compiler should have inserted an '{TRANSFER_OP}'",
                            x.name,
                            self.grids[*on].name,
                            layout_text(have),
                            g.name,
                            layout_text(want)
                        ),
                    ));
                }
            }
        }
        for (r, (&v, want)) in op.results.iter().zip(&results).enumerate() {
            let ty = tensor_type(self.driver, v);
            if ty.as_ref() != Some(&want.global) {
                return Err(RunError::at(op, format!("has result {r} of type {} but @{name} returns {} globally", self.driver.ty(v), want.global)));
            }
        }
        let index = self.steps.len();
        self.calls.entry((stage, phase)).or_default().push(index);
        let made = results.iter().map(|l| (Place::On(grid, l.clone()), phase != Phase::Update)).collect();
        Ok((Step::Call(Call { callee, stage, phase, grid, args, results }), made))
    }

    fn transfer(&self, op: &Op) -> Result<(Step<'m>, Vec<(Place, bool)>), RunError> {
        let (v, out) = self.unary(op)?;
        let x = self.fact(v);
        let grid = |key: &str| match op.attr(key) {
            Some(Attr::Symbol(g)) => self.grids.iter().position(|x| x.name == *g).ok_or_else(|| RunError::at(op, format!("names grid @{g}, which the module does not declare"))),
            _ => Err(RunError::at(op, format!("needs a grid symbol '{key}'"))),
        };
        let (from, to) = (grid("from")?, grid("to")?);
        let split_axes = op.attr("split_axes").and_then(shard::split_axes_of);
        let split_axes = split_axes.ok_or_else(|| RunError::at(op, "needs 'split_axes' = #shard<axisarray[...]>"))?.map_err(|e| RunError::at(op, e))?;
        match x.place {
            Place::Host => return Err(RunError::at(op, format!("transfers {}, a host value; only distributed values move between grids", x.name))),
            Place::On(on, _) if on != from => return Err(RunError::at(op, format!("transfers {} from @{}, but it lies on @{}", x.name, self.grids[from].name, self.grids[on].name))),
            Place::On(..) => {}
        }
        if out != x.ty {
            return Err(RunError::at(op, format!("has result type {out} but transfers a {}", x.ty)));
        }
        let layout = TensorLayout::of_global(split_axes, x.ty.clone(), &self.grids[to]).map_err(|e| RunError::at(op, e))?;
        Ok((Step::Transfer { from }, vec![(Place::On(to, layout), x.per_microbatch)]))
    }

    fn accumulate(&self, op: &Op) -> Result<(Step<'m>, Vec<(Place, bool)>), RunError> {
        let (v, out) = self.unary(op)?;
        let x = self.fact(v);
        if !x.per_microbatch {
            return Err(RunError::at(op, format!("accumulates {}, which is computed once, not per micro-batch", x.name)));
        }
        let (kind, place, want) = match op.attr("kind").and_then(Attr::as_str) {
            Some("sum") => (Accumulation::Sum, x.place.clone(), x.ty.clone()),
            Some("last") => (Accumulation::Last, x.place.clone(), x.ty.clone()),
            Some("concat") => {
                let dim = op.int("dim").and_then(|d| usize::try_from(d).ok()).filter(|&d| d < x.ty.rank());
                let dim = dim.ok_or_else(|| RunError::at(op, format!("needs a 'dim' within the rank {} of {}", x.ty.rank(), x.ty)))?;
                let mut ty = x.ty.clone();
                ty.shape[dim] *= self.microbatches as i64;
                (Accumulation::Concat(dim), Place::Host, ty)
            }
            Some(other) => return Err(RunError::at(op, format!("has kind \"{other}\", not \"sum\", \"concat\" or \"last\""))),
            None => return Err(RunError::at(op, "needs a string 'kind'")),
        };
        if out != want {
            return Err(RunError::at(op, format!("has result type {out}, expected {want}")));
        }
        Ok((Step::Accumulate(kind), vec![(place, false)]))
    }

    fn ret(&self, op: &Op) -> Result<Step<'m>, RunError> {
        let got: Vec<&Type> = op.operands.iter().map(|&v| self.driver.ty(v)).collect();
        let want: Vec<&Type> = self.driver.results.iter().map(|r| &r.ty).collect();
        if got != want {
            let show = |ts: &[&Type]| ts.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(", ");
            return Err(RunError::at(op, format!("returns ({}) but @{} declares ({})", show(&got), self.driver.name, show(&want))));
        }
        if let Some(x) = op.operands.iter().map(|&v| self.fact(v)).find(|x| x.per_microbatch) {
            return Err(RunError::at(op, format!("returns {}, a per-micro-batch value: the compiler should have accumulated it", x.name)));
        }
        Ok(Step::Return)
    }

    /// Each stage's grid, and a check that every call has its instructions.
    fn check_programs(&self, texts: Vec<Vec<String>>) -> Result<Vec<Stage>, RunError> {
        let body = self.body();
        let mut stages = Vec::new();
        for (s, program) in texts.into_iter().enumerate() {
            let mut grid: Option<(usize, &Op)> = None;
            for phase in [Phase::Forward, Phase::Backward, Phase::Update] {
                for &i in self.calls_of(s, phase) {
                    let Step::Call(call) = &self.steps[i] else { continue };
                    let op = &body[i];
                    match grid {
                        None => grid = Some((call.grid, op)),
                        Some((g, first)) if g != call.grid => {
                            return Err(RunError::at(
                                op,
                                format!(
                                    "runs @{} of stage {s} on @{}, but the call at {}:{} runs stage {s} on @{}",
                                    call.callee.name, self.grids[call.grid].name, first.pos.line, first.pos.col, self.grids[g].name
                                ),
                            ));
                        }
                        Some(_) => {}
                    }
                    let needed: Vec<Option<usize>> = if phase == Phase::Update { vec![None] } else { (0..self.microbatches).map(Some).collect() };
                    if let Some(mb) = needed.into_iter().find(|&mb| !self.programs[s].contains(&Instr::Run(phase, mb))) {
                        return Err(RunError::at(op, format!("calls @{} of stage {s}, but stage {s}'s program has no '{}'", call.callee.name, phase.instruction(mb))));
                    }
                }
            }
            let (g, _) = grid.ok_or_else(|| at_func(self.driver, format!("lists a program for stage {s}, but no '{STAGE_CALL_OP}' runs a program of stage {s}")))?;
            stages.push(Stage { grid: self.grids[g].clone(), program });
        }
        Ok(stages)
    }
}

/// `alpa.program` as strings, one list per stage.
fn program_texts(driver: &Func) -> Result<Vec<Vec<String>>, RunError> {
    let bad = || at_func(driver, format!("needs '{PROGRAM_ATTR}' to be a list of instruction lists, one per stage, of strings"));
    let Some((_, Attr::Array(stages))) = driver.attrs.iter().find(|(k, _)| k == PROGRAM_ATTR) else { return Err(bad()) };
    stages
        .iter()
        .map(|s| match s {
            Attr::Array(items) => items.iter().map(|i| i.as_str().map(str::to_string).ok_or_else(bad)).collect(),
            _ => Err(bad()),
        })
        .collect()
}

/// Stage `stage`'s instructions; each work instruction may appear once.
fn parse_program(driver: &Func, stage: usize, program: &[String], microbatches: usize) -> Result<Vec<Instr>, RunError> {
    let mut out = Vec::with_capacity(program.len());
    for text in program {
        let words: Vec<&str> = text.split_whitespace().collect();
        let instr = match words.as_slice() {
            ["apply"] => Instr::Run(Phase::Update, None),
            [verb @ ("fwd" | "bwd"), m] => {
                let phase = if *verb == "fwd" { Phase::Forward } else { Phase::Backward };
                let m = m.parse::<usize>().map_err(|_| at_func(driver, format!("has '{text}' in stage {stage}'s program; a micro-batch is a non-negative integer")))?;
                if m >= microbatches {
                    return Err(at_func(driver, format!("has '{text}' in stage {stage}'s program, but there are {microbatches} micro-batches")));
                }
                Instr::Run(phase, Some(m))
            }
            ["send" | "recv", ..] => Instr::Message,
            _ => return Err(at_func(driver, format!("has '{text}' in stage {stage}'s program, which is not 'fwd M', 'bwd M', 'apply', 'send ...' or 'recv ...'"))),
        };
        if instr != Instr::Message && out.contains(&instr) {
            return Err(at_func(driver, format!("has '{text}' twice in stage {stage}'s program")));
        }
        out.push(instr);
    }
    Ok(out)
}

/// An error located at `func`'s definition, starting with its name.
fn at_func(func: &Func, message: impl Into<String>) -> RunError {
    RunError::Op { op: "func.func".into(), pos: func.pos, message: format!("@{} {}", func.name, message.into()) }
}

fn tensor_type(func: &Func, v: ValueId) -> Option<TensorType> {
    match func.ty(v) {
        Type::Tensor(t) => Some(t.clone()),
        _ => None,
    }
}

/// `tensor<4x2xf32> split over [[], [0]]`.
fn layout_text(layout: &TensorLayout) -> String {
    format!("{} split over {}", layout.local, format_axis_array(&layout.split_axes))
}

// ---- running -------------------------------------------------------------------------------

/// A computed value of the driver.
enum Held {
    Host(Tensor),
    /// One shard per device of its grid, row-major.
    Shards(Vec<Tensor>),
}

/// One run: the values computed so far, by value and micro-batch (`None` for values computed
/// once).
struct Exec<'p, 'm> {
    p: &'p Pipeline<'m>,
    tol: f64,
    memo: HashMap<(ValueId, Option<usize>), Rc<Held>>,
}

impl Exec<'_, '_> {
    /// The memo key of `v` read for micro-batch `mb`.
    fn key(&self, v: ValueId, mb: Option<usize>) -> (ValueId, Option<usize>) {
        (v, if self.p.fact(v).per_microbatch { mb } else { None })
    }

    /// The first value, with its micro-batch, that `calls` (running for micro-batch `mb`)
    /// read and that no call has computed yet; `None` when they can run.
    fn waits_for(&self, calls: &[usize], mb: Option<usize>) -> Option<(ValueId, Option<usize>)> {
        calls.iter().flat_map(|&c| &self.p.body()[c].operands).find_map(|&v| self.missing(v, mb, calls))
    }

    /// What `v` of micro-batch `mb` still waits for, calls in `running` counting as done.
    fn missing(&self, v: ValueId, mb: Option<usize>, running: &[usize]) -> Option<(ValueId, Option<usize>)> {
        let key = self.key(v, mb);
        if self.memo.contains_key(&key) {
            return None;
        }
        let i = self.p.fact(v).def?;
        let x = self.p.body()[i].operands.first().copied();
        match &self.p.steps[i] {
            Step::Call(_) => (!running.contains(&i)).then_some(key),
            Step::Microbatch { .. } | Step::Transfer { .. } => self.missing(x?, key.1, running),
            Step::Accumulate(_) => (0..self.p.microbatches).find_map(|k| self.missing(x?, Some(k), running)),
            Step::Return => None,
        }
    }

    /// `v` of micro-batch `mb`, evaluating the microbatch, transfer and accumulate ops it
    /// depends on; calls must have run.
    fn eval(&mut self, v: ValueId, mb: Option<usize>) -> Result<Rc<Held>, RunError> {
        let key = self.key(v, mb);
        if let Some(held) = self.memo.get(&key) {
            return Ok(held.clone());
        }
        let p = self.p;
        let fact = p.fact(v);
        let Some(i) = fact.def else {
            return Err(RunError::Input(format!("{} has no value", fact.name)));
        };
        let (op, m) = (&p.body()[i], key.1);
        if fact.per_microbatch && m.is_none() {
            return Err(RunError::at(op, format!("{} is read without a micro-batch", fact.name)));
        }
        let held = match &p.steps[i] {
            Step::Microbatch { dim } => {
                let m = m.unwrap_or(0) as i64;
                let Held::Host(x) = &*self.eval(op.operands[0], None)? else { unreachable!("a microbatch slices a host value") };
                let mut start = vec![0; x.ty.rank()];
                let mut limit = x.ty.shape.clone();
                let size = fact.ty.shape[*dim];
                start[*dim] = m * size;
                limit[*dim] = (m + 1) * size;
                Held::Host(layout::slice(x, &start, &limit, &vec![1; start.len()]).map_err(|e| RunError::at(op, e))?)
            }
            Step::Transfer { from } => {
                let x = op.operands[0];
                let Held::Shards(shards) = &*self.eval(x, m)? else { unreachable!("a transfer moves a distributed value") };
                let global = self.assemble(x, m, shards, &p.fact(x).name).map_err(|e| RunError::at(op, e.to_string()))?;
                let Place::On(to, layout) = &fact.place else { unreachable!("a transfer makes a distributed value") };
                debug_assert!(matches!(p.fact(x).place, Place::On(g, _) if g == *from));
                Held::Shards(split(&global, layout, &p.grids[*to]).map_err(|e| RunError::at(op, e.to_string()))?)
            }
            Step::Accumulate(kind) => {
                let x = op.operands[0];
                let parts = (0..p.microbatches).map(|k| self.eval(x, Some(k))).collect::<Result<Vec<_>, _>>()?;
                match kind {
                    Accumulation::Last => {
                        let last = parts.last().expect("at least one micro-batch").clone();
                        self.memo.insert(key, last.clone());
                        return Ok(last);
                    }
                    Accumulation::Sum => sum(&parts).map_err(|e| RunError::at(op, e))?,
                    Accumulation::Concat(dim) => {
                        let globals = parts
                            .iter()
                            .enumerate()
                            .map(|(k, part)| match &**part {
                                Held::Host(t) => Ok(t.clone()),
                                Held::Shards(shards) => self.assemble(x, Some(k), shards, &p.fact(x).name).map_err(|e| RunError::at(op, e.to_string())),
                            })
                            .collect::<Result<Vec<_>, _>>()?;
                        Held::Host(layout::concatenate(&globals.iter().collect::<Vec<_>>(), *dim as i64).map_err(|e| RunError::at(op, e))?)
                    }
                }
            }
            Step::Call(_) | Step::Return => return Err(RunError::at(op, format!("is read for {} before it runs", fact.name))),
        };
        let held = Rc::new(held);
        self.memo.insert(key, held.clone());
        Ok(held)
    }

    /// The global tensor of distributed `v` of micro-batch `mb` from its shards; `what`
    /// names it in errors.
    fn assemble(&self, v: ValueId, mb: Option<usize>, shards: &[Tensor], what: &str) -> Result<Tensor, RunError> {
        let Place::On(grid, layout) = &self.p.fact(v).place else { unreachable!("only distributed values have shards") };
        let what = match mb.filter(|_| self.p.fact(v).per_microbatch) {
            Some(m) => format!("{what} of micro-batch {m}"),
            None => what.to_string(),
        };
        assemble_value(&what, shards, layout, &self.p.grids[*grid], self.tol)
    }

    /// Runs call `index` of the driver for micro-batch `mb` on its grid and records its
    /// results.
    fn call(&mut self, index: usize, mb: Option<usize>) -> Result<(), RunError> {
        let p = self.p;
        let op = &p.body()[index];
        let Step::Call(call) = &p.steps[index] else { unreachable!("instructions run calls") };
        let grid = &p.grids[call.grid];
        let mut per_device: Vec<Vec<Tensor>> = vec![Vec::with_capacity(op.operands.len()); grid.num_devices() as usize];
        for (k, (&v, layout)) in op.operands.iter().zip(&call.args).enumerate() {
            let held = self.eval(v, mb)?;
            let shards = match &*held {
                Held::Host(t) => split(t, layout, grid).map_err(|e| RunError::at(op, format!("operand {k}: {e}")))?,
                Held::Shards(shards) => shards.clone(),
            };
            for (device, shard) in per_device.iter_mut().zip(shards) {
                device.push(shard);
            }
        }
        let of = mb.map(|m| format!(" for micro-batch {m}")).unwrap_or_default();
        let outputs = run_spmd(p.module, &call.callee.name, &grid.shape, per_device).map_err(|e| RunError::at(op, format!("running @{}{of}: {e}", call.callee.name)))?;
        for (r, (&v, layout)) in op.results.iter().zip(&call.results).enumerate() {
            let shards: Vec<Tensor> = outputs.iter().map(|o| o[r].clone()).collect();
            if let Some((d, t)) = shards.iter().enumerate().find(|(_, t)| t.ty != layout.local) {
                return Err(RunError::at(op, format!("running @{}{of}: device {d} returned a {} as result {r}, which @{} declares {}", call.callee.name, t.ty, call.callee.name, layout.local)));
            }
            let key = self.key(v, mb);
            self.memo.insert(key, Rc::new(Held::Shards(shards)));
        }
        Ok(())
    }
}

/// The elementwise sum of `parts` in their order: of each device's shards, or of host tensors.
fn sum(parts: &[Rc<Held>]) -> Result<Held, String> {
    let add = |acc: &mut Tensor, t: &Tensor| -> Result<(), String> {
        acc.data = elementwise::binary(Binary::Add, &acc.data, &t.data)?;
        Ok(())
    };
    let (first, rest) = parts.split_first().ok_or("has no micro-batches")?;
    match &**first {
        Held::Host(t) => {
            let mut acc = t.clone();
            for part in rest {
                let Held::Host(t) = &**part else { return Err("mixes host and distributed micro-batches".into()) };
                add(&mut acc, t)?;
            }
            Ok(Held::Host(acc))
        }
        Held::Shards(shards) => {
            let mut acc = shards.clone();
            for part in rest {
                let Held::Shards(shards) = &**part else { return Err("mixes host and distributed micro-batches".into()) };
                for (a, t) in acc.iter_mut().zip(shards) {
                    add(a, t)?;
                }
            }
            Ok(Held::Shards(acc))
        }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::interp::testing::t;

    /// Two linear layers and half the sum of squares, trained one SGD step: stage 0 (`x @ w1`)
    /// on a line of 2 devices splitting the rows, stage 1 (`h @ w2` and the loss) on a 2x1
    /// grid splitting `w2`'s columns; `h` moves there replicated, its gradient comes back
    /// split by rows. Returns the loss summed over the micro-batches, both updated weights,
    /// `y` of every micro-batch and `h` of the last. `PROGRAM` stands for `alpa.program`.
    pub(crate) const TRAIN_STEP: &str = r#"shard.grid @stage0_mesh(shape = 2)
shard.grid @stage1_mesh(shape = 2x1)
func.func @main(%arg0: tensor<8x4xf32>, %arg1: tensor<4x4xf32>, %arg2: tensor<4x4xf32>) -> (tensor<f32>, tensor<4x4xf32>, tensor<4x4xf32>, tensor<8x4xf32>, tensor<4x4xf32>)
    attributes {alpa.microbatches = 2 : i64, alpa.schedule = "1f1b", alpa.program = PROGRAM} {
  %0 = "alpa.microbatch"(%arg0) {dim = 0 : i64} : (tensor<8x4xf32>) -> tensor<4x4xf32>
  %1 = "alpa.stage_call"(%0, %arg1) {callee = @stage0_forward} : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
  %2 = "alpa.transfer"(%1) {from = @stage0_mesh, to = @stage1_mesh, split_axes = #shard<axisarray[[]]>} : (tensor<4x4xf32>) -> tensor<4x4xf32>
  %3:2 = "alpa.stage_call"(%2, %arg2) {callee = @stage1_forward} : (tensor<4x4xf32>, tensor<4x4xf32>) -> (tensor<f32>, tensor<4x4xf32>)
  %4:2 = "alpa.stage_call"(%2, %3#1, %arg2) {callee = @stage1_backward} : (tensor<4x4xf32>, tensor<4x4xf32>, tensor<4x4xf32>) -> (tensor<4x4xf32>, tensor<4x4xf32>)
  %5 = "alpa.transfer"(%4#1) {from = @stage1_mesh, to = @stage0_mesh, split_axes = #shard<axisarray[[0]]>} : (tensor<4x4xf32>) -> tensor<4x4xf32>
  %6 = "alpa.stage_call"(%0, %5) {callee = @stage0_backward} : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
  %7 = "alpa.accumulate"(%6) {kind = "sum"} : (tensor<4x4xf32>) -> tensor<4x4xf32>
  %8 = "alpa.stage_call"(%arg1, %7) {callee = @stage0_update} : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
  %9 = "alpa.accumulate"(%4#0) {kind = "sum"} : (tensor<4x4xf32>) -> tensor<4x4xf32>
  %10 = "alpa.stage_call"(%arg2, %9) {callee = @stage1_update} : (tensor<4x4xf32>, tensor<4x4xf32>) -> tensor<4x4xf32>
  %11 = "alpa.accumulate"(%3#0) {kind = "sum"} : (tensor<f32>) -> tensor<f32>
  %12 = "alpa.accumulate"(%3#1) {dim = 0 : i64, kind = "concat"} : (tensor<4x4xf32>) -> tensor<8x4xf32>
  %13 = "alpa.accumulate"(%1) {kind = "last"} : (tensor<4x4xf32>) -> tensor<4x4xf32>
  return %11, %8, %10, %12, %13 : tensor<f32>, tensor<4x4xf32>, tensor<4x4xf32>, tensor<8x4xf32>, tensor<4x4xf32>
}
func.func private @stage0_forward(%x: tensor<2x4xf32> {alpa.global_shape = array<i64: 4, 4>, alpa.split_axes = #shard<axisarray[[0]]>}, %w: tensor<4x4xf32> {alpa.global_shape = array<i64: 4, 4>, alpa.split_axes = #shard<axisarray[[]]>}) -> (tensor<2x4xf32> {alpa.global_shape = array<i64: 4, 4>, alpa.split_axes = #shard<axisarray[[0]]>})
    attributes {alpa.devices = array<i64: 0, 1>, alpa.grid = @stage0_mesh, alpa.phase = "forward", alpa.stage = 0 : i64} {
  %h = stablehlo.dot_general %x, %w, contracting_dims = [1] x [0] : (tensor<2x4xf32>, tensor<4x4xf32>) -> tensor<2x4xf32>
  return %h : tensor<2x4xf32>
}
func.func private @stage0_backward(%x: tensor<2x4xf32> {alpa.global_shape = array<i64: 4, 4>, alpa.split_axes = #shard<axisarray[[0]]>}, %dh: tensor<2x4xf32> {alpa.global_shape = array<i64: 4, 4>, alpa.split_axes = #shard<axisarray[[0]]>}) -> (tensor<4x4xf32> {alpa.global_shape = array<i64: 4, 4>, alpa.split_axes = #shard<axisarray[[]]>})
    attributes {alpa.devices = array<i64: 0, 1>, alpa.grid = @stage0_mesh, alpa.phase = "backward", alpa.stage = 0 : i64} {
  %p = stablehlo.dot_general %x, %dh, contracting_dims = [0] x [0] : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<4x4xf32>
  %dw = shard.all_reduce %p on @stage0_mesh grid_axes = [0] : tensor<4x4xf32> -> tensor<4x4xf32>
  return %dw : tensor<4x4xf32>
}
func.func private @stage0_update(%w: tensor<4x4xf32> {alpa.global_shape = array<i64: 4, 4>, alpa.split_axes = #shard<axisarray[[]]>}, %g: tensor<4x4xf32> {alpa.global_shape = array<i64: 4, 4>, alpa.split_axes = #shard<axisarray[[]]>}) -> (tensor<4x4xf32> {alpa.global_shape = array<i64: 4, 4>, alpa.split_axes = #shard<axisarray[[]]>})
    attributes {alpa.devices = array<i64: 0, 1>, alpa.grid = @stage0_mesh, alpa.phase = "update", alpa.stage = 0 : i64} {
  %lr = stablehlo.constant dense<0.1> : tensor<4x4xf32>
  %s = stablehlo.multiply %g, %lr : tensor<4x4xf32>
  %n = stablehlo.subtract %w, %s : tensor<4x4xf32>
  return %n : tensor<4x4xf32>
}
func.func private @stage1_forward(%h: tensor<4x4xf32> {alpa.global_shape = array<i64: 4, 4>, alpa.split_axes = #shard<axisarray[[]]>}, %w: tensor<4x2xf32> {alpa.global_shape = array<i64: 4, 4>, alpa.split_axes = #shard<axisarray[[], [0]]>}) -> (tensor<f32> {alpa.global_shape = array<i64>, alpa.split_axes = #shard<axisarray[]>}, tensor<4x2xf32> {alpa.global_shape = array<i64: 4, 4>, alpa.split_axes = #shard<axisarray[[], [0]]>})
    attributes {alpa.devices = array<i64: 2, 3>, alpa.grid = @stage1_mesh, alpa.phase = "forward", alpa.stage = 1 : i64} {
  %y = stablehlo.dot_general %h, %w, contracting_dims = [1] x [0] : (tensor<4x4xf32>, tensor<4x2xf32>) -> tensor<4x2xf32>
  %sq = stablehlo.multiply %y, %y : tensor<4x2xf32>
  %zero = stablehlo.constant dense<0.0> : tensor<f32>
  %s = stablehlo.reduce(%sq init: %zero) applies stablehlo.add across dimensions = [0, 1] : (tensor<4x2xf32>, tensor<f32>) -> tensor<f32>
  %all = shard.all_reduce %s on @stage1_mesh grid_axes = [0] : tensor<f32> -> tensor<f32>
  %half = stablehlo.constant dense<0.5> : tensor<f32>
  %loss = stablehlo.multiply %all, %half : tensor<f32>
  return %loss, %y : tensor<f32>, tensor<4x2xf32>
}
func.func private @stage1_backward(%h: tensor<4x4xf32> {alpa.global_shape = array<i64: 4, 4>, alpa.split_axes = #shard<axisarray[[]]>}, %y: tensor<4x2xf32> {alpa.global_shape = array<i64: 4, 4>, alpa.split_axes = #shard<axisarray[[], [0]]>}, %w: tensor<4x2xf32> {alpa.global_shape = array<i64: 4, 4>, alpa.split_axes = #shard<axisarray[[], [0]]>}) -> (tensor<4x2xf32> {alpa.global_shape = array<i64: 4, 4>, alpa.split_axes = #shard<axisarray[[], [0]]>}, tensor<4x4xf32> {alpa.global_shape = array<i64: 4, 4>, alpa.split_axes = #shard<axisarray[[]]>})
    attributes {alpa.devices = array<i64: 2, 3>, alpa.grid = @stage1_mesh, alpa.phase = "backward", alpa.stage = 1 : i64} {
  %dw = stablehlo.dot_general %h, %y, contracting_dims = [0] x [0] : (tensor<4x4xf32>, tensor<4x2xf32>) -> tensor<4x2xf32>
  %p = stablehlo.dot_general %y, %w, contracting_dims = [1] x [1] : (tensor<4x2xf32>, tensor<4x2xf32>) -> tensor<4x4xf32>
  %dh = shard.all_reduce %p on @stage1_mesh grid_axes = [0] : tensor<4x4xf32> -> tensor<4x4xf32>
  return %dw, %dh : tensor<4x2xf32>, tensor<4x4xf32>
}
func.func private @stage1_update(%w: tensor<4x2xf32> {alpa.global_shape = array<i64: 4, 4>, alpa.split_axes = #shard<axisarray[[], [0]]>}, %g: tensor<4x2xf32> {alpa.global_shape = array<i64: 4, 4>, alpa.split_axes = #shard<axisarray[[], [0]]>}) -> (tensor<4x2xf32> {alpa.global_shape = array<i64: 4, 4>, alpa.split_axes = #shard<axisarray[[], [0]]>})
    attributes {alpa.devices = array<i64: 2, 3>, alpa.grid = @stage1_mesh, alpa.phase = "update", alpa.stage = 1 : i64} {
  %lr = stablehlo.constant dense<0.1> : tensor<4x2xf32>
  %s = stablehlo.multiply %g, %lr : tensor<4x2xf32>
  %n = stablehlo.subtract %w, %s : tensor<4x2xf32>
  return %n : tensor<4x2xf32>
}
"#;

    /// [`TRAIN_STEP`] as one program on one device, on the whole batch.
    pub(crate) const TRAIN_STEP_DIRECT: &str =
        "func.func @main(%x: tensor<8x4xf32>, %w1: tensor<4x4xf32>, %w2: tensor<4x4xf32>) -> (tensor<f32>, tensor<4x4xf32>, tensor<4x4xf32>, tensor<8x4xf32>, tensor<4x4xf32>) {
  %h = stablehlo.dot_general %x, %w1, contracting_dims = [1] x [0] : (tensor<8x4xf32>, tensor<4x4xf32>) -> tensor<8x4xf32>
  %y = stablehlo.dot_general %h, %w2, contracting_dims = [1] x [0] : (tensor<8x4xf32>, tensor<4x4xf32>) -> tensor<8x4xf32>
  %sq = stablehlo.multiply %y, %y : tensor<8x4xf32>
  %zero = stablehlo.constant dense<0.0> : tensor<f32>
  %s = stablehlo.reduce(%sq init: %zero) applies stablehlo.add across dimensions = [0, 1] : (tensor<8x4xf32>, tensor<f32>) -> tensor<f32>
  %half = stablehlo.constant dense<0.5> : tensor<f32>
  %loss = stablehlo.multiply %s, %half : tensor<f32>
  %dw2 = stablehlo.dot_general %h, %y, contracting_dims = [0] x [0] : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<4x4xf32>
  %dh = stablehlo.dot_general %y, %w2, contracting_dims = [1] x [1] : (tensor<8x4xf32>, tensor<4x4xf32>) -> tensor<8x4xf32>
  %dw1 = stablehlo.dot_general %x, %dh, contracting_dims = [0] x [0] : (tensor<8x4xf32>, tensor<8x4xf32>) -> tensor<4x4xf32>
  %lr = stablehlo.constant dense<0.1> : tensor<4x4xf32>
  %s1 = stablehlo.multiply %dw1, %lr : tensor<4x4xf32>
  %n1 = stablehlo.subtract %w1, %s1 : tensor<4x4xf32>
  %s2 = stablehlo.multiply %dw2, %lr : tensor<4x4xf32>
  %n2 = stablehlo.subtract %w2, %s2 : tensor<4x4xf32>
  %last = stablehlo.slice %h [4:8, 0:4] : (tensor<8x4xf32>) -> tensor<4x4xf32>
  return %loss, %n1, %n2, %y, %last : tensor<f32>, tensor<4x4xf32>, tensor<4x4xf32>, tensor<8x4xf32>, tensor<4x4xf32>
}";

    /// 1F1B for [`TRAIN_STEP`], with the messages the compiler writes.
    pub(crate) const ONE_F_ONE_B: &str = r#"[["fwd 0", "send act 0 to 1", "fwd 1", "send act 1 to 1", "recv grad 0 from 1", "bwd 0", "recv grad 1 from 1", "bwd 1", "apply"], ["recv act 0 from 0", "fwd 0", "bwd 0", "send grad 0 to 0", "recv act 1 from 0", "fwd 1", "bwd 1", "send grad 1 to 0", "apply"]]"#;

    /// `TRAIN_STEP` with program `program`.
    pub(crate) fn train_step(program: &str) -> String {
        TRAIN_STEP.replace("PROGRAM", program)
    }

    /// Small integers as floats: every sum of products in [`TRAIN_STEP`] is exact.
    fn ints(shape: &[i64], seed: i64) -> Tensor {
        let n: i64 = shape.iter().product();
        t(shape, &(0..n).map(|i| ((i * 7 + seed * 3) % 5 - 2) as f32).collect::<Vec<_>>())
    }

    fn train_inputs() -> Vec<Tensor> {
        vec![ints(&[8, 4], 0), ints(&[4, 4], 1), ints(&[4, 4], 2)]
    }

    fn parse(mlir: &str) -> Module {
        let module = alpa_stablehlo::parse_module(mlir).unwrap_or_else(|e| panic!("{}\n{mlir}", e.render("test")));
        alpa_stablehlo::verify::verify_module(&module).unwrap_or_else(|e| panic!("{}\n{mlir}", e.render("test")));
        module
    }

    /// Runs the pipeline `@main` of `mlir` on `inputs`: its results or its error message. The
    /// module is not verified: the executor checks the driver on its own.
    fn run(mlir: &str, inputs: &[Tensor]) -> Result<Vec<Tensor>, String> {
        let module = alpa_stablehlo::parse_module(mlir).unwrap_or_else(|e| panic!("{}\n{mlir}", e.render("test")));
        run_pipeline(&module, "main", inputs, 1e-6).map_err(|e| e.to_string())
    }

    /// Asserts the pipeline `@main` of `mlir` verifies and computes `expected` on `inputs`
    /// (floats within 1e-6 relative, see [`crate::compare`]).
    #[track_caller]
    fn check(mlir: &str, inputs: &[Tensor], expected: &[Tensor]) {
        parse(mlir);
        let got = run(mlir, inputs).unwrap_or_else(|e| panic!("{e}\n{mlir}"));
        if let Err(m) = crate::compare(&got, expected, 1e-6) {
            panic!("{m}\ngot:  {got:?}\nwant: {expected:?}\n{mlir}");
        }
    }

    /// Asserts the pipeline `@main` of `mlir` fails with `want`, in which `{pos}` stands for the
    /// `line:col` where `at` starts in `mlir`.
    #[track_caller]
    fn check_error(mlir: &str, inputs: &[Tensor], at: &str, want: &str) {
        let offset = mlir.find(at).unwrap_or_else(|| panic!("no '{at}' in\n{mlir}"));
        let line = mlir[..offset].matches('\n').count() + 1;
        let col = offset - mlir[..offset].rfind('\n').map_or(0, |n| n + 1) + 1;
        let want = want.replace("{pos}", &format!("{line}:{col}"));
        match run(mlir, inputs) {
            Ok(got) => panic!("expected error '{want}', got {got:?}\n{mlir}"),
            Err(e) => assert_eq!(e, want, "\n{mlir}"),
        }
    }

    #[test]
    fn generic_alpa_ops_parse_and_verify() {
        let module = parse(&train_step(ONE_F_ONE_B));
        let p = Pipeline::of(&module, "main").unwrap();
        assert_eq!(p.summary(), "2 stages on grids @stage0_mesh 2, @stage1_mesh 2x1; 2 micro-batches, 1f1b");
        assert_eq!((p.microbatches(), p.schedule(), p.stages()[1].program[0].as_str()), (2, Some("1f1b"), "recv act 0 from 0"));
        // The interpreter leaves the driver to the executor.
        let err = crate::run(&module, "main", train_inputs()).unwrap_err().to_string();
        assert_eq!(err, "5:8: 'alpa.microbatch' runs only in a pipeline driver, on the pipeline executor (pipeline::run_pipeline)");
    }

    #[test]
    fn a_pipeline_computes_what_the_direct_program_does() {
        let want = crate::run(&parse(TRAIN_STEP_DIRECT), "main", train_inputs()).unwrap();
        check(&train_step(ONE_F_ONE_B), &train_inputs(), &want);
        // GPipe: all forwards, then all backwards, the last micro-batch first.
        let gpipe = r#"[["fwd 0", "fwd 1", "bwd 1", "bwd 0", "apply"], ["fwd 0", "fwd 1", "bwd 1", "bwd 0", "apply"]]"#;
        check(&train_step(gpipe), &train_inputs(), &want);
        // A stage may run ahead as far as its inputs allow.
        let eager = r#"[["fwd 0", "fwd 1", "bwd 0", "bwd 1", "apply"], ["fwd 0", "bwd 0", "fwd 1", "bwd 1", "apply"]]"#;
        check(&train_step(eager), &train_inputs(), &want);
    }

    /// Negates on a line of 4 (rows split unevenly), moves to a 2x2 grid (rows over axis 1,
    /// columns over axis 0, both uneven) and negates again, in an order of micro-batches the
    /// two stages do not share; returns all micro-batches concatenated and the last.
    const TRANSFER: &str = r#"shard.grid @line(shape = 4)
shard.grid @square(shape = 2x2)
func.func @main(%arg0: tensor<10x3xf32>) -> (tensor<10x3xf32>, tensor<5x3xf32>)
    attributes {alpa.microbatches = 2 : i64, alpa.program = [["fwd 0", "fwd 1"], ["fwd 1", "fwd 0"]]} {
  %0 = "alpa.microbatch"(%arg0) {dim = 0 : i64} : (tensor<10x3xf32>) -> tensor<5x3xf32>
  %1 = "alpa.stage_call"(%0) {callee = @negate_line} : (tensor<5x3xf32>) -> tensor<5x3xf32>
  %2 = "alpa.transfer"(%1) {from = @line, to = @square, split_axes = #shard<axisarray[[1], [0]]>} : (tensor<5x3xf32>) -> tensor<5x3xf32>
  %3 = "alpa.stage_call"(%2) {callee = @negate_square} : (tensor<5x3xf32>) -> tensor<5x3xf32>
  %4 = "alpa.accumulate"(%3) {dim = 0 : i64, kind = "concat"} : (tensor<5x3xf32>) -> tensor<10x3xf32>
  %5 = "alpa.accumulate"(%3) {kind = "last"} : (tensor<5x3xf32>) -> tensor<5x3xf32>
  return %4, %5 : tensor<10x3xf32>, tensor<5x3xf32>
}
func.func private @negate_line(%x: tensor<2x3xf32> {alpa.global_shape = array<i64: 5, 3>, alpa.split_axes = #shard<axisarray[[0]]>}) -> (tensor<2x3xf32> {alpa.global_shape = array<i64: 5, 3>, alpa.split_axes = #shard<axisarray[[0]]>})
    attributes {alpa.grid = @line, alpa.phase = "forward", alpa.stage = 0 : i64} {
  %0 = stablehlo.negate %x : tensor<2x3xf32>
  return %0 : tensor<2x3xf32>
}
func.func private @negate_square(%x: tensor<3x2xf32> {alpa.global_shape = array<i64: 5, 3>, alpa.split_axes = #shard<axisarray[[1], [0]]>}) -> (tensor<3x2xf32> {alpa.global_shape = array<i64: 5, 3>, alpa.split_axes = #shard<axisarray[[1], [0]]>})
    attributes {alpa.grid = @square, alpa.phase = "forward", alpa.stage = 1 : i64} {
  %0 = stablehlo.negate %x : tensor<3x2xf32>
  return %0 : tensor<3x2xf32>
}
"#;

    #[test]
    fn transfers_concat_and_last() {
        let x = t(&[10, 3], &(0..30).map(|i| i as f32 + 1.0).collect::<Vec<_>>());
        let last = layout::slice(&x, &[5, 0], &[10, 3], &[1, 1]).unwrap();
        check(TRANSFER, std::slice::from_ref(&x), &[x.clone(), last.clone()]);
        assert_eq!(Pipeline::of(&parse(TRANSFER), "main").unwrap().summary(), "2 stages on grids @line 4, @square 2x2; 2 micro-batches");
        // Sums of host micro-batches and of distributed ones.
        let sums = TRANSFER
            .replace(r#"{dim = 0 : i64, kind = "concat"} : (tensor<5x3xf32>) -> tensor<10x3xf32>"#, r#"{kind = "sum"} : (tensor<5x3xf32>) -> tensor<5x3xf32>"#)
            .replace(r#""alpa.accumulate"(%3) {kind = "last"}"#, r#""alpa.accumulate"(%0) {kind = "sum"}"#)
            .replace("-> (tensor<10x3xf32>, tensor<5x3xf32>)", "-> (tensor<5x3xf32>, tensor<5x3xf32>)")
            .replace(": tensor<10x3xf32>, tensor<5x3xf32>", ": tensor<5x3xf32>, tensor<5x3xf32>");
        let first = layout::slice(&x, &[0, 0], &[5, 3], &[1, 1]).unwrap();
        let sum = Tensor { data: elementwise::binary(Binary::Add, &first.data, &last.data).unwrap(), ty: first.ty.clone() };
        check(&sums, &[x], &[sum.clone(), sum]);
    }

    #[test]
    fn a_schedule_that_deadlocks_is_an_error() {
        // Stage 0 waits for the gradient of micro-batch 0 before it sends micro-batch 1, which
        // stage 1 needs before it computes that gradient.
        let program = r#"[["fwd 0", "bwd 0", "fwd 1", "bwd 1", "apply"], ["fwd 0", "fwd 1", "bwd 0", "bwd 1", "apply"]]"#;
        let want =
            "the schedule deadlocks: stage 0 waits at 'bwd 0' for %4#1 of micro-batch 0 (made by stage 1's 'bwd 0'); stage 1 waits at 'fwd 1' for %1 of micro-batch 1 (made by stage 0's 'fwd 1')";
        assert_eq!(run(&train_step(program), &train_inputs()).unwrap_err(), want);
        // A stage that waits for itself.
        let program = r#"[["bwd 0", "fwd 0", "fwd 1", "bwd 1", "apply"], ["fwd 0", "bwd 0", "fwd 1", "bwd 1", "apply"]]"#;
        let want =
            "the schedule deadlocks: stage 0 waits at 'bwd 0' for %4#1 of micro-batch 0 (made by stage 1's 'bwd 0'); stage 1 waits at 'fwd 0' for %1 of micro-batch 0 (made by stage 0's 'fwd 0')";
        assert_eq!(run(&train_step(program), &train_inputs()).unwrap_err(), want);
        // An update waits for every micro-batch of its accumulated gradient.
        let program = r#"[["fwd 0", "fwd 1", "apply", "bwd 0", "bwd 1"], ["fwd 0", "fwd 1", "bwd 0", "bwd 1", "apply"]]"#;
        let want = "the schedule deadlocks: stage 0 waits at 'apply' for %6 of micro-batch 0 (made by stage 0's 'bwd 0')";
        assert_eq!(run(&train_step(program), &train_inputs()).unwrap_err(), want);
    }

    /// Each case edits [`TRAIN_STEP`] (1F1B): replaces `from` by `to`, and expects `want` at
    /// the place where `at` starts in the edited text.
    #[test]
    fn malformed_pipelines_are_errors() {
        let cases: &[(&str, &str, &str, &str)] = &[
            (
                r#""alpa.stage_call"(%arg1, %7)"#,
                r#""alpa.stage_call"(%arg1, %6)"#,
                r#""alpa.stage_call"(%arg1, %6)"#,
                "{pos}: 'alpa.stage_call' operand 1 (%6) is per-micro-batch but @stage0_update runs once (phase \"update\"): the compiler should have accumulated it",
            ),
            (
                r#""alpa.stage_call"(%0, %5)"#,
                r#""alpa.stage_call"(%0, %4#1)"#,
                r#""alpa.stage_call"(%0, %4#1)"#,
                "{pos}: 'alpa.stage_call' operand 1 (%4#1) lies on @stage1_mesh as tensor<4x4xf32> split over [[]] but @stage0_backward takes it on @stage0_mesh as tensor<2x4xf32> split over [[0]]: the compiler should have inserted an 'alpa.transfer'",
            ),
            (
                "to = @stage0_mesh, split_axes = #shard<axisarray[[0]]>",
                "to = @stage0_mesh, split_axes = #shard<axisarray[[], [0]]>",
                r#""alpa.stage_call"(%0, %5)"#,
                "{pos}: 'alpa.stage_call' operand 1 (%5) lies on @stage0_mesh as tensor<4x2xf32> split over [[], [0]] but @stage0_backward takes it on @stage0_mesh as tensor<2x4xf32> split over [[0]]: the compiler should have inserted an 'alpa.transfer'",
            ),
            (
                "{from = @stage0_mesh, to = @stage1_mesh",
                "{from = @stage1_mesh, to = @stage1_mesh",
                r#""alpa.transfer"(%1)"#,
                "{pos}: 'alpa.transfer' transfers %1 from @stage1_mesh, but it lies on @stage0_mesh",
            ),
            ("to = @stage1_mesh, split_axes", "to = @nowhere, split_axes", r#""alpa.transfer"(%1)"#, "{pos}: 'alpa.transfer' names grid @nowhere, which the module does not declare"),
            ("alpa.grid = @stage0_mesh, alpa.phase = \"forward\"", "alpa.phase = \"forward\"", "func.func private @stage0_forward", "{pos}: 'func.func' @stage0_forward has no 'alpa.grid' naming the grid it runs on"),
            ("alpa.grid = @stage0_mesh, alpa.phase = \"forward\"", "alpa.grid = @mesh, alpa.phase = \"forward\"", "func.func private @stage0_forward", "{pos}: 'func.func' @stage0_forward runs on grid @mesh, which the module does not declare"),
            (
                "alpa.phase = \"update\", alpa.stage = 0",
                "alpa.phase = \"sideways\", alpa.stage = 0",
                "func.func private @stage0_update",
                "{pos}: 'func.func' @stage0_update has alpa.phase \"sideways\", not \"forward\", \"backward\" or \"update\"",
            ),
            ("alpa.phase = \"update\", alpa.stage = 0 : i64", "alpa.phase = \"update\"", "func.func private @stage0_update", "{pos}: 'func.func' @stage0_update has no 'alpa.stage', a non-negative integer"),
            ("alpa.phase = \"update\", alpa.stage = 1", "alpa.phase = \"update\", alpa.stage = 2", r#""alpa.stage_call"(%arg2, %9)"#, "{pos}: 'alpa.stage_call' calls @stage1_update of stage 2, but 'alpa.program' lists 2 stages"),
            ("alpa.devices = array<i64: 2, 3>, alpa.grid = @stage1_mesh, alpa.phase = \"update\"", "alpa.devices = array<i64: 2>, alpa.grid = @stage1_mesh, alpa.phase = \"update\"", "func.func private @stage1_update", "{pos}: 'func.func' @stage1_update needs 'alpa.devices' to list the 2 devices of grid @stage1_mesh"),
            ("alpa.microbatches = 2", "alpa.microbatches = 3", r#""alpa.microbatch""#, "{pos}: 'alpa.microbatch' cannot cut dimension 0 of tensor<8x4xf32> into 3 micro-batches"),
            ("alpa.microbatches = 2 : i64, ", "", "func.func @main", "{pos}: 'func.func' @main needs 'alpa.microbatches', a positive integer"),
            ("\"fwd 1\", \"bwd 1\", \"send grad 1 to 0\"", "\"fwd 1\", \"send grad 1 to 0\"", r#""alpa.stage_call"(%2, %3#1, %arg2)"#, "{pos}: 'alpa.stage_call' calls @stage1_backward of stage 1, but stage 1's program has no 'bwd 1'"),
            ("\"send grad 1 to 0\", \"apply\"]]", "\"send grad 1 to 0\"]]", r#""alpa.stage_call"(%arg2, %9)"#, "{pos}: 'alpa.stage_call' calls @stage1_update of stage 1, but stage 1's program has no 'apply'"),
            ("\"send grad 1 to 0\", \"apply\"]]", "\"send grad 1 to 0\", \"apply\", \"fwd 0\"]]", "func.func @main", "{pos}: 'func.func' @main has 'fwd 0' twice in stage 1's program"),
            ("\"send grad 1 to 0\", \"apply\"]]", "\"send grad 1 to 0\", \"apply\", \"fwd 2\"]]", "func.func @main", "{pos}: 'func.func' @main has 'fwd 2' in stage 1's program, but there are 2 micro-batches"),
            ("\"send grad 1 to 0\", \"apply\"]]", "\"send grad 1 to 0\", \"apply\", \"wait\"]]", "func.func @main", "{pos}: 'func.func' @main has 'wait' in stage 1's program, which is not 'fwd M', 'bwd M', 'apply', 'send ...' or 'recv ...'"),
            ("\"send grad 1 to 0\", \"apply\"]]", "\"send grad 1 to 0\", \"apply\"], [\"fwd 0\"]]", "func.func @main", "{pos}: 'func.func' @main lists a program for stage 2, but no 'alpa.stage_call' runs a program of stage 2"),
            (r#"{kind = "last"}"#, r#"{kind = "mean"}"#, r#""alpa.accumulate"(%1)"#, "{pos}: 'alpa.accumulate' has kind \"mean\", not \"sum\", \"concat\" or \"last\""),
            (r#""alpa.accumulate"(%6)"#, r#""alpa.accumulate"(%arg1)"#, r#""alpa.accumulate"(%arg1)"#, "{pos}: 'alpa.accumulate' accumulates %arg1, which is computed once, not per micro-batch"),
            ("return %11, %8, %10, %12, %13", "return %11, %8, %10, %12, %1", "return %11", "{pos}: 'func.return' returns %1, a per-micro-batch value: the compiler should have accumulated it"),
        ];
        let base = train_step(ONE_F_ONE_B);
        for &(from, to, at, want) in cases {
            assert!(base.contains(from), "no '{from}'");
            check_error(&base.replacen(from, to, 1), &train_inputs(), at, want);
        }
        // Inputs that do not fit the driver.
        assert_eq!(run(&base, &train_inputs()[..2]).unwrap_err(), "@main takes 3 arguments but 2 inputs were given");
        let mut wrong = train_inputs();
        wrong[1] = ints(&[4, 5], 0);
        assert_eq!(run(&base, &wrong).unwrap_err(), "input 1 is tensor<4x5xf32> but @main's argument 1 is tensor<4x4xf32>");
    }

    #[test]
    fn a_failing_stage_program_names_the_call_and_micro_batch() {
        let m = TRANSFER.replace("%0 = stablehlo.negate %x : tensor<3x2xf32>", "%0 = stablehlo.custom_call @boom(%x) : (tensor<3x2xf32>) -> tensor<3x2xf32>");
        let err = run(&m, &[ints(&[10, 3], 0)]).unwrap_err();
        // Stage 1 runs micro-batch 1 first; each device fails, and whichever does first is
        // reported.
        let inner = crate::interp::testing::op_pos(&parse(&m), "stablehlo.custom_call");
        assert!(err.starts_with("8:8: 'alpa.stage_call' running @negate_square for micro-batch 1: device "), "{err}");
        assert!(err.ends_with(&format!("{inner}: 'stablehlo.custom_call' (target 'boom') is not supported by the interpreter")), "{err}");
    }
}
