// A reviewer's pile (SPEC §13) as a reviewer works it: Word files and text files chosen at once — reports
// of the corpus (written as .docx by Python, runs split mid-number, tables as Word tables; a text saved
// in GB18030 by old Notepad), an old .doc, a PDF, a damaged file, a 50 MB file, a document.xml that is
// not XML, zip bombs honest and lying — each in its own row, with progress shown while they are read; a
// row opens its marked report; the table exported as CSV and read back. Then files dropped on the view,
// and the header's badge.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { openApp, expectText, withBrowserAndSite } from "./harness.mjs";
import { writeDocx, writeZipBomb } from "./docx.mjs";

const app = withBrowserAndSite("/");
const CORPUS = "tests/fixtures/audit";
const SEED = readFileSync("tests/fixtures/taojiang-federation-of-trade-unions-2024.txt", "utf8");

/** What a corpus report's .expect file says its row must show. */
function expected(name) {
  const lines = readFileSync(join(CORPUS, `${name}.expect`), "utf8").split("\n");
  const count = (verdict) => lines.filter((l) => l.startsWith(`${verdict}\t`)).length;
  const field = (key) => lines.find((l) => l.startsWith(`${key}\t`))?.split("\t")[1];
  return { mismatches: count("mismatch"), unverifiable: count("unverifiable"), unit: field("unit"), year: field("year") };
}

let dir;
const files = {};
before(async () => {
  await app.ready;
  dir = mkdtempSync(join(tmpdir(), "jixiao-pile-"));
  const put = (name, body) => {
    writeFileSync(join(dir, name), body);
    files[name] = join(dir, name);
  };
  for (const name of ["linxiang-statistics-2021", "shuangfeng-education-2023", "yunxi-forestry-2023", "miluo-medical-security-2024"]) {
    writeDocx(join(dir, `${name}.docx`), readFileSync(join(CORPUS, `${name}.txt`), "utf8"));
    files[`${name}.docx`] = join(dir, `${name}.docx`);
  }
  // Old Notepad's GB18030, written by Python's own codec.
  const gb = execFileSync("python3", ["-c", "import sys;sys.stdout.buffer.write(open(sys.argv[1],encoding='utf-8').read().encode('gb18030'))", join(CORPUS, "taoyuan-supply-cooperative-2019.txt")]);
  put("taoyuan-supply-cooperative-2019.txt", gb);
  put("桃江县总工会2024年度绩效报告.txt", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SEED)]));
  put("旧版报告.doc", Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
  put("扫描件.pdf", Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj\n"));
  put("损坏的报告.docx", Buffer.from("PK\u0003\u0004 这份文件只剩开头"));
  // 50 MB that start like a zip: only its tail is read, and it has no zip directory.
  const big = Buffer.alloc(50 * 1024 * 1024, 0x20);
  big.write("PK\u0003\u0004", 0, "latin1");
  put("五十兆.docx", big);
  writeDocx(join(dir, "正文不是XML.docx"), "", { xml: "<w:document><w:body><w:p>未闭合" });
  files["正文不是XML.docx"] = join(dir, "正文不是XML.docx");
  // A readable file with nothing to check: not a clean report.
  writeDocx(join(dir, "会议通知.docx"), "关于召开2024年度安全生产工作会议的通知\n各股室：定于3月5日上午在三楼会议室召开会议，请准时参加。");
  files["会议通知.docx"] = join(dir, "会议通知.docx");
  writeZipBomb(join(dir, "压缩炸弹.docx"), 60);
  files["压缩炸弹.docx"] = join(dir, "压缩炸弹.docx");
  writeZipBomb(join(dir, "谎报大小的炸弹.docx"), 60, { lying: true });
  files["谎报大小的炸弹.docx"] = join(dir, "谎报大小的炸弹.docx");
});

async function openAudit(context) {
  const { page, problems } = await openApp(context, app.url);
  await page.click('[data-action="show-audit"]');
  await page.locator('[data-audit="files"]').waitFor({ state: "attached" });
  return { page, problems };
}

