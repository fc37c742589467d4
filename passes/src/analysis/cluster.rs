//! The physical cluster: hosts, their devices, and the links between them.
//!
//! A [`ClusterSpec`] is read from TOML (a built-in preset under `passes/clusters/` or a user's
//! file) and is what the mesh ([`super::mesh`]) and cost ([`super::comm`]) analyses derive their
//! numbers from. The format:
//!
//! ```toml
//! name = "mixed"                       # optional; defaults to the file name
//! [devices.V100]                       # one table per device type
//! memory_bytes = 17_179_869_184
//! peak_flops = { f32 = 15.7e12, f16 = 125e12 }   # optional: bf16, tf32
//! efficiency = 0.45                    # fraction of peak a real program reaches, in (0, 1]
//! memory_bandwidth = 900e9             # optional: bytes/s of device memory (roofline term)
//! [links.intra_host]                   # between devices of one host (bytes/s, s)
//! bandwidth = 150e9
//! latency = 5e-6
//! [links.inter_host]                   # one host's NIC(s) to the network (bytes/s, s)
//! bandwidth = 3.125e9
//! latency = 30e-6
//! [[hosts]]                            # host groups, in device-numbering order
//! count = 2
//! device = "V100"
//! devices_per_host = 8
//! # intra_host = { bandwidth = ..., latency = ... }  optional per-group link overrides
//! ```
//!
//! Numbering: hosts are numbered in the order of their host groups, and devices host by host,
//! so host group `[count=2, 8 per host]` followed by `[count=1, 4 per host]` owns devices 0..16
//! (hosts 0 and 1) and 16..20 (host 2).
//!
//! Invariants (checked by [`ClusterSpec::verify`], guaranteed by [`ClusterSpec::parse`]): at
//! least one host group; every group names a defined device type and has positive counts; every
//! bandwidth, memory size and peak is positive and finite; latencies are finite and not
//! negative; efficiencies lie in (0, 1].

use alpa_stablehlo::ir::Pos;
use alpa_stablehlo::{Diag, ElemType};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::ops::Range;
use toml::Spanned;

/// Peak arithmetic throughput of one device, FLOP/s per element type.
#[derive(Clone, Debug, PartialEq)]
pub struct PeakFlops {
    /// Plain f32 (and, as an approximation, f64 and integer) arithmetic.
    pub f32: f64,
    /// f16, on tensor cores where the device has them.
    pub f16: f64,
    /// bf16; `None` where the device has no bf16 units (it then runs at the f32 rate).
    pub bf16: Option<f64>,
    /// TF32 tensor-core rate for f32 dots; recorded for a future precision option, not used by
    /// [`DeviceType::peak_flops`], which stays conservative and uses `f32`.
    pub tf32: Option<f64>,
}

/// A kind of accelerator.
#[derive(Clone, Debug, PartialEq)]
pub struct DeviceType {
    /// The name host groups refer to it by (`V100`).
    pub name: String,
    /// Memory per device, bytes.
    pub memory_bytes: u64,
    /// Peak throughput per element type.
    pub peak: PeakFlops,
    /// The fraction of peak a real program reaches, in (0, 1].
    pub efficiency: f64,
    /// Device-memory bytes per second; when given, an op takes at least the time to write its
    /// results (and a heavy op to read its operands) at this rate.
    pub memory_bandwidth: Option<f64>,
}

impl DeviceType {
    /// Peak FLOP/s for arithmetic in `dtype`. f16 uses the f16 peak, bf16 the bf16 peak (the
    /// f32 peak where the device has none); everything else the f32 peak.
    pub fn peak_flops(&self, dtype: ElemType) -> f64 {
        match dtype {
            ElemType::F16 => self.peak.f16,
            ElemType::BF16 => self.peak.bf16.unwrap_or(self.peak.f32),
            _ => self.peak.f32,
        }
    }
}

