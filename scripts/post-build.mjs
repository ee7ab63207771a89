// Trunk post_build hook: runs once Trunk has staged the built site in $TRUNK_STAGING_DIR.
//   1. The tools module (built un-hashed, as Trunk does for workers) is named by its content, and
//      `window.jixiaoTools()`, which loads it on first use, is written into index.html.
//   2. Release builds: the JS glue is minified (Trunk's minifier leaves it alone; measured −1.6 KB
//      brotli). index.html carries no integrity hashes (`data-integrity="none"`, see there); Trunk
//      leaves that attribute on the style sheets' links, where it means nothing: it goes.
//   1b. Release builds: the page's module drops what Leptos links in for server functions, which this
//      app has none of — wasm-streams' JS stream adapters (IntoUnderlyingSource, …Sink, …ByteSource),
//      exported from the Wasm with their JS classes, so no linker could drop them: their exports and
//      classes go and wasm-opt removes the code behind them (measured −0.9 KB brotli on the first visit).
//   2b. Release builds: each module's imports get names of a letter or two, in its Wasm and its glue
//      alike (scripts/short-imports.mjs; measured −4.3 KB brotli on the first visit), and so do the
//      functions it exports to its glue (scripts/short-exports.mjs; −0.4 KB).
//   0. Every Wasm module is checked to need nothing Chromium 86 lacks (scripts/wasm-check.mjs): a
//      toolchain or flag change that brings back reference types fails the build, naming the module.
//   0b. Every style sheet, the page's (the file and index.html's own) and the tools module's (style/),
//      likewise (scripts/css-check.mjs), once the media queries Trunk's minifier wrote in range syntax
//      (Chromium 104+; 86–103 drop every rule under them) are written back in min-/max- form.
//   3. Release builds: sw.js, the service worker that keeps the site working offline after one visit,
//      precaching every file of this build, and its registration in index.html. (Development builds
//      register none: a stale worker would serve yesterday's files while you work.)
// One script for all post-build steps: Trunk runs hooks of one stage in parallel.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { minify } from "terser";
import { assertRunsInChromium86 } from "./wasm-check.mjs";
import { assertReadByChromium86, oldMediaQueries } from "./css-check.mjs";
import { shortenImports } from "./short-imports.mjs";
import { shortenExports } from "./short-exports.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
const release = process.env.TRUNK_PROFILE === "release";
// The single-file build (scripts/build-single.sh) has the tools inside the page's own module and is
// opened from disk, where no service worker can run.
const single = process.env.JIXIAO_BUILD === "single";
if (!staging) throw new Error("post-build.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)");

const TOOLS = "jixiao-tools";

/** The page's module without the stream adapters server functions would use (step 1b above). */
async function dropStreamAdapters() {
  const glue = (await readdir(staging)).find((name) => name.endsWith(".js") && name.startsWith("jixiao-") && !name.startsWith(TOOLS));
  if (!glue) return;
  const js = join(staging, glue), wasm = join(staging, glue.replace(/\.js$/, "_bg.wasm"));
  const before = (await readFile(js)).toString();
  // wasm-bindgen writes each class as `export class X {` … `}`, then `if (Symbol.dispose) X…;`, and a
  // `const XFinalization = … ;` of three lines: all found by name, or the build stops.
  const classes = /^export class (IntoUnderlying\w+) \{\n[\s\S]*?^\}\nif \(Symbol\.dispose\) \1\.prototype\[Symbol\.dispose\] = \1\.prototype\.free;\n/gm;
  const registries = /^const IntoUnderlying\w+Finalization = [^;]*;\n/gm;
  const after = before.replace(classes, "").replace(registries, "");
  if (/IntoUnderlying/.test(after) || after === before) throw new Error(`post-build: the stream adapters in ${glue} are not as expected`);
  await writeFile(js, after);
  const features = ["bulk-memory", "nontrapping-float-to-int", "sign-ext", "mutable-globals"].map((f) => `--enable-${f}`);
  execFileSync("wasm-opt", [...features, "--remove-exports", "--pass-arg=remove-exports@*intounderlying*", "-Os", "--low-memory-unused",
    "--strip-producers", "--strip-target-features", wasm, "-o", wasm]);
}
const shortHash = (...parts) => {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part);
  return hash.digest("hex").slice(0, 16);
};

