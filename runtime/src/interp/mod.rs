//! The reference interpreter: executes a function of a StableHLO module op by op on
//! [`Tensor`]s. It is the numerical oracle every compiler pass is checked against, so it
//! favors obviously-correct semantics (the StableHLO spec's, XLA's where the spec leaves a
//! choice) over speed, with fast paths only where a training step spends its time.
//!
//! Structure: a frame per function call holds one slot per SSA value of the function
//! ([`Func::values`]); regions share their function's frame, so values of enclosing scopes are
//! visible in them and a region's values are overwritten each time it runs. Values of a
//! function body are dropped after their last use; ops that are a value's last use take it
//! instead of copying it (call arguments, loop state, and the buffer a float elementwise op
//! writes its result into). After every op the computed result types
//! are checked against the declared ones, so an interpreter bug surfaces at the op that has
//! it.
//!
//! Op families live in submodules: [`elementwise`], [`layout`], [`linalg`], [`indexing`],
//! [`reduce`], [`sort`]; control flow (`while`, `if`, `case`, `func.call`) is here.
//!
//! The ops of SPMD programs (the `shard` dialect's collectives and process indices) are
//! handed to the device the interpreter runs as (`Spmd`, implemented by the simulator in
//! [`crate::sim`]); a plain [`run`] has no device and rejects them.

pub mod elementwise;
pub mod indexing;
pub mod layout;
pub mod linalg;
pub mod math;
pub mod reduce;
pub mod sort;

use crate::error::RunError;
use crate::tensor::Tensor;
use alpa_stablehlo::attr::Attr;
use alpa_stablehlo::catalogue::dims::{ConvDims, DotDims, GatherDims, ScatterDims, Window};
use alpa_stablehlo::ir::{walk_region, Block, Func, Module, Op, Region, ValueId};
use alpa_stablehlo::{TensorType, Type};
use elementwise::{Binary, Unary};
use reduce::SimpleBody;

/// A runtime value: a tensor, a tuple, or a token.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// A tensor.
    Tensor(Tensor),
    /// A tuple of values.
    Tuple(Vec<Value>),
    /// A `!stablehlo.token`.
    Token,
    /// A `!shard.sharding`: how a value is distributed, which says nothing about its elements.
    Sharding,
    /// An `index` (a device's place in its grid, from `shard.process_multi_index`).
    Index(i64),
}

/// The device an SPMD program runs on: it executes the ops that involve other devices or the
/// device's own place in the grid (`shard.all_reduce`, `shard.process_linear_index`, ...).
/// [`crate::sim`] implements it with in-memory collectives between threads.
pub(crate) trait Spmd {
    /// Executes the collective or process-index `op` on this device: `operands` are the op's
    /// operand values, `results` its declared result types.
    fn exec(&self, op: &Op, operands: Vec<Value>, results: &[&Type]) -> Result<Vec<Value>, Fail>;
}

/// Why an op failed, before it is located: a message the op's location is added to, or an
/// error already located (raised inside a region or a callee).
#[derive(Debug)]
pub enum Fail {
    /// Locate at the failing op.
    Msg(String),
    /// Already located.
    Run(RunError),
}

impl From<String> for Fail {
    fn from(m: String) -> Fail {
        Fail::Msg(m)
    }
}

impl From<&str> for Fail {
    fn from(m: &str) -> Fail {
        Fail::Msg(m.to_string())
    }
}

impl From<RunError> for Fail {
    fn from(e: RunError) -> Fail {
        Fail::Run(e)
    }
}

/// Nesting of calls and regions beyond which execution stops (StableHLO has no recursion;
/// this keeps a recursive module from overflowing the stack).
const MAX_DEPTH: usize = 64;

/// Runs `func_name` of `module` on `inputs` (one per argument, of the argument's type) and
/// returns its results.
pub fn run(module: &Module, func_name: &str, inputs: Vec<Tensor>) -> Result<Vec<Tensor>, RunError> {
    let outs = run_values(module, func_name, inputs.into_iter().map(Value::Tensor).collect())?;
    outs.into_iter()
        .enumerate()
        .map(|(i, v)| match v {
            Value::Tensor(t) => Ok(t),
            _ => Err(RunError::Input(format!("result {i} of @{func_name} is not a tensor"))),
        })
        .collect()
}

/// [`run`] for functions whose arguments or results include tuples or tokens.
pub fn run_values(module: &Module, func_name: &str, inputs: Vec<Value>) -> Result<Vec<Value>, RunError> {
    run_with(module, func_name, inputs, None)
}

/// [`run_values`] as one device of an SPMD program: `spmd` executes its collectives and
/// process indices.
pub(crate) fn run_on_device(module: &Module, func_name: &str, inputs: Vec<Value>, spmd: &dyn Spmd) -> Result<Vec<Value>, RunError> {
    run_with(module, func_name, inputs, Some(spmd))
}

fn run_with<'m>(module: &'m Module, func_name: &str, inputs: Vec<Value>, spmd: Option<&'m dyn Spmd>) -> Result<Vec<Value>, RunError> {
    let func = module.func(func_name).ok_or_else(|| RunError::Input(format!("the module has no function @{func_name}")))?;
    if inputs.len() != func.args.len() {
        return Err(RunError::Input(format!("@{func_name} takes {} arguments but {} inputs were given", func.args.len(), inputs.len())));
    }
    for (i, (v, a)) in inputs.iter().zip(&func.args).enumerate() {
        let want = func.ty(a.value);
        if !fits(v, want) {
            return Err(RunError::Input(format!("input {i} is {} but @{func_name}'s argument {i} is {want}", describe(v))));
        }
    }
    Interp { module, depth: 0, spmd }.call(func, inputs)
}

/// Whether `v` is a value of type `ty`.
fn fits(v: &Value, ty: &Type) -> bool {
    match (v, ty) {
        (Value::Tensor(t), Type::Tensor(tt)) => &t.ty == tt,
        (Value::Tuple(vs), Type::Tuple(ts)) => vs.len() == ts.len() && vs.iter().zip(ts).all(|(v, t)| fits(v, t)),
        (Value::Token, Type::Token) => true,
        (Value::Sharding, Type::Opaque(t)) => t == alpa_stablehlo::shard::SHARDING_TYPE,
        (Value::Index(_), Type::Opaque(t)) => t == alpa_stablehlo::shard::INDEX_TYPE,
        _ => false,
    }
}

fn describe(v: &Value) -> String {
    match v {
        Value::Tensor(t) => t.ty.to_string(),
        Value::Tuple(vs) => format!("tuple<{}>", vs.iter().map(describe).collect::<Vec<_>>().join(", ")),
        Value::Token => "!stablehlo.token".into(),
        Value::Sharding => alpa_stablehlo::shard::SHARDING_TYPE.into(),
        Value::Index(_) => alpa_stablehlo::shard::INDEX_TYPE.into(),
    }
}

/// The values of one function call, indexed by [`ValueId`].
struct Frame<'m> {
    func: &'m Func,
    slots: Vec<Option<Value>>,
}

impl Frame<'_> {
    fn get(&self, v: ValueId) -> Result<&Value, Fail> {
        self.slots.get(v.index()).and_then(Option::as_ref).ok_or_else(|| Fail::Msg("uses a value that is not defined at this point".into()))
    }

    fn tensor(&self, v: ValueId) -> Result<&Tensor, Fail> {
        match self.get(v)? {
            Value::Tensor(t) => Ok(t),
            other => Err(format!("expected a tensor operand, got {}", describe(other)).into()),
        }
    }

    fn set(&mut self, v: ValueId, value: Value) -> Result<(), Fail> {
        let slot = self.slots.get_mut(v.index()).ok_or("defines a value outside its function's value table")?;
        *slot = Some(value);
        Ok(())
    }
}

