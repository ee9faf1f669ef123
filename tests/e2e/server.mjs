// A small static server for the built dist/, on 127.0.0.1 and a random port.
// Written here rather than pulled from npm because the tests need to control
// it: mount under a sub-path, send the same headers as a real host
// (web/_headers), and later cut the network for offline tests.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/** Headers from a `_headers` file: indented `Name: value` lines. */
export async function readHeaders(file) {
  const text = await fs.readFile(file, 'utf8').catch(() => '');
  const headers = {};
  for (const line of text.split('\n')) {
    const m = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (m) headers[m[1]] = m[2].trim();
  }
  return headers;
}

/**
 * Serves `root` under `base` (e.g. '/' or '/explorer/'), listening on
 * 127.0.0.1 and named `name` in its URLs: 'localhost' gives a second origin
 * on the same machine (the embed tests put a blog and the app on two).
 * Returns { url, origin, close, requests } where requests lists every path asked for.
 */
export async function serve({ root, base = '/', name = '127.0.0.1', headers = {} }) {
  const requests = [];
  const server = http.createServer(async (req, res) => {
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(pathname);
    if (!pathname.startsWith(base)) return send(res, 404, 'not found');
    let rel = pathname.slice(base.length) || 'index.html';
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(root, rel);
    if (!file.startsWith(path.resolve(root) + path.sep)) return send(res, 403, 'forbidden');
    try {
      const body = await fs.readFile(file);
      res.writeHead(200, {
        ...headers,
        'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream',
        'Cache-Control': 'no-cache',
      });
      res.end(body);
    } catch {
      send(res, 404, 'not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://${name}:${server.address().port}`;
  return {
    origin,
    url: origin + base,
    requests,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

function send(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain' });
  res.end(text);
}
