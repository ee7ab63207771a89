//! A score table — “一级指标 | 二级指标 | 三级指标 | 分值 | 得分” (or only “一级指标 | 分值 | 得分”) over its
//! 合计 / 总分 row, and the 绩效指标 rows of a 项目支出绩效自评表 (SPEC §12) under its 年度资金总额 row: the
//! total is the sum of the rows' 得分, and of their 分值 where the total row gives one (SPEC §11, totals
//! with their parts). Each score counts once: a row that heads rows under it (“投入 | | | 20 | 18” over
//! its 三级 rows) is their subtotal, not a part of its own.

use rust_decimal::Decimal;

use crate::core::exact::Exact;

/// The 一级指标 of the rubrics in use: what a group of rows is called in a sum's formula.
pub const SCORE_PARTS: [&str; 7] = ["决策", "投入", "过程", "产出", "效果", "效益", "满意度"];

/// The 一级 of a province's 部门整体 rubric on the 绩效 side (“运行成本（20分）| 18”): a row naming one is a
/// part of the total even in a table without levels.
pub const PROVINCE_PARTS: [&str; 4] = ["运行成本", "管理效率", "履职效能", "社会效应"];

/// The name of a 自评表's funds row (附件2, 附件3), scored apart from its 绩效指标 rows.
const FUNDS_ROW: &str = "资金总额";

/// A row of a score table: what it names at each level (一级, 二级, 三级 — a merged cell names nothing),
/// its 分值 and its 得分 (none where it does not apply: “10 | —”).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScoreRow {
    pub names: [Option<String>; 3],
    pub points: Option<Decimal>,
    pub score: Option<Decimal>,
}

impl ScoreRow {
    /// The deepest level the row names (a 一级's own row: 1).
    fn depth(&self) -> usize {
        self.names.iter().rposition(Option::is_some).map_or(1, |i| i + 1)
    }

    /// Whether `below`, the row after this one, is under it: it names a deeper level, and at this row's
    /// levels the same names or none (its cells merged with this row's).
    fn heads(&self, below: &ScoreRow) -> bool {
        let depth = self.depth();
        below.depth() > depth && (0..depth).all(|l| below.names[l].is_none() || below.names[l] == self.names[l])
    }
}

/// The rows of the score table being read.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct ScoreTable {
    rows: Vec<ScoreRow>,
    /// Whether its rows are a 自评表's 绩效指标 (headed 年度指标值, 实际完成值): their total is the 总分, the
    /// funds row's 得分 in it.
    of_indicators: bool,
    /// The 自评表's funds row, read in the block above the indicators' own header: whether it is a part of
    /// their total, their 分值 tell.
    funds: Option<ScoreRow>,
    /// Whether its funds row is a project's (“项目资金（万元）| …”, 附件3): its 绩效指标 are scored by the
    /// project rules of SPEC §12, not by a rubric of the unit's.
    of_a_project: bool,
    /// Whether it is a 自评表's funds block (“资金来源 | … | 执行率得分”), whose 合计 row is the year's funds.
    of_funds: bool,
    /// Whether a row could not be told a part of its total or not (a row of a table without levels that
    /// names no 一级): then its total is no sum of them.
    unsure: bool,
    /// Whether a row of a table without levels named no 一级 (“预算编制 | 10 | 9”): its rows are the total's
    /// parts only where each gives its 分值 and they make the total row's 分值 (a sub-item would count twice).
    unlevelled: bool,
    /// The 一级 subtotals a column of their own states (“一级得分”): the group, the figure (a number's index)
    /// and its value.
    subtotals: Vec<(String, usize, Decimal)>,
}

/// What a score table's total row is checked against: the 得分 by group, and the 分值 by group where
/// every row counted gives one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sums {
    pub scores: Vec<(String, Decimal)>,
    pub points: Option<Vec<(String, Decimal)>>,
}

