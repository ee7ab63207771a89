// Inlined into the single file by scripts/single-file.mjs (which fills in the ${…} constants): unpacks the
// bundle, starts the app, and serves `window.jixiaoTools()` from the same module. No top-level `await`
// (Chromium 89+): the steps are an async function's, and a failure is a rejected promise, which the page's
// boot script reports.
(async () => {
  const bundle = document.getElementById("jixiao-bundle");
  const size = Number(bundle.dataset.size), sum = Number(bundle.dataset.sum);
  const bytes = unlzma(unescaped(await carried(bundle)), size);
  let check = 0;
  for (let i = 0; i < size; i++) check = (Math.imul(check, 31) + bytes[i]) >>> 0;
  if (check !== sum) throw new Error("文件已损坏，请重新获取本工具");
  // [style's length][style][glue's length][glue][Wasm]: the style sheets first, in place before the app draws.
  const view = new DataView(bytes.buffer);
  const styleLength = view.getUint32(0), at = 4 + styleLength, glueLength = view.getUint32(at);
  const style = document.createElement("style");
  style.textContent = new TextDecoder().decode(bytes.subarray(4, at));
  document.head.appendChild(style);
  const glue = URL.createObjectURL(new Blob([bytes.subarray(at + 4, at + 4 + glueLength)], { type: "text/javascript" }));
  const bindings = await import(glue);
  // The tools are this module, once it has started; the app may ask for them while it starts (a share
  // link in the address is read then), and is answered when it has.
  let started;
  const tools = new Promise((resolve) => (started = resolve));
  window.jixiaoTools = () => tools;
  const wasm = await bindings.default({ module_or_path: bytes.subarray(at + 4 + glueLength) });
  window.wasmBindings = bindings;
  bindings.install_styles();
  started(bindings);
  dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));

  /**
   * The bytes the script carries, still escaped. The page is windows-1252, so each byte arrived as one
   * character; the browser's own decoder says which. A web server that declares another charset for it
   * overrides the page's own, and the characters no longer say the bytes: the file is read again as
   * bytes from that server, the bundle being what stands between its script's tags.
   */
  async function carried(bundle) {
    if (document.characterSet === "windows-1252") {
      const codes = new TextDecoder("windows-1252").decode(Uint8Array.from({ length: 256 }, (_, i) => i));
      const byteOf = new Uint8Array(65536);
      for (let i = 0; i < 256; i++) byteOf[codes.charCodeAt(i)] = i;
      const text = bundle.textContent, bytes = new Uint8Array(text.length);
      for (let i = 0; i < text.length; i++) bytes[i] = byteOf[text.charCodeAt(i)];
      return bytes;
    }
    const page = new Uint8Array(await (await fetch(location.href, { cache: "force-cache" })).arrayBuffer());
    const ascii = (text) => Uint8Array.from(text, (c) => c.charCodeAt(0));
    const open = indexOf(page, ascii("<script id=jixiao-bundle"), 0);
    if (open < 0) throw new Error("文件已损坏，请重新获取本工具");
    const start = indexOf(page, ascii(">"), open) + 1;
    return page.subarray(start, indexOf(page, ascii("<"), start));
  }

  function indexOf(bytes, part, from) {
    for (let i = from; i <= bytes.length - part.length; i++) {
      let j = 0;
      while (j < part.length && bytes[i + j] === part[j]) j++;
      if (j === part.length) return i;
    }
    return -1;
  }

  /**
   * The bundle's bytes: those the HTML parser would change or read as markup (NUL, CR, `<`), and the
   * escape byte itself, were written as the escape byte and a code.
   */
  function unescaped(bytes) {
    const escaped = ${ESCAPED};
    const out = new Uint8Array(bytes.length);
    let n = 0;
    for (let i = 0; i < bytes.length; i++) out[n++] = bytes[i] === ${ESCAPE} ? escaped[bytes[++i]] : bytes[i];
    return out.subarray(0, n);
  }

  /**
   * Raw LZMA (as `xz --format=raw --lzma1=…,lc=${LC},lp=${LP},pb=${PB}` writes it) decoded into `size`
   * bytes. Browsers decompress only gzip and deflate, and LZMA is 22% smaller than gzip here.
   */
  function unlzma(src, size) {
    const lc = ${LC}, lp = ${LP}, pb = ${PB};
    // Where each group of probabilities starts in `probs`.
    const IS_MATCH = 0, IS_REP = 192, IS_REP_G0 = 204, IS_REP_G1 = 216, IS_REP_G2 = 228, IS_REP0_LONG = 240;
    const POS_SLOT = 432, SPEC_POS = 688, ALIGN = 803, LEN = 819, REP_LEN = 1333, LITERAL = 1847;
    const rc = { src, at: 5, range: 0xffffffff, code: 0, probs: new Uint16Array(LITERAL + (0x300 << (lc + lp))).fill(1024) };
    for (let i = 1; i < 5; i++) rc.code = ((rc.code << 8) | src[i]) >>> 0;
    const out = new Uint8Array(size);
    let state = 0, rep0 = 0, rep1 = 0, rep2 = 0, rep3 = 0, pos = 0;
    while (pos < size) {
      const posState = pos & ((1 << pb) - 1);
      if (!bit(rc, IS_MATCH + (state << 4) + posState)) {
        const previous = pos > 0 ? out[pos - 1] : 0;
        const base = LITERAL + 0x300 * (((pos & ((1 << lp) - 1)) << lc) + (previous >> (8 - lc)));
        let symbol = 1;
        if (state >= 7) {
          let match = out[pos - rep0 - 1];
          while (symbol < 0x100) {
            const matchBit = (match >> 7) & 1;
            match <<= 1;
            const b = bit(rc, base + ((1 + matchBit) << 8) + symbol);
            symbol = (symbol << 1) | b;
            if (b !== matchBit) break;
          }
        }
        while (symbol < 0x100) symbol = (symbol << 1) | bit(rc, base + symbol);
        out[pos++] = symbol & 0xff;
        state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
        continue;
      }
      let len;
      if (bit(rc, IS_REP + state)) {
        if (!bit(rc, IS_REP_G0 + state)) {
          if (!bit(rc, IS_REP0_LONG + (state << 4) + posState)) {
            state = state < 7 ? 9 : 11;
            out[pos] = out[pos - rep0 - 1];
            pos++;
            continue;
          }
        } else {
          let distance;
          if (!bit(rc, IS_REP_G1 + state)) distance = rep1;
          else {
            if (!bit(rc, IS_REP_G2 + state)) distance = rep2;
            else {
              distance = rep3;
              rep3 = rep2;
            }
            rep2 = rep1;
          }
          rep1 = rep0;
          rep0 = distance;
        }
        len = length(rc, REP_LEN, posState);
        state = state < 7 ? 8 : 11;
      } else {
        rep3 = rep2;
        rep2 = rep1;
        rep1 = rep0;
        len = length(rc, LEN, posState);
        state = state < 7 ? 7 : 10;
        const slot = tree(rc, POS_SLOT + (Math.min(len, 3) << 6), 6);
        if (slot < 4) rep0 = slot;
        else {
          const bits = (slot >> 1) - 1;
          rep0 = (2 | (slot & 1)) << bits;
          if (slot < 14) rep0 += reverseTree(rc, SPEC_POS + rep0 - slot, bits);
          else rep0 += (direct(rc, bits - 4) << 4) + reverseTree(rc, ALIGN, 4);
        }
      }
      if (rep0 >= pos) throw new Error("文件已损坏，请重新获取本工具");
      for (let n = Math.min(len + 2, size - pos); n > 0; n--, pos++) out[pos] = out[pos - rep0 - 1];
    }
    return out;
  }

  /** One bit coded with the probability `rc.probs[i]`, which it then updates. */
  function bit(rc, i) {
    const p = rc.probs[i], bound = (rc.range >>> 11) * p;
    let b = 0;
    if (rc.code < bound) {
      rc.range = bound;
      rc.probs[i] = p + ((2048 - p) >> 5);
    } else {
      rc.range -= bound;
      rc.code -= bound;
      rc.probs[i] = p - (p >> 5);
      b = 1;
    }
    if (rc.range < 0x1000000) normalize(rc);
    return b;
  }

  function normalize(rc) {
    rc.range = (rc.range << 8) >>> 0;
    rc.code = ((rc.code << 8) | rc.src[rc.at++]) >>> 0;
  }

  /** `bits` bits, most significant first, each with its own probability under `base`. */
  function tree(rc, base, bits) {
    let m = 1;
    for (let i = 0; i < bits; i++) m = (m << 1) | bit(rc, base + m);
    return m - (1 << bits);
  }

  /** As `tree`, least significant bit first. */
  function reverseTree(rc, base, bits) {
    let m = 1, symbol = 0;
    for (let i = 0; i < bits; i++) {
      const b = bit(rc, base + m);
      m = (m << 1) | b;
      symbol |= b << i;
    }
    return symbol;
  }

  /** `bits` bits of even probability. */
  function direct(rc, bits) {
    let r = 0;
    for (let i = 0; i < bits; i++) {
      rc.range >>>= 1;
      const b = rc.code >= rc.range ? 1 : 0;
      if (b) rc.code -= rc.range;
      r = (r << 1) | b;
      if (rc.range < 0x1000000) normalize(rc);
    }
    return r;
  }

  /** A match's length less 2: 3 bits (0–7), 3 more (8–15) or 8 (16–271). */
  function length(rc, base, posState) {
    if (!bit(rc, base)) return tree(rc, base + 2 + posState * 8, 3);
    if (!bit(rc, base + 1)) return 8 + tree(rc, base + 130 + posState * 8, 3);
    return 16 + tree(rc, base + 258, 8);
  }
})();
