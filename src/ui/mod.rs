//! The view: a thin reactive layer over the core. Components read the `Workspace`; they never compute.

mod app;
mod field_input;
mod findings_panel;
mod form;
mod projects_table;
mod report_view;
mod results;
mod workspace;

pub use app::App;
