// Radios with a question revealed under one option: shown without JavaScript, revealed on choice with it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectNoAxeViolations, launchBrowser, messages, openTab, settle, startServer } from './harness.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

for (const mode of ['js', 'no-app']) {
  test(`a question revealed under a radios option (${mode})`, async () => {
    const t = messages('en-GB');
    const tab = await openTab(browser, mode, 'en-GB');
    const { page } = tab;
    try {
      await page.goto(`${server.base}/report-housing-repair/danger`);
      await settle(tab);
      await page.getByLabel(t['repair-danger-none']).check();
      await page.locator('main button[type=submit]').click();
      await page.waitForURL('**/report-housing-repair/room');
      await settle(tab);
      const revealed = page.locator('#room-other');
      assert.equal(await revealed.isVisible(), mode !== 'js', 'hidden until chosen only when the app runs');
      await expectNoAxeViolations(tab, `${mode} room`);
      await page.getByLabel(t['repair-room-other'], { exact: true }).check();
      assert.equal(await revealed.isVisible(), true);
      assert.equal(await page.getAttribute('#room-6', 'aria-controls'), 'conditional-room-6');
      await page.locator('main button[type=submit]').click();
      await page.locator('#error-summary').waitFor();
      assert.deepEqual(await page.locator('#error-summary a').allTextContents(), [t['repair-room-other-error-required']]);
      assert.equal(await revealed.isVisible(), true, 'still shown with its error');
      await expectNoAxeViolations(tab, `${mode} room error`);
      await revealed.fill('Loft');
      await page.locator('main button[type=submit]').click();
      await page.waitForURL('**/report-housing-repair/problem');
      assert.deepEqual(tab.problems, []);
    } finally {
      await tab.context.close();
    }
  });
}
