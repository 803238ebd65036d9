// The core's types that the React entry's public signatures use (a host imports them from
// `faceid-guidance` without reaching into `faceid-guidance/core`).
export type { Audience, EntryId, Kind, Service, Tip } from '../core/catalogue';
export type { CodeDescription, MessageKeys, RetryPolicy } from '../core/describe';
export type {
  DeveloperKey,
  FaceIdKey,
  FaceIdPartName,
  FaceIdUiKey,
  MessageKey,
  TipKey,
} from '../core/keys';
