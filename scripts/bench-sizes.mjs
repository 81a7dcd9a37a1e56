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
let appBrotli = 0;
for (const name of readdirSync(dist).filter((n) => n.endsWith('.wasm') || n.endsWith('.js'))) {
  const bytes = readFileSync(join(dist, name));
  appBrotli += br(bytes);
  row(name.endsWith('.wasm') ? 'WASM' : 'JS glue', bytes);
}
console.log(`${'WASM + JS, brotli'.padEnd(34)} ${kb(appBrotli)}`);

console.log('== first view: HTML + CSS');
const first = await fetch(`${base}/report-missed-bin`);
const cookie = first.headers.get('set-cookie').split(';')[0];
const css = Buffer.from(await (await fetch(base + (await first.clone().text()).match(/href="([^"]+\.css)"/)[1])).arrayBuffer());
row('CSS', css);
for (const [name, path] of [['start page', '/report-missed-bin'], ['question page (address)', '/report-missed-bin/address']]) {
  const html = Buffer.from(await (await fetch(base + path, { headers: { cookie } })).arrayBuffer());
  row(`${name} HTML`, html);
  console.log(`${(name + ' HTML + CSS').padEnd(34)} gzip ${kb(gz(html) + gz(css))}   brotli ${kb(br(html) + br(css))}`);
}
// A returning visitor: the session has a row and a draft once the first answer is kept.
const { csrf_token: csrf } = await (await fetch(`${base}/api/v1/session`, { headers: { cookie } })).json();
const answered = await fetch(`${base}/report-missed-bin/address`, {
  method: 'POST',
  redirect: 'manual',
  headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams({ csrf_token: csrf, postcode: 'SE1 2QH', 'address-line-1': '1 High Street' }),
});
if (answered.status !== 303) throw new Error(`the first answer was not kept (${answered.status})`);
console.log(cookie.replace(/^fd_session=/, 'SESSION '));
