//! Calculating: totals, indicators under the draft's methods (口径), exact rates, and the findings a
//! reviewer would write. [`evaluation::evaluate`] runs the whole chain.

pub mod evaluation;
pub mod findings;
pub mod indicators;
pub mod methods;
pub mod rate;
pub mod totals;
