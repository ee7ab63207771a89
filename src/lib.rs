//! jixiao — 部门整体支出绩效（自评）报告 calculator and report writer.
//!
//! - [`core`]: the pure domain (draft, figures, indicators, findings, documents); native-tested.
//! - `browser`: the edge to the browser (storage, files, links, compression, the report's DOM); wasm only.
//! - `ui`: the Leptos view over the core: the page (feature `app`); wasm only.
//! - `tools`: the on-demand tools, a second Wasm module without Leptos (feature `tools`); wasm only.

pub mod core;

#[cfg(target_arch = "wasm32")]
pub mod browser;
#[cfg(all(target_arch = "wasm32", feature = "tools"))]
pub mod tools;
#[cfg(all(target_arch = "wasm32", feature = "app"))]
pub mod ui;
