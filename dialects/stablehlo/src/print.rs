//! Prints a [`Module`] as text, in the pretty form (what JAX prints; op-specific syntax from
//! [`crate::pretty`]) or in MLIR's generic form (which `mlir-opt-22 --allow-unregistered-dialect`
//! parses). Printing then parsing gives back an equal module, and printing that again gives the
//! same text (the round-trip fixed point the lit suite checks).

use crate::attr::{float_attr_elem, Attr, DenseData, Literal};
use crate::ir::{Block, Func, Item, Loc, Module, Op, Region, ValueId, Visibility};
use crate::parse::format_function_type;
use crate::types::{ElemType, Type};
use std::collections::HashMap;
use std::fmt::Write;

/// Which text form to print.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Form {
    /// Op-specific syntax where StableHLO has one, generic otherwise.
    #[default]
    Pretty,
    /// MLIR's generic op form everywhere.
    Generic,
}

/// Printing options.
#[derive(Clone, Copy, Debug, Default)]
pub struct PrintOptions {
    /// The text form.
    pub form: Form,
    /// Print `loc(...)` of ops and arguments (like `--mlir-print-debuginfo`).
    pub debug_info: bool,
    /// With `debug_info`, give ops without a location one that carries their source position
    /// (`loc("alpa.input":L:C)`), so the position survives a trip through MLIR.
    pub positions: bool,
}

/// The file name of locations that carry a source position (see [`PrintOptions::positions`]).
pub const POSITION_FILE: &str = "alpa.input";

/// Prints a module.
pub fn print_module(module: &Module, opts: PrintOptions) -> String {
    let mut p = Printer { out: String::new(), indent: 0, names: HashMap::new(), next_num: 0, next_arg: 0, opts };
    p.module(module);
    p.out
}

/// The printer state; [`crate::pretty`] writes op-specific syntax through it.
pub struct Printer {
    out: String,
    indent: usize,
    names: HashMap<ValueId, String>,
    next_num: usize,
    next_arg: usize,
    opts: PrintOptions,
}

impl Printer {
    /// Whether locations are printed.
    pub fn debug_info(&self) -> bool {
        self.opts.debug_info
    }

    /// Appends text.
    pub fn w(&mut self, s: &str) {
        self.out.push_str(s);
    }

    /// Starts a new line at the current indentation.
    pub fn newline(&mut self) {
        self.out.push('\n');
        self.line_start();
    }

    fn line_start(&mut self) {
        for _ in 0..self.indent {
            self.out.push_str("  ");
        }
    }

    /// Appends `%name` of a value.
    pub fn value(&mut self, v: ValueId) {
        let name = self.names.get(&v).cloned().unwrap_or_else(|| format!("<<unknown {}>>", v.0));
        self.out.push('%');
        self.out.push_str(&name);
    }

    /// Appends `%a, %b`.
    pub fn values(&mut self, vs: &[ValueId]) {
        for (i, v) in vs.iter().enumerate() {
            if i > 0 {
                self.w(", ");
            }
            self.value(*v);
        }
    }

    /// Names a new block argument `%argN` and returns the name.
    pub fn name_arg(&mut self, v: ValueId) -> String {
        let name = format!("arg{}", self.next_arg);
        self.next_arg += 1;
        self.names.insert(v, name.clone());
        name
    }

    /// Gives `v` the same name as `like` (the two regions of a while share argument names).
    pub fn alias_name(&mut self, v: ValueId, like: ValueId) {
        if let Some(n) = self.names.get(&like).cloned() {
            self.names.insert(v, n);
        }
    }

    /// Appends a type.
    pub fn ty(&mut self, t: &Type) {
        write!(self.out, "{t}").unwrap();
    }

    /// Appends `T, T`.
    pub fn types(&mut self, ts: &[&Type]) {
        for (i, t) in ts.iter().enumerate() {
            if i > 0 {
                self.w(", ");
            }
            self.ty(t);
        }
    }

    /// Appends `(T, T) -> T`.
    pub fn function_type(&mut self, ins: &[&Type], outs: &[&Type]) {
        let ins: Vec<Type> = ins.iter().map(|t| (*t).clone()).collect();
        let outs: Vec<Type> = outs.iter().map(|t| (*t).clone()).collect();
        self.w(&format_function_type(&ins, &outs));
    }

