// The Spanish build (dist/es/), as a Spanish reader meets it: whole
// journeys by Spanish roles and labels, explore and search, the summary,
// the language link in both directions, offline beside the English build,
// and the blog embed with data-lang="es". The Spanish words are written
// out here rather than read from content/es/, so a build that showed
// English (or the wrong file) fails.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'smol-toml';
import { ROOT, cleanup, launch, openPage, serveDist } from './browser.mjs';
import { serveBlogAndApp } from './embed-pages.mjs';
import { controlled } from './pwa.mjs';
import { Q, WELCOME, walk } from './journey.mjs';

/** What walk() looks for, in Spanish. */
const SPANISH = {
  next: 'Siguiente',
  none: 'Ninguna de estas',
  screen: /¿Te pasa alguna de estas cosas\?$/,
};
const BIENVENIDA = '¿Se extiende o se queda en su sitio?';
const P = {
  emergency: /ahora mismo alguna de estas cosas/,
  urgent: '¿Te pasa alguna de estas cosas?',
  pain: '¿Dónde sientes el dolor?',
  press: '¿Dónde está el punto sensible al tacto?',
  lump: '¿Cómo notas el punto sensible bajo los dedos?',
  pressResult: /^Presiona el punto sensible/,
  spread: '¿Dónde lo sientes al presionar?',
  familiar: /tu dolor habitual/,
  feel: /^¿Cómo lo sientes\?/,
  nerve: '¿Te pasa alguna de estas cosas?',
  joint: '¿Le pasa alguna de estas cosas a una articulación cercana?',
  duration: '¿Cuánto tiempo hace que tienes este dolor?',
};
const NINGUNA = ['Ninguna de estas'];
/** A temple headache from the upper trapezius, the head screen answered on the way. */
const SIEN = [
  [P.emergency, NINGUNA],
  [P.urgent, NINGUNA],
  [P.pain, ['Sien derecha']],
  [P.press, ['Parte superior del hombro derecho']],
  [P.lump, ['Un nudo o una banda tensa dentro del músculo']],
  [P.pressResult, ['También lo noto en otro sitio: dolor sordo, hormigueo o ardor']],
  [P.spread, ['Sien derecha', 'Parte posterior derecha del cuello']],
  [P.familiar, ['Sí, es mi dolor']],
  [P.feel, ['Un dolor profundo o sordo']],
  [P.nerve, NINGUNA],
  [P.joint, NINGUNA],
  [P.duration, ['Unas semanas']],
];
const REFERIDO = 'Un patrón compatible con dolor referido';
const RESUMEN = 'Resumen para un profesional de la salud';

let browser;
let server;
test.before(async () => {
  browser = await launch();
  server = await serveDist();
});
test.after(async () => {
  await server?.close();
  await browser?.close();
});

const h1 = (page, name) => page.getByRole('heading', { level: 1, name }).waitFor();

async function open(t, hash = '#/', options) {
  const w = await openPage(t, browser, server.origin, options);
  await w.page.goto(`${server.url}es/${hash}`);
  await w.page.getByRole('heading', { level: 1 }).first().waitFor();
  return w;
}

test('es/: a Spanish page in Spanish, listing the English one, and its manifest', async (t) => {
  const { page } = await open(t);
  await h1(page, BIENVENIDA);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  assert.match(await page.title(), /^Explorador de síntomas/);
  // Until a clinician reviews it, the welcome says so in one line.
  await page.getByText('Esta traducción aún no la ha revisado un profesional de la salud.').waitFor();
  const alternates = await page.locator('link[rel=alternate]').evaluateAll((links) => links.map((l) => [l.hreflang, l.href]));
  assert.deepEqual(alternates.sort(), [['en', server.url], ['es', `${server.url}es/`]]);
  const manifest = await (await page.request.get(`${server.url}es/manifest.webmanifest`)).json();
  assert.equal(manifest.lang, 'es');
  assert.equal(manifest.short_name, 'Explorador de síntomas');
  assert.match(manifest.description, /señales de alarma/);
  // English says nothing of a review: the line is empty there.
  await page.goto(server.url);
  await h1(page, WELCOME);
  assert.equal(await page.locator('.review-status').count(), 0);
});

