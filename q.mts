import { launchChromium, serveBuiltSite } from '/work/main/tests/helpers/browser.ts';
const site = await serveBuiltSite(); const browser = await launchChromium(); const page = await browser.newPage();
await page.goto(site.url);
for (const q of process.argv.slice(2)) {
  const r = await page.evaluate(`(async () => { const pf = await import('/pagefind/pagefind.js'); const { results } = await pf.search(${JSON.stringify(q)}); const d = await Promise.all(results.slice(0,4).map(async r => { const x = await r.data(); return x.url + ' ' + r.score.toFixed(2) + ' ' + x.excerpt.slice(0,80); })); return [results.length, d]; })()`);
  console.log(q, '→', JSON.stringify(r, null, 1));
}
await browser.close(); await site.stop();
