// “导出 Word” as a clerk uses it: the seed draft's report downloaded as a .docx named after the unit
// and year, a zip an independent reader accepts, whose text holds the report's sentences and both
// attachments, with the page set up per GB/T 9704.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openApp, typeInto, withBrowserAndSite, loadExample } from "./harness.mjs";

const app = withBrowserAndSite("/");

/** A part of the package, read by Python's zipfile (which checks every CRC first). */
function readPart(path, name) {
  const script = "import sys,zipfile\nz=zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nsys.stdout.write(z.read(sys.argv[2]).decode())";
  return execFileSync("python3", ["-c", script, path, name], { encoding: "utf8", maxBuffer: 1e8 });
}

test("the seed draft exports a .docx with the report's text, both attachments and the page set-up", async () => {
  const context = await app.browser.newContext({ acceptDownloads: true });
  const { page, problems } = await openApp(context, app.url);
  await loadExample(page);
  await typeInto(page, "narrative.problems", "人员编制问题。<w:p>不是标记</w:p>");
  await typeInto(page, "unit.signature_date", "2025-03-20");
  const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-action="export-docx"]')]);
  assert.equal(download.suggestedFilename(), "桃江县总工会2024年度部门整体支出绩效自评报告.docx");
  const path = join(mkdtempSync(join(tmpdir(), "jixiao-")), "report.docx");
  await download.saveAs(path);
  execFileSync("unzip", ["-tq", path]);

  const document = readPart(path, "word/document.xml");
  const text = [...document.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
  for (const expected of [
    "桃江县总工会2024年度",
    "预算执行率99.55%=（支出合计252.65万元/全年预算数253.79万元）×100%",
    "人员编制问题。&lt;w:p&gt;不是标记&lt;/w:p&gt;",
    "附件1",
    "部门整体支出绩效评价基础数据表",
    "附件2",
    "部门整体支出绩效自评表",
  ]) {
    assert.ok(text.includes(expected), expected);
  }
  assert.match(document, /<w:pgSz w:w="11906" w:h="16838"\/><w:pgMar w:top="2097" w:right="1474" w:bottom="1984" w:left="1587"/);
  assert.match(readPart(path, "word/settings.xml"), /<w:evenAndOddHeaders\/>/);

  // The 正文 ends with the 附件说明 (as many entries as attachments follow) and the 落款 with the typed date.
  const paragraphs = document.split("<w:p>").slice(1).map((p) => ({
    style: p.match(/<w:pStyle w:val="(\w+)"\/>/)?.[1],
    text: [...p.split("</w:p>")[0].matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""),
  }));
  const firstLabel = paragraphs.findIndex((p) => p.style === "AttachmentLabel");
  assert.deepEqual(
    paragraphs.slice(firstLabel - 6, firstLabel).map((p) => p.text),
    ["", "附件：1．部门整体支出绩效评价基础数据表", "2．部门整体支出绩效自评表", "", "桃江县总工会", "2025年3月20日"],
  );
  assert.deepEqual(paragraphs.filter((p) => p.style === "AttachmentLabel").map((p) => p.text), ["附件1", "附件2"]);
  // No first-line indent is cancelled in one unit only (Word and WPS would keep the other).
  for (const part of ["word/document.xml", "word/styles.xml", "word/footer1.xml", "word/footer2.xml"]) {
    for (const [ind] of readPart(path, part).matchAll(/<w:ind [^>]*\/>/g)) {
      assert.equal(/w:firstLine="0"/.test(ind), /w:firstLineChars="0"/.test(ind), `${part}: ${ind}`);
    }
  }
  assert.match(await page.locator("[data-notice]").textContent(), /已导出“桃江县总工会2024年度部门整体支出绩效自评报告\.docx”/);
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
  await context.close();
});
