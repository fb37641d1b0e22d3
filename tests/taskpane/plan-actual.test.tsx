/** @jest-environment jsdom */
/**
 * Plan versus actual in the Results view: reported Spend against the budget by month, for all
 * spend or a lane or a campaign; unreported spend reads "not reported", never $0; months more
 * than 10% over plan are marked.
 */
import "./dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { PlanVersusActual } from "../../src/taskpane/views/PlanVersusActual";
import { planInput, readState } from "./fakes";

const state = readState(
  planInput({
    budget: [
      { Line: "TV", Team: "Marketing", Lane: "Media", Campaign: "Spring", Jan: 1000, Feb: 1000 },
      { Line: "Calls", Team: "Sales", Lane: "Field sales", Jan: 500 },
    ],
    results: [
      { Month: "2027-01", Channel: "TV", Lane: "Media", Campaign: "Spring", Spend: 1200 },
      { Month: "2027-02", Channel: "TV", Lane: "Media", Campaign: "Spring", Spend: 1100 },
      { Month: "2027-03", Channel: "Web", Leads: 10 },
    ],
  })
);

const show = () =>
  render(
    <FluentProvider theme={webLightTheme}>
      <PlanVersusActual state={state} />
    </FluentProvider>
  );

const row = (name: string) => {
  const table = screen.getByRole("table", { name: "Plan versus actual by month" });
  const r = within(table)
    .getAllByRole("row")
    .find((x) => within(x).queryAllByRole("cell")[0]?.textContent === name)!;
  return within(r)
    .getAllByRole("cell")
    .map((c) => c.textContent);
};

test("all spend by month: actual, variance; unreported months read 'not reported', not $0", () => {
  show();
  expect(row("Jan 2027")).toEqual(["Jan 2027", "$1,500", "$1,200", "−\u2060$300", ""]);
  expect(row("Mar 2027")).toEqual(["Mar 2027", "$0", "not reported", "—", ""]);
  // Actuals against the plan of the reported months only; the full-year plan stands apart.
  expect(row("Plan of the 2 reported months")).toEqual([
    "Plan of the 2 reported months",
    "$2,500",
    "$2,300",
    "−\u2060$200",
    "",
  ]);
  expect(row("Full-year plan")).toEqual(["Full-year plan", "$2,500", "2 of 12 months reported"]);
});

test("a lane: months more than 10% over plan are marked, exactly 10% is not", async () => {
  show();
  screen.getByText("More than 10% over plan: lane Media in Jan 2027; campaign Spring in Jan 2027.");
  fireEvent.click(screen.getByRole("combobox", { name: "Spend" }));
  fireEvent.click(await screen.findByRole("option", { name: "Lane: Media" }));
  await waitFor(() =>
    expect(row("Jan 2027")).toEqual(["Jan 2027", "$1,000", "$1,200", "+$200", "Over plan by 20%"])
  );
  expect(row("Feb 2027")).toEqual(["Feb 2027", "$1,000", "$1,100", "+$100", ""]);
});

test("a lane with plan but no reported spend: not reported, never 0", async () => {
  show();
  fireEvent.click(screen.getByRole("combobox", { name: "Spend" }));
  fireEvent.click(await screen.findByRole("option", { name: "Lane: Field sales" }));
  await waitFor(() =>
    expect(row("Jan 2027")).toEqual(["Jan 2027", "$500", "not reported", "—", ""])
  );
});
