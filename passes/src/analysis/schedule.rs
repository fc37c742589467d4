//! Pipeline schedules (GPipe, 1F1B) as explicit per-stage instruction lists, an event
//! simulator that turns them into a timeline, and an SVG picture of that timeline.
//!
//! A pipeline of `S` stages (stage `i` runs on its own sub-mesh) processes one training step as
//! `B` micro-batches. [`instructions`] writes, for every stage, the list of what it does in
//! program order: receive an activation or a gradient, run a forward or a backward, send the
//! result on, and finally apply the accumulated gradients. Activations flow from stage `i` to
//! `i + 1`, gradients from `i + 1` to `i`. Stage 0 receives no activations; the last stage sends
//! none: its backward starts from its own forward.
//!
//! Schedules:
//! - GPipe: all forwards in micro-batch order `0..B`, then all backwards last micro-batch first
//!   (`B-1..0`, its activations are the freshest on the last stage; ascending order gives the
//!   same timeline length), then apply. Every stage holds all `B` micro-batches' activations.
//! - 1F1B (PipeDream-flush, Megatron's non-interleaved schedule): stage `i` runs
//!   `w = min(S - i - 1, B)` warm-up forwards, then alternates one forward and one backward
//!   (`B - w` times), then the `w` cool-down backwards, then apply. Stage `i` holds at most
//!   `min(S - i, B)` micro-batches' activations.
//!
//! 1F1B for S = 3, B = 4, forward = backward = 1, no transfer time (`..` is a bubble; each
//! stage applies its gradients after its last backward):
//!
//! ```text
//! stage 0 | F0 F1 F2 .. .. B0 F3 B1 .. B2 .. B3
//! stage 1 | .. F0 F1 .. B0 F2 B1 F3 B2 .. B3 ..
//! stage 2 | .. .. F0 B0 F1 B1 F2 B2 F3 B3 .. ..
//! ```
//!
//! Guarantees:
//! - [`instructions`] gives every stage each micro-batch's forward and backward exactly once, a
//!   forward before its backward, and [`Instr::ApplyGrad`] last ([`verify_program`] checks
//!   this of any program); its programs never deadlock.
//! - [`simulate`] runs each stage's list in order. A send is asynchronous (it costs the sender
//!   nothing) and its message arrives `transfer_s` later; a receive waits for that arrival; a
//!   compute instruction takes its stage's time. Links have no contention: transfers on one
//!   link may overlap. With uniform stage times `f`, `b` and no transfer time both schedules
//!   take `(B + S - 1) * (f + b)` before apply. A deadlock, a receive nobody sends, a send
//!   nobody receives, or bad timing gives an `Err` naming the stages, never a panic or a hang.
//! - [`to_svg`] draws the timeline, one row per stage, with the device assignment below.

use serde::Serialize;
use std::collections::{BTreeMap, VecDeque};
use std::fmt::Write as _;

/// Which pipeline schedule [`instructions`] writes; see the module docs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScheduleKind {
    /// All forwards, then all backwards (Huang et al., GPipe).
    Gpipe,
    /// One forward, one backward in the steady state (PipeDream-flush / Megatron 1F1B).
    OneFOneB,
}

impl ScheduleKind {
    /// Parses `gpipe` or `1f1b` (ASCII case ignored).
    pub fn parse(text: &str) -> Option<ScheduleKind> {
        let text = text.trim();
        if text.eq_ignore_ascii_case("gpipe") {
            Some(ScheduleKind::Gpipe)
        } else if text.eq_ignore_ascii_case("1f1b") {
            Some(ScheduleKind::OneFOneB)
        } else {
            None
        }
    }

    /// The name [`ScheduleKind::parse`] reads back: `gpipe` or `1f1b`.
    pub fn name(self) -> &'static str {
        match self {
            ScheduleKind::Gpipe => "gpipe",
            ScheduleKind::OneFOneB => "1f1b",
        }
    }
}

/// One step of a stage's program.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Instr {
    /// Receive micro-batch `microbatch`'s activation from stage `from` (forward) or its gradient (backward, grad = true).
    Recv {
        /// The sending stage.
        from: usize,
        /// The micro-batch whose tensor arrives.
        microbatch: usize,
        /// A gradient (backward) rather than an activation (forward).
        grad: bool,
    },
    /// Run the stage's forward computation on micro-batch `microbatch`.
    Forward {
        /// The micro-batch.
        microbatch: usize,
    },
    /// Send micro-batch `microbatch`'s activation (grad = false) or gradient (grad = true) to stage `to`; does not block.
    Send {
        /// The receiving stage.
        to: usize,
        /// The micro-batch whose tensor leaves.
        microbatch: usize,
        /// A gradient (backward) rather than an activation (forward).
        grad: bool,
    },
    /// Run the stage's backward computation on micro-batch `microbatch`.
    Backward {
        /// The micro-batch.
        microbatch: usize,
    },
    /// Once per step after the last backward: gradient sync and optimizer update.
    ApplyGrad,
}

impl Instr {
    /// Short text: `recv act 3 from 0`, `fwd 3`, `send grad 3 to 0`, `bwd 3`, `apply`.
    pub fn text(&self) -> String {
        let what = |grad: bool| if grad { "grad" } else { "act" };
        match *self {
            Instr::Recv { from, microbatch, grad } => format!("recv {} {microbatch} from {from}", what(grad)),
            Instr::Forward { microbatch } => format!("fwd {microbatch}"),
            Instr::Send { to, microbatch, grad } => format!("send {} {microbatch} to {to}", what(grad)),
            Instr::Backward { microbatch } => format!("bwd {microbatch}"),
            Instr::ApplyGrad => "apply".to_string(),
        }
    }
}

/// One instruction list per stage (stage i runs on its own sub-mesh), in program order.
///
/// `stages = 0` gives no lists; `microbatches = 0` gives each stage only [`Instr::ApplyGrad`].
pub fn instructions(kind: ScheduleKind, stages: usize, microbatches: usize) -> Vec<Vec<Instr>> {
    (0..stages)
        .map(|stage| {
            let mut out = Vec::new();
            match kind {
                ScheduleKind::Gpipe => {
                    for mb in 0..microbatches {
                        push_forward(&mut out, stage, stages, mb);
                    }
                    for mb in (0..microbatches).rev() {
                        push_backward(&mut out, stage, stages, mb);
                    }
                }
                ScheduleKind::OneFOneB => {
                    let warmup = (stages - stage - 1).min(microbatches);
                    for mb in 0..warmup {
                        push_forward(&mut out, stage, stages, mb);
                    }
                    for k in 0..microbatches - warmup {
                        push_forward(&mut out, stage, stages, warmup + k);
                        push_backward(&mut out, stage, stages, k);
                    }
                    for mb in microbatches - warmup..microbatches {
                        push_backward(&mut out, stage, stages, mb);
                    }
                }
            }
            out.push(Instr::ApplyGrad);
            out
        })
        .collect()
}

