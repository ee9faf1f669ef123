// Starts the app from a file rather than an inline script, so the page runs
// under a strict Content-Security-Policy (no 'unsafe-inline'). Trunk writes
// the hashed names of the wasm-bindgen glue and the wasm into #wasm-entry
// (see pattern_script in Trunk.toml).
const entry = document.getElementById('wasm-entry');
// Embedding options and the frame's height reporting (web/frame.js) matter
// only in a frame or with URL options; other visits never fetch the file.
// If it fails (an old browser), the app still starts, without those options.
// Release builds give it a hashed name (web/post-build.mjs).
if (location.search || parent !== window) await import(entry.dataset.frame || './frame.js').catch((e) => console.warn('symptom-explorer:', e));
// The first screen is in the HTML (prerendered by the build): let it paint
// before the app's downloads start, so they never hold it back on a slow
// link (the release build drops Trunk's preload links for the same reason).
await new Promise((painted) => requestAnimationFrame(() => setTimeout(painted)));
const { default: init } = await import(entry.dataset.js);
await init({ module_or_path: entry.dataset.wasm });
// Release builds add offline support once the app runs (web/post-build.mjs).
if (entry.dataset.pwa) import(entry.dataset.pwa);
