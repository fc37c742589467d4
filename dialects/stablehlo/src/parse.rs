//! The text front end: parses StableHLO in both the pretty form JAX prints
//! (`jax.jit(f).lower(...).as_text()`) and MLIR's generic form into a [`Module`].
//!
//! The parser works on characters rather than a token stream because MLIR's syntax is
//! context-sensitive (`4x8xf32` inside a tensor type, `[0:2, 1:4]` in a slice). Every error is a
//! [`Diag`] at a line and column of the input; malformed text never panics. Op-specific pretty
//! syntax lives in [`crate::pretty`]; this file holds the grammar shared by all ops.

use crate::attr::{bits_to_f64, float_attr_elem, is_float_type_name, Attr, DenseData, Literal};
use crate::diag::{DResult, Diag};
use crate::ir::{Arg, Block, Func, FuncResult, Item, Loc, Module, Op, Pos, Region, ValueId, ValueInfo, Visibility};
use crate::types::{ElemType, TensorType, Type};
use std::cell::Cell;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// Parses a module in either text form.
pub fn parse_module(text: &str) -> DResult<Module> {
    let mut p = Parser::new(text);
    p.collect_aliases();
    p.module()
}

/// Deepest nesting of regions/attributes accepted; deeper input is rejected, not overflowed.
const MAX_DEPTH: usize = 200;

/// The character-level parser. `pretty.rs` extends it with op-specific syntax.
pub struct Parser<'a> {
    src: &'a str,
    /// Byte offset of the next character.
    off: usize,
    line_starts: Vec<usize>,
    /// The last position computed, as (line index, byte offset, column): positions are asked
    /// for mostly left to right, so counting on from the last one keeps a long line linear.
    last_pos: Cell<(usize, usize, u32)>,
    /// `#name = ...` definitions, raw text after `=`; shared with the parsers of alias bodies.
    aliases: Rc<HashMap<String, String>>,
    /// Visible SSA names of the function being parsed, innermost scope last, with where each
    /// was defined.
    scopes: Vec<HashMap<String, (Vec<ValueId>, Pos)>>,
    /// Values of the function being parsed.
    values: Vec<ValueInfo>,
    depth: usize,
    /// Locations of the entry block arguments of the generic function being parsed.
    entry_locs: Vec<Option<Loc>>,
    /// Set by the compact reduce form: its body ops take the reduce's location once that is
    /// parsed, as MLIR gives them.
    compact_reduce_body: bool,
}

impl<'a> Parser<'a> {
    /// A parser over `src`.
    pub fn new(src: &'a str) -> Parser<'a> {
        let mut line_starts = vec![0];
        line_starts.extend(src.match_indices('\n').map(|(i, _)| i + 1));
        Parser {
            src,
            off: 0,
            line_starts,
            last_pos: Cell::new((0, 0, 1)),
            aliases: Rc::default(),
            scopes: Vec::new(),
            values: Vec::new(),
            depth: 0,
            entry_locs: Vec::new(),
            compact_reduce_body: false,
        }
    }

    // ---- positions and errors -------------------------------------------------------------

    /// The position of byte offset `off`.
    pub fn pos_of(&self, off: usize) -> Pos {
        let off = off.min(self.src.len());
        let line = self.line_starts.partition_point(|&s| s <= off) - 1;
        let (last_line, last_off, last_col) = self.last_pos.get();
        let (from, col) = if last_line == line && last_off <= off { (last_off, last_col) } else { (self.line_starts[line], 1) };
        let col = col + self.src[from..off].chars().count() as u32;
        self.last_pos.set((line, off, col));
        Pos { line: line as u32 + 1, col }
    }

    /// The position of the next non-blank character.
    pub fn pos(&mut self) -> Pos {
        self.skip_ws();
        self.pos_of(self.off)
    }

    /// An input error at the current position.
    pub fn err<T>(&mut self, message: impl Into<String>) -> DResult<T> {
        let pos = self.pos();
        Err(Diag::input(pos, message))
    }

    fn expected<T>(&mut self, what: &str) -> DResult<T> {
        self.skip_ws();
        let found = match self.rest().chars().next() {
            None => "end of input".to_string(),
            Some(_) => {
                let snippet: String = self.rest().chars().take_while(|c| !c.is_whitespace()).take(20).collect();
                format!("'{snippet}'")
            }
        };
        self.err(format!("expected {what}, found {found}"))
    }

    // ---- characters -----------------------------------------------------------------------

    fn rest(&self) -> &'a str {
        &self.src[self.off..]
    }

    /// Skips blanks and `//` comments.
    pub fn skip_ws(&mut self) {
        loop {
            let rest = self.rest();
            let trimmed = rest.trim_start();
            self.off += rest.len() - trimmed.len();
            if trimmed.starts_with("//") {
                self.off += trimmed.find('\n').unwrap_or(trimmed.len());
            } else {
                return;
            }
        }
    }

    /// Whether the next characters are `s` (after blanks).
    pub fn peek(&mut self, s: &str) -> bool {
        self.skip_ws();
        self.rest().starts_with(s)
    }

    /// Whether the next word is the keyword `kw` (not a prefix of a longer identifier).
    pub fn peek_kw(&mut self, kw: &str) -> bool {
        self.peek(kw) && !self.rest()[kw.len()..].starts_with(|c: char| is_ident_char(c))
    }

    /// Consumes `s` if it comes next.
    pub fn eat(&mut self, s: &str) -> bool {
        if self.peek(s) {
            self.off += s.len();
            true
        } else {
            false
        }
    }

    /// Consumes the keyword `kw` if it comes next.
    pub fn eat_kw(&mut self, kw: &str) -> bool {
        if self.peek_kw(kw) {
            self.off += kw.len();
            true
        } else {
            false
        }
    }

    /// Requires `s` next.
    pub fn expect(&mut self, s: &str) -> DResult<()> {
        if self.eat(s) {
            Ok(())
        } else {
            self.expected(&format!("'{s}'"))
        }
    }

    /// Requires the keyword `kw` next.
    pub fn expect_kw(&mut self, kw: &str) -> DResult<()> {
        if self.eat_kw(kw) {
            Ok(())
        } else {
            self.expected(&format!("'{kw}'"))
        }
    }