struct Interp<'m> {
    module: &'m Module,
    depth: usize,
    /// The device of an SPMD run; `None` on a single device.
    spmd: Option<&'m dyn Spmd>,
}

impl<'m> Interp<'m> {
    fn call(&mut self, func: &'m Func, args: Vec<Value>) -> Result<Vec<Value>, RunError> {
        let missing_body = || RunError::Input(format!("@{} has no body", func.name));
        let block = func.body.blocks.first().ok_or_else(missing_body)?;
        if block.ops.is_empty() {
            return Err(missing_body());
        }
        let mut frame = Frame { func, slots: vec![None; func.values.len()] };
        for (a, v) in func.args.iter().zip(args) {
            frame.set(a.value, v).map_err(|_| RunError::Input(format!("@{}'s arguments are malformed", func.name)))?;
        }
        let plan = drop_plan(block, func.values.len());
        let outs = self.exec_block(&mut frame, block, Some(&plan), true)?;
        if outs.len() != func.results.len() || !outs.iter().zip(&func.results).all(|(v, r)| fits(v, &r.ty)) {
            let got = outs.iter().map(describe).collect::<Vec<_>>().join(", ");
            return Err(RunError::Input(format!("@{} returned ({got}), which does not match its signature", func.name)));
        }
        Ok(outs)
    }

    /// Runs a block's ops up to its terminator and returns the terminator's operands. With
    /// `plan`, drops values after their last use; with `take_results`, moves returned values
    /// the block defines out of the frame instead of copying them (they are dead after it).
    fn exec_block(&mut self, frame: &mut Frame<'m>, block: &'m Block, plan: Option<&[Vec<ValueId>]>, take_results: bool) -> Result<Vec<Value>, RunError> {
        for (i, op) in block.ops.iter().enumerate() {
            let located = |e: Fail| match e {
                Fail::Msg(m) => RunError::at(op, m),
                Fail::Run(r) => r,
            };
            if op.name == "stablehlo.return" || op.name == "func.return" {
                let defined_here = |v: ValueId| block.args.contains(&v) || block.ops.iter().any(|o| o.results.contains(&v));
                let mut out = Vec::with_capacity(op.operands.len());
                for (k, &v) in op.operands.iter().enumerate() {
                    let last = !op.operands[k + 1..].contains(&v);
                    let value = match frame.slots.get_mut(v.index()) {
                        Some(slot) if take_results && last && defined_here(v) => slot.take(),
                        Some(slot) => slot.clone(),
                        None => None,
                    };
                    out.push(value.ok_or_else(|| located(Fail::Msg("uses a value that is not defined at this point".into())))?);
                }
                return Ok(out);
            }
            let dying = plan.and_then(|p| p.get(i)).map_or(&[][..], Vec::as_slice);
            let results = self.exec_op(frame, op, dying).map_err(located)?;
            if results.len() != op.results.len() {
                return Err(RunError::at(op, format!("computed {} results but the op declares {}", results.len(), op.results.len())));
            }
            for (k, (&id, value)) in op.results.iter().zip(results).enumerate() {
                let declared = frame.func.values.get(id.index()).map(|v| &v.ty);
                if let Some(ty) = declared.filter(|t| !fits(&value, t)) {
                    return Err(RunError::at(op, format!("computed {} for result {k} but the op declares {ty}", describe(&value))));
                }
                frame.set(id, value).map_err(located)?;
            }
            for v in dying {
                if let Some(slot) = frame.slots.get_mut(v.index()) {
                    *slot = None;
                }
            }
        }
        Err(match block.ops.last() {
            Some(last) => RunError::at(last, "ends a block that has no terminator"),
            None => RunError::Input(format!("@{} has an empty block", frame.func.name)),
        })
    }

    /// Runs `region` with its block arguments bound to `args` (see [`Self::exec_block`] for
    /// `take_results`).
    fn apply_region(&mut self, frame: &mut Frame<'m>, region: &'m Region, args: Vec<Value>, take_results: bool) -> Result<Vec<Value>, Fail> {
        let block = region.blocks.first().ok_or("has an empty region")?;
        if block.args.len() != args.len() {
            return Err(format!("region takes {} arguments but is given {}", block.args.len(), args.len()).into());
        }
        if self.depth >= MAX_DEPTH {
            return Err(format!("nests calls and regions deeper than {MAX_DEPTH}").into());
        }
        for (&a, v) in block.args.iter().zip(args) {
            frame.set(a, v)?;
        }
        self.depth += 1;
        let out = self.exec_block(frame, block, None, take_results);
        self.depth -= 1;
        Ok(out?)
    }

    /// [`Self::apply_region`] on tensors.
    fn tensor_region(&mut self, frame: &mut Frame<'m>, region: &'m Region, args: Vec<Tensor>) -> Result<Vec<Tensor>, Fail> {
        let outs = self.apply_region(frame, region, args.into_iter().map(Value::Tensor).collect(), true)?;
        outs.into_iter()
            .map(|v| match v {
                Value::Tensor(t) => Ok(t),
                other => Err(format!("region returned {}, expected a tensor", describe(&other)).into()),
            })
            .collect()
    }

