import type { FunctionDefinition } from '../types';

/**
 * App-store operations: listings, ASO and the stores' promotion formats. Its numbers come from
 * app-store statistics snapshots (what each store console reports), not from the app's own events.
 */
export const appStoreOps: FunctionDefinition = {
  id: 'app-store-ops',
  stage: 'service',
  orientation: 'conversion',
  name: {
    en: 'App-store operations',
    es: 'Operación de tiendas de aplicaciones',
    ja: 'アプリストア運用',
    zh: '应用商店运营',
  },
  summary: {
    en: 'Gets the app listed and released in every app store, optimises its store presence (ASO), keeps good relations with store contacts and uses the stores\' promotion formats: featured topics, paid slots, festival campaigns, limited-time free and first launches.',
    es: 'Publica la app y sus versiones en cada tienda de aplicaciones, optimiza su presencia en ellas (ASO), cuida la relación con los contactos de cada tienda y aprovecha sus formatos de promoción: especiales temáticos, espacios pagados, campañas de temporada, gratis por tiempo limitado y lanzamientos en exclusiva.',
    ja: '各アプリストアへの掲載とリリース、ASO（アプリストア最適化）、ストア担当者との関係づくりを担い、特集枠、有料掲載枠、季節キャンペーン、期間限定無料、先行リリースといったストアのプロモーション施策を活用する。',
    zh: '对接各大应用商店，完成应用上架与版本发布，做好 ASO，维护与商店对接人的关系，熟悉专题、付费推广位、节日活动、限免、首发等推广形式。',
  },
  responsibilities: [
    {
      en: 'Listing and releases in each store',
      es: 'Publicación y actualizaciones en cada tienda',
      ja: '各ストアへの掲載とバージョンリリース',
      zh: '各商店上架与版本更新',
    },
    {
      en: 'App store optimisation (ASO): keywords, title, screenshots, description',
      es: 'Optimización en tiendas de aplicaciones (ASO): palabras clave, título, capturas y descripción',
      ja: 'ASO：キーワード、タイトル、スクリーンショット、説明文の最適化',
      zh: 'ASO 优化：关键词、标题、截图、描述',
    },
    {
      en: 'Relations with store contacts',
      es: 'Relación con los contactos de cada tienda',
      ja: 'ストア担当者とのリレーション構築',
      zh: '维护商店对接人关系',
    },
    {
      en: 'Store promotion formats: featured topics, paid slots, festival campaigns, limited-time free, first launches',
      es: 'Formatos de promoción: especiales temáticos, espacios pagados, campañas de temporada, gratis por tiempo limitado, lanzamientos en exclusiva',
      ja: 'ストアのプロモーション施策：特集、有料掲載枠、季節キャンペーン、期間限定無料、先行リリース',
      zh: '商店推广资源：专题、付费推广位、节日活动、限免、首发',
    },
    {
      en: 'Reviews and ratings',
      es: 'Gestión de reseñas y valoraciones',
      ja: 'レビュー・評価への対応',
      zh: '评论与评分维护',
    },
  ],
  deliverables: [
    {
      en: 'Store listings and release notes',
      es: 'Fichas de la app y notas de versión',
      ja: 'ストア掲載情報とリリースノート',
      zh: '商店详情页素材与版本更新说明',
    },
    {
      en: 'ASO keyword plan',
      es: 'Plan de palabras clave ASO',
      ja: 'ASOキーワード計画',
      zh: 'ASO 关键词方案',
    },
    {
      en: 'Store promotion calendar',
      es: 'Calendario de promociones en tiendas',
      ja: 'ストアプロモーションのカレンダー',
      zh: '商店推广排期',
    },
  ],
  kpis: [
    {
      id: 'app-store-ops.downloads',
      name: { en: 'Downloads', es: 'Descargas', ja: 'ダウンロード数', zh: '下载量' },
      unit: 'count',
      direction: 'higher-is-better',
      definition: {
        en: 'First-time downloads summed over every store, as each store console reports them, from app-store statistics snapshots: the per-day values of the days in the period (stores report days in their own time zone, which may differ from the workspace\'s). Re-downloads are left out where the store reports them apart. Installs measured inside the app are product-ops.installs. Period: the reporting period in the workspace\'s time zone.',
        es: 'Descargas por primera vez sumadas en todas las tiendas, tal como las reporta la consola de cada una, según las instantáneas de estadísticas de tiendas: los valores diarios de los días del periodo (cada tienda usa su propia zona horaria, que puede no coincidir con la del espacio de trabajo). Las redescargas se excluyen cuando la tienda las separa. Las instalaciones medidas dentro de la app son product-ops.installs. Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo.',
        ja: '全ストアの新規ダウンロード数の合計（各ストアの管理画面の値、アプリストア統計スナップショットより）。期間内の各日の日次値を合計する（ストアの日付区切りは各ストアのタイムゾーンで、ワークスペースと異なる場合がある）。ストアが再ダウンロードを分けて報告する場合は除く。アプリ内で計測したインストールは product-ops.installs。期間：ワークスペースのタイムゾーンでの集計期間。',
        zh: '各应用商店首次下载量之和，以各商店后台数据为准，取自应用商店统计快照：统计周期内各天的日数据之和（商店按其自身时区划分日期，可能与工作区不同）。商店单独统计重复下载时予以剔除。App 内埋点统计的安装计入 product-ops.installs。统计周期：按工作区时区划分的报告周期。',
      },
    },
    {
      id: 'app-store-ops.category-rank',
      name: { en: 'Category rank', es: 'Posición en la categoría', ja: 'カテゴリランキング順位', zh: '分类榜排名' },
      unit: 'rank',
      direction: 'lower-is-better',
      definition: {
        en: 'The median, over the days of the period, of the app\'s daily rank in its primary category on the primary store the workspace selects (the last app-store statistics snapshot of each day); a day outside the chart counts as the chart length plus one. 1 is best. Period: the reporting period in the workspace\'s time zone.',
        es: 'La mediana, sobre los días del periodo, de la posición diaria de la app en su categoría principal en la tienda principal que elija el espacio de trabajo (la última instantánea de estadísticas de cada día); un día fuera del ranking cuenta como la longitud del ranking más uno. 1 es lo mejor. Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo.',
        ja: 'ワークスペースが指定したメインストアでの、メインカテゴリにおけるアプリの日次順位（各日の最後のアプリストア統計スナップショット）の、期間内の中央値。ランキング圏外の日は「ランキングの長さ＋1」位とみなす。1位が最良。期間：ワークスペースのタイムゾーンでの集計期間。',
        zh: 'App 在工作区所选主商店的主分类榜上的每日排名（取每天最后一次应用商店统计快照）在统计周期内的中位数；未上榜的日子按“榜单长度 + 1”计。第 1 名最好。统计周期：按工作区时区划分的报告周期。',
      },
    },
    {
      id: 'app-store-ops.rating',
      name: { en: 'Store rating', es: 'Valoración en tiendas', ja: 'ストア評価', zh: '商店评分' },
      unit: 'score',
      direction: 'higher-is-better',
      definition: {
        en: 'Average store rating on a 1-5 scale at the end of the period: each store\'s average rating at its last app-store statistics snapshot on or before the period end, weighted by that store\'s number of ratings. Stores without ratings are left out. Period: the reporting period in the workspace\'s time zone.',
        es: 'Valoración media en tiendas, en escala de 1 a 5, al final del periodo: la valoración media de cada tienda en su última instantánea de estadísticas hasta el fin del periodo, ponderada por el número de valoraciones de esa tienda. Las tiendas sin valoraciones se excluyen. Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo.',
        ja: '期間終了時点のストア評価（1〜5）：各ストアの、期間終了時点以前の最新スナップショットにおける平均評価を、そのストアの評価件数で加重平均した値。評価のないストアは除く。期間：ワークスペースのタイムゾーンでの集計期間。',
        zh: '统计周期结束时的商店评分（1–5 分）：各商店在周期结束时或之前最后一次统计快照中的平均分，按该商店的评分人数加权平均。没有评分的商店不计。统计周期：按工作区时区划分的报告周期。',
      },
    },
  ],
};
