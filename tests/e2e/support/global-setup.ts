/** Builds the production app if needed and serves dist/ for the whole e2e run. */
import { DIST, ensureBuild } from "./build";
import { serveStatic, type StaticServer } from "./server";

export default async function globalSetup(): Promise<void> {
  ensureBuild((line) => process.stdout.write(`\n${line}\n`));
  const server = await serveStatic(DIST);
  (globalThis as { __jointPlanServer?: StaticServer }).__jointPlanServer = server;
  process.env.JOINT_PLAN_E2E_URL = server.url;
}
