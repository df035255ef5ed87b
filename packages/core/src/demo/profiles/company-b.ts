import type { CompanyProfile } from '../profile';

/**
 * Company B, the VR technology company of the templates: "ミライVR" (Mirai VR), a Tokyo maker of
 * a VR headset with a content store and a user community. Its marketing department also sells
 * (fairs, launches), its brand department runs PR and self-media (note, X, YouTube, LINE), and
 * operations look after product, users and the community, as the template says. Channels are
 * Japan's: Google and Yahoo! JAPAN search, LINE, X, YouTube, note, Instagram, e-mail.
 * Consumers play at the weekend, so weekends are the busiest days.
 */
export const COMPANY_B: CompanyProfile = {
  templateId: 'company-b',
  letter: 'b',
  brand: 'ミライVR',
  industry: 'VR technology (consumer headset, content store, community)',
  country: 'JP',
  currency: 'JPY',
  timeZone: 'Asia/Tokyo',
  locales: ['ja-JP', 'ja-JP', 'ja-JP', 'en-US'],
  cities: ['東京', '横浜', '大阪', '名古屋', '福岡', '札幌', '京都'],
  site: 'https://www.mirai-vr.example.jp',
  appName: 'ミライVR',
  weekly: [0.86, 0.84, 0.88, 0.92, 1.05, 1.25, 1.2],
  hourly: [0.6, 0.3, 0.15, 0.1, 0.1, 0.15, 0.3, 0.6, 0.8, 0.8, 0.8, 0.9, 1.2, 1.0, 0.9, 0.9, 1.0, 1.2, 1.4, 1.7, 1.9, 2.0, 1.7, 1.1],
  channels: [
    { id: 'google-ads', costLabel: 'Google 広告', source: 'google', medium: 'cpc', referrer: 'https://www.google.co.jp/', evergreenCampaign: 'brand-search', dailyVisitors: 26, costPerVisitor: 85, owner: 'new-media', signupLift: 1.3, buyLift: 1.3, appShare: 0.05, reportsAds: true },
    { id: 'yahoo-ads', costLabel: 'Yahoo!広告', source: 'yahoo-japan', medium: 'cpc', referrer: 'https://search.yahoo.co.jp/', evergreenCampaign: 'brand-search', dailyVisitors: 18, costPerVisitor: 70, owner: 'new-media', signupLift: 1.1, buyLift: 1.2, appShare: 0.05, reportsAds: true },
    { id: 'google-organic', costLabel: 'Google 自然検索', source: null, medium: null, referrer: 'https://www.google.co.jp/', evergreenCampaign: null, dailyVisitors: 28, costPerVisitor: null, owner: 'new-media', signupLift: 1.0, buyLift: 1.0, appShare: 0, reportsAds: false },
    { id: 'yahoo-organic', costLabel: 'Yahoo! JAPAN 自然検索', source: null, medium: null, referrer: 'https://search.yahoo.co.jp/', evergreenCampaign: null, dailyVisitors: 14, costPerVisitor: null, owner: 'new-media', signupLift: 1.0, buyLift: 1.0, appShare: 0, reportsAds: false },
    { id: 'line', costLabel: 'LINE公式アカウント', source: 'line', medium: 'social', referrer: 'https://line.me/', evergreenCampaign: 'line-official', dailyVisitors: 22, costPerVisitor: null, owner: 'new-media', signupLift: 1.1, buyLift: 1.2, appShare: 0.6, reportsAds: false },
    { id: 'line-ads', costLabel: 'LINE広告', source: 'line', medium: 'paid_social', referrer: 'https://line.me/', evergreenCampaign: 'line-ads', dailyVisitors: 12, costPerVisitor: 55, owner: 'new-media', signupLift: 0.8, buyLift: 0.8, appShare: 0.7, reportsAds: true },
    { id: 'x', costLabel: 'X (Twitter)', source: 'x', medium: 'social', referrer: 'https://t.co/', evergreenCampaign: 'official-x', dailyVisitors: 20, costPerVisitor: null, owner: 'new-media', signupLift: 0.7, buyLift: 0.7, appShare: 0.5, reportsAds: false },
    { id: 'youtube-ads', costLabel: 'YouTube 広告', source: 'youtube', medium: 'paid_video', referrer: 'https://www.youtube.com/', evergreenCampaign: 'gameplay-trailers', dailyVisitors: 14, costPerVisitor: 60, owner: 'new-media', signupLift: 0.7, buyLift: 0.8, appShare: 0.2, reportsAds: true },
    { id: 'note', costLabel: 'note', source: 'note', medium: 'social', referrer: 'https://note.com/', evergreenCampaign: 'dev-diary', dailyVisitors: 7, costPerVisitor: null, owner: 'new-media', signupLift: 1.2, buyLift: 1.0, appShare: 0, reportsAds: false },
    { id: 'instagram', costLabel: 'Instagram', source: 'instagram', medium: 'social', referrer: 'https://l.instagram.com/', evergreenCampaign: 'official-ig', dailyVisitors: 8, costPerVisitor: null, owner: 'new-media', signupLift: 0.6, buyLift: 0.6, appShare: 0.7, reportsAds: false },
    { id: 'press', costLabel: 'メディア掲載', source: null, medium: null, referrer: 'outlet', evergreenCampaign: null, dailyVisitors: 4, costPerVisitor: null, owner: 'pr', signupLift: 1.0, buyLift: 1.0, appShare: 0, reportsAds: false },
    { id: 'press-release', costLabel: 'PR TIMES', source: 'prtimes', medium: 'pr', referrer: null, evergreenCampaign: 'press-releases', dailyVisitors: 2, costPerVisitor: null, owner: 'pr', signupLift: 0.9, buyLift: 0.9, appShare: 0, reportsAds: false },
    { id: 'direct', costLabel: '直接アクセス', source: null, medium: null, referrer: null, evergreenCampaign: null, dailyVisitors: 20, costPerVisitor: null, owner: 'brand', signupLift: 1.3, buyLift: 1.4, appShare: 0.5, reportsAds: false },
  ],
  campaigns: [
    { id: 'golden-week-sale', name: 'ゴールデンウィークセール', channels: ['google-ads', 'yahoo-ads', 'line-ads', 'x'], startDay: 6, durationDays: 12, peakLift: 2.4, halfLifeDays: 4, launchCosts: [{ costType: 'influencer', amount: 120000, owner: 'new-media', channel: 'VTuber タイアップ' }] },
    { id: 'mirai-glass-2-launch', name: 'MiraiGlass 2 発売', channels: ['google-ads', 'yahoo-ads', 'youtube-ads', 'x', 'line', 'note'], startDay: 38, durationDays: 24, peakLift: 3.2, halfLifeDays: 7, launchCosts: [{ costType: 'content', amount: 250000, owner: 'new-media', channel: 'トレーラー制作' }, { costType: 'influencer', amount: 180000, owner: 'new-media', channel: 'YouTuber タイアップ' }] },
    { id: 'summer-game-fest', name: '夏のVRゲーム祭', channels: ['youtube-ads', 'x', 'instagram'], startDay: 70, durationDays: 14, peakLift: 2.0, halfLifeDays: 5, launchCosts: [{ costType: 'influencer', amount: 90000, owner: 'new-media', channel: 'ゲーム実況者' }] },
  ],
  offlineEvents: [
    { id: 'tokyo-xr-expo', name: '東京XR EXPO', type: 'exhibition', day: 24, attendees: 120, city: '東京', cost: 650000, owner: 'marketing-planning' },
    { id: 'mirai-glass-2-launch-event', name: 'MiraiGlass 2 発表会', type: 'launch', day: 38, attendees: 70, city: '東京', cost: 420000, owner: 'brand' },
    { id: 'launch-press-conference', name: 'MiraiGlass 2 記者会見', type: 'press', day: 37, attendees: 25, city: '東京', cost: 150000, owner: 'pr' },
    { id: 'osaka-user-meetup', name: '大阪ユーザー交流会', type: 'meetup', day: 66, attendees: 40, city: '大阪', cost: 60000, owner: 'marketing-planning' },
  ],
  activities: [
    { id: 'gw-play-stamp-rally', name: 'GW プレイスタンプラリー', startDay: 6, endDay: 16, joinRate: 0.07, goalEvent: 'Order Completed' },
    { id: 'launch-preorder-campaign', name: '予約購入キャンペーン', startDay: 30, endDay: 45, joinRate: 0.09, goalEvent: 'Order Completed' },
    { id: 'community-creator-contest', name: 'コミュニティ作品コンテスト', startDay: 55, endDay: 80, joinRate: 0.05, goalEvent: 'Signed Up' },
  ],
  emailCampaigns: [
    { id: 'mail-gw-sale', subject: 'GWセールのお知らせ', day: 5, audienceShare: 0.7 },
    { id: 'mail-glass-2-preorder', subject: 'MiraiGlass 2 予約開始', day: 31, audienceShare: 0.8 },
    { id: 'mail-summer-titles', subject: '夏の新作タイトル', day: 69, audienceShare: 0.6 },
  ],
  products: [
    { id: 'mirai-glass-2', name: 'MiraiGlass 2', price: 59800, category: 'headset' },
    { id: 'controller-pair', name: 'コントローラー(ペア)', price: 8800, category: 'accessory' },
    { id: 'title-skyrun', name: 'SkyRun VR', price: 2400, category: 'content' },
    { id: 'title-zen-garden', name: 'Zen Garden VR', price: 1800, category: 'content' },
    { id: 'mirai-plus-monthly', name: 'Mirai+ 月額', price: 980, category: 'subscription' },
  ],
  pages: [
    { path: '/', title: 'ミライVR — 未来を、その目で。', kind: 'home' },
    { path: '/products/mirai-glass-2', title: 'MiraiGlass 2 | ミライVR', kind: 'product' },
    { path: '/store', title: 'ストア | ミライVR', kind: 'store' },
    { path: '/store/titles', title: 'VRタイトル一覧', kind: 'store' },
    { path: '/community', title: 'コミュニティ', kind: 'other' },
    { path: '/signup', title: 'アカウント作成', kind: 'signup' },
  ],
  contentTitles: ['MiraiGlass 2 開発者インタビュー', 'VR酔いを防ぐ5つのコツ', '週末に遊びたいVRタイトル10選', '初めてのVR設定ガイド', 'コミュニティ作品の紹介', 'フィットネスVRのすすめ', '子どもとVRの付き合い方'],
  socialAccounts: [
    { platform: 'x', account: '@mirai_vr', followers: 68000, readsPerFollower: 0.8, interactionRate: 0.02, postsPerWeek: 14 },
    { platform: 'youtube', account: 'ミライVR 公式チャンネル', followers: 41000, readsPerFollower: 0.35, interactionRate: 0.04, postsPerWeek: 2 },
    { platform: 'line', account: 'ミライVR', followers: 120000, readsPerFollower: 0.12, interactionRate: 0.01, postsPerWeek: 3 },
    { platform: 'note', account: 'mirai_vr_dev', followers: 8500, readsPerFollower: 0.2, interactionRate: 0.05, postsPerWeek: 1 },
    { platform: 'instagram', account: 'mirai.vr', followers: 23000, readsPerFollower: 0.4, interactionRate: 0.05, postsPerWeek: 4 },
  ],
  appStores: [
    { store: 'app-store-jp', chartLength: 200, rank: 64, downloadsPerDay: 40, rating: 4.5, ratings: 6200 },
    { store: 'google-play-jp', chartLength: 200, rank: 71, downloadsPerDay: 30, rating: 4.3, ratings: 4100 },
    { store: 'meta-quest-store', chartLength: 100, rank: 22, downloadsPerDay: 15, rating: 4.6, ratings: 1900 },
  ],
  outlets: [
    { name: 'ITmedia', origin: 'https://www.itmedia.co.jp' },
    { name: 'PC Watch', origin: 'https://pc.watch.impress.co.jp' },
    { name: 'MoguLive', origin: 'https://www.moguravr.com' },
    { name: '4Gamer.net', origin: 'https://www.4gamer.net' },
  ],
  reportTitles: ['国内VRヘッドセット市場動向', 'MiraiGlass 2 価格受容性調査', 'VRフィットネス需要調査', '競合ヘッドセット比較', '年末商戦の需要予測'],
  fixedCosts: [
    { channel: 'PR代理店', costType: 'agency', owner: 'pr', monthly: 80000, note: 'メディアリレーション月額' },
    { channel: 'PR TIMES', costType: 'pr', owner: 'pr', monthly: 12000, note: 'プレスリリース配信' },
    { channel: 'コンテンツ制作会社', costType: 'content', owner: 'new-media', monthly: 60000, note: '動画・記事制作' },
    { channel: '調査会社', costType: 'research', owner: 'market-research', monthly: 45000, note: '市場調査' },
    { channel: 'マーケティングツール', costType: 'tools', owner: 'marketing-planning', monthly: 15000, note: 'SaaS' },
    { channel: '販促物制作', costType: 'materials', owner: 'marketing-planning', monthly: 20000, note: '展示会什器・チラシ' },
  ],
  behaviour: {
    pagesPerVisit: 3.2, bounceRate: 0.38, signupRate: 0.08, firstBuyRate: 0.1, repeatBuyRate: 0.12,
    daysBetweenVisits: 4, visitsPerMember: 8, anonymousReturnRate: 0.15, refundRate: 0.035,
    csatRate: 0.25, npsRate: 0.18, referralRate: 0.06, inviteArrivalRate: 0.4, inviteSignupRate: 0.5,
    leadRate: 0.04, leadCloseRate: 0.35, postRate: 0.09, contentInteractionRate: 0.15, shareRate: 0.05,
    installRate: 0.25, aidedAwareness: 0.22, topOfMind: 0.05, surveyPanelPerDay: 4, npsMean: 7.9, csatMean: 4.2,
    emailOpenRate: 0.28, emailClickRate: 0.1, itemsPerOrder: 1.4,
  },
  b2b: false,
  shareVia: ['line', 'x'],
};