    /// An identifier: letters, digits, `_`, `$`, `.` (`stablehlo.add`, `mhlo.num_partitions`).
    pub fn ident(&mut self) -> DResult<String> {
        self.skip_ws();
        let rest = self.rest();
        if !rest.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
            return self.expected("an identifier");
        }
        let len = rest.find(|c: char| !is_ident_char(c)).unwrap_or(rest.len());
        self.off += len;
        Ok(rest[..len].to_string())
    }

    /// A possibly negative integer (decimal or `0x` hex) that fits in `i64`.
    pub fn int(&mut self) -> DResult<i64> {
        self.skip_ws();
        let start = self.off;
        let neg = self.rest().starts_with('-');
        let digits_at = start + neg as usize;
        let rest = &self.src[digits_at..];
        let (digits, radix) = match rest.strip_prefix("0x") {
            Some(hex) => (hex, 16),
            None => (rest, 10),
        };
        let len = digits.find(|c: char| !c.is_digit(radix)).unwrap_or(digits.len());
        if len == 0 {
            self.off = digits_at;
            return self.expected("an integer");
        }
        let end = digits_at + rest.len() - digits.len() + len;
        let magnitude = u64::from_str_radix(&digits[..len], radix).ok();
        let value = magnitude.and_then(|m| if neg { 0i64.checked_sub_unsigned(m) } else { i64::try_from(m).ok() });
        match value {
            Some(v) => {
                self.off = end;
                Ok(v)
            }
            None => Err(self.too_large(start, end)),
        }
    }

    /// The error for the integer literal at `start..end`, which does not fit.
    fn too_large(&self, start: usize, end: usize) -> Diag {
        Diag::input(self.pos_of(start), format!("integer {} does not fit in 64 bits", &self.src[start..end]))
    }

    /// A list `[a, b, ...]` of integers.
    pub fn int_list(&mut self) -> DResult<Vec<i64>> {
        self.expect("[")?;
        let mut out = Vec::new();
        if self.eat("]") {
            return Ok(out);
        }
        loop {
            out.push(self.int()?);
            if self.eat("]") {
                return Ok(out);
            }
            self.expect(",")?;
        }
    }

    /// A static dimension list `2x4` (as in `shard.grid @g(shape = 2x4)`); at least one size.
    pub fn dimension_list(&mut self) -> DResult<Vec<i64>> {
        let mut out = Vec::new();
        loop {
            self.skip_ws();
            let rest = self.rest();
            if rest.starts_with('?') {
                let at = self.pos();
                return Err(Diag::unsupported(at, "dynamic dimensions are not supported"));
            }
            let len = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
            if len == 0 {
                return self.expected("a dimension size");
            }
            match rest[..len].parse::<i64>() {
                Ok(d) => out.push(d),
                Err(_) => return self.err("dimension too large"),
            }
            self.off += len;
            if !self.rest().starts_with('x') {
                return Ok(out);
            }
            self.off += 1;
        }
    }

    /// A quoted string with MLIR escapes (`\"`, `\\`, `\n`, `\t`, `\XX` hex).
    pub fn string(&mut self) -> DResult<String> {
        self.skip_ws();
        if !self.rest().starts_with('"') {
            return self.expected("a string");
        }
        let start = self.off;
        let bytes = self.src.as_bytes();
        let mut i = self.off + 1;
        let mut out: Vec<u8> = Vec::new();
        while i < bytes.len() {
            match bytes[i] {
                b'"' => {
                    self.off = i + 1;
                    return Ok(String::from_utf8_lossy(&out).into_owned());
                }
                b'\\' if i + 1 < bytes.len() => {
                    let c = bytes[i + 1];
                    match c {
                        b'"' | b'\\' => out.push(c),
                        b'n' => out.push(b'\n'),
                        b't' => out.push(b'\t'),
                        _ => {
                            let hex = self.src.get(i + 1..i + 3).and_then(|h| u8::from_str_radix(h, 16).ok());
                            match hex {
                                Some(b) => {
                                    out.push(b);
                                    i += 1;
                                }
                                None => {
                                    self.off = i;
                                    return self.err("invalid escape in string");
                                }
                            }
                        }
                    }
                    i += 2;
                }
                b'\n' => break,
                b => {
                    out.push(b);
                    i += 1;
                }
            }
        }
        self.off = start;
        self.err("unterminated string")
    }

    /// Raw text of a balanced `open ... close` group (quotes respected), including delimiters.
    pub fn balanced(&mut self, open: char, close: char) -> DResult<String> {
        self.skip_ws();
        let start = self.off;
        if !self.rest().starts_with(open) {
            return self.expected(&format!("'{open}'"));
        }
        let mut depth = 0usize;
        let mut in_str = None;
        let mut escaped = false;
        for (i, c) in self.rest().char_indices() {
            if let Some(str_start) = in_str {
                match c {
                    // As in `string`, a string ends on its line.
                    '\n' => {
                        self.off += str_start;
                        return self.err("unterminated string");
                    }
                    _ if escaped => escaped = false,
                    '\\' => escaped = true,
                    '"' => in_str = None,
                    _ => {}
                }
                continue;
            }
            if c == '"' {
                in_str = Some(i);
            } else if c == open {
                depth += 1;
            } else if c == close {
                depth -= 1;
                if depth == 0 {
                    self.off += i + c.len_utf8();
                    return Ok(self.src[start..self.off].to_string());
                }
            } else if c == '-' && close == '>' && self.rest()[i..].starts_with("->") {
                // `->` inside `<...>` (a function type) is not a closing bracket.
                depth += 1;
            }
        }
        self.err(format!("unbalanced '{open}'"))
    }

    /// Counts one level of nesting; every successful call is paired with [`Parser::leave`].
    fn enter(&mut self) -> DResult<()> {
        if self.depth >= MAX_DEPTH {
            return self.err("nesting too deep");
        }
        self.depth += 1;
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    // ---- aliases and locations ------------------------------------------------------------

    /// Records every top-level `#name = value` line; MLIR prints location aliases after the
    /// module, so they must be known before the module is parsed.
    fn collect_aliases(&mut self) {
        let mut aliases = HashMap::new();
        for line in self.src.lines() {
            let Some(def) = line.strip_prefix('#') else { continue };
            let Some((name, value)) = def.split_once(" = ") else { continue };
            if !name.is_empty() && name.chars().all(is_ident_char) {
                aliases.insert(name.to_string(), value.trim().to_string());
            }
        }
        self.aliases = Rc::new(aliases);
    }

    /// Skips a top-level alias definition line.
    fn skip_alias_def(&mut self) {
        self.off += self.rest().find('\n').unwrap_or(self.rest().len());
    }

    /// An optional trailing `loc(...)`.
    pub fn opt_loc(&mut self) -> DResult<Option<Loc>> {
        if !self.peek_kw("loc") {
            return Ok(None);
        }
        self.off += 3;
        let start = self.off;
        let raw = self.balanced('(', ')')?;
        let inner = &raw[1..raw.len() - 1];
        if inner.trim().is_empty() {
            return Err(Diag::input(self.pos_of(self.off - 1), "expected a location, found ')'"));
        }
        match self.resolve_loc(inner, 0) {
            Ok(text) => Ok(Some(Loc(text))),
            Err(message) => {
                // Point at the reference that failed, not at the end of the location.
                let at = message.split('\'').nth(1).and_then(|name| raw.find(name)).unwrap_or(0);
                Err(Diag::input(self.pos_of(start + at), message))
            }
        }
    }

    /// Replaces `#alias` references in location text by their definitions. The result is
    /// printed back inside `loc(...)`, so every definition must itself be a balanced,
    /// non-empty `loc(...)`.
    fn resolve_loc(&self, text: &str, depth: usize) -> Result<String, String> {
        // Aliases can refer to each other twice over, so the text can double per level.
        const MAX_LOC_BYTES: usize = 1 << 20;
        if depth > 32 {
            return Err("location aliases nest too deeply".into());
        }
        let mut out = String::new();
        let mut rest = text;
        let mut in_str = false;
        while let Some(c) = rest.chars().next() {
            if c == '"' {
                in_str = !in_str;
            }
            if c == '#' && !in_str {
                let len = rest[1..].find(|c: char| !is_ident_char(c)).map_or(rest.len(), |n| n + 1);
                let name = &rest[1..len];
                let Some(def) = self.aliases.get(name) else {
                    return Err(format!("undefined location alias '#{name}'"));
                };
                let Some(body) = loc_body(def) else {
                    return Err(format!("location alias '#{name}' is not a location"));
                };
                out.push_str(&self.resolve_loc(body, depth + 1)?);
                if out.len() > MAX_LOC_BYTES {
                    return Err(format!("location alias '#{name}' expands to more than 1 MiB"));
                }
                rest = &rest[len..];
                continue;
            }
            if c == '\\' && in_str {
                out.push(c);
                rest = &rest[1..];
                if let Some(n) = rest.chars().next() {
                    out.push(n);
                    rest = &rest[n.len_utf8()..];
                }
                continue;
            }
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
        Ok(out)
    }

    // ---- types ------------------------------------------------------------------------------

    /// A type.
    pub fn ty(&mut self) -> DResult<Type> {
        // `tuple<` nests types in types.
        self.enter()?;
        let t = self.ty_inner();
        self.leave();
        t
    }

    fn ty_inner(&mut self) -> DResult<Type> {
        self.skip_ws();
        let start = self.pos();
        if self.eat("tensor<") {
            return self.tensor_rest(start).map(Type::Tensor);
        }
        if self.eat("!stablehlo.token") {
            return Ok(Type::Token);
        }
        // Only the `shard` dialect's process indices compute with `index`.
        if self.eat_kw(crate::shard::INDEX_TYPE) {
            return Ok(crate::shard::index_type());
        }
        if self.eat("tuple<") {
            let mut items = Vec::new();
            if !self.eat(">") {
                loop {
                    items.push(self.ty()?);
                    if self.eat(">") {
                        break;
                    }
                    self.expect(",")?;
                }
            }
            return Ok(Type::Tuple(items));
        }
        if self.peek("!") {
            self.off += 1;
            let name = self.ident()?;
            let mut text = format!("!{name}");
            if self.rest().starts_with('<') {
                text.push_str(&self.balanced('<', '>')?);
            }
            return Ok(Type::Opaque(text));
        }
        let word = self.rest().split(|c: char| !is_ident_char(c)).next().unwrap_or("");
        if word.is_empty() {
            return self.expected("a type");
        }
        Err(Diag::unsupported(start, format!("unsupported type '{word}'")))
    }

    /// The rest of `tensor<...>` after `tensor<`.
    fn tensor_rest(&mut self, start: Pos) -> DResult<TensorType> {
        let mut shape = Vec::new();
        loop {
            self.skip_ws();
            let rest = self.rest();
            if rest.starts_with('?') {
                let at = self.pos();
                return Err(Diag::unsupported(at, "dynamic dimensions are not supported"));
            } else if rest.starts_with('*') {
                let at = self.pos();
                return Err(Diag::unsupported(at, "unranked tensors are not supported"));
            } else if rest.starts_with(|c: char| c.is_ascii_digit()) {
                let len = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
                match rest[..len].parse::<i64>() {
                    Ok(d) => shape.push(d),
                    Err(_) => return self.err("dimension too large"),
                }
                self.off += len;
            } else {
                break;
            }
            if !self.rest().starts_with('x') {
                return self.expected("'x' after a dimension");
            }
            self.off += 1;
        }
        let name_pos = self.pos();
        let name = self.rest().split(|c: char| !c.is_ascii_alphanumeric()).next().unwrap_or("");
        let Some(elem) = ElemType::from_name(name) else {
            if name.is_empty() {
                return self.expected("an element type");
            }
            // Name the whole type, parameters included (`complex<f32>`).
            let mut text = name.to_string();
            self.off += name.len();
            if self.rest().starts_with('<') {
                if let Ok(params) = self.balanced('<', '>') {
                    text.push_str(&params);
                }
            }
            return Err(Diag::unsupported(name_pos, format!("unsupported element type '{text}'")));
        };
        self.off += name.len();
        if self.eat(",") {
            return Err(Diag::unsupported(start, "tensor encodings are not supported"));
        }
        self.expect(">")?;
        Ok(TensorType { shape, elem })
    }

    /// `(T, ...) -> T` or `(T, ...) -> (T, ...)`.
    pub fn function_type(&mut self) -> DResult<(Vec<Type>, Vec<Type>)> {
        let inputs = self.type_list_parens()?;
        self.expect("->")?;
        let outputs = self.result_types()?;
        Ok((inputs, outputs))
    }

    /// `(T, ...)`.
    pub fn type_list_parens(&mut self) -> DResult<Vec<Type>> {
        self.expect("(")?;
        let mut out = Vec::new();
        if self.eat(")") {
            return Ok(out);
        }
        loop {
            out.push(self.ty()?);
            if self.eat(")") {
                return Ok(out);
            }
            self.expect(",")?;
        }
    }

    /// After `->`: a single type or a parenthesised list.
    pub fn result_types(&mut self) -> DResult<Vec<Type>> {
        if self.peek("(") {
            self.type_list_parens()
        } else {
            Ok(vec![self.ty()?])
        }
    }

    /// `T, T, ...` (at least one).
    pub fn type_list_bare(&mut self) -> DResult<Vec<Type>> {
        let mut out = vec![self.ty()?];
        while self.eat(",") {
            out.push(self.ty()?);
        }
        Ok(out)
    }

    // ---- attributes -------------------------------------------------------------------------

    /// An attribute value.
    pub fn attr(&mut self) -> DResult<Attr> {
        self.enter()?;
        let a = self.attr_inner();
        self.leave();
        a
    }

    fn attr_inner(&mut self) -> DResult<Attr> {
        self.skip_ws();
        let rest = self.rest();
        if rest.starts_with('"') {
            return Ok(Attr::Str(self.string()?));
        }
        if rest.starts_with('[') {
            self.off += 1;
            let mut items = Vec::new();
            if !self.eat("]") {
                loop {
                    items.push(self.attr()?);
                    if self.eat("]") {
                        break;
                    }
                    self.expect(",")?;
                }
            }
            return Ok(Attr::Array(items));
        }
        if rest.starts_with('{') {
            return Ok(Attr::Dict(self.dict()?));
        }
        if rest.starts_with('@') {
            return Ok(Attr::Symbol(self.symbol()?));
        }
        if rest.starts_with('#') {
            return self.hash_attr();
        }
        if rest.starts_with(|c: char| c.is_ascii_digit() || c == '-') {
            return self.number_attr();
        }
        if self.eat_kw("true") {
            return Ok(Attr::Bool(true));
        }
        if self.eat_kw("false") {
            return Ok(Attr::Bool(false));
        }
        if self.eat_kw("unit") {
            return Ok(Attr::Unit);
        }
        if self.peek_kw("dense") {
            let start = self.off;
            self.off += "dense".len();
            return match self.dense_rest() {
                // Dense attributes of types no op computes with (`tensor<2xindex>` in a custom
                // call's layouts) are kept as written.
                Err(d) if d.kind == crate::diag::DiagKind::Unsupported => {
                    self.off = start + "dense".len();
                    let body = self.balanced('<', '>')?;
                    self.expect(":")?;
                    self.skip_ws();
                    let ty_start = self.off;
                    if !self.eat("tensor") {
                        return Err(d);
                    }
                    self.balanced('<', '>')?;
                    Ok(Attr::Opaque(format!("dense{body} : {}", &self.src[ty_start..self.off])))
                }
                other => other,
            };
        }
        if self.peek_kw("dense_resource") {
            return Err(Diag::unsupported(self.pos(), "dense_resource constants are not supported (export with the constant values inlined)"));
        }
        if self.eat_kw("array") {
            return self.dense_array_rest();
        }
        if self.peek("(") || self.peek("tensor<") || self.peek("!") || self.peek("tuple<") {
            return self.type_attr();
        }
        if self.peek_kw("loc") {
            let loc = self.opt_loc()?.unwrap_or_default();
            return Ok(Attr::Opaque(format!("loc({})", loc.0)));
        }
        // A bare identifier: an enum case in a pretty form, or a builtin type such as `i64`.
        if !self.rest().starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
            return self.expected("an attribute value");
        }
        let word = self.ident()?;
        Ok(Attr::Opaque(word))
    }

    /// A type attribute (`tensor<f32>`, `(tensor<f32>) -> tensor<f32>`), kept as text.
    fn type_attr(&mut self) -> DResult<Attr> {
        if self.peek("(") {
            let (ins, outs) = self.function_type()?;
            return Ok(Attr::Type(format_function_type(&ins, &outs)));
        }
        Ok(Attr::Type(self.ty()?.to_string()))
    }

    /// `5`, `5 : i32`, `1.5 : f32`, `0x7F800000 : f32`. The type suffix decides the kind: a
    /// float type makes any literal a float (a hex literal is its bit pattern, which is how
    /// inf and nan are written), and `f64`, the type of a float without one, is dropped, so
    /// that each float has one form in the IR.
    fn number_attr(&mut self) -> DResult<Attr> {
        let lit = self.literal()?;
        let (ty, ty_pos) = if self.peek(":") && !self.peek("::") {
            self.off += 1;
            let ty_pos = self.pos();
            (Some(self.ident()?), ty_pos)
        } else {
            (None, Pos::default())
        };
        let float = ty.as_deref().is_some_and(is_float_type_name);
        let elem = float_attr_elem(ty.as_deref());
        let ty = if ty.as_deref() == Some("f64") { None } else { ty };
        Ok(match lit {
            Literal::Int(value) if float => Attr::Float { value: round_to(value as f64, elem), ty },
            Literal::Int(value) => Attr::Int { value, ty },
            Literal::Float(value) if float || ty.is_none() => Attr::Float { value: round_to(value, elem), ty },
            Literal::Float(_) => return Err(Diag::input(ty_pos, format!("float literal with non-float type '{}'", ty.unwrap_or_default()))),
            Literal::Bits(bits) if float => Attr::Float { value: bits_to_f64(bits, elem), ty },
            Literal::Bits(bits) => Attr::Int { value: bits as i128, ty },
            Literal::Bool(b) => Attr::Bool(b),
        })
    }

    /// A scalar literal: integer, float, hex bit pattern, or boolean.
    pub fn literal(&mut self) -> DResult<Literal> {
        self.skip_ws();
        if self.eat_kw("true") {
            return Ok(Literal::Bool(true));
        }
        if self.eat_kw("false") {
            return Ok(Literal::Bool(false));
        }
        let start = self.off;
        let rest = self.rest();
        if let Some(hex) = rest.strip_prefix("0x") {
            let len = hex.find(|c: char| !c.is_ascii_hexdigit()).unwrap_or(hex.len());
            if len == 0 {
                self.off += 2;
                return self.expected("hexadecimal digits after '0x'");
            }
            let Ok(bits) = u64::from_str_radix(&hex[..len], 16) else {
                return Err(self.too_large(start, start + 2 + len));
            };
            self.off += 2 + len;
            return Ok(Literal::Bits(bits));
        }
        let bytes = rest.as_bytes();
        let mut len = 0;
        if len < bytes.len() && (bytes[len] == b'-' || bytes[len] == b'+') {
            len += 1;
        }
        let digits_start = len;
        while len < bytes.len() && bytes[len].is_ascii_digit() {
            len += 1;
        }
        if len == digits_start {
            for (word, v) in [("inf", f64::INFINITY), ("nan", f64::NAN)] {
                let after = &rest[len..];
                if after.starts_with(word) && !after[word.len()..].starts_with(is_ident_char) {
                    self.off += len + word.len();
                    return Ok(Literal::Float(if rest.starts_with('-') { -v } else { v }));
                }
            }
            return self.expected("a number");
        }
        let mut is_float = false;
        if len < bytes.len() && bytes[len] == b'.' {
            is_float = true;
            len += 1;
            while len < bytes.len() && bytes[len].is_ascii_digit() {
                len += 1;
            }
        }
        if len < bytes.len() && (bytes[len] == b'e' || bytes[len] == b'E') {
            let mut e = len + 1;
            if e < bytes.len() && (bytes[e] == b'-' || bytes[e] == b'+') {
                e += 1;
            }
            if e < bytes.len() && bytes[e].is_ascii_digit() {
                is_float = true;
                len = e;
                while len < bytes.len() && bytes[len].is_ascii_digit() {
                    len += 1;
                }
            }
        }
        let text = &rest[..len];
        if is_float {
            let Ok(v) = text.parse::<f64>() else { return self.err("invalid float literal") };
            self.off += len;
            return Ok(Literal::Float(v));
        }
        // Every integer type is at most 64 bits wide, signed or not.
        match text.parse::<i128>() {
            Ok(v) if (i64::MIN as i128..=u64::MAX as i128).contains(&v) => {
                self.off += len;
                Ok(Literal::Int(v))
            }
            _ => Err(self.too_large(start, start + len)),
        }
    }

    /// The rest of `dense<...> : type` after `dense`.
    fn dense_rest(&mut self) -> DResult<Attr> {
        let start = self.pos();
        self.expect("<")?;
        // Literals with their offsets, to point at one that does not suit the element type
        // (known only after the literal).
        let mut items = Vec::new();
        let mut hex = None;
        let mut splat = false;
        if self.peek("\"") {
            hex = Some(self.string_raw_hex()?);
        } else if self.peek("[") {
            self.dense_elements(&mut items)?;
        } else if !self.peek(">") {
            items.push((self.off, self.literal()?));
            splat = true;
        }
        self.expect(">")?;
        self.expect(":")?;
        let ty = self.ty()?;
        let Some(t) = ty.as_tensor() else {
            return Err(Diag::input(start, "dense attribute needs a tensor type"));
        };
        let mut lits = Vec::with_capacity(items.len());
        for (off, l) in items {
            match normalize_literal(l, t.elem) {
                Ok(l) => lits.push(l),
                Err(message) => return Err(Diag::input(self.pos_of(off), message)),
            }
        }
        let data = match (hex, splat) {
            (Some(bytes), _) => DenseData::Hex(bytes),
            (None, true) => DenseData::Splat(lits[0]),
            (None, false) => {
                if lits.len() as u64 != t.num_elements() {
                    return Err(Diag::input(start, format!("dense literal has {} elements but its type {ty} has {}", lits.len(), t.num_elements())));
                }
                DenseData::from_elements(lits)
            }
        };
        if let DenseData::Hex(bytes) = &data {
            let size = t.elem.byte_size();
            let n = bytes.len() as u64;
            let need = size.saturating_mul(t.num_elements());
            if n != size && n != need {
                return Err(Diag::input(start, format!("hex dense literal has {n} bytes but {ty} needs {need}")));
            }
        }
        Ok(Attr::Dense { data, ty })
    }

    /// `"0x..."` as bytes.
    fn string_raw_hex(&mut self) -> DResult<Vec<u8>> {
        let s = self.string()?;
        let Some(hex) = s.strip_prefix("0x") else {
            return self.err("expected a hex string \"0x...\" in dense literal");
        };
        if hex.len() % 2 != 0 || !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
            return self.err("invalid hex string in dense literal");
        }
        Ok((0..hex.len()).step_by(2).map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0)).collect())
    }

    fn dense_elements(&mut self, out: &mut Vec<(usize, Literal)>) -> DResult<()> {
        self.enter()?;
        let r = self.dense_elements_inner(out);
        self.leave();
        r
    }

    fn dense_elements_inner(&mut self, out: &mut Vec<(usize, Literal)>) -> DResult<()> {
        self.expect("[")?;
        if !self.eat("]") {
            loop {
                if self.peek("[") {
                    self.dense_elements(out)?;
                } else {
                    out.push((self.off, self.literal()?));
                }
                if self.eat("]") {
                    break;
                }
                self.expect(",")?;
            }
        }
        Ok(())
    }

    /// The rest of `array<i64: 1, 2>` after `array`.
    fn dense_array_rest(&mut self) -> DResult<Attr> {
        self.expect("<")?;
        let elem = self.ident()?;
        let mut ints = Vec::new();
        let mut floats = Vec::new();
        let is_float = is_float_type_name(&elem);
        let float_elem = float_attr_elem(Some(&elem));
        if self.eat(":") {
            loop {
                self.skip_ws();
                let at = self.off;
                let lit = self.literal()?;
                // Each value must print back as itself: `i1` prints as true/false, floats at
                // their type's precision.
                let ok = match lit {
                    Literal::Float(v) if is_float => {
                        floats.push(round_to(v, float_elem));
                        true
                    }
                    Literal::Int(v) if is_float => {
                        floats.push(round_to(v as f64, float_elem));
                        true
                    }
                    Literal::Bits(b) if is_float => {
                        floats.push(bits_to_f64(b, float_elem));
                        true
                    }
                    Literal::Int(v) if elem == "i1" => {
                        ints.push(v as i64);
                        v == 0 || v == 1
                    }
                    Literal::Int(v) => match i64::try_from(v) {
                        Ok(v) => {
                            ints.push(v);
                            true
                        }
                        Err(_) => return Err(self.too_large(at, self.off)),
                    },
                    Literal::Bits(b) => {
                        ints.push(b as i64);
                        elem != "i1" || b <= 1
                    }
                    Literal::Bool(b) if !is_float => {
                        ints.push(b as i64);
                        true
                    }
                    _ => false,
                };
                if !ok {
                    return Err(Diag::input(self.pos_of(at), format!("invalid element in array<{elem}>")));
                }
                if !self.eat(",") {
                    break;
                }
            }
        }
        self.expect(">")?;
        Ok(if is_float { Attr::DenseF64 { elem, values: floats } } else { Attr::DenseI64 { elem, values: ints } })
    }

    /// `#dialect<kind VALUE>`, `#dialect.name<k = v, ...>`, or an alias `#name`.
    fn hash_attr(&mut self) -> DResult<Attr> {
        let start = self.off;
        self.off += 1;
        let name = self.rest().split(|c: char| !is_ident_char(c)).next().unwrap_or("").to_string();
        if name.is_empty() {
            return self.expected("an attribute name after '#'");
        }
        self.off += name.len();
        if !self.rest().starts_with('<') {
            // An alias reference.
            let Some(def) = self.aliases.get(&name) else {
                self.off = start;
                return self.err(format!("undefined attribute alias '#{name}'"));
            };
            let mut sub = Parser::new(def);
            sub.aliases = Rc::clone(&self.aliases);
            sub.depth = self.depth;
            return sub.attr().map_err(|mut d| {
                d.pos = Some(self.pos_of(start));
                d
            });
        }
        self.skip_ws();
        let body_start = self.off + 1;
        let raw = self.balanced('<', '>')?;
        let body = &raw[1..raw.len() - 1];
        let body_end = self.off - 1;
        if name == "stablehlo.conv" {
            let trimmed = body.trim_start();
            if let Some(fields_text) = trimmed.strip_prefix("raw") {
                if let Some(fields) = self.struct_fields_at(body_end - fields_text.len(), body_end) {
                    return Ok(Attr::Struct { name, fields });
                }
            } else if let Some(fields) = parse_conv_dims(body) {
                return Ok(Attr::Struct { name, fields });
            }
        }
        if !name.contains('.') {
            // `#stablehlo<comparison_direction GT>`.
            let mut words = body.split_whitespace();
            if let (Some(kind), Some(value), None) = (words.next(), words.next(), words.next()) {
                if kind.chars().all(is_ident_char) && value.chars().all(is_ident_char) {
                    return Ok(Attr::Enum { dialect: name, kind: kind.to_string(), value: value.to_string() });
                }
            }
        }
        // `#stablehlo.dot<k = v, ...>`: parse the fields; anything else stays verbatim.
        match self.struct_fields_at(body_start, body_end) {
            // `#stablehlo.dot<>` is a struct with every field at its default.
            Some(fields) if !fields.is_empty() || body.trim().is_empty() => Ok(Attr::Struct { name, fields }),
            _ => Ok(Attr::Opaque(format!("#{name}{raw}"))),
        }
    }

    /// `k = v, k = v` between byte offsets `start` and `end` of text already scanned; `None` if
    /// the text is not of that shape. The parser is left where it was.
    fn struct_fields_at(&mut self, start: usize, end: usize) -> Option<Vec<(String, Attr)>> {
        let resume = self.off;
        self.off = start;
        let fields = self.struct_fields(end);
        self.off = resume;
        fields
    }

    fn struct_fields(&mut self, end: usize) -> Option<Vec<(String, Attr)>> {
        let mut fields = Vec::new();
        loop {
            self.skip_ws();
            if self.off >= end {
                return (self.off == end).then_some(fields);
            }
            let key = self.ident().ok()?;
            if !self.eat("=") {
                return None;
            }
            let value = self.attr().ok()?;
            fields.push((key, value));
            self.skip_ws();
            if self.off >= end {
                return (self.off == end).then_some(fields);
            }
            if !self.eat(",") {
                return None;
            }
        }
    }

    /// `{a = 1, b, "quoted" = 2}`.
    pub fn dict(&mut self) -> DResult<Vec<(String, Attr)>> {
        let mut out = Vec::new();
        self.dict_into(&mut out)?;
        Ok(out)
    }

    /// A `{...}` dictionary appended to `out`; a name already in `out` is a duplicate too (an
    /// op's properties, discardable attributes and pretty syntax share one namespace).
    pub fn dict_into(&mut self, out: &mut Vec<(String, Attr)>) -> DResult<()> {
        self.expect("{")?;
        if self.eat("}") {
            return Ok(());
        }
        let mut seen: HashSet<String> = out.iter().map(|(k, _)| k.clone()).collect();
        loop {
            let key_pos = self.pos();
            let key = if self.peek("\"") { self.string()? } else { self.ident()? };
            if !seen.insert(key.clone()) {
                return Err(Diag::input(key_pos, format!("duplicate attribute '{key}'")));
            }
            let value = if self.eat("=") { self.attr()? } else { Attr::Unit };
            out.push((key, value));
            if self.eat("}") {
                return Ok(());
            }
            self.expect(",")?;
        }
    }

    /// `@name` or `@"quoted"`, with nested `::@x` parts kept.
    pub fn symbol(&mut self) -> DResult<String> {
        self.expect("@")?;
        let mut name = if self.rest().starts_with('"') { self.string()? } else { self.sym_word()? };
        while self.rest().starts_with("::@") {
            self.off += 3;
            name.push_str("::@");
            let part = if self.rest().starts_with('"') { self.string()? } else { self.sym_word()? };
            name.push_str(&part);
        }
        Ok(name)
    }

    fn sym_word(&mut self) -> DResult<String> {
        let rest = self.rest();
        let len = rest.find(|c: char| !(is_ident_char(c) || c == '-')).unwrap_or(rest.len());
        if len == 0 {
            return self.expected("a symbol name");
        }
        self.off += len;
        Ok(rest[..len].to_string())
    }

    // ---- SSA values -------------------------------------------------------------------------

    /// Creates a value of type `ty`.
    pub fn new_value(&mut self, ty: Type) -> ValueId {
        self.values.push(ValueInfo { ty });
        ValueId(self.values.len() as u32 - 1)
    }

    /// The type of a value of the function being parsed.
    pub fn value_type(&self, v: ValueId) -> &Type {
        &self.values[v.index()].ty
    }

    /// Binds `name` (without `%`) to values in the innermost scope.
    fn bind(&mut self, name: &str, ids: Vec<ValueId>, pos: Pos) -> DResult<()> {
        if let Some((_, previous)) = self.scopes.iter().find_map(|s| s.get(name)) {
            return Err(Diag::input(pos, format!("redefinition of SSA value '%{name}'")).with_note(Some(*previous), "previously defined here"));
        }
        self.scopes.last_mut().expect("a scope is open while parsing a function").insert(name.to_string(), (ids, pos));
        Ok(())
    }

    /// A `%name` being defined (no `#N`).
    pub fn value_name(&mut self) -> DResult<String> {
        self.skip_ws();
        if !self.rest().starts_with('%') {
            return self.expected("an SSA value");
        }
        self.off += 1;
        let rest = self.rest();
        let len = rest.find(|c: char| !(is_ident_char(c) || c == '-')).unwrap_or(rest.len());
        if len == 0 {
            return self.expected("an SSA value name");
        }
        self.off += len;
        Ok(rest[..len].to_string())
    }

    /// A use `%name` or `%name#N`.
    pub fn operand(&mut self) -> DResult<ValueId> {
        let pos = self.pos();
        let name = self.value_name()?;
        let mut index = 0usize;
        if self.rest().starts_with('#') {
            self.off += 1;
            index = match self.int()? {
                i if i >= 0 => i as usize,
                _ => return Err(Diag::input(pos, "negative result number")),
            };
        }
        let Some((ids, _)) = self.scopes.iter().rev().find_map(|s| s.get(&name)) else {
            return Err(Diag::input(pos, format!("use of undefined value '%{name}'")));
        };
        match ids.get(index) {
            Some(&id) => Ok(id),
            None => Err(Diag::input(pos, format!("'%{name}' has only {} result(s)", ids.len()))),
        }
    }

    /// Comma-separated uses (possibly none), stopping before anything that is not `%`.
    pub fn operand_list(&mut self) -> DResult<Vec<ValueId>> {
        let mut out = Vec::new();
        if !self.peek("%") {
            return Ok(out);
        }
        loop {
            out.push(self.operand()?);
            if !(self.peek(",") && self.rest()[1..].trim_start().starts_with('%')) {
                return Ok(out);
            }
            self.expect(",")?;
        }
    }

    // ---- structure --------------------------------------------------------------------------

    fn module(&mut self) -> DResult<Module> {
        let mut module = None;
        let mut loose = Vec::new();
        loop {
            self.skip_ws();
            if self.rest().is_empty() {
                break;
            }
            if self.rest().starts_with('#') {
                self.skip_alias_def();
                continue;
            }
            if self.rest().starts_with("{-#") {
                let end = self.rest().find("#-}").map_or(self.rest().len(), |e| e + 3);
                self.off += end;
                continue;
            }
            if module.is_some() {
                if self.peek("}") {
                    return self.err("unexpected '}' after the module");
                }
                return self.err("expected a single top-level module");
            }
            if self.peek_kw("module") {
                module = Some(self.pretty_module()?);
            } else if self.peek("\"builtin.module\"") {
                module = Some(self.generic_module()?);
            } else {
                loose.push(self.item()?);
                // Top-level ops without a module wrapper form an implicit module, as in mlir-opt.
                while !self.rest().trim_start().is_empty() && !self.peek("#") && !self.peek("{-#") {
                    loose.push(self.item()?);
                }
                module = Some(Module { name: None, attrs: Vec::new(), items: std::mem::take(&mut loose), loc: None });
            }
        }
        match module {
            Some(m) => Ok(m),
            None => self.err("expected a module"),
        }
    }

    fn pretty_module(&mut self) -> DResult<Module> {
        self.expect_kw("module")?;
        let name = if self.peek("@") { Some(self.symbol()?) } else { None };
        let attrs = if self.eat_kw("attributes") {
            let at = self.pos();
            let attrs = self.dict()?;
            // The generic form keeps the name there; two would collide.
            if attrs.iter().any(|(k, _)| k == "sym_name") {
                return Err(Diag::input(at, "attribute 'sym_name' is the module's name; write 'module @name'"));
            }
            attrs
        } else {
            Vec::new()
        };
        self.expect("{")?;
        let mut items = Vec::new();
        while !self.eat("}") {
            if self.rest().is_empty() {
                return self.expected("'}'");
            }
            items.push(self.item()?);
        }
        let loc = self.opt_loc()?;
        Ok(Module { name, attrs, items, loc })
    }

    fn generic_module(&mut self) -> DResult<Module> {
        self.expect("\"builtin.module\"")?;
        self.expect("(")?;
        self.expect(")")?;
        let mut attrs = Vec::new();
        if self.eat("<") {
            self.dict_into(&mut attrs)?;
            self.expect(">")?;
        }
        self.expect("(")?;
        self.expect("{")?;
        let mut items = Vec::new();
        while !self.eat("}") {
            if self.rest().is_empty() {
                return self.expected("'}'");
            }
            items.push(self.item()?);
        }
        self.expect(")")?;
        if self.peek("{") {
            self.dict_into(&mut attrs)?;
        }
        self.expect(":")?;
        self.function_type()?;
        let loc = self.opt_loc()?;
        let name = take_attr(&mut attrs, "sym_name").and_then(|a| a.as_str().map(str::to_string));
        Ok(Module { name, attrs, items, loc })
    }

    fn item(&mut self) -> DResult<Item> {
        if self.peek_kw("func.func") {
            return self.pretty_func().map(Item::Func);
        }
        if self.peek("\"func.func\"") {
            return self.generic_func().map(Item::Func);
        }
        // Another top-level op: parse it in a throwaway function scope.
        self.begin_func();
        let op = self.op()?;
        self.end_func();
        if !op.operands.is_empty() || !op.results.is_empty() || !op.regions.is_empty() {
            return Err(Diag::unsupported(op.pos, format!("top-level op '{}' with operands, results or regions is not supported", op.name)));
        }
        Ok(Item::Op(op))
    }

    fn begin_func(&mut self) {
        self.values.clear();
        self.scopes = vec![HashMap::new()];
    }

    fn end_func(&mut self) -> Vec<ValueInfo> {
        self.scopes.clear();
        std::mem::take(&mut self.values)
    }

    fn pretty_func(&mut self) -> DResult<Func> {
        let pos = self.pos();
        self.expect_kw("func.func")?;
        let visibility = if self.eat_kw("public") {
            Visibility::Public
        } else if self.eat_kw("private") {
            Visibility::Private
        } else {
            Visibility::Default
        };
        let name = self.symbol()?;
        self.begin_func();
        self.expect("(")?;
        let mut args = Vec::new();
        let mut arg_values = Vec::new();
        // A declaration may list bare types, as MLIR prints it: `@f(tensor<f32>) -> ...`.
        let named = self.peek("%") || self.peek(")");
        if !self.eat(")") {
            loop {
                let apos = self.pos();
                let vname = if named {
                    let vname = self.value_name()?;
                    self.expect(":")?;
                    Some(vname)
                } else {
                    None
                };
                let ty = self.ty()?;
                let attrs = if self.peek("{") { self.dict()? } else { Vec::new() };
                let loc = self.opt_loc()?;
                let v = self.new_value(ty);
                if let Some(vname) = vname {
                    self.bind(&vname, vec![v], apos)?;
                }
                arg_values.push(v);
                args.push(Arg { value: v, attrs, loc });
                if self.eat(")") {
                    break;
                }
                self.expect(",")?;
            }
        }
        let mut results = Vec::new();
        if self.eat("->") {
            if self.eat("(") {
                if !self.eat(")") {
                    loop {
                        let ty = self.ty()?;
                        let attrs = if self.peek("{") { self.dict()? } else { Vec::new() };
                        results.push(FuncResult { ty, attrs });
                        if self.eat(")") {
                            break;
                        }
                        self.expect(",")?;
                    }
                }
            } else {
                results.push(FuncResult { ty: self.ty()?, attrs: Vec::new() });
            }
        }
        let attrs = if self.eat_kw("attributes") {
            let at = self.pos();
            let attrs = self.dict()?;
            // The function syntax says these; the generic form would have them twice.
            if let Some((k, _)) = attrs.iter().find(|(k, _)| FUNC_PROPERTIES.contains(&k.as_str())) {
                return Err(Diag::input(at, format!("attribute '{k}' is given by the function syntax")));
            }
            attrs
        } else {
            Vec::new()
        };
        let mut body = Region::default();
        if self.peek("{") {
            if !named {
                return self.err("a function with a body needs named arguments");
            }
            body = self.region_body(Some(arg_values))?;
        } else {
            body.blocks.push(Block { args: arg_values, ops: Vec::new() });
        }
        let loc = self.opt_loc()?;
        let values = self.end_func();
        let mut func = Func { name, visibility, args, results, attrs, body, values, pos, loc };
        func.renumber();
        Ok(func)
    }

    fn generic_func(&mut self) -> DResult<Func> {
        let pos = self.pos();
        self.expect("\"func.func\"")?;
        self.expect("(")?;
        self.expect(")")?;
        let mut attrs = Vec::new();
        if self.eat("<") {
            self.dict_into(&mut attrs)?;
            self.expect(">")?;
        }
        self.begin_func();
        self.entry_locs.clear();
        self.expect("(")?;
        let mut body = self.region(&[])?;
        self.expect(")")?;
        if self.peek("{") {
            self.dict_into(&mut attrs)?;
        }
        self.expect(":")?;
        self.function_type()?;
        let loc = self.opt_loc()?;
        let mut values = self.end_func();
        let name = match take_attr(&mut attrs, "sym_name") {
            Some(Attr::Str(s)) => s,
            _ => return Err(Diag::input(pos, "'func.func' needs a sym_name")),
        };
        let visibility = match take_attr(&mut attrs, "sym_visibility") {
            None => Visibility::Default,
            Some(Attr::Str(s)) if s == "private" => Visibility::Private,
            Some(Attr::Str(s)) if s == "public" => Visibility::Public,
            Some(other) => {
                let mut text = String::new();
                crate::print::write_attr(&mut text, &other);
                return Err(Diag::input(pos, format!("invalid function visibility {text} (expected \"public\" or \"private\")")));
            }
        };
        let Some(Attr::Type(fty)) = take_attr(&mut attrs, "function_type") else {
            return Err(Diag::input(pos, "'func.func' needs a function_type"));
        };
        let mut fp = Parser::new(&fty);
        let Ok((ins, outs)) = fp.function_type() else {
            return Err(Diag::input(pos, format!("'func.func' function_type must be a function type, found '{fty}'")));
        };
        let dicts = |a: Option<Attr>, n: usize| -> Vec<Vec<(String, Attr)>> {
            match a {
                Some(Attr::Array(items)) => items
                    .into_iter()
                    .map(|d| match d {
                        Attr::Dict(d) => d,
                        _ => Vec::new(),
                    })
                    .collect(),
                _ => vec![Vec::new(); n],
            }
        };
        let arg_attrs = dicts(take_attr(&mut attrs, "arg_attrs"), ins.len());
        let res_attrs = dicts(take_attr(&mut attrs, "res_attrs"), outs.len());
        // MLIR writes a declaration as an empty region, `({})`: its arguments are the signature's.
        if let Some(entry) = body.blocks.first_mut() {
            if entry.args.is_empty() && entry.ops.is_empty() {
                for t in &ins {
                    values.push(ValueInfo { ty: t.clone() });
                    entry.args.push(ValueId(values.len() as u32 - 1));
                }
            }
        }
        let entry_args = body.blocks.first().map(|b| b.args.clone()).unwrap_or_default();
        if entry_args.len() != ins.len() || arg_attrs.len() != ins.len() || res_attrs.len() != outs.len() {
            return Err(Diag::input(pos, "'func.func' signature does not match its entry block or attribute lists"));
        }
        for (v, t) in entry_args.iter().zip(&ins) {
            if &values[v.index()].ty != t {
                return Err(Diag::input(pos, format!("entry block argument type {} does not match the signature's {t}", values[v.index()].ty)));
            }
        }
        let args = entry_args.into_iter().zip(arg_attrs).map(|(value, attrs)| Arg { value, attrs, loc: None }).collect();
        let results = outs.into_iter().zip(res_attrs).map(|(ty, attrs)| FuncResult { ty, attrs }).collect();
        let mut func = Func { name, visibility, args, results, attrs, body, values, pos, loc };
        self.fill_arg_locs(&mut func);
        func.renumber();
        Ok(func)
    }

    /// Generic functions carry argument locations on the entry block; keep them on [`Arg`].
    fn fill_arg_locs(&mut self, func: &mut Func) {
        let locs = std::mem::take(&mut self.entry_locs);
        for (arg, loc) in func.args.iter_mut().zip(locs) {
            arg.loc = loc;
        }
    }

    /// `{ ops }` whose entry block has the given (already bound) arguments: a pretty body.
    pub fn region_body(&mut self, args: Option<Vec<ValueId>>) -> DResult<Region> {
        self.expect("{")?;
        self.scopes.push(HashMap::new());
        let mut block = Block { args: args.unwrap_or_default(), ops: Vec::new() };
        let result = self.block_ops(&mut block.ops);
        self.scopes.pop();
        result?;
        Ok(Region { blocks: vec![block] })
    }

    /// `{ [^bb0(%a: T, ...):] ops }`: a region in generic form. `bound_args` are block arguments
    /// already declared by a pretty form (they are put in scope for the entry block).
    pub fn region(&mut self, bound_args: &[(String, ValueId)]) -> DResult<Region> {
        self.enter()?;
        self.expect("{")?;
        self.scopes.push(HashMap::new());
        let result = self.region_blocks(bound_args);
        self.scopes.pop();
        self.leave();
        result
    }

    fn region_blocks(&mut self, bound_args: &[(String, ValueId)]) -> DResult<Region> {
        let pos = self.pos();
        for (name, v) in bound_args {
            self.bind(name, vec![*v], pos)?;
        }
        let mut blocks = Vec::new();
        let mut block = Block { args: bound_args.iter().map(|(_, v)| *v).collect(), ops: Vec::new() };
        let top = self.scopes.len() == 2;
        if self.peek("^") {
            self.off += 1;
            self.sym_word()?;
            if self.peek("(") {
                let (args, locs) = self.block_arg_list_with_locs()?;
                if top {
                    self.entry_locs = locs;
                }
                block.args.extend(args);
            }
            self.expect(":")?;
        }
        loop {
            if self.eat("}") {
                blocks.push(block);
                return Ok(Region { blocks });
            }
            if self.peek("^") {
                return Err(Diag::unsupported(self.pos(), "regions with more than one block are not supported"));
            }
            if self.rest().is_empty() {
                return self.expected("'}'");
            }
            block.ops.push(self.op()?);
        }
    }

    /// Ops up to the closing `}` of a block.
    fn block_ops(&mut self, ops: &mut Vec<Op>) -> DResult<()> {
        loop {
            if self.eat("}") {
                return Ok(());
            }
            if self.rest().trim_start().is_empty() {
                return self.expected("'}'");
            }
            if self.peek("^") {
                return Err(Diag::unsupported(self.pos(), "regions with more than one block are not supported"));
            }
            ops.push(self.op()?);
        }
    }

    /// `(%a: T loc(..), ...)`, returning the new values and their locations.
    fn block_arg_list_with_locs(&mut self) -> DResult<(Vec<ValueId>, Vec<Option<Loc>>)> {
        self.expect("(")?;
        let mut out = Vec::new();
        let mut locs = Vec::new();
        if self.eat(")") {
            return Ok((out, locs));
        }
        loop {
            let pos = self.pos();
            let name = self.value_name()?;
            self.expect(":")?;
            let ty = self.ty()?;
            locs.push(self.opt_loc()?);
            let v = self.new_value(ty);
            self.bind(&name, vec![v], pos)?;
            out.push(v);
            if self.eat(")") {
                return Ok((out, locs));
            }
            self.expect(",")?;
        }
    }

    /// One op, with its results: `%a, %b:2 = "name"(...) ...` or `%a = name ...` (pretty).
    pub fn op(&mut self) -> DResult<Op> {
        self.enter()?;
        let r = self.op_inner();
        self.leave();
        r
    }

    fn op_inner(&mut self) -> DResult<Op> {
        let pos = self.pos();
        let mut groups: Vec<(String, usize, Pos)> = Vec::new();
        if self.peek("%") {
            loop {
                let gpos = self.pos();
                let name = self.value_name()?;
                let mut count = 1;
                if self.rest().starts_with(':') {
                    self.off += 1;
                    count = match self.int()? {
                        n if n > 0 && n < 1 << 20 => n as usize,
                        _ => return Err(Diag::input(gpos, "invalid result count")),
                    };
                }
                groups.push((name, count, gpos));
                if !self.eat(",") {
                    break;
                }
            }
            self.expect("=")?;
        }
        let num_results: usize = groups.iter().map(|g| g.1).sum();
        let op_pos = self.pos();
        let mut op = if self.peek("\"") {
            let name = self.string()?;
            if name.is_empty() {
                return Err(Diag::input(op_pos, "expected an op name, found '\"\"'"));
            }
            self.generic_op_body(name, op_pos)?
        } else {
            let name = self.ident()?;
            let name = match name.as_str() {
                "return" => "func.return".to_string(),
                "call" => "func.call".to_string(),
                _ => name,
            };
            self.compact_reduce_body = false;
            crate::pretty::parse_pretty(self, &name, num_results, op_pos)?
        };
        // As in MLIR, an op is where its name is, after the results it defines.
        op.pos = op_pos;
        // MLIR keeps attribute dictionaries sorted by name; so does the IR, so both text forms
        // of one op compare equal.
        op.attrs.sort_by(|a, b| a.0.cmp(&b.0));
        if let Some(w) = op.attrs.windows(2).find(|w| w[0].0 == w[1].0) {
            return Err(Diag::input(op_pos, format!("duplicate attribute '{}'", w[0].0)));
        }
        if op.loc.is_none() {
            op.loc = self.opt_loc()?;
        }
        if std::mem::take(&mut self.compact_reduce_body) {
            for body_op in op.regions.iter_mut().flat_map(|r| &mut r.blocks).flat_map(|b| &mut b.ops) {
                body_op.loc = op.loc.clone();
            }
        }
        if op.results.len() != num_results {
            return Err(Diag::input(pos, format!("'{}' has {} result(s) but {} name(s) are bound", op.name, op.results.len(), num_results)));
        }
        let mut next = 0;
        for (name, count, gpos) in groups {
            let ids = op.results[next..next + count].to_vec();
            next += count;
            self.bind(&name, ids, gpos)?;
        }
        Ok(op)
    }

    /// The generic form after the quoted name: `(operands) [<{props}>] [(regions)] [{attrs}] : type`.
    fn generic_op_body(&mut self, name: String, pos: Pos) -> DResult<Op> {
        self.expect("(")?;
        let operands = self.operand_list()?;
        self.expect(")")?;
        if self.peek("[") {
            return Err(Diag::unsupported(pos, format!("'{name}' has successors; branches are not supported")));
        }
        let mut attrs = Vec::new();
        if self.eat("<") {
            self.dict_into(&mut attrs)?;
            self.expect(">")?;
        }
        let mut regions = Vec::new();
        if self.peek("(") {
            // Regions, or a type written without its `:`.
            if !self.rest()[1..].trim_start().starts_with('{') {
                return self.expected("':' and the op's type");
            }
            self.off += 1;
            loop {
                regions.push(self.region(&[])?);
                if self.eat(")") {
                    break;
                }
                self.expect(",")?;
            }
        }
        if self.peek("{") {
            self.dict_into(&mut attrs)?;
        }
        if !self.eat(":") {
            return self.expected("':' and the op's type");
        }
        let tpos = self.pos();
        let (ins, outs) = self.function_type()?;
        if ins.len() != operands.len() {
            return Err(Diag::input(tpos, format!("'{name}' has {} operand(s) but its type lists {}", operands.len(), ins.len())));
        }
        for (i, (&v, t)) in operands.iter().zip(&ins).enumerate() {
            if self.value_type(v) != t {
                return Err(Diag::input(tpos, format!("operand #{i} of '{name}' has type {} but the op's type says {t}", self.value_type(v))));
            }
        }
        let results = outs.into_iter().map(|t| self.new_value(t)).collect();
        Ok(Op { name, operands, results, attrs, regions, pos, loc: None })
    }

    /// Checks that `operands` have the types `tys` (a pretty form's trailing type list).
    pub fn check_operand_types(&self, name: &str, operands: &[ValueId], tys: &[Type], pos: Pos) -> DResult<()> {
        if operands.len() != tys.len() {
            return Err(Diag::input(pos, format!("'{name}' has {} operand(s) but its type lists {}", operands.len(), tys.len())));
        }
        for (i, (&v, t)) in operands.iter().zip(tys).enumerate() {
            if self.value_type(v) != t {
                return Err(Diag::input(pos, format!("operand #{i} of '{name}' has type {} but the op's type says {t}", self.value_type(v))));
            }
        }
        Ok(())
    }

    /// Opens a scope for a region whose block arguments a pretty form declares itself.
    pub fn push_scope(&mut self) {
        self.scopes.push(HashMap::new());
    }

    /// Closes the scope opened by [`Parser::push_scope`].
    pub fn pop_scope(&mut self) {
        self.scopes.pop();
    }

    /// Binds a pretty form's region argument in the innermost scope.
    pub fn bind_one(&mut self, name: &str, v: ValueId, pos: Pos) -> DResult<()> {
        self.bind(name, vec![v], pos)
    }

    /// Marks the op being parsed as a compact reduce, whose body ops take its location.
    pub fn set_compact_reduce_body(&mut self) {
        self.compact_reduce_body = true;
    }

    /// Parses ops until `}`; the `{` was consumed by the caller.
    pub fn ops_until_close(&mut self) -> DResult<Vec<Op>> {
        let mut ops = Vec::new();
        self.block_ops(&mut ops)?;
        Ok(ops)
    }
}

