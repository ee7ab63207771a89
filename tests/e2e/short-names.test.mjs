// The build's short names (scripts/short-imports.mjs and scripts/short-exports.mjs, run by the post-build
// hook): a hand-made module and a glue shaped like the minified wasm-bindgen glue, renamed, still work
// together and give the same answer; what the glue reads another way keeps its name; and in the built
// site every export a glue reads is one its module has.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Reader, sections } from "../../scripts/wasm-check.mjs";
import { shortenImports } from "../../scripts/short-imports.mjs";
import { shortenExports } from "../../scripts/short-exports.mjs";
import { leb, name, section, vec } from "./wasm-writer.mjs";


const ANSWER = "__wbg_answer_5e1f0c3a9b7d2468";
const MALLOC = "__wbindgen_malloc";
const INVOKE = "wasm_bindgen__convert__closures_____invoke__h9a8b7c6d5e4f3a2b";
const INVOKE_14 = `${INVOKE}_14`;
const BY_STRING = "read_by_string";

/**
 * A module importing `answer` (→ i32) and exporting its memory and four functions: `answer() + 1`,
 * 2, 3 and 4. Function 0 is the import; 1–4 are its own.
 */
function module() {
  // Each body: no locals, the code, `end`.
  const bodies = [[0x10, 0x00, 0x41, 0x01, 0x6a], [0x41, 0x02], [0x41, 0x03], [0x41, 0x04]].map((code) => {
    const bytes = [0x00, ...code, 0x0b];
    return [...leb(bytes.length), ...bytes];
  });
  return Buffer.from([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    ...section(1, vec([[0x60, 0x00, 0x01, 0x7f]])),
    ...section(2, vec([[...name("wbg"), ...name(ANSWER), 0x00, 0x00]])),
    ...section(3, vec([[0x00], [0x00], [0x00], [0x00]])),
    ...section(5, vec([[0x00, 0x01]])),
    ...section(7, vec([
      [...name("memory"), 0x02, 0x00],
      [...name(MALLOC), 0x00, 0x01],
      [...name(INVOKE), 0x00, 0x02],
      [...name(INVOKE_14), 0x00, 0x03],
      [...name(BY_STRING), 0x00, 0x04],
    ])),
    ...section(10, vec(bodies)),
  ]);
}

/** A glue as terser leaves wasm-bindgen's: the imports as keys, the exports read as `W.name`. */
const GLUE = `function n(){const n={__proto__:null,${ANSWER}:function(){return 40}};return{__proto__:null,wbg:n}}` +
  `let W;function D(n){return W=n.exports,W}` +
  `export function run(m){D(new WebAssembly.Instance(m,n()));` +
  `return[W.${MALLOC}(),W.${MALLOC}(),W.${INVOKE}(),W.${INVOKE_14}(),W["${BY_STRING}"](),W.memory.buffer.byteLength]}`;

/** What the glue's `run` gives with this module. */
async function run(wasm, js) {
  const glue = await import(`data:text/javascript,${encodeURIComponent(js)}`);
  return glue.run(new WebAssembly.Module(wasm));
}

function exportNames(wasm) {
  const found = sections(wasm).find((s) => s.id === 7);
  const reader = new Reader(wasm, found.start, found.end);
  const names = [];
  for (let count = reader.u32(); count > 0; count--) {
    names.push(reader.name());
    reader.byte();
    reader.u32();
  }
  return names;
}

test("the hand-made module and its glue work as written", async () => {
  assert.ok(WebAssembly.validate(module()));
  assert.deepEqual(await run(module(), GLUE), [41, 41, 2, 3, 4, 65536]);
});

test("renamed imports and exports still meet: the same answers, from names of a letter or two", async () => {
  const imports = shortenImports(module(), GLUE);
  const { wasm, js, renamed } = shortenExports(imports.wasm, imports.js);
  assert.equal(imports.renamed, 1);
  assert.equal(renamed, 3, "malloc and both closures' entries");
  assert.ok(WebAssembly.validate(wasm));
  assert.deepEqual(await run(wasm, js), [41, 41, 2, 3, 4, 65536]);
  for (const long of [ANSWER, MALLOC, INVOKE]) assert.ok(!js.includes(long) && !wasm.includes(long), `${long} is gone from both`);
  const names = exportNames(wasm);
  // The memory (the bench reads it from outside the glue) and what the glue reads by a string keep theirs.
  assert.equal(names[0], "memory");
  assert.equal(names[4], BY_STRING);
  const short = names.slice(1, 4);
  assert.ok(short.every((n) => /^[A-Za-z]{1,2}$/.test(n)), short.join(" "));
  assert.equal(new Set(short).size, 3, "each its own");
  assert.ok(!short.includes("a"), "never the import's new name");
});

test("a glue that reads no export as W.name renames nothing, so the build can stop", () => {
  const elsewhere = GLUE.replace(/W\./g, "W?.");
  assert.equal(shortenExports(module(), elsewhere).renamed, 0);
  const noExports = GLUE.replace("W=n.exports", "W=n");
  const { wasm, js, renamed } = shortenExports(module(), noExports);
  assert.equal(renamed, 0);
  assert.equal(js, noExports);
  assert.deepEqual(wasm, module());
});

test("the built site: every export a glue reads is one its module has, and no hashed name is left", () => {
  assert.ok(existsSync("dist/index.html"), "build it first: bash scripts/build.sh");
  const modules = readdirSync("dist").filter((file) => file.endsWith("_bg.wasm"));
  assert.equal(modules.length, 2, modules.join(", "));
  for (const file of modules) {
    const wasm = readFileSync(join("dist", file));
    const js = readFileSync(join("dist", file.replace(/_bg\.wasm$/, ".js")), "utf8");
    const names = new Set(exportNames(wasm));
    const exports = js.match(/(?<![\w$.])([A-Za-z_$][\w$]*)=[A-Za-z_$][\w$]*\.exports(?![\w$])/)[1];
    const read = [...js.matchAll(new RegExp(`(?<![\\w$.])${exports.replace(/[$]/g, "\\$")}\\.([\\w$]+)`, "g"))].map((m) => m[1]);
    assert.ok(read.length > 10, file);
    assert.deepEqual(read.filter((n) => !names.has(n)), [], `${file}: read by its glue but not exported`);
    assert.ok(names.has("memory"), file);
    assert.deepEqual([...names].filter((n) => /_h[0-9a-f]{16}|__wbindgen_/.test(n)), [], `${file}: long names left`);
  }
});
