//! Auditing a finished report's text (审校, SPEC §11): what it states — rates, totals with their parts,
//! budget and staffing figures — found in pasted text, recomputed from its own figures with the core's
//! indicators and methods, and judged `ok`, `mismatch` or `unverifiable`, each tied to its place in the
//! text. The same recognition starts a draft from the report ([`draft_from_text`]).
//!
//! Deterministic and linear in the text's length; any text, binary garbage included, gives claims or
//! none, never a panic.

mod claims;
mod draft_from_text;
mod figures;
mod labels;
mod numbers;
mod sections;
mod text;
mod verdicts;

#[cfg(test)]
mod tests;

use std::ops::Range;

pub use draft_from_text::{draft_from_text, TextDraft};

use claims::stated_rates;
use figures::Recognised;
use numbers::numbers;
use text::Normalised;
use verdicts::{judge_balance, judge_rate, judge_total};

use crate::core::evaluation::evaluate;

/// More text than any report: beyond this, only the beginning is audited (and the audit says so).
pub const MAX_TEXT: usize = 4 * 1024 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    Ok,
    Mismatch,
    Unverifiable,
}

impl Verdict {
    /// The page contract's value (`data-verdict`).
    pub fn id(self) -> &'static str {
        match self {
            Self::Ok => "ok",
            Self::Mismatch => "mismatch",
            Self::Unverifiable => "unverifiable",
        }
    }

    /// What a reader sees, not by colour alone.
    pub fn label(self) -> &'static str {
        match self {
            Self::Ok => "相符",
            Self::Mismatch => "不符",
            Self::Unverifiable => "无法核对",
        }
    }
}

/// One thing the report states, judged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Claim {
    /// An indicator id (`budget_execution`) or a total id (`basic`, `projects`, `spend`, `staff`,
    /// `quota`, `annual_budget`, `funds_balance`).
    pub id: String,
    /// Byte range in the pasted text.
    pub span: Range<usize>,
    /// What the report states, as written.
    pub stated: String,
    pub verdict: Verdict,
    /// The judgement in a sentence, with the recomputed value and the formula with its figures.
    pub detail: String,
    /// Further remarks: truncated not rounded, the size of a difference, the 口径 that would make it true.
    pub notes: Vec<String>,
}

/// The audit of one text: claims in the order they stand, and remarks about the text as a whole.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Audit {
    pub claims: Vec<Claim>,
    pub remarks: Vec<String>,
}

/// Audits `pasted`.
pub fn audit(pasted: &str) -> Audit {
    let (pasted, mut remarks) = bounded(pasted);
    let text = Normalised::new(pasted);
    let numbers = numbers(&text.text);
    let found = Recognised::read(pasted, &text, &numbers);
    let draft = draft_from_text::judged_draft(&found);
    let evaluation = evaluate(&draft);
    let span = |start: usize, end: usize| text.span(pasted, start, end);
    let stated = |start: usize, end: usize| pasted[span(start, end)].split_whitespace().collect::<String>();

    let mut claims = Vec::new();
    let rates = stated_rates(&text.text, &numbers);
    for rate in &rates {
        claims.push(Claim::new(rate.id.id(), span(rate.start, rate.end), stated(rate.start, rate.end), judge_rate(rate, &draft, &evaluation)));
    }
    for (id, total) in &found.totals {
        claims.push(Claim::new(id, span(total.start, total.end), stated(total.start, total.end), judge_total(id, total, &found, &evaluation)));
    }
    if let Some(spend) = found.fields.get("spend.stated_total") {
        claims.push(Claim::new("spend", span(spend.start, spend.end), stated(spend.start, spend.end), judge_total("spend", spend, &found, &evaluation)));
        if let Some(judged) = judge_balance(&found, &evaluation) {
            claims.push(Claim::new("funds_balance", span(spend.start, spend.end), stated(spend.start, spend.end), judged));
        }
    }
    claims.sort_by_key(|claim| claim.span.start);
    remarks.extend(stated_twice(&rates));
    remarks.extend(conflicting(&found));
    Audit { claims, remarks }
}

/// The text up to [`MAX_TEXT`] (at a character boundary), and a remark when it was cut.
fn bounded(pasted: &str) -> (&str, Vec<String>) {
    if pasted.len() <= MAX_TEXT {
        return (pasted, vec![]);
    }
    let mut end = MAX_TEXT;
    while !pasted.is_char_boundary(end) {
        end -= 1;
    }
    (&pasted[..end], vec![format!("文本超过{}MB，只核对了前{}MB", MAX_TEXT >> 20, MAX_TEXT >> 20)])
}

/// A rate stated twice with two values is itself a finding.
fn stated_twice(rates: &[claims::StatedRate]) -> Vec<String> {
    let mut remarks: Vec<String> = Vec::new();
    for (i, rate) in rates.iter().enumerate() {
        let earlier = rates[..i].iter().any(|r| r.id == rate.id && r.name == rate.name);
        if earlier {
            continue;
        }
        let mut values: Vec<&claims::StatedRate> = Vec::new();
        for other in rates.iter().filter(|r| r.id == rate.id && r.name == rate.name) {
            if !values.iter().any(|v| v.value == other.value) {
                values.push(other);
            }
        }
        if values.len() > 1 {
            let written: Vec<&str> = values.iter().map(|v| v.written.as_str()).collect();
            remarks.push(format!("{}前后写法不一：文中先后写作{}", rate.name, written.join("、")));
        }
    }
    remarks
}

fn conflicting(found: &Recognised) -> Vec<String> {
    found
        .conflicts
        .iter()
        .map(|(id, others)| {
            let first = found.fields.get(id).map(|s| verdicts::trim(s.value)).unwrap_or_default();
            let rest: Vec<String> = others.iter().map(|s| verdicts::trim(s.value)).collect();
            format!("{}在文中有不同数字：{first}、{}", crate::core::draft::fields::label_of(id), rest.join("、"))
        })
        .collect()
}