const rowsOf = (page) =>
  page.locator("[data-audit-row]").evaluateAll((rows) =>
    Object.fromEntries(rows.map((r) => [r.dataset.auditRow, { mismatches: r.dataset.mismatches, unverifiable: r.dataset.unverifiable, cells: [...r.cells].map((c) => c.textContent) }])),
  );

test("a pile of reports, good and hostile, each in its own row; a row opens its report; the CSV reads back", async () => {
  const context = await app.browser.newContext({ acceptDownloads: true });
  const { page, problems } = await openAudit(context);
  const names = Object.keys(files);
  // Every progress line the page shows while it reads, in order.
  await page.evaluate(() => {
    window.__progress = [];
    const progress = document.querySelector(".audit-progress");
    new MutationObserver(() => window.__progress.push(progress.textContent)).observe(progress, { childList: true, characterData: true, subtree: true });
  });
  await page.setInputFiles('[data-audit="files"]', names.map((n) => files[n]));
  await expectText(page.locator(".audit-progress"), `已读取 ${names.length} 份报告。`, 30000);
  const progress = await page.evaluate(() => window.__progress);
  assert.ok(progress.includes(`正在读取第 1 / ${names.length} 份：${names[0]}`), progress.join(" | "));
  assert.ok(progress.some((p) => p.startsWith(`正在读取第 ${names.length} / ${names.length} 份：`)), progress.join(" | "));

  const rows = await rowsOf(page);
  assert.deepEqual(Object.keys(rows).sort(), [...names].sort(), "one row per file, none lost");
  for (const name of ["linxiang-statistics-2021", "shuangfeng-education-2023", "yunxi-forestry-2023", "miluo-medical-security-2024", "taoyuan-supply-cooperative-2019"]) {
    const file = Object.keys(rows).find((n) => n.startsWith(name));
    const want = expected(name);
    assert.equal(rows[file].mismatches, String(want.mismatches), `${file}: ${rows[file].cells.join(" | ")}`);
    assert.equal(rows[file].unverifiable, String(want.unverifiable), file);
    assert.equal(rows[file].cells[1], want.unit, file);
    assert.equal(rows[file].cells[2], want.year, file);
  }
  assert.match(rows["linxiang-statistics-2021.docx"].cells[6], /预算控制率写8\.25%，应为8\.73%/);
  assert.equal(rows["桃江县总工会2024年度绩效报告.txt"].cells[1], "桃江县总工会", "the unit from the file's name where the text has none");
  const problem = (name) => rows[name].cells[6];
  assert.match(problem("旧版报告.doc"), /旧版 Word（\.doc）.*另存为/);
  assert.match(problem("扫描件.pdf"), /PDF.*复制/);
  assert.match(problem("损坏的报告.docx"), /不是有效的 Word 文档/);
  assert.match(problem("五十兆.docx"), /不是有效的 Word 文档/);
  assert.match(problem("正文不是XML.docx"), /不是有效的 XML/);
  assert.match(problem("压缩炸弹.docx"), /解压后超过 48 MB/);
  assert.match(problem("谎报大小的炸弹.docx"), /解压后超过 48 MB/);
  for (const name of ["旧版报告.doc", "扫描件.pdf", "压缩炸弹.docx"]) assert.equal(rows[name].mismatches, "—");
  assert.equal(rows["会议通知.docx"].cells[6], "未识别到可核对的数据：请确认是部门整体支出绩效自评报告");
  assert.notEqual(rows["会议通知.docx"].cells[1], "关于召开");
  await expectText(page.locator(".audit-pile-summary"), `共 ${names.length} 份：有不符的 4 份，有无法核对项的 2 份，未识别到数据的 1 份，无法读取的 7 份。`);

  // A row opens its report, marked, and the header speaks of it.
  await page.locator('[data-audit-row="linxiang-statistics-2021.docx"] button.link').click();
  await expectText(page.locator(".audit-file"), "正在查看：linxiang-statistics-2021.docx");
  assert.match(await page.locator('[data-audit="text"]').inputValue(), /^临湘市统计局2021年度部门整体支出绩效评价报告/);
  assert.match(await page.locator('[data-claim="budget_control"][data-verdict="mismatch"]').textContent(), /8\.25%.*8\.73%/s);
  assert.equal(await page.locator(".audit-text mark.claim-mismatch").count(), 1);
  await expectText(page.locator(".findings-count"), "审校：本报告 1 处不符");

  // The table as CSV: UTF-8 with a byte-order mark, every file a line.
  const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-action="export-audit-csv"]')]);
  assert.match(download.suggestedFilename(), /\.csv$/);
  const csv = readFileSync(await download.path());
  assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const lines = csv.toString("utf8").slice(1).split("\r\n").filter(Boolean);
  assert.equal(lines[0], '"文件","单位","年度","识别","不符","无法核对","随之有误","相符","最大不符","问题","备注"');
  assert.equal(lines.length, names.length + 1);
  const linxiang = lines.find((l) => l.startsWith('"linxiang-statistics-2021.docx"'));
  assert.match(linxiang, /^"linxiang-statistics-2021\.docx","临湘市统计局","2021","9","1","0","0","8","预算控制率写8\.25%，应为8\.73%","",""$/);
  assert.match(lines.find((l) => l.startsWith('"扫描件.pdf"')), /,"","","","","","","PDF/);
  assert.deepEqual(problems.foreignRequests, []);
  await context.close();
});