/// A point-to-point link: how fast and how soon bytes arrive.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Link {
    /// Bytes per second, per direction.
    pub bandwidth: f64,
    /// Seconds before the first byte arrives (per message).
    pub latency: f64,
}

/// `count` identical hosts.
#[derive(Clone, Debug, PartialEq)]
pub struct HostGroup {
    /// How many hosts.
    pub count: usize,
    /// The device type every device of these hosts has (a key of [`ClusterSpec::devices`]).
    pub device: String,
    /// Devices in each host.
    pub devices_per_host: usize,
    /// Link between two devices of one of these hosts (the cluster's default unless overridden).
    pub intra_host: Link,
    /// One of these hosts' network bandwidth (all its NICs together) and latency.
    pub inter_host: Link,
}

/// A cluster of hosts with devices; see the module docs for the format and invariants.
#[derive(Clone, Debug, PartialEq)]
pub struct ClusterSpec {
    /// The spec's name (its `name` key, else the file name it was read from).
    pub name: String,
    /// Device types by name.
    pub devices: BTreeMap<String, DeviceType>,
    /// Host groups in numbering order.
    pub hosts: Vec<HostGroup>,
}

/// The built-in presets: name and TOML text.
pub const PRESETS: [(&str, &str); 4] = [
    ("cpu", include_str!("../../clusters/cpu.toml")),
    ("dgx-a100", include_str!("../../clusters/dgx-a100.toml")),
    ("dgx-h100", include_str!("../../clusters/dgx-h100.toml")),
    ("p3.16xlarge", include_str!("../../clusters/p3.16xlarge.toml")),
];

impl ClusterSpec {
    /// Parses a TOML spec. Errors are input errors located in `text`; `file_name` names the
    /// spec when it has no `name` key.
    pub fn parse(text: &str, file_name: &str) -> Result<ClusterSpec, Diag> {
        let raw: RawSpec = toml::from_str(text).map_err(|e| toml_diag(text, &e))?;
        let at = |span: Range<usize>, msg: String| Diag::input(pos_at(text, span.start), msg);

        let mut devices = BTreeMap::new();
        let start = Pos { line: 1, col: 1 };
        if raw.devices.is_empty() {
            return Err(Diag::input(start, "`devices` defines no device type"));
        }
        for (name, d) in raw.devices {
            let memory = positive(&d.memory_bytes, "memory_bytes").map_err(|m| at(d.memory_bytes.span(), m))?;
            if memory.fract() != 0.0 {
                return Err(at(d.memory_bytes.span(), format!("`memory_bytes` must be a whole number, got {memory}")));
            }
            let p = &d.peak_flops;
            let peak = PeakFlops {
                f32: positive(&p.f32, "f32").map_err(|m| at(p.f32.span(), m))?,
                f16: positive(&p.f16, "f16").map_err(|m| at(p.f16.span(), m))?,
                bf16: p.bf16.as_ref().map(|v| positive(v, "bf16").map_err(|m| at(v.span(), m))).transpose()?,
                tf32: p.tf32.as_ref().map(|v| positive(v, "tf32").map_err(|m| at(v.span(), m))).transpose()?,
            };
            let efficiency = *d.efficiency.get_ref();
            if !(efficiency > 0.0 && efficiency <= 1.0) {
                return Err(at(d.efficiency.span(), format!("`efficiency` must be in (0, 1], got {efficiency}")));
            }
            let memory_bandwidth = d.memory_bandwidth.as_ref().map(|v| positive(v, "memory_bandwidth").map_err(|m| at(v.span(), m))).transpose()?;
            let device = DeviceType { name: name.clone(), memory_bytes: memory as u64, peak, efficiency, memory_bandwidth };
            devices.insert(name, device);
        }

        let default_intra = link(&raw.links.intra_host).map_err(|(s, m)| at(s, m))?;
        let default_inter = link(&raw.links.inter_host).map_err(|(s, m)| at(s, m))?;
        if raw.hosts.is_empty() {
            return Err(Diag::input(start, "`hosts` lists no host group"));
        }
        let mut hosts = Vec::new();
        for g in raw.hosts {
            let count = positive_int(&g.count, "count").map_err(|m| at(g.count.span(), m))?;
            let per_host = positive_int(&g.devices_per_host, "devices_per_host").map_err(|m| at(g.devices_per_host.span(), m))?;
            let device = g.device.get_ref();
            if !devices.contains_key(device) {
                let known: Vec<&str> = devices.keys().map(String::as_str).collect();
                let msg = format!("unknown device type `{device}` (defined: {})", known.join(", "));
                return Err(at(g.device.span(), msg));
            }
            let intra_host = match &g.intra_host {
                Some(l) => link(l).map_err(|(s, m)| at(s, m))?,
                None => default_intra,
            };
            let inter_host = match &g.inter_host {
                Some(l) => link(l).map_err(|(s, m)| at(s, m))?,
                None => default_inter,
            };
            hosts.push(HostGroup { count, device: device.clone(), devices_per_host: per_host, intra_host, inter_host });
        }
        let name = raw.name.unwrap_or_else(|| file_stem(file_name));
        let spec = ClusterSpec { name, devices, hosts };
        debug_assert_eq!(spec.verify(), Ok(()));
        Ok(spec)
    }

