import type { FunctionDefinition } from '../types';

/**
 * Brand, the headquarters of the marketing army: it produces strategy and leaves execution to PR,
 * marketing planning, new media or an agency. Judged by awareness and by how consistently every
 * stage carries the brand.
 */
export const brand: FunctionDefinition = {
  id: 'brand',
  stage: 'brand',
  orientation: 'strategic',
  name: { en: 'Brand', es: 'Marca', ja: 'ブランド', zh: '品牌' },
  summary: {
    en: 'The headquarters of marketing: sets brand positioning, advertising creative, visual identity, brand architecture and brand events, raising the brand\'s tone and shaping the corporate image. It produces strategy; PR, marketing planning, new media or an outside agency execute it.',
    es: 'El cuartel general del marketing: define el posicionamiento, la creatividad publicitaria, la identidad visual, la arquitectura de marca y los eventos de marca, eleva el tono de la marca y da forma a la imagen corporativa. Produce la estrategia; la ejecutan relaciones públicas, planificación de marketing, nuevos medios o una agencia externa.',
    ja: 'マーケティングの総司令部。ブランドポジショニング、広告クリエイティブ、ビジュアル・アイデンティティ、ブランド体系、ブランドイベントを定め、ブランドトーンを高めて企業イメージをつくる。役割は戦略づくりで、実行は広報、マーケティング企画、ニューメディア、または外部の広告会社が担う。',
    zh: '市场部的“总司令部”：负责品牌定位、广告创意、视觉规范、品牌架构和品牌活动，提升品牌调性、塑造企业形象。它产出战略，执行由公关、市场策划、新媒体或外部广告代理公司完成。',
  },
  responsibilities: [
    {
      en: 'Brand positioning: positioning, vision, mission, values, slogan',
      es: 'Posicionamiento de marca: posicionamiento, visión, misión, valores y eslogan',
      ja: 'ブランドポジショニング：ポジショニング、ビジョン、ミッション、バリュー、スローガン',
      zh: '品牌定位策略：定位、愿景、使命、价值观、品牌口号',
    },
    {
      en: 'Advertising creative: brand image, slogans, key visuals, TV commercials, street materials',
      es: 'Creatividad publicitaria: imagen de marca, eslóganes, key visuals, spots de TV y material de vía pública',
      ja: '広告クリエイティブ：ブランドイメージ、キャッチコピー、キービジュアル、テレビCM、屋外・街頭ツール',
      zh: '广告创意：品牌形象、广告语、KV 海报、TVC、户外物料',
    },
    {
      en: 'Visual identity: logo, mascot, VIS manual',
      es: 'Identidad visual: logotipo, mascota y manual de identidad visual',
      ja: 'ビジュアル・アイデンティティ：ロゴ、マスコット、VIマニュアル',
      zh: '品牌视觉规范：logo、吉祥物、VIS 手册',
    },
    {
      en: 'Brand architecture: single brand, master and sub-brands, multi-brand or mixed',
      es: 'Arquitectura de marca: marca única, marca madre y submarcas, multimarca o mixta',
      ja: 'ブランド体系：単一ブランド、親ブランドとサブブランド、マルチブランド、混合型',
      zh: '品牌架构规划：单一品牌、主副品牌、多品牌、混合品牌',
    },
    {
      en: 'Brand events: industry events, keynote forums, brand conferences',
      es: 'Eventos de marca: eventos del sector, foros con ponencias y conferencias de marca',
      ja: 'ブランドイベント：業界イベント、講演フォーラム、ブランドカンファレンス',
      zh: '品牌活动：行业活动、演讲论坛、品牌大会',
    },
    {
      en: 'Keep every stage, from marketing to after-sales, on brand',
      es: 'Velar por la coherencia de marca en todas las etapas, del marketing al posventa',
      ja: 'マーケティングからアフターサービスまで、全工程でのブランドの一貫性の管理',
      zh: '确保从营销到售后各环节的品牌表达一致',
    },
  ],
  deliverables: [
    {
      en: 'Brand strategy (positioning, vision, mission, values, slogan)',
      es: 'Estrategia de marca (posicionamiento, visión, misión, valores, eslogan)',
      ja: 'ブランド戦略（ポジショニング、ビジョン、ミッション、バリュー、スローガン）',
      zh: '品牌战略（定位、愿景、使命、价值观、口号）',
    },
    {
      en: 'VIS manual and brand guidelines',
      es: 'Manual de identidad visual y guía de marca',
      ja: 'VIマニュアルとブランドガイドライン',
      zh: 'VIS 手册与品牌规范',
    },
    {
      en: 'Key visuals, TV commercials and campaign creative',
      es: 'Key visuals, spots de TV y creatividades de campaña',
      ja: 'キービジュアル、テレビCM、キャンペーンクリエイティブ',
      zh: 'KV 主视觉、TVC 与营销活动创意',
    },
    {
      en: 'Brand architecture plan',
      es: 'Plan de arquitectura de marca',
      ja: 'ブランド体系図',
      zh: '品牌架构规划',
    },
  ],
  kpis: [
    {
      id: 'brand.aided-awareness',
      name: { en: 'Aided brand awareness', es: 'Notoriedad asistida', ja: '助成認知率', zh: '品牌提示知名度' },
      unit: 'ratio',
      direction: 'higher-is-better',
      definition: {
        en: 'Respondents who say they know the brand when shown its name or logo, divided by all respondents who answered that question of a brand-awareness survey during the period. Target-audience answers only; one answer per person per survey (the latest). One person: a distinct respondent (a distinct person after identity resolution when the respondent is known). Period: the reporting period in the workspace\'s time zone, by answer time.',
        es: 'Encuestados que dicen conocer la marca al ver su nombre o logotipo, divididos entre todos los que respondieron a esa pregunta de una encuesta de notoriedad durante el periodo. Solo respuestas del público objetivo; una respuesta por persona y encuesta (la más reciente). Una persona: un encuestado único (tras la resolución de identidad, cuando se le conoce). Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo, por fecha de respuesta.',
        ja: 'ブランド認知調査でブランド名またはロゴを提示して「知っている」と答えた回答者数 ÷ 集計期間中にその設問に回答した全回答者数。ターゲット層の回答のみを対象とし、1人1調査につき最新の1回答とする。1人＝ユニーク回答者（身元が分かる場合は名寄せ後）。期間：ワークスペースのタイムゾーンでの集計期間（回答日時基準）。',
        zh: '品牌认知调研中，出示品牌名称或 logo 后表示知道该品牌的受访者数 ÷ 统计周期内回答该题的全部受访者数。只计目标人群的答卷，每人每份问卷只取最新一份。一人：去重后的受访者（可识别身份者按身份归并后去重）。统计周期：按工作区时区划分的报告周期，以答卷时间为准。',
      },
    },
    {
      id: 'brand.top-of-mind',
      name: { en: 'Top-of-mind awareness', es: 'Notoriedad top of mind', ja: '第一想起率', zh: '第一提及率' },
      unit: 'ratio',
      direction: 'higher-is-better',
      definition: {
        en: 'Respondents who name the brand first when asked, without prompting, which brands of the category come to mind, divided by all respondents who answered that unaided question during the period. Same survey rules as aided awareness: target-audience answers only, the latest answer per person per survey. Period: the reporting period in the workspace\'s time zone, by answer time.',
        es: 'Encuestados que mencionan la marca en primer lugar cuando se les pregunta, sin ayuda, qué marcas de la categoría recuerdan, divididos entre todos los que respondieron a esa pregunta espontánea durante el periodo. Mismas reglas que la notoriedad asistida: solo público objetivo y la respuesta más reciente por persona y encuesta. Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo, por fecha de respuesta.',
        ja: '「このカテゴリーで思い浮かぶブランドは」という非助成の質問でブランドを最初に挙げた回答者数 ÷ 集計期間中にその設問に回答した全回答者数。調査のルールは助成認知率と同じ（ターゲット層のみ、1人1調査につき最新の1回答）。期間：ワークスペースのタイムゾーンでの集計期間（回答日時基準）。',
        zh: '在无提示地询问“该品类中您想到哪些品牌”时第一个说出本品牌的受访者数 ÷ 统计周期内回答该无提示题的全部受访者数。调研规则同提示知名度：只计目标人群，每人每份问卷取最新一份。统计周期：按工作区时区划分的报告周期，以答卷时间为准。',
      },
    },
    {
      id: 'brand.consistency-rate',
      name: { en: 'Brand consistency rate', es: 'Tasa de coherencia de marca', ja: 'ブランド一貫性率', zh: '品牌一致率' },
      unit: 'ratio',
      direction: 'higher-is-better',
      definition: {
        en: 'Assets reviewed against the brand guidelines (VIS manual, tone of voice, positioning) during the period that passed at their first review, divided by all assets reviewed in the period, from the brand review records. Assets from every stage count: ads and posts, event materials, sales decks, store listings, service scripts. Period: the reporting period in the workspace\'s time zone, by review date.',
        es: 'Piezas revisadas frente a la guía de marca (manual de identidad visual, tono de voz, posicionamiento) durante el periodo que la cumplieron en su primera revisión, divididas entre todas las piezas revisadas en el periodo, según los registros de revisión de marca. Cuentan piezas de todas las etapas: anuncios y publicaciones, materiales de eventos, presentaciones comerciales, fichas de tienda, guiones de atención. Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo, por fecha de revisión.',
        ja: '集計期間中にブランドガイドライン（VIマニュアル、トーン＆マナー、ポジショニング）に照らしてチェックされた制作物のうち、初回チェックで合格した件数 ÷ 同期間にチェックされた全制作物数（ブランドチェック記録に基づく）。広告・投稿、イベントツール、営業資料、ストアの商品ページ、応対スクリプトなど、全工程の制作物を対象とする。期間：ワークスペースのタイムゾーンでの集計期間（チェック日基準）。',
        zh: '统计周期内按品牌规范（VIS 手册、品牌调性、定位）审核且首次审核即通过的物料数 ÷ 同期审核的全部物料数，数据来自品牌审核记录。各环节的物料均计入：广告与推文、活动物料、销售 PPT、商城详情页、客服话术。统计周期：按工作区时区划分的报告周期，以审核日期为准。',
      },
    },
  ],
};
