// Drafts that are never lost: reload, export → import into a fresh browser profile, bad files refused
// with nothing changed, several drafts (new, duplicate, rename, next year, delete with undo), two tabs
// on one draft, a full storage quota.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { openApp, field, indicator, typeInto, expectText, withBrowserAndSite, loadExample } from "./harness.mjs";

const app = withBrowserAndSite("/");
const SEED_TEXT = readFileSync("tests/fixtures/taojiang-federation-of-trade-unions-2024.txt", "utf8");

const fileStatus = (page) => page.locator("[data-file-status]");
const draftRows = (page) => page.locator(".drafts-list tbody tr");

/** Closes a tab as a person does (unload handlers run) and waits until it is really gone. */
async function closeTab(page) {
  await Promise.all([page.waitForEvent("close"), page.close({ runBeforeUnload: true })]);
}

async function exportCurrent(page) {
  await page.click('[data-action="show-drafts"]');
  const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-action="export-draft"]')]);
  return { name: download.suggestedFilename(), text: await readFile(await download.path(), "utf8") };
}

async function importFile(page, name, text) {
  await page.click('[data-action="show-drafts"]');
  await page.locator('[data-action="import-draft"]').setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(text) });
  await fileStatus(page).waitFor();
  return { ok: (await fileStatus(page).getAttribute("data-file-status")) === "ok", message: await fileStatus(page).textContent() };
}

test("export, then import into a fresh browser profile, gives the same values", async () => {
  const first = await app.browser.newContext({ acceptDownloads: true });
  const { page } = await openApp(first, app.url);
  await loadExample(page);
  await typeInto(page, "budget.initial", "１８０．０７万元");
  await typeInto(page, "narrative.problems", "人员编制问题。");
  const exported = await exportCurrent(page);
  assert.equal(exported.name, "桃江县总工会2024年度绩效自评草稿.json");
  const document = JSON.parse(exported.text);
  assert.equal(document.schema, 3);
  // The box, left, no longer repeats the 万元 beside it: the draft holds what it shows.
  assert.equal(document.fields["budget.initial"], "１８０．０７", "what the box shows");
  assert.equal(document.amounts["budget.initial"], "180.07", "and the exact amount");
  await first.close();

  const fresh = await app.browser.newContext();
  const { page: other, problems } = await openApp(fresh, app.url);
  const result = await importFile(other, exported.name, exported.text);
  assert.ok(result.ok, result.message);
  await other.click('[data-action="show-form"]');
  assert.equal(await field(other, "budget.initial").inputValue(), "１８０．０７");
  assert.equal(await field(other, "narrative.problems").inputValue(), "人员编制问题。");
  assert.equal(await field(other, "spend.projects.1.name").inputValue(), "2024年春节送温暖资金");
  await expectText(indicator(other, "budget_execution"), "99.55%");
  assert.deepEqual(problems.consoleErrors, []);
  await fresh.close();
});

test("a broken, tampered or oversized file is refused with the reason, and nothing stored changes", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  await loadExample(page);
  await page.click('[data-action="show-drafts"]');
  await expectText(draftRows(page).first().locator("td").nth(1), "桃江县总工会");
  const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));

  const cases = [
    ["broken.json", '{"format":"jixiao-draft","schema":1,"fields":{', /JSON 格式错误/],
    ["tampered.json", '{"format":"jixiao-draft","schema":1,"fields":{"budget.secret":"1"}}', /不认识的内容“budget\.secret”/],
    ["method.json", '{"format":"jixiao-draft","schema":1,"fields":{"method.rounding":"half_even"}}', /“比率舍入”的内容有误/],
    ["future.json", '{"format":"jixiao-draft","schema":7,"fields":{}}', /较新版本/],
    ["photo.json", "\u0089PNG", /JSON 格式错误/],
    ["big.json", "x".repeat(6 * 1024 * 1024), /过大/],
  ];
  for (const [name, text, reason] of cases) {
    const result = await importFile(page, name, text);
    assert.equal(result.ok, false, name);
    assert.match(result.message, reason, name);
    assert.match(result.message, new RegExp(name.replace(".", "\\.")), `${name}: the message names the file`);
  }
  const after = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  assert.equal(after, before, "storage is untouched");
  assert.equal(await draftRows(page).count(), 1);
  await page.click('[data-action="show-form"]');
  assert.equal(await field(page, "budget.initial").inputValue(), "180.07");
  await context.close();
});

