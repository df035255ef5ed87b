import { startEarlyRequests } from './api/earlyRequests';

/**
 * The page's entry: starts the first screen's requests, then loads the application. Kept small
 * (no React, no schemas) so that the requests leave as soon as the HTML is parsed.
 */
startEarlyRequests(window.location);
void import('./main');
