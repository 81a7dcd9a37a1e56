// Pages outside the journey: the home page, "page not found", and the language switch with the app
// running. axe-core on each, in both languages.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectNoAxeViolations, launchBrowser, messages, openTab, settle, startServer } from './harness.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

for (const mode of ['js', 'no-app']) {
  test(`home, not found and the language switch (${mode})`, async () => {
    const en = messages('en-GB');
    const cy = messages('cy');
    const tab = await openTab(browser, mode, 'en-GB');
    const { page } = tab;
    try {
      await page.goto(`${server.base}/`);
      await settle(tab);
      assert.equal(await page.locator('h1').textContent(), en['home-title']);
      assert.ok(await page.getByRole('link', { name: en['missed-bin-title'] }).isVisible());
      await expectNoAxeViolations(tab, `${mode} home`);

      // The switch opens a list of plain links: it works the same with or without the app, and
      // the choice is remembered.
      await page.locator('.language-switch__summary').click();
      await page.getByRole('link', { name: 'Cymraeg' }).click();
      await page.waitForURL(`${server.base}/`);
      await settle(tab);
      assert.equal(await page.getAttribute('html', 'lang'), 'cy');
      assert.equal(await page.locator('h1').textContent(), cy['home-title']);
      await expectNoAxeViolations(tab, `${mode} home in Welsh`);
      await page.goto(`${server.base}/report-missed-bin`);
      assert.equal(await page.locator('h1').textContent(), cy['missed-bin-title'], 'the choice is remembered');
      await page.locator('.language-switch__summary').click();
      await page.getByRole('link', { name: 'English' }).click();
      await page.waitForURL(`${server.base}/report-missed-bin`);
      assert.equal(await page.getAttribute('html', 'lang'), 'en-GB');

      const missing = await page.goto(`${server.base}/no-such-page`);
      assert.equal(missing.status(), 404);
      await settle(tab);
      assert.equal(await page.locator('h1').textContent(), en['not-found-title']);
      await expectNoAxeViolations(tab, `${mode} not found`);

      // From the home page into a service, with the app running (the page data is fetched by a page load).
      await page.goto(`${server.base}/`);
      await settle(tab);
      await page.getByRole('link', { name: en['missed-bin-title'] }).click();
      await page.waitForURL(`${server.base}/report-missed-bin`);
      await settle(tab);
      assert.equal(await page.locator('h1').textContent(), en['missed-bin-title']);
      assert.deepEqual(tab.problems, []);
    } finally {
      await tab.context.close();
    }
  });
}
