/** @jest-environment jsdom */
/* src/polyfills/: each polyfill against the native one it stands in for (Node's or jsdom's), and the installers
 * against the list EDGE18_POLYFILLS, with the natives deleted for a moment. Their use in a real page, on a
 * Chromium without the natives, is test/e2e/pane-edge18.e2e.test.ts. */
import { Blob as NodeBlob } from "node:buffer";
import { TextDecoder as NodeTextDecoder, TextEncoder as NodeTextEncoder } from "node:util";
import {
  fromEntries,
  flatMap,
  installEdge18Builtins,
  WeakRefPolyfill,
} from "../../src/polyfills/edge18-builtins";
import {
  arrayBuffer,
  composedPath,
  DOMRectPolyfill,
  installEdge18Dom,
  ResizeObserverPolyfill,
  scrollTo,
  text,
} from "../../src/polyfills/edge18-dom";
import {
  installEdge18Encoding,
  TextDecoderPolyfill,
  TextEncoderPolyfill,
} from "../../src/polyfills/edge18-encoding";
import { EDGE18_MISSING, EDGE18_POLYFILLS } from "../../src/polyfills/edge18-gaps";

const g = globalThis as unknown as Record<string, unknown>;

/** The outcome of `f`: its value, or the class of what it threw. */
function outcome(f: () => unknown): unknown {
  try {
    return { value: f() };
  } catch (error) {
    return { threw: (error as Error).constructor.name };
  }
}

/** A fixed sequence of pseudo-random bytes (xorshift), biased towards UTF-8's interesting values. */
function randomBytes(seed: number, length: number): Uint8Array {
  const interesting = [
    0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff, 0x9f,
    0xa0, 0x8f, 0x90,
  ];
  const out = new Uint8Array(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = (x >>> 0) % 3 === 0 ? (x >>> 8) & 0xff : interesting[(x >>> 8) % interesting.length];
  }
  return out;
}

describe("the installers", () => {
  /** Owner and key of a name of EDGE18_POLYFILLS ("X", "X.m", "X.prototype.m"). */
  function locate(name: string): [Record<string, unknown>, string] {
    const parts = name.split(".");
    let owner: unknown = g;
    for (const part of parts.slice(0, -1)) owner = (owner as Record<string, unknown>)[part];
    return [owner as Record<string, unknown>, parts[parts.length - 1]];
  }

  it("define exactly EDGE18_POLYFILLS where missing, the way built-ins are defined, and nothing where present", () => {
    const saved = EDGE18_POLYFILLS.map((name) => {
      const [owner, key] = locate(name);
      return { owner, key, descriptor: Object.getOwnPropertyDescriptor(owner, key) };
    });
    let defined: string[] = [];
    let again: string[] = [];
    let descriptors: (PropertyDescriptor | undefined)[] = [];
    let keys: string[] = [];
    // Nothing between the deletion and the restoring calls into Jest: its expect() reads globalThis.
    try {
      for (const { owner, key } of saved) delete owner[key];
      defined = [...installEdge18Builtins(g), ...installEdge18Encoding(g), ...installEdge18Dom(g)];
      again = [...installEdge18Builtins(g), ...installEdge18Encoding(g), ...installEdge18Dom(g)];
      descriptors = saved.map(({ owner, key }) => Object.getOwnPropertyDescriptor(owner, key));
      keys = [
        ...Object.keys(Object),
        ...Object.keys(Array.prototype),
        ...Object.keys(Event.prototype),
      ];
      for (const name in []) keys.push(name);
    } finally {
      for (const { owner, key, descriptor } of saved) {
        delete owner[key];
        if (descriptor) Object.defineProperty(owner, key, descriptor);
      }
    }
    expect(defined.sort()).toEqual([...EDGE18_POLYFILLS].sort());
    expect(again).toEqual([]);
    for (const descriptor of descriptors)
      expect(descriptor).toMatchObject({ writable: true, enumerable: false, configurable: true });
    expect(
      keys.filter((key) => ["fromEntries", "flatMap", "composedPath", "scrollTo"].includes(key))
    ).toEqual([]);
    // Back as they were.
    expect(Object.fromEntries).not.toBe(fromEntries);
    expect(g.globalThis).toBe(g);
  });

  it("polyfill only what EdgeHTML 18 lacks", () => {
    expect(
      EDGE18_POLYFILLS.filter((name) => !(EDGE18_MISSING as readonly string[]).includes(name))
    ).toEqual([]);
  });
});

