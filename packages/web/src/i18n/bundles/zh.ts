import base from '../zh.json';
import analytics from '../analytics/zh.json';
import explore from '../explore/zh.json';
import insight from '../insight/zh.json';
import settings from '../settings/zh.json';

/** The zh strings of every area of the UI (see ../bundles.ts); areas own disjoint top-level keys. */
export const zh = { ...base, ...analytics, ...insight, ...explore, ...settings };
