// Lighthouse 13's mobile performance audit (simulated slow 4G and a 4×
// slower CPU), run on Debian's Chromium for `./x bench`.
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Audits `url` `runs` times, each from a cold cache, and returns the median
 * of each figure: { lcp, fcp, tbt (ms), cls, score (0–100), lcpElement }.
 */
export async function audit(url, runs = 3, { throttlingMethod = 'simulate' } = {}) {
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM || '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu'],
  });
  const results = [];
  try {
    for (let i = 0; i < runs; i++) {
      const { lhr } = await lighthouse(url, { port: chrome.port, onlyCategories: ['performance'], logLevel: 'error', throttlingMethod });
      const a = lhr.audits;
      results.push({
        lcp: a['largest-contentful-paint'].numericValue,
        fcp: a['first-contentful-paint'].numericValue,
        tbt: a['total-blocking-time'].numericValue,
        cls: a['cumulative-layout-shift'].numericValue,
        score: Math.round(lhr.categories.performance.score * 100),
        // Lighthouse 13 names the element in its LCP breakdown insight.
        lcpElement: a['lcp-breakdown-insight']?.details?.items?.find((i) => i.type === 'node')?.selector ?? '?',
      });
    }
  } finally {
    await chrome.kill();
  }
  const pick = (k) => median(results.map((r) => r[k]));
  return {
    lcp: pick('lcp'),
    fcp: pick('fcp'),
    tbt: pick('tbt'),
    cls: pick('cls'),
    score: pick('score'),
    lcpElement: results[0].lcpElement,
    runs: results,
  };
}
