// The 项目支出绩效自评表 (SPEC §12) as a clerk fills it: the two published tables of SPEC §12 typed in
// and scored as filed, with the slips a reviewer would catch; rows pasted from a spreadsheet; a finding
// that leads to its cell; everything kept across a reload; an older draft opening with the template.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openApp, field, typeInto, expectText, withBrowserAndSite, loadExample } from "./harness.mjs";

const app = withBrowserAndSite("/");

const table = (page, n) => page.locator(`[data-project-eval="${n}"]`);
const score = (page, id) => page.locator(`[data-score="${id}"]`);
const grade = (page, n) => page.locator(`[data-grade="project.${n}"]`);
/** The project's findings as its table shows them. */
const findingsOf = (page, n) =>
  table(page, n).locator("[data-finding]").evaluateAll((all) => all.map((f) => f.dataset.finding).sort());

/** Adds a project in the form with its name and amounts, then opens the project view. */
async function projectWith(page, name, budget, actual) {
  await page.click('[data-action="show-form"]');
  const n = await page.locator('[data-field$=".name"][data-field^="spend.projects."]').count();
  await page.click('[data-action="add-project"]');
  await typeInto(page, `spend.projects.${n}.name`, name);
  await typeInto(page, `spend.projects.${n}.budget`, budget);
  await typeInto(page, `spend.projects.${n}.actual`, actual);
  await page.click('[data-action="show-projects"]');
  await table(page, n).waitFor();
  return n;
}

/** Fills grid row `k` of project `n`: 三级指标, 年度指标值, 实际完成值, 分值, 得分 (blank cells left alone). */
async function fillRow(page, n, k, [name, target, actual, points, filed]) {
  const cells = { name, target, actual, points, score: filed };
  for (const [column, text] of Object.entries(cells)) {
    if (text) await field(page, `spend.projects.${n}.indicators.${k}.${column}`).fill(text);
  }
}

test("天长市水利局's 水旱灾害防御经费 table scores 100 as filed; the rows without values and the misfiled one are named", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  const n = await projectWith(page, "水旱灾害防御经费", "880", "880");
  await field(page, `spend.projects.${n}.initial`).pressSequentially("880");
  // The template's rows: 数量, 质量, 时效, 成本, 经济, 社会, 生态, 可持续影响, 满意度.
  assert.equal(await field(page, `spend.projects.${n}.indicators.4.level2`).inputValue(), "经济效益指标");
  await fillRow(page, n, 0, ["完成中型灌区节水改造项目数量", "1", "1", "10"]);
  await page.click(`[data-row-action="insert"][data-project="${n}"][data-row="0"]`);
  await fillRow(page, n, 1, ["完成农业综合水价改革项目", "1", "1", "10"]);
  await fillRow(page, n, 2, ["工程质量合格", "", "", "10", "10"]);
  await fillRow(page, n, 3, ["年度资金支付完成率100%", "", "", "10", "10"]);
  await fillRow(page, n, 4, ["资金执行在预算范围内", "", "", "10", "10"]);
  await fillRow(page, n, 5, ["全市安全度汛", "", "", "10", "10"]);
  await fillRow(page, n, 6, ["保护全市人口财产不受损失", "", "", "10", "10"]);
  await fillRow(page, n, 7, ["生态效益", "/", "/"]);
  await fillRow(page, n, 8, ["已建工程良性运行", "", "", "10", "10"]);
  await fillRow(page, n, 9, ["服务对象满意度", "90%", "100%", "10"]);

  await expectText(score(page, `project.${n}.execution`), "10.00");
  await expectText(score(page, `project.${n}.indicators.0`), "10.00");
  await expectText(score(page, `project.${n}.indicators.7`), "不适用");
  await expectText(score(page, `project.${n}.total`), "100.00");
  await expectText(grade(page, n), "优");
  const found = await findingsOf(page, n);
  assert.equal(found.filter((code) => code === "project_unquantified").length, 6, found.join());
  assert.ok(found.includes("project_level_mismatch"), found.join());
  assert.ok(!found.includes("project_weights"), found.join());
  assert.match(await table(page, n).locator('[data-finding="project_level_mismatch"]').textContent(), /第6行“全市安全度汛”/);
  await context.close();
});

