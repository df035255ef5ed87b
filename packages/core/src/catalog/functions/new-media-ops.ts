import type { FunctionDefinition } from '../types';

/**
 * New-media operations: the company's social accounts run for reads, followers and fan
 * interaction. Its numbers come from channel-account statistics snapshots, so they are platform
 * counts, never distinct people.
 */
export const newMediaOps: FunctionDefinition = {
  id: 'new-media-ops',
  stage: 'service',
  orientation: 'conversion',
  name: {
    en: 'New-media operations',
    es: 'Operaciones de nuevos medios',
    ja: 'ニューメディア運用',
    zh: '新媒体运营',
  },
  summary: {
    en: 'Runs the company\'s social and self-media accounts (WeChat, Weibo, Toutiao, Douyin and others) for reads, followers and fan interaction: account content, fan care, account activities and resource partnerships.',
    es: 'Gestiona las cuentas sociales y de medios propios de la empresa (WeChat, Weibo, Toutiao, Douyin y otras) para lograr lecturas, seguidores e interacción: contenido de las cuentas, relación con los seguidores, actividades y acuerdos de recursos.',
    ja: '自社のSNS・オウンドメディアのアカウント（WeChat、Weibo、Toutiao、Douyin など）を運用し、閲覧数、フォロワー数、ファンとのインタラクションを伸ばす。投稿コンテンツ、ファン対応、アカウント上のキャンペーン、リソース連携を担う。',
    zh: '运营企业的社交媒体与自媒体账号（微信、微博、头条号、抖音等），以阅读量、粉丝量和粉丝互动为目标：账号内容、粉丝维护、账号活动和资源对接。',
  },
  responsibilities: [
    {
      en: 'Account content and posting schedule',
      es: 'Contenido y calendario de publicación de las cuentas',
      ja: 'アカウントの投稿コンテンツと投稿スケジュール',
      zh: '账号内容生产与发布排期',
    },
    {
      en: 'Follower growth',
      es: 'Crecimiento de seguidores',
      ja: 'フォロワー獲得',
      zh: '涨粉',
    },
    {
      en: 'Fan interaction: comments, messages, fan groups',
      es: 'Interacción con los seguidores: comentarios, mensajes y grupos de fans',
      ja: 'ファンとの交流：コメント、メッセージ、ファングループ',
      zh: '粉丝互动：评论、私信、粉丝群',
    },
    {
      en: 'Account activities and giveaways',
      es: 'Actividades y sorteos en las cuentas',
      ja: 'アカウント上のキャンペーン・プレゼント企画',
      zh: '账号活动与抽奖福利',
    },
    {
      en: 'Resource partnerships with other accounts and platforms',
      es: 'Acuerdos de recursos con otras cuentas y plataformas',
      ja: '他アカウント・プラットフォームとのリソース連携',
      zh: '与其他账号及平台的资源对接',
    },
    {
      en: 'Turn followers into users and buyers',
      es: 'Convertir seguidores en usuarios y compradores',
      ja: 'フォロワーのユーザー化・購入者化',
      zh: '粉丝沉淀与转化',
    },
  ],
  deliverables: [
    {
      en: 'Account operation plan per platform',
      es: 'Plan de gestión de cuentas por plataforma',
      ja: 'プラットフォーム別のアカウント運用計画',
      zh: '分平台账号运营方案',
    },
    {
      en: 'Content calendar for the accounts',
      es: 'Calendario de contenidos de las cuentas',
      ja: 'アカウントの投稿カレンダー',
      zh: '账号内容排期表',
    },
    {
      en: 'Account data reports',
      es: 'Informes de datos de las cuentas',
      ja: 'アカウント運用データレポート',
      zh: '账号数据报表',
    },
  ],
  kpis: [
    {
      id: 'new-media-ops.reads',
      name: { en: 'Reads', es: 'Lecturas', ja: '閲覧数', zh: '阅读量' },
      unit: 'count',
      direction: 'higher-is-better',
      definition: {
        en: 'Reads (views, plays) gained during the period across the workspace\'s social accounts, from channel-account statistics snapshots: per account, cumulative reads at the last snapshot on or before the period end minus those at the last snapshot before the period start (an account first seen during the period starts from its first snapshot); where a platform reports per-day values, their sum over the period. Platform counts, not people. Period: the reporting period in the workspace\'s time zone.',
        es: 'Lecturas (visualizaciones, reproducciones) obtenidas durante el periodo en las cuentas sociales del espacio de trabajo, según las instantáneas de estadísticas de cuentas: por cuenta, las lecturas acumuladas en la última instantánea hasta el fin del periodo menos las de la última instantánea anterior a su inicio (una cuenta que aparece durante el periodo parte de su primera instantánea); si la plataforma da valores diarios, su suma en el periodo. Son conteos de la plataforma, no personas. Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo.',
        ja: '集計期間中にワークスペースのSNSアカウント全体で増えた閲覧数（表示・再生数を含む）。チャネルアカウントの統計スナップショットから、アカウントごとに「期間終了時点以前の最新スナップショットの累計」−「期間開始前の最新スナップショットの累計」で求める（期間中に追加されたアカウントは最初のスナップショットを起点とする）。日次値を返すプラットフォームは期間内の合計。人数ではなくプラットフォーム上の回数。期間：ワークスペースのタイムゾーンでの集計期間。',
        zh: '统计周期内工作区各社交账号新增的阅读量（含浏览、播放），数据来自渠道账号统计快照：每个账号取周期结束时或之前最后一次快照的累计阅读量，减去周期开始前最后一次快照的累计值（周期内新接入的账号以其首次快照为起点）；平台提供日数据的，取周期内日数据之和。为平台计数，不是人数。统计周期：按工作区时区划分的报告周期。',
      },
    },
    {
      id: 'new-media-ops.followers',
      name: { en: 'Followers', es: 'Seguidores', ja: 'フォロワー数', zh: '粉丝量' },
      unit: 'count',
      direction: 'higher-is-better',
      definition: {
        en: 'Followers across the workspace\'s social accounts at the end of the period: the sum of each account\'s follower count at its last channel-account statistics snapshot on or before the period end. Platform counts, not people: someone who follows two accounts counts twice. Period: the reporting period in the workspace\'s time zone.',
        es: 'Seguidores de las cuentas sociales del espacio de trabajo al final del periodo: la suma del número de seguidores de cada cuenta en su última instantánea de estadísticas hasta el fin del periodo. Son conteos de la plataforma, no personas: quien sigue dos cuentas cuenta dos veces. Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo.',
        ja: '期間終了時点のワークスペースのSNSアカウント全体のフォロワー数：各アカウントの、期間終了時点以前の最新スナップショットのフォロワー数の合計。人数ではなくプラットフォーム上の数で、2つのアカウントをフォローする人は2と数える。期間：ワークスペースのタイムゾーンでの集計期間。',
        zh: '统计周期结束时工作区各社交账号的粉丝总量：每个账号在周期结束时或之前最后一次统计快照中的粉丝数之和。为平台计数，不是人数：同时关注两个账号的人计两次。统计周期：按工作区时区划分的报告周期。',
      },
    },
    {
      id: 'new-media-ops.net-new-followers',
      name: { en: 'Net new followers', es: 'Nuevos seguidores netos', ja: 'フォロワー純増数', zh: '净增粉丝数' },
      unit: 'count',
      direction: 'higher-is-better',
      definition: {
        en: 'Followers at the end of the period minus followers at the end of the previous period, per account as in new-media-ops.followers, summed over accounts; an account first seen during the period starts from its first snapshot. Negative when unfollows exceed follows. Period: the reporting period in the workspace\'s time zone.',
        es: 'Seguidores al final del periodo menos seguidores al final del periodo anterior, por cuenta y contados como en new-media-ops.followers, sumados para todas las cuentas; una cuenta que aparece durante el periodo parte de su primera instantánea. Es negativo si se pierden más seguidores de los que se ganan. Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo.',
        ja: '期間終了時点のフォロワー数 − 前期間終了時点のフォロワー数（アカウントごとに new-media-ops.followers と同じ方法で求め、全アカウントで合計）。期間中に追加されたアカウントは最初のスナップショットを起点とする。フォロー解除が上回ればマイナスになる。期間：ワークスペースのタイムゾーンでの集計期間。',
        zh: '周期末粉丝数减去上一周期末粉丝数（按账号以 new-media-ops.followers 的口径计算后汇总）；周期内新接入的账号以首次快照为起点。掉粉多于涨粉时为负数。统计周期：按工作区时区划分的报告周期。',
      },
    },
    {
      id: 'new-media-ops.fan-interactions',
      name: { en: 'Fan interactions', es: 'Interacciones de los seguidores', ja: 'ファンのインタラクション数', zh: '粉丝互动量' },
      unit: 'count',
      direction: 'higher-is-better',
      definition: {
        en: 'Interactions (likes, comments, shares, saves, as each platform reports them) gained during the period across the workspace\'s social accounts, from the interactions counter of channel-account statistics snapshots, computed like new-media-ops.reads. Platform counts, not people. Period: the reporting period in the workspace\'s time zone.',
        es: 'Interacciones (me gusta, comentarios, compartidos, guardados, según las reporte cada plataforma) obtenidas durante el periodo en las cuentas sociales del espacio de trabajo, a partir del contador de interacciones de las instantáneas de estadísticas, calculadas como new-media-ops.reads. Son conteos de la plataforma, no personas. Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo.',
        ja: '集計期間中にワークスペースのSNSアカウント全体で増えたインタラクション数（いいね、コメント、シェア、保存など各プラットフォームの集計どおり）。統計スナップショットのインタラクション数から new-media-ops.reads と同じ方法で求める。人数ではなくプラットフォーム上の回数。期間：ワークスペースのタイムゾーンでの集計期間。',
        zh: '统计周期内工作区各社交账号新增的互动量（点赞、评论、转发、收藏等，以各平台口径为准），取自渠道账号统计快照中的互动数，计算方法同 new-media-ops.reads。为平台计数，不是人数。统计周期：按工作区时区划分的报告周期。',
      },
    },
    {
      id: 'new-media-ops.interaction-rate',
      name: { en: 'Interaction rate', es: 'Tasa de interacción', ja: 'エンゲージメント率', zh: '互动率' },
      unit: 'ratio',
      direction: 'higher-is-better',
      definition: {
        en: 'new-media-ops.fan-interactions divided by new-media-ops.reads for the same period and accounts. No value when there were no reads. Period: the reporting period in the workspace\'s time zone.',
        es: 'new-media-ops.fan-interactions dividido entre new-media-ops.reads para el mismo periodo y las mismas cuentas. Sin valor si no hubo lecturas. Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo.',
        ja: '同じ期間・同じアカウントの new-media-ops.fan-interactions ÷ new-media-ops.reads。閲覧数が0の場合は値なし。期間：ワークスペースのタイムゾーンでの集計期間。',
        zh: '同一周期、同一批账号的 new-media-ops.fan-interactions ÷ new-media-ops.reads。阅读量为零时不出值。统计周期：按工作区时区划分的报告周期。',
      },
    },
  ],
};
