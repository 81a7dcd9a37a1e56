// The missed-bin journey in real Chromium: JavaScript on and off, English and Welsh, with axe-core
// on every page and every error state.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expectNoAxeViolations, launchBrowser, messages, openTab, settle, startServer } from './harness.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

function daysAgo(n) {
  const d = new Date(Date.now() - n * 86400000);
  const london = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'numeric', year: 'numeric' }).formatToParts(d);
  const part = (t) => london.find((p) => p.type === t).value;
  return { day: part('day'), month: part('month'), year: part('year') };
}

async function expectErrorState(tab, t, pageTitle, summaryLinks, state) {
  const { page } = tab;
  await page.locator('#error-summary').waitFor();
  assert.equal(await page.title(), `${t['error-title'].replace('{ $title }', '')}${pageTitle} – ${t['council-name']}`, `${state}: title starts with the error prefix`);
  const links = await page.locator('#error-summary a').allTextContents();
  assert.deepEqual(links, summaryLinks, `${state}: error summary`);
  // `autofocus` acts once the page has been parsed and rendered, a moment after the summary appears.
  const focused = await page.waitForFunction(() => document.activeElement?.id === 'error-summary', null, { timeout: 5000 })
    .then(() => true, () => false);
  assert.ok(focused, `${state}: focus moves to the error summary (it was on "${await page.evaluate(() => document.activeElement?.id)}")`);
  await expectNoAxeViolations(tab, state);
}

async function continueOn(tab) {
  await tab.page.locator('main button[type=submit]').click();
}

async function expectPage(tab, path, state) {
  await tab.page.waitForURL((u) => u.pathname + u.search === path);
  await settle(tab);
  if (tab.mode === 'js') {
    // After client-side navigation the app moves focus to the new page's content.
    await tab.page.waitForFunction(() => document.activeElement?.id === 'main-content');
  }
  await expectNoAxeViolations(tab, state);
}

