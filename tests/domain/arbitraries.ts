/** fast-check generators: arbitrary cells and rows, and rows that are valid by construction. */
import fc from "fast-check";
import {
  ACTIVITY_COLUMNS,
  BUDGET_BASE_COLUMNS,
  DEFAULT_LANES,
  LANES_COLUMNS,
  MONTH_ABBREVIATIONS,
  MONTH_NAMES,
  RESULTS_COLUMNS,
  SETTING,
  budgetColumns,
} from "../../src/domain";
import type { Cell, PlanInput, Row } from "../../src/domain";

export const cellArb: fc.Arbitrary<Cell> = fc.oneof(
  fc.constant(null),
  fc.constant(""),
  fc.string({ maxLength: 12 }),
  fc.double(),
  fc.integer({ min: -100000, max: 3000000 }),
  fc.boolean(),
  fc.constantFrom("Mar", "Marhc", "2027-03", "Mar 2027", "50%", " Media ", "joint", "Field sales")
);

/** Every header of every table, and a few other spellings of them. */
const headers = [
  ...new Set([
    ...ACTIVITY_COLUMNS,
    ...BUDGET_BASE_COLUMNS,
    ...MONTH_ABBREVIATIONS,
    ...RESULTS_COLUMNS,
    ...LANES_COLUMNS,
  ]),
  " id ",
  "LANE",
];
const headerArb = fc.oneof(fc.constantFrom(...headers), fc.string({ maxLength: 6 }));

/** Any row-like thing, including things that are not rows at all. */
export const rowArb: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.dictionary(headerArb, fc.oneof(cellArb, fc.anything()), { maxKeys: 12 }),
  },
  { weight: 1, arbitrary: fc.anything() }
);

export const anyInputArb: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 1, arbitrary: fc.anything() },
  {
    weight: 6,
    arbitrary: fc.record(
      {
        settings: fc.oneof(
          fc.dictionary(fc.constantFrom(...Object.values(SETTING), "other"), cellArb),
          fc.anything()
        ),
        lanes: fc.oneof(fc.constant(undefined), fc.array(rowArb, { maxLength: 4 })),
        activities: fc.oneof(fc.array(rowArb, { maxLength: 12 }), fc.anything()),
        budget: fc.oneof(fc.array(rowArb, { maxLength: 12 }), fc.anything()),
        results: fc.oneof(fc.constant(undefined), fc.array(rowArb, { maxLength: 8 })),
      },
      { requiredKeys: [] }
    ),
  }
);

// ---- valid rows --------------------------------------------------------------

const nameArb = fc.stringMatching(/^[A-Za-z][A-Za-z0-9 ]{0,8}$/);
/** Same word in stray case and spaces, as people type it. */
const spelled = (word: string) =>
  fc
    .tuple(fc.constantFrom("", " ", "  "), fc.constantFrom("", " "), fc.boolean())
    .map(
      ([before, after, upper]) =>
        `${before}${upper ? word.toUpperCase() : word.toLowerCase()}${after}`
    );

/** A plan month (0..11) of a plan starting at year/month, written in any accepted form. */
function monthCellArb(
  startYear: number,
  startMonth: number,
  planMonth: number
): fc.Arbitrary<Cell> {
  const n = startYear * 12 + startMonth + planMonth;
  const year = Math.floor(n / 12);
  const m = n % 12;
  const serial = Math.round((Date.UTC(year, m, 1) - Date.UTC(1899, 11, 30)) / 86400000);
  return fc.constantFrom<Cell>(
    serial,
    serial + 14.5,
    `${year}-${String(m + 1).padStart(2, "0")}`,
    `${year}-${String(m + 1).padStart(2, "0")}-28`,
    `${MONTH_ABBREVIATIONS[m]} ${year}`,
    `${MONTH_NAMES[m]} ${year}`,
    MONTH_ABBREVIATIONS[m].toLowerCase(),
    ` ${MONTH_NAMES[m]} `
  );
}

export interface ValidPlanShape {
  startYear: number;
  startMonth: number;
}

const campaignArb = fc.oneof(
  fc.constant<Cell>(""),
  fc.constantFrom("Spring", "Autumn", "Launch").chain(spelled)
);
const laneArb = fc.constantFrom(...DEFAULT_LANES.map((l) => l.lane)).chain(spelled);
const teamArb = fc.constantFrom("Marketing", "Sales", "Joint").chain(spelled);

