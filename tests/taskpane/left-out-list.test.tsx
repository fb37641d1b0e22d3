/** @jest-environment jsdom */
/**
 * A left-out row's buttons say what they do in words a person can also speak: each button's
 * accessible name contains its visible text (WCAG 2.5.3, label in name), so "Select Jun cell"
 * works for a voice-control user who reads it off the screen.
 */
import "./dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { LeftOutList } from "../../src/taskpane/components/LeftOutList";
import { fakeActions } from "./fakes";

test("each Select button's accessible name contains its visible text and names the row", () => {
  render(
    <FluentProvider theme={webLightTheme}>
      <LeftOutList
        table="Budget"
        actions={fakeActions({})}
        rows={[
          {
            row: 4,
            sheetRow: 6,
            amount: 9000,
            place: "Budget row 6",
            name: "Trade show",
            problems: [
              { column: "Jun", value: "lots", message: "Jun 'lots' is not a number." },
              { column: null, value: null, message: "The row has no Line." },
            ],
          },
        ]}
      />
    </FluentProvider>
  );
  const buttons = screen.getAllByRole("button");
  expect(buttons.map((b) => b.textContent)).toEqual(["Select Jun cell", "Select row"]);
  for (const button of buttons) {
    const name = button.getAttribute("aria-label") ?? button.textContent ?? "";
    expect(name).toContain(button.textContent);
    expect(name).toContain("Budget row 6");
  }
});
