// Short names for what the JS glue hands a Wasm module (scripts/post-build.mjs, release builds).
// wasm-bindgen names every import after its function and a hash of 16 hex digits
// (`__wbg_append_d4c2…`), and each name is written twice: in the module's import section and as a
// key of the glue's import object. Hashes do not compress: giving each import a name of one or two
// letters, in both places alike, takes ≈ 4.3 KB brotli off the first visit (measured on the page's
// module and glue, 2026-11-27). Only the glue's own imports whose names stand exactly once as a key in
// it are renamed, so the two files always agree; anything else is left as wasm-bindgen wrote it.
import { Reader, sections } from "./wasm-check.mjs";

const LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** The `index`th short name: a … Z, aa, ab, … */
export function shortName(index) {
  let name = "";
  for (let i = index; i >= 0; i = Math.floor(i / LETTERS.length) - 1) name = LETTERS[i % LETTERS.length] + name;
  return name;
}

export function leb128(value) {
  const bytes = [];
  do {
    let byte = value & 0x7f;
    value >>>= 7;
    if (value) byte |= 0x80;
    bytes.push(byte);
  } while (value);
  return Buffer.from(bytes);
}

export const encodedName = (text) => {
  const bytes = Buffer.from(text, "utf8");
  return Buffer.concat([leb128(bytes.length), bytes]);
};

/** Where an import's description (what kind, of which type) ends. */
export function skipDescription(reader) {
  const kind = reader.byte();
  const limits = () => {
    const flags = reader.byte();
    reader.u32();
    if (flags & 0x01) reader.u32();
  };
  if (kind === 0x00) reader.u32();
  else if (kind === 0x01) { reader.byte(); limits(); }
  else if (kind === 0x02) limits();
  else if (kind === 0x03) reader.skip(2);
  else if (kind === 0x04) { reader.byte(); reader.u32(); }
  else throw new Error(`an import of unknown kind ${kind}`);
}

/** The glue's key `name` (`{name:` or `,name:`), found exactly once, or null. */
function keyIn(js, name) {
  const escaped = name.replace(/[$]/g, "\\$");
  const found = [...js.matchAll(new RegExp(`([{,])${escaped}:`, "g"))];
  return found.length === 1 ? found[0] : null;
}

/** The module and its glue with short import names: `{ wasm, js, renamed }`. */
export function shortenImports(wasm, js) {
  const section = sections(wasm).find((s) => s.id === 2);
  if (!section) return { wasm, js, renamed: 0 };
  const reader = new Reader(wasm, section.start, section.end);
  const count = reader.u32();
  const entries = [leb128(count)];
  let renamed = 0;
  for (let i = 0; i < count; i++) {
    const module = reader.name();
    const field = reader.name();
    const description = reader.at;
    skipDescription(reader);
    let name = field;
    // Only what the glue itself provides (wasm-bindgen's own module), never a JS snippet's import.
    const own = module === "wbg" || module.endsWith("_bg.js");
    const key = own && field.length > 2 ? keyIn(js, field) : null;
    if (key) {
      name = shortName(renamed++);
      js = js.slice(0, key.index) + key[1] + name + ":" + js.slice(key.index + key[0].length);
    }
    entries.push(encodedName(module), encodedName(name), wasm.subarray(description, reader.at));
  }
  const body = Buffer.concat(entries);
  const out = Buffer.concat([wasm.subarray(0, section.header), Buffer.from([2]), leb128(body.length), body, wasm.subarray(section.end)]);
  return { wasm: out, js, renamed };
}
