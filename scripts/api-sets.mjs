// Generates, from @types/office-js (never typed by hand):
// - src/simulator/server/api-sets.json: the ExcelApi requirement set of each Excel class member,
//   read from its "[Api set: ExcelApi x.y]" annotation;
// - src/simulator/excel-functions.json: the worksheet functions Excel.Functions exposes (sumIfs ->
//   SUMIFS, t_Dist_2T -> T.DIST.2T), which the simulator's formulas know as Excel's.
// Members of ExcelApi 1.1 (every Excel has them) and members without an ExcelApi x.y annotation
// (preview, online-only or internal ones) are left out.
//   node scripts/api-sets.mjs           writes the table
//   node scripts/api-sets.mjs --stdout  prints the set table, --functions the function names
//                                       (the unit test compares both with the checked-in files)
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(root, "src/simulator/server/api-sets.json");
const FUNCTIONS_OUT = join(root, "src/simulator/excel-functions.json");
const DTS = require.resolve("@types/office-js/index.d.ts");

/** "1.10" sorts after "1.9". */
const compareSets = (a, b) => {
  const [am, an] = a.split(".").map(Number);
  const [bm, bn] = b.split(".").map(Number);
  return am - bm || an - bn;
};

/** The ExcelApi set named in a node's JSDoc, or null. */
function apiSet(node, source) {
  const ranges = ts.getLeadingCommentRanges(source.text, node.pos) ?? [];
  for (const r of ranges) {
    const m = /\[Api set: ExcelApi (\d+\.\d+)\]/.exec(source.text.slice(r.pos, r.end));
    if (m) return m[1];
  }
  return null;
}

const parse = () =>
  ts.createSourceFile(DTS, readFileSync(DTS, "utf8"), ts.ScriptTarget.Latest, true);

/** The classes of `declare namespace Excel`. */
function excelClasses(source) {
  const out = [];
  source.forEachChild((node) => {
    if (!ts.isModuleDeclaration(node) || node.name.text !== "Excel") return;
    if (!node.body || !ts.isModuleBlock(node.body)) return;
    for (const st of node.body.statements) if (ts.isClassDeclaration(st) && st.name) out.push(st);
  });
  return out;
}

/** Worksheet function names, from the methods of Excel.Functions. */
export function generateFunctions(source = parse()) {
  const fns = excelClasses(source).find((c) => c.name.text === "Functions");
  const names = new Set();
  for (const m of fns.members)
    if (ts.isMethodDeclaration(m) && ts.isIdentifier(m.name) && !m.name.text.startsWith("_"))
      names.add(m.name.text.replace(/_/g, ".").toUpperCase());
  return JSON.stringify([...names].sort(), null, 2) + "\n";
}

export function generate(source = parse()) {
  const table = {};
  for (const st of excelClasses(source)) {
    const cls = st.name.text;
    const classSet = apiSet(st, source);
    for (const member of st.members) {
      if (!member.name || !ts.isIdentifier(member.name)) continue;
      const name = member.name.text;
      if (name.startsWith("_") || name === "context") continue;
      const set = apiSet(member, source) ?? classSet;
      if (!set || set === "1.1") continue;
      // Overloads: the member exists from its earliest set.
      const entry = (table[cls] ??= {});
      if (!entry[name] || compareSets(set, entry[name]) < 0) entry[name] = set;
    }
  }
  const sorted = {};
  for (const cls of Object.keys(table).sort()) {
    sorted[cls] = {};
    for (const m of Object.keys(table[cls]).sort()) sorted[cls][m] = table[cls][m];
  }
  return JSON.stringify(sorted, null, 2) + "\n";
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const source = parse();
  const sets = generate(source);
  const functions = generateFunctions(source);
  if (process.argv.includes("--stdout")) process.stdout.write(sets);
  else if (process.argv.includes("--functions")) process.stdout.write(functions);
  else {
    writeFileSync(OUT, sets);
    writeFileSync(FUNCTIONS_OUT, functions);
  }
}