test("last year's report dropped on 草稿 (or picked as a draft file) is read in 审校报告, its 审校 shown and 据此新建草稿 a click away", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  await page.click('[data-action="show-drafts"]');
  await page.locator(".drafts-view").waitFor();
  const before = await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  const name = "桃江县总工会2024年度绩效自评报告.txt";
  await page.evaluate(([content, name]) => {
    const data = new DataTransfer();
    data.items.add(new File([content], name, { type: "text/plain" }));
    document.querySelector(".drafts-view").dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  }, [SEED_TEXT, name]);
  await page.waitForFunction(() => document.querySelector('[data-action="show-audit"]')?.getAttribute("aria-pressed") === "true");
  // Read there as if dropped there: its row in the pile, its report open with its marks.
  await expectText(page.locator(".audit-file"), `正在查看：${name}`, 15000);
  assert.ok((await page.locator("[data-claim]").count()) > 10, "its claims are marked");
  assert.match(await page.locator(".audit-summary").textContent(), /不符/);
  await page.locator(`[data-audit-row="${name}"]`).waitFor();
  assert.equal(await fileStatus(page).count(), 0, "no refusal on 草稿");
  assert.equal(await page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort())), before, "no draft imported from it");
  await page.screenshot({ path: "/tmp/jixiao-report-dropped-on-drafts.png" });
  await page.click('[data-action="draft-from-text"]');
  await field(page, "unit.name").waitFor({ state: "visible" });
  assert.equal(await field(page, "unit.name").inputValue(), "桃江县总工会");
  assert.match(await page.locator("[data-notice] p").textContent(), new RegExp(`^已将“${name.replace(".", "\\.")}”导入为新草稿`));
  // Picked with 导入草稿文件 by mistake, a report's file goes the same way.
  await page.click('[data-action="show-drafts"]');
  await page.locator('[data-action="import-draft"]').setInputFiles({ name: "报告全文.TXT", mimeType: "text/plain", buffer: Buffer.from(SEED_TEXT) });
  await expectText(page.locator(".audit-file"), "正在查看：报告全文.TXT", 15000);
  assert.equal(await page.locator('[data-action="show-audit"]').getAttribute("aria-pressed"), "true");
  await context.close();
});

test("a file dropped on the page is imported as a new draft", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  await typeInto(page, "unit.name", "原草稿单位");
  const text = JSON.stringify({ format: "jixiao-draft", schema: 1, fields: { "unit.name": "拖入的单位", "unit.year": "2023" } });
  await page.evaluate((content) => {
    const data = new DataTransfer();
    data.items.add(new File([content], "dropped.json", { type: "application/json" }));
    window.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  }, text);
  await fileStatus(page).waitFor();
  assert.match(await fileStatus(page).textContent(), /已将“dropped\.json”导入为新草稿“拖入的单位2023年度”/);
  assert.equal(await draftRows(page).count(), 2, "the draft that was open is still there");
  await context.close();
});

test("the drafts list shows the year as read, whatever unit was typed with it; the box, once left, without the unit beside it", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  await typeInto(page, "unit.name", "某镇农业综合服务中心");
  await typeInto(page, "unit.year", "2026年度");
  await page.click('[data-action="show-drafts"]');
  await expectText(draftRows(page).first().locator("td").nth(2), "2026");
  assert.equal(await field(page, "unit.year").inputValue(), "2026");
  await context.close();
});

