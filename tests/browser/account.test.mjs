// A resident's account in real Chromium, JavaScript on and off: sign in with the code from the
// email part way through a form (which is kept), the signed-in home, signing out, and signing in
// with the email's link on another device. axe-core on every page state.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  arrive, expectNoAxeViolations, freePort, launchBrowser, messages, openTab, outbox, settle, signInAsCaseworker, startServer,
  waitForMail,
} from './harness.mjs';
import { CLIENT_ID, CLIENT_SECRET, startIdentityProvider } from './identity-provider.mjs';

let server;
let browser;
let provider;
const caseworker = 'kim.case@council.example.gov.uk';
before(async () => {
  // The council's identity provider, on a port chosen first so the server can be told of it.
  const port = await freePort();
  server = await startServer({
    FRONTDOOR_OIDC_ISSUER: `http://127.0.0.1:${port}`,
    FRONTDOOR_OIDC_CLIENT_ID: CLIENT_ID,
    FRONTDOOR_OIDC_CLIENT_SECRET: CLIENT_SECRET,
    FRONTDOOR_OIDC_NAME: 'Frontdoor ID',
  });
  provider = await startIdentityProvider(port, `${server.base}/account/sign-in/provider/callback`);
  server.command(['staff', 'add', caseworker, 'Kim', 'Case']);
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); await provider?.stop(); await server?.stop(); });

/** The code and link in the newest sign-in email to `email` not in `seen`. */
async function signInMail(email, seen) {
  const mail = await waitForMail(server, (m) => m.includes(`To: ${email}`) && / is \d{6}\./.test(m)
    && /\/account\/sign-in\/link\/[0-9a-f]{64}/.test(m), `to ${email} with a code and link`, seen);
  return { code: mail.match(/ is (\d{6})\./)[1], link: mail.match(/\/account\/sign-in\/link\/[0-9a-f]{64}/)[0] };
}

const seenMail = () => new Set(outbox(server).map((m) => m.name));

async function askForCode(tab, t, email, label) {
  const { page } = tab;
  await page.goto(`${server.base}/account`);
  await arrive(tab, '/account/sign-in', `${label} sign in`);
  await page.getByRole('button', { name: t['button-send-code'] }).click();
  await page.locator('#error-summary').waitFor();
  await expectNoAxeViolations(tab, `${label} sign in error`);
  const seen = seenMail();
  await page.fill('#email', email);
  await page.getByRole('button', { name: t['button-send-code'] }).click();
  await arrive(tab, '/account/sign-in/code', `${label} code`);
  return signInMail(email, seen);
}

