// Which WebAssembly features a built module needs, read from its sections, and whether the oldest
// browser we support (Chromium 86) has them. scripts/post-build.mjs runs the check on every module of
// every build, so a toolchain or flag change that brings back reference types (rustc enables them by
// default; .cargo/config.toml turns them off) fails the build with a reason, instead of failing only on
// old office PCs. Tested by tests/e2e/wasm-check.test.mjs on hand-made modules and on the built site.
//
// What is read: the value types of every function type and import, the tables, memories and tags, and
// the `target_features` custom section where the linker left one. Code bodies are not decoded: the
// features a body could use alone (SIMD, bulk memory, …) show up in these places or in the linker's
// list, and the old-browser end-to-end test runs the modules themselves.

/** Features Chromium 86 has, by the names the toolchain uses (rustc, wasm-ld, binaryen). */
export const CHROMIUM_86 = new Set([
  "mutable-globals", // 74
  "sign-ext", // 74
  "nontrapping-fptoint", // 75
  "bulk-memory", // 75
  "bulk-memory-opt", // part of bulk memory
  "call-indirect-overlong", // an encoding that wasm-opt rewrites; harmless in the shipped module
  "multivalue", // 85
]);

const VALUE_TYPES = new Map([
  [0x7f, null], [0x7e, null], [0x7d, null], [0x7c, null], // i32 i64 f32 f64
  [0x7b, "simd128"],
  [0x70, "reference-types"], [0x6f, "reference-types"], // funcref and externref as values
]);

export class Reader {
  constructor(bytes, start = 0, end = bytes.length) {
    this.bytes = bytes;
    this.at = start;
    this.end = end;
  }
  byte() {
    if (this.at >= this.end) throw new Error("the module is cut short");
    return this.bytes[this.at++];
  }
  /** An unsigned LEB128 number of at most 32 bits. */
  u32() {
    let value = 0;
    for (let shift = 0; shift < 35; shift += 7) {
      const byte = this.byte();
      value += (byte & 0x7f) * 2 ** shift;
      if (!(byte & 0x80)) return value;
    }
    throw new Error("a number in the module is too long");
  }
  skip(count) {
    if (this.at + count > this.end) throw new Error("the module is cut short");
    this.at += count;
  }
  name() {
    const length = this.u32();
    const start = this.at;
    this.skip(length);
    return new TextDecoder().decode(this.bytes.subarray(start, start + length));
  }
}

/** The sections of a module: `{ id, name (custom sections), header, start, end }`, in order. */
export function sections(bytes) {
  const magic = [0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00];
  if (bytes.length < 8 || magic.some((byte, i) => bytes[i] !== byte)) throw new Error("not a WebAssembly module (version 1)");
  const reader = new Reader(bytes, 8);
  const found = [];
  while (reader.at < bytes.length) {
    const header = reader.at;
    const id = reader.byte();
    const size = reader.u32();
    const start = reader.at;
    reader.skip(size);
    const section = { id, header, start, end: start + size };
    if (id === 0) section.name = new Reader(bytes, start, start + size).name();
    found.push(section);
  }
  return found;
}

/** The features a module needs, as a sorted list of names (see CHROMIUM_86). */
export function requiredFeatures(bytes) {
  const needed = new Set();
  const valueType = (type) => {
    if (!VALUE_TYPES.has(type)) needed.add("gc (typed references)");
    else if (VALUE_TYPES.get(type)) needed.add(VALUE_TYPES.get(type));
  };
  const limits = (reader, memory) => {
    const flags = reader.byte();
    if (flags & 0x02) needed.add(memory ? "threads (shared memory)" : "unknown table limits");
    if (flags & 0x04) needed.add(memory ? "memory64" : "table64");
    if (flags & ~0x07) needed.add("unknown limits");
    reader.u32();
    if (flags & 0x01) reader.u32();
  };
  let tables = 0;
  const table = (reader) => {
    const type = reader.byte();
    if (type !== 0x70) needed.add(type === 0x6f ? "reference-types" : "gc (typed references)");
    limits(reader, false);
    tables += 1;
  };
  for (const section of sections(bytes)) {
    const reader = new Reader(bytes, section.start, section.end);
    if (section.id === 0 && section.name === "target_features") {
      reader.name();
      for (let count = reader.u32(); count > 0; count--) {
        const prefix = String.fromCharCode(reader.byte());
        const feature = reader.name();
        if (prefix === "+") needed.add(feature);
      }
    } else if (section.id === 1) {
      for (let count = reader.u32(); count > 0; count--) {
        const form = reader.byte();
        if (form !== 0x60) {
          needed.add("gc (typed references)");
          return [...needed].sort(); // recursive and sub types: nothing after them is read
        }
        for (let params = reader.u32(); params > 0; params--) valueType(reader.byte());
        const results = reader.u32();
        if (results > 1) needed.add("multivalue");
        for (let i = 0; i < results; i++) valueType(reader.byte());
      }
    } else if (section.id === 2) {
      for (let count = reader.u32(); count > 0; count--) {
        reader.name();
        reader.name();
        const kind = reader.byte();
        if (kind === 0x00) reader.u32();
        else if (kind === 0x01) table(reader);
        else if (kind === 0x02) limits(reader, true);
        else if (kind === 0x03) {
          valueType(reader.byte());
          reader.byte();
        } else {
          needed.add(kind === 0x04 ? "exception-handling" : "unknown imports");
          break;
        }
      }
    } else if (section.id === 4) {
      for (let count = reader.u32(); count > 0; count--) table(reader);
    } else if (section.id === 5) {
      for (let count = reader.u32(); count > 0; count--) limits(reader, true);
    } else if (section.id === 13) {
      needed.add("exception-handling");
    }
  }
  if (tables > 1) needed.add("reference-types");
  return [...needed].sort();
}

/** The features a module needs that Chromium 86 lacks: empty when it can run there. */
export function missingInChromium86(bytes) {
  return requiredFeatures(bytes).filter((feature) => !CHROMIUM_86.has(feature));
}

/** Throws, naming the module and the features, when a module cannot run in Chromium 86. */
export function assertRunsInChromium86(name, bytes) {
  const missing = missingInChromium86(bytes);
  if (missing.length > 0) {
    throw new Error(
      `${name} needs WebAssembly features that Chromium 86–95 lack: ${missing.join(", ")}. ` +
        "Reference types come back when the rustflags in .cargo/config.toml are lost (README, \"Browsers\").",
    );
  }
}
