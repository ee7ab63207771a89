// The single-file build (run by scripts/build-single.sh).
//   1. A page like index.html, but with the tools inside the page's own Wasm module (one module: the
//      code both share is then stored once), is built by Trunk into target/single/dist.
//   2. Its CSS is inlined; its JS glue and Wasm go in as one gzip bundle in base 85 (6% smaller than
//      base64, whose 4/3 growth would put the file over its 400 KB budget), decompressed by the
//      browser's DecompressionStream (file:// cannot fetch), the glue then imported from a blob: URL.
//   3. The result is written to dist-single/jixiao.html; its path is the last line printed.
// The page keeps its drafts under the same localStorage keys as the served tool (prefix `jixiao.`).
import { execFileSync } from "node:child_process";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { gzipSync, constants } from "node:zlib";

const WORK = "target/single";
const DIST = join(WORK, "dist");
const OUT = "dist-single/jixiao.html";

/** index.html with the tools built into the page's module instead of beside it. */
function singlePage(index) {
  const toolsLink = /\s*<!-- The on-demand tools[\s\S]*?<link data-trunk rel="rust" data-bin="jixiao-tools"[^>]*>/;
  const appLink = /<link data-trunk rel="rust" data-bin="jixiao"/;
  if (!toolsLink.test(index) || !appLink.test(index)) throw new Error("index.html: the Wasm links were not found");
  return index
    .replace(toolsLink, "")
    .replace(appLink, '<link data-trunk rel="rust" href="../../Cargo.toml" data-bin="jixiao" data-cargo-features="tools"')
    .replaceAll('href="style/', 'href="../../style/');
}

/**
 * What a file:// page may do: run its own inline code and the module it unpacks, and nothing else.
 * 'unsafe-eval' as on the served page: browsers from Chromium 110 get 'wasm-unsafe-eval' instead
 * (index.html's script adds the stricter policy), older ones need it to compile WebAssembly.
 */
const POLICY = "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval' blob:; style-src 'unsafe-inline'; " +
  "img-src data: blob:; object-src 'none'; base-uri 'none'; form-action 'none'";

/** Base 85 digits that need no escaping in HTML script text (no <, &, quotes or backslash). */
const DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz!#$%()*+,-.:;=?@^_`{|}~";

/** `bytes` in base 85: each 4 bytes (big-endian, the last group padded with zeros) as 5 digits. */
function base85(bytes) {
  const padded = Buffer.concat([bytes, Buffer.alloc((4 - (bytes.length % 4)) % 4)]);
  let out = "";
  for (let i = 0; i < padded.length; i += 4) {
    let value = padded.readUInt32BE(i);
    let group = "";
    for (let k = 0; k < 5; k++) {
      group = DIGITS[value % 85] + group;
      value = Math.floor(value / 85);
    }
    out += group;
  }
  return out;
}

/**
 * Unpacks the bundle, starts the app, and serves `window.jixiaoTools()` from the same module. No
 * top-level `await` (Chromium 89+): the steps are an async function's, and a failure is a rejected
 * promise, which the page's boot script reports.
 */
const START = `<script type=module>
(async () => {
  const bundle = document.getElementById("jixiao-bundle");
  const digits = ${JSON.stringify(DIGITS)}, value = new Uint8Array(128);
  for (let i = 0; i < 85; i++) value[digits.charCodeAt(i)] = i;
  const text = bundle.textContent, length = Number(bundle.dataset.length);
  const packed = new Uint8Array(Math.ceil(length / 4) * 4);
  for (let i = 0, j = 0; j < packed.length; i += 5, j += 4) {
    let v = 0;
    for (let k = 0; k < 5; k++) v = v * 85 + value[text.charCodeAt(i + k)];
    packed[j] = v >>> 24; packed[j + 1] = (v >>> 16) & 255; packed[j + 2] = (v >>> 8) & 255; packed[j + 3] = v & 255;
  }
  const stream = new Blob([packed.subarray(0, length)]).stream().pipeThrough(new DecompressionStream("gzip"));
  const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
  const glueLength = new DataView(bytes.buffer).getUint32(0);
  const glue = URL.createObjectURL(new Blob([bytes.subarray(4, 4 + glueLength)], { type: "text/javascript" }));
  const bindings = await import(glue);
  const wasm = await bindings.default({ module_or_path: bytes.subarray(4 + glueLength) });
  window.wasmBindings = bindings;
  window.jixiaoTools = () => Promise.resolve(bindings);
  dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
})();
</script>`;

function replaceOnce(html, pattern, replacement, what) {
  if (!pattern.test(html)) throw new Error(`the built page has no ${what}`);
  return html.replace(pattern, replacement);
}

async function inline() {
  const files = await readdir(DIST);
  const find = (test, what) => {
    const name = files.find(test);
    if (!name) throw new Error(`target/single/dist has no ${what}`);
    return name;
  };
  const glue = await readFile(join(DIST, find((f) => f.endsWith(".js"), "JS glue")));
  const wasm = await readFile(join(DIST, find((f) => f.endsWith("_bg.wasm"), "Wasm module")));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(glue.length);
  const bundle = gzipSync(Buffer.concat([length, glue, wasm]), { level: constants.Z_BEST_COMPRESSION });

  let html = await readFile(join(DIST, "index.html"), "utf8");
  for (const css of files.filter((f) => f.endsWith(".css"))) {
    const style = (await readFile(join(DIST, css), "utf8")).replaceAll("</", "<\\/");
    html = replaceOnce(html, new RegExp(`<link href=\\.?/?${css.replace(".", "\\.")}[^>]*>`), () => `<style>${style}</style>`, css);
  }
  html = replaceOnce(html, /<link [^>]*rel=modulepreload[^>]*>/, "", "module preload");
  html = replaceOnce(html, /<link [^>]*rel=preload[^>]*>/, "", "Wasm preload");
  html = replaceOnce(html, /<script type=module>[\s\S]*?<\/script>/, "", "Trunk loader");
  html = replaceOnce(html, /<meta content="[^"]*" http-equiv=Content-Security-Policy>/,
    () => `<meta content="${POLICY}" http-equiv=Content-Security-Policy>`, "content security policy");
  const payload = `<script id=jixiao-bundle type=application/octet-stream data-length=${bundle.length}>${base85(bundle)}</script>${START}`;
  return replaceOnce(html, /<\/body>|$/, (end) => `${payload}${end}`, "end");
}

const index = await readFile("index.html", "utf8");
await mkdir(WORK, { recursive: true });
await writeFile(join(WORK, "index.html"), singlePage(index));
execFileSync("trunk", ["build", join(WORK, "index.html"), "--release", "--offline", "--locked", "--dist", DIST], {
  stdio: ["ignore", process.stderr, process.stderr],
  env: { ...process.env, JIXIAO_BUILD: "single" },
});
const html = await inline();
await mkdir("dist-single", { recursive: true });
await writeFile(OUT, html);
console.error(`one file, ${html.length} bytes (${Math.round(Buffer.byteLength(html) / 1024)} KiB)`);
console.log(resolve(OUT));
