import { z } from 'zod';

/**
 * The Segment HTTP tracking API's message shapes (`/v1/track`, `/v1/batch`, ...). Shapes only:
 * the ingestion pipeline checks values (blank ids, unparseable dates) and answers with reasons.
 * Objects are loose: SDKs add fields of their own (`_metadata`, `version`, `channel`), which
 * are kept in the stored context, never rejected.
 */
export const MESSAGE_TYPES = ['track', 'identify', 'page', 'screen', 'group', 'alias'] as const;

const Id = z.union([z.string(), z.number(), z.null()]);
const JsonObject = z.record(z.string(), z.unknown());

export const SegmentMessageSchema = z.looseObject({
  type: z.enum(MESSAGE_TYPES),
  event: z.string().optional(),
  name: z.string().nullable().optional(),
  category: z.string().nullable().optional(),
  properties: JsonObject.nullable().optional(),
  traits: JsonObject.nullable().optional(),
  userId: Id.optional(),
  anonymousId: Id.optional(),
  groupId: Id.optional(),
  previousId: Id.optional(),
  messageId: z.union([z.string(), z.number()]).transform(String).optional(),
  timestamp: z.string().nullable().optional(),
  originalTimestamp: z.string().nullable().optional(),
  sentAt: z.string().nullable().optional(),
  context: JsonObject.nullable().optional(),
  integrations: JsonObject.nullable().optional(),
  writeKey: z.string().optional(),
});
export type SegmentMessageInput = z.input<typeof SegmentMessageSchema>;

/** `POST /v1/batch` body: `{ batch, sentAt?, context?, writeKey? }` (as `@segment/analytics-node` sends it). */
export const BatchEnvelopeSchema = z.looseObject({
  batch: z.array(z.unknown()),
  sentAt: z.string().optional(),
  context: JsonObject.optional(),
  // Why unknown: a malformed key is an authentication failure (401), not a shape error (400).
  writeKey: z.unknown().optional(),
});

export const RejectedMessageSchema = z.object({
  /** Position in the batch (0 for single-message routes). */
  index: z.number().int(),
  /** Path of the offending field, e.g. `userId` or `properties.revenue`; empty for the message. */
  field: z.string(),
  /** A stable reason code, e.g. `missing-identity` (see the README's ingestion reference). */
  code: z.string(),
  reason: z.string(),
});

/** The answer of every tracking route that was authenticated and parsed. */
export const TrackingResponseSchema = z.object({
  success: z.boolean(),
  accepted: z.number().int(),
  duplicates: z.number().int(),
  rejected: z.array(RejectedMessageSchema),
});
export type TrackingResponse = z.infer<typeof TrackingResponseSchema>;
export type RejectedMessage = z.infer<typeof RejectedMessageSchema>;

export const WriteKeySchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  label: z.string(),
  /** The first characters of the key, to recognise it; the full key is shown only once. */
  prefix: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});
export const CreatedWriteKeySchema = WriteKeySchema.extend({ key: z.string() });
export const CreateWriteKeyRequestSchema = z.object({ label: z.string().trim().min(1).max(200) }).strict();

/** How many events a workspace has stored: `GET /api/workspaces/{ws}/events/count` (0 until the first arrives). */
export const EventCountSchema = z.object({
  workspaceId: z.string(),
  count: z.number().int().min(0),
});
export type EventCountDto = z.infer<typeof EventCountSchema>;
