/**
 * The floor any DevTools panel pays: a minimal MV3 extension, built by the benchmark into a temp dir, whose
 * devtools_page creates a "Bare" panel. The panel page reads chrome.cookies.getAll({url}) for the inspected tab's
 * URL and renders one <tr> per cookie with plain DOM (no framework, no worker, no analysis). Its rows carry the same
 * data-testid as Cookie Lens's, so both are measured by the same probe. `benchAllSites(visible)` is the All sites
 * floor: getAll({}) and the same number of visible rows painted. The manifest `key` pins the extension id.
 */
import { createHash, generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const BARE_PANEL_TITLE = 'Bare';

const PANEL_JS = `
const rows = document.getElementById('rows');
function render(cookies) {
  const frag = document.createDocumentFragment();
  for (const c of cookies) {
    const tr = document.createElement('tr');
    tr.setAttribute('data-testid', 'cookie-row');
    tr.setAttribute('data-name', c.name);
    const cells = [c.name, c.value, c.domain, c.path, c.session ? 'Session' : new Date(c.expirationDate * 1000).toISOString(),
      String(c.name.length + c.value.length), c.httpOnly ? '✓' : '', c.secure ? '✓' : '', c.sameSite];
    for (const text of cells) {
      const td = document.createElement('td');
      td.textContent = text;
      tr.append(td);
    }
    frag.append(tr);
  }
  rows.replaceChildren(frag);
}
// The All sites floor: every cookie of every site read with getAll({}), and the first "visible" of them painted as
// rows (what a virtualised table shows). Resolves with the number of cookies read, once the rows are in the DOM.
globalThis.benchAllSites = (visible) => new Promise((resolve) => chrome.cookies.getAll({}, (all) => {
  render(all.slice(0, visible));
  resolve(all.length);
}));
chrome.tabs.get(chrome.devtools.inspectedWindow.tabId, (tab) => {
  chrome.cookies.getAll({ url: tab.url }, render);
});
`;

/** Writes the bare extension and returns its directory and (pinned) id. */
export function buildBarePanel(): { dir: string; id: string } {
  const dir = mkdtempSync(join(tmpdir(), 'cookie-lens-bare-panel-'));
  const { publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const der = publicKey.export({ type: 'spki', format: 'der' });
  // Chrome's extension id: the first 16 bytes of SHA-256(public key), hex digits mapped 0-f -> a-p.
  const id = [...createHash('sha256').update(der).digest('hex').slice(0, 32)]
    .map((h) => String.fromCharCode(97 + parseInt(h, 16)))
    .join('');
  const manifest = {
    manifest_version: 3,
    name: 'Bare cookie panel (benchmark floor)',
    version: '1.0',
    key: der.toString('base64'),
    devtools_page: 'devtools.html',
    permissions: ['cookies'],
    host_permissions: ['<all_urls>'],
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(dir, 'devtools.html'), '<!doctype html><meta charset="utf-8"><script src="devtools.js"></script>');
  writeFileSync(
    join(dir, 'devtools.js'),
    `chrome.devtools.panels.create(${JSON.stringify(BARE_PANEL_TITLE)}, '', 'panel.html');`,
  );
  writeFileSync(
    join(dir, 'panel.html'),
    '<!doctype html><meta charset="utf-8"><style>td{font:12px system-ui;padding:1px 4px;white-space:nowrap;max-width:300px;overflow:hidden}</style><table><tbody id="rows"></tbody></table><script src="panel.js"></script>',
  );
  writeFileSync(join(dir, 'panel.js'), PANEL_JS);
  return { dir, id };
}
