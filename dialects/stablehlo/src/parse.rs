//! The text front end: parses StableHLO in both the pretty form JAX prints
//! (`jax.jit(f).lower(...).as_text()`) and MLIR's generic form into a [`Module`].
//!
//! The parser works on characters rather than a token stream because MLIR's syntax is
//! context-sensitive (`4x8xf32` inside a tensor type, `[0:2, 1:4]` in a slice). Every error is a
//! [`Diag`] at a line and column of the input; malformed text never panics. Op-specific pretty
//! syntax lives in [`crate::pretty`]; this file holds the grammar shared by all ops.

use crate::attr::{Attr, DenseData, Literal};
use crate::diag::{DResult, Diag};
use crate::ir::{Arg, Block, Func, FuncResult, Item, Loc, Module, Op, Pos, Region, ValueId, ValueInfo, Visibility};
use crate::types::{ElemType, TensorType, Type};
use std::collections::HashMap;

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
    /// `#name = ...` definitions, raw text after `=`.
    aliases: HashMap<String, String>,
    /// Visible SSA names of the function being parsed, innermost scope last.
    scopes: Vec<HashMap<String, Vec<ValueId>>>,
    /// Values of the function being parsed.
    values: Vec<ValueInfo>,
    depth: usize,
    /// Locations of the entry block arguments of the generic function being parsed.
    entry_locs: Vec<Option<Loc>>,
}

