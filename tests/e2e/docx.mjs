// Word files for the tests, written by an independent writer (Python's zipfile, deflated as Word writes
// them): each line of a text a paragraph, consecutive tab-separated lines one table, and every run split
// in the middle of its first figure (“19” “28.7”), as Word does after an edit.
import { execFileSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";

const SCRIPT = String.raw`
import sys, json, re, zipfile
from xml.sax.saxutils import escape
spec = json.load(open(sys.argv[1], encoding="utf-8"))
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
def runs(text):
    m = re.search(r"\d[\d,.]*\d", text)
    parts = [text] if not m else [text[:m.start() + 1], text[m.start() + 1:]]
    return "".join('<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % escape(p) for p in parts if p)
def paragraph(text):
    return "<w:p>%s</w:p>" % runs(text)
def cell(text):
    return '<w:tc><w:tcPr><w:tcW w:w="1200" w:type="dxa"/></w:tcPr>%s</w:tc>' % paragraph(text)
body, table = [], []
def flush():
    if table:
        body.append("<w:tbl><w:tblGrid/>%s</w:tbl>" % "".join("<w:tr>%s</w:tr>" % "".join(cell(c) for c in row) for row in table))
        table.clear()
for line in spec["text"].split("\n"):
    if "\t" in line.strip():
        table.append(line.split("\t"))
        continue
    flush()
    body.append(paragraph(line))
flush()
xml = spec.get("xml") or '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s<w:sectPr/></w:body></w:document>' % (W, "".join(body))
part = spec.get("part") or "word/document.xml"
with zipfile.ZipFile(spec["path"], "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
    z.writestr("_rels/.rels", '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/%s"/></Relationships>' % part)
    z.writestr(part, xml)
`;

/**
 * Writes `text` as a .docx at `path` (or, with `xml`, that document.xml as it is); with `part`, the body
 * is stored under that name, which the package's relationships give (as some converters save it).
 */
export function writeDocx(path, text, { xml, part } = {}) {
  const spec = `${path}.json`;
  writeFileSync(spec, JSON.stringify({ path, text, xml, part }));
  try {
    execFileSync("python3", ["-c", SCRIPT, spec]);
  } finally {
    rmSync(spec, { force: true });
  }
}

/**
 * A zip bomb: a document.xml of `megabytes` that packs into a few hundred kilobytes. With `lying`, the
 * archive claims it unpacks to 1 KB, so only a limit on what is inflated stops it.
 */
export function writeZipBomb(path, megabytes, { lying = false } = {}) {
  const script = String.raw`
import sys, zipfile, struct
path, size, lying = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1"
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("word/document.xml", "<w:document><w:body>" + "a" * (size * 1024 * 1024) + "</w:body></w:document>")
if lying:
    data = bytearray(open(path, "rb").read())
    at = data.rfind(b"PK\x01\x02")
    data[at + 24:at + 28] = struct.pack("<I", 1024)
    data[22:26] = struct.pack("<I", 1024)
    open(path, "wb").write(bytes(data))
`;
  execFileSync("python3", ["-c", script, path, String(megabytes), lying ? "1" : "0"]);
}
