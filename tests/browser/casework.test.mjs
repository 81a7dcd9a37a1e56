// The whole loop in real Chromium, JavaScript on and off: a resident sends a request and is sent
// an acknowledgement; a caseworker signs in with the code emailed to them and asks for more
// information; the resident sees "waiting for you" and answers with a photo; the caseworker sees
// it, downloads it and resolves the request; the resident sees each step and their messages, and
// rates the service. axe-core runs on every page state, resident and caseworker pages alike.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  arrive, expectNoAxeViolations, launchBrowser, messages, openTab, repo, settle, signInAsCaseworker, startServer, waitForMail,
} from './harness.mjs';

let server;
let browser;
const caseworker = 'sam.case@council.example.gov.uk';

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  server.command(['staff', 'add', caseworker, 'Sam', 'Case']);
});
after(async () => { await browser?.close(); await server?.stop(); });

function daysAgo(n) {
  const d = new Date(Date.now() - n * 86400000);
  const london = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'numeric', year: 'numeric' }).formatToParts(d);
  const part = (t) => london.find((p) => p.type === t).value;
  return { day: part('day'), month: part('month'), year: part('year') };
}

async function press(tab, name) {
  await tab.page.getByRole('button', { name, exact: true }).click();
}

/** Shows the page again after someone else changed it (the caseworker, the resident). */
async function refresh(tab) {
  if (tab.mode === 'js') await tab.page.evaluate(() => window.frontdoor.refresh());
  else await tab.page.reload();
  await settle(tab);
}

async function sendMissedBinReport(tab, t, email, label) {
  const { page } = tab;
  await page.goto(`${server.base}/report-missed-bin`);
  await settle(tab);
  await page.getByRole('button', { name: t['button-start'] }).click();
  await arrive(tab, '/report-missed-bin/address', `${label} address`);
  await page.fill('#postcode', 'se1 2qh');
  await page.fill('#address-line-1', '1 High Street');
  await press(tab, t['button-continue']);
  await arrive(tab, '/report-missed-bin/which-bin', `${label} which bin`);
  await page.getByLabel(t['missed-bin-bin-recycling']).check();
  await press(tab, t['button-continue']);
  await arrive(tab, '/report-missed-bin/date', `${label} date`);
  const missed = daysAgo(1);
  await page.fill('#date-day', missed.day);
  await page.fill('#date-month', missed.month);
  await page.fill('#date-year', missed.year);
  await press(tab, t['button-continue']);
  await arrive(tab, '/report-missed-bin/more-information', `${label} more information`);
  await page.fill('#more-information', 'Left by the gate');
  await press(tab, t['button-continue']);
  await arrive(tab, '/report-missed-bin/contact', `${label} contact`);
  await page.fill('#email', email);
  await press(tab, t['button-continue']);
  await arrive(tab, '/report-missed-bin/check-answers', `${label} check answers`);
  await press(tab, t['button-send']);
  await arrive(tab, '/report-missed-bin/confirmation', `${label} confirmation`);
  const reference = (await page.locator('.reference').textContent()).trim();
  await page.getByRole('link', { name: t['confirmation-track'] }).click();
  await arrive(tab, '/track', `${label} track`);
  await page.fill('#reference', reference);
  await page.fill('#email', email);
  await press(tab, t['button-find']);
  await arrive(tab, '/track/request', `${label} tracked`);
  return reference;
}

/** Saves a move on a request's page, which posts back to the same address: waits for the new
 * history entry before checking the page. */
async function moveOn(tab, t, casePath, state) {
  const entries = await tab.page.locator('.timeline__item').count();
  await press(tab, t['button-change-status']);
  await tab.page.waitForFunction((n) => document.querySelectorAll('.timeline__item').length > n, entries);
  await arrive(tab, casePath, state);
}

