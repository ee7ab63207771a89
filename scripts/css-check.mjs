// Which CSS a shipped style sheet uses that Chromium 86 (the oldest browser we support, README
// "Browsers") does not read, and the one rewrite the build makes so that it reads the page's sheet.
//
// Trunk minifies the page's sheet with lightningcss and gives it no browser targets, so lightningcss
// writes `@media (max-width: 700px)` as `@media (width<=700px)`: range syntax, Chromium 104+. Chromium
// 86–103 read such a query as `not all` and drop every rule under it (the phone layout, the one-column
// layout of a narrow window, the project table's column widths). scripts/post-build.mjs writes those
// queries back in min-/max- form (`oldMediaQueries`) and then fails the build if any shipped sheet still
// holds something on the list below: a minifier or a hand-written rule that brings it back stops the
// build, naming it, instead of failing only on old office PCs. The tools module's sheets (build.rs keeps
// their syntax as written) are checked from style/. Tested by tests/e2e/css-check.test.mjs.
//
// Listed: what makes Chromium 86 drop a whole rule or query (selectors, media queries, nesting, at-rules),
// and the declarations that lay a page out or colour it (a property or value it does not know is dropped).
// Not listed: what only refines where it is read (text-wrap, text-spacing-trim, accent-color …) and the
// @page margin boxes, which index.html detects. A @supports condition is a question, not a use: skipped.

