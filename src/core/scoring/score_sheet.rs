//! The scoring tables as the clerk sees them (附件2 on screen): the funds block, every other row with
//! its texts worked out — 指标值, 实际完成值, 分值, 得分, why points were lost — and what the clerk typed
//! into the manual rows, each score field's problem, and the total line.
//!
//! The page scores the draft on every keystroke; the tables are drawn by the tools module. This is the
//! type that crosses between them, as rows of strings ([`ScoreSheet::to_text`], [`ScoreSheet::from_text`]),
//! so that the view only places texts and never scores again.

use crate::core::draft::fields::{score_field_id, ScoreField};
use crate::core::draft::json::{read_rows, write_rows};
use crate::core::draft::Draft;
use crate::core::reading::amount::format_wan;
use crate::core::scoring::rubric::{Rule, Source};
use crate::core::scoring::rules::plain;
use crate::core::scoring::scores::{RowScore, Scores};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScoreSheet {
    /// The id of the preset the rubric comes from (the tools module shows its note).
    pub preset: String,
    /// 年度资金总额, 基本支出, 项目支出.
    pub funds: Vec<FundsLine>,
    /// The rubric's rows other than the funds rows, in order.
    pub rows: Vec<SheetRow>,
    /// Each score field's problem (a score above its 分值…): field id and message.
    pub problems: Vec<(String, String)>,
    /// 总分, 分值合计, a cap if any, and 等级, as one sentence.
    pub total: String,
}

/// One line of the funds block: its row id, name and 年初预算数, 全年预算数, 全年执行数, 执行率, 分值, 得分.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FundsLine {
    pub id: String,
    pub label: String,
    pub cells: [String; 6],
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SheetRow {
    pub id: String,
    /// Scored by the clerk (得分 and 实际完成值 typed), not computed.
    pub manual: bool,
    /// Computed, but its figures are missing: the clerk may type its 得分 (its 实际完成值 stays computed).
    pub score_box: bool,
    /// 一级 · 二级 indicator names.
    pub levels: String,
    /// 三级 indicator name.
    pub level3: String,
    pub target: String,
    /// 实际完成值 as computed (empty for a manual row: the clerk types it).
    pub actual: String,
    pub points: String,
    /// 得分, or 待评.
    pub score: String,
    pub criteria: String,
    /// Why points were lost, or why the row waits.
    pub note: String,
    /// `lost`, `pending`, `over`: how the score is to be marked.
    pub marks: String,
    /// What the clerk typed: 得分, 实际完成值, 扣分原因 (the score fields' text).
    pub typed: [String; 3],
}

const TYPED: [ScoreField; 3] = [ScoreField::Score, ScoreField::Actual, ScoreField::Reason];

impl ScoreSheet {
    /// The sheet of `scores`, with the score fields' text from `draft`.
    pub fn of(draft: &Draft, scores: &Scores) -> Self {
        let funds = scores.funds.iter().map(|line| {
            let wan = |value: Option<rust_decimal::Decimal>| value.map_or_else(dash, format_wan);
            let row = scores.row(line.id.id());
            let cells = [
                wan(line.initial),
                wan(line.annual),
                wan(line.actual),
                line.rate_text.clone(),
                row.map_or_else(dash, |r| plain(r.row.points)),
                row.map_or_else(dash, RowScore::score_text),
            ];
            FundsLine { id: line.id.id().to_string(), label: line.id.label().to_string(), cells }
        });
        let rows = scores.rows.iter().filter(|r| !matches!(r.row.source, Source::Funds(_))).map(|r| SheetRow::of(draft, r));
        let problems = scores.problems.iter().map(|p| (p.field.clone(), p.message.clone()));
        let cap = scores.cap.as_ref().map(|c| format!("（{}）", c.reason)).unwrap_or_default();
        // Nothing typed scores nothing (as beside the form), not the 10 分 差 of the rows that default to full.
        let total = if draft.has_figures() {
            format!("总分 {} 分（分值合计 {} 分）{cap}，等级：{}", scores.total_text(), plain(scores.weights), scores.grade_text())
        } else {
            format!("总分 —（分值合计 {} 分），等级：—；填写数据后评分", plain(scores.weights))
        };
        Self { preset: scores.preset.id().to_string(), funds: funds.collect(), rows: rows.collect(), problems: problems.collect(), total }
    }

    /// Rows of strings, each led by what it is: `preset`, `total`, `funds`, `row` or `problem`.
    pub fn to_text(&self) -> String {
        let total = [vec!["preset", self.preset.as_str()], vec!["total", self.total.as_str()]].into_iter();
        let funds = self.funds.iter().map(|f| [&["funds", f.id.as_str(), f.label.as_str()][..], &f.cells.each_ref().map(String::as_str)[..]].concat());
        let rows = self.rows.iter().map(|r| {
            let typing = if r.manual { "manual" } else if r.score_box { "score" } else { "" };
            let head = ["row", r.id.as_str(), typing, &r.levels, &r.level3, &r.target, &r.actual, &r.points];
            let tail = [r.score.as_str(), &r.criteria, &r.note, &r.marks, &r.typed[0], &r.typed[1], &r.typed[2]];
            [&head[..], &tail[..]].concat()
        });
        let problems = self.problems.iter().map(|(field, message)| vec!["problem", field.as_str(), message.as_str()]);
        write_rows(total.chain(funds).chain(rows).chain(problems))
    }

