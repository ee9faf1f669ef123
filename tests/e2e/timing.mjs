// How long the app takes to answer a tap, measured inside the page (used
// by `./x bench`): guided steps and explore's search and map.

/**
 * Installed in every timed page: `__timed(act, changed)` runs `act`, then
 * measures two times from just before it, the way a person waits:
 * - `work`: until the app has changed the DOM (`changed()` holds; Yew
 *   renders in a microtask after the event, checked after each task) and
 *   the browser has laid it out;
 * - `frame`: until the first animation frame after that, the frame that
 *   paints the change (at most 16.7 ms more at 60 Hz).
 */
const TIMED = `window.__timed = async (act, changed = () => true) => {
  const task = () => new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = resolve;
    channel.port2.postMessage(0);
  });
  const t0 = performance.now();
  act();
  do await task(); while (!changed());
  void document.body.offsetHeight;
  const work = performance.now() - t0;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  return { work, frame: performance.now() - t0 };
};`;

/** The app has started: it mounts `.app-root` beside the prerendered first screen. */
export const appRunning = () => document.querySelector('.app-root');

/** A page at `url` with the app running, its CPU `rate` times slower. */
export async function timedPage(browser, url, rate) {
  const context = await browser.newContext();
  await context.addInitScript(TIMED);
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction(appRunning);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return page;
}

/**
 * A referred-pain journey (a temple headache from the upper trapezius) as
 * [choices, advance] steps. The warning screens of the areas named come in
 * between, answered "None of these" and timed as steps too.
 */
const JOURNEY = [
  [[], 'Start'],
  [['None of these'], 'Next'],
  [['None of these'], 'Next'],
  [['Right temple'], 'Next'],
  [['Right top of the shoulder'], 'Next'],
  [[], 'A tight knot or band within the muscle'],
  [[], 'I also feel it somewhere else: an ache, tingling or burning'],
  [['Right temple'], 'Next'],
  [[], "Yes, that's my pain"],
  [['A deep or dull ache'], 'Next'],
  [['None of these'], 'Next'],
  [['None of these'], 'Next'],
  [[], 'A few weeks'],
];

/**
 * One guided step: `choices` are tapped first (not timed), then `advance`,
 * timed until the next question's heading is shown.
 */
function timedStep(page, choices, advance) {
  return page.evaluate(
    async ({ choices, advance }) => {
      const find = (label) =>
        [...document.querySelectorAll('a, button, [role="checkbox"]')].find(
          (el) => (el.getAttribute('aria-label') || el.textContent).trim() === label,
        );
      for (const c of choices) find(c).dispatchEvent(new MouseEvent('click', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(r));
      const before = document.querySelector('h1').textContent;
      return window.__timed(() => find(advance).click(), () => document.querySelector('h1')?.textContent !== before);
    },
    { choices, advance },
  );
}

/** Whether the page shows an area's warning screen (which JOURNEY leaves out). */
const onScreen = (page) => page.evaluate(() => / Do any of these apply\?$/.test(document.querySelector('h1').textContent.trim()));

/** Times each step of JOURNEY from the welcome screen, and each warning screen met on the way. */
export async function timedJourney(page) {
  const times = [];
  for (const [choices, advance] of JOURNEY) {
    while (await onScreen(page)) times.push(await timedStep(page, ['None of these'], 'Next'));
    times.push(await timedStep(page, choices, advance));
  }
  const end = await page.locator('h1').first().textContent();
  if (!/referred pain/.test(end)) throw new Error(`the timed journey ended at "${end}"`);
  return times;
}

/** Explore: a search keystroke (`type`), a tap on the map (`tap`), or nothing (`idle`, the measure's floor). */
export function timedUpdate(page, kind, arg) {
  return page.evaluate(
    ({ kind, arg }) =>
      window.__timed(() => {
        if (kind === 'type') {
          const box = document.getElementById('explore-search');
          box.value = arg;
          box.dispatchEvent(new InputEvent('input', { bubbles: true }));
        } else if (kind === 'tap') {
          document.querySelector(`[data-region="${arg}"]`).dispatchEvent(new MouseEvent('click', { bubbles: true }));
        }
      }),
    { kind, arg },
  );
}

/** Words typed into explore's search, one keystroke at a time. */
export const WORDS = ['temple', 'headache', 'sciatica', 'thumb', 'tingling'];

/** Areas tapped on explore's map, each adding to the last: the lists grow with every tap. */
export const TAPS = ['temple-r', 'calf-l', 'neck-side-r', 'thumb-index-l', 'low-back-r', 'chest-l'];