test("several drafts: new, rename, duplicate, next year, delete and undo", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  await loadExample(page);
  await page.click('[data-action="show-drafts"]');
  await typeInto(page, "draft.title", "2024终稿");
  await expectText(page.locator(".drafts-list tr.current button"), "2024终稿");

  await page.click('[data-action="duplicate-draft"]');
  await expectText(page.locator(".drafts-list tr.current button"), "2024终稿（副本）");
  assert.equal(await draftRows(page).count(), 2);

  // Double-clicked in a hurry: one next year's draft, not a second made from it.
  await page.dblclick('[data-action="next-year-draft"]');
  await expectText(page.locator(".drafts-list tr.current td").nth(2), "2025");
  assert.equal(await draftRows(page).count(), 3);
  await page.click('[data-action="show-form"]');
  assert.equal(await field(page, "last.spend_total").inputValue(), "252.65");
  assert.equal(await field(page, "budget.initial").inputValue(), "");

  await page.click('[data-action="show-drafts"]');
  await page.click('[data-action="new-draft"]');
  assert.equal(await draftRows(page).count(), 4);
  await page.click('[data-action="delete-draft"]');
  assert.equal(await draftRows(page).count(), 3);

  // Rename the 2024 final draft and delete it at once (before its autosave), then bring it back.
  await page.locator(".drafts-list button", { hasText: /^2024终稿$/ }).click();
  await typeInto(page, "draft.title", "2024终稿（已删）");
  await page.click('[data-action="delete-draft"]');
  await page.locator('[data-action="undo-delete-draft"]').waitFor();
  assert.equal(await draftRows(page).count(), 2, "the deleted draft does not come back by itself");
  await page.click('[data-action="undo-delete-draft"]');
  await expectText(page.locator(".drafts-list tr.current button"), "2024终稿（已删）");
  assert.equal(await draftRows(page).count(), 3);

  // The open draft survives a reload in this tab, which comes back on the drafts screen it left.
  await page.reload();
  await expectText(page.locator(".drafts-list tr.current button"), "2024终稿（已删）");
  assert.equal(await field(page, "draft.title").inputValue(), "2024终稿（已删）");

  // Deleted, then the undo offer gone with the next click and a reload: the drafts screen still has it.
  await page.click('[data-action="show-drafts"]');
  await page.click('[data-action="delete-draft"]');
  await page.locator('[data-action="undo-delete-draft"]').waitFor();
  await page.click('[data-action="show-form"]');
  await page.reload();
  await page.click('[data-action="show-drafts"]');
  assert.equal(await page.locator('[data-action="undo-delete-draft"]').count(), 0);
  const deleted = page.locator(".recently-deleted li", { hasText: "2024终稿（已删）" });
  await deleted.locator('[data-action="restore-draft"]').click();
  await expectText(page.locator(".drafts-list tr.current button"), "2024终稿（已删）");
  await page.click('[data-action="show-form"]');
  assert.equal(await field(page, "spend.personnel").inputValue(), "209.95", "its figures with it");
  await page.click('[data-action="show-drafts"]');
  assert.equal(await page.locator(".recently-deleted li", { hasText: "2024终稿（已删）" }).count(), 0);

  // A deleted draft can also be removed for good, after a confirmation.
  await page.click('[data-action="delete-draft"]');
  const gone = page.locator(".recently-deleted li", { hasText: "2024终稿（已删）" });
  let asked = "";
  page.once("dialog", (dialog) => {
    asked = dialog.message();
    return dialog.dismiss();
  });
  await gone.locator('[data-action="purge-draft"]').click();
  assert.equal(await gone.count(), 1, "kept when the clerk says no");
  assert.equal(asked, "彻底删除草稿“2024终稿（已删）”后不能恢复。确定删除吗？", "the question names the draft");
  page.once("dialog", (dialog) => dialog.accept());
  await gone.locator('[data-action="purge-draft"]').click();
  await gone.waitFor({ state: "detached" });
  const left = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("jixiao.deleted.") && localStorage.getItem(k).includes("2024终稿（已删）")));
  assert.deepEqual(left, [], "gone from the browser's storage");
  await context.close();
});

