import { useId, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import { Badge, Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MAX_CHANNEL_RULES, type ChannelRulesView } from '@marketops/contracts';
import { ApiError, type ApiIssue } from '../../api/errors';
import { useReclassifyChannels, useResetChannelRules, useSaveChannelRules } from '../../api/mutations';
import { useChannelRules } from '../../api/queries';
import { useLocale } from '../../i18n/useLocale';
import { ConfirmButton } from '../common/ConfirmButton';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';
import { canonical, checkDrafts, move, newRuleDraft, placeByRule, ruleToDraft, sameRules, type RuleDraft } from './channelRulesForm';
import { ChannelRuleRow } from './ChannelRuleRow';
import { ChannelRulesTester, type TestOutcome } from './ChannelRulesTester';
import { ProblemList } from './ProblemList';
import { ReclassifyOffer } from './ReclassifyOffer';
import { SaveActions } from './SaveActions';

/**
 * The workspace's channel rules (docs/ingestion.md#channels): the ordered list, first match wins.
 * The user edits a draft (order, rules, conditions) checked as typed, tests a traffic source
 * against it, then saves it, discards it or goes back to the defaults; a save applies to new
 * events, and an offer follows to apply the rules to the events already stored.
 */
export function ChannelRules({ workspaceId }: { workspaceId: string }) {
  const rules = useChannelRules(workspaceId);
  if (rules.isPending) return <Loading />;
  if (rules.error) return <ErrorNotice error={rules.error} action="load" />;
  return <ChannelRulesForm key={workspaceId} workspaceId={workspaceId} saved={rules.data} />;
}

interface Refused {
  readonly byKey: ReadonlyMap<string, ApiIssue[]>;
  readonly general: readonly ApiIssue[];
}
const NOTHING_REFUSED: Refused = { byKey: new Map(), general: [] };

function ChannelRulesForm({ workspaceId, saved }: { workspaceId: string; saved: ChannelRulesView }) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const base = useId();
  const save = useSaveChannelRules(workspaceId);
  const reset = useResetChannelRules(workspaceId);
  const reclassify = useReclassifyChannels(workspaceId);
  const [drafts, setDrafts] = useState(() => saved.rules.map(ruleToDraft));
  const [open, setOpen] = useState<string | null>(null);
  const [refused, setRefused] = useState<Refused>(NOTHING_REFUSED);
  const [applied, setApplied] = useState<'saved' | 'reset' | null>(null);
  const [tested, setTested] = useState<TestOutcome | null>(null);

  const checked = useMemo(() => checkDrafts(drafts), [drafts]);
  const dirty = checked.rules === null || !sameRules(checked.rules, saved.rules);
  const problems = placeByRule(checked.problems, drafts);
  // Why: a test describes the rule set it ran on; after an edit its answer (and highlight) is stale.
  const outcome = tested && checked.rules && tested.snapshot === canonical(checked.rules) ? tested : null;
  const matchedKey = outcome?.rule == null ? undefined : drafts[outcome.rule]?.key;

  const edit = (next: RuleDraft[]) => {
    setDrafts(next);
    setApplied(null);
  };
  const startOver = (rules: ChannelRulesView['rules']) => {
    setDrafts(rules.map(ruleToDraft));
    setOpen(null);
    setRefused(NOTHING_REFUSED);
    save.reset();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!checked.rules || !dirty) return;
    const sent = drafts;
    setApplied(null);
    setRefused(NOTHING_REFUSED);
    reclassify.reset();
    save.mutate(
      { rules: checked.rules },
      {
        onSuccess: () => setApplied('saved'),
        // Why by key: issues name rules by index as sent; the user may move rules before reading them.
        onError: (error) => setRefused(error instanceof ApiError ? placeByRule(error.issues, sent) : NOTHING_REFUSED),
      },
    );
  };
  const dismissSaveError = () => {
    save.reset();
    setRefused(NOTHING_REFUSED);
  };
  const resetToDefaults = () =>
    reset.mutate(undefined, {
      onSuccess: (view) => {
        startOver(view.rules);
        reclassify.reset();
        setApplied('reset');
      },
    });
  const addRule = () => {
    const draft = newRuleDraft();
    edit([...drafts, draft]);
    setOpen(draft.key);
  };
  // Why: the save's own notice lists only the issues no rule row shows, so none is lost or doubled.
  const saveError = save.error instanceof ApiError ? new ApiError(save.error.kind, save.error.status, save.error.code, save.error.message, refused.general) : save.error;
  const dateText = (iso: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

  return (
    <section className="editor-section" aria-labelledby={`${base}-title`} data-testid="channel-rules">
      <div className="channel-rules-title">
        <h2 id={`${base}-title`}>{t('channelRules.title')}</h2>
        <Badge variant="outline" color="gray" data-testid="channel-rules-badge" data-default={saved.isDefault} title={saved.isDefault ? t('channelRules.isDefaultHint') : undefined}>
          {saved.isDefault || saved.updatedAt === null ? t('channelRules.isDefault') : t('channelRules.isCustom', { date: dateText(saved.updatedAt) })}
        </Badge>
        {dirty && (
          <Badge variant="light" color="amber" data-testid="channel-rules-unsaved">
            {t('channelRules.unsaved')}
          </Badge>
        )}
      </div>
      <p className="muted small intro">{t('channelRules.intro', { unassigned: saved.unassigned })}</p>
      <form className="panel channel-rules-form" onSubmit={submit}>
        <ol className="channel-rules" data-testid="channel-rules-list">
          {drafts.map((draft, index) => (
            <ChannelRuleRow
              key={draft.key}
              draft={draft}
              index={index}
              count={drafts.length}
              check={checked.results[index] ?? { rule: null, problems: [] }}
              refused={refused.byKey.get(draft.key) ?? []}
              matched={draft.key === matchedKey}
              open={open === draft.key}
              onToggle={() => setOpen(open === draft.key ? null : draft.key)}
              onMove={(delta) => edit(move(drafts, index, delta))}
              onDelete={() => edit(drafts.filter((d) => d.key !== draft.key))}
              onChange={(next) => edit(drafts.map((d) => (d.key === draft.key ? next : d)))}
            />
          ))}
        </ol>
        <ProblemList problems={problems.general} withPath testId="channel-rules-problems" />
        <Group gap={8} className="form-actions">
          <Button variant="default" onClick={addRule} disabled={drafts.length >= MAX_CHANNEL_RULES} data-testid="channel-rules-add">
            {t('channelRules.add')}
          </Button>
          {drafts.length >= MAX_CHANNEL_RULES && <span className="muted small">{t('channelRules.limit', { max: MAX_CHANNEL_RULES })}</span>}
          <Button variant="subtle" onClick={() => startOver(saved.rules)} disabled={!dirty} data-testid="channel-rules-discard">
            {t('channelRules.discard')}
          </Button>
          <ConfirmButton
            label={t('channelRules.reset')}
            text={t('channelRules.reset')}
            question={t('channelRules.resetConfirm')}
            confirmText={t('channelRules.resetYes')}
            disabled={saved.isDefault || reset.isPending}
            testId="channel-rules-reset"
            onConfirm={resetToDefaults}
          />
        </Group>
        <SaveActions
          save={{ isPending: save.isPending, error: saveError, reset: dismissSaveError }}
          invalid={checked.rules === null || !dirty}
          saved={applied === 'saved'}
          testId="channel-rules"
        />
        {reset.error && <ErrorNotice error={reset.error} action="save" onDismiss={() => reset.reset()} />}
        {applied === 'reset' && (
          <p className="muted small" role="status" data-testid="channel-rules-reset-done">
            {t('channelRules.resetDone')}
          </p>
        )}
      </form>
      {applied && <ReclassifyOffer reclassify={reclassify} />}
      <ChannelRulesTester workspaceId={workspaceId} rules={checked.rules} outcome={outcome} onOutcome={setTested} />
    </section>
  );
}
