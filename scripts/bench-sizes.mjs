// Prints the sizes that decide how fast a first page arrives on a slow phone connection.
// Usage: node scripts/bench-sizes.mjs http://127.0.0.1:PORT
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const base = process.argv[2];
const root = new URL('..', import.meta.url).pathname;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const br = (b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gz = (b) => gzipSync(b, { level: 9 }).length;
const row = (name, b) => console.log(`${name.padEnd(34)} raw ${kb(b.length).padStart(9)}   gzip ${kb(gz(b)).padStart(9)}   brotli ${kb(br(b)).padStart(9)}`);

console.log('== browser app (dist/)');
const dist = join(root, 'dist');
const built = {};
for (const name of readdirSync(dist).filter((n) => n.endsWith('.wasm') || n.endsWith('.js'))) {
  const bytes = readFileSync(join(dist, name));
  built[name.endsWith('.wasm') ? 'wasm' : 'glue'] = bytes;
  row(name.endsWith('.wasm') ? 'WASM (islands)' : 'JS glue', bytes);
}

const first = await fetch(`${base}/report-missed-bin`);
const cookie = first.headers.get('set-cookie').split(';')[0];
const firstHtml = await first.clone().text();
const css = Buffer.from(await (await fetch(base + firstHtml.match(/href="([^"]+\.css)"/)[1])).arrayBuffer());
const script = Buffer.from(await (await fetch(base + firstHtml.match(/src="([^"]+navigation[^"]+\.js)"/)[1])).arrayBuffer());
row('page script (every page)', script);
row('CSS', css);
const { csrf_token: csrf } = await (await fetch(`${base}/api/v1/session`, { headers: { cookie } })).json();
const post = async (path, fields, expect = 303) => {
  const r = await fetch(base + path, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ csrf_token: csrf, ...fields }),
  });
  if (r.status !== expect) throw new Error(`${path}: ${r.status}, not ${expect}`);
  return Buffer.from(await r.arrayBuffer());
};
const get = async (path) => Buffer.from(await (await fetch(base + path, { headers: { cookie } })).arrayBuffer());

// A returning visitor with a draft of each kind of page: answers posted as a resident would.
const startHtml = await get('/report-missed-bin');
const questionHtml = await get('/report-missed-bin/address');
const errorHtml = await post('/report-missed-bin/address', {}, 422);
await post('/report-missed-bin/address', { postcode: 'SE1 2QH', 'address-line-1': '1 High Street' });
console.log(cookie.replace(/^fd_session=/, 'SESSION '));
const yesterday = new Date(Date.now() - 86400000);
await post('/report-missed-bin/which-bin', { bin: 'recycling' });
await post('/report-missed-bin/date', { 'date-day': String(yesterday.getUTCDate()), 'date-month': String(yesterday.getUTCMonth() + 1), 'date-year': String(yesterday.getUTCFullYear()) });
await post('/report-missed-bin/more-information', { 'more-information': '' });
await post('/report-missed-bin/contact', { email: 'resident@example.com' });
const checkHtml = await get('/report-missed-bin/check-answers');
const spd = '/apply-for-a-single-person-discount';
await post(`${spd}/account`, { 'account-number': '12345678' });
await post(`${spd}/address`, { postcode: 'SE1 2QH', 'address-line-1': '1 High Street' });
await post(`${spd}/adults`, { adults: '1' });
await post(`${spd}/since`, { 'since-day': '1', 'since-month': '1', 'since-year': '2020' });
await post(`${spd}/moved-out`, { 'moved-out': 'no' });
const uploadHtml = await get(`${spd}/proof`);
const trackingHtml = await get('/track');

console.log('== per page: what the browser downloads (brotli; the WASM only where the page has islands)');
for (const [name, html] of [['start', startHtml], ['question', questionHtml], ['error state', errorHtml],
  ['check answers', checkHtml], ['upload', uploadHtml], ['tracking', trackingHtml]]) {
  const islands = html.includes('<leptos-island');
  const code = br(script) + (islands ? br(built.wasm) + br(built.glue) : 0);
  console.log(`${name.padEnd(14)} WASM + JS ${kb(code).padStart(9)}   first view HTML + CSS ${kb(br(html) + br(css)).padStart(8)} (HTML ${kb(br(html))})`);
}
