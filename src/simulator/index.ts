// Environment-neutral entry point (safe for the browser bundle). Node-only loading lives in ./host.
export * from "./address";
export * from "./errors";
export * from "./workbook";
export {
  executeRequest,
  executeRequestBody,
  PAYLOAD_LIMIT_BYTES,
  ActionType,
  ObjectPathType,
} from "./server";
export type { RichApiRequest, RichApiResponse, ExecuteOptions, ExecuteResult } from "./server";
export * from "./client";
export * from "./person";
export * from "./excel-host";
export { CoauthoringSession } from "./coauthoring";
export type { DeliverOptions } from "./coauthoring";
export * from "./profile";
export * from "./dates";
