// Prints the first-load size table and start-up timings of the release
// build (run by `./x bench`). Numbers, not assertions: the size budget is a
// test (size.test.mjs); timings vary by machine.
import fs from 'node:fs/promises';
import { DIST, launch, serveDist } from './browser.mjs';
import { firstLoad, sizes, table } from './first-load.mjs';
import { controlled } from './pwa.mjs';
import { audit } from './lighthouse.mjs';
import { serveBlogAndApp } from './embed-pages.mjs';

const RUNS = 7;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Milliseconds from navigation start until the app's first heading is on screen. */
async function timeToFirstScreen(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('#app h1'), null, { polling: 'raf' });
  return page.evaluate(() => performance.now());
}

/** The figures issue #13 sets targets for, printed side by side at the end. */
const summary = { step: {}, tap: {} };

const load = await firstLoad(DIST);
console.log('First load (bytes):');
console.log(table(load));
// Offline support: loaded once the app runs, so not part of the first load.
const later = (await fs.readdir(DIST)).filter((n) => /^pwa-[0-9a-f]+\.js$/.test(n) || n === 'sw.js');
console.log('\nAfter start-up (offline support, bytes):');
console.log(table(await sizes(DIST, later)));

const server = await serveDist();
const browser = await launch();
try {
  const cold = [];
  const warm = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    cold.push(await timeToFirstScreen(page, server.url));
    // A returning visitor: the service worker has finished installing (its
    // precache would otherwise compete with the reload being timed).
    await page.waitForFunction(() => navigator.serviceWorker.controller, null, { timeout: 10000 });
    warm.push(await timeToFirstScreen(page, server.url));
    await context.close();
  }
  console.log(`\nStart-up on loopback, ${RUNS} runs (navigation start to first screen rendered):`);
  console.log(`  cold (empty cache)               median ${median(cold).toFixed(1)} ms   all ${cold.map((x) => x.toFixed(0)).join(' ')}`);
  console.log(`  warm (reload, worker installed) median ${median(warm).toFixed(1)} ms   all ${warm.map((x) => x.toFixed(0)).join(' ')}`);
} finally {
  await browser.close();
  await server.close();
}

/**
 * Time from a click to the next screen painted, measured inside the page:
 * the click is dispatched, then we wait for the heading to change and for
 * the frame after it. `choices` are tapped first (not timed).
 */
async function timedStep(page, choices, advance) {
  return page.evaluate(
    async ({ choices, advance }) => {
      const find = (label) =>
        [...document.querySelectorAll('a, button, [role="checkbox"]')].find(
          (el) => (el.getAttribute('aria-label') || el.textContent).trim() === label,
        );
      for (const c of choices) find(c).dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(r));
      const before = document.querySelector('h1').textContent;
      const t0 = performance.now();
      find(advance).click();
      await new Promise((resolve) => {
        const check = () =>
          document.querySelector('h1')?.textContent !== before ? requestAnimationFrame(resolve) : requestAnimationFrame(check);
        check();
      });
      return performance.now() - t0;
    },
    { choices, advance },
  );
}

const JOURNEY = [
  [[], 'Start'],
  [['None of these'], 'Next'],
  [['None of these'], 'Next'],
  [['Right temple'], 'Next'],
  [['Right top of the shoulder'], 'Next'],
  [['None of these'], 'Next'],
  [[], 'A tight knot or band within the muscle'],
  [[], 'I also feel it somewhere else: an ache, tingling or burning'],
  [['Right temple'], 'Next'],
  [[], "Yes, that's my pain"],
  [['A deep or dull ache'], 'Next'],
  [['None of these'], 'Next'],
  [['None of these'], 'Next'],
  [[], 'A few weeks'],
];