    /// Appends an attribute value.
    pub fn attr(&mut self, a: &Attr) {
        write_attr(&mut self.out, a);
    }

    /// Appends ` {a = 1, ...}` for the attributes not in `skip`; nothing if none are left.
    pub fn attr_dict(&mut self, attrs: &[(String, Attr)], skip: &[&str]) {
        let rest: Vec<&(String, Attr)> = attrs.iter().filter(|(k, _)| !skip.contains(&k.as_str())).collect();
        if rest.is_empty() {
            return;
        }
        self.w(" ");
        write_dict(&mut self.out, rest.into_iter());
    }

    /// Prints a region's body: `{`, ops, `}` (the entry block arguments are not printed).
    pub fn region_ops(&mut self, region: &Region, func: &Func) {
        self.w("{\n");
        self.indent += 1;
        for op in &region.entry().ops {
            self.op(op, func);
        }
        self.indent -= 1;
        self.line_start();
        self.w("}");
    }

    /// Names the results of `op` and writes `%a = ` / `%a:2 = `.
    fn results(&mut self, op: &Op) {
        if op.results.is_empty() {
            return;
        }
        let n = self.next_num;
        self.next_num += 1;
        if op.results.len() == 1 {
            self.names.insert(op.results[0], n.to_string());
            write!(self.out, "%{n} = ").unwrap();
        } else {
            for (i, r) in op.results.iter().enumerate() {
                self.names.insert(*r, format!("{n}#{i}"));
            }
            write!(self.out, "%{n}:{} = ", op.results.len()).unwrap();
        }
    }

    /// Prints one op on its own line(s).
    pub fn op(&mut self, op: &Op, func: &Func) {
        self.line_start();
        self.results(op);
        let printed = self.opts.form == Form::Pretty && crate::pretty::print_pretty(self, op, func);
        if !printed {
            self.generic_op(op, func);
        }
        self.loc_or_pos(&op.loc, op.pos);
        self.w("\n");
    }

    fn generic_op(&mut self, op: &Op, func: &Func) {
        write_string(&mut self.out, &op.name);
        self.w("(");
        self.values(&op.operands);
        self.w(")");
        if !op.regions.is_empty() {
            self.w(" (");
            for (i, r) in op.regions.iter().enumerate() {
                if i > 0 {
                    self.w(", ");
                }
                self.generic_region(r, func);
            }
            self.w(")");
        }
        self.attr_dict(&op.attrs, &[]);
        self.w(" : ");
        let ins: Vec<&Type> = op.operands.iter().map(|v| func.ty(*v)).collect();
        let outs: Vec<&Type> = op.results.iter().map(|v| func.ty(*v)).collect();
        self.function_type(&ins, &outs);
    }

    /// A region with its entry block label and arguments, as the generic form writes it.
    pub fn generic_region(&mut self, region: &Region, func: &Func) {
        self.w("{\n");
        for block in &region.blocks {
            self.block_header(block, func);
            self.indent += 1;
            for op in &block.ops {
                self.op(op, func);
            }
            self.indent -= 1;
        }
        self.line_start();
        self.w("}");
    }

    fn block_header(&mut self, block: &Block, func: &Func) {
        if block.args.is_empty() {
            return;
        }
        self.line_start();
        self.w("^bb0(");
        for (i, a) in block.args.iter().enumerate() {
            if i > 0 {
                self.w(", ");
            }
            self.name_arg(*a);
            self.value(*a);
            self.w(": ");
            self.ty(func.ty(*a));
        }
        self.w("):\n");
    }

    fn loc_or_pos(&mut self, loc: &Option<Loc>, pos: crate::ir::Pos) {
        match (loc, self.opts.positions && self.opts.debug_info && pos.line > 0) {
            (None, true) => write!(self.out, " loc(\"{POSITION_FILE}\":{}:{})", pos.line, pos.col).unwrap(),
            _ => self.loc(loc),
        }
    }

