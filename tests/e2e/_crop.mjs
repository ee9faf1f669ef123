import { launch } from './browser.mjs';
const [file, out, from = '0', height = '1400', width = '360'] = process.argv.slice(2);
const browser = await launch();
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
await page.setContent(`<body style="margin:0"><img src="data:image/png;base64,${(await import('node:fs')).readFileSync(file).toString('base64')}" style="display:block;margin-top:-${from}px"></body>`);
await page.screenshot({ path: out });
await browser.close();
