import type { StaticServer } from "./server";

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { __jointPlanServer?: StaticServer }).__jointPlanServer?.close();
}
