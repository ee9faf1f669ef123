// Where the wasm's bytes go, per function, read from the name section of
// the build cargo writes before wasm-opt (release keeps names: strip is
// "debuginfo"). Finds what a change added when the size budget is tight.
//
//   node scripts/wasm-sizes.mjs A.wasm [N]        the N largest functions
//   node scripts/wasm-sizes.mjs A.wasm B.wasm [N] what changed from A to B
//
// A is usually $CARGO_TARGET_DIR/wasm32-unknown-unknown/release/symptom-explorer.wasm
// (copy it aside before building the other commit).
import fs from 'node:fs';

/** Code bytes per function name (hashes stripped, so two builds compare). */
function functions(file) {
  const buf = fs.readFileSync(file);
  let p = 8;
  const u32 = () => {
    let r = 0, s = 0, b;
    do { b = buf[p++]; r |= (b & 0x7f) << s; s += 7; } while (b & 0x80);
    return r >>> 0;
  };
  let imported = 0;
  const bodies = [];
  const names = new Map();
  while (p < buf.length) {
    const id = buf[p++];
    const end = u32() + p;
    if (id === 2) {
      for (let n = u32(); n > 0; n--) {
        for (let part = 0; part < 2; part++) { const len = u32(); p += len; }
        const kind = buf[p++];
        if (kind === 0) { u32(); imported++; }
        else if (kind === 1) { p++; const f = u32(); u32(); if (f & 1) u32(); }
        else if (kind === 2) { const f = u32(); u32(); if (f & 1) u32(); }
        else p += 2;
      }
    } else if (id === 10) {
      for (let n = u32(); n > 0; n--) { const size = u32(); bodies.push(size); p += size; }
    } else if (id === 0) {
      const len = u32();
      const section = buf.subarray(p, p + len).toString();
      p += len;
      while (section === 'name' && p < end) {
        const sub = buf[p++];
        const subEnd = u32() + p;
        if (sub === 1) for (let n = u32(); n > 0; n--) { const i = u32(); const l = u32(); names.set(i, buf.subarray(p, p + l).toString()); p += l; }
        p = subEnd;
      }
    }
    p = end;
  }
  const out = new Map();
  bodies.forEach((size, i) => {
    const name = (names.get(i + imported) ?? `f${i}`).replace(/17h[0-9a-f]{16}E$/, '').replace(/::h[0-9a-f]{16}$/, '');
    out.set(name, (out.get(name) ?? 0) + size);
  });
  return out;
}

const [a, b, n] = process.argv.slice(2);
const count = Number((b && !b.endsWith('.wasm') ? b : n) ?? 40);
const before = functions(a);
const rows = b?.endsWith('.wasm')
  ? (() => {
      const after = functions(b);
      return [...new Set([...before.keys(), ...after.keys()])]
        .map((k) => [(after.get(k) ?? 0) - (before.get(k) ?? 0), k])
        .filter(([d]) => d !== 0)
        .sort((x, y) => Math.abs(y[0]) - Math.abs(x[0]));
    })()
  : [...before].map(([k, v]) => [v, k]).sort((x, y) => y[0] - x[0]);
for (const [size, name] of rows.slice(0, count)) console.log(String(size).padStart(7), name.slice(0, 150));
