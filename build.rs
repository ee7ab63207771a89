//! The style sheets the tools module carries (the report's, the 审校's, the project tables', and those of
//! the parts of the page it draws), minified:
//! their comments and blanks would otherwise travel in the Wasm (the first visit's sheet is minified by Trunk).

use std::error::Error;
use std::path::Path;

fn main() -> Result<(), Box<dyn Error>> {
    let out = std::env::var("OUT_DIR")?;
    for sheet in ["report", "audit", "projects", "tools"] {
        println!("cargo:rerun-if-changed=style/{sheet}.css");
        let css = std::fs::read_to_string(format!("style/{sheet}.css"))?;
        std::fs::write(Path::new(&out).join(format!("{sheet}.min.css")), minified(&css))?;
    }
    Ok(())
}

/// Without comments, blank runs made one space, and none beside `{`, `}` and `;` (nothing in the sheet's
/// strings holds a comment mark or a run of blanks).
fn minified(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = rest[start..].find("*/").map_or("", |end| &rest[start + end + 2..]);
    }
    out.push_str(rest);
    let spaced = out.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut tight = String::with_capacity(spaced.len());
    for c in spaced.chars() {
        if tight.ends_with(' ') && "{};".contains(c) {
            tight.pop();
        }
        if c == ' ' && tight.ends_with(['{', '}', ';']) {
            continue;
        }
        tight.push(c);
    }
    tight
}
