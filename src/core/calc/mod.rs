//! Calculating: totals, indicators under the draft's methods (口径), exact rates, and the findings a
//! reviewer would write. `core::evaluation::evaluate` runs them with scoring.

pub mod findings;
pub mod indicators;
pub mod rate;
pub mod totals;
