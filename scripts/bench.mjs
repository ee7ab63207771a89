// The performance budget (issue 14), measured in one run and printed as one table. Asserts nothing:
// the last section states each target, the figure measured and the gap.
//   1. bytes of every shipped asset (raw, gzip, brotli), the first visit's total and the single file;
//   2. where the Wasm bytes go, by crate and by the app's own modules (a build with names), the page's and the tools';
//   3. cold load (9 loads each, median and spread): navigation → first contentful paint → interactive, by
//      the yardstick's probe, side by side with the yardstick page (shared/yardstick) on the same server;
//   4. keystroke → indicator and score on screen, p50/p95 over 200 keystrokes, empty and 200 rows;
//   5. report preview rebuilt after an edit, with 200 rows; auditing the seed text; a reviewer's pile of a
//      hundred report files (.docx and .txt) read and audited;
//   6. JS heap and Wasm memory after load and after 1,000 edits.
// Usage: bash scripts/bench.sh   (builds the release site and the single file first; KB = 1,024 bytes)
import { execFileSync } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";
import { launch, loadExample } from "../tests/e2e/harness.mjs";
import { writeDocx } from "../tests/e2e/docx.mjs";
import { startStaticServer } from "./static-server.mjs";
import { interactiveProbe } from "./probe.mjs";

