// The DevTools page only creates the "Cookies" panel; the panel page does the rest.
import { browser } from '../shared/browser.ts';
import { PANEL_PAGE } from '../shared/protocol.ts';

void browser.devtools.panels.create('Cookies', '/icons/icon-16.png', PANEL_PAGE);