    /// Executes one op; `dying` are the values whose last use it is, which it may move out of
    /// the frame rather than copy.
    fn exec_op(&mut self, frame: &mut Frame<'m>, op: &'m Op, dying: &[ValueId]) -> Result<Vec<Value>, Fail> {
        let tensors = |ts: Vec<Tensor>| ts.into_iter().map(Value::Tensor).collect::<Vec<_>>();
        match op.name.as_str() {
            "stablehlo.while" => self.exec_while(frame, op, dying),
            "stablehlo.if" => {
                let pred = scalar_bool(frame.tensor(op.operands.first().copied().ok_or("needs a predicate")?)?)?;
                let region = op.regions.get(if pred { 0 } else { 1 }).ok_or("needs two regions")?;
                self.apply_region(frame, region, Vec::new(), true)
            }
            "stablehlo.case" => {
                let index = frame.tensor(op.operands.first().copied().ok_or("needs an index")?)?;
                let index = index.to_i64_vec().filter(|v| v.len() == 1).ok_or("index must be an integer scalar")?[0];
                let n = op.regions.len();
                if n == 0 {
                    return Err("needs at least one branch".into());
                }
                // Out-of-range indices run the last branch.
                let branch = if index < 0 || index as usize >= n { n - 1 } else { index as usize };
                self.apply_region(frame, &op.regions[branch], Vec::new(), true)
            }
            "func.call" => {
                let callee = match op.attr("callee") {
                    Some(Attr::Symbol(s)) => s.as_str(),
                    _ => return Err("needs a 'callee' symbol".into()),
                };
                let func = self.module.func(callee).ok_or_else(|| format!("calls @{callee}, which the module does not define"))?;
                let args = operand_values(frame, op, dying)?;
                if args.len() != func.args.len() || !args.iter().zip(&func.args).all(|(v, a)| fits(v, func.ty(a.value))) {
                    return Err(format!("arguments do not match @{callee}'s signature").into());
                }
                if self.depth >= MAX_DEPTH {
                    return Err(format!("nests calls and regions deeper than {MAX_DEPTH}").into());
                }
                self.depth += 1;
                let out = self.call(func, args);
                self.depth -= 1;
                Ok(out?)
            }
            "stablehlo.optimization_barrier" | "sdy.sharding_constraint" => operand_values(frame, op, dying),
            // Sharding annotations say how values are distributed; on one device they are the
            // values themselves.
            "shard.sharding" => Ok(vec![Value::Sharding]),
            "shard.shard" => Ok(operand_values(frame, op, dying)?.into_iter().take(1).collect()),
            "shard.all_reduce"
            | "shard.all_gather"
            | "shard.reduce_scatter"
            | "shard.all_to_all"
            | "shard.all_slice"
            | "shard.shift"
            | "shard.send"
            | "shard.recv"
            | "shard.process_multi_index"
            | "shard.process_linear_index" => {
                let Some(device) = self.spmd else {
                    return Err("runs only on a device of an SPMD program (sim::run_spmd)".into());
                };
                let results: Vec<&Type> =
                    op.results.iter().map(|&r| frame.func.values.get(r.index()).map(|v| &v.ty).ok_or("result is missing from the function's value table")).collect::<Result<_, _>>()?;
                device.exec(op, operand_values(frame, op, dying)?, &results)
            }
            // The ops of a pipeline driver move whole stage programs' values between grids;
            // the pipeline executor runs them, calling the interpreter for each stage program.
            crate::pipeline::MICROBATCH_OP | crate::pipeline::STAGE_CALL_OP | crate::pipeline::TRANSFER_OP | crate::pipeline::ACCUMULATE_OP => {
                Err("runs only in a pipeline driver, on the pipeline executor (pipeline::run_pipeline)".into())
            }
            "stablehlo.tuple" => Ok(vec![Value::Tuple(operand_values(frame, op, dying)?)]),
            "stablehlo.get_tuple_element" => {
                let index = int(op, "index")?;
                match frame.get(op.operands.first().copied().ok_or("needs an operand")?)? {
                    Value::Tuple(vs) => Ok(vec![usize::try_from(index).ok().and_then(|i| vs.get(i)).cloned().ok_or_else(|| format!("index {index} is out of range"))?]),
                    other => Err(format!("operand must be a tuple, not {}", describe(other)).into()),
                }
            }
            "stablehlo.custom_call" => {
                let target = op.attr("call_target_name").and_then(Attr::as_str).unwrap_or("?");
                Err(RunError::unsupported(op, format!(" (target '{target}')")).into())
            }
            "stablehlo.reduce" => Ok(tensors(self.exec_reduce(frame, op)?)),
            "stablehlo.reduce_window" => Ok(tensors(self.exec_reduce_window(frame, op)?)),
            "stablehlo.select_and_scatter" => Ok(tensors(self.exec_select_and_scatter(frame, op)?)),
            "stablehlo.scatter" => Ok(tensors(self.exec_scatter(frame, op)?)),
            "stablehlo.sort" => Ok(tensors(self.exec_sort(frame, op)?)),
            _ => {
                if let Some(t) = elementwise_in_place(frame, op, dying)? {
                    return Ok(vec![Value::Tensor(t)]);
                }
                let args: Vec<&Tensor> = op.operands.iter().map(|&v| frame.tensor(v)).collect::<Result<_, _>>()?;
                let outs: Vec<TensorType> = op.results.iter().map(|&r| result_type(frame.func, r)).collect::<Result<_, _>>()?;
                Ok(tensors(pure_op(op, &args, &outs, &operand_types(frame.func, op))?))
            }
        }
    }

    /// The loop state moves through the regions' block arguments without copies: into
    /// `cond`'s, back out (`cond` cannot change them), into `body`'s, out as its results.
    fn exec_while(&mut self, frame: &mut Frame<'m>, op: &'m Op, dying: &[ValueId]) -> Result<Vec<Value>, Fail> {
        let [cond, body] = &op.regions[..] else {
            return Err("needs a cond and a body region".into());
        };
        let cond_args = &cond.blocks.first().ok_or("has an empty cond region")?.args;
        let mut state = operand_values(frame, op, dying)?;
        loop {
            let c = self.apply_region(frame, cond, state, false)?;
            state = cond_args.iter().map(|a| frame.slots.get_mut(a.index()).and_then(Option::take).ok_or("cond region lost its arguments")).collect::<Result<_, _>>()?;
            let go = match &c[..] {
                [Value::Tensor(t)] => scalar_bool(t)?,
                _ => return Err("cond region must return one i1 scalar".into()),
            };
            if !go {
                return Ok(state);
            }
            state = self.apply_region(frame, body, state, true)?;
        }
    }

    /// Operands cloned out of the frame, for ops whose regions need the frame mutably.
    fn owned_operands(frame: &Frame<'m>, op: &Op) -> Result<Vec<Tensor>, Fail> {
        op.operands.iter().map(|&v| frame.tensor(v).cloned()).collect()
    }

    fn exec_reduce(&mut self, frame: &mut Frame<'m>, op: &'m Op) -> Result<Vec<Tensor>, Fail> {
        let n = op.operands.len() / 2;
        let region = op.regions.first().ok_or("needs a body region")?;
        let dims = ints(op, "dimensions")?;
        let simple = reduce::simple_body(region).filter(|_| n == 1);
        if matches!(simple, Some(SimpleBody::Reduce(_))) {
            let args: Vec<&Tensor> = op.operands.iter().map(|&v| frame.tensor(v)).collect::<Result<_, _>>()?;
            return reduce::reduce(&args[..n], &args[n..], &dims, simple, &mut no_body);
        }
        let owned = Self::owned_operands(frame, op)?;
        let refs: Vec<&Tensor> = owned.iter().collect();
        let mut body = |args: Vec<Tensor>| self.tensor_region(frame, region, args);
        reduce::reduce(&refs[..n], &refs[n..], &dims, None, &mut body)
    }

    fn exec_reduce_window(&mut self, frame: &mut Frame<'m>, op: &'m Op) -> Result<Vec<Tensor>, Fail> {
        let n = op.operands.len() / 2;
        let region = op.regions.first().ok_or("needs a body region")?;
        let window = Window::of(op, &operand_types(frame.func, op)).map_err(|d| diag(op, d))?;
        let out = result_type(frame.func, *op.results.first().ok_or("needs results")?)?;
        let simple = reduce::simple_body(region).filter(|_| n == 1);
        if matches!(simple, Some(SimpleBody::Reduce(_))) {
            let args: Vec<&Tensor> = op.operands.iter().map(|&v| frame.tensor(v)).collect::<Result<_, _>>()?;
            return reduce::reduce_window(&args[..n], &args[n..], &window, &out, simple, &mut no_body);
        }
        let owned = Self::owned_operands(frame, op)?;
        let refs: Vec<&Tensor> = owned.iter().collect();
        let mut body = |args: Vec<Tensor>| self.tensor_region(frame, region, args);
        reduce::reduce_window(&refs[..n], &refs[n..], &window, &out, None, &mut body)
    }

    fn exec_select_and_scatter(&mut self, frame: &mut Frame<'m>, op: &'m Op) -> Result<Vec<Tensor>, Fail> {
        let [select, scatter] = &op.regions[..] else {
            return Err("needs a select and a scatter region".into());
        };
        let owned = Self::owned_operands(frame, op)?;
        let [operand, source, init] = &owned[..] else {
            return Err("takes an operand, a source and an init value".into());
        };
        let window = Window::of(op, &operand_types(frame.func, op)).map_err(|d| diag(op, d))?;
        let (select_simple, scatter_simple) = (reduce::simple_body(select), reduce::simple_body(scatter));
        // Both bodies need the interpreter and the frame, never at the same time.
        let this = std::cell::RefCell::new((&mut *self, &mut *frame));
        let mut sel = |args: Vec<Tensor>| {
            let (s, f) = &mut *this.borrow_mut();
            s.tensor_region(f, select, args)
        };
        let mut sca = |args: Vec<Tensor>| {
            let (s, f) = &mut *this.borrow_mut();
            s.tensor_region(f, scatter, args)
        };
        let t = reduce::select_and_scatter(operand, source, init, &window, select_simple, &mut sel, scatter_simple, &mut sca)?;
        Ok(vec![t])
    }

