import type { FunctionDefinition } from '../types';

/**
 * New media (digital marketing) carries communication out on digital channels. Its numbers are the
 * marketing yardstick scoped to those channels; the accounts' reads and followers belong to
 * new-media operations, which is judged on conversion instead.
 */
export const newMedia: FunctionDefinition = {
  id: 'new-media',
  stage: 'marketing',
  orientation: 'awareness',
  name: { en: 'New media', es: 'Nuevos medios', ja: 'ニューメディア', zh: '新媒体' },
  summary: {
    en: 'Carries communication out across owned and paid digital channels: builds the account matrix, produces creative copy, viral H5 pages and short videos, and runs interactive marketing, media placement, Q&A marketing, community work, SEO and SEM, to reach as much of the target audience as possible.',
    es: 'Lleva la comunicación a la práctica en los canales digitales propios y pagados: construye la matriz de cuentas, produce textos creativos, páginas H5 virales y videos cortos, y se ocupa del marketing interactivo, la compra de medios, el marketing de preguntas y respuestas, las comunidades, el SEO y el SEM, para llegar a la mayor parte posible del público objetivo.',
    ja: '自社・有料のデジタルチャネルでコミュニケーションを実行する。アカウントマトリクスの構築、クリエイティブなコピー、拡散型のH5ページ、ショート動画の制作に加え、インタラクティブマーケティング、メディア出稿、Q&Aマーケティング、コミュニティ運営、SEO・SEMを担い、できるだけ多くのターゲットに届ける。',
    zh: '负责传播的落地执行：搭建自媒体矩阵，产出创意文案、刷屏 H5 和短视频，开展互动营销、媒介投放、问答营销、社群运营以及 SEO/SEM，尽可能广地覆盖和触达目标受众。',
  },
  responsibilities: [
    {
      en: 'Build the account matrix: official site, Weibo, WeChat, Zhihu, Douyin, Toutiao, Sohu, Baijiahao and others',
      es: 'Construir la matriz de cuentas: sitio web oficial, Weibo, WeChat, Zhihu, Douyin, Toutiao, Sohu, Baijiahao, etc.',
      ja: 'アカウントマトリクスの構築：公式サイト、Weibo、WeChat、Zhihu、Douyin、Toutiao、Sohu、Baijiahao など',
      zh: '搭建自媒体矩阵：官网、微博、微信、知乎、抖音、头条号、搜狐号、百家号等',
    },
    {
      en: 'Brand communication: creative copy, viral H5 pages, short videos',
      es: 'Comunicación de marca: textos creativos, páginas H5 virales, videos cortos',
      ja: 'ブランドコミュニケーション：クリエイティブなコピー、拡散型H5ページ、ショート動画',
      zh: '品牌传播：创意文案、刷屏 H5、短视频',
    },
    {
      en: 'Interactive marketing: fan operations, forum interaction, online and offline activities',
      es: 'Marketing interactivo: gestión de seguidores, interacción en foros, actividades online y offline',
      ja: 'インタラクティブマーケティング：ファン運営、掲示板での交流、オンライン・オフライン施策',
      zh: '互动营销：粉丝运营、论坛互动、线上线下活动',
    },
    {
      en: 'Media placement: ad networks, in-feed ads',
      es: 'Compra de medios: redes publicitarias y anuncios in-feed',
      ja: 'メディア出稿：アドネットワーク、インフィード広告',
      zh: '媒介投放：广告联盟、信息流广告',
    },
    {
      en: 'Q&A marketing and community operations',
      es: 'Marketing de preguntas y respuestas y gestión de comunidades',
      ja: 'Q&Aマーケティングとコミュニティ運営',
      zh: '问答营销与社群运营',
    },
    {
      en: 'SEO and SEM',
      es: 'SEO y SEM',
      ja: 'SEO・SEM（検索エンジン最適化・検索連動型広告）',
      zh: '搜索引擎优化（SEO）与搜索引擎营销（SEM）',
    },
  ],
  deliverables: [
    {
      en: 'Account matrix plan',
      es: 'Plan de la matriz de cuentas',
      ja: 'アカウントマトリクス設計書',
      zh: '自媒体矩阵规划',
    },
    {
      en: 'Creative copy, H5 pages and short videos',
      es: 'Textos creativos, páginas H5 y videos cortos',
      ja: 'クリエイティブコピー、H5ページ、ショート動画',
      zh: '创意文案、H5 与短视频',
    },
    {
      en: 'Media plan and placement reports',
      es: 'Plan de medios e informes de pauta',
      ja: 'メディアプランと出稿レポート',
      zh: '媒介投放方案与投放报告',
    },
    {
      en: 'SEO and SEM plans',
      es: 'Planes de SEO y SEM',
      ja: 'SEO・SEM施策計画',
      zh: 'SEO/SEM 方案',
    },
  ],
  kpis: [
    {
      id: 'new-media.target-reach',
      name: {
        en: 'Target customers reached via digital channels',
        es: 'Clientes objetivo alcanzados en canales digitales',
        ja: 'デジタルチャネル経由のターゲットリーチ数',
        zh: '新媒体渠道目标客户触达数',
      },
      unit: 'count',
      direction: 'higher-is-better',
      definition: {
        en: 'Distinct target people with at least one `page` or `screen` event in the period whose channel (default channel grouping of the UTM parameters and referrer) is Organic Social, Paid Social, Organic Video, Paid Video, Organic Search, Paid Search or Display, or whose utm_source is one of the workspace\'s own accounts. Target people: those matching the workspace\'s target-audience rule on `identify` traits (everyone when no rule is set). One person: a distinct person after identity resolution (anonymous ids merged into the identified user). Period: the reporting period in the workspace\'s time zone.',
        es: 'Personas objetivo únicas con al menos un evento `page` o `screen` en el periodo cuyo canal (agrupación de canales predeterminada según los parámetros UTM y el referente) sea Organic Social, Paid Social, Organic Video, Paid Video, Organic Search, Paid Search o Display, o cuyo utm_source sea una de las cuentas propias del espacio de trabajo. Personas objetivo: las que cumplen la regla de público objetivo del espacio de trabajo sobre los traits de `identify` (todas, si no hay regla). Una persona: una persona única tras la resolución de identidad (los ID anónimos se unifican con el usuario identificado). Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo.',
        ja: '集計期間中に、チャネル（UTMパラメータとリファラーによる既定のチャネルグループ）が Organic Social、Paid Social、Organic Video、Paid Video、Organic Search、Paid Search、Display のいずれか、または utm_source が自社アカウントである `page`／`screen` イベントが1件以上あるターゲットのユニーク人数。ターゲット＝`identify` の属性（traits）に対するワークスペースのターゲット条件に合致する人（条件未設定なら全員）。1人＝名寄せ（匿名IDを識別済みユーザーに統合）後のユニークユーザー。期間：ワークスペースのタイムゾーンでの集計期間。',
        zh: '统计周期内至少有一次 `page`/`screen` 事件的渠道（按 UTM 参数和来源页的默认渠道分组）为 Organic Social、Paid Social、Organic Video、Paid Video、Organic Search、Paid Search 或 Display，或 utm_source 为工作区自有账号的目标人群去重人数。目标人群：符合工作区基于 `identify` 用户属性（traits）所设目标人群规则的人（未设规则时为所有人）。一人：经身份归并（匿名 ID 合并到已识别用户）后去重的自然人。统计周期：按工作区时区划分的报告周期。',
      },
    },
    {
      id: 'new-media.cost-per-contact',
      name: {
        en: 'New-media cost per contact',
        es: 'Costo por contacto en nuevos medios',
        ja: 'ニューメディアの接触単価',
        zh: '新媒体人均触达成本',
      },
      unit: 'currency-per-person',
      direction: 'lower-is-better',
      definition: {
        en: 'Marketing cost records owned by new media and dated in the period (media placement, influencer fees, content production, agency fees), in the workspace\'s reporting currency, divided by new-media.target-reach for the same period. No value when nobody was reached. Period: the reporting period in the workspace\'s time zone, by cost date.',
        es: 'Registros de costos de marketing asignados a nuevos medios y fechados en el periodo (pauta en medios, honorarios de influencers, producción de contenidos, honorarios de agencia), en la moneda de reporte del espacio de trabajo, divididos entre new-media.target-reach del mismo periodo. Sin valor si no se alcanzó a nadie. Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo, por fecha del costo.',
        ja: 'ニューメディアに紐づき、集計期間内の日付を持つマーケティング費用（広告出稿費、インフルエンサー費用、コンテンツ制作費、代理店フィー）をワークスペースのレポート通貨で合計し、同期間の new-media.target-reach で割った値。リーチが0の場合は値なし。期間：ワークスペースのタイムゾーンでの集計期間（費用発生日基準）。',
        zh: '归属新媒体、日期落在统计周期内的营销费用记录（媒介投放、达人费用、内容制作、代理服务费）按工作区报表币种合计，除以同期 new-media.target-reach。无人触达时不出值。统计周期：按工作区时区划分的报告周期，以费用日期为准。',
      },
    },
  ],
};
