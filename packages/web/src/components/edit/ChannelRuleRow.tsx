import { ActionIcon, Alert, Badge, Button, Code, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiIssue } from '../../api/errors';
import type { RuleCheck, RuleDraft } from './channelRulesForm';
import { pathInRule } from './channelRulesForm';
import { describeCondition } from './channelRulesText';
import { ChannelRuleEditor } from './ChannelRuleEditor';
import { ProblemList } from './ProblemList';

interface Props {
  draft: RuleDraft;
  index: number;
  count: number;
  check: RuleCheck;
  /** What the server said about this rule when it refused the last save. */
  refused: readonly ApiIssue[];
  /** The last test's traffic source matched this rule. */
  matched: boolean;
  open: boolean;
  onToggle: () => void;
  /** Moves the rule by `delta` places (clamped to the list): -1 up, 1 down, -index to the top. */
  onMove: (delta: number) => void;
  onDelete: () => void;
  onChange: (draft: RuleDraft) => void;
}

/** One rule of the list: its number, channel and condition in a line, its problems, and its editor when open. */
export function ChannelRuleRow({ draft, index, count, check, refused, matched, open, onToggle, onMove, onDelete, onChange }: Props) {
  const { t } = useTranslation();
  const number = index + 1;
  const invalid = check.problems.length > 0 || refused.length > 0;
  const testId = `channel-rule-${index}`;
  const className = ['channel-rule', matched ? 'is-matched' : '', invalid ? 'has-problems' : '', open ? 'is-open' : ''].filter(Boolean).join(' ');

  return (
    <li className={className} data-testid={testId} data-matched={matched || undefined}>
      <div className="channel-rule-head">
        <span className="channel-rule-number" aria-label={t('channelRules.number', { number })}>
          {number}
        </span>
        <strong className="channel-rule-channel" data-testid={`${testId}-channel`}>
          {draft.channel.trim() || '—'}
        </strong>
        <span className="channel-rule-summary" data-testid={`${testId}-summary`}>
          {check.rule ? describeCondition(check.rule.when, t) : <em className="field-problem">{t('channelRules.invalidRule')}</em>}
        </span>
        <span className="channel-rule-badges">
          {matched && (
            <Badge color="green" data-testid={`${testId}-matched`}>
              ✓ {t('channelRules.matched')}
            </Badge>
          )}
        </span>
        <Group gap={4} wrap="nowrap" className="row-actions">
          <ActionIcon variant="subtle" color="gray" aria-label={t('channelRules.moveTop', { number })} title={t('channelRules.moveTop', { number })} disabled={index === 0} onClick={() => onMove(-index)} data-testid={`${testId}-top`}>
            ⤒
          </ActionIcon>
          <ActionIcon variant="subtle" color="gray" aria-label={t('channelRules.moveUp', { number })} title={t('channelRules.moveUp', { number })} disabled={index === 0} onClick={() => onMove(-1)} data-testid={`${testId}-up`}>
            ↑
          </ActionIcon>
          <ActionIcon variant="subtle" color="gray" aria-label={t('channelRules.moveDown', { number })} title={t('channelRules.moveDown', { number })} disabled={index === count - 1} onClick={() => onMove(1)} data-testid={`${testId}-down`}>
            ↓
          </ActionIcon>
          <Button variant="default" size="compact-sm" aria-expanded={open} aria-label={open ? t('channelRules.closeRule', { number }) : t('channelRules.editRule', { number })} onClick={onToggle} data-testid={`${testId}-edit`}>
            {open ? t('channelRules.done') : t('action.edit')}
          </Button>
          <Button variant="subtle" color="red" size="compact-sm" aria-label={t('channelRules.deleteRule', { number })} title={t('channelRules.deleteRule', { number })} onClick={onDelete} data-testid={`${testId}-delete`}>
            {t('action.delete')}
          </Button>
        </Group>
      </div>
      {!open && <ProblemList problems={check.problems} withPath testId={`${testId}-problems`} />}
      {refused.length > 0 && (
        <Alert color="red" className="notice" data-testid={`${testId}-refused`} title={t('channelRules.serverRefused')}>
          <ul className="notice-issues">
            {refused.map((issue, i) => (
              <li key={`${issue.path}-${i}`}>
                {pathInRule(issue.path) ? <Code>{pathInRule(issue.path)}</Code> : null}
                {pathInRule(issue.path) ? ' – ' : ''}
                {issue.message}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      {open && <ChannelRuleEditor draft={draft} index={index} problems={check.problems} onChange={onChange} />}
    </li>
  );
}
