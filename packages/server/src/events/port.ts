/**
 * The event store port, re-exported for this folder.
 *
 * Why a local re-export: `@marketops/core` does not export `events/model` from its index yet, and
 * this work may not touch core. Every file here imports the port from this one place, so the day
 * core exports it this file becomes `export type { ... } from '@marketops/core'` and nothing else
 * changes. Type-only: it erases at run time.
 */
export type {
  AppendResult,
  CampaignFields,
  EventQuery,
  EventStore,
  MessageType,
  StoredEvent,
} from '../../../core/src/events/model';
