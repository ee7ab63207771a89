//! jixiao — 部门整体支出绩效（自评）报告 calculator and report writer.
//!
//! - [`core`]: the pure domain (draft, figures, indicators, findings, documents); native-tested.
//! - `browser`: the edge to the browser (storage); wasm only.
//! - `ui`: the Leptos view over the core; wasm only.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(target_arch = "wasm32")]
pub mod ui;
