// End-to-end: the release build, served on 127.0.0.1, driven in Chromium the
// way a person finds things (roles and labels), under the strict CSP.
import test from 'node:test';
import assert from 'node:assert/strict';
import { cleanup, launch, openPage, serveDist } from './browser.mjs';
import { Q, WELCOME } from './journey.mjs';

test('a visitor starts and answers the first questions with no CSP violation or off-origin request', async (t) => {
  const server = await serveDist();
  const browser = await launch();
  cleanup(t, async () => {
    await browser.close();
    await server.close();
  });
  const { page } = await openPage(t, browser, server.origin);
  await page.goto(server.url);
  await page.getByRole('heading', { name: WELCOME }).waitFor();
  await page.getByRole('link', { name: 'Start', exact: true }).click();

  await page.getByRole('heading', { name: Q.emergency }).waitFor();
  const next = page.getByRole('button', { name: 'Next' });
  assert.equal(await next.isDisabled(), true, 'Next waits for a choice');
  await page.getByRole('button', { name: 'None of these' }).click();
  assert.equal(await page.getByRole('button', { name: 'None of these' }).getAttribute('aria-pressed'), 'true');
  await next.click();

  await page.getByRole('heading', { name: Q.urgent }).waitFor();
  await page.getByRole('button', { name: 'None of these' }).click();
  await page.getByRole('button', { name: 'Next' }).click();

  await page.getByRole('heading', { name: Q.pain }).waitFor();
  await page.getByRole('checkbox', { name: 'Left temple' }).click();
  await page.getByText(/Chosen:\s*Left temple/).waitFor();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('heading', { name: Q.press }).waitFor();

  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('heading', { name: Q.pain }).waitFor();
  assert.equal(await page.getByRole('checkbox', { name: 'Left temple' }).getAttribute('aria-checked'), 'true', 'Back keeps the answer');

  assert.ok(server.requests.some((p) => p.endsWith('.wasm')), 'the wasm was loaded from the app server');
});
