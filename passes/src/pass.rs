//! What a pass is: a named rewrite of a [`Module`] with typed options, described once in the
//! registry ([`crate::registry`]) so the CLI, `--help`, `docs/passes.md` and the MLIR pass
//! manager all read the same description.

use alpa_stablehlo::{Diag, Module};
use std::collections::BTreeMap;

/// A pass over a whole module. Passes hold no global mutable state.
pub trait Pass {
    /// Runs the pass; returns whether the module changed.
    fn run(&self, module: &mut Module) -> Result<bool, Diag>;
}

/// The type of a pass option's value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OptionKind {
    /// `true` or `false`.
    Bool,
    /// A non-negative integer.
    Int,
    /// Free text.
    Text,
    /// One of the listed words.
    Choice(&'static [&'static str]),
    /// `auto` or a positive integer.
    AutoOrCount,
}

/// One option a pass accepts, as `--alpa-pass="name=value"`.
#[derive(Clone, Copy, Debug)]
pub struct OptionInfo {
    /// The option's name.
    pub name: &'static str,
    /// Its value type.
    pub kind: OptionKind,
    /// The value when not given.
    pub default: &'static str,
    /// One line of help.
    pub help: &'static str,
}

/// The option values given to one pass, validated against its [`OptionInfo`]s.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct PassOptions {
    values: BTreeMap<String, String>,
}

impl PassOptions {
    /// Parses `a=1 b=x` or `a=1,b=x` (the text inside `{...}` or after `--alpa-pass=`).
    pub fn parse(text: &str, infos: &[OptionInfo], pass: &str) -> Result<PassOptions, String> {
        let mut values = BTreeMap::new();
        // Items are separated by whitespace or commas; a comma-separated piece that is not
        // `key=value` or an option name continues the previous value (`alpha=1,1`).
        let mut items: Vec<String> = Vec::new();
        for piece in text.split(|c: char| c == ',' || c.is_whitespace()).filter(|s| !s.is_empty()) {
            let starts_item = piece.contains('=') || infos.iter().any(|i| i.name == piece);
            match items.last_mut() {
                Some(last) if !starts_item && last.contains('=') => {
                    last.push(',');
                    last.push_str(piece);
                }
                _ => items.push(piece.to_string()),
            }
        }
        for item in items.iter().map(String::as_str) {
            let (key, value) = item.split_once('=').unwrap_or((item, "true"));
            let Some(info) = infos.iter().find(|i| i.name == key) else {
                let known: Vec<&str> = infos.iter().map(|i| i.name).collect();
                return Err(if known.is_empty() { format!("'{pass}' takes no options, got '{key}'") } else { format!("'{pass}' has no option '{key}' (options: {})", known.join(", ")) });
            };
            check_value(info, value, pass)?;
            values.insert(key.to_string(), value.to_string());
        }
        for info in infos {
            values.entry(info.name.to_string()).or_insert_with(|| info.default.to_string());
        }
        Ok(PassOptions { values })
    }

    /// The value of option `name` as text.
    pub fn text(&self, name: &str) -> &str {
        self.values.get(name).map(String::as_str).unwrap_or("")
    }

    /// The value of a `Bool` option.
    pub fn flag(&self, name: &str) -> bool {
        self.text(name) == "true"
    }

    /// The value of an `Int` option.
    pub fn int(&self, name: &str) -> u64 {
        self.text(name).parse().unwrap_or(0)
    }

    /// Sets option `name` (a driver flag standing for a pass option, e.g. `--alpa-plan-json`).
    pub fn set(&mut self, name: &str, value: &str) {
        self.values.insert(name.to_string(), value.to_string());
    }

    /// `name=value` pairs in the MLIR pipeline syntax (`{a=1 b=2}`), empty when none.
    pub fn to_pipeline_text(&self) -> String {
        if self.values.is_empty() {
            return String::new();
        }
        let items: Vec<String> = self.values.iter().map(|(k, v)| format!("{k}={v}")).collect();
        format!("{{{}}}", items.join(" "))
    }
}

fn check_value(info: &OptionInfo, value: &str, pass: &str) -> Result<(), String> {
    let ok = match info.kind {
        OptionKind::Bool => value == "true" || value == "false",
        OptionKind::Int => value.parse::<u64>().is_ok(),
        OptionKind::Text => true,
        OptionKind::Choice(words) => words.contains(&value),
        OptionKind::AutoOrCount => value == "auto" || value.parse::<u64>().is_ok_and(|n| n > 0),
    };
    if ok {
        return Ok(());
    }
    let want = match info.kind {
        OptionKind::Bool => "true or false".to_string(),
        OptionKind::Int => "a non-negative integer".to_string(),
        OptionKind::Text => unreachable!("text options accept anything"),
        OptionKind::Choice(words) => words.join(" | "),
        OptionKind::AutoOrCount => "auto or a positive integer".to_string(),
    };
    Err(format!("invalid value '{value}' for option '{}' of '{pass}': expected {want}", info.name))
}

#[cfg(test)]
mod tests {
    use super::*;

    const INFOS: &[OptionInfo] = &[
        OptionInfo { name: "unroll", kind: OptionKind::Bool, default: "false", help: "" },
        OptionInfo { name: "max", kind: OptionKind::Int, default: "64", help: "" },
        OptionInfo { name: "mode", kind: OptionKind::Choice(&["a", "b"]), default: "a", help: "" },
    ];

    fn check(text: &str, want: Result<&str, &str>) {
        let got = PassOptions::parse(text, INFOS, "alpa-x").map(|o| o.to_pipeline_text());
        assert_eq!(got.as_deref().map_err(String::as_str), want);
    }

    #[test]
    fn options() {
        check("", Ok("{max=64 mode=a unroll=false}"));
        check("unroll max=3", Ok("{max=3 mode=a unroll=true}"));
        check("mode=b,max=1", Ok("{max=1 mode=b unroll=false}"));
        check("mode=b,unroll", Ok("{max=64 mode=b unroll=true}"));
        check("bogus=1", Err("'alpa-x' has no option 'bogus' (options: unroll, max, mode)"));
        check("max=-1", Err("invalid value '-1' for option 'max' of 'alpa-x': expected a non-negative integer"));
        check("mode=c", Err("invalid value 'c' for option 'mode' of 'alpa-x': expected a | b"));
    }
}
