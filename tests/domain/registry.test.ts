/**
 * The flag registry: each kind registered once, as docs/rules.md describes it,
 * every rule module in it, and the checker raising exactly what the kinds find.
 */
import fc from "fast-check";
import { readdirSync, readFileSync } from "fs";
import { join, resolve } from "path";
import { FLAG_KINDS, checkPlan, flagKind, parsePlan, worstSeverity } from "../../src/domain";
import type { FlagKind, PlanInput, Severity } from "../../src/domain";
import { buildFlagContext } from "../../src/domain/flags";
import { validPlanArb } from "./arbitraries";
import { activity, line, plan } from "./helpers";

const FLAGS_DIR = resolve(__dirname, "../../src/domain/flags");
/** Files of the flags folder that are not a rule. */
const NOT_RULES = ["context.ts", "index.ts", "kind.ts", "words.ts"];

/** The flag table of docs/rules.md §2: [Flag, Severity, Raised when] per row, in order. */
function rulesTable(): string[][] {
  const doc = readFileSync(resolve(__dirname, "../../docs/rules.md"), "utf8");
  const lines = doc.split("\n");
  const header = lines.findIndex((l) => /^\| Flag \| Severity \| Raised when \|$/.test(l.trim()));
  expect(header).toBeGreaterThan(0);
  const rows: string[][] = [];
  for (const l of lines.slice(header + 2)) {
    if (!l.startsWith("|")) break;
    rows.push(
      l
        .split("|")
        .slice(1, -1)
        .map((cell) => cell.trim())
    );
  }
  return rows;
}

/** A plan that raises every kind of flag once or more (moved here from flags.test.ts). */
const EVERY_FLAG = withMeasurement(
  plan({
    settings: { "Annual budget cap": 1 },
    activities: [
      activity("A1", "Media", "Mar", { "Follow-up hours": 99 }),
      activity("S1", "Field sales", "Jun"),
    ],
    budget: [
      line("TV", "Marketing", { Jan: 100 }, { Campaign: "Nothing" }),
      line("Reps", "Sales", { Jan: 10 }),
    ],
    results: [{ Month: "Jan", Channel: "TV", Leads: 1 }],
  })
);

/** EVERY_FLAG's Results rows and baseline for missed-follow-ups, channel-shift and approved-changed. */
function withMeasurement(input: PlanInput): PlanInput {
  return {
    ...input,
    results: [
      ...(input.results ?? []),
      { Month: "Feb", Channel: "Web", Leads: 10, Closed: 0, "Followed up": 1 },
      { Month: "Mar", Channel: "Print", Leads: 10, Closed: 0 },
      { Month: "Apr", Channel: "Print", Leads: 5, Closed: 0 },
      { Month: "Mar", Channel: "Web", Leads: 10, Closed: 0 },
      { Month: "Apr", Channel: "Web", Leads: 15, Closed: 0 },
    ],
    baselines: [
      {
        Baseline: "Approved",
        Saved: "2026-12-01",
        Line: "Gone",
        Team: "Sales",
        Status: "Approved",
        Jan: 5,
      },
    ],
  };
}

/**
 * The demand flags: lead-gap needs a known funnel and funnel-unknown an unknown
 * one, so no single plan raises both; EVERY_FLAG and DEMAND_FLAGS together raise every kind.
 */
const DEMAND_FLAGS = [
  {
    ...plan({
      settings: { "Average deal size": 100, "Lead-to-close rate": 0.1 },
      lanes: [
        { Lane: "Media", Side: "Marketing" },
        { Lane: "Field sales", Side: "Sales", Capacity: 1 },
      ],
      activities: [
        activity("D1", "Media", "Apr", { "Expected leads": 5, Door: "Web" }),
        activity("D2", "Media", "Apr", { "Expected leads": 5 }),
      ],
    }),
    doors: [{ Door: "Web", Owner: "Field sales" }],
    targets: [{ Month: "Apr", "Revenue target": 1000 }],
  },
  { ...plan({}), targets: [{ Month: "Apr", "Revenue target": 1000 }] },
];

