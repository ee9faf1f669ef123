// Prints the first-load size table and timings of the release build (run
// by `./x bench`). Numbers, not assertions: the size budget is a test
// (size.test.mjs); timings vary by machine. Every section runs by default;
// name some to run only those:
//
//   node tests/e2e/bench.mjs [size startup offline steps explore trace lighthouse]
import fs from 'node:fs/promises';
import path from 'node:path';
import { DIST, launch, serveDist } from './browser.mjs';
import { firstLoad, sizes, table } from './first-load.mjs';
import { controlled } from './pwa.mjs';
import { audit } from './lighthouse.mjs';
import { serveBlogAndApp } from './embed-pages.mjs';
import { TAPS, WORDS, appRunning, timedJourney, timedPage, timedUpdate } from './timing.mjs';
import { traced } from './trace.mjs';

const RUNS = 7;
const asked = process.argv.slice(2);
const want = (section) => asked.length === 0 || asked.includes(section);

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
/** Median and 95th percentile of field `k` of timings. */
const stats = (xs, k) => `median ${median(xs.map((x) => x[k])).toFixed(1)} ms p95 ${p95(xs.map((x) => x[k])).toFixed(1)} ms`;

/**
 * Milliseconds from navigation start until the first screen (prerendered in
 * the HTML) is painted, and until the app runs and can answer a tap.
 */
async function timeToFirstScreen(page, url) {
  await page.goto(url);
  await page.waitForFunction(appRunning, null, { polling: 'raf' });
  return page.evaluate(() => ({
    paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    app: performance.now(),
  }));
}

/** The figures issue #13 sets targets for, printed side by side at the end. */
const summary = { step: {}, tap: {} };

/** Runs `fn` with a browser and a server for the release build, closing both after. */
async function withApp(fn, options) {
  const server = await serveDist('/', options);
  const browser = await launch();
  try {
    return await fn(browser, server);
  } finally {
    await browser.close();
    await server.close();
  }
}

if (want('size')) {
  summary.load = await firstLoad(DIST);
  console.log('First load (bytes):');
  console.log(table(summary.load));
  // Offline support: loaded once the app runs, so not part of the first load.
  const later = (await fs.readdir(DIST)).filter((n) => /^pwa-[0-9a-f]+\.js$/.test(n) || n === 'sw.js');
  console.log('\nAfter start-up (offline support, bytes):');
  console.log(table(await sizes(DIST, later)));
  // Each other language's build, side by side with English.
  for (const lang of (await fs.readdir(DIST, { withFileTypes: true })).filter((e) => e.isDirectory())) {
    const dir = path.join(DIST, lang.name);
    if (!(await fs.stat(path.join(dir, 'index.html')).catch(() => null))) continue;
    const load = await firstLoad(dir);
    summary[`load_${lang.name}`] = load;
    console.log(`\nFirst load in ${lang.name}/ (bytes): ${load.total.brotli} brotli, English ${summary.load.total.brotli}`);
  }
}

if (want('startup')) {
  await withApp(async (browser, server) => {
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
    const line = (name, xs, k) =>
      console.log(`  ${name.padEnd(44)} median ${median(xs.map((x) => x[k])).toFixed(1)} ms   all ${xs.map((x) => x[k].toFixed(0)).join(' ')}`);
    console.log(`\nStart-up on loopback, ${RUNS} runs (from navigation start):`);
    line('cold (empty cache), first screen painted', cold, 'paint');
    line('cold (empty cache), app running', cold, 'app');
    line('warm (reload, worker installed), painted', warm, 'paint');
    line('warm (reload, worker installed), running', warm, 'app');
  });
}

if (want('offline')) {
  // One visit lets the service worker cache the build, then the server
  // drops every connection and the page is reloaded on the first question.
  const FIRST_QUESTION = /Do you have any of these right now/;
  await withApp(async (browser, server) => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(server.url);
    await page.getByRole('link', { name: 'Start', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: FIRST_QUESTION }).waitFor();
    await controlled(page);
    server.setOffline(true);
    const offline = [];
    for (let i = 0; i < RUNS; i++) {
      await page.reload();
      await page.waitForFunction((re) => new RegExp(re).test(document.querySelector('#app h1')?.textContent), FIRST_QUESTION.source, { polling: 'raf' });
      offline.push(await page.evaluate(() => performance.now()));
    }
    console.log(`\nOffline start (service worker, server unreachable), ${RUNS} runs (navigation start to first question rendered):`);
    console.log(`  warm offline        median ${median(offline).toFixed(1)} ms   all ${offline.map((x) => x.toFixed(0)).join(' ')}`);
  });
}

