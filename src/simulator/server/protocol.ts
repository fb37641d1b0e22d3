// The RichApi wire format the Excel JS library speaks: request/response shapes and its enums.

/** Excel on the web's payload limit for one request and one response: 5 MB, taken as 5 * 1024 * 1024 bytes of UTF-8 JSON. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

// RichApi enums (from the client library): ActionType and ObjectPathType.
export const ActionType = {
  Instantiate: 1,
  Query: 2,
  Method: 3,
  SetProperty: 4,
  Trace: 5,
  EnsureUnchanged: 6,
  QueryAsJson: 7,
  Update: 9,
} as const;
export const ObjectPathType = {
  GlobalObject: 1,
  NewObject: 2,
  Method: 3,
  Property: 4,
  Indexer: 5,
  ReferenceId: 6,
  NullObject: 7,
} as const;

export interface ArgumentInfo {
  Arguments?: unknown[];
  ReferencedObjectPathIds?: number[];
}
export interface ObjectPathInfo {
  Id: number;
  ObjectPathType: number;
  Name: string;
  ParentObjectPathId?: number;
  ArgumentInfo?: ArgumentInfo;
}
export interface ActionInfo {
  Id: number;
  ActionType: number;
  Name: string;
  ObjectPathId: number;
  ArgumentInfo?: ArgumentInfo;
  QueryInfo?: { Select?: string[]; Expand?: string[]; Top?: number; Skip?: number };
  ObjectState?: Record<string, unknown>;
}
export interface RichApiRequest {
  Actions: ActionInfo[];
  ObjectPaths: Record<string, ObjectPathInfo>;
}

export interface RichApiResponse {
  Results?: { ActionId: number; Value: unknown }[];
  Error?: {
    Code: string;
    Message: string;
    HttpStatusCode: number;
    Location?: string;
    ActionIndex?: number;
  };
}
