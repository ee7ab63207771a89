// Short names for the functions a Wasm module hands its JS glue (scripts/post-build.mjs, release builds,
// after scripts/short-imports.mjs). wasm-bindgen exports each closure's entry after a hash of 16 hex
// digits (`wasm_bindgen__convert__closures_____invoke__h3273…`), and its own helpers as
// `__wbindgen_malloc` …; each name is written in the module's export section and again wherever the glue
// reads it from the instance's exports (`W.name`, `W` being what terser made of wasm-bindgen's `wasm`).
// Names do not compress where they hold hashes: giving each a name of two letters, in both files alike,
// takes 0.4 KB brotli off the first visit (page Wasm and glue, measured 2026-11-27). Only functions whose
// name stands in the glue nowhere but as `W.name` are renamed; the memory, globals and tables keep
// their names (the bench reads `memory` from outside the glue), and so does anything the glue names
// another way — among them the tools module's `show_audit` …, also the names of the glue's own JS
// functions the page calls (readable words: renaming them measured 33 bytes worse, and those JS names
// must stay).
import { Reader, sections } from "./wasm-check.mjs";
import { encodedName, leb128, shortName, skipDescription } from "./short-imports.mjs";

const FUNCTION = 0x00;
const escape = (name) => name.replace(/[$]/g, "\\$");

/** The glue's name for the instance's exports: the `W` of its one `W=….exports`, or null. */
function exportsName(js) {
  const found = [...js.matchAll(/(?<![\w$.])([A-Za-z_$][\w$]*)=[A-Za-z_$][\w$]*\.exports(?![\w$])/g)];
  return found.length === 1 ? found[0][1] : null;
}

/** Where the glue reads `name` as `W.name`: the offsets of the names, or null when it names it otherwise too. */
function readsIn(js, exports, name) {
  const places = [];
  for (const found of js.matchAll(new RegExp(`(?<![\\w$])${escape(name)}(?![\\w$])`, "g"))) {
    const object = found.index - exports.length - 1;
    if (object >= 0 && js.startsWith(`${exports}.`, object) && !/[\w$.]/.test(js[object - 1] ?? "")) places.push(found.index);
    else return null;
  }
  return places.length ? places : null;
}

/** Every name the module's imports have. */
function namesTaken(wasm, all) {
  const taken = new Set();
  const imports = all.find((s) => s.id === 2);
  if (imports) {
    const reader = new Reader(wasm, imports.start, imports.end);
    for (let count = reader.u32(); count > 0; count--) {
      reader.name();
      taken.add(reader.name());
      skipDescription(reader);
    }
  }
  return taken;
}

/** The module and its glue with short export names: `{ wasm, js, renamed }`. */
export function shortenExports(wasm, js) {
  const all = sections(wasm);
  const section = all.find((s) => s.id === 7);
  const exports = exportsName(js);
  if (!section || !exports) return { wasm, js, renamed: 0 };
  const reader = new Reader(wasm, section.start, section.end);
  const count = reader.u32();
  const found = [];
  for (let i = 0; i < count; i++) {
    const name = reader.name();
    const kind = reader.byte();
    const index = reader.u32();
    found.push({ name, kind, index });
  }
  // A new name is never one the module has already, imported or exported: each stays unique.
  const taken = namesTaken(wasm, all);
  for (const { name } of found) taken.add(name);
  let next = 0;
  const fresh = () => {
    while (taken.has(shortName(next))) next++;
    return shortName(next++);
  };
  const edits = [];
  let renamed = 0;
  for (const entry of found) {
    const places = entry.kind === FUNCTION && entry.name.length > 2 ? readsIn(js, exports, entry.name) : null;
    if (!places) continue;
    const short = fresh();
    for (const at of places) edits.push({ at, length: entry.name.length, short });
    entry.name = short;
    renamed++;
  }
  edits.sort((a, b) => b.at - a.at);
  for (const { at, length, short } of edits) js = js.slice(0, at) + short + js.slice(at + length);
  const body = Buffer.concat([leb128(count), ...found.map(({ name, kind, index }) => Buffer.concat([encodedName(name), Buffer.from([kind]), leb128(index)]))]);
  const out = Buffer.concat([wasm.subarray(0, section.header), Buffer.from([7]), leb128(body.length), body, wasm.subarray(section.end)]);
  return { wasm: out, js, renamed };
}
