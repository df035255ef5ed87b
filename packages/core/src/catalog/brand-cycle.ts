import type { Playbook } from './types';

/**
 * The "9+1" brand marketing cycle: nine steps and a tenth that loops back to the first with the
 * upgraded brand. Number 10 stands for the "+1" so steps sort and render like the others.
 * @example BRAND_CYCLE.steps.map((s) => s.number) // [1, 2, ..., 10]
 */
export const BRAND_CYCLE: Playbook = {
  id: 'brand-cycle',
  name: {
    en: '9+1 brand marketing cycle',
    es: 'Sistema de ciclo "9+1"',
    ja: '9+1 ブランドマーケティングサイクル',
    zh: '9+1 品牌营销循环',
  },
  steps: [
    {
      number: 1,
      id: 'tell-stories',
      name: { en: 'Tell stories', es: 'Contar historias', ja: 'ストーリーを語る', zh: '讲故事' },
      meaning: {
        en: 'Tell the brand story (vision, philosophy, culture), the founder\'s story and product stories built on the selling points.',
        es: 'Contar la historia de la marca (visión, filosofía, cultura), la del fundador y las historias de producto basadas en sus argumentos de venta.',
        ja: 'ブランドストーリー（ビジョン、理念、カルチャー）、創業者のストーリー、セールスポイントに基づく製品ストーリーを語る。',
        zh: '讲好品牌故事（愿景、理念、文化）、创始人故事，以及围绕卖点的产品故事。',
      },
      purpose: {
        en: 'Create topical, shareable sources of information.',
        es: 'Crear fuentes de información con interés de actualidad y fáciles de compartir.',
        ja: '話題性があり、拡散されやすい情報源をつくる。',
        zh: '打造有话题性、易于传播的信息源。',
      },
    },
    {
      number: 2,
      id: 'distribute-information',
      name: { en: 'Distribute information', es: 'Sembrar información', ja: '情報を先回りして置く', zh: '铺信息' },
      meaning: {
        en: 'Pre-seed information on industry portals, general portals, traditional media and search engines.',
        es: 'Sembrar información de antemano en portales sectoriales, portales generalistas, medios tradicionales y buscadores.',
        ja: '業界ポータル、総合ポータル、既存メディア、検索エンジンにあらかじめ情報を載せておく。',
        zh: '提前在行业门户、综合门户、传统媒体和搜索引擎上铺设信息。',
      },
      purpose: {
        en: 'Customers find you fast when they search.',
        es: 'Que los clientes te encuentren rápido cuando buscan.',
        ja: '顧客が検索したとき、すぐに見つけてもらえるようにする。',
        zh: '让客户一搜索就能快速找到你。',
      },
    },
    {
      number: 3,
      id: 'build-channels',
      name: { en: 'Build channels', es: 'Construir canales', ja: 'チャネルを築く', zh: '建渠道' },
      meaning: {
        en: 'Online channels, resource swaps and alliances; offline partners, product experiences and meetups.',
        es: 'Canales online, intercambio de recursos y alianzas; socios offline, experiencias de producto y encuentros.',
        ja: 'オンラインのチャネル、リソース交換、提携。オフラインの協力パートナー、製品体験会、交流会。',
        zh: '线上渠道、资源置换、结盟合作；线下合作渠道、产品体验、交流沙龙。',
      },
      purpose: {
        en: 'A stable promotion channel and a marketing position.',
        es: 'Un canal de promoción estable y una posición de marketing propia.',
        ja: '安定した販促チャネルとマーケティングの拠点を築く。',
        zh: '形成稳定的推广渠道和营销阵地。',
      },
    },
    {
      number: 4,
      id: 'play-in-circles',
      name: {
        en: 'Play in circles',
        es: 'Entrar en comunidades y crear la propia',
        ja: 'コミュニティに入り、つくる',
        zh: '玩圈子',
      },
      meaning: {
        en: 'Join other people\'s circles to extend your network; build your own circle and gather your own fans.',
        es: 'Sumarse a las comunidades de otros para ampliar la red de contactos; crear la propia y reunir seguidores propios.',
        ja: '他者のコミュニティに参加して人脈を広げ、自分のコミュニティをつくって自分のファンを集める。',
        zh: '入圈：加入别人的圈子，扩展人脉；建圈：建立自己的圈子，聚拢自己的粉丝。',
      },
      purpose: {
        en: 'Interest groups and emotional ties with fans.',
        es: 'Grupos de interés y vínculos emocionales con los seguidores.',
        ja: '関心でつながる集団と、ファンとの感情的な絆をつくる。',
        zh: '形成兴趣群体，与粉丝建立情感连接。',
      },
    },
    {
      number: 5,
      id: 'product-upgrade',
      name: { en: 'Product upgrade', es: 'Mejora del producto', ja: '製品のアップグレード', zh: '产品升级' },
      meaning: {
        en: 'Iterate the core product and launch new products.',
        es: 'Iterar el producto principal y lanzar productos nuevos.',
        ja: '主力製品を改良し、新製品を投入する。',
        zh: '迭代核心产品，推出新产品。',
      },
      purpose: {
        en: 'An experience that beats customers\' expectations.',
        es: 'Una experiencia de producto que supere las expectativas de los clientes.',
        ja: '期待を超える製品体験を顧客に届ける。',
        zh: '给客户超出预期的产品体验。',
      },
    },
    {
      number: 6,
      id: 'event-marketing',
      // Why not "eventos"/イベント: the step is about riding news and hot topics, not about
      // holding events, and the literal words would send readers to the wrong practice.
      name: { en: 'Event marketing', es: 'Marketing de actualidad', ja: '話題化マーケティング', zh: '事件营销' },
      meaning: {
        en: 'Combine selling-point stories, celebrity effects and hot social topics to promote the core product.',
        es: 'Combinar historias sobre los argumentos de venta, el efecto de personas famosas y los temas de actualidad para promocionar el producto principal.',
        ja: 'セールスポイントのストーリー、著名人の影響力、世間で話題のトピックを組み合わせて、主力製品を売り込む。',
        zh: '把卖点故事、名人效应和社会热点有机结合，推广核心产品。',
      },
      purpose: {
        en: 'Turn prospects into buyers.',
        es: 'Convertir a los clientes potenciales en compradores.',
        ja: '見込み客を購入者に変える。',
        zh: '把潜在客户转化为真正的购买者。',
      },
    },
    {
      number: 7,
      id: 'launch-a-call',
      name: { en: 'Launch a call', es: 'Liderar un llamamiento sectorial', ja: '業界に呼びかける', zh: '发起号召' },
      meaning: {
        en: 'Take the initiative: organise an industry initiative and rally peers around it.',
        es: 'Tomar la iniciativa: convocar una iniciativa del sector y sumar a otras empresas.',
        ja: '自ら発起人となって業界の取り組みを立ち上げ、同業者を巻き込む。',
        zh: '主动发起倡议、担任组织者，联合行业同仁共同响应。',
      },
      purpose: {
        en: 'Establish industry leadership.',
        es: 'Consolidar una imagen de líder del sector.',
        ja: '業界のリーダーとしての地位を確立する。',
        zh: '树立行业领导者形象。',
      },
    },
    {
      number: 8,
      id: 'integrated-marketing',
      name: { en: 'Integrated marketing', es: 'Marketing integrado', ja: '統合型マーケティング', zh: '整合营销' },
      meaning: {
        en: 'Concentrate every resource (channels, content, tools) on one theme and one campaign.',
        es: 'Concentrar todos los recursos (canales, contenidos, herramientas) en un mismo tema y una sola campaña.',
        ja: 'チャネル、コンテンツ、ツールなどあらゆるリソースを、1つのテーマ・1つのキャンペーンに集中させる。',
        zh: '围绕同一主题整合全部营销资源（传播渠道、内容、工具），集中打一场营销战役。',
      },
      purpose: {
        en: 'A communication peak.',
        es: 'Un pico de comunicación.',
        ja: 'コミュニケーションの山場をつくる。',
        zh: '形成传播引爆点和声量高峰。',
      },
    },
    {
      number: 9,
      id: 'brand-upgrade',
      name: { en: 'Brand upgrade', es: 'Elevar la marca', ja: 'ブランドの格上げ', zh: '品牌升级' },
      meaning: {
        en: 'Raise the brand\'s positioning, image and advertising creative.',
        es: 'Elevar el posicionamiento, la imagen y la creatividad publicitaria de la marca.',
        ja: 'ブランドのポジショニング、イメージ、広告クリエイティブを一段引き上げる。',
        zh: '提升品牌定位、品牌形象和广告创意。',
      },
      purpose: {
        en: 'A higher brand tone and room for a premium.',
        es: 'Un tono de marca más alto y margen para un precio premium.',
        ja: 'ブランドトーンを高め、価格プレミアムの余地を広げる。',
        zh: '提升品牌调性和溢价空间。',
      },
    },
    {
      number: 10,
      id: 'cycle',
      name: { en: 'Cycle: back to step 1', es: 'Ciclo: volver al paso 1', ja: 'サイクル：ステップ1へ戻る', zh: '循环：回到第一步' },
      meaning: {
        en: 'Start again at step 1 with the upgraded brand: new stories told from a higher position.',
        es: 'Volver a empezar en el paso 1 con la marca ya elevada: nuevas historias contadas desde una posición más alta.',
        ja: '格上げしたブランドでステップ1から再び始め、より高い位置から新しいストーリーを語る。',
        zh: '带着升级后的品牌回到第一步，从更高的起点讲新的故事。',
      },
      // Why written here although the article leaves it blank: every text must exist in all four
      // languages, and the loop's point follows from step 9 feeding step 1.
      purpose: {
        en: 'Each round builds on the last, so the brand keeps rising instead of starting from zero.',
        es: 'Cada vuelta se apoya en la anterior, de modo que la marca sigue creciendo en lugar de empezar de cero.',
        ja: '一巡ごとに前回の成果を積み上げ、ゼロからやり直すのではなくブランドを高め続ける。',
        zh: '每一轮都建立在上一轮的基础上，品牌持续向上，而不是从零开始。',
      },
    },
  ],
};
