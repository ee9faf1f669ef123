// Explore mode end to end, by roles and labels: pain site → sources with
// warning signs first, pressed spot → zones with the hand-off into the
// guided questions, search, muscle deep links, history and the keyboard.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'smol-toml';
import { ROOT, openPage, sharedBrowser } from './browser.mjs';
import { NO_WARNINGS, Q, tapArea, walk } from './journey.mjs';

const shared = sharedBrowser();

/** Opens the page fixture for test `t` at `hash`, once a heading shows. */
async function open(t, hash, options) {
  const w = await openPage(t, shared.browser, shared.server.origin, options);
  await w.page.goto(shared.server.url + hash);
  await w.page.getByRole('heading', { level: 1 }).first().waitFor();
  return w;
}

/** The muscle names listed as sources of the areas picked, in order. */
const sources = (page) =>
  page.getByRole('region', { name: 'Muscles that commonly refer pain here' }).getByRole('listitem').getByRole('link').allTextContents();

test('tapping the temple lists the muscles that commonly refer there', async (t) => {
  const { page } = await open(t, '#/explore');
  await page.getByRole('heading', { level: 1, name: 'Where does the pain come from?' }).waitFor();
  await tapArea(page.getByRole('checkbox', { name: 'Right temple', exact: true }));
  await page.getByRole('heading', { level: 1, name: 'Pain felt at: Temple' }).waitFor();
  const found = await sources(page);
  for (const m of ['Upper trapezius', 'Suboccipitals', 'Temporalis']) assert.ok(found.includes(m), `${m} in ${found}`);
  // §1 of the facts gives SCM no temple zone (it refers over the eye and to
  // the forehead), so it appears once the forehead is picked too.
  assert.ok(!found.includes('Sternocleidomastoid (SCM)'), `${found}`);
  await tapArea(page.getByRole('checkbox', { name: 'Right forehead', exact: true }));
  await page.getByRole('heading', { level: 1, name: 'Pain felt at: Temple, Forehead' }).waitFor();
  assert.ok((await sources(page)).includes('Sternocleidomastoid (SCM)'));
  // Each muscle says why it is listed.
  const reason = await page.getByRole('listitem').filter({ hasText: 'Temporalis' }).textContent();
  assert.match(reason, /Main zone covers the right temple/);
  // The head's warning signs come before any muscle.
  const order = await page.evaluate(() => {
    const warn = document.getElementById('warnings-title');
    const list = document.getElementById('sources-title');
    return warn && list && warn.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  assert.ok(order, 'warning signs are shown before the muscle list');
});

test('the calf shows the blood-clot screen before its muscles', async (t) => {
  const { page } = await open(t, '#/explore');
  await tapArea(page.getByRole('checkbox', { name: 'Left calf', exact: true }));
  const warnings = page.getByRole('region', { name: 'First, rule out warning signs' });
  await warnings.getByRole('heading', { name: /Checks for a blood clot in the leg/ }).waitFor();
  const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
  assert.ok(
    headings.indexOf('First, rule out warning signs') < headings.indexOf('Muscles that commonly refer pain here'),
    headings.join(' | '),
  );
  assert.ok((await sources(page)).includes('Gastrocnemius'));
});

test('search finds muscles and areas on every keystroke, forgiving typos', async (t) => {
  const { page } = await open(t, '#/explore');
  const box = page.getByRole('searchbox', { name: 'Search a body area, muscle or symptom' });
  const hits = page.getByRole('search').getByRole('link');
  await box.pressSequentially('thumb');
  await hits.filter({ hasText: 'Scalenes' }).waitFor();
  await box.fill('');
  await box.pressSequentially('Tempel');
  await hits.filter({ hasText: 'Temple' }).first().waitFor();
  await box.fill('sciatica');
  await hits.filter({ hasText: 'Piriformis' }).waitFor();
  await box.fill('zzzz');
  await page.getByRole('status').filter({ hasText: 'Nothing matches “zzzz”.' }).waitFor();
  // A hit opens its page.
  await box.fill('scalen');
  await hits.filter({ hasText: 'Scalenes' }).click();
  await page.getByRole('heading', { level: 1, name: 'Scalenes' }).waitFor();
});

test('a muscle page says so when its sources and self-care cannot be fetched, and the next page tries again', async (t) => {
  // The welcome screen, which fetches nothing (explore's map would fetch
  // the details file for its search).
  const { page } = await open(t, '#/');
  await page.route('**/details-*.txt', (route) => route.abort());
  await page.goto(shared.server.url + '#/explore/muscle/popliteus');
  await page.getByRole('heading', { level: 1, name: 'Popliteus' }).waitFor();
  await page.getByText('The sources could not be loaded').waitFor();
  // In place of what it is described with, and of the self-care ideas.
  assert.equal(await page.getByText('This part could not be loaded').count(), 2);
  // The rest of the page is all there, warning signs first.
  await page.getByRole('heading', { level: 3, name: 'Be careful' }).waitFor();
  await page.unroute('**/details-*.txt');
  await page.goto(shared.server.url + '#/explore/muscle/fibularis');
  await page.getByRole('heading', { level: 1, name: /Fibularis/ }).waitFor();
  await page.locator('.citations li').first().waitFor();
  assert.match((await page.locator('.citations').textContent()) ?? '', /fibularis|peroneus|Fibularis/i);
});

test('a muscle deep link opens its page directly on a fresh visit', async (t) => {
  const { page } = await open(t, '#/explore/muscle/scalenes');
  await page.getByRole('heading', { level: 1, name: 'Scalenes' }).waitFor();
  // Drawn on the map, with its warning signs before the self-care, and sources.
  await page.getByRole('img', { name: 'Front, facing you' }).waitFor();
  const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
  const at = (h) => headings.indexOf(h);
  assert.ok(at('First, rule out warning signs') >= 0, headings.join(' | '));
  assert.ok(at('First, rule out warning signs') < at('What may help'), headings.join(' | '));
  assert.ok(at('Sources') > 0);
  // The citations and self-care ideas arrive in their own file once the
  // page opens: every idea of content/en/muscles.toml, in order.
  await page.locator('.citations li').first().waitFor();
  assert.match((await page.locator('.citations').textContent()) ?? '', /Travell & Simons/);
  const muscles = parse(await fs.readFile(path.join(ROOT, 'content/en/muscles.toml'), 'utf8')).muscle;
  const ideas = page.locator('h2:text-is("What may help") ~ ul').first().locator('li');
  assert.deepEqual(await ideas.allTextContents(), muscles.find((m) => m.id === 'scalenes').self_care);
  // Articles open in a new tab and send no referrer.
  for (const a of await page.locator('.articles a').all()) {
    assert.equal(await a.getAttribute('target'), '_blank');
    assert.match(await a.getAttribute('rel'), /noreferrer/);
  }
});

test('a bad explore link says so and opens the map', async (t) => {
  const { page } = await open(t, '#/explore/muscle/nonesuch');
  await page.getByText('there is no muscle `(not an id)`').waitFor();
  await page.getByRole('heading', { level: 1, name: 'Where does the pain come from?' }).waitFor();
});

test('the pressed spot shows its zones and hands its answers to the guided questions', async (t) => {
  const { page } = await open(t, '#/explore/press');
  await page.getByRole('heading', { level: 1, name: 'Where do you press?' }).waitFor();
  await tapArea(page.getByRole('checkbox', { name: 'Right top of the shoulder', exact: true }));
  const spots = page.getByRole('region', { name: 'Tender spots that commonly lie here' });
  await spots.getByRole('heading', { name: 'Upper trapezius' }).waitFor();
  // Each muscle's zone is drawn, with a legend naming it.
  assert.match(await spots.locator('.legend').first().textContent(), /Main referral zone/);
  await page.getByRole('button', { name: 'I also feel it somewhere else: an ache, tingling or burning' }).click();
  // Warning signs still come first; the explore answers wait, pre-chosen.
  await walk(page, [...NO_WARNINGS, [Q.pain, ['Right temple']]]);
  await page.getByRole('heading', { level: 1, name: Q.press }).waitFor();
  assert.equal(
    await page.getByRole('checkbox', { name: 'Right top of the shoulder', exact: true }).getAttribute('aria-checked'),
    'true',
  );
  await walk(page, [
    [Q.press, []],
    [Q.head, ['None of these']],
    [Q.lump, ['A tight knot or band within the muscle']],
  ]);
  await page.getByRole('heading', { level: 1, name: Q.pressResult }).waitFor();
  const spreads = page.getByRole('button', { name: 'I also feel it somewhere else: an ache, tingling or burning' });
  assert.equal(await spreads.getAttribute('aria-pressed'), 'true');
  await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('heading', { level: 1, name: Q.spread }).waitFor();
});

test('a pressed spot on the side of the neck shows the heart and lump screens before any muscle', async (t) => {
  const { page } = await open(t, '#/explore/press/neck-side-r');
  await page.getByRole('heading', { level: 1, name: 'Tender spot at: Side of the neck' }).waitFor();
  const warnings = page.getByRole('region', { name: 'First, rule out warning signs' });
  // Scalenes refer to the chest and arm: the heart screen comes with them.
  await warnings.getByRole('heading', { name: /Checks for the heart/ }).waitFor();
  // Lymph nodes lie here: never press a lump.
  await warnings.getByRole('heading', { name: /A lump under the skin/ }).waitFor();
  await warnings.getByRole('note').filter({ hasText: "Don't press, roll or massage a lump." }).waitFor();
  const headings = await page.getByRole('heading', { level: 2 }).allTextContents();
  assert.ok(
    headings.indexOf('First, rule out warning signs') < headings.indexOf('Tender spots that commonly lie here'),
    headings.join(' | '),
  );
  const spots = page.getByRole('region', { name: 'Tender spots that commonly lie here' });
  await spots.getByRole('heading', { name: 'Scalenes' }).waitFor();
});

test('a group name such as `neck` opens every part of it', async (t) => {
  const { page } = await open(t, '#/explore/region/neck');
  await page.getByRole('heading', { level: 1, name: 'Pain felt at: Side of the neck, Back of the neck' }).waitFor();
  assert.ok((await sources(page)).includes('Upper trapezius'));
});

test('browser Back and Forward move between explore views', async (t) => {
  const { page } = await open(t, '#/explore/region/calf');
  await page.getByRole('link', { name: 'Gastrocnemius' }).click();
  await page.getByRole('heading', { level: 1, name: 'Gastrocnemius' }).waitFor();
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: 'Pain felt at: Calf' }).waitFor();
  await page.goForward();
  await page.getByRole('heading', { level: 1, name: 'Gastrocnemius' }).waitFor();
  await page.getByRole('link', { name: 'Back to the body map' }).click();
  await page.getByRole('heading', { level: 1, name: 'Pain felt at: Calf' }).waitFor();
});

/** Presses Tab until the focused element's text is `label`. */
async function tabTo(page, label) {
  for (let i = 0; i < 300; i++) {
    await page.keyboard.press('Tab');
    const here = await page.evaluate(() => (document.activeElement?.getAttribute('aria-label') || document.activeElement?.textContent || '').trim());
    if (here === label) return;
  }
  throw new Error(`Tab never reached ${label}`);
}

test('keyboard only: region → muscle → back', async (t) => {
  const { page } = await open(t, '#/explore');
  await tabTo(page, 'Right temple');
  await page.keyboard.press(' ');
  await page.getByRole('heading', { level: 1, name: 'Pain felt at: Temple' }).waitFor();
  await tabTo(page, 'Temporalis');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Temporalis' }).waitFor();
  // Focus moved to the new page's heading, so Tab continues from there.
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'muscle-title');
  // The way back sits just before the heading.
  await page.keyboard.press('Shift+Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Back to the body map');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Pain felt at: Temple' }).waitFor();
});
