// Runs before the first paint (a classic script in <head>, fetched beside
// the stylesheet). index.html holds the welcome screen, prerendered by the
// build, so it shows before the wasm arrives. A link into another screen
// (#/guided/…, #/explore/…), or a tap on Start or Explore before the app
// runs, shows the loading line instead (styles/app.css, .deep-link), so no
// one sees the wrong screen, and a tap is seen to work. The app replaces
// both once it starts.
const deep = () => /^#\/./.test(location.hash);
const mark = () => document.documentElement.classList.add('deep-link');
if (deep()) mark();
addEventListener('hashchange', () => deep() && mark());
