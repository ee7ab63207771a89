// Shared set-up for end-to-end tests: the built site served on loopback, Debian's Chromium driven by
// playwright-core, and a watch on everything a page does that a user would not want (console errors,
// requests outside the site's own origin).
//
// Every page of every browser context a test opens is watched: a page error or a console error fails
// the test that saw it (an `afterEach` hook), whether or not the test looks. A test that provokes an
// error on purpose says which with `expectConsoleError(pattern)`.
import assert from "node:assert/strict";
import { before, after, afterEach } from "node:test";
import { chromium } from "playwright-core";
import { startStaticServer } from "../../scripts/static-server.mjs";

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

// Flags for a headless Chromium on a machine with no network beyond loopback.
const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Errors seen in any watched page since the current test began, and the ones it expects. */
const seen = { errors: [], expected: [] };

/** Watches every page of `context`: its console errors and uncaught exceptions go to `seen`. */
export function watchContext(context) {
  const watch = (page) => {
    page.on("console", (message) => {
      if (message.type() === "error") seen.errors.push(`console error on ${page.url()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => seen.errors.push(`page error on ${page.url()}: ${error}`));
  };
  context.pages().forEach(watch);
  context.on("page", watch);
  return context;
}

/** The current test provokes a console error matching `pattern` on purpose: it does not fail it. */
export function expectConsoleError(pattern) {
  seen.expected.push(pattern);
}

/** Fails the test if a watched page logged an error it did not expect; then starts afresh. */
export function checkNoPageErrors() {
  const unexpected = seen.errors.filter((text) => !seen.expected.some((pattern) => pattern.test(text)));
  seen.errors = [];
  seen.expected = [];
  assert.deepEqual(unexpected, [], "the page logged errors");
}

// Every test of every test file that uses this harness (each runs in a process of its own); scripts that
// borrow `launch` (the benchmark, screenshots) are not test files and register nothing.
if (/\.test\.mjs$/.test(process.argv[1] ?? "")) afterEach(checkNoPageErrors);

/** Chromium, with every context it makes watched (see `watchContext`). */
export async function launch(options = {}) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS, ...options });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args) => watchContext(await newContext(...args));
  return browser;
}

export async function serve(prefix = "/") {
  return startStaticServer({ root: "dist", prefix });
}

/**
 * One browser and one server for a test file, started before its tests and stopped after them.
 * Returns an object whose `browser` and `url` are set once the tests run; a file's own `before`
 * hook awaits `app.ready` (root hooks are not run one after another).
 */
export function withBrowserAndSite(prefix = "/") {
  const app = {};
  let started;
  app.ready = new Promise((resolve) => (started = resolve));
  before(async () => {
    app.browser = await launch();
    app.server = await serve(prefix);
    app.url = app.server.url;
    started();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}

/** Opens the app in a fresh page, collecting console errors and off-origin requests. */
export async function openApp(context, url) {
  const page = await context.newPage();
  const problems = { consoleErrors: [], foreignRequests: [] };
  const origin = new URL(url).origin;
  page.on("console", (message) => {
    if (message.type() === "error") problems.consoleErrors.push(message.text());
  });
  page.on("pageerror", (error) => problems.consoleErrors.push(String(error)));
  page.on("request", (request) => {
    const target = request.url();
    if (!target.startsWith(origin) && !target.startsWith("data:")) problems.foreignRequests.push(target);
  });
  await page.goto(url);
  await page.locator('[data-indicator="staff_control"]').waitFor();
  return { page, problems };
}

export const field = (page, id) => page.locator(`[data-field="${id}"]`);
export const indicator = (page, id) => page.locator(`[data-indicator="${id}"]`);
export const total = (page, id) => page.locator(`[data-total="${id}"]`);
export const finding = (page, code) => page.locator(`[data-finding="${code}"]`);

/** Types text key by key, as a person does (fill() would hide reformatting bugs). */
export async function typeInto(page, id, text) {
  const input = field(page, id);
  await input.click();
  await input.press("Control+a");
  await input.press("Delete");
  await input.pressSequentially(text);
}

/**
 * Waits until the element's text is exactly `expected` (the page updates asynchronously after an
 * event); fails with the text actually shown. Re-queries the element while waiting, so it holds
 * also when the page re-creates the node.
 */
export async function expectText(locator, expected, timeout = 5000) {
  const exactly = new RegExp(`^\\s*${expected.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*$`);
  try {
    await locator.first().filter({ hasText: exactly }).waitFor({ state: "attached", timeout });
  } catch (error) {
    const actual = await locator.first().textContent({ timeout: 100 }).catch(() => "(no element)");
    assert.equal(actual?.trim(), expected, `${locator}: ${error.message.split("\n")[0]}`);
  }
}

/** Waits until the page shows (or no longer shows) a finding with this code. */
export async function expectFinding(page, code, present = true, timeout = 5000) {
  const locator = finding(page, code);
  try {
    await locator.first().waitFor({ state: present ? "attached" : "detached", timeout });
  } catch {
    const shown = await page.locator("[data-finding]").evaluateAll((all) => all.map((f) => f.dataset.finding));
    assert.fail(`expected finding ${code} ${present ? "present" : "absent"}; shown: ${shown.join(", ")}`);
  }
}

/** The seed report's figures (shared/seed), as a clerk types them: units, commas, 全角 digits. */
export const SEED = [
  ["unit.name", "桃江县总工会"],
  ["unit.year", "2024"],
  ["staff.quota.admin", "7"],
  ["staff.quota.institution", "11"],
  ["staff.actual.admin", "7"],
  ["staff.actual.institution", "11"],
  ["staff.retired", "13"],
  ["budget.carryover", "0"],
  ["budget.initial", "180.07"],
  ["budget.additions", "73.72万元"],
  ["budget.policy_additions", "73.72"],
  ["spend.personnel", "2,099,500元"],
  ["spend.public", "１１．６"],
  ["spend.basic_other", "0.1"],
  ["public.budget", "11.6"],
  ["sangong.budget", "0"],
  ["sangong.actual", "0"],
  ["sangong.last_budget", "0"],
  ["sangong.last_actual", "0"],
];
export const PROJECTS = [
  ["2024年驻村帮扶“第一书记”专项工作经费", "1", "1"],
  ["2024年春节送温暖资金", "30", "30"],
];

/**
 * Fills a blank draft with the example (填入示例), the seed report's figures and text, and waits until
 * the form shows it (it comes from the tools module, loaded on first use).
 */
export async function loadExample(page) {
  await page.click('[data-action="load-example"]');
  await page.waitForFunction(() => document.querySelector('[data-field="unit.name"]')?.value === "桃江县总工会");
}

/** Types the seed's figures and project rows into the form, key by key. */
export async function enterSeed(page) {
  for (const [id, text] of SEED) await typeInto(page, id, text);
  for (const [i, [name, budget, actual]] of PROJECTS.entries()) {
    await page.click('[data-action="add-project"]');
    await typeInto(page, `spend.projects.${i}.name`, name);
    await typeInto(page, `spend.projects.${i}.budget`, budget);
    await typeInto(page, `spend.projects.${i}.actual`, actual);
  }
}
