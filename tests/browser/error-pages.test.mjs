// The error pages (403, 413, 500) with JavaScript on and off, in English and Welsh: the visitor's
// language, the site's layout, the ways to contact the council, and axe-core finding nothing.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { expectNoAxeViolations, launchBrowser, messages, openTab, settle, startServer } from './harness.mjs';

let server;
let browser;
before(async () => { server = await startServer(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.stop(); });

/** Opens `path` as a form post with this body, as a browser sends one without JavaScript. */
async function postTo(page, url, body) {
  await page.route(url, (route) => route.continue({
    method: 'POST',
    postData: body,
    headers: { ...route.request().headers(), 'content-type': 'application/x-www-form-urlencoded' },
  }), { times: 1 });
  return page.goto(url);
}

/** Makes every stored draft unreadable, as a damaged database would. */
function corruptAnswers() {
  execFileSync('python3', ['-c', `import sqlite3, sys
db = sqlite3.connect(sys.argv[1])
db.execute("UPDATE drafts SET answers = '{'")
db.commit()`, join(server.data, 'db.sqlite')]);
}

async function expectErrorPage(tab, response, status, t, titleId, state) {
  const { page } = tab;
  assert.equal(response.status(), status, state);
  await page.waitForLoadState('load');
  assert.equal(await page.locator('h1').textContent(), t[titleId], state);
  assert.equal(await page.title(), `${t[titleId]} – ${t['council-name']}`, state);
  assert.ok(await page.locator('main#main-content').isVisible(), state);
  assert.ok(await page.getByRole('heading', { name: t['contact-heading'] }).isVisible(), state);
  assert.ok(await page.locator('a[href^="tel:"]').isVisible(), state);
  assert.ok(await page.locator('a[href^="mailto:"]').isVisible(), state);
  assert.ok(await page.getByRole('link', { name: t['header-home'] }).isVisible(), state);
  await expectNoAxeViolations(tab, state);
}

for (const mode of ['js', 'no-js', 'no-app']) {
  for (const lang of ['en-GB', 'cy']) {
    test(`error pages (${mode}, ${lang})`, async () => {
      const t = messages(lang);
      const tab = await openTab(browser, mode, lang);
      const { page } = tab;
      const label = `${mode} ${lang}`;
      try {
        // A form from an ended session, for a page that cannot be shown again.
        const stale = await postTo(page, `${server.base}/report-missed-bin/contact`, 'csrf_token=old&email=a%40example.com');
        await expectErrorPage(tab, stale, 403, t, 'forbidden-title', `${label} 403`);
        assert.equal(await page.getAttribute('html', 'lang'), lang);

        // A resident's answer, then a form post too big to take.
        await page.goto(`${server.base}/report-missed-bin/address`);
        await settle(tab);
        await page.fill('#postcode', 'SE1 2QH');
        await page.fill('#address-line-1', '1 High Street');
        await page.locator('main button[type=submit]').click();
        await page.waitForURL((u) => u.pathname === '/report-missed-bin/which-bin');
        await settle(tab);
        const token = await page.locator('input[name=csrf_token]').first().getAttribute('value');
        const huge = `csrf_token=${token}&bin=${'x'.repeat(300 * 1024)}`;
        const tooBig = await postTo(page, `${server.base}/report-missed-bin/which-bin`, huge);
        await expectErrorPage(tab, tooBig, 413, t, 'too-large-title', `${label} 413`);

        // Stored answers that cannot be read: the error page, not an empty form.
        corruptAnswers();
        const broken = await page.goto(`${server.base}/report-missed-bin/which-bin`);
        await expectErrorPage(tab, broken, 500, t, 'server-error-title', `${label} 500`);
        assert.equal(await page.locator('input[name=bin]').count(), 0, 'no empty form');
        assert.deepEqual(tab.problems.filter((p) => !/status of 5\d\d/.test(p)), []);
      } finally {
        await tab.context.close();
      }
    });
  }
}