// Offline start: one visit lets the service worker cache the build, then the
// server drops every connection and the page is reloaded on the first question.
const FIRST_QUESTION = /Do you have any of these right now/;
const server3 = await serveDist();
const browser3 = await launch();
try {
  const context = await browser3.newContext();
  const page = await context.newPage();
  await page.goto(server3.url);
  await page.getByRole('link', { name: 'Start', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: FIRST_QUESTION }).waitFor();
  await controlled(page);
  server3.setOffline(true);
  const offline = [];
  for (let i = 0; i < RUNS; i++) {
    await page.reload();
    await page.waitForFunction((re) => new RegExp(re).test(document.querySelector('#app h1')?.textContent), FIRST_QUESTION.source, { polling: 'raf' });
    offline.push(await page.evaluate(() => performance.now()));
  }
  console.log(`\nOffline start (service worker, server unreachable), ${RUNS} runs (navigation start to first question rendered):`);
  console.log(`  warm offline        median ${median(offline).toFixed(1)} ms   all ${offline.map((x) => x.toFixed(0)).join(' ')}`);
} finally {
  await browser3.close();
  await server3.close();
}

const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const server2 = await serveDist();
const browser2 = await launch();
try {
  console.log('\nClick to next screen painted, one full referred-pain journey per run (5 runs):');
  for (const rate of [1, 4]) {
    const times = [];
    for (let run = 0; run < 5; run++) {
      const context = await browser2.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await page.goto(server2.url);
      await page.waitForFunction(() => document.querySelector('#app h1'));
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      for (const [choices, advance] of JOURNEY) times.push(await timedStep(page, choices, advance));
      await context.close();
    }
    console.log(`  CPU ${rate}x slower: median ${median(times).toFixed(1)} ms   p95 ${p95(times).toFixed(1)} ms   (${times.length} steps)`);
    summary.step[rate] = median(times);
  }
} finally {
  await browser2.close();
  await server2.close();
}

/**
 * Explore: from an input or a tap, measured inside the page, two times:
 * `work`, until the app has updated the DOM and the browser has laid it out
 * (the app's share; Yew renders in a task queued by the event), and
 * `frame`, until the next animation frame (what a person waits for, which
 * adds up to one frame of waiting for the display, 16.7 ms at 60 Hz).
 */
async function timedUpdate(page, kind, arg) {
  return page.evaluate(
    async ({ kind, arg }) => {
      const t0 = performance.now();
      const frame = new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now() - t0)));
      if (kind === 'type') {
        const box = document.getElementById('explore-search');
        box.value = arg;
        box.dispatchEvent(new InputEvent('input', { bubbles: true }));
      } else if (kind === 'tap') {
        document.querySelector(`[data-region="${arg}"]`).dispatchEvent(new MouseEvent('click', { bubbles: true }));
      }
      // A message task runs after the event's microtasks and Yew's render.
      await new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = resolve;
        channel.port2.postMessage(0);
      });
      void document.body.offsetHeight;
      const work = performance.now() - t0;
      return { work, frame: await frame };
    },
    { kind, arg },
  );
}

const WORDS = ['temple', 'headache', 'sciatica', 'thumb', 'tingling'];
const TAPS = ['temple-r', 'calf-l', 'neck-side-r', 'thumb-index-l', 'low-back-r', 'chest-l'];
const serverExplore = await serveDist();
const browserExplore = await launch();
try {
  console.log('\nExplore, 5 runs each: app work (to DOM updated and laid out) / to the next frame:');
  for (const rate of [1, 4]) {
    const keys = [];
    const taps = [];
    const idle = [];
    for (let run = 0; run < 5; run++) {
      const context = await browserExplore.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await page.goto(serverExplore.url + '#/explore');
      await page.waitForFunction(() => document.getElementById('explore-search'));
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      for (const w of WORDS) {
        for (let i = 1; i <= w.length; i++) keys.push(await timedUpdate(page, 'type', w.slice(0, i)));
        keys.push(await timedUpdate(page, 'type', ''));
      }
      // Each tap adds an area: the lists grow with every tap.
      for (const t of TAPS) taps.push(await timedUpdate(page, 'tap', t));
      // The floor of this measure: nothing dispatched at all.
      for (let i = 0; i < 10; i++) idle.push(await timedUpdate(page, 'idle'));
      await context.close();
    }
    const stats = (xs, k) => `median ${median(xs.map((x) => x[k])).toFixed(1)} ms p95 ${p95(xs.map((x) => x[k])).toFixed(1)} ms`;
    console.log(`  CPU ${rate}x slower, search keystroke (${keys.length}): work ${stats(keys, 'work')}; frame ${stats(keys, 'frame')}`);
    console.log(`  CPU ${rate}x slower, region tap (${taps.length}):       work ${stats(taps, 'work')}; frame ${stats(taps, 'frame')}`);
    console.log(`  CPU ${rate}x slower, nothing (${idle.length}, the measure's floor): work ${stats(idle, 'work')}`);
    summary.tap[rate] = p95(taps.map((x) => x.frame));
  }
} finally {
  await browserExplore.close();
  await serverExplore.close();
}

