// The single HTML file (scripts/build-single.sh), as a clerk on a machine that can only receive files
// uses it: opened from disk with no server, it computes the seed's indicators, keeps an edit across a
// reload, prints the report with both attachments, uses the on-demand tools, and asks for nothing
// outside the file; a damaged copy says so and leaves the drafts alone.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { startStaticServer } from "../../scripts/static-server.mjs";
import { launch, field, indicator, total, typeInto, expectText, expectFinding, enterSeed, loadExample, expectConsoleError } from "./harness.mjs";

const FILE = resolve("dist-single/jixiao.html");
const url = pathToFileURL(FILE).href;
let browser;

before(async () => {
  assert.ok(existsSync(FILE), "build it first: bash scripts/build-single.sh");
  browser = await launch();
});
after(() => browser?.close());

/** Opens the file; collects errors and every request that is not the file itself or made in the page. */
async function openFile(context) {
  const page = await context.newPage();
  const problems = { errors: [], outside: [] };
  page.on("console", (message) => message.type() === "error" && problems.errors.push(message.text()));
  page.on("pageerror", (error) => problems.errors.push(String(error)));
  page.on("request", (request) => {
    const target = request.url();
    if (!target.startsWith(url) && !target.startsWith("blob:") && !target.startsWith("data:")) problems.outside.push(target);
  });
  await page.goto(url);
  await page.locator('[data-indicator="staff_control"]').waitFor();
  return { page, problems };
}

test("opened from disk, the file computes the seed's indicators and keeps an edit across a reload", async () => {
  const context = await browser.newContext();
  const { page, problems } = await openFile(context);
  await enterSeed(page);
  await expectText(total(page, "spend"), "252.65");
  await expectText(indicator(page, "staff_control"), "100.00%");
  await expectText(indicator(page, "public_expense_control"), "100.00%");
  await expectText(indicator(page, "sangong_change"), "不适用");
  await expectText(indicator(page, "budget_execution"), "99.55%");
  await expectText(indicator(page, "budget_control"), "40.94%");
  await expectFinding(page, "funds_unbalanced");
  await expectText(page.locator('[data-score="budget_control"]'), "0.00");

  await typeInto(page, "narrative.problems", "单机版中输入的问题。");
  await page.reload();
  await page.locator('[data-indicator="staff_control"]').waitFor();
  assert.equal(await field(page, "narrative.problems").inputValue(), "单机版中输入的问题。");
  await expectText(indicator(page, "budget_execution"), "99.55%");
  // Drafts are kept under the served tool's keys, so the format is the same.
  const keys = await page.evaluate(() => Object.keys(localStorage));
  assert.ok(keys.length > 0 && keys.every((key) => key.startsWith("jixiao.")), keys.join(", "));

  assert.deepEqual(problems.outside, [], "no request outside the file");
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test("the file prints the report with 附件1 and 附件2, and its tools (share link, Word export) work without a server", async () => {
  const context = await browser.newContext({ acceptDownloads: true });
  const { page, problems } = await openFile(context);
  await loadExample(page);
  await page.click('[data-action="show-report"]');
  await expectText(page.locator(".report-title span").first(), "桃江县总工会2024年度");
  const path = join(mkdtempSync(join(tmpdir(), "jixiao-")), "single.pdf");
  writeFileSync(path, await page.pdf({ preferCSSPageSize: true }));
  const text = execFileSync("pdftotext", [path, "-"], { encoding: "utf8" }).replace(/\s+/g, "");
  assert.ok(text.includes("2024年预算执行率99.55%=（支出合计252.65万元/全年预算数253.79万元）×100%"), "the indicators' sentences");
  assert.ok(text.includes("附件1") && text.includes("附件2"), "both attachments");

  // The on-demand tools are inside the file's own module: a share link is made offline.
  await page.click('[data-action="show-drafts"]');
  await page.click('[data-action="share-link"]');
  const link = await page.locator("[data-share-link]").inputValue();
  assert.ok(link.startsWith(url) && link.includes("#jixiao=1."), link);
  // …and opened with that link, on another machine, the file offers the draft as it starts.
  const other = await browser.newContext();
  const theirs = await other.newPage();
  theirs.on("pageerror", (error) => problems.errors.push(String(error)));
  await theirs.goto(link);
  await theirs.locator("[data-shared-draft], [data-shared-refused]").first().waitFor();
  assert.match(await theirs.locator("[data-shared-draft]").textContent(), /桃江县总工会/);
  await theirs.click('[data-action="import-shared"]');
  await expectText(indicator(theirs, "budget_execution"), "99.55%");
  await other.close();
  const [download] = await Promise.all([page.waitForEvent("download"), page.click('[data-action="export-docx"]')]);
  assert.equal(download.suggestedFilename(), "桃江县总工会2024年度部门整体支出绩效自评报告.docx");

  assert.deepEqual(problems.outside, [], "no request outside the file");
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test("a copy damaged on its way says so instead of starting, and the drafts already kept stay", async () => {
  const context = await browser.newContext();
  const { page, problems } = await openFile(context);
  await typeInto(page, "narrative.problems", "损坏前保存的草稿。");
  // One byte of the packed program changed, as a broken transfer or a text editor's save would.
  const bytes = readFileSync(FILE);
  const at = bytes.indexOf("jixiao-bundle") + 100_000;
  bytes[at] = bytes[at] === 0x41 ? 0x42 : 0x41;
  const damaged = join(mkdtempSync(join(tmpdir(), "jixiao-")), "jixiao.html");
  writeFileSync(damaged, bytes);
  const broken = await context.newPage();
  expectConsoleError(/文件已损坏，请重新获取本工具/);
  await broken.goto(pathToFileURL(damaged).href);
  await expectText(broken.locator("#boot .failed strong"), "本工具未能启动。");
  assert.match(await broken.locator("#boot-reason").textContent(), /文件已损坏，请重新获取本工具/);
  assert.equal(await broken.locator('[data-indicator="staff_control"]').count(), 0);

  await page.reload();
  await page.locator('[data-indicator="staff_control"]').waitFor();
  assert.equal(await field(page, "narrative.problems").inputValue(), "损坏前保存的草稿。");
  assert.deepEqual(problems.errors, []);
  await context.close();
});

test("put on an intranet web server that declares UTF-8 for every page, the file still starts", async () => {
  const site = await startStaticServer({ root: "dist-single" });
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(String(error)));
  const response = await page.goto(`${site.url}jixiao.html`);
  assert.match(response.headers()["content-type"], /charset=utf-8/, "the server overrides the page's own charset");
  await page.locator('[data-indicator="staff_control"], #boot.failed').first().waitFor();
  assert.equal(await page.locator("#boot.failed").count(), 0, await page.locator("#boot").textContent().catch(() => ""));
  await typeInto(page, "spend.personnel", "123.45");
  await expectText(total(page, "basic"), "123.45");
  assert.deepEqual(errors, []);
  await context.close();
  await site.close();
});
