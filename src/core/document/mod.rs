//! The draft as it travels: the draft document, the versioned JSON form of a draft and the one format
//! for browser storage, exported files and share links ([`share`]); and next year's draft started from
//! this one ([`next_year`]). Above the evaluation: a document also carries derived figures.
//!
//! ```json
//! { "format": "jixiao-draft", "schema": 1, "saved_at": "…",
//!   "fields": { "budget.initial": "１８０．０７万元", … }, "amounts": { "budget.initial": "180.07", … } }
//! ```
//! `fields` maps field ids to exactly what was typed; project cells are `spend.projects.N.<column>`,
//! scores `score.<row id>` (with `.reason`, `.actual`), and an edited rubric's cells
//! `rubric.rows.N.<column>` (with `rubric.own` marking a rubric of the draft's own, even an empty one).
//! A draft that follows its preset stores only `rubric.preset`, which keeps files and share links short.
//! `amounts` gives every readable amount as an exact decimal string in 万元, for other tools; it is
//! derived from `fields`, so it is ignored when a document is read.
//! Everything read from outside is untrusted: [`read_document`] validates fully and names the field
//! of the first problem, so a caller can refuse a file before anything is changed.

pub mod next_year;
pub mod share;
pub mod zlib;

use std::collections::BTreeMap;
use std::fmt;

use crate::core::reading::amount::parse_amount;
use crate::core::draft::Draft;
use crate::core::draft::fields::{self, FieldKind, IndicatorColumn, ProjectColumn};
use crate::core::draft::json::{self, Json};
use crate::core::draft::rubric::{RubricCells, RubricColumn};

/// The identifier written into every document.
pub const FORMAT: &str = "jixiao-draft";
/// The schema this version writes. Older schemas must keep opening (see `migrate`).
/// 1: figures, projects, methods. 2: adds the rubric, scores and the 附件2 funds fields. 3: adds each
/// project's 项目支出绩效自评表 (its own cells and indicator grid) and the `project_eval.*` options.
pub const SCHEMA_VERSION: u32 = 3;
/// Larger documents are refused before parsing: a real draft is a few tens of kilobytes.
pub const MAX_DOCUMENT_BYTES: usize = 5 * 1024 * 1024;
/// The most project rows a document may carry.
pub const MAX_PROJECTS: usize = 2000;
/// The most rubric rows a document may carry.
pub const MAX_RUBRIC_ROWS: usize = 500;
/// More indicator rows than any project's table has: a file with more is damaged.
pub const MAX_INDICATOR_ROWS: usize = 500;
/// Marks a draft with a rubric of its own (which may have no rows at all).
const OWN_RUBRIC: &str = "rubric.own";
/// The longest text one field may hold (a long narrative section is ~5,000 characters).
const MAX_TEXT_CHARS: usize = 100_000;
/// The longest text a number or date field may hold.
const MAX_SHORT_CHARS: usize = 200;

/// The boundary type: what a document says, before it is trusted as a draft.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DraftDocument {
    pub format: String,
    pub schema: u32,
    /// When the document was written (ISO 8601, from the browser clock); informational.
    pub saved_at: Option<String>,
    pub fields: BTreeMap<String, String>,
    /// Every readable amount (万元) as an exact decimal string, derived from `fields`.
    pub amounts: BTreeMap<String, String>,
}

impl DraftDocument {
    /// The document as indented JSON text (files and storage: readable by a person).
    pub fn to_json(&self) -> String {
        self.write(Some("  "))
    }

    /// The document as JSON on one line (share links: every character counts).
    pub fn to_compact_json(&self) -> String {
        self.write(None)
    }

