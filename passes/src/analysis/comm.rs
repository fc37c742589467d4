//! What collectives and computation cost: the numbers the intra-op strategy search minimises.
//!
//! A collective runs along one mesh axis or a set of axes of a [`LogicalMesh`]. Over a set, the
//! groups are the product of the axes' groups (n = the product of their sizes) and the set is
//! priced with its slowest axis's alpha and beta (largest of each). `n = 1` costs 0: nothing
//! moves. `bytes` is always the size of the *full* buffer a group collects (the all-reduce
//! operand, the all-gather result, the reduce-scatter operand; for an all-to-all the whole
//! group's buffer, n times one device's, as Alpa prices it); `bytes` for a
//! collective-permute is what one device sends.
//!
//! Two models, chosen by [`CostModel`]:
//!
//! | collective      | [`CostModel::Alpa`] (unitless objective)      | [`CostModel::Analytic`] (seconds, ring algorithms)  |
//! |-----------------|-----------------------------------------------|-----------------------------------------------------|
//! | all-reduce      | a + b·2(n-1)/n·B + 0.01                        | b·2(n-1)/n·B + 2(n-1)·a                             |
//! | all-gather      | a + b·(n-1)/n·B + 0.1                          | b·(n-1)/n·B + (n-1)·a                               |
//! | reduce-scatter  | a + b·(n-1)/n·B + 0.001                        | b·(n-1)/n·B + (n-1)·a                               |
//! | all-to-all      | a + b·(n-1)/n/n·B·(n/2) + 0.001                | b·(n-1)/n/n·B + (n-1)·a                             |
//! | send (permute)  | a + b·B                                        | b·B + a                                             |
//!
//! with a = alpha (s), b = beta (s/byte), B = bytes. The Alpa column is Alpa's
//! `MeshCostModel` verbatim, tie-breaking constants included (they make reduce-scatter <
//! all-reduce < all-gather when the byte terms are equal); with Alpa's default alpha and beta it
//! is not in seconds, and reproducing Alpa's chosen strategies and objectives is its only use.
//! Alpa has no collective-permute cost; the one-message `a + b·B` is ours. The Analytic column
//! is the textbook ring: `n-1` steps (two passes for all-reduce), each moving `B/n` bytes per
//! device and paying one latency; in an all-to-all each device sends `(n-1)/n` of its own
//! buffer (`B/n`), in `n-1` messages.
//!
//! Compute: [`compute_seconds`] is `flops / (peak(dtype) · efficiency)`. Alpa sets compute cost
//! to zero inside the intra-op ILP (every strategy splits heavy ops evenly); the inter-op stage
//! search and memory/throughput reports need it.

use super::cluster::DeviceType;
use super::mesh::LogicalMesh;
use alpa_stablehlo::ElemType;

/// Which formulas price a collective; see the module docs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CostModel {
    /// Ring algorithms in seconds, from a mesh derived from a real cluster.
    Analytic,
    /// Alpa's objective, for reproducing Alpa's plans and published objectives.
    Alpa,
}

/// The devices a collective runs over, as the cost formulas see them.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct CommGroup {
    /// Devices per group: the product of the axes' sizes.
    pub n: usize,
    /// The largest alpha of the axes, seconds.
    pub alpha: f64,
    /// The largest beta of the axes, seconds per byte.
    pub beta: f64,
}

impl CommGroup {
    /// The group along `axes` of `mesh`.
    ///
    /// # Panics
    /// If an axis is not an axis of the mesh or repeats (a caller's bug).
    pub fn of(mesh: &LogicalMesh, axes: &[usize]) -> CommGroup {
        let mut group = CommGroup { n: 1, alpha: 0.0, beta: 0.0 };
        for (i, &a) in axes.iter().enumerate() {
            assert!(a < mesh.rank() && !axes[..i].contains(&a), "axes {axes:?} of a {}-D mesh", mesh.rank());
            group.n *= mesh.shape[a];
            group.alpha = group.alpha.max(mesh.alpha[a]);
            group.beta = group.beta.max(mesh.beta[a]);
        }
        group
    }
}