test("the pile sorts by 不符 or 无法核对 and back, an opened report leads back to its row, and 清空列表 asks first", async () => {
  const context = await app.browser.newContext();
  const { page } = await openAudit(context);
  const names = ["旧版报告.doc", "linxiang-statistics-2021.docx", "会议通知.docx", "shuangfeng-education-2023.docx", "yunxi-forestry-2023.docx", "桃江县总工会2024年度绩效报告.txt"];
  await page.setInputFiles('[data-audit="files"]', names.map((n) => files[n]));
  await expectText(page.locator(".audit-progress"), `已读取 ${names.length} 份报告。`, 30000);
  const order = () => page.locator("[data-audit-row]").evaluateAll((rows) => rows.map((r) => [r.dataset.auditRow, r.dataset.mismatches]));
  // Read, the pile is worst first on its own, and says so in words.
  const sorted = await order();
  const counts = sorted.map(([, m]) => m);
  assert.equal(counts.at(-1), "—", "the unreadable file last");
  const numbers = counts.slice(0, -1).map(Number);
  assert.deepEqual(numbers, [...numbers].sort((a, b) => b - a), `most 不符 first: ${sorted.join(" | ")}`);
  assert.equal(await page.locator('th:has([data-sort="不符"])').getAttribute("aria-sort"), "descending");
  await expectText(page.locator(".audit-pile-order"), "按不符从多到少排列，无法读取的文件在最后；点表头“文件”“无法核对”可改排法，再点一次恢复读取顺序。");
  await page.click('[data-sort="不符"]');
  assert.deepEqual((await order()).map(([n]) => n), names, "asked again, back to the order read");
  await page.click('[data-sort="不符"]');
  assert.deepEqual(await order(), sorted);

  // The report opens above the table; 返回列表 leads back to its row, with the focus on it.
  const row = page.locator('[data-audit-row="yunxi-forestry-2023.docx"]');
  await row.locator("button.link").click();
  await expectText(page.locator(".audit-file"), "正在查看：yunxi-forestry-2023.docx");
  await page.click('[data-action="back-to-pile"]');
  await page.waitForFunction(() => document.activeElement?.closest("tr")?.dataset.auditRow === "yunxi-forestry-2023.docx");
  assert.ok(await row.evaluate((r) => { const box = r.getBoundingClientRect(); return box.top >= 0 && box.bottom <= innerHeight; }), "the row is in view");

  // The browser's Back (a mouse's back button) does the same, and stays in the page; a second report
  // opened after the first needs no second Back.
  const address = page.url();
  await page.locator('[data-audit-row="linxiang-statistics-2021.docx"] button.link').click();
  await row.locator("button.link").click();
  await expectText(page.locator(".audit-file"), "正在查看：yunxi-forestry-2023.docx");
  await page.locator('[data-audit-row="linxiang-statistics-2021.docx"] button.link').focus();
  await page.evaluate(() => history.back());
  await page.waitForFunction(() => document.activeElement?.closest("tr")?.dataset.auditRow === "yunxi-forestry-2023.docx");
  assert.equal(page.url(), address);
  assert.equal(await page.locator("[data-audit-row]").count(), names.length);

  // Back from another screen returns to the report opened, not to its row; the next Back leads to the row.
  await row.locator("button.link").click();
  await expectText(page.locator(".audit-file"), "正在查看：yunxi-forestry-2023.docx");
  await page.click('[data-action="show-form"]');
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('[data-action="show-audit"]')?.getAttribute("aria-pressed") === "true");
  await expectText(page.locator(".audit-file"), "正在查看：yunxi-forestry-2023.docx");
  await page.locator('[data-audit-row="linxiang-statistics-2021.docx"] button.link').focus();
  await page.goBack();
  await page.waitForFunction(() => document.activeElement?.closest("tr")?.dataset.auditRow === "yunxi-forestry-2023.docx");

  // Leaving the page with a pile read asks first (the pile is not kept); staying keeps it.
  const leaving = [];
  page.once("dialog", (dialog) => { leaving.push(dialog.type()); dialog.dismiss(); });
  await page.close({ runBeforeUnload: true });
  await page.waitForFunction(() => true);
  assert.deepEqual(leaving, ["beforeunload"]);
  assert.equal(await page.locator("[data-audit-row]").count(), names.length);

  // 清空列表 asks with the count; declined, nothing goes.
  const asked = [];
  page.once("dialog", (dialog) => { asked.push(dialog.message()); dialog.dismiss(); });
  await page.getByRole("button", { name: "清空列表" }).click();
  assert.equal(await page.locator("[data-audit-row]").count(), names.length);
  page.once("dialog", (dialog) => { asked.push(dialog.message()); dialog.accept(); });
  await page.getByRole("button", { name: "清空列表" }).click();
  await page.locator("[data-audit-row]").first().waitFor({ state: "detached" });
  assert.deepEqual(asked, Array(2).fill(`清空这 ${names.length} 份报告的审校结果？清空后需重新选择文件才能再看。`));
  await context.close();
});

