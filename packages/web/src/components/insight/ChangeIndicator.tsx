import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/useLocale';
import { changeStyle, formatChange, formatPoints } from '../analytics/format';
import { changeTone } from './numbers';
import type { Direction } from './numbers';

interface Props {
  /** Relative change against the previous period (0.12 = +12%). */
  relative: number | null | undefined;
  /** current - previous in the metric's unit; a ratio's or a score's change is shown in points from it. */
  change?: number | null | undefined;
  /** The metric's unit (`ratio`: the change is shown in percentage points; `score`: in points). */
  unit?: string;
  direction: Direction;
  /** The previous period's value, formatted, for the tooltip and screen readers. */
  previous?: string;
  testId?: string;
}

const ARROWS = { up: '▲', down: '▼', flat: '▶' } as const;

/**
 * The change against the previous period: an arrow for the way it moved, coloured by whether that
 * is good for this metric (a falling cost per contact is good news), with the judgement in words
 * for screen readers, since colour must not carry meaning alone. A rate's change is in percentage
 * points (1.6% -> 0.5% is -1.1 pts), a score's in its own points (NPS 30 -> 35 is +5 pts), every
 * other metric's relative to the previous value (`changeStyle`).
 */
export function ChangeIndicator({ relative, change, unit, direction, previous, testId }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const style = changeStyle(unit);
  const inPoints = style !== 'relative' && change !== undefined;
  const pointsKey = style === 'score-points' ? 'scorePoints' : 'points';
  const moved = inPoints ? change : relative;
  const tone = changeTone(moved, direction);
  const title = previous === undefined ? undefined : t('overview.change.previous', { value: previous });
  if (tone === 'none') {
    return (
      <span className="change change-none" title={title} data-testid={testId}>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('overview.change.none')}</span>
      </span>
    );
  }
  const arrow = moved! > 0 ? ARROWS.up : moved! < 0 ? ARROWS.down : ARROWS.flat;
  return (
    <span className={`change change-${tone}`} title={inPoints ? [t(`overview.change.${pointsKey}Title`), title].filter(Boolean).join(' · ') : title} data-testid={testId} data-tone={tone}>
      <span aria-hidden="true">{arrow} </span>
      {inPoints ? t(`overview.change.${pointsKey}`, { value: formatPoints(change, locale, style === 'score-points' ? 1 : 100) }) : formatChange(relative, locale)}
      <span className="visually-hidden"> ({t(`overview.change.${tone}`)})</span>
    </span>
  );
}