// Lighthouse's mobile audit of the app and of the example blog with and
// without the widget, served brotli-compressed as a real host would.
const lhServer = await serveDist('/', { brotli: true });
try {
  console.log('\nLighthouse 13 mobile (simulated slow 4G, 4x CPU), median of 3 cold loads:');
  summary.app = await audit(lhServer.url);
  const row = (name, r) =>
    console.log(
      `  ${name.padEnd(22)} LCP ${r.lcp.toFixed(0)} ms  FCP ${r.fcp.toFixed(0)} ms  TBT ${r.tbt.toFixed(0)} ms  CLS ${r.cls.toFixed(3)}  score ${r.score}  (LCP element: ${r.lcpElement})`,
    );
  row('app', summary.app);
  const pages = await serveBlogAndApp({ 'plain.html': '' }, {}, { brotli: true });
  try {
    summary.plain = await audit(pages.blog.url + 'plain.html');
    summary.blog = await audit(pages.blog.url + 'blog.html');
    row('blog without widget', summary.plain);
    row('blog with widget', summary.blog);
  } finally {
    await pages.close();
  }
} finally {
  await lhServer.close();
}

const ms = (x) => `${x.toFixed(1)} ms`;
const rows = [
  ['First load (brotli)', '<= 143,360 B', `${load.total.brotli.toLocaleString('en')} B`, load.total.brotli <= 143360],
  ['LCP (Lighthouse mobile)', '<= 1000 ms', `${summary.app.lcp.toFixed(0)} ms`, summary.app.lcp <= 1000],
  ['Performance score', '100', `${summary.app.score}`, summary.app.score >= 100],
  ['CLS', '0', summary.app.cls.toFixed(3), summary.app.cls === 0],
  ['TBT', '<= 50 ms', `${summary.app.tbt.toFixed(0)} ms`, summary.app.tbt <= 50],
  ['Explore tap p95, 4x CPU', '<= 50 ms', ms(summary.tap[4]), summary.tap[4] <= 50],
  ['Guided step median, 4x CPU', '<= 25 ms', ms(summary.step[4]), summary.step[4] <= 25],
  ['Explore tap p95, 1x CPU', '<= 16 ms', ms(summary.tap[1]), summary.tap[1] <= 16],
  ['Guided step median, 1x CPU', '<= 16 ms', ms(summary.step[1]), summary.step[1] <= 16],
  ['Blog score drop with widget', '<= 2', `${summary.plain.score - summary.blog.score}`, summary.plain.score - summary.blog.score <= 2],
  ['Blog LCP rise with widget', '<= 100 ms', `${(summary.blog.lcp - summary.plain.lcp).toFixed(0)} ms`, summary.blog.lcp - summary.plain.lcp <= 100],
];
console.log('\nTargets (issue #13), this run:');
console.log(`  ${'figure'.padEnd(30)}${'target'.padEnd(16)}${'measured'.padEnd(14)}met`);
for (const [name, target, measured, met] of rows) console.log(`  ${name.padEnd(30)}${target.padEnd(16)}${measured.padEnd(14)}${met ? 'yes' : 'NO'}`);
