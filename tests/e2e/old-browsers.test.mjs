// The tool in the browsers government offices really have (issue 24): real old Chromium builds, from
// npm packages that ship them (package.json's optionalDependencies, installed by `npm ci`), each run
// against the release build and the single file: the seed typed, its indicators and totals, the draft
// kept across a reload, a share link made by the current Chromium opened and imported (and one made
// here opened there), 审校, 项目自评, the report printed, Back and Forward through the screens, the Word file,
// and the file opened from disk.
// A version whose package is missing or whose binary cannot start on this machine is skipped with the
// reason, never passed.
//
// playwright-core drives these versions for navigation and `evaluate`, but its waiting and typing are
// not reliable there: every step below polls the page with `evaluate`, and types by setting an input's
// value and sending the `input` event the page listens to.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { brotliDecompressSync, deflateRawSync } from "node:zlib";
import { launch, openApp, serve, expectConsoleError, SEED, PROJECTS } from "./harness.mjs";

/** The oldest Chromium the registries have (86), the ones the issue names, and the last for Windows 7. */
const VERSIONS = [
  { version: 86, pkg: "chromium-86" }, // chrome-aws-lambda 5.3.1
  { version: 88, pkg: "chromium-88" }, // chrome-aws-lambda 5.5.0
  { version: 92, pkg: "chromium-92" }, // chrome-aws-lambda 10.1.0
  { version: 109, pkg: "chromium-109" }, // @sparticuz/chromium 109.0.6
];
// No sandbox or zygote (root, a container); these builds' own GPU libraries are not used.
const ARGS = ["--no-sandbox", "--no-zygote", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];
const SINGLE = resolve("dist-single/jixiao.html");
const AUDIT_TEXT = readFileSync("tests/fixtures/taojiang-federation-of-trade-unions-2024.txt", "utf8");

let server;
let current;
const browsers = new Map();
after(async () => {
  for (const browser of browsers.values()) await browser.then((b) => b.browser?.close());
  await (await current)?.close();
  await server?.close();
});

/** The current Chromium (Debian's, as every other test uses), launched once. */
function currentChromium() {
  current ??= launch();
  return current;
}

async function site() {
  assert.ok(existsSync("dist/index.html"), "build it first: bash scripts/build.sh");
  server ??= await serve("/jixiao/");
  return server.url;
}

/**
 * The package's Chromium, unpacked once into node_modules/.cache (the package ships it brotli'd, with
 * the libraries it needs beside it): `{ executable, libraries }`, or `{ reason }` it cannot be had.
 */
