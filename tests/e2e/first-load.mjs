// The files a first visit downloads, read from the built index.html, with
// their raw, gzip and brotli sizes. Shared by the size budget test and the
// bench command.
import fs from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';

export async function firstLoad(dist) {
  const html = await fs.readFile(path.join(dist, 'index.html'), 'utf8');
  const refs = new Set(['index.html']);
  // Attribute values may be quoted or not (the release HTML is minified).
  for (const m of html.matchAll(/(?:href|src|data-js|data-wasm)=(?:"([^"]+)"|([^\s">]+))/g)) {
    const ref = (m[1] ?? m[2]).replace(/^\.?\//, '');
    // A folder is another page (the other language's build), not a file of this one.
    if (!/^[a-z]+:/.test(ref) && ref && !ref.startsWith('#') && !ref.endsWith('/')) refs.add(ref);
  }
  return sizes(dist, refs);
}

/** Raw, gzip and brotli sizes of the named files in `dist`, with their total. */
export async function sizes(dist, names) {
  const files = [];
  for (const name of names) {
    const body = await fs.readFile(path.join(dist, name));
    files.push({
      name,
      raw: body.length,
      gzip: zlib.gzipSync(body, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(body, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      }).length,
    });
  }
  const total = { name: 'total', raw: 0, gzip: 0, brotli: 0 };
  for (const f of files) for (const k of ['raw', 'gzip', 'brotli']) total[k] += f[k];
  return { files, total };
}

export function table({ files, total }) {
  const row = (f) => `${f.name.padEnd(44)} ${String(f.raw).padStart(9)} ${String(f.gzip).padStart(9)} ${String(f.brotli).padStart(9)}`;
  return [`${'file'.padEnd(44)} ${'raw'.padStart(9)} ${'gzip'.padStart(9)} ${'brotli'.padStart(9)}`, ...files.map(row), row(total)].join('\n');
}
