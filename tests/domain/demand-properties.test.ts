/**
 * Properties of the demand rules: a plan without Doors or Targets is checked
 * exactly as before; any demand tables at all never make the checker throw;
 * on valid demand tables the lead figures hold together.
 */
import fc from "fast-check";
import { checkPlan } from "../../src/domain";
import type { Cell, PlanInput, Row } from "../../src/domain";
import { anyInputArb, cellArb, rowArb, validPlanArb } from "./arbitraries";

const TABLES = ["Settings", "Lanes", "Activities", "Budget", "Results", "Doors", "Targets"];
const DEMAND_CODES = ["unrouted-leads", "over-capacity", "lead-gap", "funnel-unknown"];

describe("a plan without Doors or Targets is checked exactly as before", () => {
  test("absent tables give the same check as empty ones, and no demand flag", () => {
    fc.assert(
      fc.property(validPlanArb(), (input) => {
        const without = checkPlan(input);
        expect(without).toEqual(checkPlan({ ...input, doors: [], targets: [] }));
        expect(without.flags.filter((f) => DEMAND_CODES.includes(f.code))).toEqual([]);
      }),
      { numRuns: 200 }
    );
  });

  test("with no valid door, an Activities Door column changes nothing", () => {
    fc.assert(
      fc.property(
        validPlanArb(),
        fc.array(cellArb, { minLength: 8, maxLength: 8 }),
        fc.constantFrom<Row[] | undefined>(undefined, [], [{ Door: "", Owner: "x" }]),
        (input, doors, doorRows) => {
          const withDoors: PlanInput = {
            ...input,
            doors: doorRows,
            activities: input.activities.map((row, i) => ({ ...row, Door: doors[i] as Cell })),
          };
          const a = checkPlan(input);
          const b = checkPlan(withDoors);
          expect(b.flags).toEqual(a.flags);
          expect(b.problems.filter((p) => p.table !== "Doors")).toEqual(a.problems);
          expect(b.metrics.demand.months).toEqual(a.metrics.demand.months);
        }
      ),
      { numRuns: 200 }
    );
  });
});

test("any Doors and Targets rows, on any input, give problems and never an exception", () => {
  const demandRows = fc.oneof(
    fc.constant(undefined),
    fc.array(rowArb, { maxLength: 6 }),
    fc.anything()
  );
  fc.assert(
    fc.property(anyInputArb, demandRows, demandRows, (input, doors, targets) => {
      const full =
        input !== null && typeof input === "object" ? { ...input, doors, targets } : input;
      const result = checkPlan(full as PlanInput);
      for (const p of result.problems) {
        expect(TABLES).toContain(p.table);
        expect(p.message.length).toBeGreaterThan(0);
      }
      expect(() => JSON.stringify(result)).not.toThrow();
    }),
    { numRuns: 400 }
  );
});

test("on valid demand tables: routed leads never exceed expected leads; required leads are whole and ≥ 0", () => {
  const plan = fc.record({
    capacity: fc.nat({ max: 50 }),
    owner: fc.constantFrom("Field sales", ""),
    leads: fc.array(fc.nat({ max: 300 }), { minLength: 1, maxLength: 6 }),
    starts: fc.array(fc.integer({ min: 1, max: 12 }), { minLength: 6, maxLength: 6 }),
    target: fc.nat({ max: 1000000 }),
    deal: fc.integer({ min: 1, max: 10000 }),
    rate: fc.double({ min: 0.01, max: 1, noNaN: true }),
    cycle: fc.integer({ min: 0, max: 12 }),
  });
  fc.assert(
    fc.property(plan, (p) => {
      const r = checkPlan({
        settings: {
          "Plan starts": "2027-01",
          "Average deal size": p.deal,
          "Lead-to-close rate": p.rate,
          "Sales cycle (months)": p.cycle,
        },
        lanes: [
          { Lane: "Media", Side: "Marketing" },
          { Lane: "Field sales", Side: "Sales", Capacity: p.capacity },
        ],
        doors: [{ Door: "Web", Owner: p.owner }],
        activities: p.leads.map((leads, i) => ({
          ID: `A${i}`,
          Activity: "Ad",
          Lane: "Media",
          Team: "Marketing",
          Start: `2027-${String(p.starts[i]).padStart(2, "0")}`,
          "Expected leads": leads,
          Door: i % 2 ? "Web" : "",
        })),
        budget: [],
        targets: [{ Month: "Dec", "Revenue target": p.target }],
      });
      expect(r.problems).toEqual([]);
      for (const m of r.metrics.demand.months) {
        expect(m.lanes[0].routedLeads).toBeLessThanOrEqual(m.expectedLeads);
        if (m.requiredLeads !== null) {
          expect(Number.isInteger(m.requiredLeads)).toBe(true);
          expect(m.requiredLeads).toBeGreaterThanOrEqual(0);
        }
      }
      const known = r.metrics.demand.months.filter((m) => m.requiredLeads !== null);
      expect(known.map((m) => m.month)).toEqual(
        [`2027-${String(12 - p.cycle).padStart(2, "0")}`].filter(() => p.cycle < 12)
      );
    }),
    { numRuns: 200 }
  );
});
