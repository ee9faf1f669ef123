// The guided flow end to end, by roles and labels only: journeys for every
// kind of outcome, browser history, resume, shared links, editing, blocked
// storage and tampered links. Every page is checked for CSP violations,
// failed loads and off-origin requests.
import test from 'node:test';
import assert from 'node:assert/strict';
import { blockStorage, openPage, sharedBrowser } from './browser.mjs';
import { NO_WARNINGS, Q, SUMMARY, walk } from './journey.mjs';

const KNOT = 'A tight knot or band within the muscle';
const SPREADS = 'I also feel it somewhere else: an ache, tingling or burning';
const STAYS = 'It hurts only where I press';
const ACHE = 'A deep or dull ache';
const NONE = 'None of these';
const LUMP = 'A separate lump under the skin, round or oval, like a pea or a bean';
const LUMP_SCREEN = 'A lump under the skin (not a knot in the muscle): do any of these apply?';
const tail = (feel, nerve, joint, duration) => [
  [Q.feel, feel],
  [Q.nerve, nerve],
  [Q.joint, joint],
  [Q.duration, duration],
];

const JOURNEYS = [
  {
    name: 'scalene referral down the arm',
    steps: [
      ...NO_WARNINGS,
      [Q.pain, ['Left thumb and index finger', 'Left forearm, thumb side']],
      [Q.press, ['Left side of the neck']],
      [Q.lump, [KNOT]],
      [Q.pressResult, [SPREADS]],
      [Q.spread, ['Left thumb and index finger', 'Left forearm, thumb side']],
      [Q.familiar, ["Yes, that's my pain"]],
      ...tail([ACHE, 'Tingling or pins and needles'], [NONE], [NONE], ['A few weeks']),
    ],
    headline: 'A pattern consistent with referred pain',
    muscles: ['Scalenes'],
  },
  {
    name: 'upper trapezius temple headache',
    steps: [
      ...NO_WARNINGS,
      [Q.pain, ['Right temple']],
      [Q.press, ['Right top of the shoulder']],
      [Q.lump, [KNOT]],
      [Q.pressResult, [SPREADS]],
      [Q.spread, ['Right temple', 'Right back of the neck']],
      [Q.familiar, ["Yes, that's my pain"]],
      ...tail([ACHE], [NONE], [NONE], ['A few weeks']),
    ],
    headline: 'A pattern consistent with referred pain',
    muscles: ['Upper trapezius'],
  },
  {
    name: 'local tenderness between the shoulder blades',
    steps: [
      ...NO_WARNINGS,
      [Q.pain, ['Between the shoulder blades']],
      [Q.press, ['Between the shoulder blades']],
      [Q.lump, ['A sore area, with no knot I can feel']],
      [Q.pressResult, [STAYS]],
      [Q.familiar, ["Yes, that's my pain"]],
      ...tail([ACHE], [NONE], [NONE], ['Days']),
    ],
    headline: 'A pattern consistent with local tenderness',
    muscles: ['Rhomboids'],
  },
  {
    name: 'painless movable lump under the jaw',
    steps: [
      ...NO_WARNINGS,
      [Q.pain, ['Left jaw and jaw joint']],
      [Q.press, ['Left jaw and jaw joint']],
      [Q.lump, ['A separate lump under the skin, round or oval, like a pea or a bean']],
      ['A lump under the skin (not a knot in the muscle): do any of these apply?', [NONE]],
      [Q.duration, ['Days']],
    ],
    headline: 'This lump could be a lymph node: leave it alone',
    muscles: [],
  },
  {
    name: 'swollen warm calf',
    steps: [
      ...NO_WARNINGS,
      [Q.pain, ['Left calf']],
      [Q.press, ['Left calf']],
      [/Checks for a blood clot/, ['One leg or calf that is swollen, warm, red or darker, or has throbbing or cramping pain']],
    ],
    // A tick ends the questions only after the screens that could make it
    // more urgent (the shin's compartment syndrome is an emergency), and the
    // extra screen says what the tick already means.
    before: { heading: /Checks for the shin/, says: 'What you ticked already means: Get seen by a clinician today' },
    more: [[/Checks for the shin/, [NONE]]],
    headline: 'Get seen by a clinician today',
    muscles: [],
  },
  {
    name: 'chest pain now',
    steps: [[Q.emergency, ['Chest pain, pressure, heaviness or tightness, which may spread to an arm, the jaw, neck, back or belly']]],
    headline: 'Call your local emergency number now',
    muscles: [],
  },
  {
    name: 'electric pain down the leg with weakness',
    steps: [
      ...NO_WARNINGS,
      [Q.pain, ['Right buttock', 'Right back of the thigh']],
      [Q.press, ['Right buttock']],
      [Q.lump, [KNOT]],
      [Q.pressResult, [SPREADS]],
      [Q.spread, ['Right back of the thigh', 'Right calf']],
      [Q.familiar, ["Yes, that's my pain"]],
      ...tail(['Electric shocks shooting along an arm or leg'], ['Weakness, a weak grip, or dropping things'], [NONE], ['A few weeks']),
    ],
    headline: 'Some features point to a nerve: get it assessed',
    muscles: [],
  },
  {
    name: 'swollen knee that gives way',
    steps: [
      ...NO_WARNINGS,
      [Q.pain, ['Left front of the knee']],
      [Q.press, ['Left front of the thigh']],
      [Q.lump, [KNOT]],
      [Q.pressResult, [STAYS]],
      [Q.familiar, ['Partly, it\'s similar']],
      ...tail([ACHE], [NONE], ['It looks swollen, or feels warm', 'It locks, catches or gives way'], ['A few weeks']),
    ],
    headline: 'Some features point to the joint itself',
    muscles: [],
  },
  {
    name: 'no tender spot',
    steps: [
      ...NO_WARNINGS,
      [Q.pain, ['Left low back']],
      [Q.press, ["I can't find a tender spot"]],
      ...tail([ACHE], [NONE], [NONE], ['A few weeks']),
    ],
    headline: "The answers don't show a clear pattern",
    muscles: [],
  },
  {
    name: 'new temple pain over 50',
    steps: [
      ...NO_WARNINGS,
      [Q.pain, ['Left temple']],
      [Q.press, ['Left temple']],
      [Q.head, ['You are over 50 and this headache or temple pain is new']],
    ],
    headline: 'Get seen by a clinician today',
    muscles: [],
  },
  {
    name: 'not sure about the urgent signs ends at their tier',
    steps: [NO_WARNINGS[0], [Q.urgent, ["I'm not sure"]]],
    headline: 'Get seen by a clinician today',
    muscles: [],
  },
  // --- The "Why" list of the safety issue -----------------------------------
  {
    name: 'a new lump in the breast needs a GP, never "leave it alone"',
    steps: [
      ...NO_WARNINGS,
      [Q.pain, ['Left chest']],
      [Q.press, ['Left chest']],
      [Q.lump, [LUMP]],
      [Q.duration, ['Days']],
    ],
    headline: 'Have this lump checked by a GP',
    says: ["Don't press, roll or massage it."],
    never: /leave it alone|lymph node/i,
    muscles: [],
  },
  {
    name: "a smoker's inner-arm ache on the stairs is asked the heart questions",
    steps: [
      ...NO_WARNINGS,
      [Q.pain, ['Left inner elbow']],
      [Q.press, ['Left back of the upper arm']],
      [/Checks for the heart/, [
        'The pain (in your chest, or where you marked: arm, hand, jaw, teeth, throat, neck, shoulder, back or upper belly) comes on with effort such as walking or stairs, stress or cold and eases with rest, or comes at rest as pressure or tightness, even with no chest pain',
        'You have heart disease or diabetes, or you smoke, and this pain (chest, arm, hand, jaw, teeth, throat, neck, shoulder, back or upper belly) is new',
      ]],
    ],
    headline: 'Call your local emergency number now',
    muscles: [],
  },
  {
    name: 'sudden severe pain between the shoulder blades is an emergency',
    steps: [
      ...NO_WARNINGS,
      [Q.pain, ['Between the shoulder blades']],
      [Q.press, ['Between the shoulder blades']],
      [/Checks for the upper back/, ['Pain between or around the shoulder blades that came on suddenly and severely, even without chest pain']],
    ],
    headline: 'Call your local emergency number now',
    muscles: [],
  },
  {
    name: '"not sure" on the arm screen never lowers the tier',
    steps: [
      ...NO_WARNINGS,
      [Q.pain, ['Left back of the forearm']],
      [Q.press, ['Left back of the forearm']],
      [/Checks for the arm and hand/, ["I'm not sure"]],
    ],
    headline: 'Call your local emergency number now',
    says: ['Because you were not sure about'],
    muscles: [],
  },
  {
    name: 'one-sided lower-belly pain in someone who could be pregnant',
    steps: [
      ...NO_WARNINGS,
      [Q.pain, ['Right lower belly']],
      [Q.press, ['Right lower belly']],
      [/Checks for the belly and groin/, ['You could be pregnant and have pain low down on one side of the belly, pain at the tip of a shoulder, or bleeding from the vagina']],
    ],
    headline: 'Get seen by a clinician today',
    says: ['ectopic pregnancy'],
    muscles: [],
  },
  {
    name: 'a knot in the armpit: its caution comes with the press question',
    steps: [
      ...NO_WARNINGS,
      [Q.pain, ['Right back of the shoulder']],
      [Q.press, ['Right armpit']],
      [Q.lump, [KNOT]],
    ],
    before: { heading: Q.pressResult, says: 'Nerves, a large artery and lymph glands sit in the armpit' },
    more: [
      [Q.pressResult, [STAYS]],
      [Q.familiar, ["Yes, that's my pain"]],
      ...tail([ACHE], [NONE], [NONE], ['Days']),
    ],
    headline: 'A pattern consistent with local tenderness',
    muscles: [],
  },
  {
    name: 'a hard lump in the neck needs a GP and keeps "don\'t press"',
    steps: [
      ...NO_WARNINGS,
      [Q.pain, ['Left side of the neck']],
      [Q.press, ['Left side of the neck']],
      [Q.lump, [LUMP]],
      [LUMP_SCREEN, ["The lump feels hard, or doesn't move when you push it gently"]],
    ],
    headline: 'Book an appointment with a clinician',
    says: ["Don't press, roll or massage a lump."],
    muscles: [],
  },
];