impl CostModel {
    /// All-reduce of a `bytes` buffer over `axes`.
    pub fn all_reduce(self, mesh: &LogicalMesh, bytes: f64, axes: &[usize]) -> f64 {
        self.collective(CommGroup::of(mesh, axes), bytes, Collective::AllReduce)
    }

    /// All-gather into a `bytes` buffer over `axes`.
    pub fn all_gather(self, mesh: &LogicalMesh, bytes: f64, axes: &[usize]) -> f64 {
        self.collective(CommGroup::of(mesh, axes), bytes, Collective::AllGather)
    }

    /// Reduce-scatter of a `bytes` buffer over `axes`.
    pub fn reduce_scatter(self, mesh: &LogicalMesh, bytes: f64, axes: &[usize]) -> f64 {
        self.collective(CommGroup::of(mesh, axes), bytes, Collective::ReduceScatter)
    }

    /// All-to-all over `axes` of a group buffer of `bytes` (every device's part together).
    pub fn all_to_all(self, mesh: &LogicalMesh, bytes: f64, axes: &[usize]) -> f64 {
        self.collective(CommGroup::of(mesh, axes), bytes, Collective::AllToAll)
    }

    /// Collective-permute along `axes`: every device sends `bytes` to one other device at once.
    pub fn collective_permute(self, mesh: &LogicalMesh, bytes: f64, axes: &[usize]) -> f64 {
        self.collective(CommGroup::of(mesh, axes), bytes, Collective::Permute)
    }

    /// The cost of `kind` over `group`: the table in the module docs.
    fn collective(self, group: CommGroup, bytes: f64, kind: Collective) -> f64 {
        let CommGroup { n, alpha: a, beta: b } = group;
        if n == 1 {
            return 0.0;
        }
        let nf = n as f64;
        let steps = nf - 1.0;
        match (self, kind) {
            (CostModel::Alpa, Collective::AllReduce) => a + b * 2.0 * steps / nf * bytes + 0.01,
            (CostModel::Alpa, Collective::AllGather) => a + b * steps / nf * bytes + 0.1,
            (CostModel::Alpa, Collective::ReduceScatter) => a + b * steps / nf * bytes + 0.001,
            (CostModel::Alpa, Collective::AllToAll) => a + b * steps / nf / nf * bytes * (nf / 2.0) + 0.001,
            (CostModel::Alpa, Collective::Permute) => a + b * bytes,
            (CostModel::Analytic, Collective::AllReduce) => b * 2.0 * steps / nf * bytes + 2.0 * steps * a,
            (CostModel::Analytic, Collective::AllGather | Collective::ReduceScatter) => b * steps / nf * bytes + steps * a,
            (CostModel::Analytic, Collective::AllToAll) => b * steps / nf / nf * bytes + steps * a,
            (CostModel::Analytic, Collective::Permute) => b * bytes + a,
        }
    }
}

#[derive(Clone, Copy, Debug)]
enum Collective {
    AllReduce,
    AllGather,
    ReduceScatter,
    AllToAll,
    Permute,
}

