import type { MetricDefinition } from '../definition';
import { EVENTS } from '../vocabulary';
import { engineMetric } from './engine';
import { MARKETING_TOUCH, PERSON, tracked } from './filters';
import { metric } from './from-catalog';

const IMPRESSIONS = tracked([EVENTS.adImpression]);
const CLICKS = tracked([EVENTS.adClicked]);

/** Everyday advertising metrics the catalog leaves out: impressions, clicks, frequency, ROAS. */
export const REACH_METRICS: readonly MetricDefinition[] = [
  engineMetric({
    id: 'new-media.impressions',
    functionId: 'new-media',
    unit: 'count',
    direction: 'higher-is-better',
    name: { en: 'Ad impressions', es: 'Impresiones de anuncios', ja: '広告インプレッション数', zh: '广告曝光量' },
    definition: {
      en: 'Ads seen by people during the period: `track` "Ad Impression" events (sent when the ad platform reports impressions per person), deduplicated by messageId.',
      es: 'Anuncios vistos por personas durante el periodo: eventos `track` "Ad Impression" (enviados cuando la plataforma publicitaria informa impresiones por persona), deduplicados por messageId.',
      ja: '期間中に人が見た広告の数：`track`「Ad Impression」イベント（広告プラットフォームが人単位でインプレッションを報告する場合に送信）をmessageIdで重複排除して数える。',
      zh: '周期内用户看到广告的次数：`track`「Ad Impression」事件（广告平台按人上报曝光时发送），按 messageId 去重。',
    },
    formula: { kind: 'count', filter: IMPRESSIONS },
  }),
  engineMetric({
    id: 'new-media.ad-frequency',
    functionId: 'new-media',
    unit: 'per-person',
    direction: 'higher-is-better',
    name: { en: 'Ad frequency', es: 'Frecuencia de anuncios', ja: '広告フリークエンシー', zh: '广告频次' },
    definition: {
      en: 'new-media.impressions divided by the distinct people with at least one "Ad Impression" event in the period: how many times each reached person saw an ad. No value when nobody saw an ad.',
      es: 'new-media.impressions dividido por las personas distintas con al menos un evento "Ad Impression" en el periodo: cuántas veces vio un anuncio cada persona alcanzada. Sin valor cuando nadie vio un anuncio.',
      ja: 'new-media.impressions を、期間中に「Ad Impression」イベントが1件以上ある異なる人数で割った値。到達した1人が広告を見た平均回数。誰も広告を見ていない場合は値なし。',
      zh: 'new-media.impressions 除以周期内至少有一次「Ad Impression」事件的不同人数：每个触达的人平均看到广告的次数。无人看到广告时无值。',
    },
    people: true,
    formula: { kind: 'ratio', numerator: metric('new-media.impressions'), denominator: { kind: 'distinct', filter: IMPRESSIONS, key: PERSON } },
  }),
  engineMetric({
    id: 'marketing-planning.touch-frequency',
    functionId: 'marketing-planning',
    unit: 'per-person',
    direction: 'higher-is-better',
    name: { en: 'Touch frequency', es: 'Frecuencia de contacto', ja: '接触頻度', zh: '触达频次' },
    definition: {
      en: 'Marketing touches of target people in the period (the events counted by marketing-planning.target-reach, deduplicated by messageId) divided by marketing-planning.target-reach: touches per reached target person. No value when nobody was reached.',
      es: 'Contactos de marketing de personas objetivo en el periodo (los eventos que cuenta marketing-planning.target-reach, deduplicados por messageId) divididos por marketing-planning.target-reach: contactos por persona objetivo alcanzada. Sin valor cuando no se alcanzó a nadie.',
      ja: '期間中のターゲット層へのマーケティング接触数（marketing-planning.target-reach が数えるイベントをmessageIdで重複排除）を marketing-planning.target-reach で割った値。到達したターゲット1人あたりの接触回数。誰にも到達していない場合は値なし。',
      zh: '周期内目标人群的营销触点数（marketing-planning.target-reach 统计的事件，按 messageId 去重）除以 marketing-planning.target-reach：每个被触达目标人的平均触达次数。无人被触达时无值。',
    },
    people: true,
    formula: { kind: 'ratio', numerator: { kind: 'count', filter: MARKETING_TOUCH, audience: true }, denominator: metric('marketing-planning.target-reach') },
  }),
  engineMetric({
    id: 'new-media.clicks',
    functionId: 'new-media',
    unit: 'count',
    direction: 'higher-is-better',
    name: { en: 'Ad clicks', es: 'Clics en anuncios', ja: '広告クリック数', zh: '广告点击量' },
    definition: {
      en: 'Clicks on ads during the period: `track` "Ad Clicked" events, deduplicated by messageId.',
      es: 'Clics en anuncios durante el periodo: eventos `track` "Ad Clicked", deduplicados por messageId.',
      ja: '期間中の広告クリック数：`track`「Ad Clicked」イベントをmessageIdで重複排除して数える。',
      zh: '周期内的广告点击次数：`track`「Ad Clicked」事件，按 messageId 去重。',
    },
    formula: { kind: 'count', filter: CLICKS },
  }),
  engineMetric({
    id: 'new-media.click-through-rate',
    functionId: 'new-media',
    unit: 'ratio',
    direction: 'higher-is-better',
    name: { en: 'Click-through rate (CTR)', es: 'Tasa de clics (CTR)', ja: 'クリック率（CTR）', zh: '点击率（CTR）' },
    definition: {
      en: 'new-media.clicks divided by new-media.impressions for the same period. No value when there were no impressions.',
      es: 'new-media.clicks dividido por new-media.impressions del mismo periodo. Sin valor cuando no hubo impresiones.',
      ja: 'new-media.clicks を同じ期間の new-media.impressions で割った値。インプレッションがない場合は値なし。',
      zh: 'new-media.clicks 除以同一周期的 new-media.impressions。无曝光时无值。',
    },
    formula: { kind: 'ratio', numerator: metric('new-media.clicks'), denominator: metric('new-media.impressions') },
  }),
  engineMetric({
    id: 'new-media.roas',
    functionId: 'new-media',
    unit: 'ratio',
    direction: 'higher-is-better',
    name: { en: 'Return on ad spend (ROAS)', es: 'Retorno de la inversión publicitaria (ROAS)', ja: '広告費用対効果（ROAS）', zh: '广告支出回报率（ROAS）' },
    definition: {
      en: 'Blended ROAS: store-ops.gmv divided by the marketing cost records of type media (paid placement) dated in the period, both in the reporting currency. Every order counts, not only orders attributed to ads (attribution is a separate analysis). No value when there was no media cost.',
      es: 'ROAS combinado: store-ops.gmv dividido por los registros de costes de marketing de tipo media (publicidad pagada) fechados en el periodo, ambos en la moneda de informe. Cuentan todos los pedidos, no solo los atribuidos a anuncios (la atribución es un análisis aparte). Sin valor cuando no hubo coste de medios.',
      ja: 'ブレンドROAS：store-ops.gmv を、期間内の日付を持つ種類 media（有料広告出稿）のマーケティング費用記録の合計で割った値（いずれもレポート通貨）。広告に帰属する注文だけでなくすべての注文を数える（アトリビューションは別の分析）。媒体費がない場合は値なし。',
      zh: '混合 ROAS：store-ops.gmv 除以周期内日期、类型为 media（付费投放）的营销成本记录之和，均按报告币种计。计入全部订单，而不仅是归因于广告的订单（归因是单独的分析）。无媒介成本时无值。',
    },
    formula: { kind: 'ratio', numerator: metric('store-ops.gmv'), denominator: { kind: 'cost-sum', costTypes: ['media'] } },
  }),
  engineMetric({
    id: 'marketing-planning.lifecycle-reached',
    functionId: 'marketing-planning',
    unit: 'count',
    direction: 'higher-is-better',
    name: { en: 'Lifecycle: reached', es: 'Ciclo de vida: alcanzados', ja: 'ライフサイクル：到達', zh: '生命周期：已触达' },
    definition: {
      en: 'Distinct people with at least one marketing touch in the period, as in marketing-planning.target-reach but without the target-audience rule: the first stage of the customer lifecycle.',
      es: 'Personas distintas con al menos un contacto de marketing en el periodo, como en marketing-planning.target-reach pero sin la regla de público objetivo: la primera etapa del ciclo de vida del cliente.',
      ja: '期間中にマーケティング接触が1件以上ある異なる人数。marketing-planning.target-reach と同じ接触だが、ターゲット層のルールは適用しない。顧客ライフサイクルの最初の段階。',
      zh: '周期内至少有一次营销触点的不同人数，口径同 marketing-planning.target-reach，但不套用目标人群规则：客户生命周期的第一阶段。',
    },
    people: true,
    formula: { kind: 'distinct', filter: MARKETING_TOUCH, key: PERSON },
  }),
];
