// Takes screenshots of the built app for a person to look at (not a test).
// Usage: node scripts/screenshots.mjs [out-dir]   (needs dist/ built)
import { mkdir } from "node:fs/promises";
import { launch, serve, openApp, typeInto, loadExample } from "../tests/e2e/harness.mjs";

const out = process.argv[2] ?? "target/screenshots";
await mkdir(out, { recursive: true });
const browser = await launch();
const server = await serve("/");

const MESSY = [
  ["budget.initial", "150"], ["budget.policy_additions", "80"], ["staff.actual.admin", "9"],
  ["spend.public", "12.5"], ["budget.reductions", "1e3"], ["sangong.budget", "5"],
  ["disclosure.final_approved", "2024-10-01"], ["disclosure.final_published", "2024-11-12"],
];

for (const [name, width, height] of [["desktop", 1366, 768], ["phone", 390, 844]]) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
  const { page } = await openApp(context, server.url);
  await page.screenshot({ path: `${out}/${name}-empty.png` });
  await loadExample(page);
  await page.locator('[data-finding="funds_unbalanced"]').waitFor();
  await page.screenshot({ path: `${out}/${name}-seed.png` });
  await page.screenshot({ path: `${out}/${name}-seed-full.png`, fullPage: true });
  for (const [id, text] of MESSY) await typeInto(page, id, text);
  await page.locator('[data-finding="disclosure_late"]').waitFor();
  await page.screenshot({ path: `${out}/${name}-findings.png` });
  await page.locator(".findings").screenshot({ path: `${out}/${name}-findings-panel.png` });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  console.log(`${name}: horizontal overflow ${overflow}px`);
  await context.close();
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}/`);
