// Generates src/simulator/server/api-sets.json: the ExcelApi requirement set of each Excel class
// member, read from the "[Api set: ExcelApi x.y]" annotations of @types/office-js (never typed by hand).
// Members of ExcelApi 1.1 (every Excel has them) and members without an ExcelApi x.y annotation
// (preview, online-only or internal ones) are left out.
//   node scripts/api-sets.mjs           writes the table
//   node scripts/api-sets.mjs --stdout  prints it (the unit test compares it with the checked-in file)
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(root, "src/simulator/server/api-sets.json");
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

export function generate() {
  const source = ts.createSourceFile(DTS, readFileSync(DTS, "utf8"), ts.ScriptTarget.Latest, true);
  const table = {};
  const visitNamespace = (ns) => {
    if (!ns.body || !ts.isModuleBlock(ns.body)) return;
    for (const st of ns.body.statements) {
      if (!ts.isClassDeclaration(st) || !st.name) continue;
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
  };
  source.forEachChild((node) => {
    if (ts.isModuleDeclaration(node) && node.name.text === "Excel") visitNamespace(node);
  });
  const sorted = {};
  for (const cls of Object.keys(table).sort()) {
    sorted[cls] = {};
    for (const m of Object.keys(table[cls]).sort()) sorted[cls][m] = table[cls][m];
  }
  return JSON.stringify(sorted, null, 2) + "\n";
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const text = generate();
  if (process.argv.includes("--stdout")) process.stdout.write(text);
  else writeFileSync(OUT, text);
}
