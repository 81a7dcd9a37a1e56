// Evidence upload in Chromium: without JavaScript (a multipart form), and with it (resumable
// uploads with progress, a cut connection resumed), checked by content, with axe on every state.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  expectNoAxeViolations, launchBrowser, messages, openTab, repo, settle, startClamd, startServer,
} from './harness.mjs';

const SPD = '/apply-for-a-single-person-discount';
const fixture = (name) => join(repo, 'tests', 'fixtures', name);
const work = mkdtempSync(join(tmpdir(), 'frontdoor-evidence-'));

let server;
let clamd;
let browser;
let apiKey;
before(async () => {
  clamd = await startClamd();
  assert.ok(clamd, 'clamd is installed (scripts/install-tools.sh --test)');
  server = await startServer({ FRONTDOOR_CLAMD_ADDRESS: clamd.address });
  // The council's case system reads evidence with a read-only API key.
  apiKey = server.command(['api-key', 'add', 'case-system', '--scope', 'read']).match(/fd_[A-Za-z0-9_-]+/)[0];
  browser = await launchBrowser();
});
after(async () => { await browser?.close(); await server?.stop(); await clamd?.stop();
  rmSync(work, { recursive: true, force: true });
});

const continueButton = (page) => page.locator('main button[type=submit]:not(.govuk-button--secondary)');

async function next(tab, path) {
  await continueButton(tab.page).click();
  await tab.page.waitForURL(`**${path}`);
  await settle(tab);
}

/** Answers the single person discount up to the proof page. */
async function toProof(tab) {
  const { page } = tab;
  await page.goto(`${server.base}${SPD}/account`);
  await settle(tab);
  await page.fill('#account-number', '12345678');
  await next(tab, `${SPD}/address`);
  await page.fill('#postcode', 'SE15 5DQ');
  await page.fill('#address-line-1', '16 Rye Lane');
  await next(tab, `${SPD}/adults`);
  await page.fill('#adults', '1');
  await next(tab, `${SPD}/since`);
  await page.fill('#since-day', '1');
  await page.fill('#since-month', '9');
  await page.fill('#since-year', '2026');
  await next(tab, `${SPD}/moved-out`);
  await page.check('input[name=moved-out][value=no]');
  await next(tab, `${SPD}/proof`);
}

async function finish(tab) {
  const { page } = tab;
  await page.fill('#full-name', 'Sam Jones');
  await page.fill('#email', 'sam@example.com');
  await next(tab, `${SPD}/check-answers`);
  await expectNoAxeViolations(tab, `${tab.mode} check answers with files`);
  await continueButton(page).click();
  await page.waitForURL(`**${SPD}/confirmation`);
  return (await page.locator('.reference').textContent()).replaceAll('-', '');
}

async function caseworker(path) {
  const r = await fetch(`${server.base}/api/v1/back-office/requests/${path}`, { headers: { authorization: `Bearer ${apiKey}` } });
  assert.equal(r.status, 200);
  return r;
}

for (const mode of ['js', 'no-js', 'no-app']) {
  test(`Upload files with no file chosen says to select one (${mode})`, async () => {
    const t = messages('en-GB');
    const tab = await openTab(browser, mode, 'en-GB');
    const { page } = tab;
    try {
      await toProof(tab);
      await page.getByRole('button', { name: t['file-upload-button'] }).click();
      await page.locator('#error-summary').waitFor();
      assert.deepEqual(await page.locator('#error-summary a').allTextContents(), [t['file-error-none-chosen']]);
      assert.match(await page.locator('#proof-error').textContent(), new RegExp(t['file-error-none-chosen']));
      await expectNoAxeViolations(tab, `${mode} upload with no file`);
      assert.deepEqual(tab.problems, []);
    } finally {
      await tab.context.close();
    }
  });
}

// The GPS latitude in the test photo: 51/1, 30/1, 26/1 as TIFF rationals.
const LATITUDE = Buffer.from('00000033000000010000001e000000010000001a00000001', 'hex');