/** What Chromium 86 lacks: a name, the Chromium version that brought it, and how to find it in a sheet. */
export const NEWER_THAN_CHROMIUM_86 = [
  { what: "range syntax in a media query", since: 104, in: "media", pattern: /[<>=]/ },
  { what: "nested style rules", since: 112, in: "nesting" },
  { what: "the nesting selector &", since: 112, in: "selector", pattern: /&/ },
  { what: ":is()", since: 88, in: "selector", pattern: /:is\(/i },
  { what: ":where()", since: 88, in: "selector", pattern: /:where\(/i },
  { what: ":has()", since: 105, in: "selector", pattern: /:has\(/i },
  { what: ":not() of more than one simple selector", since: 88, in: "selector", pattern: /:not\((?![.#]?[\w-]+\)|\[[^\]]*\]\)|:[\w-]+\))/i },
  { what: ":modal, :popover-open, :user-valid or :user-invalid", since: 105, in: "selector", pattern: /:(modal|popover-open|user-valid|user-invalid)\b/i },
  { what: "inset", since: 87, in: "property", pattern: /^inset(-inline|-block)?(-start|-end)?$/i },
  { what: "margin-inline, margin-block, padding-inline or padding-block", since: 87, in: "property", pattern: /^(margin|padding)-(inline|block)(-start|-end)?$/i },
  { what: "aspect-ratio", since: 88, in: "property", pattern: /^aspect-ratio$/i },
  { what: "translate, rotate or scale as properties", since: 104, in: "property", pattern: /^(translate|rotate|scale)$/i },
  { what: "container queries", since: 105, in: "property", pattern: /^container(-type|-name)?$/i },
  { what: "overflow: clip", since: 90, in: "value", pattern: /^overflow(-x|-y)?:.*\bclip\b/i },
  { what: "color-mix(), lab(), lch(), oklab() or oklch()", since: 111, in: "value", pattern: /:.*\b(color-mix|lab|lch|oklab|oklch)\(/i },
  { what: "hwb()", since: 101, in: "value", pattern: /:.*\bhwb\(/i },
  { what: "light-dark()", since: 123, in: "value", pattern: /:.*\blight-dark\(/i },
  { what: "round(), mod() or rem()", since: 125, in: "value", pattern: /:.*\b(round|mod|rem)\(/i },
  { what: "the lh unit", since: 109, in: "value", pattern: /:.*(?<![\w#-])[\d.]+lh\b/i },
  { what: "the rlh, rem-relative rex/rch/ric units", since: 111, in: "value", pattern: /:.*(?<![\w#-])[\d.]+(rlh|rex|rch|ric)\b/i },
  { what: "the dynamic viewport units (dvh, svh, lvh …)", since: 108, in: "value", pattern: /:.*(?<![\w#-])[\d.]+[dsl]v(h|w|i|b|min|max)\b/i },
  { what: "container query units (cqw, cqi …)", since: 105, in: "value", pattern: /:.*(?<![\w#-])[\d.]+cq(w|h|i|b|min|max)\b/i },
  { what: "@container", since: 105, in: "at-rule", pattern: /^@container\b/i },
  { what: "@layer", since: 99, in: "at-rule", pattern: /^@layer\b/i },
  { what: "@scope", since: 118, in: "at-rule", pattern: /^@scope\b/i },
  { what: "@starting-style", since: 117, in: "at-rule", pattern: /^@starting-style\b/i },
  { what: "@counter-style", since: 91, in: "at-rule", pattern: /^@counter-style\b/i },
];

/** `css` without comments and with every string emptied: neither is read as syntax. */
function bare(css) {
  return css.replace(/\/\*[\s\S]*?(\*\/|$)|"(?:\\[\s\S]|[^"\\])*"|'(?:\\[\s\S]|[^'\\])*'/g, (m) => (m.startsWith("/*") ? " " : '""'));
}

/** At-rules whose block holds rules (style rules or further at-rules), not declarations. */
const GROUPING = /^@(media|supports|document|-moz-document|layer|container|scope|starting-style)\b/i;

/**
 * The sheet's parts as the parser meets them: `{ kind, text }`, kind one of "media" (a media query
 * list), "selector", "at-rule" (an at-rule's whole prelude), "nesting" (a style rule inside a style
 * rule) and "declaration".
 */
export function parts(css) {
  const found = [];
  // What each open block holds: "rules" (the sheet, a grouping at-rule's block), "keyframes" (their
  // selectors are from, to and percentages) or "declarations".
  const open = ["rules"];
  let text = "";
  const declaration = () => {
    const d = text.trim();
    if (d) found.push({ kind: "declaration", text: d });
    text = "";
  };
  for (const c of bare(css)) {
    const inside = open[open.length - 1];
    if (c === "{") {
      const prelude = text.trim().replace(/\s+/g, " ");
      text = "";
      if (prelude.startsWith("@")) {
        found.push({ kind: "at-rule", text: prelude });
        const media = /^@media\s+(.*)$/i.exec(prelude);
        if (media) found.push({ kind: "media", text: media[1] });
        // A grouping rule inside a style rule is nesting too; @page's margin boxes are not.
        if (inside === "declarations" && GROUPING.test(prelude)) found.push({ kind: "nesting", text: prelude });
        open.push(GROUPING.test(prelude) ? "rules" : /^@(-webkit-)?keyframes\b/i.test(prelude) ? "keyframes" : "declarations");
      } else {
        if (inside === "rules") found.push({ kind: "selector", text: prelude });
        if (inside === "declarations") found.push({ kind: "nesting", text: prelude });
        open.push("declarations");
      }
    } else if (c === "}") {
      if (inside === "declarations") declaration();
      text = "";
      if (open.length > 1) open.pop();
    } else if (c === ";") {
      if (inside === "declarations") declaration();
      else {
        const statement = text.trim();
        if (statement.startsWith("@")) found.push({ kind: "at-rule", text: statement });
        const media = /^@import\s+.*?\)\s*(.+)$/i.exec(statement);
        if (media) found.push({ kind: "media", text: media[1] });
      }
      text = "";
    } else {
      text += c;
    }
  }
  return found;
}

/** Each use in `css` of something Chromium 86 does not read: `{ what, since, text }`. */
export function newerThanChromium86(css) {
  const uses = [];
  for (const part of parts(css)) {
    // A @supports condition asks whether the browser reads something: asking is fine everywhere.
    if (part.kind === "at-rule" && /^@supports\b/i.test(part.text)) continue;
    for (const feature of NEWER_THAN_CHROMIUM_86) {
      const subject = subjectOf(feature.in, part);
      if (subject === null) continue;
      if (feature.in === "nesting" || feature.pattern.test(subject)) uses.push({ what: feature.what, since: feature.since, text: part.text });
    }
  }
  return uses;
}

/** What of `part` a feature found `in` that kind of place is looked for in, or null. */
function subjectOf(place, part) {
  switch (place) {
    case "media":
    case "selector":
    case "nesting":
    case "at-rule":
      return part.kind === place ? part.text : null;
    case "property":
      return part.kind === "declaration" ? part.text.split(":")[0].trim() : null;
    case "value":
      return part.kind === "declaration" ? part.text.replace(/\s*:\s*/, ":") : null;
    default:
      return null;
  }
}

/** Throws, naming the sheet and each use, if `css` holds something Chromium 86 does not read. */
export function assertReadByChromium86(name, css) {
  const uses = newerThanChromium86(css);
  if (!uses.length) return;
  const listed = uses.map((u) => `${u.what} (Chromium ${u.since}) in “${u.text.slice(0, 80)}”`).join("; ");
  throw new Error(`${name} uses CSS that Chromium 86 does not read: ${listed}. Write it in a form Chromium 86 reads (README, "Browsers").`);
}

/** The media features that have a min-/max- form (Media Queries 4, §2.4.4). */
const RANGE_FEATURES = "width|height|aspect-ratio|device-width|device-height|device-aspect-ratio|resolution|color|color-index|monochrome";

/**
 * `css` with each media feature in range syntax that has a min-/max- form written in that form:
 * `(width<=700px)` as `(max-width:700px)`, `(701px<=width)` as `(min-width:701px)`. A strict `<` or `>`
 * has no such form and is left for the check to name.
 */
export function oldMediaQueries(css) {
  const featureFirst = new RegExp(`\\(\\s*(${RANGE_FEATURES})\\s*([<>]=)\\s*([^()<>=\\s]+)\\s*\\)`, "gi");
  const valueFirst = new RegExp(`\\(\\s*([^()<>=\\s]+)\\s*([<>]=)\\s*(${RANGE_FEATURES})\\s*\\)`, "gi");
  // Only in @media and @import preludes: a selector or a value never holds these.
  return css.replace(/@(media|import)\b[^{;]*/gi, (prelude) =>
    prelude
      .replace(featureFirst, (_, feature, op, value) => `(${op === "<=" ? "max" : "min"}-${feature}:${value})`)
      .replace(valueFirst, (_, value, op, feature) => `(${op === "<=" ? "min" : "max"}-${feature}:${value})`));
}
