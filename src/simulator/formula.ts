// A deliberately small formula evaluator: numbers, strings, booleans, cell and range references
// (optionally sheet-qualified), structured references Table[Column], + - * / ^ & comparisons, and
// SUM MIN MAX AVERAGE COUNT ROUND IF IFERROR SUBTOTAL(9/109) DATE HYPERLINK CONCAT.
// Failing formulas give Excel's error values (#DIV/0!, #NAME?, #REF!, #VALUE!). Any other Excel
// function (SUMIFS, ...) is "not evaluated": evaluateFormula returns null and the workbook reports 0
// as the value while keeping the formula text (LibreOffice recalculates saved files).
import { lettersToCol } from "./address";
import EXCEL_FUNCTIONS from "./excel-functions.json";

type V = number | string | boolean;
type Arg = V | V[];

/** An Excel error value; thrown while evaluating and propagated as Excel propagates it. */
export class FormulaError extends Error {
  constructor(readonly value: "#DIV/0!" | "#NAME?" | "#REF!" | "#VALUE!" | "#N/A") {
    super(value);
  }
}

export interface FormulaContext {
  /** A cell's value; throws FormulaError for an error cell or a sheet that does not exist (#REF!). */
  cell(sheet: string | null, r: number, c: number): V;
  /** The body values of a table column; throws FormulaError("#REF!") when the column is gone. */
  tableColumn?(table: string, column: string): V[];
  /** DATE(year, month, day) in the workbook's date system. */
  dateSerial?(year: number, month: number, day: number): number;
}

class Unsupported extends Error {}

/** Excel's worksheet functions: those Excel.Functions exposes (generated) and those it does not. */
const KNOWN_FUNCTIONS = new Set<string>([
  ...EXCEL_FUNCTIONS,
  ...["IFERROR", "IFNA", "INDEX", "INDIRECT", "CONCAT", "XLOOKUP", "XMATCH", "FILTER", "SORT"],
  ...["SORTBY", "UNIQUE", "LET", "LAMBDA", "TEXTJOIN", "IFS", "SWITCH", "MAXIFS", "MINIFS"],
  ...["OFFSET", "ROW", "COLUMN", "SEQUENCE", "CELL", "INFO", "GETPIVOTDATA", "SUMPRODUCT"],
  ...["SEARCH", "TEXTSPLIT", "TAKE", "DROP", "VSTACK", "HSTACK", "CHOOSECOLS", "CHOOSEROWS"],
  ...["TOCOL", "TOROW", "RANDARRAY", "MAP", "REDUCE", "SCAN", "BYROW", "BYCOL", "IMAGE"],
]);

const TOKEN_RE =
  /\s*(?:(\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+)|("(?:[^"]|"")*")|((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![A-Za-z0-9_([])|([A-Za-z_][A-Za-z0-9_.]*)\[([^\]]*)\]|(#(?:REF!|DIV\/0!|NAME\?|VALUE!|N\/A))|([A-Za-z_][A-Za-z0-9_.]*)|(<=|>=|<>|[-+*/^&=<>(),:]))/y;

interface Tok {
  kind: "num" | "str" | "ref" | "table" | "error" | "name" | "op";
  text: string;
  sheet?: string | null;
  column?: string;
}

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  TOKEN_RE.lastIndex = 0;
  let pos = 0;
  while (pos < src.length) {
    if (/^\s*$/.test(src.slice(pos))) break;
    TOKEN_RE.lastIndex = pos;
    const m = TOKEN_RE.exec(src);
    if (!m) throw new Unsupported(src.slice(pos));
    pos = TOKEN_RE.lastIndex;
    if (m[1] !== undefined) out.push({ kind: "num", text: m[1] });
    else if (m[2] !== undefined)
      out.push({ kind: "str", text: m[2].slice(1, -1).replace(/""/g, '"') });
    else if (m[4] !== undefined) {
      let sheet: string | null = null;
      if (m[3]) {
        sheet = m[3].slice(0, -1);
        if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
      }
      out.push({ kind: "ref", text: m[4], sheet });
    } else if (m[5] !== undefined) out.push({ kind: "table", text: m[5], column: m[6] });
    else if (m[7] !== undefined) out.push({ kind: "error", text: m[7] });
    else if (m[8] !== undefined) out.push({ kind: "name", text: m[8] });
    else out.push({ kind: "op", text: m[9] });
  }
  return out;
}