describe("Object.fromEntries", () => {
  it.each([
    [
      "pairs",
      [
        ["a", 1],
        ["b", 2],
      ],
    ],
    [
      "a Map",
      new Map<unknown, unknown>([
        ["x", [1]],
        [2, "two"],
      ]),
    ],
    [
      "a repeated key (the last wins)",
      [
        ["k", 1],
        ["k", 2],
      ],
    ],
    ["a __proto__ key (an own property, not the prototype)", [["__proto__", { polluted: true }]]],
    ["array-likes as entries (read by index, not iterated)", [{ 0: "a", 1: "b", length: 2 }]],
    ["a symbol key", [[Symbol.for("edge18"), 1]]],
  ])("%s: as the native", (_case, entries) => {
    const ours = fromEntries(entries as Iterable<unknown>);
    const native = Object.fromEntries(entries as Iterable<readonly [PropertyKey, unknown]>);
    expect(ours).toEqual(native);
    expect(Reflect.ownKeys(ours)).toEqual(Reflect.ownKeys(native));
    expect(Object.getPrototypeOf(ours)).toBe(Object.prototype);
  });

  it("from a generator, and throws as the native on what is not entries", () => {
    function* pairs() {
      yield ["one", 1] as const;
      yield ["two", 2] as const;
    }
    expect(fromEntries(pairs())).toEqual(Object.fromEntries(pairs()));
    for (const bad of [null, undefined, 42, [1], ["ab"]])
      expect(outcome(() => fromEntries(bad as never))).toEqual(
        outcome(() => Object.fromEntries(bad as never))
      );
  });
});

describe("Array.prototype.flatMap", () => {
  const native = Array.prototype.flatMap;
  const ours = flatMap as unknown as typeof native;
  const sparse = [1, , 3]; // eslint-disable-line no-sparse-arrays
  it.each([
    ["one level only", [1, 2, 3], (x: number) => [x, [x * 10]]],
    ["non-arrays kept, strings not split", ["ab", "c"], (x: string) => x],
    ["empty arrays drop the item", [1, 2, 3, 4], (x: number) => (x % 2 ? [] : [x])],
    ["holes skipped, outside and in", sparse, (x: number) => [x, , x]], // eslint-disable-line no-sparse-arrays
    [
      "index and array passed",
      ["a", "b"],
      (x: string, i: number, a: string[]) => [`${x}${i}${a.length}`],
    ],
  ] as [string, unknown[], (...args: never[]) => unknown][])(
    "%s: as the native",
    (_case, array, callback) => {
      expect(ours.call(array, callback as never)).toEqual(native.call(array, callback as never));
    }
  );

  it("on an array-like, with thisArg, and throws as the native", () => {
    const arrayLike = { length: 2, 0: "x", 1: ["y"] };
    const self = { tag: "!" };
    function tagged(this: typeof self, v: unknown) {
      return [v, this.tag];
    }
    expect(ours.call(arrayLike, tagged as never, self)).toEqual(
      native.call(arrayLike, tagged as never, self)
    );
    expect(outcome(() => ours.call([1], "no" as never))).toEqual(
      outcome(() => native.call([1], "no" as never))
    );
    expect(outcome(() => ours.call(null as never, (x: unknown) => x))).toEqual(
      outcome(() => native.call(null as never, (x: unknown) => x))
    );
  });
});

describe("WeakRef", () => {
  const NativeWeakRef = (globalThis as unknown as { WeakRef: typeof WeakRefPolyfill }).WeakRef;
  it("deref() gives the target back; a primitive is refused; it says it is a WeakRef", () => {
    const target = { id: 1 };
    expect(new WeakRefPolyfill(target).deref()).toBe(new NativeWeakRef(target).deref());
    for (const bad of [1, "s", undefined, null])
      expect(outcome(() => new WeakRefPolyfill(bad as never))).toEqual(
        outcome(() => new NativeWeakRef(bad as never))
      );
    expect(Object.prototype.toString.call(new WeakRefPolyfill(target))).toBe(
      Object.prototype.toString.call(new NativeWeakRef(target))
    );
  });
});

describe("TextEncoder", () => {
  const ours = new TextEncoderPolyfill();
  const native = new NodeTextEncoder();
  const samples = [
    "",
    "ascii",
    "合规准确率",
    "é€𝄞😀",
    "\uD800",
    "a\uDC00b",
    "\uDBFF\uDFFF",
    "\uD83D",
    "\0\x7f\x80\u07ff\u0800\uffff",
  ];

  it.each(samples)("encode(%j) as the native", (s) => {
    expect(Array.from(ours.encode(s))).toEqual(Array.from(native.encode(s)));
  });

  it("encode() of nothing is empty; encoding is utf-8", () => {
    expect(Array.from(ours.encode())).toEqual(Array.from(native.encode()));
    expect(ours.encoding).toBe(native.encoding);
  });

  it.each([0, 1, 2, 3, 4, 5, 7])(
    "encodeInto a buffer of %i bytes: whole characters only, as the native",
    (size) => {
      const s = "a合😀b";
      const [mine, theirs] = [new Uint8Array(size), new Uint8Array(size)];
      expect(ours.encodeInto(s, mine)).toEqual(native.encodeInto(s, theirs));
      expect(Array.from(mine)).toEqual(Array.from(theirs));
    }
  );
});