test("a Word file whose body is stored under another name is read where its package says; a workbook renamed .docx is named as one; a file binding two reports gives a row each", async () => {
  const context = await app.browser.newContext();
  const { page } = await openAudit(context);
  const elsewhere = join(dir, "正文另存名.docx");
  writeDocx(elsewhere, readFileSync(join(CORPUS, "linxiang-statistics-2021.txt"), "utf8"), { part: "word/document2.xml" });
  const workbook = join(dir, "表格改名.docx");
  writeDocx(workbook, "", { part: "xl/workbook.xml", xml: '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets/></workbook>' });
  // A 主管局 binding its own report and a 所属单位's in one file: a row for each, judged on its own figures.
  const bound = join(dir, "合订.docx");
  const [one, two] = ["linxiang-statistics-2021", "yunxi-forestry-2023"];
  writeDocx(bound, [one, two].map((n) => readFileSync(join(CORPUS, `${n}.txt`), "utf8")).join("\n"));
  await page.setInputFiles('[data-audit="files"]', [elsewhere, workbook, bound]);
  await expectText(page.locator(".audit-progress"), "已读取 3 份报告。", 30000);
  const rows = await rowsOf(page);
  const want = expected(one);
  assert.deepEqual([rows["正文另存名.docx"].cells[1], rows["正文另存名.docx"].mismatches], [want.unit, String(want.mismatches)]);
  assert.match(rows["表格改名.docx"].cells[6], /文件中没有 Word 正文（不是 Word 文档，可能是改了扩展名的表格或演示文稿）/);
  for (const [k, name] of [[1, one], [2, two]]) {
    const row = rows[`合订.docx（第${k}份）`];
    const each = expected(name);
    assert.deepEqual([row?.cells[1], row?.mismatches, row?.unverifiable], [each.unit, String(each.mismatches), String(each.unverifiable)], `part ${k}: ${row?.cells.join(" | ")}`);
  }
  // The same file read again, now holding one report: its row replaces both parts'.
  writeDocx(bound, readFileSync(join(CORPUS, `${one}.txt`), "utf8"));
  await page.setInputFiles('[data-audit="files"]', [bound]);
  await expectText(page.locator(".audit-progress"), "已读取 1 份报告。", 30000);
  const again = Object.keys(await rowsOf(page)).filter((name) => name.startsWith("合订.docx"));
  assert.deepEqual(again, ["合订.docx"]);
  await context.close();
});

