// The one-line embed (web/embed.js) in examples/blog.html, with the blog on
// one origin and the app on another, as a blogger would have it: the frame
// fits its content at every step, messages carry only the height, the
// data-* options work and bad ones are ignored, nothing leaves the app's
// origin, and keyboard, axe and blocked storage behave.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { ROOT, blockStorage, launch, openPage } from './browser.mjs';
import { serveBlogAndApp } from './embed-pages.mjs';
import { sri } from '../../web/sw-build.mjs';
import { NO_WARNINGS, Q, REFERRED_RESULT, TEMPLE, WELCOME, walk } from './journey.mjs';

const SCREENS = path.join(ROOT, 'test-results', 'screens');
const HEIGHT = 'symptom-explorer:height';


let env;
let browser;
test.before(async () => {
  const integrity = sri(await fs.readFile(path.join(ROOT, 'dist/embed.js')));
  const verified = (hash) => `<script src="APPembed.js" integrity="${hash}" crossorigin="anonymous" referrerpolicy="no-referrer" data-region="neck-side" async></script>`;
  env = await serveBlogAndApp({
    'verified.html': verified(integrity),
    'tampered.html': verified(integrity.replace(/^sha384-./, (m) => m.slice(0, -1) + (m.endsWith('A') ? 'B' : 'A'))),
    'region.html': '<script src="APPembed.js" data-region="neck-side" async></script>',
    'dark.html': '<script src="APPembed.js" data-theme="dark" data-accent="notacolour" async></script>',
    'accent.html': '<script src="APPembed.js" data-theme="light" data-accent="#8a3ffc" data-compact async></script>',
    'bad.html': '<script src="APPembed.js" data-region="Neck!" data-colour="red" data-start="guided" async></script>',
    'two.html':
      '<div data-symptom-explorer data-start="guided"><a href="APP">Open the symptom explorer</a></div>' +
      '<div data-symptom-explorer data-theme="dark" data-compact></div><script src="APPembed.js" async></script>',
    'plain.html': '<iframe src="APPindex.html#/" title="Symptom explorer" height="400"></iframe>',
    // Markup a comment could carry: an image named currentScript, which
    // shadows document.currentScript, with a src on another site.
    'clobbered.html': '<img name="currentScript" src="forged.js" alt=""><script src="APPembed.js" async></script>',
  }, {
    // Another origin's page that posts a well-formed height to its parent.
    'forged.html': '<!doctype html><title>Forged</title><script src="forged.js"></script>',
    'forged.js': `parent.postMessage({ type: '${HEIGHT}', height: 77 }, '*');`,
  });
  browser = await launch();
});
test.after(async () => {
  await browser?.close();
  await env?.close();
});

/** Opens a blog page and returns its widget frames once their apps have started. */
async function openBlog(page, file, count = 1) {
  await page.goto(env.blog.origin + '/' + file);
  const frames = [];
  for (let i = 0; i < count; i++) {
    const handle = page.locator('iframe').nth(i);
    await handle.scrollIntoViewIfNeeded();
    const frame = await (await handle.elementHandle()).contentFrame();
    // The app has started: it has rendered, or kept the prerendered first
    // screen (which is in the HTML before the wasm arrives).
    await frame.waitForFunction(() => {
      const app = document.querySelector('.app-root');
      return app && (app.childElementCount > 0 || document.querySelector('[data-first]'));
    });
    await frame.getByRole('heading', { level: 1 }).waitFor();
    frames.push(frame);
  }
  return frames;
}

/** The page fixture for test `t`, on the blog with the app in it. */
function watched(t, options) {
  return openPage(t, browser, [env.blog.origin, env.app.origin], options);
}

/**
 * Waits until the frame fits its content: as tall or taller by less than
 * the 64 px step heights are rounded to (web/frame.js), a whole number of
 * steps, with nothing cut off or scrolling sideways.
 */
