// Every service, completed in Chromium from its definition (fetched from the API, so a new service
// is tested with no new test code): JavaScript on, off, and with the app's scripts blocked, with
// axe-core on every page and on the first page's error state.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { expectNoAxeViolations, launchBrowser, openTab, repo, settle, startServer } from './harness.mjs';

let server;
let browser;
let definitions = [];
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const cards = await (await fetch(`${server.base}/api/v1/services`)).json();
  definitions = await Promise.all(cards.map(async (c) => (await (await fetch(`${server.base}/api/v1/services/${c.id}`)).json()).definition));
});
after(async () => { await browser?.close(); await server?.stop(); });

function yesterday() {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'numeric', year: 'numeric' })
    .formatToParts(new Date(Date.now() - 86400000));
  return Object.fromEntries(parts.map((p) => [p.type, p.value]));
}

/** Answers one question with its example or a valid value for its type. */
async function answer(page, q) {
  const value = (fallback) => q.example ?? fallback;
  switch (q.type) {
    case 'date': {
      const d = yesterday();
      await page.fill(`#${q.id}-day`, d.day);
      await page.fill(`#${q.id}-month`, d.month);
      await page.fill(`#${q.id}-year`, d.year);
      return;
    }
    case 'radios':
    case 'checkboxes':
      return page.check(`input[name="${q.id}"][value="${value(q.options[0])}"]`);
    case 'yes-no':
      return page.check(`input[name="${q.id}"][value="${value('no')}"]`);
    case 'select':
      return page.selectOption(`#${q.id}`, value(q.options[0]));
    case 'uk-address':
      await page.fill(`#${q.id}-postcode`, 'SE15 5DQ');
      await page.fill(`#${q.id}-line-1`, '16 Rye Lane');
      await page.fill(`#${q.id}-town`, 'London');
      return;
    case 'add-another':
      return page.fill(`#${q.id}`, value('Sofa'));
    case 'file': {
      // A photo suits every file question shipped. With JavaScript it uploads at once; without,
      // it is sent with the page.
      await page.setInputFiles(`#${q.id}`, join(repo, 'tests', 'fixtures', 'photo-with-gps.jpg'));
      if (page.__mode === 'js') await page.getByRole('heading', { name: '1 file added' }).waitFor();
      return;
    }
    default: {
      const samples = { text: '1 Example Street', 'long-text': 'Some details about it', email: 'resident@example.com',
        'uk-phone': '07700 900982', 'uk-postcode': 'SE1 2QH', number: String(q.min ?? 1), money: '10.00' };
      assert.ok(q.type in samples, `no sample for ${q.type}`);
      return page.fill(`#${q.id}`, value(samples[q.type]));
    }
  }
}

async function arriveAt(tab, before) {
  await tab.page.waitForFunction((prev) => location.pathname + location.search !== prev, before);
  await settle(tab);
  if (tab.mode === 'js') await tab.page.waitForFunction(() => document.activeElement?.id === 'main-content');
  return new URL(tab.page.url()).pathname;
}

async function completeService(mode, def) {
  const tab = await openTab(browser, mode, 'en-GB');
  const { page } = tab;
  page.__mode = mode;
  try {
    await page.goto(`${server.base}/${def.id}`);
    await settle(tab);
    await expectNoAxeViolations(tab, `${def.id} start`);
    await page.evaluate(() => { window.__sameDocument = true; }).catch(() => {});
    await page.locator('a.govuk-button--start').click();
    let path = await arriveAt(tab, `/${def.id}`);

    // The first page's error state.
    const first = def.pages[0];
    if (first.questions.some((q) => q.required !== false)) {
      await page.locator('main button[type=submit]:not(.govuk-button--secondary)').click();
      await page.locator('#error-summary').waitFor();
      assert.match(await page.title(), /^(Error|Gwall): /);
      await expectNoAxeViolations(tab, `${def.id} ${first.id} errors`);
    }

    const visited = [];
    while (path !== `/${def.id}/check-answers`) {
      const pageId = path.split('/').pop();
      const defPage = def.pages.find((p) => p.id === pageId);
      assert.ok(defPage && !defPage.exit, `${def.id}: unexpected page ${path}`);
      assert.ok(visited.length < def.pages.length, `${def.id}: the journey does not end`);
      visited.push(pageId);
      await expectNoAxeViolations(tab, `${def.id} ${pageId}`);
      // A question revealed under a radios option is answered only when that option is chosen.
      const chosen = {};
      for (const q of defPage.questions) {
        const reveal = q['reveal-when'];
        if (reveal && chosen[reveal.question] !== reveal.is) continue;
        await answer(page, q);
        chosen[q.id] = q.example ?? q.options?.[0];
      }
      const before = path;
      await page.locator('main button[type=submit]:not(.govuk-button--secondary)').click();
      path = await arriveAt(tab, before);
    }
    await expectNoAxeViolations(tab, `${def.id} check answers`);
    await page.locator('main button[type=submit]:not(.govuk-button--secondary)').click();
    path = await arriveAt(tab, `/${def.id}/check-answers`);
    assert.equal(path, `/${def.id}/confirmation`);
    await expectNoAxeViolations(tab, `${def.id} confirmation`);
    assert.match(await page.locator('.reference').textContent(), /^[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}$/);
    if (mode === 'js') assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no full page loads');
    assert.deepEqual(tab.problems, []);
  } finally {
    await tab.context.close();
  }
}

describe('every service, from its definition', () => {
  test('definitions were loaded from the API', () => assert.ok(definitions.length >= 10));
  for (const mode of ['js', 'no-js', 'no-app']) {
    test(`every service can be completed (${mode})`, async (t) => {
      for (const def of definitions) {
        await t.test(def.id, () => completeService(mode, def));
      }
    });
  }
});
