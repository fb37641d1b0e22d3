/** @jest-environment jsdom */
/**
 * The Budget view's finance part (in jsdom, over plans built by hand): the budget by status,
 * "Compare with" a baseline, the chart, the changed lines, and the Save baseline dialog.
 */
import "./dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import type { ActionResult } from "../../src/taskpane/hooks/useActions";
import { compareByMonth, lineChanges, signedMoney } from "../../src/taskpane/model/finance";
import { FinanceSection } from "../../src/taskpane/views/FinanceSection";
import { baselineMetrics, type PlanInput, type PlanState, type Row } from "../../src/workbook";
import { fakeActions, planInput, readState } from "./fakes";

const stateOf = (parts: Partial<PlanInput>) =>
  readState(planInput({ ...parts, settings: { Currency: "USD" } }));

const actionsWith = (saveBaseline: (name: string) => Promise<ActionResult>) =>
  fakeActions({ saveBaseline });

const show = (state: PlanState, actions = actionsWith(async () => ({ ok: true }))) =>
  render(
    <FluentProvider theme={webLightTheme}>
      <FinanceSection state={state} actions={actions} />
    </FluentProvider>
  );

const budget: Row[] = [
  { Line: "TV", Team: "Marketing", Status: "Approved", Jan: 100, Mar: 150 },
  { Line: "Calls", Team: "Sales", Status: "Proposed", Jan: 40 },
  { Line: "Fair", Team: "Joint", Feb: 30 },
];
const baselines: Row[] = [
  { Baseline: "Draft v1", Saved: 46390, Line: "TV", Team: "Marketing", Jan: 90 },
  {
    Baseline: "Approved Q1",
    Saved: 46400.5,
    Line: "TV",
    Team: "Marketing",
    Status: "Approved",
    Jan: 100,
    Mar: 100,
  },
  { Baseline: "Approved Q1", Saved: 46400.5, Line: "Calls", Team: "Sales", Jan: 40 },
  { Baseline: "Approved Q1", Saved: 46400.5, Line: "Old", Team: "Sales", Apr: 25 },
];

const cells = (table: HTMLElement, rowName: string) => {
  const row = within(table)
    .getAllByRole("row")
    .find((r) => within(r).queryAllByRole("cell")[0]?.textContent === rowName)!;
  return within(row)
    .getAllByRole("cell")
    .map((c) => c.textContent);
};

describe("the budget by status", () => {
  test("totals by status, by month and for the year", () => {
    show(stateOf({ budget }));
    const table = screen.getByRole("table", { name: "Budget by status" });
    expect(cells(table, "Jan 2027")).toEqual(["Jan 2027", "$0", "$40", "$100", "$140"]);
    expect(cells(table, "Year")).toEqual(["Year", "$30", "$40", "$250", "$320"]);
  });
});

describe("compare with a baseline", () => {
  test("without a baseline: says so, and offers Save baseline", () => {
    show(stateOf({ budget }));
    screen.getByText(/No baseline saved yet/);
    screen.getByRole("button", { name: "Save baseline" });
    expect(screen.queryByRole("table", { name: "Plan against baseline by month" })).toBeNull();
  });

  test("the latest by default: by month, by team, the changed lines, the chart", () => {
    const state = stateOf({ budget, baselines });
    show(state);
    expect(screen.getByRole("combobox", { name: "Compare with" }).textContent).toMatch(
      /^Approved Q1 \(\d+ Jan 2027, \d\d:\d\d\), latest$/
    );
    const byMonth = screen.getByRole("table", { name: "Plan against baseline by month" });
    expect(cells(byMonth, "Mar 2027")).toEqual(["Mar 2027", "$100", "$150", "+$50"]);
    expect(cells(byMonth, "Apr 2027")).toEqual(["Apr 2027", "$25", "$0", "−\u2060$25"]);
    expect(cells(byMonth, "Year")).toEqual(["Year", "$265", "$320", "+$55"]);
    const byTeam = screen.getByRole("table", { name: "Plan against baseline by team" });
    expect(cells(byTeam, "Team Sales")).toEqual(["Team Sales", "$65", "$40", "−\u2060$25"]);
    expect(cells(byTeam, "Team Joint")).toEqual(["Team Joint", "$0", "$30", "+$30"]);
    const lines = within(screen.getByRole("list", { name: "Lines since the baseline" }))
      .getAllByRole("listitem")
      .map((li) => li.textContent);
    expect(lines).toEqual([
      "TV: changed, +$50 for the year (Mar 2027 +$50)",
      // A Status change is a change finance sees, even with the amounts unchanged.
      "Calls: amounts unchanged, $0 for the year; status Draft → Proposed",
      "Fair: added, +$30 for the year (Feb 2027 +$30)",
      "Old: removed, −\u2060$25 for the year (Apr 2027 −\u2060$25)",
    ]);
    // The approved line that changed is named, as the approved-changed flag has it.
    screen.getByText(/Approved line changed since Approved Q1: TV\./);
    // The chart: one group of bars per month.
    expect(document.querySelectorAll("svg").length).toBeGreaterThan(0);
    screen.getByRole("figure", { name: /Plan now against baseline Approved Q1 by month/ });
  });

  test("choosing another baseline compares with it instead", async () => {
    show(stateOf({ budget, baselines }));
    fireEvent.click(screen.getByRole("combobox", { name: "Compare with" }));
    fireEvent.click(await screen.findByRole("option", { name: /^Draft v1/ }));
    const byMonth = screen.getByRole("table", { name: "Plan against baseline by month" });
    await waitFor(() =>
      expect(cells(byMonth, "Jan 2027")).toEqual(["Jan 2027", "$90", "$140", "+$50"])
    );
    screen.getByRole("heading", { name: "Lines since Draft v1" });
  });

  test("one team's figures by month", async () => {
    show(stateOf({ budget, baselines }));
    fireEvent.click(screen.getByRole("combobox", { name: "Team" }));
    fireEvent.click(await screen.findByRole("option", { name: "Sales" }));
    const byMonth = screen.getByRole("table", { name: "Plan against baseline by month" });
    await waitFor(() =>
      expect(cells(byMonth, "Year")).toEqual(["Year", "$65", "$40", "−\u2060$25"])
    );
  });
});

