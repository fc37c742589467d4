//! The SPMD simulator: runs one per-device program on every device of a grid at once, one OS
//! thread per device, with real in-memory collectives between the threads. It is the numerical
//! oracle for partitioned programs: running the partitioned module here must give, gathered,
//! what the unpartitioned module gives on one device.
//!
//! - Expects: a module whose entry function is an SPMD program (local, per-device types) using
//!   the `shard` dialect's collectives and process indices on a declared `shard.grid` of the
//!   simulated shape, and one list of inputs per device, in row-major device order.
//! - Guarantees: every device runs the reference interpreter ([`crate::interp`]) with its own
//!   multi-index. Each collective meets the devices of its process group (those that differ
//!   only along `grid_axes`, ordered as [`Grid::group`] orders them) and combines their
//!   tensors in group order, so results are bit-reproducible from run to run. A device that
//!   fails releases the others (the hub is poisoned) and the call returns the first error,
//!   wrapped in [`RunError::Device`]; devices that wait for each other forever (a collective
//!   some member never reaches, a `shard.recv` with no matching `shard.send`) are detected
//!   and reported as a deadlock at the waiting op, never a hang.
//!
//! ```text
//! shard.grid @mesh(shape = 2)
//! func.func @main(%x: tensor<4x2xf32>, %w: tensor<2x6xf32>) -> tensor<4x6xf32> {
//!   %p = stablehlo.dot_general %x, %w, contracting_dims = [1] x [0] : (...) -> tensor<4x6xf32>
//!   %y = shard.all_reduce %p on @mesh grid_axes = [0] : tensor<4x6xf32> -> tensor<4x6xf32>
//!   return %y : tensor<4x6xf32>
//! }
//! run_spmd(&module, "main", &[2], vec![vec![x0, w0], vec![x1, w1]]) == [[x @ w], [x @ w]]
//! ```
//!
//! Semantics where MLIR 22 leaves a choice: `shard.shift` moves data towards higher indices
//! (a device receives from the one `offset` before it, as `MPI_Cart_shift` does) and a device
//! with no source keeps its own tensor; `shard.send` is eager (it never waits) and returns its
//! operand; `shard.recv` needs its `source`. `average` divides the sum by the group size in the
//! result's element type; `generic` reductions cannot be computed.

use crate::error::RunError;
use crate::interp::elementwise::{self, Binary};
use crate::interp::{self, layout, Fail, Spmd, Value};
use crate::tensor::{Data, Tensor};
use alpa_stablehlo::ir::{Item, Module, Op, Pos};
use alpa_stablehlo::shard::{self, Collective, CollectiveKind, Grid, ProcessIndex, Reduction};
use alpa_stablehlo::{ElemType, TensorType, Type};
use std::cell::RefCell;
use std::collections::HashMap;
use std::panic::AssertUnwindSafe;
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};

/// Stack of each device thread: the interpreter recurses through nested regions and calls.
const STACK_BYTES: usize = 8 << 20;

/// Runs `entry` of `module` on every device of a grid of `grid_shape`, `inputs[d]` on the
/// device with row-major linear index `d`, and returns each device's results in the same
/// order. See the module docs for what the module must be and what the run guarantees.
pub fn run_spmd(module: &Module, entry: &str, grid_shape: &[i64], inputs: Vec<Vec<Tensor>>) -> Result<Vec<Vec<Tensor>>, RunError> {
    let inputs = inputs.into_iter().map(|device| device.into_iter().map(Value::Tensor).collect()).collect();
    let outputs = run_spmd_values(module, entry, grid_shape, inputs)?;
    outputs
        .into_iter()
        .enumerate()
        .map(|(d, values)| {
            values
                .into_iter()
                .enumerate()
                .map(|(i, v)| match v {
                    Value::Tensor(t) => Ok(t),
                    _ => Err(RunError::Input(format!("result {i} of @{entry} on device {d} is not a tensor"))),
                })
                .collect()
        })
        .collect()
}

/// [`run_spmd`] for entry functions whose arguments or results are not all tensors (process
/// indices come back as [`Value::Index`]).
pub fn run_spmd_values(module: &Module, entry: &str, grid_shape: &[i64], inputs: Vec<Vec<Value>>) -> Result<Vec<Vec<Value>>, RunError> {
    let devices = grid_shape.iter().try_fold(1i64, |n, &d| if d < 1 { None } else { n.checked_mul(d) }).filter(|_| !grid_shape.is_empty());
    let Some(devices) = devices.and_then(|n| usize::try_from(n).ok()) else {
        return Err(RunError::Input(format!("grid shape {grid_shape:?} needs at least one axis and at least one device along each")));
    };
    if inputs.len() != devices {
        return Err(RunError::Input(format!("a grid of shape {} has {devices} devices but inputs for {} were given", shape_text(grid_shape), inputs.len())));
    }
    let grids = declared_grids(module)?;
    let hub = Hub::new(Grid::new("", grid_shape.to_vec()), devices);
    let results: Vec<Result<Vec<Value>, RunError>> = std::thread::scope(|scope| {
        let mut handles = Vec::with_capacity(devices);
        for (d, inputs) in inputs.into_iter().enumerate() {
            let device = Device { index: d, multi: hub.grid.multi_index(d as i64), hub: &hub, grids: &grids, counters: RefCell::default() };
            let hub = &hub;
            let spawned = std::thread::Builder::new().name(format!("device {d}")).stack_size(STACK_BYTES).spawn_scoped(scope, move || {
                let run = std::panic::catch_unwind(AssertUnwindSafe(|| interp::run_on_device(module, entry, inputs, &device)));
                let out = run.unwrap_or_else(|panic| Err(RunError::Input(format!("the interpreter panicked: {}", panic_message(&panic)))));
                hub.leave(d, out.as_ref().err());
                out
            });
            match spawned {
                Ok(handle) => handles.push(Some(handle)),
                Err(e) => {
                    // The devices already running must not wait for this one.
                    hub.leave(d, Some(&RunError::Input(format!("cannot start a thread for the device: {e}"))));
                    handles.push(None);
                }
            }
        }
        handles
            .into_iter()
            .map(|h| match h.map(|h| h.join()) {
                Some(Ok(out)) => out,
                Some(Err(panic)) => Err(RunError::Input(format!("a device thread panicked: {}", panic_message(&panic)))),
                None => Err(RunError::Input("no thread ran the device".into())),
            })
            .collect()
    });
    if let Some(e) = hub.first_failure() {
        return Err(e);
    }
    hub.check_all_received()?;
    results.into_iter().collect()
}

/// The shapes of the grids the module declares, by name.
fn declared_grids(module: &Module) -> Result<HashMap<String, Vec<i64>>, RunError> {
    let mut grids = HashMap::new();
    for item in &module.items {
        if let Item::Op(op) = item {
            if op.name == shard::GRID_OP {
                let grid = Grid::from_op(op).map_err(|e| RunError::at(op, e))?;
                grids.insert(grid.name, grid.shape);
            }
        }
    }
    Ok(grids)
}

