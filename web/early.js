// Runs before the first paint (a classic script in <head>, fetched beside
// the stylesheet). index.html holds the welcome screen, prerendered by the
// build, so it shows before the wasm arrives. The loading line shows
// instead (styles/app.css, .deep-link) where the app will show something
// else: a link into another screen (#/guided/…, #/explore/…), a tap on
// Start or Explore before the app runs (and Back undoes it), or answers
// saved on an earlier visit (the app offers to continue them). So no one
// sees the wrong screen, nothing moves when the app takes over, and a tap
// is seen to work.
const saved = () => {
  // The keys of src/services/storage.rs: this copy's (its languages share
  // the English folder's), or the older shared one.
  const key = 'symptom-explorer:progress';
  const lang = document.documentElement.lang;
  let folder = location.pathname.slice(0, location.pathname.lastIndexOf('/') + 1);
  if (lang !== 'en' && folder.endsWith(`/${lang}/`)) folder = folder.slice(0, -lang.length - 1);
  try {
    return localStorage.getItem(`${key}:${folder}`) !== null || localStorage.getItem(key) !== null;
  } catch {
    return false;
  }
};
const other = () => /^#\/./.test(location.hash);
const mark = (elsewhere) => document.documentElement.classList.toggle('deep-link', elsewhere);
const returning = saved();
mark(returning || other());
addEventListener('hashchange', () => mark(returning || other()));