const KB = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${value.toFixed(1)} ms`;
const brotli = (body) => brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const quantile = (samples, q) => [...samples].sort((a, b) => a - b)[Math.min(samples.length - 1, Math.floor(q * samples.length))];
const spread = (samples) => `${ms(quantile(samples, 0.5))} (${ms(Math.min(...samples))}–${ms(Math.max(...samples))})`;
const targets = [];
const target = (what, measured, limit, unit, met = measured <= limit) =>
  targets.push([what, `${measured.toFixed(1)} ${unit}`, `≤ ${limit} ${unit}`, met ? "met" : `over by ${(measured - limit).toFixed(1)} ${unit}`]);
const table = (rows) => {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => String(r[c]).length)));
  for (const row of rows) console.log("  " + row.map((cell, c) => String(cell).padEnd(widths[c])).join("  "));
};

console.error("building the release site and the single file …");
execFileSync("bash", ["scripts/build.sh"], { stdio: ["ignore", "ignore", "inherit"] });
// Kept before the single file's build, which writes its own page module (with the tools in it) there.
const named = await mkdtemp(join(tmpdir(), "jixiao-names-"));
await cp("target/wasm32-unknown-unknown/release/jixiao.wasm", join(named, "jixiao.wasm"));
await cp("target/wasm32-unknown-unknown/release/jixiao-tools.wasm", join(named, "jixiao-tools.wasm"));
execFileSync("bash", ["scripts/build-single.sh"], { stdio: ["ignore", "ignore", "inherit"] });

// 1. Bytes.
console.log("\n1. Shipped assets");
const files = (await readdir("dist")).sort();
const rows = [["asset", "raw", "gzip", "brotli", "when"]];
let firstVisit = 0;
let toolsBytes = 0;
for (const name of files) {
  const body = await readFile(join("dist", name));
  const onDemand = name.startsWith("jixiao-tools");
  const when = onDemand ? "on first use of a tool (precached in the background)" : name === "sw.js" ? "first visit (registration)" : "first visit";
  if (!onDemand) firstVisit += brotli(body);
  else toolsBytes += brotli(body);
  rows.push([name, KB(body.length), KB(gzipSync(body, { level: 9 }).length), KB(brotli(body)), when]);
}
table(rows);
const single = (await stat("dist-single/jixiao.html")).size;
const everything = firstVisit + toolsBytes;
console.log(`  first visit (everything but the tools module): ${KB(firstVisit)} brotli; with the tools: ${KB(everything)}; single file: ${KB(single)}`);
target("first visit, brotli", firstVisit / 1024, 200, "KB");
target("everything ever fetched (tools included), brotli", everything / 1024, 300, "KB");
target("single HTML file", single / 1024, 400, "KB");
// The single file's module holds the page and the tools as one: the least any split can weigh in all.
const singleDist = "target/single/dist";
const oneModule = (await readdir(singleDist)).filter((f) => /\.(wasm|js)$/.test(f));
const union = (await Promise.all(oneModule.map((f) => readFile(join(singleDist, f))))).reduce((sum, body) => sum + brotli(body), 0);
console.log(`  page and tools as one module (the single file's Wasm and glue): ${KB(union)} brotli; fetched twice in the split: ${KB(firstVisit + toolsBytes - union)}`);

// 2. Where the Wasm bytes go: the cargo output (it keeps names) optimised as the shipped one is.
console.log("\n2. Where the page's Wasm code goes (a build with names, optimised like the shipped one)");
execFileSync("wasm-bindgen", ["--target", "web", "--keep-debug", "--out-dir", named, join(named, "jixiao.wasm")]);
const features = ["bulk-memory", "nontrapping-float-to-int", "sign-ext", "mutable-globals", "reference-types", "multivalue"].map((f) => `--enable-${f}`);
execFileSync("wasm-opt", ["-Oz", "-g", "--low-memory-unused", ...features, join(named, "jixiao_bg.wasm"), "-o", join(named, "opt.wasm")]);
const owners = codeOwners(await readFile(join(named, "opt.wasm")));
const shippedWasm = files.find((f) => f.endsWith("_bg.wasm") && !f.startsWith("jixiao-tools"));
const shippedBrotli = brotli(await readFile(join("dist", shippedWasm)));
const codeTotal = [...owners.crates.values()].reduce((a, b) => a + b, 0);
const share = (bytes) => `${((100 * bytes) / codeTotal).toFixed(1)}%`;
const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
table([["crate", "code bytes", "share", "≈ brotli"], ...top(owners.crates, 14).map(([k, v]) => [k, v, share(v), KB((shippedBrotli * v) / codeTotal)])]);
console.log("  the app's own modules (jixiao::…):");
table([["module", "code bytes", "share"], ...top(owners.modules, 20).map(([k, v]) => [k, v, share(v)])]);
console.log(`  besides code: data (texts, tables) ${KB(owners.data)} raw; imports and tables of the JS glue ${KB(owners.glue)} raw`);

// 2b. The same for the tools module: where the 300 KB of everything ever fetched would have to come from.
console.log("\n2b. Where the tools module's Wasm code goes (a build with names, optimised like the shipped one)");
execFileSync("wasm-bindgen", ["--target", "web", "--keep-debug", "--out-dir", named, join(named, "jixiao-tools.wasm")]);
execFileSync("wasm-opt", ["-Oz", "-g", "--low-memory-unused", ...features, join(named, "jixiao-tools_bg.wasm"), "-o", join(named, "tools-opt.wasm")]);
const toolOwners = codeOwners(await readFile(join(named, "tools-opt.wasm")));
const toolsWasm = files.find((f) => f.endsWith("_bg.wasm") && f.startsWith("jixiao-tools"));
const toolsBrotli = brotli(await readFile(join("dist", toolsWasm)));
const toolsCode = [...toolOwners.crates.values()].reduce((a, b) => a + b, 0);
const toolsShare = (bytes) => `${((100 * bytes) / toolsCode).toFixed(1)}%`;
table([["crate", "code bytes", "share", "≈ brotli"], ...top(toolOwners.crates, 8).map(([k, v]) => [k, v, toolsShare(v), KB((toolsBrotli * v) / toolsCode)])]);
console.log("  the app's own modules (jixiao::…):");
table([["module", "code bytes", "share", "≈ brotli"], ...top(toolOwners.modules, 16).map(([k, v]) => [k, v, toolsShare(v), KB((toolsBrotli * v) / toolsCode)])]);
console.log(`  besides code: data (texts, tables) ${KB(toolOwners.data)} raw`);

// 3–6 in Chromium, served by one server: the site and the yardstick.
const root = await mkdtemp(join(tmpdir(), "jixiao-bench-"));
await cp("dist", root, { recursive: true });
const server = await startStaticServer({ root });
const browser = await launch();
const SEED_TEXT = await readFile("tests/fixtures/taojiang-federation-of-trade-unions-2024.txt", "utf8");

// The yardstick (shared/yardstick, copied in scripts/yardstick so a clean clone has it): the smallest
// hand-written page that honours the page contract, served by the same server as the app.
const YARDSTICK = await readFile("../shared/yardstick/index.html").catch(() => readFile("scripts/yardstick/index.html"));
await writeFile(join(root, "yardstick.html"), YARDSTICK);

async function newPage() {
  const context = await browser.newContext({ serviceWorkers: "block", acceptDownloads: true });
  await context.addInitScript(interactiveProbe);
  return { context, page: await context.newPage() };
}

/** Opens a fresh page of the app, ready (interactive, the probe's figure cleared). */
async function freshApp() {
  const opened = await newPage();
  await opened.page.goto(server.url);
  await opened.page.evaluate(() => window.__interactiveAt);
  await opened.page.locator('[data-field="spend.personnel"]').fill("");
  return opened;
}

console.log("\n3. Cold load, fresh profile each, the app and the yardstick alternately (median of 9, min–max)");
const loads = { app: { fcp: [], interactive: [], wasm: [] }, yardstick: { fcp: [], interactive: [] } };
for (let i = 0; i < 9; i++) {
  for (const which of ["app", "yardstick"]) {
    const { context, page } = await newPage();
    await page.goto(which === "app" ? server.url : `${server.url}yardstick.html`);
    loads[which].interactive.push(await page.evaluate(() => window.__interactiveAt));
    loads[which].fcp.push(await page.evaluate(() => new Promise((done) => {
      const seen = () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime;
      if (seen()) return done(seen());
      new PerformanceObserver(() => seen() && done(seen())).observe({ type: "paint", buffered: true });
    })));
    if (which === "app") {
      loads.app.wasm.push(await page.evaluate(() => performance.getEntriesByType("resource").find((r) => r.name.endsWith("_bg.wasm"))?.responseEnd ?? NaN));
    }
    await context.close();
  }
}
table([
  ["page", "first contentful paint", "interactive (a figure typed into 人员经费 shows in 基本支出)"],
  ["yardstick", spread(loads.yardstick.fcp), spread(loads.yardstick.interactive)],
  ["jixiao", spread(loads.app.fcp), spread(loads.app.interactive)],
]);
// Where the app's load time goes: until its Wasm has arrived, then compiling, instantiating and the
// first render (what the first screen needs; the rest follows after the first paint, a part per task).
const arrived = quantile(loads.app.wasm, 0.5);
console.log(`  of the app's ${ms(quantile(loads.app.interactive, 0.5))}: page, glue and Wasm arrived by ${ms(arrived)}; ` +
  `compile, instantiate, first render and the first keystroke answered ${ms(quantile(loads.app.interactive.map((t, i) => t - loads.app.wasm[i]), 0.5))}`);
target("app interactive ÷ yardstick interactive", quantile(loads.app.interactive, 0.5) / quantile(loads.yardstick.interactive, 0.5), 2, "×");

/**
 * Sets `field` to each value by an input event and times until every `watched` element has changed
 * (`dom`), and until the browser has laid out and painted the frame that shows it (`frame`).
 */
function keystrokes(page, field, watched, values) {
  return page.evaluate(async ([field, watched, values]) => {
    const input = document.querySelector(`[data-field="${field}"]`);
    const times = { dom: [], frame: [] };
    for (const value of values) {
      const before = watched.map((selector) => document.querySelector(selector)?.textContent);
      const shown = new Promise((resolve, reject) => {
        const changed = () => watched.every((selector, i) => document.querySelector(selector)?.textContent !== before[i]);
        const observer = new MutationObserver(() => changed() && (observer.disconnect(), resolve()));
        observer.observe(document.body, { characterData: true, childList: true, subtree: true });
        // A watched element that never changes is a broken benchmark, not a slow app: say which.
        setTimeout(() => reject(new Error(`no change in ${watched.filter((s, i) => document.querySelector(s)?.textContent === before[i])} after ${field} = ${value}`)), 5000);
      });
      const start = performance.now();
      input.value = value;
      input.dispatchEvent(new Event("input", { bubbles: true }));
      await shown;
      const dom = performance.now() - start;
      // A task posted from the next animation frame runs once that frame has been rendered.
      await new Promise((painted) => requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = painted;
        channel.port2.postMessage(0);
      }));
      times.dom.push(dom);
      times.frame.push(performance.now() - start);
    }
    return times;
  }, [field, watched, values]);
}

