/* TextEncoder and TextDecoder (the WHATWG Encoding standard; Edge 79, not EdgeHTML 18), UTF-8 only. The xlsx
 * reader and writer (src/workbook/xlsx) create them when their modules load, so without them the pane stops
 * before it starts. Defined only where missing; see ./edge18-builtins.ts for why. */
import { defineMissing, globalObject } from "./define";

const REPLACEMENT = 0xfffd;
/** The first byte's marker of a UTF-8 sequence of 2, 3 or 4 bytes. */
const LEAD = [0, 0, 0xc0, 0xe0, 0xf0];

/** Writes `source` as UTF-8 into `destination`, whole characters only; a lone surrogate becomes U+FFFD. */
function encodeInto(source: string, destination: Uint8Array): { read: number; written: number } {
  let read = 0;
  let written = 0;
  while (read < source.length) {
    let code = source.charCodeAt(read);
    let units = 1;
    if (code >= 0xd800 && code <= 0xdbff && read + 1 < source.length) {
      const low = source.charCodeAt(read + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        units = 2;
      }
    }
    if (code >= 0xd800 && code <= 0xdfff) code = REPLACEMENT;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    if (written + size > destination.length) break;
    if (size === 1) destination[written++] = code;
    else {
      destination[written++] = LEAD[size] | (code >> (6 * (size - 1)));
      for (let shift = 6 * (size - 2); shift >= 0; shift -= 6)
        destination[written++] = 0x80 | ((code >> shift) & 0x3f);
    }
    read += units;
  }
  return { read, written };
}

export class TextEncoderPolyfill {
  get encoding(): string {
    return "utf-8";
  }

  encode(input = ""): Uint8Array {
    const text = String(input);
    const buffer = new Uint8Array(text.length * 3);
    return buffer.slice(0, encodeInto(text, buffer).written);
  }

  encodeInto(source: string, destination: Uint8Array): { read: number; written: number } {
    return encodeInto(String(source), destination);
  }
}

const UTF8_LABELS = [
  "unicode-1-1-utf-8",
  "unicode11utf8",
  "unicode20utf8",
  "utf-8",
  "utf8",
  "x-unicode20utf8",
];

/** The Encoding standard's UTF-8 decoder: each maximal invalid subpart becomes one U+FFFD (or a TypeError). */
export class TextDecoderPolyfill {
  readonly fatal: boolean;
  readonly ignoreBOM: boolean;
  // Kept between calls with { stream: true }: the character begun, and whether a code point was put out yet.
  private needed = 0;
  private seen = 0;
  private code = 0;
  private lower = 0x80;
  private upper = 0xbf;
  private bomSeen = false;
  private doNotFlush = false;

  constructor(label = "utf-8", options: { fatal?: boolean; ignoreBOM?: boolean } = {}) {
    if (!UTF8_LABELS.includes(String(label).trim().toLowerCase()))
      throw new RangeError(`TextDecoder: only UTF-8 here, not "${label}"`);
    this.fatal = Boolean(options.fatal);
    this.ignoreBOM = Boolean(options.ignoreBOM);
  }

  get encoding(): string {
    return "utf-8";
  }

  decode(input?: ArrayBuffer | ArrayBufferView, options: { stream?: boolean } = {}): string {
    if (!this.doNotFlush) {
      this.reset();
      this.bomSeen = false;
    }
    this.doNotFlush = Boolean(options.stream);
    const bytes = !input
      ? new Uint8Array(0)
      : ArrayBuffer.isView(input)
        ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength)
        : new Uint8Array(input);
    // One code unit a byte at most, plus a surrogate pair completing a character begun in the last call and a
    // U+FFFD for one left unfinished at the end.
    const units = new Uint16Array(bytes.length + 2);
    let count = 0;
    const emit = (code: number) => {
      const first = !this.bomSeen;
      this.bomSeen = true;
      if (first && code === 0xfeff && !this.ignoreBOM) return;
      if (code > 0xffff) {
        units[count++] = 0xd800 + ((code - 0x10000) >> 10);
        units[count++] = 0xdc00 + ((code - 0x10000) & 0x3ff);
      } else units[count++] = code;
    };
    const fail = () => {
      this.reset();
      if (this.fatal) throw new TypeError("TextDecoder: the data are not valid UTF-8");
      emit(REPLACEMENT);
    };
    for (let i = 0; i < bytes.length; i++) {
      const byte = bytes[i];
      if (this.needed === 0) {
        if (byte <= 0x7f) emit(byte);
        else if (byte >= 0xc2 && byte <= 0xdf) this.begin(1, byte & 0x1f);
        else if (byte >= 0xe0 && byte <= 0xef) {
          if (byte === 0xe0) this.lower = 0xa0;
          if (byte === 0xed) this.upper = 0x9f;
          this.begin(2, byte & 0xf);
        } else if (byte >= 0xf0 && byte <= 0xf4) {
          if (byte === 0xf0) this.lower = 0x90;
          if (byte === 0xf4) this.upper = 0x8f;
          this.begin(3, byte & 0x7);
        } else fail();
        continue;
      }
      if (byte < this.lower || byte > this.upper) {
        fail();
        i--; // the byte that broke the sequence is read again, as the start of what follows
        continue;
      }
      this.lower = 0x80;
      this.upper = 0xbf;
      this.code = (this.code << 6) | (byte & 0x3f);
      if (++this.seen === this.needed) {
        const code = this.code;
        this.reset();
        emit(code);
      }
    }
    if (!this.doNotFlush && this.needed !== 0) fail();
    let text = "";
    for (let at = 0; at < count; at += 0x2000)
      text += String.fromCharCode.apply(
        null,
        units.subarray(at, Math.min(at + 0x2000, count)) as unknown as number[]
      );
    return text;
  }

  private begin(needed: number, code: number): void {
    this.needed = needed;
    this.code = code;
  }

  private reset(): void {
    this.needed = this.seen = this.code = 0;
    this.lower = 0x80;
    this.upper = 0xbf;
  }
}

/** Defines what is missing on `global`; returns the names it defined. */
export function installEdge18Encoding(global: Record<string, unknown> = globalObject()): string[] {
  const done: string[] = [];
  if (defineMissing(global, "TextEncoder", TextEncoderPolyfill)) done.push("TextEncoder");
  if (defineMissing(global, "TextDecoder", TextDecoderPolyfill)) done.push("TextDecoder");
  return done;
}

installEdge18Encoding();