async function runLoop(mode, lang) {
  const t = messages(lang);
  const en = messages('en-GB');
  const label = `${mode}/${lang}`;
  const email = `resident-${mode}-${lang}@example.com`;
  const resident = await openTab(browser, mode, lang);
  const staff = await openTab(browser, mode, 'en-GB');
  try {
    const reference = await sendMissedBinReport(resident, t, email, label);
    // The acknowledgement, in the resident's language, with the reference and a link back.
    const acknowledgement = await waitForMail(server, (m) => m.includes(email) && m.includes(reference), 'acknowledging the request');
    assert.ok(acknowledgement.includes('/track'), 'links to the tracking page');
    assert.ok(acknowledgement.includes('Content-Type: text/plain') && acknowledgement.includes('Content-Type: text/html'));

    await signInAsCaseworker(server, staff, en, caseworker, label);
    const row = staff.page.locator('tr', { hasText: reference });
    assert.ok((await row.textContent()).includes(en['staff-status-received']));
    // Filters: a GET form.
    await staff.page.selectOption('#status', 'received');
    await press(staff, en['button-filter']);
    await arrive(staff, '/staff?service=&status=received', `${label} staff filtered`);
    await staff.page.locator('tr', { hasText: reference }).getByRole('link').click();
    const casePath = `/staff/requests/${reference.replaceAll('-', '')}`;
    await arrive(staff, casePath, `${label} staff request`);
    assert.ok((await staff.page.locator('main').textContent()).includes('Left by the gate'));

    // Ask for more information; first without saying what.
    await staff.page.getByLabel(en['staff-status-waiting-for-resident']).check();
    await press(staff, en['button-change-status']);
    await staff.page.locator('#error-summary').waitFor();
    assert.ok((await staff.page.locator('#error-summary').textContent()).includes(en['change-note-error-needed']));
    await expectNoAxeViolations(staff, `${label} staff change error`);
    await staff.page.fill('#note', 'Send us a photo of where the bin was left.');
    await staff.page.fill('#staff-note', 'Crew could not find it');
    await moveOn(staff, en, casePath, `${label} staff request waiting`);
    await waitForMail(server, (m) => m.includes(email) && m.includes('Send us a photo'), 'asking the resident');

    // The resident sees "waiting for you", what is needed, and answers with a photo.
    await refresh(resident);
    await expectNoAxeViolations(resident, `${label} tracked, waiting for you`);
    assert.equal((await resident.page.locator('.timeline__title').allTextContents())[0], t['track-status-waiting-for-resident']);
    const main = await resident.page.locator('main').textContent();
    assert.ok(main.includes('Send us a photo of where the bin was left.'));
    assert.ok(!main.includes('Crew could not find it'), 'staff notes stay with staff');
    await press(resident, t['button-send-reply']);
    await resident.page.locator('#error-summary').waitFor();
    assert.ok((await resident.page.locator('#error-summary').textContent()).includes(t['reply-reply-error-required']));
    await expectNoAxeViolations(resident, `${label} reply error`);
    await resident.page.fill('#reply', 'It was by the lamp post.');
    await resident.page.setInputFiles('#reply-files', join(repo, 'tests', 'fixtures', 'photo.png'));
    await press(resident, t['button-send-reply']);
    await resident.page.locator('.timeline__title', { hasText: t['track-history-reply'] }).waitFor();
    await settle(resident);
    await expectNoAxeViolations(resident, `${label} replied`);
    assert.ok((await resident.page.locator('main').textContent()).includes('photo.png'));

    // The caseworker sees the reply and the photo, downloads it, and resolves the request.
    await staff.page.locator('a.govuk-back-link').click();
    await arrive(staff, '/staff', `${label} staff requests with reply`);
    assert.ok((await staff.page.locator('tr', { hasText: reference }).textContent()).includes(en['staff-replied']));
    await staff.page.locator('tr', { hasText: reference }).getByRole('link').click();
    await arrive(staff, casePath, `${label} staff request replied`);
    assert.ok((await staff.page.locator('main').textContent()).includes('It was by the lamp post.'));
    const download = staff.page.waitForEvent('download');
    await staff.page.getByRole('link', { name: /photo\.png/ }).click();
    assert.equal((await download).suggestedFilename(), 'photo.png');
    await staff.page.getByLabel(en['staff-status-resolved']).check();
    await staff.page.fill('#note', 'We collected your bin on Tuesday.');
    await moveOn(staff, en, casePath, `${label} staff request resolved`);
    assert.ok((await staff.page.locator('main').textContent()).includes(en['staff-request-over']));
    await waitForMail(server, (m) => m.includes(email) && m.includes('We collected your bin'), 'with the outcome');

    // The resident sees the outcome and rates the service.
    await refresh(resident);
    await expectNoAxeViolations(resident, `${label} resolved, asked to rate`);
    assert.equal((await resident.page.locator('.timeline__title').allTextContents())[0], t['track-status-resolved']);
    await press(resident, t['button-send-rating']);
    await resident.page.locator('#error-summary').waitFor();
    await expectNoAxeViolations(resident, `${label} rating error`);
    await resident.page.getByLabel(t['rating-satisfied'], { exact: true }).check();
    await resident.page.fill('#comment', 'Quick and clear');
    await press(resident, t['button-send-rating']);
    await resident.page.getByText(t['rating-thanks']).waitFor();
    await settle(resident);
    await expectNoAxeViolations(resident, `${label} rated`);

    // The caseworker sees the rating, on the request and for the service.
    await refresh(staff);
    assert.ok((await staff.page.locator('main').textContent()).includes('Quick and clear'));
    await staff.page.goto(`${server.base}/staff?service=report-missed-bin`);
    await arrive(staff, '/staff?service=report-missed-bin', `${label} staff ratings`);
    assert.ok((await staff.page.locator('main').textContent()).includes(en['staff-ratings-heading']));

    await press(staff, en['staff-sign-out']);
    await arrive(staff, '/staff/sign-in', `${label} signed out`);
    assert.deepEqual(resident.problems, [], 'no script errors or CSP violations for the resident');
    assert.deepEqual(staff.problems, [], 'no script errors or CSP violations for the caseworker');
  } finally {
    await resident.context.close();
    await staff.context.close();
  }
}

describe('a request from start to rating, resident and caseworker', () => {
  test('with JavaScript, en-GB', () => runLoop('js', 'en-GB'));
  test('without JavaScript, en-GB', () => runLoop('no-js', 'en-GB'));
  test("without the app's scripts (axe on the no-JavaScript pages), en-GB", () => runLoop('no-app', 'en-GB'));
  test("without the app's scripts, the resident in Welsh", () => runLoop('no-app', 'cy'));
});
