import { useTranslation } from 'react-i18next';
import { useLocale } from '../../i18n/useLocale';
import { formatMetricValue } from '../analytics/format';

interface Props {
  /** value ÷ target (or target ÷ value when lower is better); null when it means nothing. */
  attainment: number | null;
  met: boolean | null;
  testId?: string;
}

/** How far a KPI has come towards its target: a bar (full at 100%) with the percentage in words. */
export function AttainmentBar({ attainment, met, testId }: Props) {
  const { t } = useTranslation();
  const { locale } = useLocale();
  if ((attainment === null || !Number.isFinite(attainment)) && met !== null) {
    // Why: a lower-is-better KPI at 0, or a signed one such as NPS, has no meaningful ratio but is
    // still met or missed; say which instead of hiding it behind a dash.
    return (
      <span className={`attainment ${met ? 'attainment-met' : 'attainment-short'}`} data-testid={testId}>
        <span className="attainment-text">{t(met ? 'dashboards.attainment.metNoRatio' : 'dashboards.attainment.missedNoRatio')}</span>
      </span>
    );
  }
  if (attainment === null || !Number.isFinite(attainment)) {
    return (
      <span className="muted" data-testid={testId}>
        —
      </span>
    );
  }
  const text = formatMetricValue(attainment, 'ratio', locale);
  const width = `${Math.max(0, Math.min(1, attainment)) * 100}%`;
  return (
    <span className={`attainment ${met ? 'attainment-met' : 'attainment-short'}`} data-testid={testId}>
      <span className="attainment-track" role="img" aria-label={t(met ? 'dashboards.attainment.met' : 'dashboards.attainment.short', { value: text })}>
        <span className="attainment-fill" style={{ width }} />
      </span>
      <span className="attainment-text">
        {text}
        {met && <span aria-hidden="true"> ✓</span>}
      </span>
    </span>
  );
}