test('es/: a whole referred journey in Spanish, with its muscle, self-care and summary', async (t) => {
  const { page } = await open(t);
  await page.getByRole('link', { name: 'Empezar', exact: true }).click();
  await walk(page, SIEN, SPANISH);
  await h1(page, REFERIDO);
  // Readers who arrive here from a link see the review status too.
  await page.getByText('Esta traducción aún no la ha revisado un profesional de la salud.').waitFor();
  await page.getByRole('heading', { level: 3, name: 'Trapecio superior' }).waitFor();
  // The card's summary, symptoms and self-care come from the Spanish details file.
  const muscles = parse(await fs.readFile(path.join(ROOT, 'content/es/muscles.toml'), 'utf8')).muscle;
  const trapecio = muscles.find((m) => m.id === 'upper-trapezius');
  await page.getByText(`${trapecio.refers_summary}.`).waitFor();
  const ideas = page.locator('h2:text-is("Qué puede ayudar") + p + ul li');
  await ideas.first().waitFor();
  assert.deepEqual(await ideas.allTextContents(), trapecio.self_care);
  await page.getByRole('button', { name: RESUMEN }).click();
  await h1(page, RESUMEN);
  await page.getByText(/Sien derecha/).first().waitFor();
});

test('es/: an emergency sign ends the questions with the emergency result, in Spanish', async (t) => {
  const { page } = await open(t, '#/guided/v1~screen-emergency');
  await h1(page, P.emergency);
  await page.getByRole('button', { name: /^Dolor, presión, pesadez u opresión en el pecho/ }).click();
  await page.getByRole('button', { name: 'Siguiente', exact: true }).click();
  await h1(page, 'Llama ahora al número de emergencias de tu zona');
  // "Not sure" on a screen never lowers the urgency, in Spanish too.
  await page.goto(`${server.url}es/#/guided/v1~screen-emergency`);
  await h1(page, P.emergency);
  await page.getByRole('button', { name: 'No lo sé', exact: true }).click();
  await page.getByRole('button', { name: 'Siguiente', exact: true }).click();
  await h1(page, 'Llama ahora al número de emergencias de tu zona');
});

test('the language link opens the same screen in the other language, with the answers', async (t) => {
  const { page } = await openPage(t, browser, server.origin);
  await page.goto(server.url + '#/guided/v1~screen-emergency');
  await walk(page, [[Q.emergency, ['None of these']], [Q.urgent, ['None of these']]]);
  await h1(page, Q.pain);
  await page.getByRole('link', { name: 'Español' }).click();
  await h1(page, P.pain);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'es');
  // Back, the answers went along: the urgent screen, answered, in Spanish.
  await page.getByRole('button', { name: 'Atrás', exact: true }).click();
  await h1(page, P.urgent);
  assert.equal(await page.getByRole('button', { name: 'Ninguna de estas' }).getAttribute('aria-pressed'), 'true');
  await page.getByRole('link', { name: 'English' }).click();
  await h1(page, Q.urgent);
  assert.equal(page.url(), `${server.url}#/guided/v1~screen-urgent~screen-emergency=none~screen-urgent=none`);
});

