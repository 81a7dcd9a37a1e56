// What the browser runs, with JavaScript on: pages with nothing to enhance load no WebAssembly;
// a question page loads it once and checks its answers in the browser, with no request to the
// server, then moves on without a full page load.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectNoAxeViolations, launchBrowser, messages, openTab, settle, startServer } from './harness.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

/** Counts the app's downloads and the posts made from here on. */
function watch(page) {
  const seen = { wasm: 0, posts: [] };
  page.on('request', (r) => {
    if (r.url().endsWith('.wasm')) seen.wasm += 1;
    if (r.method() === 'POST') seen.posts.push(new URL(r.url()).pathname);
  });
  return seen;
}

const awake = (page) => page.waitForFunction(() => [...document.querySelectorAll('leptos-island')].every((i) => i.dataset.awake));

test('pages with nothing to enhance load no WebAssembly; question pages check in the browser', async () => {
  const t = messages('en-GB');
  const tab = await openTab(browser, 'js', 'en-GB');
  const { page } = tab;
  const seen = watch(page);
  try {
    for (const path of ['/', '/track', '/return', '/report-missed-bin']) {
      await page.goto(`${server.base}${path}`);
      await settle(tab);
      assert.equal(await page.locator('leptos-island').count(), 0, `${path} has no islands`);
    }
    assert.equal(seen.wasm, 0, 'no WebAssembly for pages with nothing to run');

    await page.evaluate(() => { window.__sameDocument = true; });
    await page.getByRole('button', { name: t['button-start'] }).click();
    await page.waitForURL('**/report-missed-bin/address');
    await awake(page);
    assert.equal(seen.wasm, 1, 'the app, once, for the question page');

    // Checked in the browser: the errors show and nothing is sent.
    await page.fill('#postcode', 'SE1 XYZ');
    await page.locator('main button[type=submit]:not(.govuk-button--secondary)').click();
    await page.locator('#error-summary').waitFor();
    assert.deepEqual(await page.locator('#error-summary a').allTextContents(),
      [t['missed-bin-postcode-error-invalid'], t['missed-bin-address-line-1-error-required']]);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'error-summary');
    assert.match(await page.title(), /^Error: /);
    assert.match(await page.locator('#postcode-error').textContent(), new RegExp(t['missed-bin-postcode-error-invalid']));
    assert.match(await page.getAttribute('#postcode', 'aria-describedby'), /postcode-error/);
    assert.match(await page.getAttribute('#postcode', 'class'), /govuk-input--error/);
    assert.equal(await page.inputValue('#postcode'), 'SE1 XYZ', 'what was typed is kept');
    assert.deepEqual(seen.posts, [], 'no request: the shared rules ran in the browser');
    await expectNoAxeViolations(tab, 'errors found in the browser');

    // A summary link takes focus to its field.
    await page.locator('#error-summary a').first().click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'postcode');

    // The skip link, and going back from it, keep the page and what is typed.
    await page.fill('#address-line-1', '1 High');
    await page.locator('.govuk-skip-link').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/report-missed-bin/address#main-content');
    await page.goBack();
    await page.waitForURL('**/report-missed-bin/address');
    assert.equal(await page.inputValue('#address-line-1'), '1 High', 'nothing typed is lost');
    assert.equal(await page.locator('#error-summary').count(), 1);

    // Put right, the answers go to the server, and the next page comes without a reload.
    await page.fill('#postcode', 'se1 2qh');
    await page.fill('#address-line-1', '1 High Street');
    await page.locator('main button[type=submit]:not(.govuk-button--secondary)').click();
    await page.waitForURL('**/report-missed-bin/which-bin');
    await awake(page);
    assert.deepEqual(seen.posts, ['/report-missed-bin/address']);
    assert.equal(await page.locator('#error-summary').count(), 0);
    assert.equal(await page.locator('#postcode-error').count(), 0, 'the old page is gone');

    // The next page's checks run too, with its own rules and texts.
    await page.locator('main button[type=submit]').click();
    await page.locator('#error-summary').waitFor();
    assert.deepEqual(await page.locator('#error-summary a').allTextContents(), [t['missed-bin-bin-error-required']]);
    assert.deepEqual(seen.posts, ['/report-missed-bin/address'], 'still nothing sent');
    assert.equal(seen.wasm, 1, 'the app is not downloaded again');
    assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no full page loads');
    assert.deepEqual(tab.problems, []);
  } finally {
    await tab.context.close();
  }
});
