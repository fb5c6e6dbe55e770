/**
 * Text in and out of SpreadsheetML. Characters XML 1.0 cannot hold (control characters) are written as
 * Excel writes them, `_xHHHH_`, and a literal `_xHHHH_` in the text is itself escaped (`_x005F_`), so every
 * string reads back as it was written.
 */

const ENTITY = /&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
const OOXML_ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/** The text of an element or attribute as XML gives it (entities decoded), then Excel's `_xHHHH_` decoded. */
export function decodeText(raw: string): string {
  let text = raw.includes("&")
    ? raw.replace(ENTITY, (whole, hex, dec, name) =>
        name ? NAMED[name] : safeCodePoint(hex ? parseInt(hex, 16) : parseInt(dec, 10), whole)
      )
    : raw;
  if (text.includes("_x"))
    text = text.replace(OOXML_ESCAPE, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
  return text;
}

function safeCodePoint(code: number, fallback: string): string {
  return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : fallback;
}

const UNSAFE_CHARS =
  '[&<>"\\u0000-\\u0008\\u000b\\u000c\\u000e-\\u001f\\ufffe\\uffff]|_x[0-9A-Fa-f]{4}_';
const UNSAFE = new RegExp(UNSAFE_CHARS, "g");
/** The same, without /g: `test` on a global pattern would keep state between calls. */
const HAS_UNSAFE = new RegExp(UNSAFE_CHARS);

/** Text for an element or an attribute value. */
export function escapeText(text: string): string {
  return HAS_UNSAFE.test(text) ? text.replace(UNSAFE, replacement) : text;
}

function replacement(match: string): string {
  switch (match) {
    case "&":
      return "&amp;";
    case "<":
      return "&lt;";
    case ">":
      return "&gt;";
    case '"':
      return "&quot;";
    default:
      return match.length > 1
        ? `_x005F${match}`
        : `_x${match.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;
  }
}
