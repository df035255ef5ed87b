import type { FunctionDefinition } from '../types';

/**
 * Public relations, the official spokesperson: exposure and credibility. Besides its own coverage
 * numbers it carries the marketing stage's yardstick (reach and cost per contact) for earned media.
 */
export const pr: FunctionDefinition = {
  id: 'pr',
  stage: 'marketing',
  orientation: 'awareness',
  name: { en: 'Public relations', es: 'Relaciones públicas', ja: '広報 (PR)', zh: '公关' },
  summary: {
    en: 'The company\'s official spokesperson: earns exposure and credibility through media relations, press releases, interviews and features, watches public opinion and handles crises. Founders often act as the first spokesperson; large companies hand daily media work to agencies.',
    es: 'El portavoz oficial de la empresa: consigue exposición y credibilidad mediante la relación con los medios, las notas de prensa, las entrevistas y los reportajes; vigila la opinión pública y gestiona las crisis. El fundador suele ser el primer portavoz, y las grandes empresas delegan en agencias el trabajo diario con los medios.',
    ja: '企業の公式スポークスパーソン。メディアリレーション、プレスリリース、取材・特集を通じて露出と信頼性を獲得し、世論をモニタリングして危機に対応する。創業者が最初の「顔」となることが多く、大企業では日常のメディア対応をPR会社に委託する。',
    zh: '企业的官方发言人：通过媒体关系、新闻稿、专访与专题报道获得曝光和公信力，监测舆情并处理危机。创始人往往是企业的第一代言人；大公司通常把日常媒体维护交给公关公司。',
  },
  responsibilities: [
    {
      en: 'PR strategy',
      es: 'Estrategia de relaciones públicas',
      ja: '広報戦略の策定',
      zh: '制定公关策略',
    },
    {
      en: 'Media relations, media meetings and interviews',
      es: 'Relación con los medios, encuentros con periodistas y entrevistas',
      ja: 'メディアリレーション、記者懇談会、取材対応',
      zh: '媒体关系维护、媒体沟通会与专访',
    },
    {
      en: 'Press releases, features and PR products',
      es: 'Notas de prensa, reportajes y productos de relaciones públicas',
      ja: 'プレスリリース、特集記事、広報ツールの制作',
      zh: '新闻稿、专题报道与公关产品',
    },
    {
      en: 'Public-opinion monitoring',
      es: 'Monitoreo de la opinión pública',
      ja: '世論・評判のモニタリング（ソーシャルリスニング）',
      zh: '舆情监测',
    },
    {
      en: 'Crisis management',
      es: 'Gestión de crisis',
      ja: '危機管理（クライシス対応）',
      zh: '危机公关',
    },
    {
      en: 'Founder and executive PR, and government relations where needed',
      es: 'Relaciones públicas del fundador y la dirección y, cuando procede, relaciones institucionales',
      ja: '経営者・創業者の広報活動と、必要に応じた行政対応（GR）',
      zh: '创始人及高管个人公关，必要时负责政府关系（GR）',
    },
  ],
  deliverables: [
    {
      en: 'Press releases and media kits',
      es: 'Notas de prensa y dosieres de prensa',
      ja: 'プレスリリースとプレスキット',
      zh: '新闻稿与媒体资料包',
    },
    {
      en: 'Media list and coverage reports',
      es: 'Lista de medios e informes de cobertura',
      ja: 'メディアリストと掲載実績レポート',
      zh: '媒体名录与媒体报道汇总',
    },
    {
      en: 'Public-opinion monitoring reports',
      es: 'Informes de monitoreo de la opinión pública',
      ja: '世論モニタリングレポート',
      zh: '舆情监测报告',
    },
    {
      en: 'Crisis response plan',
      es: 'Plan de gestión de crisis',
      ja: '危機対応マニュアル',
      zh: '危机公关预案',
    },
  ],
  kpis: [
    {
      id: 'pr.media-mentions',
      name: { en: 'Media mentions', es: 'Menciones en medios', ja: 'メディア掲載数', zh: '媒体报道量' },
      unit: 'count',
      direction: 'higher-is-better',
      definition: {
        en: 'Articles, posts and broadcasts that mention the company or its brands, published during the period, from the media-mention feed (clippings and public-opinion monitoring). Deduplicated by URL; a reprint on another outlet counts as a separate mention. Period: the reporting period in the workspace\'s time zone, by publication date.',
        es: 'Artículos, publicaciones y emisiones que mencionan a la empresa o sus marcas, publicados durante el periodo, según el feed de menciones en medios (clipping y monitoreo de la opinión pública). Sin duplicados por URL; una reproducción en otro medio cuenta como mención aparte. Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo, por fecha de publicación.',
        ja: '集計期間中に公開された、自社または自社ブランドに言及する記事・投稿・放送の件数（クリッピングと世論モニタリングによるメディア掲載フィードに基づく）。URL単位で重複を除き、他媒体への転載は別の掲載として数える。期間：ワークスペースのタイムゾーンでの集計期間（公開日基準）。',
        zh: '统计周期内发布的、提及企业或其品牌的文章、帖子和节目数量，数据来自媒体报道数据源（剪报与舆情监测）。按 URL 去重；其他媒体的转载单独计为一条。统计周期：按工作区时区划分的报告周期，以发布日期为准。',
      },
    },
    {
      id: 'pr.favourable-share',
      name: { en: 'Share of favourable coverage', es: 'Proporción de cobertura favorable', ja: '好意的報道の比率', zh: '正面报道占比' },
      unit: 'ratio',
      direction: 'higher-is-better',
      definition: {
        en: 'Mentions (as counted in pr.media-mentions) with a positive tone divided by all mentions of the period that have a tone (positive, neutral or negative); mentions not yet rated are left out of both. Period: the reporting period in the workspace\'s time zone, by publication date.',
        es: 'Menciones (contadas como en pr.media-mentions) con tono positivo, divididas entre todas las menciones del periodo que tienen tono (positivo, neutro o negativo); las que aún no se han valorado quedan fuera de ambos. Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo, por fecha de publicación.',
        ja: 'ポジティブな論調の掲載数（pr.media-mentions と同じ数え方）÷ 集計期間中に論調（ポジティブ・ニュートラル・ネガティブ）が判定された全掲載数。未判定の掲載は分子・分母の両方から除く。期間：ワークスペースのタイムゾーンでの集計期間（公開日基準）。',
        zh: '正面调性的报道数（口径同 pr.media-mentions）÷ 统计周期内已标注调性（正面、中性或负面）的全部报道数；尚未标注的报道不计入分子和分母。统计周期：按工作区时区划分的报告周期，以发布日期为准。',
      },
    },
    {
      id: 'pr.target-reach',
      name: {
        en: 'Target customers reached via earned media',
        es: 'Clientes objetivo alcanzados en medios ganados',
        ja: 'アーンドメディア経由のターゲットリーチ数',
        zh: '媒体报道触达目标客户数',
      },
      unit: 'count',
      direction: 'higher-is-better',
      definition: {
        en: 'Distinct target people with at least one `page` or `screen` event in the period that came from earned media: a referrer domain of an outlet in the media-mention feed, or a link tagged utm_medium=pr (press-release links). Target people: those matching the workspace\'s target-audience rule on `identify` traits (everyone when no rule is set). One person: a distinct person after identity resolution (anonymous ids merged into the identified user). Period: the reporting period in the workspace\'s time zone.',
        es: 'Personas objetivo únicas con al menos un evento `page` o `screen` en el periodo procedente de medios ganados: un dominio de referencia de un medio del feed de menciones, o un enlace etiquetado con utm_medium=pr (enlaces de notas de prensa). Personas objetivo: las que cumplen la regla de público objetivo del espacio de trabajo sobre los traits de `identify` (todas, si no hay regla). Una persona: una persona única tras la resolución de identidad (los ID anónimos se unifican con el usuario identificado). Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo.',
        ja: '集計期間中に、アーンドメディア経由の `page` または `screen` イベントが1件以上あるターゲットのユニーク人数。アーンドメディア経由＝リファラーがメディア掲載フィード上の媒体のドメイン、または utm_medium=pr（プレスリリース内リンク）が付いた流入。ターゲット＝`identify` の属性（traits）に対するワークスペースのターゲット条件に合致する人（条件未設定なら全員）。1人＝名寄せ（匿名IDを識別済みユーザーに統合）後のユニークユーザー。期間：ワークスペースのタイムゾーンでの集計期間。',
        zh: '统计周期内至少有一次来自媒体报道的 `page` 或 `screen` 事件的目标人群去重人数。来自媒体报道指：来源域名属于媒体报道数据源中的媒体，或链接带有 utm_medium=pr（新闻稿内链接）。目标人群：符合工作区基于 `identify` 用户属性（traits）所设目标人群规则的人（未设规则时为所有人）。一人：经身份归并（匿名 ID 合并到已识别用户）后去重的自然人。统计周期：按工作区时区划分的报告周期。',
      },
    },
    {
      id: 'pr.cost-per-contact',
      name: { en: 'PR cost per contact', es: 'Costo por contacto de RR. PP.', ja: '広報の接触単価', zh: '公关人均触达成本' },
      unit: 'currency-per-person',
      direction: 'lower-is-better',
      definition: {
        en: 'Marketing cost records owned by PR and dated in the period (release distribution, media events, agency fees, monitoring services, PR products), in the workspace\'s reporting currency, divided by pr.target-reach for the same period. No value when nobody was reached. Period: the reporting period in the workspace\'s time zone, by cost date.',
        es: 'Registros de costos de marketing asignados a relaciones públicas y fechados en el periodo (distribución de notas, eventos con medios, honorarios de agencia, servicios de monitoreo, productos de RR. PP.), en la moneda de reporte del espacio de trabajo, divididos entre pr.target-reach del mismo periodo. Sin valor si no se alcanzó a nadie. Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo, por fecha del costo.',
        ja: '広報に紐づき、集計期間内の日付を持つマーケティング費用（リリース配信、メディア向けイベント、PR会社フィー、モニタリングサービス、広報ツール）をワークスペースのレポート通貨で合計し、同期間の pr.target-reach で割った値。リーチが0の場合は値なし。期間：ワークスペースのタイムゾーンでの集計期間（費用発生日基準）。',
        zh: '归属公关、日期落在统计周期内的营销费用记录（新闻稿分发、媒体活动、公关公司服务费、舆情监测服务、公关产品）按工作区报表币种合计，除以同期 pr.target-reach。无人触达时不出值。统计周期：按工作区时区划分的报告周期，以费用日期为准。',
      },
    },
  ],
};
