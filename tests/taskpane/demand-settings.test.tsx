/** @jest-environment jsdom */
/**
 * The funnel and measurement settings in the Settings view: each validated by the checker's own
 * reader before it is written, shares shown as percentages, and a one-line hint of what it changes.
 */
import "./dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import type { Actions } from "../../src/taskpane/hooks/useActions";
import { settingCell, settingError, settingText } from "../../src/taskpane/model/settings";
import { SettingsView } from "../../src/taskpane/views/SettingsView";
import type { Cell } from "../../src/workbook";
import { demandState } from "./demand-plan";

describe("the new settings, validated as the checker reads them", () => {
  it.each<[string, Cell]>([
    ["Average deal size", 0],
    ["Average deal size", "lots"],
    ["Lead-to-close rate", 0],
    ["Lead-to-close rate", 1.5],
    ["Sales cycle (months)", 13],
    ["Sales cycle (months)", 1.5],
    ["Follow-up target", 2],
    ["Channel shift threshold", 0],
  ])("%s %p is refused with the checker's message", (setting, value) => {
    const message = settingError(setting, value);
    expect(message).toMatch(new RegExp(`^${setting.replace(/[()]/g, "\\$&")}`));
    expect(message).not.toMatch(/default is used/);
  });

  it.each<[string, Cell]>([
    ["Average deal size", 25000],
    ["Average deal size", ""],
    ["Lead-to-close rate", 0.12],
    ["Lead-to-close rate", ""],
    ["Sales cycle (months)", 0],
    ["Sales cycle (months)", 12],
    ["Follow-up target", 0.9],
    ["Channel shift threshold", 1],
  ])("%s %p is accepted", (setting, value) => {
    expect(settingError(setting, value)).toBeNull();
  });

  it("reads a typed percentage as a share, and shows shares as percentages", () => {
    expect(settingCell("Lead-to-close rate", "12%")).toBeCloseTo(0.12);
    expect(settingText("Lead-to-close rate", 0.125)).toBe("12.5%");
    expect(settingText("Follow-up target", 0.9)).toBe("90%");
    expect(settingText("Channel shift threshold", 0.3)).toBe("30%");
    expect(settingText("Average deal size", 25000)).toBe("25000");
  });
});

describe("the Settings view", () => {
  const saved: Array<[string, Cell, Cell]> = [];
  const actions = {
    saveSetting: async (setting: string, before: Cell, after: Cell) => {
      saved.push([setting, before, after]);
      return { ok: true };
    },
    rowRef: () => null,
  } as unknown as Actions;

  it("shows each new setting with its value and a hint of what it changes; a bad value is not saved", async () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <SettingsView state={demandState()} actions={actions} />
      </FluentProvider>
    );
    screen.getByRole("heading", { name: "Funnel" });
    screen.getByRole("heading", { name: "Measurement" });
    expect(screen.getByRole("textbox", { name: "Average deal size" })).toHaveProperty(
      "value",
      "10000"
    );
    expect(screen.getByRole("textbox", { name: "Lead-to-close rate" })).toHaveProperty(
      "value",
      "10%"
    );
    expect(screen.getByRole("textbox", { name: "Sales cycle (months)" })).toHaveProperty(
      "value",
      "2"
    );
    screen.getByRole("textbox", { name: "Follow-up target" });
    screen.getByRole("textbox", { name: "Channel shift threshold" });
    screen.getByText(/turns each revenue target into deals/);
    screen.getByText(/a target's leads are needed this much earlier/);

    const cycle = screen.getByRole("textbox", { name: "Sales cycle (months)" });
    fireEvent.change(cycle, { target: { value: "14" } });
    fireEvent.click(screen.getByRole("button", { name: "Save Sales cycle (months)" }));
    await screen.findByText(/^Sales cycle \(months\) '?14'? /);
    expect(saved).toEqual([]);

    fireEvent.change(screen.getByRole("textbox", { name: "Lead-to-close rate" }), {
      target: { value: "12%" },
    });
    fireEvent.click(screen.getByRole("button", { name: "Save Lead-to-close rate" }));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(saved[0][0]).toBe("Lead-to-close rate");
    expect(saved[0][1]).toBe(0.1);
    expect(saved[0][2]).toBeCloseTo(0.12);
  }, 180000); // rendering Fluent in jsdom is slow on a shared machine; nothing here is timed
});
