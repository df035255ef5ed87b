import base from '../en.json';
import analytics from '../analytics/en.json';
import explore from '../explore/en.json';
import insight from '../insight/en.json';
import settings from '../settings/en.json';

/** The en strings of every area of the UI (see ../bundles.ts); areas own disjoint top-level keys. */
export const en = { ...base, ...analytics, ...insight, ...explore, ...settings };
