// Where the main thread's time goes during an interaction, from a Chromium
// performance trace (run by `./x bench`): script, style, layout and paint.

/** Trace events by what they are; the innermost one owns its time. */
const KINDS = {
  script: ['FunctionCall', 'EventDispatch', 'RunMicrotasks', 'TimerFire', 'FireAnimationFrame', 'v8.callFunction', 'v8.run', 'EvaluateScript', 'v8.compile', 'V8.GCScavenger', 'MajorGC', 'MinorGC', 'ParseHTML'],
  style: ['UpdateLayoutTree', 'RecalculateStyles', 'ParseAuthorStyleSheet'],
  layout: ['Layout', 'UpdateLayer', 'UpdateLayerTree'],
  paint: ['PrePaint', 'Paint', 'Layerize', 'CompositeLayers', 'Commit', 'PaintImage', 'RasterTask'],
};
const KIND_OF = new Map(Object.entries(KINDS).flatMap(([kind, names]) => names.map((n) => [n, kind])));

/**
 * Runs `act` (which performs `count` interactions, or a function that
 * tells how many once `act` is done) under a trace of `page` and returns the main thread's milliseconds per interaction in each kind:
 * { script, style, layout, paint }. Time inside a nested event (a layout
 * forced by a script) counts once, for the innermost kind.
 */
export async function traced(browser, page, count, act) {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'] });
  await act();
  const { traceEvents } = JSON.parse((await browser.stopTracing()).toString());
  const main = mainThread(traceEvents);
  // Complete events of the main thread, outermost first, as [start, end, kind].
  const spans = traceEvents
    .filter((e) => e.ph === 'X' && e.pid === main.pid && e.tid === main.tid && e.dur > 0)
    .map((e) => [e.ts, e.ts + e.dur, KIND_OF.get(e.name)])
    .sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const total = { script: 0, style: 0, layout: 0, paint: 0 };
  // Self time: each span's time minus its children's, credited to its
  // kind, or to its parent's when it has none.
  const stack = [];
  const close = (until) => {
    while (stack.length && stack.at(-1).end <= until) {
      const s = stack.pop();
      if (s.kind) total[s.kind] += s.end - s.start - s.children;
      if (stack.length) stack.at(-1).children += s.end - s.start;
    }
  };
  for (const [start, end, kind] of spans) {
    close(start);
    const parent = stack.at(-1);
    // A span without a kind of its own belongs to its parent's kind.
    stack.push({ start, end, kind: kind ?? parent?.kind, children: 0 });
  }
  close(Infinity);
  const n = typeof count === 'function' ? count() : count;
  const per = (us) => us / 1000 / n;
  return Object.fromEntries(Object.entries(total).map(([k, v]) => [k, per(v)]));
}

/** The renderer main thread of the traced page (the busiest CrRendererMain). */
function mainThread(events) {
  const names = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain');
  const busy = (t) => events.filter((e) => e.pid === t.pid && e.tid === t.tid && e.ph === 'X').length;
  return names.sort((a, b) => busy(b) - busy(a))[0];
}