test("next year's draft: a deadline moves on a year, the year's own narratives start blank, and the clerk is told", async () => {
  const context = await app.browser.newContext();
  const { page, problems } = await openApp(context, app.url);
  await typeInto(page, "unit.name", "白沙县体育中心");
  await typeInto(page, "unit.year", "2023");
  await typeInto(page, "unit.duties", "负责全县体育场馆的管理和运营。");
  await typeInto(page, "narrative.performance", "全年承办县级比赛9场。");
  await typeInto(page, "narrative.problems", "场馆维修项目执行率71.20%。");
  await page.click('[data-action="add-project"]');
  await typeInto(page, "spend.projects.0.name", "体育场馆免费开放补助");
  await typeInto(page, "spend.projects.0.budget", "40");
  await typeInto(page, "spend.projects.0.actual", "40");
  await page.click('[data-action="show-projects"]');
  const deadline = (k, column) => field(page, `spend.projects.0.indicators.${k}.${column}`);
  await deadline(2, "name").fill("场馆开放完成时间");
  await deadline(2, "target").fill("2023年11月底前");
  await deadline(2, "actual").fill("11月25日");
  await deadline(2, "points").fill("10");
  await expectText(page.locator('[data-score="project.0.indicators.2"]'), "10.00");

  await page.click('[data-action="show-drafts"]');
  await page.click('[data-action="next-year-draft"]');
  await expectText(page.locator(".drafts-list tr.current td").nth(2), "2024");
  assert.equal(
    await fileStatus(page).textContent(),
    "已生成下一年度草稿；上年度的绩效情况、问题、原因和改进措施未带入，可从草稿“白沙县体育中心2023年度”复制。",
  );
  assert.equal(await page.locator(".drafts-list button", { hasText: "白沙县体育中心2023年度" }).count(), 1, "last year's draft stays listed");

  await page.click('[data-action="show-form"]');
  assert.equal(await field(page, "unit.duties").inputValue(), "负责全县体育场馆的管理和运营。");
  assert.equal(await field(page, "narrative.performance").inputValue(), "");
  assert.equal(await field(page, "narrative.problems").inputValue(), "");
  await page.click('[data-action="show-projects"]');
  assert.equal(await deadline(2, "target").inputValue(), "2024年11月底前");
  await deadline(2, "actual").fill("11月25日");
  await expectText(page.locator('[data-score="project.0.indicators.2"]'), "10.00");

  await page.click('[data-action="show-report"]');
  const blanks = page.locator('.report .fill[data-goto^="narrative."]');
  await blanks.first().waitFor();
  assert.deepEqual(await blanks.allTextContents(), ["【此处填写履职效能和社会效应】", "【此处填写存在的主要问题】", "【此处填写产生问题的主要原因（或在“存在的主要问题”中一并写明原因）】", "【此处填写下步努力方向和改进措施】"]);
  assert.ok(!(await page.locator(".report").textContent()).includes("71.20%"), "last year's text is not printed as this year's");
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test("two tabs on one draft: the other tab learns of the change and the user decides", async () => {
  const context = await app.browser.newContext();
  const { page: a } = await openApp(context, app.url);
  await typeInto(a, "unit.name", "甲单位");
  await expectText(a.locator(".save-status"), "已保存");
  const { page: b } = await openApp(context, app.url);
  assert.equal(await field(b, "unit.name").inputValue(), "甲单位");

  await typeInto(a, "budget.initial", "100");
  await b.locator("[data-conflict]").waitFor();
  await expectText(b.locator(".save-status"), "暂停保存：另一标签页修改了此草稿");
  // B keeps typing: nothing of A's newer work is overwritten meanwhile; the choice stays in sight wherever B
  // is in the form.
  await typeInto(b, "budget.initial", "999");
  await field(b, "disclosure.final_published").scrollIntoViewIfNeeded();
  const box = await b.locator("[data-conflict]").boundingBox();
  const view = b.viewportSize();
  assert.ok(box && box.y >= 0 && box.y + box.height <= view.height, `the choice is on screen: ${JSON.stringify(box)} in ${JSON.stringify(view)}`);
  assert.match(await a.evaluate(() => localStorage.getItem("jixiao.draft.default")), /"budget.initial": "100"/);

  await b.click('[data-action="take-theirs"]');
  await b.locator("[data-conflict]").waitFor({ state: "detached" });
  assert.equal(await field(b, "budget.initial").inputValue(), "100");
  // What B had typed is not thrown away: it is among the deleted drafts, to be restored if wanted.
  await expectText(b.locator("[data-notice] p"), "“甲单位（本页版本）”已移入草稿列表的“已删除的草稿”，需要时可恢复。");

  // Now A gets B's change, and keeps its own.
  await typeInto(b, "budget.additions", "5");
  await a.locator("[data-conflict]").waitFor();
  await typeInto(a, "budget.additions", "7");
  await a.click('[data-action="keep-mine"]');
  await expectText(a.locator(".save-status"), "已保存");
  assert.match(await a.evaluate(() => localStorage.getItem("jixiao.draft.default")), /"budget.additions": "7"/);

  // Each choice set a version aside; both can be brought back with their figures.
  await a.click('[data-action="show-drafts"]');
  const theirs = a.locator(".recently-deleted li", { hasText: "甲单位（另一标签页的版本）" });
  assert.equal(await a.locator(".recently-deleted li", { hasText: "甲单位（本页版本）" }).count(), 1);
  await theirs.locator('[data-action="restore-draft"]').click();
  await expectText(a.locator(".drafts-list tr.current button"), "甲单位（另一标签页的版本）");
  await a.click('[data-action="show-form"]');
  assert.equal(await field(a, "budget.additions").inputValue(), "5", "B's figure, which A chose not to keep");
  await context.close();
});

test("a full storage quota is reported with the way out, and what is on screen is kept", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  await typeInto(page, "unit.name", "存储已满单位");
  await page.evaluate(() => {
    const chunk = "x".repeat(256 * 1024);
    for (let i = 0; i < 400; i++) {
      try { localStorage.setItem(`filler.${i}`, chunk); } catch { break; }
    }
    // Use up the last bytes too.
    for (let i = 0; i < 4000; i++) {
      try { localStorage.setItem(`crumb.${i}`, "x".repeat(512)); } catch { break; }
    }
  });
  await typeInto(page, "narrative.problems", "这段文字在存储已满时输入".repeat(50));
  await expectText(page.locator(".save-status"), "浏览器存储空间已满，最新修改未能保存；页面上的内容仍在，请导出草稿文件或删除旧草稿");
  assert.match(await field(page, "narrative.problems").inputValue(), /^这段文字在存储已满时输入/);

  await page.evaluate(() => Object.keys(localStorage).filter((k) => !k.startsWith("jixiao.")).forEach((k) => localStorage.removeItem(k)));
  await typeInto(page, "unit.year", "2024");
  await expectText(page.locator(".save-status"), "已保存");
  await page.reload();
  await page.locator('[data-indicator="staff_control"]').waitFor();
  assert.match(await field(page, "narrative.problems").inputValue(), /^这段文字在存储已满时输入/);
  await context.close();
});

test("with the storage nearly full, leaving a draft whose last edits could not be stored downloads them first", async () => {
  const context = await app.browser.newContext({ acceptDownloads: true });
  const { page } = await openApp(context, app.url);
  await typeInto(page, "unit.name", "东湖区退役军人事务局");
  await expectText(page.locator(".save-status"), "已保存");
  // Room left for a blank draft, not for a long text.
  await page.evaluate(() => {
    for (let i = 0; i < 400; i++) {
      try { localStorage.setItem(`filler.${i}`, "x".repeat(256 * 1024)); } catch { break; }
    }
    let crumbs = 0;
    for (; crumbs < 8000; crumbs++) {
      try { localStorage.setItem(`crumb.${crumbs}`, "x".repeat(512)); } catch { break; }
    }
    for (let i = 1; i <= 8; i++) localStorage.removeItem(`crumb.${crumbs - i}`);
  });
  const long = "走访慰问困难退役军人三百八十六户，服务站建设实现全覆盖。".repeat(200);
  await page.locator('[data-field="narrative.performance"]').fill(long);
  await expectText(page.locator(".save-status"), "浏览器存储空间已满，最新修改未能保存；页面上的内容仍在，请导出草稿文件或删除旧草稿");

  await page.click('[data-action="show-drafts"]');
  const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-action="new-draft"]')]);
  const kept = JSON.parse(await readFile(await download.path(), "utf8"));
  assert.equal(kept.fields["narrative.performance"], long, "the edits that could not be stored, in the file");
  assert.equal(download.suggestedFilename(), "东湖区退役军人事务局（未保存的修改）绩效自评草稿.json");
  const notice = page.locator("[data-notice]", { hasText: "“东湖区退役军人事务局（未保存的修改）”未能存入浏览器（浏览器存储空间已满" });
  await notice.waitFor();
  assert.match(await notice.textContent(), /已下载为草稿文件，需要时可导入。/);
  await context.close();
});

