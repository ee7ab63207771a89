// 审校报告 as a reviewer uses it: the seed report's text pasted whole shows its known mistakes marked in
// place, listed mismatches first; a new draft started from it reproduces the seed's figures in the form.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { openApp, field, indicator, expectText, withBrowserAndSite } from "./harness.mjs";

const app = withBrowserAndSite("/");
const SEED = readFileSync("tests/fixtures/taojiang-federation-of-trade-unions-2024.txt", "utf8");

async function openAudit(context) {
  const { page, problems } = await openApp(context, app.url);
  await page.click('[data-action="show-audit"]');
  const box = page.locator('[data-audit="text"]');
  await box.waitFor();
  return { page, problems, box };
}

const claimsOf = (page) =>
  page.locator("[data-claim]").evaluateAll((all) => all.map((c) => `${c.dataset.claim}:${c.dataset.verdict}`));

test("the seed's text pasted whole shows its four known mistakes, marked in place", async () => {
  const context = await app.browser.newContext();
  const { page, problems, box } = await openAudit(context);
  await box.fill(`${SEED}\n<b>不是粗体</b>`);
  await page.locator('[data-claim="funds_balance"]').waitFor();
  const claims = await claimsOf(page);
  for (const expected of [
    "public_expense_control:ok",
    "sangong_change:mismatch",
    "budget_execution:mismatch",
    "budget_execution:ok",
    "budget_control:mismatch",
    "staff_control:ok",
    "basic:ok",
    "projects:ok",
    "funds_balance:mismatch",
  ]) {
    assert.ok(claims.includes(expected), `${expected} in ${claims.join(", ")}`);
  }
  assert.equal(claims.filter((c) => c.startsWith("budget_execution:")).length, 2, "heading and body, two elements");
  const firstOk = claims.findIndex((c) => c.endsWith(":ok"));
  assert.ok(claims.slice(0, firstOk).every((c) => !c.endsWith(":ok")) && claims[0].endsWith(":mismatch"), "mismatches first");

  const heading = page.locator('[data-claim="budget_execution"][data-verdict="mismatch"]');
  assert.match(await heading.textContent(), /预算执行率100%.*99\.55%/s);
  assert.match(await page.locator('[data-claim="budget_execution"][data-verdict="ok"]').textContent(), /舍去/);
  assert.match(await page.locator('[data-claim="budget_control"]').first().textContent(), /40\.94%.*政策性追加/s);
  assert.match(await page.locator('[data-claim="funds_balance"]').textContent(), /1\.14/);
  assert.match(await page.locator(".audit-remarks").textContent(), /预算执行率前后写法不一/);

  // Marked in the text itself, each with its verdict in words; the text is text, never markup.
  const marks = page.locator(".audit-text mark");
  assert.ok((await marks.count()) >= 8);
  assert.match(await page.locator(".audit-text").textContent(), /1．预算执行率100%〔不符〕/);
  // One phrase, one mark, one verdict: the spending adds up, but 1.14万元 are unaccounted for.
  const spending = page.locator(".audit-text mark", { hasText: "2024年支出252.65万元" });
  assert.equal(await spending.count(), 1);
  assert.equal(await spending.getAttribute("class"), "claim-mismatch");
  assert.match(await spending.getAttribute("title"), /^不符：资金收支不平衡.*1\.14/);
  assert.equal(await page.locator(".audit-text b").count(), 0);
  await heading.click();
  assert.equal(await page.evaluate(() => document.activeElement.textContent), "预算执行率100%");
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
  await context.close();
});

test("text with nothing to check says so", async () => {
  const context = await app.browser.newContext();
  const { page, box } = await openAudit(context);
  await box.fill("本单位认真贯彻落实各项工作部署。\u0000\u0001");
  await expectText(page.locator(".audit-none"), "未识别到可核对的数据（比率、合计或预算数字）。");
  await context.close();
});

test("the pasted text and its audit are back after a reload of the tab", async () => {
  const context = await app.browser.newContext();
  const { page, box } = await openAudit(context);
  const text = "2023年度全年预算数为612.40万元，全年实际支出588.10万元，预算执行率为96.03%。";
  await box.fill(text);
  await page.locator('[data-claim="budget_execution"]').waitFor();
  await page.reload();
  // The tab comes back on the screen it left, the 审校, with its text and verdicts.
  await page.locator('[data-claim="budget_execution"][data-verdict="ok"]').waitFor();
  assert.equal(await page.locator('[data-audit="text"]').inputValue(), text);
  // Emptied, it is not brought back.
  await page.locator('[data-audit="text"]').fill("");
  await page.locator("[data-claim]").first().waitFor({ state: "detached" });
  await page.reload();
  await page.locator('[data-audit="text"]').waitFor();
  assert.equal(await page.locator('[data-audit="text"]').inputValue(), "");
  await context.close();
});

test("a draft started from the seed's text reproduces its figures in the form", async () => {
  const context = await app.browser.newContext();
  const { page, box } = await openAudit(context);
  await box.fill(SEED);
  await page.click('[data-action="draft-from-text"]');
  await field(page, "unit.name").waitFor({ state: "visible" });
  assert.equal(await field(page, "unit.name").inputValue(), "桃江县总工会");
  assert.equal(await field(page, "budget.initial").inputValue(), "180.07");
  assert.equal(await field(page, "spend.projects.1.name").inputValue(), "2024年春节送温暖资金");
  await expectText(indicator(page, "budget_execution"), "99.55%");
  await expectText(indicator(page, "budget_control"), "40.94%");
  await expectText(indicator(page, "staff_control"), "100.00%");
  await expectText(indicator(page, "public_expense_control"), "100.00%");
  // The note says what kinds of figures were filled, and each point to check stands on a line of its own.
  const note = page.locator("[data-notice] p");
  assert.match(await note.textContent(), /^已将“报告文本”导入为新草稿.*据报告填入\d+项数字（[^）]*预算[^）]*）/);
  const lines = (await note.innerText()).split("\n");
  assert.ok(lines.length >= 2, lines.join("|"));
  assert.ok(lines.slice(1).every((line) => line.startsWith("· ")), lines.join("|"));
  assert.ok(lines.some((line) => line.includes("政策性追加")), lines.join("|"));
  assert.match(await field(page, "narrative.problems").inputValue(), /^人员编制问题。/);
  await context.close();
});

test("a figure that follows a slip marked elsewhere reads 随之有误, not a clean 相符, and counts as no second slip", async () => {
  const context = await app.browser.newContext();
  const { page, problems, box } = await openAudit(context);
  await box.fill("某文化站2023年度部门整体支出绩效自评报告\n年初预算380.00万元，年中追加45.00万元，调整后预算435.00万元；加上年结转12.00万元，全年可用资金447.00万元。");
  const slip = page.locator('[data-claim][data-verdict="mismatch"]');
  await slip.first().waitFor();
  const knockOn = page.locator('[data-claim][data-knock-on="true"]');
  assert.equal(await knockOn.count(), 1);
  // The page contract keeps its three values: a knock-on is no slip of its own.
  assert.equal(await knockOn.getAttribute("data-verdict"), "ok");
  assert.match(await knockOn.textContent(), /随之有误.*应为437万元/s);
  assert.equal(await slip.count(), 1);
  assert.match(await page.locator(".audit-text").textContent(), /全年可用资金447\.00万元〔随之有误〕/);
  assert.match(await page.locator(".audit-summary").textContent(), /不符1处.*随之有误1处/s);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});