/** A draft with 200 project rows, imported as a file. */
async function importRows(page) {
  const fields = { "unit.name": "基准测试单位", "unit.year": "2024", "budget.initial": "2300", "spend.personnel": "100" };
  for (let i = 0; i < 200; i++) {
    fields[`spend.projects.${i}.name`] = `项目${i + 1}`;
    fields[`spend.projects.${i}.budget`] = "10";
    fields[`spend.projects.${i}.actual`] = "10";
  }
  await page.click('[data-action="show-drafts"]');
  await page.locator('[data-action="import-draft"]').setInputFiles({
    name: "bench.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ format: "jixiao-draft", schema: 1, fields })),
  });
  await page.locator('[data-file-status="ok"]').waitFor();
  await page.click('[data-action="show-form"]');
  await page.locator('[data-field="spend.projects.199.actual"]').waitFor();
}

console.log("\n4. Keystroke → indicator and score on screen, 200 keystrokes each");
const alternate = (a, b, n = 200) => Array.from({ length: n }, (_, i) => (i % 2 ? a : b));
const { context, page } = await freshApp();
await page.locator('[data-field="staff.quota.admin"]').fill("100");
// 101% and 102%: both the rate and its score (−0.5 per point over) change with every keystroke.
const empty = await keystrokes(page, "staff.actual.admin", ['[data-indicator="staff_control"]', '[data-score="staff_control"]'], alternate("101", "102"));
await importRows(page);
const many = await keystrokes(page, "spend.projects.150.actual", ['[data-indicator="budget_execution"]', '[data-score="budget_execution"]'], alternate("10", "400"));
const latency = (name, { dom, frame }) => [name, ms(quantile(dom, 0.5)), ms(quantile(dom, 0.95)), ms(Math.max(...dom)), ms(quantile(frame, 0.5)), ms(quantile(frame, 0.95))];
table([
  ["draft", "p50", "p95", "max", "frame painted p50", "p95"],
  latency("empty (one figure typed)", empty),
  latency("200 project rows", many),
]);
console.log("  (p50/p95/max: until the indicator and its score show the new values in the page; frame painted:");
console.log("   until the browser has also laid out and painted them, which on a slow machine is mostly its layout)");
target("keystroke p95, 200 rows", quantile(many.dom, 0.95), 16, "ms");
target("keystroke to frame painted p95, 200 rows", quantile(many.frame, 0.95), 33, "ms");

