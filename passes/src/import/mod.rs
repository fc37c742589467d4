//! The import phase: from the module JAX exported to the canonical form later phases start
//! from (see the `alpa-import` pipeline).

pub mod inline;
pub mod print_summary;
pub mod unroll_while;
pub mod verify;