for (const mode of ['no-js', 'no-app']) {
  test(`without JavaScript: a JPEG and a PDF are uploaded and sent (${mode})`, async () => {
    const tab = await openTab(browser, mode, 'en-GB');
    const { page } = tab;
    try {
      await toProof(tab);
      await expectNoAxeViolations(tab, `${mode} proof`);
      assert.equal(await page.getAttribute('form[method=post]', 'enctype'), 'multipart/form-data');

      // A program named .jpg is refused by its content, by name, next to the field and in the summary.
      await page.setInputFiles('#proof', fixture('program.jpg'));
      await page.getByRole('button', { name: 'Upload files' }).click();
      await page.locator('#error-summary').waitFor();
      assert.deepEqual(await page.locator('#error-summary a').allTextContents(), ['program.jpg must be a JPG, PNG, HEIC or PDF']);
      assert.match(await page.locator('#proof-error').textContent(), /program\.jpg must be a JPG, PNG, HEIC or PDF/);
      await expectNoAxeViolations(tab, `${mode} proof refused`);

      await page.setInputFiles('#proof', [fixture('photo-with-gps.jpg'), fixture('evidence.pdf')]);
      await page.getByRole('button', { name: 'Upload files' }).click();
      await page.getByRole('heading', { name: '2 files added' }).waitFor();
      assert.equal(await page.locator('.file-list__thumbnail').count(), 1, 'a thumbnail for the photo');
      await expectNoAxeViolations(tab, `${mode} proof with files`);
      await next(tab, `${SPD}/contact`);
      const reference = await finish(tab);

      const { files } = await (await caseworker(`${reference}/evidence`)).json();
      assert.deepEqual(files.map((f) => f.name).sort(), ['evidence.pdf', 'photo-with-gps.jpg']);
      assert.ok(files.every((f) => f.scan === 'clean'), 'scanned by clamd');
      const photo = files.find((f) => f.name === 'photo-with-gps.jpg');
      const kept = Buffer.from(await (await caseworker(`${reference}/evidence/${photo.id}`)).arrayBuffer());
      assert.ok(readFileSync(fixture('photo-with-gps.jpg')).includes(LATITUDE), 'the test photo has a location');
      assert.ok(!kept.includes(LATITUDE), 'the stored photo has no location');
      assert.deepEqual(tab.problems, []);
    } finally {
      await tab.context.close();
    }
  });
}

test('with JavaScript: several files with progress, a HEIC photo kept as JPEG, remove, and no reloads', async () => {
  const tab = await openTab(browser, 'js', 'en-GB');
  const { page } = tab;
  const big = join(work, 'statement.pdf');
  writeFileSync(big, Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(8 * 1024 * 1024, 7), Buffer.from('\n%%EOF\n')]));
  try {
    await toProof(tab);
    await page.evaluate(() => { window.__sameDocument = true; });
    // Slow the pieces down so the progress can be seen (and checked by axe).
    await page.route('**/api/v1/uploads/*', async (route) => {
      if (route.request().method() === 'PATCH') await new Promise((r) => setTimeout(r, 700));
      await route.continue();
    });
    await page.setInputFiles('#proof', [big, fixture('photo.heic'), fixture('evidence.pdf')]);
    const bar = page.getByRole('progressbar', { name: 'statement.pdf' });
    await bar.waitFor();
    await expectNoAxeViolations(tab, 'js uploading');
    await page.getByRole('heading', { name: '3 files added' }).waitFor({ timeout: 30000 });
    assert.match(await page.locator('main [role=status]').textContent(), /uploaded/);
    const names = await page.locator('.file-list__name').allTextContents();
    assert.deepEqual(names.sort(), ['evidence.pdf', 'photo.jpg', 'statement.pdf'], 'the HEIC photo is now a JPEG');
    await expectNoAxeViolations(tab, 'js files added');

    await page.getByRole('button', { name: 'Remove evidence.pdf' }).click();
    await page.getByRole('heading', { name: '2 files added' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'proof');

    // A program is refused with a message naming it; nothing else changes.
    await page.setInputFiles('#proof', fixture('program.jpg'));
    await page.locator('#error-summary').waitFor();
    assert.deepEqual(await page.locator('#error-summary a').allTextContents(), ['program.jpg must be a JPG, PNG, HEIC or PDF']);
    await expectNoAxeViolations(tab, 'js refused');

    await continueButton(page).click();
    await page.waitForURL(`**${SPD}/contact`);
    await settle(tab);
    const reference = await finish(tab);
    const { files } = await (await caseworker(`${reference}/evidence`)).json();
    const heic = files.find((f) => f.name === 'photo.jpg');
    assert.equal(heic.content_type, 'image/jpeg');
    const bytes = Buffer.from(await (await caseworker(`${reference}/evidence/${heic.id}`)).arrayBuffer());
    assert.deepEqual([...bytes.subarray(0, 3)], [0xff, 0xd8, 0xff]);
    assert.equal(await page.evaluate(() => window.__sameDocument), true, 'no full page loads');
    assert.deepEqual(tab.problems, []);
  } finally {
    await tab.context.close();
  }
});

