//! Reading what was typed: parsers for amounts, head-counts, dates and areas that accept what people
//! type and refuse everything else with a Chinese message, and the [`figures::Figures`] read from a draft.

pub mod amount;
pub mod area;
pub mod bands;
pub mod changes;
pub mod chinese_number;
pub mod date;
pub mod deadline;
pub mod draft_name;
pub mod field_check;
pub mod figures;
pub mod headcount;
pub mod pasted_grid;
pub mod pasted_projects;
pub mod pipe_table;
pub mod points;
pub mod target_value;
pub mod typed_text;
pub mod typed_unit;