if (want('steps')) {
  await withApp(async (browser, server) => {
    console.log('\nGuided steps, one referred-pain journey per run (5 runs): app work (DOM updated and laid out) / to the frame that paints it:');
    for (const rate of [1, 4]) {
      const times = [];
      for (let run = 0; run < 5; run++) {
        const page = await timedPage(browser, server.url, rate);
        times.push(...(await timedJourney(page)));
        await page.context().close();
      }
      console.log(`  CPU ${rate}x slower, ${times.length} steps: work ${stats(times, 'work')}; frame ${stats(times, 'frame')}`);
      summary.step[rate] = median(times.map((x) => x.frame));
    }
  });
}

if (want('explore')) {
  await withApp(async (browser, server) => {
    console.log('\nExplore, 5 runs each: app work (DOM updated and laid out) / to the frame that paints it:');
    for (const rate of [1, 4]) {
      const keys = [];
      const taps = [];
      const idle = [];
      for (let run = 0; run < 5; run++) {
        const page = await timedPage(browser, server.url + '#/explore', rate);
        await page.waitForFunction(() => document.getElementById('explore-search'));
        for (const w of WORDS) {
          for (let i = 1; i <= w.length; i++) keys.push(await timedUpdate(page, 'type', w.slice(0, i)));
          keys.push(await timedUpdate(page, 'type', ''));
        }
        for (const t of TAPS) taps.push(await timedUpdate(page, 'tap', t));
        // The floor of this measure: nothing dispatched at all.
        for (let i = 0; i < 10; i++) idle.push(await timedUpdate(page, 'idle'));
        await page.context().close();
      }
      console.log(`  CPU ${rate}x slower, search keystroke (${keys.length}): work ${stats(keys, 'work')}; frame ${stats(keys, 'frame')}`);
      console.log(`  CPU ${rate}x slower, region tap (${taps.length}):       work ${stats(taps, 'work')}; frame ${stats(taps, 'frame')}`);
      console.log(`  CPU ${rate}x slower, nothing (${idle.length}, the measure's floor): work ${stats(idle, 'work')}`);
      summary.tap[rate] = p95(taps.map((x) => x.frame));
    }
  });
}

if (want('trace')) {
  // Where the main thread's time goes, from Chromium's trace: 3 runs of
  // each, totals divided by the number of interactions.
  await withApp(async (browser, server) => {
    const row = (name, r) =>
      console.log(`  ${name.padEnd(26)} script ${r.script.toFixed(1)} ms  style ${r.style.toFixed(1)} ms  layout ${r.layout.toFixed(1)} ms  paint ${r.paint.toFixed(1)} ms`);
    const sum = (parts) => Object.fromEntries(Object.keys(parts[0]).map((k) => [k, parts.reduce((s, p) => s + p[k], 0) / parts.length]));
    console.log('\nMain thread per interaction at 4x slower CPU (Chromium trace, 3 runs):');
    const taps = [];
    const steps = [];
    for (let run = 0; run < 3; run++) {
      let page = await timedPage(browser, server.url + '#/explore', 4);
      await page.waitForFunction(() => document.getElementById('explore-search'));
      taps.push(await traced(browser, page, TAPS.length, async () => {
        for (const t of TAPS) await timedUpdate(page, 'tap', t);
      }));
      await page.context().close();
      page = await timedPage(browser, server.url, 4);
      let count = 0;
      steps.push(await traced(browser, page, () => count, async () => {
        count = (await timedJourney(page)).length;
      }));
      await page.context().close();
    }
    row('explore map tap', sum(taps));
    row('guided step', sum(steps));
  });
}