async function fits(frame, where) {
  const element = await frame.frameElement();
  let last;
  for (let i = 0; i < 60; i++) {
    const outer = (await element.boundingBox()).height;
    const inner = await frame.evaluate(() => ({
      content: document.documentElement.getBoundingClientRect().height,
      scroll: document.documentElement.scrollHeight,
      view: innerHeight,
      sideways: document.documentElement.scrollWidth - innerWidth,
    }));
    last = { outer, ...inner };
    const spare = outer - inner.content;
    if (spare >= -1 && spare < 64 && outer % 64 === 0 && inner.scroll <= inner.view + 1 && inner.sideways <= 0) return outer;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  assert.fail(`${where}: the frame does not fit its content: ${JSON.stringify(last)}`);
}

/**
 * The whole blog page, frame included: a window as tall as the page rather
 * than Playwright's fullPage, which leaves a cross-origin frame blank.
 */
async function screenshot(page, name) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: size.width, height: await page.evaluate(() => document.documentElement.scrollHeight) });
  // The frame paints only what it thinks is on screen; let it catch up.
  await page.waitForTimeout(500);
  await page.screenshot({ path: path.join(SCREENS, name) });
  await page.setViewportSize(size);
}

/** The messages the blog page receives, as { origin, data }. */
async function recordMessages(page) {
  await page.addInitScript(() => {
    if (window !== window.top) return;
    window.__messages = [];
    addEventListener('message', (e) => window.__messages.push({ origin: e.origin, data: e.data }));
  });
}

for (const size of [{ label: 'phone', width: 360, height: 780 }, { label: 'desktop', width: 1280, height: 900 }]) {
  test(`at ${size.width} px the widget walks a whole journey and fits its content at every step`, async (t) => {
    const { page, requests } = await watched(t, { viewport: size });
    const frameRequests = [];
    page.on('request', (r) => r.frame() !== page.mainFrame() && frameRequests.push(r.url()));
    await recordMessages(page);
    const [frame] = await openBlog(page, 'blog.html');
    await frame.getByRole('heading', { level: 1, name: Q.emergency }).waitFor();
    // The widget takes neither focus nor the scroll position when it loads.
    assert.equal(await page.evaluate(() => document.activeElement === document.body), true, 'focus stays on the blog');
    await fits(frame, 'first question');
    await fs.mkdir(SCREENS, { recursive: true });
    await screenshot(page, `blog-${size.label}.png`);
    for (const step of TEMPLE) {
      await walk(frame, [step]);
      await fits(frame, `after "${step[0]}"`);
    }
    await frame.getByRole('heading', { level: 1, name: REFERRED_RESULT }).waitFor();
    await fits(frame, 'result');
    await screenshot(page, `blog-result-${size.label}.png`);

    const messages = await page.evaluate(() => window.__messages);
    assert.ok(messages.length > 5, 'the height was reported as it changed');
    for (const m of messages) {
      assert.equal(m.origin, env.app.origin);
      assert.deepEqual(Object.keys(m.data), ['type', 'height']);
      assert.equal(m.data.type, HEIGHT);
      assert.equal(typeof m.data.height, 'number');
      assert.equal(m.data.height % 64, 0, 'heights are rounded up to a step, so they do not tell screens apart');
    }
    const offApp = frameRequests.filter((u) => !u.startsWith(env.app.origin + '/'));
    assert.deepEqual(offApp, [], 'the frame asks only the app origin');
    assert.ok(requests.some((u) => u.endsWith('.wasm')));
  });
}

test('messages from another origin or of another shape change nothing', async (t) => {
  const { page } = await watched(t);
  const [frame] = await openBlog(page, 'blog.html');
  const attributes = await page.locator('iframe').evaluate((f) => [f.title, f.loading, f.referrerPolicy, f.sandbox.length]);
  assert.deepEqual(attributes, ['Symptom explorer: referred pain or local tenderness?', 'lazy', 'no-referrer', 6]);
  const height = await fits(frame, 'loaded');
  const sent = [
    // The blog's own origin, the right shape.
    () => page.evaluate((type) => postMessage({ type, height: 50 }, '*'), HEIGHT),
    // The app's origin, wrong shapes.
    () => frame.evaluate((type) => parent.postMessage({ type, height: 50, answers: 'x' }, '*'), HEIGHT),
    () => frame.evaluate((type) => parent.postMessage({ type, height: '50' }, '*'), HEIGHT),
    () => frame.evaluate(() => parent.postMessage({ type: 'resize', height: 50 }, '*')),
    () => frame.evaluate((type) => parent.postMessage(JSON.stringify({ type, height: 50 }), '*'), HEIGHT),
    () => frame.evaluate((type) => parent.postMessage({ type, height: 1e9 }, '*'), HEIGHT),
  ];
  for (const send of sent) {
    await send();
    await page.waitForTimeout(150);
    assert.equal((await (await frame.frameElement()).boundingBox()).height, height);
  }
  // The right message from the app does resize (so the checks above can fail).
  await frame.evaluate((type) => parent.postMessage({ type, height: 50 }, '*'), HEIGHT);
  await page.waitForFunction(() => document.querySelector('iframe').getBoundingClientRect().height === 50);
  // The widget's own frame, navigated to a page of another origin that
  // posts the right shape: the frame matches, the origin does not.
  const forged = page.waitForEvent('requestfinished', (r) => r.url().endsWith('/forged.js'));
  await page.locator('iframe').evaluate((f, url) => { f.src = url; }, env.blog.origin + '/forged.html');
  await forged;
  await page.waitForTimeout(300);
  assert.equal((await page.locator('iframe').boundingBox()).height, 50);
});

