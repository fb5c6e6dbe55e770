import { ensureCliBuild, ensureProductionBuild } from "./built-functions";

/** The tests of the built add-in (bundle, metadata, pane in a browser) share one production build, made
 *  here once, before the workers start, when dist/ is missing or older than the sources; so do the tests of
 *  the compiled command (dist-cli/). */
export default function globalSetup(): void {
  ensureProductionBuild();
  ensureCliBuild();
}