test('answers saved in one language are the other\'s to continue, and forgetting them in one forgets them in both', async (t) => {
  const { page } = await openPage(t, browser, server.origin);
  await page.goto(server.url + '#/guided/v1~screen-emergency');
  await walk(page, [[Q.emergency, ['None of these']], [Q.urgent, ['None of these']]]);
  await h1(page, Q.pain);
  // The Spanish welcome offers to continue them.
  await page.goto(`${server.url}es/#/`);
  await page.reload();
  await h1(page, BIENVENIDA);
  await page.getByRole('button', { name: 'Seguir donde lo dejaste' }).waitFor();
  await page.getByRole('button', { name: 'Borrar mis respuestas' }).click();
  await page.getByText(/borrado/).first().waitFor();
  assert.deepEqual(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('symptom-explorer'))), []);
  // Nothing for the next person in English either.
  await page.goto(server.url + '#/');
  await page.reload();
  await h1(page, WELCOME);
  assert.equal(await page.getByRole('button', { name: 'Continue where you left off' }).count(), 0);
});

test('es/: explore and search in Spanish words, accents optional', async (t) => {
  const { page } = await open(t, '#/explore');
  await h1(page, '¿De dónde viene el dolor?');
  const box = page.getByRole('searchbox');
  const hits = page.getByRole('search').getByRole('link');
  // A Spanish complaint word, typed without its accent, finds its muscles.
  await box.fill('ciatica');
  await hits.filter({ hasText: 'Piriforme' }).waitFor();
  await box.fill('codo de tenista');
  await hits.filter({ hasText: 'Extensores del antebrazo' }).first().click();
  await h1(page, 'Extensores del antebrazo');
  await page.getByText(/^También llamado /).waitFor();
  await page.locator('.citations li').first().waitFor();
  await page.getByRole('link', { name: 'Volver al mapa del cuerpo' }).click();
  await page.goto(`${server.url}es/#/explore/region/temple`);
  await h1(page, /Sien/);
});

test('es/: offline after one visit, beside the English build, each with its own worker', async (t) => {
  const { page } = await openPage(t, browser, server.origin);
  await page.goto(server.url);
  await h1(page, WELCOME);
  await controlled(page);
  await page.goto(`${server.url}es/`);
  await h1(page, BIENVENIDA);
  // The English worker's scope takes in es/ until the Spanish one, whose
  // scope is narrower, has cached its build and taken over.
  await page.waitForFunction(() => navigator.serviceWorker.controller?.scriptURL.endsWith('/es/sw.js'));
  // Its first install replaced nothing of its own: no update is offered.
  assert.equal(await page.locator('#app-update').count(), 0);
  const scopes = await page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).map((r) => r.scope).sort());
  assert.deepEqual(scopes, [server.url, `${server.url}es/`]);
  server.setOffline(true);
  cleanup(t, () => server.setOffline(false));
  await page.reload();
  await h1(page, BIENVENIDA);
  await page.getByRole('link', { name: 'Empezar', exact: true }).click();
  await walk(page, SIEN, SPANISH);
  await h1(page, REFERIDO);
  await page.locator('h2:text-is("Qué puede ayudar") + p + ul li').first().waitFor({ timeout: 5000 });
  await page.goto(server.url);
  await h1(page, WELCOME);
});

test('embed.js with data-lang="es" frames the Spanish build, titled in Spanish', async (t) => {
  const env = await serveBlogAndApp({
    // A regional tag picks the language's build.
    'es.html': '<script src="APPembed.js" data-lang="es-MX" data-start="guided" async></script>',
  });
  cleanup(t, () => env.close());
  const { page } = await openPage(t, browser, [env.blog.origin, env.app.origin]);
  await page.goto(env.blog.url + 'es.html');
  const frame = page.locator('iframe');
  // The frame loads lazily: bring it into view, as a reader scrolling would.
  await frame.scrollIntoViewIfNeeded();
  assert.match(await frame.getAttribute('title'), /^Explorador de síntomas/);
  assert.match(await frame.getAttribute('src'), /\/es\/index\.html\?embed=1#\/guided\//);
  const app = page.frameLocator('iframe');
  await app.getByRole('heading', { level: 1, name: P.emergency }).waitFor();
  // The blog chose the language: the link to the other one is there, but
  // hidden in its frame.
  await app.locator('a.language').waitFor({ state: 'attached' });
  assert.equal(await app.locator('a.language').isVisible(), false);
});
