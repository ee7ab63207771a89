//! 预决算信息公开: budgets and final accounts published within 20 days of approval (预算法第十四条).

use super::{not_applicable, Indicator, IndicatorId, NotApplicable, Value, BLANK};
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
    // For the report: every publication, its missing dates left blank for the clerk.
    let blanks = publications.iter().any(|p| p.days().is_none()).then(|| {
        let clauses: Vec<String> = publications.iter().map(Publication::clause).collect();
        format!("{}。", clauses.join("；"))
    });
    let known: Vec<(&Publication, i64)> = publications.iter().filter_map(|p| Some((p, p.days()?))).collect();
    if known.is_empty() {
        let missing = publications.iter().flat_map(|p| [p.approved, p.published]).filter(|d| d.0.is_none()).map(|d| d.1).collect();
        let lacking: Vec<String> = publications.iter().filter_map(Publication::missing_dates).collect();
        let reason = format!("缺少{}", lacking.join("、"));
        return Indicator { blanks, ..not_applicable(id, id.name(), NotApplicable::Missing(missing), &reason) };
    }
    let timely = known.iter().all(|(_, days)| (0..=MAX_DAYS).contains(days));
    let clauses: Vec<String> = known.iter().map(|(p, _)| p.clause()).collect();
    Indicator {
        id,
        name: id.name(),
        value: Value::Timely(timely),
        text: if timely { "及时" } else { "不及时" }.to_string(),
        sentence: format!("{}。", clauses.join("；")),
        blanks,
    }
}

impl Publication {
    /// `部门决算于2024年10月1日批复、2024年11月12日公开，间隔42日，超过批复后20日的公开时限22日`; a
    /// date not entered is a [`BLANK`].
    fn clause(&self) -> String {
        let date = |d: Option<CivilDate>| d.map_or_else(|| BLANK.to_string(), |d| d.to_string());
        let dates = format!("{}于{}批复、{}公开", self.what, date(self.approved.0), date(self.published.0));
        match self.days() {
            None => dates,
            Some(days) if days < 0 => format!("{dates}，公开日期早于批复日期"),
            Some(days) if days > MAX_DAYS => format!("{dates}，间隔{days}日，超过批复后{MAX_DAYS}日的公开时限{}日", days - MAX_DAYS),
            Some(days) => format!("{dates}，间隔{days}日，在批复后{MAX_DAYS}日内公开"),
        }
    }

    /// `部门预算的批复日期`, `部门决算的批复日期和公开日期`: what is not entered, if anything.
    fn missing_dates(&self) -> Option<String> {
        match (self.approved.0, self.published.0) {
            (None, None) => Some(format!("{}的批复日期和公开日期", self.what)),
            (None, Some(_)) => Some(format!("{}的批复日期", self.what)),
            (Some(_), None) => Some(format!("{}的公开日期", self.what)),
            (Some(_), Some(_)) => None,
        }
    }
}