    fn write(&self, indent: Option<&str>) -> String {
        let (newline, step) = match indent {
            Some(step) => ("\n", step),
            None => ("", ""),
        };
        let member = |out: &mut String, key: &str| {
            out.push_str(newline);
            out.push_str(step);
            json::write_string(out, key);
            out.push_str(if indent.is_some() { ": " } else { ":" });
        };
        let mut out = String::from("{");
        member(&mut out, "format");
        json::write_string(&mut out, &self.format);
        out.push(',');
        member(&mut out, "schema");
        out.push_str(&self.schema.to_string());
        if let Some(saved_at) = &self.saved_at {
            out.push(',');
            member(&mut out, "saved_at");
            json::write_string(&mut out, saved_at);
        }
        out.push(',');
        member(&mut out, "fields");
        json::write_object(&mut out, indent.map(|_| step), self.fields.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        if !self.amounts.is_empty() {
            out.push(',');
            member(&mut out, "amounts");
            json::write_object(&mut out, indent.map(|_| step), self.amounts.iter().map(|(k, v)| (k.as_str(), v.as_str())));
        }
        out.push_str(newline);
        out.push('}');
        out
    }

    /// Reads the document's shape from JSON: exactly these keys, each of its type.
    fn from_json(value: &Json) -> Result<Self, DocumentError> {
        let Json::Object(members) = value else { return Err(DocumentError::NotADraft) };
        let not_json = |detail: String| DocumentError::NotJson { detail };
        if let Some((key, _)) = members.iter().find(|(k, _)| !matches!(k.as_str(), "format" | "schema" | "saved_at" | "fields" | "amounts")) {
            return Err(not_json(format!("未知的键“{key}”")));
        }
        let schema = match value.get("schema") {
            Some(Json::Number(n)) => n.parse::<u32>().map_err(|_| not_json(format!("schema 应为非负整数，而不是 {n}")))?,
            Some(other) => return Err(not_json(format!("schema 应为整数，而不是{}", other.kind()))),
            None => return Err(not_json("缺少 schema".to_string())),
        };
        let saved_at = match value.get("saved_at") {
            None | Some(Json::Null) => None,
            Some(Json::String(at)) => Some(at.clone()),
            Some(other) => return Err(not_json(format!("saved_at 应为字符串，而不是{}", other.kind()))),
        };
        let strings = |key: &str, required: bool| -> Result<BTreeMap<String, String>, DocumentError> {
            match value.get(key) {
                None if !required => Ok(BTreeMap::new()),
                None => Err(not_json(format!("缺少 {key}"))),
                Some(Json::Object(members)) => {
                    let mut map = BTreeMap::new();
                    for (k, v) in members {
                        let Json::String(text) = v else {
                            return Err(not_json(format!("{key}.\"{k}\" 的值应为字符串，而不是{}", v.kind())));
                        };
                        map.insert(k.clone(), text.clone());
                    }
                    Ok(map)
                }
                Some(other) => Err(not_json(format!("{key} 应为对象，而不是{}", other.kind()))),
            }
        };
        Ok(DraftDocument { format: FORMAT.to_string(), schema, saved_at, fields: strings("fields", true)?, amounts: strings("amounts", false)? })
    }
}

/// Why a document was refused. `Display` is the Chinese message for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocumentError {
    TooLarge { bytes: usize },
    NotJson { detail: String },
    NotADraft,
    NewerSchema { schema: u32 },
    /// A key the data contract does not have (kept as found: it has no Chinese name).
    UnknownField { id: String },
    /// A field whose value cannot be a value of it, named by the field's id.
    BadValue { id: String, problem: String },
    TooManyProjects,
    TooManyRubricRows,
    TooManyIndicatorRows { project: usize },
}

impl fmt::Display for DocumentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::TooLarge { bytes } => {
                write!(f, "文件过大（{} KB），草稿文件不应超过 {} KB", bytes / 1024, MAX_DOCUMENT_BYTES / 1024)
            }
            Self::NotJson { detail } => write!(f, "文件不是有效的草稿（JSON 格式错误：{detail}）"),
            Self::NotADraft => f.write_str("这不是本工具导出的草稿文件"),
            Self::NewerSchema { schema } => write!(
                f,
                "此草稿由较新版本保存（schema {schema}，本版本支持到 {SCHEMA_VERSION}），请使用新版本打开"
            ),
            Self::UnknownField { id } => write!(f, "文件中有本工具不认识的内容“{id}”，文件可能已被改动"),
            Self::BadValue { id, problem } => write!(f, "“{}”的内容有误：{problem}", fields::label_of(id)),
            Self::TooManyProjects => write!(f, "项目超过 {MAX_PROJECTS} 个，文件可能已损坏"),
            Self::TooManyRubricRows => write!(f, "评分表超过 {MAX_RUBRIC_ROWS} 行，文件可能已损坏"),
            Self::TooManyIndicatorRows { project } => {
                write!(f, "项目{}的绩效指标超过 {MAX_INDICATOR_ROWS} 行，文件可能已损坏", project + 1)
            }
        }
    }
}

