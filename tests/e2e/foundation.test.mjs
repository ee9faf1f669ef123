// End-to-end: the release build, served on 127.0.0.1, driven in Chromium the
// way a person finds things (roles and labels), under the strict CSP.
import test from 'node:test';
import assert from 'node:assert/strict';
import { launch, serveDist, watchedPage } from './browser.mjs';

test('a visitor starts and answers the first questions with no CSP violation or off-origin request', async (t) => {
  const server = await serveDist();
  const browser = await launch();
  t.after(async () => {
    await browser.close();
    await server.close();
  });
  const { page, problems } = await watchedPage(browser, server.origin);
  await page.goto(server.url);
  await page.getByRole('heading', { name: 'Does it spread, or stay put?' }).waitFor();
  await page.getByRole('button', { name: 'Start' }).click();

  await page.getByRole('heading', { name: /Do you have any of these right now/ }).waitFor();
  const next = page.getByRole('button', { name: 'Next' });
  assert.equal(await next.isDisabled(), true, 'Next waits for a choice');
  await page.getByRole('button', { name: 'None of these' }).click();
  assert.equal(await page.getByRole('button', { name: 'None of these' }).getAttribute('aria-pressed'), 'true');
  await next.click();

  await page.getByRole('heading', { name: 'Do any of these apply to you?' }).waitFor();
  await page.getByRole('button', { name: 'None of these' }).click();
  await page.getByRole('button', { name: 'Next' }).click();

  await page.getByRole('heading', { name: 'Where do you feel the pain?' }).waitFor();
  await page.getByRole('checkbox', { name: 'Left temple' }).click();
  await page.getByText(/Chosen:\s*Left temple/).waitFor();
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('heading', { name: 'Where is the spot that feels tender to touch?' }).waitFor();

  await page.getByRole('button', { name: 'Back', exact: true }).click();
  await page.getByRole('heading', { name: 'Where do you feel the pain?' }).waitFor();
  assert.equal(await page.getByRole('checkbox', { name: 'Left temple' }).getAttribute('aria-checked'), 'true', 'Back keeps the answer');

  assert.deepEqual(await problems(), []);
  assert.ok(server.requests.some((p) => p.endsWith('.wasm')), 'the wasm was loaded from the app server');
});