    /// Reads [`ScoreSheet::to_text`]'s form; `None` unless every row is one of its kinds.
    pub fn from_text(text: &str) -> Option<Self> {
        let mut sheet = Self { preset: String::new(), funds: Vec::new(), rows: Vec::new(), problems: Vec::new(), total: String::new() };
        for row in read_rows(text)? {
            let mut cells = row.into_iter();
            let mut next = || cells.next();
            match next()?.as_str() {
                "preset" => sheet.preset = next()?,
                "total" => sheet.total = next()?,
                "funds" => {
                    let (id, label) = (next()?, next()?);
                    let cells = [next()?, next()?, next()?, next()?, next()?, next()?];
                    sheet.funds.push(FundsLine { id, label, cells });
                }
                "row" => {
                    let (id, typing) = (next()?, next()?);
                    sheet.rows.push(SheetRow {
                        id,
                        manual: typing == "manual",
                        score_box: typing == "score",
                        levels: next()?,
                        level3: next()?,
                        target: next()?,
                        actual: next()?,
                        points: next()?,
                        score: next()?,
                        criteria: next()?,
                        note: next()?,
                        marks: next()?,
                        typed: [next()?, next()?, next()?],
                    });
                }
                "problem" => sheet.problems.push((next()?, next()?)),
                _ => return None,
            }
        }
        Some(sheet)
    }
}

impl SheetRow {
    fn of(draft: &Draft, r: &RowScore) -> Self {
        let levels: Vec<&str> = [r.row.level1.as_str(), r.row.level2.as_str()].into_iter().filter(|s| !s.is_empty()).collect();
        let manual = r.is_manual();
        let marks = [("lost", r.score.is_some_and(|s| s < r.row.points)), ("pending", r.score.is_none()), ("over", r.full_marks_over_limit())];
        let marks: Vec<&str> = marks.into_iter().filter(|(_, on)| *on).map(|(mark, _)| mark).collect();
        Self {
            id: r.row.id.clone(),
            manual,
            score_box: !manual && r.figures_missing,
            levels: levels.join(" · "),
            level3: r.row.level3.clone(),
            target: r.row.target.clone(),
            actual: if manual { String::new() } else { r.actual.clone() },
            points: plain(r.row.points),
            score: r.score_text(),
            criteria: r.row.criteria.clone(),
            // A manual row's own wait (待评分) is its empty 得分 box; a row scored from its typed value says
            // what it needs or how it was scored.
            note: if r.row.rule == Some(Rule::Manual) { String::new() } else { r.note.clone() },
            marks: marks.join(" "),
            typed: TYPED.map(|which| draft.get(&score_field_id(&r.row.id, which)).to_string()),
        }
    }

    /// The note as the table shows it, with what the clerk may do about a wait the page's scoring leaves
    /// unsaid (worded here, in the tools module, rather than in the page's first visit).
    pub fn note_shown(&self) -> String {
        let blank = |typed: &String| typed.trim().is_empty();
        let waits = self.score == "待评" && blank(&self.typed[0]);
        if waits && self.manual && self.note.is_empty() && !blank(&self.typed[1]) {
            // The value typed is no score: a rule in words cannot be computed.
            return "请填写得分".to_string();
        }
        if waits && self.score_box {
            // A paper may not state the figures (“批复后第12天公开”).
            return format!("{}；也可填写得分，并在下方写明依据", self.note);
        }
        self.note.clone()
    }
}