test("files dropped anywhere on the view join the pile, never taken for a draft", async () => {
  const context = await app.browser.newContext();
  const { page } = await openAudit(context);
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], "粘贴不便的报告.txt", { type: "text/plain" }));
    const target = document.querySelector(".audit-input");
    target.dispatchEvent(new DragEvent("dragover", { dataTransfer: data, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  }, "核定编制20名，实有在职21人。在职人员控制率为105%。预算控制率为0。年初预算100万元，年中追加10万元。");
  await page.locator('[data-audit-row="粘贴不便的报告.txt"]').waitFor();
  const row = (await rowsOf(page))["粘贴不便的报告.txt"];
  assert.deepEqual([row.mismatches, row.unverifiable], ["1", "0"]);
  assert.equal(await page.locator("[data-notice]").count(), 0, "no draft imported");
  await context.close();
});

test("the header's badge speaks of the report shown on the 审校报告 screen, of the draft elsewhere", async () => {
  const context = await app.browser.newContext();
  const { page } = await openAudit(context);
  await expectText(page.locator(".findings-count"), "审校：尚未粘贴报告");
  await page.locator('[data-audit="text"]').fill(SEED);
  await expectText(page.locator(".findings-count"), "审校：本报告 5 处不符");
  await page.click(".findings-count");
  await page.waitForFunction(() => {
    const summary = document.getElementById("audit-summary");
    return summary && summary.getBoundingClientRect().top >= 0 && summary.getBoundingClientRect().top < innerHeight;
  });
  await page.click('[data-action="show-form"]');
  assert.doesNotMatch(await page.locator(".findings-count").textContent(), /本报告/);
  await page.click('[data-action="show-audit"]');
  await expectText(page.locator(".findings-count"), "审校：本报告 5 处不符");
  await context.close();
});

/** The text of a PDF printed from the page as the browser prints it (print media, the CSS page size). */
async function printed(page, name) {
  const path = join(dir, name);
  writeFileSync(path, await page.pdf({ preferCSSPageSize: true }));
  return execFileSync("pdftotext", [path, "-"], { encoding: "utf8" });
}

