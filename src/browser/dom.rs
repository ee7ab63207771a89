//! A small writer of plain elements, for what is shown but not edited: the report, and the tools'
//! views. Text goes in as text nodes, never as HTML.

use std::cell::RefCell;
use std::collections::VecDeque;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

/// Writes elements into a document.
pub struct Dom {
    document: Document,
}

impl Dom {
    /// The writer for the document `element` belongs to.
    pub fn of(element: &Element) -> Option<Self> {
        element.owner_document().map(|document| Self { document })
    }

    /// A new element `tag` (with `class`, if any), not yet in the page.
    pub fn element(&self, tag: &str, class: &str) -> Option<Element> {
        let element = self.document.create_element(tag).ok()?;
        if !class.is_empty() {
            element.set_class_name(class);
        }
        Some(element)
    }

    /// A new element `tag` (with `class`, if any) appended to `parent`.
    pub fn child(&self, parent: &Element, tag: &str, class: &str) -> Option<Element> {
        let element = self.element(tag, class)?;
        parent.append_child(&element).ok()?;
        Some(element)
    }

    /// A new element holding `text`, appended to `parent`.
    pub fn text(&self, parent: &Element, tag: &str, class: &str, text: &str) -> Option<Element> {
        let element = self.child(parent, tag, class)?;
        element.set_text_content(Some(text));
        Some(element)
    }

    /// A button that runs `action` when clicked, for as long as the page lives.
    pub fn button(&self, parent: &Element, class: &str, label: &str, action: impl FnMut() + 'static) -> Option<Element> {
        let button = self.text(parent, "button", class, label)?;
        let _ = button.set_attribute("type", "button");
        on(&button, "click", action);
        Some(button)
    }
}

/// Sets attributes, ignoring a refusal (the browser refuses only invalid names, which ours are not).
pub fn attributes(element: &Element, attributes: &[(&str, &str)]) {
    for (name, value) in attributes {
        let _ = element.set_attribute(name, value);
    }
}

/// Runs `action` on each `event` at `target`. The listener lives as long as the page: these views are
/// made a handful of times per visit.
pub fn on(target: &Element, event: &str, mut action: impl FnMut() + 'static) {
    on_events(target, &[event], move |_| action());
}

/// Runs `action` on each of `events` anywhere in the page, before the page's own handlers see it
/// (capture phase at the window), for as long as the page lives.
pub fn on_window_capture(events: &[&str], action: impl Fn(web_sys::Event) + 'static) {
    let Some(window) = web_sys::window() else { return };
    let closure = Closure::<dyn Fn(web_sys::Event)>::new(action);
    for event in events {
        let _ = window.add_event_listener_with_callback_and_bool(event, closure.as_ref().unchecked_ref(), true);
    }
    closure.forget();
}

/// Runs `handler` on each of `events` at `target` (one listener on a container serves all its controls),
/// and never re-enters it. A handler that re-renders can make the browser raise another event at once,
/// inside the handler (a focused control removed fires `blur`, and may fire `change`): such an event is
/// queued and handled when the running one is done. A re-entered `FnMut` would throw in the Wasm glue
/// (“closure invoked recursively”), and a re-entered `RefCell` borrow would panic and kill the page.
pub fn on_events(target: &Element, events: &[&str], handler: impl FnMut(web_sys::Event) + 'static) {
    listen_queued(target, events, Box::new(handler));
}

/// `on_events`' one body: boxed, so the queue and the glue's closure are compiled once, not once per caller.
fn listen_queued(target: &Element, events: &[&str], handler: Box<dyn FnMut(web_sys::Event)>) {
    let handler = RefCell::new(handler);
    let queue = RefCell::new(VecDeque::new());
    // `Fn`, not `FnMut`: the glue lets an `Fn` be entered again, and the queue keeps it from running twice.
    let closure = Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
        queue.borrow_mut().push_back(event);
        let Ok(mut handler) = handler.try_borrow_mut() else { return };
        loop {
            let next = queue.borrow_mut().pop_front();
            let Some(event) = next else { break };
            handler(event);
        }
    });
    for event in events {
        let _ = target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
    }
    closure.forget();
}
