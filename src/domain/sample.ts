/**
 * The sample plan "Set up plan" can fill in: a year of a mid-size B2B company
 * with several joint campaigns and a few deliberate gaps, so that every view
 * has something to show and the checker something to flag. Its demand and
 * finance gaps: the inside-sales team is flooded in March–April (over
 * capacity), the reply card is a door nobody answers (unrouted leads), July
 * brings too few leads to close September's target (lead gap), the TV line
 * changed since the approved baseline (approved-changed), sales followed up too
 * few of March's leads (missed follow-ups), and in June prospects moved from
 * the mailer to LinkedIn (channel shift).
 */
import { MONTH_ABBREVIATIONS } from "./months";
import type { Cell, Row } from "./types";

/** Rows for each table, keyed by header, as a person would type them. */
export interface PlanRows {
  settings: Record<string, Cell>;
  lanes: Row[];
  activities: Row[];
  budget: Row[];
  results: Row[];
  /** The optional tables (rules.md §1); absent: not filled. */
  doors?: Row[];
  targets?: Row[];
  baselines?: Row[];
}

/** `YYYY-MM` of the month `offset` months after January of `year`. */
function month(year: number, offset: number): string {
  const y = year + Math.floor(offset / 12);
  return `${y}-${String((offset % 12) + 1).padStart(2, "0")}`;
}

type ActivityTuple = [
  string,
  string,
  string,
  string,
  string,
  number,
  number,
  number | null,
  number | null,
  string,
];
type LineTuple = [string, string, string, string, string, number[]];

/** Each activity's door (the Activities' Door column); the rest have none. */
const DOORS_OF: Record<string, string> = {
  "A-01": "Phone line",
  "A-02": "Web form",
  "A-04": "Reply card",
  "A-05": "Web form",
  "A-07": "Phone line",
  "A-08": "Trade-show booth",
  "A-11": "Reply card",
};

/** Excel's serial (1900 date system) of a day and hour. */
function serial(year: number, monthIndex: number, day: number, hour: number): number {
  return Date.UTC(year, monthIndex, day, hour) / 86_400_000 + 25_569;
}

/**
 * When the sample's baseline was saved: 15 December before the plan year at 17:00, or 17:00 the
 * day before `now` when that is earlier, so a baseline a person saves now (its Saved is now, on
 * the same local clock: baseline-save.ts) is the latest (rules.md: the greatest Saved).
 */
export function sampleBaselineSaved(year: number, now?: Date): number {
  const approved = serial(year - 1, 11, 15, 17);
  if (!now) return approved;
  const dayBefore = serial(now.getFullYear(), now.getMonth(), now.getDate() - 1, 17);
  return Math.min(approved, dayBefore);
}

/**
 * The sample plan of `year`. `now` (the pane's clock, where the sample is set up) dates its
 * baseline before today; without it the baseline is dated 15 December before the plan year.
 */
