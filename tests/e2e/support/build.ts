/**
 * Builds the production app for the e2e tests and benchmarks when it is missing or older than its
 * sources. It goes to test-results/dist (git-ignored), not dist/: in a checkout where others run
 * `npm run build:dev` or `npm run build`, a shared dist/ could change under a running test.
 * It is a release build for RELEASE_URL, as a team deploying Joint Plan makes one, so that
 * tests/e2e/deploy.e2e.ts checks that build instead of making a second one.
 */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "fs";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "../../..");
export const DIST = process.env.JOINT_PLAN_E2E_DIST
  ? path.resolve(process.env.JOINT_PLAN_E2E_DIST)
  : path.join(ROOT, "test-results", "dist");

/** The JOINT_PLAN_URL of that build, given without its trailing slash (the build adds it). */
export const RELEASE_URL = "https://plans.example.org/joint-plan";

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(full) : statSync(full).mtimeMs);
  }
  return latest;
}

/** Whether dist/ holds a production build at least as new as everything it is built from. */
export function buildIsFresh(): boolean {
  // webpack leaves unchanged files untouched, so the build's own time is kept in a stamp file.
  const marker = path.join(DIST, ".built");
  if (!existsSync(marker) || !existsSync(path.join(DIST, "preview.html"))) return false;
  // A development build names its bundles without hashes.
  if (existsSync(path.join(DIST, "taskpane.js"))) return false;
  if (!readFileSync(marker, "utf8").endsWith(` for ${RELEASE_URL}`)) return false;
  const sources = Math.max(
    newest(path.join(ROOT, "src")),
    newest(path.join(ROOT, "assets")),
    newest(path.join(ROOT, "scripts")),
    ...[
      "bench/generate.ts",
      "webpack.config.js",
      "manifest.xml",
      "package.json",
      "package-lock.json",
    ].map((file) => statSync(path.join(ROOT, file)).mtimeMs)
  );
  return statSync(marker).mtimeMs >= sources;
}

export function ensureBuild(log: (line: string) => void = () => {}): void {
  if (process.env.JOINT_PLAN_SKIP_BUILD === "1" || buildIsFresh()) return;
  log(`Building the production app into ${path.relative(ROOT, DIST)}…`);
  execFileSync(process.execPath, productionBuild(DIST), {
    cwd: ROOT,
    env: { ...process.env, JOINT_PLAN_URL: RELEASE_URL },
    stdio: ["ignore", "ignore", "inherit"],
  });
  writeFileSync(path.join(DIST, ".built"), `${new Date().toISOString()} for ${RELEASE_URL}`);
}

/** `webpack --mode production` into `outDir`, as node's arguments. */
function productionBuild(outDir: string): string[] {
  const cli = require.resolve("webpack-cli/bin/cli.js");
  return [cli, "--mode", "production", "--env", `outDir=${outDir}`];
}

/** `JOINT_PLAN_URL=<url> npm run build`, into `outDir`: webpack's exit code and everything it printed. */
export function buildRelease(url: string, outDir: string): { code: number; output: string } {
  const run = spawnSync(process.execPath, productionBuild(outDir), {
    cwd: ROOT,
    env: { ...process.env, JOINT_PLAN_URL: url },
    encoding: "utf8",
  });
  if (run.error) throw run.error;
  return { code: run.status ?? -1, output: `${run.stdout}${run.stderr}` };
}
