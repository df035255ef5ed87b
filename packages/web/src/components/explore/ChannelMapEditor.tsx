import { useState } from 'react';
import type { FormEvent } from 'react';
import { Button, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFieldProblem } from './FieldProblem';
import { RemovableChip } from './RemovableChip';
import { CHANNEL_GROUPS_LIST } from './NameLists';
import { LIMITS } from './url/codec';
import type { FieldError } from './url/common';
import { REACH_LIMITS } from './url/reach';

interface Props {
  entries: readonly [string, string][];
  onChange: (entries: [string, string][]) => void;
}

function check(text: string): FieldError | undefined {
  const trimmed = text.trim();
  if (!trimmed) return { code: 'required' };
  if (trimmed.length > LIMITS.key) return { code: 'tooLong', limit: LIMITS.key };
  return undefined;
}

/** Maps cost-file channel names to channel groups (kept in the URL), so costs meet the visits of their group. */
export function ChannelMapEditor({ entries, onChange }: Props) {
  const { t } = useTranslation();
  const problem = useFieldProblem();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [touched, setTouched] = useState(false);
  const duplicate = entries.some(([f]) => f.toLowerCase() === from.trim().toLowerCase());
  const fromError = touched ? check(from) : undefined;
  const toError = touched ? check(to) : undefined;
  const add = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (check(from) || check(to) || duplicate || entries.length >= REACH_LIMITS.mapEntries) return;
    onChange([...entries, [from.trim(), to.trim()]]);
    setFrom('');
    setTo('');
    setTouched(false);
  };
  return (
    <section className="explore-channel-map" aria-labelledby="channel-map-title" data-testid="channel-map">
      <h3 className="explore-subtitle" id="channel-map-title">
        {t('explore.reach.channelMap.title')}
      </h3>
      <p className="muted small">{t('explore.reach.channelMap.intro')}</p>
      {entries.length > 0 && (
        <ul className="filter-chips">
          {entries.map(([f, g], index) => (
            <RemovableChip key={f} removeLabel={t('explore.reach.channelMap.remove', { from: f })} onRemove={() => onChange(entries.filter((_, i) => i !== index))}>
              {f} → {g}
            </RemovableChip>
          ))}
        </ul>
      )}
      <form className="explore-inline-form" onSubmit={add} noValidate>
        <TextInput
          label={t('explore.reach.channelMap.from')}
          value={from}
          onChange={(e) => {
            setFrom(e.target.value);
            setTouched(true);
          }}
          data-testid="channel-map-from"
          {...(duplicate && !fromError
            ? { error: t('explore.reach.channelMap.duplicate'), errorProps: { role: 'alert', className: 'explore-problem' } }
            : problem(fromError, 'channel-map-from-problem'))}
        />
        <TextInput
          label={t('explore.reach.channelMap.to')}
          list={CHANNEL_GROUPS_LIST}
          value={to}
          onChange={(e) => setTo(e.target.value)}
          data-testid="channel-map-to"
          {...problem(toError, 'channel-map-to-problem')}
        />
        <div className="explore-inline-actions">
          <Button variant="default" size="compact-sm" type="submit" disabled={entries.length >= REACH_LIMITS.mapEntries} data-testid="channel-map-add">
            {t('explore.reach.channelMap.add')}
          </Button>
        </div>
      </form>
    </section>
  );
}