test("黄冈's 渔业成品油价格改革补贴 table: 100 under its own 20/40/40 split, which is flagged, as is a target filed as its result", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  const n = await projectWith(page, "渔业成品油价格改革补贴", "1.56", "1.56");
  await field(page, "project_eval.execution_points").fill("20");
  await fillRow(page, n, 0, ["补贴渔船数", "6", "6", "20"]);
  await fillRow(page, n, 1, ["渔船补贴发放率", "100%", "100%", "10"]);
  await fillRow(page, n, 2, ["12月底之前完成", "100%", "100%", "10"]);
  await fillRow(page, n, 8, ["退捕渔民抽样调查满意度", "90%", "≥90%", "40", "40"]);
  await expectText(score(page, `project.${n}.execution`), "20.00");
  await expectText(score(page, `project.${n}.total`), "100.00");
  await expectText(grade(page, n), "优");
  assert.deepEqual(await findingsOf(page, n), ["project_not_measured", "project_weights"]);
  // The same findings are in the findings panel, counted in the header's badge, and lead to the cell.
  await page.click('[data-action="show-form"]');
  const measured = page.locator(`.findings [data-finding="project_not_measured"][data-project="${n}"]`);
  await measured.waitFor();
  await measured.locator("button").click();
  await table(page, n).waitFor();
  await page.waitForFunction((id) => document.activeElement?.dataset?.field === id, `spend.projects.${n}.indicators.8.actual`);
  await context.close();
});

test("a missed target scores in proportion with its reason; the table survives a reload", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  const n = await projectWith(page, "职工技能培训", "50", "43.1");
  await field(page, `spend.projects.${n}.initial`).fill("50");
  await fillRow(page, n, 0, ["培训人次", "43.2", "37.24", "50"]);
  await fillRow(page, n, 5, ["参训职工技能提升", "效果明显", "基本达到预期", "30"]);
  await fillRow(page, n, 8, ["参训职工满意度", "≥95%", "97.5%", "10"]);
  await expectText(score(page, `project.${n}.indicators.0`), "43.10");
  await expectText(score(page, `project.${n}.execution`), "8.62");
  assert.match(await table(page, n).locator('[data-indicator-row="0"]').textContent(), /完成值37\.24低于指标值43\.2，按比例得43\.10分/);
  await expectText(score(page, `project.${n}.total`), "82.72");
  await expectText(grade(page, n), "良");
  // 培训人次 missed, 技能提升 met only in part (基本达到): each asks for its reason.
  assert.deepEqual(await findingsOf(page, n), ["project_deviation_reason", "project_deviation_reason", "project_execution_reason"]);
  await field(page, `spend.projects.${n}.indicators.0.reason`).fill("部分职工因防汛任务未能参训，下年度分批补训");
  await field(page, `spend.projects.${n}.indicators.5.reason`).fill("实操考核安排偏少，下年度增加实训课时");
  await field(page, `spend.projects.${n}.funds_reason`).fill("培训按实际人次结算");
  await expectText(table(page, n).locator(".eval-findings"), "");

  await page.reload();
  await page.click('[data-action="show-projects"]');
  await expectText(score(page, `project.${n}.total`), "82.72");
  assert.equal(await field(page, `spend.projects.${n}.indicators.5.actual`).inputValue(), "基本达到预期");
  assert.equal(await field(page, `spend.projects.${n}.funds_reason`).inputValue(), "培训按实际人次结算");
  // Hidden, the screen keeps no inputs: a finding's link on another screen finds the form's field.
  await page.click('[data-action="show-form"]');
  await page.locator(".projects-screen [data-field]").first().waitFor({ state: "detached" });
  assert.equal(await page.locator(`[data-field="spend.projects.${n}.name"]`).count(), 1, "the form's name field only");
  await context.close();
});

test("上年决算数 typed beside a table: a slip is said beside it, the figure prints in 附件1, and alone it is no 自评表", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  const n = await projectWith(page, "城区公厕保洁", "18", "17.6");
  const prior = field(page, `spend.projects.${n}.prior_actual`);
  await prior.fill("十六万");
  const message = prior.locator("xpath=following-sibling::span[1]");
  await message.filter({ hasText: /\S/ }).waitFor();
  assert.equal(await prior.getAttribute("aria-invalid"), "true");
  await prior.fill("16.2万元");
  await expectText(message, "");
  // Next year's draft fills this cell for every project: alone it is not a 自评表 the page asks to finish,
  // as a 年初预算数 is.
  const reminder = page.locator('section.findings [data-finding="project_not_evaluated"]');
  await field(page, `spend.projects.${n}.initial`).fill("18");
  await reminder.waitFor({ state: "attached" });
  await field(page, `spend.projects.${n}.initial`).fill("");
  await reminder.waitFor({ state: "detached" });
  await page.click('[data-action="show-report"]');
  const row = page.locator(".report tr", { hasText: "城区公厕保洁" }).first();
  await row.filter({ hasText: /16\.20\s*18\.00\s*17\.60/ }).waitFor();
  assert.equal(await page.locator(".report").getByText("项目支出绩效自评表").count(), 0, "no 附件3 for it");
  await context.close();
});

