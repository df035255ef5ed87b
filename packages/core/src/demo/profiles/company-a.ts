import type { CompanyProfile } from '../profile';

/**
 * Company A, the internet advertising company of the templates: "AdLink 广告通", a Shanghai
 * self-serve advertising app with which small merchants buy ad packages. Offline marketing
 * (investment-promotion fairs, exhibitions) sits in channel management, brand and PR in brand
 * management, and online operations (product, users, app stores) in product R&D, as the
 * template says. Channels are China's: Baidu search, WeChat, Weibo, Douyin, Xiaohongshu,
 * Bilibili, Zhihu, plus e-mail and a little Google for overseas Chinese merchants.
 */
export const COMPANY_A: CompanyProfile = {
  templateId: 'company-a',
  letter: 'a',
  brand: 'AdLink 广告通',
  industry: 'internet advertising (self-serve ads for small merchants)',
  country: 'CN',
  currency: 'CNY',
  timeZone: 'Asia/Shanghai',
  locales: ['zh-CN', 'zh-CN', 'zh-CN', 'zh-TW', 'en-US'],
  cities: ['上海', '杭州', '深圳', '广州', '北京', '成都', '武汉', '苏州'],
  site: 'https://www.adlink.example.cn',
  appName: 'AdLink 广告通',
  // Merchants work on weekdays: traffic sags at the weekend.
  weekly: [1.12, 1.15, 1.12, 1.08, 1.02, 0.78, 0.73],
  hourly: [0.2, 0.1, 0.05, 0.05, 0.05, 0.1, 0.3, 0.7, 1.2, 1.6, 1.7, 1.5, 1.2, 1.4, 1.6, 1.6, 1.5, 1.3, 1.0, 1.0, 1.1, 1.0, 0.7, 0.4],
  channels: [
    { id: 'baidu-sem', costLabel: '百度搜索推广', source: 'baidu', medium: 'cpc', referrer: 'https://www.baidu.com/', evergreenCampaign: 'brand-keywords', dailyVisitors: 38, costPerVisitor: 6.5, owner: 'marketing-planning', signupLift: 1.3, buyLift: 1.2, appShare: 0.1, reportsAds: true },
    { id: 'baidu-organic', costLabel: '百度自然搜索', source: null, medium: null, referrer: 'https://www.baidu.com/', evergreenCampaign: null, dailyVisitors: 30, costPerVisitor: null, owner: 'new-media', signupLift: 1.1, buyLift: 1.0, appShare: 0, reportsAds: false },
    { id: 'wechat', costLabel: '微信公众号', source: 'wechat', medium: 'social', referrer: 'https://mp.weixin.qq.com/', evergreenCampaign: 'official-account', dailyVisitors: 34, costPerVisitor: null, owner: 'new-media', signupLift: 1.0, buyLift: 1.1, appShare: 0.5, reportsAds: false },
    { id: 'wechat-ads', costLabel: '微信朋友圈广告', source: 'wechat', medium: 'paid_social', referrer: 'https://mp.weixin.qq.com/', evergreenCampaign: 'moments-ads', dailyVisitors: 16, costPerVisitor: 4.2, owner: 'new-media', signupLift: 0.8, buyLift: 0.9, appShare: 0.6, reportsAds: true },
    { id: 'weibo', costLabel: '微博', source: 'weibo', medium: 'social', referrer: 'https://weibo.com/', evergreenCampaign: 'official-weibo', dailyVisitors: 14, costPerVisitor: null, owner: 'new-media', signupLift: 0.6, buyLift: 0.7, appShare: 0.4, reportsAds: false },
    { id: 'douyin', costLabel: '抖音信息流', source: 'douyin', medium: 'paid_social', referrer: 'https://www.douyin.com/', evergreenCampaign: 'feed-ads', dailyVisitors: 30, costPerVisitor: 2.8, owner: 'new-media', signupLift: 0.55, buyLift: 0.6, appShare: 0.7, reportsAds: true },
    { id: 'xiaohongshu', costLabel: '小红书', source: 'xiaohongshu', medium: 'social', referrer: 'https://www.xiaohongshu.com/', evergreenCampaign: 'notes', dailyVisitors: 12, costPerVisitor: null, owner: 'new-media', signupLift: 0.8, buyLift: 0.8, appShare: 0.6, reportsAds: false },
    { id: 'bilibili', costLabel: 'B站', source: 'bilibili', medium: 'video', referrer: 'https://www.bilibili.com/', evergreenCampaign: 'tutorials', dailyVisitors: 8, costPerVisitor: null, owner: 'new-media', signupLift: 0.7, buyLift: 0.7, appShare: 0.3, reportsAds: false },
    { id: 'zhihu', costLabel: '知乎', source: 'zhihu', medium: 'referral', referrer: 'https://www.zhihu.com/question/', evergreenCampaign: 'qa-answers', dailyVisitors: 7, costPerVisitor: null, owner: 'new-media', signupLift: 1.2, buyLift: 1.1, appShare: 0.1, reportsAds: false },
    { id: 'google-ads', costLabel: 'Google Ads', source: 'google', medium: 'cpc', referrer: 'https://www.google.com/', evergreenCampaign: 'overseas-merchants', dailyVisitors: 4, costPerVisitor: 9.8, owner: 'marketing-planning', signupLift: 1.0, buyLift: 1.0, appShare: 0, reportsAds: true },
    { id: 'press', costLabel: '媒体报道', source: null, medium: null, referrer: 'outlet', evergreenCampaign: null, dailyVisitors: 3, costPerVisitor: null, owner: 'pr', signupLift: 0.9, buyLift: 0.9, appShare: 0, reportsAds: false },
    { id: 'press-release', costLabel: '新闻稿分发', source: 'prnasia', medium: 'pr', referrer: null, evergreenCampaign: 'press-releases', dailyVisitors: 2, costPerVisitor: null, owner: 'pr', signupLift: 0.8, buyLift: 0.8, appShare: 0, reportsAds: false },
    { id: 'direct', costLabel: '直接访问', source: null, medium: null, referrer: null, evergreenCampaign: null, dailyVisitors: 22, costPerVisitor: null, owner: 'brand', signupLift: 1.2, buyLift: 1.3, appShare: 0.4, reportsAds: false },
  ],
  campaigns: [
    { id: '2026-spring-merchant-festival', name: '春季商家节', channels: ['baidu-sem', 'douyin', 'wechat-ads'], startDay: 8, durationDays: 21, peakLift: 2.2, halfLifeDays: 6, launchCosts: [{ costType: 'influencer', amount: 4800, owner: 'new-media', channel: '抖音达人' }, { costType: 'content', amount: 1800, owner: 'new-media', channel: '视频制作' }] },
    { id: 'xhs-kol-seeding', name: '小红书达人种草', channels: ['xiaohongshu', 'weibo'], startDay: 30, durationDays: 14, peakLift: 3.0, halfLifeDays: 4, launchCosts: [{ costType: 'influencer', amount: 3600, owner: 'new-media', channel: '小红书达人' }] },
    { id: '618-ad-credit-boost', name: '618 推广金加赠', channels: ['baidu-sem', 'douyin', 'wechat', 'wechat-ads', 'bilibili'], startDay: 58, durationDays: 18, peakLift: 2.6, halfLifeDays: 5, launchCosts: [{ costType: 'influencer', amount: 6000, owner: 'new-media', channel: 'B站UP主' }, { costType: 'content', amount: 2200, owner: 'new-media', channel: '视频制作' }] },
  ],
  offlineEvents: [
    { id: 'hangzhou-merchant-fair', name: '杭州电商招商会', type: 'fair', day: 20, attendees: 60, city: '杭州', cost: 8500, owner: 'marketing-planning' },
    { id: 'shanghai-ad-expo', name: '上海国际广告展', type: 'exhibition', day: 47, attendees: 90, city: '上海', cost: 16000, owner: 'marketing-planning' },
    { id: 'adlink-3-launch', name: 'AdLink 3.0 发布会', type: 'launch', day: 62, attendees: 45, city: '上海', cost: 12000, owner: 'brand' },
    { id: 'q2-media-briefing', name: '二季度媒体沟通会', type: 'press', day: 63, attendees: 15, city: '上海', cost: 3000, owner: 'pr' },
  ],
  activities: [
    { id: 'new-merchant-7day-challenge', name: '新商家7天投放挑战', startDay: 12, endDay: 26, joinRate: 0.08, goalEvent: 'Order Completed' },
    { id: 'invite-a-merchant', name: '邀请商家得推广金', startDay: 40, endDay: 60, joinRate: 0.06, goalEvent: 'Signed Up' },
    { id: '618-ad-credit-rally', name: '618 推广金冲刺', startDay: 60, endDay: 75, joinRate: 0.1, goalEvent: 'Order Completed' },
  ],
  emailCampaigns: [
    { id: 'edm-spring-tips', subject: '春季投放指南', day: 10, audienceShare: 0.6 },
    { id: 'edm-618-preview', subject: '618 推广金预告', day: 55, audienceShare: 0.7 },
    { id: 'edm-monthly-report', subject: '您的月度投放报告', day: 75, audienceShare: 0.5 },
  ],
  products: [
    { id: 'pkg-starter', name: '入门推广包', price: 399, category: 'ad-package' },
    { id: 'pkg-standard', name: '标准推广包', price: 1299, category: 'ad-package' },
    { id: 'pkg-pro', name: '专业推广包', price: 3999, category: 'ad-package' },
    { id: 'svc-creative', name: '创意代制作', price: 680, category: 'service' },
    { id: 'plan-annual', name: '年度会员', price: 9800, category: 'membership' },
  ],
  pages: [
    { path: '/', title: 'AdLink 广告通 — 小商家的自助广告平台', kind: 'home' },
    { path: '/pricing', title: '推广套餐与价格', kind: 'store' },
    { path: '/store/packages', title: '推广包商城', kind: 'store' },
    { path: '/cases', title: '商家案例', kind: 'other' },
    { path: '/signup', title: '注册 AdLink', kind: 'signup' },
    { path: '/help/getting-started', title: '新手入门', kind: 'other' },
  ],
  contentTitles: ['如何用 500 元做好本地推广', '抖音信息流投放入门', '餐饮商家的朋友圈广告案例', '小红书种草的五个误区', '618 投放日历', '百度搜索推广关键词怎么选', '门店引流的三种广告组合', '广告素材自检清单'],
  socialAccounts: [
    { platform: 'wechat', account: 'AdLink广告通', followers: 52000, readsPerFollower: 0.09, interactionRate: 0.035, postsPerWeek: 4 },
    { platform: 'weibo', account: '@AdLink广告通', followers: 86000, readsPerFollower: 0.15, interactionRate: 0.012, postsPerWeek: 10 },
    { platform: 'douyin', account: 'adlink_official', followers: 130000, readsPerFollower: 0.6, interactionRate: 0.045, postsPerWeek: 5 },
    { platform: 'xiaohongshu', account: 'AdLink商家说', followers: 24000, readsPerFollower: 0.3, interactionRate: 0.06, postsPerWeek: 3 },
    { platform: 'bilibili', account: 'AdLink投放课堂', followers: 18000, readsPerFollower: 0.25, interactionRate: 0.05, postsPerWeek: 1 },
    { platform: 'zhihu', account: 'AdLink广告通', followers: 9000, readsPerFollower: 0.2, interactionRate: 0.03, postsPerWeek: 2 },
  ],
  appStores: [
    { store: 'app-store-cn', chartLength: 200, rank: 48, downloadsPerDay: 60, rating: 4.6, ratings: 12800 },
    { store: 'huawei-appgallery', chartLength: 100, rank: 35, downloadsPerDay: 45, rating: 4.4, ratings: 8400 },
    { store: 'xiaomi-getapps', chartLength: 100, rank: 52, downloadsPerDay: 25, rating: 4.3, ratings: 3900 },
  ],
  outlets: [
    { name: '36氪', origin: 'https://36kr.com' },
    { name: '虎嗅', origin: 'https://www.huxiu.com' },
    { name: '亿邦动力', origin: 'https://www.ebrun.com' },
    { name: '界面新闻', origin: 'https://www.jiemian.com' },
  ],
  reportTitles: ['华东餐饮商家广告需求调研', '短视频广告价格走势分析', '下沉市场商家投放可行性报告', '竞品自助广告平台对比', '618 商家预算调研'],
  fixedCosts: [
    { channel: '公关代理公司', costType: 'agency', owner: 'pr', monthly: 4500, note: '媒体关系与舆情监测月费' },
    { channel: '舆情监测服务', costType: 'pr', owner: 'pr', monthly: 800, note: '舆情监测' },
    { channel: '内容工作室', costType: 'content', owner: 'new-media', monthly: 3000, note: '图文与短视频制作' },
    { channel: '市场调研公司', costType: 'research', owner: 'market-research', monthly: 2500, note: '商家需求调研' },
    { channel: '营销工具', costType: 'tools', owner: 'marketing-planning', monthly: 600, note: 'SaaS 订阅' },
    { channel: '物料印刷', costType: 'materials', owner: 'marketing-planning', monthly: 900, note: '展会物料' },
  ],
  behaviour: {
    pagesPerVisit: 2.6, bounceRate: 0.42, signupRate: 0.11, firstBuyRate: 0.16, repeatBuyRate: 0.09,
    daysBetweenVisits: 6, visitsPerMember: 6, anonymousReturnRate: 0.12, refundRate: 0.035,
    csatRate: 0.3, npsRate: 0.2, referralRate: 0.05, inviteArrivalRate: 0.45, inviteSignupRate: 0.55,
    leadRate: 0.18, leadCloseRate: 0.3, postRate: 0.03, contentInteractionRate: 0.12, shareRate: 0.04,
    installRate: 0.12, aidedAwareness: 0.34, topOfMind: 0.07, surveyPanelPerDay: 4, npsMean: 7.6, csatMean: 4.1,
    emailOpenRate: 0.22, emailClickRate: 0.12, itemsPerOrder: 1.2,
  },
  b2b: true,
  shareVia: ['wechat', 'weibo'],
};
