import type { FunctionDefinition } from '../types';

/**
 * After-sales service: makes the first purchase not the last. CSAT and NPS follow the survey
 * conventions users know from other tools (MEASUREMENT.md), so numbers compare across tools.
 */
export const afterSales: FunctionDefinition = {
  id: 'after-sales',
  stage: 'service',
  orientation: 'retention',
  name: { en: 'After-sales service', es: 'Servicio posventa', ja: 'アフターサービス', zh: '售后服务' },
  summary: {
    en: 'Keeps customers after the purchase so it is not a one-off: service, satisfaction surveys and interaction that drive repeat purchase and turn customers into referrers through word of mouth and viral referral ("fission") campaigns.',
    es: 'Retiene a los clientes después de la compra para que no sea una transacción única: atención, encuestas de satisfacción e interacción que impulsan la recompra y convierten a los clientes en prescriptores mediante el boca a boca y campañas virales de referidos.',
    ja: '購入を一度きりで終わらせないよう顧客をつなぎ留める。サポート、満足度調査、顧客とのコミュニケーションを通じてリピート購入を促し、口コミや紹介キャンペーンによるバイラルな拡散で顧客を紹介者に変える。',
    zh: '让交易不止一次：通过售后服务、满意度调研和用户互动留住客户、促进复购，并借助口碑和裂变玩法让老客户成为推荐者。',
  },
  responsibilities: [
    {
      en: 'Customer service and issue resolution',
      es: 'Atención al cliente y resolución de incidencias',
      ja: 'カスタマーサポートと問題解決',
      zh: '客户服务与问题处理',
    },
    {
      en: 'Satisfaction and NPS surveys',
      es: 'Encuestas de satisfacción y NPS',
      ja: '顧客満足度調査・NPS調査',
      zh: '满意度与 NPS 调研',
    },
    {
      en: 'Customer retention and repeat-purchase programmes',
      es: 'Programas de retención y recompra',
      ja: '顧客維持とリピート購入施策',
      zh: '老客维护与复购激励',
    },
    {
      en: 'Referrals, word of mouth and viral ("fission") campaigns',
      es: 'Programas de referidos, boca a boca y campañas virales',
      ja: '紹介プログラム、口コミ、バイラル施策',
      zh: '转介绍、口碑维护与裂变活动',
    },
    {
      en: 'Ongoing interaction with customers',
      es: 'Interacción continua con los clientes',
      ja: '顧客との継続的なコミュニケーション',
      zh: '客户日常互动',
    },
  ],
  deliverables: [
    {
      en: 'Satisfaction and NPS reports',
      es: 'Informes de satisfacción y NPS',
      ja: '顧客満足度・NPSレポート',
      zh: '满意度与 NPS 报告',
    },
    {
      en: 'Repeat-purchase and referral programmes',
      es: 'Programas de recompra y de referidos',
      ja: 'リピート購入・紹介プログラム',
      zh: '复购与转介绍方案',
    },
    {
      en: 'Service playbook and scripts',
      es: 'Manual y guiones de atención',
      ja: '応対マニュアルとトークスクリプト',
      zh: '服务规范与话术',
    },
  ],
  kpis: [
    {
      id: 'after-sales.csat',
      name: {
        en: 'Customer satisfaction (CSAT)',
        es: 'Satisfacción del cliente (CSAT)',
        ja: '顧客満足度（CSAT）',
        zh: '客户满意度（CSAT）',
      },
      unit: 'ratio',
      direction: 'higher-is-better',
      definition: {
        en: 'Top-2-box CSAT: answers of 4 or 5 to the 1-5 satisfaction question divided by all answers to that question, from survey answers submitted during the period; one answer per person per survey (the latest). One person: a distinct person after identity resolution (anonymous ids merged into the identified user). Period: the reporting period in the workspace\'s time zone, by answer time.',
        es: 'CSAT top-2-box: respuestas de 4 o 5 a la pregunta de satisfacción de 1 a 5, divididas entre todas las respuestas a esa pregunta, según las respuestas de encuesta enviadas durante el periodo; una respuesta por persona y encuesta (la más reciente). Una persona: una persona única tras la resolución de identidad (los ID anónimos se unifican con el usuario identificado). Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo, por fecha de respuesta.',
        ja: 'トップ2ボックス方式のCSAT：1〜5段階の満足度設問で4または5と答えた回答数 ÷ その設問への全回答数（集計期間中に送信されたアンケート回答に基づく）。1人1調査につき最新の1回答とする。1人＝名寄せ（匿名IDを識別済みユーザーに統合）後のユニークユーザー。期間：ワークスペースのタイムゾーンでの集計期間（回答日時基準）。',
        zh: 'Top-2-box 口径的 CSAT：在 1–5 分满意度题中选 4 分或 5 分的答卷数 ÷ 该题全部答卷数，数据为统计周期内提交的问卷答卷；每人每份问卷只取最新一份。一人：经身份归并（匿名 ID 合并到已识别用户）后去重的自然人。统计周期：按工作区时区划分的报告周期，以答卷时间为准。',
      },
    },
    {
      id: 'after-sales.nps',
      name: {
        en: 'Net Promoter Score (NPS)',
        es: 'Índice de recomendación neta (NPS)',
        ja: 'NPS（ネット・プロモーター・スコア）',
        zh: '净推荐值（NPS）',
      },
      unit: 'score',
      direction: 'higher-is-better',
      definition: {
        en: 'From answers to the 0-10 "how likely are you to recommend us" question submitted during the period, one per person per survey (the latest): promoters answer 9-10, passives 7-8, detractors 0-6; NPS = % promoters - % detractors, from -100 to 100. No value when there are no answers. One person: a distinct person after identity resolution. Period: the reporting period in the workspace\'s time zone, by answer time.',
        es: 'A partir de las respuestas a la pregunta de 0 a 10 «¿qué probabilidad hay de que nos recomiende?» enviadas durante el periodo, una por persona y encuesta (la más reciente): promotores 9-10, pasivos 7-8, detractores 0-6; NPS = % de promotores - % de detractores, de -100 a 100. Sin valor si no hay respuestas. Una persona: una persona única tras la resolución de identidad. Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo, por fecha de respuesta.',
        ja: '集計期間中に送信された「友人や同僚に薦める可能性は？」（0〜10）への回答から算出する（1人1調査につき最新の1回答）。推奨者＝9〜10、中立者＝7〜8、批判者＝0〜6。NPS＝推奨者の割合（%）−批判者の割合（%）で、−100〜100の範囲。回答がない場合は値なし。1人＝名寄せ後のユニークユーザー。期間：ワークスペースのタイムゾーンでの集計期間（回答日時基準）。',
        zh: '依据统计周期内提交的“您有多大可能向他人推荐我们”（0–10 分）答卷计算，每人每份问卷取最新一份：9–10 分为推荐者，7–8 分为被动者，0–6 分为贬损者；NPS = 推荐者占比（%）− 贬损者占比（%），取值 −100 到 100。无答卷时不出值。一人：经身份归并后去重的自然人。统计周期：按工作区时区划分的报告周期，以答卷时间为准。',
      },
    },
    {
      id: 'after-sales.repeat-purchase-rate',
      name: { en: 'Repeat purchase rate', es: 'Tasa de recompra', ja: 'リピート購入率', zh: '复购率' },
      unit: 'ratio',
      direction: 'higher-is-better',
      definition: {
        en: 'Distinct people with two or more orders in the period (distinct order_id values of `track` "Order Completed" events) divided by distinct people with at least one order in the period. Longer periods give higher rates, so compare periods of the same length. One person: a distinct person after identity resolution (anonymous ids merged into the identified user). Period: the reporting period in the workspace\'s time zone.',
        es: 'Personas únicas con dos o más pedidos en el periodo (valores distintos de order_id en eventos `track` "Order Completed"), divididas entre las personas únicas con al menos un pedido en el periodo. Los periodos más largos dan tasas más altas, así que conviene comparar periodos de igual duración. Una persona: una persona única tras la resolución de identidad (los ID anónimos se unifican con el usuario identificado). Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo.',
        ja: '集計期間中に2回以上注文した人数（`track` "Order Completed" イベントの order_id のユニーク数で判定）÷ 同期間に1回以上注文した人数。期間が長いほど高くなるため、同じ長さの期間同士で比較する。1人＝名寄せ（匿名IDを識別済みユーザーに統合）後のユニークユーザー。期間：ワークスペースのタイムゾーンでの集計期間。',
        zh: '统计周期内下单两次及以上的去重人数（按 `track` "Order Completed" 事件中去重的 order_id 判断）÷ 同期至少下单一次的去重人数。周期越长复购率越高，应在等长周期之间比较。一人：经身份归并（匿名 ID 合并到已识别用户）后去重的自然人。统计周期：按工作区时区划分的报告周期。',
      },
    },
    {
      id: 'after-sales.referrals',
      name: { en: 'Referrals', es: 'Referidos', ja: '紹介獲得数', zh: '转介绍人数' },
      unit: 'count',
      direction: 'higher-is-better',
      definition: {
        en: 'New people whose first `track` "Signed Up" event falls in the period and carries a referrer (a referrer_id or referral_code property from an invitation, a share link or a referral programme); each referred person counts once. One person: a distinct person after identity resolution (anonymous ids merged into the identified user). Period: the reporting period in the workspace\'s time zone.',
        es: 'Personas nuevas cuyo primer evento `track` "Signed Up" cae en el periodo y lleva un referidor (una propiedad referrer_id o referral_code procedente de una invitación, un enlace compartido o un programa de referidos); cada persona referida cuenta una vez. Una persona: una persona única tras la resolución de identidad (los ID anónimos se unifican con el usuario identificado). Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo.',
        ja: '最初の `track` "Signed Up" イベントが集計期間内にあり、紹介元（招待、シェアリンク、紹介プログラムによる referrer_id または referral_code プロパティ）を持つ新規の人数。紹介された人は1人1回と数える。1人＝名寄せ（匿名IDを識別済みユーザーに統合）後のユニークユーザー。期間：ワークスペースのタイムゾーンでの集計期間。',
        zh: '首个 `track` "Signed Up" 事件落在统计周期内、且带有推荐来源（来自邀请、分享链接或转介绍活动的 referrer_id 或 referral_code 属性）的新用户人数；每位被推荐人只计一次。一人：经身份归并（匿名 ID 合并到已识别用户）后去重的自然人。统计周期：按工作区时区划分的报告周期。',
      },
    },
  ],
};