describe("TextDecoder (UTF-8)", () => {
  const cases: [string, number[]][] = [
    ["ASCII and CJK", [0x41, 0xe5, 0x90, 0x88, 0xe8, 0xa7, 0x84]],
    ["a four-byte character", [0xf0, 0x9f, 0x98, 0x80]],
    ["a leading BOM (dropped)", [0xef, 0xbb, 0xbf, 0x41]],
    ["a second BOM (kept)", [0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf]],
    ["an overlong form", [0xc0, 0xaf, 0xe0, 0x80, 0xaf]],
    ["an encoded surrogate", [0xed, 0xa0, 0x80]],
    ["past U+10FFFF", [0xf4, 0x90, 0x80, 0x80, 0xf5]],
    ["a stray continuation", [0x80, 0xbf, 0x41]],
    ["a truncated sequence, then ASCII", [0xe5, 0x90, 0x41]],
    ["a truncated sequence at the end", [0x41, 0xf0, 0x9f, 0x98]],
  ];

  it.each(cases)("%s: as the native", (_case, bytes) => {
    const data = new Uint8Array(bytes);
    expect(new TextDecoderPolyfill().decode(data)).toBe(new NodeTextDecoder().decode(data));
    expect(new TextDecoderPolyfill("utf-8", { ignoreBOM: true }).decode(data)).toBe(
      new NodeTextDecoder("utf-8", { ignoreBOM: true }).decode(data)
    );
    expect(outcome(() => new TextDecoderPolyfill("utf-8", { fatal: true }).decode(data))).toEqual(
      outcome(() => new NodeTextDecoder("utf-8", { fatal: true }).decode(data))
    );
  });

  it("as the native on fixed random bytes, whole and streamed in pieces", () => {
    for (let seed = 1; seed <= 300; seed++) {
      const data = randomBytes(seed, 1 + (seed % 40));
      const [ours, native] = [new TextDecoderPolyfill(), new NodeTextDecoder()];
      expect(ours.decode(data)).toBe(native.decode(data));
      let mine = "";
      let theirs = "";
      for (let at = 0; at < data.length; at += 1 + (seed % 3)) {
        const piece = data.subarray(at, at + 1 + (seed % 3));
        mine += ours.decode(piece, { stream: true });
        theirs += native.decode(piece, { stream: true });
      }
      expect(mine + ours.decode()).toBe(theirs + native.decode());
    }
  });

  it("reads an ArrayBuffer, a view at an offset and nothing; one decoder serves many calls", () => {
    const bytes = new NodeTextEncoder().encode("xx评分表yy");
    const view = new DataView(bytes.buffer, 2, bytes.length - 4);
    const ours = new TextDecoderPolyfill();
    expect(ours.decode(view)).toBe(new NodeTextDecoder().decode(view));
    expect(ours.decode(bytes.buffer)).toBe(new NodeTextDecoder().decode(bytes.buffer));
    expect(ours.decode()).toBe("");
    expect(ours.decode(new Uint8Array([0xef, 0xbb, 0xbf, 0x31]))).toBe("1");
  });

  it("knows UTF-8's labels, and refuses other encodings rather than decode them wrongly", () => {
    for (const label of ["utf-8", "UTF8", " unicode-1-1-utf-8 ", undefined])
      expect(new TextDecoderPolyfill(label).encoding).toBe("utf-8");
    expect(() => new TextDecoderPolyfill("gbk")).toThrow(RangeError);
    expect(() => new TextDecoderPolyfill("utf-16le")).toThrow(RangeError);
  });
});

describe("Event.prototype.composedPath", () => {
  it("while the event is dispatched: the target up to the window, as jsdom's; empty afterwards", () => {
    document.body.innerHTML = "<main><section><button>go</button></section></main>";
    const button = document.querySelector("button")!;
    const paths: [EventTarget[], EventTarget[]][] = [];
    const listener = (event: Event) => paths.push([composedPath.call(event), event.composedPath()]);
    window.addEventListener("focusin", listener);
    const event = new FocusEvent("focusin", { bubbles: true });
    button.dispatchEvent(event);
    window.removeEventListener("focusin", listener);
    expect(paths).toHaveLength(1);
    expect(paths[0][0]).toEqual(paths[0][1]);
    expect(paths[0][0].slice(-2)).toEqual([document, window]);
    expect(composedPath.call(event)).toEqual(event.composedPath());
    // A node outside the document: no window at the end.
    const loose = document.createElement("div");
    loose.addEventListener("x", (e) => paths.push([composedPath.call(e), e.composedPath()]));
    loose.dispatchEvent(new Event("x"));
    expect(paths[1][0]).toEqual(paths[1][1]);
  });
});

