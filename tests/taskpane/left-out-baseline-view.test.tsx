/** @jest-environment jsdom */
/** The Budget view's comparison with a baseline names a left-out line as left out (see left-out-baseline.test.ts). */
import "./dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen, within } from "@testing-library/react";
import { samplePlan } from "../../src/domain";
import { FinanceSection } from "../../src/taskpane/views/FinanceSection";
import { fakeActions, readState } from "./fakes";

test("the Budget view lists a line left out for a problem as left out, and its variance says what it leaves out", async () => {
  const input = samplePlan(2027);
  input.budget.find((r) => r.Line === "TV and online media")!.Apr = "lots";
  render(
    <FluentProvider theme={webLightTheme}>
      <FinanceSection state={readState(input)} actions={fakeActions({})} />
    </FluentProvider>
  );
  const list = await screen.findByRole("list", { name: "Lines since the baseline" });
  expect(within(list).getByText(/^TV and online media: left out for a problem/).textContent).toBe(
    "TV and online media: left out for a problem (Budget row 2, Apr 'lots'), counted as $0, −\u2060$100,000 for the year (Mar 2027 −\u2060$50,000, Apr 2027 −\u2060$40,000, May 2027 −\u2060$10,000)"
  );
  expect(within(list).queryByText(/removed/)).toBeNull();
  screen.getByText(/variance .*\. \$70,000 on 1 line is not counted: Budget row 2, Apr 'lots'\.$/);
});
