//! JSON, as small as the one document shape needs: a reader for any JSON text into [`Json`] values
//! (with a position and a Chinese reason when the text is not JSON) and a writer for objects of
//! strings. A general JSON crate cost about 7 KB of the first visit's 200 KB (measured; see README).
//!
//! The reader follows RFC 8259: objects, arrays, strings with every escape (surrogate pairs included),
//! numbers, `true`, `false`, `null`. Nesting is limited so that a hostile file cannot exhaust the stack.

use std::fmt::Write as _;

/// A JSON value. Numbers keep their text: the document only needs small whole numbers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(String),
    String(String),
    Array(Vec<Json>),
    /// Members in the order written; a repeated key is kept as written (readers take the last).
    Object(Vec<(String, Json)>),
}

impl Json {
    /// The member `key` of an object (the last one, if repeated).
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(text) => Some(text),
            _ => None,
        }
    }

    /// What kind of value this is, for messages.
    pub fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "真假值",
            Json::Number(_) => "数字",
            Json::String(_) => "字符串",
            Json::Array(_) => "数组",
            Json::Object(_) => "对象",
        }
    }
}

/// Deeper nesting than this is refused (a draft document nests two levels).
const MAX_DEPTH: usize = 64;

/// Reads JSON text; the error says where (line and column) and what is wrong, in Chinese.
pub fn parse(text: &str) -> Result<Json, String> {
    let mut reader = Reader { text: text.as_bytes(), at: 0 };
    let value = reader.value(0)?;
    reader.blank();
    if reader.at < reader.text.len() {
        return Err(reader.error("JSON 之后还有多余的内容"));
    }
    Ok(value)
}