test('data-region opens explore at that region', async (t) => {
  const { page } = await watched(t);
  const [frame] = await openBlog(page, 'region.html');
  await frame.getByRole('heading', { level: 1, name: 'Pain felt at: Side of the neck' }).waitFor();
  await fits(frame, 'region');
});

test('the README\'s snippet checks embed.js: this build\'s passes, any other is refused', async (t) => {
  const readme = await fs.readFile(path.join(ROOT, 'README.md'), 'utf8');
  const shipped = await fs.readFile(path.join(ROOT, 'dist/embed-snippet.txt'), 'utf8');
  const hash = sri(await fs.readFile(path.join(ROOT, 'dist/embed.js')));
  assert.ok(shipped.includes(`integrity="${hash}"`), 'dist/embed-snippet.txt carries the hash of the embed.js beside it');
  assert.ok(readme.includes(shipped.trim()), 'the README shows the current snippet (copy it from dist/embed-snippet.txt)');
  for (const [, other] of readme.matchAll(/integrity="(sha384-[^"]+)"/g)) assert.equal(other, hash, 'every snippet in the README carries the current hash');
  const { page, expectProblem } = await watched(t);
  const [frame] = await openBlog(page, 'verified.html');
  await frame.getByRole('heading', { level: 1, name: 'Pain felt at: Side of the neck' }).waitFor();
  // A script whose hash differs (here the page's, as if embed.js had been
  // changed on the app's host) does not run: no widget.
  expectProblem(/console error: Failed to find a valid digest/);
  await page.goto(env.blog.origin + '/tampered.html');
  await page.waitForTimeout(500);
  assert.equal(await page.locator('iframe').count(), 0);
});

/** The app's colour custom properties, as computed in `frame`. */
function colours(frame) {
  return frame.evaluate(() => {
    const style = getComputedStyle(document.documentElement);
    return Object.fromEntries([...document.styleSheets[0].cssRules[0].style].filter((p) => p.startsWith('--')).map((p) => [p, style.getPropertyValue(p).trim()]));
  });
}

test('data-theme="dark" applies the dark colours, and a bad accent is ignored', async (t) => {
  const { page } = await watched(t, { colorScheme: 'light' });
  const warnings = [];
  page.on('console', (m) => m.text().startsWith('symptom-explorer') && warnings.push(m.text()));
  const [frame] = await openBlog(page, 'dark.html');
  // The forced theme matches the system's dark mode exactly.
  const { page: own } = await openPage(t, browser, env.app.origin, { colorScheme: 'dark' });
  await own.goto(env.app.url);
  await own.getByRole('heading', { level: 1 }).waitFor();
  const expected = await colours(own.mainFrame());
  assert.equal(expected['--bg'], '#111518');
  assert.deepEqual(await colours(frame), expected);
  assert.equal(await frame.evaluate(() => getComputedStyle(document.body).colorScheme), 'dark');
  assert.deepEqual(warnings, ['symptom-explorer: ignored URL parameters: accent']);
});

test('a good accent colours the buttons with readable text, and compact drops the header', async (t) => {
  const { page } = await watched(t, { colorScheme: 'dark' });
  const [frame] = await openBlog(page, 'accent.html');
  const start = frame.getByRole('link', { name: 'Start', exact: true });
  const look = await start.evaluate((b) => [getComputedStyle(b).backgroundColor, getComputedStyle(b).color]);
  assert.deepEqual(look, ['rgb(138, 63, 252)', 'rgb(255, 255, 255)']);
  assert.equal((await colours(frame))['--bg'], '#f7f6f3', 'data-theme="light" wins over the dark system theme');
  assert.equal(await frame.getByText('Symptom explorer', { exact: true }).isVisible(), false);
  await fits(frame, 'compact');
});