    fn loc(&mut self, loc: &Option<Loc>) {
        if let (true, Some(l)) = (self.opts.debug_info, loc) {
            write!(self.out, " loc({})", l.0).unwrap();
        }
    }

    fn module(&mut self, m: &Module) {
        match self.opts.form {
            Form::Pretty => {
                self.w("module");
                if let Some(n) = &m.name {
                    self.w(" @");
                    self.w(&symbol_text(n));
                }
                if !m.attrs.is_empty() {
                    self.w(" attributes ");
                    write_dict(&mut self.out, m.attrs.iter());
                }
                self.w(" {\n");
                self.indent += 1;
                self.items(m);
                self.indent -= 1;
                self.w("}");
            }
            Form::Generic => {
                self.w("\"builtin.module\"()");
                if let Some(n) = &m.name {
                    self.w(" <{sym_name = ");
                    write_attr(&mut self.out, &Attr::Str(n.clone()));
                    self.w("}>");
                }
                self.w(" ({\n");
                self.indent += 1;
                self.items(m);
                self.indent -= 1;
                self.w("})");
                self.attr_dict(&m.attrs, &[]);
                self.w(" : () -> ()");
            }
        }
        self.loc(&m.loc);
        self.w("\n");
    }

    fn items(&mut self, m: &Module) {
        for item in &m.items {
            match item {
                Item::Func(f) => self.func(f),
                Item::Op(op) => self.op(op, &Func::empty("")),
            }
        }
    }

    fn func(&mut self, f: &Func) {
        self.names.clear();
        self.next_num = 0;
        self.next_arg = 0;
        self.line_start();
        match self.opts.form {
            Form::Pretty => self.pretty_func(f),
            Form::Generic => self.generic_func(f),
        }
        self.loc_or_pos(&f.loc, f.pos);
        self.w("\n");
    }

    fn pretty_func(&mut self, f: &Func) {
        self.w("func.func ");
        match f.visibility {
            Visibility::Public => self.w("public "),
            Visibility::Private => self.w("private "),
            Visibility::Default => {}
        }
        self.w("@");
        self.w(&symbol_text(&f.name));
        self.w("(");
        // A declaration lists bare types, as MLIR prints it.
        let has_body = f.body.blocks.first().is_some_and(|b| !b.ops.is_empty());
        for (i, a) in f.args.iter().enumerate() {
            if i > 0 {
                self.w(", ");
            }
            if has_body {
                self.name_arg(a.value);
                self.value(a.value);
                self.w(": ");
            }
            self.ty(f.ty(a.value));
            self.attr_dict(&a.attrs, &[]);
            self.loc(&a.loc);
        }
        self.w(")");
        if !f.results.is_empty() {
            self.w(" -> ");
            let bare = f.results.len() == 1 && f.results[0].attrs.is_empty() && !matches!(f.results[0].ty, Type::Tuple(_));
            if !bare {
                self.w("(");
            }
            for (i, r) in f.results.iter().enumerate() {
                if i > 0 {
                    self.w(", ");
                }
                self.ty(&r.ty);
                self.attr_dict(&r.attrs, &[]);
            }
            if !bare {
                self.w(")");
            }
        }
        if !f.attrs.is_empty() {
            self.w(" attributes ");
            write_dict(&mut self.out, f.attrs.iter());
        }
        if has_body {
            self.w(" ");
            self.region_ops(&f.body, f);
        }
    }

