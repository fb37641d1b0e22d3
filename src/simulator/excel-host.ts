// The workbook layer's ExcelHost over a simulated client: what the preview and the workbook tests run on.
import type { ExcelHost } from "../workbook/host";
import type { SimClient } from "./client";

/** The ExcelHost of one simulated client; `afterRun` is told after every batch (e.g. to redraw a grid). */
export function simHost(client: SimClient, afterRun: () => void = () => {}): ExcelHost {
  return {
    run: async (batch) => {
      try {
        return await client.run(batch);
      } finally {
        afterRun();
      }
    },
    subscribe: async (listener) => {
      const stop = await client.onChange((event) => listener({ source: event.source }));
      return async () => stop();
    },
    isSetSupported: (name, version) => client.isSetSupported(name, version),
  };
}