async function runJourney(mode, lang) {
  const t = messages(lang);
  const tab = await openTab(browser, mode, lang);
  const { page } = tab;
  const label = `${mode}/${lang}`;
  try {
    if (lang === 'cy') {
      await page.goto(`${server.base}/report-missed-bin?lang=cy`);
    } else {
      await page.goto(`${server.base}/report-missed-bin`);
    }
    await settle(tab);
    assert.equal(await page.getAttribute('html', 'lang'), lang === 'cy' ? 'cy' : 'en-GB');
    assert.equal(await page.locator('h1').textContent(), t['missed-bin-title']);
    await expectNoAxeViolations(tab, `${label} start page`);
    // Navigation must not reload the page when the app is running.
    await page.evaluate(() => { window.__sameDocument = true; }).catch(() => {});

    await page.getByRole('button', { name: t['button-start'] }).click();
    await expectPage(tab, '/report-missed-bin/address', `${label} address`);
    await continueOn(tab);
    await expectErrorState(tab, t, t['missed-bin-address-title'],
      [t['missed-bin-postcode-error-required'], t['missed-bin-address-line-1-error-required']], `${label} address errors`);
    await page.fill('#postcode', 'SE1 XYZ');
    await page.fill('#address-line-1', '1 High Street');
    await continueOn(tab);
    await expectErrorState(tab, t, t['missed-bin-address-title'], [t['missed-bin-postcode-error-invalid']], `${label} postcode error`);
    assert.equal(await page.inputValue('#postcode'), 'SE1 XYZ', 'typed postcode kept');
    assert.equal(await page.inputValue('#address-line-1'), '1 High Street', 'typed street kept');
    assert.match(await page.getAttribute('#postcode', 'aria-describedby'), /postcode-error/);
    await page.fill('#postcode', 'se1 2qh');
    await continueOn(tab);

    await expectPage(tab, '/report-missed-bin/which-bin', `${label} which bin`);
    await continueOn(tab);
    await expectErrorState(tab, t, t['missed-bin-bin-label'], [t['missed-bin-bin-error-required']], `${label} bin error`);
    await page.getByLabel(t['missed-bin-bin-recycling']).check();
    await continueOn(tab);

    await expectPage(tab, '/report-missed-bin/date', `${label} date`);
    const future = daysAgo(-3);
    await page.fill('#date-day', future.day);
    await page.fill('#date-month', future.month);
    await page.fill('#date-year', future.year);
    await continueOn(tab);
    await expectErrorState(tab, t, t['missed-bin-date-label'], [t['missed-bin-date-error-future']], `${label} date error`);
    const missed = daysAgo(1);
    await page.fill('#date-day', missed.day);
    await page.fill('#date-month', missed.month);
    await page.fill('#date-year', missed.year);
    await continueOn(tab);

    await expectPage(tab, '/report-missed-bin/more-information', `${label} more information`);
    await page.fill('#more-information', 'Left by the gate');
    if (mode === 'js') {
      const remaining = t['character-count-remaining'];
      assert.ok(remaining.includes('->'), 'plural message');
      assert.match(await page.locator('#more-information-info').textContent(), /484/, 'the count goes down as the person types');
    }
    await continueOn(tab);

    await expectPage(tab, '/report-missed-bin/contact', `${label} contact`);
    await page.fill('#email', 'name@example');
    await continueOn(tab);
    await expectErrorState(tab, t, t['missed-bin-contact-title'], [t['missed-bin-email-error-invalid']], `${label} email error`);
    await page.fill('#email', 'resident@example.com');
    await continueOn(tab);

    await expectPage(tab, '/report-missed-bin/check-answers', `${label} check answers`);
    const summary = await page.locator('.govuk-summary-list').textContent();
    for (const shown of ['SE1 2QH', '1 High Street', t['missed-bin-bin-recycling'], 'Left by the gate', 'resident@example.com']) {
      assert.ok(summary.includes(shown), `check answers shows ${shown}`);
    }
    // Change an answer and come back.
    await page.locator('a[href="/report-missed-bin/which-bin?change=true"]').click();
    await expectPage(tab, '/report-missed-bin/which-bin?change=true', `${label} change bin`);
    assert.ok(await page.getByLabel(t['missed-bin-bin-recycling']).isChecked(), 'the current answer is selected');
    await page.getByLabel(t['missed-bin-bin-garden-waste']).check();
    await continueOn(tab);
    await expectPage(tab, '/report-missed-bin/check-answers', `${label} check answers again`);
    assert.ok((await page.locator('.govuk-summary-list').textContent()).includes(t['missed-bin-bin-garden-waste']));

    await page.getByRole('button', { name: t['button-send'] }).click();
    await expectPage(tab, '/report-missed-bin/confirmation', `${label} confirmation`);
    assert.equal(await page.locator('h1').textContent(), t['confirmation-title']);
    const reference = (await page.locator('.reference').textContent()).trim();
    assert.match(reference, /^[ACEFHJKMNPRTWXY3479]{3}-[ACEFHJKMNPRTWXY3479]{3}-[ACEFHJKMNPRTWXY3479]{3}$/);

    await page.getByRole('link', { name: t['confirmation-track'] }).click();
    await expectPage(tab, '/track', `${label} track`);
    await page.getByRole('button', { name: t['button-find'] }).click();
    await expectErrorState(tab, t, t['track-title'], [t['track-reference-error-required'], t['track-email-error-required']], `${label} track errors`);
    await page.fill('#reference', reference.toLowerCase());
    await page.fill('#email', 'someone-else@example.com');
    await page.getByRole('button', { name: t['button-find'] }).click();
    await page.locator('#error-summary a', { hasText: t['track-not-found'].slice(0, 20) }).waitFor();
    await expectNoAxeViolations(tab, `${label} track not found`);
    await page.fill('#email', 'resident@example.com');
    await page.getByRole('button', { name: t['button-find'] }).click();
    await expectPage(tab, '/track/request', `${label} track result`);
    const result = await page.locator('.govuk-summary-list').textContent();
    assert.ok(result.includes(reference) && result.includes(t['track-status-received']));
    assert.equal(await page.locator('.timeline__title').allTextContents().then((l) => l.join()), t['track-status-received']);

    // The council asks for something and the promised date passes: the page says both.
    askResident(reference, 'Tell us which side of the road the bin is on.');
    // With JavaScript, the page script shows the page again in place, so the journey stays one load.
    if (mode === 'js') await page.evaluate(() => window.frontdoor.refresh());
    else await page.reload();
    await page.locator('.govuk-warning-text').waitFor();
    await expectNoAxeViolations(tab, `${label} track result, waiting and overdue`);
    assert.deepEqual(await page.locator('.timeline__title').allTextContents(),
      [t['track-status-waiting-for-resident'], t['track-status-received']]);
    assert.ok((await page.locator('.timeline__note').textContent()).includes('which side of the road'));
    assert.ok((await page.locator('.govuk-warning-text').textContent()).includes(t['track-overdue']));

    if (mode === 'js') {
      assert.equal(await page.evaluate(() => window.__sameDocument), true, 'the whole journey ran without a full page load');
    }
    assert.deepEqual(tab.problems, [], 'no script errors or CSP violations');
  } finally {
    await tab.context.close();
  }
}

/** What a caseworker's move does to the database: the request waits for the resident, with a
 * note, and its promised date has passed. */
function askResident(reference, note) {
  execFileSync('python3', ['-c', `import sqlite3, sys, time
db = sqlite3.connect(sys.argv[1])
ref = sys.argv[2].replace('-', '')
db.execute("UPDATE requests SET status = 'waiting-for-resident', act_by = '2020-01-06' WHERE replace(reference, '-', '') = ?", (ref,))
db.execute("INSERT INTO request_history (reference, status, note, staff_note, made_by, made_at) SELECT reference, 'waiting-for-resident', ?, 'for staff', 'caseworker-1', ? FROM requests WHERE replace(reference, '-', '') = ?", (sys.argv[3], int(time.time()) + 1, ref))
db.commit()`, join(server.data, 'db.sqlite'), reference, note]);
}

describe('report a missed bin collection', () => {
  for (const lang of ['en-GB', 'cy']) {
    test(`with JavaScript, ${lang}`, () => runJourney('js', lang));
    test(`without JavaScript, ${lang}`, () => runJourney('no-js', lang));
    test(`without the app's scripts (axe on the no-JavaScript pages), ${lang}`, () => runJourney('no-app', lang));
  }
});
