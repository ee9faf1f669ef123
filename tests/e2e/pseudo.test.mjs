// The pseudo-locales (build/pseudo.rs, built by ./x test into
// target/pseudo/, never shipped): every screen at 320 and 1280 px, in an
// accented language 40% longer than English and in a mirrored right-to-left
// one. A screen fails on sideways scrolling, on text that overflows its
// box, and on visible text without the pseudo marks, which is a string that
// is not data yet. Screenshots go to test-results/screens/ to be looked at.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { ROOT, cleanup, launch, openPage } from './browser.mjs';
import { readHeaders, serve } from './server.mjs';
import { REFERRED } from './journey.mjs';

const OUT = path.join(ROOT, 'test-results', 'screens');
const SCREENS = [
  { name: 'welcome', hash: '#/' },
  { name: 'screen', hash: '#/guided/v1~screen-emergency' },
  { name: 'body-map', hash: '#/guided/v1~pain-where~screen-emergency=none~screen-urgent=none' },
  // `details`: the screen fetches the details file, whose words are checked too.
  { name: 'result-referred', hash: `#/guided/${REFERRED}`, details: true },
  { name: 'result-emergency', hash: '#/guided/v1~-~screen-emergency=chest-pressure', details: true },
  { name: 'explore-region', hash: '#/explore/region/temple,elbow-outer-r', details: true },
  { name: 'explore-press', hash: '#/explore/press/top-of-shoulder-r', details: true },
  { name: 'muscle', hash: '#/explore/muscle/scalenes', details: true },
  { name: 'summary', hash: `#/summary/${REFERRED}` },
];
const SIZES = [
  { label: 'small', width: 320, height: 640 },
  { label: 'desktop', width: 1280, height: 900 },
];

/**
 * What is wrong on the page as shown: text nodes without the pseudo marks
 * (accented letters, brackets, the stretch dots or the right-to-left
 * override), and text wider than the box that holds it. English that is
 * English by design is left out: article titles and source citations.
 */
function problems() {
  const marked = /[\[\]·\u202E]/;
  const out = [];
  // Words outside text nodes: the page's title, placeholders, titles and labels.
  if (!marked.test(document.title)) out.push(`not data: the page title "${document.title}"`);
  for (const el of document.querySelectorAll('[placeholder], [title], [aria-label]')) {
    for (const name of ['placeholder', 'title', 'aria-label']) {
      const v = el.getAttribute(name);
      if (v && /[A-Za-z]/.test(v) && !marked.test(v)) out.push(`not data: ${name}="${v}" on <${el.localName}>`);
    }
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    const text = node.textContent.trim();
    if (!text || !el || el.closest('script, style, noscript, template, .articles, .citations')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()];
    // Not shown: in a closed <details>, display:none, or off-screen text.
    if (!rects.length || !el.checkVisibility()) continue;
    if (/[A-Za-z]/.test(text) && !marked.test(text)) out.push(`not data: "${text.slice(0, 60)}" in <${el.localName}>`);
    const box = el.getBoundingClientRect();
    for (const r of rects) {
      if (r.right > box.right + 1 || r.left < box.left - 1) {
        out.push(`overflows its <${el.localName}> by ${Math.round(Math.max(r.right - box.right, box.left - r.left))}px: "${text.slice(0, 40)}"`);
        break;
      }
    }
  }
  // A drawing's labels stay inside the drawing (a right-to-left page must
  // not push them past its edge).
  for (const label of document.querySelectorAll('svg text')) {
    const r = label.getBoundingClientRect();
    const box = label.closest('svg').getBoundingClientRect();
    if (r.width && (r.left < box.left - 1 || r.right > box.right + 1)) {
      out.push(`the label "${label.textContent.slice(0, 30)}" runs past its drawing's edge`);
    }
  }
  return out;
}

for (const lang of ['en-XA', 'ar-XB']) {
  test(`pseudo-locale ${lang}: every screen fits at 320 and 1280 px and shows only data`, async (t) => {
    const root = path.join(ROOT, 'target', 'pseudo', lang);
    await fs.access(path.join(root, 'index.html')).catch(() => {
      throw new Error(`${root} is not built: ./x test builds it (build_pseudo)`);
    });
    await fs.mkdir(OUT, { recursive: true });
    const server = await serve({ root, headers: await readHeaders(path.join(ROOT, 'web/_headers')) });
    const browser = await launch();
    cleanup(t, async () => {
      await browser.close();
      await server.close();
    });
    const found = [];
    for (const size of SIZES) {
      const { page, close } = await openPage(t, browser, server.origin, { viewport: { width: size.width, height: size.height } });
      for (const s of SCREENS) {
        await page.goto(server.url + s.hash);
        const details = s.details && page.waitForResponse((r) => /\/details-[0-9a-f]+\.txt$/.test(r.url()));
        await page.reload();
        await details;
        // The app runs (on the welcome screen it keeps the prerendered one).
        await page.waitForFunction(() => document.querySelector('.app-root'));
        await page.locator('h1').first().waitFor();
        // The parts the details file brings are in place.
        await page.waitForLoadState('networkidle');
        await page.waitForTimeout(100);
        assert.equal(await page.evaluate(() => document.documentElement.dir), lang === 'ar-XB' ? 'rtl' : 'ltr');
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
        if (overflow > 0) found.push(`${s.name} at ${size.width}px scrolls sideways by ${overflow}px`);
        for (const p of await page.evaluate(problems)) found.push(`${s.name} at ${size.width}px: ${p}`);
        await page.screenshot({ path: path.join(OUT, `pseudo-${lang}-${s.name}-${size.label}.png`), fullPage: true });
        await page.evaluate(() => localStorage.clear());
      }
      await close();
    }
    assert.deepEqual([...new Set(found)], []);
  });
}
