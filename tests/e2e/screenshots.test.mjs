// Screenshots of each screen at phone and desktop widths, light and dark,
// saved to test-results/screens/ for people to look at. Each screen is
// opened by its link, which also proves deep links work on a fresh page.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ROOT, cleanup, launch, openPage, serveDist } from './browser.mjs';
import { Q, REFERRED, REFERRED_RESULT, SUMMARY, WELCOME } from './journey.mjs';

const OUT = path.join(ROOT, 'test-results', 'screens');
const SCREENS = [
  { name: 'welcome', hash: '#/', heading: WELCOME },
  { name: 'screen', hash: '#/guided/v1~screen-emergency', heading: Q.emergency },
  { name: 'body-map', hash: '#/guided/v1~pain-where~screen-emergency=none~screen-urgent=none', heading: Q.pain },
  { name: 'result-referred', hash: `#/guided/${REFERRED}`, heading: REFERRED_RESULT },
  { name: 'result-emergency', hash: '#/guided/v1~-~screen-emergency=chest-pressure', heading: 'Call your local emergency number now' },
  // The safety issue's screens: a press question with its spot's caution,
  // the heart screen reached from arm pain, a breast lump, a "not sure".
  { name: 'press-caution', hash: '#/guided/v1~press-result~screen-emergency=none~screen-urgent=none~pain-where=shoulder-back-r~press-where=armpit-r~screen-chest=none~screen-arm=none~screen-shoulder=none~is-lump=knot', heading: Q.pressResult },
  { name: 'heart-from-arm', hash: '#/guided/v1~screen-chest~screen-emergency=none~screen-urgent=none~pain-where=elbow-inner-l,forearm-little-finger-side-l~press-where=upper-arm-back-l', heading: /Checks for the heart/ },
  { name: 'result-breast-lump', hash: '#/guided/v1~-~screen-emergency=none~screen-urgent=none~pain-where=chest-l~press-where=chest-l~screen-chest=none~screen-upper-back=none~screen-arm=none~is-lump=lump~duration=days', heading: 'Have this lump checked by a GP' },
  { name: 'result-not-sure', hash: '#/guided/v1~-~screen-emergency=none~screen-urgent=none~pain-where=forearm-back-l~press-where=forearm-back-l~screen-arm=unsure', heading: 'Call your local emergency number now' },
  { name: 'summary', hash: `#/summary/${REFERRED}`, heading: SUMMARY },
  { name: 'explore', hash: '#/explore', heading: 'Where does the pain come from?' },
  { name: 'explore-region', hash: '#/explore/region/temple', heading: 'Pain felt at: Temple' },
  { name: 'explore-press', hash: '#/explore/press/top-of-shoulder-r', heading: 'Tender spot at: Top of the shoulder' },
  { name: 'explore-press-armpit', hash: '#/explore/press/armpit-r', heading: 'Tender spot at: Armpit' },
  { name: 'muscle', hash: '#/explore/muscle/scalenes', heading: 'Scalenes' },
  // The areas added with the §1e muscles, on the map and in the lists.
  { name: 'explore-new-areas', hash: '#/explore/region/under-chin,ankle-outer-l,tailbone', heading: 'Pain felt at: Under the chin, Outer ankle, Tailbone' },
  { name: 'explore-tennis-elbow', hash: '#/explore/region/elbow-outer-r,forearm-back-r', heading: 'Pain felt at: Outer elbow, Back of the forearm' },
];
const SIZES = [
  { label: 'small', width: 320, height: 640 },
  { label: 'phone', width: 360, height: 780 },
  { label: 'desktop', width: 1280, height: 900 },
];

/** The Spanish build's screens (dist/es/), shot the same way. */
const SPANISH = [
  { name: 'es-welcome', hash: '#/', heading: '¿Se extiende o se queda en su sitio?' },
  { name: 'es-body-map', hash: '#/guided/v1~pain-where~screen-emergency=none~screen-urgent=none', heading: '¿Dónde sientes el dolor?' },
  { name: 'es-result-referred', hash: `#/guided/${REFERRED}`, heading: 'Un patrón compatible con dolor referido' },
  { name: 'es-result-emergency', hash: '#/guided/v1~-~screen-emergency=chest-pressure', heading: 'Llama ahora al número de emergencias de tu zona' },
  { name: 'es-explore-region', hash: '#/explore/region/temple', heading: 'Dolor en: Sien' },
  { name: 'es-muscle', hash: '#/explore/muscle/scalenes', heading: 'Escalenos' },
  { name: 'es-summary', hash: `#/summary/${REFERRED}`, heading: 'Resumen para un profesional de la salud' },
];

test('every screen renders at phone and desktop widths in light and dark', async (t) => {
  await fs.mkdir(OUT, { recursive: true });
  const server = await serveDist();
  const browser = await launch();
  cleanup(t, async () => {
    await browser.close();
    await server.close();
  });
  for (const size of SIZES) {
    for (const scheme of ['light', 'dark']) {
      const { page, close } = await openPage(t, browser, server.origin, {
        viewport: { width: size.width, height: size.height },
        colorScheme: scheme,
      });
      for (const s of [...SCREENS, ...SPANISH.map((e) => ({ ...e, hash: `es/${e.hash}` }))]) {
        await page.goto(server.url + s.hash);
        await page.reload();
        await page.getByRole('heading', { name: s.heading, level: 1 }).waitFor();
        // What the details file brings is in place (and checked for width).
        await page.waitForLoadState('networkidle');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        assert.ok(overflow <= 0, `${s.name} at ${size.width}px scrolls sideways by ${overflow}px`);
        await page.screenshot({ path: path.join(OUT, `${s.name}-${size.label}-${scheme}.png`), fullPage: true });
        // Each screen is opened as a first visit, without progress saved by the last.
        await page.evaluate(() => localStorage.clear());
      }
      // One context at a time: checked for problems and closed now.
      await close();
    }
  }
});
