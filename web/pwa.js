// Offline support on the page side, loaded by boot.js once the app runs (so
// it never delays the first screen). Registers the service worker that
// web/sw-build.mjs writes next to index.html, offers a waiting update and
// switches to it only when the person says so, and marks the page while
// offline (styles/app.css then says which links need a connection).

/** Set when this page asked the waiting version to take over. */
let accepted = false;

/** A small notice outside the app's root, with a button that swaps versions. */
function offer(worker) {
  if (document.getElementById('app-update')) return;
  const box = document.createElement('div');
  box.id = 'app-update';
  box.setAttribute('role', 'status');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'primary';
  button.textContent = 'Reload';
  button.onclick = () => {
    // Another tab may have switched already; then only this page is old.
    if (worker.state !== 'installed') return location.reload();
    accepted = true;
    worker.postMessage('skipWaiting');
  };
  box.append('A new version is ready', button);
  // Its look lives here, so visits that never see it never download it.
  if ('adoptedStyleSheets' in document) {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      '#app-update{position:sticky;top:0;z-index:1;display:flex;flex-wrap:wrap;align-items:center;justify-content:center;' +
        'gap:.25rem .75rem;padding:.25rem var(--space);font-size:.9rem;background:var(--accent-soft);border-bottom:2px solid var(--accent)}' +
        // One line on a 320 px phone.
        '#app-update button{padding:0 1rem}@media print{#app-update{display:none}}',
    );
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  }
  document.body.prepend(box);
}

function register() {
  const sw = navigator.serviceWorker;
  // The new version took over: load it here if this page asked; if another
  // tab did, this page is now the old one, so offer the reload (the first
  // install, which had nothing to replace, needs no notice).
  let controlled = !!sw.controller;
  sw.addEventListener('controllerchange', () => {
    if (accepted) return location.reload();
    if (controlled) offer(sw.controller);
    controlled = true;
  });
  // Relative, so the worker's scope is the folder the app is served from.
  sw.register('sw.js').then((reg) => {
    // Tools that block workers may stub register() to resolve with nothing.
    if (!reg) return;
    // An update waits until accepted; the very first install has no
    // controller to replace and needs no notice.
    const ready = (worker) => worker?.state === 'installed' && sw.controller && offer(worker);
    const watch = (worker) => worker?.addEventListener('statechange', () => ready(worker));
    ready(reg.waiting);
    watch(reg.installing);
    reg.addEventListener('updatefound', () => watch(reg.installing));
    // An installed app may stay open for days: look again when it comes back.
    document.addEventListener('visibilitychange', () => document.hidden || reg.update().catch(() => {}));
  }, () => {});
}

const online = () => document.documentElement.classList.toggle('offline', !navigator.onLine);
addEventListener('online', online);
addEventListener('offline', online);
online();

// Sandboxed or cross-site frames, file:// and blocked storage refuse
// service workers (some by throwing on access): the app runs without one.
try {
  register();
} catch {}