    /// A built-in preset by name (see [`PRESETS`]), or `None`.
    pub fn preset(name: &str) -> Option<ClusterSpec> {
        let (file, text) = PRESETS.iter().find(|(n, _)| *n == name)?;
        // The presets are part of the compiler; a test parses every one of them.
        Some(ClusterSpec::parse(text, file).expect("built-in cluster preset parses"))
    }

    /// A preset name, else the path of a TOML spec. Errors are rendered (`file:line:col: error:
    /// ...`) because a file's diagnostics only make sense with its name.
    pub fn load(name_or_path: &str) -> Result<ClusterSpec, String> {
        if let Some(spec) = ClusterSpec::preset(name_or_path) {
            return Ok(spec);
        }
        let text = std::fs::read_to_string(name_or_path).map_err(|e| {
            let names: Vec<&str> = PRESETS.iter().map(|(n, _)| *n).collect();
            format!("cluster '{name_or_path}' is neither a preset ({}) nor a readable file: {e}", names.join(", "))
        })?;
        ClusterSpec::parse(&text, name_or_path).map_err(|d| d.render(name_or_path))
    }

    /// The same cluster with `hosts` hosts of `per_host` devices each (the `hosts=N`,
    /// `devices-per-host=M` overrides). Only for homogeneous specs: one device type and one set
    /// of links, so that the new shape is unambiguous.
    pub fn with_shape(&self, hosts: usize, per_host: usize) -> Result<ClusterSpec, String> {
        if hosts == 0 || per_host == 0 {
            return Err(format!("a cluster needs at least one host and device, got {hosts}x{per_host}"));
        }
        let first = &self.hosts[0];
        let same = |g: &HostGroup| g.device == first.device && g.intra_host == first.intra_host && g.inter_host == first.inter_host;
        if !self.hosts.iter().all(same) {
            return Err(format!("cluster '{}' mixes host kinds; its shape cannot be overridden", self.name));
        }
        let group = HostGroup { count: hosts, devices_per_host: per_host, ..first.clone() };
        Ok(ClusterSpec { name: self.name.clone(), devices: self.devices.clone(), hosts: vec![group] })
    }

