/* eslint-disable no-undef */
/* global require, module */
// A small static file server for the built pane (dist/), on loopback only: `npm start` on machines without
// desktop Excel, and the end-to-end test.
const http = require("http");
const fs = require("fs");
const path = require("path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".png": "image/png",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".txt": "text/plain; charset=utf-8",
};

function serve(root, port = 3000, host = "127.0.0.1") {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url || "/", "http://localhost");
    const relative = decodeURIComponent(url.pathname === "/" ? "/taskpane.html" : url.pathname);
    const file = path.join(root, path.normalize(relative).replace(/^(\.\.[/\\])+/, ""));
    if (!file.startsWith(root) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" });
      response.end("not found");
      return;
    }
    response.writeHead(200, {
      "Content-Type": TYPES[path.extname(file)] || "application/octet-stream",
      "Cache-Control": "no-store",
    });
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

module.exports = { serve };
