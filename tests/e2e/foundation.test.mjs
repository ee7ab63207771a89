// The foundation slice: staffing figures typed in, the live 在职人员控制率 and its sentence, a reload
// keeps them; the page is Chinese, logs no console error and asks for nothing outside its own origin,
// also when the site is served from a sub-path.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openApp, field, indicator, typeInto, expectText, withBrowserAndSite } from "./harness.mjs";

const app = withBrowserAndSite("/some/dir/");

test("staffing figures give the live 在职人员控制率, and survive a reload", async () => {
  const context = await app.browser.newContext();
  const { page, problems } = await openApp(context, app.url);
  assert.equal(await page.getAttribute("html", "lang"), "zh-CN");
  await expectText(indicator(page, "staff_control"), "待填");

  await typeInto(page, "staff.quota.admin", "7");
  await typeInto(page, "staff.quota.institution", "11");
  await typeInto(page, "staff.actual.admin", "7");
  await typeInto(page, "staff.actual.institution", "１０");
  await expectText(indicator(page, "staff_control"), "94.44%");
  const sentence = page.locator('.indicator:has([data-indicator="staff_control"]) .sentence');
  await expectText(sentence, "在职人员控制率94.44%=（在职人员数17人/编制数18人）×100%");

  await page.reload();
  await page.locator('[data-indicator="staff_control"]').waitFor();
  assert.equal(await field(page, "staff.actual.institution").inputValue(), "１０", "the raw text is kept");
  await expectText(indicator(page, "staff_control"), "94.44%");

  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
  await context.close();
});

test("the page renders Chinese text from a sub-path with its own assets only", async () => {
  const context = await app.browser.newContext();
  const { page, problems } = await openApp(context, app.url);
  const heading = await page.locator(".app-header h1").textContent();
  assert.match(heading, /部门整体支出绩效自评/);
  assert.deepEqual(problems.foreignRequests, []);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});
