// Every service, completed in Chromium from its definition (fetched from the API, so a new service
// is tested with no new test code): JavaScript on, off, and with the app's scripts blocked, with
// axe-core on every page and on the first page's error state.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { completeService, definitions as servicesOf } from './complete-service.mjs';
import { launchBrowser, startServer } from './harness.mjs';

let server;
let browser;
let definitions = [];
before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  definitions = await servicesOf(server);
});
after(async () => { await browser?.close(); await server?.stop(); });

describe('every service, from its definition', () => {
  test('definitions were loaded from the API', () => assert.ok(definitions.length >= 10));
  for (const mode of ['js', 'no-js', 'no-app']) {
    test(`every service can be completed (${mode})`, async (t) => {
      for (const def of definitions) {
        await t.test(def.id, () => completeService(browser, server, mode, def));
      }
    });
  }
});
