// Walks the guided flow as a person would: find the question by its
// heading, pick the answers by their names (buttons, or body-map areas,
// which are checkboxes), then press Next when the question needs it.

/** The words walk() looks for, in English; SPANISH in spanish.test.mjs. */
export const ENGLISH = {
  next: 'Next',
  none: 'None of these',
  /** How a warning screen's heading ends. */
  screen: / Do any of these apply\?$/,
};

/**
 * steps: [[heading, [choice, ...]], ...] where heading is a string or RegExp
 * and a choice is the accessible name of an option or of a body area
 * ("Left temple"); `words`: the language's ([ENGLISH]).
 */
export async function walk(page, steps, words = ENGLISH) {
  // `page` may also be a frame: only its locators are used.
  for (const [heading, choices] of steps) {
    await noneUntil(page, heading, words);
    const h1 = page.getByRole('heading', { level: 1, name: heading });
    await h1.waitFor();
    // Single-choice questions move on when a choice is made and show no
    // Next until answered; the others need Next.
    const next = page.getByRole('button', { name: words.next, exact: true });
    const needsNext = (await next.count()) > 0;
    for (const name of choices) {
      const area = page.getByRole('checkbox', { name, exact: true });
      if ((await area.count()) > 0) await tapArea(area.first());
      else await page.getByRole('button', { name, exact: true }).click();
    }
    if (needsNext) await next.click();
    await h1.waitFor({ state: 'detached' });
  }
}

/**
 * Answers "None of these" on the warning screens the safety table brings up
 * before the screen headed `heading`, as a person with none of those signs
 * would. Stops at the first question that is not such a screen.
 */
async function noneUntil(page, heading, words) {
  const h1 = page.getByRole('heading', { level: 1 }).first();
  for (;;) {
    await h1.waitFor();
    const text = (await h1.textContent()).trim();
    const here = typeof heading === 'string' ? text === heading : heading.test(text);
    const none = page.getByRole('button', { name: words.none, exact: true });
    const screen = words.screen.test(text) && (await none.count()) > 0;
    if (here || !screen) return;
    await none.click();
    await page.getByRole('button', { name: words.next, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: text, exact: true }).waitFor({ state: 'detached' });
  }
}

/** A finished referred-pain session (temple headache from the upper trapezius), as a link. */
export const REFERRED =
  'v1~-~screen-emergency=none~screen-urgent=none~pain-where=temple-r~press-where=top-of-shoulder-r' +
  '~screen-chest=none~screen-upper-back=none~screen-head=none~screen-neck=none~screen-spine=none~screen-arm=none~screen-shoulder=none' +
  '~is-lump=knot~press-result=spreads~spread-where=neck-back-r,temple-r~familiar=yes~feel=ache~nerve-signs=none' +
  '~joint-signs=none~duration=weeks';

/** The welcome page's heading. */
export const WELCOME = 'Does it spread, or stay put?';

/**
 * The headings of the guided questions, and of the warning screens every
 * journey meets, as walk() and getByRole take them: the exact text, or a
 * RegExp for the long ones.
 */
export const Q = {
  emergency: /Do you have any of these right now/,
  urgent: 'Do any of these apply to you?',
  pain: 'Where do you feel the pain?',
  press: 'Where is the spot that feels tender to touch?',
  head: /Checks for the head, face and jaw/,
  lump: 'What is the tender spot like under your fingers?',
  pressResult: /Press the tender spot/,
  spread: 'Where do you feel it when you press?',
  familiar: /usual, familiar pain/,
  feel: /What does it feel like/,
  nerve: 'Do any of these apply?',
  joint: 'Does a nearby joint do any of these?',
  duration: 'How long have you had this pain?',
};

/** The heading of the referred-pain result, where REFERRED and TEMPLE end. */
export const REFERRED_RESULT = 'A pattern consistent with referred pain';

/** The clinician summary's heading. */
export const SUMMARY = 'Summary for a clinician';

/** The two general warning screens, answered "None of these". */
export const NO_WARNINGS = [
  [Q.emergency, ['None of these']],
  [Q.urgent, ['None of these']],
];

/**
 * A whole referred-pain journey, every kind of question in it: a temple
 * headache from the upper trapezius, the head screen answered on the way.
 */
export const TEMPLE = [
  ...NO_WARNINGS,
  [Q.pain, ['Right temple']],
  [Q.press, ['Right top of the shoulder']],
  [Q.head, ['None of these']],
  [Q.lump, ['A tight knot or band within the muscle']],
  [Q.pressResult, ['I also feel it somewhere else: an ache, tingling or burning']],
  [Q.spread, ['Right temple', 'Right back of the neck']],
  [Q.familiar, ["Yes, that's my pain"]],
  [Q.feel, ['A deep or dull ache']],
  [Q.nerve, ['None of these']],
  [Q.joint, ['None of these']],
  [Q.duration, ['A few weeks']],
];

/**
 * Taps a body-map area at a point inside its shape. (A shape's bounding-box
 * centre, where a plain click lands, can lie outside a thin or bent shape.)
 * The point is relative to the shape's box, so this works inside a frame too.
 */
export async function tapArea(area) {
  const point = await area.evaluate((el) => {
    // Centred, so the sticky Back/Next bar does not cover it.
    el.scrollIntoView({ block: 'center' });
    const box = el.getBBox();
    const ctm = el.getScreenCTM();
    const rect = el.getBoundingClientRect();
    const steps = [0.5, 0.35, 0.65, 0.2, 0.8, 0.1, 0.9];
    for (const fy of steps) {
      for (const fx of steps) {
        const p = new DOMPoint(box.x + fx * box.width, box.y + fy * box.height);
        if (el.isPointInFill(p)) {
          const s = p.matrixTransform(ctm);
          return { x: s.x - rect.left, y: s.y - rect.top };
        }
      }
    }
    return null;
  });
  if (!point) throw new Error('no point inside the shape to tap');
  await area.click({ position: point });
}
