// The tool as clerks get it: a visible “正在加载…” and a plain message instead of a blank page; after
// one visit it opens and works with the network gone (drafts kept); a new build deployed over the old
// one is picked up on a later online visit, drafts untouched.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cp, mkdtemp, readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openApp, field, indicator, typeInto, expectText, withBrowserAndSite, launch, expectConsoleError } from "./harness.mjs";
import { startStaticServer } from "../../scripts/static-server.mjs";

const app = withBrowserAndSite("/tool/");

const mainWasm = async () => (await readdir("dist")).find((f) => f.endsWith("_bg.wasm") && !f.startsWith("jixiao-tools"));

test("“正在加载…” shows until the app starts, then gives way to it", async () => {
  const context = await app.browser.newContext();
  const page = await context.newPage();
  let release;
  const held = new Promise((resolve) => (release = resolve));
  const wasm = await mainWasm();
  await page.route(`**/${wasm}`, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(app.url);
  await expectText(page.locator("#boot .loading"), "正在加载…（网络较慢，仍在下载程序文件，请稍候）");
  assert.ok(await page.locator("#boot .loading").isVisible());
  release();
  await page.locator('[data-indicator="staff_control"]').waitFor();
  assert.equal(await page.locator("#boot").count(), 0, "the loading message is gone");
  await context.close();
});

test("a browser without WebAssembly gets a plain message saying what to do", async () => {
  expectConsoleError(/WebAssembly is not defined/);
  const context = await app.browser.newContext();
  await context.addInitScript(() => { delete window.WebAssembly; });
  const page = await context.newPage();
  await page.goto(app.url);
  const failed = page.locator("#boot .failed");
  await failed.waitFor({ state: "visible" });
  assert.match(await failed.textContent(), /此浏览器版本过旧.*请改用新版 Chrome、Edge/s);
  await context.close();
});

test("when the program cannot be loaded the page says so instead of staying blank", async () => {
  expectConsoleError(/404 \(Not Found\)|failed to fetch Wasm: 404/);
  const context = await app.browser.newContext();
  const page = await context.newPage();
  await page.route(`**/${await mainWasm()}`, (route) => route.fulfill({ status: 404, body: "gone" }));
  await page.goto(app.url);
  const failed = page.locator("#boot .failed");
  await failed.waitFor({ state: "visible" });
  assert.match(await failed.textContent(), /本工具未能启动。程序文件未能下载或运行/);
  await context.close();
});

/** Waits until this page is controlled by the site's service worker (it has then cached the build). */
async function untilOffline(page) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

test("after one visit the tool opens and works offline, and keeps what was typed", async () => {
  const context = await app.browser.newContext();
  const { page, problems } = await openApp(context, app.url);
  await untilOffline(page);
  await typeInto(page, "unit.name", "离线测试单位");

  await context.setOffline(true);
  await page.reload();
  await page.locator('[data-indicator="staff_control"]').waitFor();
  assert.equal(await field(page, "unit.name").inputValue(), "离线测试单位");
  await typeInto(page, "staff.quota.admin", "10");
  await typeInto(page, "staff.actual.admin", "9");
  await expectText(indicator(page, "staff_control"), "90.00%");
  await page.reload();
  await page.locator('[data-indicator="staff_control"]').waitFor();
  await expectText(indicator(page, "staff_control"), "90.00%");
  // The on-demand tools were cached with the rest: sharing works with the network gone.
  await page.click('[data-action="show-drafts"]');
  await page.click('[data-action="share-link"]');
  await page.locator("[data-share-link]").waitFor();
  assert.deepEqual(problems.consoleErrors, []);
  await context.close();
});

test("a new build deployed over the old one is picked up, and drafts are kept", async (t) => {
  const root = await mkdtemp(join(tmpdir(), "jixiao-site-"));
  await cp("dist", root, { recursive: true });
  const server = await startStaticServer({ root, prefix: "/tool/" });
  const browser = await launch();
  // Closed even when a step fails: an open browser would keep the test file from ever ending.
  t.after(async () => {
    await browser.close();
    await server.close();
  });
  const context = await browser.newContext();
  const { page } = await openApp(context, server.url);
  await untilOffline(page);
  await typeInto(page, "unit.name", "部署前的草稿");
  const oldCaches = await page.evaluate(() => caches.keys());

  // Deploy: a page and a service worker of a new build (as a rebuild after any change would give).
  const index = await readFile(join(root, "index.html"), "utf8");
  await writeFile(join(root, "index.html"), index.replace("<title>", '<meta name="jixiao-build" content="second"><title>'));
  const worker = await readFile(join(root, "sw.js"), "utf8");
  // Its cache is named by its build (“jixiao-<hash>”, the minifier folds the two into one literal).
  assert.match(worker, /"jixiao-[0-9a-f]{16}"/, "the worker names its build");
  await writeFile(join(root, "sw.js"), worker.replace(/"jixiao-([0-9a-f]{16})"/, '"jixiao-$1-second"'));

  // A later online visit: pages are network-first, so the new build is seen at once...
  await page.close();
  const later = await context.newPage();
  await later.goto(server.url);
  await later.locator('meta[name="jixiao-build"]').waitFor({ state: "attached" });
  // ...and the new worker takes over, replacing the old build's cache.
  await later.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
  await later.waitForFunction((old) => caches.keys().then((names) => names.length === 1 && !old.includes(names[0]) &&
    navigator.serviceWorker.controller?.state === "activated"), oldCaches);
  await later.close();

  // Offline, the next visit opens the new build, with the draft.
  await context.setOffline(true);
  const offline = await context.newPage();
  await offline.goto(server.url);
  await offline.locator('meta[name="jixiao-build"]').waitFor({ state: "attached" });
  await offline.locator('[data-indicator="staff_control"]').waitFor();
  assert.equal(await field(offline, "unit.name").inputValue(), "部署前的草稿", "the draft survives the redeploy");
  await context.close();
});
