// What an embedder asked for in the URL (see web/embed.js), applied before
// the app starts: ?theme=light|dark, ?accent=<CSS colour>, ?compact=1,
// and ?embed=1 when web/embed.js made the frame, which then gets
// this page's height so it needs no inner scrollbar. Plain JS rather than
// Rust so the wasm stays small; styles only through CSSOM (CSP allows that).
const root = document.documentElement;
const bad = [];
for (const [key, value] of new URLSearchParams(location.search)) {
  if (key === 'theme' && /^(auto|light|dark)$/.test(value)) root.dataset.theme = value;
  // Colours only: no keywords such as inherit, no var().
  else if (key === 'accent' && /^(#|[a-z]+\(|[a-z]+$)/i.test(value) && !/var|inherit|initial|unset|revert|current|transparent/i.test(value) && CSS.supports('color', value)) {
    accent(value);
  } else if (key === 'compact' && value === '1') root.dataset.compact = '';
  else if (key === 'embed' && value === '1') parent !== window && embed();
  else bad.push(key);
}
// In a frame, the app's move of focus to each new screen's heading must not
// pull the blog's focus and scroll position into it before the reader has
// used the widget.
if (parent !== window) {
  const focus = HTMLElement.prototype.focus;
  HTMLElement.prototype.focus = function (options) {
    if (document.hasFocus()) focus.call(this, options);
  };
}
// Rules only these options need live here, so other visits never download
// them: the embedded and compact layouts, and a forced dark theme.
let css = '';
if ('embed' in root.dataset || 'compact' in root.dataset) {
  // In a frame made by embed.js the frame grows to the content's height,
  // so nothing may depend on the frame's own height.
  css += ':root[data-embed]{overflow:hidden}[data-embed] #app{min-height:0}[data-embed] .body-view svg{max-height:32rem}';
  // The blog chose the language (data-lang); the link to the other one
  // would leave this frame's options behind.
  css += '[data-embed] .language{display:none}';
  // ?compact=1: less space around things for a narrow blog column.
  css += '[data-compact]{--space:.75rem}[data-compact] .app-header{display:none}[data-compact] h1{font-size:1.3rem;margin-top:0}';
}
if (root.dataset.theme === 'dark') {
  // The dark colours are written once, in styles/app.css's dark-scheme
  // rule (loaded before this module runs); a forced dark theme applies the
  // same declarations whatever the system prefers.
  for (const sheet of document.styleSheets) {
    for (const rule of sheet.cssRules) {
      if (!rule.conditionText?.includes('prefers-color-scheme: dark')) continue;
      for (const inner of rule.cssRules) css += `:root[data-theme=dark]{color-scheme:dark;${inner.style.cssText}}`;
    }
  }
}
// Constructed style sheets (which the CSP allows) need Safari 16.4; older
// browsers show the app without these rules rather than not at all.
if (css && 'adoptedStyleSheets' in document) {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(css);
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}
if (bad.length) console.warn('symptom-explorer: ignored URL parameters: ' + bad.join(', '));

/** Sets the accent colour, with dark or white text on it, whichever reads. */
function accent(colour) {
  const c = document.createElement('canvas').getContext('2d');
  c.fillStyle = colour;
  // Canvas spells an opaque colour as #rrggbb; WCAG relative luminance.
  const rgb = /^#(..)(..)(..)$/.exec(c.fillStyle)?.slice(1).map((h) => {
    const v = parseInt(h, 16) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  if (!rgb) return bad.push('accent');
  const light = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2] > 0.18;
  root.style.setProperty('--accent', colour);
  root.style.setProperty('--accent-text', light ? '#0b1214' : '#fff');
  root.dataset.accent = '';
}

/**
 * Posts `{type, height}` to the parent page whenever the content height
 * changes; nothing else ever leaves this page. Receives no messages.
 */
function embed() {
  root.dataset.embed = '';
  // The parent's origin when the browser says it; the message holds nothing private.
  const to = location.ancestorOrigins?.[0];
  let last = 0;
  new ResizeObserver(() => {
    // Rounded up to a step of 64 px: any script on the blog can read the
    // height, and exact heights differ from screen to screen (a warning
    // and a muscle pattern are not the same length).
    const height = Math.ceil(root.getBoundingClientRect().height / 64) * 64;
    if (height !== last) parent.postMessage({ type: 'symptom-explorer:height', height: (last = height) }, to && to !== 'null' ? to : '*');
  }).observe(root);
}