impl<'a> Parser<'a> {
    /// A parser over `src`.
    pub fn new(src: &'a str) -> Parser<'a> {
        let mut line_starts = vec![0];
        line_starts.extend(src.match_indices('\n').map(|(i, _)| i + 1));
        Parser { src, off: 0, line_starts, aliases: HashMap::new(), scopes: Vec::new(), values: Vec::new(), depth: 0, entry_locs: Vec::new() }
    }

    // ---- positions and errors -------------------------------------------------------------

    /// The position of byte offset `off`.
    pub fn pos_of(&self, off: usize) -> Pos {
        let line = self.line_starts.partition_point(|&s| s <= off) - 1;
        let col = self.src[self.line_starts[line]..off.min(self.src.len())].chars().count();
        Pos { line: line as u32 + 1, col: col as u32 + 1 }
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

    /// A possibly negative integer (decimal or `0x` hex).
    pub fn int(&mut self) -> DResult<i64> {
        let v = self.int128()?;
        match i64::try_from(v) {
            Ok(v) => Ok(v),
            Err(_) => self.err("integer out of range"),
        }
    }

    fn int128(&mut self) -> DResult<i128> {
        self.skip_ws();
        let neg = self.eat("-");
        let rest = self.rest();
        let (digits, radix) = match rest.strip_prefix("0x") {
            Some(hex) => (hex, 16),
            None => (rest, 10),
        };
        let len = digits.find(|c: char| !c.is_digit(radix)).unwrap_or(digits.len());
        if len == 0 {
            return self.expected("an integer");
        }
        let Ok(v) = u128::from_str_radix(&digits[..len], radix) else {
            return self.err("integer literal too large");
        };
        self.off += rest.len() - digits.len() + len;
        let Ok(v) = i128::try_from(v) else {
            return self.err("integer literal too large");
        };
        Ok(if neg { -v } else { v })
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
        let mut in_str = false;
        let mut escaped = false;
        for (i, c) in self.rest().char_indices() {
            if in_str {
                match c {
                    _ if escaped => escaped = false,
                    '\\' => escaped = true,
                    '"' => in_str = false,
                    _ => {}
                }
                continue;
            }
            if c == '"' {
                in_str = true;
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

    fn enter(&mut self) -> DResult<()> {
        self.depth += 1;
        if self.depth > MAX_DEPTH {
            return self.err("nesting too deep");
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.depth -= 1;
    }

    // ---- aliases and locations ------------------------------------------------------------

    /// Records every top-level `#name = value` line; MLIR prints location aliases after the
    /// module, so they must be known before the module is parsed.
    fn collect_aliases(&mut self) {
        for line in self.src.lines() {
            let Some(def) = line.strip_prefix('#') else { continue };
            let Some((name, value)) = def.split_once(" = ") else { continue };
            if name.chars().all(is_ident_char) {
                self.aliases.insert(name.to_string(), value.trim().to_string());
            }
        }
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
        match self.resolve_loc(inner, 0) {
            Ok(text) => Ok(Some(Loc(text))),
            Err(message) => {
                // Point at the reference that failed, not at the end of the location.
                let at = message.split('\'').nth(1).and_then(|name| raw.find(name)).unwrap_or(0);
                Err(Diag::input(self.pos_of(start + at), message))
            }
        }
    }

    /// Replaces `#alias` references in location text by their definitions.
    fn resolve_loc(&self, text: &str, depth: usize) -> Result<String, String> {
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
                let Some(def) = self.aliases.get(name).cloned() else {
                    return Err(format!("undefined location alias '#{name}'"));
                };
                let def = def.trim();
                let body = def.strip_prefix("loc(").and_then(|d| d.strip_suffix(')')).unwrap_or(def);
                out.push_str(&self.resolve_loc(body, depth + 1)?);
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
        self.skip_ws();
        let start = self.pos();
        if self.eat("tensor<") {
            return self.tensor_rest(start).map(Type::Tensor);
        }
        if self.eat("!stablehlo.token") {
            return Ok(Type::Token);
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
            return Err(Diag::unsupported(name_pos, format!("unsupported element type '{name}'")));
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
        if self.eat_kw("dense") {
            return self.dense_rest();
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

    fn number_attr(&mut self) -> DResult<Attr> {
        let lit = self.literal()?;
        let ty = if self.peek(":") && !self.peek("::") {
            self.off += 1;
            self.skip_ws();
            Some(self.ident()?)
        } else {
            None
        };
        Ok(match lit {
            Literal::Int(value) => match ty.as_deref() {
                Some(t) if t.starts_with('f') || t == "bf16" => Attr::Float { value: value as f64, ty },
                _ => Attr::Int { value, ty },
            },
            Literal::Float(value) => {
                let elem = ty.as_deref().and_then(ElemType::from_name).unwrap_or(ElemType::F64);
                Attr::Float { value: round_to(value, elem), ty }
            }
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
        let rest = self.rest();
        if let Some(hex) = rest.strip_prefix("0x") {
            let len = hex.find(|c: char| !c.is_ascii_hexdigit()).unwrap_or(hex.len());
            let Ok(bits) = u64::from_str_radix(&hex[..len], 16) else {
                return self.err("invalid hexadecimal literal");
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
            if rest[len..].starts_with("inf") || rest[len..].starts_with("nan") {
                let word_end = len + 3;
                let v = if rest[len..].starts_with("inf") { f64::INFINITY } else { f64::NAN };
                self.off += word_end;
                return Ok(Literal::Float(if rest.starts_with('-') { -v } else { v }));
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
        self.off += len;
        if is_float {
            match text.parse::<f64>() {
                Ok(v) => Ok(Literal::Float(v)),
                Err(_) => self.err("invalid float literal"),
            }
        } else {
            match text.parse::<i128>() {
                Ok(v) => Ok(Literal::Int(v)),
                Err(_) => self.err("integer literal too large"),
            }
        }
    }

    /// The rest of `dense<...> : type` after `dense`.
    fn dense_rest(&mut self) -> DResult<Attr> {
        let start = self.pos();
        self.expect("<")?;
        let data = if self.peek("\"") {
            let s = self.string_raw_hex()?;
            DenseData::Hex(s)
        } else if self.peek("[") {
            let mut items = Vec::new();
            self.dense_elements(&mut items)?;
            DenseData::Elements(items)
        } else if self.peek(">") {
            DenseData::Elements(Vec::new())
        } else {
            DenseData::Splat(self.literal()?)
        };
        self.expect(">")?;
        self.expect(":")?;
        let ty = self.ty()?;
        let Some(t) = ty.as_tensor() else {
            return Err(Diag::input(start, "dense attribute needs a tensor type"));
        };
        // Store floats at the element type's precision, so that the value printed (shortest
        // form for that type) parses back to the same literal.
        let elem = t.elem;
        let round = |l: &mut Literal| {
            if let Literal::Float(v) = l {
                *v = round_to(*v, elem);
            }
        };
        let mut data = match data {
            DenseData::Elements(items) if items.len() > 1 => DenseData::from_elements(items),
            other => other,
        };
        match &mut data {
            DenseData::Splat(l) => round(l),
            DenseData::Elements(items) => items.iter_mut().for_each(round),
            DenseData::Hex(_) => {}
        }
        if let DenseData::Elements(items) = &data {
            if items.len() as u64 != t.num_elements() {
                return Err(Diag::input(start, format!("dense literal has {} elements but its type {ty} has {}", items.len(), t.num_elements())));
            }
        }
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

    fn dense_elements(&mut self, out: &mut Vec<Literal>) -> DResult<()> {
        self.enter()?;
        self.expect("[")?;
        if !self.eat("]") {
            loop {
                if self.peek("[") {
                    self.dense_elements(out)?;
                } else {
                    out.push(self.literal()?);
                }
                if self.eat("]") {
                    break;
                }
                self.expect(",")?;
            }
        }
        self.leave();
        Ok(())
    }

    /// The rest of `array<i64: 1, 2>` after `array`.
    fn dense_array_rest(&mut self) -> DResult<Attr> {
        self.expect("<")?;
        let elem = self.ident()?;
        let mut ints = Vec::new();
        let mut floats = Vec::new();
        let is_float = elem.starts_with('f') || elem == "bf16";
        if self.eat(":") {
            loop {
                match self.literal()? {
                    Literal::Int(v) => {
                        ints.push(v as i64);
                        floats.push(v as f64)
                    }
                    Literal::Bool(b) => ints.push(b as i64),
                    Literal::Float(v) if is_float => floats.push(v),
                    _ => return self.err("invalid element in array attribute"),
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
            let Some(def) = self.aliases.get(&name).cloned() else {
                self.off = start;
                return self.err(format!("undefined attribute alias '#{name}'"));
            };
            let mut sub = Parser::new(&def);
            sub.aliases = self.aliases.clone();
            sub.depth = self.depth;
            return sub.attr().map_err(|mut d| {
                d.pos = Some(self.pos_of(start));
                d
            });
        }
        let body_start = self.off + 1;
        let raw = self.balanced('<', '>')?;
        let body = &raw[1..raw.len() - 1];
        if name == "stablehlo.conv" {
            if let Some(fields) = parse_conv_dims(body) {
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
        let mut sub = Parser::new(self.src);
        sub.off = body_start;
        sub.aliases = std::mem::take(&mut self.aliases);
        sub.depth = self.depth;
        let fields = sub.struct_fields(self.off - 1);
        self.aliases = sub.aliases;
        match fields {
            // `#stablehlo.dot<>` is a struct with every field at its default.
            Some(fields) if !fields.is_empty() || body.trim().is_empty() => Ok(Attr::Struct { name, fields }),
            _ => Ok(Attr::Opaque(format!("#{name}{raw}"))),
        }
    }

    /// `k = v, k = v` up to byte offset `end`; `None` if the text is not of that shape.
    fn struct_fields(&mut self, end: usize) -> Option<Vec<(String, Attr)>> {
        let mut fields = Vec::new();
        loop {
            self.skip_ws();
            if self.off >= end {
                return Some(fields);
            }
            let key = self.ident().ok()?;
            if !self.eat("=") {
                return None;
            }
            let value = self.attr().ok()?;
            fields.push((key, value));
            self.skip_ws();
            if self.off >= end {
                return Some(fields);
            }
            if !self.eat(",") {
                return None;
            }
        }
    }

    /// `{a = 1, b, "quoted" = 2}`.
    pub fn dict(&mut self) -> DResult<Vec<(String, Attr)>> {
        self.expect("{")?;
        let mut out = Vec::new();
        if self.eat("}") {
            return Ok(out);
        }
        loop {
            let key = if self.peek("\"") { self.string()? } else { self.ident()? };
            let value = if self.eat("=") { self.attr()? } else { Attr::Unit };
            out.push((key, value));
            if self.eat("}") {
                return Ok(out);
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
            name.push_str(&self.sym_word()?);
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
        if self.scopes.iter().any(|s| s.contains_key(name)) {
            return Err(Diag::input(pos, format!("redefinition of SSA value '%{name}'")));
        }
        self.scopes.last_mut().expect("a scope is open while parsing a function").insert(name.to_string(), ids);
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
        let Some(ids) = self.scopes.iter().rev().find_map(|s| s.get(&name)) else {
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
        let attrs = if self.eat_kw("attributes") { self.dict()? } else { Vec::new() };
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
            attrs.extend(self.dict()?);
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
            attrs.extend(self.dict()?);
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
        if !self.eat(")") {
            loop {
                let apos = self.pos();
                let vname = self.value_name()?;
                self.expect(":")?;
                let ty = self.ty()?;
                let attrs = if self.peek("{") { self.dict()? } else { Vec::new() };
                let loc = self.opt_loc()?;
                let v = self.new_value(ty);
                self.bind(&vname, vec![v], apos)?;
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
        let attrs = if self.eat_kw("attributes") { self.dict()? } else { Vec::new() };
        let mut body = Region::default();
        if self.peek("{") {
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
            attrs.extend(self.dict()?);
            self.expect(">")?;
        }
        self.begin_func();
        self.expect("(")?;
        let body = self.region(&[])?;
        self.expect(")")?;
        if self.peek("{") {
            attrs.extend(self.dict()?);
        }
        self.expect(":")?;
        self.function_type()?;
        let loc = self.opt_loc()?;
        let values = self.end_func();
        let name = match take_attr(&mut attrs, "sym_name") {
            Some(Attr::Str(s)) => s,
            _ => return Err(Diag::input(pos, "'func.func' needs a sym_name")),
        };
        let visibility = match take_attr(&mut attrs, "sym_visibility") {
            Some(Attr::Str(s)) if s == "private" => Visibility::Private,
            Some(Attr::Str(s)) if s == "public" => Visibility::Public,
            _ => Visibility::Default,
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
            self.generic_op_body(name, op_pos)?
        } else {
            let name = self.ident()?;
            let name = match name.as_str() {
                "return" => "func.return".to_string(),
                "call" => "func.call".to_string(),
                _ => name,
            };
            crate::pretty::parse_pretty(self, &name, num_results, op_pos)?
        };
        op.pos = pos;
        // MLIR keeps attribute dictionaries sorted by name; so does the IR, so both text forms
        // of one op compare equal.
        op.attrs.sort_by(|a, b| a.0.cmp(&b.0));
        if op.loc.is_none() {
            op.loc = self.opt_loc()?;
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
            attrs.extend(self.dict()?);
            self.expect(">")?;
        }
        let mut regions = Vec::new();
        if self.eat("(") {
            loop {
                regions.push(self.region(&[])?);
                if self.eat(")") {
                    break;
                }
                self.expect(",")?;
            }
        }
        if self.peek("{") {
            attrs.extend(self.dict()?);
        }
        self.expect(":")?;
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

    /// Parses ops until `}`; the `{` was consumed by the caller.
    pub fn ops_until_close(&mut self) -> DResult<Vec<Op>> {
        let mut ops = Vec::new();
        self.block_ops(&mut ops)?;
        Ok(ops)
    }
}

/// Parses the compact convolution dimension form `[b, 0, 1, f]x[0, 1, i, o]->[b, 0, 1, f]` (or
/// the `raw` form) into the named fields StableHLO's `ConvDimensionNumbers` has.
pub(crate) fn parse_conv_dims(body: &str) -> Option<Vec<(String, Attr)>> {
    let body = body.trim();
    if let Some(raw) = body.strip_prefix("raw") {
        let mut p = Parser::new(raw);
        let end = raw.len();
        return p.struct_fields(end);
    }
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

/// Rounds a decimal literal to the precision of a float element type.
fn round_to(v: f64, elem: ElemType) -> f64 {
    match elem {
        ElemType::F32 => v as f32 as f64,
        ElemType::F16 => half::f16::from_f64(v).to_f64(),
        ElemType::BF16 => half::bf16::from_f64(v).to_f64(),
        _ => v,
    }
}

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

fn is_ident_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '$' || c == '.'
}
