import type { CompanyProfile } from '../profile';

/**
 * Company C, the internet medical company of the templates: "SaludYa", a Mexico City telehealth
 * service with online consultations, a pharmacy shop and health content, which also sells
 * advertising to pharmaceutical brands. Its operations department runs the app, the shop and the
 * content, sales sells ads and business development, and planning does brand, PR and self-media,
 * as the template says. Channels are Western and Latin American: Google, Meta (Facebook,
 * Instagram), YouTube, X, TikTok, Mercado Libre, e-mail. Patients come on weekdays, Monday most.
 */
export const COMPANY_C: CompanyProfile = {
  templateId: 'company-c',
  letter: 'c',
  brand: 'SaludYa',
  industry: 'internet medical (telehealth consultations, online pharmacy, health content)',
  country: 'MX',
  currency: 'MXN',
  timeZone: 'America/Mexico_City',
  locales: ['es-MX', 'es-MX', 'es-MX', 'es-US', 'en-US'],
  cities: ['Ciudad de México', 'Guadalajara', 'Monterrey', 'Puebla', 'Querétaro', 'Mérida', 'Tijuana'],
  site: 'https://www.saludya.example.mx',
  appName: 'SaludYa',
  weekly: [1.24, 1.1, 1.04, 1.0, 0.95, 0.86, 0.81],
  hourly: [0.3, 0.2, 0.1, 0.1, 0.1, 0.2, 0.5, 0.9, 1.3, 1.5, 1.5, 1.4, 1.3, 1.2, 1.2, 1.2, 1.2, 1.3, 1.4, 1.5, 1.5, 1.2, 0.9, 0.5],
  channels: [
    { id: 'google-ads', costLabel: 'Google Ads', source: 'google', medium: 'cpc', referrer: 'https://www.google.com.mx/', evergreenCampaign: 'consulta-en-linea', dailyVisitors: 40, costPerVisitor: 9.5, owner: 'marketing-planning', signupLift: 1.4, buyLift: 1.3, appShare: 0.05, reportsAds: true },
    { id: 'google-organic', costLabel: 'Google orgánico', source: null, medium: null, referrer: 'https://www.google.com.mx/', evergreenCampaign: null, dailyVisitors: 55, costPerVisitor: null, owner: 'new-media', signupLift: 0.9, buyLift: 0.9, appShare: 0, reportsAds: false },
    { id: 'facebook-ads', costLabel: 'Meta Ads (Facebook)', source: 'facebook', medium: 'paid_social', referrer: 'https://m.facebook.com/', evergreenCampaign: 'prevencion', dailyVisitors: 30, costPerVisitor: 4.8, owner: 'new-media', signupLift: 0.8, buyLift: 0.8, appShare: 0.5, reportsAds: true },
    { id: 'instagram', costLabel: 'Instagram', source: 'instagram', medium: 'social', referrer: 'https://l.instagram.com/', evergreenCampaign: 'bienestar', dailyVisitors: 16, costPerVisitor: null, owner: 'new-media', signupLift: 0.7, buyLift: 0.7, appShare: 0.6, reportsAds: false },
    { id: 'youtube', costLabel: 'YouTube', source: 'youtube', medium: 'video', referrer: 'https://www.youtube.com/', evergreenCampaign: 'doctores-responden', dailyVisitors: 10, costPerVisitor: null, owner: 'new-media', signupLift: 0.8, buyLift: 0.8, appShare: 0.2, reportsAds: false },
    { id: 'tiktok-ads', costLabel: 'TikTok Ads', source: 'tiktok', medium: 'paid_social', referrer: 'https://www.tiktok.com/', evergreenCampaign: 'salud-en-60s', dailyVisitors: 14, costPerVisitor: 3.1, owner: 'new-media', signupLift: 0.5, buyLift: 0.5, appShare: 0.7, reportsAds: true },
    { id: 'x', costLabel: 'X (Twitter)', source: 'x', medium: 'social', referrer: 'https://t.co/', evergreenCampaign: 'oficial', dailyVisitors: 5, costPerVisitor: null, owner: 'new-media', signupLift: 0.6, buyLift: 0.6, appShare: 0.3, reportsAds: false },
    { id: 'mercado-libre', costLabel: 'Mercado Libre', source: 'mercadolibre', medium: 'referral', referrer: 'https://www.mercadolibre.com.mx/', evergreenCampaign: 'tienda-oficial', dailyVisitors: 8, costPerVisitor: null, owner: 'store-ops', signupLift: 0.9, buyLift: 1.5, appShare: 0, reportsAds: false },
    { id: 'press', costLabel: 'Prensa', source: null, medium: null, referrer: 'outlet', evergreenCampaign: null, dailyVisitors: 3, costPerVisitor: null, owner: 'pr', signupLift: 0.9, buyLift: 0.9, appShare: 0, reportsAds: false },
    { id: 'press-release', costLabel: 'Comunicados de prensa', source: 'prnewswire', medium: 'pr', referrer: null, evergreenCampaign: 'comunicados', dailyVisitors: 2, costPerVisitor: null, owner: 'pr', signupLift: 0.8, buyLift: 0.8, appShare: 0, reportsAds: false },
    { id: 'direct', costLabel: 'Directo', source: null, medium: null, referrer: null, evergreenCampaign: null, dailyVisitors: 25, costPerVisitor: null, owner: 'brand', signupLift: 1.2, buyLift: 1.3, appShare: 0.5, reportsAds: false },
  ],
  campaigns: [
    { id: 'temporada-alergias', name: 'Temporada de alergias', channels: ['google-ads', 'facebook-ads', 'tiktok-ads'], startDay: 10, durationDays: 20, peakLift: 2.0, halfLifeDays: 6, launchCosts: [{ costType: 'influencer', amount: 9000, owner: 'new-media', channel: 'Influencers de salud' }] },
    { id: 'chequeo-anual', name: 'Chequeo anual a domicilio', channels: ['google-ads', 'facebook-ads', 'instagram', 'youtube'], startDay: 42, durationDays: 21, peakLift: 2.5, halfLifeDays: 7, launchCosts: [{ costType: 'content', amount: 12000, owner: 'new-media', channel: 'Producción de video' }] },
    { id: 'dia-del-padre', name: 'Día del Padre: salud del hombre', channels: ['facebook-ads', 'tiktok-ads', 'x'], startDay: 68, durationDays: 10, peakLift: 2.8, halfLifeDays: 3, launchCosts: [{ costType: 'influencer', amount: 6000, owner: 'new-media', channel: 'Influencers de salud' }] },
  ],
  offlineEvents: [
    { id: 'feria-salud-cdmx', name: 'Feria de la Salud CDMX', type: 'fair', day: 18, attendees: 110, city: 'Ciudad de México', cost: 18000, owner: 'marketing-planning' },
    { id: 'congreso-medicina-digital', name: 'Congreso de Medicina Digital', type: 'conference', day: 51, attendees: 60, city: 'Guadalajara', cost: 14000, owner: 'marketing-planning' },
    { id: 'lanzamiento-app-3', name: 'Lanzamiento SaludYa 3', type: 'launch', day: 44, attendees: 50, city: 'Ciudad de México', cost: 15000, owner: 'brand' },
    { id: 'rueda-de-prensa-q2', name: 'Rueda de prensa resultados', type: 'press', day: 45, attendees: 20, city: 'Ciudad de México', cost: 4000, owner: 'pr' },
  ],
  activities: [
    { id: 'reto-30-dias-agua', name: 'Reto 30 días de hidratación', startDay: 14, endDay: 44, joinRate: 0.05, goalEvent: 'Signed Up' },
    { id: 'chequeo-con-descuento', name: 'Chequeo con 20% de descuento', startDay: 42, endDay: 60, joinRate: 0.08, goalEvent: 'Order Completed' },
    { id: 'semana-salud-mental', name: 'Semana de la salud mental', startDay: 72, endDay: 79, joinRate: 0.06, goalEvent: 'Order Completed' },
  ],
  emailCampaigns: [
    { id: 'boletin-alergias', subject: 'Cómo sobrevivir a la temporada de alergias', day: 9, audienceShare: 0.65 },
    { id: 'boletin-chequeo', subject: 'Tu chequeo anual, sin salir de casa', day: 41, audienceShare: 0.7 },
    { id: 'boletin-padre', subject: 'Regala salud este Día del Padre', day: 67, audienceShare: 0.6 },
  ],
  products: [
    { id: 'consulta-general', name: 'Consulta general en línea', price: 299, category: 'consultation' },
    { id: 'consulta-especialista', name: 'Consulta con especialista', price: 549, category: 'consultation' },
    { id: 'chequeo-domicilio', name: 'Chequeo a domicilio', price: 1490, category: 'lab' },
    { id: 'plan-familiar', name: 'Plan Familiar mensual', price: 399, category: 'subscription' },
    { id: 'farmacia-kit-alergia', name: 'Kit antialérgico', price: 219, category: 'pharmacy' },
  ],
  pages: [
    { path: '/', title: 'SaludYa — Tu médico en línea', kind: 'home' },
    { path: '/consultas', title: 'Consultas en línea | SaludYa', kind: 'product' },
    { path: '/tienda', title: 'Farmacia en línea | SaludYa', kind: 'store' },
    { path: '/tienda/chequeos', title: 'Chequeos a domicilio', kind: 'store' },
    { path: '/registro', title: 'Crea tu cuenta', kind: 'signup' },
    { path: '/para-empresas', title: 'Publicidad y alianzas', kind: 'other' },
  ],
  contentTitles: ['Alergias de primavera: qué hacer', '¿Cuándo ir a urgencias?', 'Guía de chequeos por edad', 'Mitos sobre los antibióticos', 'Salud mental en el trabajo', 'Cómo leer tus análisis de sangre', 'Diabetes: señales tempranas'],
  socialAccounts: [
    { platform: 'facebook', account: 'SaludYa México', followers: 145000, readsPerFollower: 0.25, interactionRate: 0.02, postsPerWeek: 7 },
    { platform: 'instagram', account: 'saludya.mx', followers: 62000, readsPerFollower: 0.35, interactionRate: 0.045, postsPerWeek: 6 },
    { platform: 'youtube', account: 'SaludYa Doctores Responden', followers: 28000, readsPerFollower: 0.3, interactionRate: 0.03, postsPerWeek: 2 },
    { platform: 'x', account: '@SaludYaMX', followers: 19000, readsPerFollower: 0.5, interactionRate: 0.012, postsPerWeek: 10 },
    { platform: 'linkedin', account: 'SaludYa', followers: 7200, readsPerFollower: 0.15, interactionRate: 0.03, postsPerWeek: 2 },
    { platform: 'tiktok', account: '@saludya', followers: 88000, readsPerFollower: 0.9, interactionRate: 0.06, postsPerWeek: 5 },
  ],
  appStores: [
    { store: 'app-store-mx', chartLength: 200, rank: 38, downloadsPerDay: 55, rating: 4.7, ratings: 9300 },
    { store: 'google-play-mx', chartLength: 200, rank: 29, downloadsPerDay: 80, rating: 4.5, ratings: 15400 },
  ],
  outlets: [
    { name: 'El Universal', origin: 'https://www.eluniversal.com.mx' },
    { name: 'Expansión', origin: 'https://expansion.mx' },
    { name: 'Milenio', origin: 'https://www.milenio.com' },
    { name: 'El Financiero', origin: 'https://www.elfinanciero.com.mx' },
  ],
  reportTitles: ['Demanda de telemedicina en el Bajío', 'Precios de consultas privadas en CDMX', 'Viabilidad de chequeos a domicilio', 'Anunciantes farmacéuticos: necesidades', 'Adopción de apps de salud en mayores de 50'],
  fixedCosts: [
    { channel: 'Agencia de RP', costType: 'agency', owner: 'pr', monthly: 8500, note: 'Relaciones con medios' },
    { channel: 'Monitoreo de medios', costType: 'pr', owner: 'pr', monthly: 1500, note: 'Monitoreo de opinión pública' },
    { channel: 'Estudio de contenido', costType: 'content', owner: 'content-ops', monthly: 7000, note: 'Artículos médicos revisados' },
    { channel: 'Consultora de mercado', costType: 'research', owner: 'market-research', monthly: 6000, note: 'Investigación de mercado' },
    { channel: 'Herramientas de marketing', costType: 'tools', owner: 'marketing-planning', monthly: 1800, note: 'SaaS' },
    { channel: 'Material impreso', costType: 'materials', owner: 'marketing-planning', monthly: 1200, note: 'Folletos y lonas' },
  ],
  behaviour: {
    pagesPerVisit: 2.4, bounceRate: 0.45, signupRate: 0.1, firstBuyRate: 0.22, repeatBuyRate: 0.11,
    daysBetweenVisits: 7, visitsPerMember: 5, anonymousReturnRate: 0.1, refundRate: 0.04,
    csatRate: 0.35, npsRate: 0.22, referralRate: 0.06, inviteArrivalRate: 0.5, inviteSignupRate: 0.6,
    leadRate: 0.05, leadCloseRate: 0.25, postRate: 0.02, contentInteractionRate: 0.1, shareRate: 0.06,
    installRate: 0.18, aidedAwareness: 0.28, topOfMind: 0.06, surveyPanelPerDay: 4, npsMean: 8.1, csatMean: 4.3,
    emailOpenRate: 0.25, emailClickRate: 0.09, itemsPerOrder: 1.1,
  },
  b2b: true,
  shareVia: ['whatsapp', 'facebook'],
};
