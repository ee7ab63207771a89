// A new clerk's first hour (issue 25), journey by journey: first open and the example, typing, scoring,
// the report preview and drafts, a phone and a desktop. Each test is a behaviour a clerk tripped over.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openApp, field, total, finding, typeInto, expectText, expectFinding, withBrowserAndSite, loadExample } from "./harness.mjs";

const app = withBrowserAndSite("/");
const score = (page) => page.locator('[data-score="total"]');
const message = (page, id) => page.locator(`.field:has([data-field="${id}"]) .message`);

test("a blank draft shows no score until a figure is typed, and says where to start", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  await expectText(score(page), "—");
  await expectText(page.locator("[data-grade]").first(), "—");
  await expectText(page.locator('[data-hint="start"]'), "先填单位与人员，或点“填入示例”。有上年报告？到“审校报告”粘贴或打开，点“据此新建草稿”");
  // The scoring table says the same, not the 10 分 of the rows that are full when nothing is typed.
  await expectText(page.locator("#scoring .total-line"), "总分 —（分值合计 100 分），等级：—；填写数据后评分");
  await typeInto(page, "staff.quota.admin", "7");
  // Most rows still wait for a figure or a hand score: the 10 分 so far are no verdict of 差 — the band
  // (the page contract's data-grade) is greyed and said 暂计.
  await expectText(page.locator("[data-grade]").first(), "差");
  await expectText(page.locator(".score-summary .score-line"), "10.00 分，等级 差（暂计）");
  assert.equal(await page.locator(".score-summary .grade.provisional").count(), 1);
  await expectText(page.locator("#scoring .total-line"), "总分 10.00 分（分值合计 100 分），等级：待定");
  assert.equal(await page.locator('[data-hint="start"]').count(), 0);
  await context.close();
});

test("a newcomer with last year's report is shown the way to start from it, on the first screen and on 草稿", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  const auditBox = '[data-audit="text"]';
  const shown = (action) => page.waitForFunction((a) => document.querySelector(`[data-action="${a}"]`)?.getAttribute("aria-pressed") === "true", action);
  const focused = () => page.waitForFunction((box) => document.activeElement?.matches(box), auditBox);
  // The first screen's hint leads to 审校报告, the cursor in its box, and its intro says a draft starts there.
  await page.click('[data-hint="start"] [data-action="open-audit"]');
  await shown("show-audit");
  await focused();
  assert.match(await page.locator(".audit-screen .note").first().textContent(), /点“据此新建草稿”，可从上年的报告开始本年的草稿/);
  await page.locator(".audit-screen").screenshot({ path: join(tmpdir(), "jixiao-audit-intro.png") });
  // So does the 草稿 screen, beside the actions that only take the app's own files.
  await page.click('[data-action="show-drafts"]');
  const line = page.locator('.drafts-panel p:has([data-action="open-audit"])');
  await expectText(line, "有上年报告？到“审校报告”粘贴或打开，点“据此新建草稿”");
  await page.locator(".drafts-panel").screenshot({ path: join(tmpdir(), "jixiao-drafts-last-year.png") });
  await line.locator("button").click();
  await shown("show-audit");
  await focused();
  await context.close();
});

test("at 1366 px the first screen's way to 审校报告 breaks at its punctuation, never inside a word", async () => {
  const context = await app.browser.newContext({ viewport: { width: 1366, height: 768 } });
  const { page } = await openApp(context, app.url);
  const link = page.locator('[data-hint="start"] [data-action="open-audit"]');
  await link.waitFor();
  // The link's text line by line, as laid out: each character's box, grouped by the line it is on.
  const lines = await link.evaluate((button) => {
    const node = button.firstChild;
    const range = document.createRange();
    const lines = [];
    let top = null;
    for (let i = 0; i < node.length; i++) {
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const box = range.getBoundingClientRect();
      if (top === null || Math.abs(box.top - top) > 4) lines.push("");
      top = box.top;
      lines[lines.length - 1] += node.data[i];
    }
    return lines;
  });
  assert.equal(lines.join(""), "有上年报告？到“审校报告”粘贴或打开，点“据此新建草稿”");
  for (const words of ["“审校报告”", "“据此新建草稿”"]) {
    assert.ok(lines.some((line) => line.includes(words)), `${words} on one line: ${lines.join(" | ")}`);
  }
  await page.locator(".score-summary").screenshot({ path: "/tmp/jixiao-start-hint-1366.png" });
  await context.close();
});

