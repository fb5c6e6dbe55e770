/* Shared by the EdgeHTML 18 polyfills (src/polyfills/edge18*.ts). */

/** The page's global object, found without `globalThis` (which EdgeHTML 18 lacks). */
export function globalObject(): Record<string, unknown> {
  if (typeof self !== "undefined") return self as unknown as Record<string, unknown>;
  if (typeof window !== "undefined") return window as unknown as Record<string, unknown>;
  return Function("return this")() as Record<string, unknown>;
}

/**
 * Defines `owner[name] = value` only where it is missing, the way built-ins are defined: writable,
 * configurable and not enumerable (a `for…in` over an array or an object sees nothing new). Returns whether it
 * did, for the tests.
 */
export function defineMissing(owner: object | undefined, name: string, value: unknown): boolean {
  if (!owner || name in owner) return false;
  Object.defineProperty(owner, name, {
    value,
    writable: true,
    configurable: true,
    enumerable: false,
  });
  return true;
}