export function validActivityArb(shape: ValidPlanShape, id: string): fc.Arbitrary<Row> {
  return fc
    .record({
      start: fc.integer({ min: 0, max: 11 }),
      length: fc.option(fc.integer({ min: 0, max: 11 }), { nil: null }),
    })
    .chain(({ start, length }) =>
      fc.record({
        ID: fc.constant<Cell>(id),
        Activity: nameArb,
        Lane: laneArb,
        Team: teamArb,
        Campaign: campaignArb,
        Start: monthCellArb(shape.startYear, shape.startMonth, start),
        End:
          length === null
            ? fc.constant<Cell>("")
            : monthCellArb(shape.startYear, shape.startMonth, Math.min(11, start + length)),
        "Expected leads": fc.oneof(fc.constant<Cell>(""), fc.nat({ max: 1000 })),
        "Follow-up hours": fc.oneof(fc.constant<Cell>(""), fc.integer({ min: 1, max: 96 })),
        Notes: fc.oneof(fc.constant<Cell>(""), fc.string({ maxLength: 10 })),
      })
    );
}

export function validBudgetLineArb(shape: ValidPlanShape, name: string): fc.Arbitrary<Row> {
  const months = budgetColumns(shape.startMonth).slice(5);
  const amounts = Object.fromEntries(
    months.map((m) => [
      m,
      fc.oneof(fc.constant<Cell>(""), fc.constant<Cell>(0), fc.integer({ min: 1, max: 5000 })),
    ])
  );
  return fc.record({
    Line: fc.constant<Cell>(name),
    Team: teamArb,
    Lane: fc.oneof(fc.constant<Cell>(""), laneArb),
    Campaign: campaignArb,
    Status: fc.constantFrom<Cell>("", "draft", "Proposed", "APPROVED"),
    ...amounts,
  }) as fc.Arbitrary<Row>;
}

export function validResultsRowArb(shape: ValidPlanShape): fc.Arbitrary<Row> {
  return fc
    .record({
      month: fc.integer({ min: 0, max: 11 }),
      leads: fc.option(fc.nat({ max: 500 }), { nil: null }),
    })
    .chain(({ month, leads }) =>
      fc.record({
        Month: monthCellArb(shape.startYear, shape.startMonth, month),
        Channel: fc.constantFrom("LinkedIn ads", "google search", " Spring mailer "),
        Lane: fc.oneof(fc.constant<Cell>(""), laneArb),
        Campaign: campaignArb,
        Spend: fc.oneof(fc.constant<Cell>(""), fc.nat({ max: 10000 })),
        Leads: fc.constant<Cell>(leads === null ? "" : leads),
        Qualified: fc.oneof(fc.constant<Cell>(""), fc.nat({ max: 500 })),
        Closed:
          leads === null
            ? fc.oneof(fc.constant<Cell>(""), fc.nat({ max: 50 }))
            : fc.oneof(fc.constant<Cell>(""), fc.nat({ max: leads })),
        Revenue: fc.oneof(fc.constant<Cell>(""), fc.nat({ max: 100000 })),
      })
    );
}

export const shapeArb: fc.Arbitrary<ValidPlanShape> = fc.record({
  startYear: fc.integer({ min: 2000, max: 2090 }),
  startMonth: fc.integer({ min: 0, max: 11 }),
});

export function validPlanArb(maxRows = 8): fc.Arbitrary<PlanInput> {
  return shapeArb.chain((shape) =>
    fc
      .record({
        activities: fc.integer({ min: 0, max: maxRows }),
        budget: fc.integer({ min: 0, max: maxRows }),
        results: fc.integer({ min: 0, max: maxRows }),
      })
      .chain((n) =>
        fc.record({
          settings: fc.record({
            "Plan starts": fc.constant<Cell>(`${MONTH_NAMES[shape.startMonth]} ${shape.startYear}`),
            "Follow-up window (months)": fc.integer({ min: 0, max: 3 }),
            "Air-cover window (months)": fc.integer({ min: 0, max: 3 }),
            "Siloed spend threshold": fc.double({ min: 0, max: 1, noNaN: true }),
            "Response SLA (hours)": fc.integer({ min: 1, max: 72 }),
            "Annual budget cap": fc.oneof(fc.constant<Cell>(""), fc.nat({ max: 50000 })),
          }),
          activities: fc.tuple(
            ...Array.from({ length: n.activities }, (_, i) => validActivityArb(shape, `A${i + 1}`))
          ),
          budget: fc.tuple(
            ...Array.from({ length: n.budget }, (_, i) => validBudgetLineArb(shape, `L${i + 1}`))
          ),
          results: fc.tuple(...Array.from({ length: n.results }, () => validResultsRowArb(shape))),
        })
      )
  ) as fc.Arbitrary<PlanInput>;
}
