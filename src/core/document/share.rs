//! Share links (SPEC §10): a draft document, compressed, carried in the URL fragment
//! (`#jixiao=1.<base64url>`), which browsers never send to a server.
//!
//! The core frames and checks the link; compression is the browser's own (`deflate-raw`, see
//! `browser::deflate`), which costs almost nothing in the Wasm. Everything in a link is untrusted:
//! a damaged, oversized or future-version link is refused with a reason, before anything is stored.

use std::fmt;

use crate::core::evaluation::evaluate_without_project_tables;
use crate::core::calc::indicators::IndicatorId;
use crate::core::document::to_document;
use crate::core::draft::Draft;
use crate::core::reading::amount::format_wan;

/// What starts a share link's fragment (after the `#`).
pub const FRAGMENT_KEY: &str = "jixiao=";
/// The link format this version writes and reads.
pub const LINK_VERSION: u32 = 1;
/// Links longer than this do not survive chat apps or QR codes; the file export is the way then.
pub const COMFORTABLE_LINK_CHARS: usize = 2_000;
/// A link's compressed payload larger than this is refused unread (a draft compresses to a few KB).
pub const MAX_COMPRESSED_BYTES: usize = 256 * 1024;
/// A link may unpack to at most this much text: guards against a tiny link that unpacks to gigabytes.
pub const MAX_UNPACKED_BYTES: usize = 2 * 1024 * 1024;

/// Why a link was refused; `Display` is the message for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkError {
    /// Not a share link of ours at all.
    NotALink,
    /// Written by a newer version of the tool.
    FutureVersion(u32),
    /// Cut short, or changed on the way.
    Damaged,
    TooLarge,
}

impl fmt::Display for LinkError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotALink => f.write_str("这不是 jixiao 的分享链接"),
            Self::FutureVersion(version) => {
                write!(f, "此链接由较新版本生成（格式 {version}），请使用新版本打开；本页未作任何改动")
            }
            Self::Damaged => f.write_str("链接不完整或已被改动（常见于聊天软件截断了长链接），请对方改发草稿文件；本页未作任何改动"),
            Self::TooLarge => f.write_str("链接中的数据过大，已拒绝读取；请对方改发草稿文件"),
        }
    }
}

/// “92.50分（优）”, or “34.00分，暂计：尚有11项（共40分）待评分，等级待定”: a colleague must not read a
/// half-scored draft as failed.
fn score_summary(scores: &crate::core::scoring::scores::Scores) -> String {
    match scores.pending_text() {
        Some(pending) => format!("{}分，暂计：{pending}，等级待定", scores.total_text()),
        None => format!("{}分（{}）", scores.total_text(), scores.grade.label()),
    }
}

/// The text a link carries: the draft document, compact, without what is derived or local.
pub fn link_text(draft: &Draft) -> String {
    let mut document = to_document(draft, None);
    document.amounts.clear();
    document.to_compact_json()
}

/// What a shared draft holds, for the person deciding whether to import it: unit, year, key figures.
pub fn summary(draft: &Draft) -> Vec<(&'static str, String)> {
    let evaluation = evaluate_without_project_tables(draft);
    let (totals, figures) = (&evaluation.totals, &evaluation.figures);
    let amount = |value: Option<rust_decimal::Decimal>| value.map_or_else(|| "（未填）".to_string(), |v| format!("{}万元", format_wan(v)));
    let text = |value: &str| if value.trim().is_empty() { "（未填）".to_string() } else { value.trim().to_string() };
    let execution = evaluation.indicator(IndicatorId::BudgetExecution).map_or_else(String::new, |i| i.text.clone());
    vec![
        ("单位", text(draft.get("unit.name"))),
        ("年度", figures.year.map_or_else(|| "（未填）".to_string(), |y| format!("{y}年度"))),
        ("全年预算数", amount(totals.annual_budget)),
        ("支出合计", amount(totals.spend)),
        ("预算执行率", execution),
        ("项目", projects_count(draft)),
        ("自评得分", score_summary(&evaluation.scores)),
    ]
}

/// How many projects the draft lists; a row standing in for projects its report did not list is said apart,
/// not counted as one (“1个，另有1行未分项的项目支出”).
fn projects_count(draft: &Draft) -> String {
    let stand_ins = draft.projects().iter().filter(|p| p.is_stand_in()).count();
    let projects = draft.projects().len() - stand_ins;
    if stand_ins == 0 {
        format!("{projects}个")
    } else {
        format!("{projects}个，另有{stand_ins}行未分项的项目支出")
    }
}

