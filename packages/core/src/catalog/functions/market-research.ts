import type { FunctionDefinition } from '../types';

/**
 * Market insight, the think tank: research that ends in a feasibility report a decision maker
 * approves. Judged by what happens to its reports, not by any market number it cannot move.
 */
export const marketResearch: FunctionDefinition = {
  id: 'market-research',
  stage: 'market',
  orientation: 'strategic',
  name: { en: 'Market insight', es: 'Estudio de mercado', ja: '市場調査', zh: '市场调研' },
  summary: {
    en: 'The think tank: studies the market, industry trends, policy, consumer demand and the company\'s own resources, and turns them into feasibility reports that decision makers approve and act on.',
    es: 'El laboratorio de ideas: estudia el mercado, las tendencias del sector, la política pública, la demanda de los consumidores y los recursos propios, y los convierte en informes de viabilidad que la dirección aprueba y pone en práctica.',
    ja: 'シンクタンク役。市場、業界動向、政策、消費者ニーズ、自社リソースを調べ、意思決定者が承認して実行に移せるフィージビリティレポートにまとめる。',
    zh: '企业的智囊团：研究市场、行业趋势、政策、消费需求和企业自身资源，形成可行性报告，供决策者审批并落地执行。',
  },
  responsibilities: [
    {
      en: 'Analyse market information and industry trends',
      es: 'Analizar la información de mercado y las tendencias del sector',
      ja: '市場情報と業界動向の分析',
      zh: '市场信息与行业趋势分析',
    },
    {
      en: 'Track national policy and regulation that affect the business',
      es: 'Seguir la política pública y la regulación que afectan al negocio',
      ja: '事業に影響する国の政策・規制のモニタリング',
      zh: '跟踪影响业务的国家政策与法规',
    },
    {
      en: 'Research consumer demand and user needs (surveys, interviews, data)',
      es: 'Investigar la demanda de los consumidores y las necesidades de los usuarios (encuestas, entrevistas, datos)',
      ja: '消費者ニーズ・ユーザーニーズの調査（アンケート、インタビュー、データ分析）',
      zh: '消费需求与用户需求调研（问卷、访谈、数据分析）',
    },
    {
      en: 'Assess the company\'s own resources against each opportunity',
      es: 'Evaluar los recursos propios de la empresa frente a cada oportunidad',
      ja: '各機会に対する自社リソースの評価',
      zh: '结合每个机会评估企业自身资源',
    },
    {
      en: 'Write feasibility reports and forecasts for decision makers',
      es: 'Redactar informes de viabilidad y previsiones para la dirección',
      ja: '意思決定者向けのフィージビリティレポートと予測の作成',
      zh: '为决策层撰写可行性报告和预测',
    },
  ],
  deliverables: [
    {
      en: 'Feasibility report',
      es: 'Informe de viabilidad',
      ja: 'フィージビリティレポート（実現可能性報告書）',
      zh: '可行性报告',
    },
    {
      en: 'Market and industry trend reports',
      es: 'Informes de mercado y tendencias del sector',
      ja: '市場・業界動向レポート',
      zh: '市场与行业趋势报告',
    },
    {
      en: 'Consumer research results (survey findings, user insight)',
      es: 'Resultados de estudios de consumidor (encuestas, insights)',
      ja: '消費者調査の結果（アンケート結果、インサイト）',
      zh: '消费者调研结果（问卷结论、用户洞察）',
    },
  ],
  kpis: [
    {
      id: 'market-research.reports-delivered',
      name: { en: 'Reports delivered', es: 'Informes entregados', ja: 'レポート提出数', zh: '报告交付数' },
      unit: 'count',
      direction: 'higher-is-better',
      definition: {
        en: 'Research and feasibility reports whose status changed to delivered during the period, from the workspace\'s report records; a report revised and delivered again counts once. Period: the reporting period in the workspace\'s time zone.',
        es: 'Informes de estudio y de viabilidad cuyo estado pasó a «entregado» durante el periodo, según los registros de informes del espacio de trabajo; un informe revisado y entregado de nuevo cuenta una sola vez. Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo.',
        ja: '集計期間中にステータスが「提出済み」になった調査レポート・フィージビリティレポートの件数（ワークスペースのレポート記録に基づく）。改訂して再提出したレポートは1件と数える。期間：ワークスペースのタイムゾーンでの集計期間。',
        zh: '统计周期内状态变为“已交付”的调研报告和可行性报告数量，数据来自工作区的报告记录；修订后再次交付的同一份报告只计一次。统计周期：按工作区时区划分的报告周期。',
      },
    },
    {
      id: 'market-research.approval-rate',
      name: { en: 'Approval rate', es: 'Tasa de aprobación', ja: '承認率', zh: '报告通过率' },
      unit: 'ratio',
      direction: 'higher-is-better',
      definition: {
        en: 'Reports a decision maker approved during the period divided by reports that received a decision (approved or rejected) during the period, from the report records. Reports still awaiting a decision are left out of both. Period: the reporting period in the workspace\'s time zone, by decision date.',
        es: 'Informes aprobados por la dirección durante el periodo, divididos entre los informes que recibieron una decisión (aprobado o rechazado) en ese mismo periodo, según los registros de informes. Los informes pendientes de decisión no cuentan en ninguno de los dos. Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo, por fecha de decisión.',
        ja: '集計期間中に意思決定者が承認したレポート数 ÷ 同期間に判断（承認または却下）が下されたレポート数（レポート記録に基づく）。判断待ちのレポートは分子・分母のどちらにも含めない。期間：ワークスペースのタイムゾーンでの集計期間（判断日基準）。',
        zh: '统计周期内经决策者批准的报告数 ÷ 同期获得决策（批准或否决）的报告数，数据来自报告记录；尚待决策的报告不计入分子和分母。统计周期：按工作区时区划分的报告周期，以决策日期为准。',
      },
    },
    {
      id: 'market-research.acted-on-rate',
      name: { en: 'Acted-on rate', es: 'Tasa de puesta en práctica', ja: '施策化率', zh: '报告落地率' },
      unit: 'ratio',
      direction: 'higher-is-better',
      definition: {
        en: 'Reports approved during the period that at least one plan, campaign or activity in the workspace cites as its basis within 90 days of approval, divided by the reports approved during the period. Reports still inside their 90 days count too: the rate is the share cited so far, rises as citations arrive and is provisional until the last window closes. Period: the reporting period in the workspace\'s time zone, by approval date.',
        es: 'Informes aprobados durante el periodo que al menos un plan, campaña o actividad del espacio de trabajo cita como base en los 90 días siguientes a la aprobación, divididos entre los informes aprobados en el periodo. Los que siguen dentro de sus 90 días también cuentan: la tasa es la proporción citada hasta la fecha, sube a medida que llegan citas y es provisional hasta que se cierre la última ventana. Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo, por fecha de aprobación.',
        ja: '集計期間中に承認されたレポートのうち、承認後90日以内にワークスペース内の計画・キャンペーン・施策のいずれかが根拠として参照したレポート数 ÷ 同期間に承認されたレポート数。90日以内でまだ参照のないレポートも分母に含める。値はその時点までの参照率で、参照が増えるにつれて上がり、最後の期限が来るまでは暫定値とする。期間：ワークスペースのタイムゾーンでの集計期間（承認日基準）。',
        zh: '统计周期内获批的报告中，获批后 90 天内被工作区内至少一个计划、营销活动或运营活动引用为依据的报告数 ÷ 同期获批报告数。仍在 90 天窗口内且尚未被引用的报告也计入分母：该比率是截至目前的引用率，随引用增加而上升，在最后一个窗口结束前为暂定值。统计周期：按工作区时区划分的报告周期，以获批日期为准。',
      },
    },
  ],
};