    fn generic_func(&mut self, f: &Func) {
        let mut props: Vec<(String, Attr)> = Vec::new();
        if f.args.iter().any(|a| !a.attrs.is_empty()) {
            props.push(("arg_attrs".into(), Attr::Array(f.args.iter().map(|a| Attr::Dict(a.attrs.clone())).collect())));
        }
        let ins = f.arg_types();
        let outs: Vec<Type> = f.results.iter().map(|r| r.ty.clone()).collect();
        props.push(("function_type".into(), Attr::Type(format_function_type(&ins, &outs))));
        if f.results.iter().any(|r| !r.attrs.is_empty()) {
            props.push(("res_attrs".into(), Attr::Array(f.results.iter().map(|r| Attr::Dict(r.attrs.clone())).collect())));
        }
        props.push(("sym_name".into(), Attr::Str(f.name.clone())));
        match f.visibility {
            Visibility::Public => props.push(("sym_visibility".into(), Attr::Str("public".into()))),
            Visibility::Private => props.push(("sym_visibility".into(), Attr::Str("private".into()))),
            Visibility::Default => {}
        }
        self.w("\"func.func\"() <");
        write_dict(&mut self.out, props.iter());
        self.w("> ({\n");
        let entry = f.body.blocks.first();
        // MLIR writes a declaration as an empty region; the entry block is printed only where
        // it carries argument locations.
        let has_body = entry.is_some_and(|b| !b.ops.is_empty());
        let arg_locs = self.opts.debug_info && f.args.iter().any(|a| a.loc.is_some());
        if !f.args.is_empty() && (has_body || arg_locs) {
            self.line_start();
            self.w("^bb0(");
            for (i, a) in f.args.iter().enumerate() {
                if i > 0 {
                    self.w(", ");
                }
                self.name_arg(a.value);
                self.value(a.value);
                self.w(": ");
                self.ty(f.ty(a.value));
                self.loc(&a.loc);
            }
            self.w("):\n");
        }
        self.indent += 1;
        for op in entry.map(|b| b.ops.as_slice()).unwrap_or_default() {
            self.op(op, f);
        }
        self.indent -= 1;
        self.line_start();
        self.w("})");
        self.attr_dict(&f.attrs, &[]);
        self.w(" : () -> ()");
    }
}

/// `name` or `"quoted name"` as a symbol reference body; each part of a nested reference
/// (`a::@b`) is quoted on its own.
fn symbol_text(name: &str) -> String {
    let part = |p: &str| {
        if !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric() || "_$.-".contains(c)) && !p.starts_with(|c: char| c.is_ascii_digit()) {
            p.to_string()
        } else {
            let mut s = String::new();
            write_string(&mut s, p);
            s
        }
    };
    name.split("::@").map(part).collect::<Vec<_>>().join("::@")
}

/// Writes `{k = v, ...}`.
pub fn write_dict<'a>(out: &mut String, attrs: impl Iterator<Item = &'a (String, Attr)>) {
    out.push('{');
    for (i, (k, v)) in attrs.enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        if k.chars().all(|c| c.is_ascii_alphanumeric() || "_$.".contains(c)) && !k.is_empty() {
            out.push_str(k);
        } else {
            write_string(out, k);
        }
        if *v != Attr::Unit {
            out.push_str(" = ");
            write_attr(out, v);
        }
    }
    out.push('}');
}

/// Writes a string literal with MLIR escapes.
pub fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for b in s.bytes() {
        match b {
            b'"' => out.push_str("\\\""),
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\0A"),
            b'\t' => out.push_str("\\09"),
            0x20..=0x7e => out.push(b as char),
            _ => write!(out, "\\{b:02X}").unwrap(),
        }
    }
    out.push('"');
}

