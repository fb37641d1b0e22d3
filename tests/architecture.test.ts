/**
 * The layering rule of docs/architecture.md, checked on the source: each layer
 * imports only the one below it, and only the workbook layer calls Office.js.
 */
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative, resolve, sep } from "path";

const src = resolve(__dirname, "../src");

/** A file's code without its comments (a comment may well mention Office.js). */
const code = (file: string) =>
  readFileSync(file, "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:])\/\/.*$/gm, "$1");

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** The folder under src/ a file or import target belongs to. */
const areaOf = (path: string) => relative(src, path).split(sep)[0];

interface Import {
  file: string;
  area: string;
  target: string;
}

function imports(area: string): Import[] {
  return files(join(src, area)).flatMap((file) => {
    const text = readFileSync(file, "utf8");
    return [
      ...text.matchAll(
        /(?:import|export)[^"']*?from\s*["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g
      ),
    ].map((m) => {
      const spec = m[1] ?? m[2];
      const target = spec.startsWith(".") ? areaOf(resolve(file, "..", spec)) : `package:${spec}`;
      return { file: relative(src, file), area, target };
    });
  });
}

const outside = (area: string, allowed: string[]) =>
  imports(area)
    .filter(
      (i) =>
        i.target !== area && !allowed.some((a) => i.target === a || i.target.startsWith(`${a}/`))
    )
    .map((i) => `${i.file} -> ${i.target}`);

describe("architecture: each layer imports only the one below it", () => {
  test("src/domain is pure: it imports only zod", () => {
    expect(outside("domain", ["package:zod"])).toEqual([]);
  });

  test("src/domain uses no Office, DOM or host globals", () => {
    const offenders = files(join(src, "domain")).filter((f) =>
      /\b(Excel|Office|OfficeExtension|window|document|localStorage)\s*\./.test(code(f))
    );
    expect(offenders.map((f) => relative(src, f))).toEqual([]);
  });

  test("src/workbook imports only src/domain", () => {
    expect(outside("workbook", ["domain"])).toEqual([]);
  });

  test("src/taskpane imports only src/workbook (and React, Fluent UI, papaparse)", () => {
    expect(
      outside("taskpane", [
        "workbook",
        "package:react",
        "package:react-dom",
        "package:@fluentui",
        "package:papaparse",
      ])
    ).toEqual([]);
  });

  test("no component calls Excel.run: only src/workbook talks to Office.js", () => {
    const offenders = [...files(join(src, "taskpane")), ...files(join(src, "domain"))].filter((f) =>
      /Excel\.run|context\.sync\(|\.RequestContext/.test(code(f))
    );
    expect(offenders.map((f) => relative(src, f))).toEqual([]);
  });

  test("the simulator is a host, not a layer: no layer imports it", () => {
    const layers = ["domain", "workbook", "taskpane"].flatMap((a) => imports(a));
    expect(layers.filter((i) => i.target === "simulator" || i.target === "preview")).toEqual([]);
  });

  test("the checks above see real imports (so they can fail)", () => {
    expect(imports("taskpane").some((i) => i.target === "workbook")).toBe(true);
    expect(imports("workbook").some((i) => i.target === "domain")).toBe(true);
    expect(imports("preview").some((i) => i.target === "simulator")).toBe(true);
  });
});