    fn exec_scatter(&mut self, frame: &mut Frame<'m>, op: &'m Op) -> Result<Vec<Tensor>, Fail> {
        let region = op.regions.first().ok_or("needs an update region")?;
        let total = op.operands.len();
        if total < 3 || total % 2 == 0 {
            return Err("takes n inputs, the indices and n updates".into());
        }
        let n = (total - 1) / 2;
        let args: Vec<&Tensor> = op.operands.iter().map(|&v| frame.tensor(v)).collect::<Result<_, _>>()?;
        let dims = ScatterDims::of(op, &operand_types(frame.func, op)).map_err(|d| diag(op, d))?;
        let (inputs, indices, updates) = (&args[..n], args[n], &args[n + 1..]);
        let shape = inputs[0].dims();
        let pairs = indexing::scatter_pairs(&shape, indices, &updates[0].dims(), &dims)?;
        let simple = reduce::simple_body(region).filter(|_| n == 1);
        if simple.is_some_and(|s| matches!(s, SimpleBody::Reduce(_) | SimpleBody::Second)) {
            return Ok(vec![reduce::combine(inputs[0], updates[0], &pairs, simple, &mut no_body)?]);
        }
        let results: Vec<Tensor> = inputs.iter().map(|&t| t.clone()).collect();
        let updates: Vec<Tensor> = updates.iter().map(|&t| t.clone()).collect();
        let update_refs: Vec<&Tensor> = updates.iter().collect();
        let mut body = |args: Vec<Tensor>| self.tensor_region(frame, region, args);
        reduce::combine_generic(&results, &update_refs, &pairs, &mut body)
    }

    fn exec_sort(&mut self, frame: &mut Frame<'m>, op: &'m Op) -> Result<Vec<Tensor>, Fail> {
        let region = op.regions.first().ok_or("needs a comparator region")?;
        let dim = op.int("dimension").unwrap_or(-1);
        let owned = Self::owned_operands(frame, op)?;
        let refs: Vec<&Tensor> = owned.iter().collect();
        let scalar = |t: &Tensor, p: usize| Tensor { ty: TensorType::scalar(t.elem()), data: t.data.repeat(p, 1) };
        let mut less = |a: usize, b: usize| -> Result<bool, Fail> {
            let args = owned.iter().flat_map(|t| [scalar(t, a), scalar(t, b)]).collect();
            let out = self.tensor_region(frame, region, args)?;
            match &out[..] {
                [t] => scalar_bool(t),
                _ => Err("comparator must return one i1 scalar".into()),
            }
        };
        sort::sort(&refs, dim, &mut less)
    }
}

/// The op's operand values: moved out of the frame when this op is their last use (and they
/// appear once and not inside its regions), copied otherwise.
fn operand_values(frame: &mut Frame<'_>, op: &Op, dying: &[ValueId]) -> Result<Vec<Value>, Fail> {
    let mut out = Vec::with_capacity(op.operands.len());
    for (k, &v) in op.operands.iter().enumerate() {
        let movable = dying.contains(&v) && !op.operands[..k].contains(&v) && !op.operands[k + 1..].contains(&v) && !used_in_regions(op, v);
        let value = if movable { frame.slots.get_mut(v.index()).and_then(Option::take) } else { None };
        out.push(match value {
            Some(value) => value,
            None => frame.get(v)?.clone(),
        });
    }
    Ok(out)
}

fn used_in_regions(op: &Op, v: ValueId) -> bool {
    let mut used = false;
    for r in &op.regions {
        walk_region(r, &mut |inner| used |= inner.operands.contains(&v));
    }
    used
}

/// A float unary or binary op whose operand dies here computes into that operand's buffer:
/// training steps are long chains of such ops over parameter-sized tensors, and reusing
/// buffers saves an allocation (and the page faults of touching it) per op. `None` when the
/// op does not qualify.
fn elementwise_in_place(frame: &mut Frame<'_>, op: &Op, dying: &[ValueId]) -> Result<Option<Tensor>, Fail> {
    let unary = Unary::from_name(&op.name);
    let binary = Binary::from_name(&op.name);
    if unary.is_none() && binary.is_none() {
        return Ok(None);
    }
    let [result] = op.results[..] else { return Ok(None) };
    let declared = frame.func.values.get(result.index()).map(|v| &v.ty);
    // The operand to reuse: dying, used once by this op, a float tensor of the result's type.
    let reusable = |k: usize| {
        let v = op.operands[k];
        let fits = matches!((frame.slots.get(v.index()), declared), (Some(Some(Value::Tensor(t))), Some(Type::Tensor(d))) if &t.ty == d && t.elem().is_float());
        fits && dying.contains(&v) && op.operands.iter().filter(|&&o| o == v).count() == 1
    };
    let Some(k) = (0..op.operands.len()).find(|&k| reusable(k)) else { return Ok(None) };
    let Some(Value::Tensor(mut t)) = frame.slots.get_mut(op.operands[k].index()).and_then(Option::take) else { return Ok(None) };
    match (unary, binary, &op.operands[..]) {
        (Some(u), _, [_]) => elementwise::unary_in_place(u, &mut t.data)?,
        (_, Some(b), [x, y]) => {
            let other = frame.tensor(if k == 0 { *y } else { *x })?;
            if other.shape() != t.shape() {
                return Err(format!("operands {} and {} differ in shape", t.ty, other.ty).into());
            }
            elementwise::binary_in_place(b, &mut t.data, &other.data, k == 0)?;
        }
        _ => return Err(format!("takes {} operands", if unary.is_some() { 1 } else { 2 }).into()),
    }
    Ok(Some(t))
}

/// Stands in for a region on fast paths, which never call it.
fn no_body(_: Vec<Tensor>) -> Result<Vec<Tensor>, Fail> {
    Err("internal: fast path called its region".into())
}

fn scalar_bool(t: &Tensor) -> Result<bool, Fail> {
    match t.as_slice::<bool>() {
        Some([b]) => Ok(*b),
        _ => Err(format!("expected an i1 scalar, got {}", t.ty).into()),
    }
}

fn result_type(func: &Func, v: ValueId) -> Result<TensorType, Fail> {
    match func.values.get(v.index()).map(|i| &i.ty) {
        Some(Type::Tensor(t)) if t.is_static() => Ok(t.clone()),
        Some(other) => Err(format!("result type {other} is not a static tensor type").into()),
        None => Err("result is missing from the function's value table".into()),
    }
}

/// For each op of a function body, the body's values whose last use it is (unused values go
/// at their definition). Values of nested regions are left alone: regions rerun and
/// overwrite them.
fn drop_plan(block: &Block, num_values: usize) -> Vec<Vec<ValueId>> {
    let mut last: Vec<Option<usize>> = vec![None; num_values];
    let mut note = |v: ValueId, i: usize| {
        if let Some(slot) = last.get_mut(v.index()) {
            *slot = Some(i);
        }
    };
    for (i, op) in block.ops.iter().enumerate() {
        for &v in &op.operands {
            note(v, i);
        }
        for r in &op.regions {
            walk_region(r, &mut |inner| inner.operands.iter().for_each(|&v| note(v, i)));
        }
    }
    let mut plan = vec![Vec::new(); block.ops.len()];
    let mut place = |v: ValueId, def: usize| {
        let at = last.get(v.index()).copied().flatten().unwrap_or(def).max(def);
        if let Some(p) = plan.get_mut(at) {
            p.push(v);
        }
    };
    for &a in &block.args {
        place(a, 0);
    }
    for (i, op) in block.ops.iter().enumerate() {
        for &r in &op.results {
            place(r, i);
        }
    }
    plan
}

