// The installable, offline app against the release build: the service
// worker (web/sw.js, written by web/sw-build.mjs) and the update offer
// (web/pwa.js). The network is cut at the server, because Chromium's
// offline mode does not apply to the requests a service worker makes.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DIST, ROOT, cleanup, launch, launchProfile, openPage, openPageIn, serveDist } from './browser.mjs';
import { readHeaders, serve } from './server.mjs';
import { NO_WARNINGS, Q, REFERRED_RESULT, SUMMARY, TEMPLE, WELCOME, walk } from './journey.mjs';
import { V2_MARK, brandMark, controlled, deployVersion2 } from './pwa.mjs';

let browser;
test.before(async () => {
  browser = await launch();
});
test.after(() => browser?.close());

const heading = (page, name) => page.getByRole('heading', { level: 1, name }).waitFor();

/** Opens the app once and waits until its service worker has cached the build. */
async function firstVisit(page, url) {
  await page.goto(url);
  await heading(page, WELCOME);
  await controlled(page);
}

for (const base of ['/', '/explorer/']) {
  test(`at ${base}: after one visit, a whole guided journey and the summary work with the server unreachable`, async (t) => {
    const server = await serveDist(base);
    cleanup(t, () => server.close());
    const { page, context } = await openPage(t, browser, server.origin);
    await firstVisit(page, server.url);
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL), server.url + 'sw.js');

    server.setOffline(true);
    // Only for navigator.onLine, which the article note follows.
    await context.setOffline(true);
    await page.reload();
    await heading(page, WELCOME);
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await walk(page, TEMPLE);
    await heading(page, REFERRED_RESULT);
    // The self-care ideas come from the details file the worker kept.
    await page.locator('h2:text-is("What may help") + p + ul li').first().waitFor({ timeout: 5000 });
    const note = await page.locator('.articles .publisher').first().evaluate((el) => getComputedStyle(el, '::after').content);
    assert.match(note, /needs a connection/);

    await page.getByRole('button', { name: 'Summary for a clinician' }).click();
    await heading(page, SUMMARY);
    await page.getByText(/Right temple/).first().waitFor();
  });

  test(`at ${base}: Chromium finds the app installable and its manifest and icons valid`, async (t) => {
    const server = await serveDist(base);
    cleanup(t, () => server.close());
    // Incognito windows cannot install apps: this test needs a real profile.
    const profile = await fs.mkdtemp(path.join(os.tmpdir(), 'symptom-explorer-profile-'));
    cleanup(t, () => fs.rm(profile, { recursive: true }));
    const { page, context } = await openPageIn(t, await launchProfile(profile), server.origin);
    await firstVisit(page, server.url);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    assert.deepEqual(installabilityErrors, []);
    const { url, errors, data } = await cdp.send('Page.getAppManifest');
    assert.equal(url, server.url + 'manifest.webmanifest');
    assert.deepEqual(errors, []);

    const manifest = JSON.parse(data);
    const at = (rel) => new URL(rel, url).href;
    assert.equal(at(manifest.start_url), server.url);
    assert.equal(at(manifest.scope), server.url);
    assert.equal(manifest.display, 'standalone');
    assert.ok(manifest.name && manifest.short_name.length <= 20 && manifest.description);
    for (const colour of [manifest.theme_color, manifest.background_color, ...Object.values(manifest.color_scheme_dark)]) {
      assert.match(colour, /^#[0-9a-f]{6}$/);
    }
    const icons = await page.evaluate(
      (icons) =>
        Promise.all(
          icons.map(async ({ src, purpose }) => {
            const image = await createImageBitmap(await (await fetch(src)).blob());
            const canvas = new OffscreenCanvas(image.width, image.height);
            const g = canvas.getContext('2d');
            g.drawImage(image, 0, 0);
            // A maskable icon fills its square; the others may round their corners.
            return { purpose, size: `${image.width}x${image.height}`, cornerAlpha: g.getImageData(0, 0, 1, 1).data[3] };
          }),
        ),
      manifest.icons.map((i) => ({ ...i, src: at(i.src) })),
    );
    assert.deepEqual(
      icons.map((i) => i.size),
      manifest.icons.map((i) => i.sizes),
    );
    for (const size of ['192x192', '512x512']) {
      assert.ok(icons.some((i) => i.purpose === 'any' && i.size === size), `an icon of ${size}`);
      assert.ok(icons.some((i) => i.purpose === 'maskable' && i.size === size && i.cornerAlpha === 255), `a maskable icon of ${size}`);
    }
  });
}

