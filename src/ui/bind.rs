//! Reactive values as a few shared types.
//!
//! Leptos compiles each `move || …` closure in a view into its own copy of the rendering code; every
//! `Signal<String>` shares one. Views bind through these helpers, which keeps the
//! Wasm small as the page grows (measured in the README's Bytes section).

use leptos::prelude::*;

/// Text that follows the reactive values `f` reads.
pub fn text(f: impl Fn() -> String + Send + Sync + 'static) -> Signal<String> {
    Signal::derive(f)
}