fn attr<'a>(op: &'a Op, name: &str) -> Result<&'a Attr, Fail> {
    op.attr(name).ok_or_else(|| format!("needs attribute '{name}'").into())
}

/// An integer list attribute: `array<i64: ...>`, `[...]`, or `dense<...>` (any encoding).
fn int_list(a: &Attr) -> Option<Vec<i64>> {
    match a {
        Attr::Dense { .. } => Tensor::from_dense(a).ok()?.to_i64_vec(),
        Attr::Array(items) if items.iter().all(|i| matches!(i, Attr::Bool(_))) => Some(items.iter().map(|i| i.as_int().unwrap_or(0)).collect()),
        other => other.as_int_list(),
    }
}

fn ints(op: &Op, name: &str) -> Result<Vec<i64>, Fail> {
    int_list(attr(op, name)?).ok_or_else(|| format!("attribute '{name}' must be a list of integers").into())
}

/// An optional integer list attribute; absent means `default`.
fn ints_or(op: &Op, name: &str, default: Vec<i64>) -> Result<Vec<i64>, Fail> {
    match op.attr(name) {
        None => Ok(default),
        Some(_) => ints(op, name),
    }
}

fn int(op: &Op, name: &str) -> Result<i64, Fail> {
    attr(op, name)?.as_int().ok_or_else(|| format!("attribute '{name}' must be an integer").into())
}

/// Ops without regions: computed from their tensor operands, attributes and result types.
fn pure_op(op: &Op, args: &[&Tensor], outs: &[TensorType], types: &[Type]) -> Result<Vec<Tensor>, Fail> {
    let arity = |n: usize| -> Result<(), Fail> {
        if args.len() == n {
            Ok(())
        } else {
            Err(format!("takes {n} operands, not {}", args.len()).into())
        }
    };
    let out = || outs.first().ok_or_else(|| Fail::from("needs a result"));
    let same_shape = |a: &Tensor, b: &Tensor| -> Result<(), Fail> {
        if a.shape() == b.shape() {
            Ok(())
        } else {
            Err(format!("operands {} and {} differ in shape", a.ty, b.ty).into())
        }
    };
    let name = op.name.as_str();
    if let Some(u) = Unary::from_name(name) {
        arity(1)?;
        let data = elementwise::unary(u, &args[0].data)?;
        return Ok(vec![Tensor { ty: args[0].ty.clone(), data }]);
    }
    if let Some(b) = Binary::from_name(name) {
        arity(2)?;
        same_shape(args[0], args[1])?;
        let data = elementwise::binary(b, &args[0].data, &args[1].data)?;
        return Ok(vec![Tensor { ty: args[0].ty.clone(), data }]);
    }
    let t = match name {
        "stablehlo.constant" => Tensor::from_dense(attr(op, "value")?)?,
        "stablehlo.compare" => {
            arity(2)?;
            same_shape(args[0], args[1])?;
            let dir = attr(op, "comparison_direction")?.as_enum().ok_or("'comparison_direction' must be an enum")?;
            let ty = op.attr("compare_type").and_then(Attr::as_enum);
            let data = elementwise::compare(dir, ty, &args[0].data, &args[1].data)?;
            Tensor { ty: TensorType::new(args[0].ty.shape.clone(), alpa_stablehlo::ElemType::I1), data }
        }
        "stablehlo.select" => {
            arity(3)?;
            same_shape(args[1], args[2])?;
            if args[0].ty.rank() != 0 {
                same_shape(args[0], args[1])?;
            }
            Tensor { ty: args[1].ty.clone(), data: elementwise::select(&args[0].data, &args[1].data, &args[2].data)? }
        }
        "stablehlo.clamp" => {
            arity(3)?;
            for bound in [args[0], args[2]] {
                if bound.ty.rank() != 0 {
                    same_shape(bound, args[1])?;
                }
            }
            Tensor { ty: args[1].ty.clone(), data: elementwise::clamp(&args[0].data, &args[1].data, &args[2].data)? }
        }
        "stablehlo.convert" => {
            arity(1)?;
            let out = out()?;
            Tensor { ty: TensorType::new(args[0].ty.shape.clone(), out.elem), data: elementwise::convert(&args[0].data, out.elem) }
        }
        "stablehlo.bitcast_convert" => {
            arity(1)?;
            let out = out()?;
            let (from, to) = (args[0].ty.byte_size(), out.byte_size());
            if from != to {
                return Err(format!("cannot bitcast {} ({from} bytes) to {out} ({to} bytes)", args[0].ty).into());
            }
            Tensor { ty: out.clone(), data: elementwise::bitcast(&args[0].data, out.elem) }
        }
        "stablehlo.is_finite" => {
            arity(1)?;
            Tensor { ty: TensorType::new(args[0].ty.shape.clone(), alpa_stablehlo::ElemType::I1), data: elementwise::is_finite(&args[0].data)? }
        }
        "stablehlo.reduce_precision" => {
            arity(1)?;
            let bits = |n: &str| -> Result<u32, Fail> { u32::try_from(int(op, n)?).ok().filter(|&b| b <= 64).ok_or_else(|| format!("'{n}' is out of range").into()) };
            let (e, m) = (bits("exponent_bits")?, bits("mantissa_bits")?);
            if e == 0 {
                return Err("'exponent_bits' must be at least 1".into());
            }
            Tensor { ty: args[0].ty.clone(), data: elementwise::reduce_precision(&args[0].data, e, m)? }
        }
        "stablehlo.iota" => layout::iota(out()?, int(op, "iota_dimension")?)?,
        "stablehlo.broadcast_in_dim" => {
            arity(1)?;
            layout::broadcast_in_dim(args[0], &ints(op, "broadcast_dimensions")?, out()?)?
        }
        "stablehlo.reshape" => {
            arity(1)?;
            layout::reshape(args[0], out()?)?
        }
        "stablehlo.transpose" => {
            arity(1)?;
            layout::transpose(args[0], &ints(op, "permutation")?)?
        }
        "stablehlo.slice" => {
            arity(1)?;
            let rank = args[0].ty.rank();
            layout::slice(args[0], &ints(op, "start_indices")?, &ints(op, "limit_indices")?, &ints_or(op, "strides", vec![1; rank])?)?
        }
        "stablehlo.dynamic_slice" => {
            let (x, starts) = args.split_first().ok_or("needs an operand")?;
            layout::dynamic_slice(x, starts, &ints(op, "slice_sizes")?)?
        }
        "stablehlo.dynamic_update_slice" => {
            let [x, update, starts @ ..] = args else {
                return Err("needs an operand and an update".into());
            };
            layout::dynamic_update_slice(x, update, starts)?
        }
        "stablehlo.concatenate" => layout::concatenate(args, int(op, "dimension")?)?,
        "stablehlo.pad" => {
            arity(2)?;
            layout::pad(args[0], args[1], &ints(op, "edge_padding_low")?, &ints(op, "edge_padding_high")?, &ints(op, "interior_padding")?, out()?)?
        }
        "stablehlo.reverse" => {
            arity(1)?;
            layout::reverse(args[0], &ints(op, "dimensions")?)?
        }
        "stablehlo.dot_general" | "stablehlo.dot" => {
            let dims = DotDims::of(op, types).map_err(|d| diag(op, d))?;
            linalg::dot_general(args[0], args[1], &dims, out()?)?
        }
        "stablehlo.convolution" => {
            let dims = ConvDims::of(op, types).map_err(|d| diag(op, d))?;
            let reversal: Vec<bool> = ints_or(op, "window_reversal", vec![0; dims.input_spatial.len()])?.into_iter().map(|v| v != 0).collect();
            linalg::convolution(args[0], args[1], &dims, &reversal, out()?)?
        }
        "stablehlo.gather" => {
            let dims = GatherDims::of(op, types).map_err(|d| diag(op, d))?;
            indexing::gather(args[0], args[1], &dims, out()?)?
        }
        "stablehlo.rng_bit_generator" => return Err(RunError::unsupported(op, "").into()),
        _ => return Err(RunError::unsupported(op, "").into()),
    };
    Ok(vec![t])
}

