import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChannelRulesInputSchema } from '@marketops/contracts';
import { channelRuleProblems, DEFAULT_CHANNEL_RULES, INGEST_REJECT_CODES, INGEST_WARNING_CODES, type ChannelRule } from '@marketops/core';
import { EDGE_REJECT_CODES } from '../src/ingestion/edge-checks';
import { REPO_ROOT } from '../src/config/load';

/** The ingestion reference must name every code a client can receive and every channel. */
describe('docs/ingestion.md', () => {
  const doc = readFileSync(path.join(REPO_ROOT, 'docs/ingestion.md'), 'utf8');
  it('documents every rejection and warning code with its meaning', () => {
    for (const [code, meaning] of Object.entries({ ...EDGE_REJECT_CODES, ...INGEST_REJECT_CODES, ...INGEST_WARNING_CODES })) {
      expect(doc).toContain(`| \`${code}\` | ${meaning} |`);
    }
  });
  it('lists every channel of the default rules', () => {
    const flat = doc.replace(/\s+/g, ' ');
    for (const rule of DEFAULT_CHANNEL_RULES) expect(flat).toContain(rule.channel);
  });
  it('shows a channel rule set that the API accepts', () => {
    const section = doc.slice(doc.indexOf('## Channels'));
    const example = /```json\n([\s\S]*?)```/.exec(section)?.[1];
    expect(example).toBeDefined();
    const parsed = ChannelRulesInputSchema.parse(JSON.parse(example as string));
    expect(channelRuleProblems(parsed.rules as ChannelRule[])).toEqual([]);
  });
});