test("a one-person unit's ledger typed in 元 is asked about, and a part hundreds of times its whole; a 成文日期 in the year evaluated is questioned, and a blank draft is not called error-free", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  const badge = page.locator(".findings-count");
  await expectText(badge, "审校：尚未填写数据");
  // Every rate of figures in 元 looks right (they are ratios): the amount per person in post does not.
  await typeInto(page, "staff.actual.admin", "1");
  await typeInto(page, "spend.personnel", "415000");
  const inYuan = page.locator('.findings [data-finding="implausible_staff"]', { hasText: "人员经费" });
  await expectText(inYuan.locator(".text"), "人员经费415000.00万元，合在职每人415000.00万元，是否按元填写？如是，请在数后加“元”");
  await typeInto(page, "spend.personnel", "415000元");
  await inYuan.waitFor({ state: "detached" });
  assert.notEqual((await badge.textContent()).trim(), "审校：尚未填写数据");
  await typeInto(page, "unit.year", "2025");
  await typeInto(page, "unit.signature_date", "2025-04-08");
  const early = page.locator('.findings [data-finding="invalid_input"]', { hasText: "成文日期" });
  await expectText(early.locator(".text"), "成文日期2025年4月8日不在评价年度2025年之后，请核对年份");
  await typeInto(page, "unit.signature_date", "2026-04-08");
  await early.waitFor({ state: "detached" });
  // A six-digit 公用经费 in 元 beside a budget in 万元: asked about first, before the balance it throws out.
  await typeInto(page, "budget.initial", "980");
  await typeInto(page, "spend.public", "934500");
  const partInYuan = page.locator('.findings [data-finding="implausible_amount"]');
  await expectText(partInYuan.locator(".text"), "公用经费934500.00万元，是全年预算数980.00万元的953倍，是否按元填写？如是，请在数后加“元”");
  assert.equal(await page.locator(".findings [data-finding]").first().getAttribute("data-finding"), "implausible_amount");
  await typeInto(page, "spend.public", "934500元");
  await partInYuan.waitFor({ state: "detached" });
  await context.close();
});

test("the example is the whole published report, and it says its 1.14万元 gap is the report's own slip", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  await loadExample(page);
  assert.match(await field(page, "unit.duties").inputValue(), /^桃江县总工会是全县各级地方工会/);
  assert.match(await field(page, "narrative.problems").inputValue(), /^人员编制问题。/);
  assert.match(await page.locator("[data-notice]").textContent(), /1\.14万元资金去向不明，是原报告本身的错漏/);
  await page.click('[data-action="show-report"]');
  await page.locator(".report .report-title").waitFor();
  const blanks = page.locator('.report .fill[data-goto^="narrative."], .report .fill[data-goto^="unit."]');
  assert.equal(await blanks.count(), 0, "none of the report's written parts is left to fill in");
  // The note speaks of the example only: another draft opened takes it away.
  await page.click('[data-action="show-drafts"]');
  await page.click('[data-action="new-draft"]');
  await page.locator("[data-notice]").waitFor({ state: "detached" });
  await context.close();
});

test("a blank 年末结转结余 is 'not entered', said once, not 0.00万元 in one place and missing in another", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  await loadExample(page);
  await expectText(finding(page, "funds_unbalanced").locator(".text"), "年末结转结余未填写：全年预算数253.79万元－支出合计252.65万元＝1.14万元。如有结转结余，请填入；否则有1.14万元资金去向不明");
  const mentions = await page.locator(".findings [data-finding]").evaluateAll((all) => all.filter((f) => f.textContent.includes("年末结转结余")).length);
  assert.equal(mentions, 1);
  await context.close();
});

