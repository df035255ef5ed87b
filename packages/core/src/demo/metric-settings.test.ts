import { describe, expect, it } from 'vitest';
import { demoMetricSettings } from './metric-settings';
import { COMPANY_A } from './profiles/company-a';
import { COMPANY_C } from './profiles/company-c';

describe('demoMetricSettings', () => {
  it('names the store pages, own accounts and primary store the simulated data uses', () => {
    expect(demoMetricSettings(COMPANY_C)).toEqual({
      storePathPrefixes: ['/tienda'],
      ownAccounts: ['facebook', 'instagram', 'youtube', 'tiktok', 'x'],
      primaryStore: 'app-store-mx',
    });
    expect(demoMetricSettings(COMPANY_A).ownAccounts).toEqual(['wechat', 'weibo', 'douyin', 'xiaohongshu', 'bilibili', 'zhihu']);
  });
});
