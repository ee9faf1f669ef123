// Offline support on the page side, loaded by boot.js once the app runs (so
// it never delays the first screen). Registers the service worker that
// web/sw-build.mjs writes next to index.html, offers a waiting update and
// switches to it only when the person says so, and marks the page while
// offline (styles/app.css then says which links need a connection).

/** Set when this page asked the waiting version to take over. */
let accepted = false;

/**
 * A small notice outside the app's root, with a Reload button: `worker` is
 * a new version waiting to take over, or null when an update could not be
 * installed (then Reload leaves the old version for the server's pages).
 */
function offer(worker) {
  if (document.getElementById('app-update')) return;
  const box = document.createElement('div');
  box.id = 'app-update';
  box.setAttribute('role', 'status');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'primary';
  button.textContent = 'Reload';
  button.onclick = async () => {
    if (!worker) {
      // The old worker would serve the old page again: let it go first,
      // unless offline, where it is all there is.
      // This folder's registration, never the one of a folder above (the
      // English app's, when this is another language's first install).
      const reg = await navigator.serviceWorker.getRegistration('./');
      if (navigator.onLine && reg?.scope === new URL('./', location).href) await reg.unregister();
      return location.reload();
    }
    // Another tab may have switched already; then only this page is old.
    if (worker.state !== 'installed') return location.reload();
    accepted = true;
    worker.postMessage('skipWaiting');
  };
  box.append(worker ? 'A new version is ready' : 'An update could not be installed', button);
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
  // install, which had nothing to replace, needs no notice). Only this
  // folder's worker counts: another language's build lives in a folder of
  // this one, and the worker of the folder above may control its page until
  // its own first install takes over, which replaces nothing of its own.
  const own = new URL('sw.js', location).href;
  const ours = () => sw.controller?.scriptURL === own;
  let controlled = ours();
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
    const ready = (worker) => worker?.state === 'installed' && ours() && offer(worker);
    // A new version that never installed (a file failing its hash because
    // the host changed it, a missing file) is discarded: say so once, so no
    // one stays on an old version without knowing.
    const watch = (worker) => {
      let installed = false;
      worker?.addEventListener('statechange', () => {
        installed ||= worker.state === 'installed';
        ready(worker);
        if (worker.state === 'redundant' && !installed && ours()) offer(null);
      });
    };
    ready(reg.waiting);
    watch(reg.installing);
    reg.addEventListener('updatefound', () => watch(reg.installing));
    // Look for a new version now, and again when an installed app that
    // stayed open for days comes back. If sw.js is gone from the server (a
    // deploy without offline support), let the old worker go, so the next
    // visit gets the server's pages rather than this old version for good.
    const check = () =>
      reg.update().catch(async () => {
        // Gone: not found, or a host's fallback page in its place.
        const gone = await fetch('sw.js', { cache: 'no-store' }).then(
          (r) => r.status === 404 || r.status === 410 || (r.ok && !/javascript/.test(r.headers.get('content-type') ?? '')),
          () => false,
        );
        if (gone) await reg.unregister();
      });
    check();
    document.addEventListener('visibilitychange', () => document.hidden || check());
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