test("Enter moves to the next field, and a new project row's name takes the focus", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  await field(page, "budget.carryover").click();
  await page.keyboard.type("0");
  await page.keyboard.press("Enter");
  await page.keyboard.type("180.07");
  assert.equal(await field(page, "budget.initial").inputValue(), "180.07", "the next figure lands in the next field");
  assert.equal(await field(page, "budget.carryover").inputValue(), "0");
  // With no project row yet, Enter from the field above the table goes on to the next field, not to ＋ 添加项目.
  const above = await page.evaluate(() => {
    const add = document.querySelector('[data-action="add-project"]');
    const fields = [...document.querySelectorAll("input[type=text][data-field], input:not([type])[data-field]")];
    return fields.filter((f) => f.compareDocumentPosition(add) & Node.DOCUMENT_POSITION_FOLLOWING).pop().dataset.field;
  });
  await field(page, above).click();
  await page.keyboard.press("Enter");
  assert.ok(await page.evaluate(() => Boolean(document.activeElement?.dataset?.field)), "a field has the focus, not a button");
  await page.click('[data-action="add-project"]');
  await page.waitForFunction(() => document.activeElement?.dataset?.field === "spend.projects.0.name");
  await page.keyboard.type("职工书屋");
  assert.equal(await field(page, "spend.projects.0.name").inputValue(), "职工书屋");
  // A list of projects typed with Enter: after the last row's 实际支出 comes ＋ 添加项目, and Enter there starts
  // the next row — never the next section's fields (“三公” 预算), where the next project's figures would land.
  for (const text of ["10", "9.5"]) {
    await page.keyboard.press("Enter");
    await page.keyboard.type(text);
  }
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement?.dataset?.action), "add-project");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.dataset?.field === "spend.projects.1.name");
  await page.keyboard.type("库房维修");
  assert.equal(await field(page, "spend.projects.1.name").inputValue(), "库房维修");
  assert.equal(await field(page, "spend.projects.0.actual").inputValue(), "9.5");
  assert.equal(await field(page, "sangong.budget").inputValue(), "", "nothing strayed into the next section");
  await context.close();
});

test("万 and 亿 read as people write them; a minus typed either way is remarked; a project over budget is named", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  await typeInto(page, "budget.initial", "80万");
  await expectText(message(page, "budget.initial"), "＝80.00万元");
  await typeInto(page, "budget.additions", "1.5亿");
  await expectText(message(page, "budget.additions"), "＝15000.00万元");
  // A bare figure in 元, copied from a 决算 table, is asked about; with its unit it reads right.
  await typeInto(page, "spend.personnel", "2863500");
  await expectText(message(page, "spend.personnel"), "＝2863500.00万元？如单位是元，请在数后加“元”");
  await typeInto(page, "spend.personnel", "2863500元");
  await expectText(message(page, "spend.personnel"), "＝286.35万元");
  for (const minus of ["-5", "－5"]) {
    await typeInto(page, "budget.reductions", minus);
    await message(page, "budget.reductions").filter({ hasText: "金额为负数，应填正数" }).waitFor();
    assert.equal(await field(page, "budget.reductions").getAttribute("aria-invalid"), "true", minus);
  }
  await page.click('[data-action="add-project"]');
  await typeInto(page, "spend.projects.0.name", "职工书屋");
  await typeInto(page, "spend.projects.0.budget", "10");
  const blank = page.locator('.findings [data-finding="missing_input"]', { hasText: "职工书屋" });
  await expectText(blank.locator(".text"), "项目“职工书屋”实际支出未填写，暂按0计；未支出请填0");
  await typeInto(page, "spend.projects.0.actual", "12.5");
  await blank.waitFor({ state: "detached" });
  const over = page.locator('.findings [data-finding="over_limit"]', { hasText: "职工书屋" });
  await expectText(over.locator(".text"), "项目“职工书屋”实际支出12.50万元，超过预算数10.00万元（超支2.50万元），请核对或说明");
  await context.close();
});

