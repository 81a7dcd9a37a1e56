// Shared set-up for the browser tests: a real Frontdoor server with its own database, Debian's
// Chromium driven by playwright-core, axe-core, and the Fluent messages the pages should show.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, readdirSync, existsSync, writeFileSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

export const repo = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const axeSource = readFileSync(join(repo, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

/** Messages from locales/<lang>/**.ftl (single-line and plain multi-line values). */
export function messages(lang) {
  const out = {};
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ftl')) {
        for (const line of readFileSync(path, 'utf8').split('\n')) {
          const m = line.match(/^([a-z0-9-]+) = (.*)$/);
          if (m) out[m[1]] = m[2];
        }
      }
    }
  };
  walk(join(repo, 'locales', lang));
  return out;
}

export async function freePort() {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  });
}

/**
 * Starts the server binary on a free loopback port with a fresh SQLite database and evidence
 * folder. `env` adds settings (FRONTDOOR_CLAMD_ADDRESS, say). `command` runs the program's other
 * commands (`staff add`, `api-key add`) on the same database.
 */
export async function startServer(env = {}) {
  const bin = process.env.FRONTDOOR_BIN || join(repo, 'target', 'debug', 'frontdoor');
  assert.ok(existsSync(bin), `server binary missing: ${bin}`);
  assert.ok(existsSync(join(repo, 'dist')), 'the browser app is not built (trunk build --release)');
  const port = await freePort();
  const data = mkdtempSync(join(tmpdir(), 'frontdoor-browser-'));
  const child = spawn(bin, [], {
    cwd: repo,
    env: {
      ...process.env,
      FRONTDOOR_ADDRESS: `127.0.0.1:${port}`,
      FRONTDOOR_DATABASE_URL: `sqlite://${data}/db.sqlite`,
      FRONTDOOR_EVIDENCE_STORE: join(data, 'evidence'),
      FRONTDOOR_UPLOAD_DIR: join(data, 'uploads'),
      FRONTDOOR_OUTBOX_DIR: join(data, 'outbox'),
      FRONTDOOR_PUBLIC_URL: `http://127.0.0.1:${port}`,
      RUST_LOG: 'warn',
      ...env,
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(`${base}/api/v1/openapi.json`)).ok) break; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  const database = { ...process.env, FRONTDOOR_DATABASE_URL: `sqlite://${data}/db.sqlite` };
  /** Runs `frontdoor <args>` on this server's database; returns what it printed. */
  const command = (args) => execFileSync(bin, args, { cwd: repo, env: database, encoding: 'utf8' });
  return { base, data, command, stop: () => stopAndRemove(child, data) };
}

/** Stops a child process, waits for it to go, and removes the folder it worked in. */
async function stopAndRemove(child, folder) {
  if (child.exitCode === null && child.signalCode === null) {
    const gone = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await gone;
  }
  rmSync(folder, { recursive: true, force: true });
}

/**
 * Starts ClamAV's clamd on a free loopback port with one local signature: the EICAR test string
 * (Debian ships no signatures, and none may be downloaded here). Null when clamd is not installed.
 */
export async function startClamd() {
  const clamd = '/usr/sbin/clamd';
  if (!existsSync(clamd)) return null;
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'frontdoor-clamd-'));
  const db = join(dir, 'db');
  mkdirSync(db);
  const eicar = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';
  writeFileSync(join(db, 'local.ndb'), `Frontdoor.Test.EICAR:0:*:${Buffer.from(eicar).toString('hex')}\n`);
  writeFileSync(join(dir, 'clamd.conf'), [
    `DatabaseDirectory ${db}`, `TCPSocket ${port}`, 'TCPAddr 127.0.0.1', 'Foreground yes',
    `LogFile ${join(dir, 'clamd.log')}`, 'StreamMaxLength 200M', '',
  ].join('\n'));
  const child = spawn(clamd, ['--config-file', join(dir, 'clamd.conf')], { stdio: 'ignore' });
  for (let i = 0; i < 300; i++) {
    const up = await new Promise((resolve) => {
      const socket = connect(port, '127.0.0.1', () => { socket.end('zPING\0'); });
      socket.on('data', (d) => { resolve(d.toString().startsWith('PONG')); socket.destroy(); });
      socket.on('error', () => resolve(false));
    });
    if (up) return { address: `127.0.0.1:${port}`, eicar, stop: () => stopAndRemove(child, dir) };
    await new Promise((r) => setTimeout(r, 100));
  }
  const log = readFileSync(join(dir, 'clamd.log'), 'utf8');
  await stopAndRemove(child, dir);
  throw new Error(`clamd did not start: ${log}`);
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * A browser tab in one of three modes:
 * - 'js': JavaScript on, the app hydrates.
 * - 'no-js': JavaScript off in the browser.
 * - 'no-app': JavaScript on but the app's scripts blocked, so the page behaves as with JavaScript
 *   off while axe-core can still run in it.
 */