impl ScoreTable {
    /// A table under a header whose headings are `headings`, after the funds row `funds` of the block
    /// above it, if any: that goes on into a 自评表's 绩效指标 rows, and into a table of 一级 and 二级 alone
    /// (“一级指标 | 二级指标 | 分值 | 得分”, a 部门整体 自评表's) where its 分值 make the total's with theirs.
    pub fn new(headings: &[String], funds: Option<(ScoreRow, bool)>) -> Self {
        let of_indicators = headings.iter().any(|h| h.contains("指标值") || h.contains("完成值"));
        let (funds, of_a_project) = match funds {
            Some((row, of_a_project)) => (Some(row), of_a_project && of_indicators),
            None => (None, false),
        };
        // “资金来源 | 年初预算数 | … | 权重分 | 执行率得分”: a 自评表's funds block, its row of the year's funds named 合计.
        let of_funds = headings.first().is_some_and(|h| ["资金来源", "项目资金", "资金情况"].iter().any(|w| h.contains(w)));
        ScoreTable { rows: Vec::new(), of_indicators, funds, of_a_project, of_funds, unsure: false, unlevelled: false, subtotals: Vec::new() }
    }

    /// Whether its rows are a 项目支出绩效自评表's 绩效指标 (under its 项目资金 block).
    pub fn of_a_project(&self) -> bool {
        self.of_a_project
    }

    /// Whether its rows are a 自评表's 绩效指标 (headed 年度指标值, 实际完成值, under the 年度资金总额 block) —
    /// a project's or the unit's own: each states its target and result, and SPEC §12's rules score it.
    pub fn of_a_sheet(&self) -> bool {
        self.of_a_project || self.funds.is_some() && self.of_indicators
    }

    /// Whether no row has been read into it.
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Whether its first row is a 自评表's funds row (年度资金总额).
    pub fn opens_with_funds(&self) -> bool {
        self.rows.first().is_some_and(|row| row.names[0].as_deref().is_some_and(|name| name.contains(FUNDS_ROW)))
    }

    /// How many rows have been read into it.
    pub fn len(&self) -> usize {
        self.rows.len()
    }

    /// The table with the 得分 of some rows (by their place) put otherwise.
    pub fn rescored(&self, scores: impl Iterator<Item = (usize, Decimal)>) -> ScoreTable {
        let mut table = self.clone();
        for (at, score) in scores {
            if let Some(row) = table.rows.get_mut(at) {
                row.score = Some(score);
            }
        }
        table
    }

    pub fn push(&mut self, row: ScoreRow) {
        self.rows.push(row);
    }

    /// The subtotal a row states for the 一级 it opens (its figure `number`, an index, and `value`).
    pub fn subtotal(&mut self, names: &[Option<String>; 3], number: usize, value: Decimal) {
        if let Some(name) = &names[0] {
            self.subtotals.push((short_name(name), number, value));
        }
    }

    /// The 一级 subtotals stated beside the rows.
    pub fn subtotals(&self) -> &[(String, usize, Decimal)] {
        &self.subtotals
    }

    /// A row was read that may or may not be a part (an item under a 一级 in a table without levels).
    pub fn unsure(&mut self) {
        self.unsure = true;
    }

    /// A row named no 一级 in a table without levels (see [`ScoreTable::unlevelled`]).
    pub fn unlevelled(&mut self) {
        self.unlevelled = true;
    }

    /// The table's one row, where it is a 自评表's funds row (“年度资金总额 | … | 10 | 95.84% | 9.58”): the
    /// block of funds above the 绩效指标.
    pub fn funds_row(self) -> Option<ScoreRow> {
        match &self.rows[..] {
            [row] if row.names[0].as_deref().is_some_and(|name| name.contains(FUNDS_ROW)) => self.rows.into_iter().next(),
            // Named for the funds it totals, as a sum's part.
            [row] if self.of_funds && row.names[0].as_deref() == Some("合计") => {
                let mut row = row.clone();
                row.names[0] = Some("年度资金总额".to_string());
                Some(row)
            }
            _ => None,
        }
    }

    /// What a table without rows yet hands on to the header row under it (the lower row of a header over
    /// two rows, “绩效指标” spanning “一级指标 | 二级指标 | 三级指标”): the funds row it carries, and whether it
    /// is a project's. A table with rows hands on what [`ScoreTable::funds_row`] gives.
    pub fn handed_on(self, of_projects: bool) -> Option<(ScoreRow, bool)> {
        if self.rows.is_empty() {
            let of_a_project = self.of_a_project;
            return self.funds.map(|funds| (funds, of_a_project));
        }
        self.funds_row().map(|funds| (funds, of_projects))
    }