/// Parses the compact convolution dimension form `[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]` into
/// the named fields StableHLO's `ConvDimensionNumbers` has (the `raw` form is a plain struct).
pub(crate) fn parse_conv_dims(body: &str) -> Option<Vec<(String, Attr)>> {
    let body = body.trim();
    let (lhs, rest) = body.split_once("]x[")?;
    let (rhs, out) = rest.split_once("]->[")?;
    let parts = |s: &str| -> Vec<String> { s.trim_matches(|c| c == '[' || c == ']').split(',').map(|x| x.trim().to_string()).collect() };
    let (lhs, rhs, out) = (parts(lhs), parts(rhs), parts(out));
    let spatial = |v: &[String]| -> Option<Vec<i64>> {
        let mut dims: Vec<(i64, i64)> = Vec::new();
        for (i, s) in v.iter().enumerate() {
            if let Ok(k) = s.parse::<i64>() {
                dims.push((k, i as i64));
            }
        }
        dims.sort();
        dims.iter().enumerate().all(|(j, (k, _))| *k == j as i64).then(|| dims.iter().map(|(_, i)| *i).collect())
    };
    let find = |v: &[String], c: &str| v.iter().position(|s| s == c).map(|i| i as i64);
    let list = |v: Vec<i64>| Attr::Array(v.into_iter().map(|x| Attr::Int { value: x as i128, ty: None }).collect());
    let int = |v: i64| Attr::Int { value: v as i128, ty: None };
    Some(vec![
        ("input_batch_dimension".into(), int(find(&lhs, "b")?)),
        ("input_feature_dimension".into(), int(find(&lhs, "f")?)),
        ("input_spatial_dimensions".into(), list(spatial(&lhs)?)),
        ("kernel_input_feature_dimension".into(), int(find(&rhs, "i")?)),
        ("kernel_output_feature_dimension".into(), int(find(&rhs, "o")?)),
        ("kernel_spatial_dimensions".into(), list(spatial(&rhs)?)),
        ("output_batch_dimension".into(), int(find(&out, "b")?)),
        ("output_feature_dimension".into(), int(find(&out, "f")?)),
        ("output_spatial_dimensions".into(), list(spatial(&out)?)),
    ])
}