/// `2x4` for a grid of shape `[2, 4]`.
pub(crate) fn shape_text(shape: &[i64]) -> String {
    shape.iter().map(i64::to_string).collect::<Vec<_>>().join("x")
}

fn panic_message(panic: &Box<dyn std::any::Any + Send>) -> String {
    panic.downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| panic.downcast_ref::<String>().cloned()).unwrap_or_else(|| "unknown panic".into())
}

// ---- one device ----------------------------------------------------------------------------

/// The device a thread runs as: its place in the grid, and the hub it meets the others at.
struct Device<'h> {
    index: usize,
    multi: Vec<i64>,
    hub: &'h Hub,
    grids: &'h HashMap<String, Vec<i64>>,
    counters: RefCell<Counters>,
}

/// How many collectives a device has entered per process group, and messages it has sent to
/// and received from each peer: the n-th collective of a group meets the n-th of every other
/// member, the n-th send to a peer matches that peer's n-th receive from the sender.
#[derive(Default)]
struct Counters {
    groups: HashMap<Vec<i64>, u64>,
    sent: HashMap<usize, u64>,
    received: HashMap<usize, u64>,
}

fn next(counter: &mut u64) -> u64 {
    let n = *counter;
    *counter += 1;
    n
}

impl Spmd for Device<'_> {
    fn exec(&self, op: &Op, operands: Vec<Value>, results: &[&Type]) -> Result<Vec<Value>, Fail> {
        if op.name == shard::PROCESS_MULTI_INDEX_OP || op.name == shard::PROCESS_LINEAR_INDEX_OP {
            let index = ProcessIndex::from_op(op)?;
            let grid = self.grid(index.grid())?;
            index.verify(results.len(), &grid)?;
            return Ok(index.values(&grid, &self.multi).into_iter().map(Value::Index).collect());
        }
        let collective = Collective::from_op(op)?;
        let grid = self.grid(&collective.grid)?;
        let (Ok([Value::Tensor(x)]), [Type::Tensor(out)]) = (<[Value; 1]>::try_from(operands), results) else {
            return Err("takes one tensor operand and has one tensor result".into());
        };
        collective.verify(&x.ty, out, &grid)?;
        let axes = &collective.grid_axes;
        let position = grid.in_group_index(&self.multi, axes);
        let result = match &collective.kind {
            CollectiveKind::AllSlice { slice_axis } => part(&x, *slice_axis, grid.group_size(axes), position)?,
            CollectiveKind::Send { destination } => {
                let to = self.member_at(&grid, axes, destination);
                let seq = next(self.counters.borrow_mut().sent.entry(to).or_default());
                self.hub.send(MessageKey { from: self.index, to, seq }, x.clone(), op)?;
                x
            }
            CollectiveKind::Recv { source } => {
                let Some(source) = source else {
                    return Err("without a 'source' is not supported by the simulator".into());
                };
                let from = self.member_at(&grid, axes, source);
                let seq = next(self.counters.borrow_mut().received.entry(from).or_default());
                let t = self.hub.recv(self.index, MessageKey { from, to: self.index, seq }, op)?;
                if t.ty != *out {
                    return Err(format!("receives {} from device {from} but declares {out}", t.ty).into());
                }
                t
            }
            _ => {
                let members = grid.group(&self.multi, axes);
                let seq = next(self.counters.borrow_mut().groups.entry(members.clone()).or_default());
                let key = MeetingKey { members, seq };
                let member = Member { device: self.index, position: position as usize, op, collective: &collective };
                let combine = |inputs: Vec<Tensor>, members: &[i64]| combine(&collective.kind, &grid, members, inputs, out.elem);
                self.hub.meet(key, member, x, combine)?
            }
        };
        Ok(vec![Value::Tensor(result)])
    }
}

impl Device<'_> {
    /// The grid `name`, which must be declared with the simulated grid's shape.
    fn grid(&self, name: &str) -> Result<Grid, String> {
        let shape = self.grids.get(name).ok_or_else(|| format!("names grid @{name}, which the module does not declare"))?;
        if *shape != self.hub.grid.shape {
            return Err(format!("names grid @{name} of shape {}, but the program runs on a grid of shape {}", shape_text(shape), shape_text(&self.hub.grid.shape)));
        }
        Ok(Grid::new(name, shape.clone()))
    }

    /// The device of this one's group along `axes` at in-group multi-index `in_group`.
    fn member_at(&self, grid: &Grid, axes: &[i16], in_group: &[i64]) -> usize {
        let mut multi = self.multi.clone();
        for (&a, &i) in axes.iter().zip(in_group) {
            multi[a as usize] = i;
        }
        grid.linear_index(&multi) as usize
    }
}

// ---- what the group computes ---------------------------------------------------------------

/// Each member's result of collective `kind` from the members' tensors, in group order
/// (`members` are their linear indices); `elem` is the result element type.
fn combine(kind: &CollectiveKind, grid: &Grid, members: &[i64], inputs: Vec<Tensor>, elem: ElemType) -> Result<Vec<Tensor>, String> {
    if let Some((k, t)) = inputs.iter().enumerate().find(|(_, t)| t.ty != inputs[0].ty) {
        return Err(format!("device {} contributes {} but device {} contributes {}", members[k], t.ty, members[0], inputs[0].ty));
    }
    let n = inputs.len();
    Ok(match kind {
        CollectiveKind::AllReduce { reduction } => vec![reduce(inputs, *reduction, elem)?; n],
        CollectiveKind::AllGather { gather_axis } => vec![layout::concatenate(&inputs.iter().collect::<Vec<_>>(), *gather_axis)?; n],
        CollectiveKind::ReduceScatter { reduction, scatter_axis } => {
            let sum = reduce(inputs, *reduction, elem)?;
            (0..n).map(|k| part(&sum, *scatter_axis, n as i64, k as i64)).collect::<Result<_, _>>()?
        }
        CollectiveKind::AllToAll { split_axis, concat_axis } => {
            let parts: Vec<Vec<Tensor>> = inputs.iter().map(|t| (0..n).map(|k| part(t, *split_axis, n as i64, k as i64)).collect()).collect::<Result<_, _>>()?;
            (0..n).map(|k| layout::concatenate(&parts.iter().map(|p| &p[k]).collect::<Vec<_>>(), *concat_axis)).collect::<Result<_, _>>()?
        }
        CollectiveKind::Shift { shift_axis, offset, rotate } => {
            let axis = *shift_axis as usize;
            let size = grid.shape[axis] as i128;
            let mut out = Vec::with_capacity(n);
            for (k, &member) in members.iter().enumerate() {
                let mut multi = grid.multi_index(member);
                let from = multi[axis] as i128 - *offset as i128;
                let from = if *rotate { from.rem_euclid(size) } else { from };
                if !(0..size).contains(&from) {
                    out.push(inputs[k].clone());
                    continue;
                }
                multi[axis] = from as i64;
                let source = grid.linear_index(&multi);
                let j = members.iter().position(|&m| m == source).ok_or_else(|| format!("device {source} is not in the group of device {member}"))?;
                out.push(inputs[j].clone());
            }
            out
        }
        CollectiveKind::AllSlice { .. } | CollectiveKind::Send { .. } | CollectiveKind::Recv { .. } => return Err("is not a group collective".into()),
    })
}

