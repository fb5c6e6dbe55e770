/* ECMAScript built-ins newer than EdgeHTML 18 that the bundle calls. Office 2016–2021 on Windows without the
 * WebView2 runtime shows the pane and runs the custom functions in EdgeHTML 18 (Edge 18: ES2017 and part of
 * ES2018). The build lowers syntax to ES2017 (scripts/esbuild-lower-plugin.cjs) but not built-ins, so each one
 * the bundle calls and Edge 18 lacks is defined here, only where missing. test/bundle-syntax.test.ts holds the
 * bundle to this list; test/e2e/pane-edge18.e2e.test.ts runs the pane in Chromium with them deleted.
 * Imported first by both entries (src/taskpane/index.tsx through ./edge18, src/functions/functions.ts). */
import { defineMissing, globalObject } from "./define";

/** Object.fromEntries (ES2019; Edge 79, not EdgeHTML 18). */
export function fromEntries(entries: Iterable<unknown>): Record<PropertyKey, unknown> {
  const object: Record<PropertyKey, unknown> = {};
  for (const entry of entries) {
    if (Object(entry) !== entry)
      throw new TypeError("Object.fromEntries: an entry is not an object");
    // Read as entry[0] and entry[1], not destructured (which would iterate it); CreateDataProperty: "__proto__"
    // is an own key like any other, not the prototype.
    const pair = entry as Record<number, unknown>;
    Object.defineProperty(object, pair[0] as PropertyKey, {
      value: pair[1],
      writable: true,
      enumerable: true,
      configurable: true,
    });
  }
  return object;
}

/** Array.prototype.flatMap (ES2019; Edge 79): map, then flatten one level, skipping holes. */
export function flatMap<T>(
  this: ArrayLike<T>,
  callback: (value: T, index: number, array: ArrayLike<T>) => unknown
): unknown[] {
  if (this == null) throw new TypeError("Array.prototype.flatMap called on null or undefined");
  if (typeof callback !== "function")
    throw new TypeError("Array.prototype.flatMap: callback is not a function");
  const source = Object(this) as ArrayLike<T>;
  const length = Math.min(
    Math.max(Math.trunc(Number(source.length)) || 0, 0),
    Number.MAX_SAFE_INTEGER
  );

  const thisArg: unknown = arguments[1];
  const out: unknown[] = [];
  for (let i = 0; i < length; i++) {
    if (!(i in source)) continue;
    const mapped = callback.call(thisArg, source[i], i, source);
    if (!Array.isArray(mapped)) {
      out.push(mapped);
      continue;
    }
    for (let j = 0; j < mapped.length; j++) if (j in mapped) out.push(mapped[j]);
  }
  return out;
}

const targets = new WeakMap<object, object>();

/**
 * WeakRef (ES2021; Edge 84), which Fluent UI's focus management (tabster, keyborg) constructs on every focus
 * change. Edge 18 has no way to observe collection, so this one holds its target for as long as it is itself
 * held: deref() never returns undefined. The cost is memory kept a little longer, never a wrong answer.
 */
export class WeakRefPolyfill<T extends object> {
  constructor(target: T) {
    if (Object(target) !== target) throw new TypeError("WeakRef: target must be an object");
    targets.set(this, target);
  }

  deref(): T | undefined {
    return targets.get(this) as T | undefined;
  }
}
Object.defineProperty(WeakRefPolyfill.prototype, Symbol.toStringTag, {
  value: "WeakRef",
  configurable: true,
});

/** Defines what is missing on `global`; returns the names it defined. */
export function installEdge18Builtins(global: Record<string, unknown> = globalObject()): string[] {
  const done: string[] = [];
  const note = (name: string, defined: boolean) => defined && done.push(name);
  // globalThis (ES2020; Edge 79): functions.ts assigns CustomFunctions through it.
  note("globalThis", defineMissing(global, "globalThis", global));
  note("Object.fromEntries", defineMissing(Object, "fromEntries", fromEntries));
  note("Array.prototype.flatMap", defineMissing(Array.prototype, "flatMap", flatMap));
  note("WeakRef", defineMissing(global, "WeakRef", WeakRefPolyfill));
  return done;
}

installEdge18Builtins();
