/**
 * The layering rule of docs/architecture.md, checked on the source: each layer
 * imports only the one below it, and only the workbook layer calls Office.js.
 */
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative, resolve, sep } from "path";
import ts from "typescript";

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

/** The globals Office.js defines: a value use of one is talking to Office. */
const OFFICE_GLOBALS = ["Office", "Excel", "OfficeExtension"];

/**
 * Each use of one of the `globals` in `source` ("Office.onReady", "Excel.run"):
 * property reads on the global itself. A type such as `Excel.Worksheet` is a
 * qualified name, not a property read: it counts only with `types`. Comments
 * and strings never count.
 */
function globalUses(source: string, globals: readonly string[], types = false): string[] {
  const file = ts.createSourceFile("file.tsx", source, ts.ScriptTarget.Latest, false);
  const uses: string[] = [];
  const visit = (node: ts.Node) => {
    if (
      (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) &&
      ts.isIdentifier(node.expression) &&
      globals.includes(node.expression.text)
    ) {
      const member = ts.isPropertyAccessExpression(node)
        ? node.name.text
        : node.argumentExpression.getText(file);
      uses.push(`${node.expression.text}.${member}`);
    }
    if (
      types &&
      ts.isQualifiedName(node) &&
      ts.isIdentifier(node.left) &&
      globals.includes(node.left.text)
    )
      uses.push(`${node.left.text}.${node.right.text}`);
    ts.forEachChild(node, visit);
  };
  visit(file);
  return uses;
}

const officeUses = (source: string) => globalUses(source, OFFICE_GLOBALS);

/** Hosts beside the layers: they stand in for Office (the simulator) or run it (the preview). */
const HOSTS = ["simulator", "preview"];

/** Entry points Office loads: they wait for Office.onReady before handing over to the layers. */
const ENTRY_POINT_USES: Record<string, string[]> = {
  [join("taskpane", "index.tsx")]: ["Office.onReady"],
  [join("taskpane", "meeting.tsx")]: ["Office.onReady"],
  [join("commands", "commands.ts")]: ["Office.onReady"],
};

describe("architecture: each layer imports only the one below it", () => {
  test("src/domain is pure: it imports only zod", () => {
    expect(outside("domain", ["package:zod"])).toEqual([]);
  });

  test("src/domain uses no Office, DOM or host globals", () => {
    const globals = [...OFFICE_GLOBALS, "window", "document", "localStorage"];
    const offenders = files(join(src, "domain")).filter(
      (f) => globalUses(readFileSync(f, "utf8"), globals, true).length > 0
    );
    expect(offenders.map((f) => relative(src, f))).toEqual([]);
  });

  test("src/workbook imports only src/domain", () => {
    expect(outside("workbook", ["domain"])).toEqual([]);
  });

  // zod is allowed: it is a library, not a layer, and the project's one validation library (the
  // door form builds its schema around the checker's own reader; docs/decisions.md).
  test("src/taskpane imports only src/workbook (and React, Fluent UI, papaparse, zod)", () => {
    expect(
      outside("taskpane", [
        "workbook",
        "package:react",
        "package:react-dom",
        "package:@fluentui",
        "package:papaparse",
        "package:zod",
      ])
    ).toEqual([]);
  });

  test("no component calls Excel.run: only src/workbook talks to Office.js", () => {
    const offenders = [...files(join(src, "taskpane")), ...files(join(src, "domain"))].filter((f) =>
      /Excel\.run|context\.sync\(|\.RequestContext/.test(code(f))
    );
    expect(offenders.map((f) => relative(src, f))).toEqual([]);
  });

  test("no Office.js global (Office., Excel., OfficeExtension.) is used as a value outside src/workbook", () => {
    const offenders = readdirSync(src)
      .filter((area) => area !== "workbook" && !HOSTS.includes(area))
      .flatMap((area) => files(join(src, area)))
      .map((file) => relative(src, file))
      .flatMap((file) => {
        const allowed = ENTRY_POINT_USES[file] ?? [];
        return officeUses(readFileSync(join(src, file), "utf8"))
          .filter((use) => !allowed.includes(use))
          .map((use) => `${file}: ${use}`);
      });
    expect(offenders).toEqual([]);
  });

  test("the Office.js check sees value uses, and only those (so it can fail, without false alarms)", () => {
    expect(
      officeUses(`
        // Office.context in a comment, and "Excel.run" in a string, do not count.
        let sheet: Excel.Worksheet | undefined;
        type Ctx = typeof Excel.RequestContext;
        const dark = Office.context.officeTheme;
        Excel.run(async (context: Excel.RequestContext) => context.sync());
        const errors = OfficeExtension["Error"];
        window.Office; // a property of another object
      `)
    ).toEqual(["Office.context", "Excel.run", 'OfficeExtension."Error"']);
    // The domain may not even name Office's types.
    expect(globalUses("let sheet: Excel.Worksheet;", OFFICE_GLOBALS, true)).toEqual([
      "Excel.Worksheet",
    ]);
    // The entry points really use what they are allowed to, and the layers' files are seen.
    expect(officeUses(readFileSync(join(src, "taskpane", "index.tsx"), "utf8"))).toEqual([
      "Office.onReady",
    ]);
    expect(
      officeUses(readFileSync(join(src, "workbook", "host.ts"), "utf8")).length
    ).toBeGreaterThan(0);
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
