import { ensureProductionBuild } from "./built-functions";

/** The tests of the built add-in (bundle, metadata, pane in a browser) share one production build, made
 *  here once, before the workers start, when dist/ is missing or older than the sources. */
export default function globalSetup(): void {
  ensureProductionBuild();
}
