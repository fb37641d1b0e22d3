// Request execution: resolves object paths, runs actions in order, and answers { Results } or { Error }.
import { fail, SimError } from "../errors";
import type { HostProfile } from "../profile";
import { Workbook } from "../workbook";
import { NullObj, Obj } from "./objects";
import {
  ActionType,
  ArgumentInfo,
  ObjectPathType,
  PAYLOAD_LIMIT_BYTES,
  RichApiRequest,
  RichApiResponse,
} from "./protocol";
import { member, pascal, serialize } from "./serialize";
import { WorkbookObj } from "./workbook";

export interface ExecuteOptions {
  /** Client id that made the request (recorded as the origin of its changes). */
  clientId: string;
  payloadLimitBytes?: number;
  /** Which Excel answers (requirement set, table auto-expansion). Default: the newest. */
  profile?: HostProfile;
  /** Reference ids handed to this client (objects without an Id, e.g. ranges, used across syncs). */
  references?: ReferenceTable;
}

/** Objects handed out by `_ReferenceId`, so that a Range loaded in one sync can be used in the next. */
export class ReferenceTable {
  private next = 1;
  private readonly map = new Map<string, unknown>();
  add(obj: unknown): string {
    const id = `ref${this.next++}`;
    this.map.set(id, obj);
    return id;
  }
  get(id: string): unknown {
    return this.map.get(id);
  }
  remove(id: string): void {
    this.map.delete(id);
  }
  get size(): number {
    return this.map.size;
  }
}

export interface ExecuteResult {
  response: RichApiResponse;
  /** Serialized response body (what goes over the wire). */
  body: string;
}

/** Execute one serialized RichApi request body and return the serialized response body. */
export function executeRequestBody(
  wb: Workbook,
  requestBody: string,
  options: ExecuteOptions
): ExecuteResult {
  const limit = options.payloadLimitBytes ?? PAYLOAD_LIMIT_BYTES;
  const requestBytes = utf8Length(requestBody);
  if (requestBytes > limit) {
    const response = errorResponse(
      "RequestPayloadSizeLimitExceeded",
      `The request payload (${requestBytes} bytes) exceeds the limit of ${limit} bytes.`,
      413
    );
    return { response, body: JSON.stringify(response) };
  }
  const request = JSON.parse(requestBody) as RichApiRequest;
  const response = wb.withOrigin(
    options.clientId,
    () => executeRequest(wb, request, options.references),
    options.profile
  );
  let body = JSON.stringify(response);
  const responseBytes = utf8Length(body);
  if (responseBytes > limit) {
    const err = errorResponse(
      "ResponsePayloadSizeLimitExceeded",
      `The response payload (${responseBytes} bytes) exceeds the limit of ${limit} bytes.`,
      413
    );
    body = JSON.stringify(err);
    return { response: err, body };
  }
  return { response, body };
}

function errorResponse(
  code: string,
  message: string,
  status = 400,
  actionIndex?: number
): RichApiResponse {
  const Error: RichApiResponse["Error"] = { Code: code, Message: message, HttpStatusCode: status };
  if (actionIndex !== undefined) Error.ActionIndex = actionIndex;
  return { Error };
}

