//! The logical device mesh: devices arranged in a 1-D or 2-D grid, with an alpha-beta
//! communication model per axis.
//!
//! Alpa views the devices a computation runs on as a logical mesh (its "logical mesh shape",
//! e.g. 2x4) and prices a collective along mesh axis `i` as `alpha[i] + beta[i] * bytes` plus an
//! algorithm factor (see [`super::comm`]). A mesh's numbers come either from a cluster
//! ([`LogicalMesh::from_cluster`]) or are given outright ([`LogicalMesh::new`], and Alpa's
//! defaults in [`LogicalMesh::alpa`]) for experiments that must reproduce Alpa's objective.
//!
//! Layout: row-major. Mesh coordinate `(i, j)` of a `r x c` mesh is `devices[i * c + j]`, so
//! axis 0 has the first count ("4x1" and "1x4" are different meshes) and a group along axis 1
//! is a row. For `2x4` over devices 0..8, axis 1 groups are `[0,1,2,3]`, `[4,5,6,7]` and axis 0
//! groups `[0,4]`, `[1,5]`, `[2,6]`, `[3,7]`.
//!
//! Invariants ([`LogicalMesh::verify`]): 1 or 2 axes, each of positive size; `devices` holds
//! `shape.iter().product()` distinct ids; one finite, non-negative `alpha` (seconds) and `beta`
//! (seconds per byte) per axis.

use super::cluster::ClusterSpec;
use std::collections::{BTreeMap, BTreeSet};

/// Devices in a 1-D or 2-D grid, with per-axis latency and inverse bandwidth.
#[derive(Clone, Debug, PartialEq)]
pub struct LogicalMesh {
    /// Size of each axis, axis 0 first.
    pub shape: Vec<usize>,
    /// Device ids in row-major mesh order.
    pub devices: Vec<usize>,
    /// Per-axis latency of one message, seconds.
    pub alpha: Vec<f64>,
    /// Per-axis transfer time, seconds per byte (1 / bandwidth).
    pub beta: Vec<f64>,
}

impl LogicalMesh {
    /// Parses a shape: `4` or `2x4`.
    pub fn parse_shape(text: &str) -> Result<Vec<usize>, String> {
        let bad = || format!("invalid mesh shape '{text}': expected 'N' or 'NxM'");
        let shape = text.trim().split('x').map(|s| s.trim().parse::<usize>().map_err(|_| bad())).collect::<Result<Vec<_>, _>>()?;
        if shape.len() > 2 {
            return Err(format!("mesh shape '{text}' has {} axes; only 1-D and 2-D meshes are supported", shape.len()));
        }
        if shape.contains(&0) {
            return Err(format!("mesh shape '{text}' has an axis of size 0"));
        }
        Ok(shape)
    }

    /// Parses a comma-separated list of numbers (`alpha=1,1`, `beta=1,0.1`).
    pub fn parse_floats(text: &str) -> Result<Vec<f64>, String> {
        text.split(',').map(|s| s.trim().parse::<f64>().map_err(|_| format!("invalid number '{}' in '{text}'", s.trim()))).collect()
    }

    /// A mesh over devices `0..n` with the given per-axis alpha and beta.
    pub fn new(shape: Vec<usize>, alpha: Vec<f64>, beta: Vec<f64>) -> Result<LogicalMesh, String> {
        let devices = (0..shape.iter().product()).collect();
        let mesh = LogicalMesh { shape, devices, alpha, beta };
        mesh.verify()?;
        Ok(mesh)
    }

    /// A mesh over devices `0..n` with Alpa's defaults, alpha = (1, 1) and beta = (1, 0.1):
    /// axis 1 (inside a host) ten times cheaper per byte. A 1-D mesh takes axis 0's numbers.
    pub fn alpa(shape: Vec<usize>) -> Result<LogicalMesh, String> {
        let rank = shape.len();
        LogicalMesh::new(shape, [1.0, 1.0][..rank.min(2)].to_vec(), [1.0, 0.1][..rank.min(2)].to_vec())
    }

