import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldProblem } from './FieldProblem';
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
            <li key={f} className="filter-chip">
              <span>
                {f} → {g}
              </span>
              <button
                type="button"
                className="filter-chip-remove"
                aria-label={t('explore.reach.channelMap.remove', { from: f })}
                onClick={() => onChange(entries.filter((_, i) => i !== index))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="explore-inline-form" onSubmit={add} noValidate>
        <label className="field">
          <span>{t('explore.reach.channelMap.from')}</span>
          <input
            type="text"
            value={from}
            aria-invalid={fromError || duplicate ? true : undefined}
            onChange={(e) => {
              setFrom(e.target.value);
              setTouched(true);
            }}
            data-testid="channel-map-from"
          />
          <FieldProblem error={fromError} id="channel-map-from-problem" />
          {duplicate && (
            <span className="field-problem explore-problem" role="alert">
              {t('explore.reach.channelMap.duplicate')}
            </span>
          )}
        </label>
        <label className="field">
          <span>{t('explore.reach.channelMap.to')}</span>
          <input type="text" list={CHANNEL_GROUPS_LIST} value={to} aria-invalid={toError ? true : undefined} onChange={(e) => setTo(e.target.value)} data-testid="channel-map-to" />
          <FieldProblem error={toError} id="channel-map-to-problem" />
        </label>
        <div className="explore-inline-actions">
          <button type="submit" className="btn btn-small" disabled={entries.length >= REACH_LIMITS.mapEntries} data-testid="channel-map-add">
            {t('explore.reach.channelMap.add')}
          </button>
        </div>
      </form>
    </section>
  );
}
