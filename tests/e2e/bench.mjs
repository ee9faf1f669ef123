// Prints the first-load size table and start-up timings of the release
// build (run by `./x bench`). Numbers, not assertions: the size budget is a
// test (size.test.mjs); timings vary by machine.
import { DIST, launch, serveDist } from './browser.mjs';
import { firstLoad, table } from './first-load.mjs';

const RUNS = 7;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Milliseconds from navigation start until the app's first heading is on screen. */
async function timeToFirstScreen(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => document.querySelector('#app h1'), null, { polling: 'raf' });
  return page.evaluate(() => performance.now());
}

const load = await firstLoad(DIST);
console.log('First load (bytes):');
console.log(table(load));

const server = await serveDist();
const browser = await launch();
try {
  const cold = [];
  const warm = [];
  for (let i = 0; i < RUNS; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    cold.push(await timeToFirstScreen(page, server.url));
    warm.push(await timeToFirstScreen(page, server.url));
    await context.close();
  }
  console.log(`\nStart-up on loopback, ${RUNS} runs (navigation start to first screen rendered):`);
  console.log(`  cold (empty cache)  median ${median(cold).toFixed(1)} ms   all ${cold.map((x) => x.toFixed(0)).join(' ')}`);
  console.log(`  warm (reload)       median ${median(warm).toFixed(1)} ms   all ${warm.map((x) => x.toFixed(0)).join(' ')}`);
} finally {
  await browser.close();
  await server.close();
}
