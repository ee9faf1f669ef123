// The clinician summary: copy as text and the FHIR download, made on the
// device with no request leaving it.
import test from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs/promises';
import { cleanup, launch, openPage, serveDist } from './browser.mjs';
import { REFERRED, REFERRED_RESULT, SUMMARY } from './journey.mjs';

test('the summary copies as text and downloads a FHIR QuestionnaireResponse', async (t) => {
  const server = await serveDist();
  const browser = await launch();
  cleanup(t, async () => {
    await browser.close();
    await server.close();
  });
  const { page, context } = await openPage(t, browser, server.origin, { acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  await page.goto(`${server.url}#/guided/${REFERRED}`);
  await page.getByRole('button', { name: 'Summary for a clinician' }).click();
  await page.getByRole('heading', { level: 1, name: SUMMARY }).waitFor();

  await page.getByRole('button', { name: 'Copy as text' }).click();
  await page.getByText(/^Copied/).waitFor();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(text, /Result: A pattern consistent with referred pain/);
  assert.match(text, /Where do you feel the pain\?\n {2}Right temple/);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download answers (FHIR JSON)' }).click(),
  ]);
  assert.match(download.suggestedFilename(), /^symptom-explorer-\d{4}-\d{2}-\d{2}\.json$/);
  const json = JSON.parse(await fs.readFile(await download.path(), 'utf8'));
  assert.equal(json.resourceType, 'QuestionnaireResponse');
  assert.equal(json.status, 'completed');
  assert.ok(json.item.some((i) => i.linkId === 'pain-where' && i.answer[0].valueCoding.code === 'temple-r'));

  await page.getByRole('button', { name: 'Back to the result' }).click();
  await page.getByRole('heading', { level: 1, name: REFERRED_RESULT }).waitFor();
});
