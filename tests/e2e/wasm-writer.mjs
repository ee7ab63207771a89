// A tiny module writer for the build scripts' tests: LEB128 numbers, vectors, names and sections, as the
// WebAssembly binary format has them.
export const leb = (n) => {
  const out = [];
  do {
    const low = n & 0x7f;
    n >>>= 7;
    out.push(n ? low | 0x80 : low);
  } while (n);
  return out;
};
export const vec = (items) => [...leb(items.length), ...items.flat()];
export const name = (text) => vec([...Buffer.from(text)].map((b) => [b]));
export const section = (id, bytes) => [id, ...leb(bytes.length), ...bytes];