test("a unit typed with a figure stays while typing; once the box is left, the unit beside the box is said once and the value never changes", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  const left = async (id, typed, shown) => {
    await typeInto(page, id, typed);
    assert.equal(await field(page, id).inputValue(), typed, `${typed}: kept while typing`);
    await field(page, id).press("Enter");
    assert.equal(await field(page, id).inputValue(), shown, `${typed}: once left`);
  };
  await typeInto(page, "unit.name", "某镇农业综合服务中心");
  await left("unit.year", "2025年度", "2025");
  await left("staff.quota.admin", "12人", "12");
  await left("staff.actual.admin", "１２名", "１２");
  await left("budget.initial", "12.5万元", "12.5");
  // A figure in 元 in a 万元 box: the box says plainly the 万元 it is.
  await left("budget.additions", "125000元", "12.5");
  await expectText(message(page, "budget.additions"), "");
  // What 万元 cannot write (元 to the 分 beyond 4 decimals), and what cannot be read, stay as typed.
  await left("spend.personnel", "116000.37元", "116000.37元");
  await expectText(message(page, "spend.personnel"), "＝11.60万元");
  await left("spend.public", "3万元（决算）", "3万元（决算）");
  await page.screenshot({ path: "/tmp/jixiao-units-left.png" });
  await expectText(page.locator(".draft-title"), "某镇农业综合服务中心2025年度");
  // The draft holds what the box shows: after a reload, in the boxes, and in the report.
  await page.reload();
  await page.locator('[data-indicator="staff_control"]').waitFor();
  for (const [id, shown] of [["unit.year", "2025"], ["staff.quota.admin", "12"], ["budget.initial", "12.5"], ["budget.additions", "12.5"]]) {
    assert.equal(await field(page, id).inputValue(), shown, id);
  }
  await page.click('[data-action="show-report"]');
  await expectText(page.locator(".report-title span").first(), "某镇农业综合服务中心2025年度");
  assert.match(await page.locator(".report").textContent(), /12\.50万元/);
  await context.close();
});

test("the header names the year as the report will print it", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  await typeInto(page, "unit.name", "某县档案馆");
  await typeInto(page, "unit.year", "２０２４");
  await expectText(page.locator(".draft-title"), "某县档案馆2024年度");
  await context.close();
});

test("opening the rubric editor changes nothing; the first real edit makes the rubric the draft's own, and the select says so", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  await loadExample(page);
  const selected = () => page.locator('[data-field="rubric.preset"] option:checked').textContent();
  await page.click('[data-action="edit-rubric"]');
  await page.locator(".rubric-editor [data-rubric-row]").first().waitFor();
  await page.click('[data-action="finish-rubric"]');
  assert.equal(await selected(), "湖南省部门整体支出绩效评价指标表");
  assert.equal(await page.locator('[data-action="follow-preset"]').count(), 0, "still the preset");
  await page.click('[data-action="edit-rubric"]');
  await typeInto(page, "rubric.rows.0.points", "9");
  await page.waitForFunction(() => document.querySelector('[data-field="rubric.preset"] option:checked')?.textContent.includes("本草稿已修改"));
  // Two rows scoring one indicator: said with the row's place and name, not an id.
  await page.locator('[data-field="rubric.rows.1.source"]').selectOption("staff_control");
  await expectText(page.locator('.cell:has([data-field="rubric.rows.1.source"]) .message'), "与第1行的“在职人员控制率”重复，本行不计分");
  await context.close();
});

test("rows of one name are told apart in the pending list, and a file that is not a draft is refused in plain words", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  await loadExample(page);
  const pending = await finding(page, "score_pending").textContent();
  assert.match(pending, /预算管理·管理制度健全性.*资产管理·管理制度健全性/);
  await page.click('[data-action="show-drafts"]');
  await page.locator('[data-action="import-draft"]').setInputFiles({ name: "notes.json", mimeType: "application/json", buffer: Buffer.from('{"title":"会议纪要"}') });
  await expectText(page.locator('[data-file-status="error"]'), "未导入“notes.json”：这不是本工具导出的草稿文件");
  await context.close();
});

