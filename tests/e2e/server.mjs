// A small static server for the built dist/, on 127.0.0.1 and a random port.
// Written here rather than pulled from npm because the tests need to control
// it: mount under a sub-path, send the same headers as a real host
// (web/_headers), and later cut the network for offline tests.
import http from 'node:http';
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';

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

/**
 * Rules from a `_headers` file: a path (`/*` or an exact file such as
 * `/sw.js`, relative to where the app is mounted) followed by indented
 * `Name: value` lines. Returns [{ path, headers }] in file order.
 */
export async function readHeaders(file) {
  const text = await fs.readFile(file, 'utf8').catch(() => '');
  const rules = [];
  for (const line of text.split('\n')) {
    const header = /^\s+([A-Za-z-]+):\s*(.+)$/.exec(line);
    if (header) rules.at(-1).headers[header[1]] = header[2].trim();
    else if (line.startsWith('/')) rules.push({ path: line.trim(), headers: {} });
  }
  return rules;
}

/** The headers the rules give `rel` (a path inside the app, e.g. 'sw.js'); later rules win. */
function headersFor(rules, rel) {
  const matches = (p) => (p.endsWith('*') ? ('/' + rel).startsWith(p.slice(0, -1)) : p === '/' + rel);
  return Object.assign({}, ...rules.filter((r) => matches(r.path)).map((r) => r.headers));
}

/**
 * Serves `root` under `base` (e.g. '/' or '/explorer/') with the header
 * rules of readHeaders, listening on `host` and named `name` in its URLs:
 * 'localhost' gives a second origin on the same machine (the embed tests put
 * a blog and the app on two). Returns { url, origin, close, requests, responses,
 * setOffline, setRoot } where requests lists every path asked for and
 * responses every "status path" answered. setOffline(true) drops every
 * connection unanswered, as a dead network would, even for requests a
 * service worker makes (which the browser's own offline mode does not see).
 * setRoot(dir) serves another folder from then on, as a deploy would.
 * With `brotli`, text files go out brotli-compressed to browsers that accept
 * it, as a real static host sends them (for timings; tests leave it off).
 */
export async function serve({ root, base = '/', host = '127.0.0.1', name = host, headers = [], brotli = false }) {
  const requests = [];
  const responses = [];
  let offline = false;
  const server = http.createServer(async (req, res) => {
    if (offline) return req.socket.destroy();
    const pathname = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(pathname);
    res.on('finish', () => responses.push(`${res.statusCode} ${pathname}`));
    if (!pathname.startsWith(base)) return send(res, 404, 'not found');
    let rel = pathname.slice(base.length) || 'index.html';
    if (rel.endsWith('/')) rel += 'index.html';
    const file = path.resolve(root, rel);
    if (!file.startsWith(path.resolve(root) + path.sep)) return send(res, 403, 'forbidden');
    try {
      let body = await fs.readFile(file);
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      const encoding = {};
      if (brotli && /text|javascript|json|wasm|svg/.test(type) && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = compressed(file, body);
        Object.assign(encoding, { 'Content-Encoding': 'br', Vary: 'Accept-Encoding' });
      }
      res.writeHead(200, {
        'Content-Type': type,
        'Cache-Control': 'no-cache',
        ...encoding,
        ...headersFor(headers, rel),
      });
      res.end(body);
    } catch {
      send(res, 404, 'not found');
    }
  });
  await new Promise((ok) => server.listen(0, host, ok));
  const origin = `http://${name}:${server.address().port}`;
  return {
    origin,
    url: origin + base,
    requests,
    responses,
    setOffline: (value) => {
      offline = value;
      // Keep-alive connections would otherwise still answer.
      if (offline) server.closeAllConnections();
    },
    setRoot: (dir) => {
      root = dir;
    },
    close: () => new Promise((ok) => {
      server.close(ok);
      server.closeAllConnections();
    }),
  };
}

const brotliCache = new Map();

/** `body` at brotli's highest quality, once per file and content. */
function compressed(file, body) {
  const key = file + ':' + body.length;
  if (!brotliCache.has(key)) {
    brotliCache.set(key, zlib.brotliCompressSync(body, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
  return brotliCache.get(key);
}

function send(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain' });
  res.end(text);
}
