// The DevTools page only creates the "Cookies" panel; the panel page does the rest.
import { browser } from '../shared/browser.ts';

void browser.devtools.panels.create('Cookies', '/icons/icon-16.png', '/src/panel/index.html');
