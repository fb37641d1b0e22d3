/**
 * A deterministic plan generator for benchmarks: realistic rows (mixed month
 * forms, campaigns in varying case, a few broken rows) for every table.
 */
import type { Cell, PlanInput, Row } from "../src/domain";
import { MONTH_ABBREVIATIONS, budgetColumns } from "../src/domain";

/** mulberry32: a small, fast, seeded random generator. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const LANES = ["Media", "Direct mail", "Field sales", "Inside sales", "Events"];
const SIDES = ["Marketing", "Marketing", "Sales", "Sales", "Marketing"];
const TEAMS = ["Marketing", "Sales", "Joint"];
const STATUSES = ["Draft", "Proposed", "Approved", ""];
const CHANNELS = ["LinkedIn ads", "Google search", "Spring mailer", "Trade show", "Cold calls"];

/** Plan year Jul 2026 – Jun 2027. */
const START_YEAR = 2026;
const START_MONTH = 6;

/** Excel serial of the 1st of a month (1900 system, valid after Feb 1900). */
function serialOf(year: number, month: number): number {
  return Math.round((Date.UTC(year, month, 1) - Date.UTC(1899, 11, 30)) / 86400000);
}

/** A plan month (0..11) written in one of the forms people type. */
function monthCell(planMonth: number, form: number): Cell {
  const n = START_YEAR * 12 + START_MONTH + planMonth;
  const year = Math.floor(n / 12);
  const month = n % 12;
  switch (form % 5) {
    case 0:
      return serialOf(year, month);
    case 1:
      return `${year}-${String(month + 1).padStart(2, "0")}`;
    case 2:
      return `${MONTH_ABBREVIATIONS[month]} ${year}`;
    case 3:
      return MONTH_ABBREVIATIONS[month];
    default:
      return `${year}-${String(month + 1).padStart(2, "0")}-15`;
  }
}

/** Campaign names in varying case and spacing, as several people would type them. */
function campaignCell(rand: () => number, campaigns: number): Cell {
  if (rand() < 0.2) return "";
  const k = Math.floor(rand() * campaigns);
  const name = `Campaign ${k}`;
  const r = rand();
  return r < 0.6 ? name : r < 0.8 ? name.toUpperCase() : ` ${name.toLowerCase()} `;
}

export function generatePlan(rowsPerTable: number, seed = 1): PlanInput {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)];
  const campaigns = Math.max(5, Math.floor(rowsPerTable / 50));

  const activities: Row[] = [];
  for (let i = 0; i < rowsPerTable; i++) {
    const lane = Math.floor(rand() * LANES.length);
    const start = Math.floor(rand() * 12);
    const length = Math.floor(rand() * 3);
    const broken = rand() < 0.01;
    activities.push({
      ID: `A${i + 1}`,
      Activity: `Activity ${i + 1}`,
      Lane: LANES[lane],
      Team: SIDES[lane] === "Sales" ? pick(["Sales", "Joint"]) : pick(["Marketing", "Joint"]),
      Campaign: campaignCell(rand, campaigns),
      Start: broken ? "Marhc" : monthCell(start, Math.floor(rand() * 5)),
      End: length === 0 ? "" : monthCell(Math.min(11, start + length), Math.floor(rand() * 5)),
      "Expected leads": rand() < 0.5 ? Math.floor(rand() * 500) : "",
      "Follow-up hours": rand() < 0.5 ? pick([4, 12, 24, 48, 72]) : "",
      Notes: rand() < 0.1 ? "Check with finance" : "",
    });
  }

  const monthHeaders = budgetColumns(START_MONTH).slice(5);
  const budget: Row[] = [];
  for (let i = 0; i < rowsPerTable; i++) {
    const row: Row = {
      Line: `L${i + 1}`,
      Team: pick(TEAMS),
      Lane: rand() < 0.8 ? pick(LANES) : "",
      Campaign: campaignCell(rand, campaigns),
      Status: pick(STATUSES),
    };
    for (const header of monthHeaders) {
      row[header] = rand() < 0.4 ? Math.round(rand() * 10000) : rand() < 0.9 ? "" : 0;
    }
    if (rand() < 0.01) row[monthHeaders[3]] = -50; // a broken row
    budget.push(row);
  }

  const results: Row[] = [];
  for (let i = 0; i < rowsPerTable; i++) {
    const leads = rand() < 0.8 ? Math.floor(rand() * 200) : "";
    results.push({
      Month: monthCell(Math.floor(rand() * 12), Math.floor(rand() * 5)),
      Channel: pick(CHANNELS),
      Lane: rand() < 0.5 ? pick(LANES) : "",
      Campaign: campaignCell(rand, campaigns),
      Spend: rand() < 0.8 ? Math.round(rand() * 5000) : "",
      Leads: leads,
      Qualified: leads === "" ? "" : Math.floor(leads * 0.5),
      Closed: leads === "" || rand() < 0.2 ? "" : Math.floor(leads * 0.1),
      Revenue: rand() < 0.7 ? Math.round(rand() * 50000) : "",
    });
  }

  return {
    settings: {
      "Plan starts": "2026-07",
      Currency: "EUR",
      "Annual budget cap": rowsPerTable * 20000,
      "Follow-up window (months)": 1,
      "Air-cover window (months)": 1,
      "Siloed spend threshold": 0.5,
      "Response SLA (hours)": 24,
    },
    lanes: LANES.map((lane, i) => ({ Lane: lane, Side: SIDES[i] })),
    activities,
    budget,
    results,
  };
}

