import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/useLocale';
import { formatChange } from '../analytics/format';
import { changeTone } from './numbers';
import type { Direction } from './numbers';

interface Props {
  /** Relative change against the previous period (0.12 = +12%). */
  relative: number | null | undefined;
  direction: Direction;
  /** The previous period's value, formatted, for the tooltip and screen readers. */
  previous?: string;
  testId?: string;
}

const ARROWS = { up: '▲', down: '▼', flat: '▶' } as const;

/**
 * The change against the previous period: an arrow for the way it moved, coloured by whether that
 * is good for this metric (a falling cost per contact is good news), with the judgement in words
 * for screen readers, since colour must not carry meaning alone.
 */
export function ChangeIndicator({ relative, direction, previous, testId }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  const tone = changeTone(relative, direction);
  const title = previous === undefined ? undefined : t('overview.change.previous', { value: previous });
  if (tone === 'none') {
    return (
      <span className="change change-none" title={title} data-testid={testId}>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('overview.change.none')}</span>
      </span>
    );
  }
  const arrow = relative! > 0 ? ARROWS.up : relative! < 0 ? ARROWS.down : ARROWS.flat;
  return (
    <span className={`change change-${tone}`} title={title} data-testid={testId} data-tone={tone}>
      <span aria-hidden="true">{arrow} </span>
      {formatChange(relative, locale)}
      <span className="visually-hidden"> ({t(`overview.change.${tone}`)})</span>
    </span>
  );
}
