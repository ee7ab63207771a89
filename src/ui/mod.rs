//! The view: a thin reactive layer over the core. Components read the `Workspace`; they never compute.

mod app;
mod audit;
mod bind;
mod deferred;
mod drafts_panel;
mod field_input;
mod findings_panel;
mod live_bar;
mod form;
mod notices;
mod projects_screen;
mod projects_table;
mod remount;
mod report_view;
mod results;
mod score_summary;
mod scoring;
mod share;
mod word_export;
mod workspace;

pub use app::App;
