import type { OrientationDefinition } from './types';

/**
 * What a function's work aims at, from the articles' "marketing versus operations" conclusion.
 * The responsibility check reads these to spot departments that mix awareness with conversion or
 * retention work.
 * @example ORIENTATIONS.map((o) => o.name.zh) // ['认知', '转化', '留存', '战略']
 */
export const ORIENTATIONS: readonly OrientationDefinition[] = [
  {
    id: 'awareness',
    name: { en: 'Awareness', es: 'Notoriedad', ja: '認知', zh: '认知' },
    description: {
      en: 'Marketing-side work facing the outside world: brings new people in and creates awareness, so the brand takes a place in the user\'s mind and is the first one they think of when the need arises. Measured by reach, exposure, awareness and brand tone, which may never land in product data: a brand article read a million times with zero conversions still has value.',
      es: 'Trabajo del lado del marketing, orientado al exterior: atrae a personas nuevas y genera notoriedad para que la marca ocupe un lugar en la mente del usuario y sea la primera en la que piense cuando surja la necesidad. Se mide por alcance, exposición, notoriedad y tono de marca, que quizá nunca se reflejen en los datos del producto: un artículo de marca leído un millón de veces sin ninguna conversión sigue teniendo valor.',
      ja: '社外に向いたマーケティング側の仕事。新しい人を呼び込んで認知をつくり、ニーズが生じたときに真っ先に思い出されるよう、ユーザーのマインドシェアを獲得する。リーチ、露出、認知度、ブランドトーンで測り、これらはプロダクトのデータに表れないこともある。100万回読まれてコンバージョンがゼロのブランド記事にも価値がある。',
      zh: '面向外部的市场侧工作：拉来新人群、建立认知、占领用户心智，让用户在产生需求时第一个想到你。衡量指标是触达、曝光、认知度和品牌调性，可能永远不会落到产品数据上：一篇阅读量百万、零转化的品牌文章依然有价值。',
    },
  },
  {
    id: 'conversion',
    name: { en: 'Conversion', es: 'Conversión', ja: 'コンバージョン', zh: '转化' },
    description: {
      en: 'Operations and sales work facing inward: connects product and users in concrete usage scenarios and turns that connection into sales. Measured by traffic, registrations, activity and conversion rate, which always land in product data.',
      es: 'Trabajo de operaciones y ventas, orientado hacia dentro: conecta producto y usuarios en escenarios de uso concretos y convierte esa relación en ventas. Se mide por tráfico, registros, actividad y tasa de conversión, que siempre se reflejan en los datos del producto.',
      ja: '社内側に向いた運用・営業の仕事。具体的な利用シーンでプロダクトとユーザーを結びつけ、その関係を売上につなげる。トラフィック、登録数、アクティブ度、コンバージョン率で測り、必ずプロダクトのデータに表れる。',
      zh: '面向内部的运营与销售工作：在具体使用场景中连接产品与用户，并把这种连接转化为销售。衡量指标是流量、注册量、活跃度和转化率，始终落在产品数据上。',
    },
  },
  {
    id: 'retention',
    name: { en: 'Retention', es: 'Retención', ja: '定着（リテンション）', zh: '留存' },
    description: {
      en: 'Work that keeps the connection with existing customers alive: retention, repeat purchase, satisfaction and referrals. Keeping a customer costs far less than winning a new one. Like conversion, it lands in product data.',
      es: 'Trabajo que mantiene viva la relación con los clientes actuales: retención, recompra, satisfacción y recomendaciones. Retener a un cliente cuesta mucho menos que conseguir uno nuevo. Como la conversión, se refleja en los datos del producto.',
      ja: '既存顧客とのつながりを保ち続ける仕事：定着、リピート購入、顧客満足、紹介。既存顧客の維持は新規獲得よりはるかに低コスト。コンバージョンと同様、プロダクトのデータに表れる。',
      zh: '维系与老客户连接的工作：留存、复购、满意度和转介绍。留住一个老客户的成本远低于获取一个新客户。与转化一样，最终落在产品数据上。',
    },
  },
  {
    id: 'strategic',
    name: { en: 'Strategic', es: 'Estratégica', ja: '戦略', zh: '战略' },
    description: {
      en: 'Direction-setting work that feeds both sides: market insight decides where to go, brand strategy decides who the company is. Execution is left to other functions, so holding it alongside awareness or conversion work is never counted as mixing.',
      es: 'Trabajo que fija el rumbo y alimenta a ambos lados: el estudio de mercado decide hacia dónde ir y la estrategia de marca, quién es la empresa. La ejecución queda en manos de otras funciones, por lo que combinarlo con trabajo de notoriedad o de conversión nunca se considera una mezcla.',
      ja: '両側に方向性を与える仕事。市場調査は進むべき方向を、ブランド戦略は企業が何者であるかを決める。実行は他の機能に任せるため、認知系やコンバージョン系の仕事と同じ部門にあっても「混在」とはみなさない。',
      zh: '为两侧定方向的工作：市场调研决定往哪里走，品牌战略决定企业是谁。执行交由其他职能，因此与认知类或转化类工作同属一个部门时不算职能混杂。',
    },
  },
];