struct Reader<'a> {
    text: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn error(&self, what: &str) -> String {
        let before = &self.text[..self.at.min(self.text.len())];
        let line = before.iter().filter(|b| **b == b'\n').count() + 1;
        let column = before.iter().rev().take_while(|b| **b != b'\n').filter(|b| (**b & 0xC0) != 0x80).count() + 1;
        format!("{what}（第{line}行第{column}列）")
    }

    fn peek(&self) -> Option<u8> {
        self.text.get(self.at).copied()
    }

    fn blank(&mut self) {
        while matches!(self.peek(), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.at += 1;
        }
    }

    fn expect(&mut self, byte: u8, what: &str) -> Result<(), String> {
        self.blank();
        if self.peek() == Some(byte) {
            self.at += 1;
            Ok(())
        } else {
            Err(self.error(what))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, String> {
        if depth > MAX_DEPTH {
            return Err(self.error("嵌套层数过多"));
        }
        self.blank();
        match self.peek() {
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Json::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(b't') => self.word("true", Json::Bool(true)),
            Some(b'f') => self.word("false", Json::Bool(false)),
            Some(b'n') => self.word("null", Json::Null),
            None => Err(self.error("内容不完整")),
            Some(_) => Err(self.error("此处应为一个值")),
        }
    }

    fn word(&mut self, word: &str, value: Json) -> Result<Json, String> {
        if self.text[self.at..].starts_with(word.as_bytes()) {
            self.at += word.len();
            Ok(value)
        } else {
            Err(self.error("此处应为一个值"))
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json, String> {
        self.at += 1;
        let mut members = Vec::new();
        self.blank();
        if self.peek() == Some(b'}') {
            self.at += 1;
            return Ok(Json::Object(members));
        }
        loop {
            self.blank();
            if self.peek() != Some(b'"') {
                return Err(self.error("此处应为带引号的键名"));
            }
            let key = self.string()?;
            self.expect(b':', "键名后应为冒号")?;
            members.push((key, self.value(depth + 1)?));
            self.blank();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b'}') => {
                    self.at += 1;
                    return Ok(Json::Object(members));
                }
                _ => return Err(self.error("此处应为逗号或右花括号")),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Json, String> {
        self.at += 1;
        let mut items = Vec::new();
        self.blank();
        if self.peek() == Some(b']') {
            self.at += 1;
            return Ok(Json::Array(items));
        }
        loop {
            items.push(self.value(depth + 1)?);
            self.blank();
            match self.peek() {
                Some(b',') => self.at += 1,
                Some(b']') => {
                    self.at += 1;
                    return Ok(Json::Array(items));
                }
                _ => return Err(self.error("此处应为逗号或右方括号")),
            }
        }
    }

    fn number(&mut self) -> Result<Json, String> {
        let start = self.at;
        let digits = |r: &mut Self| {
            let from = r.at;
            while matches!(r.peek(), Some(b'0'..=b'9')) {
                r.at += 1;
            }
            r.at > from
        };
        if self.peek() == Some(b'-') {
            self.at += 1;
        }
        let leading_zero = self.peek() == Some(b'0');
        if !digits(self) || (leading_zero && self.at - start > 1 + usize::from(self.text[start] == b'-')) {
            return Err(self.error("数字格式不正确"));
        }
        if self.peek() == Some(b'.') {
            self.at += 1;
            if !digits(self) {
                return Err(self.error("数字格式不正确"));
            }
        }
        if matches!(self.peek(), Some(b'e' | b'E')) {
            self.at += 1;
            if matches!(self.peek(), Some(b'+' | b'-')) {
                self.at += 1;
            }
            if !digits(self) {
                return Err(self.error("数字格式不正确"));
            }
        }
        Ok(Json::Number(String::from_utf8_lossy(&self.text[start..self.at]).into_owned()))
    }

    fn string(&mut self) -> Result<String, String> {
        self.at += 1;
        let mut out: Vec<u8> = Vec::new();
        loop {
            let Some(byte) = self.peek() else { return Err(self.error("字符串缺少结尾的引号")) };
            self.at += 1;
            match byte {
                b'"' => return String::from_utf8(out).map_err(|_| self.error("文本编码不是 UTF-8")),
                b'\\' => {
                    let escaped = self.peek().ok_or_else(|| self.error("转义不完整"))?;
                    self.at += 1;
                    match escaped {
                        b'"' | b'\\' | b'/' => out.push(escaped),
                        b'b' => out.push(0x08),
                        b'f' => out.push(0x0C),
                        b'n' => out.push(b'\n'),
                        b'r' => out.push(b'\r'),
                        b't' => out.push(b'\t'),
                        b'u' => {
                            let c = self.unicode_escape()?;
                            out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
                        }
                        _ => return Err(self.error("无效的转义")),
                    }
                }
                0x00..=0x1F => return Err(self.error("字符串中有未转义的控制字符")),
                _ => out.push(byte),
            }
        }
    }

    /// `\uXXXX`, with a following `\uXXXX` when the first is a high surrogate.
    fn unicode_escape(&mut self) -> Result<char, String> {
        let high = self.hex4()?;
        if !(0xD800..0xDC00).contains(&high) {
            return char::from_u32(high).ok_or_else(|| self.error("无效的 Unicode 转义"));
        }
        if !self.text[self.at..].starts_with(b"\\u") {
            return Err(self.error("不成对的 Unicode 代理项"));
        }
        self.at += 2;
        let low = self.hex4()?;
        if !(0xDC00..0xE000).contains(&low) {
            return Err(self.error("不成对的 Unicode 代理项"));
        }
        char::from_u32(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)).ok_or_else(|| self.error("无效的 Unicode 转义"))
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let hex = self.text.get(self.at..self.at + 4).ok_or_else(|| self.error("转义不完整"))?;
        let value = hex.iter().try_fold(0u32, |acc, b| Some(acc * 16 + (*b as char).to_digit(16)?));
        self.at += 4;
        value.ok_or_else(|| self.error("无效的 Unicode 转义"))
    }
}

/// Writes a JSON string literal.
pub fn write_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Rows of strings as an array of arrays: how the page and the tools module hand a table's rows to
/// each other (a rubric, a project's table).
pub fn write_rows<'a, R: IntoIterator<Item = &'a str>>(rows: impl IntoIterator<Item = R>) -> String {
    let mut out = String::from("[");
    for (index, row) in rows.into_iter().enumerate() {
        out.push_str(if index == 0 { "[" } else { ",[" });
        for (i, cell) in row.into_iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            write_string(&mut out, cell);
        }
        out.push(']');
    }
    out.push(']');
    out
}

/// Reads [`write_rows`]'s form back: `None` unless it is an array of arrays of strings.
pub fn read_rows(text: &str) -> Option<Vec<Vec<String>>> {
    let Json::Array(rows) = parse(text).ok()? else { return None };
    rows.into_iter()
        .map(|row| match row {
            Json::Array(cells) => cells.into_iter().map(|cell| if let Json::String(text) = cell { Some(text) } else { None }).collect(),
            _ => None,
        })
        .collect()
}

/// Writes an object of strings: indented one step deeper than `indent`, or on one line (`None`).
pub fn write_object<'a>(out: &mut String, indent: Option<&str>, members: impl Iterator<Item = (&'a str, &'a str)>) {
    out.push('{');
    let mut first = true;
    for (key, value) in members {
        if !first {
            out.push(',');
        }
        first = false;
        if let Some(indent) = indent {
            out.push('\n');
            out.push_str(indent);
            out.push_str("  ");
        }
        write_string(out, key);
        out.push_str(if indent.is_some() { ": " } else { ":" });
        write_string(out, value);
    }
    if let (false, Some(indent)) = (first, indent) {
        out.push('\n');
        out.push_str(indent);
    }
    out.push('}');
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn reads_every_kind_of_value() {
        let json = parse(r#" {"a": [1, -2.5e3, true, false, null], "b": "x\"\\\/\n\u00e9\ud83d\ude00", "a": {}} "#).unwrap();
        assert_eq!(json.get("b").and_then(Json::as_str), Some("x\"\\/\né😀"));
        assert_eq!(json.get("a"), Some(&Json::Object(vec![])), "the last of a repeated key");
        assert_eq!(parse("[]").unwrap(), Json::Array(vec![]));
        assert_eq!(parse("0").unwrap(), Json::Number("0".into()));
    }

    #[test]
    fn says_where_and_what_is_wrong() {
        assert_eq!(parse("{\"a\": 1,\n  }").unwrap_err(), "此处应为带引号的键名（第2行第3列）");
        assert!(parse("").unwrap_err().starts_with("内容不完整"));
        assert!(parse("{\"a\":1} x").unwrap_err().starts_with("JSON 之后还有多余的内容"));
        for bad in ["01", "1.", "-", "1e", "tru", "\"\\x\"", "\"\u{1}\"", "\"\\ud800\"", "[1,]", "{\"a\" 1}", "\"abc"] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        assert!(parse(&"[".repeat(10_000)).unwrap_err().starts_with("嵌套层数过多"));
    }

    #[test]
    fn writes_strings_that_read_back() {
        let mut out = String::new();
        write_object(&mut out, Some(""), [("k\"", "a\u{1}\n\t中文"), ("x", "")].into_iter());
        assert_eq!(out, "{\n  \"k\\\"\": \"a\\u0001\\n\\t中文\",\n  \"x\": \"\"\n}");
        assert_eq!(parse(&out).unwrap().get("k\"").and_then(Json::as_str), Some("a\u{1}\n\t中文"));
        let mut empty = String::new();
        write_object(&mut empty, Some("  "), std::iter::empty());
        assert_eq!(empty, "{}");
        let mut compact = String::new();
        write_object(&mut compact, None, [("a", "1"), ("b", "2")].into_iter());
        assert_eq!(compact, r#"{"a":"1","b":"2"}"#);
    }

    /// Structural equality with serde_json's reading of the same text.
    fn same(ours: &Json, theirs: &serde_json::Value) -> bool {
        match (ours, theirs) {
            (Json::Null, serde_json::Value::Null) => true,
            (Json::Bool(a), serde_json::Value::Bool(b)) => a == b,
            (Json::Number(_), serde_json::Value::Number(_)) => true,
            (Json::String(a), serde_json::Value::String(b)) => a == b,
            (Json::Array(a), serde_json::Value::Array(b)) => a.len() == b.len() && a.iter().zip(b).all(|(x, y)| same(x, y)),
            (Json::Object(a), serde_json::Value::Object(b)) => {
                b.iter().all(|(k, v)| ours.get(k).is_some_and(|o| same(o, v))) && a.iter().all(|(k, _)| b.contains_key(k))
            }
            _ => false,
        }
    }

    fn json_text() -> impl Strategy<Value = String> {
        let leaf = prop_oneof![
            Just("null".to_string()),
            Just("true".to_string()),
            "-?(0|[1-9][0-9]{0,5})(\\.[0-9]{1,3})?([eE][+-]?[0-9]{1,2})?",
            "\\PC{0,8}".prop_map(|s| serde_json::to_string(&s).unwrap()),
            Just(r#""\ud83d\ude00\u00e9\/\b""#.to_string()),
        ];
        leaf.prop_recursive(4, 32, 4, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..4).prop_map(|items| format!("[{}]", items.join(","))),
                prop::collection::vec(("[a-c]{1,2}", inner), 0..4)
                    .prop_map(|members| format!("{{{}}}", members.iter().map(|(k, v)| format!("\"{k}\" : {v}")).collect::<Vec<_>>().join(" ,"))),
            ]
        })
    }

    proptest! {
        #[test]
        fn agrees_with_serde_json_on_valid_json(text in json_text()) {
            let theirs: serde_json::Value = serde_json::from_str(&text).unwrap();
            let ours = parse(&text).map_err(|e| TestCaseError::fail(format!("{e}: {text}")))?;
            prop_assert!(same(&ours, &theirs), "{text}");
        }

        #[test]
        fn agrees_with_serde_json_on_what_is_json(text in "[\\[\\]{}\":,0-9a-z.\\\\ -]{0,24}") {
            prop_assert_eq!(parse(&text).is_ok(), serde_json::from_str::<serde_json::Value>(&text).is_ok(), "{}", text);
        }

        #[test]
        fn never_panics(text in "\\PC{0,200}") {
            let _ = parse(&text);
        }

        #[test]
        fn strings_round_trip(text in "\\PC{0,40}|[\\x00-\\x1f\"\\\\]{0,10}") {
            let mut out = String::new();
            write_string(&mut out, &text);
            prop_assert_eq!(parse(&out), Ok(Json::String(text)));
        }
    }
}
