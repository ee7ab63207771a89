//! The browser edge: everything that touches web APIs outside the view (storage, clock, focus).
//! Kept thin: it moves documents in and out, the core decides what they mean.

pub mod clock;
pub mod deflate;
pub mod dom;
pub mod files;
pub mod focus;
pub mod keys;
pub mod location;
pub mod print;
pub mod report_files;
pub mod tools;
pub mod report_dom;
pub mod storage;