test("a keystroke just before the tab is closed is kept", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  await typeInto(page, "unit.name", "关闭前输入的单位");
  await closeTab(page);
  const { page: again } = await openApp(context, app.url);
  assert.equal(await field(again, "unit.name").inputValue(), "关闭前输入的单位");
  await context.close();
});

test("an unreadable stored draft is kept aside and reported, and the other drafts still open", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  await loadExample(page);
  await expectText(page.locator(".save-status"), "已保存");
  await page.evaluate(() => {
    localStorage.setItem("jixiao.draft.damaged", '{"format":"jixiao-draft","schema":1,"fields":{"unit.name":');
    sessionStorage.setItem("jixiao.last-opened", "damaged");
  });
  await page.reload();
  await page.locator("[data-notice]").waitFor();
  assert.match(await page.locator("[data-notice]").textContent(), /保存的草稿无法读取.*原内容已原样保留在浏览器存储“jixiao\.unreadable\.damaged\./);
  const kept = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("jixiao.unreadable.damaged.")).map((k) => localStorage.getItem(k)));
  assert.deepEqual(kept, ['{"format":"jixiao-draft","schema":1,"fields":{"unit.name":'], "kept verbatim");

  await page.click('[data-action="show-drafts"]');
  await page.locator("[data-kept-aside] code").waitFor();
  await page.locator(".drafts-list button", { hasText: "桃江县总工会2024年度" }).click();
  await page.click('[data-action="show-form"]');
  assert.equal(await field(page, "budget.initial").inputValue(), "180.07");
  await context.close();
});