export function samplePlan(year: number, now?: Date): PlanRows {
  const activities: ActivityTuple[] = [
    // ID, Activity, Lane, Team, Campaign, start offset, end offset, leads, follow-up hours, notes
    [
      "A-01",
      "Spring launch TV spot",
      "Media",
      "Marketing",
      "Spring launch",
      2,
      3,
      400,
      24,
      "National TV, 3 weeks",
    ],
    [
      "A-02",
      "Spring launch LinkedIn ads",
      "Media",
      "Marketing",
      "Spring launch",
      2,
      4,
      250,
      12,
      "",
    ],
    [
      "A-03",
      "Spring launch follow-up calls",
      "Field sales",
      "Sales",
      "Spring launch",
      3,
      5,
      null,
      null,
      "Top 200 accounts",
    ],
    [
      "A-04",
      "Spring mailer",
      "Direct mail",
      "Joint",
      "Spring launch",
      2,
      2,
      150,
      24,
      "Co-written with sales",
    ],
    [
      "A-05",
      "Webinar series invitations",
      "Direct mail",
      "Marketing",
      "Webinar series",
      5,
      6,
      120,
      48,
      "Follow-up promised in 2 days",
    ],
    [
      "A-06",
      "Webinar attendee demos",
      "Field sales",
      "Sales",
      "Webinar series",
      6,
      7,
      null,
      null,
      "",
    ],
    [
      "A-07",
      "Brand awareness radio",
      "Media",
      "Marketing",
      "Brand awareness",
      7,
      8,
      300,
      24,
      "Nobody follows these leads up yet",
    ],
    ["A-08", "Trade show booth", "Media", "Joint", "Trade show", 9, 9, 500, 12, "Industry expo"],
    [
      "A-09",
      "Trade show meetings",
      "Field sales",
      "Joint",
      "Trade show",
      9,
      10,
      null,
      null,
      "Pre-booked meetings",
    ],
    [
      "A-10",
      "Key-account push",
      "Field sales",
      "Sales",
      "Key accounts",
      10,
      11,
      null,
      null,
      "No marketing behind it yet",
    ],
    ["A-11", "Year-end renewal mailer", "Direct mail", "Marketing", "Renewals", 11, 11, 80, 24, ""],
    ["A-12", "Renewal calls", "Field sales", "Sales", "Renewals", 11, 11, null, null, ""],
    [
      "A-13",
      "Partner newsletter",
      "Email",
      "Marketing",
      "",
      4,
      4,
      40,
      24,
      "Lane 'Email' is not in the Lanes table",
    ],
  ];
  const lines: LineTuple[] = [
    // Line, Team, Lane, Campaign, Status, 12 amounts in plan order
    [
      "TV and online media",
      "Marketing",
      "Media",
      "Spring launch",
      "Approved",
      [0, 0, 60000, 40000, 10000, 0, 0, 0, 0, 0, 0, 0],
    ],
    [
      "Spring mailer print and postage",
      "Joint",
      "Direct mail",
      "Spring launch",
      "Approved",
      [0, 0, 18000, 0, 0, 0, 0, 0, 0, 0, 0, 0],
    ],
    [
      "Field team travel",
      "Sales",
      "Field sales",
      "",
      "Approved",
      [6000, 6000, 6000, 9000, 9000, 6000, 6000, 3000, 6000, 9000, 9000, 6000],
    ],
    [
      "Webinar platform and invitations",
      "Marketing",
      "Direct mail",
      "Webinar series",
      "Proposed",
      [0, 0, 0, 0, 0, 12000, 8000, 0, 0, 0, 0, 0],
    ],
    [
      "Brand radio",
      "Marketing",
      "Media",
      "Brand awareness",
      "Proposed",
      [0, 0, 0, 0, 0, 0, 0, 45000, 30000, 0, 0, 0],
    ],
    [
      "Trade show stand",
      "Joint",
      "Media",
      "Trade show",
      "Approved",
      [0, 0, 0, 0, 0, 0, 0, 0, 0, 55000, 0, 0],
    ],
    [
      "Key-account dinners",
      "Sales",
      "Field sales",
      "Key accounts",
      "Draft",
      [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 15000, 12000],
    ],
    [
      "Renewal mailer",
      "Marketing",
      "Direct mail",
      "Renewals",
      "Draft",
      [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 7000],
    ],
    ["Sales enablement content", "Sales", "", "", "Draft", [0, 0, 0, 0, 0, 0, 5000, 0, 0, 0, 0, 0]],
  ];
  return {
    settings: {
      "Plan starts": month(year, 0),
      Currency: "USD",
      "Annual budget cap": 400000,
      "Follow-up window (months)": 1,
      "Air-cover window (months)": 1,
      "Siloed spend threshold": 0.5,
      "Response SLA (hours)": 24,
      // Blank: the average deal size and close rate are computed from Results.
      "Average deal size": null,
      "Lead-to-close rate": null,
      "Sales cycle (months)": 2,
      "Follow-up target": 0.9,
      "Channel shift threshold": 0.3,
    },
    lanes: [
      { Lane: "Media", Side: "Marketing" },
      { Lane: "Direct mail", Side: "Marketing" },
      { Lane: "Field sales", Side: "Sales", Capacity: 600 },
      { Lane: "Inside sales", Side: "Sales", Capacity: 150 },
    ],
    doors: [
      { Door: "Web form", Owner: "Inside sales", "Response hours": 4 },
      { Door: "Phone line", Owner: "Inside sales", "Response hours": 1 },
      { Door: "Trade-show booth", Owner: "Field sales", "Response hours": 24 },
      // Nobody answers the reply cards: the mailers' leads are unrouted.
      { Door: "Reply card", Owner: "", "Response hours": null },
    ],
    targets: [
      { Month: month(year, 4), "Revenue target": 150000 },
      // With a 2-month sales cycle, July's few leads cannot close September's target.
      { Month: month(year, 8), "Revenue target": 250000 },
      { Month: month(year, 11), "Revenue target": 300000 },
    ],
    baselines: lines.map(([line, team, lane, campaign, status, amounts]) => {
      const row: Row = {
        Baseline: `FY${year} approved`,
        Saved: sampleBaselineSaved(year, now),
        Line: line,
        Team: team,
        Lane: lane,
        Campaign: campaign,
        Status: status,
      };
      // Approved with 50,000 of TV in March; the Budget has 60,000 there now.
      const saved =
        line === "TV and online media" ? amounts.map((a, i) => (i === 2 ? 50000 : a)) : amounts;
      saved.forEach((a, i) => (row[MONTH_ABBREVIATIONS[i]] = a));
      return row;
    }),
    activities: activities.map(([id, name, lane, team, campaign, s, e, leads, hours, notes]) => ({
      ID: id,
      Activity: name,
      Lane: lane,
      Team: team,
      Campaign: campaign,
      Start: month(year, s),
      End: month(year, e),
      "Expected leads": leads,
      "Follow-up hours": hours,
      Notes: notes,
      Door: DOORS_OF[id] ?? "",
    })),
    budget: lines.map(([line, team, lane, campaign, status, amounts]) => {
      const row: Row = { Line: line, Team: team, Lane: lane, Campaign: campaign, Status: status };
      amounts.forEach((a, i) => (row[MONTH_ABBREVIATIONS[i]] = a));
      return row;
    }),
    results: [
      {
        Month: month(year, 2),
        Channel: "Spring TV",
        Lane: "Media",
        Campaign: "Spring launch",
        Spend: 60000,
        Leads: 380,
        Qualified: 150,
        Closed: 22,
        Revenue: 264000,
        "Followed up": 300,
      },
      {
        Month: month(year, 2),
        Channel: "LinkedIn ads",
        Lane: "Media",
        Campaign: "Spring launch",
        Spend: 14000,
        Leads: 210,
        Qualified: 90,
        Closed: 9,
        Revenue: 99000,
        "Followed up": 200,
      },
      {
        Month: month(year, 2),
        Channel: "Spring mailer",
        Lane: "Direct mail",
        Campaign: "Spring launch",
        Spend: 18000,
        Leads: 140,
        Qualified: 70,
        Closed: 12,
        Revenue: 150000,
        "Followed up": 135,
      },
      {
        Month: month(year, 3),
        Channel: "Spring TV",
        Lane: "Media",
        Campaign: "Spring launch",
        Spend: 26000,
        Leads: 160,
        Qualified: 60,
        Closed: null,
        Revenue: null,
        "Followed up": 150,
      },
      {
        Month: month(year, 3),
        Channel: "LinkedIn ads",
        Lane: "Media",
        Campaign: "Spring launch",
        Spend: 9000,
        Leads: 120,
        Qualified: 45,
        Closed: 5,
        Revenue: 61000,
        "Followed up": 115,
      },
      // May and June: the mailer's leads fall 45% while LinkedIn's rise 50%, in about the same total.
      result(year, 4, "Spring mailer", "Direct mail", 6000, 100, 8, 96000, 95),
      result(year, 4, "LinkedIn ads", "Media", 8000, 100, 6, 70000, 95),
      result(year, 5, "Spring mailer", "Direct mail", 6000, 55, 4, 50000, 52),
      result(year, 5, "LinkedIn ads", "Media", 9000, 150, 9, 105000, 140),
    ],
  };
}

/** A Results row of plan month `offset` with every figure reported. */
function result(
  year: number,
  offset: number,
  channel: string,
  lane: string,
  spend: number,
  leads: number,
  closed: number,
  revenue: number,
  followedUp: number
): Row {
  return {
    Month: month(year, offset),
    Channel: channel,
    Lane: lane,
    Campaign: "",
    Spend: spend,
    Leads: leads,
    Qualified: Math.round(leads / 2),
    Closed: closed,
    Revenue: revenue,
    "Followed up": followedUp,
  };
}