/** A draft of 20 projects, each with a 项目支出绩效自评表 of 15 indicator rows, imported as a file. */
async function importProjectTables(page) {
  const fields = { "unit.name": "基准测试单位", "unit.year": "2024" };
  const heads = [["产出指标", "数量指标"], ["产出指标", "质量指标"], ["产出指标", "时效指标"], ["效益指标", "社会效益指标"], ["满意度指标", "服务对象满意度指标"]];
  for (let n = 0; n < 20; n++) {
    Object.assign(fields, { [`spend.projects.${n}.name`]: `项目${n + 1}`, [`spend.projects.${n}.budget`]: "50", [`spend.projects.${n}.actual`]: "45", [`spend.projects.${n}.initial`]: "50" });
    for (let k = 0; k < 15; k++) {
      const [level1, level2] = heads[Math.floor(k / 3)];
      const row = `spend.projects.${n}.indicators.${k}`;
      Object.assign(fields, { [`${row}.level1`]: level1, [`${row}.level2`]: level2, [`${row}.name`]: `第${k + 1}项工作完成率`,
        [`${row}.target`]: "≥95%", [`${row}.actual`]: "96%", [`${row}.points`]: "6" });
    }
  }
  await page.click('[data-action="show-drafts"]');
  await page.locator('[data-action="import-draft"]').setInputFiles({
    name: "projects.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ format: "jixiao-draft", schema: 3, fields })),
  });
  await page.locator('[data-file-status="ok"]').waitFor();
  await page.click('[data-action="show-projects"]');
  await page.locator('[data-score="project.19.total"]').waitFor();
}

