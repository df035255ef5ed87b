import { startEarlyRequests } from './api/earlyRequests';
import { loadLanguage, startingLanguage } from './i18n/loadLanguage';

/**
 * The page's entry: starts the first screen's requests and the reader's language strings, then
 * loads the application. Kept small (no React, no schemas) so that the requests leave as soon as
 * the HTML is parsed.
 */
startEarlyRequests(window.location);
const language = startingLanguage();
// Why not awaited: the application's i18n asks for the same module, which is then on its way.
if (language !== 'en') loadLanguage(language).catch(() => undefined);
void import('./main');