if (want('lighthouse')) {
  // Lighthouse's mobile audit of the app and of the example blog with and
  // without the widget, served brotli-compressed as a real host would.
  const row = (name, r) =>
    console.log(
      `  ${name.padEnd(22)} LCP ${r.lcp.toFixed(0)} ms  FCP ${r.fcp.toFixed(0)} ms  TBT ${r.tbt.toFixed(0)} ms  CLS ${r.cls.toFixed(3)}  score ${r.score}  (LCP element: ${r.lcpElement})`,
    );
  const app = await serveDist('/', { brotli: true });
  try {
    console.log('\nLighthouse 13 mobile (simulated slow 4G, 4x CPU), median of 3 cold loads:');
    summary.app = await audit(app.url);
    row('app', summary.app);
  } finally {
    await app.close();
  }
  const pages = await serveBlogAndApp({ 'plain.html': '' }, {}, { brotli: true });
  try {
    summary.plain = await audit(pages.blog.url + 'plain.html');
    summary.blog = await audit(pages.blog.url + 'blog.html');
    row('blog without widget', summary.plain);
    row('blog with widget', summary.blog);
    // Simulated throttling charges the page's paint with any request that
    // finished before it in the unthrottled load, such as the widget's
    // async script from another origin; applied throttling loads the page
    // on the slow link for real.
    console.log('Lighthouse 13 mobile, applied throttling (devtools), median of 3 cold loads:');
    summary.plainApplied = await audit(pages.blog.url + 'plain.html', 3, { throttlingMethod: 'devtools' });
    summary.blogApplied = await audit(pages.blog.url + 'blog.html', 3, { throttlingMethod: 'devtools' });
    row('blog without widget', summary.plainApplied);
    row('blog with widget', summary.blogApplied);
  } finally {
    await pages.close();
  }
}

const ms = (x) => `${x.toFixed(1)} ms`;
const { load, app, plain, blog, plainApplied, blogApplied } = summary;
const rows = [
  load && ['First load (brotli)', '<= 143,360 B', `${load.total.brotli.toLocaleString('en')} B`, load.total.brotli <= 143360],
  app && ['LCP (Lighthouse mobile)', '<= 1000 ms', `${app.lcp.toFixed(0)} ms`, app.lcp <= 1000],
  app && ['Performance score', '100', `${app.score}`, app.score >= 100],
  app && ['CLS', '0', app.cls.toFixed(3), app.cls === 0],
  app && ['TBT', '<= 50 ms', `${app.tbt.toFixed(0)} ms`, app.tbt <= 50],
  summary.tap[4] !== undefined && ['Explore tap p95, 4x CPU', '<= 50 ms', ms(summary.tap[4]), summary.tap[4] <= 50],
  summary.step[4] !== undefined && ['Guided step median, 4x CPU', '<= 25 ms', ms(summary.step[4]), summary.step[4] <= 25],
  summary.tap[1] !== undefined && ['Explore tap p95, 1x CPU', '<= 16 ms', ms(summary.tap[1]), summary.tap[1] <= 16],
  summary.step[1] !== undefined && ['Guided step median, 1x CPU', '<= 16 ms', ms(summary.step[1]), summary.step[1] <= 16],
  blog && ['Blog score drop with widget', '<= 2', `${plain.score - blog.score}`, plain.score - blog.score <= 2],
  blog && ['Blog LCP rise, simulated', '<= 100 ms', `${(blog.lcp - plain.lcp).toFixed(0)} ms`, blog.lcp - plain.lcp <= 100],
  blog && ['Blog LCP rise, applied', '<= 100 ms', `${(blogApplied.lcp - plainApplied.lcp).toFixed(0)} ms`, blogApplied.lcp - plainApplied.lcp <= 100],
].filter(Boolean);
if (rows.length) {
  console.log('\nTargets (issue #13), this run:');
  console.log(`  ${'figure'.padEnd(30)}${'target'.padEnd(16)}${'measured'.padEnd(14)}met`);
  for (const [name, target, measured, met] of rows) console.log(`  ${name.padEnd(30)}${target.padEnd(16)}${measured.padEnd(14)}${met ? 'yes' : 'NO'}`);
}
