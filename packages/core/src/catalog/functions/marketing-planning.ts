import type { FunctionDefinition } from '../types';

/**
 * Marketing planning, the front-line command post. As the function that turns direction into
 * plans it owns the marketing stage's totals: every target person any marketing touch reached, and
 * every marketing cost divided by them. Whether the product sells is deliberately not its number.
 */
export const marketingPlanning: FunctionDefinition = {
  id: 'marketing-planning',
  stage: 'marketing',
  orientation: 'awareness',
  name: { en: 'Marketing planning', es: 'Planificación de marketing', ja: 'マーケティング企画', zh: '市场策划' },
  summary: {
    en: 'The front-line command post: works per product or per activity, turning strategy into product positioning, selling points, communication plans and promotion materials, and plans and runs launches, fairs and events together with brand and PR.',
    es: 'El puesto de mando en primera línea: trabaja por producto o por actividad y convierte la estrategia en posicionamiento de producto, argumentos de venta, planes de comunicación y materiales promocionales; planifica y ejecuta lanzamientos, ferias y eventos junto con marca y relaciones públicas.',
    ja: '最前線の指揮所。製品単位・施策単位で動き、戦略を製品ポジショニング、セールスポイント、コミュニケーション計画、販促ツールに落とし込む。ブランド・広報と連携して新製品発表会、展示会、イベントを企画・実施する。',
    zh: '一线指挥所：以产品或活动为单位开展工作，把战略落地为产品定位、卖点、传播策略和推广物料，并与品牌、公关协作策划执行发布会、招商会和各类活动。',
  },
  responsibilities: [
    {
      en: 'Product positioning and selling-point extraction',
      es: 'Posicionamiento de producto y definición de argumentos de venta',
      ja: '製品ポジショニングとセールスポイントの抽出',
      zh: '产品定位分析与卖点提炼',
    },
    {
      en: 'Product communication strategy',
      es: 'Estrategia de comunicación de producto',
      ja: '製品コミュニケーション戦略の策定',
      zh: '产品传播策略',
    },
    {
      en: 'User insight and competitor analysis',
      es: 'Insights de usuario y análisis de la competencia',
      ja: 'ユーザーインサイトと競合分析',
      zh: '用户洞察与竞品分析',
    },
    {
      en: 'Promotion materials',
      es: 'Materiales promocionales',
      ja: '販促ツールの制作',
      zh: '产品推广物料',
    },
    {
      en: 'Plan and run launches, investment fairs, press conferences and exhibition forums',
      es: 'Planificar y ejecutar lanzamientos, ferias de inversión, ruedas de prensa y foros con exposición',
      ja: '新製品発表会、誘致説明会、記者発表会、展示会フォーラムの企画・運営',
      zh: '策划执行产品发布会、招商会、新闻发布会和展会论坛',
    },
    {
      en: 'Online and offline event marketing together with brand and PR',
      es: 'Marketing de eventos online y offline junto con marca y relaciones públicas',
      ja: 'ブランド・広報と連携したオンライン／オフラインのイベントマーケティング',
      zh: '配合品牌与公关开展线上线下事件营销',
    },
  ],
  deliverables: [
    {
      en: 'Marketing plan per product or campaign',
      es: 'Plan de marketing por producto o campaña',
      ja: '製品・キャンペーン別のマーケティング計画書',
      zh: '产品或活动营销策划方案',
    },
    {
      en: 'Selling points and communication brief',
      es: 'Argumentario de venta y brief de comunicación',
      ja: 'セールスポイント整理とコミュニケーションブリーフ',
      zh: '卖点梳理与传播简报',
    },
    {
      en: 'Competitor analysis and user insight reports',
      es: 'Informes de análisis de la competencia e insights de usuario',
      ja: '競合分析・ユーザーインサイトレポート',
      zh: '竞品分析与用户洞察报告',
    },
    {
      en: 'Event plans and event materials',
      es: 'Planes y materiales de eventos',
      ja: 'イベント企画書と運営ツール',
      zh: '活动策划案与活动物料',
    },
  ],
  kpis: [
    {
      id: 'marketing-planning.target-reach',
      name: { en: 'Target customers reached', es: 'Clientes objetivo alcanzados', ja: 'ターゲット顧客リーチ数', zh: '目标客户触达数' },
      unit: 'count',
      direction: 'higher-is-better',
      definition: {
        en: 'Distinct target people with at least one marketing touch in the period, across every marketing channel: a `page` or `screen` event whose channel (default channel grouping of the UTM parameters and referrer) is anything but Direct, Email, SMS, Mobile Push Notifications or Unassigned, or a `track` "Event Attended" event at a marketing event. Email, SMS and push are left out because they reach existing users. Target people: those matching the workspace\'s target-audience rule on `identify` traits (everyone when no rule is set). One person: a distinct person after identity resolution (anonymous ids merged into the identified user), counted once however many touches. Period: the reporting period in the workspace\'s time zone.',
        es: 'Personas objetivo únicas con al menos un contacto de marketing en el periodo, en cualquier canal de marketing: un evento `page` o `screen` cuyo canal (agrupación de canales predeterminada según los parámetros UTM y el referente) no sea Direct, Email, SMS, Mobile Push Notifications ni Unassigned, o un evento `track` "Event Attended" en un evento de marketing. Email, SMS y push se excluyen porque llegan a usuarios que ya existen. Personas objetivo: las que cumplen la regla de público objetivo del espacio de trabajo sobre los traits de `identify` (todas, si no hay regla). Una persona: una persona única tras la resolución de identidad (los ID anónimos se unifican con el usuario identificado), contada una vez sin importar cuántos contactos tenga. Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo.',
        ja: '集計期間中に、いずれかのマーケティングチャネルで1回以上接触したターゲットのユニーク人数。接触＝チャネル（UTMパラメータとリファラーによる既定のチャネルグループ）が Direct、Email、SMS、Mobile Push Notifications、Unassigned 以外の `page`／`screen` イベント、またはマーケティングイベントでの `track` "Event Attended" イベント。メール・SMS・プッシュは既存ユーザーへの配信のため除く。ターゲット＝`identify` の属性（traits）に対するワークスペースのターゲット条件に合致する人（条件未設定なら全員）。1人＝名寄せ（匿名IDを識別済みユーザーに統合）後のユニークユーザーで、接触回数にかかわらず1人と数える。期間：ワークスペースのタイムゾーンでの集計期間。',
        zh: '统计周期内在任一营销渠道至少被触达一次的目标人群去重人数。触达指：渠道（按 UTM 参数和来源页的默认渠道分组）不属于 Direct、Email、SMS、Mobile Push Notifications 或 Unassigned 的 `page`/`screen` 事件，或营销活动现场的 `track` "Event Attended" 事件。邮件、短信和 Push 面向的是存量用户，因此不计。目标人群：符合工作区基于 `identify` 用户属性（traits）所设目标人群规则的人（未设规则时为所有人）。一人：经身份归并（匿名 ID 合并到已识别用户）后去重的自然人，无论触达多少次只计一人。统计周期：按工作区时区划分的报告周期。',
      },
    },
    {
      id: 'marketing-planning.cost-per-contact',
      name: { en: 'Cost per contact', es: 'Costo por contacto', ja: '接触単価', zh: '人均触达成本' },
      unit: 'currency-per-person',
      direction: 'lower-is-better',
      definition: {
        en: 'All marketing costs dated in the period, of every cost type (media, events, PR, materials, agency, influencer) and whichever function owns them, summed in the workspace\'s reporting currency, divided by marketing-planning.target-reach for the same period. No value when nobody was reached. Period: the reporting period in the workspace\'s time zone, by cost date.',
        es: 'Todos los costos de marketing fechados en el periodo, de cualquier tipo (medios, eventos, relaciones públicas, materiales, agencia, influencers) y sea cual sea la función a la que estén asignados, sumados en la moneda de reporte del espacio de trabajo y divididos entre marketing-planning.target-reach del mismo periodo. Sin valor si no se alcanzó a nadie. Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo, por fecha del costo.',
        ja: '集計期間内の日付を持つすべてのマーケティング費用（媒体費、イベント、広報、制作物、代理店、インフルエンサーの全費目。担当機能を問わない）をワークスペースのレポート通貨で合計し、同期間の marketing-planning.target-reach で割った値。リーチが0の場合は値なし。期間：ワークスペースのタイムゾーンでの集計期間（費用発生日基準）。',
        zh: '日期落在统计周期内的全部营销费用（媒介、活动、公关、物料、代理、达人等所有费用类型，不论归属哪个职能）按工作区报表币种合计，除以同期 marketing-planning.target-reach。无人触达时不出值。统计周期：按工作区时区划分的报告周期，以费用日期为准。',
      },
    },
  ],
};
