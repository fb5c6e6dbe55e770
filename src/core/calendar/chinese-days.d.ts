// chinese-days' UMD build, typed as the package. Its ES build ("module") is ESM inside a package of
// "type": "commonjs", which webpack refuses to parse; the UMD build loads the same in webpack, esbuild and Node.
declare module "chinese-days/dist/index.min.js" {
  export * from "chinese-days";
}