export function utf8Length(s: string): number {
  // Up to the first non-ASCII character, a byte per character: a (native) search finds it, so a
  // large ASCII answer is not walked character by character in script.
  const first = s.search(/[\u0080-\uffff]/);
  if (first < 0) return s.length;
  let n = first;
  for (let i = first; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** Execute a parsed RichApi request. Actions run in order; the first failure stops the batch (earlier effects stay, as in Excel). */
export function executeRequest(
  wb: Workbook,
  request: RichApiRequest,
  references: ReferenceTable = new ReferenceTable()
): RichApiResponse {
  const paths = request.ObjectPaths ?? {};
  const resolved = new Map<number, Obj>();
  const root = new WorkbookObj(wb);

  const resolveArgs = (info: ArgumentInfo | undefined): unknown[] => {
    const args = [...(info?.Arguments ?? [])];
    const refs = info?.ReferencedObjectPathIds;
    if (refs) refs.forEach((id, i) => id && (args[i] = resolvePath(id)));
    return args;
  };

  const asObj = (v: unknown): Obj =>
    v === null || v === undefined
      ? new NullObj(wb)
      : v instanceof Obj
        ? v
        : fail("InvalidArgument", "Expected an object.");

  const resolvePath = (id: number): Obj => {
    const cached = resolved.get(id);
    if (cached) return cached;
    const info = paths[String(id)];
    if (!info) fail("InvalidArgument", `Unknown object path ${id}.`);
    let obj: Obj;
    switch (info.ObjectPathType) {
      case ObjectPathType.GlobalObject:
        obj = root;
        break;
      case ObjectPathType.NullObject:
        obj = new NullObj(wb);
        break;
      case ObjectPathType.Property: {
        const parent = resolvePath(info.ParentObjectPathId!);
        obj = parent instanceof NullObj ? parent : member(parent, info.Name).nav(info.Name);
        break;
      }
      case ObjectPathType.Indexer: {
        const parent = resolvePath(info.ParentObjectPathId!);
        obj = parent instanceof NullObj ? parent : parent.index(resolveArgs(info.ArgumentInfo));
        break;
      }
      case ObjectPathType.Method: {
        const parent = resolvePath(info.ParentObjectPathId!);
        obj =
          parent instanceof NullObj
            ? parent
            : asObj(member(parent, info.Name).call(info.Name, resolveArgs(info.ArgumentInfo)));
        break;
      }
      case ObjectPathType.ReferenceId: {
        const ref = references.get(info.Name);
        if (!(ref instanceof Obj))
          fail("InvalidReference", `The reference '${info.Name}' is not valid for this client.`);
        obj = ref;
        break;
      }
      default:
        return fail(
          "NotImplemented",
          `Object path type ${info.ObjectPathType} is not implemented.`
        );
    }
    resolved.set(id, obj);
    return obj;
  };

  const results: { ActionId: number; Value: unknown }[] = [];
  for (let ai = 0; ai < request.Actions.length; ai++) {
    const action = request.Actions[ai];
    try {
      const target = resolvePath(action.ObjectPathId);
      switch (action.ActionType) {
        case ActionType.Instantiate: {
          if (target instanceof NullObj) {
            results.push({ ActionId: action.Id, Value: null });
            break;
          }
          const id = target.id();
          const pathType = paths[String(action.ObjectPathId)]?.ObjectPathType;
          let value: Record<string, unknown> = {};
          if (id !== undefined) value = { Id: id };
          else if (pathType === ObjectPathType.Method)
            value = { _ReferenceId: references.add(target) };
          results.push({ ActionId: action.Id, Value: value });
          break;
        }
        case ActionType.Query:
        case ActionType.QueryAsJson: {
          const q = action.QueryInfo ?? {};
          results.push({ ActionId: action.Id, Value: serialize(target, q.Select, q.Top, q.Skip) });
          break;
        }
        case ActionType.SetProperty: {
          if (target instanceof NullObj) break;
          const [value] = resolveArgs(action.ArgumentInfo);
          member(target, action.Name).set(action.Name, value);
          break;
        }
        case ActionType.Method: {
          if (target instanceof NullObj) {
            results.push({ ActionId: action.Id, Value: null });
            break;
          }
          if (action.Name === "_KeepReference") {
            results.push({ ActionId: action.Id, Value: null });
            break;
          }
          if (action.Name === "_RemoveReference") {
            const arg = resolveArgs(action.ArgumentInfo)[0];
            for (const refId of Array.isArray(arg) ? arg : [arg]) references.remove(String(refId));
            results.push({ ActionId: action.Id, Value: null });
            break;
          }
          const v = member(target, action.Name).call(action.Name, resolveArgs(action.ArgumentInfo));
          results.push({
            ActionId: action.Id,
            Value: v instanceof Obj ? serialize(v, []) : v === undefined ? null : v,
          });
          break;
        }
        case ActionType.Update: {
          if (target instanceof NullObj) break;
          applyUpdate(target, action.ObjectState ?? {});
          break;
        }
        case ActionType.Trace:
          results.push({ ActionId: action.Id, Value: null });
          break;
        default:
          fail("NotImplemented", `Action type ${action.ActionType} is not implemented.`);
      }
    } catch (e) {
      if (e instanceof SimError) {
        return {
          Results: results,
          Error: {
            Code: e.code,
            Message: e.message,
            HttpStatusCode: 400,
            ActionIndex: ai,
            Location: "",
          },
        };
      }
      const msg = e instanceof Error ? e.message : String(e);
      return {
        Results: results,
        Error: { Code: "GeneralException", Message: msg, HttpStatusCode: 500, ActionIndex: ai },
      };
    }
  }
  return { Results: results };
}

/** ActionType 9 ("update", used by `obj.set({...})` when the runtime supports it). */
function applyUpdate(obj: Obj, state: Record<string, unknown>): void {
  for (const [k, v] of Object.entries(state)) {
    const name = pascal(k);
    if (v !== null && typeof v === "object" && !Array.isArray(v) && !["Rule"].includes(name))
      applyUpdate(member(obj, name).nav(name), v as Record<string, unknown>);
    else member(obj, name).set(name, v);
  }
}
