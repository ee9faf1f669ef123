// Accessibility: axe-core on every screen type (no serious or critical
// violations), and one full journey with the keyboard alone.
import test from 'node:test';
import assert from 'node:assert/strict';
import { AxeBuilder } from '@axe-core/playwright';
import { openPage, sharedBrowser } from './browser.mjs';
import { Q, REFERRED, REFERRED_RESULT, WELCOME } from './journey.mjs';

const SCREENS = {
  welcome: '#/',
  checklist: '#/guided/v1~screen-emergency',
  'body map': '#/guided/v1~pain-where~screen-emergency=none~screen-urgent=none',
  'body list': '#/guided/v1~pain-where~screen-emergency=none~screen-urgent=none',
  // The last question of the referred journey (the old fixture here had
  // gone stale, so axe checked the welcome screen instead).
  'single choice': `#/guided/${REFERRED.replace('v1~-~', 'v1~duration~').replace('~duration=weeks', '')}`,
  'pattern result': `#/guided/${REFERRED}`,
  'warning result': '#/guided/v1~-~screen-emergency=chest-pressure',
  summary: `#/summary/${REFERRED}`,
  'explore map': '#/explore/region/calf,temple',
  'explore press': '#/explore/press/neck-side-r',
  'muscle page': '#/explore/muscle/scalenes',
};

const shared = sharedBrowser();

for (const scheme of ['light', 'dark']) {
  for (const [name, hash] of Object.entries(SCREENS)) {
    test(`axe: ${name} (${scheme}) has no serious or critical violations`, async (t) => {
      const { page } = await openPage(t, shared.browser, shared.server.origin, { colorScheme: scheme });
      await page.goto(shared.server.url + hash);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      assert.equal(await page.getByText('This link could not be opened').count(), 0, 'the screen is the one named');
      if (name === 'body list') await page.getByRole('button', { name: 'Show a list of body areas instead' }).click();
      const { violations } = await new AxeBuilder({ page }).analyze();
      const bad = violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`);
      assert.deepEqual(bad, []);
    });
  }
}

/** Presses Tab until the focused element has this accessible text, then returns. */
async function tabTo(page, label) {
  for (let i = 0; i < 250; i++) {
    await page.keyboard.press('Tab');
    const here = await page.evaluate(() => {
      const el = document.activeElement;
      return (el?.getAttribute('aria-label') || el?.textContent || '').trim();
    });
    if (here === label) return;
  }
  throw new Error(`Tab never reached ${label}`);
}

test('a full journey with the keyboard alone, body map included', async (t) => {
  const { page } = await openPage(t, shared.browser, shared.server.origin);
  await page.goto(shared.server.url);
  await page.getByRole('heading', { level: 1, name: WELCOME }).waitFor();
  const pick = async (heading, labels, next = true) => {
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    for (const l of labels) {
      await tabTo(page, l);
      await page.keyboard.press(' ');
    }
    if (next) {
      await tabTo(page, 'Next');
      await page.keyboard.press('Enter');
    }
  };
  // The warning screens the safety table brings up, "None of these" each.
  const screens = async () => {
    for (;;) {
      const h1 = page.getByRole('heading', { level: 1 }).first();
      await h1.waitFor();
      const text = (await h1.textContent()).trim();
      if (!/ Do any of these apply\?$/.test(text)) return;
      await pick(text, ['None of these']);
      await page.getByRole('heading', { level: 1, name: text, exact: true }).waitFor({ state: 'detached' });
    }
  };
  await tabTo(page, 'Start');
  await page.keyboard.press('Enter');
  await pick(Q.emergency, ['None of these']);
  await pick(Q.urgent, ['None of these']);
  await pick(Q.pain, ['Right temple']);
  await pick(Q.press, ['Right top of the shoulder']);
  await screens();
  await pick(Q.lump, ['A tight knot or band within the muscle'], false);
  await pick(Q.pressResult, ['I also feel it somewhere else: an ache, tingling or burning'], false);
  await pick(Q.spread, ['Right temple']);
  await screens();
  await pick(Q.familiar, ["Yes, that's my pain"], false);
  await pick(Q.feel, ['A deep or dull ache']);
  await pick(Q.nerve, ['None of these']);
  await pick(Q.joint, ['None of these']);
  await pick(Q.duration, ['A few weeks'], false);
  await page.getByRole('heading', { level: 1, name: REFERRED_RESULT }).waitFor();
});
