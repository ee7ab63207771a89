// The calculator page as a clerk uses it: the seed report's figures typed in through the page give
// every expected total, indicator and finding (SPEC §9); methods recompute at once; bad input gets a
// message beside the field and keeps its text; project rows are added, reordered and removed.
import { test } from "node:test";
import assert from "node:assert/strict";
import {
  openApp, field, indicator, total, finding, typeInto, expectText, expectFinding, withBrowserAndSite, enterSeed, loadExample } from "./harness.mjs";

const app = withBrowserAndSite("/");

test("the seed's figures typed in give every expected total, indicator and finding", async () => {
  const context = await app.browser.newContext();
  const { page, problems } = await openApp(context, app.url);
  await enterSeed(page);

  await expectText(total(page, "basic"), "221.65");
  await expectText(total(page, "projects"), "31.00");
  await expectText(total(page, "spend"), "252.65");
  await expectText(total(page, "annual_budget"), "253.79");
  await expectText(indicator(page, "staff_control"), "100.00%");
  await expectText(indicator(page, "public_expense_control"), "100.00%");
  await expectText(indicator(page, "sangong_change"), "不适用");
  await expectText(indicator(page, "budget_execution"), "99.55%");
  await expectText(indicator(page, "budget_control"), "40.94%");
  await expectText(indicator(page, "budget_control_adjusted"), "0.00%");

  await expectFinding(page, "funds_unbalanced");
  assert.match(await finding(page, "funds_unbalanced").textContent(), /有1\.14万元资金去向不明/);
  assert.equal(await page.locator('[data-finding].error').count(), 1, "the balance is the seed's only error");

  // A figure typed in 元 into a 万元 box says, once left, the 万元 it is (no second reading beside it).
  assert.equal(await field(page, "spend.personnel").inputValue(), "209.95");
  await expectText(page.locator("#f-spend-personnel-msg"), "");

  // Entering the closing balance settles the funds.
  await typeInto(page, "spend.closing_balance", "1.14");
  await expectFinding(page, "funds_unbalanced", false);

  // Choosing a finding moves focus to the field to fix.
  await typeInto(page, "budget.policy_additions", "80");
  await expectFinding(page, "policy_exceeds_additions");
  await finding(page, "policy_exceeds_additions").locator("button").click();
  assert.equal(await page.evaluate(() => document.activeElement.dataset.field), "budget.policy_additions");

  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test("each method recomputes at once", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  await loadExample(page);
  await expectText(indicator(page, "budget_execution"), "99.55%");

  await field(page, "method.rounding").selectOption("truncate_1");
  await expectText(indicator(page, "budget_execution"), "99.5%");
  await field(page, "method.rounding").selectOption("half_up_1");
  await expectText(indicator(page, "budget_execution"), "99.6%");
  await field(page, "method.rounding").selectOption("half_up_2");

  await field(page, "method.execution_denominator").selectOption("initial");
  await expectText(indicator(page, "budget_execution"), "140.31%");
  await expectFinding(page, "over_limit");
  await field(page, "method.execution_denominator").selectOption("hunan_completion");
  await expectText(indicator(page, "budget_execution"), "100.00%");
  await typeInto(page, "budget.carryover", "20");
  await field(page, "method.execution_denominator").selectOption("annual");
  await expectText(indicator(page, "budget_execution"), "99.55%");
  await field(page, "method.execution_denominator").selectOption("annual_with_carryover");
  await expectText(indicator(page, "budget_execution"), "92.28%");

  await typeInto(page, "staff.quota.worker", "2");
  await expectText(indicator(page, "staff_control"), "90.00%");
  await field(page, "method.staff_scope").selectOption("without_worker");
  await expectText(indicator(page, "staff_control"), "100.00%");

  await typeInto(page, "sangong.budget", "10");
  await typeInto(page, "sangong.last_budget", "8");
  await typeInto(page, "sangong.actual", "9");
  await typeInto(page, "sangong.last_actual", "10");
  await expectText(indicator(page, "sangong_change"), "25.00%");
  await field(page, "method.sangong_basis").selectOption("actual");
  await expectText(indicator(page, "sangong_change"), "-10.00%");

  await page.reload();
  await page.locator('[data-indicator="sangong_change"]').waitFor();
  assert.equal(await field(page, "method.sangong_basis").inputValue(), "actual", "methods are kept too");
  await context.close();
});

test("bad input gets a message beside the field, keeps its text, and correcting it clears it", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  await typeInto(page, "budget.initial", "1e3");
  await expectText(page.locator("#f-budget-initial-msg"), "含有无法识别的字符“e”，请只输入数字、小数点和单位（万元、元或亿元）");
  assert.equal(await field(page, "budget.initial").getAttribute("aria-invalid"), "true");
  await expectFinding(page, "invalid_input");

  await typeInto(page, "staff.actual.admin", "7.5");
  await expectText(page.locator("#f-staff-actual-admin-msg"), "人数须为整数，例如 18");

  // Typing key by key is never reformatted under the cursor.
  await typeInto(page, "budget.initial", "2.25");
  assert.equal(await field(page, "budget.initial").inputValue(), "2.25");
  await expectText(page.locator("#f-budget-initial-msg"), "");
  await page.reload();
  await page.locator('[data-indicator="staff_control"]').waitFor();
  assert.equal(await field(page, "staff.actual.admin").inputValue(), "7.5", "even bad text survives a reload");
  await context.close();
});

