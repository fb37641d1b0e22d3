// A deliberately small formula evaluator: numbers, strings, booleans, cell and range references
// (optionally sheet-qualified), + - * / ^ & comparisons, and SUM MIN MAX AVERAGE COUNT ROUND IF HYPERLINK CONCAT.
// Anything else (structured references, SUMIFS, ...) is "not evaluated": evaluateFormula returns null and
// the workbook reports 0 as the value while keeping the formula text (LibreOffice recalculates saved files).
import { lettersToCol } from "./address";

type V = number | string | boolean;
type Arg = V | V[];

export interface FormulaContext {
  cell(sheet: string | null, r: number, c: number): V;
}

class Unsupported extends Error {}

const TOKEN_RE =
  /\s*(?:(\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+)|("(?:[^"]|"")*")|((?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?)(?![A-Za-z0-9_([])|([A-Za-z_][A-Za-z0-9_.]*)|(<=|>=|<>|[-+*/^&=<>(),:]))/y;

interface Tok {
  kind: "num" | "str" | "ref" | "name" | "op";
  text: string;
  sheet?: string | null;
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
    } else if (m[5] !== undefined) out.push({ kind: "name", text: m[5] });
    else out.push({ kind: "op", text: m[6] });
  }
  return out;
}

export function evaluateFormula(formula: string, ctx: FormulaContext): V | null {
  try {
    const toks = tokenize(formula.replace(/^=/, ""));
    let i = 0;
    const peek = () => toks[i];
    const take = (text?: string) => {
      const t = toks[i++];
      if (!t || (text !== undefined && t.text !== text)) throw new Unsupported("syntax");
      return t;
    };
    const num = (v: Arg): number => {
      if (Array.isArray(v)) throw new Unsupported("range in scalar context");
      if (typeof v === "number") return v;
      if (typeof v === "boolean") return v ? 1 : 0;
      if (v === "") return 0;
      const n = Number(v);
      if (Number.isNaN(n)) throw new Unsupported("#VALUE!");
      return n;
    };
    const scalar = (v: Arg): V => {
      if (Array.isArray(v)) throw new Unsupported("range in scalar context");
      return v;
    };
    const ref = (t: Tok): Arg => {
      const [a, b] = t.text.replace(/\$/g, "").split(":");
      const pa = /^([A-Za-z]+)(\d+)$/.exec(a)!;
      const pb = /^([A-Za-z]+)(\d+)$/.exec(b ?? a)!;
      const r0 = Math.min(+pa[2], +pb[2]) - 1;
      const r1 = Math.max(+pa[2], +pb[2]) - 1;
      const c0 = Math.min(lettersToCol(pa[1]), lettersToCol(pb[1]));
      const c1 = Math.max(lettersToCol(pa[1]), lettersToCol(pb[1]));
      if (b === undefined) return ctx.cell(t.sheet ?? null, r0, c0);
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
          if (!xs.length) throw new Unsupported("#DIV/0!");
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
          throw new Unsupported(name);
      }
    };
    const truthy = (v: V) =>
      typeof v === "string" ? v !== "" && v.toUpperCase() !== "FALSE" : Boolean(v);

    const primary = (): Arg => {
      const t = take();
      if (t.kind === "num") return Number(t.text);
      if (t.kind === "str") return t.text;
      if (t.kind === "ref") return ref(t);
      if (t.kind === "name") {
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
        throw new Unsupported(t.text);
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
          if (d === 0) throw new Unsupported("#DIV/0!");
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
    throw e;
  }
}
