//! What the first screen does not need at once is rendered after the page's first paint, a part per
//! task: the form's top and the totals come first, so the page answers typing sooner (an input event
//! waits for at most one part, not for the whole page); the panels, the rest of the form, the scoring
//! table, the findings and the other screens follow. Nothing typed can be lost: a part not yet
//! rendered has no field to type into.

use std::time::Duration;

use leptos::prelude::*;

/// How many parts have been let in since the first paint; counts up, a task at a time, to [`PARTS`].
#[derive(Debug, Clone, Copy)]
pub struct FirstPaint(RwSignal<u8>);

/// The number of parts rendered after the first paint (the largest `part` given to [`AfterFirstPaint`]).
const PARTS: u8 = 4;

impl FirstPaint {
    /// Starts letting the parts in (call once, when the page mounts).
    pub fn start() -> Self {
        let shown = RwSignal::new(0);
        // A frame's callback runs before it is painted; a task posted from it runs after.
        request_animation_frame(move || next_part(shown));
        Self(shown)
    }
}

/// Lets the next part in, then posts a task for the one after it, so input is handled in between.
fn next_part(shown: RwSignal<u8>) {
    set_timeout(
        move || {
            shown.update(|n| *n += 1);
            if shown.get_untracked() < PARTS {
                next_part(shown);
            }
        },
        Duration::ZERO,
    );
}

/// Its children, once part `part` (1 to [`PARTS`]) is let in after the first paint.
#[component]
pub fn AfterFirstPaint(part: u8, children: ChildrenFn) -> impl IntoView {
    let shown = use_context::<FirstPaint>().map_or_else(|| Signal::stored(PARTS), |FirstPaint(shown)| shown.into());
    // Let in once: the children are made when their part comes, not again as later parts come.
    let let_in = Memo::new(move |_| shown.get() >= part);
    move || let_in.get().then(|| children())
}