test("printed from the 审校报告 screen, the printout is the pile or the opened report's audit, never the draft's report", async () => {
  const context = await app.browser.newContext();
  const { page, problems } = await openAudit(context);
  await page.setInputFiles('[data-audit="files"]', [files["linxiang-statistics-2021.docx"], files["yunxi-forestry-2023.docx"]]);
  await expectText(page.locator(".audit-progress"), "已读取 2 份报告。", 30000);
  const flat = (text) => text.replace(/\s+/g, "");
  // No report open: the pile's table, with its figures and the slip it found.
  const pile = flat(await printed(page, "pile.pdf"));
  assert.ok(pile.includes("临湘市统计局2021") && pile.includes("云溪县林业局2023"), pile);
  assert.ok(pile.includes("共2份：有不符的1份"), pile);
  // (Table cells come out of the PDF's text in pieces: the slip's two figures are looked for apart.)
  assert.ok(pile.includes("预算控制率写8.25%") && pile.includes("8.73%"), pile);
  for (const absent of ["部门整体支出绩效自评报告", "此处填写", "选择或拖入报告文件", "导出"]) assert.ok(!pile.includes(absent), `${absent} in ${pile}`);
  // A report opened: its file, summary, claims with verdicts and marked text; no box, no buttons.
  await page.locator('[data-audit-row="linxiang-statistics-2021.docx"] button.link').click();
  await expectText(page.locator(".audit-file"), "正在查看：linxiang-statistics-2021.docx");
  const opened = await printed(page, "opened.pdf");
  const text = flat(opened);
  for (const present of ["审校结果：linxiang-statistics-2021.docx", "共识别9处：不符1处", "不符：", "8.73%", "〔不符〕", "临湘市统计局2021年度部门整体支出绩效评价报告"]) {
    assert.ok(text.includes(present), `${present} not in ${text}`);
  }
  for (const absent of ["正在查看", "此处填写", "据此新建草稿", "在此粘贴报告全文", "批量审校报告文件", "打印/存为PDF"]) assert.ok(!text.includes(absent), `${absent} in ${text}`);
  const info = execFileSync("pdfinfo", [join(dir, "opened.pdf")], { encoding: "utf8" });
  assert.match(info, /Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
  // Back on another screen, printing is the draft's report again.
  await page.click('[data-action="show-form"]');
  assert.ok(flat(await printed(page, "form.pdf")).includes("部门整体支出绩效自评报告"));
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

// A reviewer's own reports, in our own words and figures: one with two slips, one that holds, and one
// pasted by hand (as for a PDF the tool cannot read).
const PADDING = "本单位严格执行预算管理制度，按季度开展绩效运行监控，资金使用规范，未发现截留挪用情况。\n".repeat(8);
const TWO_SLIPS = `湘潭县农机事务中心2023年度部门整体支出绩效自评报告\n一、基本情况\n核定编制30名，实有在职33人。在职人员控制率为105%。\n年初预算200万元，年中追加20万元。预算控制率为5%。\n${PADDING}`;
const HOLDS = `韶山市档案馆2022年度部门整体支出绩效自评报告\n一、基本情况\n核定编制12名，实有在职12人。在职人员控制率为100%。\n${PADDING}`;
const PASTED = "长沙县植保站2024年度部门整体支出绩效自评报告\n一、基本情况\n年初预算150万元，年中追加15万元。预算控制率为8%。\n";

/** Writes each `[name, text]` as a .docx in a new folder; returns their paths by name. */
function docxFiles(entries) {
  const folder = mkdtempSync(join(dir, "own-"));
  return Object.fromEntries(entries.map(([name, text]) => {
    writeDocx(join(folder, name), text);
    return [name, join(folder, name)];
  }));
}

/** A .zip at `path` packing `[name inside, path or text]`, as a unit sends its reports. */
function zipOf(path, entries) {
  const script = "import sys,json,zipfile\nz=zipfile.ZipFile(sys.argv[1],'w',zipfile.ZIP_DEFLATED)\nfor n,p,t in json.load(open(sys.argv[2],encoding='utf-8')):\n  z.write(p,n) if p else z.writestr(n,t)\nz.close()";
  writeFileSync(`${path}.json`, JSON.stringify(entries.map(([name, from]) => (from.startsWith("/") ? [name, from, null] : [name, null, from]))));
  execFileSync("python3", ["-c", script, path, `${path}.json`]);
  return path;
}

test("a report pasted by hand is never lost to a file opened from the pile; back at the list, the screen, the header and the printout are the list", async () => {
  const context = await app.browser.newContext();
  const { page, problems } = await openAudit(context);
  const own = docxFiles([["农机中心.docx", TWO_SLIPS], ["档案馆.docx", HOLDS]]);
  await page.locator('[data-audit="text"]').fill(PASTED);
  await expectText(page.locator(".findings-count"), "审校：本报告 1 处不符");
  await page.setInputFiles('[data-audit="files"]', Object.values(own));
  await expectText(page.locator(".audit-progress"), "已读取 2 份报告。", 30000);

  // Opening a file's row first puts the pasted report in the pile, with its own figures.
  await page.locator('[data-audit-row="农机中心.docx"] button.link').click();
  await expectText(page.locator(".audit-file"), "正在查看：农机中心.docx");
  await expectText(page.locator(".audit-progress"), "文本框中的报告已列入下表“粘贴的报告”一行，点击即可再打开。");
  const rows = await rowsOf(page);
  assert.deepEqual([rows["粘贴的报告"]?.cells[1], rows["粘贴的报告"]?.mismatches], ["长沙县植保站", "1"]);
  assert.equal(rows["农机中心.docx"].mismatches, "2");

  // 返回列表: no report left above the table, the box empty, the header and the printout of the pile.
  await page.click('[data-action="back-to-pile"]');
  await page.waitForFunction(() => document.activeElement?.closest("tr")?.dataset.auditRow === "农机中心.docx");
  assert.equal(await page.locator(".audit-file").count(), 0);
  assert.equal(await page.locator('[data-audit="text"]').inputValue(), "");
  await expectText(page.locator(".findings-count"), "审校：3 份报告，2 份有不符");
  const pile = (await printed(page, "back-at-list.pdf")).replace(/\s+/g, "");
  assert.ok(pile.includes("共3份：有不符的2份") && pile.includes("粘贴的报告") && pile.includes("档案馆.docx"), pile);
  assert.ok(!pile.includes("审校结果：") && !pile.includes("共识别"), pile);

  // The pasted report opens again from its row, whole; the browser's Back leads to the list just as well.
  await page.locator('[data-audit-row="粘贴的报告"] button.link').click();
  assert.equal(await page.locator('[data-audit="text"]').inputValue(), PASTED);
  await page.locator('[data-audit-row="档案馆.docx"] button.link').click();
  assert.equal(await page.locator("[data-audit-row]").count(), 3, "a file's text, opened, is no new row");
  await page.goBack();
  await page.waitForFunction(() => document.activeElement?.closest("tr")?.dataset.auditRow === "档案馆.docx");
  assert.equal(await page.locator(".audit-results").textContent(), "");
  await expectText(page.locator(".findings-count"), "审校：3 份报告，2 份有不符");
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test("a .zip of reports gives a row for each report it packs; what cannot be read in it says why", async () => {
  const context = await app.browser.newContext();
  const { page } = await openAudit(context);
  assert.match(await page.locator('[data-audit="files"]').getAttribute("accept"), /\.zip/);
  const own = docxFiles([["农机中心.docx", TWO_SLIPS], ["档案馆.docx", HOLDS]]);
  const packed = zipOf(join(dir, "两家单位报告.zip"), [
    ["农机中心.docx", own["农机中心.docx"]],
    ["材料/档案馆.docx", own["档案馆.docx"]],
    ["植保站.txt", PASTED],
    ["__MACOSX/._农机中心.docx", "mac"],
    ["旧的.zip", "PK\u0005\u0006" + "\0".repeat(18)],
    ["扫描.pdf", "%PDF-1.4\n"],
  ]);
  const empty = zipOf(join(dir, "只有说明.zip"), [["说明/", ""]]);
  await page.setInputFiles('[data-audit="files"]', [packed, empty]);
  await expectText(page.locator(".audit-progress"), "已读取 2 份报告。", 30000);
  const rows = await rowsOf(page);
  assert.deepEqual(Object.keys(rows).sort(), ["两家单位报告.zip/农机中心.docx", "两家单位报告.zip/扫描.pdf", "两家单位报告.zip/旧的.zip", "两家单位报告.zip/材料/档案馆.docx", "两家单位报告.zip/植保站.txt", "只有说明.zip"].sort());
  assert.deepEqual([rows["两家单位报告.zip/农机中心.docx"].cells[1], rows["两家单位报告.zip/农机中心.docx"].mismatches], ["湘潭县农机事务中心", "2"]);
  assert.equal(rows["两家单位报告.zip/材料/档案馆.docx"].mismatches, "0");
  assert.equal(rows["两家单位报告.zip/植保站.txt"].mismatches, "1");
  assert.match(rows["两家单位报告.zip/旧的.zip"].cells[6], /压缩包中的压缩包未打开：请先解压/);
  assert.match(rows["两家单位报告.zip/扫描.pdf"].cells[6], /PDF/);
  assert.match(rows["只有说明.zip"].cells[6], /压缩包中没有 Word 文档（\.docx）或文本文件（\.txt）/);
  for (const row of Object.values(rows)) assert.doesNotMatch(row.cells[6], /表格或演示文稿/);
  await context.close();
});

test("the pile is worst first once read; one file can be removed; re-read, copies and blank files each say what they are", async () => {
  const context = await app.browser.newContext();
  const { page } = await openAudit(context);
  const own = docxFiles([
    ["档案馆.docx", HOLDS],
    ["空白.docx", ""],
    ["农机中心.docx", TWO_SLIPS],
    ["农机中心（定稿）.docx", TWO_SLIPS],
    ["档案馆（合订本）.docx", HOLDS.repeat(4)],
  ]);
  await page.setInputFiles('[data-audit="files"]', Object.values(own));
  await expectText(page.locator(".audit-progress"), "已读取 5 份报告。", 30000);
  const order = await page.locator("[data-audit-row]").evaluateAll((rows) => rows.map((r) => r.dataset.auditRow));
  assert.deepEqual(order.slice(0, 2), ["农机中心.docx", "农机中心（定稿）.docx"], "the two with 不符 first");
  assert.equal(order.at(-1), "空白.docx", "a file with nothing in it last");
  const rows = await rowsOf(page);
  assert.equal(rows["空白.docx"].cells[6], "文件为空：没有文字（空白文档，或正文只是图片、扫描件）");
  assert.match(rows["农机中心.docx"].cells[6], /与“农机中心（定稿）\.docx”内容相同$/);
  assert.match(rows["农机中心（定稿）.docx"].cells[6], /与“农机中心\.docx”内容相同$/);
  assert.equal(rows["档案馆（合订本）.docx"].cells[3], rows["档案馆.docx"].cells[3], "a report bound four times over is counted once");
  assert.match(rows["档案馆（合订本）.docx"].cells[6], /同一份报告在文件中重复了 4 次，只按第一份核对/);

  // Chosen again, the same files replace their rows, and the line says so.
  await page.setInputFiles('[data-audit="files"]', Object.values(own));
  await expectText(page.locator(".audit-progress"), "已读取 5 份报告。列表中同名的 5 行已换成这次读取的结果。", 30000);
  assert.equal(await page.locator("[data-audit-row]").count(), 5);

  // One wrong file out, asked nothing; the focus on the 移除 now in its place.
  await page.locator('[data-audit-row="农机中心（定稿）.docx"] [data-action="remove-row"]').click();
  await expectText(page.locator(".audit-progress"), "已从列表中移除“农机中心（定稿）.docx”（需要时可重新选择该文件）。");
  assert.equal(await page.locator("[data-audit-row]").count(), 4);
  assert.doesNotMatch((await rowsOf(page))["农机中心.docx"].cells[6], /内容相同/, "its copy gone, the note goes");
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.action), "remove-row");
  await expectText(page.locator(".audit-pile-summary"), "共 4 份：有不符的 1 份，有无法核对项的 0 份，未识别到数据的 0 份，无法读取的 1 份。");
  await context.close();
});

test("after a reload the 审校 screen says the pile was dropped and must be chosen again", async () => {
  const context = await app.browser.newContext();
  const { page } = await openAudit(context);
  const own = docxFiles([["农机中心.docx", TWO_SLIPS], ["档案馆.docx", HOLDS]]);
  await page.setInputFiles('[data-audit="files"]', Object.values(own));
  await expectText(page.locator(".audit-progress"), "已读取 2 份报告。", 30000);
  page.on("dialog", (dialog) => dialog.accept());
  await page.reload();
  await page.locator('[data-audit="files"]').waitFor({ state: "attached" });
  await expectText(page.locator(".audit-progress"), "刷新页面前列表中的 2 份报告已不在（列表只在本页中，不保存报告内容）：如需再看，请重新选择文件。");
  assert.equal(await page.locator("[data-audit-row]").count(), 0);
  const kept = await page.evaluate(() => Object.values(sessionStorage).join("\n"));
  assert.ok(!kept.includes("农机事务中心") && !kept.includes("韶山市档案馆"), "no report's text kept");
  await context.close();
});