const shared = sharedBrowser();

async function start(page) {
  await page.goto(shared.server.url);
  await page.getByRole('link', { name: 'Start', exact: true }).click();
}

for (const [i, j] of JOURNEYS.entries()) {
  // Every other journey runs at phone size, where the map scrolls sideways.
  const viewport = i % 2 ? { width: 360, height: 780 } : { width: 1280, height: 900 };
  test(`journey: ${j.name} (${viewport.width} px)`, async (t) => {
    const { page } = await openPage(t, shared.browser, shared.server.origin, { viewport });
    await start(page);
    await walk(page, j.steps);
    if (j.before) {
      // Shown with the question, before anyone presses.
      await page.getByRole('heading', { level: 1, name: j.before.heading }).waitFor();
      await page.getByRole('note').filter({ hasText: j.before.says }).waitFor();
      await walk(page, j.more);
    }
    await page.getByRole('heading', { level: 1, name: j.headline }).waitFor();
    const body = await page.locator('main').innerText();
    for (const text of j.says ?? []) assert.ok(body.includes(text), `says ${text}`);
    if (j.never) assert.doesNotMatch(body, j.never);
    for (const m of j.muscles) {
      await page.getByRole('heading', { level: 3, name: m, exact: true }).waitFor();
    }
    if (/^A pattern consistent/.test(j.headline) && j.muscles.length) {
      // The best fit's self-care ideas arrive with the details file.
      await page.locator('h2:text-is("What may help") + p + ul li').first().waitFor();
    }
    const warning = /emergency|clinician|lymph|GP/.test(j.headline);
    if (warning) {
      assert.doesNotMatch(body, /Muscles whose usual pattern fits|What may help/, 'no pattern talk or self-care beside a warning');
    }
    assert.doesNotMatch(body, /you have a |you have an |diagnosed with/i);
  });
}

