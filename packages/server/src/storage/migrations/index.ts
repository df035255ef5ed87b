import { organisationMigration } from './001-organisation';
import { ingestionMigration } from './002-ingestion';
import { feedsMigration } from './003-feeds';
import { workspaceSettingsMigration } from './004-workspace-settings';
import { metricTargetsMigration } from './005-metric-targets';
import { metricSettingsMigration } from './006-metric-settings';
import { channelRulesMigration } from './007-channel-rules';
import { feedVersionsMigration } from './008-feed-versions';
import type { Migration } from './migration';

export type { Migration };

/** Every migration, oldest first. Append only: released migrations are never edited. */
export const MIGRATIONS: readonly Migration[] = [organisationMigration, ingestionMigration, feedsMigration, workspaceSettingsMigration, metricTargetsMigration, metricSettingsMigration, channelRulesMigration, feedVersionsMigration];
