//! Loading the tools module (`crate::tools`) on demand, and the calls the page makes into it.
//!
//! `window.jixiaoTools()` is written into index.html at build time (scripts/post-build.mjs); it loads
//! the module once and resolves to its exports.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Element;

#[wasm_bindgen]
extern "C" {
    /// The tools module's exports.
    pub type Tools;

    /// Makes a share link of a document's text and shows it in `container`.
    #[wasm_bindgen(method)]
    pub fn make_link(this: &Tools, container: &Element, document: &str);

    /// Shows what a share link holds in `container`, and what differs from `current` (the open draft's
    /// document) where it is a version of it; `on_import` gets the document's text when the user says
    /// to import it.
    #[wasm_bindgen(method)]
    pub fn open_link(this: &Tools, container: &Element, fragment: &str, current: &str, on_import: &Function);

    /// Writes the report of a draft's document text into `article` (the preview and the printout).
    #[wasm_bindgen(method)]
    pub fn show_report(this: &Tools, article: &Element, document: &str);

    /// Draws the drafts screen's list and actions in `container` (see `crate::tools::drafts`).
    #[wasm_bindgen(method)]
    pub fn show_drafts(this: &Tools, container: &Element, current: &str, deleted: &str, ok: bool, status: &str, on_action: &Function);

    /// Clears a share link shown by the drafts view in `container`: the draft has changed since.
    #[wasm_bindgen(method)]
    pub fn forget_share_link(this: &Tools, container: &Element);

    /// What to say once the example (填入示例) is in, what to say when it is not put in, and the example as a
    /// draft document's text, a line each.
    #[wasm_bindgen(method)]
    pub fn example_document(this: &Tools) -> String;

    /// Next year's draft of a draft's document text, as a document text.
    #[wasm_bindgen(method)]
    pub fn next_year_document(this: &Tools, document: &str) -> String;

    /// Downloads the report of a draft's document text as a .docx; returns what to tell the user.
    #[wasm_bindgen(method)]
    pub fn export_docx(this: &Tools, document: &str) -> String;

    /// Opens the 审校报告 view in `container`; `on_draft(document, notes)` gets a draft started from
    /// the pasted text, `on_summary(text)` what the header says of the report shown.
    #[wasm_bindgen(method)]
    pub fn show_audit(this: &Tools, container: &Element, on_draft: &Function, on_summary: &Function);

    /// Reads a report's file in the 审校报告 view shown (`show_audit`) as if dropped on it, and opens its
    /// report once read.
    #[wasm_bindgen(method)]
    pub fn open_audit_file(this: &Tools, file: &web_sys::File);

    /// Edits rubric rows (as `rows_to_json` text) in `container`; `on_change` gets them after each change.
    #[wasm_bindgen(method)]
    pub fn edit_rubric(this: &Tools, container: &Element, rows: &str, on_change: &Function);

    /// Shows the scoring tables (`ScoreSheet` text) in `container` (see `crate::tools::scores`); `revision`
    /// changes when the draft is replaced; `on_field(id, text)` gets each typed score field.
    #[wasm_bindgen(method)]
    pub fn show_scores(this: &Tools, container: &Element, sheet: &str, revision: u32, on_field: &Function);

    /// The findings about a draft's project tables (its document text), as rows of JSON strings.
    #[wasm_bindgen(method)]
    pub fn project_findings(this: &Tools, document: &str) -> String;

    /// A paste into the projects table: when it holds rows, taken from the browser and answered with
    /// what to tell the clerk, a line break and the draft's document with them filled in; else empty.
    #[wasm_bindgen(method)]
    pub fn paste_projects(this: &Tools, event: &web_sys::Event, document: &str) -> String;

    /// Opens the project view (项目支出绩效自评表) over a draft's document text in `container`;
    /// `on_project(n, json)` gets an edited project, `on_field(id, text)` an edited option.
    #[wasm_bindgen(method)]
    pub fn edit_projects(this: &Tools, container: &Element, document: &str, on_project: &Function, on_field: &Function);
}

thread_local! {
    /// The tools module once loaded, for what must run at once (writing the report as the browser
    /// is about to print).
    static LOADED: std::cell::RefCell<Option<Tools>> = const { std::cell::RefCell::new(None) };
}

/// Runs `then` with the tools module once it is loaded, or with the reason it could not be. (One
/// loading task for every caller: each `async` block of its own would add its own state machine.)
pub fn with_tools(then: impl FnOnce(Result<Tools, String>) + 'static) {
    let then: Box<dyn FnOnce(Result<Tools, String>)> = Box::new(then);
    wasm_bindgen_futures::spawn_local(async move {
        let tools = load().await;
        if let Ok(tools) = &tools {
            LOADED.with(|loaded| *loaded.borrow_mut() = Some(JsValue::clone(tools).unchecked_into()));
        }
        then(tools)
    });
}

/// Runs `then` with the tools module: at once if it is loaded, else once it is (and not at all if it
/// cannot be). For what follows the draft as it changes, where a failure is said elsewhere.
pub fn when_tools(then: impl FnOnce(Tools) + 'static) {
    match loaded_tools() {
        Some(tools) => then(tools),
        None => with_tools(move |tools| {
            if let Ok(tools) = tools {
                then(tools);
            }
        }),
    }
}

/// The tools module, if it has been loaded.
pub fn loaded_tools() -> Option<Tools> {
    LOADED.with(|loaded| loaded.borrow().as_ref().map(|tools| JsValue::clone(tools).unchecked_into()))
}

/// Loads the tools module (once per page).
async fn load() -> Result<Tools, String> {
    let unavailable = |_| "工具模块未能加载（可能已断网且本页尚未完整保存到本机），请联网后重试".to_string();
    let window = web_sys::window().ok_or("页面不可用")?;
    let loader: Function = Reflect::get(&window, &JsValue::from_str("jixiaoTools"))
        .ok()
        .and_then(|f| f.dyn_into().ok())
        .ok_or("本页缺少工具模块的加载程序，请使用正式发布的版本")?;
    let promise: Promise = loader.call0(&window).map_err(unavailable)?.dyn_into().map_err(unavailable)?;
    let module = JsFuture::from(promise).await.map_err(unavailable)?;
    Ok(module.unchecked_into())
}