/// `l` in the one kind the IR keeps for `elem` (see [`Literal`]), or why it does not suit it.
/// Floats are rounded to the element type's precision, so that the value printed (shortest
/// form for that type) parses back to the same literal.
fn normalize_literal(l: Literal, elem: ElemType) -> Result<Literal, String> {
    let width = elem.bit_width();
    if let Literal::Bits(b) = l {
        if width < 64 && b >> width != 0 {
            return Err(format!("0x{b:X} does not fit in {elem}"));
        }
    }
    if elem.is_float() {
        let v = match l {
            Literal::Float(v) => round_to(v, elem),
            Literal::Int(v) => round_to(v as f64, elem),
            Literal::Bool(b) => b as u8 as f64,
            // Kept as written: a NaN's payload has no other spelling.
            Literal::Bits(b) if !bits_to_f64(b, elem).is_finite() => return Ok(l),
            Literal::Bits(b) => bits_to_f64(b, elem),
        };
        if v.is_finite() {
            return Ok(Literal::Float(v));
        }
        let bits = match elem {
            ElemType::F32 => (v as f32).to_bits() as u64,
            ElemType::F16 => half::f16::from_f64(v).to_bits() as u64,
            ElemType::BF16 => half::bf16::from_f64(v).to_bits() as u64,
            _ => v.to_bits(),
        };
        return Ok(Literal::Bits(bits));
    }
    let int = match l {
        Literal::Int(v) => v,
        Literal::Bool(b) => b as i128,
        Literal::Bits(b) if elem.is_signed_int() => crate::attr::sign_extend(b, width) as i128,
        Literal::Bits(b) => b as i128,
        Literal::Float(v) if v.fract() == 0.0 && v.abs() < 2f64.powi(64) => v as i128,
        Literal::Float(v) => return Err(format!("float literal {v} in a dense literal of {elem}")),
    };
    if elem.is_bool() {
        return match int {
            0 | 1 => Ok(Literal::Bool(int == 1)),
            _ => Err(format!("integer {int} does not fit in i1")),
        };
    }
    Ok(Literal::Int(int))
}