    /// A mesh of `shape` over `devices` of `cluster`, alpha and beta derived from its links.
    ///
    /// Along an axis every group runs its collective at once, as a ring. A group is as slow as
    /// its slowest edge, and the axis as slow as its slowest group: every host a group touches
    /// contributes its intra-host link; every host of a group that spans hosts also contributes
    /// its network link, whose bandwidth is divided among the axis's spanning groups on that host
    /// (each sends one ring edge's traffic through the host's NICs). alpha is the largest
    /// latency involved, beta 1 / the smallest bandwidth. On a heterogeneous cluster this picks
    /// the slowest link on the axis.
    pub fn from_cluster(cluster: &ClusterSpec, shape: Vec<usize>, devices: Vec<usize>) -> Result<LogicalMesh, String> {
        let n = cluster.num_devices();
        if let Some(d) = devices.iter().find(|&&d| d >= n) {
            return Err(format!("device {d} is not in cluster '{}' of {n} devices", cluster.name));
        }
        let rank = shape.len();
        let mut mesh = LogicalMesh { shape, devices, alpha: vec![0.0; rank], beta: vec![0.0; rank] };
        if rank == 0 || rank > 2 || mesh.shape.contains(&0) {
            return Err(format!("mesh shape {} is not a 1-D or 2-D shape of positive sizes", mesh.shape_text()));
        }
        if mesh.devices.len() != mesh.num_devices() {
            return Err(format!("mesh {} needs {} devices, got {}", mesh.shape_text(), mesh.num_devices(), mesh.devices.len()));
        }
        for axis in 0..rank {
            let (alpha, beta) = axis_alpha_beta(cluster, &mesh.device_groups(axis));
            mesh.alpha[axis] = alpha;
            mesh.beta[axis] = beta;
        }
        mesh.verify()?;
        Ok(mesh)
    }

    /// Number of axes (1 or 2).
    pub fn rank(&self) -> usize {
        self.shape.len()
    }

    /// Number of devices.
    pub fn num_devices(&self) -> usize {
        self.shape.iter().product()
    }

    /// The shape as written: `2x4`.
    pub fn shape_text(&self) -> String {
        self.shape.iter().map(usize::to_string).collect::<Vec<_>>().join("x")
    }

    /// The groups of device ids that communicate along `axis`: one group per position on the
    /// other axes, each in axis order, groups in row-major order of their first member.
    ///
    /// # Panics
    /// If `axis` is not an axis of the mesh (a caller's bug).
    pub fn device_groups(&self, axis: usize) -> Vec<Vec<usize>> {
        assert!(axis < self.rank(), "axis {axis} of a {}-D mesh", self.rank());
        let size = self.shape[axis];
        let stride: usize = self.shape[axis + 1..].iter().product();
        (0..self.num_devices()).filter(|base| (base / stride) % size == 0).map(|base| (0..size).map(|k| self.devices[base + k * stride]).collect()).collect()
    }

    /// Checks the invariants in the module docs.
    pub fn verify(&self) -> Result<(), String> {
        let rank = self.rank();
        if rank == 0 || rank > 2 || self.shape.contains(&0) {
            return Err(format!("mesh shape {} is not a 1-D or 2-D shape of positive sizes", self.shape_text()));
        }
        if self.devices.len() != self.num_devices() {
            return Err(format!("mesh {} needs {} devices, got {}", self.shape_text(), self.num_devices(), self.devices.len()));
        }
        if self.devices.iter().collect::<BTreeSet<_>>().len() != self.devices.len() {
            return Err(format!("mesh {} lists a device twice", self.shape_text()));
        }
        for (what, values) in [("alpha", &self.alpha), ("beta", &self.beta)] {
            if values.len() != rank {
                return Err(format!("mesh {} has {rank} axes but {what} has {} values", self.shape_text(), values.len()));
            }
            if let Some(v) = values.iter().find(|v| !(**v >= 0.0 && v.is_finite())) {
                return Err(format!("{what} must be finite and non-negative, got {v}"));
            }
        }
        Ok(())
    }
}

