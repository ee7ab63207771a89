//! The corpus (`tests/fixtures/audit/`): reports of other units and years, written in other words,
//! some copied with damage and some with deliberate slips, each beside the verdicts a reviewer expects
//! (`<name>.expect`: the unit, the year, then every claim in text order as
//! `verdict<TAB>id<TAB>words of the phrase[<TAB>words of the judgement…]`).

use std::fs;
use std::path::{Path, PathBuf};

use super::*;

fn corpus() -> Vec<(PathBuf, String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/audit");
    let mut files: Vec<PathBuf> = fs::read_dir(&dir).unwrap().flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|e| e == "txt")).collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let text = fs::read_to_string(&path).unwrap();
            let expect = fs::read_to_string(path.with_extension("expect")).unwrap_or_else(|_| panic!("{} has no .expect", path.display()));
            (path, text, expect)
        })
        .collect()
}

/// What one report must show, and what it shows, as comparable lines.
fn compare(text: &str, expect: &str) -> Result<(), String> {
    let audit = audit(text);
    let reviewed = pile::review("report.txt", text);
    let mut wanted = Vec::new();
    for line in expect.lines().filter(|l| !l.trim().is_empty() && !l.starts_with('#')) {
        let cells: Vec<&str> = line.split('\t').collect();
        match cells.as_slice() {
            ["unit", unit] => (reviewed.unit.as_deref() == Some(*unit)).then_some(()).ok_or(format!("unit {:?}, expected {unit}", reviewed.unit))?,
            ["year", year] => (reviewed.year.as_deref() == Some(*year)).then_some(()).ok_or(format!("year {:?}, expected {year}", reviewed.year))?,
            [verdict, id, phrase, details @ ..] => wanted.push((*verdict, *id, *phrase, details.to_vec())),
            _ => return Err(format!("bad line in .expect: {line}")),
        }
    }
    let shown = |c: &Claim| format!("{}\t{}\t{}\t{} {:?}", c.verdict.id(), c.id, c.stated, c.detail, c.notes);
    let all: Vec<String> = audit.claims.iter().map(shown).collect();
    if audit.claims.len() != wanted.len() {
        return Err(format!("{} claims, expected {}:\n{}", audit.claims.len(), wanted.len(), all.join("\n")));
    }
    for (claim, (verdict, id, phrase, details)) in audit.claims.iter().zip(&wanted) {
        let said = format!("{} {}", claim.detail, claim.notes.join(" "));
        let fits = claim.verdict.id() == *verdict
            && claim.id == *id
            && claim.stated.contains(phrase)
            && details.iter().all(|d| said.contains(d));
        if !fits {
            return Err(format!("expected {verdict} {id} “{phrase}” {details:?}, found:\n{}\n(all:\n{})", shown(claim), all.join("\n")));
        }
        if text.get(claim.span.clone()).is_none() {
            return Err(format!("{}: span outside the text", shown(claim)));
        }
    }
    Ok(())
}

#[test]
fn every_report_of_the_corpus_shows_the_verdicts_a_reviewer_expects() {
    let corpus = corpus();
    assert!(corpus.len() >= 10, "at least ten reports");
    let failures: Vec<String> =
        corpus.iter().filter_map(|(path, text, expect)| compare(text, expect).err().map(|e| format!("{}: {e}", path.display()))).collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}

#[test]
fn the_corpus_is_varied_units_years_and_slips() {
    let corpus = corpus();
    let reviewed: Vec<pile::Reviewed> = corpus.iter().map(|(path, text, _)| pile::review(&path.display().to_string(), text)).collect();
    let mut units: Vec<&str> = reviewed.iter().filter_map(|r| r.unit.as_deref()).collect();
    units.sort_unstable();
    units.dedup();
    assert_eq!(units.len(), corpus.len(), "a different unit each");
    let mut years: Vec<&str> = reviewed.iter().filter_map(|r| r.year.as_deref()).collect();
    years.sort_unstable();
    years.dedup();
    assert!(years.len() >= 5, "{years:?}");
    assert!(reviewed.iter().filter(|r| r.mismatches > 0).count() >= 5, "deliberate slips");
    assert!(reviewed.iter().filter(|r| r.mismatches == 0 && r.unverifiable == 0).count() >= 2, "clean reports too");
}

/// Every claim's mark covers exactly what it quotes: the phrase in the pasted text.
#[test]
fn every_mark_quotes_its_phrase() {
    for (path, text, _) in corpus() {
        for claim in audit(&text).claims {
            let marked = &text[claim.span.clone()];
            assert!(!marked.starts_with(char::is_whitespace) && !marked.ends_with(char::is_whitespace), "{}: {marked:?}", path.display());
            let mut quoted = marked.chars().filter(|c| !c.is_whitespace());
            let within = claim.stated.chars().all(|c| quoted.any(|q| q == c));
            let (first, last) = (marked.chars().next(), marked.chars().next_back());
            assert!(within && first == claim.stated.chars().next() && last == claim.stated.chars().next_back(), "{}: {marked} vs {}", path.display(), claim.stated);
        }
    }
}

/// What a reviewer reads is said in Chinese: no field or indicator id in a judgement, a note or a remark.
#[test]
fn every_message_is_in_the_reviewers_words() {
    let id_like = |text: &str| {
        text.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '.'))
            .any(|word| word.contains(['_', '.']) && word.chars().any(|c| c.is_ascii_lowercase()))
    };
    let seed = include_str!("../../../tests/fixtures/taojiang-federation-of-trade-unions-2024.txt").to_string();
    for (path, text, _) in corpus().into_iter().chain([(PathBuf::from("seed"), seed, String::new())]) {
        let audit = audit(&text);
        for said in audit.claims.iter().flat_map(|c| std::iter::once(&c.detail).chain(&c.notes)).chain(&audit.remarks) {
            assert!(!id_like(said), "{}: {said}", path.display());
        }
    }
}