/// The elementwise reduction of `inputs` in their order, each first converted to `elem`.
fn reduce(inputs: Vec<Tensor>, reduction: Reduction, elem: ElemType) -> Result<Tensor, String> {
    let op = match reduction {
        Reduction::Sum | Reduction::Average => Binary::Add,
        Reduction::Max => Binary::Max,
        Reduction::Min => Binary::Min,
        Reduction::Product => Binary::Mul,
        Reduction::BitwiseAnd => Binary::And,
        Reduction::BitwiseOr => Binary::Or,
        Reduction::BitwiseXor => Binary::Xor,
        Reduction::Generic => return Err("cannot compute a 'generic' reduction".into()),
    };
    let n = inputs.len();
    let mut inputs = inputs.into_iter().map(|t| if t.elem() == elem { t } else { Tensor { data: elementwise::convert(&t.data, elem), ty: TensorType::new(t.ty.shape, elem) } });
    let mut acc = inputs.next().ok_or("has an empty group")?;
    for t in inputs {
        acc.data = elementwise::binary(op, &acc.data, &t.data)?;
    }
    if reduction == Reduction::Average {
        let count = Data::from_i128(elem, std::iter::repeat_n(n as i128, acc.len()));
        acc.data = elementwise::binary(Binary::Div, &acc.data, &count)?;
    }
    Ok(acc)
}

/// Part `k` of `parts` equal parts of `t` along dimension `axis`.
fn part(t: &Tensor, axis: i64, parts: i64, k: i64) -> Result<Tensor, String> {
    let dims = t.shape();
    let d = usize::try_from(axis).ok().filter(|&d| d < dims.len()).ok_or_else(|| format!("axis {axis} is out of range for {}", t.ty))?;
    if parts < 1 || dims[d] % parts != 0 {
        return Err(format!("dimension {d} of {} does not split into {parts} equal parts", t.ty));
    }
    let size = dims[d] / parts;
    let mut start = vec![0; dims.len()];
    let mut limit = dims.to_vec();
    start[d] = k * size;
    limit[d] = (k + 1) * size;
    layout::slice(t, &start, &limit, &vec![1; dims.len()])
}

// ---- the hub the devices meet at -------------------------------------------------------------

/// Where the devices of one run meet: pending collectives, messages in flight, what each
/// device waits for, and the first failure. One mutex guards it all; waiters sleep on one
/// condition variable and recheck their own condition when woken.
struct Hub {
    grid: Grid,
    state: Mutex<State>,
    changed: Condvar,
}

struct State {
    /// The first failure, already wrapped with its device. Once set, every wait gives up.
    failure: Option<RunError>,
    /// Per device, whether it has finished (successfully or not).
    done: Vec<bool>,
    /// Per device, what it is blocked on.
    waiting: Vec<Option<Wait>>,
    meetings: HashMap<MeetingKey, Meeting>,
    mailbox: HashMap<MessageKey, Message>,
}

/// The `seq`-th collective of the process group `members` (linear indices in group order).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
struct MeetingKey {
    members: Vec<i64>,
    seq: u64,
}

/// The `seq`-th message from device `from` to device `to`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct MessageKey {
    from: usize,
    to: usize,
    seq: u64,
}

/// An op, for locating errors without holding on to the module.
#[derive(Clone, Debug)]
struct OpAt {
    name: String,
    pos: Pos,
}

impl OpAt {
    fn of(op: &Op) -> OpAt {
        OpAt { name: op.name.clone(), pos: op.pos }
    }

    fn error(&self, message: String) -> RunError {
        RunError::Op { op: self.name.clone(), pos: self.pos, message }
    }
}

/// What a blocked device waits for.
#[derive(Clone, Debug)]
enum Wait {
    Meeting(MeetingKey, OpAt),
    Message(MessageKey, OpAt),
}

/// A device entering a collective: who, where in the group, and what it runs.
struct Member<'a> {
    device: usize,
    position: usize,
    op: &'a Op,
    collective: &'a Collective,
}

/// A collective some members have entered.
struct Meeting {
    /// The collective as the first member to arrive runs it, and where.
    first: Option<(usize, Collective, OpAt)>,
    inputs: Vec<Option<Tensor>>,
    arrived: usize,
    /// Set while the last member to arrive computes the results outside the lock.
    computing: bool,
    /// Each member's result, once computed; taken by the member.
    outputs: Option<Vec<Option<Tensor>>>,
    taken: usize,
}

struct Message {
    tensor: Tensor,
    sent_by: OpAt,
}

fn cancelled() -> Fail {
    Fail::Run(RunError::Input("stopped because another device failed".into()))
}

impl Hub {
    fn new(grid: Grid, devices: usize) -> Hub {
        let state = State { failure: None, done: vec![false; devices], waiting: vec![None; devices], meetings: HashMap::new(), mailbox: HashMap::new() };
        Hub { grid, state: Mutex::new(state), changed: Condvar::new() }
    }

