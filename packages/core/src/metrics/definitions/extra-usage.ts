import type { MetricDefinition } from '../definition';
import type { RollingActiveMeasure } from '../formula';
import { EVENTS } from '../vocabulary';
import { engineMetric } from './engine';
import { ACTIVITY, PERSON, SESSION_GAP_MINUTES, tracked } from './filters';
import { metric } from './from-catalog';

const rolling = (windowDays: number): RollingActiveMeasure => ({ kind: 'rolling-active', filter: ACTIVITY, windowDays });

/** Product usage the catalog leaves out: visits, DAU/WAU/MAU, stickiness, engaged people. */
export const USAGE_METRICS: readonly MetricDefinition[] = [
  engineMetric({
    id: 'product-ops.sessions',
    functionId: 'product-ops',
    unit: 'count',
    direction: 'higher-is-better',
    name: { en: 'Visits (sessions)', es: 'Visitas (sesiones)', ja: '訪問数（セッション数）', zh: '访问次数（会话数）' },
    definition: {
      en: "Sessions that start in the period. A session is one person's run of `track`, `page` and `screen` events (not messages sent to them nor tool records) with no gap longer than 30 minutes, and belongs to the day it starts.",
      es: 'Sesiones que empiezan en el periodo. Una sesión es una serie de eventos `track`, `page` y `screen` de una persona (no los mensajes que se le envían ni los registros de herramientas) sin pausas de más de 30 minutos, y pertenece al día en que empieza.',
      ja: '期間中に始まったセッション数。セッションとは、1人の `track`・`page`・`screen` イベント（本人宛てのメッセージやツールの記録は除く）の連続で、30分を超える間隔がないもの。開始した日に属する。',
      zh: '周期内开始的会话数。会话是一个人的 `track`、`page`、`screen` 事件序列（不含发给本人的消息和工具记录），相邻事件间隔不超过 30 分钟，归属于其开始的那一天。',
    },
    people: true,
    formula: { kind: 'sessions', filter: ACTIVITY, gapMinutes: SESSION_GAP_MINUTES, aggregate: 'count' },
  }),
  engineMetric({
    id: 'user-ops.dau',
    functionId: 'user-ops',
    unit: 'count',
    direction: 'higher-is-better',
    name: { en: 'Daily active users (DAU)', es: 'Usuarios activos diarios (DAU)', ja: '日次アクティブユーザー（DAU）', zh: '日活跃用户数（DAU）' },
    definition: {
      en: 'For each calendar day of the period, the distinct people active that day (as in user-ops.active-users); the mean over the days of the period.',
      es: 'Para cada día natural del periodo, las personas distintas activas ese día (como en user-ops.active-users); la media sobre los días del periodo.',
      ja: '期間の各暦日について、その日にアクティブだった異なる人数（user-ops.active-users と同じ定義）を求め、期間の日数で平均した値。',
      zh: '对周期内每个自然日，统计当天活跃的不同人数（口径同 user-ops.active-users），再对周期内各天取平均。',
    },
    people: true,
    formula: rolling(1),
  }),
  engineMetric({
    id: 'user-ops.wau',
    functionId: 'user-ops',
    unit: 'count',
    direction: 'higher-is-better',
    name: { en: 'Weekly active users (WAU)', es: 'Usuarios activos semanales (WAU)', ja: '週次アクティブユーザー（WAU）', zh: '周活跃用户数（WAU）' },
    definition: {
      en: 'For each calendar day of the period, the distinct people active in the 7 days ending that day (as in user-ops.active-users; the window may reach before the period); the mean over the days of the period.',
      es: 'Para cada día natural del periodo, las personas distintas activas en los 7 días que terminan ese día (como en user-ops.active-users; la ventana puede empezar antes del periodo); la media sobre los días del periodo.',
      ja: '期間の各暦日について、その日までの7日間にアクティブだった異なる人数（user-ops.active-users と同じ定義。窓は期間の前にさかのぼることがある）を求め、期間の日数で平均した値。',
      zh: '对周期内每个自然日，统计截至当天的 7 天内活跃的不同人数（口径同 user-ops.active-users；窗口可早于周期开始），再对周期内各天取平均。',
    },
    people: true,
    formula: rolling(7),
  }),
  engineMetric({
    id: 'user-ops.mau',
    functionId: 'user-ops',
    unit: 'count',
    direction: 'higher-is-better',
    name: { en: 'Monthly active users (MAU)', es: 'Usuarios activos mensuales (MAU)', ja: '月次アクティブユーザー（MAU）', zh: '月活跃用户数（MAU）' },
    definition: {
      en: 'For each calendar day of the period, the distinct people active in the 30 days ending that day (as in user-ops.active-users; the window may reach before the period); the mean over the days of the period.',
      es: 'Para cada día natural del periodo, las personas distintas activas en los 30 días que terminan ese día (como en user-ops.active-users; la ventana puede empezar antes del periodo); la media sobre los días del periodo.',
      ja: '期間の各暦日について、その日までの30日間にアクティブだった異なる人数（user-ops.active-users と同じ定義。窓は期間の前にさかのぼることがある）を求め、期間の日数で平均した値。',
      zh: '对周期内每个自然日，统计截至当天的 30 天内活跃的不同人数（口径同 user-ops.active-users；窗口可早于周期开始），再对周期内各天取平均。',
    },
    people: true,
    formula: rolling(30),
  }),
  engineMetric({
    id: 'user-ops.stickiness',
    functionId: 'user-ops',
    unit: 'ratio',
    direction: 'higher-is-better',
    name: { en: 'Stickiness (DAU/MAU)', es: 'Adherencia (DAU/MAU)', ja: 'スティッキネス（DAU/MAU）', zh: '用户黏性（DAU/MAU）' },
    definition: {
      en: 'user-ops.dau divided by user-ops.mau for the same period. No value when nobody was active.',
      es: 'user-ops.dau dividido por user-ops.mau del mismo periodo. Sin valor cuando nadie estuvo activo.',
      ja: 'user-ops.dau を同じ期間の user-ops.mau で割った値。アクティブな人がいない場合は値なし。',
      zh: 'user-ops.dau 除以同一周期的 user-ops.mau。无人活跃时无值。',
    },
    formula: { kind: 'ratio', numerator: metric('user-ops.dau'), denominator: metric('user-ops.mau') },
  }),
  engineMetric({
    id: 'user-ops.lifecycle-engaged',
    functionId: 'user-ops',
    unit: 'count',
    direction: 'higher-is-better',
    name: { en: 'Lifecycle: engaged', es: 'Ciclo de vida: comprometidos', ja: 'ライフサイクル：エンゲージ', zh: '生命周期：已互动' },
    definition: {
      en: 'Distinct people who did more than look during the period: at least one `track` "Content Liked", "Content Commented", "Content Saved", "Content Shared", "Post Created", "Activity Joined" or "Signed Up" event.',
      es: 'Personas distintas que hicieron algo más que mirar durante el periodo: al menos un evento `track` "Content Liked", "Content Commented", "Content Saved", "Content Shared", "Post Created", "Activity Joined" o "Signed Up".',
      ja: '期間中に閲覧以上の行動をした異なる人数：`track`「Content Liked」「Content Commented」「Content Saved」「Content Shared」「Post Created」「Activity Joined」「Signed Up」のいずれかのイベントが1件以上ある人。',
      zh: '周期内不只是浏览的不同人数：至少有一次 `track`「Content Liked」「Content Commented」「Content Saved」「Content Shared」「Post Created」「Activity Joined」或「Signed Up」事件。',
    },
    people: true,
    formula: {
      kind: 'distinct',
      filter: tracked([
        EVENTS.contentLiked,
        EVENTS.contentCommented,
        EVENTS.contentSaved,
        EVENTS.contentShared,
        EVENTS.postCreated,
        EVENTS.activityJoined,
        EVENTS.signedUp,
      ]),
      key: PERSON,
    },
  }),
];
