/**
 * The event store port, re-exported for this folder: every file here imports the port from this
 * one place. Type-only: it erases at run time.
 */
export type { AppendResult, CampaignFields, EventQuery, EventStore, MessageType, Person, StoredEvent } from '@marketops/core';
