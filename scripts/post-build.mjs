// Trunk post_build hook: runs once Trunk has staged the built site in $TRUNK_STAGING_DIR.
//   - release builds: minify wasm-bindgen's JS glue (Trunk's own minifier leaves it alone; measured
//     −1.6 KB brotli) and write the new integrity hash into index.html.
// One script for all post-build steps: Trunk runs hooks of one stage in parallel.
import { createHash } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { minify } from "terser";

const staging = process.env.TRUNK_STAGING_DIR;
const release = process.env.TRUNK_PROFILE === "release";
if (!staging) throw new Error("post-build.mjs runs as a Trunk hook (TRUNK_STAGING_DIR is not set)");

const integrity = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;

async function minifyGlue(indexHtml) {
  let html = indexHtml;
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

const indexPath = join(staging, "index.html");
let html = (await readFile(indexPath)).toString();
if (release) html = await minifyGlue(html);
await writeFile(indexPath, html);