    /// Its sums where it ends without a total row, for a total stated above it: only a whole rubric's rows
    /// (their 分值 make 100), not a 自评表's indicators, whose funds row and total stand elsewhere.
    pub fn whole(&self) -> Option<Sums> {
        if self.funds.is_some() && self.of_indicators || self.of_a_project {
            return None;
        }
        let sums = self.sums(Some(Decimal::ONE_HUNDRED))?;
        (sums.points.as_deref().and_then(total) == Some(Decimal::ONE_HUNDRED)).then_some(sums)
    }

    /// The sums a total row stating `points` (its 分值, if it gives them) is checked against — none for
    /// fewer than two rows. A 自评表's funds row from the block above counts, unless the rows' 分值 make
    /// the stated 分值 only without it (over rows of 一级 and 二级 alone: only where its 分值 with theirs
    /// make the stated ones); without it, the 绩效指标's total is checked only where their 分值 make the
    /// stated ones (else the funds row, unread, is in it).
    pub fn sums(&self, points: Option<Decimal>) -> Option<Sums> {
        let makes = |sums: &Sums| points.is_some_and(|points| sums.points.as_ref().and_then(|p| total(p)) == Some(points));
        if self.unsure {
            return None;
        }
        // A total row giving its 得分 alone (“总分 | 92.5”): rows whose 分值 make the whole rubric (100) are every
        // one a part of it, as where they make the total row's own 分值.
        let points_make_it = || {
            let listed = self.rows.iter().try_fold(Decimal::ZERO, |sum, row| sum.plus(row.points?).filter(|_| row.score.is_some()));
            points.is_some() && listed == points || points.is_none() && listed == Some(Decimal::ONE_HUNDRED)
        };
        if self.unlevelled && (self.funds.is_some() && self.of_indicators || !points_make_it()) {
            return None;
        }
        let alone = sums_of(&self.rows);
        let Some(funds) = &self.funds else {
            return alone.filter(|sums| !self.of_indicators || makes(sums));
        };
        let rows: Vec<ScoreRow> = std::iter::once(funds.clone()).chain(self.rows.iter().cloned()).collect();
        let with = sums_of(&rows)?;
        // Under a table of no indicators the funds row may be a block of its own, its score a rate's alone:
        // a part of the total only where the 分值 say so.
        if !self.of_indicators {
            return if makes(&with) { Some(with) } else { alone };
        }
        Some(match alone {
            Some(alone) if !makes(&with) && makes(&alone) => alone,
            _ => with,
        })
    }
}

/// The sums of `rows`' 得分 and 分值 by group (their 一级), each row once — a row that heads rows under
/// it left out; none for fewer than two rows. A row under no 一级 (a table whose levels start at the
/// 二级, or rows after the funds row that name none) is a part by its own name: lumped under the first
/// row's name, every score would read as that row's.
fn sums_of(rows: &[ScoreRow]) -> Option<Sums> {
    if rows.len() < 2 {
        return None;
    }
    let mut scores: Vec<(String, Decimal)> = Vec::new();
    let mut points: Option<Vec<(String, Decimal)>> = Some(Vec::new());
    // The 一级 the rows being read are under (the funds row heads none).
    let mut group: Option<String> = None;
    for (k, row) in rows.iter().enumerate() {
        // A row's group is the 一级 it names, or the one above it (its 一级 cell merged). A 一级's own row
        // once more (“决策 | 15 | 14” then “决策 目标设定 | 5 | 5”) is an item of it, unmarked: no sum.
        if let Some(name) = &row.names[0] {
            let again = scores.iter().any(|(seen, _)| *seen == short_name(name));
            if again && row.depth() == 1 {
                return None;
            }
            group = Some(short_name(name));
        }
        if rows.get(k + 1).is_some_and(|below| row.heads(below)) {
            continue;
        }
        let part = match &group {
            Some(group) => Part::Group(group),
            None => Part::Row(own_name(row)),
        };
        if let Some(score) = row.score {
            part.add_to(&mut scores, score)?;
        }
        points = match (points, row.points) {
            (Some(mut kept), Some(p)) => part.add_to(&mut kept, p).map(|()| kept),
            _ => None,
        };
        if row.names[0].as_deref().is_some_and(|name| name.contains(FUNDS_ROW)) {
            group = None;
        }
    }
    Some(Sums { scores, points })
}

