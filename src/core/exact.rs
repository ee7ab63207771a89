//! Exact decimal arithmetic for the whole core: checked (the `+ - * /` operators panic on overflow,
//! and a panic kills the page) and kept out of line.
//!
//! rust_decimal marks its arithmetic `#[inline(always)]`, so every `checked_mul` would carry its own
//! copy of the multiplication into the Wasm: measured, the scoring rules alone grew by tens of KB.
//! Going through these four functions keeps one copy of each.

use rust_decimal::Decimal;

/// Checked arithmetic on exact decimals; `None` on overflow (and on division by zero).
pub trait Exact: Sized {
    fn plus(self, other: Self) -> Option<Self>;
    fn minus(self, other: Self) -> Option<Self>;
    fn times(self, other: Self) -> Option<Self>;
    fn divided_by(self, other: Self) -> Option<Self>;
}

impl Exact for Decimal {
    #[inline(never)]
    fn plus(self, other: Self) -> Option<Self> {
        self.checked_add(other)
    }

    #[inline(never)]
    fn minus(self, other: Self) -> Option<Self> {
        self.checked_sub(other)
    }

    #[inline(never)]
    fn times(self, other: Self) -> Option<Self> {
        self.checked_mul(other)
    }

    #[inline(never)]
    fn divided_by(self, other: Self) -> Option<Self> {
        self.checked_div(other)
    }
}