/// The declared types of `op`'s operands, for the catalogue's decoders.
fn operand_types(func: &Func, op: &Op) -> Vec<Type> {
    op.operands.iter().map(|v| func.values.get(v.index()).map_or(Type::Token, |i| i.ty.clone())).collect()
}

/// A catalogue diagnostic about `op` as an interpreter error (its message already names the
/// op; the error adds the name again, so it is dropped from the message).
fn diag(op: &Op, d: alpa_stablehlo::Diag) -> Fail {
    let prefix = format!("'{}' ", op.name);
    let message = d.message.strip_prefix(&prefix).unwrap_or(&d.message).to_string();
    Fail::Run(RunError::Op { op: op.name.clone(), pos: d.pos.unwrap_or(op.pos), message })
}

#[cfg(test)]
pub(crate) mod testing {
    //! The data-driven helpers every op family's tests use.

    use super::*;

    fn run_main(mlir: &str, inputs: Vec<Tensor>) -> Result<Vec<Tensor>, RunError> {
        let module = alpa_stablehlo::parse_module(mlir).unwrap_or_else(|e| panic!("{}\n{mlir}", e.render("test")));
        run(&module, "main", inputs)
    }

    /// Parses `mlir`, runs `@main` on `inputs` and asserts the results match `expected`:
    /// integers exactly, floats within 1e-6 relative (see [`crate::compare`]).
    pub fn check(mlir: &str, inputs: Vec<Tensor>, expected: Vec<Tensor>) {
        let got = run_main(mlir, inputs).unwrap_or_else(|e| panic!("{e}\n{mlir}"));
        if let Err(m) = crate::compare(&got, &expected, 1e-6) {
            panic!("{m}\ngot:  {got:?}\nwant: {expected:?}\n{mlir}");
        }
    }

    /// Like [`check`], but every result must be bit-identical (signed zeros, exact rounding).
    pub fn check_bits(mlir: &str, inputs: Vec<Tensor>, expected: Vec<Tensor>) {
        let got = run_main(mlir, inputs).unwrap_or_else(|e| panic!("{e}\n{mlir}"));
        let same = got.len() == expected.len() && got.iter().zip(&expected).all(|(g, w)| g.ty == w.ty && g.data.to_le_bytes() == w.data.to_le_bytes());
        assert!(same, "\ngot:  {got:?}\nwant: {expected:?}\n{mlir}");
    }

    /// Parses `mlir`, runs `@main` on `inputs` and asserts it fails with message `want`, in
    /// which `{pos}` stands for the `line:col` of the first op named in it (`'stablehlo.x'`).
    pub fn check_error(mlir: &str, inputs: Vec<Tensor>, want: &str) {
        let module = alpa_stablehlo::parse_module(mlir).unwrap_or_else(|e| panic!("{}\n{mlir}", e.render("test")));
        let want = match want.split('\'').nth(1) {
            Some(name) if want.contains("{pos}") => want.replace("{pos}", &op_pos(&module, name)),
            _ => want.to_string(),
        };
        match run(&module, "main", inputs) {
            Ok(got) => panic!("expected error '{want}', got {got:?}"),
            Err(e) => assert_eq!(e.to_string(), want),
        }
    }

    /// `line:col` of the first op called `name` in `module`.
    pub fn op_pos(module: &Module, name: &str) -> String {
        let mut found = None;
        for f in module.funcs() {
            f.walk(&mut |op| {
                if op.name == name && found.is_none() {
                    found = Some(op.pos);
                }
            });
        }
        let pos = found.unwrap_or_else(|| panic!("no op '{name}'"));
        format!("{}:{}", pos.line, pos.col)
    }

    /// A module applying the one-operand op `op` (pretty syntax `op %a : (IN) -> OUT`).
    pub fn unary(op: &str, ty: &str, out: &str) -> String {
        format!("func.func @main(%a: {ty}) -> {out} {{\n  %0 = {op} %a : ({ty}) -> {out}\n  return %0 : {out}\n}}")
    }

    /// A module applying the two-operand op `op` to two `ty` operands.
    pub fn binary(op: &str, ty: &str, out: &str) -> String {
        format!("func.func @main(%a: {ty}, %b: {ty}) -> {out} {{\n  %0 = {op} %a, %b : ({ty}, {ty}) -> {out}\n  return %0 : {out}\n}}")
    }

    /// A tensor of `shape` from row-major values.
    pub fn t<T: crate::Element>(shape: &[i64], v: &[T]) -> Tensor {
        Tensor::from_vec(shape, v.to_vec()).unwrap()
    }
}

#[cfg(test)]
mod tests {
    use super::testing::{check, check_error, t};
    use super::*;