describe("the flag registry", () => {
  test("every code is registered once, each kind with its own title", () => {
    const codes = FLAG_KINDS.map((kind) => kind.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(new Set(FLAG_KINDS.map((kind) => kind.title.toLowerCase())).size).toBe(codes.length);
    for (const kind of FLAG_KINDS) expect(flagKind(kind.code)).toBe(kind);
  });

  test("order, titles, severities and scopes are those of the flag table in docs/rules.md §2", () => {
    const table = rulesTable();
    expect(table).toHaveLength(FLAG_KINDS.length);
    expect(FLAG_KINDS.map((kind) => [kind.title, kind.severity])).toEqual(
      table.map(([title, severity]) => [title, severity])
    );
    // "whole plan: ..." in the table is a flag about the plan, not a month.
    expect(FLAG_KINDS.map((kind) => kind.scope)).toEqual(
      table.map(([, , when]) => (when.startsWith("whole plan:") ? "plan" : "month"))
    );
  });

  test("the registry as written today (so a change to docs/rules.md alone cannot pass)", () => {
    expect(FLAG_KINDS.map((kind) => `${kind.code} ${kind.severity} ${kind.scope}`)).toEqual([
      "no-follow-up warning month",
      "no-air-cover warning month",
      "siloed-spend warning month",
      "spend-without-activity warning month",
      "activity-without-budget info month",
      "slow-follow-up warning month",
      "closes-unreported info month",
      "unrouted-leads warning month",
      "over-capacity warning month",
      "lead-gap warning month",
      "missed-follow-ups warning month",
      "channel-shift info month",
      "approved-changed warning month",
      "separate-budgets warning plan",
      "over-cap error plan",
      "funnel-unknown info plan",
    ]);
  });

  test("each kind says in words what to do about it", () => {
    for (const kind of FLAG_KINDS) {
      expect(kind.title).toMatch(/^[A-Z][a-z -]+$/);
      expect(kind.fix).toMatch(/^[A-Z].{10,}\.$/);
    }
  });

  test("every rule module of src/domain/flags is registered, named after its code", () => {
    const modules = readdirSync(FLAGS_DIR).filter(
      (f) => f.endsWith(".ts") && !NOT_RULES.includes(f)
    );
    expect(modules.sort()).toEqual(FLAG_KINDS.map((kind) => `${kind.code}.ts`).sort());
    for (const file of modules) {
      const exported = Object.values(require(join(FLAGS_DIR, file)) as Record<string, unknown>);
      const kinds = exported.filter((value) => (FLAG_KINDS as readonly unknown[]).includes(value));
      expect(kinds.map((kind) => (kind as FlagKind).code)).toEqual([file.replace(/\.ts$/, "")]);
    }
  });
});

describe("the checker and the registry agree", () => {
  test("each flag has its registered kind's severity and scope; months follow the registry order", () => {
    const checks = [EVERY_FLAG, ...DEMAND_FLAGS].map((input) => checkPlan(input).flags);
    const codes = checks.flatMap((flags) => flags.map((f) => f.code));
    expect(new Set(codes)).toEqual(new Set(FLAG_KINDS.map((k) => k.code)));
    const position = (code: string) => FLAG_KINDS.findIndex((kind) => kind.code === code);
    for (const flags of checks)
      flags.forEach((f, i) => {
        const kind = flagKind(f.code);
        expect(f.severity).toBe(kind.severity);
        expect(f.month === null).toBe(kind.scope === "plan");
        const next = flags[i + 1];
        if (next && next.month === f.month)
          expect(position(next.code)).toBeGreaterThan(position(f.code));
      });
  });

  test("on any valid plan, the checker raises exactly what the registered kinds find", () => {
    fc.assert(
      fc.property(validPlanArb(), (input) => {
        const read = parsePlan(input);
        const ctx = buildFlagContext(read);
        const found = FLAG_KINDS.flatMap((kind) =>
          kind.find(ctx).map((f) => `${kind.code} ${f.month} ${f.refs.join(",")}`)
        );
        const raised = checkPlan(input).flags.map(
          (f) => `${f.code} ${f.month} ${f.refs.join(",")}`
        );
        expect(raised.slice().sort()).toEqual(found.sort());
      }),
      { numRuns: 200 }
    );
  });

  test("worstSeverity ranks error above warning above info", () => {
    const of = (...severities: Severity[]) =>
      worstSeverity(severities.map((severity) => ({ severity })));
    expect(of()).toBeNull();
    expect(of("info")).toBe("info");
    expect(of("info", "warning")).toBe("warning");
    expect(of("warning", "error", "info")).toBe("error");
    expect(of("error", "warning")).toBe("error");
  });
});
