import type { MetricDefinition } from '../definition';
import { EVENTS, PROPS } from '../vocabulary';
import { engineMetric } from './engine';
import { MESSAGE, ORDER_ID, ORDERS, PERSON, REFUNDS, tracked } from './filters';
import { metric } from './from-catalog';

/** Money and customer metrics the catalog leaves out: revenue, AOV, refunds, CAC, lifecycle stages. */
export const COMMERCE_EXTRA_METRICS: readonly MetricDefinition[] = [
  engineMetric({
    id: 'store-ops.revenue',
    functionId: 'store-ops',
    unit: 'currency',
    direction: 'higher-is-better',
    name: { en: 'Revenue', es: 'Ingresos', ja: '売上', zh: '收入' },
    definition: {
      en: 'Sum of the `revenue` property (Segment: the order value without shipping and tax) of the orders counted in store-ops.orders (the first "Order Completed" event per order_id in the period), in the reporting currency; orders without a numeric revenue add nothing. Gross: refunds are not deducted (see store-ops.refund-amount).',
      es: 'Suma de la propiedad `revenue` (Segment: el valor del pedido sin envío ni impuestos) de los pedidos contados en store-ops.orders (el primer evento "Order Completed" por order_id en el periodo), en la moneda de informe; los pedidos sin un revenue numérico no suman nada. Bruto: no se descuentan devoluciones (ver store-ops.refund-amount).',
      ja: 'store-ops.orders で数えた注文（期間内の order_id ごとの最初の「Order Completed」イベント）の `revenue` プロパティ（Segment：送料と税を除いた注文金額）の合計（レポート通貨）。数値の revenue がない注文は加算しない。総額であり、返金は差し引かない（store-ops.refund-amount を参照）。',
      zh: 'store-ops.orders 所计订单（周期内每个 order_id 的第一个「Order Completed」事件）的 `revenue` 属性（Segment：不含运费和税的订单金额）之和，按报告币种计；没有数值 revenue 的订单不计入。为总额，不扣除退款（见 store-ops.refund-amount）。',
    },
    formula: { kind: 'money-sum', filter: ORDERS, amount: PROPS.revenue, currency: PROPS.currency, dedupe: ORDER_ID },
  }),
  engineMetric({
    id: 'store-ops.average-order-value',
    functionId: 'store-ops',
    unit: 'currency',
    direction: 'higher-is-better',
    name: { en: 'Average order value (AOV)', es: 'Valor medio del pedido (AOV)', ja: '平均注文額（AOV）', zh: '平均订单金额（AOV）' },
    definition: {
      en: 'store-ops.gmv divided by store-ops.orders for the same period, in the reporting currency. No value when there were no orders.',
      es: 'store-ops.gmv dividido por store-ops.orders del mismo periodo, en la moneda de informe. Sin valor cuando no hubo pedidos.',
      ja: 'store-ops.gmv を同じ期間の store-ops.orders で割った値（レポート通貨）。注文がない場合は値なし。',
      zh: 'store-ops.gmv 除以同一周期的 store-ops.orders，按报告币种计。无订单时无值。',
    },
    formula: { kind: 'ratio', numerator: metric('store-ops.gmv'), denominator: metric('store-ops.orders') },
  }),
  engineMetric({
    id: 'store-ops.refunds',
    functionId: 'store-ops',
    unit: 'count',
    direction: 'lower-is-better',
    name: { en: 'Refunded orders', es: 'Pedidos reembolsados', ja: '返金注文数', zh: '退款订单数' },
    definition: {
      en: 'Distinct order_id values of `track` "Order Refunded" events in the period, whenever the order was placed; a partly refunded order counts once.',
      es: 'Valores distintos de order_id de los eventos `track` "Order Refunded" del periodo, sea cuando sea que se hizo el pedido; un pedido reembolsado en parte cuenta una vez.',
      ja: '期間中の `track`「Order Refunded」イベントの異なる order_id の数（注文日は問わない）。一部返金の注文も1件と数える。',
      zh: '周期内 `track`「Order Refunded」事件的不同 order_id 数（不论下单时间）；部分退款的订单计一次。',
    },
    formula: { kind: 'distinct', filter: REFUNDS, key: ORDER_ID },
  }),
  engineMetric({
    id: 'store-ops.refund-amount',
    functionId: 'store-ops',
    unit: 'currency',
    direction: 'lower-is-better',
    name: { en: 'Refund amount', es: 'Importe reembolsado', ja: '返金額', zh: '退款金额' },
    definition: {
      en: 'Sum of the `total` property of every `track` "Order Refunded" event in the period (deduplicated by messageId; two partial refunds of one order both count), in the reporting currency, whenever the order was placed.',
      es: 'Suma de la propiedad `total` de cada evento `track` "Order Refunded" del periodo (deduplicados por messageId; dos reembolsos parciales de un pedido cuentan ambos), en la moneda de informe, sea cuando sea que se hizo el pedido.',
      ja: '期間中のすべての `track`「Order Refunded」イベント（messageIdで重複排除。1つの注文への2回の部分返金は両方数える）の `total` プロパティの合計（レポート通貨）。注文日は問わない。',
      zh: '周期内每个 `track`「Order Refunded」事件（按 messageId 去重；同一订单的两次部分退款都计入）的 `total` 属性之和，按报告币种计，不论下单时间。',
    },
    formula: { kind: 'money-sum', filter: REFUNDS, amount: PROPS.total, currency: PROPS.currency, dedupe: MESSAGE },
  }),
  engineMetric({
    id: 'sales.new-customers',
    functionId: 'sales',
    unit: 'count',
    direction: 'higher-is-better',
    name: { en: 'New customers', es: 'Clientes nuevos', ja: '新規顧客数', zh: '新客户数' },
    definition: {
      en: 'Distinct people whose first `track` "Order Completed" event ever falls in the period.',
      es: 'Personas distintas cuyo primer evento `track` "Order Completed" cae en el periodo.',
      ja: '初めての `track`「Order Completed」イベントが期間内にある異なる人数。',
      zh: '首次 `track`「Order Completed」事件落在周期内的不同人数。',
    },
    people: true,
    formula: { kind: 'first', filter: ORDERS, key: PERSON },
  }),
  engineMetric({
    id: 'sales.customer-acquisition-cost',
    functionId: 'sales',
    unit: 'currency-per-person',
    direction: 'lower-is-better',
    name: { en: 'Customer acquisition cost (CAC)', es: 'Coste de adquisición de clientes (CAC)', ja: '顧客獲得単価（CAC）', zh: '获客成本（CAC）' },
    definition: {
      en: 'All marketing costs dated in the period (every type and function, as in marketing-planning.cost-per-contact), in the reporting currency, divided by sales.new-customers for the same period. No value when there was no new customer.',
      es: 'Todos los costes de marketing fechados en el periodo (de todo tipo y función, como en marketing-planning.cost-per-contact), en la moneda de informe, divididos por sales.new-customers del mismo periodo. Sin valor cuando no hubo clientes nuevos.',
      ja: '期間内の日付を持つすべてのマーケティング費用（marketing-planning.cost-per-contact と同様、種類・機能を問わない）の合計（レポート通貨）を、同じ期間の sales.new-customers で割った値。新規顧客がいない場合は値なし。',
      zh: '周期内日期的全部营销成本（与 marketing-planning.cost-per-contact 一样，不分类型和职能），按报告币种计，除以同一周期的 sales.new-customers。无新客户时无值。',
    },
    formula: { kind: 'ratio', numerator: { kind: 'cost-sum' }, denominator: metric('sales.new-customers') },
  }),
  engineMetric({
    id: 'sales.lifecycle-leads',
    functionId: 'sales',
    unit: 'count',
    direction: 'higher-is-better',
    name: { en: 'Lifecycle: leads', es: 'Ciclo de vida: leads', ja: 'ライフサイクル：リード', zh: '生命周期：线索' },
    definition: {
      en: 'Distinct people with at least one `track` "Lead Qualified" event in the period.',
      es: 'Personas distintas con al menos un evento `track` "Lead Qualified" en el periodo.',
      ja: '期間中に `track`「Lead Qualified」イベントが1件以上ある異なる人数。',
      zh: '周期内至少有一次 `track`「Lead Qualified」事件的不同人数。',
    },
    people: true,
    formula: { kind: 'distinct', filter: tracked([EVENTS.leadQualified]), key: PERSON },
  }),
  engineMetric({
    id: 'sales.lifecycle-customers',
    functionId: 'sales',
    unit: 'count',
    direction: 'higher-is-better',
    name: { en: 'Lifecycle: customers', es: 'Ciclo de vida: clientes', ja: 'ライフサイクル：顧客', zh: '生命周期：客户' },
    definition: {
      en: 'Distinct people with at least one `track` "Order Completed" event (with an order_id) in the period.',
      es: 'Personas distintas con al menos un evento `track` "Order Completed" (con order_id) en el periodo.',
      ja: '期間中に `track`「Order Completed」イベント（order_id あり）が1件以上ある異なる人数。',
      zh: '周期内至少有一次 `track`「Order Completed」事件（带 order_id）的不同人数。',
    },
    people: true,
    formula: { kind: 'distinct', filter: ORDERS, key: PERSON },
  }),
  engineMetric({
    id: 'after-sales.lifecycle-repeat-customers',
    functionId: 'after-sales',
    unit: 'count',
    direction: 'higher-is-better',
    name: { en: 'Lifecycle: repeat customers', es: 'Ciclo de vida: clientes recurrentes', ja: 'ライフサイクル：リピート顧客', zh: '生命周期：复购客户' },
    definition: {
      en: 'Distinct people with at least one `track` "Order Completed" event in the period and at least two distinct order_id values in their orders up to the end of the period.',
      es: 'Personas distintas con al menos un evento `track` "Order Completed" en el periodo y al menos dos valores distintos de order_id en sus pedidos hasta el final del periodo.',
      ja: '期間中に `track`「Order Completed」イベントが1件以上あり、期間末までの注文に異なる order_id が2つ以上ある異なる人数。',
      zh: '周期内至少有一次 `track`「Order Completed」事件，且截至周期末其订单中至少有两个不同 order_id 的不同人数。',
    },
    people: true,
    formula: { kind: 'distinct', filter: ORDERS, key: PERSON, atLeast: { of: ORDER_ID, count: 2, scope: 'through-period-end' } },
  }),
  engineMetric({
    id: 'after-sales.lifecycle-advocates',
    functionId: 'after-sales',
    unit: 'count',
    direction: 'higher-is-better',
    name: { en: 'Lifecycle: advocates', es: 'Ciclo de vida: promotores', ja: 'ライフサイクル：推奨者', zh: '生命周期：推荐者' },
    definition: {
      en: 'Distinct people who recommended the company during the period: at least one `track` "Referral Sent" event, or a "Survey Answered" event to the NPS question with a score of 9 or 10.',
      es: 'Personas distintas que recomendaron la empresa durante el periodo: al menos un evento `track` "Referral Sent", o un evento "Survey Answered" a la pregunta NPS con una puntuación de 9 o 10.',
      ja: '期間中に会社を推奨した異なる人数：`track`「Referral Sent」イベント、またはNPS質問に9か10と答えた「Survey Answered」イベントが1件以上ある人。',
      zh: '周期内推荐过公司的不同人数：至少有一次 `track`「Referral Sent」事件，或在 NPS 问题上打 9 或 10 分的「Survey Answered」事件。',
    },
    people: true,
    formula: {
      kind: 'distinct',
      filter: [
        ...tracked([EVENTS.referralSent]),
        ...tracked(
          [EVENTS.surveyAnswered],
          [
            { kind: 'property-in', property: PROPS.question, values: ['nps'] },
            { kind: 'property-between', property: PROPS.score, min: 9, max: 10, integer: true },
          ],
        ),
      ],
      key: PERSON,
    },
  }),
];
