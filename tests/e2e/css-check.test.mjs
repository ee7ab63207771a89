// The build's guard for old browsers' style sheets (scripts/css-check.mjs, run by the post-build hook):
// what it finds on hand-made sheets, the one rewrite the build makes, and every sheet the built site
// ships — the page's file, index.html's own, and the ones the tools module puts in the page, read as the
// page holds them — with nothing Chromium 86 does not read.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { assertReadByChromium86, newerThanChromium86, oldMediaQueries } from "../../scripts/css-check.mjs";
import { launch, openApp, serve, loadExample } from "./harness.mjs";

const found = (css) => newerThanChromium86(css).map((use) => use.since);

test("what Chromium 86 reads passes", () => {
  const sheet = `
    /* A comment may say (width <= 700px) or :is(.a) or inset: 0. */
    @media (max-width: 700px) and (min-height: 20em) { .a > .b:not(.c), .d::before { content: "x:is(y) {z}"; margin: 0 auto; } }
    @media print { @page { size: A4; @bottom-right { content: counter(page); } } .e { break-after: page; } }
    @supports not (height: 1dvh) { .f { padding-bottom: 2em; } }
    @supports selector(:has(a)) { .g { color: #123; } }
    @keyframes spin { from { transform: rotate(0deg); } 50% { opacity: .5; } }
    .h:not([hidden]):focus-visible { grid-template-columns: minmax(0, 1fr) 12rem; gap: 0.5rem 1rem; top: 0; left: 0; }
    .i { text-wrap: pretty; width: calc(100% - 1rem); border-radius: 4px; }`;
  assert.deepEqual(newerThanChromium86(sheet), []);
  assert.doesNotThrow(() => assertReadByChromium86("old.css", sheet));
});

test("range media queries, nesting, newer selectors, properties, values and at-rules are each found", () => {
  assert.deepEqual(found("@media (width>=701px){.a{width:44%}}"), [104]);
  assert.deepEqual(found("@media screen and (400px <= width <= 700px) { .a { b: c } }"), [104]);
  assert.deepEqual(found("@import url(x.css) (height<560px);"), [104]);
  assert.deepEqual(found(".a { color: red; .b { color: blue } }"), [112]);
  assert.deepEqual(found(".a { &:hover { color: blue } }"), [112]);
  assert.deepEqual(found(".a { @media (max-width: 5em) { color: blue } }"), [112]);
  assert.deepEqual(found(":is(.a, .b) .c {} .d:where(.e) {} .f:has(> .g) {} .h:not(.i .j) {} .k:not(.l, .m) {}"), [88, 88, 105, 88, 88]);
  assert.deepEqual(found(".a { inset: 0 } .b { inset-inline-start: 0 } .c { margin-inline: auto; padding-block: 1em }"), [87, 87, 87, 87]);
  assert.deepEqual(found(".a { aspect-ratio: 4 / 3; scale: 2; container-type: inline-size; overflow-x: clip }"), [88, 104, 105, 90]);
  assert.deepEqual(found(".a { color: color-mix(in srgb, red, blue); background: oklch(70% 0.1 200); border-color: hwb(0 0% 0%) }"), [111, 111, 101]);
  assert.deepEqual(found(".a { margin-top: 1lh; height: 100dvh; width: 50cqi; padding: 1rlh }"), [109, 108, 105, 111]);
  assert.deepEqual(found("@container (min-width: 30em) { .a { b: c } } @layer base { .a { b: c } }"), [105, 99]);
  // What looks alike but is not: a class named like a unit, a hex colour, a word inside a string.
  assert.deepEqual(found(".x1lh { color: #1dd; content: 'inset: 0'; font: 12px/1.5 serif }"), []);
});

test("the build names the sheet and what it uses, and says what to do", () => {
  assert.throws(() => assertReadByChromium86("app-1234.css", "@media (width<=700px){.a{b:c}}.d{inset:0}"),
    /app-1234\.css uses CSS that Chromium 86 does not read: range syntax in a media query \(Chromium 104\) in “\(width<=700px\)”; inset \(Chromium 87\) in “inset:0”\. Write it in a form Chromium 86 reads/);
});

test("media queries in range syntax are written back in min-/max- form, and then pass", () => {
  // What lightningcss writes for max-width, min-width and max-height when it has no browser targets.
  const minified = "@media (height<=560px){.h{position:static}}.w{grid-template-columns:1fr}@media (width<=1000px){.w{padding:.75rem}}" +
    "@media (width>=701px){.p td.n{width:44%}}@media screen and (600px<=width) and (width<=900px){.q{x:y}}";
  const rewritten = oldMediaQueries(minified);
  assert.equal(rewritten, "@media (max-height:560px){.h{position:static}}.w{grid-template-columns:1fr}@media (max-width:1000px){.w{padding:.75rem}}" +
    "@media (min-width:701px){.p td.n{width:44%}}@media screen and (min-width:600px) and (max-width:900px){.q{x:y}}");
  assert.deepEqual(newerThanChromium86(rewritten), []);
  // A strict comparison has no min-/max- form: it stays, for the check to name.
  assert.equal(oldMediaQueries("@media (width>700px){.a{b:c}}"), "@media (width>700px){.a{b:c}}");
  // Outside a media query nothing changes, not even what looks like one.
  assert.equal(oldMediaQueries('.a::after{content:"(width<=1px)"}'), '.a::after{content:"(width<=1px)"}');
});

test("the built site's style sheets, and the ones the tools module puts in the page, are all read by Chromium 86", async () => {
  assert.ok(existsSync("dist/index.html"), "build it first: bash scripts/build.sh");
  const files = readdirSync("dist").filter((name) => name.endsWith(".css"));
  assert.ok(files.length >= 1, "the page's sheet is a file of its own");
  for (const name of files) assert.deepEqual(newerThanChromium86(readFileSync(join("dist", name), "utf8")), [], name);
  const index = readFileSync("dist/index.html", "utf8");
  for (const [, css] of index.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) assert.deepEqual(newerThanChromium86(css), [], "index.html's <style>");

  // The tools module's sheets live in its Wasm: read as the page holds them once each tool has drawn.
  const [browser, server] = [await launch(), await serve("/")];
  try {
    const context = await browser.newContext();
    const { page } = await openApp(context, server.url);
    await loadExample(page);
    // Each screen's sheet as it is drawn (a screen left may take its own with it).
    const sheets = [];
    for (const [action, drawn] of [["show-report", ".report-title"], ["show-audit", "[data-audit=text]"], ["show-projects", "[data-project-eval]"], ["show-drafts", "[data-action=share-link]"]]) {
      await page.click(`[data-action="${action}"]`);
      await page.locator(drawn).first().waitFor();
      sheets.push(...await page.evaluate(() => [...document.querySelectorAll("style")].map((style) => ({ where: style.id || style.parentElement.className, css: style.textContent }))));
    }
    assert.ok(sheets.some((s) => s.where === "report-styles"), "the report's sheet is in the page");
    assert.ok(sheets.some((s) => s.css.includes(".audit")), "the 审校's sheet is in the page");
    assert.ok(sheets.some((s) => s.css.includes(".eval-")), "the project tables' sheet is in the page");
    for (const { where, css } of sheets) assert.deepEqual(newerThanChromium86(css), [], where);
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
});
