// Environment-neutral client side of the simulator: routes the Excel JS library's requests to the
// simulated server and exposes a small client interface. Works with the library loaded in Node (vm)
// or in a browser page (<script> of excel-web-16.00.js); only the loading differs (see host.ts).
import { executeRequestBody, PAYLOAD_LIMIT_BYTES, ReferenceTable, utf8Length } from "./server";
import { type HostProfile, isSetSupported } from "./profile";
import type { Workbook, SheetChange } from "./workbook";

/** The pieces of the loaded library the simulator needs (typed loosely: it comes from another realm). */
export interface ExcelApi {
  Excel: typeof Excel;
  OfficeExtension: typeof OfficeExtension;
}

interface RequestInfo {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
}
interface ResponseInfo {
  statusCode: number;
  headers: Record<string, string>;
  body: string;
}
type Handler = (req: RequestInfo, body: string) => ResponseInfo;

const URL_BASE = "https://excel-simulator.invalid/clients/";
const routers = new WeakMap<object, Map<string, Handler>>();

/** Install the simulator's transport into a library instance (idempotent). Returns the route table: client URL -> handler. */
export function installTransport(officeExtension: typeof OfficeExtension): Map<string, Handler> {
  let routes = routers.get(officeExtension);
  if (routes) return routes;
  const table = new Map<string, Handler>();
  routes = table;
  routers.set(officeExtension, table);
  const http = (
    officeExtension as unknown as {
      HttpUtility: {
        setCustomSendRequestFunc(fn: (r: RequestInfo) => Promise<ResponseInfo>): void;
      };
    }
  ).HttpUtility;
  http.setCustomSendRequestFunc((req: RequestInfo) => {
    const base = req.url.replace(/\/ProcessQuery.*$/, "");
    const handler = table.get(base);
    if (!handler) {
      return Promise.resolve({
        statusCode: 404,
        headers: {},
        body: JSON.stringify({
          error: { code: "ItemNotFound", message: `No simulated client at ${base}` },
        }),
      });
    }
    const body = typeof req.body === "string" ? req.body : JSON.stringify(req.body);
    try {
      return Promise.resolve(handler(req, body));
    } catch (e) {
      return Promise.reject(e);
    }
  });
  return table;
}

export type ChangeSource = "Local" | "Remote";

/** What a client's change listener receives (mirrors Excel's WorksheetChangedEventArgs / TableChangedEventArgs). */
export interface SimChangeEvent {
  /** "TableChanged" when the change touches a table, otherwise "WorksheetChanged"; structural changes keep their changeType. */
  type: "WorksheetChanged" | "TableChanged";
  source: ChangeSource;
  worksheet: string;
  worksheetId: string;
  table?: string;
  tableId?: string;
  address: string;
  changeType: SheetChange["changeType"];
  /** Id of the client (or co-author) that made the change. */
  origin: string;
}

export interface SimStats {
  /** Requests sent (one per context.sync(), including Excel.run's final one when it has work). */
  syncs: number;
  /** UTF-8 bytes of serialized request bodies. */
  requestBytes: number;
  /** UTF-8 bytes of serialized response bodies. */
  responseBytes: number;
  reset(): void;
}

export interface SimClient {
  readonly id: string;
  readonly url: string;
  /** Like Excel.run: a fresh RequestContext bound to this client, the batch, then a final sync. */
  run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  readonly stats: SimStats;
  /** Change notifications (Local = made by this client, Remote = anyone else). Resolves to an unsubscribe function. */
  onChange(listener: (event: SimChangeEvent) => void): Promise<() => void>;
  /** Stop routing this client's requests. */
  disconnect(): void;
  /** The Excel this client plays (requirement set, table auto-expansion). */
  readonly profile: HostProfile;
  /** Office.context.requirements.isSetSupported for this client's Excel, e.g. ("ExcelApi", "1.8"). */
  isSetSupported(name: string, version: string): boolean;
  /** Whether this client's Excel has ExcelApi `set`, e.g. supports("1.8"). */
  supports(set: string): boolean;
}

export interface ConnectOptions extends HostProfile {
  id: string;
  payloadLimitBytes?: number;
}

export function connectClientWith(
  api: ExcelApi,
  workbook: Workbook,
  options: ConnectOptions
): SimClient {
  const routes = installTransport(api.OfficeExtension);
  const url = URL_BASE + encodeURIComponent(options.id);
  if (routes.has(url))
    throw new Error(`A simulated client with id '${options.id}' is already connected.`);
  const stats: SimStats = {
    syncs: 0,
    requestBytes: 0,
    responseBytes: 0,
    reset() {
      stats.syncs = 0;
      stats.requestBytes = 0;
      stats.responseBytes = 0;
    },
  };
  const references = new ReferenceTable();
  const profile: HostProfile = {
    requirementSet: options.requirementSet,
    autoExpandTables: options.autoExpandTables,
    strictTableGrowth: options.strictTableGrowth,
  };
  routes.set(url, (_req, body) => {
    stats.syncs++;
    stats.requestBytes += utf8Length(body);
    const result = executeRequestBody(workbook, body, {
      clientId: options.id,
      payloadLimitBytes: options.payloadLimitBytes ?? PAYLOAD_LIMIT_BYTES,
      references,
      profile,
    });
    stats.responseBytes += utf8Length(result.body);
    return { statusCode: 200, headers: { "content-type": "application/json" }, body: result.body };
  });
  return {
    id: options.id,
    url,
    stats,
    profile,
    isSetSupported: (name, version) => isSetSupported(profile, name, version),
    supports: (set) => isSetSupported(profile, "ExcelApi", set),
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      const ctx = new api.Excel.RequestContext(url);
      const result = await batch(ctx);
      await ctx.sync();
      return result;
    },
    onChange(listener) {
      const unsubscribe = workbook.subscribe((change) => {
        const event: SimChangeEvent = {
          type: change.table ? "TableChanged" : "WorksheetChanged",
          source: change.origin === options.id ? "Local" : "Remote",
          worksheet: change.worksheet,
          worksheetId: change.worksheetId,
          address: change.address,
          changeType: change.changeType,
          origin: change.origin,
        };
        if (change.table) {
          event.table = change.table;
          event.tableId = change.tableId;
        }
        // Delivered after the request that caused it has been answered, as Excel does.
        setTimeout(() => listener(event), 0);
      });
      return Promise.resolve(unsubscribe);
    },
    disconnect() {
      routes.delete(url);
    },
  };
}
