import type { StageDefinition } from './types';

/**
 * The value chain from product to repeat customer (SYSTEM.md, "The value chain"), each stage with
 * the article's metaphor and its one yardstick. Brand comes last in the list but has order 0: it is
 * not a step in the sequence, it runs through all of them.
 * @example STAGES.find((s) => s.id === 'sales')?.yardstick.en
 */
export const STAGES: readonly StageDefinition[] = [
  {
    id: 'market',
    order: 1,
    crossCutting: false,
    name: { en: 'Market insight', es: 'Estudio de mercado', ja: '市場', zh: '市场' },
    metaphor: {
      en: 'The think tank',
      es: 'El laboratorio de ideas (think tank)',
      ja: 'シンクタンク',
      zh: '智囊团',
    },
    purpose: {
      en: 'Analyses market information, industry trends, national policy, consumer demand and the company\'s own resources, and writes a feasibility report; a decision maker then approves the direction.',
      es: 'Analiza la información de mercado, las tendencias del sector, la política pública, la demanda de los consumidores y los recursos propios de la empresa, y redacta un informe de viabilidad; después, la dirección aprueba el rumbo.',
      ja: '市場情報、業界動向、国の政策、消費者ニーズと自社のリソースを分析し、フィージビリティレポート（実現可能性報告書）にまとめる。進む方向は意思決定者が承認する。',
      zh: '分析市场信息、行业趋势、国家政策、消费需求以及企业自身资源，撰写可行性报告，再由决策者确认发展方向。',
    },
    yardstick: {
      en: 'The quality of the decisions it feeds: reports delivered, approved and acted on.',
      es: 'La calidad de las decisiones que alimenta: informes entregados, aprobados y llevados a la práctica.',
      ja: '支える意思決定の質：提出され、承認され、実行に移されたレポート。',
      zh: '所支撑决策的质量：报告的交付、通过与落地。',
    },
  },
  {
    id: 'marketing',
    order: 2,
    crossCutting: false,
    name: { en: 'Marketing', es: 'Marketing', ja: 'マーケティング', zh: '营销' },
    metaphor: {
      en: 'The command tower',
      es: 'La torre de mando',
      ja: '司令塔',
      zh: '指挥塔',
    },
    purpose: {
      en: 'Turns the approved direction into strategy and tactics: product attributes, brand building and positioning, sales channels, advertising plans, touchpoints with target customers and sales training.',
      es: 'Convierte el rumbo aprobado en estrategia y táctica: atributos del producto, construcción y posicionamiento de marca, canales de venta, planes publicitarios, puntos de contacto con los clientes objetivo y formación del equipo comercial.',
      ja: '承認された方向性を戦略・戦術に落とし込む。製品の属性、ブランド構築とポジショニング、販売チャネル、広告計画、ターゲット顧客とのタッチポイント、営業スタッフへのトレーニングまでを担う。',
      zh: '把确定的方向转化为策略和战术：产品属性、品牌建设与定位、销售渠道、广告计划、与目标客户的接触点以及销售培训。',
    },
    yardstick: {
      en: 'Number of target customers reached and cost per contact; whether the product sells is outside its evaluation.',
      es: 'Número de clientes objetivo alcanzados y costo por contacto; que el producto se venda o no queda fuera de su evaluación.',
      ja: 'リーチしたターゲット顧客数と接触単価。製品が売れるかどうかは評価の対象外。',
      zh: '触达的目标客户数与人均触达成本；产品卖不卖得出去不在其考核范围内。',
    },
  },
  {
    id: 'sales',
    order: 3,
    crossCutting: false,
    name: { en: 'Sales', es: 'Ventas', ja: '販売', zh: '销售' },
    metaphor: {
      en: 'The soldiers',
      es: 'Los soldados',
      ja: '兵士',
      zh: '士兵',
    },
    purpose: {
      en: 'Closes transactions, and in doing so validates whether the market analysis and the marketing work were right.',
      es: 'Cierra las ventas y, con ello, valida si el análisis de mercado y el trabajo de marketing fueron acertados.',
      ja: '取引を成約させる。その結果によって、市場分析とマーケティング施策が正しかったかを検証する。',
      zh: '促成交易，并以成交结果检验市场分析和营销工作是否到位。',
    },
    yardstick: {
      en: 'Transaction (conversion) rate, nothing else.',
      es: 'Tasa de cierre (conversión), y nada más.',
      ja: '成約率（コンバージョン率）のみ。',
      zh: '成交率（转化率），仅此一项。',
    },
  },
  {
    id: 'service',
    order: 4,
    crossCutting: false,
    name: { en: 'After-sales service', es: 'Servicio posventa', ja: 'アフターサービス', zh: '售后服务' },
    metaphor: {
      en: 'Logistics',
      es: 'La logística',
      ja: '後方支援（兵站）',
      zh: '后勤保障',
    },
    purpose: {
      en: 'Keeps customers after the first purchase, drives repeat purchase and turns customers into referrers (word of mouth, viral "fission" growth) through satisfaction surveys and interaction. Operations is its core: keeping a customer costs far less than winning a new one.',
      es: 'Retiene a los clientes después de la primera compra, impulsa la recompra y convierte a los clientes en prescriptores (boca a boca, crecimiento viral) mediante encuestas de satisfacción e interacción. Las operaciones son su núcleo: retener a un cliente cuesta mucho menos que conseguir uno nuevo.',
      ja: '初回購入後も顧客をつなぎ留め、リピート購入を促し、顧客を紹介者に変える（口コミ、紹介によるバイラルな拡散）。満足度調査や顧客とのコミュニケーションを通じて行う。その中核は運用であり、既存顧客の維持コストは新規顧客の獲得コストよりはるかに低い。',
      zh: '在首次购买后留住客户、促进复购，并让客户成为推荐者（口碑传播、裂变增长），手段包括满意度调研与用户互动。运营是售后的核心：维护老客户的成本远低于获取新客户。',
    },
    yardstick: {
      en: 'Retention, repeat purchase, satisfaction and referrals.',
      es: 'Retención, recompra, satisfacción y recomendaciones.',
      ja: '定着率、リピート購入、顧客満足度、紹介。',
      zh: '留存、复购、满意度与转介绍。',
    },
  },
  {
    id: 'brand',
    order: 0,
    crossCutting: true,
    name: { en: 'Brand', es: 'Marca', ja: 'ブランド', zh: '品牌' },
    metaphor: {
      en: 'The character of a person',
      es: 'El carácter de una persona',
      ja: '人の人柄',
      zh: '一个人的性格',
    },
    purpose: {
      en: 'Runs through every stage from marketing to after-sales: what the company says, what it does, how it serves and how it makes customers feel.',
      es: 'Atraviesa todas las etapas, del marketing al servicio posventa: lo que la empresa dice, lo que hace, cómo atiende y qué hace sentir a sus clientes.',
      ja: 'マーケティングからアフターサービスまで全工程を貫く。企業が何を語り、何を行い、どんなサービスを提供し、顧客にどんな感情を抱かせるか。',
      zh: '贯穿从营销到售后的每个环节：企业说什么、做什么、提供怎样的服务、带给消费者怎样的感受。',
    },
    yardstick: {
      en: 'Consistency and awareness across all stages.',
      es: 'Coherencia y notoriedad en todas las etapas.',
      ja: '全工程を通じた一貫性と認知度。',
      zh: '各环节的一致性与品牌认知度。',
    },
  },
];
