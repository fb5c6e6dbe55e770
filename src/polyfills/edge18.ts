/* Everything the pane needs that EdgeHTML 18 lacks, defined where missing before any other module of the pane
 * is evaluated: src/taskpane/index.tsx imports this first. See ./edge18-builtins.ts; the list of what these
 * define is EDGE18_POLYFILLS in ./edge18-gaps.ts. */
import "./edge18-builtins";
import "./edge18-encoding";
import "./edge18-dom";