async function run(mode) {
  const t = messages('en-GB');
  const label = mode;
  const email = `sam-${mode}@example.com`;
  const tab = await openTab(browser, mode, 'en-GB');
  const { page } = tab;
  try {
    // Part way through a form.
    await page.goto(`${server.base}/report-missed-bin/address`);
    await settle(tab);
    await page.fill('#postcode', 'se1 2qh');
    await page.fill('#address-line-1', '1 High Street');
    await page.getByRole('button', { name: t['button-continue'] }).click();
    await arrive(tab, '/report-missed-bin/which-bin', `${label} which bin`);

    const { code, link } = await askForCode(tab, t, email, label);
    assert.equal(await page.getAttribute('#code', 'autocomplete'), 'one-time-code');
    await page.fill('#code', code === '000000' ? '111111' : '000000');
    await page.getByRole('button', { name: t['button-sign-in'] }).click();
    await page.locator('#error-summary').waitFor();
    await expectNoAxeViolations(tab, `${label} wrong code`);
    await page.fill('#code', code);
    await page.getByRole('button', { name: t['button-sign-in'] }).click();
    await arrive(tab, '/account', `${label} account home`);
    const home = await page.locator('main').textContent();
    assert.ok(home.includes(email));
    assert.ok(home.includes(t['missed-bin-title']), 'the form in progress is listed');
    await page.getByRole('link', { name: t['missed-bin-title'] }).click();
    await settle(tab);
    await page.goto(`${server.base}/report-missed-bin/address`);
    await settle(tab);
    assert.equal(await page.inputValue('#address-line-1'), '1 High Street', 'the form was kept on signing in');

    await page.goto(`${server.base}/account`);
    await arrive(tab, '/account', `${label} account home again`);
    await page.getByRole('button', { name: t['account-sign-out'], exact: true }).click();
    await arrive(tab, '/account/sign-in', `${label} signed out`);

    // The link from the same email has not been used: it signs in on another device, once.
    void link;
    const { link: fresh } = await askForCode(tab, t, email, `${label} again`);
    const other = await openTab(browser, mode, 'en-GB');
    try {
      await other.page.goto(`${server.base}${fresh}`);
      await arrive(other, '/account', `${label} signed in by link`);
      await other.page.goto(`${server.base}${fresh}`);
      await other.page.waitForURL((u) => u.pathname === fresh);
      assert.ok((await other.page.locator('main').textContent()).includes(t['account-link-expired']));
      await expectNoAxeViolations(other, `${label} used link`);
      assert.deepEqual(other.problems, []);
    } finally {
      await other.context.close();
    }
    assert.deepEqual(tab.problems, [], 'no script errors or CSP violations');
  } finally {
    await tab.context.close();
  }
}

async function signIn(tab, t, email, label) {
  const { code } = await askForCode(tab, t, email, label);
  await tab.page.fill('#code', code);
  await tab.page.getByRole('button', { name: t['button-sign-in'] }).click();
  await arrive(tab, '/account', `${label} account home`);
}

/** A complaint up to its contact page. */
async function complaintToContact(tab, t, label) {
  const { page } = tab;
  await page.goto(`${server.base}/make-a-complaint/service`);
  await settle(tab);
  await page.selectOption('#service-area', 'waste');
  await page.getByRole('button', { name: t['button-continue'] }).click();
  await arrive(tab, '/make-a-complaint/what-happened', `${label} what happened`);
  await page.fill('#details', 'Missed three weeks running.');
  await page.getByRole('button', { name: t['button-continue'] }).click();
  await arrive(tab, '/make-a-complaint/put-right', `${label} put right`);
  await page.fill('#outcome', 'Collect it.');
  await page.getByRole('button', { name: t['button-continue'] }).click();
  await arrive(tab, '/make-a-complaint/earlier-reference', `${label} earlier reference`);
  await page.getByRole('button', { name: t['button-continue'] }).click();
  await arrive(tab, '/make-a-complaint/contact', `${label} contact`);
}

async function sendComplaint(tab, t, label) {
  await tab.page.getByRole('button', { name: t['button-continue'] }).click();
  await arrive(tab, '/make-a-complaint/check-answers', `${label} check answers`);
  await tab.page.getByRole('button', { name: t['button-send'] }).click();
  await arrive(tab, '/make-a-complaint/confirmation', `${label} confirmation`);
  return (await tab.page.locator('.reference').textContent()).trim();
}

/** Saves an address on its "your details" page (typed in, not found by postcode). */
async function saveAddress(tab, t, line1, label) {
  const { page } = tab;
  await page.goto(`${server.base}/account/details/address`);
  await arrive(tab, '/account/details/address', `${label} address`);
  await page.fill('#address-postcode', 'SE1 2QH');
  await page.fill('#address-line-1', line1);
  await page.fill('#address-town', 'London');
  await page.getByRole('button', { name: t['button-save-detail'] }).click();
  await arrive(tab, '/account', `${label} address saved`);
  assert.ok((await page.locator('main').textContent()).includes(line1));
}

