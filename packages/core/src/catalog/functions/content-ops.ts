import type { FunctionDefinition } from '../types';

/**
 * Content operations: the content the team publishes on the company's own site or app. Social
 * accounts are new-media operations and user posts are product operations, so each view or post is
 * counted by exactly one function.
 */
export const contentOps: FunctionDefinition = {
  id: 'content-ops',
  stage: 'service',
  orientation: 'conversion',
  name: { en: 'Content operations', es: 'Operación de contenido', ja: 'コンテンツ運用', zh: '内容运营' },
  summary: {
    en: 'Runs the production and consumption of content on the company\'s own site or app: positioning, planning, design, publishing cadence and interaction, to raise content count, views, interactions and shares.',
    es: 'Gestiona la producción y el consumo de contenido en el sitio o la app de la empresa: posicionamiento, planificación, diseño, frecuencia de publicación e interacción, para aumentar el volumen de contenido, sus visualizaciones, interacciones y veces compartido.',
    ja: '自社サイト・アプリ上のコンテンツの生産と消費を運用する。ポジショニング、企画、デザイン、配信頻度、インタラクションを通じて、コンテンツ数、閲覧数、インタラクション数、シェア数を伸ばす。',
    zh: '围绕企业自有网站或 App 内的内容生产与消费开展运营：内容定位、选题策划、内容设计、推送频率与内容互动，持续提升内容数量、浏览量、互动量和分享量。',
  },
  responsibilities: [
    {
      en: 'Content positioning',
      es: 'Posicionamiento del contenido',
      ja: 'コンテンツのポジショニング',
      zh: '内容定位',
    },
    {
      en: 'Content planning and editorial calendar',
      es: 'Planificación de contenidos y calendario editorial',
      ja: 'コンテンツ企画と編集カレンダー',
      zh: '选题策划与内容排期',
    },
    {
      en: 'Content design and production',
      es: 'Diseño y producción de contenidos',
      ja: 'コンテンツのデザイン・制作',
      zh: '内容设计与生产',
    },
    {
      en: 'Publishing cadence',
      es: 'Frecuencia de publicación',
      ja: '配信頻度の管理',
      zh: '推送频率把控',
    },
    {
      en: 'Interaction around content',
      es: 'Interacción en torno al contenido',
      ja: 'コンテンツを通じたユーザーとの交流',
      zh: '内容互动',
    },
  ],
  deliverables: [
    {
      en: 'Content strategy and positioning',
      es: 'Estrategia y posicionamiento de contenidos',
      ja: 'コンテンツ戦略とポジショニング',
      zh: '内容策略与定位',
    },
    {
      en: 'Editorial calendar',
      es: 'Calendario editorial',
      ja: '編集カレンダー',
      zh: '内容排期表',
    },
    {
      en: 'Published content pieces',
      es: 'Piezas de contenido publicadas',
      ja: '公開済みコンテンツ',
      zh: '已发布内容',
    },
  ],
  kpis: [
    {
      id: 'content-ops.content-count',
      name: { en: 'Content count', es: 'Volumen de contenido', ja: 'コンテンツ数', zh: '内容数量' },
      unit: 'count',
      direction: 'higher-is-better',
      definition: {
        en: 'Content pieces the team published on the workspace\'s own site or app during the period: distinct content_id values of `track` "Content Published" events. Posts written by users are not counted here (see product-ops.posts). Period: the reporting period in the workspace\'s time zone.',
        es: 'Piezas de contenido que el equipo publicó en el sitio o la app propios durante el periodo: valores distintos de content_id en eventos `track` "Content Published". Las publicaciones escritas por usuarios no cuentan aquí (ver product-ops.posts). Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo.',
        ja: '集計期間中にチームが自社サイト・アプリで公開したコンテンツ数：`track` "Content Published" イベントの content_id のユニーク数。ユーザーの投稿はここでは数えない（product-ops.posts を参照）。期間：ワークスペースのタイムゾーンでの集計期間。',
        zh: '统计周期内团队在工作区自有网站或 App 发布的内容篇数：`track` "Content Published" 事件中去重的 content_id 数。用户发的帖子不计入（见 product-ops.posts）。统计周期：按工作区时区划分的报告周期。',
      },
    },
    {
      id: 'content-ops.content-views',
      name: { en: 'Content views', es: 'Visualizaciones de contenido', ja: 'コンテンツ閲覧数', zh: '内容浏览量' },
      unit: 'count',
      direction: 'higher-is-better',
      definition: {
        en: 'Views of content pieces during the period: `page` and `screen` events that carry a content_id property, deduplicated by messageId. Every view counts, including repeat views by the same person. Period: the reporting period in the workspace\'s time zone.',
        es: 'Visualizaciones de piezas de contenido durante el periodo: eventos `page` y `screen` con la propiedad content_id, sin duplicados por messageId. Cuenta cada visualización, incluidas las repetidas de una misma persona. Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo.',
        ja: '集計期間中のコンテンツ閲覧数：content_id プロパティを持つ `page`／`screen` イベントの件数（messageId で重複除去）。同一人物の再閲覧も含め、閲覧ごとに数える（PV ベース）。期間：ワークスペースのタイムゾーンでの集計期間。',
        zh: '统计周期内的内容浏览次数：带 content_id 属性的 `page` 和 `screen` 事件数，按 messageId 去重。每次浏览都计入，包括同一人的重复浏览（即 PV 口径）。统计周期：按工作区时区划分的报告周期。',
      },
    },
    {
      id: 'content-ops.content-interactions',
      name: { en: 'Content interactions', es: 'Interacciones con el contenido', ja: 'コンテンツのインタラクション数', zh: '内容互动量' },
      unit: 'count',
      direction: 'higher-is-better',
      definition: {
        en: 'Likes, comments and saves on content pieces during the period: `track` "Content Liked", "Content Commented" and "Content Saved" events, deduplicated by messageId; each counts once. Period: the reporting period in the workspace\'s time zone.',
        es: 'Me gusta, comentarios y guardados en piezas de contenido durante el periodo: eventos `track` "Content Liked", "Content Commented" y "Content Saved", sin duplicados por messageId; cada uno cuenta una vez. Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo.',
        ja: '集計期間中のコンテンツへのいいね・コメント・保存の件数：`track` "Content Liked"、"Content Commented"、"Content Saved" イベント（messageId で重複除去）を1件ずつ数える。期間：ワークスペースのタイムゾーンでの集計期間。',
        zh: '统计周期内内容获得的点赞、评论和收藏次数：`track` "Content Liked"、"Content Commented" 和 "Content Saved" 事件，按 messageId 去重，每次计一。统计周期：按工作区时区划分的报告周期。',
      },
    },
    {
      id: 'content-ops.content-shares',
      name: { en: 'Content shares', es: 'Veces compartido', ja: 'コンテンツのシェア数', zh: '内容分享量' },
      unit: 'count',
      direction: 'higher-is-better',
      definition: {
        en: 'Shares of content pieces during the period: `track` "Content Shared" events, deduplicated by messageId, whatever the destination (WeChat, LINE, copied link...). Period: the reporting period in the workspace\'s time zone.',
        es: 'Veces que se compartieron piezas de contenido durante el periodo: eventos `track` "Content Shared", sin duplicados por messageId, sea cual sea el destino (WhatsApp, WeChat, enlace copiado...). Periodo: el periodo de referencia, en la zona horaria del espacio de trabajo.',
        ja: '集計期間中のコンテンツのシェア数：`track` "Content Shared" イベントの件数（messageId で重複除去）。シェア先（LINE、X、リンクのコピーなど）は問わない。期間：ワークスペースのタイムゾーンでの集計期間。',
        zh: '统计周期内内容被分享的次数：`track` "Content Shared" 事件数，按 messageId 去重，不论分享到何处（微信好友、朋友圈、复制链接等）。统计周期：按工作区时区划分的报告周期。',
      },
    },
  ],
};