test('browser Back and Forward move between questions; reload resumes', async (t) => {
  const { page } = await openPage(t, shared.browser, shared.server.origin);
  await start(page);
  await walk(page, NO_WARNINGS);
  await page.getByRole('heading', { level: 1, name: Q.pain }).waitFor();
  await page.goBack();
  await page.getByRole('heading', { level: 1, name: Q.urgent }).waitFor();
  assert.equal(await page.getByRole('button', { name: NONE }).getAttribute('aria-pressed'), 'true', 'the answer is still there');
  await page.goForward();
  await page.getByRole('heading', { level: 1, name: Q.pain }).waitFor();
  await page.reload();
  await page.getByRole('heading', { level: 1, name: Q.pain }).waitFor();
  // A new visit to the start page offers to continue.
  await page.goto(shared.server.url);
  await page.getByRole('button', { name: 'Continue where you left off' }).click();
  await page.getByRole('heading', { level: 1, name: Q.pain }).waitFor();
});

test('a copied link opens the same screen in a fresh browser', async (t) => {
  const first = await openPage(t, shared.browser, shared.server.origin);
  await start(first.page);
  await walk(first.page, [...NO_WARNINGS, [Q.pain, ['Right temple']]]);
  await first.page.getByRole('heading', { level: 1, name: Q.press }).waitFor();
  const link = first.page.url();
  await first.close();
  const fresh = await openPage(t, shared.browser, shared.server.origin);
  await fresh.page.goto(link);
  await fresh.page.getByRole('heading', { level: 1, name: Q.press }).waitFor();
  await fresh.page.getByRole('button', { name: 'Back', exact: true }).click();
  assert.equal(await fresh.page.getByRole('checkbox', { name: 'Right temple' }).getAttribute('aria-checked'), 'true');
});

