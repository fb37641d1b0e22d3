import fc from "fast-check";
import { checkPlan, parsePlan } from "../../src/domain";
import type { Flag, PlanInput, Row } from "../../src/domain";
import { anyInputArb, validPlanArb } from "./arbitraries";

const TABLES = ["Settings", "Lanes", "Activities", "Budget", "Results"];

describe("properties", () => {
  test("any rows at all give problems and never an exception", () => {
    fc.assert(
      fc.property(anyInputArb, (input) => {
        const result = checkPlan(input as PlanInput);
        expect(Array.isArray(result.flags)).toBe(true);
        expect(Array.isArray(result.problems)).toBe(true);
        for (const p of result.problems) {
          expect(TABLES).toContain(p.table);
          expect(typeof p.message).toBe("string");
          expect(p.message.length).toBeGreaterThan(0);
          expect(p.row === null || (Number.isInteger(p.row) && p.row >= 1)).toBe(true);
          expect(["string", "number", "boolean"].includes(typeof p.value) || p.value === null).toBe(
            true
          );
        }
        expect(result.metrics.syncScore).toBeGreaterThanOrEqual(0);
        expect(result.metrics.syncScore).toBeLessThanOrEqual(1);
        expect([0, 12]).toContain(result.metrics.months.length);
        // The result is plain data.
        expect(() => JSON.stringify(result)).not.toThrow();
      }),
      { numRuns: 400 }
    );
  });

  test("a valid plan has no problem", () => {
    fc.assert(
      fc.property(validPlanArb(), (input) => {
        const result = checkPlan(input);
        expect(result.problems).toEqual([]);
        const read = parsePlan(input);
        expect(read.activities).toHaveLength(input.activities.length);
        expect(read.budget).toHaveLength(input.budget.length);
        expect(read.results).toHaveLength(input.results?.length ?? 0);
      }),
      { numRuns: 300 }
    );
  });

  test("flags depend only on the rows' content, never on their order", () => {
    const shuffled = validPlanArb(10).chain((input) =>
      fc.record({
        input: fc.constant(input),
        activities: fc.shuffledSubarray(input.activities, { minLength: input.activities.length }),
        budget: fc.shuffledSubarray(input.budget, { minLength: input.budget.length }),
        results: fc.shuffledSubarray(input.results ?? [], {
          minLength: input.results?.length ?? 0,
        }),
      })
    );
    fc.assert(
      fc.property(shuffled, ({ input, activities, budget, results }) => {
        const original = input.results ?? [];
        // A results ref names its row number; name the row by its original position instead.
        const resultsRef = (rows: Row[]) => (ref: string) => {
          const match = /^Results row (\d+)$/.exec(ref);
          return match ? `result ${original.indexOf(rows[Number(match[1]) - 1])}` : ref;
        };
        const key = (flags: Flag[], rows: Row[]) =>
          flags
            .map(
              (f) =>
                `${f.code}|${f.month}|${f.severity}|${f.refs.map(resultsRef(rows)).sort().join(",")}`
            )
            .sort();
        const before = key(checkPlan(input).flags, original);
        const after = key(checkPlan({ ...input, activities, budget, results }).flags, results);
        expect(after).toEqual(before);
      }),
      { numRuns: 300 }
    );
  });
});
