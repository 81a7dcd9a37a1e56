// Lighthouse mobile scores for the error state (part of scripts/bench.sh, not a test), which the
// command line cannot reach: it is the page the server sends back when a question page is posted
// with nothing filled in. Lighthouse measures the navigation started by pressing Continue, with
// the page's scripts blocked so the form posts as it does without JavaScript (with the app
// running, errors show at once, without a load).
//
//   node scripts/lighthouse.mjs BASE SESSION
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const tools = createRequire(join(root, '.tools', 'lighthouse', 'package.json'));
const { startFlow } = await import(tools.resolve('lighthouse'));
const puppeteer = (await import(tools.resolve('puppeteer-core'))).default;

const [base, session] = process.argv.slice(2);
const path = '/report-missed-bin/address';
const blocked = ['*.js', '*.wasm'];

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  await page.setCookie({ name: 'fd_session', value: session, domain: new URL(base).hostname, path: '/' });
  const cdp = await page.createCDPSession();
  await cdp.send('Network.enable');
  await cdp.send('Network.setBlockedURLs', { urls: blocked });
  await page.goto(base + path);
  // The visitor's saved answers fill the page: empty it, as if nothing had been typed.
  await page.$$eval('main input[type=text], main input[type=email], main input[type=tel], main textarea',
    (fields) => fields.forEach((f) => { f.value = ''; }));
  const flow = await startFlow(page, {
    // A refused post comes back with 422.
    flags: { onlyCategories: ['performance', 'accessibility', 'best-practices'], ignoreStatusCode: true },
  });
  await flow.navigate(async () => {
    await Promise.all([
      page.waitForNavigation(),
      page.click('main button[type=submit]:not(.govuk-button--secondary)'),
    ]);
  }, { name: 'error state', flags: { blockedUrlPatterns: blocked } });
  const result = (await flow.createFlowResult()).steps[0].lhr;
  if (result.runtimeError) throw new Error(result.runtimeError.message);
  const score = (k) => Math.round(result.categories[k].score * 100);
  const audit = (k) => result.audits[k].numericValue;
  const status = result.audits['network-requests']?.details?.items?.[0]?.statusCode;
  console.log(`error     performance ${score('performance')}  accessibility ${score('accessibility')}  ` +
    `best practices ${score('best-practices')}  LCP ${(audit('largest-contentful-paint') / 1000).toFixed(2)} s  ` +
    `TBT ${Math.round(audit('total-blocking-time'))} ms  (HTTP ${status})`);
  // Chrome logs a console error for a document with an error status: the 422 a refused post
  // carries on purpose (monitoring and the page script read it), which costs best practices 4.
  for (const e of result.audits['errors-in-console'].details?.items ?? []) {
    console.log(`          console error: ${e.description}`);
  }
} catch (e) {
  console.log(`error     Lighthouse did not finish: ${e.message}`);
} finally {
  await browser.close();
}
