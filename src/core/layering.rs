//! The core's stages import one way: a module may use its own stage and the stages below it, never one
//! above. Read from the source files, so a new import that breaks the order fails here, by name.

use std::fs;
use std::path::Path;

/// The stages from the ground up; stages of one rank do not import each other.
const STAGES: &[(&str, u8)] = &[
    ("exact", 0),
    ("order", 0),
    ("draft", 1),
    // The worked examples: drafts, written with the draft's own calls.
    ("examples", 2),
    ("reading", 3),
    ("calc", 4),
    ("scoring", 5),
    ("evaluation", 6),
    ("document", 7),
    ("report", 7),
    ("audit", 7),
];

fn rank(stage: &str) -> Option<u8> {
    STAGES.iter().find(|(name, _)| *name == stage).map(|(_, rank)| *rank)
}

/// Every `.rs` file under `dir`, with the stage it belongs to (its first folder or file name under core).
fn sources(dir: &Path, stage: Option<&str>, out: &mut Vec<(String, String, String)>) {
    for entry in fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        let name = path.file_stem().unwrap().to_string_lossy().to_string();
        let stage = stage.map_or(name.clone(), str::to_string);
        if path.is_dir() {
            sources(&path, Some(&stage), out);
        } else if path.extension().is_some_and(|e| e == "rs") && name != "tests" {
            out.push((path.display().to_string(), stage, fs::read_to_string(&path).unwrap()));
        }
    }
}

/// The stages a file's code (before its test module) names as `crate::core::<stage>`.
fn imported_stages(code: &str) -> Vec<String> {
    let code = code.split("#[cfg(test)]").next().unwrap_or("");
    code.match_indices("crate::core::")
        .map(|(at, needle)| code[at + needle.len()..].chars().take_while(|c| c.is_ascii_lowercase() || *c == '_').collect())
        .collect()
}

#[test]
fn no_stage_imports_from_a_stage_above_its_own() {
    let mut files = Vec::new();
    sources(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core"), None, &mut files);
    let mut wrong = Vec::new();
    for (path, stage, code) in &files {
        let Some(own) = rank(stage) else { continue };
        for used in imported_stages(code) {
            match rank(&used) {
                Some(theirs) if theirs > own || (theirs == own && used != *stage) => wrong.push(format!("{path} uses {used}")),
                None if used != "layering" && used != "robustness" => wrong.push(format!("{path} uses {used}, a stage not listed here")),
                _ => {}
            }
        }
    }
    assert!(files.len() > 50, "read the core's files");
    assert!(wrong.is_empty(), "imports against the stage order:\n{}", wrong.join("\n"));
}

#[test]
fn every_stage_folder_is_ranked() {
    for entry in fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/core")).unwrap().flatten() {
        let name = entry.path().file_stem().unwrap().to_string_lossy().to_string();
        if !["mod", "layering", "robustness"].contains(&name.as_str()) {
            assert!(rank(&name).is_some(), "src/core/{name} has no place in STAGES");
        }
    }
}
