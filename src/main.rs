//! The page: mounts the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    leptos::mount::mount_to_body(jixiao::ui::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("jixiao runs in the browser: build it with `trunk build index.html`, see README.md");
}
