// The whole journey with the keyboard alone, JavaScript on: Tab, typing, arrow keys and Enter only.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, messages, openTab, settle, startServer } from './harness.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

/** Presses Tab until the focused element matches `selector`. */
async function tabTo(page, selector) {
  for (let i = 0; i < 60; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  assert.fail(`could not reach ${selector} with the Tab key`);
}

async function typeInto(page, selector, text) {
  await tabTo(page, selector);
  await page.keyboard.type(text);
}

/** Waits for a client-side navigation to finish: the app moves focus to the new page's content. */
async function arrived(page, path) {
  await page.waitForURL(`**${path}`);
  await page.waitForFunction(() => document.activeElement?.id === 'main-content');
}

async function submit(page) {
  await tabTo(page, 'main button[type=submit]');
  await page.keyboard.press('Enter');
}

test('the journey can be completed with the keyboard alone', async () => {
  const t = messages('en-GB');
  const tab = await openTab(browser, 'js', 'en-GB');
  const { page } = tab;
  try {
    await page.goto(`${server.base}/report-missed-bin`);
    await settle(tab);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.textContent), t['skip-link'], 'the skip link comes first');
    await tabTo(page, 'a.govuk-button--start');
    await page.keyboard.press('Enter');
    await arrived(page, '/report-missed-bin/address');

    // Submitting nothing: focus goes to the summary; its link takes focus to the field.
    await submit(page);
    await page.locator('#error-summary').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement.id), 'error-summary');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'postcode', 'the error link moves focus to its field');

    await page.keyboard.type('SE1 2QH');
    await typeInto(page, '#address-line-1', '1 High Street');
    await page.keyboard.press('Enter');
    await arrived(page, '/which-bin');

    await tabTo(page, 'input[name=bin]');
    await page.keyboard.press('ArrowDown'); // moves to and selects "Recycling"
    assert.equal(await page.evaluate(() => document.querySelector('input[name=bin]:checked')?.value), 'recycling');
    await submit(page);
    await arrived(page, '/date');

    const d = new Date(Date.now() - 86400000);
    const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'numeric', year: 'numeric' })
      .formatToParts(d).map((p) => [p.type, p.value]));
    await typeInto(page, '#date-day', parts.day);
    await typeInto(page, '#date-month', parts.month);
    await typeInto(page, '#date-year', parts.year);
    await submit(page);
    await arrived(page, '/more-information');

    await submit(page);
    await arrived(page, '/contact');
    await typeInto(page, '#email', 'keyboard@example.com');
    await submit(page);
    await arrived(page, '/check-answers');

    await submit(page);
    await arrived(page, '/confirmation');
    assert.equal(await page.locator('h1').textContent(), t['confirmation-title']);
    assert.deepEqual(tab.problems, []);
  } finally {
    await tab.context.close();
  }
});
