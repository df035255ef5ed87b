import { z } from 'zod';

/**
 * A workspace's channel rules (core's `ChannelRule`, docs/ingestion.md#channels): the ordered
 * rules that give every incoming message its channel group, first match wins, `Unassigned` when
 * none does. Shapes and size limits only here; the core checks what a shape cannot (a regular
 * expression that does not compile or could backtrack without end) and names each problem.
 *
 * Why conditions nest at most three levels (a group of groups of tests) instead of a recursive
 * schema: GA4's own rules need three, a fixed depth bounds the work per message, and the OpenAPI
 * reference stays a plain schema.
 */
export const ChannelFieldSchema = z.enum(['source', 'medium', 'campaign']).describe('the traffic-source field a test reads');
export const SourceCategorySchema = z.enum(['search', 'social', 'video', 'shopping']);

const Text = z.string().max(200);

/** A single test of one field (or of the source's category in the source-category table). */
export const ChannelTestSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('in'), field: ChannelFieldSchema, values: z.array(Text).min(1).max(200) }).strict().describe('the field equals one of the values (ignoring letter case)'),
  z
    .object({ op: z.literal('matches'), field: ChannelFieldSchema, pattern: z.string().min(1).max(200) })
    .strict()
    .describe('a regular expression in RE2 syntax (as GA4: no lookaround, no backreferences), case-insensitive, matches somewhere in the field\'s first 500 characters; anchor it with ^...$ as needed'),
  z.object({ op: z.literal('contains'), field: ChannelFieldSchema, value: Text.min(1) }).strict(),
  z.object({ op: z.literal('endsWith'), field: ChannelFieldSchema, value: Text.min(1) }).strict(),
  z.object({ op: z.literal('sourceCategory'), category: SourceCategorySchema }).strict().describe('the source is a known site of this category'),
]);
export type ChannelTestDto = z.infer<typeof ChannelTestSchema>;

const GroupOp = z.enum(['any', 'all']);
const InnerGroupSchema = z.object({ op: GroupOp, of: z.array(ChannelTestSchema).min(1).max(50) }).strict();
const OuterGroupSchema = z.object({ op: GroupOp, of: z.array(z.union([ChannelTestSchema, InnerGroupSchema])).min(1).max(50) }).strict();

/** A rule's condition: a test, or `any`/`all` of tests and of groups of tests. */
export const ChannelConditionSchema = z.union([ChannelTestSchema, OuterGroupSchema]);
export type ChannelConditionDto = z.infer<typeof ChannelConditionSchema>;

export const ChannelRuleSchema = z
  .object({
    channel: z.string().trim().min(1, 'must not be empty').max(80, 'at most 80 characters').describe('the channel group this rule gives, e.g. Paid Social'),
    when: ChannelConditionSchema,
  })
  .strict();
export type ChannelRuleDto = z.infer<typeof ChannelRuleSchema>;

export const MAX_CHANNEL_RULES = 100;

/** `PUT /api/workspaces/{ws}/channel-rules`: the whole ordered rule set. */
export const ChannelRulesInputSchema = z.object({ rules: z.array(ChannelRuleSchema).min(1).max(MAX_CHANNEL_RULES) }).strict();
export type ChannelRulesInput = z.infer<typeof ChannelRulesInputSchema>;

/** `GET /api/workspaces/{ws}/channel-rules`. */
export const ChannelRulesViewSchema = z.object({
  rules: z.array(ChannelRuleSchema),
  isDefault: z.boolean().describe("true while the workspace uses MarketOps' default rules (GA4's default channel group plus offline channels)"),
  updatedAt: z.string().nullable().describe('when the workspace saved its own rules; null while on the defaults'),
  unassigned: z.string().describe('the channel of a message no rule matches'),
});
export type ChannelRulesView = z.infer<typeof ChannelRulesViewSchema>;

const Sample = z
  .object({ source: z.string().max(500).nullable(), medium: z.string().max(500).nullable(), campaign: z.string().max(500).nullable() })
  .strict();

/** `POST /api/workspaces/{ws}/channel-rules/test`: classify traffic sources with a draft (or the saved) rule set. */
export const ChannelRulesTestInputSchema = z
  .object({
    rules: z.array(ChannelRuleSchema).min(1).max(MAX_CHANNEL_RULES).optional().describe('a draft to test; absent: the saved rules'),
    samples: z.array(Sample).min(1).max(50),
  })
  .strict();
export type ChannelRulesTestInput = z.infer<typeof ChannelRulesTestInputSchema>;

export const ChannelRulesTestResultSchema = z.object({
  results: z.array(z.object({ channel: z.string(), rule: z.number().int().nullable().describe('index of the rule that matched; null: none did') })),
});
export type ChannelRulesTestResult = z.infer<typeof ChannelRulesTestResultSchema>;

/** `POST /api/workspaces/{ws}/channel-rules/reclassify`: apply the saved rules to events already stored. */
export const ReclassifyResultSchema = z.object({
  sources: z.number().int().describe('distinct traffic sources (campaign fields, click ids, referrer, page) examined'),
  changed: z.number().int().describe('events whose channel changed'),
});
export type ReclassifyResult = z.infer<typeof ReclassifyResultSchema>;
