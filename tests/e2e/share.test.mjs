// Share links as clerks pass them on: made from a draft, opened in a colleague's fresh browser and
// imported only on their say-so; damaged, tampered, oversized and future-version links refused with
// nothing stored. Also: a browser that forbids storage is told so, and the page keeps working.
import { test } from "node:test";
import assert from "node:assert/strict";
import { deflateRawSync } from "node:zlib";
import { openApp, field, indicator, typeInto, expectText, withBrowserAndSite, loadExample, enterSeed } from "./harness.mjs";

const app = withBrowserAndSite("/some/dir/");

const base64url = (bytes) => Buffer.from(bytes).toString("base64url");
const storedDrafts = (page) => page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("jixiao.draft.")));

async function makeLink(page) {
  await page.click('[data-action="show-drafts"]');
  await page.click('[data-action="share-link"]');
  const input = page.locator("[data-share-link]");
  await input.waitFor();
  return input.inputValue();
}

/** Opens `url` in a fresh profile and waits for the page to say what it makes of the link. */
async function openLink(url) {
  const context = await app.browser.newContext();
  const { page, problems } = await openApp(context, url);
  await page.locator("[data-shared-draft], [data-shared-refused]").first().waitFor();
  return { context, page, problems };
}

test("a share link opens the draft in a colleague's fresh browser, imported only when they say so", async () => {
  const mine = await app.browser.newContext();
  const { page } = await openApp(mine, app.url);
  // The seed's figures as typed (the example's full text would make any link long).
  await enterSeed(page);
  await typeInto(page, "narrative.problems", "人员编制问题。");
  await typeInto(page, "score.management_system", "3");
  const link = await makeLink(page);
  assert.ok(link.startsWith(app.url) && link.includes("#jixiao=1."), link);
  assert.ok(link.length <= 2000, `the seed's link is ${link.length} characters`);
  assert.equal(await page.locator("[data-share-warning]").count(), 0);
  assert.match(await page.locator(".share-result").textContent(), /链接中包含本草稿的全部数字和文字/);
  await mine.close();

  const { context, page: theirs, problems } = await openLink(link);
  const offer = await theirs.locator("[data-shared-draft]").textContent();
  for (const shown of ["桃江县总工会", "2024年度", "253.79万元", "252.65万元", "99.55%", "2个"]) assert.ok(offer.includes(shown), `${shown} in ${offer}`);
  assert.deepEqual(await storedDrafts(theirs), [], "nothing is stored before the user says so");

  await theirs.click('[data-action="import-shared"]');
  await expectText(indicator(theirs, "budget_execution"), "99.55%");
  assert.equal(await field(theirs, "narrative.problems").inputValue(), "人员编制问题。");
  await expectText(theirs.locator('[data-score="management_system"]'), "3.00");
  // Named as a link's: it is most often a colleague's edit of a draft of the same name kept here.
  assert.match(await theirs.locator("[data-notice]").textContent(), /导入为新草稿“桃江县总工会2024年度（分享链接导入）”/);
  assert.equal(new URL(theirs.url()).hash, "", "the link's fragment is cleared once dealt with");
  await theirs.reload();
  await theirs.locator('[data-indicator="staff_control"]').waitFor();
  await expectText(indicator(theirs, "budget_execution"), "99.55%");
  assert.equal(await theirs.locator("[data-shared-draft]").count(), 0, "not offered again");
  assert.deepEqual(problems.consoleErrors, []);
  assert.deepEqual(problems.foreignRequests, []);
  await context.close();

  // As chat apps and mailers pass it on: a full stop glued to its end, the key's “=” percent-encoded.
  for (const passedOn of [`${link}。`, link.replace("#jixiao=", "#jixiao%3D")]) {
    const { context: again, page: other } = await openLink(passedOn);
    assert.match(await other.locator("[data-shared-draft]").textContent(), /桃江县总工会/, passedOn.slice(-20));
    await again.close();
  }
});