describe("the Save baseline dialog", () => {
  /** Opens Save baseline over the budget and baselines; the names saved are recorded in `saved`. */
  async function openDialog(saved: string[]) {
    show(
      stateOf({ budget, baselines }),
      actionsWith(async (name) => {
        saved.push(name);
        return { ok: true };
      })
    );
    fireEvent.click(screen.getByRole("button", { name: "Save baseline" }));
    return screen.findByRole("textbox", { name: /Name/ });
  }
  const pressSave = () =>
    fireEvent.click(
      within(screen.getByRole("dialog")).getByRole("button", { name: "Save baseline" })
    );

  test("offers 'Baseline <date>', saves under the name typed", async () => {
    const saved: string[] = [];
    const name = await openDialog(saved);
    expect((name as HTMLInputElement).value).toMatch(/^Baseline \d{4}-\d{2}-\d{2}$/);
    screen.getByText(/copy of the 3 valid budget lines/);
    fireEvent.change(name, { target: { value: "=SUM(A1)" } });
    pressSave();
    await waitFor(() => expect(saved).toEqual(["=SUM(A1)"]));
    await waitFor(() => expect(screen.queryByRole("dialog")).toBeNull());
  });

  test("refuses a name already used (case and spaces ignored) and saves nothing", async () => {
    const saved: string[] = [];
    const name = await openDialog(saved);
    fireEvent.change(name, { target: { value: "  approved   q1 " } });
    pressSave();
    await screen.findByText(
      "A baseline named 'Approved Q1' is already saved. Choose another name."
    );
    expect(saved).toEqual([]);
    screen.getByRole("dialog");
  });

  test("a refusal from the workbook is shown and the dialog stays open", async () => {
    show(
      stateOf({ budget }),
      actionsWith(async () => ({ ok: false, error: "This workbook has no Baselines table." }))
    );
    fireEvent.click(screen.getByRole("button", { name: "Save baseline" }));
    fireEvent.click(
      within(await screen.findByRole("dialog")).getByRole("button", { name: "Save baseline" })
    );
    await screen.findByText("This workbook has no Baselines table.");
    screen.getByRole("dialog");
  });
});

describe("finance's shaping (pure)", () => {
  const metrics = baselineMetrics(stateOf({ budget, baselines }).plan)!;
  test("signed amounts use a real minus sign", () => {
    expect(signedMoney(-25, "USD")).toBe("−\u2060$25");
    expect(signedMoney(0, "USD")).toBe("$0");
    expect(signedMoney(1200, "EUR")).toBe("+€1,200");
  });
  test("by month for one team; unchanged lines are left out unless their Status changed", () => {
    expect(compareByMonth(metrics, "Joint")[1]).toEqual({
      label: "Feb 2027",
      baseline: 0,
      now: 30,
      variance: 30,
    });
    expect(lineChanges(metrics, "USD").map((l) => l.line)).toEqual(["TV", "Calls", "Fair", "Old"]);
  });
});
