//! What the first screen does not need at once is rendered after the page's first paint, a part per
//! frame: the form's top and the totals come first, so the page answers typing sooner (an input event
//! waits for at most one part, not for the whole page); the panels, the rest of the form, the scoring
//! table, the findings and the other screens follow. Typing comes before building: when the clerk typed
//! while a part was waiting, the frame that shows the answer is painted first and the part waits for the
//! next one. Nothing typed can be lost: a part not yet rendered has no field to type into.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use leptos::ev;
use leptos::prelude::*;

/// How many parts have been let in since the first paint; counts up, a frame at a time, to [`PARTS`].
#[derive(Debug, Clone, Copy)]
pub struct FirstPaint(RwSignal<u8>);

/// The number of parts rendered after the first paint (the largest `part` given to [`AfterFirstPaint`]).
const PARTS: u8 = 4;

/// How many frames in a row a part gives way to typing before it is let in anyway (a clerk who types
/// without pause still sees the page completed).
const MOST_FRAMES_GIVEN: u8 = 6;

impl FirstPaint {
    /// Starts letting the parts in (call once, when the page mounts).
    pub fn start() -> Self {
        let shown = RwSignal::new(0);
        let typed = Rc::new(Cell::new(0u32));
        let listeners = [
            window_event_listener(ev::input, counting(&typed)),
            window_event_listener(ev::keydown, counting(&typed)),
            window_event_listener(ev::pointerdown, counting(&typed)),
        ];
        // Typing is counted only while parts are still to come: after that, not a call per keystroke.
        let listening = Cell::new(Some(listeners));
        Effect::new(move |_| {
            if shown.get() >= PARTS {
                listening.take().into_iter().flatten().for_each(|listener| listener.remove());
            }
        });
        after_next_paint(shown, typed, 0);
        Self(shown)
    }
}

/// A listener that counts the events it hears in `typed`.
fn counting<E>(typed: &Rc<Cell<u32>>) -> impl Fn(E) + 'static {
    let typed = typed.clone();
    move |_| typed.set(typed.get().wrapping_add(1))
}

/// Lets the next part in once the next frame has been painted (a frame's callback runs before it is
/// painted; a task posted from it runs after), unless the clerk typed meanwhile: then the answer's
/// frame goes first.
fn after_next_paint(shown: RwSignal<u8>, typed: Rc<Cell<u32>>, frames_given: u8) {
    let seen = typed.get();
    request_animation_frame(move || {
        set_timeout(
            move || {
                if typed.get() != seen && frames_given < MOST_FRAMES_GIVEN {
                    return after_next_paint(shown, typed, frames_given + 1);
                }
                shown.update(|n| *n += 1);
                if shown.get_untracked() < PARTS {
                    after_next_paint(shown, typed, 0);
                }
            },
            Duration::ZERO,
        );
    });
}

/// Its children, once part `part` (1 to [`PARTS`]) is let in after the first paint.
#[component]
pub fn AfterFirstPaint(part: u8, children: ChildrenFn) -> impl IntoView {
    let shown = use_context::<FirstPaint>().map_or_else(|| Signal::stored(PARTS), |FirstPaint(shown)| shown.into());
    // Let in once: the children are made when their part comes, not again as later parts come.
    let let_in = Memo::new(move |_| shown.get() >= part);
    move || let_in.get().then(|| children())
}