test('editing an earlier answer says which later answers it removed', async (t) => {
  const { page } = await openPage(t, shared.browser, shared.server.origin);
  await start(page);
  const local = JOURNEYS.find((j) => j.name === 'local tenderness between the shoulder blades');
  await walk(page, local.steps);
  await page.getByRole('heading', { level: 1, name: local.headline }).waitFor();
  await page.getByRole('button', { name: 'Edit: Press the tender spot with a fingertip for about 10 seconds. What happens?' }).click();
  await page.getByRole('heading', { level: 1, name: Q.pressResult }).waitFor();
  await page.getByRole('button', { name: "It doesn't really hurt when I press" }).click();
  await page.getByRole('heading', { level: 1, name: "The answers don't show a clear pattern" }).waitFor();
  await page.getByText(/removed 1 later answer/).waitFor();
});

test('with storage blocked the app still works and says it cannot save', async (t) => {
  const { page } = await openPage(t, shared.browser, shared.server.origin);
  await blockStorage(page);
  await page.goto(shared.server.url);
  await page.getByText(/does not allow saving here/).waitFor();
  await start(page);
  await walk(page, NO_WARNINGS);
  await page.getByRole('heading', { level: 1, name: Q.pain }).waitFor();
});

test('a tampered link gets a message and a fresh start, keeping saved answers', async (t) => {
  const { page, context } = await openPage(t, shared.browser, shared.server.origin);
  await start(page);
  await walk(page, NO_WARNINGS);
  await page.getByRole('heading', { level: 1, name: Q.pain }).waitFor();
  // Opened as a new page (same browser, same saved answers).
  const tab = await context.newPage();
  await tab.goto(shared.server.url + '#/guided/v1~press-result~screen-emergency=maybe');
  await tab.getByText(/This link could not be opened/).waitFor();
  await tab.getByRole('button', { name: 'Continue where you left off' }).click();
  await tab.getByRole('heading', { level: 1, name: Q.pain }).waitFor();
});

