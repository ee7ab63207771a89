// The build's guard for old browsers (scripts/wasm-check.mjs, run by the post-build hook): which
// WebAssembly features a module needs, read on hand-made modules (each also checked as valid by Node's
// own WebAssembly), and the built site's modules needing nothing Chromium 86 lacks.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { assertRunsInChromium86, missingInChromium86, requiredFeatures, sections } from "../../scripts/wasm-check.mjs";
import { leb, name, section, vec } from "./wasm-writer.mjs";

const wasm = (...parts) => Uint8Array.from([0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00, ...parts.flat()]);
const [I32, I64, F64, V128, FUNCREF, EXTERNREF] = [0x7f, 0x7e, 0x7c, 0x7b, 0x70, 0x6f];
const types = (...signatures) => section(1, vec(signatures.map(([params, results]) => [0x60, ...vec(params.map((p) => [p])), ...vec(results.map((r) => [r]))])));
const tables = (...elements) => section(4, vec(elements.map((element) => [element, 0x00, 0x01])));
const memory = (flags) => section(5, vec([[flags, 0x01, ...(flags & 1 ? [0x02] : [])]]));
const targetFeatures = (...features) => section(0, [...name("target_features"), ...vec(features.map((f) => [f.charCodeAt(0), ...name(f.slice(1))]))]);

/** The features a valid module needs (and that it is valid: Node's engine has every feature used here). */
function needs(bytes) {
  assert.ok(WebAssembly.validate(bytes), "the hand-made module is valid WebAssembly");
  return requiredFeatures(bytes);
}

test("a module of the first WebAssembly version needs nothing more", () => {
  assert.deepEqual(needs(wasm()), []);
  assert.deepEqual(needs(wasm(types([[I32, I64], [F64]], [[], []]), tables(FUNCREF), memory(0x01))), []);
  assert.deepEqual(sections(wasm(types([[], []]), memory(0x00))).map((s) => s.id), [1, 5]);
});

test("several results need multivalue, which Chromium 86 has", () => {
  const bytes = wasm(types([[I32], [I32, I32]]));
  assert.deepEqual(needs(bytes), ["multivalue"]);
  assert.deepEqual(missingInChromium86(bytes), []);
  assertRunsInChromium86("multivalue.wasm", bytes);
});

test("reference types, as wasm-bindgen's externref glue needs them, are found wherever they show", () => {
  const cases = {
    "an externref table (wasm-bindgen's)": wasm(tables(EXTERNREF)),
    "a second table": wasm(tables(FUNCREF, FUNCREF)),
    "an import taking externref": wasm(types([[EXTERNREF], []]), section(2, vec([[...name("wbg"), ...name("f"), 0x00, 0x00]]))),
    "an imported externref table": wasm(section(2, vec([[...name("wbg"), ...name("t"), 0x01, EXTERNREF, 0x00, 0x00]]))),
  };
  for (const [what, bytes] of Object.entries(cases)) {
    assert.ok(needs(bytes).includes("reference-types"), what);
    assert.deepEqual(missingInChromium86(bytes), ["reference-types"], what);
    assert.throws(() => assertRunsInChromium86("page_bg.wasm", bytes), /page_bg\.wasm needs WebAssembly features that Chromium 86–95 lack: reference-types\..*\.cargo\/config\.toml/, what);
  }
});

test("SIMD and shared memory are named too", () => {
  assert.deepEqual(needs(wasm(types([[V128], []]))), ["simd128"]);
  assert.deepEqual(needs(wasm(section(5, vec([[0x03, 0x01, 0x01]])))), ["threads (shared memory)"]);
});

test("the linker's target_features section counts its + entries only", () => {
  const linked = wasm(targetFeatures("+bulk-memory", "+reference-types", "-multivalue", "+sign-ext"), section(0, [...name("producers"), 0x00]));
  assert.deepEqual(needs(linked), ["bulk-memory", "reference-types", "sign-ext"]);
  assert.deepEqual(missingInChromium86(linked), ["reference-types"]);
  // What .cargo/config.toml makes the linker write.
  const ours = wasm(targetFeatures("+bulk-memory", "+bulk-memory-opt", "+call-indirect-overlong", "+mutable-globals", "+nontrapping-fptoint", "+sign-ext"));
  assert.deepEqual(missingInChromium86(ours), []);
});

test("what is not a whole module is refused, not passed", () => {
  assert.throws(() => requiredFeatures(Uint8Array.from([0x7f, 0x45, 0x4c, 0x46, 1, 0, 0, 0])), /not a WebAssembly module/);
  const whole = wasm(types([[I32], [I32]]));
  assert.throws(() => requiredFeatures(whole.subarray(0, whole.length - 2)), /cut short/);
  // A section that claims more than its length holds.
  assert.throws(() => requiredFeatures(wasm([0x01, 0x05, 0x02, 0x60, 0x00, 0x00])), /cut short/);
});

test("the built site's Wasm modules need nothing Chromium 86 lacks", () => {
  assert.ok(existsSync("dist/index.html"), "build it first: bash scripts/build.sh");
  const modules = readdirSync("dist").filter((name) => name.endsWith(".wasm"));
  assert.equal(modules.length, 2, `the page's module and the tools module: ${modules.join(", ")}`);
  for (const name of modules) assert.deepEqual(missingInChromium86(readFileSync(join("dist", name))), [], name);
});