/// The document for a draft, as it will be stored or exported.
pub fn to_document(draft: &Draft, saved_at: Option<String>) -> DraftDocument {
    // Maps are filled by inserting: collecting into one sorts, and each sort costs Wasm bytes.
    let mut fields = BTreeMap::new();
    for (id, text) in draft.values() {
        fields.insert(id.to_string(), text.to_string());
    }
    for (index, project) in draft.projects().iter().enumerate() {
        for column in ProjectColumn::ALL {
            let text = project.cell(*column);
            // Empty rows are kept (as an empty name) so that a row the clerk added survives a reload.
            if !text.is_empty() || (*column == ProjectColumn::Name && project.is_blank()) {
                fields.insert(fields::project_field_id(index, *column), text.to_string());
            }
        }
        for (row, indicator) in project.indicators.iter().enumerate() {
            for column in IndicatorColumn::ALL {
                let text = indicator.cell(*column);
                // 一级 is always written, so that a row of blank cells survives a reload.
                if !text.is_empty() || *column == IndicatorColumn::Level1 {
                    fields.insert(fields::indicator_field_id(index, row, *column), text.to_string());
                }
            }
        }
    }
    if let Some(rows) = draft.rubric() {
        fields.insert(OWN_RUBRIC.to_string(), "true".to_string());
        for (index, row) in rows.iter().enumerate() {
            for column in RubricColumn::ALL {
                let text = row.cell(*column);
                // The id is always written, so that a row of blank cells survives a reload.
                if !text.is_empty() || *column == RubricColumn::Id {
                    fields.insert(fields::rubric_field_id(index, *column), text.to_string());
                }
            }
        }
    }
    let amounts = canonical_amounts(&fields);
    DraftDocument { format: FORMAT.to_string(), schema: SCHEMA_VERSION, saved_at, fields, amounts }
}

/// The exact value of every field that holds a readable amount, as a plain decimal string.
fn canonical_amounts(fields: &BTreeMap<String, String>) -> BTreeMap<String, String> {
    let is_amount = |id: &str| match fields::parse_project_field_id(id) {
        Some((_, column)) => column.is_amount(),
        None => fields::spec(id).is_some_and(|spec| spec.kind == FieldKind::Amount),
    };
    let mut amounts = BTreeMap::new();
    for (id, text) in fields.iter().filter(|(id, _)| is_amount(id)) {
        if let Ok(Some(value)) = parse_amount(text) {
            amounts.insert(id.clone(), value.to_string());
        }
    }
    amounts
}

/// The document as JSON text.
pub fn write_document(draft: &Draft, saved_at: Option<String>) -> String {
    to_document(draft, saved_at).to_json()
}

/// Reads JSON text into a draft, validating everything first.
pub fn read_document(json: &str) -> Result<(Draft, DraftDocument), DocumentError> {
    if json.len() > MAX_DOCUMENT_BYTES {
        return Err(DocumentError::TooLarge { bytes: json.len() });
    }
    let value = json::parse(json).map_err(|detail| DocumentError::NotJson { detail })?;
    if value.get("format").and_then(Json::as_str) != Some(FORMAT) {
        return Err(DocumentError::NotADraft);
    }
    let document = migrate(DraftDocument::from_json(&value)?)?;
    let draft = from_document(&document)?;
    Ok((draft, document))
}

/// Brings an older schema up to the current one. Schemas 2 and 3 only added fields, so older documents
/// read as they are: without a rubric of its own a draft follows the default preset, and its projects
/// have no 自评表 yet.
fn migrate(document: DraftDocument) -> Result<DraftDocument, DocumentError> {
    match document.schema {
        0..=2 | SCHEMA_VERSION => Ok(DraftDocument { schema: SCHEMA_VERSION, ..document }),
        schema => Err(DocumentError::NewerSchema { schema }),
    }
}