test("the browser's Back and Forward step through the screens shown, and never leave the page", async () => {
  const context = await app.browser.newContext();
  const { page, problems } = await openApp(context, app.url);
  await typeInto(page, "spend.personnel", "12.5");
  const shown = () => page.locator('nav.screens [aria-pressed="true"]').getAttribute("data-action");
  const until = (action) => page.waitForFunction((a) => document.querySelector(`[data-action="${a}"]`)?.getAttribute("aria-pressed") === "true", action);
  await page.click('[data-action="show-report"]');
  await page.click('[data-action="show-audit"]');
  await until("show-audit");
  await page.goBack();
  await until("show-report");
  await page.goBack();
  await until("show-form");
  assert.equal(await field(page, "spend.personnel").inputValue(), "12.5", "the same page, not a reload");
  await page.goForward();
  await until("show-report");
  assert.equal(await shown(), "show-report");
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test("a 【此处填写…】 in the preview leads to the field to fill", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  await loadExample(page);
  // The example's problems give a cause (“主要原因一是…”): with 原因 left empty they would print as one
  // part, 四、存在的主要问题及原因, with nothing to fill. Problems without a cause leave 五 to fill.
  await field(page, "narrative.problems").fill("工会工作的载体手段还不够丰富。");
  await field(page, "narrative.causes").fill("");
  await typeInto(page, "public.budget", "");
  await page.click('[data-action="show-report"]');
  await page.locator(".report .fill", { hasText: "【此处填写产生问题的主要原因（或在“存在的主要问题”中一并写明原因）】" }).click();
  await page.waitForFunction(() => document.activeElement?.dataset?.field === "narrative.causes");
  await page.click('[data-action="show-report"]');
  await page.locator(".report .fill", { hasText: "公用经费控制率" }).click();
  await page.waitForFunction(() => document.activeElement?.dataset?.field === "public.budget");
  await context.close();
});

test("an offer to undo a deletion passes once the clerk does something else; an unnamed draft shows its name", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  await loadExample(page);
  await page.click('[data-action="show-drafts"]');
  assert.equal(await field(page, "draft.title").getAttribute("placeholder"), "桃江县总工会2024年度");
  await page.click('[data-action="new-draft"]');
  await page.click('[data-action="delete-draft"]');
  await page.locator('[data-action="undo-delete-draft"]').waitFor();
  await page.click('[data-action="duplicate-draft"]');
  await page.locator('[data-action="undo-delete-draft"]').waitFor({ state: "detached" });
  await context.close();
});

/** Whether any of the PDF's page `number` is grey at the bottom (rendered small, in grey levels). */
function greyAtTheBottom(pdf, number) {
  const prefix = join(mkdtempSync(join(tmpdir(), "jixiao-")), "page");
  execFileSync("pdftoppm", ["-gray", "-r", "20", "-f", String(number), "-l", String(number), pdf, prefix]);
  const name = execFileSync("sh", ["-c", `ls ${prefix}*.pgm`], { encoding: "utf8" }).trim();
  const data = readFileSync(name);
  const [, width, height] = data.toString("latin1", 0, 40).match(/^P5\s+(\d+)\s+(\d+)\s+255\s/).map(Number);
  const pixels = data.subarray(data.length - width * height);
  const bottom = pixels.subarray(Math.floor(height * 0.6) * width, Math.floor(height * 0.85) * width);
  return bottom.some((level) => level < 250);
}

test("printing with background graphics leaves the last page white under its table", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  await loadExample(page);
  await page.click('[data-action="show-report"]');
  await page.locator(".report .report-title").waitFor();
  const pdf = join(mkdtempSync(join(tmpdir(), "jixiao-")), "report.pdf");
  writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
  const pages = Number(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }).match(/Pages:\s+(\d+)/)[1]);
  assert.equal(greyAtTheBottom(pdf, pages), false);
  await context.close();
});

test("on a phone: a compact header, the live result of what is typed, and tables that read without scrolling sideways", async () => {
  const context = await app.browser.newContext({ viewport: { width: 390, height: 844 } });
  const { page } = await openApp(context, app.url);
  await loadExample(page);
  const header = await page.locator(".app-header").boundingBox();
  assert.ok(header.height < 844 * 0.13, `the header is ${header.height}px high`);
  const live = page.locator('[data-live="spend"]');
  assert.ok(await live.isVisible(), "the live bar is on screen");
  await expectText(live, "252.65");
  await typeInto(page, "spend.personnel", "210.95");
  await expectText(live, "253.65");
  const name = await page.locator('[data-field="spend.projects.0.name"]').boundingBox();
  assert.ok(name.width > 250, `the project name box is ${name.width}px wide`);
  const table = page.locator(".score-table.rows");
  assert.equal(await table.evaluate((t) => t.scrollWidth - t.clientWidth), 0, "the score table fits the screen");
  assert.ok(await page.locator(".score-table.rows td.reason").first().isVisible(), "扣分原因 is on screen");
  assert.ok(!(await page.locator(".draft-form").textContent()).includes("右侧"), "no hint points to a right that is not there");
  await context.close();
});

