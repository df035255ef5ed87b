import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { Button, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChannelRuleDto } from '@marketops/contracts';
import { useTestChannelRules } from '../../api/mutations';
import { ErrorNotice } from '../common/ErrorNotice';
import { canonical } from './channelRulesForm';

/** A test's answer, with the rule set it ran on (as `canonical` text) so a later edit makes it stale. */
export interface TestOutcome {
  readonly snapshot: string;
  readonly channel: string;
  /** Index of the rule that matched; null: none did. */
  readonly rule: number | null;
}

interface Props {
  workspaceId: string;
  /** The draft to test; null while it has problems. */
  rules: readonly ChannelRuleDto[] | null;
  /** The last outcome, only while it still describes the draft and the inputs. */
  outcome: TestOutcome | null;
  onOutcome: (outcome: TestOutcome | null) => void;
}

const SAMPLE_FIELDS = ['source', 'medium', 'campaign'] as const;

/**
 * "Test a traffic source": classifies one source / medium / campaign with the draft, on the
 * server (the same code that classifies events), and names the channel and the rule that matched.
 */
export function ChannelRulesTester({ workspaceId, rules, outcome, onOutcome }: Props) {
  const { t } = useTranslation();
  const base = useId();
  const test = useTestChannelRules(workspaceId);
  const [sample, setSample] = useState({ source: '', medium: '', campaign: '' });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!rules) return;
    const snapshot = canonical(rules);
    const value = (text: string) => (text.trim() === '' ? null : text.trim());
    test.mutate(
      { rules: [...rules], samples: [{ source: value(sample.source), medium: value(sample.medium), campaign: value(sample.campaign) }] },
      {
        onSuccess: ({ results }) => {
          const [first] = results;
          if (first) onOutcome({ snapshot, channel: first.channel, rule: first.rule });
        },
      },
    );
  };

  return (
    <form className="panel channel-tester" onSubmit={submit} aria-labelledby={`${base}-title`} data-testid="channel-tester">
      <h3 id={`${base}-title`}>{t('channelRules.tester.title')}</h3>
      <p className="muted small">{t('channelRules.tester.intro')}</p>
      <div className="inline-form">
        {SAMPLE_FIELDS.map((field) => (
          <TextInput
            key={field}
            label={t(`channelRules.tester.${field}`)}
            data-testid={`channel-test-${field}`}
            value={sample[field]}
            maxLength={500}
            spellCheck={false}
            onChange={(e) => {
              setSample({ ...sample, [field]: e.target.value });
              onOutcome(null);
            }}
          />
        ))}
        <Button type="submit" disabled={!rules || test.isPending} data-testid="channel-test-run">
          {t('channelRules.tester.run')}
        </Button>
      </div>
      {!rules && <p className="muted small">{t('channelRules.tester.draftInvalid')}</p>}
      {outcome && (
        <p className="channel-test-result" role="status" data-testid="channel-test-result">
          {outcome.rule === null
            ? t('channelRules.tester.unmatched', { channel: outcome.channel })
            : t('channelRules.tester.matched', { channel: outcome.channel, number: outcome.rule + 1 })}
        </p>
      )}
      {test.error && <ErrorNotice error={test.error} action="load" onDismiss={() => test.reset()} />}
    </form>
  );
}