test('with JavaScript: an upload cut half way resumes, and the kept file is byte-identical', async () => {
  const tab = await openTab(browser, 'js', 'en-GB');
  const { page } = tab;
  const file = join(work, 'tenancy.pdf');
  const body = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from(Array.from({ length: 12 * 1024 * 1024 }, (_, i) => i % 251)), Buffer.from('\n%%EOF\n')]);
  writeFileSync(file, body);
  const seen = [];
  try {
    await toProof(tab);
    let patches = 0;
    await page.route('**/api/v1/uploads/*', async (route) => {
      const request = route.request();
      seen.push(`${request.method()} ${request.headers()['upload-offset'] ?? ''}`.trim());
      if (request.method() === 'PATCH' && ++patches === 2) return route.abort('connectionreset');
      return route.continue();
    });
    await page.setInputFiles('#proof', file);
    await page.getByRole('heading', { name: '1 file added' }).waitFor({ timeout: 60000 });
    const piece = String(5 * 1024 * 1024);
    assert.deepEqual(seen.filter((s) => s.startsWith('PATCH') || s.startsWith('HEAD')),
      ['PATCH 0', `PATCH ${piece}`, 'HEAD', `PATCH ${piece}`, `PATCH ${2 * 5 * 1024 * 1024}`],
      'after the cut it asks where to go on from, and sends only the rest');
    await continueButton(page).click();
    await page.waitForURL(`**${SPD}/contact`);
    await settle(tab);
    const reference = await finish(tab);
    const { files } = await (await caseworker(`${reference}/evidence`)).json();
    const kept = Buffer.from(await (await caseworker(`${reference}/evidence/${files[0].id}`)).arrayBuffer());
    const sha = (b) => createHash('sha256').update(b).digest('hex');
    assert.equal(kept.length, body.length);
    assert.equal(sha(kept), sha(body));
  } finally {
    await tab.context.close();
  }
});

test('with the virus scanner on, the EICAR test file is refused (JavaScript on and off)', async () => {
  const eicar = join(work, 'eicar.com');
  writeFileSync(eicar, clamd.eicar);
  for (const mode of ['js', 'no-app']) {
    const tab = await openTab(browser, mode, 'en-GB');
    const { page } = tab;
    try {
      await toProof(tab);
      await page.setInputFiles('#proof', eicar);
      if (mode !== 'js') await page.getByRole('button', { name: 'Upload files' }).click();
      await page.locator('#error-summary').waitFor();
      assert.deepEqual(await page.locator('#error-summary a').allTextContents(), ['eicar.com contains a virus. Choose a different file']);
      assert.equal(await page.locator('.file-list__item').count(), 0, 'nothing was kept');
      await expectNoAxeViolations(tab, `${mode} virus refused`);
    } finally {
      await tab.context.close();
    }
  }
});

test('with JavaScript: a file dropped on the question uploads, and an upload can be cancelled', async () => {
  const tab = await openTab(browser, 'js', 'en-GB');
  const { page } = tab;
  try {
    await toProof(tab);
    // Drop a file on the question, as from a file manager.
    const pdf = readFileSync(fixture('evidence.pdf')).toString('latin1');
    await page.evaluate((text) => {
      const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0));
      const transfer = new DataTransfer();
      transfer.items.add(new File([bytes], 'dropped.pdf', { type: 'application/pdf' }));
      const zone = document.querySelector('[data-question=proof]');
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, pdf);
    await page.getByRole('heading', { name: '1 file added' }).waitFor();
    assert.deepEqual(await page.locator('.file-list__name').allTextContents(), ['dropped.pdf']);

    // Cancel a slow upload: it goes, and nothing is kept.
    const big = join(work, 'slow.pdf');
    writeFileSync(big, Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(11 * 1024 * 1024, 3), Buffer.from('\n%%EOF\n')]));
    await page.route('**/api/v1/uploads/*', async (route) => {
      if (route.request().method() === 'PATCH') await new Promise((r) => setTimeout(r, 1500));
      await route.continue().catch(() => {});
    });
    await page.setInputFiles('#proof', big);
    await page.getByRole('progressbar', { name: 'slow.pdf' }).waitFor();
    await page.getByRole('button', { name: 'Cancel slow.pdf' }).click();
    await page.getByRole('progressbar', { name: 'slow.pdf' }).waitFor({ state: 'detached' });
    assert.equal(await page.locator('main [role=status]').textContent(), 'slow.pdf not uploaded');
    await new Promise((r) => setTimeout(r, 2500));
    assert.deepEqual(await page.locator('.file-list__name').allTextContents(), ['dropped.pdf']);
    const filesIn = (dir) => existsSync(dir)
      ? readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name)
      : [];
    assert.deepEqual(filesIn(join(server.data, 'evidence', 'parts')), [], 'no part of the cancelled upload is kept');
    assert.deepEqual(filesIn(join(server.data, 'uploads', 'checking')), [], 'nothing is left being checked');
  } finally {
    await tab.context.close();
  }
});
