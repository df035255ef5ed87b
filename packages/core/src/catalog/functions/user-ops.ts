import type { FunctionDefinition } from '../types';

/**
 * User operations: the user base itself. "New user" means first seen (anonymous included), the way
 * app analytics count 新增用户; completed sign-ups are product operations' registrations.
 */
export const userOps: FunctionDefinition = {
  id: 'user-ops',
  stage: 'service',
  orientation: 'retention',
  name: { en: 'User operations', es: 'Operaciones de usuario', ja: 'ユーザー運用', zh: '用户运营' },
  summary: {
    en: 'Works on the user base itself: acquisition, retention, activation and segmentation of users, to raise new users, retention rate, active users and time spent.',
    es: 'Trabaja sobre la base de usuarios: captación, retención, activación y segmentación, para aumentar los usuarios nuevos, la tasa de retención, los usuarios activos y el tiempo de uso.',
    ja: 'ユーザー基盤そのものを運用する。獲得、定着、活性化、セグメント分けを通じて、新規ユーザー数、定着率、アクティブユーザー数、滞在時間を伸ばす。',
    zh: '围绕用户本身开展运营：拉新、留存、促活与用户分层，持续提升新增用户数、留存率、活跃用户数和使用时长。',
  },
  responsibilities: [
    {
      en: 'User acquisition',
      es: 'Captación de usuarios',
      ja: 'ユーザー獲得',
      zh: '拉新',
    },
    {
      en: 'Retention and churn prevention',
      es: 'Retención y prevención del abandono',
      ja: '定着率の向上と離脱防止',
      zh: '留存与防流失',
    },
    {
      en: 'Activation and engagement',
      es: 'Activación y engagement',
      ja: 'アクティブ化・エンゲージメント向上',
      zh: '促活',
    },
    {
      en: 'User segmentation and tiering',
      es: 'Segmentación y niveles de usuarios',
      ja: 'ユーザーのセグメント・ランク分け',
      zh: '用户分层',
    },
    {
      en: 'Lifecycle messaging: email, SMS, push',
      es: 'Comunicación según el ciclo de vida: email, SMS, push',
      ja: 'ライフサイクルに沿った配信（メール、SMS、プッシュ通知）',
      zh: '用户生命周期触达：邮件、短信、Push',
    },
  ],
  deliverables: [
    {
      en: 'User segmentation model',
      es: 'Modelo de segmentación de usuarios',
      ja: 'ユーザーセグメントモデル',
      zh: '用户分层模型',
    },
    {
      en: 'Acquisition and retention plans',
      es: 'Planes de captación y retención',
      ja: '獲得・定着施策の計画書',
      zh: '拉新与留存方案',
    },
    {
      en: 'Retention cohort reports',
      es: 'Informes de cohortes de retención',
      ja: '定着率のコホートレポート',
      zh: '留存分析报告（同期群）',
    },
  ],
  kpis: [
    {
      id: 'user-ops.new-users',
      name: { en: 'New users', es: 'Usuarios nuevos', ja: '新規ユーザー数', zh: '新增用户数' },
      unit: 'count',
      direction: 'higher-is-better',
      definition: {
        en: 'Distinct people whose first event ever (any `track`, `page` or `screen` event they performed) falls in the period. Anonymous visitors count, and are not counted again when they later identify. One person: a distinct person after identity resolution (anonymous ids merged into the identified user). Period: the reporting period in the workspace\'s time zone.',
        es: 'Personas únicas cuyo primer evento (cualquier evento `track`, `page` o `screen` que hayan realizado) cae en el periodo. Los visitantes anónimos cuentan, y no vuelven a contarse cuando más tarde se identifican. Una persona: una persona única tras la resolución de identidad (los ID anónimos se unifican con el usuario identificado). Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo.',
        ja: '初めてのイベント（本人が行った `track`／`page`／`screen` イベントのいずれか）が集計期間内にあるユニーク人数。匿名の訪問者も含み、後で識別されても再カウントしない。1人＝名寄せ（匿名IDを識別済みユーザーに統合）後のユニークユーザー。期間：ワークスペースのタイムゾーンでの集計期間。',
        zh: '首次事件（本人触发的任一 `track`、`page` 或 `screen` 事件）落在统计周期内的去重人数。匿名访客也计入，之后完成身份识别时不重复计算。一人：经身份归并（匿名 ID 合并到已识别用户）后去重的自然人。统计周期：按工作区时区划分的报告周期。',
      },
    },
    {
      id: 'user-ops.retention-rate',
      name: { en: 'Retention rate (day N)', es: 'Tasa de retención (día N)', ja: '定着率（N日後）', zh: '留存率（第 N 日）' },
      unit: 'ratio',
      direction: 'higher-is-better',
      definition: {
        en: 'First-time, N-day retention (N = 7 unless the workspace sets another N): the cohort is the people whose first event falls in the period (as in user-ops.new-users); a person is retained when they perform any `track`, `page` or `screen` event on calendar day N after their first day, counting calendar days in the workspace\'s time zone. Rate = retained / cohort; people whose day N has not come yet are left out of both. One person: a distinct person after identity resolution.',
        es: 'Retención de primera vez al día N (N = 7 salvo que el espacio de trabajo fije otro): la cohorte son las personas cuyo primer evento cae en el periodo (como en user-ops.new-users); una persona queda retenida si realiza cualquier evento `track`, `page` o `screen` el día natural N después de su primer día, contando días naturales en la zona horaria del espacio de trabajo. Tasa = retenidas / cohorte; las personas cuyo día N aún no ha llegado quedan fuera de ambos. Una persona: una persona única tras la resolución de identidad.',
        ja: '初回基準のN日後定着率（ワークスペースで指定がなければ N = 7）。コホート＝初めてのイベントが集計期間内にある人（user-ops.new-users と同じ）。初日からN暦日目（ワークスペースのタイムゾーンで数える）に `track`／`page`／`screen` イベントのいずれかを行った人を定着とみなす。定着率＝定着した人数 ÷ コホート人数。N日目がまだ来ていない人は分子・分母の両方から除く。1人＝名寄せ後のユニークユーザー。',
        zh: '首次口径的第 N 日留存（工作区未另行设置时 N = 7）：同期群为首次事件落在统计周期内的人（口径同 user-ops.new-users）；若某人在首日之后的第 N 个自然日（按工作区时区计算）触发任一 `track`、`page` 或 `screen` 事件，即计为留存。留存率 = 留存人数 ÷ 同期群人数；尚未到第 N 日的人不计入分子和分母。一人：经身份归并后去重的自然人。',
      },
    },
    {
      id: 'user-ops.active-users',
      name: { en: 'Active users', es: 'Usuarios activos', ja: 'アクティブユーザー数', zh: '活跃用户数' },
      unit: 'count',
      direction: 'higher-is-better',
      definition: {
        en: 'Distinct people who performed at least one `track`, `page` or `screen` event during the period. Messages the company sends them (such as "Email Delivered" or "Push Notification Received") do not make a person active. Daily, weekly and monthly periods give DAU, WAU and MAU. One person: a distinct person after identity resolution (anonymous ids merged into the identified user). Period: the reporting period in the workspace\'s time zone.',
        es: 'Personas únicas que realizaron al menos un evento `track`, `page` o `screen` durante el periodo. Los mensajes que la empresa les envía (como "Email Delivered" o "Push Notification Received") no vuelven activa a una persona. Con periodos diario, semanal y mensual se obtienen DAU, WAU y MAU. Una persona: una persona única tras la resolución de identidad (los ID anónimos se unifican con el usuario identificado). Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo.',
        ja: '集計期間中に `track`／`page`／`screen` イベントを1件以上行ったユニーク人数。企業側からの配信（"Email Delivered"、"Push Notification Received" など）だけではアクティブとみなさない。期間を日・週・月にすると DAU・WAU・MAU になる。1人＝名寄せ（匿名IDを識別済みユーザーに統合）後のユニークユーザー。期間：ワークスペースのタイムゾーンでの集計期間。',
        zh: '统计周期内至少触发一次 `track`、`page` 或 `screen` 事件的去重人数。企业发给用户的消息（如 "Email Delivered"、"Push Notification Received"）不算活跃。按日、周、月统计即为 DAU、WAU、MAU。一人：经身份归并（匿名 ID 合并到已识别用户）后去重的自然人。统计周期：按工作区时区划分的报告周期。',
      },
    },
    {
      id: 'user-ops.time-spent',
      name: {
        en: 'Time spent per active user',
        es: 'Tiempo de uso por usuario activo',
        ja: 'アクティブユーザー1人あたり滞在時間',
        zh: '人均使用时长',
      },
      unit: 'duration',
      direction: 'higher-is-better',
      definition: {
        en: 'Total session time in the period divided by user-ops.active-users, in seconds. A session is one person\'s run of `track`, `page` and `screen` events with no gap longer than 30 minutes; it lasts from its first to its last event (a single-event session adds zero) and belongs to the day it starts. One person: a distinct person after identity resolution. Period: the reporting period in the workspace\'s time zone.',
        es: 'Tiempo total de sesión en el periodo dividido entre user-ops.active-users, en segundos. Una sesión es una secuencia de eventos `track`, `page` y `screen` de una persona sin pausas de más de 30 minutos; dura desde su primer hasta su último evento (una sesión de un solo evento suma cero) y pertenece al día en que empieza. Una persona: una persona única tras la resolución de identidad. Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo.',
        ja: '集計期間中の総セッション時間 ÷ user-ops.active-users（単位：秒）。セッション＝1人の `track`／`page`／`screen` イベントの連続で、間隔が30分を超えないもの。最初のイベントから最後のイベントまでを長さとし（イベント1件のみのセッションは0秒）、開始日に計上する。1人＝名寄せ後のユニークユーザー。期間：ワークスペースのタイムゾーンでの集計期間。',
        zh: '统计周期内的会话总时长 ÷ user-ops.active-users，单位为秒。会话指同一人连续的 `track`、`page`、`screen` 事件，相邻事件间隔不超过 30 分钟；时长从首个事件算到最后一个事件（只有一个事件的会话记为 0），计入会话开始的那一天。一人：经身份归并后去重的自然人。统计周期：按工作区时区划分的报告周期。',
      },
    },
  ],
};