test('a new version waits for consent, keeps the answers, and then replaces the old one whole', async (t) => {
  const { site, server } = await servedCopy(t);
  const { page, context } = await openPage(t, browser, server.origin);
  await firstVisit(page, server.url);
  await page.getByRole('link', { name: 'Start', exact: true }).click();
  await walk(page, NO_WARNINGS);
  await heading(page, Q.pain);
  // A second tab of version 1, left open while the first one updates.
  const other = await context.newPage();
  const otherErrors = [];
  other.on('pageerror', (e) => otherErrors.push(e.message));
  await other.goto(server.url + '#/explore/region/temple');
  await heading(other, 'Pain felt at: Temple');

  const v2 = await deployVersion2(site);
  await page.reload();
  const reload = page.getByRole('button', { name: 'Reload' });
  await reload.waitFor();
  assert.match(await page.getByRole('status').filter({ has: reload }).textContent(), /A new version is ready/);
  // Still version 1, mid-questionnaire, and it keeps working.
  assert.equal(await brandMark(page), 'none');
  await walk(page, [[Q.pain, ['Right temple']]]);
  await heading(page, Q.press);

  await Promise.all([page.waitForEvent('load'), reload.click()]);
  await heading(page, Q.press);
  assert.equal(await brandMark(page), V2_MARK);
  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await heading(page, Q.pain);
  assert.equal(await page.getByRole('checkbox', { name: 'Right temple' }).getAttribute('aria-checked'), 'true', 'the answer survived');

  const served = await page.evaluate(async () => {
    const names = await caches.keys();
    const cached = await (await caches.open(names[0])).keys();
    return {
      names,
      cached: cached.map((r) => r.url),
      loaded: performance.getEntriesByType('resource').map((e) => e.name),
      controller: navigator.serviceWorker.controller.scriptURL,
    };
  });
  const v2Urls = v2.files.map(([name]) => new URL(name, server.url).href).sort();
  assert.equal(served.names.length, 1, 'the old cache is gone');
  assert.ok(served.names[0].endsWith(v2.version));
  assert.deepEqual(served.cached.sort(), v2Urls);
  for (const url of served.loaded) assert.ok(v2Urls.includes(url), `${url} belongs to version 2`);
  // The other tab still runs version 1, is told, and switches when asked.
  const otherReload = other.getByRole('button', { name: 'Reload' });
  await otherReload.waitFor();
  assert.equal(await brandMark(other), 'none');
  await Promise.all([other.waitForEvent('load'), otherReload.click()]);
  await heading(other, 'Pain felt at: Temple');
  assert.equal(await brandMark(other), V2_MARK);
  assert.deepEqual(otherErrors, []);
  assert.deepEqual(server.responses.filter((r) => !r.startsWith('200 ')), [], 'no request failed');
});

