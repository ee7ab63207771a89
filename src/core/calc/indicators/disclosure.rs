//! 预决算信息公开: budgets and final accounts published within 20 days of approval (预算法第十四条).

use super::{not_applicable, Indicator, IndicatorId, NotApplicable, Value};
use crate::core::reading::date::CivilDate;
use crate::core::reading::figures::Figures;

/// The legal time between approval (批复) and publication (公开).
pub const MAX_DAYS: i64 = 20;

/// One publication: what it is, and its approval and publication dates with their fields.
pub struct Publication {
    pub what: &'static str,
    pub approved: (Option<CivilDate>, &'static str),
    pub published: (Option<CivilDate>, &'static str),
}

impl Publication {
    /// Days from approval to publication, when both dates are entered.
    pub fn days(&self) -> Option<i64> {
        Some(self.approved.0?.days_until(self.published.0?))
    }
}

/// The draft's two publications: the budget and the final accounts.
pub fn publications(figures: &Figures) -> [Publication; 2] {
    let d = &figures.disclosure;
    [
        Publication {
            what: "部门预算",
            approved: (d.budget_approved, "disclosure.budget_approved"),
            published: (d.budget_published, "disclosure.budget_published"),
        },
        Publication {
            what: "部门决算",
            approved: (d.final_approved, "disclosure.final_approved"),
            published: (d.final_published, "disclosure.final_published"),
        },
    ]
}

pub(super) fn timeliness(figures: &Figures) -> Indicator {
    let id = IndicatorId::DisclosureTimeliness;
    let publications = publications(figures);
    let known: Vec<(&Publication, i64)> = publications.iter().filter_map(|p| Some((p, p.days()?))).collect();
    if known.is_empty() {
        let missing = publications.iter().flat_map(|p| [p.approved.1, p.published.1]).collect();
        return not_applicable(id, id.name(), NotApplicable::Missing(missing), "缺少预算或决算的批复日期和公开日期");
    }
    let timely = known.iter().all(|(_, days)| (0..=MAX_DAYS).contains(days));
    let parts: Vec<String> = known
        .iter()
        .map(|(p, days)| {
            let (Some(approved), Some(published)) = (p.approved.0, p.published.0) else { return String::new() };
            format!("{}于{approved}批复、{published}公开，间隔{days}日", p.what)
        })
        .collect();
    let verdict = if timely { "均在批复后20日内公开" } else { "未在批复后20日内公开" };
    Indicator {
        id,
        name: id.name(),
        value: Value::Timely(timely),
        text: if timely { "及时" } else { "不及时" }.to_string(),
        sentence: format!("{}；{verdict}。", parts.join("；")),
    }
}
