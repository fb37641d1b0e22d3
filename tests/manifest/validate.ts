/** Validates a manifest offline against Microsoft's schema, kept in tests/manifest/schemas. */
import { spawnSync } from "child_process";
import { join } from "path";

export const SCHEMA = join(__dirname, "schemas", "OfficeAppManifestV1_1.xsd");

/** Runs xmllint against the schema; returns its exit code and output. */
export function validateManifest(path: string): { code: number; output: string } {
  const run = spawnSync("xmllint", ["--noout", "--schema", SCHEMA, path], { encoding: "utf8" });
  if (run.error) throw run.error; // xmllint missing: fail loudly rather than pass
  return { code: run.status ?? -1, output: `${run.stdout}${run.stderr}` };
}