test("a clerk's own spellings are scored as meant, and 无 against a real target is no reason to drop it", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  const n = await projectWith(page, "乡村道路养护", "300", "300");
  await fillRow(page, n, 0, ["新建错车道", "4处", "无", "30"]);
  await fillRow(page, n, 1, ["路面病害处置时限", "30日内", "25天", "10"]);
  await fillRow(page, n, 2, ["汛前整治完成时间", "2024.5.31前", "2024-06-12", "10"]);
  await fillRow(page, n, 5, ["道路安全事故", "零事故", "0起", "30"]);
  await fillRow(page, n, 8, ["沿线群众满意度", "≥90%", "93%", "10"]);
  await expectText(score(page, `project.${n}.indicators.0`), "0.00");
  await expectText(score(page, `project.${n}.indicators.1`), "10.00");
  await expectText(score(page, `project.${n}.indicators.2`), "3.00");
  await expectText(score(page, `project.${n}.indicators.5`), "30.00");
  await expectText(score(page, `project.${n}.total`), "63.00");
  // The missed row and the late one each ask for a reason; nothing was rescaled away.
  assert.deepEqual(await findingsOf(page, n), ["project_deviation_reason", "project_deviation_reason"]);
  await context.close();
});

test("a 时效 row is scored by its dates: on time full, late in the 未达成 tier, and the deadline is not called unmeasurable", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  const n = await projectWith(page, "乡镇卫生院设备更新", "120", "120");
  await fillRow(page, n, 2, ["设备安装完成时间", "2024年10月底前", "2024年11月8日", "10"]);
  await expectText(score(page, `project.${n}.indicators.2`), "3.00");
  assert.match(await table(page, n).locator('[data-indicator-row="2"]').textContent(), /晚于指标值的时间，未达成（0%～60%），得3\.00分/);
  assert.ok(!(await findingsOf(page, n)).includes("project_unquantified"), "a deadline is a measurable 时效 target");
  await field(page, `spend.projects.${n}.indicators.2.actual`).fill("10月20日");
  await expectText(score(page, `project.${n}.indicators.2`), "10.00");
  await context.close();
});

test("rows pasted from the budget system's export fill the grid by their header, and what cannot be placed is said", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  const n = await projectWith(page, "困难职工帮扶", "20", "20");
  const exported = [
    "一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位\t权重\t备注栏",
    "产出指标\t数量指标\t帮扶困难职工户数\t大于等于\t120\t户\t30\t",
    "\t质量指标\t帮扶资金发放准确率\t等于\t100\t%\t20\t",
    "效益指标\t社会效益指标\t困难职工生活改善\t定性\t明显改善\t\t30\t",
    "满意度指标\t服务对象满意度指标\t受助职工满意度\t大于等于\t90\t%\t10\t",
  ].join("\r\n");
  const first = field(page, `spend.projects.${n}.indicators.0.level1`);
  await first.focus();
  await first.evaluate((element, text) => {
    const data = new DataTransfer();
    data.setData("text/plain", text);
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, exported);
  // The whole table came in (产出, 效益 and 满意度 rows): the template's rows it did not fill are gone, not
  // left after its 满意度 row.
  await expectText(page.locator(".eval-notice"), "已粘贴4行。表格模板中未填写的5行已删去。“备注栏”列不是绩效指标表的列，未放入。");
  assert.equal(await table(page, n).locator("[data-indicator-row]").count(), 4);
  assert.equal(await field(page, `spend.projects.${n}.indicators.0.target`).inputValue(), "≥120户");
  assert.equal(await field(page, `spend.projects.${n}.indicators.1.level1`).inputValue(), "产出指标", "a merged heading fills down");
  assert.equal(await field(page, `spend.projects.${n}.indicators.1.target`).inputValue(), "=100%");
  assert.equal(await field(page, `spend.projects.${n}.indicators.2.target`).inputValue(), "明显改善");
  assert.equal(await field(page, `spend.projects.${n}.indicators.3.points`).inputValue(), "10");
  await fillRow(page, n, 0, ["", "", "126户"]);
  await fillRow(page, n, 1, ["", "", "100%"]);
  await fillRow(page, n, 2, ["", "", "生活明显改善"]);
  await fillRow(page, n, 3, ["", "", "93%"]);
  await expectText(score(page, `project.${n}.total`), "100.00");
  await context.close();
});