async function tellUsOnce(mode) {
  const t = messages('en-GB');
  const label = `${mode} saved details`;
  const email = `alex-${mode}@example.com`;
  const tab = await openTab(browser, mode, 'en-GB');
  const { page } = tab;
  try {
    await signIn(tab, t, email, label);
    assert.ok((await page.locator('main').textContent()).includes(t['profile-not-saved']));

    // First form: nothing filled in; the name is saved to the account because it is ticked.
    await complaintToContact(tab, t, label);
    assert.equal(await page.inputValue('#full-name'), '');
    await page.fill('#full-name', 'Alex Smith');
    await page.fill('#email', email);
    await page.getByLabel(/Save my answer to "Name"/).check();
    const first = await sendComplaint(tab, t, label);

    // An address saved on its own page, with the same address question as the forms.
    await saveAddress(tab, t, '2 New Street', label);

    // Second form: filled in, and it says so. Changed for this request only first...
    await complaintToContact(tab, t, `${label} again`);
    assert.equal(await page.inputValue('#full-name'), 'Alex Smith');
    assert.ok((await page.locator('.govuk-inset-text').textContent()).includes(t['profile-used']));
    await page.fill('#full-name', 'Alex Smith-Jones');
    await page.fill('#email', email);
    await page.getByRole('button', { name: t['button-continue'] }).click();
    await arrive(tab, '/make-a-complaint/check-answers', `${label} check answers, changed for this request`);
    assert.ok((await page.locator('.govuk-summary-list').textContent()).includes('Alex Smith-Jones'));
    await page.goto(`${server.base}/account`);
    await arrive(tab, '/account', `${label} account unchanged`);
    assert.ok((await page.locator('.govuk-summary-list').first().textContent()).includes('Alex Smith'));
    assert.ok(!(await page.locator('main').textContent()).includes('Alex Smith-Jones'), 'not saved without the tick');
    // ...then also in the account, and the form sent.
    await page.goto(`${server.base}/make-a-complaint/contact`);
    await arrive(tab, '/make-a-complaint/contact', `${label} contact again`);
    await page.getByLabel(/"Name"/).check();
    await sendComplaint(tab, t, `${label} second`);

    // The account: the new name and how the details were used.
    await page.goto(`${server.base}/account`);
    await arrive(tab, '/account', `${label} account after the second form`);
    let main = await page.locator('main').textContent();
    assert.ok(main.includes('Alex Smith-Jones'));
    assert.ok(main.includes(t['profile-uses']));

    // A new address: offered to the open requests, passed to the first, seen by the caseworker.
    await saveAddress(tab, t, '3 Other Street', `${label} moved`);
    main = await page.locator('main').textContent();
    assert.ok(main.includes(t['profile-pass-on-heading']));
    await page.getByLabel(new RegExp(first)).check();
    await page.getByRole('button', { name: t['profile-pass-on-button'] }).click();
    // The post comes back to the same address: wait for the offer to go before checking the page.
    await page.locator('#pass-on-heading').waitFor({ state: 'detached' });
    await arrive(tab, '/account', `${label} passed on`);
    assert.ok(!(await page.locator('main').textContent()).includes(t['profile-pass-on-heading']));
    const staff = await openTab(browser, mode, 'en-GB');
    try {
      await signInAsCaseworker(server, staff, t, caseworker, label);
      await staff.page.goto(`${server.base}/staff/requests/${first.replaceAll('-', '')}`);
      await arrive(staff, `/staff/requests/${first.replaceAll('-', '')}`, `${label} caseworker sees the new address`);
      assert.ok((await staff.page.locator('.timeline').textContent()).includes('3 Other Street'));
    } finally {
      await staff.context.close();
    }

    // A detail changed on its own page, with the same rules as a form's question.
    await page.goto(`${server.base}/account/details/phone`);
    await arrive(tab, '/account/details/phone', `${label} change phone`);
    await page.fill('#phone', 'call me');
    await page.getByRole('button', { name: t['button-save-detail'] }).click();
    await page.locator('#error-summary').waitFor();
    await expectNoAxeViolations(tab, `${label} phone error`);
    assert.equal(await page.inputValue('#phone'), 'call me', 'what was typed is kept');
    await page.fill('#phone', '07700 900123');
    await page.getByRole('button', { name: t['button-save-detail'] }).click();
    await arrive(tab, '/account', `${label} phone saved`);
    assert.ok((await page.locator('main').textContent()).includes('07700 900123'));

    // Everything held, to read and download; then the account deleted.
    await page.getByRole('link', { name: t['account-data-link'] }).click();
    await arrive(tab, '/account/your-data', `${label} your data`);
    assert.ok((await page.locator('main').textContent()).includes(first));
    const download = await page.request.get(`${server.base}/account/your-data/download`);
    assert.equal((await download.json()).saved_details.name, 'Alex Smith-Jones');
    await page.goto(`${server.base}/account/delete`);
    await arrive(tab, '/account/delete', `${label} delete account`);
    await page.getByRole('button', { name: t['account-delete-button'] }).click();
    await page.locator('#error-summary').waitFor();
    await expectNoAxeViolations(tab, `${label} delete account error`);
    await page.getByLabel(t['account-delete-confirm-yes']).check();
    await page.getByRole('button', { name: t['account-delete-button'] }).click();
    await page.getByText(t['account-deleted']).waitFor();
    await settle(tab);
    await expectNoAxeViolations(tab, `${label} account deleted`);
    await page.goto(`${server.base}/account`);
    await arrive(tab, '/account/sign-in', `${label} after deleting`);
    assert.deepEqual(tab.problems, [], 'no script errors or CSP violations');
  } finally {
    await tab.context.close();
  }
}