export async function openTab(browser, mode, lang) {
  const context = await browser.newContext({ javaScriptEnabled: mode !== 'no-js', locale: lang === 'cy' ? 'cy-GB' : (lang || 'en-GB') });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    const expected = /status of 4\d\d/.test(m.text()) || (mode === 'no-app' && /net::ERR_FAILED/.test(m.text()));
    if (m.type() === 'error' && !expected) problems.push(`console: ${m.text()}`);
  });
  if (mode === 'no-app') {
    await page.route(/\/assets\/.*\.(js|wasm)$/, (route) => route.abort());
  }
  return { context, page, mode, problems };
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Runs axe-core on the page as it is now; fails with every violation listed. */
export async function expectNoAxeViolations(tab, state) {
  if (tab.mode === 'no-js') return; // audited in 'no-app' mode instead: axe needs JavaScript
  await tab.page.evaluate(axeSource);
  const result = await tab.page.evaluate(async (tags) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return r.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  }, AXE_TAGS);
  assert.deepEqual(result, [], `axe violations on ${state}`);
}

/** Waits until the app has hydrated (JS mode) so clicks are handled by it. */
export async function settle(tab) {
  if (tab.mode === 'js') {
    await tab.page.waitForFunction(() => document.documentElement.dataset.app === 'ready', null, { timeout: 15000 });
  }
  await tab.page.waitForLoadState('load');
}

/** The messages a server wrote to its outbox folder so far (file name, text with
 * quoted-printable soft breaks and escapes undone). */
export function outbox(server) {
  const dir = join(server.data, 'outbox');
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.eml')).map((f) => ({
    name: f,
    text: readFileSync(join(dir, f), 'utf8').replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16))),
  }));
}

/** Waits for a message matching `match` that was not in `seen` (file names). Match on what the
 * test needs from it, so a message still being written is not read half way. */
export async function waitForMail(server, match, what, seen = new Set()) {
  for (let i = 0; i < 150; i++) {
    const found = outbox(server).filter((m) => !seen.has(m.name) && match(m.text)).map((m) => m.text);
    if (found.length) return found.at(-1);
    await new Promise((r) => setTimeout(r, 100));
  }
  assert.fail(`no message ${what}; the outbox has: ${outbox(server).filter((m) => !seen.has(m.name)).map((m) => JSON.stringify(m.text)).join('\n---\n')}`);
}

/** Waits for the page at `path` (with its query), then runs axe-core on it. */
export async function arrive(tab, path, state) {
  await tab.page.waitForURL((u) => u.pathname + u.search === path);
  await settle(tab);
  await expectNoAxeViolations(tab, state);
}

/** Signs a caseworker (an account already added) in with the code emailed to them, trying a wrong
 * code first. */
export async function signInAsCaseworker(server, tab, t, email, label) {
  const { page } = tab;
  const press = (name) => page.getByRole('button', { name, exact: true }).click();
  await page.goto(`${server.base}/staff`);
  await arrive(tab, '/staff/sign-in', `${label} staff sign in`);
  await press(t['button-send-code']);
  await page.locator('#error-summary').waitFor();
  await expectNoAxeViolations(tab, `${label} staff sign in error`);
  const seen = new Set(outbox(server).map((m) => m.name));
  await page.fill('#email', email);
  await press(t['button-send-code']);
  await arrive(tab, '/staff/sign-in/code', `${label} staff code`);
  const mail = await waitForMail(server, (m) => m.includes(email) && / is \d{6}\./.test(m), 'with a sign-in code', seen);
  const code = mail.match(/ is (\d{6})\./)[1];
  await page.fill('#code', code === '000000' ? '111111' : '000000');
  await press(t['button-sign-in']);
  await page.locator('#error-summary').waitFor();
  assert.ok((await page.locator('#error-summary').textContent()).includes(t['staff-code-error-wrong']));
  await expectNoAxeViolations(tab, `${label} staff wrong code`);
  await page.fill('#code', code);
  await press(t['button-sign-in']);
  await arrive(tab, '/staff', `${label} staff requests`);
}