fn dash() -> String {
    "—".to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::evaluation::evaluate;

    fn sheet_of(pairs: &[(&str, &str)]) -> ScoreSheet {
        let mut draft = Draft::new();
        for (id, value) in pairs {
            draft.set(id, value).unwrap();
        }
        ScoreSheet::of(&draft, &evaluate(&draft).scores)
    }

    #[test]
    fn a_manual_row_carries_what_was_typed_and_a_score_above_its_points_is_a_problem() {
        let sheet = sheet_of(&[("score.management_system", "５"), ("score.management_system.reason", "制度\"未\"修订\n第二行")]);
        let row = sheet.rows.iter().find(|r| r.id == "management_system").unwrap();
        assert!(row.manual);
        assert_eq!(row.typed, ["５".to_string(), String::new(), "制度\"未\"修订\n第二行".to_string()]);
        assert_eq!((row.score.as_str(), row.marks.as_str()), ("待评", "pending"));
        assert!(sheet.problems.iter().any(|(field, message)| field == "score.management_system" && message.contains("不能超过分值")));
    }

    #[test]
    fn a_row_scored_from_its_typed_value_keeps_its_boxes_and_says_how_or_what_it_needs() {
        let sheet = sheet_of(&[("budget.initial", "100"), ("score.output_quality.actual", "96%")]);
        let row = |id: &str| sheet.rows.iter().find(|r| r.id == id).unwrap().clone();
        let quality = row("output_quality");
        assert!(quality.manual, "the clerk still types its 实际完成值 and may type its 得分");
        assert_eq!((quality.score.as_str(), quality.note.as_str()), ("4.80", "96%×5分，计4.80分"));
        let timeliness = row("output_timeliness");
        assert_eq!((timeliness.score.as_str(), timeliness.note.as_str()), ("待评", "请填写实际完成值（如98%）或得分"));
        assert_eq!(row("management_system").note, "", "a row scored only by hand waits in its empty 得分 box");
    }

    #[test]
    fn a_computed_row_without_its_figures_gets_a_score_box_and_keeps_its_computed_value() {
        let waiting = sheet_of(&[("budget.initial", "120"), ("disclosure.budget_published", "2025-02-14")]);
        let row = waiting.rows.iter().find(|r| r.id == "disclosure_timeliness").unwrap();
        assert!(row.score_box && !row.manual, "a 得分 box, but its 实际完成值 is still the indicator's");
        assert_eq!((row.actual.as_str(), row.score.as_str()), ("待填", "待评"));
        assert_eq!(row.note_shown(), "缺少计算所需的数据，待评分；也可填写得分，并在下方写明依据");
        assert_eq!(ScoreSheet::from_text(&waiting.to_text()), Some(waiting.clone()), "the box crosses to the tools module");
        let staff = waiting.rows.iter().find(|r| r.id == "staff_control").unwrap();
        assert!(staff.score_box, "any row whose figures are missing");
        let dated = sheet_of(&[("disclosure.budget_approved", "2025-02-01"), ("disclosure.budget_published", "2025-02-14")]);
        let row = dated.rows.iter().find(|r| r.id == "disclosure_timeliness").unwrap();
        assert!(!row.score_box, "scored from its dates");
        assert_eq!(row.score, "4.00");
    }

    #[test]
    fn a_manual_row_with_its_value_typed_asks_for_its_score() {
        let pairs = [("rubric.preset", "self_evaluation"), ("score.output_quantity.actual", "完成11项")];
        let row = |sheet: ScoreSheet| sheet.rows.into_iter().find(|r| r.id == "output_quantity").unwrap();
        assert_eq!(row(sheet_of(&pairs)).note_shown(), "请填写得分");
        assert_eq!(row(sheet_of(&[pairs[0], pairs[1], ("score.output_quantity", "9")])).note_shown(), "");
        assert_eq!(row(sheet_of(&pairs[..1])).note_shown(), "", "waits in its empty boxes");
        let full = sheet_of(&[pairs[0], ("score.satisfaction.actual", "100%")]);
        let satisfaction = full.rows.iter().find(|r| r.id == "satisfaction").unwrap();
        assert_eq!((satisfaction.score.as_str(), satisfaction.note_shown().as_str()), ("10.00", ""), "scored from its value");
    }

    #[test]
    fn an_empty_draft_has_no_total_yet() {
        assert_eq!(sheet_of(&[]).total, "总分 —（分值合计 100 分），等级：—；填写数据后评分");
        assert!(sheet_of(&[("unit.name", "某单位")]).total.contains("等级：—"), "a name is no figure");
    }

    #[test]
    fn a_computed_row_says_why_points_were_lost() {
        // 2 in post against 1 approved: 超编 100 个百分点, the row's 8 points all lost.
        let sheet = sheet_of(&[("staff.quota.admin", "1"), ("staff.actual.admin", "2")]);
        let row = sheet.rows.iter().find(|r| r.id == "staff_control").unwrap();
        assert!(!row.manual);
        assert_eq!((row.points.as_str(), row.score.as_str(), row.marks.as_str()), ("8", "0.00", "lost"));
        assert!(row.note.contains("超编"), "{}", row.note);
        assert!(sheet.total.starts_with("总分 "), "{}", sheet.total);
        assert_eq!(sheet.funds.iter().map(|f| f.id.as_str()).collect::<Vec<_>>(), ["funds.total", "funds.basic", "funds.projects"]);
    }

    #[test]
    fn the_text_reads_back_as_the_same_sheet() {
        let sheet = sheet_of(&[("budget.initial", "100"), ("spend.personnel", "90"), ("score.satisfaction", "6"), ("score.satisfaction.actual", "95%")]);
        assert_eq!(sheet.preset, "hunan", "the tools module shows the note of the preset named");
        assert_eq!(ScoreSheet::from_text(&sheet.to_text()), Some(sheet));
        assert_eq!(ScoreSheet::from_text("[[\"row\",\"x\"]]"), None, "a row cut short");
        assert_eq!(ScoreSheet::from_text("[[\"table\"]]"), None, "a kind it does not know");
        assert_eq!(ScoreSheet::from_text("not json"), None);
    }
}
