// Completes a service from its definition (fetched from the API) in Chromium, in any language:
// answers every question with a valid value for its type, audits every page with axe-core,
// including the first page's error state, and checks the confirmation.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { expectNoAxeViolations, messages, openTab, repo, settle } from './harness.mjs';

/** Every service's definition, from the server's API. */
export async function definitions(server) {
  const cards = await (await fetch(`${server.base}/api/v1/services`)).json();
  return Promise.all(cards.map(async (c) => (await (await fetch(`${server.base}/api/v1/services/${c.id}`)).json()).definition));
}

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
      if (page.__mode === 'js') await page.locator('.file-list li').first().waitFor();
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

/**
 * Completes `def` in a new tab. The tab's browser asks for `lang` (Accept-Language); the page
 * must come in that language, and every page must pass axe. `check(tab, state)` runs extra
 * checks on every page state (the right-to-left layout, say).
 */
export async function completeService(browser, server, mode, def, lang = 'en-GB', check = async () => {}) {
  const t = messages(lang);
  const tab = await openTab(browser, mode, lang);
  const { page } = tab;
  page.__mode = mode;
  try {
    await page.goto(`${server.base}/${def.id}`);
    await settle(tab);
    assert.equal(await page.getAttribute('html', 'lang'), lang, `${def.id} is shown in ${lang}`);
    assert.equal((await page.locator('h1').textContent()).trim(), t[`${def.messages}-title`], `${def.id} title in ${lang}`);
    await expectNoAxeViolations(tab, `${def.id} start`);
    await check(tab, `${def.id} start`);
    await page.evaluate(() => { window.__sameDocument = true; }).catch(() => {});
    await page.locator('a.govuk-button--start').click();
    let path = await arriveAt(tab, `/${def.id}`);

    // The first page's error state.
    const first = def.pages[0];
    if (first.questions.some((q) => q.required !== false)) {
      await page.locator('main button[type=submit]:not(.govuk-button--secondary)').click();
      await page.locator('#error-summary').waitFor();
      assert.ok((await page.title()).startsWith(t['error-title'].replace('{ $title }', '')), `${def.id}: the title says there is an error`);
      await expectNoAxeViolations(tab, `${def.id} ${first.id} errors`);
      await check(tab, `${def.id} ${first.id} errors`);
    }

    const visited = [];
    while (path !== `/${def.id}/check-answers`) {
      const pageId = path.split('/').pop();
      const defPage = def.pages.find((p) => p.id === pageId);
      assert.ok(defPage && !defPage.exit, `${def.id}: unexpected page ${path}`);
      assert.ok(visited.length < def.pages.length, `${def.id}: the journey does not end`);
      visited.push(pageId);
      await expectNoAxeViolations(tab, `${def.id} ${pageId}`);
      await check(tab, `${def.id} ${pageId}`);
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
    await check(tab, `${def.id} check answers`);
    await page.locator('main button[type=submit]:not(.govuk-button--secondary)').click();
    path = await arriveAt(tab, `/${def.id}/check-answers`);
    assert.equal(path, `/${def.id}/confirmation`);
    await expectNoAxeViolations(tab, `${def.id} confirmation`);
    await check(tab, `${def.id} confirmation`);
    assert.equal(await page.getAttribute('html', 'lang'), lang, `${def.id} stayed in ${lang}`);
    assert.match(await page.locator('.reference').textContent(), /^[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}$/);
    if (mode === 'js') assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no full page loads');
    assert.deepEqual(tab.problems, []);
  } finally {
    await tab.context.close();
  }
}

