/* eslint-disable no-undef */
/* global require, process, __dirname, console */
// `npm start`: with desktop Excel (Windows, Mac) sideload the add-in as Microsoft's tooling does; elsewhere
// (Linux) build the pane and serve it on http://localhost — no certificate to install — as a standalone page.
const { spawnSync } = require("child_process");
const path = require("path");
const { serve } = require("./static-server.cjs");

const root = path.join(__dirname, "..");
const run = (command, args) =>
  spawnSync(command, args, { cwd: root, stdio: "inherit", shell: process.platform === "win32" })
    .status ?? 1;

if (process.platform === "win32" || process.platform === "darwin") {
  process.exit(
    run("npx", ["office-addin-debugging", "start", "manifest.xml", ...process.argv.slice(2)])
  );
}

if (run("npx", ["webpack", "--mode", "production"]) !== 0) process.exit(1);
const port = Number(process.env.PORT || 3000);
serve(path.join(root, "dist"), port).then(() => {
  console.log(
    `\n运营考核评价（独立页面）/ Operations assessment, standalone page:\n  http://localhost:${port}/taskpane.html\n  English: http://localhost:${port}/taskpane.html?lang=en-US\n\n(No desktop Excel on this machine: open the page in a browser. Ctrl+C stops the server.)`
  );
});
