import type { FunctionDefinition } from '../types';

/**
 * Store (e-commerce) operations: the online store, judged on orders, GMV and conversion. GMV is
 * gross, the way Chinese and Japanese e-commerce teams report it; refunds are reported apart.
 */
export const storeOps: FunctionDefinition = {
  id: 'store-ops',
  stage: 'service',
  orientation: 'conversion',
  name: { en: 'Store operations', es: 'Operaciones de tienda', ja: 'ストア運用', zh: '商城运营' },
  summary: {
    en: 'Runs the online store: store building, category management (what to push, which hot items to back), listing and delisting, product copy and photos, promotion strategy, platform campaigns and online customer service, to raise orders, GMV and conversion.',
    es: 'Gestiona la tienda online: montaje de la tienda, gestión de categorías (qué impulsar, en qué productos estrella apostar), altas y bajas de productos, textos y fotos de producto, estrategia de promociones, campañas de las plataformas y atención al cliente online, para aumentar pedidos, GMV y conversión.',
    ja: 'オンラインストアを運営する。ストア構築、カテゴリ管理（何を推すか、どのヒット商品に注力するか）、商品の出品・取り下げ、商品説明文と写真、販促戦略、モールのキャンペーン参加、オンライン接客を担い、注文数、GMV（流通総額）、コンバージョン率を伸ばす。',
    zh: '负责线上商城的运营：店铺搭建、品类管理（主推什么、打造哪些爆款）、商品上下架、商品文案与图片、促销策略、平台活动报名以及在线客服，提升订单量、GMV 和转化率。',
  },
  responsibilities: [
    {
      en: 'Store building and page design',
      es: 'Montaje y diseño de la tienda',
      ja: 'ストア構築とページデザイン',
      zh: '店铺搭建与装修',
    },
    {
      en: 'Category management: what to push and which hot items to back',
      es: 'Gestión de categorías: qué impulsar y en qué productos estrella apostar',
      ja: 'カテゴリ管理：注力商品とヒット商品の選定',
      zh: '品类管理：主推款与爆款规划',
    },
    {
      en: 'Listing and delisting',
      es: 'Altas y bajas de productos',
      ja: '商品の出品・取り下げ',
      zh: '商品上下架',
    },
    {
      en: 'Product copy and photos',
      es: 'Textos y fotografías de producto',
      ja: '商品説明文と商品写真',
      zh: '商品详情文案与图片',
    },
    {
      en: 'Promotion strategy and platform campaigns',
      es: 'Estrategia de promociones y campañas de las plataformas',
      ja: '販促戦略とモールのキャンペーン参加',
      zh: '促销策略与平台活动报名',
    },
    {
      en: 'Online customer service',
      es: 'Atención al cliente online',
      ja: 'オンライン接客（チャットサポート）',
      zh: '在线客服',
    },
  ],
  deliverables: [
    {
      en: 'Store pages and product listings',
      es: 'Páginas de la tienda y fichas de producto',
      ja: 'ストアページと商品ページ',
      zh: '店铺页面与商品详情页',
    },
    {
      en: 'Category and hot-item plan',
      es: 'Plan de categorías y productos estrella',
      ja: 'カテゴリ・主力商品の計画',
      zh: '品类与爆款规划',
    },
    {
      en: 'Promotion calendar',
      es: 'Calendario de promociones',
      ja: '販促カレンダー',
      zh: '促销活动排期',
    },
  ],
  kpis: [
    {
      id: 'store-ops.orders',
      name: { en: 'Orders', es: 'Pedidos', ja: '注文数', zh: '订单量' },
      unit: 'count',
      direction: 'higher-is-better',
      definition: {
        en: 'Distinct order_id values of `track` "Order Completed" events in the period. Orders later cancelled or refunded still count (refunds arrive as "Order Refunded" and are reported apart). Period: the reporting period in the workspace\'s time zone, by event time.',
        es: 'Valores distintos de order_id en eventos `track` "Order Completed" del periodo. Los pedidos cancelados o reembolsados después siguen contando (los reembolsos llegan como "Order Refunded" y se reportan aparte). Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo, por hora del evento.',
        ja: '集計期間中の `track` "Order Completed" イベントの order_id のユニーク数。後でキャンセル・返金された注文も数える（返金は "Order Refunded" として届き、別に集計する）。期間：ワークスペースのタイムゾーンでの集計期間（イベント日時基準）。',
        zh: '统计周期内 `track` "Order Completed" 事件中去重的 order_id 数。之后取消或退款的订单仍计入（退款以 "Order Refunded" 事件上报，单独统计）。统计周期：按工作区时区划分的报告周期，以事件时间为准。',
      },
    },
    {
      id: 'store-ops.gmv',
      name: {
        en: 'GMV (gross merchandise value)',
        es: 'GMV (valor bruto de mercancía)',
        ja: 'GMV（流通総額）',
        zh: 'GMV（成交总额）',
      },
      unit: 'currency',
      direction: 'higher-is-better',
      definition: {
        en: 'Sum of the `total` property of the orders counted in store-ops.orders, converted to the workspace\'s reporting currency at the rate of the order date. Gross: refunds and cancellations are not deducted. Period: the reporting period in the workspace\'s time zone, by event time.',
        es: 'Suma de la propiedad `total` de los pedidos contados en store-ops.orders, convertida a la moneda de reporte del espacio de trabajo con el tipo de cambio de la fecha del pedido. Es bruto: no se descuentan reembolsos ni cancelaciones. Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo, por hora del evento.',
        ja: 'store-ops.orders で数えた注文の `total` プロパティの合計を、注文日の為替レートでワークスペースのレポート通貨に換算した値。総額ベースで、返金・キャンセルは差し引かない。期間：ワークスペースのタイムゾーンでの集計期間（イベント日時基準）。',
        zh: 'store-ops.orders 所计订单的 `total` 属性之和，按下单日汇率折算为工作区报表币种。为总额口径：不扣除退款和取消。统计周期：按工作区时区划分的报告周期，以事件时间为准。',
      },
    },
    {
      id: 'store-ops.conversion-rate',
      name: { en: 'Store conversion rate', es: 'Tasa de conversión de la tienda', ja: '購入率（CVR）', zh: '成交转化率' },
      unit: 'ratio',
      direction: 'higher-is-better',
      definition: {
        en: 'Distinct people with at least one `track` "Order Completed" event in the period divided by distinct people who visited the store in the period (a `page` or `screen` event on the store, or a `track` "Product Viewed" event); buyers with no recorded visit are added to the visitors so the rate stays within 0..1. One person: a distinct person after identity resolution (anonymous ids merged into the identified user). Period: the reporting period in the workspace\'s time zone.',
        es: 'Personas únicas con al menos un evento `track` "Order Completed" en el periodo, divididas entre las personas únicas que visitaron la tienda en el periodo (un evento `page` o `screen` en la tienda, o un evento `track` "Product Viewed"); los compradores sin visita registrada se suman a los visitantes para que la tasa quede entre 0 y 1. Una persona: una persona única tras la resolución de identidad (los ID anónimos se unifican con el usuario identificado). Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo.',
        ja: '集計期間中に `track` "Order Completed" イベントが1件以上あるユニーク人数 ÷ 同期間にストアを訪れたユニーク人数（ストア上の `page`／`screen` イベント、または `track` "Product Viewed" イベント）。訪問の記録がない購入者も訪問者に加え、率が0〜1に収まるようにする。1人＝名寄せ（匿名IDを識別済みユーザーに統合）後のユニークユーザー。期間：ワークスペースのタイムゾーンでの集計期間。',
        zh: '统计周期内至少有一次 `track` "Order Completed" 事件的去重人数 ÷ 同期访问商城的去重人数（商城内的 `page`/`screen` 事件，或 `track` "Product Viewed" 事件）；没有访问记录的购买者也计入访客，使转化率保持在 0–1 之间。一人：经身份归并（匿名 ID 合并到已识别用户）后去重的自然人。统计周期：按工作区时区划分的报告周期。',
      },
    },
  ],
};
