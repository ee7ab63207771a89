// The single-file build (run by scripts/build-single.sh).
//   1. A page like index.html, but with the tools inside the page's own Wasm module (one module: the
//      code both share is then stored once), is built by Trunk into target/single/dist.
//   2. Its CSS, JS glue and Wasm go in as one raw LZMA bundle (xz; 22% smaller than gzip), in
//      the script's text byte for byte: the page is declared windows-1252, where every byte is one
//      character, so the bundle grows only by the few bytes escaped (base 85 would add 25% and put the file
//      over its 400 KB budget). Every other non-ASCII character is written as an HTML, CSS or JS escape.
//      scripts/single-file-start.js unpacks it in the browser (file:// cannot fetch) and imports the glue
//      from a blob: URL.
//   3. The result is written to dist-single/jixiao.html; its path is the last line printed.
// The page keeps its drafts under the same localStorage keys as the served tool (prefix `jixiao.`).
import { execFileSync } from "node:child_process";
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { minify } from "terser";

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
 * What a file:// page may do: run its own inline code and the module it unpacks, and nothing else but
 * read itself again where a web server serves it under another charset (single-file-start.js).
 * 'unsafe-eval' as on the served page: browsers from Chromium 110 get 'wasm-unsafe-eval' instead
 * (index.html's script adds the stricter policy), older ones need it to compile WebAssembly.
 */
const POLICY = "default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval' blob:; style-src 'unsafe-inline'; connect-src 'self'; " +
  "img-src data: blob:; object-src 'none'; base-uri 'none'; form-action 'none'";

/** How xz writes the bundle; the decoder in single-file-start.js is told the same lc, lp and pb. */
const LZMA = { lc: 4, lp: 0, pb: 0 };
const XZ_ARGS = ["--format=raw", `--lzma1=preset=9e,lc=${LZMA.lc},lp=${LZMA.lp},pb=${LZMA.pb},nice=273`, "--stdout"];

/**
 * Bytes the HTML parser would change in a script's text (NUL becomes U+FFFD, CR becomes LF) or could read
 * as markup (`<`), and the escape byte itself: each is written as ESCAPE and its index here.
 */
const ESCAPE = 0x01;
const ESCAPED = [ESCAPE, 0x00, 0x0d, 0x3c];

/** `bytes` with every byte of ESCAPED written as ESCAPE and its index. */
function escaped(bytes) {
  const out = [];
  for (const byte of bytes) {
    const index = ESCAPED.indexOf(byte);
    if (index < 0) out.push(byte);
    else out.push(ESCAPE, index);
  }
  return Buffer.from(out);
}

/** The check the page recomputes over the unpacked bytes before it runs them. */
function checksum(bytes) {
  let sum = 0;
  for (const byte of bytes) sum = (Math.imul(sum, 31) + byte) >>> 0;
  return sum;
}

/**
 * `html` in ASCII alone, so that declaring the page windows-1252 changes nothing: non-ASCII characters
 * become JS escapes in scripts, CSS escapes in style sheets, and character references elsewhere.
 */
function asciiOnly(html) {
  const nonAscii = /[^\x00-\x7f]/gu;
  const hex = (char) => char.codePointAt(0).toString(16);
  return html.replace(/(<script\b[^>]*>)([\s\S]*?)(?=<\/script>)|(<style\b[^>]*>)([\s\S]*?)(?=<\/style>)|[^<]+|</g,
    (all, scriptTag, script, styleTag, style) => {
      if (scriptTag) return scriptTag + script.replace(/[^\x00-\x7f]/g, (unit) => `\\u${unit.charCodeAt(0).toString(16).padStart(4, "0")}`);
      if (styleTag) return styleTag + style.replace(nonAscii, (char) => `\\${hex(char).padStart(6, "0")}`);
      return all.replace(nonAscii, (char) => `&#x${hex(char)};`);
    });
}

/** The script that unpacks the bundle and starts the app, with this build's constants filled in. */
async function startScript() {
  const source = await readFile("scripts/single-file-start.js", "utf8");
  const constants = { LC: LZMA.lc, LP: LZMA.lp, PB: LZMA.pb, ESCAPE, ESCAPED: JSON.stringify(ESCAPED) };
  const filled = source.replace(/\$\{(\w+)\}/g, (_, name) => String(constants[name]));
  return (await minify(filled, { module: true, ecma: 2020 })).code;
}

function replaceOnce(html, pattern, replacement, what) {
  if (!pattern.test(html)) throw new Error(`the built page has no ${what}`);
  return html.replace(pattern, replacement);
}

/** The page as bytes: its markup in ASCII, declared windows-1252, with the bundle's bytes in a script. */
async function inline() {
  const files = await readdir(DIST);
  const find = (test, what) => {
    const name = files.find(test);
    if (!name) throw new Error(`target/single/dist has no ${what}`);
    return name;
  };
  const glue = await readFile(join(DIST, find((f) => f.endsWith(".js"), "JS glue")));
  const wasm = await readFile(join(DIST, find((f) => f.endsWith("_bg.wasm"), "Wasm module")));
  // The style sheets go into the bundle too (14 KB less than inline, compressed with the rest): the app
  // needs them only once it starts, and the loading notice has its own style in the page.
  let html = await readFile(join(DIST, "index.html"), "utf8");
  const sheets = [];
  for (const css of files.filter((f) => f.endsWith(".css"))) {
    sheets.push(await readFile(join(DIST, css)));
    html = replaceOnce(html, new RegExp(`<link href=\\.?/?${css.replace(".", "\\.")}[^>]*>`), "", css);
  }
  const style = Buffer.concat(sheets.flatMap((sheet) => [sheet, Buffer.from("\n")]));
  // [style's length][style][glue's length][glue][Wasm], lengths as 32-bit big-endian.
  const length = (part) => Buffer.from([part.length >>> 24, (part.length >>> 16) & 255, (part.length >>> 8) & 255, part.length & 255]);
  const bytes = Buffer.concat([length(style), style, length(glue), glue, wasm]);
  const bundle = execFileSync("xz", XZ_ARGS, { input: bytes, maxBuffer: 1 << 28 });

  html = replaceOnce(html, /<link [^>]*rel=modulepreload[^>]*>/, "", "module preload");
  html = replaceOnce(html, /<link [^>]*rel=preload[^>]*>/, "", "Wasm preload");
  html = replaceOnce(html, /<script type=module>[\s\S]*?<\/script>/, "", "Trunk loader");
  html = replaceOnce(html, /<meta content="[^"]*" http-equiv=Content-Security-Policy>/,
    () => `<meta content="${POLICY}" http-equiv=Content-Security-Policy>`, "content security policy");
  html = replaceOnce(html, /<meta charset=utf-8>/, "<meta charset=windows-1252>", "charset");
  // The bundle's place is marked with a NUL, which the page's text never holds.
  const open = `<script id=jixiao-bundle type=application/octet-stream data-size=${bytes.length} data-sum=${checksum(bytes)}>`;
  const start = `</script><script type=module>${await startScript()}</script>`;
  html = asciiOnly(replaceOnce(html, /<\/body>|$/, (end) => `${open}\0${start}${end}`, "end"));
  if (/[^\x00-\x7f]/.test(html)) throw new Error("the page is not ASCII after escaping");
  const [before, after] = html.split("\0");
  return Buffer.concat([Buffer.from(before, "ascii"), escaped(bundle), Buffer.from(after, "ascii")]);
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
console.error(`one file, ${html.length} bytes (${Math.round(html.length / 1024)} KiB)`);
console.log(resolve(OUT));