/// The fragment (without `#`) for compressed document bytes.
pub fn fragment(compressed: &[u8]) -> String {
    format!("{FRAGMENT_KEY}{LINK_VERSION}.{}", base64url_encode(compressed))
}

/// The compressed bytes a fragment (with or without its `#`) carries, checked for version and size.
pub fn read_fragment(fragment: &str) -> Result<Vec<u8>, LinkError> {
    let rest = after_key(fragment).ok_or(LinkError::NotALink)?;
    let (version, payload) = rest.split_once('.').ok_or(LinkError::Damaged)?;
    // What a chat app or a document glues on (“…Ab3_。”, percent-encoded in the address, “…Ab3_)”) is
    // no part of the link: it ends where its alphabet does.
    let payload = payload.split(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_')).next().unwrap_or_default();
    let version: u32 = version.parse().map_err(|_| LinkError::Damaged)?;
    if version > LINK_VERSION {
        return Err(LinkError::FutureVersion(version));
    }
    if version != LINK_VERSION {
        return Err(LinkError::Damaged);
    }
    if payload.len() > MAX_COMPRESSED_BYTES / 3 * 4 + 4 {
        return Err(LinkError::TooLarge);
    }
    base64url_decode(payload).ok_or(LinkError::Damaged)
}

/// Whether a fragment is meant as a share link (so the page offers to open it, and the tools module
/// says what is wrong with it if it cannot be read). Kept this small: the page checks it on load.
pub fn is_share_fragment(fragment: &str) -> bool {
    fragment.trim_start_matches('#').starts_with("jixiao")
}

/// The fragment after its key, also where a mailer wrote the key's `=` as `%3D`.
fn after_key(fragment: &str) -> Option<&str> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment.strip_prefix(FRAGMENT_KEY).or_else(|| fragment.strip_prefix("jixiao%3D"))
}

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

/// Base64 with the URL-safe alphabet and no padding (RFC 4648 §5).
pub fn base64url_encode(bytes: &[u8]) -> String {
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let group = chunk.iter().enumerate().fold(0u32, |acc, (i, b)| acc | u32::from(*b) << (16 - 8 * i));
        for i in 0..=chunk.len() {
            out.push(char::from(ALPHABET[(group >> (18 - 6 * i) & 63) as usize]));
        }
    }
    out
}

