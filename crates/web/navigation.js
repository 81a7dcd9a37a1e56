// Every page loads this small script (the server puts the app's file names in `app` above it).
// It makes the plain HTML pages feel like an app without changing what they do:
// - links and form posts fetch the next page and swap it in, with no full reload; the server's
//   post-redirect-get and its error pages work exactly as without JavaScript;
// - focus goes where a screen reader user expects: the error summary, else the page's content;
// - small GOV.UK behaviours: error summary links, conditional radios, character counts;
// - the WebAssembly app is fetched only for pages with parts it runs (`<leptos-island>`).
// Anything unexpected falls back to the browser's own navigation, so nobody is ever stuck.

const root = document.documentElement;
let wasm = null;
let busy = false;
/** The address of the page showing, without its fragment. */
const address = () => location.pathname + location.search;
let showing = address();

/** Wakes each island on the page not woken yet, loading the app the first time one is found. */
function wakeIslands() {
  if (!app || !document.querySelector('leptos-island')) return Promise.resolve();
  wasm ??= import(app.glue).then(async (mod) => {
    await mod.default({ module_or_path: app.wasm });
    return mod;
  });
  return wasm.then((mod) => {
    for (const island of document.querySelectorAll('leptos-island')) {
      if (island.dataset.awake) continue;
      island.dataset.awake = 'true';
      // `PageErrors_123…`: the island's export is `PageErrors`.
      mod[island.dataset.component.replace(/_\d+$/, '')]?.(island);
    }
  }).catch(() => {});
}

/** GOV.UK conditional reveals: only the chosen option's questions show. */
function conditionalRadios() {
  for (const input of document.querySelectorAll('.govuk-radios__input[aria-controls]')) {
    const shown = document.getElementById(input.getAttribute('aria-controls'));
    if (!shown) continue;
    shown.classList.toggle('govuk-radios__conditional--hidden', !input.checked);
  }
}

/** Character counts: the count goes down as the person types, read out politely. */
function characterCount(textarea) {
  const info = document.getElementById(`${textarea.id}-info`);
  const max = Number(textarea.dataset.maxlength);
  if (!info || !max) return;
  const typed = textarea.value.replace(/\r\n/g, '\n').length;
  const over = typed > max;
  const n = over ? typed - max : max - typed;
  const rule = new Intl.PluralRules(root.lang).select(n);
  const texts = JSON.parse(textarea.dataset[over ? 'over' : 'remaining'] || '{}');
  info.textContent = (texts[rule] ?? texts.other ?? '').replace('{n}', n);
  info.classList.toggle('govuk-error-message', over);
  info.classList.toggle('govuk-hint', !over);
  textarea.classList.toggle('govuk-textarea--error', over || textarea.closest('.govuk-form-group--error') !== null);
}

function pageReady() {
  conditionalRadios();
  for (const t of document.querySelectorAll('textarea[data-maxlength]')) if (t.value) characterCount(t);
  root.dataset.app = 'ready';
  return wakeIslands();
}

/** Where focus goes once a page is shown: the error summary, else `ids` in order, else the content. */
function placeFocus(ids) {
  const target = document.getElementById('error-summary')
    ?? ids.map((id) => document.getElementById(id)).find(Boolean)
    ?? document.getElementById('main-content');
  target?.focus();
  if (target?.id === 'main-content') window.scrollTo(0, 0);
}

/**
 * Fetches a page and swaps it in. `how` says what the move was: `push` (a new history entry),
 * `replace` (the same entry), `back` (history moved already). Returns false when the browser
 * should do it itself.
 */
async function show(url, init, how, focusIds = [], announce = false) {
  let response;
  try {
    response = await fetch(url, { ...init, credentials: 'same-origin', headers: { Accept: 'text/html' } });
  } catch {
    return false;
  }
  if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) return false;
  const next = new DOMParser().parseFromString(await response.text(), 'text/html');
  const samePage = new URL(response.url).pathname === location.pathname;
  document.title = next.title;
  root.lang = next.documentElement.lang;
  root.dir = next.documentElement.dir;
  document.body.replaceWith(document.adoptNode(next.body));
  if (how === 'push' && response.url !== location.href) history.pushState(null, '', response.url);
  else if (how !== 'back') history.replaceState(null, '', response.url);
  showing = address();
  placeFocus(focusIds);
  pageReady();
  if (announce && samePage) {
    const said = document.querySelector('main [data-announce]')?.textContent;
    const status = document.querySelector('main [role=status]');
    if (said && status) setTimeout(() => { status.textContent = said; }, 50);
  }
  return true;
}

