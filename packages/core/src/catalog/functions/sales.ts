import type { FunctionDefinition } from '../types';

/**
 * Sales, the soldiers: close transactions and so validate the market analysis and the marketing.
 * The article allows it one number, the transaction rate, so it has exactly one KPI.
 */
export const sales: FunctionDefinition = {
  id: 'sales',
  stage: 'sales',
  orientation: 'conversion',
  // Why 営業 and not the stage's 販売: Japanese companies name this function and its department
  // 営業 (営業部); 販売 reads as over-the-counter retail selling.
  name: { en: 'Sales', es: 'Ventas', ja: '営業', zh: '销售' },
  summary: {
    en: 'The soldiers: close transactions, and by doing so validate whether the market analysis and the marketing work were right. Judged by the transaction rate and nothing else.',
    es: 'Los soldados: cierran las ventas y, con ello, validan si el análisis de mercado y el trabajo de marketing fueron acertados. Se les evalúa por la tasa de cierre y nada más.',
    ja: '兵士の役割。取引を成約させ、その結果で市場分析とマーケティングが正しかったかを検証する。評価基準は成約率のみ。',
    zh: '冲锋陷阵的士兵：促成交易，并以成交结果检验市场分析与营销工作是否到位。考核只看成交率。',
  },
  responsibilities: [
    {
      en: 'Follow up qualified leads and opportunities',
      es: 'Dar seguimiento a los leads y oportunidades calificados',
      ja: '有望リード・商談のフォロー',
      zh: '跟进有效线索与商机',
    },
    {
      en: 'Negotiate and close transactions',
      es: 'Negociar y cerrar ventas',
      ja: '商談とクロージング',
      zh: '商务谈判与成交',
    },
    {
      en: 'Advertising sales and business development (BD)',
      es: 'Venta de publicidad y desarrollo de negocio (BD)',
      ja: '広告営業と事業開発（BD）',
      zh: '广告销售与商务拓展（BD）',
    },
    {
      en: 'Report whether the market analysis and the marketing held up in front of customers',
      es: 'Informar si el análisis de mercado y el marketing se sostuvieron frente a los clientes',
      ja: '市場分析とマーケティングが顧客の前で通用したかのフィードバック',
      zh: '反馈市场分析与营销策略在客户面前是否站得住',
    },
  ],
  deliverables: [
    {
      en: 'Sales pipeline and forecast',
      es: 'Embudo de ventas y previsión',
      ja: '営業パイプラインと売上予測',
      zh: '销售漏斗与业绩预测',
    },
    {
      en: 'Closed deals and contracts',
      es: 'Ventas cerradas y contratos',
      ja: '成約案件と契約書',
      zh: '成交订单与合同',
    },
    {
      en: 'Field feedback on the market and the marketing',
      es: 'Retroalimentación de campo sobre el mercado y el marketing',
      ja: '市場とマーケティングに関する現場からのフィードバック',
      zh: '一线市场与营销反馈',
    },
  ],
  kpis: [
    {
      id: 'sales.transaction-rate',
      name: {
        en: 'Transaction (conversion) rate',
        es: 'Tasa de cierre (conversión)',
        ja: '成約率',
        zh: '成交率（转化率）',
      },
      unit: 'ratio',
      direction: 'higher-is-better',
      definition: {
        en: 'Of the people handed to sales during the period (their first `track` "Lead Qualified" event falls in the period), the share with at least one `track` "Order Completed" event (online, or imported from offline deals) within 90 days after the hand-off. People still inside their 90 days count too: the rate is the conversion so far, rises as orders arrive and is provisional until the last window closes. One person: a distinct person after identity resolution (anonymous ids merged into the identified user); for business deals, the buying contact. Period: the reporting period in the workspace\'s time zone, by hand-off date.',
        es: 'De las personas entregadas a ventas durante el periodo (su primer evento `track` "Lead Qualified" cae en el periodo), la proporción con al menos un evento `track` "Order Completed" (online o importado de ventas offline) en los 90 días siguientes a la entrega. Las que siguen dentro de sus 90 días también cuentan: la tasa es la conversión hasta la fecha, sube a medida que llegan pedidos y es provisional hasta que se cierre la última ventana. Una persona: una persona única tras la resolución de identidad (los ID anónimos se unifican con el usuario identificado); en ventas a empresas, el contacto comprador. Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo, por fecha de entrega.',
        ja: '集計期間中に営業へ引き渡された人（最初の `track` "Lead Qualified" イベントが期間内にある人）のうち、引き渡しから90日以内に `track` "Order Completed" イベント（オンライン、またはオフライン成約の取り込み）が1件以上ある人の割合。90日以内でまだ注文のない人も分母に含める。値はその時点までの成約率で、注文が入るにつれて上がり、最後の期限が来るまでは暫定値とする。1人＝名寄せ（匿名IDを識別済みユーザーに統合）後のユニークユーザー。法人取引では購買担当者を1人とする。期間：ワークスペースのタイムゾーンでの集計期間（引き渡し日基準）。',
        zh: '统计周期内移交给销售的人（首个 `track` "Lead Qualified" 事件落在周期内）中，在移交后 90 天内至少有一次 `track` "Order Completed" 事件（线上成交，或导入的线下成交）的人所占比例。仍在 90 天窗口内且尚未成交的人也计入分母：该比率是截至目前的成交率，随成交增加而上升，在最后一个窗口结束前为暂定值。一人：经身份归并（匿名 ID 合并到已识别用户）后去重的自然人；企业客户以采购对接人计。统计周期：按工作区时区划分的报告周期，以移交日期为准。',
      },
    },
  ],
};