/// What a row's figures are added to: its 一级's sum, or a part of its own.
enum Part<'a> {
    Group(&'a str),
    Row(String),
}

impl Part<'_> {
    /// Adds `value` to the part's sum in `sums` (a group once, where it first stands; a row always a part
    /// of its own); `None` on overflow.
    fn add_to(&self, sums: &mut Vec<(String, Decimal)>, value: Decimal) -> Option<()> {
        match self {
            Part::Group(group) => add(sums, group, value),
            Part::Row(name) => {
                sums.push((name.clone(), value));
                Some(())
            }
        }
    }
}

/// A row's own name, as a sum's formula gives it: its deepest level's, without a remark in brackets.
fn own_name(row: &ScoreRow) -> String {
    let name = row.names.iter().flatten().next_back().map_or("", String::as_str);
    name.split(['（', '(']).next().unwrap_or(name).to_string()
}

/// The sum of `parts`' figures.
pub fn total(parts: &[(String, Decimal)]) -> Option<Decimal> {
    parts.iter().try_fold(Decimal::ZERO, |sum, (_, value)| sum.plus(*value))
}

/// Adds `value` to `group`'s sum (a group once, where it first stands); `None` on overflow.
fn add(sums: &mut Vec<(String, Decimal)>, group: &str, value: Decimal) -> Option<()> {
    match sums.iter_mut().find(|(name, _)| name == group) {
        Some((_, sum)) => *sum = sum.plus(value)?,
        None => sums.push((group.to_string(), value)),
    }
    Some(())
}

/// A group's name as a sum's formula gives it: the 一级's short name (“产出指标” → 产出), the funds row's
/// (“年度资金总额（执行率×分值）” → 年度资金总额), else the name without a remark in brackets.
fn short_name(name: &str) -> String {
    if let Some(part) = SCORE_PARTS.iter().find(|p| name.contains(*p)) {
        return part.to_string();
    }
    if name.contains(FUNDS_ROW) {
        return format!("年度{FUNDS_ROW}");
    }
    name.split(['（', '(']).next().unwrap_or(name).to_string()
}

/// The 分值 a row's name gives in its closing brackets (“管理效率（30分）”), where no column gives it.
pub fn bracketed_points(name: &str) -> Option<Decimal> {
    let inner = name.trim().strip_suffix(['）', ')'])?;
    let open = inner.rfind(['（', '('])?;
    let figure = inner[open..].trim_start_matches(['（', '(']).strip_suffix('分')?;
    if figure.is_empty() || !figure.chars().all(|c| c.is_ascii_digit() || c == '.') {
        return None;
    }
    figure.parse().ok()
}

