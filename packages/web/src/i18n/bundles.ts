import base_en from './en.json';
import base_es from './es.json';
import base_ja from './ja.json';
import base_zh from './zh.json';
import analytics_en from './analytics/en.json';
import analytics_es from './analytics/es.json';
import analytics_ja from './analytics/ja.json';
import analytics_zh from './analytics/zh.json';
import insight_en from './insight/en.json';
import insight_es from './insight/es.json';
import insight_ja from './insight/ja.json';
import insight_zh from './insight/zh.json';
import explore_en from './explore/en.json';
import explore_es from './explore/es.json';
import explore_ja from './explore/ja.json';
import explore_zh from './explore/zh.json';
import settings_en from './settings/en.json';
import settings_es from './settings/es.json';
import settings_ja from './settings/ja.json';
import settings_zh from './settings/zh.json';

/**
 * Each language's strings, from one file per area of the UI (the map and settings in `en.json`;
 * periods and exports in `analytics/`; the value chain and dashboards in `insight/`; the
 * explorers in `explore/`; channel rules in `settings/`). Areas own disjoint top-level keys;
 * resources.test.ts checks that every language has exactly the English keys.
 */
export const en = { ...base_en, ...analytics_en, ...insight_en, ...explore_en, ...settings_en };
export const es = { ...base_es, ...analytics_es, ...insight_es, ...explore_es, ...settings_es };
export const ja = { ...base_ja, ...analytics_ja, ...insight_ja, ...explore_ja, ...settings_ja };
export const zh = { ...base_zh, ...analytics_zh, ...insight_zh, ...explore_zh, ...settings_zh };