/// Checks what [`instructions`] guarantees of a program over `microbatches` micro-batches: each
/// stage runs every micro-batch's forward and backward exactly once, the forward first, and
/// ends with its only [`Instr::ApplyGrad`]. The error names the first stage that does not.
pub fn verify_program(program: &[Vec<Instr>], microbatches: usize) -> Result<(), String> {
    for (stage, list) in program.iter().enumerate() {
        let mut forward = vec![0usize; microbatches];
        let mut backward = vec![0usize; microbatches];
        for (pc, instr) in list.iter().enumerate() {
            let at = || format!("stage {stage} instruction {pc} ({})", instr.text());
            match *instr {
                Instr::Forward { microbatch } | Instr::Backward { microbatch } if microbatch >= microbatches => {
                    return Err(format!("{}: micro-batch {microbatch} out of range (there are {microbatches})", at()));
                }
                Instr::Forward { microbatch } => forward[microbatch] += 1,
                Instr::Backward { microbatch } => {
                    if forward[microbatch] == 0 {
                        return Err(format!("{}: backward before forward", at()));
                    }
                    backward[microbatch] += 1;
                }
                Instr::ApplyGrad if pc + 1 != list.len() => return Err(format!("{}: apply is not last", at())),
                Instr::ApplyGrad | Instr::Recv { .. } | Instr::Send { .. } => {}
            }
        }
        if list.last() != Some(&Instr::ApplyGrad) {
            return Err(format!("stage {stage} does not end with apply"));
        }
        for mb in 0..microbatches {
            if forward[mb] != 1 || backward[mb] != 1 {
                return Err(format!("stage {stage} runs micro-batch {mb}'s forward {} times and backward {} times, expected once each", forward[mb], backward[mb]));
            }
        }
    }
    Ok(())
}

/// Peak number of micro-batches whose activations a stage holds (forward done, backward not yet) — 1F1B: stages - i (capped by B), GPipe: B.
pub fn max_in_flight(program: &[Vec<Instr>]) -> Vec<usize> {
    program
        .iter()
        .map(|list| {
            let mut held = std::collections::BTreeSet::new();
            let mut peak = 0;
            for instr in list {
                match *instr {
                    Instr::Forward { microbatch } => {
                        held.insert(microbatch);
                        peak = peak.max(held.len());
                    }
                    Instr::Backward { microbatch } => {
                        held.remove(&microbatch);
                    }
                    _ => {}
                }
            }
            peak
        })
        .collect()
}

/// What each instruction costs, in seconds. Invariant (checked by [`simulate`]): one entry per
/// stage in `forward_s`, `backward_s` and `apply_s`, `stages - 1` in `transfer_s`, all finite
/// and non-negative.
#[derive(Clone, Debug, PartialEq)]
pub struct Timing {
    /// Forward time of one micro-batch, per stage.
    pub forward_s: Vec<f64>,
    /// Backward time of one micro-batch, per stage.
    pub backward_s: Vec<f64>,
    /// one way, per micro-batch, between stage i and i+1 (len stages-1); the same for activations and gradients
    pub transfer_s: Vec<f64>,
    /// Gradient sync and optimizer update, per stage.
    pub apply_s: Vec<f64>,
}

impl Timing {
    /// The same times on every stage and link.
    pub fn uniform(stages: usize, forward_s: f64, backward_s: f64, transfer_s: f64, apply_s: f64) -> Timing {
        Timing { forward_s: vec![forward_s; stages], backward_s: vec![backward_s; stages], transfer_s: vec![transfer_s; stages.saturating_sub(1)], apply_s: vec![apply_s; stages] }
    }

    /// Checks the invariant for `stages` stages.
    pub fn verify(&self, stages: usize) -> Result<(), String> {
        let links = stages.saturating_sub(1);
        for (name, times, want) in [("forward", &self.forward_s, stages), ("backward", &self.backward_s, stages), ("transfer", &self.transfer_s, links), ("apply", &self.apply_s, stages)] {
            if times.len() != want {
                return Err(format!("timing has {} {name} times, expected {want} for {stages} stages", times.len()));
            }
            if let Some((i, t)) = times.iter().enumerate().find(|(_, t)| !t.is_finite() || **t < 0.0) {
                return Err(format!("{name} time {i} is {t}, expected a finite non-negative number of seconds"));
            }
        }
        Ok(())
    }

    /// Seconds for one message between stages `a` and `b`: the links in between, added up.
    fn link(&self, a: usize, b: usize) -> f64 {
        self.transfer_s[a.min(b)..a.max(b)].iter().sum()
    }
}

/// What an [`Event`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum EventKind {
    /// A forward computation.
    Forward,
    /// A backward computation.
    Backward,
    /// A message in flight; its `stage` is the sender.
    Transfer,
    /// The gradient sync and optimizer update.
    Apply,
}

/// One interval of a [`Timeline`].
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// The stage that computes (or, for a transfer, sends).
    pub stage: usize,
    /// What happens.
    pub kind: EventKind,
    /// The micro-batch; `None` for [`EventKind::Apply`].
    pub microbatch: Option<usize>,
    /// Start, seconds from the step's start.
    pub start_s: f64,
    /// End, seconds from the step's start; `end_s >= start_s`.
    pub end_s: f64,
    /// For a transfer, the receiving stage; `None` otherwise.
    pub peer: Option<usize>,
}

/// What [`simulate`] returns: every computation and transfer, sorted by start time then stage.
#[derive(Clone, Debug, PartialEq)]
pub struct Timeline {
    /// The intervals.
    pub events: Vec<Event>,
    /// When the last stage finishes its last instruction, seconds.
    pub makespan_s: f64,
}

impl Timeline {
    /// Idle compute time / (stages * makespan): the share of stage-time that runs neither a
    /// forward, a backward nor apply. 0 for an empty timeline.
    pub fn bubble_fraction(&self, stages: usize) -> f64 {
        let total = stages as f64 * self.makespan_s;
        if total <= 0.0 {
            return 0.0;
        }
        let busy: f64 = self.events.iter().filter(|e| e.kind != EventKind::Transfer && e.stage < stages).map(|e| e.end_s - e.start_s).sum();
        ((total - busy) / total).max(0.0)
    }
}

