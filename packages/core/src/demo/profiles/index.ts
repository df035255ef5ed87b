import type { CompanyProfile } from '../profile';
import { COMPANY_A } from './company-a';
import { COMPANY_B } from './company-b';
import { COMPANY_C } from './company-c';

/** The demo companies, one per organisation template with a company behind it. */
export const DEMO_PROFILES: readonly CompanyProfile[] = [COMPANY_A, COMPANY_B, COMPANY_C];

/** The letters the CLI's `--template` accepts. */
export const DEMO_TEMPLATE_LETTERS = ['a', 'b', 'c'] as const;
export type DemoTemplateLetter = (typeof DEMO_TEMPLATE_LETTERS)[number];

/**
 * The profile for `a`, `b`, `c` or a template id (`company-b`); null for anything else
 * (the canonical split has no company behind it).
 *
 * @example findDemoProfile('company-b')?.currency // 'JPY'
 */
export function findDemoProfile(name: string): CompanyProfile | null {
  const key = name.trim().toLowerCase();
  return DEMO_PROFILES.find((p) => p.letter === key || p.templateId === key) ?? null;
}