function unpack(pkg) {
  const root = join("node_modules", pkg);
  if (!existsSync(join(root, "package.json"))) return { reason: `${pkg} is not installed (npm ci installs package.json's optionalDependencies)` };
  const { name, version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
  const dir = resolve("node_modules/.cache/old-chromium", `${pkg}-${version}`);
  const executable = join(dir, "chromium");
  if (!existsSync(join(dir, ".complete"))) {
    const work = mkdtempSync(`${dir}.partial-`);
    try {
      writeFileSync(join(work, "chromium"), brotliDecompressSync(readFileSync(join(root, "bin/chromium.br"))), { mode: 0o755 });
      for (const archive of ["aws.tar.br", "swiftshader.tar.br"]) {
        const path = join(root, "bin", archive);
        if (existsSync(path)) execFileSync("tar", ["-x", "-C", work], { input: brotliDecompressSync(readFileSync(path)) });
      }
      writeFileSync(join(work, ".complete"), `${name}@${version}\n`);
      rmSync(dir, { recursive: true, force: true });
      renameSync(work, dir);
    } catch (error) {
      rmSync(work, { recursive: true, force: true });
      return { reason: `${name}@${version} could not be unpacked: ${error.message.split("\n")[0]}` };
    }
  }
  return { executable, libraries: join(dir, "lib") };
}

/** The old Chromium of `version`, launched once, or `{ reason }` it cannot run here. */
function oldChromium({ version, pkg }) {
  if (!browsers.has(version)) {
    browsers.set(version, (async () => {
      mkdirSync("node_modules/.cache/old-chromium", { recursive: true });
      const found = unpack(pkg);
      if (found.reason) return found;
      try {
        const browser = await launch({
          executablePath: found.executable,
          args: ARGS,
          env: { ...process.env, LD_LIBRARY_PATH: found.libraries },
          timeout: 60_000,
        });
        const actual = Number(browser.version().split(".")[0]);
        assert.equal(actual, version, `${pkg} is Chromium ${browser.version()}`);
        return { browser };
      } catch (error) {
        if (error.code === "ERR_ASSERTION") throw error;
        return { reason: `Chromium ${version} (${pkg}) did not start on this machine: ${error.message.split("\n")[0]}` };
      }
    })());
  }
  return browsers.get(version);
}

/** The browser for a test, or `null` after marking the test skipped with the reason. */
async function browserFor(t, entry) {
  const { browser, reason } = await oldChromium(entry);
  if (browser) return browser;
  t.diagnostic(reason);
  t.skip(reason);
  return null;
}

/**
 * A new page in a fresh profile that records requests leaving the site (or the file) and captures what
 * the page offers as a download (these versions do not report downloads to playwright).
 */
async function freshPage(browser, options = {}) {
  const context = await browser.newContext(options);
  await context.addInitScript(() => {
    const blobs = new Map();
    window.__downloads = [];
    const create = URL.createObjectURL;
    URL.createObjectURL = (blob) => {
      const url = create(blob);
      blobs.set(url, blob);
      return url;
    };
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function () {
      if (this.download) window.__downloads.push({ name: this.download, blob: blobs.get(this.href) });
      return click.call(this);
    };
  });
  const page = await context.newPage();
  const outside = [];
  page.on("request", (request) => {
    const url = request.url();
    const own = server && url.startsWith(new URL(server.url).origin);
    if (!own && !url.startsWith(pathToFileURL(SINGLE).href) && !/^(data|blob):/.test(url)) outside.push(url);
  });
  return { context, page, outside };
}

/** Polls `fn` in the page until it returns something truthy; fails with `what` and what the page says. */
async function until(page, what, fn, arg, timeout = 20_000) {
  const start = Date.now();
  for (;;) {
    const value = await page.evaluate(fn, arg);
    if (value) return value;
    if (Date.now() - start > timeout) {
      const said = await page.evaluate(() => document.getElementById("boot")?.textContent?.replace(/\s+/g, " ").trim() ?? "");
      assert.fail(`${what}: not seen within ${timeout} ms${said ? ` (the page says: ${said})` : ""}`);
    }
    await new Promise((done) => setTimeout(done, 50));
  }
}

const textOf = (page, selector) => page.evaluate((s) => document.querySelector(s)?.textContent.trim() ?? null, selector);

/** Waits until the element shows exactly `expected`; fails with what it shows. */
async function shows(page, selector, expected) {
  try {
    await until(page, selector, ([s, e]) => document.querySelector(s)?.textContent.trim() === e, [selector, expected], 10_000);
  } catch {
    assert.equal(await textOf(page, selector), expected, selector);
  }
}

/** Clicks an element once it is there. */
async function press(page, selector) {
  await until(page, selector, (s) => document.querySelector(s), selector);
  await page.evaluate((s) => document.querySelector(s).click(), selector);
}

/** Types `text` into a field (or any element matching `selector`) as the page sees typing: an input event. */
async function enter(page, id, text, selector = `[data-field="${id}"]`) {
  await until(page, selector, (s) => document.querySelector(s), selector);
  await page.evaluate(([s, value]) => {
    const input = document.querySelector(s);
    input.focus();
    input.value = value;
    input.dispatchEvent(new Event("input", { bubbles: true }));
  }, [selector, text]);
}

/** 填入示例, waited for until the form shows it (it may come from the tools module, loaded on first use). */
async function loadExample(page) {
  await press(page, '[data-action="load-example"]');
  await until(page, "the example in the form", () => document.querySelector('[data-field="unit.name"]')?.value === "桃江县总工会");
}

/** Opens `url` and waits until the app has started; fails at once, with its reason, if the page says it cannot. */
async function openStarted(page, url) {
  await page.goto(url);
  const outcome = await until(page, "the app started", () => {
    const failed = document.querySelector(".boot.failed");
    if (failed) return `failed: ${failed.textContent.replace(/\s+/g, " ").trim()}`;
    return document.querySelector('[data-indicator="staff_control"]') && !document.getElementById("boot") && "started";
  });
  assert.equal(outcome, "started");
}

/** A share link of the seed's draft made by the current Chromium, once. */
let currentLink;
function linkFromCurrentChromium() {
  currentLink ??= (async () => {
    const context = await (await currentChromium()).newContext();
    const { page } = await openApp(context, await site());
    await loadExample(page);
    await enter(page, "narrative.problems", "人员编制问题。");
    await page.click('[data-action="show-drafts"]');
    await page.click('[data-action="share-link"]');
    const link = await until(page, "the share link", () => document.querySelector("[data-share-link]")?.value);
    await context.close();
    return link;
  })();
  return currentLink;
}

for (const entry of VERSIONS) {
  const v = entry.version;

  test(`Chromium ${v}: the app starts, computes the seed as it is typed, and keeps the draft across a reload`, async (t) => {
    const browser = await browserFor(t, entry);
    if (!browser) return;
    const { context, page, outside } = await freshPage(browser);
    await openStarted(page, await site());
    for (const [id, text] of SEED) await enter(page, id, text);
    for (const [i, [name, budget, actual]] of PROJECTS.entries()) {
      await press(page, '[data-action="add-project"]');
      await enter(page, `spend.projects.${i}.name`, name);
      await enter(page, `spend.projects.${i}.budget`, budget);
      await enter(page, `spend.projects.${i}.actual`, actual);
    }
    await shows(page, '[data-total="basic"]', "221.65");
    await shows(page, '[data-total="spend"]', "252.65");
    await shows(page, '[data-indicator="staff_control"]', "100.00%");
    await shows(page, '[data-indicator="sangong_change"]', "不适用");
    await shows(page, '[data-indicator="budget_execution"]', "99.55%");
    await shows(page, '[data-indicator="budget_control"]', "40.94%");
    await shows(page, '[data-score="budget_control"]', "0.00");
    await until(page, "the funds_unbalanced finding", () => document.querySelector('[data-finding="funds_unbalanced"]'));

    await page.reload();
    await openStarted(page, page.url());
    assert.equal(await page.evaluate(() => document.querySelector('[data-field="unit.name"]').value), "桃江县总工会");
    await shows(page, '[data-indicator="budget_execution"]', "99.55%");
    assert.deepEqual(outside, [], "no request outside the site");
    await context.close();
  });

  // The page's media queries (the first screen's sheet, minified by Trunk: scripts/css-check.mjs) are read
  // here too: a minifier writing them in range syntax (Chromium 104+) switched all of them off.
  test(`Chromium ${v}: the layout fits the window: a project's name has room, a narrow window puts the results under the form, a short one lets the header scroll away`, async (t) => {
    const browser = await browserFor(t, entry);
    if (!browser) return;
    const { context, page, outside } = await freshPage(browser, { viewport: { width: 1366, height: 768 } });
    await openStarted(page, await site());
    await press(page, '[data-action="add-project"]');
    const name = '[data-field="spend.projects.0.name"]';
    const nameWidth = await until(page, "the project's name box", (s) => document.querySelector(s)?.getBoundingClientRect().width, name);
    assert.ok(nameWidth >= 300, `at 1366×768 the 项目名称 box is ${nameWidth} px wide: a long name is cut short`);

    await page.setViewportSize({ width: 960, height: 640 });
    const layout = await page.evaluate(() => {
      const [entry, results] = [".entry", "#results"].map((s) => document.querySelector(s).getBoundingClientRect());
      return { entryWidth: entry.width, entryBottom: entry.bottom, resultsTop: results.top };
    });
    assert.ok(layout.resultsTop >= layout.entryBottom, `at 960 px the results sit under the form: ${JSON.stringify(layout)}`);
    assert.ok(layout.entryWidth > 800, `at 960 px the form has the width: ${JSON.stringify(layout)}`);

    // A 1366×768 laptop at 125 %: about 1093×515 CSS pixels.
    await page.setViewportSize({ width: 1093, height: 515 });
    assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector(".app-header")).position), "static", "a short window's header scrolls away");
    assert.deepEqual(outside, [], "no request outside the site");
    await context.close();
  });

  test(`Chromium ${v}: a share link made by the current Chromium opens and imports; one made here opens there; a damaged one is refused`, async (t) => {
    const browser = await browserFor(t, entry);
    if (!browser) return;
    const link = await linkFromCurrentChromium();
    const { context, page, outside } = await freshPage(browser);
    await openStarted(page, link);
    const offer = await until(page, "the shared draft's summary", () => document.querySelector("[data-shared-draft]")?.textContent);
    for (const shown of ["桃江县总工会", "2024年度", "252.65万元", "99.55%"]) assert.ok(offer.includes(shown), `${shown} in ${offer}`);
    await press(page, '[data-action="import-shared"]');
    await shows(page, '[data-indicator="budget_execution"]', "99.55%");
    assert.equal(await page.evaluate(() => document.querySelector('[data-field="narrative.problems"]').value), "人员编制问题。");

    // A link made here (the same format: raw deflate, made through zlib) opens in the current Chromium.
    await press(page, '[data-action="show-drafts"]');
    await press(page, '[data-action="share-link"]');
    const made = await until(page, "the share link", () => document.querySelector("[data-share-link]")?.value);
    assert.match(made, /#jixiao=1\.[A-Za-z0-9_-]+$/);
    await context.close();
    const there = await (await currentChromium()).newContext();
    const { page: theirs } = await openApp(there, made);
    await theirs.locator("[data-shared-draft]").waitFor();
    assert.match(await theirs.locator("[data-shared-draft]").textContent(), /桃江县总工会.*99\.55%/s);
    await theirs.click('[data-action="import-shared"]');
    await theirs.locator('[data-indicator="budget_execution"]').filter({ hasText: "99.55%" }).waitFor();
    assert.equal(await theirs.locator('[data-field="narrative.problems"]').inputValue(), "人员编制问题。");
    await there.close();

    // Damaged and oversized links are refused here too (where raw deflate is read through zlib).
    const base = link.split("#")[0];
    const bomb = Buffer.from(deflateRawSync(Buffer.alloc(3 * 1024 * 1024, 32))).toString("base64url");
    for (const [url, reason] of [
      [link.slice(0, link.length - 200), /链接不完整或已被改动/],
      [`${base}#jixiao=1.${bomb}`, /数据过大/],
    ]) {
      const fresh = await freshPage(browser);
      await openStarted(fresh.page, url);
      const refused = await until(fresh.page, "the refusal", () => document.querySelector("[data-shared-refused]")?.textContent);
      assert.match(refused, reason);
      assert.equal(await fresh.page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("jixiao.draft.")).length), 0, "nothing stored");
      await fresh.context.close();
    }
    assert.deepEqual(outside, [], "no request outside the site");
  });

  test(`Chromium ${v}: 审校, 项目自评, the printed report, Back and Forward, and the Word file work`, async (t) => {
    const browser = await browserFor(t, entry);
    if (!browser) return;
    const { context, page, outside } = await freshPage(browser);
    await openStarted(page, await site());
    await loadExample(page);

    await press(page, '[data-action="show-audit"]');
    await enter(page, null, AUDIT_TEXT, '[data-audit="text"]');
    const claims = await until(page, "the audit's claims", () => {
      const all = [...document.querySelectorAll("[data-claim]")].map((c) => `${c.dataset.claim}:${c.dataset.verdict}`);
      return all.includes("funds_balance:mismatch") && all;
    });
    for (const expected of ["budget_execution:mismatch", "budget_control:mismatch", "staff_control:ok"]) assert.ok(claims.includes(expected), `${expected} in ${claims}`);

    await press(page, '[data-action="show-projects"]');
    await until(page, "the project table", () => document.querySelector('[data-project-eval="0"]'));
    const cell = (column) => `[data-field="spend.projects.0.indicators.0.${column}"]`;
    for (const [column, text] of [["name", "培训人次"], ["target", "43.2"], ["actual", "37.24"], ["points", "50"]]) await enter(page, null, text, cell(column));
    await shows(page, '[data-score="project.0.indicators.0"]', "43.10");

    await press(page, '[data-action="show-report"]');
    await until(page, "the report", () => document.querySelector(".report-title"));
    // Page numbers sit in @page margin boxes (Chromium 131+): the screen says the printout lacks them.
    const note = await page.evaluate(() => {
      const element = document.querySelector("[data-print-note]");
      return element && element.getClientRects().length > 0 ? element.textContent : "(no note shown)";
    });
    assert.match(note, /不带页码.*导出 Word/);
    const pdf = join(mkdtempSync(join(tmpdir(), "jixiao-")), `chromium-${v}.pdf`);
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true }));
    // These versions' PDFs map some characters to their compatibility forms (⼯ for 工): compare as NFKC.
    const plain = (text) => text.normalize("NFKC").replace(/\s+/g, "");
    const text = plain(execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }));
    assert.ok(text.includes(plain("2024年预算执行率99.55%=（支出合计252.65万元/全年预算数253.79万元）×100%")), "the indicators' sentences printed");
    assert.ok(text.includes("附件1") && text.includes("附件2") && text.includes("附件3"), "the attachments printed");
    assert.ok(!text.includes("不带页码"), "the note is for the screen only");
    // No heading is left alone at the foot of a page, its text on the next (break-after: avoid, which the
    // old print engine ignores: report.css keeps them together another way there).
    const headings = new Set((await page.evaluate(() => [...document.querySelectorAll(".report .h1, .report .h2, .report .h3")].map((h) => h.textContent))).map(plain));
    assert.ok(headings.size > 10, `the report's headings: ${[...headings]}`);
    const pageEnds = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).split("\f").map((p) => p.split("\n").map(plain).filter(Boolean).pop());
    const alone = pageEnds.map((last, i) => headings.has(last) && `page ${i + 1} ends with ${last}`).filter(Boolean);
    assert.deepEqual(alone, [], "no page ends with a heading");

    // The browser's Back and Forward step through the screens shown (history state, popstate), the page kept.
    const onScreen = (action) => until(page, `the screen of ${action}`, (a) => document.querySelector(`[data-action="${a}"]`)?.getAttribute("aria-pressed") === "true", action);
    await page.evaluate(() => { window.__samePage = true; history.back(); });
    await onScreen("show-projects");
    await page.evaluate(() => history.back());
    await onScreen("show-audit");
    await page.evaluate(() => history.forward());
    await onScreen("show-projects");
    assert.equal(await page.evaluate(() => window.__samePage), true, "the same page, not a reload");
    await press(page, '[data-action="show-report"]');
    await until(page, "the report again", () => document.querySelector(".report-title"));

    await press(page, '[data-action="export-docx"]');
    const docx = await until(page, "the Word file", async () => {
      const file = window.__downloads.find((d) => d.name.endsWith(".docx"));
      if (!file) return null;
      const bytes = new Uint8Array(await file.blob.arrayBuffer());
      return { name: file.name, size: bytes.length, magic: String.fromCharCode(bytes[0], bytes[1]) };
    });
    assert.equal(docx.name, "桃江县总工会2024年度部门整体支出绩效自评报告.docx");
    assert.equal(docx.magic, "PK", "a zip file");
    assert.ok(docx.size > 20_000, `${docx.size} bytes`);
    assert.deepEqual(outside, [], "no request outside the site");
    await context.close();
  });

  test(`Chromium ${v}: the single file opens from disk, computes and makes a share link`, async (t) => {
    const browser = await browserFor(t, entry);
    if (!browser) return;
    assert.ok(existsSync(SINGLE), "build it first: bash scripts/build-single.sh");
    const { context, page, outside } = await freshPage(browser);
    const url = pathToFileURL(SINGLE).href;
    await openStarted(page, url);
    await enter(page, "spend.personnel", "2,099,500元");
    await shows(page, '[data-total="basic"]', "209.95");
    await press(page, '[data-action="show-drafts"]');
    await press(page, '[data-action="share-link"]');
    const link = await until(page, "the share link", () => document.querySelector("[data-share-link]")?.value);
    assert.ok(link.startsWith(`${url}#jixiao=1.`), link);
    assert.deepEqual(outside, [], "no request outside the file");
    await context.close();
  });
}

test("a current browser keeps the strict policy: WebAssembly runs, JavaScript eval is refused (served and single file); it prints page numbers, so no note", async () => {
  const browser = await currentChromium();
  for (const url of [await site(), pathToFileURL(SINGLE).href]) {
    const context = await browser.newContext();
    const { page } = await openApp(context, url);
    await page.click('[data-action="show-report"]');
    await page.locator(".report-title").waitFor();
    assert.ok(await page.locator("[data-print-note]").isHidden(), "no note about page numbers");
    expectConsoleError(/Refused to evaluate a string as JavaScript/);
    const verdict = await page.evaluate(() => new Promise((done) => {
      // A script of the page's own (inline scripts are allowed): may it eval? Run from a timer: code
      // run while DevTools evaluates (as `evaluate` does) may always eval.
      window.__eval = done;
      const script = document.createElement("script");
      script.textContent = "try { eval('1'); __eval('allowed'); } catch (e) { __eval(e.name); }";
      setTimeout(() => document.body.appendChild(script));
    }));
    assert.equal(verdict, "EvalError", url);
    await context.close();
  }
});