    /// The state; a panic on another thread while it held the lock leaves the state usable
    /// (every update is completed before anything can panic), so poisoning is ignored.
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn wait<'a>(&self, guard: MutexGuard<'a, State>) -> MutexGuard<'a, State> {
        self.changed.wait(guard).unwrap_or_else(PoisonError::into_inner)
    }

    fn wrap(&self, device: usize, error: RunError) -> RunError {
        RunError::Device { device, index: self.grid.multi_index(device as i64), error: Box::new(error) }
    }

    fn first_failure(&self) -> Option<RunError> {
        self.lock().failure.clone()
    }

    /// Device `device` has finished, with `error` if it failed: the first failure poisons the
    /// hub and wakes every waiter; a success may leave the others deadlocked.
    fn leave(&self, device: usize, error: Option<&RunError>) {
        let mut st = self.lock();
        st.done[device] = true;
        st.waiting[device] = None;
        match error {
            Some(e) if st.failure.is_none() => st.failure = Some(self.wrap(device, e.clone())),
            Some(_) => {}
            None => self.detect_deadlock(&mut st),
        }
        self.changed.notify_all();
    }

    /// `member` enters the collective of the group of `key` with `input`, and gets its part
    /// of what `combine` makes of all the members' inputs. The last member to arrive runs
    /// `combine`, outside the lock.
    fn meet(&self, key: MeetingKey, member: Member<'_>, input: Tensor, combine: impl FnOnce(Vec<Tensor>, &[i64]) -> Result<Vec<Tensor>, String>) -> Result<Tensor, Fail> {
        let Member { device, position, op, collective } = member;
        let n = key.members.len();
        let mut st = self.lock();
        if st.failure.is_some() {
            return Err(cancelled());
        }
        let meeting = st.meetings.entry(key.clone()).or_insert_with(|| Meeting { first: None, inputs: vec![None; n], arrived: 0, computing: false, outputs: None, taken: 0 });
        match &meeting.first {
            Some((other, theirs, at)) if theirs != collective => {
                return Err(format!(
                    "meets '{}' at {}:{} on device {other} in the same group: the devices of a group must run the same collectives in the same order",
                    at.name, at.pos.line, at.pos.col
                )
                .into());
            }
            Some(_) => {}
            None => meeting.first = Some((device, collective.clone(), OpAt::of(op))),
        }
        meeting.inputs[position] = Some(input);
        meeting.arrived += 1;
        if meeting.arrived == n {
            let inputs: Vec<Tensor> = meeting.inputs.iter_mut().map(|t| t.take().expect("every member arrived")).collect();
            meeting.computing = true;
            drop(st);
            let outputs = combine(inputs, &key.members);
            st = self.lock();
            // On failure the meeting stays `computing`: this device's error poisons the hub
            // when it leaves, which releases the others.
            let outputs = outputs?;
            if outputs.len() != n {
                return Err(format!("computed {} results for a group of {n}", outputs.len()).into());
            }
            let meeting = st.meetings.get_mut(&key).expect("a meeting lives until all take their part");
            meeting.outputs = Some(outputs.into_iter().map(Some).collect());
            meeting.computing = false;
            self.changed.notify_all();
        } else {
            st.waiting[device] = Some(Wait::Meeting(key.clone(), OpAt::of(op)));
            self.detect_deadlock(&mut st);
            while st.failure.is_none() && st.meetings.get(&key).is_none_or(|m| m.outputs.is_none()) {
                st = self.wait(st);
            }
            st.waiting[device] = None;
            if st.failure.is_some() {
                return Err(cancelled());
            }
        }
        let meeting = st.meetings.get_mut(&key).expect("a meeting lives until all take their part");
        let out = meeting.outputs.as_mut().and_then(|o| o[position].take()).ok_or("took its part of a collective twice")?;
        meeting.taken += 1;
        if meeting.taken == n {
            st.meetings.remove(&key);
        }
        Ok(out)
    }

    /// Posts a message; sending never waits.
    fn send(&self, key: MessageKey, tensor: Tensor, op: &Op) -> Result<(), Fail> {
        let mut st = self.lock();
        if st.failure.is_some() {
            return Err(cancelled());
        }
        st.mailbox.insert(key, Message { tensor, sent_by: OpAt::of(op) });
        self.changed.notify_all();
        Ok(())
    }

    /// Waits for the message `key` addressed to `device`.
    fn recv(&self, device: usize, key: MessageKey, op: &Op) -> Result<Tensor, Fail> {
        let mut st = self.lock();
        st.waiting[device] = Some(Wait::Message(key, OpAt::of(op)));
        loop {
            if st.failure.is_some() {
                st.waiting[device] = None;
                return Err(cancelled());
            }
            if let Some(m) = st.mailbox.remove(&key) {
                st.waiting[device] = None;
                return Ok(m.tensor);
            }
            self.detect_deadlock(&mut st);
            if st.failure.is_none() {
                st = self.wait(st);
            }
        }
    }

    /// Fails the run when every device still running waits for something no running device
    /// can provide; blames the lowest such device, at the op it waits in.
    fn detect_deadlock(&self, st: &mut State) {
        if st.failure.is_some() {
            return;
        }
        let stuck = |w: &Option<Wait>| match w {
            None => false,
            Some(Wait::Meeting(key, _)) => st.meetings.get(key).is_none_or(|m| m.outputs.is_none() && !m.computing),
            Some(Wait::Message(key, _)) => !st.mailbox.contains_key(key),
        };
        let mut running = (0..st.done.len()).filter(|&d| !st.done[d]).peekable();
        let Some(&first) = running.peek() else { return };
        if !running.all(|d| stuck(&st.waiting[d])) {
            return;
        }
        let error = match &st.waiting[first] {
            Some(Wait::Meeting(key, at)) => {
                let absent: Vec<i64> = match st.meetings.get(key) {
                    Some(m) => key.members.iter().zip(&m.inputs).filter(|(_, t)| t.is_none()).map(|(&d, _)| d).collect(),
                    None => Vec::new(),
                };
                at.error(format!("deadlocks: devices {absent:?} of its group {:?} never reach it", key.members))
            }
            Some(Wait::Message(key, at)) => at.error(format!("deadlocks: it waits for a message from device {} that is never sent", key.from)),
            None => return,
        };
        st.failure = Some(self.wrap(first, error));
        self.changed.notify_all();
    }

    /// After a successful run, no message may be left unreceived.
    fn check_all_received(&self) -> Result<(), RunError> {
        let st = self.lock();
        match st.mailbox.iter().min_by_key(|(k, _)| (k.from, k.to, k.seq)) {
            Some((key, m)) => Err(self.wrap(key.from, m.sent_by.error(format!("sends to device {}, which never receives it", key.to)))),
            None => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::interp::testing::t;
    use std::time::Duration;

    /// Runs `f` on another thread and fails the test if it takes longer than a minute: a hang
    /// is a bug here.
    fn within_a_minute<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let _ = tx.send(f());
        });
        rx.recv_timeout(Duration::from_secs(60)).expect("the SPMD run hangs")
    }

    fn parse(mlir: &str) -> Module {
        let module = alpa_stablehlo::parse_module(mlir).unwrap_or_else(|e| panic!("{}\n{mlir}", e.render("test")));
        alpa_stablehlo::verify::verify_module(&module).unwrap_or_else(|e| panic!("{}\n{mlir}", e.render("test")));
        module
    }

    /// Runs `@main` of `mlir` on a grid of `grid`, `inputs[d]` on device `d`; the result or
    /// the error message.
    fn run(mlir: &str, grid: &[i64], inputs: Vec<Vec<Tensor>>) -> Result<Vec<Vec<Tensor>>, String> {
        let module = parse(mlir);
        let grid = grid.to_vec();
        within_a_minute(move || run_spmd(&module, "main", &grid, inputs).map_err(|e| e.to_string()))
    }

    /// Asserts every device's results are bit-identical to `expected`.
    #[track_caller]
    fn check(mlir: &str, grid: &[i64], inputs: Vec<Vec<Tensor>>, expected: Vec<Vec<Tensor>>) {
        let got = run(mlir, grid, inputs).unwrap_or_else(|e| panic!("{e}\n{mlir}"));
        assert_eq!(got.len(), expected.len());
        for (d, (g, w)) in got.iter().zip(&expected).enumerate() {
            let same = g.len() == w.len() && g.iter().zip(w).all(|(g, w)| g.ty == w.ty && g.data.to_le_bytes() == w.data.to_le_bytes());
            assert!(same, "device {d} of grid {grid:?}\ngot:  {g:?}\nwant: {w:?}\n{mlir}");
        }
    }

    /// A module on grid `@mesh` of `grid` whose `@main` applies `op` (one line defining `%0`
    /// from `%x`) to an argument of type `ty`, returning `out`.
    fn program(grid: &[i64], op: &str, ty: &str, out: &str) -> String {
        format!("shard.grid @mesh(shape = {})\nfunc.func @main(%x: {ty}) -> {out} {{\n  %0 = {op}\n  return %0 : {out}\n}}\n", shape_text(grid))
    }

    /// Distinct f32 values on each device, with fractions so that the order of a sum shows.
    fn floats(device: usize, shape: &[i64]) -> Tensor {
        let n: i64 = shape.iter().product();
        t(shape, &(0..n).map(|i| (device as f32 + 1.0) * 0.1 + i as f32 * 1.37 - (i * i) as f32 * 0.013).collect::<Vec<_>>())
    }

    fn ints(device: usize, shape: &[i64]) -> Tensor {
        let n: i64 = shape.iter().product();
        t(shape, &(0..n).map(|i| (device as i32 * 7 - i as i32 * 3) ^ (i as i32)).collect::<Vec<_>>())
    }

    /// The members of `device`'s group along `axes`, in group order.
    fn group(grid: &[i64], device: usize, axes: &[i16]) -> Vec<usize> {
        let g = Grid::new("mesh", grid.to_vec());
        g.group(&g.multi_index(device as i64), axes).into_iter().map(|m| m as usize).collect()
    }

    fn axes_text(axes: &[i16]) -> String {
        format!("[{}]", axes.iter().map(i16::to_string).collect::<Vec<_>>().join(", "))
    }

    /// Every grid and grid-axes combination the collectives are checked on.
    const LAYOUTS: &[(&[i64], &[i16])] =
        &[(&[1], &[0]), (&[2], &[0]), (&[4], &[0]), (&[4], &[]), (&[2, 2], &[0]), (&[2, 2], &[1]), (&[2, 2], &[1, 0]), (&[2, 4], &[0]), (&[2, 4], &[1]), (&[2, 4], &[0, 1]), (&[2, 4], &[1, 0])];

    fn devices(grid: &[i64]) -> usize {
        grid.iter().product::<i64>() as usize
    }

    #[test]
    fn all_reduce_is_the_elementwise_reduction_over_the_group() {
        let fold_f32 = |xs: &[&[f32]], f: fn(f32, f32) -> f32| -> Vec<f32> { (0..xs[0].len()).map(|i| xs[1..].iter().fold(xs[0][i], |a, x| f(a, x[i]))).collect() };
        let fold_i32 = |xs: &[&[i32]], f: fn(i32, i32) -> i32| -> Vec<i32> { (0..xs[0].len()).map(|i| xs[1..].iter().fold(xs[0][i], |a, x| f(a, x[i]))).collect() };
        for &(grid, axes) in LAYOUTS {
            let n = devices(grid);
            let shape = [3i64, 2];
            for (reduction, f) in [("sum", (|a, b| a + b) as fn(f32, f32) -> f32), ("max", f32::max), ("min", f32::min), ("product", |a, b| a * b)] {
                let op = format!("shard.all_reduce %x on @mesh grid_axes = {} reduction = {reduction} : tensor<3x2xf32> -> tensor<3x2xf32>", axes_text(axes));
                let inputs: Vec<Tensor> = (0..n).map(|d| floats(d, &shape)).collect();
                let expected = (0..n)
                    .map(|d| {
                        let xs: Vec<&[f32]> = group(grid, d, axes).iter().map(|&m| inputs[m].as_slice::<f32>().unwrap()).collect();
                        vec![t(&shape, &fold_f32(&xs, f))]
                    })
                    .collect();
                check(&program(grid, &op, "tensor<3x2xf32>", "tensor<3x2xf32>"), grid, inputs.iter().map(|x| vec![x.clone()]).collect(), expected);
            }
            for (reduction, f) in
                [("sum", (|a: i32, b: i32| a.wrapping_add(b)) as fn(i32, i32) -> i32), ("bitwise_xor", |a, b| a ^ b), ("bitwise_and", |a, b| a & b), ("bitwise_or", |a, b| a | b), ("max", i32::max)]
            {
                let op = format!("shard.all_reduce %x on @mesh grid_axes = {} reduction = {reduction} : tensor<3x2xi32> -> tensor<3x2xi32>", axes_text(axes));
                let inputs: Vec<Tensor> = (0..n).map(|d| ints(d, &shape)).collect();
                let expected = (0..n)
                    .map(|d| {
                        let xs: Vec<&[i32]> = group(grid, d, axes).iter().map(|&m| inputs[m].as_slice::<i32>().unwrap()).collect();
                        vec![t(&shape, &fold_i32(&xs, f))]
                    })
                    .collect();
                check(&program(grid, &op, "tensor<3x2xi32>", "tensor<3x2xi32>"), grid, inputs.iter().map(|x| vec![x.clone()]).collect(), expected);
            }
        }
    }

    #[test]
    fn all_reduce_along_either_axis_of_a_2x4_grid() {
        // Device d holds [d, 10 d]: along axis 1 (rows of 4) the sums are 0+1+2+3 and
        // 4+5+6+7; along axis 0 (columns of 2) d + (d + 4).
        let grid = [2, 4];
        let inputs = (0..8).map(|d| vec![t(&[2], &[d as f32, 10.0 * d as f32])]).collect::<Vec<_>>();
        let along = |axis: &str| program(&grid, &format!("shard.all_reduce %x on @mesh grid_axes = {axis} : tensor<2xf32> -> tensor<2xf32>"), "tensor<2xf32>", "tensor<2xf32>");
        let rows = |d: usize| if d < 4 { 6.0f32 } else { 22.0 };
        check(&along("[1]"), &grid, inputs.clone(), (0..8).map(|d| vec![t(&[2], &[rows(d), 10.0 * rows(d)])]).collect());
        let cols = |d: usize| (2 * (d % 4) + 4) as f32;
        check(&along("[0]"), &grid, inputs.clone(), (0..8).map(|d| vec![t(&[2], &[cols(d), 10.0 * cols(d)])]).collect());
        check(&along("[0, 1]"), &grid, inputs, (0..8).map(|_| vec![t(&[2], &[28.0f32, 280.0])]).collect());
    }

    #[test]
    fn all_reduce_converts_and_averages() {
        // Inputs become the result's element type before they are combined.
        let op = "shard.all_reduce %x on @mesh grid_axes = [0] : tensor<2xi32> -> tensor<2xf64>";
        let inputs = vec![vec![t(&[2], &[i32::MAX, 1])], vec![t(&[2], &[i32::MAX, 2])]];
        let want = t(&[2], &[2.0 * i32::MAX as f64, 3.0]);
        check(&program(&[2], op, "tensor<2xi32>", "tensor<2xf64>"), &[2], inputs, vec![vec![want.clone()], vec![want]]);
        let op = "shard.all_reduce %x on @mesh grid_axes = [0] reduction = average : tensor<2xf32> -> tensor<2xf32>";
        let inputs = (0..4).map(|d| vec![t(&[2], &[d as f32, 1.0])]).collect();
        check(&program(&[4], op, "tensor<2xf32>", "tensor<2xf32>"), &[4], inputs, (0..4).map(|_| vec![t(&[2], &[1.5f32, 1.0])]).collect());
    }

    #[test]
    fn all_gather_concatenates_in_group_order() {
        for &(grid, axes) in LAYOUTS {
            let n = devices(grid);
            let size: i64 = grid.iter().enumerate().filter(|(a, _)| axes.contains(&(*a as i16))).map(|(_, &s)| s).product();
            for axis in [0usize, 1] {
                let mut out = [2i64, 3];
                out[axis] *= size;
                let out_ty = format!("tensor<{}x{}xf32>", out[0], out[1]);
                let op = format!("shard.all_gather %x on @mesh grid_axes = {} gather_axis = {axis} : tensor<2x3xf32> -> {out_ty}", axes_text(axes));
                let inputs: Vec<Tensor> = (0..n).map(|d| floats(d, &[2, 3])).collect();
                let expected = (0..n)
                    .map(|d| {
                        // Row-major concatenation along `axis`, written out directly.
                        let members = group(grid, d, axes);
                        let mut v = Vec::new();
                        if axis == 0 {
                            members.iter().for_each(|&m| v.extend_from_slice(inputs[m].as_slice::<f32>().unwrap()));
                        } else {
                            for row in 0..2 {
                                members.iter().for_each(|&m| v.extend_from_slice(&inputs[m].as_slice::<f32>().unwrap()[row * 3..row * 3 + 3]));
                            }
                        }
                        vec![t(&out, &v)]
                    })
                    .collect();
                check(&program(grid, &op, "tensor<2x3xf32>", &out_ty), grid, inputs.iter().map(|x| vec![x.clone()]).collect(), expected);
            }
        }
    }

    #[test]
    fn reduce_scatter_sums_then_keeps_the_members_part() {
        for &(grid, axes) in LAYOUTS {
            let n = devices(grid);
            let size = group(grid, 0, axes).len() as i64;
            let rows = 2 * size;
            let in_ty = format!("tensor<{rows}x2xf32>");
            let op = format!("shard.reduce_scatter %x on @mesh grid_axes = {} scatter_axis = 0 : {in_ty} -> tensor<2x2xf32>", axes_text(axes));
            let inputs: Vec<Tensor> = (0..n).map(|d| floats(d, &[rows, 2])).collect();
            let expected = (0..n)
                .map(|d| {
                    let members = group(grid, d, axes);
                    let k = members.iter().position(|&m| m == d).unwrap();
                    let v: Vec<f32> =
                        (k * 4..k * 4 + 4).map(|i| members[1..].iter().fold(inputs[members[0]].as_slice::<f32>().unwrap()[i], |a, &m| a + inputs[m].as_slice::<f32>().unwrap()[i])).collect();
                    vec![t(&[2, 2], &v)]
                })
                .collect();
            check(&program(grid, &op, &in_ty, "tensor<2x2xf32>"), grid, inputs.iter().map(|x| vec![x.clone()]).collect(), expected);
        }
    }

    #[test]
    fn all_to_all_exchanges_parts() {
        for &(grid, axes) in LAYOUTS {
            let n = devices(grid);
            let size = group(grid, 0, axes).len() as i64;
            // Split the columns, concatenate the rows: member k gets column block k of every
            // member, stacked in group order.
            let in_ty = format!("tensor<2x{}xi32>", 2 * size);
            let out_ty = format!("tensor<{}x2xi32>", 2 * size);
            let op = format!("shard.all_to_all %x on @mesh grid_axes = {} split_axis = 1 concat_axis = 0 : {in_ty} -> {out_ty}", axes_text(axes));
            let inputs: Vec<Tensor> = (0..n).map(|d| ints(d, &[2, 2 * size])).collect();
            let expected = (0..n)
                .map(|d| {
                    let members = group(grid, d, axes);
                    let k = members.iter().position(|&m| m == d).unwrap();
                    let width = (2 * size) as usize;
                    let v: Vec<i32> =
                        members.iter().flat_map(|&m| (0..2).flat_map(move |r| (2 * k..2 * k + 2).map(move |c| (m, r * width + c)))).map(|(m, i)| inputs[m].as_slice::<i32>().unwrap()[i]).collect();
                    vec![t(&[2 * size, 2], &v)]
                })
                .collect();
            check(&program(grid, &op, &in_ty, &out_ty), grid, inputs.iter().map(|x| vec![x.clone()]).collect(), expected);
        }
    }

    #[test]
    fn all_slice_keeps_the_members_part_without_communication() {
        for &(grid, axes) in LAYOUTS {
            let n = devices(grid);
            let size = group(grid, 0, axes).len() as i64;
            let in_ty = format!("tensor<3x{}xf32>", size);
            let op = format!("shard.all_slice %x on @mesh grid_axes = {} slice_axis = 1 : {in_ty} -> tensor<3x1xf32>", axes_text(axes));
            let x = floats(0, &[3, size]);
            let expected = (0..n)
                .map(|d| {
                    let k = group(grid, d, axes).iter().position(|&m| m == d).unwrap();
                    vec![t(&[3, 1], &(0..3).map(|r| x.as_slice::<f32>().unwrap()[r * size as usize + k]).collect::<Vec<_>>())]
                })
                .collect();
            check(&program(grid, &op, &in_ty, "tensor<3x1xf32>"), grid, vec![vec![x.clone()]; n], expected);
        }
    }

    #[test]
    fn shift_moves_data_towards_higher_indices() {
        // Device d of a 2x4 grid holds d; shifting along axis 1 stays within each row of 4.
        let grid = [2, 4];
        let inputs: Vec<Vec<Tensor>> = (0..8i32).map(|d| vec![t(&[1], &[d])]).collect();
        let shift = |offset: i64, rotate: bool| {
            let op = format!("shard.shift %x on @mesh grid_axes = [1] shift_axis = 1 offset = {offset}{} : tensor<1xi32> -> tensor<1xi32>", if rotate { " rotate" } else { "" });
            program(&grid, &op, "tensor<1xi32>", "tensor<1xi32>")
        };
        let want = |values: [i32; 8]| values.iter().map(|&v| vec![t(&[1], &[v])]).collect::<Vec<_>>();
        check(&shift(1, true), &grid, inputs.clone(), want([3, 0, 1, 2, 7, 4, 5, 6]));
        check(&shift(-1, true), &grid, inputs.clone(), want([1, 2, 3, 0, 5, 6, 7, 4]));
        check(&shift(6, true), &grid, inputs.clone(), want([2, 3, 0, 1, 6, 7, 4, 5]));
        // Without rotation a device with no source keeps its own tensor.
        check(&shift(1, false), &grid, inputs.clone(), want([0, 0, 1, 2, 4, 4, 5, 6]));
        // Along axis 0, with a group spanning both axes.
        let op = "shard.shift %x on @mesh grid_axes = [0, 1] shift_axis = 0 offset = 1 rotate : tensor<1xi32> -> tensor<1xi32>";
        check(&program(&grid, op, "tensor<1xi32>", "tensor<1xi32>"), &grid, inputs, want([4, 5, 6, 7, 0, 1, 2, 3]));
    }

    #[test]
    fn send_and_recv_pair_up() {
        // Device 0 sends along axis 0 to device 1 of its column; device 1 receives; the
        // predicate says which is which.
        let m = "shard.grid @mesh(shape = 2)
func.func @main(%p: tensor<i1>, %x: tensor<2xf32>) -> tensor<2xf32> {
  %0 = \"stablehlo.if\"(%p) ({
    %s = shard.send %x on @mesh grid_axes = [0] destination = [1] : (tensor<2xf32>) -> tensor<2xf32>
    stablehlo.return %s : tensor<2xf32>
  }, {
    %r = shard.recv %x on @mesh grid_axes = [0] source = [0] : (tensor<2xf32>) -> tensor<2xf32>
    stablehlo.return %r : tensor<2xf32>
  }) : (tensor<i1>) -> tensor<2xf32>
  return %0 : tensor<2xf32>
}";
        let a = t(&[2], &[1.5f32, -2.0]);
        let b = t(&[2], &[0.0f32, 0.0]);
        check(m, &[2], vec![vec![Tensor::scalar(true), a.clone()], vec![Tensor::scalar(false), b.clone()]], vec![vec![a.clone()], vec![a.clone()]]);
        // A message nobody receives is an error after the run.
        let err = run(m, &[2], vec![vec![Tensor::scalar(true), a.clone()], vec![Tensor::scalar(true), b.clone()]]).unwrap_err();
        assert_eq!(err, "device 0 [0]: 4:10: 'shard.send' sends to device 1, which never receives it");
        // A receive nobody sends to deadlocks, and says so.
        let err = run(m, &[2], vec![vec![Tensor::scalar(false), a], vec![Tensor::scalar(false), b]]).unwrap_err();
        assert_eq!(err, "device 0 [0]: 7:10: 'shard.recv' deadlocks: it waits for a message from device 0 that is never sent");
    }

    #[test]
    fn process_indices_are_the_devices_place() {
        let m = "shard.grid @mesh(shape = 2x3)
func.func @main() -> (index, index, index, index) {
  %0:2 = shard.process_multi_index on @mesh : index, index
  %1 = shard.process_multi_index on @mesh axes = [1] : index
  %2 = shard.process_linear_index on @mesh : index
  return %0#0, %0#1, %1, %2 : index, index, index, index
}";
        let module = parse(m);
        let got = within_a_minute(move || run_spmd_values(&module, "main", &[2, 3], vec![Vec::new(); 6])).unwrap();
        let want: Vec<Vec<Value>> = (0..6).map(|d| [d / 3, d % 3, d % 3, d].into_iter().map(|v| Value::Index(v as i64)).collect()).collect();
        assert_eq!(got, want);
    }

    /// x (4x8) @ w (8x6) with the contraction split over every device of `grid`: each device
    /// holds a column block of x and the matching row block of w, multiplies them, and the
    /// all-reduce sums the partial products.
    fn row_split_matmul(grid: &[i64], axes: &str) {
        let n = devices(grid);
        let k = 8 / n as i64;
        let m = format!(
            "shard.grid @mesh(shape = {})
func.func @main(%x: tensor<4x{k}xf32>, %w: tensor<{k}x6xf32>) -> tensor<4x6xf32> {{
  %p = stablehlo.dot_general %x, %w, contracting_dims = [1] x [0] : (tensor<4x{k}xf32>, tensor<{k}x6xf32>) -> tensor<4x6xf32>
  %y = shard.all_reduce %p on @mesh grid_axes = {axes} : tensor<4x6xf32> -> tensor<4x6xf32>
  return %y : tensor<4x6xf32>
}}",
            shape_text(grid)
        );
        // Small integers: every partial sum is exact, whatever the order.
        let x = t(&[4, 8], &(0..32).map(|i| ((i * 7) % 11) as f32 - 5.0).collect::<Vec<_>>());
        let w = t(&[8, 6], &(0..48).map(|i| ((i * 5) % 9) as f32 - 4.0).collect::<Vec<_>>());
        let full = "func.func @main(%x: tensor<4x8xf32>, %w: tensor<8x6xf32>) -> tensor<4x6xf32> {
  %0 = stablehlo.dot_general %x, %w, contracting_dims = [1] x [0] : (tensor<4x8xf32>, tensor<8x6xf32>) -> tensor<4x6xf32>
  return %0 : tensor<4x6xf32>
}";
        let want = crate::run(&parse(full), "main", vec![x.clone(), w.clone()]).unwrap();
        let inputs = (0..n as i64).map(|d| vec![layout::slice(&x, &[0, d * k], &[4, (d + 1) * k], &[1, 1]).unwrap(), layout::slice(&w, &[d * k, 0], &[(d + 1) * k, 6], &[1, 1]).unwrap()]).collect();
        check(&m, grid, inputs, vec![want; n]);
    }

    #[test]
    fn row_split_matmul_equals_the_full_product() {
        row_split_matmul(&[1], "[0]");
        row_split_matmul(&[2], "[0]");
        row_split_matmul(&[4], "[0]");
        row_split_matmul(&[2, 2], "[0, 1]");
        row_split_matmul(&[2, 4], "[0, 1]");
    }

    #[test]
    fn column_split_matmul_all_gathers_the_full_product() {
        // Megatron's first MLP layer: w split by columns, the result gathered along them.
        let m = "shard.grid @mesh(shape = 2x2)
func.func @main(%x: tensor<3x4xf32>, %w: tensor<4x2xf32>) -> tensor<3x8xf32> {
  %p = stablehlo.dot_general %x, %w, contracting_dims = [1] x [0] : (tensor<3x4xf32>, tensor<4x2xf32>) -> tensor<3x2xf32>
  %y = shard.all_gather %p on @mesh grid_axes = [0, 1] gather_axis = 1 : tensor<3x2xf32> -> tensor<3x8xf32>
  return %y : tensor<3x8xf32>
}";
        let x = floats(0, &[3, 4]);
        let w = floats(1, &[4, 8]);
        let full = "func.func @main(%x: tensor<3x4xf32>, %w: tensor<4x8xf32>) -> tensor<3x8xf32> {
  %0 = stablehlo.dot_general %x, %w, contracting_dims = [1] x [0] : (tensor<3x4xf32>, tensor<4x8xf32>) -> tensor<3x8xf32>
  return %0 : tensor<3x8xf32>
}";
        let want = crate::run(&parse(full), "main", vec![x.clone(), w.clone()]).unwrap();
        let inputs = (0..4).map(|d| vec![x.clone(), layout::slice(&w, &[0, 2 * d], &[4, 2 * d + 2], &[1, 1]).unwrap()]).collect();
        check(m, &[2, 2], inputs, vec![want; 4]);
    }

    #[test]
    fn runs_are_bit_reproducible() {
        let op = "shard.all_reduce %x on @mesh grid_axes = [1, 0] : tensor<64xf32> -> tensor<64xf32>";
        let m = program(&[2, 4], op, "tensor<64xf32>", "tensor<64xf32>");
        let inputs: Vec<Vec<Tensor>> = (0..8).map(|d| vec![floats(d, &[64])]).collect();
        let first = run(&m, &[2, 4], inputs.clone()).unwrap();
        for _ in 0..3 {
            check(&m, &[2, 4], inputs.clone(), first.clone());
        }
        // Group order is fixed by the grid, not by which thread arrives first.
        let d0: Vec<f32> = first[0][0].as_slice::<f32>().unwrap().to_vec();
        assert!(first.iter().all(|outs| outs[0].as_slice::<f32>().unwrap() == d0));
    }

    /// `@main(%p, %x)` on a grid of `grid`: when `%p`, `then` (lines defining `%t`), else
    /// `otherwise` (lines defining `%e`); both of type `tensor<4xf32>`.
    fn branches(grid: &[i64], then: &str, otherwise: &str) -> String {
        format!(
            "shard.grid @mesh(shape = {})
func.func @main(%p: tensor<i1>, %x: tensor<4xf32>) -> tensor<4xf32> {{
  %0 = \"stablehlo.if\"(%p) ({{
    {then}
    stablehlo.return %t : tensor<4xf32>
  }}, {{
    {otherwise}
    stablehlo.return %e : tensor<4xf32>
  }}) : (tensor<i1>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}}",
            shape_text(grid)
        )
    }

    fn flagged(grid: &[i64], flagged: usize) -> Vec<Vec<Tensor>> {
        (0..devices(grid)).map(|d| vec![Tensor::scalar(d == flagged), floats(d, &[4])]).collect()
    }

    #[test]
    fn a_failing_device_releases_the_others() {
        // Device 2 fails; the other seven wait in an all-reduce that can never complete.
        let m = branches(&[2, 4], "%t = stablehlo.custom_call @boom(%x) : (tensor<4xf32>) -> tensor<4xf32>", "%e = shard.all_reduce %x on @mesh grid_axes = [0, 1] : tensor<4xf32> -> tensor<4xf32>");
        let err = run(&m, &[2, 4], flagged(&[2, 4], 2)).unwrap_err();
        assert_eq!(err, "device 2 [0, 2]: 4:10: 'stablehlo.custom_call' (target 'boom') is not supported by the interpreter");
        // The failure can also come after the others have started waiting.
        let m = branches(
            &[4],
            "%s = stablehlo.sine %x : tensor<4xf32>\n    %t = stablehlo.custom_call @late(%s) : (tensor<4xf32>) -> tensor<4xf32>",
            "%e = shard.all_gather %x on @mesh grid_axes = [0] gather_axis = 0 : tensor<4xf32> -> tensor<16xf32>",
        );
        let module = parse(&m.replace(
            "%e = shard.all_gather %x on @mesh grid_axes = [0] gather_axis = 0 : tensor<4xf32> -> tensor<16xf32>",
            "%g = shard.all_gather %x on @mesh grid_axes = [0] gather_axis = 0 : tensor<4xf32> -> tensor<16xf32>\n    %e = stablehlo.slice %g [0:4] : (tensor<16xf32>) -> tensor<4xf32>",
        ));
        let err = within_a_minute(move || run_spmd(&module, "main", &[4], flagged(&[4], 3))).unwrap_err();
        assert_eq!(err.to_string(), "device 3 [3]: 5:10: 'stablehlo.custom_call' (target 'late') is not supported by the interpreter");
    }

    #[test]
    fn deadlocks_and_mismatched_collectives_are_errors() {
        // Only device 1 reaches the all-reduce; device 0 finishes without it.
        let m = branches(&[2], "%t = shard.all_reduce %x on @mesh grid_axes = [0] : tensor<4xf32> -> tensor<4xf32>", "%e = stablehlo.negate %x : tensor<4xf32>");
        assert_eq!(run(&m, &[2], flagged(&[2], 1)).unwrap_err(), "device 1 [1]: 4:10: 'shard.all_reduce' deadlocks: devices [0] of its group [0, 1] never reach it");
        // The two halves of the group run different collectives at the same point.
        let m = branches(
            &[2],
            "%t = shard.all_reduce %x on @mesh grid_axes = [0] : tensor<4xf32> -> tensor<4xf32>",
            "%e = shard.all_reduce %x on @mesh grid_axes = [0] reduction = max : tensor<4xf32> -> tensor<4xf32>",
        );
        let err = run(&m, &[2], flagged(&[2], 0)).unwrap_err();
        assert!(err.contains("the devices of a group must run the same collectives in the same order"), "{err}");
        assert!(
            err.starts_with("device 0 [0]: 4:10: 'shard.all_reduce' meets 'shard.all_reduce' at 7:10 on device 1")
                || err.starts_with("device 1 [1]: 7:10: 'shard.all_reduce' meets 'shard.all_reduce' at 4:10 on device 0"),
            "{err}"
        );
    }

    #[test]
    fn wrong_setups_are_input_errors() {
        let op = "shard.all_reduce %x on @mesh grid_axes = [0] : tensor<4xf32> -> tensor<4xf32>";
        let m = program(&[2], op, "tensor<4xf32>", "tensor<4xf32>");
        let x = || vec![floats(0, &[4])];
        assert_eq!(run(&m, &[2], vec![x()]).unwrap_err(), "a grid of shape 2 has 2 devices but inputs for 1 were given");
        assert_eq!(run(&m, &[0], vec![]).unwrap_err(), "grid shape [0] needs at least one axis and at least one device along each");
        // Every device fails here; whichever does first is reported.
        let err = run(&m, &[4], vec![x(), x(), x(), x()]).unwrap_err();
        assert!(err.starts_with("device ") && err.ends_with(": 3:8: 'shard.all_reduce' names grid @mesh of shape 2, but the program runs on a grid of shape 4"), "{err}");
        assert_eq!(run(&m, &[2], vec![x(), vec![floats(1, &[2])]]).unwrap_err(), "device 1 [1]: input 0 is tensor<2xf32> but @main's argument 0 is tensor<4xf32>");
        // A single-device run has no device to run collectives on.
        let err = crate::run(&parse(&m), "main", x()).unwrap_err();
        assert_eq!(err.to_string(), "3:8: 'shard.all_reduce' runs only on a device of an SPMD program (sim::run_spmd)");
    }
}
