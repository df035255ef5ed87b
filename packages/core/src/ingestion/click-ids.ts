/**
 * Ad click ids: parameters an ad platform appends to the landing-page URL when someone clicks an
 * ad, so that conversions can be reported back to it. Only real click ids of ad platforms are
 * listed. Left out on purpose: `igshid` (Instagram's share id, put on organic shares), `srsltid`
 * (Google Merchant's free-listing result id, organic), `gclsrc` (not an id, only says which Google
 * product set the gclid), email-tool ids (`mc_cid`, `_hsenc`), and ByteDance's bare `clickid`
 * (a name too generic to trust).
 *
 * `implies` is the source/medium a click id proves when the URL has no `utm_source`: only ids that
 * platforms append to paid clicks alone imply paid traffic. `fbclid` does NOT: Facebook appends it
 * to every outbound link, organic posts included; it only proves the visitor came from Facebook
 * or Instagram, so it implies `facebook / referral` (Organic Social) and only when no referrer says
 * more. Ids shared by two platforms (`yclid`: Yandex Direct and Yahoo! JAPAN) or whose network
 * spans several sites (`dclid`, Tencent's `gdt_vid`) imply nothing; they are still stored.
 */
export interface ClickIdDefinition {
  /** The parameter name, lower-case (matched case-insensitively). */
  readonly param: string;
  readonly platform: string;
  readonly implies: { readonly source: string; readonly medium: string } | null;
  /**
   * True when the platform appends the id to paid clicks only: the click is then proven paid and
   * `implies` outranks the referrer. False for weaker evidence (`fbclid`), used only without referrer.
   */
  readonly paid: boolean;
}

const paid = (source: string) => ({ source, medium: 'cpc' });

/** The click ids MarketOps recognises, in the order they are looked for. */
export const DEFAULT_CLICK_IDS: readonly ClickIdDefinition[] = [
  { param: 'gclid', platform: 'Google Ads', implies: paid('google'), paid: true },
  // Why: iOS app-to-app and app-to-web replacements for gclid (Apple's ATT rules).
  { param: 'gbraid', platform: 'Google Ads (iOS app)', implies: paid('google'), paid: true },
  { param: 'wbraid', platform: 'Google Ads (iOS web)', implies: paid('google'), paid: true },
  // Why no implication: Display & Video 360 / Campaign Manager serve on many sites, so the source is unknown.
  { param: 'dclid', platform: 'Google Display & Video 360 / Campaign Manager 360', implies: null, paid: true },
  { param: 'msclkid', platform: 'Microsoft Advertising', implies: paid('bing'), paid: true },
  { param: 'ttclid', platform: 'TikTok Ads', implies: paid('tiktok'), paid: true },
  { param: 'li_fat_id', platform: 'LinkedIn Ads', implies: paid('linkedin'), paid: true },
  // Why: Baidu appends bd_vid to oCPC ad clicks for conversion upload.
  { param: 'bd_vid', platform: 'Baidu Ads (oCPC)', implies: paid('baidu'), paid: true },
  // Why no implication: X's and Reddit's ids are not documented as paid-only; Tencent's network spans WeChat, QQ and partners.
  { param: 'twclid', platform: 'X Ads', implies: null, paid: false },
  { param: 'rdt_cid', platform: 'Reddit Ads', implies: null, paid: true },
  { param: 'sccid', platform: 'Snapchat Ads', implies: null, paid: true },
  { param: 'gdt_vid', platform: 'Tencent Ads (Guangdiantong)', implies: null, paid: true },
  { param: 'qz_gdt', platform: 'Tencent Ads (Qzone / Guangdiantong)', implies: null, paid: true },
  { param: 'yclid', platform: 'Yandex Direct or Yahoo! JAPAN Ads', implies: null, paid: true },
  { param: 'fbclid', platform: 'Meta (Facebook, Instagram), organic and paid', implies: { source: 'facebook', medium: 'referral' }, paid: false },
];
