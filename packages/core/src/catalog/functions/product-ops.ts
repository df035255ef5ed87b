import type { FunctionDefinition } from '../types';

/**
 * Product operations moves the product's own numbers with whatever lever works: content,
 * activities, iteration, BD. Installs here are measured in the app (SDK events); store-console
 * downloads belong to app-store operations.
 */
export const productOps: FunctionDefinition = {
  id: 'product-ops',
  stage: 'service',
  orientation: 'conversion',
  name: { en: 'Product operations', es: 'Operación de producto', ja: 'プロダクト運用', zh: '产品运营' },
  summary: {
    en: 'Uses content, activities, product iteration and resource partnerships (BD) to move the product\'s own numbers: installs, registrations, visit frequency and posts.',
    es: 'Utiliza contenidos, actividades, iteraciones del producto y acuerdos de recursos (BD) para mover las cifras del propio producto: instalaciones, registros, frecuencia de visita y publicaciones.',
    ja: 'コンテンツ、キャンペーン、プロダクト改善、リソース提携（BD）を組み合わせ、インストール数、登録数、訪問頻度、投稿数といったプロダクト自体の数値を伸ばす。',
    zh: '综合运用内容、活动、产品迭代和资源 BD 等手段，提升产品自身的数据：装机量、注册量、用户访问频次和发帖量。',
  },
  responsibilities: [
    {
      en: 'Move product metrics with content and activities',
      es: 'Mover las métricas del producto con contenidos y actividades',
      ja: 'コンテンツとキャンペーンによるプロダクト指標の改善',
      zh: '以内容和活动拉动产品数据',
    },
    {
      en: 'Feed user feedback into product iteration',
      es: 'Llevar la opinión de los usuarios a la iteración del producto',
      ja: 'ユーザーの声をプロダクト改善に反映',
      zh: '收集用户反馈，推动产品迭代',
    },
    {
      en: 'Resource partnerships (BD): pre-installs, co-promotion, traffic swaps',
      es: 'Acuerdos de recursos (BD): preinstalaciones, promoción conjunta e intercambio de tráfico',
      ja: 'リソース提携（BD）：プリインストール、共同プロモーション、相互送客',
      zh: '资源 BD：预装、联合推广、流量互换',
    },
    {
      en: 'Onboarding and the registration funnel',
      es: 'Onboarding y embudo de registro',
      ja: 'オンボーディングと登録ファネルの改善',
      zh: '新手引导与注册转化漏斗优化',
    },
    {
      en: 'Community and user posts',
      es: 'Comunidad y publicaciones de los usuarios',
      ja: 'コミュニティとユーザー投稿の活性化',
      zh: '社区与用户发帖（UGC）',
    },
  ],
  deliverables: [
    {
      en: 'Product operations plan with metric targets',
      es: 'Plan de operación del producto con objetivos por métrica',
      ja: '指標目標付きのプロダクト運用計画',
      zh: '产品运营规划（含指标目标）',
    },
    {
      en: 'Iteration requests drawn from user feedback',
      es: 'Requisitos de iteración basados en la opinión de los usuarios',
      ja: 'ユーザーの声に基づく改善要望',
      zh: '基于用户反馈的迭代需求',
    },
    {
      en: 'BD partnership agreements',
      es: 'Acuerdos de colaboración (BD)',
      ja: 'BD提携の契約',
      zh: 'BD 合作协议',
    },
  ],
  kpis: [
    {
      id: 'product-ops.installs',
      name: { en: 'Installs', es: 'Instalaciones', ja: 'インストール数', zh: '装机量' },
      unit: 'count',
      direction: 'higher-is-better',
      definition: {
        en: 'Devices on which the app was installed for the first time during the period: the first `track` "Application Installed" event per device (context.device.id, else anonymousId). Reinstalls on a device already seen do not count. Period: the reporting period in the workspace\'s time zone.',
        es: 'Dispositivos en los que la app se instaló por primera vez durante el periodo: el primer evento `track` "Application Installed" de cada dispositivo (context.device.id o, si falta, anonymousId). Las reinstalaciones en un dispositivo ya visto no cuentan. Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo.',
        ja: '集計期間中にアプリが初めてインストールされた端末数：端末（context.device.id、なければ anonymousId）ごとの最初の `track` "Application Installed" イベント。既知の端末での再インストールは数えない。期間：ワークスペースのタイムゾーンでの集計期間。',
        zh: '统计周期内首次安装 App 的设备数：每台设备（context.device.id，缺失时用 anonymousId）的首个 `track` "Application Installed" 事件。已出现过的设备重装不计。统计周期：按工作区时区划分的报告周期。',
      },
    },
    {
      id: 'product-ops.registrations',
      name: { en: 'Registrations', es: 'Registros', ja: '登録数', zh: '注册量' },
      unit: 'count',
      direction: 'higher-is-better',
      definition: {
        en: 'Distinct people whose first `track` "Signed Up" event falls in the period; a person who signs up twice counts once. One person: a distinct person after identity resolution (anonymous ids merged into the identified user). Period: the reporting period in the workspace\'s time zone.',
        es: 'Personas únicas cuyo primer evento `track` "Signed Up" cae en el periodo; quien se registra dos veces cuenta una sola vez. Una persona: una persona única tras la resolución de identidad (los ID anónimos se unifican con el usuario identificado). Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo.',
        ja: '最初の `track` "Signed Up" イベントが集計期間内にあるユニーク人数。2回登録した人も1人と数える。1人＝名寄せ（匿名IDを識別済みユーザーに統合）後のユニークユーザー。期間：ワークスペースのタイムゾーンでの集計期間。',
        zh: '首个 `track` "Signed Up" 事件落在统计周期内的去重人数；注册两次的人只计一次。一人：经身份归并（匿名 ID 合并到已识别用户）后去重的自然人。统计周期：按工作区时区划分的报告周期。',
      },
    },
    {
      id: 'product-ops.visit-frequency',
      name: { en: 'Visit frequency', es: 'Frecuencia de visita', ja: '訪問頻度', zh: '访问频次' },
      unit: 'per-person',
      direction: 'higher-is-better',
      definition: {
        en: 'Sessions in the period divided by user-ops.active-users for the same period. A session is one person\'s run of `track`, `page` and `screen` events with no gap longer than 30 minutes, and belongs to the day it starts. One person: a distinct person after identity resolution. Period: the reporting period in the workspace\'s time zone.',
        es: 'Sesiones del periodo divididas entre user-ops.active-users del mismo periodo. Una sesión es una secuencia de eventos `track`, `page` y `screen` de una persona sin pausas de más de 30 minutos, y pertenece al día en que empieza. Una persona: una persona única tras la resolución de identidad. Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo.',
        ja: '集計期間中のセッション数 ÷ 同期間の user-ops.active-users。セッション＝1人の `track`／`page`／`screen` イベントの連続で、間隔が30分を超えないもの。開始日に計上する。1人＝名寄せ後のユニークユーザー。期間：ワークスペースのタイムゾーンでの集計期間。',
        zh: '统计周期内的会话数 ÷ 同期 user-ops.active-users。会话指同一人连续的 `track`、`page`、`screen` 事件，相邻事件间隔不超过 30 分钟，计入会话开始的那一天。一人：经身份归并后去重的自然人。统计周期：按工作区时区划分的报告周期。',
      },
    },
    {
      id: 'product-ops.posts',
      name: { en: 'Posts', es: 'Publicaciones', ja: '投稿数', zh: '发帖量' },
      unit: 'count',
      direction: 'higher-is-better',
      definition: {
        en: 'Posts users wrote in the product\'s community during the period: `track` "Post Created" events, deduplicated by post_id; posts deleted later still count. Content published by the team is content-ops.content-count. Period: the reporting period in the workspace\'s time zone.',
        es: 'Publicaciones que los usuarios escribieron en la comunidad del producto durante el periodo: eventos `track` "Post Created", sin duplicados por post_id; las que luego se eliminan siguen contando. El contenido que publica el equipo es content-ops.content-count. Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo.',
        ja: '集計期間中にユーザーがプロダクト内コミュニティに書いた投稿数：`track` "Post Created" イベント（post_id で重複除去）。後で削除された投稿も数える。チームが公開するコンテンツは content-ops.content-count で数える。期間：ワークスペースのタイムゾーンでの集計期間。',
        zh: '统计周期内用户在产品社区发布的帖子数：`track` "Post Created" 事件，按 post_id 去重；之后被删除的帖子仍计入。团队发布的内容计入 content-ops.content-count。统计周期：按工作区时区划分的报告周期。',
      },
    },
  ],
};