console.log("\n4b. The project view: 20 projects × 15 indicator rows, a keystroke in one row's 实际完成值 → its score and the total");
{
  const { context: projectContext, page: projects } = await freshApp();
  await importProjectTables(projects);
  const cell = "spend.projects.10.indicators.7.actual";
  const watched = ['[data-score="project.10.indicators.7"]', '[data-score="project.10.total"]'];
  const rows = await keystrokes(projects, cell, watched, alternate("80%", "90%"));
  table([["project view", "p50", "p95", "max", "frame painted p50", "p95"], latency("20 projects × 15 rows", rows)]);
  target("project view keystroke p95, 20 × 15 rows", quantile(rows.dom, 0.95), 16, "ms");
  const cdpProjects = await projectContext.newCDPSession(projects);
  const measure = async () => {
    await cdpProjects.send("HeapProfiler.collectGarbage");
    return projects.evaluate(() => ({ heap: performance.memory.usedJSHeapSize, wasm: window.__wasm.memory.buffer.byteLength }));
  };
  // Memory grows once to its working size; after a first thousand edits it must stay flat.
  await keystrokes(projects, cell, watched.slice(0, 1), alternate("80%", "90%", 1000));
  const first = await measure();
  await keystrokes(projects, cell, watched.slice(0, 1), alternate("80%", "90%", 1000));
  const last = await measure();
  const grown = (last.heap - first.heap) / 1024;
  console.log(`  memory across the second 1,000 edits in the project view: JS heap ${KB(first.heap)} → ${KB(last.heap)}, Wasm ${KB(first.wasm)} → ${KB(last.wasm)}`);
  targets.push(["memory across 1,000 edits, project view open", `JS heap ${grown >= 0 ? "+" : ""}${grown.toFixed(0)} KB, Wasm +${((last.wasm - first.wasm) / 1024).toFixed(0)} KB`, "flat (within noise)", Math.abs(grown) < 512 && last.wasm === first.wasm ? "met" : "check"]);
  await projectContext.close();
}

console.log("\n5. Report preview rebuilt after an edit (200 rows), and auditing the seed text");
await page.click('[data-action="show-report"]');
await page.locator(".report-title").waitFor();
const preview = await keystrokes(page, "spend.projects.150.actual", [".report"], alternate("11", "12", 30));
await page.click('[data-action="show-audit"]');
await page.locator('[data-audit="text"]').waitFor();
/** Pastes `text` into the audit box `times` times; the time until its claims are marked, each time. */
async function pastes(text, times) {
  const samples = [];
  for (let i = 0; i < times; i++) {
    samples.push(await page.evaluate(([text, i]) => new Promise((done) => {
      const box = document.querySelector('[data-audit="text"]');
      const results = document.querySelector(".audit-results");
      results.textContent = "";
      const start = performance.now();
      new MutationObserver((_, o) => results.querySelector("[data-claim]") && (o.disconnect(), done(performance.now() - start)))
        .observe(results, { childList: true, subtree: true });
      box.value = text + " ".repeat(i);
      box.dispatchEvent(new Event("paste"));
    }), [text, i]));
  }
  return samples;
}
const audits = await pastes(SEED_TEXT, 10);
// Over a hundred pages: the seed report (about 7 pages as printed) twenty times over.
const longAudits = await pastes(SEED_TEXT.repeat(20), 5);
// A table's rows run together as one line of 200,000 characters (as some Word files give their text).
const longLine = await pastes(SEED_TEXT + "办公设备购置\t12.50\t12.30\t98.40%\t".repeat(7700), 3);
// A list run on for 200,000 characters without a comma or a sentence end (sources joined by “、”).
const longList = await pastes(SEED_TEXT + "资金来源为中央补助1万元、".repeat(15400), 3);
table([
  ["what", "median", "p95"],
  ["preview rebuild, 200 rows", ms(quantile(preview.dom, 0.5)), ms(quantile(preview.dom, 0.95))],
  ["audit of the seed text (paste → marked text)", ms(quantile(audits, 0.5)), ms(quantile(audits, 0.95))],
  ["audit of a 140-page report (the seed × 20)", ms(quantile(longAudits, 0.5)), ms(quantile(longAudits, 0.95))],
  ["audit of one 200,000-character line (a table's rows run together)", ms(quantile(longLine, 0.5)), ms(quantile(longLine, 0.95))],
  ["audit of one 200,000-character list joined by “、”", ms(quantile(longList, 0.5)), ms(quantile(longList, 0.95))],
]);
target("preview rebuild p95, 200 rows", quantile(preview.dom, 0.95), 100, "ms");

