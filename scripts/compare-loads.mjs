// Compares cold loads of two or more builds of the site, for a change to the start that the bench's
// median of 9 cannot tell apart (it moves by ±10 ms between runs on a small machine). Each build is
// served by its own server; loads alternate between them, a fresh browser profile each, timed by the
// yardstick's probe (scripts/probe.mjs). Prints the median and quartiles of each.
//
//   node scripts/compare-loads.mjs [loads=15] dist /tmp/dist-with-the-change ...
//
// Copies of dist/ edited by hand are fine (index.html carries no integrity hashes to keep in step).
import { launch } from "../tests/e2e/harness.mjs";
import { interactiveProbe } from "./probe.mjs";
import { startStaticServer } from "./static-server.mjs";

const args = process.argv.slice(2);
const loads = /^\d+$/.test(args[0] ?? "") ? Number(args.shift()) : 15;
if (args.length < 2) throw new Error("usage: node scripts/compare-loads.mjs [loads] <site dir> <site dir> ...");

const servers = await Promise.all(args.map((root) => startStaticServer({ root })));
const browser = await launch();
const times = args.map(() => []);
for (let round = 0; round < loads; round++) {
  for (const [i, server] of servers.entries()) {
    const context = await browser.newContext({ serviceWorkers: "block" });
    await context.addInitScript(interactiveProbe);
    const page = await context.newPage();
    await page.goto(server.url);
    times[i].push(await page.evaluate(() => window.__interactiveAt));
    await context.close();
  }
}
const at = (sorted, q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(1);
console.log(`interactive (a figure typed into 人员经费 shows in 基本支出), ${loads} loads each, alternated`);
for (const [i, dir] of args.entries()) {
  const sorted = times[i].sort((a, b) => a - b);
  console.log(`  ${dir.padEnd(32)} median ${at(sorted, 0.5)} ms   quartiles ${at(sorted, 0.25)}–${at(sorted, 0.75)} ms`);
}
await browser.close();
await Promise.all(servers.map((server) => server.close()));