/// Runs the instruction lists: each stage executes its list in order; a Recv waits for the matching Send plus transfer time
/// (a send is asynchronous: it does not block the sender); compute ops take their stage's time. Returns an error (not a panic)
/// naming the stuck stages if the lists deadlock or a Recv has no matching Send.
///
/// Also an error: a send nobody receives, a stage number out of range, or `timing` that breaks
/// the [`Timing`] invariant. A message between stages that are not neighbours takes the links in
/// between, added up.
pub fn simulate(program: &[Vec<Instr>], timing: &Timing) -> Result<Timeline, String> {
    let stages = program.len();
    timing.verify(stages)?;
    let mut pc = vec![0usize; stages];
    let mut clock = vec![0.0f64; stages];
    // (from, to, microbatch, grad) -> arrival times, in send order.
    let mut inbox: BTreeMap<(usize, usize, usize, bool), VecDeque<f64>> = BTreeMap::new();
    let mut events = Vec::new();
    loop {
        let mut progressed = false;
        for stage in 0..stages {
            while let Some(instr) = program[stage].get(pc[stage]) {
                let peer = match *instr {
                    Instr::Recv { from: peer, .. } | Instr::Send { to: peer, .. } => peer,
                    _ => 0,
                };
                if peer >= stages {
                    return Err(format!("stage {stage} instruction {} ({}): there is no stage {peer} (the program has {stages})", pc[stage], instr.text()));
                }
                let mut compute = |kind, microbatch, seconds: f64| {
                    events.push(Event { stage, kind, microbatch, start_s: clock[stage], end_s: clock[stage] + seconds, peer: None });
                    clock[stage] += seconds;
                };
                match *instr {
                    Instr::Recv { from, microbatch, grad } => {
                        let Some(arrival) = inbox.get_mut(&(from, stage, microbatch, grad)).and_then(VecDeque::pop_front) else { break };
                        clock[stage] = clock[stage].max(arrival);
                    }
                    Instr::Send { to, microbatch, grad } => {
                        let arrival = clock[stage] + timing.link(stage, to);
                        events.push(Event { stage, kind: EventKind::Transfer, microbatch: Some(microbatch), start_s: clock[stage], end_s: arrival, peer: Some(to) });
                        inbox.entry((stage, to, microbatch, grad)).or_default().push_back(arrival);
                    }
                    Instr::Forward { microbatch } => compute(EventKind::Forward, Some(microbatch), timing.forward_s[stage]),
                    Instr::Backward { microbatch } => compute(EventKind::Backward, Some(microbatch), timing.backward_s[stage]),
                    Instr::ApplyGrad => compute(EventKind::Apply, None, timing.apply_s[stage]),
                }
                pc[stage] += 1;
                progressed = true;
            }
        }
        if (0..stages).all(|s| pc[s] == program[s].len()) {
            break;
        }
        if !progressed {
            return Err(deadlock_message(program, &pc));
        }
    }
    if let Some((&(from, to, microbatch, grad), _)) = inbox.iter().find(|(_, q)| !q.is_empty()) {
        let what = if grad { "grad" } else { "act" };
        return Err(format!("stage {from} sends {what} {microbatch} to stage {to}, which never receives it"));
    }
    events.sort_by(|a, b| a.start_s.total_cmp(&b.start_s).then(a.stage.cmp(&b.stage)));
    let makespan_s = events.iter().map(|e| e.end_s).chain(clock.iter().copied()).fold(0.0, f64::max);
    Ok(Timeline { events, makespan_s })
}

/// Names every stage that waits on a receive, and says when the sender never sends it.
fn deadlock_message(program: &[Vec<Instr>], pc: &[usize]) -> String {
    let mut stuck = Vec::new();
    for (stage, list) in program.iter().enumerate() {
        let Some(instr @ Instr::Recv { from, microbatch, grad }) = list.get(pc[stage]) else { continue };
        let sends = program[*from][pc[*from]..].contains(&Instr::Send { to: stage, microbatch: *microbatch, grad: *grad });
        let why = if sends { format!("stage {from} sends it later") } else { format!("stage {from} never sends it") };
        stuck.push(format!("stage {stage} waits at instruction {} ({}) and {why}", pc[stage], instr.text()));
    }
    format!("pipeline deadlock: {}", stuck.join("; "))
}

/// Appends the forward of micro-batch `mb` on `stage`: receive, compute, send on.
fn push_forward(out: &mut Vec<Instr>, stage: usize, stages: usize, mb: usize) {
    if stage > 0 {
        out.push(Instr::Recv { from: stage - 1, microbatch: mb, grad: false });
    }
    out.push(Instr::Forward { microbatch: mb });
    if stage + 1 < stages {
        out.push(Instr::Send { to: stage + 1, microbatch: mb, grad: false });
    }
}

/// Appends the backward of micro-batch `mb` on `stage`: receive the gradient, compute, send back.
fn push_backward(out: &mut Vec<Instr>, stage: usize, stages: usize, mb: usize) {
    if stage + 1 < stages {
        out.push(Instr::Recv { from: stage + 1, microbatch: mb, grad: true });
    }
    out.push(Instr::Backward { microbatch: mb });
    if stage > 0 {
        out.push(Instr::Send { to: stage - 1, microbatch: mb, grad: true });
    }
}

// ---------------------------------------------------------------------------------------------
// The picture.

/// Width of the time axis, px.
const PLOT_W: f64 = 960.0;
/// Height of one stage row, px.
const ROW_H: f64 = 26.0;
/// Space between rows, where the transfer arrows run, px.
const ROW_GAP: f64 = 12.0;
/// Outer margin, px.
const PAD: f64 = 16.0;
/// A generous width of one 12 px sans-serif character, px, for sizing the label column.
const CHAR_W: f64 = 7.0;

