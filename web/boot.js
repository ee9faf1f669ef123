// Starts the app from a file rather than an inline script, so the page runs
// under a strict Content-Security-Policy (no 'unsafe-inline'). Trunk writes
// the hashed names of the wasm-bindgen glue and the wasm into #wasm-entry
// (see pattern_script in Trunk.toml).
const entry = document.getElementById('wasm-entry');

/**
 * The app could not start: its files failed to load (a blocked request, a
 * page cached from an older build whose files are gone), the browser lacks
 * WebAssembly, or the start failed. Says so in place of the loading line,
 * in the page's own notice style, with a way to try again.
 */
function failed(error) {
  console.error('symptom-explorer: could not start', error);
  const box = document.createElement('div');
  box.className = 'notice boot-error';
  box.setAttribute('role', 'alert');
  const text = document.createElement('p');
  // Text from content/<lang>/ui.toml [page], put in by web/post-build.mjs.
  text.textContent = 'The symptom explorer could not start in this browser: part of it did not load, or the browser blocks it. Nothing you entered was lost or sent anywhere.';
  const actions = document.createElement('div');
  actions.className = 'notice-actions';
  const again = document.createElement('button');
  again.type = 'button';
  again.className = 'primary';
  again.textContent = 'Try again';
  again.addEventListener('click', () => location.reload());
  actions.append(again);
  box.append(text, actions);
  (document.getElementById('main') ?? document.getElementById('app')).prepend(box);
  // Hides the loading line and the first screen, whose links need the app.
  document.documentElement.classList.add('boot-failed');
  again.focus();
  // An old version's page that cannot start may be served by its worker:
  // the update check (web/pwa.js) lets a newer one replace it.
  if (entry.dataset.pwa) import(entry.dataset.pwa).catch(() => {});
}

try {
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
} catch (error) {
  failed(error);
}
