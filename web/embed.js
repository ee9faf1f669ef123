/*
 * symptom-explorer embed: paste one line into a blog post.
 *
 *   <script src="https://example.com/explorer/embed.js" data-start="guided" async></script>
 *
 * The widget goes where the script stands, or into every
 * <div data-symptom-explorer ...></div> on the page when there are any.
 * Options (data-* on the script or on a div; anything else is ignored):
 *   data-start   guided | explore        (default: the welcome screen)
 *   data-region  a body region id, e.g. neck-side  (opens explore there)
 *   data-muscle  a muscle id, e.g. upper-trapezius (opens explore there)
 *   data-theme   auto | light | dark
 *   data-accent  a CSS colour, e.g. #8a3ffc
 *   data-compact present: tighter spacing, no header
 *   data-lang    en | es, or a tag such as es-MX  (default: en; the app's
 *                build in that language)
 *   data-height  the height in px to reserve before the app reports its own
 *
 * Privacy: the frame sends no referrer, and the app only ever posts its
 * height here; this script reads nothing from the page and sends nothing.
 * No dependencies and no build step: this file is what runs.
 */
(function () {
  var script = document.currentScript;
  // Markup on the page (an element named currentScript in a comment, say)
  // can shadow document.currentScript: only a real script element counts.
  if (!(script instanceof HTMLScriptElement)) return;
  // The app lives next to this script, whatever its path.
  var app = new URL('./', script.src);
  // Each language's build (its folder beside this script) and the frame's
  // title in it: written by the build from content/<lang>/ui.toml.
  var LANGUAGES = {"en":{"path":"","title":"Symptom explorer: referred pain or local tenderness?"}};
  var ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
  var CHECKS = {
    start: /^(guided|explore)$/,
    region: ID,
    muscle: ID,
    theme: /^(auto|light|dark)$/,
    accent: /^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20}|(rgb|rgba|hsl|hsla|hwb|lab|lch|oklab|oklch)\([0-9a-zA-Z.,%/ +-]{1,60}\))$/,
    compact: /^(|true|compact)$/,
    lang: { test: function (v) { return Object.prototype.hasOwnProperty.call(LANGUAGES, primary(v)); } },
    height: /^[1-9][0-9]{1,3}$/,
  };
  var frames = [];

  // Valid options of one element; the rest is reported once, then ignored.
  function options(el) {
    var out = {};
    var bad = [];
    for (var key in el.dataset) {
      if (key === 'symptomExplorer') continue;
      var value = el.dataset[key];
      if (Object.prototype.hasOwnProperty.call(CHECKS, key) && CHECKS[key].test(value)) out[key] = value;
      else bad.push('data-' + key + '="' + value + '"');
    }
    if (bad.length) console.warn('symptom-explorer: ignored ' + bad.join(', '));
    return out;
  }

  function source(o) {
    var url = new URL(language(o).path + 'index.html', app);
    // Tells the app to report its height and drop its full-window layout.
    url.searchParams.set('embed', '1');
    if (o.theme) url.searchParams.set('theme', o.theme);
    if (o.accent) url.searchParams.set('accent', o.accent);
    if (o.compact !== undefined) url.searchParams.set('compact', '1');
    url.hash = o.region ? '#/explore/region/' + o.region
      : o.muscle ? '#/explore/muscle/' + o.muscle
      : o.start === 'explore' ? '#/explore'
      : o.start === 'guided' ? '#/guided/v1~screen-emergency'
      : '#/';
    return url.href;
  }

  // "es-MX" and "ES" are Spanish: the language, without the region.
  function primary(tag) {
    return tag.toLowerCase().split('-')[0];
  }

  function language(o) {
    return LANGUAGES[primary(o.lang || 'en')];
  }

  function widget(el) {
    var o = options(el);
    var frame = document.createElement('iframe');
    frame.title = language(o).title;
    frame.src = source(o);
    frame.loading = 'lazy';
    frame.referrerPolicy = 'no-referrer';
    // Each token is one thing the app does; nothing else is allowed.
    // scripts: it is a WebAssembly app. same-origin: its own files (module
    // script, wasm) and its saved progress. popups + escape: articles open
    // in a new, ordinary tab. downloads: the clinician summary file.
    // modals: printing the clinician summary.
    frame.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads allow-modals');
    // Copying the clinician summary.
    frame.setAttribute('allow', 'clipboard-write');
    var s = frame.style;
    s.display = 'block';
    s.width = '100%';
    s.border = '0';
    s.height = (o.height || 640) + 'px';
    frames.push(frame);
    return frame;
  }

  function place() {
    var slots = document.querySelectorAll('[data-symptom-explorer]');
    if (!slots.length) return script.after(widget(script));
    for (var i = 0; i < slots.length; i++) {
      // Another copy of this script may have filled it already. What the
      // page put inside (a plain link, say) is the fallback without script.
      if (slots[i].dataset.symptomExplorer === 'on') continue;
      slots[i].dataset.symptomExplorer = 'on';
      slots[i].replaceChildren(widget(slots[i]));
    }
  }

  // Only height reports from our own frames, in exactly this shape.
  addEventListener('message', function (e) {
    var d = e.data;
    if (e.origin !== app.origin || !d || typeof d !== 'object') return;
    if (Object.keys(d).join() !== 'type,height' || d.type !== 'symptom-explorer:height') return;
    if (typeof d.height !== 'number' || !(d.height > 0 && d.height < 20000)) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === e.source) frames[i].style.height = Math.ceil(d.height) + 'px';
    }
  });

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', place);
  else place();
})();