test("part of a table pasted leaves the template's other rows under their own headings, and at 1366 px every heading reads whole", async () => {
  const context = await app.browser.newContext({ viewport: { width: 1366, height: 768 } });
  const { page } = await openApp(context, app.url);
  const n = await projectWith(page, "职工书屋建设", "12", "12");
  // The template's headings, whole in their boxes at a laptop's width (服务对象满意度指标 is the longest).
  const clipped = await table(page, n).locator("td.level1 input, td.level2 input").evaluateAll((inputs) =>
    inputs.filter((i) => i.scrollWidth > i.clientWidth).map((i) => i.value));
  assert.deepEqual(clipped, []);
  // Two 产出 rows only, pasted at the top: the template's 效益 and 满意度 rows stay to be filled, in order.
  const first = field(page, `spend.projects.${n}.indicators.0.level1`);
  await first.evaluate((element, text) => {
    const data = new DataTransfer();
    data.setData("text/plain", text);
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, "产出指标\t数量指标\t新建书屋\t≥3个\n产出指标\t质量指标\t验收合格率\t100%");
  await expectText(page.locator(".eval-notice"), "已粘贴2行。");
  const headings = await table(page, n).locator("td.level1 input").evaluateAll((inputs) => inputs.map((i) => i.value));
  assert.deepEqual(headings, ["产出指标", "产出指标", "产出指标", "产出指标", "效益指标", "效益指标", "效益指标", "效益指标", "满意度指标"]);
  assert.equal(await field(page, `spend.projects.${n}.indicators.1.name`).inputValue(), "验收合格率");
  await context.close();
});

test("an older draft opens with its projects, and each starts from the template's headings", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  await page.click('[data-action="show-drafts"]');
  const fixture = readFileSync(new URL("../fixtures/draft-schema-2.json", import.meta.url), "utf8");
  await page.locator('[data-action="import-draft"]').setInputFiles({ name: "old.json", mimeType: "application/json", buffer: Buffer.from(fixture) });
  await page.locator('[data-file-status="ok"]').waitFor();
  await page.click('[data-action="show-projects"]');
  await table(page, 0).waitFor();
  assert.equal(await field(page, "spend.projects.0.indicators.0.level1").inputValue(), "产出指标");
  assert.equal(await field(page, "spend.projects.0.indicators.8.level1").inputValue(), "满意度指标");
  await expectText(score(page, "project.0.execution"), "10.00");
  await context.close();
});

/** A part of a .docx, read by Python's zipfile (which checks every CRC first). */
function readPart(path, name) {
  const script = "import sys,zipfile\nz=zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nsys.stdout.write(z.read(sys.argv[2]).decode())";
  return execFileSync("python3", ["-c", script, path, name], { encoding: "utf8", maxBuffer: 1e8 });
}

