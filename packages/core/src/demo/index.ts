/**
 * The demo data: a seeded, deterministic simulation of a believable company for each
 * organisation template (A: a Chinese ad platform, B: a Japanese VR maker, C: a Mexican
 * telehealth service) over 90 days, as the messages its sites and apps would send (Segment
 * spec), the marketing costs it would import, and its social accounts' statistics. Pure: the
 * server's loader sends all of it through the real ingestion and import paths.
 */
export { planDemo, DEFAULT_DEMO_DAYS, MIN_DEMO_EVENTS, MAX_DEMO_EVENTS, type DemoOptions, type DemoPlan } from './plan';
export { demoEventBatches, countDemoEvents, DEFAULT_DEMO_BATCH } from './generate';
export { demoCostRows, demoChannelStatRows, DEMO_CHANNEL_STAT_COLUMNS, type DemoCostRow, type DemoChannelStatRow } from './feeds';
export { DEMO_PROFILES, DEMO_TEMPLATE_LETTERS, findDemoProfile, type DemoTemplateLetter } from './profiles/index';
export { shiftDate } from './calendar';
export { demoMetricSettings } from './metric-settings';
export type { DemoRun } from './run';
export type { CompanyProfile } from './profile';
