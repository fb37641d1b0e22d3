/** Error codes used by the simulator; the same strings Office.js reports in `error.code`. */
export type SimErrorCode =
  | "ApiNotFound"
  | "ItemNotFound"
  | "InvalidArgument"
  | "InvalidReference"
  | "GeneralException"
  | "ItemAlreadyExists"
  | "InvalidOperation"
  | "NotImplemented"
  | "RequestPayloadSizeLimitExceeded"
  | "ResponsePayloadSizeLimitExceeded";

export class SimError extends Error {
  constructor(
    public readonly code: SimErrorCode,
    message: string
  ) {
    super(message);
    this.name = "SimError";
  }
}

export function fail(code: SimErrorCode, message: string): never {
  throw new SimError(code, message);
}
