/** @jest-environment jsdom */
/** What the pane shows after a refused or finished write: the conflict choices and the put-back offer. */
import "./dom";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen, within } from "@testing-library/react";
import { DeletedRow } from "../../src/taskpane/components/DeletedRow";
import type { Actions } from "../../src/taskpane/hooks/useActions";
import { ConflictChoices } from "../../src/taskpane/views/ConflictChoices";

const show = (node: JSX.Element) =>
  render(<FluentProvider theme={webLightTheme}>{node}</FluentProvider>);

describe("after a write", () => {
  it("ConflictChoices lists each field with theirs and yours (months and blanks in words) and reports the choice", () => {
    const theirs = jest.fn();
    const yours = jest.fn();
    show(
      <ConflictChoices
        conflicts={[
          { field: "End", theirs: "2027-04", yours: "2027-05" },
          { field: "Notes", theirs: "", yours: "2027-05-01 call them" },
        ]}
        onTakeTheirs={theirs}
        onKeepYours={yours}
      />
    );
    const all = screen.getByRole("group", { name: /changed while you were editing/ });
    const end = within(all).getByRole("group", { name: "End" });
    within(end).getByText("Theirs: Apr 2027");
    within(end).getByText("Yours: May 2027");
    const notes = within(all).getByRole("group", { name: "Notes" });
    within(notes).getByText("Theirs: (blank)");
    within(notes).getByText("Yours: 2027-05-01 call them");
    fireEvent.click(within(end).getByRole("button", { name: "Take theirs" }));
    fireEvent.click(within(notes).getByRole("button", { name: "Keep yours" }));
    expect(theirs).toHaveBeenCalledWith("End");
    expect(yours).toHaveBeenCalledWith("Notes");
  });

  it("ConflictChoices shows nothing when there is no conflict", () => {
    const { container } = show(
      <ConflictChoices conflicts={[]} onTakeTheirs={jest.fn()} onKeepYours={jest.fn()} />
    );
    expect(container.textContent).toBe("");
  });

  it("DeletedRow names the row, puts it back only when asked, and shows a refusal beside its button", async () => {
    const putBackDeleted = jest.fn(async () => ({
      ok: false,
      error: "ID 'A-04' is already used by row 4 of Activities. Choose another ID.",
    }));
    const dismissDeleted = jest.fn();
    const actions = {
      deleted: { table: "Activities", values: { ID: "A-04", Activity: "Spring mailer" }, seq: 1 },
      putBackDeleted,
      dismissDeleted,
    } as unknown as Actions;
    show(<DeletedRow actions={actions} />);
    const offer = screen.getByRole("group", { name: "Deleted activity A-04" });
    expect(putBackDeleted).not.toHaveBeenCalled();
    fireEvent.click(within(offer).getByRole("button", { name: "Put it back" }));
    await within(offer).findByText(/Not put back: ID 'A-04' is already used by row 4/);
    expect(putBackDeleted).toHaveBeenCalledTimes(1);
    fireEvent.click(within(offer).getByRole("button", { name: "Dismiss" }));
    expect(dismissDeleted).toHaveBeenCalledTimes(1);
  });

  it("DeletedRow shows nothing when no row was deleted", () => {
    const { container } = show(<DeletedRow actions={{ deleted: null } as unknown as Actions} />);
    expect(container.textContent).toBe("");
  });
});
