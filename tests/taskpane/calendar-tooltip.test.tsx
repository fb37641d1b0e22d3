/** @jest-environment jsdom */
/**
 * The calendar's one shared tooltip (issue 9, UI speed): the bars have no handlers of their own,
 * yet hovering or focusing a bar shows that bar's detail, moving to another bar shows the other's,
 * leaving hides it, and a click opens the bar's own activity.
 */
import "./dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import type { Actions } from "../../src/taskpane/hooks/useActions";
import { CalendarView } from "../../src/taskpane/views/CalendarView";
import type { PlanState } from "../../src/workbook";
import { samplePane } from "./pane";

let state: PlanState;
beforeAll(async () => {
  state = await (await samplePane()).state();
});

/** Renders the calendar; `asked` gets each Activities row whose form the calendar asks to open. */
function show(asked: number[] = []) {
  const ok = async () => ({ ok: true });
  const actions = {
    busy: null,
    error: null,
    notice: null,
    rowRef: (_table: string, row: number) => {
      asked.push(row);
      return null;
    },
    selectRows: async () => {},
    addRow: ok,
    updateRow: ok,
    deleteRow: ok,
  } as unknown as Actions;
  return render(
    <FluentProvider theme={webLightTheme}>
      <CalendarView state={state} actions={actions} />
    </FluentProvider>
  );
}

const bar = (id: string) =>
  document.querySelector<HTMLButtonElement>(`button[data-activity="${id}"]`)!;
const tip = () => screen.getByRole("tooltip", { hidden: true });

describe("the calendar's shared tooltip", () => {
  it("shows the hovered bar's detail, follows the pointer to another bar, and hides on leaving", () => {
    show();
    const [first, second] = state.plan.activities;
    expect(tip().hidden).toBe(true);

    fireEvent.mouseOver(bar(first.id).querySelector("span")!, { relatedTarget: document.body });
    expect(tip().hidden).toBe(false);
    expect(tip().textContent).toContain(`${first.id} · ${first.activity}`);

    // Within the same bar, nothing changes.
    fireEvent.mouseOut(bar(first.id).querySelector("span")!, { relatedTarget: bar(first.id) });
    expect(tip().textContent).toContain(first.activity);

    fireEvent.mouseOut(bar(first.id), { relatedTarget: bar(second.id) });
    fireEvent.mouseOver(bar(second.id), { relatedTarget: bar(first.id) });
    expect(tip().hidden).toBe(false);
    expect(tip().textContent).toContain(`${second.id} · ${second.activity}`);
    expect(tip().textContent).not.toContain(`${first.id} · `);

    fireEvent.mouseOut(bar(second.id), { relatedTarget: document.body });
    expect(tip().hidden).toBe(true);
  });

  it("shows the focused bar's detail, described-by from that bar only, and Escape hides it", () => {
    show();
    const [first, second] = state.plan.activities;
    fireEvent.focus(bar(first.id));
    expect(tip().textContent).toContain(first.activity);
    expect(bar(first.id).getAttribute("aria-describedby")).toBe(tip().id);
    fireEvent.blur(bar(first.id));
    expect(bar(first.id).hasAttribute("aria-describedby")).toBe(false);
    fireEvent.focus(bar(second.id));
    expect(tip().textContent).toContain(second.activity);
    fireEvent.keyDown(bar(second.id), { key: "Escape" });
    expect(tip().hidden).toBe(true);
  });

  it("a click anywhere on a bar opens that bar's activity", () => {
    const asked: number[] = [];
    show(asked);
    const [first, second] = state.plan.activities;
    fireEvent.click(bar(second.id).querySelector("span")!);
    fireEvent.click(bar(first.id));
    expect(asked).toEqual([second.row, first.row]);
  });
});
