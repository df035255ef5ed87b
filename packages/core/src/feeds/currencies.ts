import { normaliseLabel } from './labels';

/**
 * Currencies a cost may be in: the active ISO 4217 codes of money (list 1 of the standard,
 * including XCG, which replaces ANG from 2025, and ZWG), without precious metals, testing codes,
 * special drawing rights and fund codes (BOV, CLF, MXV...), which nobody pays a marketing bill in.
 */
export const CURRENCY_CODES: ReadonlySet<string> = new Set(
  (
    'AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD ' +
    'CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD ' +
    'GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT ' +
    'LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR ' +
    'NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SOS SRD SSP ' +
    'STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VED VES VND VUV WST XAF XCD ' +
    'XCG XOF XPF YER ZAR ZMW ZWG'
  ).split(' '),
);

/**
 * Unambiguous names and symbols that spreadsheets use instead of the code. `¥` and `$` are not
 * here on purpose: `¥` is both yuan and yen, `$` a dozen dollars and pesos.
 */
export const CURRENCY_ALIASES: Readonly<Record<string, string>> = {
  rmb: 'CNY',
  人民币: 'CNY',
  元: 'CNY',
  人民元: 'CNY',
  美元: 'USD',
  'us$': 'USD',
  米ドル: 'USD',
  欧元: 'EUR',
  '€': 'EUR',
  euro: 'EUR',
  euros: 'EUR',
  ユーロ: 'EUR',
  日元: 'JPY',
  円: 'JPY',
  日本円: 'JPY',
  港币: 'HKD',
  港元: 'HKD',
  'hk$': 'HKD',
  新台币: 'TWD',
  'nt$': 'TWD',
  英镑: 'GBP',
  '£': 'GBP',
  韩元: 'KRW',
  '₩': 'KRW',
};

const aliases = new Map(Object.entries(CURRENCY_ALIASES).map(([alias, code]) => [normaliseLabel(alias), code]));

/**
 * The ISO 4217 code a cell names (code in any case, or an alias), or null when it names none.
 *
 * @example parseCurrency(' cny ') // 'CNY'
 * @example parseCurrency('人民币') // 'CNY'
 * @example parseCurrency('XYZ') // null
 */
export function parseCurrency(text: string): string | null {
  const code = text.normalize('NFKC').trim().toUpperCase();
  if (CURRENCY_CODES.has(code)) return code;
  return aliases.get(normaliseLabel(text)) ?? null;
}