function ownLink(a) {
  if (!a || a.target || a.hasAttribute('download') || a.relList.contains('external')) return false;
  const url = new URL(a.href, location.href);
  if (url.origin !== location.origin || /^\/(api|assets|files)\//.test(url.pathname)) return false;
  // A link to a place on this page is the browser's job (skip link, error summary).
  return !(url.hash && url.pathname === location.pathname && url.search === location.search);
}

document.addEventListener('click', async (event) => {
  const a = event.target.closest?.('a[href]');
  // Error summary links move focus to the field, as GOV.UK Frontend does.
  if (a?.closest('#error-summary') && a.hash) {
    const field = document.getElementById(a.hash.slice(1));
    if (field) {
      event.preventDefault();
      field.focus();
      (field.closest('fieldset')?.querySelector('legend') ?? document.querySelector(`label[for="${field.id}"]`) ?? field).scrollIntoView();
    }
    return;
  }
  if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  if (!ownLink(a)) return;
  event.preventDefault();
  if (busy) return;
  busy = true;
  const done = await show(a.href, {}, 'push').finally(() => { busy = false; });
  if (!done) location.assign(a.href);
});

document.addEventListener('submit', async (event) => {
  const form = event.target;
  if (event.defaultPrevented || form.target) return;
  const submitter = event.submitter;
  const action = new URL(submitter?.getAttribute('formaction') || form.action, location.href);
  if (action.origin !== location.origin) return;
  event.preventDefault();
  // A second click while the first is on its way sends nothing more.
  if (busy) return;
  busy = true;
  const data = new FormData(form, submitter);
  const method = form.method.toUpperCase();
  let done;
  if (method === 'GET') {
    action.search = new URLSearchParams(data).toString();
    done = await show(action.href, {}, 'push');
  } else {
    const body = form.enctype === 'multipart/form-data' ? data : new URLSearchParams(data);
    // Buttons that change the page in place (Add, Remove, Find address) say where focus goes next.
    const focusIds = (submitter?.dataset.focusAfter ?? '').split(' ').filter(Boolean);
    done = await show(action.href, { method: 'POST', body }, 'push', focusIds, focusIds.length > 0);
  }
  busy = false;
  // Could not be done here (offline, or not a page): post the plain way, with the button pressed.
  if (!done) HTMLFormElement.prototype.submit.call(withButton(form, submitter));
});

function withButton(form, submitter) {
  if (submitter?.name) {
    const pressed = Object.assign(document.createElement('input'), { type: 'hidden', name: submitter.name, value: submitter.value });
    form.append(pressed);
  }
  return form;
}

window.addEventListener('popstate', async () => {
  // A move between places on the same page (the skip link) keeps the page, and what is typed.
  if (address() === showing) return;
  if (!(await show(location.href, {}, 'back'))) location.reload();
});

document.addEventListener('change', (event) => {
  if (event.target.matches?.('.govuk-radios__input')) conditionalRadios();
});

document.addEventListener('input', (event) => {
  if (event.target.matches?.('textarea[data-maxlength]')) characterCount(event.target);
});

// Enter in an address line means Continue, not the form's first button (Find address).
document.addEventListener('keydown', (event) => {
  const input = event.target;
  if (event.key !== 'Enter' || !(input instanceof HTMLInputElement) || !/-(line-1|line-2|town)$/.test(input.id)) return;
  const primary = input.form?.querySelector('button.govuk-button:not(.govuk-button--secondary)');
  if (!primary) return;
  event.preventDefault();
  primary.click();
});

// For the app's islands: show the page again from the server (after files are uploaded), keeping
// focus where it was.
window.frontdoor = {
  refresh: async () => {
    await show(location.href, {}, 'replace', [document.activeElement?.id].filter(Boolean));
    await wakeIslands();
  },
};

pageReady();