/// Decodes unpadded base64url; `None` for any character outside the alphabet or an impossible length.
pub fn base64url_decode(text: &str) -> Option<Vec<u8>> {
    let value = |c: u8| ALPHABET.iter().position(|a| *a == c).map(|v| v as u32);
    let bytes = text.as_bytes();
    if bytes.len() % 4 == 1 {
        return None;
    }
    let mut out = Vec::with_capacity(bytes.len() / 4 * 3 + 2);
    for chunk in bytes.chunks(4) {
        // The chunk's characters fill a 24-bit group from the top, six bits each.
        let group = chunk.iter().enumerate().try_fold(0u32, |acc, (i, c)| Some(acc | value(*c)? << (18 - 6 * i)))?;
        let whole_bytes = chunk.len() - 1;
        // A short chunk's bits below its last whole byte must be zero: each byte string has one spelling.
        let spare_bits = 24 - 8 * whole_bytes as u32 - 6 * (4 - chunk.len() as u32);
        if group >> (24 - 6 * chunk.len() as u32) & ((1 << spare_bits) - 1) != 0 {
            return None;
        }
        for i in 0..whole_bytes {
            out.push((group >> (16 - 8 * i)) as u8);
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::document::read_document;
    use crate::core::examples;
    use proptest::prelude::*;

    #[test]
    fn encodes_the_rfc_vectors_url_safe_and_unpadded() {
        for (plain, encoded) in [("", ""), ("f", "Zg"), ("fo", "Zm8"), ("foo", "Zm9v"), ("foob", "Zm9vYg"), ("fooba", "Zm9vYmE"), ("foobar", "Zm9vYmFy")] {
            assert_eq!(base64url_encode(plain.as_bytes()), encoded);
            assert_eq!(base64url_decode(encoded), Some(plain.as_bytes().to_vec()));
        }
        assert_eq!(base64url_encode(&[0xfb, 0xff]), "-_8");
        assert_eq!(base64url_decode("Zm9v+g"), None, "the standard alphabet's + is not url-safe");
        assert_eq!(base64url_decode("Zh"), None, "non-zero spare bits");
        assert_eq!(base64url_decode("Z"), None);
    }

    #[test]
    fn a_link_carries_the_draft_compactly_without_derived_amounts() {
        let text = link_text(&examples::taojiang_2024());
        assert!(!text.contains('\n') && !text.contains("amounts") && !text.contains("saved_at"), "{text}");
        let (draft, _) = read_document(&text).unwrap();
        assert_eq!(draft, examples::taojiang_2024());
    }

    #[test]
    fn the_summary_names_the_unit_year_and_key_figures() {
        let seed = summary(&examples::taojiang_2024());
        let get = |label: &str| seed.iter().find(|(l, _)| *l == label).map(|(_, v)| v.as_str());
        assert_eq!(get("单位"), Some("桃江县总工会"));
        assert_eq!(get("年度"), Some("2024年度"));
        assert_eq!(get("全年预算数"), Some("253.79万元"));
        assert_eq!(get("预算执行率"), Some("99.55%"));
        assert_eq!(get("项目"), Some("2个"));
        assert_eq!(get("自评得分"), Some("34.00分，暂计：尚有11项（共58分）待评分，等级待定"), "a half-scored draft is not read as failed");
        assert_eq!(summary(&Draft::new())[0].1, "（未填）");
    }

    #[test]
    fn a_stand_in_row_is_no_project_in_the_summary() {
        use crate::core::draft::fields::ProjectColumn;
        let mut draft = examples::taojiang_2024();
        let row = draft.add_project();
        draft.set_project_cell(row, ProjectColumn::Name, crate::core::draft::project::UNLISTED_REST);
        draft.set_project_cell(row, ProjectColumn::Actual, "12.5");
        let said = summary(&draft);
        assert_eq!(said.iter().find(|(label, _)| *label == "项目").map(|(_, v)| v.as_str()), Some("2个，另有1行未分项的项目支出"));
    }

    #[test]
    fn reads_its_own_fragments_and_refuses_others() {
        let link = fragment(&[1, 2, 3, 250]);
        assert!(link.starts_with("jixiao=1."));
        assert_eq!(read_fragment(&format!("#{link}")), Ok(vec![1, 2, 3, 250]));
        assert!(is_share_fragment(&format!("#{link}")));
        // As chat apps and mailers pass links on: a character glued on, the key's “=” percent-encoded.
        for passed_on in [format!("#{link}。"), format!("#{link}%E3%80%82"), format!("#{link})"), format!("#{link}”."), format!("#{}", link.replace('=', "%3D"))] {
            assert!(is_share_fragment(&passed_on), "{passed_on}");
            assert_eq!(read_fragment(&passed_on), Ok(vec![1, 2, 3, 250]), "{passed_on}");
        }
        assert_eq!(read_fragment("#jixiao=9.AAAA"), Err(LinkError::FutureVersion(9)));
        assert_eq!(read_fragment("#jixiao=1.A"), Err(LinkError::Damaged));
        assert_eq!(read_fragment("#jixiao=1.A%20"), Err(LinkError::Damaged));
        assert_eq!(read_fragment("#jixiao=x.AAAA"), Err(LinkError::Damaged));
        assert_eq!(read_fragment("#jixiao=0.AAAA"), Err(LinkError::Damaged));
        assert_eq!(read_fragment("#section-2"), Err(LinkError::NotALink));
        assert_eq!(read_fragment(&format!("#jixiao=1.{}", "A".repeat(MAX_COMPRESSED_BYTES * 2))), Err(LinkError::TooLarge));
        assert!(LinkError::Damaged.to_string().contains("未作任何改动"));
    }

    proptest! {
        #[test]
        fn base64url_round_trips(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
            prop_assert_eq!(base64url_decode(&base64url_encode(&bytes)), Some(bytes));
        }

        #[test]
        fn each_byte_string_has_one_spelling(text in "[A-Za-z0-9_-]{0,40}") {
            if let Some(bytes) = base64url_decode(&text) {
                prop_assert_eq!(base64url_encode(&bytes), text);
            }
        }

        #[test]
        fn reading_any_fragment_never_panics(text in "\\PC{0,200}", tail in "[A-Za-z0-9_.=-]{0,80}") {
            let _ = read_fragment(&text);
            let _ = read_fragment(&format!("#jixiao={tail}"));
        }

        #[test]
        fn fragments_round_trip(bytes in prop::collection::vec(any::<u8>(), 0..500)) {
            prop_assert_eq!(read_fragment(&fragment(&bytes)), Ok(bytes));
        }
    }
}
