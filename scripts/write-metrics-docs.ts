/**
 * Writes docs/metrics/<locale>.md, the metric reference in each language, from the definitions
 * (`npm run docs:metrics`). A test fails when the files differ from what this would write.
 */
import { writeFileSync } from 'node:fs';
import { LOCALES, metricReferencePage } from '@marketops/core';

for (const locale of LOCALES) {
  writeFileSync(new URL(`../docs/metrics/${locale}.md`, import.meta.url), metricReferencePage(locale));
}