/** Step 2b: every module of the build with its glue, imports and exports renamed short in both. */
async function shortenAllNames() {
  for (const name of await readdir(staging)) {
    if (!name.endsWith("_bg.wasm")) continue;
    const wasmPath = join(staging, name), jsPath = join(staging, name.replace(/_bg\.wasm$/, ".js"));
    const imports = shortenImports(await readFile(wasmPath), (await readFile(jsPath)).toString());
    if (!imports.renamed) throw new Error(`post-build: no import of ${name} was found in its glue to rename`);
    const exports = shortenExports(imports.wasm, imports.js);
    if (!exports.renamed) throw new Error(`post-build: no export of ${name} was found read by its glue to rename`);
    if (!WebAssembly.validate(exports.wasm)) throw new Error(`post-build: ${name} is no valid module once its names are shortened`);
    await writeFile(wasmPath, exports.wasm);
    await writeFile(jsPath, exports.js);
  }
}

async function minifyScripts() {
  for (const name of await readdir(staging)) {
    if (!name.endsWith(".js")) continue;
    const path = join(staging, name);
    const { code } = await minify((await readFile(path)).toString(), { module: true, compress: true, mangle: true });
    await writeFile(path, code);
  }
}

/** Renames the tools module by its content and writes its loader; returns the new index.html. */
async function nameTools(html) {
  const js = await readFile(join(staging, `${TOOLS}.js`));
  const wasm = await readFile(join(staging, `${TOOLS}_bg.wasm`));
  const base = `${TOOLS}-${shortHash(js, wasm)}`;
  await rename(join(staging, `${TOOLS}.js`), join(staging, `${base}.js`));
  await rename(join(staging, `${TOOLS}_bg.wasm`), join(staging, `${base}_bg.wasm`));
  // One load per page; a failed load (offline before the first visit finished) may be retried. Once
  // started, the module puts the report's style sheet in place (it draws the report; the page does not).
  const loader = `<script>window.jixiaoTools=()=>window.jixiaoToolsLoading??=import("./${base}.js")` +
    `.then(async t=>{await t.default({module_or_path:"./${base}_bg.wasm"});t.install_styles();return t})` +
    `.catch(e=>{window.jixiaoToolsLoading=null;throw e});</script>`;
  // Before the title: the minified page has no <head> tag to anchor to.
  return html.replace("<title>", `${loader}<title>`);
}

/** Step 0b: the staged sheets and `html`'s own made readable by Chromium 86, or the build stops; returns `html`. */
async function readableByChromium86(html) {
  for (const name of await readdir(staging)) {
    if (!name.endsWith(".css")) continue;
    const path = join(staging, name);
    const css = oldMediaQueries((await readFile(path)).toString());
    assertReadByChromium86(name, css);
    await writeFile(path, css);
  }
  const sources = new URL("../style/", import.meta.url);
  for (const name of await readdir(sources)) {
    if (name.endsWith(".css")) assertReadByChromium86(`style/${name}`, await readFile(new URL(name, sources), "utf8"));
  }
  return html.replace(/(<style\b[^>]*>)([\s\S]*?)(<\/style>)/g, (_, open, css, close) => {
    const readable = oldMediaQueries(css);
    assertReadByChromium86("index.html's <style>", readable);
    return open + readable + close;
  });
}

/** The service worker for the files now staged, and its registration in `html`. */
async function writeServiceWorker(html) {
  const files = (await readdir(staging)).filter((name) => name !== "sw.js").sort();
  const contents = await Promise.all(files.map((name) => (name === "index.html" ? Buffer.from(html) : readFile(join(staging, name)))));
  const worker = (await readFile(new URL("./sw.template.js", import.meta.url), "utf8"))
    .replace('"__BUILD__"', JSON.stringify(shortHash(...contents)))
    .replace("[/* __FILES__ */]", JSON.stringify(["./", ...files.map((name) => `./${name}`)]));
  // Minified like the glue: every first visit fetches it (sw.template.js is the readable source). Its
  // top-level names are its own (a worker shares its global scope with no other script): mangled too.
  const { code } = await minify(worker, { compress: true, mangle: true, toplevel: true });
  await writeFile(join(staging, "sw.js"), code);
  // The worker's scope is its own folder, so the site works from any sub-path; never on file://.
  // Registered once the app has started, so that its precaching never competes with the first load.
  const register = `<script>if("serviceWorker"in navigator&&location.protocol!=="file:")` +
    `addEventListener("TrunkApplicationStarted",function(){navigator.serviceWorker.register("./sw.js").catch(function(){})})</script>`;
  return html.replace("<title>", `${register}<title>`);
}

if (release && !single) await dropStreamAdapters();
for (const name of await readdir(staging)) {
  if (name.endsWith(".wasm")) assertRunsInChromium86(name, await readFile(join(staging, name)));
}
const indexPath = join(staging, "index.html");
let html = (await readFile(indexPath)).toString().replace(/ data-integrity="?none"?/g, "");
html = await readableByChromium86(html);
if (release) await minifyScripts();
if (release) await shortenAllNames();
if (!single) html = await nameTools(html);
if (release && !single) html = await writeServiceWorker(html);
await writeFile(indexPath, html);