/// Rounds a decimal literal to the precision of a float element type.
fn round_to(v: f64, elem: ElemType) -> f64 {
    match elem {
        ElemType::F32 => v as f32 as f64,
        ElemType::F16 => half::f16::from_f64(v).to_f64(),
        ElemType::BF16 => half::bf16::from_f64(v).to_f64(),
        _ => v,
    }
}

/// The attributes a function's syntax stands for; they cannot also be listed after `attributes`.
const FUNC_PROPERTIES: [&str; 5] = ["sym_name", "sym_visibility", "function_type", "arg_attrs", "res_attrs"];

/// Removes and returns attribute `name` from a list.
pub fn take_attr(attrs: &mut Vec<(String, Attr)>, name: &str) -> Option<Attr> {
    let i = attrs.iter().position(|(k, _)| k == name)?;
    Some(attrs.remove(i).1)
}

/// `(a, b) -> c` / `(a) -> (b, c)` as MLIR prints function types.
pub fn format_function_type(ins: &[Type], outs: &[Type]) -> String {
    let join = |ts: &[Type]| ts.iter().map(|t| t.to_string()).collect::<Vec<_>>().join(", ");
    if outs.len() == 1 && !matches!(outs[0], Type::Tuple(_)) {
        format!("({}) -> {}", join(ins), outs[0])
    } else {
        format!("({}) -> ({})", join(ins), join(outs))
    }
}

