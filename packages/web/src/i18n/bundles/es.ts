import base from '../es.json';
import analytics from '../analytics/es.json';
import explore from '../explore/es.json';
import insight from '../insight/es.json';
import settings from '../settings/es.json';

/** The es strings of every area of the UI (see ../bundles.ts); areas own disjoint top-level keys. */
export const es = { ...base, ...analytics, ...insight, ...explore, ...settings };