    /// Checks the invariants in the module docs.
    pub fn verify(&self) -> Result<(), String> {
        let finite_pos = |v: f64| v > 0.0 && v.is_finite();
        if self.hosts.is_empty() {
            return Err(format!("cluster '{}' has no host group", self.name));
        }
        for (name, d) in &self.devices {
            if *name != d.name {
                return Err(format!("device type `{name}` is stored as `{}`", d.name));
            }
            let peaks = [Some(d.peak.f32), Some(d.peak.f16), d.peak.bf16, d.peak.tf32];
            if d.memory_bytes == 0 || !peaks.into_iter().flatten().all(finite_pos) {
                return Err(format!("device type `{name}` has a non-positive size or peak"));
            }
            if !(d.efficiency > 0.0 && d.efficiency <= 1.0) {
                return Err(format!("device type `{name}` has efficiency {} outside (0, 1]", d.efficiency));
            }
        }
        for (i, g) in self.hosts.iter().enumerate() {
            if !self.devices.contains_key(&g.device) {
                return Err(format!("host group {i} names unknown device type `{}`", g.device));
            }
            if g.count == 0 || g.devices_per_host == 0 {
                return Err(format!("host group {i} is empty"));
            }
            for l in [g.intra_host, g.inter_host] {
                if !(finite_pos(l.bandwidth) && l.latency >= 0.0 && l.latency.is_finite()) {
                    return Err(format!("host group {i} has a bad link {l:?}"));
                }
            }
        }
        Ok(())
    }

    /// Number of hosts.
    pub fn num_hosts(&self) -> usize {
        self.hosts.iter().map(|g| g.count).sum()
    }

    /// Number of devices.
    pub fn num_devices(&self) -> usize {
        self.hosts.iter().map(|g| g.count * g.devices_per_host).sum()
    }

    /// The host group of host `host`, or `None` past the last host.
    pub fn host_group(&self, host: usize) -> Option<&HostGroup> {
        let mut first = 0;
        for g in &self.hosts {
            if host < first + g.count {
                return Some(g);
            }
            first += g.count;
        }
        None
    }

    /// The host of device `device`, or `None` past the last device.
    pub fn host_of(&self, device: usize) -> Option<usize> {
        let (mut first_host, mut first_device) = (0, 0);
        for g in &self.hosts {
            let n = g.count * g.devices_per_host;
            if device < first_device + n {
                return Some(first_host + (device - first_device) / g.devices_per_host);
            }
            first_host += g.count;
            first_device += n;
        }
        None
    }

    /// The device type of device `device`, or `None` past the last device.
    pub fn device_type(&self, device: usize) -> Option<&DeviceType> {
        let host = self.host_of(device)?;
        Some(&self.devices[&self.host_group(host)?.device])
    }

    /// Of the given devices, the one slowest at `dtype` arithmetic (lowest peak x efficiency):
    /// the device that paces an SPMD program on a heterogeneous mesh. `None` when `devices` is
    /// empty or names a device past the last.
    pub fn slowest_device(&self, devices: &[usize], dtype: ElemType) -> Option<&DeviceType> {
        let mut slowest: Option<&DeviceType> = None;
        for &d in devices {
            let t = self.device_type(d)?;
            let rate = |t: &DeviceType| t.peak_flops(dtype) * t.efficiency;
            if slowest.is_none_or(|s| rate(t) < rate(s)) {
                slowest = Some(t);
            }
        }
        slowest
    }
}

