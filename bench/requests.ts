/**
 * What a write costs on the simulated host, request by request: the client's
 * syncs and bytes sent (its own stats), and the largest single request, which
 * Excel on the web refuses past 5 MB.
 */
import type { SimClient } from "../src/simulator/client";
import type { ExcelHost } from "../src/workbook";

export interface RequestMeter {
  /** The host to run the measured work on: every sync it makes is weighed. */
  host: ExcelHost;
  /** Starts a new measure. */
  reset(): void;
  /** Syncs, bytes sent and the largest request since the last reset. */
  read(): { syncs: number; sentBytes: number; largestBytes: number };
}

export function requestMeter(host: ExcelHost, client: SimClient): RequestMeter {
  let largest = 0;
  const measured: ExcelHost = {
    ...host,
    run: (batch) =>
      host.run(async (context) => {
        const sync = context.sync.bind(context);
        context.sync = async <T>(passThrough?: T) => {
          const before = client.stats.requestBytes;
          const result = await sync(passThrough);
          largest = Math.max(largest, client.stats.requestBytes - before);
          return result;
        };
        return batch(context);
      }),
  };
  return {
    host: measured,
    reset: () => {
      client.stats.reset();
      largest = 0;
    },
    read: () => ({
      syncs: client.stats.syncs,
      sentBytes: client.stats.requestBytes,
      largestBytes: largest,
    }),
  };
}

/** Bytes as a person reads them in a report. */
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
