//! The tools module: its exports live in `jixiao::tools`; there is nothing to start.

#[cfg(target_arch = "wasm32")]
pub use jixiao::tools::*;

fn main() {}
