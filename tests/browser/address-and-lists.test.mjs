// "Add another" lists and the address question, with JavaScript on, off, and the app's scripts blocked.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { expectNoAxeViolations, launchBrowser, messages, openTab, settle, startServer } from './harness.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

const BULKY = '/request-bulky-waste-collection';

for (const mode of ['js', 'no-js', 'no-app']) {
  test(`add and remove items, then find an address (${mode})`, async () => {
    const t = messages('en-GB');
    const tab = await openTab(browser, mode, 'en-GB');
    const { page } = tab;
    const add = page.getByRole('button', { name: t['bulky-items-add'] });
    try {
      await page.goto(`${server.base}${BULKY}/items`);
      await settle(tab);
      await page.evaluate(() => { window.__sameDocument = true; }).catch(() => {});

      // Add with an empty box: a specific error, in the summary and by the box.
      await add.click();
      await page.locator('#error-summary').waitFor();
      assert.deepEqual(await page.locator('#error-summary a').allTextContents(), [t['bulky-items-error-required']]);
      await expectNoAxeViolations(tab, `${mode} items error`);

      for (const [n, item] of [[1, 'Sofa'], [2, 'Fridge freezer'], [3, 'Wardrobe']]) {
        await page.fill('#items', item);
        await add.click();
        await page.getByRole('heading', { name: n === 1 ? 'You have added 1 item' : `You have added ${n} items` }).waitFor();
        await settle(tab);
        assert.equal(await page.inputValue('#items'), '', 'the box is empty for the next item');
        if (mode === 'js') {
          const said = n === 1 ? 'You have added 1 item' : `You have added ${n} items`;
          await page.waitForFunction((text) => document.querySelector('main [role=status]')?.textContent === text, said);
        }
      }
      await expectNoAxeViolations(tab, `${mode} three items`);
      if (mode === 'js') assert.equal(await page.evaluate(() => document.activeElement?.id), 'items', 'focus is back in the box');

      await page.getByRole('button', { name: 'Remove Fridge freezer' }).click();
      await page.getByRole('heading', { name: 'You have added 2 items' }).waitFor();
      await settle(tab);
      assert.deepEqual(await page.locator('.govuk-summary-list__key').allTextContents(), ['Sofa', 'Wardrobe']);

      await page.locator('main button[type=submit]:not(.govuk-button--secondary)').click();
      await page.waitForURL(`**${BULKY}/address`);
      await settle(tab);
      await expectNoAxeViolations(tab, `${mode} address`);

      // Find address with no postcode: says what is missing, by the field and in the summary.
      await page.getByRole('button', { name: t['address-find'] }).click();
      await page.locator('#error-summary').waitFor();
      assert.deepEqual(await page.locator('#error-summary a').allTextContents(), [t['address-error-lookup-required']]);
      assert.match(await page.locator('#address-postcode-error').textContent(), new RegExp(t['address-error-lookup-required']));
      await expectNoAxeViolations(tab, `${mode} find address without a postcode`);

      await page.fill('#address-postcode', 'se15 5dq');
      await page.getByRole('button', { name: t['address-find'] }).click();
      await page.locator('#address-choice').waitFor();
      await settle(tab);
      assert.match(await page.locator('#address-choice-hint').textContent(), /6 addresses found for SE15 5DQ/);
      await expectNoAxeViolations(tab, `${mode} addresses found`);
      await page.selectOption('#address-choice', { label: 'Flat 2, 14 Rye Lane, London, SE15 5DQ' });
      await page.locator('main button[type=submit]:not(.govuk-button--secondary)').click();
      await page.waitForURL(`**${BULKY}/contact`);
      await settle(tab);

      const draft = await page.evaluate(async (url) => (await fetch(url)).json(), `${server.base}/api/v1/services${BULKY}/draft`);
      assert.deepEqual(draft.answers.items, ['Sofa', 'Wardrobe']);
      assert.deepEqual(draft.answers.address, { 'line-1': 'Flat 2', 'line-2': '14 Rye Lane', town: 'London', postcode: 'SE15 5DQ' });
      if (mode === 'js') assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no full page loads');
      assert.deepEqual(tab.problems, []);
    } finally {
      await tab.context.close();
    }
  });
}

test('each part of a typed address that needs fixing has its own error (no-app)', async () => {
  const tab = await openTab(browser, 'no-app', 'en-GB');
  const { page } = tab;
  try {
    await page.goto(`${server.base}/request-pest-control/pest`);
    await page.getByLabel('Rats').check();
    await page.locator('main button[type=submit]').click();
    await page.getByLabel('In my garden').check();
    await page.locator('main button[type=submit]').click();
    await page.waitForURL('**/request-pest-control/address');
    await page.fill('#address-line-2', 'Flat 9');
    await page.fill('#address-postcode', 'SE15');
    await page.locator('main button[type=submit]:not(.govuk-button--secondary)').click();
    await page.locator('#error-summary').waitFor();
    const links = await page.locator('#error-summary a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(links, ['#address-line-1', '#address-town', '#address-postcode']);
    assert.equal(await page.inputValue('#address-line-2'), 'Flat 9');
    await expectNoAxeViolations(tab, 'address part errors');
  } finally {
    await tab.context.close();
  }
});

test('with JavaScript, Enter in an address line continues (js)', async () => {
  const tab = await openTab(browser, 'js', 'en-GB');
  const { page } = tab;
  try {
    await page.goto(`${server.base}/request-pest-control/pest`);
    await settle(tab);
    await page.getByLabel('Rats').check();
    await page.locator('main button[type=submit]').click();
    await page.waitForURL('**/request-pest-control/where');
    await settle(tab);
    await page.getByLabel('In my garden').check();
    await page.locator('main button[type=submit]').click();
    await page.waitForURL('**/request-pest-control/address');
    await settle(tab);
    await page.fill('#address-postcode', 'SE1 2QH');
    await page.fill('#address-line-1', '2 New Street');
    await page.fill('#address-town', 'London');
    await page.press('#address-town', 'Enter');
    await page.waitForURL('**/request-pest-control/benefits');
    assert.deepEqual(tab.problems, []);
  } finally {
    await tab.context.close();
  }
});