// The TOML schema. `Spanned` keeps each value's byte range so a bad value is reported where it
// is written; `deny_unknown_fields` turns a misspelt key into an error rather than a default.

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSpec {
    name: Option<String>,
    // Not `Spanned`: toml cannot span a `[devices.X]` table or a `[[hosts]]` array.
    devices: BTreeMap<String, RawDevice>,
    links: RawLinks,
    hosts: Vec<RawHostGroup>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDevice {
    memory_bytes: Spanned<f64>,
    peak_flops: RawPeak,
    efficiency: Spanned<f64>,
    memory_bandwidth: Option<Spanned<f64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPeak {
    f32: Spanned<f64>,
    f16: Spanned<f64>,
    bf16: Option<Spanned<f64>>,
    tf32: Option<Spanned<f64>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLinks {
    intra_host: RawLink,
    inter_host: RawLink,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLink {
    bandwidth: Spanned<f64>,
    latency: Spanned<f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHostGroup {
    count: Spanned<i64>,
    device: Spanned<String>,
    devices_per_host: Spanned<i64>,
    intra_host: Option<RawLink>,
    inter_host: Option<RawLink>,
}

fn positive(v: &Spanned<f64>, key: &str) -> Result<f64, String> {
    let v = *v.get_ref();
    if v > 0.0 && v.is_finite() { Ok(v) } else { Err(format!("`{key}` must be a positive number, got {v}")) }
}

fn positive_int(v: &Spanned<i64>, key: &str) -> Result<usize, String> {
    match usize::try_from(*v.get_ref()) {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(format!("`{key}` must be a positive integer, got {}", v.get_ref())),
    }
}

fn link(raw: &RawLink) -> Result<Link, (Range<usize>, String)> {
    let bandwidth = positive(&raw.bandwidth, "bandwidth").map_err(|m| (raw.bandwidth.span(), m))?;
    let latency = *raw.latency.get_ref();
    if !(latency >= 0.0 && latency.is_finite()) {
        return Err((raw.latency.span(), format!("`latency` must be a non-negative number, got {latency}")));
    }
    Ok(Link { bandwidth, latency })
}

/// Turns a TOML error into a located input error. toml's messages may span lines ("invalid
/// table header\nexpected ..."); a diagnostic is one line, so the lines are joined.
fn toml_diag(text: &str, e: &toml::de::Error) -> Diag {
    let pos = e.span().map_or(Pos { line: 1, col: 1 }, |s| pos_at(text, s.start));
    let message: Vec<&str> = e.message().lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    Diag::input(pos, message.join(": "))
}

/// The 1-based line and column (in characters) of byte `offset` of `text`.
fn pos_at(text: &str, offset: usize) -> Pos {
    let mut end = offset.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let before = &text[..end];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    Pos { line: line as u32, col: col as u32 }
}

fn file_stem(file_name: &str) -> String {
    let base = file_name.rsplit(['/', '\\']).next().unwrap_or(file_name);
    base.strip_suffix(".toml").unwrap_or(base).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parses `spec` as `test.toml`; `expected` is the rendered error, or for a good spec a
    /// summary `name: hosts x devices [types]`.
    fn check(spec: &str, expected: &str) {
        let got = match ClusterSpec::parse(spec, "test.toml") {
            Ok(c) => {
                assert_eq!(c.verify(), Ok(()));
                let types: Vec<&str> = c.devices.keys().map(String::as_str).collect();
                format!("{}: {} hosts, {} devices [{}]", c.name, c.num_hosts(), c.num_devices(), types.join(","))
            }
            Err(d) => d.render("test.toml"),
        };
        assert_eq!(got, expected, "spec:\n{spec}");
    }

    const GOOD: &str = r#"
[devices.V100]
memory_bytes = 17_179_869_184
peak_flops = { f32 = 15.7e12, f16 = 125e12 }
efficiency = 0.5

[links.intra_host]
bandwidth = 150e9
latency = 5e-6

[links.inter_host]
bandwidth = 3_125_000_000
latency = 0

[[hosts]]
count = 2
device = "V100"
devices_per_host = 8
"#;

    #[test]
    fn good_specs() {
        check(GOOD, "test: 2 hosts, 16 devices [V100]");
        check(&format!("name = \"mine\"\n{GOOD}"), "mine: 2 hosts, 16 devices [V100]");
    }

    #[test]
    fn presets_parse_and_verify() {
        let summary: Vec<String> = PRESETS
            .iter()
            .map(|(name, _)| {
                let c = ClusterSpec::preset(name).unwrap();
                assert_eq!(c.verify(), Ok(()));
                assert_eq!(c.name, *name);
                format!("{name}: {}x{}", c.num_hosts(), c.hosts[0].devices_per_host)
            })
            .collect();
        assert_eq!(summary, ["cpu: 1x8", "dgx-a100: 1x8", "dgx-h100: 1x8", "p3.16xlarge: 8x8"]);
        assert!(ClusterSpec::preset("tpu-v4").is_none());
        let p3 = ClusterSpec::load("p3.16xlarge").unwrap();
        let v100 = &p3.devices["V100"];
        assert_eq!((v100.memory_bytes, v100.peak_flops(ElemType::F16), v100.peak_flops(ElemType::BF16)), (16 << 30, 125e12, 15.7e12));
        assert_eq!((p3.hosts[0].intra_host.bandwidth, p3.hosts[0].inter_host.bandwidth), (150e9, 3.125e9));
        let h100 = &ClusterSpec::load("dgx-h100").unwrap().devices["H100"];
        assert_eq!((h100.peak_flops(ElemType::BF16), h100.peak_flops(ElemType::F32)), (989e12, 67e12));
    }

    #[test]
    fn located_errors() {
        // Syntax error: an unterminated table header.
        check("[devices.V100\n", "test.toml:1:14: error: invalid table header: expected `.`, `]`");
        // Unknown key, reported at the key.
        check(
            &GOOD.replace("efficiency = 0.5", "efficiency = 0.5\nspeed = 1"),
            "test.toml:6:1: error: unknown field `speed`, expected one of `memory_bytes`, `peak_flops`, `efficiency`, `memory_bandwidth`",
        );
        // A host group naming an undefined device type, at the name.
        check(&GOOD.replace("device = \"V100\"", "device = \"A100\""), "test.toml:17:10: error: unknown device type `A100` (defined: V100)");
        // Non-positive sizes and bandwidths, at the value.
        check(&GOOD.replace("count = 2", "count = 0"), "test.toml:16:9: error: `count` must be a positive integer, got 0");
        check(&GOOD.replace("devices_per_host = 8", "devices_per_host = -8"), "test.toml:18:20: error: `devices_per_host` must be a positive integer, got -8");
        check(&GOOD.replace("bandwidth = 150e9", "bandwidth = 0.0"), "test.toml:8:13: error: `bandwidth` must be a positive number, got 0");
        check(&GOOD.replace("latency = 5e-6", "latency = -1"), "test.toml:9:11: error: `latency` must be a non-negative number, got -1");
        check(&GOOD.replace("f16 = 125e12", "f16 = nan"), "test.toml:4:37: error: `f16` must be a positive number, got NaN");
        check(&GOOD.replace("efficiency = 0.5", "efficiency = 2"), "test.toml:5:14: error: `efficiency` must be in (0, 1], got 2");
        check(&GOOD.replace("efficiency = 0.5", "efficiency = 0.5\nmemory_bandwidth = 0"), "test.toml:6:20: error: `memory_bandwidth` must be a positive number, got 0");
        check(&GOOD.replace("17_179_869_184", "1.5"), "test.toml:3:16: error: `memory_bytes` must be a whole number, got 1.5");
        // Missing fields, at the table that lacks them.
        check(&GOOD.replace("latency = 5e-6", ""), "test.toml:7:1: error: missing field `latency`");
        check(&GOOD.replace("[[hosts]]\ncount = 2\ndevice = \"V100\"\ndevices_per_host = 8\n", ""), "test.toml:1:1: error: missing field `hosts`");
        // Empty lists, at the start (toml gives no span for tables).
        let no_hosts = GOOD.replace("[[hosts]]\ncount = 2\ndevice = \"V100\"\ndevices_per_host = 8\n", "");
        check(&format!("hosts = []\n{no_hosts}"), "test.toml:1:1: error: `hosts` lists no host group");
        // A value of the wrong type, at the value.
        check(&GOOD.replace("count = 2", "count = \"2\""), "test.toml:16:9: error: invalid type: string \"2\", expected i64");
    }

    #[test]
    fn heterogeneous() {
        let spec = r#"
name = "mixed"
[devices.V100]
memory_bytes = 17_179_869_184
peak_flops = { f32 = 15.7e12, f16 = 125e12 }
efficiency = 0.45
[devices.A100]
memory_bytes = 85_899_345_920
peak_flops = { f32 = 19.5e12, f16 = 312e12, bf16 = 312e12 }
efficiency = 0.5
[links]
intra_host = { bandwidth = 150e9, latency = 5e-6 }
inter_host = { bandwidth = 3.125e9, latency = 30e-6 }
"#;
        // Keys after `[links]` belong to it: a top-level `hosts = [...]` must come first.
        check(&format!("{spec}hosts = []\n"), "test.toml:14:1: error: unknown field `hosts`, expected `intra_host` or `inter_host`");
        let spec = &format!(
            r#"hosts = [
  {{ count = 2, device = "V100", devices_per_host = 8 }},
  {{ count = 1, device = "A100", devices_per_host = 4, intra_host = {{ bandwidth = 300e9, latency = 3e-6 }} }},
]{spec}"#
        );
        check(spec, "mixed: 3 hosts, 20 devices [A100,V100]");
        let c = ClusterSpec::parse(spec, "mixed.toml").unwrap();
        let placement: Vec<(Option<usize>, Option<&str>)> = [0, 7, 8, 15, 16, 19, 20].iter().map(|&d| (c.host_of(d), c.device_type(d).map(|t| t.name.as_str()))).collect();
        assert_eq!(placement, [(Some(0), Some("V100")), (Some(0), Some("V100")), (Some(1), Some("V100")), (Some(1), Some("V100")), (Some(2), Some("A100")), (Some(2), Some("A100")), (None, None)]);
        assert_eq!(c.host_group(2).unwrap().intra_host.bandwidth, 300e9);
        assert_eq!(c.host_group(0).unwrap().intra_host.bandwidth, 150e9);
        assert_eq!(c.slowest_device(&[16, 3], ElemType::F16).unwrap().name, "V100");
        assert_eq!(c.slowest_device(&[16, 17], ElemType::F16).unwrap().name, "A100");
        assert_eq!(c.with_shape(4, 8).unwrap_err(), "cluster 'mixed' mixes host kinds; its shape cannot be overridden");
    }

    #[test]
    fn shape_override_and_load() {
        let c = ClusterSpec::preset("dgx-a100").unwrap().with_shape(4, 2).unwrap();
        assert_eq!((c.num_hosts(), c.num_devices(), c.host_of(5)), (4, 8, Some(2)));
        assert_eq!(c.verify(), Ok(()));
        assert_eq!(c.with_shape(0, 8).unwrap_err(), "a cluster needs at least one host and device, got 0x8");

        let dir = std::env::temp_dir().join(format!("alpa-cluster-test-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("two.toml");
        std::fs::write(&path, GOOD.replace("count = 2", "count = -2")).unwrap();
        let p = path.to_str().unwrap();
        assert_eq!(ClusterSpec::load(p).unwrap_err(), format!("{p}:16:9: error: `count` must be a positive integer, got -2"));
        std::fs::write(&path, GOOD).unwrap();
        assert_eq!(ClusterSpec::load(p).unwrap().name, "two");
        std::fs::remove_dir_all(&dir).unwrap();
        assert!(ClusterSpec::load("no/such.toml").unwrap_err().starts_with("cluster 'no/such.toml' is neither a preset (cpu, dgx-a100, dgx-h100, p3.16xlarge) nor a readable file: "));
    }

    #[test]
    fn verify_rejects_broken_specs() {
        let mut c = ClusterSpec::preset("cpu").unwrap();
        c.hosts[0].device = "gpu".into();
        assert_eq!(c.verify(), Err("host group 0 names unknown device type `gpu`".into()));
        let mut c = ClusterSpec::preset("cpu").unwrap();
        c.devices.get_mut("cpu").unwrap().efficiency = 0.0;
        assert_eq!(c.verify(), Err("device type `cpu` has efficiency 0 outside (0, 1]".into()));
    }
}
