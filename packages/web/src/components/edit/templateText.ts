import type { TFunction } from 'i18next';
import type { TemplateSummaryDto } from '@marketops/contracts';

const KNOWN = ['canonical', 'company-a', 'company-b', 'company-c'] as const;
type Known = (typeof KNOWN)[number];
const isKnown = (id: string): id is Known => (KNOWN as readonly string[]).includes(id);

/** A template's name and description: translated for the built-in ones, the server's text otherwise. */
export function templateText(template: TemplateSummaryDto, t: TFunction): { name: string; description: string } {
  if (!isKnown(template.id)) return { name: template.name, description: template.description };
  return { name: t(`template.${template.id}`), description: t(`template.${template.id}Description`) };
}