/// Builds a draft from a current-schema document, refusing unknown fields and impossible values.
fn from_document(document: &DraftDocument) -> Result<Draft, DocumentError> {
    let mut draft = Draft::new();
    let mut rows: BTreeMap<usize, ProjectCells> = BTreeMap::new();
    let mut rubric: BTreeMap<usize, CellMap> = BTreeMap::new();
    let mut own_rubric = false;
    for (id, text) in &document.fields {
        if let Some((index, column)) = fields::parse_project_field_id(id) {
            check_project_cell(id, column, text)?;
            rows.entry(index).or_default().cells.push((column, text));
            continue;
        }
        if let Some((index, row, column)) = fields::parse_indicator_field_id(id) {
            check_value(id, fields::kind_of(id).unwrap_or(FieldKind::Text), text)?;
            rows.entry(index).or_default().indicators.entry(row).or_default().push((column, text));
            continue;
        }
        if let Some((index, column)) = fields::parse_rubric_field_id(id) {
            check_value(id, fields::rubric_column_kind(column), text)?;
            rubric.entry(index).or_default().0.insert(column, text);
            continue;
        }
        if id == OWN_RUBRIC {
            check_value(id, FieldKind::Flag, text)?;
            own_rubric = text == "true";
            continue;
        }
        let kind = fields::kind_of(id).ok_or_else(|| DocumentError::UnknownField { id: id.clone() })?;
        check_value(id, kind, text)?;
        // The id is a catalogue field or a score field, so `set` accepts it.
        let _ = draft.set(id, text);
    }
    if rows.len() > MAX_PROJECTS {
        return Err(DocumentError::TooManyProjects);
    }
    if rubric.len() > MAX_RUBRIC_ROWS {
        return Err(DocumentError::TooManyRubricRows);
    }
    if own_rubric || !rubric.is_empty() {
        // Row numbers close up in order, as for projects.
        draft.own_rubric(rubric.values().map(|cells| cells as &dyn RubricCells));
    }
    // Row numbers in a file may have gaps (hand-edited); rows keep their order and close up.
    for (index, project) in &rows {
        if project.indicators.len() > MAX_INDICATOR_ROWS {
            return Err(DocumentError::TooManyIndicatorRows { project: *index });
        }
        let row = draft.add_project();
        for (column, text) in &project.cells {
            draft.set_project_cell(row, *column, text);
        }
        for cells in project.indicators.values() {
            draft.add_indicator(row, cells);
        }
    }
    Ok(draft)
}

/// The cells of one project as read from a document: its own, and its indicator rows by number.
#[derive(Default)]
struct ProjectCells<'a> {
    cells: Vec<(ProjectColumn, &'a str)>,
    indicators: BTreeMap<usize, Vec<(IndicatorColumn, &'a str)>>,
}

/// The cells of one rubric row as read from a document.
#[derive(Default)]
struct CellMap<'a>(BTreeMap<RubricColumn, &'a str>);

impl RubricCells for CellMap<'_> {
    fn cell(&self, column: RubricColumn) -> &str {
        self.0.get(&column).copied().unwrap_or("")
    }
}

fn check_value(id: &str, kind: FieldKind, text: &str) -> Result<(), DocumentError> {
    let bad = |problem: String| Err(DocumentError::BadValue { id: id.to_string(), problem });
    match kind {
        FieldKind::Flag if !matches!(text, "true" | "false" | "") => bad(format!("应为 true 或 false，而不是“{text}”")),
        FieldKind::Choice(choices) if !choices.iter().any(|c| c.id == text) => {
            let allowed: Vec<&str> = choices.iter().map(|c| c.label).collect();
            bad(format!("“{text}”不是可选的项（可选：{}）", allowed.join("；")))
        }
        FieldKind::Text | FieldKind::Paragraphs | FieldKind::Bands if text.chars().count() > MAX_TEXT_CHARS => {
            bad(format!("超过 {MAX_TEXT_CHARS} 字"))
        }
        FieldKind::Amount
        | FieldKind::Persons
        | FieldKind::Year
        | FieldKind::Date
        | FieldKind::Area
        | FieldKind::Points
        | FieldKind::Percent
            if text.chars().count() > MAX_SHORT_CHARS =>
        {
            bad(format!("超过 {MAX_SHORT_CHARS} 个字符"))
        }
        _ => Ok(()),
    }
}

