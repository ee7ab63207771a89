// Prints the figures the performance budget is judged by (it asserts nothing; targets are noted):
//   - shipped size, raw and brotli (first visit ≤ 200 KB brotli)
//   - cold load: time until the app is mounted
//   - keystroke latency: input event → the affected total shown (≤ one frame, 16 ms), with the seed
//     draft and with 200 project rows
// Usage: node scripts/bench.mjs   (needs dist/ built: bash scripts/build.sh)
import { readdir, readFile, stat } from "node:fs/promises";
import { brotliCompressSync, constants } from "node:zlib";
import { launch, serve, openApp } from "../tests/e2e/harness.mjs";

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

let raw = 0, brotli = 0;
for (const name of await readdir("dist")) {
  const body = await readFile(`dist/${name}`);
  const packed = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  raw += (await stat(`dist/${name}`)).size;
  brotli += packed;
  console.log(`  ${name.padEnd(40)} ${kb(body.length).padStart(10)} raw ${kb(packed).padStart(10)} brotli`);
}
console.log(`shipped: ${kb(raw)} raw, ${kb(brotli)} brotli (budget 200 KB brotli)`);

const browser = await launch();
const server = await serve("/");

async function median(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

// Cold load, five times, each in a fresh profile.
const loads = [];
for (let i = 0; i < 5; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const start = Date.now();
  await page.goto(server.url);
  await page.locator('[data-indicator="staff_control"]').waitFor();
  loads.push(Date.now() - start);
  await context.close();
}
console.log(`cold load to mounted app: median ${await median(loads)} ms (${loads.join(", ")})`);

/** Times input events on `field` until `[data-total=total]` shows the new value, inside the page. */
async function keystrokes(page, fieldSelector, totalSelector, values) {
  return page.evaluate(async ([fieldSelector, totalSelector, values]) => {
    const input = document.querySelector(fieldSelector);
    const total = document.querySelector(totalSelector);
    const times = [];
    for (const value of values) {
      const before = total.textContent;
      const shown = new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (total.textContent !== before) { observer.disconnect(); resolve(); }
        });
        observer.observe(total, { characterData: true, childList: true, subtree: true });
      });
      const start = performance.now();
      input.value = value;
      input.dispatchEvent(new Event("input", { bubbles: true }));
      await shown;
      times.push(performance.now() - start);
    }
    return times;
  }, [fieldSelector, totalSelector, values]);
}

const values = Array.from({ length: 30 }, (_, i) => `${200 + i}.5`);
const context = await browser.newContext();
const { page } = await openApp(context, server.url);
await page.click('[data-action="load-example"]');
const seed = await keystrokes(page, '[data-field="spend.personnel"]', '[data-total="basic"]', values);
console.log(`keystroke → total shown, seed draft: median ${(await median(seed)).toFixed(2)} ms, max ${Math.max(...seed).toFixed(2)} ms`);

// 200 project rows, imported as a draft file.
const fields = { "unit.name": "基准测试单位", "unit.year": "2024", "spend.personnel": "100" };
for (let i = 0; i < 200; i++) {
  fields[`spend.projects.${i}.name`] = `项目${i + 1}`;
  fields[`spend.projects.${i}.budget`] = "10";
  fields[`spend.projects.${i}.actual`] = `${i}.25`;
}
await page.click('[data-action="show-drafts"]');
await page.locator('[data-action="import-draft"]').setInputFiles({
  name: "bench.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify({ format: "jixiao-draft", schema: 1, fields })),
});
await page.locator('[data-file-status="ok"]').waitFor();
await page.click('[data-action="show-form"]');
await page.locator('[data-field="spend.projects.199.actual"]').waitFor();
const many = await keystrokes(page, '[data-field="spend.projects.150.actual"]', '[data-total="projects"]', values);
console.log(`keystroke → total shown, 200 project rows: median ${(await median(many)).toFixed(2)} ms, max ${Math.max(...many).toFixed(2)} ms (budget one frame, 16 ms)`);

await browser.close();
await server.close();
