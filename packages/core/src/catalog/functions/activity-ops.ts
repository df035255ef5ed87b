import type { FunctionDefinition } from '../types';

/**
 * Activity (event) operations: planning -> resource confirmation -> promotion -> effect
 * evaluation. Its three numbers follow that process: did it run to plan, who took part, what it
 * achieved.
 */
export const activityOps: FunctionDefinition = {
  id: 'activity-ops',
  stage: 'service',
  orientation: 'conversion',
  name: { en: 'Activity operations', es: 'Operación de eventos', ja: 'イベント運用', zh: '活动运营' },
  summary: {
    en: 'Runs activities (campaigns and events in and around the product) from planning through resource confirmation and promotion to effect evaluation, keeping each one on schedule and measuring what it achieved.',
    es: 'Gestiona las actividades (campañas y eventos dentro y alrededor del producto) desde la planificación, la confirmación de recursos y la promoción hasta la evaluación de resultados, cuidando que cada una cumpla sus plazos y midiendo lo que logró.',
    ja: 'プロダクト内外のキャンペーン・イベントを、企画→リソース確定→告知・集客→効果検証の流れで運営し、スケジュールどおりに進めて成果を測る。',
    zh: '围绕活动策划→资源确认→宣传推广→效果评估的全流程推进项目、管理进度并落地执行，确保每场活动按计划推进，并评估活动效果。',
  },
  responsibilities: [
    {
      en: 'Activity planning',
      es: 'Planificación de la actividad',
      ja: 'キャンペーン・イベントの企画',
      zh: '活动策划',
    },
    {
      en: 'Resource confirmation: budget, prizes, partners, channels',
      es: 'Confirmación de recursos: presupuesto, premios, socios y canales',
      ja: 'リソース確定：予算、景品、協力パートナー、チャネル',
      zh: '资源确认：预算、奖品、合作方、渠道',
    },
    {
      en: 'Promotion of the activity',
      es: 'Promoción y difusión de la actividad',
      ja: '告知・集客',
      zh: '宣传推广',
    },
    {
      en: 'Project and progress management',
      es: 'Gestión del proyecto y seguimiento del avance',
      ja: 'プロジェクトの進行管理',
      zh: '项目推进与进度管理',
    },
    {
      en: 'Effect evaluation and post-mortem',
      es: 'Evaluación de resultados y análisis posterior',
      ja: '効果検証と振り返り',
      zh: '效果评估与复盘',
    },
  ],
  deliverables: [
    {
      en: 'Activity plan with milestones',
      es: 'Plan de la actividad con hitos',
      ja: 'マイルストーン付きの企画書',
      zh: '活动方案（含里程碑）',
    },
    {
      en: 'Resource checklist',
      es: 'Lista de verificación de recursos',
      ja: 'リソースチェックリスト',
      zh: '资源清单',
    },
    {
      en: 'Activity post-mortem report',
      es: 'Informe de resultados de la actividad',
      ja: '効果検証レポート',
      zh: '活动复盘报告',
    },
  ],
  kpis: [
    {
      id: 'activity-ops.plan-progress',
      name: { en: 'Progress against plan', es: 'Cumplimiento del plan', ja: '計画進捗率', zh: '进度达成率' },
      unit: 'ratio',
      direction: 'higher-is-better',
      definition: {
        en: 'Milestones of the workspace\'s activities (planning, resource confirmation, promotion, effect evaluation) that fell due during the period and were completed by their due date, divided by all milestones that fell due during the period, from the activity records. Period: the reporting period in the workspace\'s time zone, by due date.',
        es: 'Hitos de las actividades del espacio de trabajo (planificación, confirmación de recursos, promoción, evaluación de resultados) que vencían en el periodo y se completaron a tiempo, divididos entre todos los hitos que vencían en el periodo, según los registros de actividades. Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo, por fecha de vencimiento.',
        ja: '集計期間中に期日を迎えた施策のマイルストーン（企画、リソース確定、告知・集客、効果検証）のうち期日までに完了したもの ÷ 同期間に期日を迎えた全マイルストーン（施策の記録に基づく）。期間：ワークスペースのタイムゾーンでの集計期間（期日基準）。',
        zh: '统计周期内到期且按期完成的活动里程碑（策划、资源确认、宣传推广、效果评估）数 ÷ 同期到期的全部里程碑数，数据来自活动记录。统计周期：按工作区时区划分的报告周期，以截止日期为准。',
      },
    },
    {
      id: 'activity-ops.participants',
      name: { en: 'Participants', es: 'Participantes', ja: '参加者数', zh: '参与人数' },
      unit: 'count',
      direction: 'higher-is-better',
      definition: {
        en: 'Distinct people who joined an activity during the period: a `track` "Activity Joined" event (or the event an activity names as its participation event) carrying the activity\'s activity_id, between the activity\'s start and end. A person in two activities counts once in the total and once in each activity. One person: a distinct person after identity resolution (anonymous ids merged into the identified user). Period: the reporting period in the workspace\'s time zone.',
        es: 'Personas únicas que se sumaron a una actividad durante el periodo: un evento `track` "Activity Joined" (o el que la actividad defina como evento de participación) con el activity_id de la actividad, entre su inicio y su fin. Quien participa en dos actividades cuenta una vez en el total y una vez en cada actividad. Una persona: una persona única tras la resolución de identidad (los ID anónimos se unifican con el usuario identificado). Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo.',
        ja: '集計期間中に施策に参加したユニーク人数。参加＝施策の開始から終了までの間に、その施策の activity_id を持つ `track` "Activity Joined" イベント（または施策ごとに指定した参加イベント）があること。2つの施策に参加した人は、合計では1人、施策別ではそれぞれ1人と数える。1人＝名寄せ（匿名IDを識別済みユーザーに統合）後のユニークユーザー。期間：ワークスペースのタイムゾーンでの集計期間。',
        zh: '统计周期内参与活动的去重人数：在活动开始至结束期间触发带该活动 activity_id 的 `track` "Activity Joined" 事件（或活动自行指定的参与事件）。参与两场活动的人在总数中计一人，在每场活动中各计一人。一人：经身份归并（匿名 ID 合并到已识别用户）后去重的自然人。统计周期：按工作区时区划分的报告周期。',
      },
    },
    {
      id: 'activity-ops.goal-conversion-rate',
      name: { en: 'Activity conversion rate', es: 'Tasa de conversión de la actividad', ja: '施策のコンバージョン率', zh: '活动转化率' },
      unit: 'ratio',
      direction: 'higher-is-better',
      definition: {
        en: 'For activities that ended during the period: participants who performed the activity\'s goal event (set per activity, e.g. "Order Completed" or "Signed Up") after joining and no later than 7 days after the activity ended, divided by the activity\'s participants; across several activities, the sum of converted participants over the sum of participants. Shown as provisional until the 7 days have passed. One person: a distinct person after identity resolution. Period: the reporting period in the workspace\'s time zone, by activity end date.',
        es: 'Para las actividades que terminaron en el periodo: participantes que realizaron el evento objetivo de la actividad (definido por actividad, p. ej. "Order Completed" o "Signed Up") después de sumarse y a más tardar 7 días después del fin de la actividad, divididos entre sus participantes; con varias actividades, la suma de participantes convertidos entre la suma de participantes. Se muestra como provisional hasta que pasen los 7 días. Una persona: una persona única tras la resolución de identidad. Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo, por fecha de fin de la actividad.',
        ja: '集計期間中に終了した施策について、参加後かつ施策終了から7日以内に、その施策のゴールイベント（施策ごとに設定。例："Order Completed"、"Signed Up"）を行った参加者数 ÷ 参加者数。複数施策の場合は、コンバージョンした参加者数の合計 ÷ 参加者数の合計。7日が経過するまでは暫定値として表示する。1人＝名寄せ後のユニークユーザー。期間：ワークスペースのタイムゾーンでの集計期間（施策終了日基準）。',
        zh: '针对统计周期内结束的活动：参与后且不晚于活动结束后 7 天内完成该活动目标事件（按活动设置，如 "Order Completed" 或 "Signed Up"）的参与人数 ÷ 参与人数；多场活动时为各活动转化人数之和 ÷ 参与人数之和。7 天期满前显示为暂估值。一人：经身份归并后去重的自然人。统计周期：按工作区时区划分的报告周期，以活动结束日期为准。',
      },
    },
  ],
};