test('the notice buttons: OK dismisses, and "Keep the link\'s answers" replaces the saved ones', async (t) => {
  const { page, context } = await openPage(t, shared.browser, shared.server.origin);
  await start(page);
  await walk(page, NO_WARNINGS);
  await page.getByRole('heading', { level: 1, name: Q.pain }).waitFor();
  // A tampered link: OK closes the notice.
  await page.goto(shared.server.url + '#/guided/v1~press-result~screen-emergency=maybe');
  await page.getByText(/This link could not be opened/).waitFor();
  await page.getByRole('button', { name: 'OK', exact: true }).click();
  await page.getByText(/This link could not be opened/).waitFor({ state: 'detached' });
  // A link with other answers than those saved, opened as a new page: keep
  // the link's.
  const tab = await context.newPage();
  await tab.goto(shared.server.url + '#/guided/v1~screen-urgent~screen-emergency=none');
  await tab.getByText(/different answers saved/).waitFor();
  await tab.getByRole('button', { name: "Keep the link's answers" }).click();
  await tab.getByText(/different answers saved/).waitFor({ state: 'detached' });
  await tab.getByRole('heading', { level: 1, name: Q.urgent }).waitFor();
  // Saved: a fresh visit continues from the link's answers, not the old ones.
  const again = await context.newPage();
  await again.goto(shared.server.url + '#/');
  await again.getByRole('button', { name: 'Continue where you left off' }).click();
  await again.getByRole('heading', { level: 1, name: Q.urgent }).waitFor();
});

test('"Back to the result" on a summary link of unfinished answers opens the question still open', async (t) => {
  const { page } = await openPage(t, shared.browser, shared.server.origin);
  await page.goto(shared.server.url + '#/summary/v1~screen-urgent~screen-emergency=none');
  await page.getByRole('heading', { level: 1, name: SUMMARY }).waitFor();
  await page.getByRole('button', { name: 'Back to the result' }).click();
  await page.getByRole('heading', { level: 1, name: Q.urgent }).waitFor();
});

test('the list of body areas toggles one area per click or key, through the one listener of the picker', async (t) => {
  const { page } = await openPage(t, shared.browser, shared.server.origin);
  await start(page);
  await walk(page, NO_WARNINGS);
  await page.getByRole('heading', { level: 1, name: Q.pain }).waitFor();
  await page.getByRole('button', { name: 'Show a list of body areas instead' }).click();
  const temple = page.getByRole('button', { name: 'Left temple', exact: true });
  const chosen = page.locator('.picked-list');
  // Waits for the render, then holds: a double toggle would end unpressed.
  const pressed = async (value, why) => {
    await temple.and(page.locator(`[aria-pressed="${value}"]`)).waitFor({ timeout: 3000 });
    await page.waitForTimeout(100);
    assert.equal(await temple.getAttribute('aria-pressed'), value, why);
  };
  await temple.click();
  await pressed('true', 'a click chooses it');
  assert.equal(await chosen.innerText(), 'Chosen: Left temple');
  await temple.click();
  await pressed('false', 'a second click clears it');
  for (const key of ['Enter', ' ']) {
    await temple.focus();
    await page.keyboard.press(key);
    await pressed('true', `${JSON.stringify(key)} chooses it once`);
    await temple.click();
    await pressed('false', 'and a click clears it');
  }
  assert.equal(await chosen.innerText(), 'Nothing chosen yet.');
});