describe("DOMRect", () => {
  it("x, y, width and height, with the edges worked out, negative sizes included", () => {
    const rect = new DOMRectPolyfill(10, 20, -5, 30);
    expect(rect.toJSON()).toEqual({
      x: 10,
      y: 20,
      width: -5,
      height: 30,
      top: 20,
      right: 10,
      bottom: 50,
      left: 5,
    });
    expect(new DOMRectPolyfill().toJSON()).toMatchObject({ x: 0, y: 0, width: 0, height: 0 });
    expect(DOMRectPolyfill.fromRect({ x: 1, width: 2 }).right).toBe(3);
  });
});

describe("Element.prototype.scrollTo", () => {
  it("takes (x, y) or { left, top }, a missing or non-finite number as 0", () => {
    const box = { scrollLeft: 5, scrollTop: 5 };
    scrollTo.call(box as unknown as Element, 10, 20);
    expect(box).toEqual({ scrollLeft: 10, scrollTop: 20 });
    scrollTo.call(box as unknown as Element, { top: 7 });
    expect(box).toEqual({ scrollLeft: 10, scrollTop: 7 });
    scrollTo.call(box as unknown as Element, { left: NaN, top: 1, behavior: "smooth" });
    expect(box).toEqual({ scrollLeft: 0, scrollTop: 1 });
    scrollTo.call(box as unknown as Element, Infinity);
    expect(box).toEqual({ scrollLeft: 0, scrollTop: 0 });
  });
});

describe("Blob.prototype.arrayBuffer and text", () => {
  const bytes = [0xef, 0xbb, 0xbf, ...new NodeTextEncoder().encode("工号,姓名\n"), 0xff, 0x41];

  it("read a Blob (through FileReader) as Node's Blob reads the same bytes", async () => {
    const blob = new Blob([new Uint8Array(bytes)]);
    const native = new NodeBlob([new Uint8Array(bytes)]);
    expect(Array.from(new Uint8Array(await arrayBuffer.call(blob)))).toEqual(
      Array.from(new Uint8Array(await native.arrayBuffer()))
    );
    expect(await text.call(blob)).toBe(await native.text());
  });

  it("what FileReader cannot read is a rejection, not a throw", async () => {
    await expect(arrayBuffer.call({} as Blob)).rejects.toThrow();
  });
});

describe("ResizeObserver", () => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

  it("reports a box at once, then each change of the box observed, until unobserved", async () => {
    const element = document.createElement("div");
    element.style.cssText = "width: 100px; height: 40px; padding: 5px; border: 2px solid black";
    document.body.appendChild(element);
    const seen: { content: number[]; border: number[]; rect: number[] }[] = [];
    type Entry = {
      contentBoxSize: [{ inlineSize: number; blockSize: number }];
      borderBoxSize: [{ inlineSize: number; blockSize: number }];
      contentRect: DOMRectPolyfill;
    };
    const observer = new ResizeObserverPolyfill((entries) => {
      for (const e of entries as Entry[])
        seen.push({
          content: [e.contentBoxSize[0].inlineSize, e.contentBoxSize[0].blockSize],
          border: [e.borderBoxSize[0].inlineSize, e.borderBoxSize[0].blockSize],
          rect: [e.contentRect.x, e.contentRect.y, e.contentRect.width, e.contentRect.height],
        });
    });
    observer.observe(element, { box: "border-box" });
    await frame();
    expect(seen).toEqual([{ content: [100, 40], border: [114, 54], rect: [5, 5, 100, 40] }]);
    await frame();
    expect(seen).toHaveLength(1); // no change, no entry
    element.style.boxSizing = "border-box"; // the same declared width is now the border box
    await frame();
    expect(seen[1]).toEqual({ content: [86, 26], border: [100, 40], rect: [5, 5, 86, 26] });
    element.style.display = "none";
    await frame();
    expect(seen[2]).toEqual({ content: [0, 0], border: [0, 0], rect: [0, 0, 0, 0] });
    observer.unobserve(element);
    element.style.display = "";
    await frame();
    expect(seen).toHaveLength(3);
    observer.disconnect();
    element.remove();
  });

  it("refuses a callback that is not a function, as the native", () => {
    expect(() => new ResizeObserverPolyfill("no" as never)).toThrow(TypeError);
  });
});