/// The level a score table's column heading names (“一级指标” → 1), if it names one. An 一体化系统's 自评表
/// heads its levels “指标类型” (产出指标, 效益指标, 满意度指标) and “指标分类” (数量指标, 质量指标 …).
pub fn level(heading: &str) -> Option<usize> {
    if let Some(at) = ["指标类型", "指标分类"].iter().position(|h| heading.trim() == *h) {
        return Some(at + 1);
    }
    ["一级", "二级", "三级"].iter().position(|l| heading.contains(l)).map(|i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(names: [&str; 3], points: i64, score: &str) -> ScoreRow {
        let name = |n: &str| (!n.is_empty()).then(|| n.to_string());
        ScoreRow { names: names.map(name), points: Some(Decimal::from(points)), score: score.parse().ok() }
    }

    fn scores(table: &ScoreTable) -> Vec<(String, String)> {
        table.sums(None).map(|s| s.scores.iter().map(|(n, v)| (n.clone(), v.to_string())).collect()).unwrap_or_default()
    }

    #[test]
    fn a_subtotal_row_over_its_rows_is_counted_once() {
        let mut table = ScoreTable::default();
        for r in [
            row(["决策指标", "", ""], 12, "11"),
            row(["", "目标设定", "目标合理性"], 6, "6"),
            row(["", "", "指标明确性"], 6, "5"),
            row(["", "资金投入", ""], 0, "0"),
            row(["管理指标", "", ""], 20, "17.5"),
            row(["", "", "制度执行"], 20, "17.5"),
            row(["效益指标", "", "群众获得感"], 68, "60"),
        ] {
            table.push(r);
        }
        assert_eq!(scores(&table), [("决策".to_string(), "11".to_string()), ("管理指标".into(), "17.5".into()), ("效益".into(), "60".into())]);
    }

    #[test]
    fn a_first_level_without_rows_under_it_is_a_part() {
        let mut table = ScoreTable::default();
        table.push(row(["满意度", "", ""], 10, "8"));
        table.push(row(["产出", "数量", "培训人次"], 90, "85"));
        assert_eq!(scores(&table), [("满意度".to_string(), "8".to_string()), ("产出".into(), "85".into())]);
    }

    #[test]
    fn a_funds_row_from_the_block_above_is_a_part_unless_the_points_say_otherwise() {
        let indicators = ["一级指标".to_string(), "三级指标".into(), "年度指标值".into(), "实际完成值".into(), "分值".into(), "得分".into()];
        let mut funds = ScoreTable::default();
        funds.push(row(["年度资金总额", "", ""], 10, "9.2"));
        let mut table = ScoreTable::new(&indicators, funds.funds_row().map(|row| (row, true)));
        table.push(row(["产出指标", "数量指标", "场次"], 60, "60"));
        table.push(row(["满意度指标", "", "满意度"], 30, "28"));
        assert_eq!(table.sums(Some(Decimal::ONE_HUNDRED)).map(|s| s.scores.len()), Some(3));
        assert_eq!(table.sums(Some(Decimal::from(90))).map(|s| s.scores.len()), Some(2), "the indicators' 分值 make 90 alone");
        // Without their funds row, the indicators' total is theirs only where their 分值 make it.
        let mut alone = ScoreTable::new(&indicators, None);
        alone.push(row(["产出指标", "数量指标", "场次"], 60, "60"));
        alone.push(row(["满意度指标", "", "满意度"], 30, "28"));
        assert_eq!(alone.sums(Some(Decimal::ONE_HUNDRED)), None);
        assert_eq!(alone.sums(None), None);
        assert!(alone.sums(Some(Decimal::from(90))).is_some());
        let mut two = ScoreTable::default();
        two.push(row(["年度资金总额", "", ""], 10, "9.2"));
        two.push(row(["基本支出", "", ""], 10, "9.5"));
        assert_eq!(two.funds_row(), None, "a funds block of more rows is no part of the next table");
    }

    #[test]
    fn a_funds_row_over_rows_of_levels_alone_is_a_part_where_the_points_with_it_make_the_total() {
        let levels = ["一级指标".to_string(), "二级指标".into(), "分值".into(), "得分".into()];
        let mut funds = ScoreTable::default();
        funds.push(row(["年度资金总额", "", ""], 20, "18.4"));
        let mut table = ScoreTable::new(&levels, funds.funds_row().map(|row| (row, false)));
        table.push(row(["产出指标", "数量指标", ""], 50, "47"));
        table.push(row(["满意度指标", "满意度", ""], 30, "26.5"));
        let summed = |points: i64| table.sums(Some(Decimal::from(points))).map(|s| s.scores.iter().map(|(n, v)| format!("{n}{v}")).collect::<Vec<_>>());
        assert_eq!(summed(100), Some(vec!["年度资金总额18.4".to_string(), "产出47".into(), "满意度26.5".into()]));
        assert_eq!(summed(80), Some(vec!["产出47".to_string(), "满意度26.5".into()]), "the rows' 分值 make 80 alone");
        assert_eq!(table.sums(None).map(|s| s.scores.len()), Some(2), "no 分值 stated: the rows alone, as before");
        assert!(!table.of_a_project(), "a project's funds row scores no rubric of the unit's");
    }
}