/**
 * Two tabs on one draft of `unit`: tab A saves 100 as 年初预算, tab B (now in conflict, saving paused)
 * types `typedInB`. Returns both pages.
 */
async function tabsInConflict(context, unit, typedInB) {
  const { page: a } = await openApp(context, app.url);
  await typeInto(a, "unit.name", unit);
  await expectText(a.locator(".save-status"), "已保存");
  const { page: b } = await openApp(context, app.url);
  await typeInto(a, "budget.initial", "100");
  await b.locator("[data-conflict]").waitFor();
  await typeInto(b, "budget.initial", typedInB);
  return { a, b };
}

/** The fields of the stored draft titled `title`, as the page's storage holds them. */
function storedDraftTitled(page, title) {
  return page.evaluate((title) =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith("jixiao.draft."))
      .map((k) => JSON.parse(localStorage.getItem(k)).fields)
      .find((fields) => fields["draft.title"] === title), title);
}

test("leaving a draft with an undecided conflict keeps this tab's version as its own draft", async () => {
  const context = await app.browser.newContext();
  const { a, b } = await tabsInConflict(context, "乙单位", "200");
  await b.click('[data-action="show-drafts"]');
  await b.click('[data-action="new-draft"]');
  await b.locator("[data-notice]").waitFor();
  assert.match(await b.locator("[data-notice]").textContent(), /本页的版本已另存为草稿“乙单位（本页版本）”/);
  const kept = await storedDraftTitled(b, "乙单位（本页版本）");
  assert.equal(kept["budget.initial"], "200");
  assert.match(await a.evaluate(() => localStorage.getItem("jixiao.draft.default")), /"budget.initial": "100"/, "the other tab's work is untouched");
  await context.close();
});

test("closing a tab with an undecided conflict keeps its version as its own draft", async () => {
  const context = await app.browser.newContext();
  const { a, b } = await tabsInConflict(context, "丙单位", "300");
  await closeTab(b);
  const kept = await storedDraftTitled(a, "丙单位（本页版本）");
  assert.equal(kept?.["budget.initial"], "300");
  await context.close();
});

test("a share link made right after an export shows, and passes when the draft changes", async () => {
  const context = await app.browser.newContext({ acceptDownloads: true });
  const { page } = await openApp(context, app.url);
  await loadExample(page);
  await exportCurrent(page);
  await page.locator('[data-file-status="ok"]').waitFor();
  await page.click('[data-action="share-link"]');
  await page.locator("[data-share-link]").waitFor();
  assert.equal(await page.locator("[data-file-status]").count(), 0, "the export's outcome passed with the next act");
  await typeInto(page, "draft.title", "改名");
  await page.locator("[data-share-link]").waitFor({ state: "detached" });
  await context.close();
});