// A reviewer's pile: a hundred files (the corpus as .docx written by Python, and as .txt), chosen at once;
// from the choice to the last row.
const pileDir = await mkdtemp(join(tmpdir(), "jixiao-pile-"));
const corpus = (await readdir("tests/fixtures/audit")).filter((f) => f.endsWith(".txt")).sort();
const pile = [];
for (const [i, name] of corpus.entries()) {
  const text = await readFile(join("tests/fixtures/audit", name), "utf8");
  writeDocx(join(pileDir, "template.docx"), text);
  const docx = await readFile(join(pileDir, "template.docx"));
  for (let k = i; k < 100; k += corpus.length) {
    const file = join(pileDir, `报告${String(k).padStart(3, "0")}${k % 2 ? ".txt" : ".docx"}`);
    await writeFile(file, k % 2 ? text : docx);
    pile.push(file);
  }
}
const piles = [];
// 清空列表 asks before it empties a pile: yes.
const emptyPile = (dialog) => dialog.accept();
page.on("dialog", emptyPile);
for (let run = 0; run < 3; run++) {
  await page.click('[data-action="show-audit"]');
  await page.evaluate(() => {
    const clear = [...document.querySelectorAll(".audit-pile button")].find((b) => b.textContent === "清空列表");
    clear?.click();
    const input = document.querySelector('[data-audit="files"]');
    const progress = document.querySelector(".audit-progress");
    window.__pile = new Promise((done) => {
      let start;
      input.addEventListener("change", () => (start = performance.now()), { capture: true, once: true });
      new MutationObserver((_, o) => progress.textContent.startsWith("已读取 100 份") && (o.disconnect(), done(performance.now() - start)))
        .observe(progress, { childList: true, characterData: true, subtree: true });
    });
  });
  await page.setInputFiles('[data-audit="files"]', pile);
  piles.push(await page.evaluate(() => window.__pile));
}
page.off("dialog", emptyPile);
table([["what", "median", "max"], ["a hundred report files (50 .docx, 50 .txt) read and audited, to the last row", ms(quantile(piles, 0.5)), ms(Math.max(...piles))]]);
target("a hundred report files, median", quantile(piles, 0.5), 5000, "ms");
target("audit of the seed text, median", quantile(audits, 0.5), 50, "ms");
target("audit of a 140-page report, p95", quantile(longAudits, 0.95), 1000, "ms");

console.log("\n6. Memory after load and after 1,000 edits (200 rows, after garbage collection)");
await page.click('[data-action="show-form"]');
const cdp = await context.newCDPSession(page);
const memory = async () => {
  await cdp.send("HeapProfiler.collectGarbage");
  return page.evaluate(() => ({ heap: performance.memory.usedJSHeapSize, wasm: window.__wasm.memory.buffer.byteLength }));
};
const before = await memory();
await keystrokes(page, "spend.projects.150.actual", ['[data-indicator="budget_execution"]'], alternate("10", "400", 1000));
const after = await memory();
table([
  ["", "JS heap", "Wasm memory"],
  ["after load (200 rows)", KB(before.heap), KB(before.wasm)],
  ["after 1,000 edits", KB(after.heap), KB(after.wasm)],
]);
const growth = (after.heap - before.heap) / 1024;
targets.push(["memory across 1,000 edits", `JS heap ${growth >= 0 ? "+" : ""}${growth.toFixed(0)} KB, Wasm +${((after.wasm - before.wasm) / 1024).toFixed(0)} KB`, "flat (within noise)", Math.abs(growth) < 512 && after.wasm === before.wasm ? "met" : "check"]);

