// Save and come back later in Chromium, with axe-core on every page and error state.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectNoAxeViolations, launchBrowser, messages, openTab, settle, startServer } from './harness.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

for (const mode of ['js', 'no-app']) {
  test(`save a form and come back to it on another device (${mode})`, async () => {
    const t = messages('en-GB');
    const first = await openTab(browser, mode, 'en-GB');
    const second = await openTab(browser, mode, 'en-GB');
    try {
      let page = first.page;
      await page.goto(`${server.base}/report-missed-bin/address`);
      await settle(first);
      await page.fill('#postcode', 'SE1 2QH');
      await page.fill('#address-line-1', '1 High Street');
      await page.locator('main button[type=submit]').click();
      await page.waitForURL('**/which-bin');
      await settle(first);
      await page.getByRole('link', { name: t['save-link'] }).click();
      await page.waitForURL('**/report-missed-bin/save');
      await settle(first);
      assert.equal(await page.locator('h1').textContent(), t['save-title']);
      await expectNoAxeViolations(first, `${mode} save`);
      await page.evaluate(() => { window.__sameDocument = true; });
      await page.getByRole('button', { name: t['save-button'] }).click();
      await page.locator('.reference').waitFor();
      await settle(first);
      await expectNoAxeViolations(first, `${mode} saved`);
      if (mode === 'js') assert.equal(await page.evaluate(() => window.__sameDocument), true, 'the code is shown without a reload');
      const code = (await page.locator('.reference').textContent()).trim();

      page = second.page;
      await page.goto(`${server.base}/return`);
      await settle(second);
      await expectNoAxeViolations(second, `${mode} return`);
      await page.evaluate(() => { window.__sameDocument = true; });
      await page.getByRole('button', { name: t['button-continue'] }).click();
      await page.locator('#error-summary').waitFor();
      await expectNoAxeViolations(second, `${mode} return error`);
      if (mode === 'js') assert.equal(await page.evaluate(() => window.__sameDocument), true, 'the error is shown without a reload');
      await page.fill('#code', code.toLowerCase());
      await page.getByRole('button', { name: t['button-continue'] }).click();
      await page.waitForURL('**/return/check');
      await settle(second);
      assert.equal(await page.locator('label[for=postcode]').textContent(), t['return-check-uk-postcode']);
      await expectNoAxeViolations(second, `${mode} return check`);
      await page.fill('#postcode', 'E1 6AN');
      await page.evaluate(() => { window.__sameDocument = true; });
      await page.getByRole('button', { name: t['button-continue'] }).click();
      await page.locator('#error-summary').waitFor();
      if (mode === 'js') assert.equal(await page.evaluate(() => window.__sameDocument), true, 'the wrong answer is shown without a reload');
      await expectNoAxeViolations(second, `${mode} return check error`);
      assert.equal(await page.inputValue('#postcode'), 'E1 6AN');
      await page.fill('#postcode', 'se1 2qh');
      await page.getByRole('button', { name: t['button-continue'] }).click();
      await page.waitForURL('**/report-missed-bin/which-bin');
      await settle(second);
      assert.equal(await page.locator('h1').textContent(), t['missed-bin-bin-label'], 'back where the form was left');
      assert.deepEqual([...first.problems, ...second.problems], []);
    } finally {
      await first.context.close();
      await second.context.close();
    }
  });
}
