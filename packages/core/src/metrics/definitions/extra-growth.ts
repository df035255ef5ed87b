import type { MetricDefinition } from '../definition';
import { PROPS } from '../vocabulary';
import { engineMetric } from './engine';
import { INVITATIONS, SIGN_UPS } from './filters';
import { metric } from './from-catalog';

/** Viral growth ("fission"): invitations, their conversion, the K-factor and the cycle time. */
export const GROWTH_METRICS: readonly MetricDefinition[] = [
  engineMetric({
    id: 'after-sales.invitations',
    functionId: 'after-sales',
    unit: 'count',
    direction: 'higher-is-better',
    name: { en: 'Invitations sent', es: 'Invitaciones enviadas', ja: '招待送信数', zh: '邀请发送数' },
    definition: {
      en: 'Invitations people sent during the period: `track` "Referral Sent" events, deduplicated by messageId.',
      es: 'Invitaciones que las personas enviaron durante el periodo: eventos `track` "Referral Sent", deduplicados por messageId.',
      ja: '期間中に人が送った招待の数：`track`「Referral Sent」イベントをmessageIdで重複排除して数える。',
      zh: '周期内用户发出的邀请数：`track`「Referral Sent」事件，按 messageId 去重。',
    },
    formula: { kind: 'count', filter: INVITATIONS },
  }),
  engineMetric({
    id: 'after-sales.invitations-per-user',
    functionId: 'after-sales',
    unit: 'per-person',
    direction: 'higher-is-better',
    name: { en: 'Invitations per user', es: 'Invitaciones por usuario', ja: 'ユーザーあたり招待数', zh: '人均邀请数' },
    definition: {
      en: 'after-sales.invitations divided by user-ops.active-users for the same period. No value when nobody was active.',
      es: 'after-sales.invitations dividido por user-ops.active-users del mismo periodo. Sin valor cuando nadie estuvo activo.',
      ja: 'after-sales.invitations を同じ期間の user-ops.active-users で割った値。アクティブな人がいない場合は値なし。',
      zh: 'after-sales.invitations 除以同一周期的 user-ops.active-users。无人活跃时无值。',
    },
    formula: { kind: 'ratio', numerator: metric('after-sales.invitations'), denominator: metric('user-ops.active-users') },
  }),
  engineMetric({
    id: 'after-sales.invitation-conversion',
    functionId: 'after-sales',
    unit: 'ratio',
    direction: 'higher-is-better',
    name: { en: 'Invitation conversion rate', es: 'Tasa de conversión de invitaciones', ja: '招待コンバージョン率', zh: '邀请转化率' },
    definition: {
      en: 'after-sales.referrals divided by after-sales.invitations for the same period: referred sign-ups per invitation sent. A share link can bring several sign-ups, so the rate can exceed 1. No value when no invitation was sent.',
      es: 'after-sales.referrals dividido por after-sales.invitations del mismo periodo: registros referidos por invitación enviada. Un enlace compartido puede traer varios registros, así que la tasa puede superar 1. Sin valor cuando no se envió ninguna invitación.',
      ja: 'after-sales.referrals を同じ期間の after-sales.invitations で割った値。送った招待1件あたりの紹介経由の登録数。共有リンクは複数の登録をもたらしうるため1を超えることがある。招待がない場合は値なし。',
      zh: 'after-sales.referrals 除以同一周期的 after-sales.invitations：每发出一个邀请带来的推荐注册数。一个分享链接可带来多个注册，因此比率可能大于 1。未发出邀请时无值。',
    },
    formula: { kind: 'ratio', numerator: metric('after-sales.referrals'), denominator: metric('after-sales.invitations') },
  }),
  engineMetric({
    id: 'after-sales.viral-coefficient',
    functionId: 'after-sales',
    unit: 'per-person',
    direction: 'higher-is-better',
    name: { en: 'Viral coefficient (K-factor)', es: 'Coeficiente viral (factor K)', ja: 'バイラル係数（Kファクター）', zh: '病毒系数（K 因子）' },
    definition: {
      en: 'K = after-sales.invitations-per-user x after-sales.invitation-conversion for the same period: new people each active user brings in. K > 1 means each cohort brings a larger one. Read it together with after-sales.viral-cycle-time. No value when either factor has none.',
      es: 'K = after-sales.invitations-per-user x after-sales.invitation-conversion del mismo periodo: personas nuevas que aporta cada usuario activo. K > 1 significa que cada cohorte trae otra mayor. Se lee junto con after-sales.viral-cycle-time. Sin valor cuando algún factor no tiene valor.',
      ja: 'K = 同じ期間の after-sales.invitations-per-user × after-sales.invitation-conversion。アクティブユーザー1人が連れてくる新しい人の数。K > 1 なら各コホートがより大きなコホートを生む。after-sales.viral-cycle-time と併せて読む。いずれかの因子に値がない場合は値なし。',
      zh: 'K = 同一周期的 after-sales.invitations-per-user × after-sales.invitation-conversion：每个活跃用户带来的新人数。K > 1 表示每一批用户会带来更大的一批。应与 after-sales.viral-cycle-time 一起看。任一因子无值时无值。',
    },
    formula: { kind: 'product', factors: [metric('after-sales.invitations-per-user'), metric('after-sales.invitation-conversion')] },
  }),
  engineMetric({
    id: 'after-sales.viral-cycle-time',
    functionId: 'after-sales',
    unit: 'duration',
    direction: 'lower-is-better',
    name: { en: 'Viral cycle time', es: 'Tiempo del ciclo viral', ja: 'バイラルサイクルタイム', zh: '病毒传播周期' },
    definition: {
      en: 'Mean time in seconds from an invitation to the sign-up it brought: for each person whose first `track` "Signed Up" event falls in the period and carries a referral_code, the time since the earliest "Referral Sent" event with the same referral_code at or before the sign-up. Sign-ups without such an invitation are left out; no value when none is left.',
      es: 'Tiempo medio en segundos desde una invitación hasta el registro que trajo: para cada persona cuyo primer evento `track` "Signed Up" cae en el periodo y lleva un referral_code, el tiempo desde el evento "Referral Sent" más temprano con el mismo referral_code, anterior o simultáneo al registro. Los registros sin esa invitación se excluyen; sin valor cuando no queda ninguno.',
      ja: '招待から、それがもたらした登録までの平均時間（秒）：初めての `track`「Signed Up」イベントが期間内にあり referral_code を持つ各人について、同じ referral_code を持ち登録以前の最も早い「Referral Sent」イベントからの経過時間。そのような招待のない登録は除外し、残らない場合は値なし。',
      zh: '从邀请到其带来的注册的平均时长（秒）：对首次 `track`「Signed Up」事件落在周期内且带 referral_code 的每个人，计算自同一 referral_code、时间不晚于注册的最早「Referral Sent」事件起的时长。没有对应邀请的注册不计；一个都没有时无值。',
    },
    people: true,
    formula: { kind: 'elapsed', start: INVITATIONS, end: SIGN_UPS, join: PROPS.referralCode },
  }),
];