export function evaluateFormula(formula: string, ctx: FormulaContext): V | FormulaError | null {
  try {
    const toks = tokenize(formula.replace(/^=/, ""));
    let i = 0;
    const peek = () => toks[i];
    const take = (text?: string) => {
      const t = toks[i++];
      if (!t || (text !== undefined && t.text !== text)) throw new Unsupported("syntax");
      return t;
    };
    const num = (a: Arg): number => {
      const v = scalar(a);
      if (typeof v === "number") return v;
      if (typeof v === "boolean") return v ? 1 : 0;
      if (v === "") return 0;
      const n = Number(v);
      if (Number.isNaN(n)) throw new FormulaError("#VALUE!");
      return n;
    };
    const scalar = (v: Arg): V => {
      if (!Array.isArray(v)) return v;
      if (v.length !== 1) throw new Unsupported("range in scalar context");
      return v[0];
    };
    const ref = (t: Tok): Arg => {
      const [a, b] = t.text.replace(/\$/g, "").split(":");
      const pa = /^([A-Za-z]+)(\d+)$/.exec(a)!;
      const pb = /^([A-Za-z]+)(\d+)$/.exec(b ?? a)!;
      const r0 = Math.min(+pa[2], +pb[2]) - 1;
      const r1 = Math.max(+pa[2], +pb[2]) - 1;
      const c0 = Math.min(lettersToCol(pa[1]), lettersToCol(pb[1]));
      const c1 = Math.max(lettersToCol(pa[1]), lettersToCol(pb[1]));
      // A reference is a (one-cell) range: SUM(A1) ignores text in A1 as Excel does, A1+1 does not.
      if (b === undefined) return [ctx.cell(t.sheet ?? null, r0, c0)];
      if ((r1 - r0 + 1) * (c1 - c0 + 1) > 100000) throw new Unsupported("range too large");
      const vals: V[] = [];
      for (let r = r0; r <= r1; r++)
        for (let c = c0; c <= c1; c++) vals.push(ctx.cell(t.sheet ?? null, r, c));
      return vals;
    };
    const flat = (args: Arg[]) =>
      args.flatMap((a) => (Array.isArray(a) ? a.filter((x) => typeof x === "number") : [a]));
    const call = (name: string, args: Arg[]): V => {
      switch (name.toUpperCase()) {
        case "SUM":
          return flat(args).reduce<number>((s, v) => s + num(v), 0);
        case "MIN": {
          const xs = flat(args).map(num);
          return xs.length ? Math.min(...xs) : 0;
        }
        case "MAX": {
          const xs = flat(args).map(num);
          return xs.length ? Math.max(...xs) : 0;
        }
        case "AVERAGE": {
          const xs = flat(args).map(num);
          if (!xs.length) throw new FormulaError("#DIV/0!");
          return xs.reduce((s, v) => s + v, 0) / xs.length;
        }
        case "COUNT":
          return args
            .flatMap((a) => (Array.isArray(a) ? a : [a]))
            .filter((v) => typeof v === "number").length;
        case "ROUND": {
          const f = Math.pow(10, num(args[1] ?? 0));
          return Math.round(num(args[0]) * f) / f;
        }
        case "IF":
          return truthy(scalar(args[0])) ? scalar(args[1] ?? true) : scalar(args[2] ?? false);
        case "DATE": {
          if (!ctx.dateSerial) throw new Unsupported("DATE");
          const [y, m, d] = [0, 1, 2].map((k) => Math.trunc(num(args[k] ?? 0)));
          return ctx.dateSerial(y < 1900 ? y + 1900 : y, m, d);
        }
        case "SUBTOTAL": {
          const fn = num(args[0]);
          if (fn !== 9 && fn !== 109) throw new Unsupported("SUBTOTAL");
          return flat(args.slice(1)).reduce<number>((s, v) => s + num(v), 0);
        }
        case "HYPERLINK":
          return scalar(args[1] ?? args[0]);
        case "CONCAT":
        case "CONCATENATE":
          return args
            .flatMap((a) => (Array.isArray(a) ? a : [a]))
            .map(String)
            .join("");
        case "TRUE":
          return true;
        case "FALSE":
          return false;
        default:
          // A function Excel does not have is #NAME?; one it has that is not evaluated here is left alone.
          throw KNOWN_FUNCTIONS.has(name.toUpperCase())
            ? new Unsupported(name)
            : new FormulaError("#NAME?");
      }
    };
    /** IFERROR evaluates its first argument on its own: an error there gives the second. */
    const skipArgument = () => {
      let depth = 0;
      while (i < toks.length) {
        const t = toks[i];
        if (depth === 0 && (t.text === "," || t.text === ")")) return;
        if (t.text === "(") depth++;
        if (t.text === ")") depth--;
        i++;
      }
    };
    const truthy = (v: V) =>
      typeof v === "string" ? v !== "" && v.toUpperCase() !== "FALSE" : Boolean(v);

    const primary = (): Arg => {
      const t = take();
      if (t.kind === "num") return Number(t.text);
      if (t.kind === "str") return t.text;
      if (t.kind === "ref") return ref(t);
      if (t.kind === "error") throw new FormulaError(t.text as FormulaError["value"]);
      if (t.kind === "table") {
        if (!ctx.tableColumn) throw new Unsupported("structured reference");
        return ctx.tableColumn(t.text, t.column ?? "");
      }
      if (t.kind === "name") {
        if (peek()?.text === "(" && /^IFERROR$/i.test(t.text)) {
          take("(");
          const start = i;
          let first: Arg;
          try {
            first = expr(0);
          } catch (e) {
            if (!(e instanceof FormulaError)) throw e;
            i = start;
            skipArgument();
            take(",");
            const fallback = expr(0);
            take(")");
            return fallback;
          }
          take(",");
          skipArgument();
          take(")");
          return first;
        }
        if (peek()?.text === "(") {
          take("(");
          const args: Arg[] = [];
          if (peek()?.text !== ")") {
            args.push(expr(0));
            while (peek()?.text === ",") {
              take(",");
              args.push(expr(0));
            }
          }
          take(")");
          return call(t.text, args);
        }
        if (/^true$/i.test(t.text)) return true;
        if (/^false$/i.test(t.text)) return false;
        throw new FormulaError("#NAME?");
      }
      if (t.text === "(") {
        const v = expr(0);
        take(")");
        return v;
      }
      if (t.text === "-") return -num(expr(7));
      if (t.text === "+") return expr(7);
      throw new Unsupported(t.text);
    };
    const PREC: Record<string, number> = {
      "=": 1,
      "<>": 1,
      "<": 1,
      ">": 1,
      "<=": 1,
      ">=": 1,
      "&": 2,
      "+": 3,
      "-": 3,
      "*": 4,
      "/": 4,
      "^": 5,
    };
    const expr = (min: number): Arg => {
      let left = primary();
      for (;;) {
        const t = peek();
        if (
          !t ||
          t.kind !== "op" ||
          PREC[t.text] === undefined ||
          PREC[t.text] <= min - 1 ||
          PREC[t.text] < min
        )
          break;
        take();
        const p = PREC[t.text];
        const right = expr(t.text === "^" ? p : p + 1);
        left = binary(t.text, left, right);
      }
      return left;
    };
    const binary = (op: string, a: Arg, b: Arg): V => {
      switch (op) {
        case "+":
          return num(a) + num(b);
        case "-":
          return num(a) - num(b);
        case "*":
          return num(a) * num(b);
        case "/": {
          const d = num(b);
          if (d === 0) throw new FormulaError("#DIV/0!");
          return num(a) / d;
        }
        case "^":
          return Math.pow(num(a), num(b));
        case "&":
          return String(scalar(a)) + String(scalar(b));
        default: {
          const x = scalar(a);
          const y = scalar(b);
          const cmp =
            typeof x === "number" && typeof y === "number"
              ? x - y
              : String(x).localeCompare(String(y));
          return op === "="
            ? cmp === 0
            : op === "<>"
              ? cmp !== 0
              : op === "<"
                ? cmp < 0
                : op === ">"
                  ? cmp > 0
                  : op === "<="
                    ? cmp <= 0
                    : cmp >= 0;
        }
      }
    };
    const v = expr(0);
    if (i !== toks.length) throw new Unsupported("trailing");
    return scalar(v);
  } catch (e) {
    if (e instanceof Unsupported) return null;
    if (e instanceof FormulaError) return e;
    throw e;
  }
}