test("a colleague's version come back by link says what differs from the draft open here, and is imported under a name of its own", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  await typeInto(page, "unit.name", "某县档案馆");
  await typeInto(page, "unit.year", "2024");
  await typeInto(page, "spend.personnel", "480");
  await typeInto(page, "spend.public", "36.5");
  const link = await makeLink(page);
  // Her own draft moves on; the colleague's version (the link) keeps the figures it was sent with.
  await page.click('[data-action="show-form"]');
  await typeInto(page, "spend.personnel", "485");
  await typeInto(page, "spend.public", "36.50万元");
  await page.goto(link);
  const compared = page.locator("[data-shared-compared]");
  await compared.waitFor();
  assert.equal(await compared.getAttribute("data-shared-compared"), "1", "36.5 and 36.50万元 are one figure");
  assert.match(await compared.textContent(), /当前打开的草稿“某县档案馆2024年度”是同一单位、同一年度；链接中的版本与之相比有 1 处不同/);
  await expectText(page.locator(".shared-changes li"), "人员经费：485 → 480");
  await page.click('[data-action="import-shared"]');
  await page.locator("[data-notice]", { hasText: "导入为新草稿“某县档案馆2024年度（分享链接导入）”" }).waitFor();
  assert.equal(await field(page, "spend.personnel").inputValue(), "480");
  await context.close();
});

test("a link that is cut short, tampered with, oversized or from a newer version changes nothing", async () => {
  const mine = await app.browser.newContext();
  const { page } = await openApp(mine, app.url);
  await loadExample(page);
  const link = await makeLink(page);
  await mine.close();

  const payload = link.split("#jixiao=1.")[1];
  const flipped = [...payload].map((c, i) => (i > 10 && i < 30 ? (c === "A" ? "B" : "A") : c)).join("");
  const bomb = base64url(deflateRawSync(Buffer.alloc(3 * 1024 * 1024, 32)));
  const cases = [
    [link.slice(0, link.length - Math.floor(payload.length / 2)), /链接不完整或已被改动/],
    [`${app.url}#jixiao=1.${flipped}`, /链接不完整或已被改动|无法读取/],
    [`${app.url}#jixiao=1.${bomb}`, /数据过大/],
    [`${app.url}#jixiao=9.${payload}`, /较新版本/],
    [`${app.url}#jixiao=1.${base64url(deflateRawSync(Buffer.from("这不是草稿")))}`, /无法读取/],
  ];
  for (const [url, reason] of cases) {
    const { context, page: theirs } = await openLink(url);
    assert.match(await theirs.locator("[data-shared-refused]").textContent(), reason, url.slice(0, 120));
    assert.equal(await theirs.locator("[data-shared-draft]").count(), 0);
    assert.deepEqual(await storedDrafts(theirs), [], "nothing stored");
    assert.equal(await field(theirs, "unit.name").inputValue(), "", "nothing on screen changed");
    await context.close();
  }
});

test("a link too long for chat apps says so and points to the file", async () => {
  const context = await app.browser.newContext();
  const { page } = await openApp(context, app.url);
  await loadExample(page);
  // Varied text: a repeated sentence would compress to almost nothing.
  const long = Array.from({ length: 400 }, (_, i) => `第${i}项工作完成情况良好，指标${(i * 7919) % 1000}达成`).join("");
  await page.locator('[data-field="narrative.performance"]').fill(long);
  await makeLink(page);
  assert.match(await page.locator("[data-share-warning]").textContent(), /可能被截断；建议改用“导出草稿文件”发送/);
  // The link shows the draft as it was: a change clears it.
  await typeInto(page, "draft.title", "改了名字");
  await page.locator("[data-share-link]").waitFor({ state: "detached" });
  await context.close();
});

test("a browser that forbids storage is told so, and the page keeps computing", async () => {
  const context = await app.browser.newContext();
  // As a policy or private mode does: touching localStorage throws.
  await context.addInitScript(() => {
    Object.defineProperty(window, "localStorage", { get() { throw new DOMException("denied", "SecurityError"); } });
  });
  const { page, problems } = await openApp(context, app.url);
  await expectText(page.locator(".save-status"), "浏览器禁止了本地存储，草稿无法自动保存；请勿关闭页面，并尽快导出草稿文件");
  await typeInto(page, "staff.quota.admin", "10");
  await typeInto(page, "staff.actual.admin", "9");
  await expectText(indicator(page, "staff_control"), "90.00%");
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});
