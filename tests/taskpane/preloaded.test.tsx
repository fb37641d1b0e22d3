/** @jest-environment jsdom */
/**
 * A part of the first view left out of the first download (components/preloaded): its code starts
 * loading at once; until it arrives its same-size stand-in is drawn, then the part itself; once
 * it has arrived it is drawn directly, and a part already shown is never mounted again.
 */
import "./dom";
import { act, fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { preloaded } from "../../src/taskpane/components/preloaded";

/** A load that the test finishes (or fails) when it wants, counting its calls. */
function controlledLoad<T>() {
  const calls: { resolve: (value: T) => void; reject: (error: Error) => void }[] = [];
  const load = () => new Promise<T>((resolve, reject) => calls.push({ resolve, reject }));
  return { load, calls };
}

/** A part with its own state, to tell a part kept from a part mounted again. */
function Counter({ label }: { label: string }) {
  const [count, setCount] = useState(0);
  return <button onClick={() => setCount((c) => c + 1)}>{`${label} ${count}`}</button>;
}
const StandIn = ({ label }: { label: string }) => <span>{`waiting for ${label}`}</span>;

describe("preloaded", () => {
  it("starts loading when created, before anything is drawn", () => {
    const { load, calls } = controlledLoad<typeof Counter>();
    preloaded(load, StandIn);
    expect(calls).toHaveLength(1);
  });

  it("draws the stand-in until the code arrives, then the part", async () => {
    const { load, calls } = controlledLoad<typeof Counter>();
    const Part = preloaded(load, StandIn);
    render(<Part label="Team" />);
    expect(screen.getByText("waiting for Team")).toBeTruthy();
    await act(async () => calls[0].resolve(Counter));
    expect(screen.getByRole("button", { name: "Team 0" })).toBeTruthy();
    expect(screen.queryByText("waiting for Team")).toBeNull();
  });

  it("draws the part at once, without the stand-in, once its code has arrived", async () => {
    const { load, calls } = controlledLoad<typeof Counter>();
    const Part = preloaded(load, StandIn);
    await act(async () => calls[0].resolve(Counter));
    render(<Part label="Lane" />);
    // Synchronously, in the first commit.
    expect(screen.getByRole("button", { name: "Lane 0" })).toBeTruthy();
  });

  it("keeps a part shown before its code arrived: drawn again, it is not mounted again", async () => {
    const { load, calls } = controlledLoad<typeof Counter>();
    const Part = preloaded(load, StandIn);
    const view = render(<Part label="Campaign" />);
    await act(async () => calls[0].resolve(Counter));
    fireEvent.click(screen.getByRole("button", { name: "Campaign 0" }));
    view.rerender(<Part label="Campaign" />);
    expect(screen.getByRole("button", { name: "Campaign 1" })).toBeTruthy();
  });

  it("loads again when drawn after a failed download", async () => {
    const { load, calls } = controlledLoad<typeof Counter>();
    const Part = preloaded(load, StandIn);
    await act(async () => calls[0].reject(new Error("offline")));
    render(<Part label="Team" />);
    expect(screen.getByText("waiting for Team")).toBeTruthy();
    await act(async () => {});
    expect(calls).toHaveLength(2);
    await act(async () => calls[1].resolve(Counter));
    expect(screen.getByRole("button", { name: "Team 0" })).toBeTruthy();
  });
});