/// (alpha, beta) of one axis given its device groups; see [`LogicalMesh::from_cluster`].
fn axis_alpha_beta(cluster: &ClusterSpec, groups: &[Vec<usize>]) -> (f64, f64) {
    let hosts_of = |g: &Vec<usize>| -> BTreeSet<usize> { g.iter().map(|&d| cluster.host_of(d).expect("device checked")).collect() };
    let group_hosts: Vec<BTreeSet<usize>> = groups.iter().map(hosts_of).collect();
    // How many of this axis's host-spanning groups send through each host's network link.
    let mut sharing: BTreeMap<usize, usize> = BTreeMap::new();
    for hosts in group_hosts.iter().filter(|h| h.len() > 1) {
        for &h in hosts {
            *sharing.entry(h).or_default() += 1;
        }
    }
    let (mut bandwidth, mut latency) = (f64::INFINITY, 0.0f64);
    for hosts in &group_hosts {
        for &h in hosts {
            let g = cluster.host_group(h).expect("host of a device");
            bandwidth = bandwidth.min(g.intra_host.bandwidth);
            latency = latency.max(g.intra_host.latency);
            if hosts.len() > 1 {
                bandwidth = bandwidth.min(g.inter_host.bandwidth / sharing[&h] as f64);
                latency = latency.max(g.inter_host.latency);
            }
        }
    }
    (latency, 1.0 / bandwidth)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parses `shape` and prints each axis's device groups (`axis0: [0,4] [1,5] | axis1: ...`),
    /// or the error.
    fn check(shape: &str, expected: &str) {
        let got = match LogicalMesh::parse_shape(shape).and_then(LogicalMesh::alpa) {
            Ok(mesh) => {
                let axes: Vec<String> = (0..mesh.rank())
                    .map(|a| {
                        assert_eq!(mesh.device_groups(a), reference_groups(&mesh, a));
                        let groups: Vec<String> = mesh.device_groups(a).iter().map(|g| format!("{g:?}").replace(' ', "")).collect();
                        format!("axis{a}: {}", groups.join(" "))
                    })
                    .collect();
                axes.join(" | ")
            }
            Err(e) => e,
        };
        assert_eq!(got, expected, "shape {shape}");
    }

    /// The obviously-correct version: two devices share an axis-`axis` group when their mesh
    /// coordinates agree on every other axis.
    fn reference_groups(mesh: &LogicalMesh, axis: usize) -> Vec<Vec<usize>> {
        let coords = |i: usize| -> Vec<usize> {
            let mut c = vec![0; mesh.rank()];
            let mut rest = i;
            for a in (0..mesh.rank()).rev() {
                c[a] = rest % mesh.shape[a];
                rest /= mesh.shape[a];
            }
            c
        };
        let others = |i: usize| -> Vec<usize> { coords(i).into_iter().enumerate().filter(|(a, _)| *a != axis).map(|(_, c)| c).collect() };
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for i in 0..mesh.num_devices() {
            match groups.iter_mut().find(|g| others(g[0]) == others(i)) {
                Some(g) => g.push(i),
                None => groups.push(vec![i]),
            }
        }
        groups.into_iter().map(|g| g.into_iter().map(|i| mesh.devices[i]).collect()).collect()
    }

    #[test]
    fn shapes_and_groups() {
        check("4", "axis0: [0,1,2,3]");
        check("2x4", "axis0: [0,4] [1,5] [2,6] [3,7] | axis1: [0,1,2,3] [4,5,6,7]");
        check("4x1", "axis0: [0,1,2,3] | axis1: [0] [1] [2] [3]");
        check("1x4", "axis0: [0] [1] [2] [3] | axis1: [0,1,2,3]");
        check("3x2", "axis0: [0,2,4] [1,3,5] | axis1: [0,1] [2,3] [4,5]");
        check("0", "mesh shape '0' has an axis of size 0");
        check("2x0", "mesh shape '2x0' has an axis of size 0");
        check("2x2x2", "mesh shape '2x2x2' has 3 axes; only 1-D and 2-D meshes are supported");
        check("two", "invalid mesh shape 'two': expected 'N' or 'NxM'");
        check("2x", "invalid mesh shape '2x': expected 'N' or 'NxM'");
        check("", "invalid mesh shape '': expected 'N' or 'NxM'");
        check("-4", "invalid mesh shape '-4': expected 'N' or 'NxM'");
    }

    #[test]
    fn explicit_alpha_beta() {
        let mesh = LogicalMesh::alpa(vec![2, 2]).unwrap();
        assert_eq!((mesh.alpha.clone(), mesh.beta.clone()), (vec![1.0, 1.0], vec![1.0, 0.1]));
        assert_eq!(LogicalMesh::alpa(vec![4]).unwrap().beta, vec![1.0]);
        let beta = LogicalMesh::parse_floats("1, 0.01").unwrap();
        assert_eq!(LogicalMesh::new(vec![4, 8], vec![1.0, 1.0], beta).unwrap().beta, vec![1.0, 0.01]);
        assert_eq!(LogicalMesh::parse_floats("1,x").unwrap_err(), "invalid number 'x' in '1,x'");
        assert_eq!(LogicalMesh::new(vec![2, 2], vec![1.0], vec![1.0, 1.0]).unwrap_err(), "mesh 2x2 has 2 axes but alpha has 1 values");
        assert_eq!(LogicalMesh::new(vec![4], vec![1.0], vec![-1.0]).unwrap_err(), "beta must be finite and non-negative, got -1");
        let mut twice = LogicalMesh::alpa(vec![2]).unwrap();
        twice.devices = vec![3, 3];
        assert_eq!(twice.verify().unwrap_err(), "mesh 2 lists a device twice");
    }

    #[test]
    fn alpha_beta_from_cluster() {
        let p3 = ClusterSpec::preset("p3.16xlarge").unwrap();
        let (nvlink, nic) = (1.0 / 150e9, 1.0 / 3.125e9);
        let mesh = |shape: Vec<usize>, devices: Vec<usize>| LogicalMesh::from_cluster(&p3, shape, devices).unwrap();
        let ab = |m: LogicalMesh| (m.alpha, m.beta);
        // 2x8 over two hosts: axis 1 stays in a host; axis 0's 8 groups share each host's NIC.
        assert_eq!(ab(mesh(vec![2, 8], (0..16).collect())), (vec![30e-6, 5e-6], vec![1.0 / (3.125e9 / 8.0), nvlink]));
        // One ring over both hosts has the NIC to itself.
        assert_eq!(ab(mesh(vec![16], (0..16).collect())), (vec![30e-6], vec![nic]));
        // 4x4 over two hosts: axis 1 rows stay in a host, axis 0's 4 columns cross.
        assert_eq!(ab(mesh(vec![4, 4], (0..16).collect())), (vec![30e-6, 5e-6], vec![1.0 / (3.125e9 / 4.0), nvlink]));
        // 8x1 and 1x8 in one host differ only in which axis has the devices.
        assert_eq!(ab(mesh(vec![1, 8], (8..16).collect())), (vec![5e-6, 5e-6], vec![nvlink, nvlink]));
        // A device subset: devices 4..12 straddle hosts 0 and 1.
        assert_eq!(ab(mesh(vec![2, 4], (4..12).collect())), (vec![30e-6, 5e-6], vec![1.0 / (3.125e9 / 4.0), nvlink]));
        assert_eq!(ab(mesh(vec![4, 2], (4..12).collect())), (vec![30e-6, 5e-6], vec![1.0 / (3.125e9 / 2.0), nvlink]));
        assert_eq!(LogicalMesh::from_cluster(&p3, vec![2, 4], (0..4).collect()).unwrap_err(), "mesh 2x4 needs 8 devices, got 4");
        assert_eq!(LogicalMesh::from_cluster(&p3, vec![2], vec![0, 64]).unwrap_err(), "device 64 is not in cluster 'p3.16xlarge' of 64 devices");
    }

    #[test]
    fn heterogeneous_takes_the_slowest_link() {
        let spec = r#"
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
[[hosts]]
count = 1
device = "V100"
devices_per_host = 4
[[hosts]]
count = 1
device = "A100"
devices_per_host = 4
intra_host = { bandwidth = 300e9, latency = 3e-6 }
inter_host = { bandwidth = 25e9, latency = 10e-6 }
"#;
        let c = ClusterSpec::parse(spec, "mixed.toml").unwrap();
        let m = LogicalMesh::from_cluster(&c, vec![2, 4], (0..8).collect()).unwrap();
        // Axis 1: a V100 row (150 GB/s) and an A100 row (300 GB/s); axis 0 crosses the V100's NIC.
        assert_eq!((m.alpha, m.beta), (vec![30e-6, 5e-6], vec![1.0 / (3.125e9 / 4.0), 1.0 / 150e9]));
        let a100_only = LogicalMesh::from_cluster(&c, vec![4], (4..8).collect()).unwrap();
        assert_eq!((a100_only.alpha, a100_only.beta), (vec![3e-6], vec![1.0 / 300e9]));
    }
}
