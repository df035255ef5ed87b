import base from '../ja.json';
import analytics from '../analytics/ja.json';
import explore from '../explore/ja.json';
import insight from '../insight/ja.json';
import settings from '../settings/ja.json';

/** The ja strings of every area of the UI (see ../bundles.ts); areas own disjoint top-level keys. */
export const ja = { ...base, ...analytics, ...insight, ...explore, ...settings };
