//! Columns named three ways: a stable id (in field ids, files and the page's `data-field`), a Chinese
//! label for people, and the variant for code.

/// Declares a column enum: `ALL` in declaration order (which is also each variant's `as usize`), `id`,
/// `label` and `from_id` (unknown ids are `None`, so a caller can refuse them).
macro_rules! labelled_ids {
    ($(#[$doc:meta])* $name:ident { $($variant:ident = $id:literal : $label:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$(Self::$variant),+];

            pub fn id(self) -> &'static str {
                match self { $(Self::$variant => $id),+ }
            }

            pub fn label(self) -> &'static str {
                match self { $(Self::$variant => $label),+ }
            }

            pub fn from_id(id: &str) -> Option<Self> {
                match id { $($id => Some(Self::$variant),)+ _ => None }
            }
        }
    };
}
pub(crate) use labelled_ids;