/// Writes an attribute.
pub fn write_attr(out: &mut String, a: &Attr) {
    match a {
        Attr::Unit => out.push_str("unit"),
        Attr::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Attr::Int { value, ty } => {
            write!(out, "{value}").unwrap();
            if let Some(t) = ty {
                write!(out, " : {t}").unwrap();
            }
        }
        Attr::Float { value, ty } => {
            write_float(out, *value, float_attr_elem(ty.as_deref()));
            match ty {
                Some(t) => write!(out, " : {t}").unwrap(),
                // inf and nan print as a bit pattern, which without a float type reads as an integer.
                None if !value.is_finite() => out.push_str(" : f64"),
                None => {}
            }
        }
        Attr::Str(s) => write_string(out, s),
        Attr::Array(items) => {
            out.push('[');
            for (i, x) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_attr(out, x);
            }
            out.push(']');
        }
        Attr::DenseI64 { elem, values } => {
            write!(out, "array<{elem}").unwrap();
            for (i, v) in values.iter().enumerate() {
                out.push_str(if i == 0 { ": " } else { ", " });
                if elem == "i1" {
                    out.push_str(if *v != 0 { "true" } else { "false" });
                } else {
                    write!(out, "{v}").unwrap();
                }
            }
            out.push('>');
        }
        Attr::DenseF64 { elem, values } => {
            write!(out, "array<{elem}").unwrap();
            let e = float_attr_elem(Some(elem));
            for (i, v) in values.iter().enumerate() {
                out.push_str(if i == 0 { ": " } else { ", " });
                write_float(out, *v, e);
            }
            out.push('>');
        }
        Attr::Dense { data, ty } => {
            out.push_str("dense<");
            let t = ty.as_tensor();
            let elem = t.map_or(ElemType::F32, |t| t.elem);
            match data {
                DenseData::Splat(l) => write_literal(out, *l, elem),
                DenseData::Hex(bytes) => {
                    out.push_str("\"0x");
                    for b in bytes {
                        write!(out, "{b:02X}").unwrap();
                    }
                    out.push('"');
                }
                // No elements print as MLIR prints them: nested brackets would repeat once per
                // row of a `1000000x0` shape.
                DenseData::Elements(items) if items.is_empty() => {}
                DenseData::Elements(items) => {
                    let shape = t.map(|t| t.shape.clone()).unwrap_or_default();
                    write_nested(out, items, &shape, elem);
                }
            }
            write!(out, "> : {ty}").unwrap();
        }
        Attr::Dict(d) => write_dict(out, d.iter()),
        Attr::Symbol(s) => {
            out.push('@');
            out.push_str(&symbol_text(s));
        }
        Attr::Type(t) => out.push_str(t),
        Attr::Struct { name, fields } if name == "stablehlo.conv" => write_conv(out, fields),
        Attr::Struct { name, fields } => {
            write!(out, "#{name}<").unwrap();
            for (i, (k, v)) in fields.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write!(out, "{k} = ").unwrap();
                write_attr(out, v);
            }
            out.push('>');
        }
        Attr::Enum { dialect, kind, value } => write!(out, "#{dialect}<{kind} {value}>").unwrap(),
        Attr::Opaque(s) => out.push_str(s),
    }
}

fn write_nested(out: &mut String, items: &[Literal], shape: &[i64], elem: ElemType) {
    if shape.is_empty() {
        if let Some(l) = items.first() {
            write_literal(out, *l, elem);
        }
        return;
    }
    out.push('[');
    let inner: usize = shape[1..].iter().map(|&d| d.max(0) as usize).product();
    let n = shape[0].max(0) as usize;
    for i in 0..n {
        if i > 0 {
            out.push_str(", ");
        }
        let chunk = items.get(i * inner..(i + 1) * inner).unwrap_or_default();
        write_nested(out, chunk, &shape[1..], elem);
    }
    out.push(']');
}

/// Writes one literal the way MLIR does for an element type.
pub fn write_literal(out: &mut String, l: Literal, elem: ElemType) {
    match l {
        Literal::Int(v) if elem.is_bool() => out.push_str(if v != 0 { "true" } else { "false" }),
        Literal::Int(v) if elem.is_float() => write_float(out, v as f64, elem),
        Literal::Int(v) => write!(out, "{v}").unwrap(),
        Literal::Float(v) => write_float(out, v, elem),
        Literal::Bool(b) => out.push_str(if b { "true" } else { "false" }),
        Literal::Bits(b) => {
            let digits = (elem.byte_size() * 2) as usize;
            write!(out, "0x{b:0digits$X}").unwrap();
        }
    }
}

/// Writes a float so that it parses back to the same value of `elem`: shortest decimal with a
/// `.` (MLIR requires one), or the bit pattern for inf/nan.
pub fn write_float(out: &mut String, v: f64, elem: ElemType) {
    if !v.is_finite() {
        let bits = match elem {
            ElemType::F32 => (v as f32).to_bits() as u64,
            ElemType::F16 => half::f16::from_f64(v).to_bits() as u64,
            ElemType::BF16 => half::bf16::from_f64(v).to_bits() as u64,
            _ => v.to_bits(),
        };
        write_literal(out, Literal::Bits(bits), elem);
        return;
    }
    let text = match elem {
        ElemType::F32 => format!("{:e}", v as f32),
        ElemType::F16 => format!("{:e}", half::f16::from_f64(v).to_f32()),
        ElemType::BF16 => format!("{:e}", half::bf16::from_f64(v).to_f32()),
        _ => format!("{v:e}"),
    };
    let (mantissa, exp) = text.split_once('e').unwrap_or((&text, "0"));
    out.push_str(mantissa);
    if !mantissa.contains('.') {
        out.push_str(".0");
    }
    if exp != "0" {
        write!(out, "e{exp}").unwrap();
    }
}

