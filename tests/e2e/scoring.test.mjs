// Scoring as a clerk does it: the seed scored under the 湖南 preset with the reason for every point
// lost, scores following each keystroke, manual rows scored with their reasons, the 自评表 preset with
// its funds block, an edited rubric, and everything kept across a reload; a disclosure date without its
// year, a computed row scored by hand where the paper lacks its figures, the 一体化 rows scored from the
// percentage typed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openApp, field, typeInto, expectText, expectFinding, withBrowserAndSite, loadExample } from "./harness.mjs";

const app = withBrowserAndSite("/");

const score = (page, id) => page.locator(`[data-score="${id}"]`);
const points = (page, id) => page.locator(`[data-points="${id}"]`);
const rowOf = (page, id) => page.locator(`tr:has([data-score="${id}"])`);

test("the seed scored under the 湖南 preset says why each point was lost, and follows every keystroke", async () => {
  const context = await app.browser.newContext();
  const { page, problems } = await openApp(context, app.url);
  await loadExample(page);

  assert.equal(await field(page, "rubric.preset").inputValue(), "hunan", "the default preset");
  await expectText(points(page, "staff_control"), "8");
  await expectText(score(page, "staff_control"), "8.00");
  await expectText(score(page, "budget_control"), "0.00");
  assert.match(await rowOf(page, "budget_control").textContent(), /40\.94%，高于30%，得0\.00分/);
  // The panel beside the form says it in the same words, and the points lost as 扣.
  assert.match(await page.locator(".score-summary .lost li", { hasText: "预算控制率" }).textContent(), /^预算控制率 扣8\.00分\s*40\.94%，高于30%，得0\.00分$/);
  await expectText(score(page, "budget_execution"), "8.00");
  await expectText(score(page, "total"), "34.00");
  // 11 rows wait for a hand score: 34 分 is no verdict, and the panel says what is still to come.
  await expectText(page.locator("[data-grade]"), "差");
  await expectText(page.locator(".score-summary .score-line"), "34.00 分，等级 差（暂计）");
  await expectText(page.locator(".score-summary .pending-line"), "尚有11项（共58分）待评分，总分为暂计。");
  await page.locator(".score-summary").screenshot({ path: join(tmpdir(), "jixiao-score-provisional.png") });
  await expectFinding(page, "score_pending");

  // 20 in post on 18: 超编11.11个百分点 at −0.5 a point.
  await typeInto(page, "staff.actual.admin", "9");
  await expectText(score(page, "staff_control"), "2.44");
  assert.match(await rowOf(page, "staff_control").textContent(), /超编11\.11个百分点，扣5\.56分/);
  await expectText(score(page, "total"), "28.44");
  await typeInto(page, "staff.actual.admin", "7");
  await expectText(score(page, "staff_control"), "8.00");
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test("manual rows take a score within their points and ask for its basis; all of it survives a reload", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  await loadExample(page);

  await typeInto(page, "score.management_system", "5");
  await expectText(page.locator('.cell:has([data-field="score.management_system"]) .message'), "得分不能超过分值4分");
  await expectText(score(page, "management_system"), "待评");
  await typeInto(page, "score.management_system", "3.5");
  await expectText(score(page, "management_system"), "3.50");
  await expectText(score(page, "total"), "37.50");
  await expectFinding(page, "score_without_reason");
  await typeInto(page, "score.management_system.reason", "内控制度未及时修订");
  await expectFinding(page, "score_without_reason", false);
  await typeInto(page, "score.satisfaction.actual", "满意度95%");

  await page.reload();
  await score(page, "total").waitFor();
  await expectText(score(page, "management_system"), "3.50");
  assert.equal(await field(page, "score.management_system.reason").inputValue(), "内控制度未及时修订");
  assert.equal(await field(page, "score.satisfaction.actual").inputValue(), "满意度95%");
  await context.close();
});

test("a 湖南 row whose rule is a formula on its 实际完成值 scores the rate typed there; a typed 得分 still wins", async () => {
  const context = await app.browser.newContext();
  const { page, problems } = await openApp(context, app.url);
  await loadExample(page);
  await expectText(score(page, "output_completion"), "待评");
  assert.match(await rowOf(page, "output_completion").textContent(), /请填写实际完成值（如98%）或得分/, "the row says what it needs");

  // 按实际完成率×分值计分: 96% of 8.
  await typeInto(page, "score.output_completion.actual", "96%");
  await expectText(score(page, "output_completion"), "7.68");
  assert.match(await rowOf(page, "output_completion").textContent(), /96%×8分，计7\.68分/);
  // 满意度≥90%得满分；每低1个百分点扣0.5分: 87% is 3 points under, 1.5 off.
  await typeInto(page, "score.satisfaction.actual", "87%");
  await expectText(score(page, "satisfaction"), "6.50");
  await expectText(score(page, "total"), "48.18");
  await expectFinding(page, "score_without_reason", false);

  await typeInto(page, "score.output_completion.actual", "大部分完成");
  await expectText(score(page, "output_completion"), "待评");
  assert.match(await rowOf(page, "output_completion").textContent(), /实际完成值不是百分比/);
  await typeInto(page, "score.output_completion", "7");
  await expectText(score(page, "output_completion"), "7.00");
  await expectText(score(page, "total"), "47.50");

  // The printed 附件2 carries the value typed and the score the rule gave it.
  await page.click('[data-action="show-report"]');
  const annex = page.locator(".report table", { hasText: "社会公众或服务对象满意度" }).first();
  const printed = (await annex.textContent()).replace(/\s+/g, "");
  assert.match(printed, /87%86\.50/, printed);
  assert.match(printed, /总分10047\.50/, printed);
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test("the 自评表 preset scores the funds block; switching presets can be undone", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  await loadExample(page);
  await field(page, "rubric.preset").selectOption("self_evaluation");
  await expectText(points(page, "funds.total"), "10");
  await expectText(score(page, "funds.total"), "9.96");
  await expectText(score(page, "total"), "24.96");

  // Spending measured against the initial budget: 140.31%, which 执行率 × 分值 would give full marks —
  // not allowed over the limit, so the row waits and the finding says why.
  await field(page, "method.execution_denominator").selectOption("initial");
  await expectText(score(page, "funds.total"), "待评");
  await expectFinding(page, "full_marks_over_limit");
  await field(page, "method.execution_denominator").selectOption("annual_with_carryover");
  await expectFinding(page, "full_marks_over_limit", false);

  await typeInto(page, "funds.basic.initial", "149.07");
  await typeInto(page, "funds.projects.initial", "30");
  await expectFinding(page, "sum_mismatch");
  await typeInto(page, "funds.projects.initial", "31");
  await expectFinding(page, "sum_mismatch", false);

  await page.click('[data-action="undo-rubric"]');
  await expectText(score(page, "total"), "34.00");
  assert.equal(await field(page, "rubric.preset").inputValue(), "hunan");
  await context.close();
});

test("an edited rubric is the draft's own: weights are checked and the preset can be restored", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  await loadExample(page);
  await page.click('[data-action="edit-rubric"]');
  await typeInto(page, "rubric.rows.0.points", "10");
  await expectFinding(page, "weights_not_100");
  await typeInto(page, "rubric.rows.3.bands", "x=0 → 8分；x>0 → 9分");
  await expectText(page.locator('.cell:has([data-field="rubric.rows.3.bands"]) .message'), "第2档得9分，超过分值8分");
  await typeInto(page, "rubric.rows.3.bands", "x=0 → 8分；0<x≤10% → 6分；x>10% → 0分");
  await page.click('[data-action="add-rubric-row"]');
  await typeInto(page, "rubric.rows.17.level3", "工会经费收缴率");
  await page.click('[data-action="finish-rubric"]');
  await expectText(points(page, "staff_control"), "10");
  assert.match(await page.locator(".score-table.rows").textContent(), /工会经费收缴率/);

  await page.reload();
  await score(page, "total").waitFor();
  await expectText(points(page, "staff_control"), "10");
  await page.click('[data-action="follow-preset"]');
  await expectText(points(page, "staff_control"), "8");
  await expectFinding(page, "weights_not_100", false);
  await context.close();
});

const sentenceOf = (page, id) => page.locator(`li.indicator:has([data-indicator="${id}"]) .sentence`);

test("a disclosure date typed without its year, as reports write it, is read in its approval's year and shown in full", async () => {
  const context = await app.browser.newContext();
  const { page, problems } = await openApp(context, app.url);
  await loadExample(page);
  // The example evaluates 2024; its budget was published 2024-01-25.
  await typeInto(page, "disclosure.budget_approved", "1月8日");
  await typeInto(page, "disclosure.budget_published", "1月26日");
  await expectText(page.locator('[data-indicator="disclosure_timeliness"]'), "及时");
  for (const id of ["disclosure.budget_approved", "disclosure.budget_published"]) {
    assert.equal(await field(page, id).getAttribute("aria-invalid"), "false", `${id} is read as typed`);
  }
  assert.match(await sentenceOf(page, "disclosure_timeliness").textContent(), /部门预算于2024年1月8日批复、2024年1月26日公开，间隔18日，在批复后20日内公开/);
  await expectText(score(page, "disclosure_timeliness"), "4.00");

  // Without the year evaluated nothing gives one: the findings say what to do.
  await typeInto(page, "unit.year", "");
  await expectFinding(page, "invalid_input");
  assert.match(await page.locator('[data-finding="invalid_input"]', { hasText: "未写年份" }).first().textContent(), /或先填写评价年度/);
  await expectText(score(page, "disclosure_timeliness"), "待评");
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test("a computed row whose figures the paper does not give takes a typed 得分 with its basis, and the total is final", async () => {
  const context = await app.browser.newContext();
  const { page, problems } = await openApp(context, app.url);
  await loadExample(page);
  // Everything else scored, as a clerk finishing the table does.
  for (const [id, text] of [
    ["score.management_system", "4"], ["score.fund_compliance", "4"], ["score.asset_system", "3"],
    ["score.asset_security", "3"], ["score.performance_benefit", "9"], ["score.output_completion.actual", "100%"],
    ["score.output_timeliness.actual", "100%"], ["score.output_quality.actual", "100%"], ["score.satisfaction.actual", "95%"],
    ["assets.in_use", "52"], ["assets.total", "52"],
  ]) await typeInto(page, id, text);
  await expectText(page.locator(".score-summary .pending-line"), "尚有1项（共4分）待评分，总分为暂计。");

  // The paper says only “批复后第12天公开”: no dates to type, so the row offers its 得分 box.
  const row = rowOf(page, "disclosure_timeliness");
  await expectText(score(page, "disclosure_timeliness"), "待评");
  assert.match(await row.textContent(), /缺少计算所需的数据，待评分；也可填写得分，并在下方写明依据/);
  await row.scrollIntoViewIfNeeded();
  await row.screenshot({ path: join(tmpdir(), "jixiao-disclosure-waiting-row.png") });
  await typeInto(page, "score.disclosure_timeliness", "4");
  await expectText(score(page, "disclosure_timeliness"), "4.00");
  // Its basis is asked for, as on any row scored by hand.
  const asksBasis = page.locator('[data-finding="score_without_reason"]', { hasText: "预决算信息公开性" });
  await asksBasis.waitFor();
  await typeInto(page, "score.disclosure_timeliness.reason", "预算、决算均于批复后第12天公开，在20日内");
  await asksBasis.waitFor({ state: "detached" });
  assert.equal(await page.locator(".score-summary .pending-line").count(), 0, "no longer 暂计");
  await expectText(score(page, "total"), "91.00");
  await expectText(page.locator("[data-grade]"), "优");
  await expectText(page.locator(".score-summary .score-line"), "91.00 分，等级 优");
  await row.scrollIntoViewIfNeeded();
  await row.screenshot({ path: join(tmpdir(), "jixiao-disclosure-score-row.png") });

  await page.reload();
  await score(page, "total").waitFor();
  await expectText(score(page, "disclosure_timeliness"), "4.00");
  assert.equal(await field(page, "score.disclosure_timeliness.reason").inputValue(), "预算、决算均于批复后第12天公开，在20日内");
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test("the 一体化 自评表 scores 满意度, 质量达标率 and 完成及时率 from the percentage typed, as its criteria say", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  await loadExample(page);
  await field(page, "rubric.preset").selectOption("self_evaluation");
  await typeInto(page, "score.satisfaction.actual", "88.5%");
  await expectText(score(page, "satisfaction"), "9.25");
  assert.match(await rowOf(page, "satisfaction").textContent(), /88\.5%，低于90%目标1\.50个百分点，扣0\.75分/);
  await typeInto(page, "score.output_quality.actual", "95%");
  await expectText(score(page, "output_quality"), "9.50");
  // A row whose criteria cannot be computed asks for its 得分 once its value is typed.
  await typeInto(page, "score.output_quantity.actual", "完成14项");
  assert.match(await rowOf(page, "output_quantity").textContent(), /请填写得分/);
  await context.close();
});