    #[test]
    fn while_loop_sees_enclosing_values() {
        // sum = 0; for i in 0..n: sum += step * i  (step is defined outside the loop)
        let m = "func.func @main(%n: tensor<i32>, %step: tensor<f32>) -> (tensor<i32>, tensor<f32>) {
  %c0 = stablehlo.constant dense<0> : tensor<i32>
  %z = stablehlo.constant dense<0.0> : tensor<f32>
  %two = stablehlo.multiply %step, %step : tensor<f32>
  %0:2 = stablehlo.while(%i = %c0, %s = %z) : tensor<i32>, tensor<f32>
  cond {
    %1 = stablehlo.compare LT, %i, %n, SIGNED : (tensor<i32>, tensor<i32>) -> tensor<i1>
    stablehlo.return %1 : tensor<i1>
  } do {
    %c1 = stablehlo.constant dense<1> : tensor<i32>
    %1 = stablehlo.add %i, %c1 : tensor<i32>
    %2 = stablehlo.convert %i : (tensor<i32>) -> tensor<f32>
    %3 = stablehlo.multiply %2, %two : tensor<f32>
    %4 = stablehlo.add %s, %3 : tensor<f32>
    stablehlo.return %1, %4 : tensor<i32>, tensor<f32>
  }
  return %0#0, %0#1 : tensor<i32>, tensor<f32>
}";
        check(m, vec![Tensor::scalar(5), Tensor::scalar(2.0f32)], vec![Tensor::scalar(5), Tensor::scalar(40.0f32)]);
        check(m, vec![Tensor::scalar(-1), Tensor::scalar(2.0f32)], vec![Tensor::scalar(0), Tensor::scalar(0.0f32)]);
    }

    const BRANCHES: &str = "func.func @main(%p: tensor<i1>, %a: tensor<f32>, %i: tensor<i32>) -> (tensor<f32>, tensor<f32>) {
  %0 = \"stablehlo.if\"(%p) ({
    stablehlo.return %a : tensor<f32>
  }, {
    %c = stablehlo.constant dense<2.0> : tensor<f32>
    stablehlo.return %c : tensor<f32>
  }) : (tensor<i1>) -> tensor<f32>
  %1 = \"stablehlo.case\"(%i) ({
    stablehlo.return %a : tensor<f32>
  }, {
    %c = stablehlo.constant dense<3.0> : tensor<f32>
    stablehlo.return %c : tensor<f32>
  }) : (tensor<i32>) -> tensor<f32>
  return %0, %1 : tensor<f32>, tensor<f32>
}";

    #[test]
    fn if_and_case() {
        let run = |p: bool, i: i32, want: (f32, f32)| check(BRANCHES, vec![Tensor::scalar(p), Tensor::scalar(1.0f32), Tensor::scalar(i)], vec![Tensor::scalar(want.0), Tensor::scalar(want.1)]);
        run(true, 0, (1.0, 1.0));
        run(false, 1, (2.0, 3.0));
        // Out-of-range indices take the last branch.
        run(false, 7, (2.0, 3.0));
        run(false, -1, (2.0, 3.0));
    }

    #[test]
    fn calls_tuples_and_barriers() {
        let m = "func.func @main(%a: tensor<2xf32>, %i: tensor<i32>) -> (tensor<2xf32>, tensor<i32>, tuple<tensor<2xf32>, tensor<i32>>) {
  %0:2 = call @twice(%a) : (tensor<2xf32>) -> (tensor<2xf32>, tensor<2xf32>)
  %t = stablehlo.tuple %0#1, %i : tuple<tensor<2xf32>, tensor<i32>>
  %g = stablehlo.get_tuple_element %t[0] : (tuple<tensor<2xf32>, tensor<i32>>) -> tensor<2xf32>
  %o:2 = stablehlo.optimization_barrier %g, %i : tensor<2xf32>, tensor<i32>
  return %o#0, %o#1, %t : tensor<2xf32>, tensor<i32>, tuple<tensor<2xf32>, tensor<i32>>
}
func.func private @twice(%x: tensor<2xf32>) -> (tensor<2xf32>, tensor<2xf32>) {
  %0 = stablehlo.add %x, %x : tensor<2xf32>
  return %x, %0 : tensor<2xf32>, tensor<2xf32>
}";
        let module = alpa_stablehlo::parse_module(m).unwrap();
        let out = run_values(&module, "main", vec![Value::Tensor(t(&[2], &[1.0f32, 2.0])), Value::Tensor(Tensor::scalar(3))]).unwrap();
        let twice = t(&[2], &[2.0f32, 4.0]);
        assert_eq!(out, vec![Value::Tensor(twice.clone()), Value::Tensor(Tensor::scalar(3)), Value::Tuple(vec![Value::Tensor(twice), Value::Tensor(Tensor::scalar(3))])]);
    }

    #[test]
    fn sharding_annotations_are_the_values_themselves() {
        let m = "module {
  shard.grid @g(shape = 2x2)
  func.func @main(%a: tensor<4x2xf32>) -> tensor<4x2xf32> {
    %s = shard.sharding @g split_axes = [[0], [1]] : !shard.sharding
    %0 = shard.shard %a to %s : tensor<4x2xf32>
    %1 = stablehlo.negate %0 : tensor<4x2xf32>
    %2 = shard.shard %1 to %s annotate_for_users : tensor<4x2xf32>
    return %2 : tensor<4x2xf32>
  }
}";
        let module = alpa_stablehlo::parse_module(m).unwrap();
        let x = t(&[4, 2], &[1.0f32, -2.0, 3.0, -4.0, 5.0, -6.0, 7.0, -8.0]);
        let want = t(&[4, 2], &[-1.0f32, 2.0, -3.0, 4.0, -5.0, 6.0, -7.0, 8.0]);
        assert_eq!(run(&module, "main", vec![x]).unwrap(), vec![want]);
    }

    #[test]
    fn constants_are_exact() {
        let m = "func.func @main() -> (tensor<2xi64>, tensor<ui64>, tensor<f32>) {
  %0 = stablehlo.constant dense<[9007199254740993, -9223372036854775808]> : tensor<2xi64>
  %1 = stablehlo.constant dense<18446744073709551615> : tensor<ui64>
  %2 = stablehlo.constant dense<0xFF800000> : tensor<f32>
  return %0, %1, %2 : tensor<2xi64>, tensor<ui64>, tensor<f32>
}";
        check(m, vec![], vec![t(&[2], &[9007199254740993i64, i64::MIN]), Tensor::scalar(u64::MAX), Tensor::scalar(f32::NEG_INFINITY)]);
    }

    #[test]
    fn errors_name_the_op_and_its_place() {
        let custom = "func.func @main(%a: tensor<f32>) -> tensor<f32> {\n  %0 = stablehlo.custom_call @foo(%a) : (tensor<f32>) -> tensor<f32>\n  return %0 : tensor<f32>\n}";
        check_error(custom, vec![Tensor::scalar(1.0f32)], "{pos}: 'stablehlo.custom_call' (target 'foo') is not supported by the interpreter");
        let rng = "func.func @main(%s: tensor<2xui64>) -> (tensor<2xui64>, tensor<4xui32>) {\n  %0:2 = stablehlo.rng_bit_generator %s, algorithm = DEFAULT : (tensor<2xui64>) -> (tensor<2xui64>, tensor<4xui32>)\n  return %0#0, %0#1 : tensor<2xui64>, tensor<4xui32>\n}";
        check_error(rng, vec![t(&[2], &[1u64, 2])], "{pos}: 'stablehlo.rng_bit_generator' is not supported by the interpreter");
        let wrong = "func.func @main(%a: tensor<2xf32>) -> tensor<3xf32> {\n  %0 = stablehlo.add %a, %a : (tensor<2xf32>, tensor<2xf32>) -> tensor<3xf32>\n  return %0 : tensor<3xf32>\n}";
        check_error(wrong, vec![t(&[2], &[1.0f32, 2.0])], "{pos}: 'stablehlo.add' computed tensor<2xf32> for result 0 but the op declares tensor<3xf32>");
        let slice = "func.func @main(%a: tensor<2xf32>) -> tensor<3xf32> {\n  %0 = stablehlo.slice %a [0:3] : (tensor<2xf32>) -> tensor<3xf32>\n  return %0 : tensor<3xf32>\n}";
        check_error(slice, vec![t(&[2], &[1.0f32, 2.0])], "{pos}: 'stablehlo.slice' slice [0:3:1] is out of bounds for dimension 0 of size 2");
        check_error(slice, vec![t(&[3], &[1.0f32, 2.0, 3.0])], "input 0 is tensor<3xf32> but @main's argument 0 is tensor<2xf32>");
        let recursive = "func.func @main(%a: tensor<f32>) -> tensor<f32> {\n  %0 = call @main(%a) : (tensor<f32>) -> tensor<f32>\n  return %0 : tensor<f32>\n}";
        check_error(recursive, vec![Tensor::scalar(1.0f32)], "{pos}: 'func.call' nests calls and regions deeper than 64");
        let inner = "func.func @main(%a: tensor<2xi32>, %i: tensor<2x1xi32>) -> tensor<2xi32> {
  %0 = \"stablehlo.scatter\"(%a, %i, %a) <{scatter_dimension_numbers = #stablehlo.scatter<inserted_window_dims = [0], scatter_dims_to_operand_dims = [0], index_vector_dim = 1>}> ({
  ^bb0(%x: tensor<i32>, %y: tensor<i32>):
    %z = stablehlo.custom_call @bar(%x) : (tensor<i32>) -> tensor<i32>
    stablehlo.return %z : tensor<i32>
  }) : (tensor<2xi32>, tensor<2x1xi32>, tensor<2xi32>) -> tensor<2xi32>
  return %0 : tensor<2xi32>
}";
        check_error(inner, vec![t(&[2], &[1, 2]), t(&[2, 1], &[0, 1])], "{pos}: 'stablehlo.custom_call' (target 'bar') is not supported by the interpreter");
    }

    #[test]
    fn malformed_ops_are_errors_not_panics() {
        // (argument types, op line defining %0, result type)
        let cases = [
            ("tensor<2x3xf32>", "stablehlo.transpose %a, dims = [0, 0] : (tensor<2x3xf32>) -> tensor<2x2xf32>", "tensor<2x2xf32>"),
            ("tensor<2xf32>", "stablehlo.broadcast_in_dim %a, dims = [5] : (tensor<2xf32>) -> tensor<2x2xf32>", "tensor<2x2xf32>"),
            ("tensor<4xf32>", "stablehlo.slice %a [0:4:-1] : (tensor<4xf32>) -> tensor<4xf32>", "tensor<4xf32>"),
            ("tensor<4xf32>", "stablehlo.reshape %a : (tensor<4xf32>) -> tensor<5xf32>", "tensor<5xf32>"),
            ("tensor<4xf32>", "stablehlo.reverse %a, dims = [1] : tensor<4xf32>", "tensor<4xf32>"),
            ("tensor<4xf32>", "stablehlo.iota dim = 2 : tensor<4xf32>", "tensor<4xf32>"),
            ("tensor<4xf32>", "stablehlo.concatenate %a, %a, dim = 3 : (tensor<4xf32>, tensor<4xf32>) -> tensor<8xf32>", "tensor<8xf32>"),
            ("tensor<4xf32>", "stablehlo.pad %a, %b, low = [0], high = [9223372036854775807], interior = [0] : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>", "tensor<4xf32>"),
            ("tensor<4xf32>", "stablehlo.pad %a, %b, low = [-9], high = [0], interior = [0] : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>", "tensor<4xf32>"),
            ("tensor<4xf32>", "stablehlo.dynamic_slice %a, %i, sizes = [5] : (tensor<4xf32>, tensor<i32>) -> tensor<5xf32>", "tensor<5xf32>"),
            ("tensor<4xf32>", "stablehlo.reduce(%a init: %b) applies stablehlo.add across dimensions = [3] : (tensor<4xf32>, tensor<f32>) -> tensor<f32>", "tensor<f32>"),
            ("tensor<4xf32>", "stablehlo.dot_general %a, %a, contracting_dims = [0] x [1] : (tensor<4xf32>, tensor<4xf32>) -> tensor<f32>", "tensor<f32>"),
            ("tensor<4xf32>", "stablehlo.add %a, %b : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>", "tensor<4xf32>"),
            ("tensor<4xf32>", "stablehlo.select %p, %a, %a : (tensor<3xi1>, tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>", "tensor<4xf32>"),
            ("tensor<4xf32>", "stablehlo.shift_left %a, %a : tensor<4xf32>", "tensor<4xf32>"),
            ("tensor<4xf32>", "stablehlo.convert %i : (tensor<i32>) -> tensor<4xf32>", "tensor<4xf32>"),
            ("tensor<4xf32>", "stablehlo.bitcast_convert %a : (tensor<4xf32>) -> tensor<4xf64>", "tensor<4xf64>"),
            (
                "tensor<1x1x1xf32>",
                "stablehlo.convolution(%a, %a) dim_numbers = [b, 0, f]x[0, i, o]->[b, 0, f], window = {stride = [1], pad = [[0, 9223372036854775807]]} {batch_group_count = 1 : i64, feature_group_count = 1 : i64} : (tensor<1x1x1xf32>, tensor<1x1x1xf32>) -> tensor<1x1x1xf32>",
                "tensor<1x1x1xf32>",
            ),
            (
                "tensor<4xf32>",
                "\"stablehlo.reduce_window\"(%a, %b) <{padding = dense<[[0, 9223372036854775807]]> : tensor<1x2xi64>, window_dimensions = array<i64: 2>}> ({\n  ^bb0(%x: tensor<f32>, %y: tensor<f32>):\n    stablehlo.return %x : tensor<f32>\n  }) : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>",
                "tensor<4xf32>",
            ),
            (
                "tensor<4xf32>",
                "\"stablehlo.gather\"(%a, %i) <{dimension_numbers = #stablehlo.gather<collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 7>, slice_sizes = array<i64: 1>}> : (tensor<4xf32>, tensor<i32>) -> tensor<f32>",
                "tensor<f32>",
            ),
            (
                "tensor<4xf32>",
                "\"stablehlo.sort\"(%a) <{dimension = 5 : i64}> ({\n  ^bb0(%x: tensor<f32>, %y: tensor<f32>):\n    %c = stablehlo.compare LT, %x, %y : (tensor<f32>, tensor<f32>) -> tensor<i1>\n    stablehlo.return %c : tensor<i1>\n  }) : (tensor<4xf32>) -> tensor<4xf32>",
                "tensor<4xf32>",
            ),
            (
                "tensor<4xf32>",
                "\"stablehlo.sort\"(%a) <{dimension = 0 : i64}> ({\n  ^bb0(%x: tensor<f32>, %y: tensor<f32>):\n    stablehlo.return %x : tensor<f32>\n  }) : (tensor<4xf32>) -> tensor<4xf32>",
                "tensor<4xf32>",
            ),
        ];
        for (arg, line, out) in cases {
            let m = format!("func.func @main(%a: {arg}, %b: tensor<f32>, %i: tensor<i32>, %p: tensor<3xi1>) -> {out} {{\n  %0 = {line}\n  return %0 : {out}\n}}");
            let module = alpa_stablehlo::parse_module(&m).unwrap_or_else(|e| panic!("{}\n{m}", e.render("test")));
            let inputs = crate::random_inputs(module.func("main").unwrap(), 0).unwrap();
            let result = std::panic::catch_unwind(|| run(&module, "main", inputs));
            let at = format!("{}: ", testing::op_pos(&module, &module.func("main").unwrap().body.blocks[0].ops[0].name));
            match result {
                Ok(Err(e)) => assert!(e.to_string().starts_with(&at), "{e}"),
                Ok(Ok(v)) => panic!("expected an error, got {v:?}\n{m}"),
                Err(_) => panic!("panicked on\n{m}"),
            }
        }
    }

    #[test]
    fn every_catalogue_op_is_handled() {
        // Ops the interpreter reports as unsupported on purpose.
        // XLA's collectives (what alpa-lower-collectives emits for XLA) are not run here: the
        // simulator runs the `shard` collectives of the partitioned program instead.
        let unsupported = [
            "stablehlo.custom_call",
            "stablehlo.rng_bit_generator",
            "stablehlo.all_gather",
            "stablehlo.all_reduce",
            "stablehlo.all_to_all",
            "stablehlo.partition_id",
            "stablehlo.reduce_scatter",
        ];
        let handled_here = [
            "func.call",
            "func.return",
            "stablehlo.return",
            "stablehlo.while",
            "stablehlo.if",
            "stablehlo.case",
            "stablehlo.optimization_barrier",
            "sdy.sharding_constraint",
            "shard.grid",
            "shard.sharding",
            "shard.shard",
            "shard.all_reduce",
            "shard.all_gather",
            "shard.reduce_scatter",
            "shard.all_to_all",
            "shard.all_slice",
            "shard.shift",
            "shard.send",
            "shard.recv",
            "shard.process_multi_index",
            "shard.process_linear_index",
            "alpa.microbatch",
            "alpa.stage_call",
            "alpa.transfer",
            "alpa.accumulate",
            "stablehlo.tuple",
            "stablehlo.get_tuple_element",
            "stablehlo.reduce",
            "stablehlo.reduce_window",
            "stablehlo.select_and_scatter",
            "stablehlo.scatter",
            "stablehlo.sort",
        ];
        let op = |name: &str| Op::new(name, vec![], vec![]);
        for name in alpa_stablehlo::catalogue::OP_NAMES {
            if unsupported.contains(name) || handled_here.contains(name) {
                continue;
            }
            if let Err(Fail::Run(RunError::Unsupported { .. })) = pure_op(&op(name), &[], &[], &[]) {
                panic!("'{name}' is in the catalogue but not in the interpreter");
            }
        }
    }
}
