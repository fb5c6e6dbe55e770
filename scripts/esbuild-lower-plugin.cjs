/* global require, module */
// Lowers every JavaScript file webpack emits (our code, node_modules code that no loader touched, webpack's
// runtime) to one language level, before the minimizer runs. Office 2016/2019/2021 on Windows without the
// WebView2 runtime show the pane in EdgeHTML 18, which cannot parse `?.`, `??`, `||=` and other syntax newer
// than ES2017; a script it cannot parse is a blank pane.
//
// esbuild lowers the syntax. It leaves regular expressions alone here (by default it would turn an
// unsupported literal into `new RegExp("…")`, which parses but throws when it runs), so a literal newer than
// the target is rewritten first with regexpu-core where that keeps its meaning (`\p{…}` property escapes,
// the `s` flag) and fails the build, naming it, where it cannot (named groups, lookbehind, the `v` flag).
const acorn = require("acorn");
const esbuild = require("esbuild");
const rewritePattern = require("regexpu-core");

const NAME = "EsbuildLowerPlugin";

/** Regular-expression features esbuild may leave as they are: this plugin deals with them itself. */
const REGEXP_FEATURES = [
  "regexp-dot-all-flag",
  "regexp-lookbehind-assertions",
  "regexp-match-indices",
  "regexp-named-capture-groups",
  "regexp-set-notation",
  "regexp-sticky-and-unicode-flags",
  "regexp-unicode-property-escapes",
];

/** `pattern` as the body of a regular-expression literal: `/` escaped, line terminators written as escapes. */
function literalBody(pattern) {
  let out = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") {
      out += c + (pattern[i + 1] ?? "");
      i++;
    } else if (c === "/") out += "\\/";
    else if (c === "\n") out += "\\n";
    else if (c === "\r") out += "\\r";
    else if (c === "\u2028") out += "\\u2028";
    else if (c === "\u2029") out += "\\u2029";
    else out += c;
  }
  return out;
}

function parsesAt(ecmaVersion, literal) {
  try {
    acorn.parse(literal, { ecmaVersion, sourceType: "script" });
    return true;
  } catch {
    return false;
  }
}

class EsbuildLowerPlugin {
  /** @param {{ target: string }} options e.g. { target: "es2017" } */
  constructor(options) {
    this.target = options.target;
    this.ecmaVersion = Number(/^es(\d{4})$/i.exec(options.target)?.[1]);
    if (!this.ecmaVersion) throw new Error(`${NAME}: target must be esYYYY, not ${options.target}`);
  }

  apply(compiler) {
    const { Compilation, WebpackError, sources } = compiler.webpack;
    this.withMaps = Boolean(compiler.options.devtool);
    compiler.hooks.thisCompilation.tap(NAME, (compilation) => {
      const cache = compilation.getCache(NAME);
      compilation.hooks.processAssets.tapPromise(
        // "Optimize compatibility of existing assets": after the chunks are rendered, before the minimizer
        // (PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE) and the source-map tooling (PROCESS_ASSETS_STAGE_DEV_TOOLING).
        { name: NAME, stage: Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_COMPATIBILITY },
        async (assets) => {
          const names = Object.keys(assets).filter((name) => /\.[cm]?js$/.test(name));
          await Promise.all(
            names.map(async (name) => {
              const asset = compilation.getAsset(name);
              const etag = cache.getLazyHashedEtag(asset.source);
              const key = `${name}|${this.target}|${this.withMaps}`;
              const lowered = await cache.providePromise(key, etag, () =>
                this.lower(name, asset.source, sources)
              );
              if (lowered.errors.length > 0) {
                for (const message of lowered.errors)
                  compilation.errors.push(new WebpackError(message));
                return;
              }
              compilation.updateAsset(name, lowered.source);
            })
          );
        }
      );
    });
  }

  /** The asset at the target level, or why it cannot be. */
  async lower(name, original, sources) {
    const errors = [];
    const input = this.lowerRegExps(name, original, sources, errors);
    if (errors.length > 0) return { errors, source: original };
    const withMaps = this.withMaps;
    const { source: code, map } = withMaps
      ? input.sourceAndMap()
      : { source: input.source(), map: null };
    let result;
    try {
      result = await esbuild.transform(code.toString(), {
        loader: "js",
        target: this.target,
        supported: Object.fromEntries(REGEXP_FEATURES.map((feature) => [feature, true])),
        // esbuild's helpers (__async, __spreadValues, …) stay inside the file instead of becoming page globals.
        format: "iife",
        // Syntax only: nothing dropped (an iife would otherwise turn esbuild's tree shaking on).
        treeShaking: false,
        // Licence comments stay for the minimizer to extract, as before.
        legalComments: "inline",
        sourcemap: withMaps ? "external" : false,
        sourcefile: name,
        logLevel: "silent",
      });
    } catch (error) {
      return {
        errors: [`${NAME}: ${name} cannot be lowered to ${this.target}: ${error.message}`],
        source: original,
      };
    }
    if (!withMaps || !map) return { errors, source: new sources.RawSource(result.code) };
    // Chained: the emitted map still points at the original TypeScript through webpack's own map.
    return {
      errors,
      source: new sources.SourceMapSource(result.code, name, result.map, code, map, true),
    };
  }

  /** Regular-expression literals newer than the target, rewritten to the same meaning where they can be. */
  lowerRegExps(name, original, sources, errors) {
    const text = original.source().toString();
    const regexps = [];
    try {
      acorn.parse(text, {
        ecmaVersion: "latest",
        sourceType: "script",
        allowHashBang: true,
        onToken: (token) => {
          if (token.type.label === "regexp") regexps.push(token);
        },
      });
    } catch (error) {
      errors.push(`${NAME}: ${name} does not parse: ${error.message}`);
      return original;
    }
    const replaced = new sources.ReplaceSource(original, name);
    for (const token of regexps) {
      const { pattern, flags } = token.value;
      if (parsesAt(this.ecmaVersion, `/${literalBody(pattern)}/${flags}`)) continue;
      let literal = null;
      try {
        const lowered = rewritePattern(pattern, flags, {
          unicodePropertyEscapes: "transform",
          dotAllFlag: "transform",
        });
        literal = `/${literalBody(lowered)}/${flags.replace("s", "")}`;
      } catch {
        // below: not one this plugin can rewrite
      }
      if (literal === null || !parsesAt(this.ecmaVersion, literal)) {
        errors.push(
          `${NAME}: ${name} has the regular expression /${pattern}/${flags}, which ${this.target} cannot read ` +
            `and which cannot be rewritten to the same meaning (named groups, lookbehind, the v or d flag?): ` +
            `write it without them in the source.`
        );
        continue;
      }
      replaced.replace(token.start, token.end - 1, literal);
    }
    return replaced;
  }
}

module.exports = { EsbuildLowerPlugin };