test('malformed or unknown data attributes are ignored and reported once', async (t) => {
  const { page } = await watched(t);
  const warnings = [];
  page.on('console', (m) => m.text().startsWith('symptom-explorer') && warnings.push(m.text()));
  const [frame] = await openBlog(page, 'bad.html');
  await frame.getByRole('heading', { level: 1, name: Q.emergency }).waitFor();
  assert.deepEqual(warnings, ['symptom-explorer: ignored data-region="Neck!", data-colour="red"']);
});

test('an element named currentScript on the page cannot point the widget elsewhere', async (t) => {
  const { page } = await watched(t);
  await page.goto(env.blog.origin + '/clobbered.html');
  assert.equal(await page.evaluate(() => document.currentScript instanceof HTMLImageElement), true, 'the image shadows it');
  // The script has run once it is loaded; it made no frame (one from the
  // image's src would frame the blog's own origin).
  const loaded = () => page.evaluate(() => performance.getEntriesByType('resource').some((e) => e.name.endsWith('/embed.js') && e.responseEnd > 0));
  for (let i = 0; i < 50 && !(await loaded()); i++) await page.waitForTimeout(100);
  assert.ok(await loaded(), 'embed.js loaded');
  await page.waitForTimeout(300);
  assert.equal(await page.locator('iframe').count(), 0);
  // The same page without the image gets its widget.
  await page.evaluate(() => document.querySelector('img[name="currentScript"]').remove());
  await page.evaluate((src) => {
    const s = document.createElement('script');
    s.src = src;
    document.body.append(s);
  }, env.app.url + 'embed.js');
  await page.locator('iframe').waitFor({ state: 'attached' });
});

test('two widgets on one page resize independently', async (t) => {
  const { page } = await watched(t);
  const [guided, compact] = await openBlog(page, 'two.html', 2);
  await guided.getByRole('heading', { level: 1, name: Q.emergency }).waitFor();
  await compact.getByRole('heading', { level: 1, name: WELCOME }).waitFor();
  const before = await fits(compact, 'second widget');
  await walk(guided, NO_WARNINGS);
  await fits(guided, 'first widget after two steps');
  assert.equal(await fits(compact, 'second widget, untouched'), before);
  assert.equal(await page.getByRole('link', { name: 'Open the symptom explorer' }).count(), 0, 'the fallback link gave way');
});

test('a plain iframe without the script shows the app at a fixed height and scrolls', async (t) => {
  const { page } = await watched(t);
  await page.goto(env.blog.origin + '/plain.html');
  const frame = await (await page.locator('iframe').elementHandle()).contentFrame();
  await frame.getByRole('heading', { level: 1, name: WELCOME }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true, 'focus stays on the blog');
  assert.equal((await (await frame.frameElement()).boundingBox()).height, 400);
  assert.ok(await frame.evaluate(() => document.documentElement.scrollHeight > innerHeight), 'the content scrolls inside');
});

test('axe finds no serious or critical violation on the blog with the widget', async (t) => {
  const { page } = await watched(t);
  await openBlog(page, 'blog.html');
  const { violations } = await new AxeBuilder({ page }).analyze();
  const bad = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
  assert.deepEqual(bad, []);
});

test('Tab moves focus into the widget, through it and out the other side', async (t) => {
  const { page } = await watched(t);
  const [frame] = await openBlog(page, 'blog.html');
  // Start from the heading just before the widget.
  await page.getByRole('heading', { name: 'Try it on yourself' }).click();
  await page.keyboard.press('Tab');
  assert.equal(await frame.evaluate(() => document.hasFocus() && document.activeElement !== document.body), true, 'Tab enters the frame');
  let left = false;
  for (let i = 0; i < 60 && !left; i++) {
    await page.keyboard.press('Tab');
    left = await page.evaluate(() => document.activeElement.tagName === 'A');
  }
  assert.ok(left, 'Tab leaves the frame');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'neck');
  await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'IFRAME', 'Shift+Tab goes back in');
});

test('with storage blocked in the frame the widget still works, without saving', async (t) => {
  const { page } = await watched(t);
  await blockStorage(page, { framesOnly: true });
  const [frame] = await openBlog(page, 'blog.html');
  await frame.getByText(/does not allow saving here/).waitFor();
  await walk(frame, NO_WARNINGS);
  await frame.getByRole('heading', { level: 1, name: Q.pain }).waitFor();
  await fits(frame, 'storage blocked');
});