test("each evaluated project prints as 附件3 on its own page after 附件2, and goes into the Word file", async () => {
  const context = await app.browser.newContext({ acceptDownloads: true });
  const { page } = await openApp(context, app.url);
  await loadExample(page);
  await page.click('[data-action="show-projects"]');
  await table(page, 1).waitFor();
  await field(page, "spend.projects.1.initial").fill("30");
  await field(page, "spend.projects.1.department").fill("桃江县总工会");
  await field(page, "spend.projects.1.goal.expected").fill("春节前走访慰问困难职工300户以上");
  await fillRow(page, 1, 0, ["慰问困难职工户数", "≥300户", "312户", "50"]);
  await fillRow(page, 1, 5, ["困难职工生活改善", "明显改善", "明显改善", "30"]);
  await fillRow(page, 1, 8, ["受助职工满意度", "≥90%", "96%", "10"]);
  await expectText(score(page, "project.1.total"), "100.00");
  await field(page, "spend.projects.1.funds_reason").fill("慰问标准按县总工会文件执行");
  // The first project: only its 年初预算数 typed, no indicator yet — no 附件3 for it, and the clerk is told.
  await field(page, "spend.projects.0.initial").fill("1");
  await table(page, 0).locator(".eval-findings li", { hasText: "尚未填写绩效指标，报告和附件3暂不列入此项目" }).waitFor();
  // The heading follows the name as it is typed.
  await table(page, 0).locator('[data-field="spend.projects.0.name"]').fill("驻村帮扶经费");
  await expectText(table(page, 0).locator("h3"), "1. 驻村帮扶经费");

  await page.click('[data-action="show-report"]');
  await page.locator(".report").getByText("附件3").first().waitFor();
  const path = join(mkdtempSync(join(tmpdir(), "jixiao-")), "report.pdf");
  writeFileSync(path, await page.pdf({ preferCSSPageSize: true }));
  const pages = execFileSync("pdftotext", ["-layout", path, "-"], { encoding: "utf8" }).split("\f").filter((p) => p.trim());
  const flat = (text) => text.replace(/\s+/g, "");
  const labelled = (label) => pages.findIndex((p) => new RegExp(`^\\s*${label}\\s*$`, "m").test(p));
  const [second, third] = [labelled("附件2"), labelled("附件3")];
  assert.ok(second >= 0 && third > second, "附件3 comes after 附件2");
  assert.ok(!/^\s*附件2\s*$/m.test(pages[third]), "附件3 starts on a page of its own");
  const attachment = flat(pages.slice(third).join(""));
  // Cells wrap inside their column, so pdftotext interleaves long ones: short parts are looked for.
  for (const expected of ["项目支出绩效自评表", "项目名称：2024年春节送温暖资金", "主管部门：桃江县总工会", "慰问困难职工", "≥300户", "312户", "受助职工", "100.00", "自评等级：优", "执行率偏低或预算调整的原因：慰问标准按县总工会文件执行"]) {
    assert.ok(attachment.includes(expected), `${expected} in the printed 附件3: ${attachment}`);
  }
  assert.ok(!attachment.includes("驻村帮扶经费"), "a table without indicators is not printed");
  assert.ok(!attachment.includes("经济效益指标"), "unused template rows are not printed");
  assert.ok(flat(pages.join("")).includes("对其中1个项目开展了绩效自评：2024年春节送温暖资金自评得分100.00分，等级为优（详见附件3）。"));

  const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-action="export-docx"]')]);
  const docx = join(mkdtempSync(join(tmpdir(), "jixiao-")), "report.docx");
  await download.saveAs(docx);
  const document = readPart(docx, "word/document.xml");
  const text = [...document.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
  // The 实际完成情况 left blank prints in Word as on paper, for the clerk to fill.
  for (const expected of ["附件3", "项目支出绩效自评表", "项目名称：2024年春节送温暖资金", "春节前走访慰问困难职工300户以上【此处填写】", "慰问困难职工户数", "312户", "自评等级：优"]) {
    assert.ok(text.includes(expected), `${expected} in the Word file`);
  }
  await context.close();
});

