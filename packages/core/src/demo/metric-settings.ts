import type { MetricSettings } from '../metrics/settings';
import type { CompanyProfile } from './profile';

/**
 * The metric settings that fit a demo company, for the day workspaces store them: its store
 * pages (store operations' visitors), the utm_sources of its own social accounts (new media's
 * reach), and its primary app store (category rank). Derived from the profile, so they always
 * match the data the simulator sends.
 *
 * @example demoMetricSettings(COMPANY_C).storePathPrefixes // ['/tienda']
 */
export function demoMetricSettings(profile: CompanyProfile): MetricSettings {
  const storePrefixes = new Set(profile.pages.filter((p) => p.kind === 'store').map((p) => `/${p.path.split('/')[1]}`));
  const platforms = new Set(profile.socialAccounts.map((a) => a.platform));
  const ownAccounts = new Set(profile.channels.flatMap((c) => (c.source !== null && platforms.has(c.source) ? [c.source] : [])));
  return {
    storePathPrefixes: [...storePrefixes],
    ownAccounts: [...ownAccounts],
    ...(profile.appStores[0] ? { primaryStore: profile.appStores[0].store } : {}),
  };
}