/// Seconds for `flops` floating-point operations in `dtype` on one `device` running at
/// `efficiency` of its peak (usually `device.efficiency`).
pub fn compute_seconds(flops: f64, dtype: ElemType, device: &DeviceType, efficiency: f64) -> f64 {
    flops / (device.peak_flops(dtype) * efficiency)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::cluster::ClusterSpec;

    /// Evaluates `expr` ("ar 32768 0", "ag 100 0,1", ...: collective, bytes, axes) under `model`
    /// on `mesh` and compares with `expected` to 1e-12 relative.
    fn check(model: CostModel, mesh: &LogicalMesh, expr: &str, expected: f64) {
        let words: Vec<&str> = expr.split(' ').collect();
        let bytes: f64 = words[1].parse().unwrap();
        let axes: Vec<usize> = words.get(2).map_or(vec![], |a| a.split(',').map(|x| x.parse().unwrap()).collect());
        let got = match words[0] {
            "ar" => model.all_reduce(mesh, bytes, &axes),
            "ag" => model.all_gather(mesh, bytes, &axes),
            "rs" => model.reduce_scatter(mesh, bytes, &axes),
            "a2a" => model.all_to_all(mesh, bytes, &axes),
            "send" => model.collective_permute(mesh, bytes, &axes),
            other => panic!("unknown collective {other}"),
        };
        assert!((got - expected).abs() <= 1e-12 * expected.abs().max(1.0), "{model:?} {expr} on {}: got {got}, want {expected}", mesh.shape_text());
    }

    #[test]
    fn alpa_formulas_on_a_1d_mesh() {
        let mesh = LogicalMesh::new(vec![4], vec![1.0], vec![1.0]).unwrap();
        let b = 32.0 * 256.0 * 4.0;
        check(CostModel::Alpa, &mesh, "ar 32768 0", 1.0 + 2.0 * 3.0 / 4.0 * 32768.0 + 0.01);
        check(CostModel::Alpa, &mesh, "ag 32768 0", 1.0 + 3.0 / 4.0 * b + 0.1);
        check(CostModel::Alpa, &mesh, "rs 32768 0", 1.0 + 3.0 / 4.0 * b + 0.001);
        check(CostModel::Alpa, &mesh, "a2a 32768 0", 1.0 + 3.0 / 4.0 / 4.0 * b * 2.0 + 0.001);
        check(CostModel::Alpa, &mesh, "send 32768 0", 1.0 + b);
        // No axes, or an axis of size 1: nothing moves.
        check(CostModel::Alpa, &mesh, "ar 32768", 0.0);
        let single = LogicalMesh::new(vec![4, 1], vec![1.0, 1.0], vec![1.0, 1.0]).unwrap();
        for c in ["ar", "ag", "rs", "a2a", "send"] {
            check(CostModel::Alpa, &single, &format!("{c} 32768 1"), 0.0);
            check(CostModel::Analytic, &single, &format!("{c} 32768 1"), 0.0);
        }
    }

    #[test]
    fn tie_breakers_order_equal_byte_terms() {
        // Zero bytes leaves only alpha and the constants: reduce-scatter < all-reduce < all-gather.
        let mesh = LogicalMesh::alpa(vec![4]).unwrap();
        let m = CostModel::Alpa;
        let (rs, ar, ag) = (m.reduce_scatter(&mesh, 0.0, &[0]), m.all_reduce(&mesh, 0.0, &[0]), m.all_gather(&mesh, 0.0, &[0]));
        assert!(rs < ar && ar < ag, "{rs} {ar} {ag}");
    }

    #[test]
    fn published_mlp_objectives() {
        // Alpa's 6-layer MLP, batch 32, hidden 256, f32, on (4,1) and (1,4) with alpha = beta = 1:
        // the Megatron pattern with exactly 5 all-reduces of a batch x hidden activation.
        let activation = 32.0 * 256.0 * 4.0;
        let closed_form = 5.0 * (1.0 + 2.0 * 3.0 / 4.0 * activation + 0.01);
        for (shape, axis) in [(vec![4, 1], 0), (vec![1, 4], 1)] {
            let mesh = LogicalMesh::new(shape, vec![1.0, 1.0], vec![1.0, 1.0]).unwrap();
            let objective: f64 = (0..5).map(|_| CostModel::Alpa.all_reduce(&mesh, activation, &[axis])).sum();
            assert!((objective - closed_form).abs() < 1e-9, "{objective} vs {closed_form}");
        }
        // 2-layer prototype on (4,8) and beta = (1, 0.01): 2*AR(h*h*4/m1, 0) + AR(B*h*4/m0, 1).
        let mesh = LogicalMesh::new(vec![4, 8], vec![1.0, 1.0], vec![1.0, 0.01]).unwrap();
        let (batch, h) = (1024.0, 128.0);
        let ar0 = 1.0 + 1.0 * 2.0 * 3.0 / 4.0 * (h * h * 4.0 / 8.0) + 0.01;
        let ar1 = 1.0 + 0.01 * 2.0 * 7.0 / 8.0 * (batch * h * 4.0 / 4.0) + 0.01;
        let objective = 2.0 * CostModel::Alpa.all_reduce(&mesh, h * h * 4.0 / 8.0, &[0]) + CostModel::Alpa.all_reduce(&mesh, batch * h * 4.0 / 4.0, &[1]);
        assert!((objective - (2.0 * ar0 + ar1)).abs() < 1e-9);
    }

    #[test]
    fn axes_sets_use_the_slowest_axis() {
        // 2x2 with Alpa's beta = (1, 0.1): axis 1 is ten times cheaper per byte.
        let mesh = LogicalMesh::alpa(vec![2, 2]).unwrap();
        check(CostModel::Alpa, &mesh, "ar 1000 1", 1.0 + 0.1 * 2.0 * 1.0 / 2.0 * 1000.0 + 0.01);
        check(CostModel::Alpa, &mesh, "ar 1000 0", 1.0 + 1.0 * 2.0 * 1.0 / 2.0 * 1000.0 + 0.01);
        // Both axes: n = 4, beta = max(1, 0.1).
        check(CostModel::Alpa, &mesh, "ar 1000 0,1", 1.0 + 1.0 * 2.0 * 3.0 / 4.0 * 1000.0 + 0.01);
        check(CostModel::Alpa, &mesh, "ag 1000 1,0", 1.0 + 3.0 / 4.0 * 1000.0 + 0.1);
        assert_eq!(CommGroup::of(&mesh, &[1, 0]), CommGroup { n: 4, alpha: 1.0, beta: 1.0 });
        assert_eq!(CommGroup::of(&mesh, &[]), CommGroup { n: 1, alpha: 0.0, beta: 0.0 });
    }

    #[test]
    fn analytic_ring_seconds() {
        // 8 V100s in one p3 host: 150 GB/s, 5 us per step.
        let p3 = ClusterSpec::preset("p3.16xlarge").unwrap();
        let mesh = LogicalMesh::from_cluster(&p3, vec![8], (0..8).collect()).unwrap();
        let (bw, lat, gb) = (150e9, 5e-6, 1e9);
        check(CostModel::Analytic, &mesh, "ar 1e9 0", 2.0 * 7.0 / 8.0 * gb / bw + 2.0 * 7.0 * lat);
        check(CostModel::Analytic, &mesh, "ag 1e9 0", 7.0 / 8.0 * gb / bw + 7.0 * lat);
        check(CostModel::Analytic, &mesh, "rs 1e9 0", 7.0 / 8.0 * gb / bw + 7.0 * lat);
        // 1 GB spread over 8 devices: each sends 7/8 of its 125 MB.
        check(CostModel::Analytic, &mesh, "a2a 1e9 0", 7.0 / 8.0 / 8.0 * gb / bw + 7.0 * lat);
        check(CostModel::Analytic, &mesh, "send 1e9 0", gb / bw + lat);
        // An all-reduce is a reduce-scatter then an all-gather in the ring model.
        let m = CostModel::Analytic;
        let sum = m.reduce_scatter(&mesh, gb, &[0]) + m.all_gather(&mesh, gb, &[0]);
        assert!((m.all_reduce(&mesh, gb, &[0]) - sum).abs() < 1e-15);
        // Across hosts the 8 groups of a 2x8 mesh share each 25 Gbit/s NIC: ~0.39 GB/s each.
        let two_hosts = LogicalMesh::from_cluster(&p3, vec![2, 8], (0..16).collect()).unwrap();
        check(CostModel::Analytic, &two_hosts, "ar 1e9 0", 2.0 * 1.0 / 2.0 * gb / (3.125e9 / 8.0) + 2.0 * 30e-6);
    }

    #[test]
    fn compute_time() {
        let p3 = ClusterSpec::preset("p3.16xlarge").unwrap();
        let v100 = &p3.devices["V100"];
        assert_eq!(compute_seconds(125e12, ElemType::F16, v100, 1.0), 1.0);
        assert_eq!(compute_seconds(15.7e12, ElemType::F32, v100, 0.5), 2.0);
        // V100 has no bf16 units: bf16 runs at the f32 rate.
        assert_eq!(compute_seconds(15.7e12, ElemType::BF16, v100, 1.0), 1.0);
        let a100 = &ClusterSpec::preset("dgx-a100").unwrap().devices["A100"];
        assert_eq!(compute_seconds(312e12, ElemType::BF16, a100, a100.efficiency), 2.0);
    }
}