// The share link of the seed draft: its figures (as a clerk shares a draft in progress), then with the
// published report's whole text (the example), which no link carries below 2,000 characters.
{
  const { context: fresh, page: shared } = await freshApp();
  await loadExample(shared);
  const link = async () => {
    await shared.click('[data-action="show-drafts"]');
    await shared.click('[data-action="share-link"]');
    return (await shared.locator("[data-share-link]").inputValue()).length;
  };
  const withText = await link();
  await shared.click('[data-action="show-form"]');
  for (const id of ["unit.duties", "unit.structure", "narrative.performance", "narrative.problems", "narrative.causes", "narrative.improvements"]) {
    await shared.locator(`[data-field="${id}"]`).fill("");
  }
  target("share link of the seed draft (figures)", await link(), 2000, "characters");
  target("share link of the seed draft with the report's full text", withText, 2000, "characters");
  await fresh.close();
}

console.log("\nTargets");
table([["target", "measured", "budget", "gap"], ...targets]);
await browser.close();
await server.close();

/** Code bytes per crate and per `jixiao::a::b` module, from a module's name section and code bodies. */
function codeOwners(buf) {
  let p = 8;
  const leb = () => { let r = 0, s = 0, b; do { b = buf[p++]; r += (b & 0x7f) * 2 ** s; s += 7; } while (b & 0x80); return r; };
  const str = () => { const n = leb(); const t = buf.subarray(p, p + n).toString(); p += n; return t; };
  let imported = 0, data = 0, glue = 0;
  const bodies = [], names = new Map();
  while (p < buf.length) {
    const id = buf[p++], size = leb(), end = p + size;
    if (id === 2) {
      glue += size;
      const n = leb();
      for (let i = 0; i < n; i++) {
        str(); str();
        const kind = buf[p++];
        if (kind === 0) { imported++; leb(); }
        else if (kind === 1) { p++; if (buf[p++] & 1) { leb(); leb(); } else leb(); }
        else if (kind === 2) { if (buf[p++] & 1) { leb(); leb(); } else leb(); }
        else if (kind === 3) p += 2;
      }
    }
    if (id === 9) glue += size;
    if (id === 11) data += size;
    if (id === 10) { const n = leb(); for (let i = 0; i < n; i++) { const s = leb(); bodies.push(s); p += s; } }
    if (id === 0 && str() === "name") {
      while (p < end) {
        const sub = buf[p++], length = leb(), next = p + length;
        if (sub === 1) { const n = leb(); for (let i = 0; i < n; i++) { const index = leb(); names.set(index, str()); } }
        p = next;
      }
    }
    p = end;
  }
  const crates = new Map(), modules = new Map();
  const add = (map, key, n) => map.set(key, (map.get(key) ?? 0) + n);
  bodies.forEach((size, i) => {
    const name = (names.get(i + imported) ?? "").replace(/^[<&*\s]+|^(dyn |impl |mut )+/g, "");
    const crate = name.match(/^([A-Za-z_][A-Za-z0-9_]*)::/)?.[1] ?? "(unnamed: std glue, closures)";
    const own = name.match(/jixiao::(\w+::\w+|\w+)/)?.[1]?.replace(/::h[0-9a-f]{16}$/, " (the page's entry, with what was inlined into it)");
    add(crates, own && crate !== "jixiao" ? `${crate} (for jixiao)` : crate, size);
    if (own) add(modules, own, size);
  });
  return { crates, modules, data, glue };
}