/**
 * Demand and lead handling on a generated plan: `doors` doors (most owned by a Sales-side
 * lane, a few by nobody), most activities naming one (a few naming a door nobody defined),
 * a Capacity per Sales-side lane, a target in each of `targets` months and the funnel
 * settings. Returns a new input; `plan` is not changed.
 */
export function withDemand(plan: PlanInput, doors: number, targets: number, seed = 1): PlanInput {
  const rand = random(seed);
  const salesLanes = LANES.filter((_, i) => SIDES[i] === "Sales");
  const doorRows: Row[] = [];
  for (let i = 0; i < doors; i++) {
    doorRows.push({
      Door: `Door ${i + 1}`,
      Owner: rand() < 0.9 ? salesLanes[i % salesLanes.length] : "",
      "Response hours": rand() < 0.8 ? [4, 12, 24, 48][i % 4] : "",
    });
  }
  const activities = plan.activities.map((row) => {
    const r = rand();
    const door =
      r < 0.1 ? "" : r < 0.105 ? "Nobody's door" : `door ${Math.floor(rand() * doors) + 1}`;
    return { ...row, Door: door };
  });
  const targetRows: Row[] = [];
  for (let i = 0; i < targets; i++) {
    targetRows.push({
      Month: monthCell(i % 12, i),
      "Revenue target": Math.round(100000 + rand() * 900000),
    });
  }
  return {
    ...plan,
    settings: {
      ...plan.settings,
      "Average deal size": 25000,
      "Lead-to-close rate": "12%",
      "Sales cycle (months)": 2,
    },
    lanes: (plan.lanes ?? []).map((lane) =>
      lane.Side === "Sales" ? { ...lane, Capacity: Math.floor(200 + rand() * 2000) } : lane
    ),
    activities,
    doors: doorRows,
    targets: targetRows,
  };
}

/**
 * A saved baseline of a generated plan's budget, as "Save baseline" writes it, a while
 * before today's edits: most lines unchanged, some with a month changed (a few of them
 * Approved then), some since added (left out) and some since removed (kept). Returns a
 * new input with a one-baseline Baselines table.
 */
export function withBaseline(plan: PlanInput, seed = 1): PlanInput {
  const rand = random(seed);
  const months = budgetColumns(START_MONTH).slice(5);
  const baselines: Row[] = [];
  plan.budget.forEach((line, i) => {
    const r = rand();
    if (r < 0.02) return; // added since the baseline
    // Only valid lines are saved (the generator breaks a few with a negative amount).
    if (months.some((month) => typeof line[month] === "number" && (line[month] as number) < 0))
      return;
    const saved: Row = {
      Baseline: "Q3 approved",
      Saved: 46200.5 + (i % 3) * 0.001,
      Line: line.Line,
      Team: line.Team,
      Lane: line.Lane,
      Campaign: line.Campaign,
      Status: rand() < 0.3 ? "Approved" : line.Status,
    };
    for (const month of months) saved[month] = line[month];
    if (r > 0.9) saved[pick(rand, months)] = Math.round(rand() * 10000); // changed since
    baselines.push(saved);
    if (r > 0.99) {
      // A line removed from the Budget since the baseline.
      baselines.push({ ...saved, Line: `${String(line.Line)}-old` });
    }
  });
  return { ...plan, baselines };
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)];
}