/// The text inside `loc(...)` when `def` is exactly one balanced, non-empty location.
fn loc_body(def: &str) -> Option<&str> {
    let mut p = Parser::new(def);
    if !p.eat_kw("loc") {
        return None;
    }
    let open = p.off;
    p.balanced('(', ')').ok()?;
    let close = p.off;
    p.skip_ws();
    let body = def[open..close].trim_start().strip_prefix('(')?.strip_suffix(')')?;
    (p.rest().is_empty() && !body.trim().is_empty()).then_some(body)
}

fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '$' || c == '.'
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::print::{print_module, PrintOptions};

    #[test]
    fn positions_in_any_order() {
        let src = "ab\né€🦀x\n\nlast line";
        let p = Parser::new(src);
        let naive = |off: usize| {
            let before = &src[..off];
            let line = before.matches('\n').count() as u32 + 1;
            let col = before.rsplit('\n').next().unwrap().chars().count() as u32 + 1;
            Pos { line, col }
        };
        let offsets: Vec<usize> = (0..=src.len()).filter(|&i| src.is_char_boundary(i)).collect();
        // Forwards, backwards, and jumping about: the cache must never be trusted wrongly.
        let order = offsets.iter().chain(offsets.iter().rev()).chain(offsets.iter().step_by(3)).chain(offsets.iter().rev().step_by(2));
        for &off in order {
            assert_eq!(p.pos_of(off), naive(off), "offset {off}");
        }
    }

    /// Parses a module attribute `a = <text>`.
    fn attr(text: &str) -> DResult<Attr> {
        let m = parse_module(&format!("module attributes {{a = {text}}} {{\n}}"))?;
        Ok(m.attrs[0].1.clone())
    }

    #[test]
    fn float_attributes() {
        let check = |text: &str, want: Attr| assert_eq!(attr(text).unwrap(), want, "{text}");
        let float = |value: f64, ty: Option<&str>| Attr::Float { value, ty: ty.map(str::to_string) };
        check("1.5", float(1.5, None));
        // `f64` is what a float without a type is.
        check("1.5 : f64", float(1.5, None));
        check("2 : f32", float(2.0, Some("f32")));
        check("0.1 : f32", float(0.1f32 as f64, Some("f32")));
        // A hex literal with a float type is a bit pattern, the only way to write inf and nan.
        check("0x7FF0000000000000 : f64", float(f64::INFINITY, None));
        check("0xFF800000 : f32", float(f64::NEG_INFINITY, Some("f32")));
        check("1e309", float(f64::INFINITY, None));
        check("0x10", Attr::Int { value: 16, ty: None });
        check("7 : i32", Attr::Int { value: 7, ty: Some("i32".into()) });
        assert!(attr("1.5 : i32").is_err());
    }

    #[test]
    fn dense_literals_take_one_kind_per_element_type() {
        let check = |text: &str, want: DenseData| match attr(text).unwrap() {
            Attr::Dense { data, .. } => assert_eq!(format!("{data:?}"), format!("{want:?}"), "{text}"),
            other => panic!("{text} parsed as {other:?}"),
        };
        use Literal::*;
        check("dense<0> : tensor<f32>", DenseData::Splat(Float(0.0)));
        check("dense<[1, 0]> : tensor<2xi1>", DenseData::Elements(vec![Bool(true), Bool(false)]));
        check("dense<[true, 1]> : tensor<2xi32>", DenseData::Splat(Int(1)));
        check("dense<0x3F800000> : tensor<f32>", DenseData::Splat(Float(1.0)));
        check("dense<0xFFFFFFFF> : tensor<i32>", DenseData::Splat(Int(-1)));
        check("dense<0xFF> : tensor<ui8>", DenseData::Splat(Int(255)));
        // Non-finite floats keep their bit pattern; decimal ones are converted to it.
        check("dense<[nan, 1.0e39]> : tensor<2xf32>", DenseData::Elements(vec![Bits(0x7FC00000), Bits(0x7F800000)]));
        check("dense<0x7F800001> : tensor<f32>", DenseData::Splat(Bits(0x7F800001)));
        // A splat needs equal bits: zero and minus zero differ.
        check("dense<[0.0, -0.0]> : tensor<2xf64>", DenseData::Elements(vec![Float(0.0), Float(-0.0)]));
        check("dense<[2.0, 2]> : tensor<2xbf16>", DenseData::Splat(Float(2.0)));
    }

    #[test]
    fn declarations_in_mlir_form() {
        let pretty = "module {\n  func.func private @decl(tensor<f32> {a = 1 : i32}, tensor<2xi32>) -> tensor<f32>\n}\n";
        let m = parse_module(pretty).unwrap();
        let f = m.func("decl").unwrap();
        assert_eq!(f.arg_types(), vec![Type::tensor(vec![], ElemType::F32), Type::tensor(vec![2], ElemType::I32)]);
        assert_eq!(print_module(&m, PrintOptions::default()), pretty);
        // MLIR's generic form gives a declaration an empty region.
        let generic = print_module(&m, PrintOptions { form: crate::print::Form::Generic, ..Default::default() });
        assert!(generic.contains("({\n  }) : () -> ()"), "{generic}");
        assert_eq!(parse_module(&generic).unwrap().func("decl"), Some(f));
    }

    #[test]
    fn compact_reduce_body_takes_the_reduce_location() {
        let text = r#"func.func @f(%a: tensor<4xf32>, %b: tensor<f32>) -> tensor<f32> {
  %0 = stablehlo.reduce(%a init: %b) applies stablehlo.add across dimensions = [0] : (tensor<4xf32>, tensor<f32>) -> tensor<f32> loc("sum")
  return %0 : tensor<f32>
}"#;
        let m = parse_module(text).unwrap();
        let reduce = &m.funcs().next().unwrap().body.entry().ops[0];
        let body_locs: Vec<_> = reduce.regions[0].entry().ops.iter().map(|op| op.loc.clone()).collect();
        assert_eq!(body_locs, vec![Some(Loc("\"sum\"".into())); 2]);
    }
}