describe('tell us once: saved details, reused with consent', () => {
  test('with JavaScript', () => tellUsOnce('js'));
  test('without JavaScript', () => tellUsOnce('no-js'));
  test("without the app's scripts (axe on the no-JavaScript pages)", () => tellUsOnce('no-app'));
});

async function providerSignIn(mode) {
  const t = messages('en-GB');
  const label = `${mode} identity provider`;
  const email = `jo-${mode}@example.com`;
  const tab = await openTab(browser, mode, 'en-GB');
  const { page } = tab;
  try {
    await page.goto(`${server.base}/account/sign-in`);
    await arrive(tab, '/account/sign-in', `${label} sign in`);
    await page.getByRole('button', { name: 'Sign in with Frontdoor ID' }).click();
    // The provider's own pages (not ours: no axe here).
    await page.waitForURL((u) => u.port === new URL(provider.issuer).port);
    await page.fill('input[name=login]', email);
    await page.fill('input[name=password]', 'anything');
    await page.locator('button[type=submit]').click();
    const consent = page.locator('button[type=submit]', { hasText: /continue/i });
    if (await consent.count().catch(() => 0)) await consent.click().catch(() => {});
    await arrive(tab, '/account', `${label} signed in`);
    assert.ok((await page.locator('main').textContent()).includes(email));
    // A made-up answer from "the provider" does not sign anyone in.
    const other = await openTab(browser, mode, 'en-GB');
    try {
      await other.page.goto(`${server.base}/account/sign-in/provider/callback?code=made-up&state=${'a'.repeat(64)}`);
      assert.ok((await other.page.locator('main').textContent()).includes(t['account-provider-failed']));
      await expectNoAxeViolations(other, `${label} refused`);
    } finally {
      await other.context.close();
    }
  } finally {
    await tab.context.close();
  }
}

describe("signing in with the council's identity provider (OpenID Connect)", () => {
  test('with JavaScript', () => providerSignIn('js'));
  test('without JavaScript', () => providerSignIn('no-js'));
});

describe("a resident's account", () => {
  test('with JavaScript', () => run('js'));
  test('without JavaScript', () => run('no-js'));
  test("without the app's scripts (axe on the no-JavaScript pages)", () => run('no-app'));
});
