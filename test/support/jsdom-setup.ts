// What jsdom lacks and the pane uses: text encoding (fingerprints), structuredClone, matchMedia.
import { configure } from "@testing-library/dom";
import { TextDecoder, TextEncoder } from "node:util";

// findBy… and waitFor give up after one second by default: a machine running two suites at once may take
// longer to render a result. What never appears still fails, within the test's own limit.
configure({ asyncUtilTimeout: 120_000 });

Object.assign(globalThis, { TextEncoder, TextDecoder });
if (typeof globalThis.structuredClone !== "function") {
  globalThis.structuredClone = <T>(value: T): T => JSON.parse(JSON.stringify(value));
}
if (typeof window !== "undefined" && !window.matchMedia) {
  window.matchMedia = () =>
    ({
      matches: false,
      addListener: () => undefined,
      removeListener: () => undefined,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      onchange: null,
      media: "",
      dispatchEvent: () => false,
    }) as unknown as MediaQueryList;
}
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Object.assign(window, { ResizeObserver: ResizeObserverStub });
}