test('in a cross-site frame the app runs, with or without a service worker', async (t) => {
  const host = await fs.mkdtemp(path.join(os.tmpdir(), 'symptom-explorer-embed-'));
  cleanup(t, () => fs.rm(host, { recursive: true }));
  // 127.0.0.2 is another site than 127.0.0.1.
  const embedder = await serve({ root: host, host: '127.0.0.2' });
  cleanup(t, () => embedder.close());
  // As a deployer would: the embedding site is listed in frame-ancestors.
  const rules = await readHeaders(path.join(ROOT, 'web/_headers'));
  const all = rules.find((r) => r.path === '/*').headers;
  all['Content-Security-Policy'] = all['Content-Security-Policy'].replace("frame-ancestors 'self'", `frame-ancestors 'self' ${embedder.origin}`);
  const server = await serve({ root: DIST, headers: rules });
  cleanup(t, () => server.close());
  await fs.writeFile(path.join(host, 'index.html'), `<!doctype html><title>Embedder</title><iframe src="${server.url}" title="Symptom explorer" width="400" height="700"></iframe>`);
  const { page, expectProblem } = await openPage(t, browser, server.origin);
  // The page itself comes from the embedder: the one request not to the app.
  expectProblem(`off-origin request: ${embedder.url}`);
  await page.goto(embedder.url);
  const frame = page.frameLocator('iframe');
  await frame.getByRole('heading', { level: 1, name: WELCOME }).waitFor();
  await frame.getByRole('link', { name: 'Start', exact: true }).click();
  await frame.getByRole('heading', { level: 1, name: Q.emergency }).waitFor();
  // Whatever the browser allows a third-party frame, registration has settled.
  const app = page.frames().find((f) => f.url().startsWith(server.origin));
  await app.waitForFunction(() => performance.getEntriesByType('resource').some((e) => /\/pwa-[0-9a-f]+\.js$/.test(e.name)));
  await app.evaluate(() => Promise.race([navigator.serviceWorker.ready, new Promise((r) => setTimeout(r, 2000))]));
});

/** Ways a browser refuses service workers: sandboxed frames throw on access, blocked storage rejects. */
const REFUSALS = {
  'refuses to register': () => {
    ServiceWorkerContainer.prototype.register = function () {
      window.__swTried = true;
      return Promise.reject(new DOMException('The operation is insecure.', 'SecurityError'));
    };
  },
  'throws on access to service workers': () => {
    Object.defineProperty(Navigator.prototype, 'serviceWorker', {
      get() {
        window.__swTried = true;
        throw new DOMException('The document is sandboxed', 'SecurityError');
      },
    });
  },
};

for (const [name, refuse] of Object.entries(REFUSALS)) {
  test(`when the browser ${name}, the app runs with no error`, async (t) => {
    const server = await serveDist();
    cleanup(t, () => server.close());
    const { page } = await openPage(t, browser, server.origin);
    await page.addInitScript(refuse);
    await page.goto(server.url);
    await heading(page, WELCOME);
    await page.waitForFunction(() => window.__swTried);
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await heading(page, Q.emergency);
  });
}

test('explore: after one visit, a region lookup, a muscle page and search work with the server unreachable', async (t) => {
  const server = await serveDist();
  cleanup(t, () => server.close());
  const { page, context } = await openPage(t, browser, server.origin);
  await firstVisit(page, server.url);
  server.setOffline(true);
  await page.goto(server.url + '#/explore/region/temple');
  await page.reload();
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.getByRole('listitem').filter({ hasText: 'Temporalis' }).first().waitFor({ timeout: 5000 });
  await page.getByRole('link', { name: 'Temporalis' }).click();
  await page.getByRole('heading', { level: 1, name: 'Temporalis' }).waitFor();
  // Its sources come from the file the worker kept, not the network.
  await page.locator('.citations li').first().waitFor({ timeout: 5000 });
  await page.getByRole('link', { name: 'Back to the body map' }).click();
  await page.getByRole('searchbox').fill('thumb');
  await page.getByRole('search').getByRole('link', { name: 'Scalenes' }).click();
  await page.getByRole('heading', { level: 1, name: 'Scalenes' }).waitFor();
  // Article links say they need a connection once the browser knows it is offline.
  await context.setOffline(true);
  const note = await page.locator('.articles .publisher').first().evaluate((el) => getComputedStyle(el, '::after').content);
  assert.match(note, /needs a connection/);
});

/** A copy of the release build in a folder of its own, served as a host would (with the shipped _headers). */
async function servedCopy(t) {
  const site = await fs.mkdtemp(path.join(os.tmpdir(), 'symptom-explorer-site-'));
  cleanup(t, () => fs.rm(site, { recursive: true }));
  await fs.cp(DIST, site, { recursive: true });
  const server = await serve({ root: site, headers: await readHeaders(path.join(ROOT, 'web/_headers')) });
  cleanup(t, () => server.close());
  return { site, server };
}

