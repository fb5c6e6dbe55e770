import { chunkBuffer } from "./zip/chunk-buffers";

const utf8 = new TextEncoder();

/**
 * XML written straight into byte buffers of about 1 MiB. A 100,000-row sheet is some 60 MB of markup:
 * built as one JavaScript string it leaves several times that in garbage and must then be encoded; written
 * a row at a time it leaves a row's worth. `ascii` copies markup byte for byte; `text` goes through the
 * UTF-8 encoder, a whole row at once (nearly all ASCII: a sheet's text lives in the shared strings).
 */
export class XmlBytes {
  private buffer: Uint8Array;
  private at = 0;
  private readonly done: Uint8Array[] = [];

  constructor(private readonly size = 1 << 20) {
    this.buffer = chunkBuffer(size);
  }

  /** ASCII only: tags, attribute names, numbers, references. */
  ascii(text: string): void {
    if (this.at + text.length > this.buffer.length) this.next(text.length);
    const buffer = this.buffer;
    let at = this.at;
    for (let i = 0; i < text.length; i++) buffer[at++] = text.charCodeAt(i);
    this.at = at;
  }

  /** Any text, already escaped for XML. */
  text(text: string): void {
    const most = text.length * 3;
    if (this.at + most > this.buffer.length) this.next(most);
    this.at += utf8.encodeInto(text, this.buffer.subarray(this.at)).written;
  }

  /** Whether a buffer is full and waits to be taken. */
  ready(): boolean {
    return this.done.length > 0;
  }

  /** The full buffers so far (the sheet's XML leaves in pieces as it is made). */
  take(): Uint8Array[] {
    return this.done.splice(0, this.done.length);
  }

  /** Everything not taken yet, the last partial buffer included. */
  end(): Uint8Array[] {
    if (this.at > 0) this.done.push(this.buffer.subarray(0, this.at));
    this.buffer = new Uint8Array(0);
    this.at = 0;
    return this.take();
  }

  private next(room: number): void {
    if (this.at > 0) this.done.push(this.buffer.subarray(0, this.at));
    this.buffer = chunkBuffer(Math.max(this.size, room));
    this.at = 0;
  }
}