fn write_conv(out: &mut String, fields: &[(String, Attr)]) {
    let get = |k: &str| fields.iter().find(|(n, _)| n == k).map(|(_, v)| v);
    let int = |k: &str| get(k).and_then(Attr::as_int);
    let list = |k: &str| get(k).and_then(Attr::as_int_list);
    let dims = |batch: &str, feat: &str, spatial: &str, b: &str, f: &str| -> Option<String> {
        let (bd, fd, sp) = (int(batch)?, int(feat)?, list(spatial)?);
        let rank = sp.len() + 2;
        let mut names = vec![String::new(); rank];
        *names.get_mut(bd as usize)? = b.into();
        *names.get_mut(fd as usize)? = f.into();
        for (i, &d) in sp.iter().enumerate() {
            *names.get_mut(d as usize)? = i.to_string();
        }
        Some(format!("[{}]", names.join(", ")))
    };
    let compact = (|| {
        Some(format!(
            "{}x{}->{}",
            dims("input_batch_dimension", "input_feature_dimension", "input_spatial_dimensions", "b", "f")?,
            dims("kernel_input_feature_dimension", "kernel_output_feature_dimension", "kernel_spatial_dimensions", "i", "o")?,
            dims("output_batch_dimension", "output_feature_dimension", "output_spatial_dimensions", "b", "f")?,
        ))
    })();
    // The compact form names only the canonical fields; anything else (another field, an int
    // with a type) reads back only in the raw form.
    match compact.filter(|c| crate::parse::parse_conv_dims(c).as_deref() == Some(fields)) {
        Some(c) => write!(out, "#stablehlo.conv<{c}>").unwrap(),
        None => {
            out.push_str("#stablehlo.conv<raw ");
            for (i, (k, v)) in fields.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write!(out, "{k} = ").unwrap();
                write_attr(out, v);
            }
            out.push('>');
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_with_a_point() {
        let check = |v: f64, elem, want: &str| {
            let mut s = String::new();
            write_float(&mut s, v, elem);
            assert_eq!(s, want);
        };
        check(0.0, ElemType::F32, "0.0");
        check(1.0, ElemType::F32, "1.0");
        check(0.1f32 as f64, ElemType::F32, "1.0e-1");
        check(-2.5e10, ElemType::F64, "-2.5e10");
        check(f64::NEG_INFINITY, ElemType::F32, "0xFF800000");
        check(f64::INFINITY, ElemType::BF16, "0x7F80");
    }

    #[test]
    fn attributes_print_as_they_parse() {
        let check = |a: Attr, want: &str| {
            let mut s = String::new();
            write_attr(&mut s, &a);
            assert_eq!(s, want);
        };
        // A bit pattern needs its float type, or it reads back as an integer.
        check(Attr::Float { value: f64::INFINITY, ty: None }, "0x7FF0000000000000 : f64");
        check(Attr::Float { value: 0.5, ty: None }, "5.0e-1");
        check(Attr::Symbol("a b::@c".into()), "@\"a b\"::@c");
        check(Attr::Dense { data: DenseData::Elements(Vec::new()), ty: Type::tensor(vec![1_000_000, 0], ElemType::F32) }, "dense<> : tensor<1000000x0xf32>");
        // Fields the compact convolution form does not name keep the raw form.
        let int = |v: i128, ty: Option<&str>| Attr::Int { value: v, ty: ty.map(str::to_string) };
        check(Attr::Struct { name: "stablehlo.conv".into(), fields: vec![("input_batch_dimension".into(), int(0, Some("i64")))] }, "#stablehlo.conv<raw input_batch_dimension = 0 : i64>");
    }
}
