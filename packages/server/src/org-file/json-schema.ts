import { z } from 'zod';
import { OrgFileSchema } from '@marketops/contracts';

/**
 * The published JSON Schema of org files (input side: fields with defaults are optional). Served
 * at `/api/schemas/org-map.json`, printed by `marketops schema org-map`, committed as
 * `docs/org-map.schema.json` (a test fails when the committed copy drifts).
 */
export function orgMapJsonSchema(): Record<string, unknown> {
  return {
    $id: 'urn:marketops:schema:org-map:v1',
    title: 'MarketOps organisation map (marketops.org/v1)',
    ...z.toJSONSchema(OrgFileSchema, { io: 'input', target: 'draft-2020-12' }),
  };
}