fn check_project_cell(id: &str, column: ProjectColumn, text: &str) -> Result<(), DocumentError> {
    match column {
        ProjectColumn::Key if !matches!(text, "true" | "false" | "") => Err(DocumentError::BadValue {
            id: id.to_string(),
            problem: format!("重点项目标记应为 true 或 false，而不是“{text}”"),
        }),
        column => check_value(id, fields::project_column_kind(column), text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::examples;

    #[test]
    fn round_trips_a_draft_exactly() {
        let mut draft = examples::taojiang_2024();
        draft.set("budget.carryover", "０").unwrap();
        let empty_row = draft.add_project();
        let json = write_document(&draft, Some("2025-03-01T08:00:00Z".into()));
        let (read, document) = read_document(&json).unwrap();
        assert_eq!(document.saved_at.as_deref(), Some("2025-03-01T08:00:00Z"));
        assert_eq!(read.values().collect::<Vec<_>>(), draft.values().collect::<Vec<_>>());
        let typed = |d: &Draft| d.projects().iter().map(|p| p.typed()).collect::<Vec<_>>();
        assert_eq!(typed(&read), typed(&draft));
        assert_eq!(read.projects().len(), 3, "the empty row {empty_row:?} survives");
    }

    #[test]
    fn json_keys_are_the_field_ids() {
        let json = write_document(&examples::taojiang_2024(), None);
        assert!(json.contains("\"budget.initial\": \"180.07\""), "{json}");
        assert!(json.contains("\"spend.projects.1.name\""));
        assert!(json.contains("\"schema\": 3"));
        assert!(!json.contains("rubric.rows"), "a draft following its preset stores only the preset");
    }

    #[test]
    fn amounts_are_also_written_as_exact_decimal_strings_and_ignored_when_read() {
        let mut draft = examples::taojiang_2024();
        draft.set("budget.initial", "１８０．０７万元").unwrap();
        draft.set("spend.personnel", "2,099,500元").unwrap();
        draft.set("public.budget", "1e3").unwrap();
        let document = to_document(&draft, None);
        assert_eq!(document.fields["budget.initial"], "１８０．０７万元");
        assert_eq!(document.amounts["budget.initial"], "180.07");
        assert_eq!(document.amounts["spend.personnel"], "209.95");
        assert_eq!(document.amounts["spend.projects.1.actual"], "30");
        assert!(!document.amounts.contains_key("public.budget"), "unreadable text has no amount");
        assert!(!document.amounts.contains_key("staff.quota.admin"), "head-counts are not amounts");

        let tampered = r#"{"format":"jixiao-draft","schema":1,"fields":{"budget.initial":"180.07"},"amounts":{"budget.initial":"999"}}"#;
        let (read, _) = read_document(tampered).unwrap();
        assert_eq!(read.get("budget.initial"), "180.07", "what was typed rules");
    }

    #[test]
    fn refuses_what_is_not_a_draft() {
        assert!(matches!(read_document("not json"), Err(DocumentError::NotJson { .. })));
        assert_eq!(read_document("{\"a\":1}").err(), Some(DocumentError::NotADraft));
        assert_eq!(read_document("[]").err(), Some(DocumentError::NotADraft));
        let huge = "x".repeat(MAX_DOCUMENT_BYTES + 1);
        assert!(matches!(read_document(&huge), Err(DocumentError::TooLarge { .. })));
    }

    #[test]
    fn refuses_newer_schemas_and_tampered_fields_naming_the_field() {
        let newer = r#"{"format":"jixiao-draft","schema":99,"fields":{}}"#;
        assert_eq!(read_document(newer).err(), Some(DocumentError::NewerSchema { schema: 99 }));

        let unknown = r#"{"format":"jixiao-draft","schema":1,"fields":{"budget.secret":"1"}}"#;
        let error = read_document(unknown).err().unwrap();
        assert_eq!(error.to_string(), "文件中有本工具不认识的内容“budget.secret”，文件可能已被改动");

        let bad_method = r#"{"format":"jixiao-draft","schema":1,"fields":{"method.rounding":"half_even"}}"#;
        let error = read_document(bad_method).err().unwrap();
        assert!(error.to_string().starts_with("“比率舍入”的内容有误：“half_even”不是可选的项（可选：保留2位小数（四舍五入）；"), "{error}");
        assert_eq!(DocumentError::NotADraft.to_string(), "这不是本工具导出的草稿文件");

        let bad_flag = r#"{"format":"jixiao-draft","schema":1,"fields":{"spend.projects.0.key":"yes"}}"#;
        assert!(matches!(read_document(bad_flag), Err(DocumentError::BadValue { .. })));

        let wrong_type = r#"{"format":"jixiao-draft","schema":1,"fields":{"budget.initial":180}}"#;
        assert!(matches!(read_document(wrong_type), Err(DocumentError::NotJson { .. })));

        let extra_top = r#"{"format":"jixiao-draft","schema":1,"fields":{},"script":"x"}"#;
        assert!(matches!(read_document(extra_top), Err(DocumentError::NotJson { .. })));
    }

    #[test]
    fn an_edited_rubric_and_its_scores_round_trip() {
        use crate::core::draft::choices::RubricPreset;
        let mut draft = examples::taojiang_2024();
        draft.set("rubric.preset", "yueyang").unwrap();
        draft.own_rubric(crate::core::scoring::presets::preset(RubricPreset::Yueyang).rows.iter().map(|r| r as &dyn RubricCells));
        draft.set("rubric.rows.0.points", "６").unwrap();
        draft.set("rubric.rows.1.criteria", "").unwrap();
        draft.set("score.payment_progress", "2.5").unwrap();
        draft.set("score.payment_progress.reason", "第四季度支付偏慢").unwrap();
        let json = write_document(&draft, None);
        let (read, _) = read_document(&json).unwrap();
        assert_eq!(read.rubric().map(<[_]>::len), draft.rubric().map(<[_]>::len));
        for index in 0..draft.rubric().map_or(0, <[_]>::len) {
            for column in RubricColumn::ALL {
                let id = fields::rubric_field_id(index, *column);
                assert_eq!(read.get(&id), draft.get(&id), "{id}");
            }
        }
        assert_eq!(read.get("score.payment_progress.reason"), "第四季度支付偏慢");
        assert_eq!(read.get("rubric.preset"), "yueyang");

        let mut emptied = Draft::new();
        emptied.own_rubric(std::iter::empty());
        let (read, _) = read_document(&write_document(&emptied, None)).unwrap();
        assert_eq!(read.rubric().map(<[_]>::len), Some(0), "a rubric emptied on purpose stays empty");
    }

    #[test]
    fn refuses_bad_rubric_cells_naming_the_cell() {
        let bad_rule = r#"{"format":"jixiao-draft","schema":2,"fields":{"rubric.rows.0.rule":"magic"}}"#;
        let error = read_document(bad_rule).err().unwrap();
        assert!(error.to_string().starts_with("“评分表第1行 计分方法”的内容有误"), "{error}");
        let bad_score_id = r#"{"format":"jixiao-draft","schema":2,"fields":{"score.Staff Control":"1"}}"#;
        assert!(matches!(read_document(bad_score_id), Err(DocumentError::UnknownField { .. })));
        let bad_flag = r#"{"format":"jixiao-draft","schema":2,"fields":{"rubric.cap_by_execution":"yes"}}"#;
        assert!(matches!(read_document(bad_flag), Err(DocumentError::BadValue { .. })));
    }

    #[test]
    fn gaps_in_row_numbers_close_up_in_order() {
        let json = r#"{"format":"jixiao-draft","schema":1,"fields":{
            "spend.projects.7.name":"乙","spend.projects.2.name":"甲","spend.projects.2.key":"true"}}"#;
        let (draft, _) = read_document(json).unwrap();
        assert_eq!(draft.get("spend.projects.0.name"), "甲");
        assert_eq!(draft.get("spend.projects.0.key"), "true");
        assert_eq!(draft.get("spend.projects.1.name"), "乙");
    }

    #[test]
    fn the_committed_schema_1_fixture_keeps_opening_with_the_default_rubric() {
        let fixture = include_str!("../../../tests/fixtures/draft-schema-1.json");
        let (draft, document) = read_document(fixture).unwrap();
        assert_eq!(document.schema, SCHEMA_VERSION);
        assert_eq!(draft.get("unit.name"), "桃江县总工会");
        assert_eq!(draft.get("budget.additions"), "73.72");
        assert_eq!(draft.get("spend.projects.1.actual"), "30");
        assert_eq!(draft.rubric(), None);
        let scores = crate::core::evaluation::evaluate(&draft).scores;
        assert_eq!(scores.preset, crate::core::draft::choices::RubricPreset::Hunan);
        assert_eq!(scores.rows.len(), 17);
    }

    #[test]
    fn the_committed_schema_2_fixture_keeps_opening() {
        let fixture = include_str!("../../../tests/fixtures/draft-schema-2.json");
        let (draft, _) = read_document(fixture).unwrap();
        let scores = crate::core::evaluation::evaluate(&draft).scores;
        assert_eq!(scores.preset, crate::core::draft::choices::RubricPreset::SelfEvaluation);
        assert!(scores.edited);
        assert_eq!(draft.get("score.output_quantity"), "9");
        assert_eq!(draft.get("funds.basic.initial"), "149.07");
        assert_eq!(scores.row("output_quantity").and_then(|r| r.score), Some(rust_decimal::Decimal::new(9, 0)));
    }
}