test("a blank 年度总体目标 in 附件3 is counted above the preview and leads to its cell; 附件2 takes the projects' 年初预算数 and asks about a figure that differs", async () => {
  const context = await app.browser.newContext();
  const { page, problems } = await openApp(context, app.url);
  const projects = [["乡镇污水管网维护", "260", "251.3", "240"], ["饮用水源地巡查", "45", "44.1", "40"]];
  for (const [name, budget, actual, initial] of projects) {
    const n = await projectWith(page, name, budget, actual);
    await field(page, `spend.projects.${n}.initial`).fill(initial);
    await fillRow(page, n, 0, ["巡查维护管网长度", "≥36公里", "37.5公里", "90"]);
  }
  const openCount = async () => Number((await page.locator("[data-report-check]").textContent()).match(/(\d+)处待填写/)?.[1] ?? 0);
  await page.click('[data-action="show-report"]');
  // The two 附件3 tables' own cells (附件1/附件2's 基本支出 全年预算数, not worked out without the year's, are counted apart).
  const goals = page.locator(".report .attachment", { hasText: "项目支出绩效自评表" }).locator("td.fill", { hasText: "【此处填写】" });
  await expectText(goals.first(), "【此处填写】");
  assert.equal(await goals.count(), 4, "预期目标 and 实际完成情况 of both tables");
  const before = await openCount();
  assert.ok(before >= 4, `the note counts them: ${before}`);
  // Chosen, the second table's 实际完成情况 leads to its cell on the 项目自评 screen; typed, it is counted no more.
  await goals.nth(3).click();
  await page.waitForFunction(() => document.activeElement?.dataset?.field === "spend.projects.1.goal.actual");
  await page.keyboard.type("全年巡查水源地52次，未发生污染事件");
  await page.click('[data-action="show-report"]');
  await expectText(page.locator(".report td", { hasText: "全年巡查水源地52次" }).first(), "全年巡查水源地52次，未发生污染事件");
  assert.equal(await openCount(), before - 1);
  assert.equal(await goals.count(), 3);
  // 附件2's 项目支出 row: 年初预算数 the sum of the two tables' (240 + 40), beside the projects' 全年预算数.
  const projectsRow = page.locator(".report tr", { hasText: "其中：项目支出" }).first();
  const cells = async () => (await projectsRow.locator("td").allTextContents()).slice(0, 4);
  assert.deepEqual(await cells(), ["其中：项目支出", "280.00", "305.00", "295.40"]);
  // A figure typed in the form prints as typed, and the clerk is asked about the difference.
  await page.click('[data-action="show-form"]');
  await typeInto(page, "funds.projects.initial", "300");
  const asked = page.locator('.findings [data-finding="sum_mismatch"]', { hasText: "附件3各项目年初预算数之和" });
  await expectText(asked.locator(".text"), "附件2项目支出年初预算数300.00万元，与附件3各项目年初预算数之和280.00万元不符（相差20.00万元），请核对");
  await page.click('[data-action="show-report"]');
  assert.equal((await cells())[1], "300.00");
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

/** What has the focus: a grid button (its action and row), a field's id, or the element's tag. */
const focused = (page) =>
  page.evaluate(() => {
    const e = document.activeElement;
    if (e.dataset.rowAction) return `${e.dataset.rowAction}@${e.dataset.row}`;
    return e.dataset.field ?? e.dataset.action ?? e.tagName;
  });

test("by keyboard: 删除 keeps the focus in the grid, the undo offer is in view and Ctrl+Z brings the row back; Enter on ↓ moves a row on each press", async () => {
  const context = await app.browser.newContext({ viewport: { width: 1100, height: 620 } });
  const { page } = await openApp(context, app.url);
  for (const name of ["村道日常养护", "河道保洁补助", "农机购置补贴"]) await projectWith(page, name, "50", "48");
  const n = 2;
  await fillRow(page, n, 0, ["新增农机具台数", "≥40台", "44台", "20"]);
  await fillRow(page, n, 1, ["补贴兑付及时率", "≥95%", "97%", "20"]);
  await fillRow(page, n, 2, ["购机户满意度", "≥90%", "93%", "20"]);
  await expectText(score(page, `project.${n}.indicators.1`), "20.00");

  const remove = page.locator(`[data-row-action="remove"][data-project="${n}"][data-row="1"]`);
  await remove.focus();
  await page.keyboard.press("Enter");
  assert.equal(await field(page, `spend.projects.${n}.indicators.1.name`).inputValue(), "购机户满意度");
  assert.equal(await focused(page), "remove@1", "the 删除 now in the removed row's place");
  const offer = page.locator('[data-action="undo-remove-indicator"]');
  await offer.waitFor();
  assert.match(await offer.locator("..").textContent(), /已删除指标行“补贴兑付及时率”/);
  const box = await offer.boundingBox();
  assert.ok(box && box.y >= 0 && box.y + box.height <= 620, `the offer is in the window: ${JSON.stringify(box)}`);

  await page.keyboard.press("Control+z");
  await page.waitForFunction((id) => document.querySelector(`[data-field="${id}"]`)?.value === "补贴兑付及时率", `spend.projects.${n}.indicators.1.name`);
  assert.equal(await field(page, `spend.projects.${n}.indicators.1.name`).inputValue(), "补贴兑付及时率");
  await expectText(score(page, `project.${n}.indicators.1`), "20.00");
  await offer.waitFor({ state: "detached" });

  // The last row's 删除: the focus goes to the row above's.
  const rows = await table(page, n).locator("[data-indicator-row]").count();
  await page.locator(`[data-row-action="remove"][data-project="${n}"][data-row="${rows - 1}"]`).focus();
  await page.keyboard.press("Enter");
  assert.equal(await focused(page), `remove@${rows - 2}`);
  // Typing elsewhere withdraws the offer, as the form's does.
  await field(page, `spend.projects.${n}.indicators.0.reason`).fill("超额完成");
  await offer.waitFor({ state: "detached" });

  // ↓ pressed three times moves the first row three places down, the focus following it.
  await page.locator(`[data-row-action="down"][data-project="${n}"][data-row="0"]`).focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press("Enter");
  assert.equal(await focused(page), "down@3");
  assert.equal(await field(page, `spend.projects.${n}.indicators.3.name`).inputValue(), "新增农机具台数");
  // ↑ at the top keeps the focus and does nothing.
  await page.locator(`[data-row-action="up"][data-project="${n}"][data-row="0"]`).focus();
  const top = await field(page, `spend.projects.${n}.indicators.0.name`).inputValue();
  await page.keyboard.press("Enter");
  assert.equal(await focused(page), "up@0");
  assert.equal(await field(page, `spend.projects.${n}.indicators.0.name`).inputValue(), top);
  await context.close();
});

test("on a phone each indicator card names its boxes, and the template's unfilled rows are folded", async () => {
  const context = await app.browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const { page } = await openApp(context, app.url);
  // The header's buttons wrap rather than run off the edge: 打印 and 导出 Word are in sight.
  for (const action of ["show-audit", "print", "export-docx"]) {
    const button = await page.locator(`[data-action="${action}"]`).boundingBox();
    assert.ok(button && button.x >= 0 && button.x + button.width <= 360, `${action} is on the screen: ${JSON.stringify(button)}`);
  }
  const n = await projectWith(page, "高标准农田建设", "300", "290");
  const cards = () => table(page, n).locator("[data-indicator-row]").evaluateAll((rows) => rows.filter((r) => r.offsetParent).length);
  assert.equal(await cards(), 0, "no empty card for the template's rows");
  assert.ok(await page.locator(".narrow-only").first().isVisible(), "the phone says the unfilled rows are folded");
  const unfold = table(page, n).locator('[data-action="show-unused"]');
  await unfold.click();
  assert.equal(await unfold.getAttribute("aria-pressed"), "true");
  await fillRow(page, n, 0, ["新建农田面积", "≥2000亩", "2150亩", "30"]);
  await expectText(score(page, `project.${n}.indicators.0`), "30.00");
  const labels = await table(page, n).locator('[data-indicator-row="0"] td').evaluateAll((cells) =>
    cells.map((td) => getComputedStyle(td, "::before").content).filter((c) => c !== "none"),
  );
  for (const label of ["年度指标值", "实际完成值", "分值", "得分"]) {
    assert.ok(labels.includes(`"${label}"`), `${label} is written on the card: ${labels.join()}`);
  }
  await unfold.click();
  assert.equal(await unfold.textContent(), "显示未填写的指标行");
  assert.equal(await cards(), 1, "folded again, only the filled row takes a card");
  // A row added on the phone is there to type into.
  await table(page, n).locator('[data-action="add-indicator"]').click();
  const added = await page.evaluate(() => document.activeElement.dataset.field);
  assert.ok(await field(page, added).isVisible(), `${added} is shown while being filled`);
  await page.screenshot({ path: join(tmpdir(), "jixiao-projects-phone.png"), fullPage: false });
  await context.close();

  // On a laptop the same rows stay in the grid to be filled.
  const wide = await app.browser.newContext({ viewport: { width: 1093, height: 614 } });
  const { page: laptop } = await openApp(wide, app.url);
  const m = await projectWith(laptop, "高标准农田建设", "300", "290");
  assert.ok(await field(laptop, `spend.projects.${m}.indicators.3.name`).isVisible());
  await wide.close();
});

test("F5 on 项目自评 or 报告预览 comes back to that screen; a new tab opens on 填写", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  const n = await projectWith(page, "乡村道路养护", "64", "60");
  await page.reload();
  await table(page, n).waitFor();
  assert.equal(await page.locator('[data-action="show-projects"]').getAttribute("aria-pressed"), "true");
  assert.ok(await table(page, n).isVisible(), "the project's table is in sight after the reload");
  assert.ok(await field(page, "unit.name").isHidden(), "not the form");
  await page.click('[data-action="show-report"]');
  await page.locator(".report-title").waitFor();
  await page.reload();
  await page.locator(".report-title").waitFor();
  assert.equal(await page.locator('[data-action="show-report"]').getAttribute("aria-pressed"), "true");
  await page.click('[data-action="show-form"]');
  await page.reload();
  await page.locator('[data-indicator="staff_control"]').waitFor();
  assert.ok(await field(page, "unit.name").isVisible(), "back on the form, the form after a reload");
  // Another tab is another clerk's place: it starts on the form.
  await page.click('[data-action="show-projects"]');
  const { page: second } = await openApp(context, app.url);
  assert.ok(await field(second, "unit.name").isVisible());
  assert.equal(await second.locator('[data-action="show-form"]').getAttribute("aria-pressed"), "true");
  await context.close();
});

test("on a phone the offer to undo a deletion is one line and leaves the row the clerk is on in sight", async () => {
  const context = await app.browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const { page } = await openApp(context, app.url);
  for (const [n, name] of ["社区文化活动中心运营补助", "老旧小区雨污分流改造工程", "防汛物资储备"].entries()) {
    await page.click('[data-action="add-project"]');
    await typeInto(page, `spend.projects.${n}.name`, name);
  }
  await page.locator('[data-action="remove-project"]').nth(1).click();
  const offer = page.locator('[data-action="undo-remove-project"]').locator("..");
  await offer.waitFor();
  const [box, lines, button] = await offer.evaluate((p) => [
    p.getBoundingClientRect().toJSON(),
    p.querySelector("span").getClientRects().length,
    p.querySelector("button").getBoundingClientRect().toJSON(),
  ]);
  assert.equal(lines, 1, "the words take one line");
  assert.ok(box.height < 48, `one line high: ${box.height}`);
  assert.ok(button.left >= 0 && button.right <= 360, `撤销删除 is on the screen: ${JSON.stringify(button)}`);
  const focused = await page.evaluate(() => document.activeElement.getBoundingClientRect().toJSON());
  assert.ok(focused.bottom <= box.top || focused.top >= box.bottom, `the focused box ${JSON.stringify(focused)} is clear of the offer ${JSON.stringify(box)}`);
  await page.screenshot({ path: "/tmp/U1/look/undo-offer-360.png" });
  await context.close();
});

test("on a phone the 项目自评 screen's list of projects takes the clerk to the one chosen", async () => {
  const context = await app.browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const { page } = await openApp(context, app.url);
  const names = ["植树造林", "河道清淤", "村级公路", "文化下乡", "健康体检", "农机补贴", "饮水安全", "电商培训",
    "危房改造", "垃圾转运", "校舍维修", "路灯安装", "图书采购", "消防器材"];
  for (const [n, name] of names.entries()) {
    await page.click('[data-action="add-project"]');
    await field(page, `spend.projects.${n}.name`).fill(name);
  }
  await page.click('[data-action="show-projects"]');
  await table(page, 13).waitFor();
  const jump = page.locator('[data-action="jump-to-project"]');
  assert.ok(await jump.isVisible(), "the list is at the top of the screen");
  const options = await jump.locator("option").allTextContents();
  assert.equal(options.length, 15);
  assert.equal(options[11], "11. 校舍维修");
  await page.screenshot({ path: "/tmp/U1/look/project-jump-360.png" });
  await jump.selectOption("10");
  const [inside, visible] = await page.evaluate(() => {
    const table = document.querySelector('[data-project-eval="10"]');
    const box = document.activeElement.getBoundingClientRect();
    return [table.contains(document.activeElement), box.top >= 0 && box.bottom <= innerHeight];
  });
  assert.ok(inside && visible, "the chosen project's first box has the focus, in sight");
  assert.equal(await jump.inputValue(), "", "the list is ready for the next jump");
  await page.screenshot({ path: "/tmp/U1/look/project-jumped-360.png" });
  await context.close();

  // A wide screen, where a table is short, goes without the list.
  const wide = await app.browser.newContext({ viewport: { width: 1280, height: 800 } });
  const { page: laptop } = await openApp(wide, app.url);
  await projectWith(laptop, "植树造林", "10", "10");
  await projectWith(laptop, "河道清淤", "20", "20");
  assert.ok(await laptop.locator('[data-action="jump-to-project"]').isHidden());
  await laptop.screenshot({ path: "/tmp/U1/look/projects-1280.png" });
  await wide.close();
});