test("project rows are added, reordered, removed and restored", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  for (const [i, name, actual] of [[0, "甲", "1"], [1, "乙", "2"], [2, "丙", "4"]]) {
    await page.click('[data-action="add-project"]');
    await typeInto(page, `spend.projects.${i}.name`, name);
    await typeInto(page, `spend.projects.${i}.actual`, actual);
  }
  await expectText(total(page, "projects"), "7.00");

  await page.getByRole("button", { name: "上移项目3" }).click();
  assert.equal(await field(page, "spend.projects.1.name").inputValue(), "丙");
  assert.equal(await field(page, "spend.projects.2.name").inputValue(), "乙");

  await page.getByRole("button", { name: "删除项目1" }).click();
  await expectText(total(page, "projects"), "6.00");
  assert.equal(await field(page, "spend.projects.0.name").inputValue(), "丙");
  await page.click('[data-action="undo-remove-project"]');
  await expectText(total(page, "projects"), "7.00");
  assert.equal(await field(page, "spend.projects.0.name").inputValue(), "甲");
  // Ctrl+Z, the key that undoes everything else, undoes a removal too (outside a field, whose own undo it is).
  await page.getByRole("button", { name: "删除项目3" }).click();
  await expectText(total(page, "projects"), "5.00");
  await page.keyboard.press("Control+z");
  await expectText(total(page, "projects"), "7.00");
  assert.equal(await field(page, "spend.projects.2.name").inputValue(), "乙");
  // A clerk who deletes the wrong row and goes on typing the next figure can still bring it back.
  await page.getByRole("button", { name: "删除项目2" }).click();
  await typeInto(page, "spend.personnel", "30");
  await typeInto(page, "spend.projects.1.actual", "2.5");
  await page.click('[data-action="undo-remove-project"]');
  await expectText(total(page, "projects"), "7.50");
  assert.equal(await field(page, "spend.projects.1.name").inputValue(), "丙");
  assert.equal(await field(page, "spend.projects.2.actual").inputValue(), "2.5");
  await typeInto(page, "spend.projects.2.actual", "2");
  await typeInto(page, "spend.personnel", "");

  await page.reload();
  await page.locator('[data-indicator="staff_control"]').waitFor();
  assert.equal(await field(page, "spend.projects.1.name").inputValue(), "丙");
  await expectText(total(page, "projects"), "7.00");

  // A hurried double-click on 删除 removes its own row, not the one that moves up under the pointer.
  await page.getByRole("button", { name: "删除项目1" }).dblclick();
  await expectText(page.locator(".projects .undo"), "已删除“甲”。撤销删除");
  await expectText(total(page, "projects"), "6.00");
  assert.equal(await field(page, "spend.projects.0.name").inputValue(), "丙");
  assert.equal(await field(page, "spend.projects.1.name").inputValue(), "乙");
  await context.close();
});

test("project rows pasted from a spreadsheet fill the table from the cell pasted into, in 元 where the head says so", async () => {
  const context = await app.browser.newContext();
  const { page, problems } = await openApp(context, app.url);
  await page.click('[data-action="add-project"]');
  await typeInto(page, "spend.projects.0.name", "档案数字化");
  await typeInto(page, "spend.projects.0.actual", "8");
  await page.click('[data-action="add-project"]');
  // A sheet as a budget system exports it: 序号, heads in 元, a column the table has not, a 合计 row.
  const sheet = [
    "序号\t项目名称\t全年预算数（元）\t实际支出（元）\t资金来源",
    "1\t社区网格化管理\t320,000.00\t318,550.40\t本级财政",
    "2\t老旧小区改造前期\t150000\t0\t上级转移支付",
    "3\t\"便民服务\n热线\"\t52,000.00\t51,200.00\t本级财政",
    "\t合计\t522,000.00\t369,750.40\t",
  ].join("\r\n");
  const name = field(page, "spend.projects.1.name");
  await name.focus();
  // The paste is the tools module's to read: until it has loaded, the browser pastes as usual (and a
  // synthetic paste event inserts nothing), so the event is sent until it is taken.
  await page.waitForFunction((text) => {
    const data = new DataTransfer();
    data.setData("text/plain", text);
    const target = document.querySelector('[data-field="spend.projects.1.name"]');
    return !target.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, sheet, { polling: 50 });
  await expectText(page.locator("[data-notice] p"), "已粘贴3个项目（第2至4行）。“资金来源”列不是项目表的列，未放入。“合计”行不是项目，未放入。");
  assert.equal(await field(page, "spend.projects.0.name").inputValue(), "档案数字化", "the row above is left alone");
  assert.equal(await field(page, "spend.projects.1.name").inputValue(), "社区网格化管理");
  assert.equal(await field(page, "spend.projects.2.budget").inputValue(), "150000元");
  assert.equal(await field(page, "spend.projects.3.name").inputValue(), "便民服务热线", "a cell with a line break is one cell");
  // 8 + 31.855040 + 0 + 5.12 万元.
  await expectText(total(page, "projects"), "44.98");
  await page.reload();
  await page.locator('[data-indicator="staff_control"]').waitFor();
  assert.equal(await field(page, "spend.projects.3.actual").inputValue(), "51,200.00元");
  await expectText(total(page, "projects"), "44.98");
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});