/// The picture: one row per stage (label on the left, e.g. "stage 0 · layers 0-5 · mesh 2x1 · devices 0-1"), forward boxes
/// and backward boxes per micro-batch (numbered, forward light / backward dark, one hue per stage or per micro-batch — your call, readable),
/// apply box, transfers as thin arrows or hatched strips, idle time visible as bubbles, a time axis in ms/s with ticks,
/// a legend, and below it the device assignment: a grid of hosts (rows) x devices per host (columns), each cell coloured
/// by its stage with the stage number written in it.
///
/// As built: one hue per stage (forward light, backward dark, micro-batch number inside when
/// the box is wide enough, a tooltip on every box); apply is a grey box; each transfer is a thin
/// arrow from the sender's row at the send to the receiver's row at the arrival; idle time shows
/// the row's hatched background. `labels[i]` labels stage `i` (missing ones read `stage i`);
/// `devices[i]` lists stage `i`'s device ids, laid out `devices_per_host` to a host row (0 is
/// read as 1). Every text is XML-escaped. Compute boxes carry `class="fwd"`, `"bwd"` or
/// `"apply"`, transfers `class="xfer"`.
pub fn to_svg(timeline: &Timeline, labels: &[String], devices: &[Vec<usize>], devices_per_host: usize, title: &str) -> String {
    let stages = timeline.events.iter().map(|e| e.stage + 1).chain([labels.len(), devices.len()]).max().unwrap_or(0);
    let label = |i: usize| labels.get(i).cloned().unwrap_or_else(|| format!("stage {i}"));
    let label_w = (0..stages).map(|i| label(i).chars().count()).chain(["host 00".len()]).max().unwrap_or(0) as f64 * CHAR_W + 28.0;
    let x0 = PAD + label_w;
    let span = if timeline.makespan_s > 0.0 { timeline.makespan_s } else { 1.0 };
    let x = |t: f64| x0 + t / span * PLOT_W;
    let row_y = |i: usize| PAD + 46.0 + i as f64 * (ROW_H + ROW_GAP);
    let rows_end = row_y(stages) - ROW_GAP;

    let dph = devices_per_host.max(1);
    let mut owner: BTreeMap<usize, usize> = BTreeMap::new();
    for (stage, ids) in devices.iter().enumerate() {
        for &d in ids {
            owner.entry(d).or_insert(stage);
        }
    }
    let hosts = owner.keys().next_back().map_or(0, |&d| d / dph + 1);
    let cell_w = (PLOT_W / dph as f64).clamp(18.0, 40.0);
    let cell_h = 22.0;

    let axis_y = rows_end + 8.0;
    let legend_y = axis_y + 60.0;
    let grid_title_y = legend_y + 40.0;
    let grid_y = grid_title_y + 26.0;
    let height = if hosts > 0 { grid_y + hosts as f64 * cell_h + PAD } else { grid_title_y + PAD };
    let width = (x0 + PLOT_W).max(x0 + dph as f64 * cell_w) + PAD;

    let mut s = String::new();
    let w = &mut s;
    let _ = writeln!(
        w,
        r#"<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0}" height="{height:.0}" viewBox="0 0 {width:.0} {height:.0}" font-family="Helvetica, Arial, sans-serif" font-size="12">"#
    );
    let _ = writeln!(
        w,
        r##"<defs><pattern id="idle" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#f4f4f4"/><line x1="0" y1="0" x2="0" y2="6" stroke="#d0d0d0" stroke-width="2"/></pattern><marker id="arrow" viewBox="0 0 6 6" refX="6" refY="3" markerWidth="6" markerHeight="6" orient="auto-start-reverse"><path d="M0,0 L6,3 L0,6 z" fill="#555"/></marker></defs>"##
    );
    let _ = writeln!(w, r#"<rect width="100%" height="100%" fill="white"/>"#);
    let _ = writeln!(w, r#"<text x="{PAD}" y="{:.1}" font-size="16" font-weight="bold">{}</text>"#, PAD + 10.0, esc(title));
    let _ = writeln!(
        w,
        r##"<text x="{PAD}" y="{:.1}" fill="#555">{} stages · makespan {} · bubble {:.1} %</text>"##,
        PAD + 28.0,
        stages,
        fmt_seconds(timeline.makespan_s),
        100.0 * timeline.bubble_fraction(stages)
    );

    // Rows: label, hatched background (what stays visible is a bubble).
    let _ = writeln!(w, r#"<g class="rows">"#);
    for i in 0..stages {
        let y = row_y(i);
        let (light, dark) = stage_colors(i);
        let _ = writeln!(w, r#"<rect x="{PAD}" y="{:.1}" width="10" height="10" fill="{light}" stroke="{dark}"/>"#, y + ROW_H / 2.0 - 5.0);
        let _ = writeln!(w, r#"<text x="{:.1}" y="{:.1}">{}</text>"#, PAD + 16.0, y + ROW_H / 2.0 + 4.0, esc(&label(i)));
        let _ = writeln!(w, r##"<rect x="{x0:.1}" y="{y:.1}" width="{PLOT_W:.1}" height="{ROW_H:.1}" fill="url(#idle)" stroke="#bbb" stroke-width="0.5"/>"##);
    }
    let _ = writeln!(w, "</g>");

    // Grid lines and the time axis.
    let (unit, factor) = time_unit(span);
    let ticks = ticks(span * factor);
    let _ = writeln!(w, r#"<g class="axis">"#);
    for &(value, ref text) in &ticks {
        let tx = x(value / factor);
        let _ = writeln!(w, r##"<line x1="{tx:.1}" y1="{:.1}" x2="{tx:.1}" y2="{rows_end:.1}" stroke="#e2e2e2"/>"##, row_y(0) - 4.0);
        let _ = writeln!(w, r##"<line x1="{tx:.1}" y1="{axis_y:.1}" x2="{tx:.1}" y2="{:.1}" stroke="#333"/>"##, axis_y + 5.0);
        let _ = writeln!(w, r#"<text x="{tx:.1}" y="{:.1}" text-anchor="middle">{text}</text>"#, axis_y + 18.0);
    }
    let _ = writeln!(w, r##"<line x1="{x0:.1}" y1="{axis_y:.1}" x2="{:.1}" y2="{axis_y:.1}" stroke="#333"/>"##, x0 + PLOT_W);
    let _ = writeln!(w, r#"<text x="{:.1}" y="{:.1}" text-anchor="middle">time ({unit})</text>"#, x0 + PLOT_W / 2.0, axis_y + 34.0);
    let _ = writeln!(w, "</g>");

    // Compute boxes.
    let _ = writeln!(w, r#"<g class="compute">"#);
    for e in timeline.events.iter().filter(|e| e.kind != EventKind::Transfer) {
        let (light, dark) = stage_colors(e.stage);
        let (class, fill, ink, text, what) = match (e.kind, e.microbatch) {
            (EventKind::Forward, mb) => ("fwd", light, "#111", mb.map(|m| m.to_string()).unwrap_or_default(), "forward"),
            (EventKind::Backward, mb) => ("bwd", dark, "#fff", mb.map(|m| m.to_string()).unwrap_or_default(), "backward"),
            _ => ("apply", "#555".to_string(), "#fff", "apply".to_string(), "apply"),
        };
        let (bx, by, bw) = (x(e.start_s), row_y(e.stage) + 2.0, (x(e.end_s) - x(e.start_s)).max(0.0));
        let tip = match e.microbatch {
            Some(mb) => format!("stage {} · {what} {mb} · {} – {}", e.stage, fmt_seconds(e.start_s), fmt_seconds(e.end_s)),
            None => format!("stage {} · {what} · {} – {}", e.stage, fmt_seconds(e.start_s), fmt_seconds(e.end_s)),
        };
        let _ = writeln!(
            w,
            r##"<rect class="{class}" x="{bx:.2}" y="{by:.1}" width="{bw:.2}" height="{:.1}" fill="{fill}" stroke="#fff" stroke-width="0.6"><title>{}</title></rect>"##,
            ROW_H - 4.0,
            esc(&tip)
        );
        let text = if bw >= text.len() as f64 * 7.0 + 4.0 {
            text
        } else if class == "apply" && bw >= 10.0 {
            "A".to_string()
        } else {
            String::new()
        };
        if !text.is_empty() {
            let _ = writeln!(w, r#"<text x="{:.2}" y="{:.1}" text-anchor="middle" font-size="11" fill="{ink}" pointer-events="none">{text}</text>"#, bx + bw / 2.0, by + (ROW_H - 4.0) / 2.0 + 4.0);
        }
    }
    let _ = writeln!(w, "</g>");

    // Transfers: sender's row edge at the send to the receiver's row edge at the arrival.
    let _ = writeln!(w, r##"<g class="transfers" stroke="#555" stroke-width="0.8" stroke-opacity="0.7" fill="none">"##);
    for e in timeline.events.iter().filter(|e| e.kind == EventKind::Transfer) {
        let to = e.peer.unwrap_or(e.stage);
        let (y1, y2) = if to >= e.stage { (row_y(e.stage) + ROW_H, row_y(to)) } else { (row_y(e.stage), row_y(to) + ROW_H) };
        let what = if to > e.stage { "activation" } else { "gradient" };
        let tip = format!("{what} {} · stage {} → {to} · {} – {}", e.microbatch.unwrap_or(0), e.stage, fmt_seconds(e.start_s), fmt_seconds(e.end_s));
        let _ = writeln!(w, r#"<line class="xfer" x1="{:.2}" y1="{y1:.1}" x2="{:.2}" y2="{y2:.1}" marker-end="url(#arrow)"><title>{}</title></line>"#, x(e.start_s), x(e.end_s), esc(&tip));
    }
    let _ = writeln!(w, "</g>");

    // Legend.
    let (light, dark) = stage_colors(0);
    let _ = writeln!(w, r#"<g class="legend">"#);
    let mut lx = x0;
    let items: [(&str, String); 4] = [("forward", light), ("backward", dark), ("apply", "#555".into()), ("idle (bubble)", "url(#idle)".into())];
    for (name, fill) in items {
        let _ = writeln!(w, r##"<rect x="{lx:.1}" y="{:.1}" width="22" height="14" fill="{fill}" stroke="#999" stroke-width="0.5"/>"##, legend_y - 11.0);
        let _ = writeln!(w, r#"<text x="{:.1}" y="{legend_y:.1}">{name}</text>"#, lx + 28.0);
        lx += 28.0 + name.len() as f64 * CHAR_W + 18.0;
    }
    let _ = writeln!(w, r##"<line x1="{lx:.1}" y1="{:.1}" x2="{:.1}" y2="{:.1}" stroke="#555" marker-end="url(#arrow)"/>"##, legend_y - 4.0, lx + 22.0, legend_y - 4.0);
    let _ = writeln!(w, r#"<text x="{:.1}" y="{legend_y:.1}">transfer (send → arrival)</text>"#, lx + 28.0);
    let _ = writeln!(w, r##"<text x="{x0:.1}" y="{:.1}" fill="#555">colour = stage (light forward, dark backward); number = micro-batch</text>"##, legend_y + 18.0);
    let _ = writeln!(w, "</g>");

    // Device assignment.
    let _ = writeln!(w, r#"<g class="devices">"#);
    let _ = writeln!(w, r#"<text x="{PAD}" y="{grid_title_y:.1}" font-weight="bold">device assignment: {hosts} hosts × {dph} devices per host</text>"#);
    for col in 0..dph {
        let _ = writeln!(w, r##"<text x="{:.1}" y="{:.1}" text-anchor="middle" font-size="10" fill="#555">{col}</text>"##, x0 + col as f64 * cell_w + cell_w / 2.0, grid_y - 5.0);
    }
    for host in 0..hosts {
        let y = grid_y + host as f64 * cell_h;
        let _ = writeln!(w, r#"<text x="{PAD}" y="{:.1}">host {host}</text>"#, y + cell_h / 2.0 + 4.0);
        for col in 0..dph {
            let device = host * dph + col;
            let cx = x0 + col as f64 * cell_w;
            let (fill, ink, text, tip) = match owner.get(&device) {
                Some(&stage) => (stage_colors(stage).0, "#111", stage.to_string(), format!("device {device} · stage {stage}")),
                None => ("#fff".to_string(), "#999", "–".to_string(), format!("device {device} · unused")),
            };
            let _ = writeln!(w, r##"<rect x="{cx:.1}" y="{y:.1}" width="{cell_w:.1}" height="{cell_h:.1}" fill="{fill}" stroke="#888" stroke-width="0.7"><title>{tip}</title></rect>"##);
            let _ = writeln!(w, r#"<text x="{:.1}" y="{:.1}" text-anchor="middle" font-size="11" fill="{ink}">{text}</text>"#, cx + cell_w / 2.0, y + cell_h / 2.0 + 4.0);
        }
    }
    let _ = writeln!(w, "</g>");
    let _ = writeln!(w, "</svg>");
    s
}

/// XML-escapes text for an element body or an attribute.
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            _ => out.push(c),
        }
    }
    out
}

/// The light (forward) and dark (backward) colour of a stage, as `#rrggbb`.
fn stage_colors(stage: usize) -> (String, String) {
    const HUES: [f64; 8] = [210.0, 28.0, 135.0, 280.0, 350.0, 48.0, 180.0, 95.0];
    // Past the palette, step by the golden angle so neighbours stay apart.
    let hue = HUES.get(stage).copied().unwrap_or_else(|| (stage as f64 * 137.508) % 360.0);
    (hsl_hex(hue, 0.70, 0.80), hsl_hex(hue, 0.60, 0.38))
}

/// `hsl(h, s, l)` as `#rrggbb` (SVG 1.1 renderers need not know `hsl()`).
fn hsl_hex(h: f64, s: f64, l: f64) -> String {
    let c = (1.0 - (2.0 * l - 1.0).abs()) * s;
    let hp = h / 60.0;
    let x = c * (1.0 - (hp % 2.0 - 1.0).abs());
    let (r, g, b) = match hp as u32 {
        0 => (c, x, 0.0),
        1 => (x, c, 0.0),
        2 => (0.0, c, x),
        3 => (0.0, x, c),
        4 => (x, 0.0, c),
        _ => (c, 0.0, x),
    };
    let m = l - c / 2.0;
    let byte = |v: f64| ((v + m) * 255.0).round().clamp(0.0, 255.0) as u8;
    format!("#{:02x}{:02x}{:02x}", byte(r), byte(g), byte(b))
}

/// The axis unit for a span in seconds: its name and seconds-to-unit factor.
fn time_unit(span_s: f64) -> (&'static str, f64) {
    if span_s >= 1.0 {
        ("s", 1.0)
    } else if span_s >= 1e-3 {
        ("ms", 1e3)
    } else {
        ("µs", 1e6)
    }
}

/// Seconds as text in a readable unit, e.g. `12.5 ms`.
fn fmt_seconds(seconds: f64) -> String {
    let (unit, factor) = time_unit(seconds);
    format!("{:.3} {unit}", seconds * factor).replace(".000 ", " ")
}

/// Tick values from 0 to `span` (in display units) at a 1-2-5 step giving about 8 ticks, with
/// their labels.
fn ticks(span: f64) -> Vec<(f64, String)> {
    if span.is_nan() || span <= 0.0 {
        return vec![(0.0, "0".to_string())];
    }
    let raw = span / 8.0;
    let magnitude = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0].into_iter().map(|m| m * magnitude).find(|s| *s >= raw).unwrap_or(10.0 * magnitude);
    let decimals = (-step.log10().floor()).max(0.0) as usize;
    (0..).map(|k| k as f64 * step).take_while(|v| *v <= span * (1.0 + 1e-9)).map(|v| (v, format!("{v:.decimals$}"))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const KINDS: [ScheduleKind; 2] = [ScheduleKind::Gpipe, ScheduleKind::OneFOneB];

    /// When the last forward or backward ends: the makespan before apply.
    fn end_before_apply(t: &Timeline) -> f64 {
        t.events.iter().filter(|e| matches!(e.kind, EventKind::Forward | EventKind::Backward)).map(|e| e.end_s).fold(0.0, f64::max)
    }

    /// The pipeline formula: sum of stage times plus (B - 1) times the slowest.
    fn pipeline_formula(timing: &Timing, microbatches: usize) -> f64 {
        let t: Vec<f64> = timing.forward_s.iter().zip(&timing.backward_s).map(|(f, b)| f + b).collect();
        t.iter().sum::<f64>() + (microbatches as f64 - 1.0) * t.iter().copied().fold(0.0, f64::max)
    }

    /// A lower bound any schedule obeys: stage k cannot start before the forwards above it,
    /// cannot end before the backwards above it have run after it, and does B * t_k work.
    fn resource_bound(timing: &Timing, microbatches: usize) -> f64 {
        let t: Vec<f64> = timing.forward_s.iter().zip(&timing.backward_s).map(|(f, b)| f + b).collect();
        (0..t.len()).map(|k| t[..k].iter().sum::<f64>() + microbatches as f64 * t[k]).fold(0.0, f64::max)
    }

    /// A deterministic, uneven set of stage times.
    fn uneven(stages: usize, seed: usize) -> Timing {
        let v = |i: usize, salt: usize| 0.5 + ((i * 7 + seed * 13 + salt * 5) % 11) as f64 * 0.25;
        Timing {
            forward_s: (0..stages).map(|i| v(i, 1)).collect(),
            backward_s: (0..stages).map(|i| 2.0 * v(i, 2)).collect(),
            transfer_s: vec![0.0; stages.saturating_sub(1)],
            apply_s: vec![0.0; stages],
        }
    }

    /// The timeline as text, one 3-character slot per second: `F3`, `B3`, `A`, `..` idle.
    fn ascii(t: &Timeline, stages: usize) -> String {
        let slots = t.makespan_s.round() as usize;
        let mut rows = vec![vec![".. ".to_string(); slots]; stages];
        for e in t.events.iter().filter(|e| e.kind != EventKind::Transfer) {
            let mark = match e.kind {
                EventKind::Forward => format!("F{} ", e.microbatch.unwrap_or(0)),
                EventKind::Backward => format!("B{} ", e.microbatch.unwrap_or(0)),
                _ => "A  ".to_string(),
            };
            for cell in &mut rows[e.stage][e.start_s.round() as usize..e.end_s.round() as usize] {
                cell.clone_from(&mark);
            }
        }
        rows.iter().enumerate().map(|(i, r)| format!("stage {i} | {}", r.concat().trim_end())).collect::<Vec<_>>().join("\n")
    }

    #[test]
    fn parse_and_name_round_trip() {
        for kind in KINDS {
            assert_eq!(ScheduleKind::parse(kind.name()), Some(kind));
        }
        assert_eq!(ScheduleKind::parse("GPipe"), Some(ScheduleKind::Gpipe));
        assert_eq!(ScheduleKind::parse("interleaved"), None);
    }

    #[test]
    fn instruction_text() {
        let check = |instr: Instr, expected: &str| assert_eq!(instr.text(), expected);
        check(Instr::Recv { from: 0, microbatch: 3, grad: false }, "recv act 3 from 0");
        check(Instr::Recv { from: 2, microbatch: 1, grad: true }, "recv grad 1 from 2");
        check(Instr::Forward { microbatch: 3 }, "fwd 3");
        check(Instr::Send { to: 0, microbatch: 3, grad: true }, "send grad 3 to 0");
        check(Instr::Send { to: 1, microbatch: 0, grad: false }, "send act 0 to 1");
        check(Instr::Backward { microbatch: 3 }, "bwd 3");
        check(Instr::ApplyGrad, "apply");
        assert_eq!(serde_json::to_string(&Instr::Send { to: 1, microbatch: 2, grad: true }).unwrap(), r#"{"op":"send","to":1,"microbatch":2,"grad":true}"#);
    }

    #[test]
    fn programs_as_written() {
        let check = |kind, stages, microbatches, expected: &[&str]| {
            let got: Vec<String> = instructions(kind, stages, microbatches).iter().map(|l| l.iter().map(Instr::text).collect::<Vec<_>>().join(", ")).collect();
            assert_eq!(got, expected, "{} S={stages} B={microbatches}", ScheduleKind::name(kind));
        };
        check(
            ScheduleKind::OneFOneB,
            2,
            2,
            &[
                "fwd 0, send act 0 to 1, fwd 1, send act 1 to 1, recv grad 0 from 1, bwd 0, recv grad 1 from 1, bwd 1, apply",
                "recv act 0 from 0, fwd 0, bwd 0, send grad 0 to 0, recv act 1 from 0, fwd 1, bwd 1, send grad 1 to 0, apply",
            ],
        );
        check(
            ScheduleKind::Gpipe,
            2,
            2,
            &[
                "fwd 0, send act 0 to 1, fwd 1, send act 1 to 1, recv grad 1 from 1, bwd 1, recv grad 0 from 1, bwd 0, apply",
                "recv act 0 from 0, fwd 0, recv act 1 from 0, fwd 1, bwd 1, send grad 1 to 0, bwd 0, send grad 0 to 0, apply",
            ],
        );
        check(ScheduleKind::OneFOneB, 1, 0, &["apply"]);
        check(ScheduleKind::Gpipe, 0, 3, &[]);
    }

    #[test]
    fn every_program_is_complete_and_runs() {
        for kind in KINDS {
            for stages in 1..=6 {
                for microbatches in 1..=12 {
                    let program = instructions(kind, stages, microbatches);
                    let case = format!("{} S={stages} B={microbatches}", kind.name());
                    assert_eq!(verify_program(&program, microbatches), Ok(()), "{case}");
                    let timeline = simulate(&program, &Timing::uniform(stages, 1.0, 2.0, 0.0, 0.5)).unwrap_or_else(|e| panic!("{case}: {e}"));
                    for stage in 0..stages {
                        let mine: Vec<&Event> = timeline.events.iter().filter(|e| e.stage == stage && e.kind != EventKind::Transfer).collect();
                        for mb in 0..microbatches {
                            for kind in [EventKind::Forward, EventKind::Backward] {
                                assert_eq!(mine.iter().filter(|e| e.kind == kind && e.microbatch == Some(mb)).count(), 1, "{case} stage {stage} {kind:?} {mb}");
                            }
                        }
                        let apply: Vec<&&Event> = mine.iter().filter(|e| e.kind == EventKind::Apply).collect();
                        assert_eq!(apply.len(), 1, "{case} stage {stage}");
                        assert!(mine.iter().all(|e| e.kind == EventKind::Apply || e.end_s <= apply[0].start_s), "{case} stage {stage}: apply is not last");
                    }
                }
            }
        }
    }

    #[test]
    fn uniform_times_match_the_pipeline_formula() {
        for kind in KINDS {
            for (f, b) in [(1.0, 1.0), (1.0, 2.0), (0.3, 0.7), (2.0, 0.5)] {
                for stages in 1..=6 {
                    for microbatches in 1..=12 {
                        let timing = Timing::uniform(stages, f, b, 0.0, 0.0);
                        let timeline = simulate(&instructions(kind, stages, microbatches), &timing).unwrap();
                        let expected = (microbatches + stages - 1) as f64 * (f + b);
                        let case = format!("{} S={stages} B={microbatches} f={f} b={b}", kind.name());
                        assert!((end_before_apply(&timeline) - expected).abs() < 1e-9, "{case}: {} != {expected}", end_before_apply(&timeline));
                        assert!((expected - pipeline_formula(&timing, microbatches)).abs() < 1e-9);
                        let bubble = (stages - 1) as f64 / (microbatches + stages - 1) as f64;
                        assert!((timeline.bubble_fraction(stages) - bubble).abs() < 1e-9, "{case}");
                    }
                }
            }
        }
    }

    #[test]
    fn apply_runs_after_the_last_backward() {
        for kind in KINDS {
            let timeline = simulate(&instructions(kind, 3, 4), &Timing::uniform(3, 1.0, 2.0, 0.0, 0.5)).unwrap();
            // Stage 0 runs the last backward; its apply ends the step.
            assert!((timeline.makespan_s - (6.0 * 3.0 + 0.5)).abs() < 1e-9, "{}", kind.name());
        }
    }

    #[test]
    fn max_in_flight_per_schedule() {
        for stages in 1..=6 {
            for microbatches in 1..=12 {
                let one = max_in_flight(&instructions(ScheduleKind::OneFOneB, stages, microbatches));
                assert_eq!(one, (0..stages).map(|i| (stages - i).min(microbatches)).collect::<Vec<_>>(), "S={stages} B={microbatches}");
                let gpipe = max_in_flight(&instructions(ScheduleKind::Gpipe, stages, microbatches));
                assert_eq!(gpipe, vec![microbatches; stages], "S={stages} B={microbatches}");
            }
        }
    }

    #[test]
    fn transfers_delay_the_step() {
        for kind in KINDS {
            for stages in 2..=5 {
                for microbatches in [1, 4, 9] {
                    let program = instructions(kind, stages, microbatches);
                    let fast = simulate(&program, &Timing::uniform(stages, 1.0, 2.0, 0.0, 0.0)).unwrap();
                    let slow = simulate(&program, &Timing::uniform(stages, 1.0, 2.0, 0.25, 0.0)).unwrap();
                    assert!(slow.makespan_s > fast.makespan_s + 0.25, "{} S={stages} B={microbatches}", kind.name());
                    // Micro-batch 0 crosses every link twice before stage 0 can finish.
                    assert!(slow.makespan_s >= fast.makespan_s + 2.0 * 0.25 * (stages - 1) as f64 - 1e-9);
                    let transfers = slow.events.iter().filter(|e| e.kind == EventKind::Transfer).count();
                    assert_eq!(transfers, 2 * microbatches * (stages - 1));
                }
            }
        }
    }

    #[test]
    fn uneven_stages_obey_the_lower_bounds() {
        for kind in KINDS {
            for stages in 1..=6 {
                for microbatches in 1..=12 {
                    for seed in 0..5 {
                        let timing = uneven(stages, seed);
                        let got = simulate(&instructions(kind, stages, microbatches), &timing).unwrap().makespan_s;
                        let case = format!("{} S={stages} B={microbatches} seed={seed}", kind.name());
                        assert!(got >= resource_bound(&timing, microbatches) - 1e-9, "{case}");
                        let t: Vec<f64> = timing.forward_s.iter().zip(&timing.backward_s).map(|(f, b)| f + b).collect();
                        let slowest_last = t.iter().all(|x| *x <= t[stages - 1]);
                        // GPipe is a forward flow shop then a backward one, each at least
                        // sum + (B-1) max of its own times; so it always obeys the pipeline
                        // formula. 1F1B does when the slowest stage is the last one.
                        if kind == ScheduleKind::Gpipe || slowest_last {
                            assert!(got >= pipeline_formula(&timing, microbatches) - 1e-9, "{case}: {got}");
                        }
                    }
                }
            }
        }
    }

    #[test]
    fn one_f_one_b_hides_fast_later_stages_behind_a_slow_first_one() {
        // The pipeline formula is no lower bound for 1F1B: with a slow stage 0, the fast stage 1
        // runs inside stage 0's warm-up forward, and stage 0 never idles.
        let timing = Timing { forward_s: vec![5.0, 0.5], backward_s: vec![5.0, 0.5], transfer_s: vec![0.0], apply_s: vec![0.0; 2] };
        let got = simulate(&instructions(ScheduleKind::OneFOneB, 2, 8), &timing).unwrap().makespan_s;
        assert_eq!(got, 80.0);
        assert!(got < pipeline_formula(&timing, 8));
        let gpipe = simulate(&instructions(ScheduleKind::Gpipe, 2, 8), &timing).unwrap().makespan_s;
        assert_eq!(gpipe, pipeline_formula(&timing, 8));
    }

    #[test]
    fn ascii_picture_in_the_module_docs() {
        let timeline = simulate(&instructions(ScheduleKind::OneFOneB, 3, 4), &Timing::uniform(3, 1.0, 1.0, 0.0, 0.0)).unwrap();
        let expected = "\
stage 0 | F0 F1 F2 .. .. B0 F3 B1 .. B2 .. B3
stage 1 | .. F0 F1 .. B0 F2 B1 F3 B2 .. B3 ..
stage 2 | .. .. F0 B0 F1 B1 F2 B2 F3 B3 .. ..";
        assert_eq!(ascii(&timeline, 3), expected);
    }

    #[test]
    fn broken_programs_are_errors() {
        let check = |program: Vec<Vec<Instr>>, timing: Timing, expected: &str| {
            let err = simulate(&program, &timing).expect_err("expected an error");
            assert!(err.contains(expected), "{err:?} does not contain {expected:?}");
        };
        // A receive nobody sends.
        let mut program = instructions(ScheduleKind::OneFOneB, 3, 2);
        program[1].retain(|i| *i != Instr::Send { to: 2, microbatch: 1, grad: false });
        check(program, Timing::uniform(3, 1.0, 1.0, 0.0, 0.0), "stage 2 waits at instruction 4 (recv act 1 from 1) and stage 1 never sends it");
        // Two stages that each wait for the other first.
        let both = vec![
            vec![Instr::Recv { from: 1, microbatch: 0, grad: true }, Instr::Send { to: 1, microbatch: 0, grad: false }],
            vec![Instr::Recv { from: 0, microbatch: 0, grad: false }, Instr::Send { to: 0, microbatch: 0, grad: true }],
        ];
        check(both, Timing::uniform(2, 1.0, 1.0, 0.0, 0.0), "pipeline deadlock: stage 0 waits at instruction 0 (recv grad 0 from 1) and stage 1 sends it later; stage 1 waits");
        // A send nobody receives.
        check(vec![vec![Instr::Send { to: 1, microbatch: 0, grad: false }], vec![]], Timing::uniform(2, 1.0, 1.0, 0.0, 0.0), "stage 0 sends act 0 to stage 1, which never receives it");
        // A stage that does not exist.
        check(vec![vec![Instr::Recv { from: 4, microbatch: 0, grad: false }]], Timing::uniform(1, 1.0, 1.0, 0.0, 0.0), "there is no stage 4");
        // Timing that does not fit.
        check(instructions(ScheduleKind::Gpipe, 2, 2), Timing::uniform(3, 1.0, 1.0, 0.0, 0.0), "timing has 3 forward times, expected 2");
        check(instructions(ScheduleKind::Gpipe, 2, 2), Timing::uniform(2, 1.0, f64::NAN, 0.0, 0.0), "backward time 0 is NaN");
    }

    #[test]
    fn verify_program_names_what_is_wrong() {
        let check = |program: Vec<Vec<Instr>>, expected: &str| {
            let err = verify_program(&program, 2).expect_err("expected an error");
            assert!(err.contains(expected), "{err:?} does not contain {expected:?}");
        };
        let mut twice = instructions(ScheduleKind::Gpipe, 1, 2);
        twice.insert(0, vec![Instr::Forward { microbatch: 0 }, Instr::Forward { microbatch: 0 }, Instr::Backward { microbatch: 0 }, Instr::Backward { microbatch: 1 }, Instr::ApplyGrad]);
        check(twice, "stage 0 instruction 3 (bwd 1): backward before forward");
        check(vec![vec![Instr::ApplyGrad, Instr::Forward { microbatch: 0 }]], "apply is not last");
        check(vec![vec![Instr::Forward { microbatch: 5 }]], "micro-batch 5 out of range");
        check(vec![vec![Instr::Forward { microbatch: 0 }, Instr::Backward { microbatch: 0 }, Instr::ApplyGrad]], "stage 0 runs micro-batch 1's forward 0 times");
    }

    #[test]
    fn ticks_are_round() {
        let check = |span: f64, expected: &[&str]| assert_eq!(ticks(span).into_iter().map(|(_, t)| t).collect::<Vec<_>>(), expected, "span {span}");
        check(10.0, &["0", "2", "4", "6", "8", "10"]);
        check(0.35, &["0.00", "0.05", "0.10", "0.15", "0.20", "0.25", "0.30", "0.35"]);
        check(0.0, &["0"]);
        assert_eq!(time_unit(0.02), ("ms", 1e3));
        assert_eq!(fmt_seconds(0.0125), "12.500 ms");
        assert_eq!(hsl_hex(0.0, 1.0, 0.5), "#ff0000");
    }

    #[test]
    fn svg_draws_every_event_and_escapes_labels() {
        let stages = 3;
        let timeline = simulate(&instructions(ScheduleKind::OneFOneB, stages, 5), &Timing::uniform(stages, 0.002, 0.004, 0.0005, 0.001)).unwrap();
        let labels = vec!["stage 0 · layers 0-5 · mesh 2x1 · devices 0-1".to_string(), "stage 1 <embed & head>".to_string(), "stage 2".to_string()];
        let devices = vec![vec![0, 1], vec![2, 3], vec![4, 5, 6, 7]];
        let svg = to_svg(&timeline, &labels, &devices, 4, "gpt <tiny> & co");
        assert!(svg.starts_with("<svg"), "{}", &svg[..40]);
        assert!(svg.trim_end().ends_with("</svg>"));
        assert_eq!(svg.matches("<g ").count() + svg.matches("<g>").count(), svg.matches("</g>").count());
        let count = |kind| timeline.events.iter().filter(|e| e.kind == kind).count();
        assert_eq!(svg.matches(r#"class="fwd""#).count(), count(EventKind::Forward));
        assert_eq!(svg.matches(r#"class="bwd""#).count(), count(EventKind::Backward));
        assert_eq!(svg.matches(r#"class="apply""#).count(), count(EventKind::Apply));
        assert_eq!(svg.matches(r#"class="xfer""#).count(), count(EventKind::Transfer));
        assert!(svg.contains("stage 0 · layers 0-5 · mesh 2x1 · devices 0-1"));
        assert!(svg.contains("stage 1 &lt;embed &amp; head&gt;"));
        assert!(svg.contains("gpt &lt;tiny&gt; &amp; co"));
        assert!(!svg.contains("<embed") && !svg.contains("<tiny"));
        assert!(svg.contains("time (ms)"));
        assert!(svg.contains("device assignment: 2 hosts × 4 devices per host"));
        // Every element that opens also closes: count tags, self-closing ones aside.
        let opens = svg.matches('<').count() - svg.matches("</").count() - svg.matches("/>").count();
        assert_eq!(opens, svg.matches("</").count());
    }

    #[test]
    fn svg_of_nothing_is_still_a_picture() {
        let empty = Timeline { events: vec![], makespan_s: 0.0 };
        let svg = to_svg(&empty, &[], &[], 0, "");
        assert!(svg.starts_with("<svg") && svg.trim_end().ends_with("</svg>"));
    }

    #[test]
    fn write_example_svg() {
        // The picture for a human to look at: S = 4, B = 8, 1F1B, uneven stages.
        let timing =
            Timing { forward_s: vec![0.010, 0.014, 0.012, 0.016], backward_s: vec![0.020, 0.028, 0.024, 0.034], transfer_s: vec![0.0015, 0.004, 0.0015], apply_s: vec![0.006, 0.006, 0.006, 0.009] };
        let timeline = simulate(&instructions(ScheduleKind::OneFOneB, 4, 8), &timing).unwrap();
        let labels: Vec<String> = (0..4).map(|i| format!("stage {i} · layers {}-{} · mesh 2x1 · devices {}-{}", 6 * i, 6 * i + 5, 2 * i, 2 * i + 1)).collect();
        let devices: Vec<Vec<usize>> = (0..4).map(|i| vec![2 * i, 2 * i + 1]).collect();
        let svg = to_svg(&timeline, &labels, &devices, 4, "1F1B · 4 stages · 8 micro-batches");
        assert!(svg.starts_with("<svg"));
        assert_eq!(svg.matches(r#"class="fwd""#).count(), 32);
        // `ALPA_SCHEDULE_SVG=/tmp/schedule_example.svg cargo test ... write_example_svg` saves it.
        if let Some(path) = std::env::var_os("ALPA_SCHEDULE_SVG") {
            std::fs::write(&path, svg).unwrap();
        }
    }
}
