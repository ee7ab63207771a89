// Trunk post_build hook: runs once Trunk has staged the built site in $TRUNK_STAGING_DIR.
//   1. The tools module (built un-hashed, as Trunk does for workers) is named by its content, and
//      `window.jixiaoTools()`, which loads it on first use, is written into index.html.
//   2. Release builds: the JS glue is minified (Trunk's minifier leaves it alone; measured −1.6 KB
//      brotli) and its integrity hash in index.html updated.
// One script for all post-build steps: Trunk runs hooks of one stage in parallel.
import { createHash } from "node:crypto";
import { readdir, readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { minify } from "terser";

const staging = process.env.TRUNK_STAGING_DIR;
const release = process.env.TRUNK_PROFILE === "release";
if (!staging) throw new Error("post-build.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)");

const TOOLS = "jixiao-tools";
const integrity = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
const shortHash = (...parts) => {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part);
  return hash.digest("hex").slice(0, 16);
};

async function minifyScripts(html) {
  for (const name of await readdir(staging)) {
    if (!name.endsWith(".js")) continue;
    const path = join(staging, name);
    const original = await readFile(path);
    const { code } = await minify(original.toString(), { module: true, compress: true, mangle: true });
    await writeFile(path, code);
    html = html.replaceAll(integrity(original), integrity(Buffer.from(code)));
  }
  return html;
}

/** Renames the tools module by its content and writes its loader; returns the new index.html. */
async function nameTools(html) {
  const js = await readFile(join(staging, `${TOOLS}.js`));
  const wasm = await readFile(join(staging, `${TOOLS}_bg.wasm`));
  const base = `${TOOLS}-${shortHash(js, wasm)}`;
  await rename(join(staging, `${TOOLS}.js`), join(staging, `${base}.js`));
  await rename(join(staging, `${TOOLS}_bg.wasm`), join(staging, `${base}_bg.wasm`));
  // One load per page; a failed load (offline before the first visit finished) may be retried.
  const loader = `<script>window.jixiaoTools=()=>window.jixiaoToolsLoading??=import("./${base}.js")` +
    `.then(async t=>{await t.default({module_or_path:"./${base}_bg.wasm"});return t})` +
    `.catch(e=>{window.jixiaoToolsLoading=null;throw e});</script>`;
  // Before the title: the minified page has no <head> tag to anchor to.
  return html.replace("<title>", `${loader}<title>`);
}

const indexPath = join(staging, "index.html");
let html = (await readFile(indexPath)).toString();
if (release) html = await minifyScripts(html);
html = await nameTools(html);
await writeFile(indexPath, html);