/** A served copy, opened once so its service worker has cached the build. */
async function installedCopy(t) {
  const { site, server } = await servedCopy(t);
  const fixture = await openPage(t, browser, server.origin);
  await firstVisit(fixture.page, server.url);
  return { site, server, ...fixture };
}

test('an update that cannot install is announced, and Reload leaves the old version', async (t) => {
  const { site, page, expectProblem } = await installedCopy(t);
  await deployVersion2(site);
  // The host changes a file after the build (injects or minifies): its
  // hash no longer matches, so the new worker cannot install.
  const icon = (await fs.readdir(site)).find((n) => /^icon-[0-9a-f]+\.svg$/.test(n));
  await fs.appendFile(path.join(site, icon), '<!-- changed by the host -->');
  await page.reload();
  const reload = page.getByRole('button', { name: 'Reload' });
  await reload.waitFor();
  assert.match(await page.getByRole('status').filter({ has: reload }).textContent(), /An update could not be installed/);
  assert.equal(await brandMark(page), 'none', 'still the old version until the person reloads');
  await Promise.all([page.waitForEvent('load'), reload.click()]);
  await heading(page, WELCOME);
  assert.equal(await brandMark(page), V2_MARK, 'the server\'s version');
});

test('a deploy without sw.js lets the old worker go: the next visit gets the server\'s pages', async (t) => {
  const { site, server, page, context, expectProblem } = await installedCopy(t);
  await deployVersion2(site);
  await fs.rm(path.join(site, 'sw.js'));
  expectProblem(/HTTP 404 for .*\/sw\.js/);
  expectProblem(/console error: A bad HTTP response code \(404\) was received when fetching the script/);
  await page.reload();
  for (let i = 0; i < 50 && (await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration()))); i++) {
    await page.waitForTimeout(100);
  }
  assert.equal(await page.evaluate(async () => !!(await navigator.serviceWorker.getRegistration())), false, 'unregistered');
  // The worker goes once no page uses it: the next visit is the server's.
  await page.close();
  const next = await context.newPage();
  await next.goto(server.url);
  await heading(next, WELCOME);
  assert.equal(await next.evaluate(() => navigator.serviceWorker.controller), null);
  assert.equal(await brandMark(next), V2_MARK);
});

test('a deploy that deletes the old files while a tab without a worker is open: the tab keeps working, and a reload gets the new build', async (t) => {
  const { site, server } = await servedCopy(t);
  const { page, expectProblem } = await openPage(t, browser, server.origin);
  // No worker keeps the old files, as on a first visit or where workers are refused.
  await page.addInitScript(REFUSALS['refuses to register']);
  await page.goto(server.url);
  await heading(page, WELCOME);
  await page.getByRole('link', { name: 'Start', exact: true }).click();
  await walk(page, NO_WARNINGS);

  await deployVersion2(site);
  const old = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((u) => /\.(wasm|css)$/.test(u)));
  assert.ok(old.length >= 2, 'the page loaded its stylesheet and wasm');
  for (const url of old) assert.equal((await fetch(url)).status, 404, `${url} is gone from the server`);
  // Everything the journey needs is already in the page, but for the
  // details file, which is gone: the result says its muscles' symptoms and
  // self-care ideas could not be loaded, and shows the rest.
  expectProblem(/HTTP 404 for .*\/details-[0-9a-f]+\.txt/);
  await walk(page, TEMPLE.slice(NO_WARNINGS.length));
  await heading(page, REFERRED_RESULT);
  await page.locator('h2:text-is("What may help") + p + p', { hasText: 'This part could not be loaded' }).waitFor();
  await page.getByRole('heading', { level: 4, name: 'Can be confused with' }).first().waitFor();
  await page.getByRole('button', { name: SUMMARY }).click();
  await heading(page, SUMMARY);
  // So does a muscle page, for its sources too.
  await page.goto(server.url + '#/explore/muscle/temporalis');
  await page.getByRole('heading', { level: 1, name: 'Temporalis' }).waitFor();
  await page.getByText('The sources could not be loaded').waitFor();

  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Temporalis' }).waitFor();
  assert.equal(await brandMark(page), V2_MARK, 'the new build');
  await page.locator('.citations li').first().waitFor({ timeout: 5000 });
});