test("on a desktop: the project name has room and the live bar is not there", async () => {
  const context = await app.browser.newContext({ viewport: { width: 1366, height: 768 } });
  const { page } = await openApp(context, app.url);
  await loadExample(page);
  const name = await page.locator('[data-field="spend.projects.0.name"]').boundingBox();
  const amount = await page.locator('[data-field="spend.projects.0.budget"]').boundingBox();
  assert.ok(name.width > 1.8 * amount.width, `name ${name.width}px, amount ${amount.width}px`);
  assert.equal(await page.locator(".live-bar").isVisible(), false);
  const area = page.locator('.field:has([data-field="buildings.approved_scale"]) .unit');
  const { height } = await area.boundingBox();
  assert.ok(height < 30, "平方米 stays on one line");
  await context.close();
});

test("a figure typed while the page is still being built is shown in the next frame, before the rest is built", async () => {
  const context = await app.browser.newContext({ serviceWorkers: "block" });
  // Types into 人员经费 as soon as it is on screen (as an impatient clerk, or the speed probe, does), then
  // notes at the next frame whether 基本支出 shows it and which of the later parts had been built by then.
  await context.addInitScript(() => {
    const parts = () => ["#results .indicators", "#results .findings", "#scoring", ".audit-screen"].filter((s) => document.querySelector(s));
    window.typedEarly = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        const input = document.querySelector('[data-field="spend.personnel"]');
        if (!input) return;
        observer.disconnect();
        // Typed once the first frame is being painted, when the page has queued its next part.
        requestAnimationFrame(() => {
          const before = parts();
          input.value = "88.5";
          input.dispatchEvent(new Event("input", { bubbles: true }));
          requestAnimationFrame(() => resolve({ shown: document.querySelector('[data-total="basic"]').textContent.trim(), before, atFrame: parts() }));
        });
      });
      observer.observe(document, { childList: true, subtree: true });
    });
  });
  const page = await context.newPage();
  await page.goto(app.url);
  const early = await page.evaluate(() => window.typedEarly);
  assert.equal(early.shown, "88.50", "the total answers the first keystroke");
  assert.ok(early.before.length < 4, `the field was there before the page was complete (built: ${early.before})`);
  assert.deepEqual(early.atFrame, early.before, "no part of the page was built between the keystroke and the frame that shows its answer");
  // The rest of the page still comes, and keeps what was typed.
  await page.locator("#scoring").waitFor({ state: "attached" });
  await page.locator(".audit-screen").waitFor({ state: "attached" });
  await expectText(total(page, "basic"), "88.50");
  await context.close();
});

test("by keyboard: a project row's 删除 leaves the focus on the next row's 删除 for Ctrl+Z, and a draft opened or made puts the focus in its name", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  for (const [i, name, actual] of [[0, "路灯维修", "3"], [1, "图书购置", "5"], [2, "宣传印刷", "9"]]) {
    await page.click('[data-action="add-project"]');
    await typeInto(page, `spend.projects.${i}.name`, name);
    await typeInto(page, `spend.projects.${i}.actual`, actual);
  }
  await expectText(total(page, "projects"), "17.00");
  await page.getByRole("button", { name: "删除项目2" }).focus();
  await page.keyboard.press("Enter");
  await expectText(total(page, "projects"), "12.00");
  await page.waitForFunction(() => document.activeElement?.getAttribute("aria-label") === "删除项目2");
  assert.equal(await field(page, "spend.projects.1.name").inputValue(), "宣传印刷", "the focus is on the row now second");
  await page.keyboard.press("Control+z");
  await expectText(total(page, "projects"), "17.00");
  assert.equal(await field(page, "spend.projects.1.name").inputValue(), "图书购置");

  // 新建空白草稿 and opening a draft from the list: the focus goes to the draft's name, ready to type.
  await page.click('[data-action="show-drafts"]');
  await page.locator('[data-action="new-draft"]').focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.dataset?.field === "draft.title");
  await page.keyboard.type("第二稿");
  assert.equal(await field(page, "draft.title").inputValue(), "第二稿");
  const open = page.locator('[data-action="open-draft"]').first();
  await open.focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.dataset?.field === "draft.title");
  await context.close();
});
