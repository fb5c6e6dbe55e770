/* Web platform APIs newer than EdgeHTML 18 that the pane calls (Edge 79 unless noted): Fluent UI's focus
 * handling (tabster, keyborg) reads Event.composedPath on every focus change and builds DOMRects; its
 * MessageBar and its pop-up positioning construct a ResizeObserver; its listbox scrolls with
 * Element.scrollTo; the pane reads picked files with Blob.arrayBuffer and Blob.text. Defined only where
 * missing; see ./edge18-builtins.ts for why. */
import { defineMissing, globalObject } from "./define";

/** Event.prototype.composedPath without shadow DOM (which Edge 18 lacks too): the target and its ancestors. */
export function composedPath(this: Event): EventTarget[] {
  // As the standard's: empty once the event is no longer being dispatched.
  if (!this.currentTarget || !this.target) return [];
  const path: EventTarget[] = [];
  let node: Node | null = this.target as Node;
  for (; node; node = node.parentNode) path.push(node);
  const last = path[path.length - 1] as Node;
  const view = last && last.nodeType === 9 ? (last as Document).defaultView : null;
  if (view) path.push(view);
  return path;
}

/** DOMRect (Edge 18 has ClientRect, which cannot be constructed): tabster builds them. */
export class DOMRectPolyfill {
  constructor(
    public x = 0,
    public y = 0,
    public width = 0,
    public height = 0
  ) {}
  static fromRect(
    rect: { x?: number; y?: number; width?: number; height?: number } = {}
  ): DOMRectPolyfill {
    return new DOMRectPolyfill(rect.x, rect.y, rect.width, rect.height);
  }
  get top(): number {
    return Math.min(this.y, this.y + this.height);
  }
  get right(): number {
    return Math.max(this.x, this.x + this.width);
  }
  get bottom(): number {
    return Math.max(this.y, this.y + this.height);
  }
  get left(): number {
    return Math.min(this.x, this.x + this.width);
  }
  toJSON() {
    const { x, y, width, height, top, right, bottom, left } = this;
    return { x, y, width, height, top, right, bottom, left };
  }
}

/** Element.prototype.scrollTo(x, y) or ({ left, top }); `behavior` is not honoured (an instant scroll). */
export function scrollTo(this: Element, a?: number | ScrollToOptions, b?: number): void {
  const finite = (n: unknown) => (Number.isFinite(Number(n)) ? Number(n) : 0);
  if (a !== null && typeof a === "object") {
    if (a.left !== undefined) this.scrollLeft = finite(a.left);
    if (a.top !== undefined) this.scrollTop = finite(a.top);
    return;
  }
  this.scrollLeft = finite(a);
  this.scrollTop = finite(b);
}

function readBlob(blob: Blob): Promise<ArrayBuffer> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

/** Blob.prototype.arrayBuffer, through FileReader. */
export function arrayBuffer(this: Blob): Promise<ArrayBuffer> {
  return readBlob(this);
}

/** Blob.prototype.text: always UTF-8, a byte-order mark dropped, as the standard's (not FileReader's sniffing). */
export function text(this: Blob): Promise<string> {
  return readBlob(this).then((buffer) => new TextDecoder().decode(buffer));
}

type Size = { inlineSize: number; blockSize: number };
type Observation = { target: Element; borderBox: boolean; width: number; height: number };
const observers = new Set<ResizeObserverPolyfill>();
let frame = 0;

function poll() {
  frame = 0;
  observers.forEach((observer) => observer.check());
  if (observers.size > 0) frame = requestAnimationFrame(poll);
}

/**
 * ResizeObserver, by measuring its targets' computed sizes once a frame while any is observed. Entries carry
 * `target`, `contentRect`, `contentBoxSize` and `borderBoxSize`, which is what Fluent UI reads.
 */
export class ResizeObserverPolyfill {
  private targets: Observation[] = [];
  constructor(
    private readonly callback: (entries: object[], observer: ResizeObserverPolyfill) => void
  ) {
    if (typeof callback !== "function")
      throw new TypeError("ResizeObserver: callback is not a function");
  }
  observe(target: Element, options?: { box?: string }): void {
    this.unobserve(target);
    // The standard's first "last reported size" is 0 × 0: an element with a box is reported at once.
    const borderBox = Boolean(options && options.box === "border-box");
    this.targets.push({ target, borderBox, width: 0, height: 0 });
    observers.add(this);
    if (!frame) frame = requestAnimationFrame(poll);
  }
  unobserve(target: Element): void {
    this.targets = this.targets.filter((t) => t.target !== target);
    if (this.targets.length === 0) observers.delete(this);
  }
  disconnect(): void {
    this.targets = [];
    observers.delete(this);
  }
  check(): void {
    const entries: object[] = [];
    for (const t of this.targets) {
      const style = getComputedStyle(t.target);
      const px = (value: string) => parseFloat(value) || 0;
      const shown = style.display !== "none";
      const padX = px(style.paddingLeft) + px(style.paddingRight);
      const padY = px(style.paddingTop) + px(style.paddingBottom);
      const edgeX = shown ? padX + px(style.borderLeftWidth) + px(style.borderRightWidth) : 0;
      const edgeY = shown ? padY + px(style.borderTopWidth) + px(style.borderBottomWidth) : 0;
      // Computed width and height measure the box that box-sizing names; "auto" (an inline box) counts as 0.
      const inner = style.boxSizing === "border-box";
      const width = shown ? Math.max(0, px(style.width) - (inner ? edgeX : 0)) : 0;
      const height = shown ? Math.max(0, px(style.height) - (inner ? edgeY : 0)) : 0;
      const [w, h] = t.borderBox ? [width + edgeX, height + edgeY] : [width, height];
      if (w === t.width && h === t.height) continue;
      t.width = w;
      t.height = h;
      const vertical = /^(vertical|tb)/.test(style.writingMode || "");
      const size = (x: number, y: number): Size[] => [
        vertical ? { inlineSize: y, blockSize: x } : { inlineSize: x, blockSize: y },
      ];
      entries.push({
        target: t.target,
        contentRect: new DOMRectPolyfill(
          shown ? px(style.paddingLeft) : 0,
          shown ? px(style.paddingTop) : 0,
          width,
          height
        ),
        contentBoxSize: size(width, height),
        borderBoxSize: size(width + edgeX, height + edgeY),
      });
    }
    if (entries.length > 0) this.callback.call(this, entries, this);
  }
}

/** Defines what is missing on `global`; returns the names it defined. */
export function installEdge18Dom(global: Record<string, unknown> = globalObject()): string[] {
  const done: string[] = [];
  const proto = (name: string) => (global[name] as { prototype?: object } | undefined)?.prototype;
  const note = (name: string, defined: boolean) => defined && done.push(name);
  note("Event.prototype.composedPath", defineMissing(proto("Event"), "composedPath", composedPath));
  note("DOMRect", defineMissing(global, "DOMRect", DOMRectPolyfill));
  note("Element.prototype.scrollTo", defineMissing(proto("Element"), "scrollTo", scrollTo));
  note("Blob.prototype.arrayBuffer", defineMissing(proto("Blob"), "arrayBuffer", arrayBuffer));
  note("Blob.prototype.text", defineMissing(proto("Blob"), "text", text));
  note("ResizeObserver", defineMissing(global, "ResizeObserver", ResizeObserverPolyfill));
  return done;
}

installEdge18Dom();
