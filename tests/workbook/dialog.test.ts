/** The full-size Meeting view's plumbing: the plan message, and Office's Dialog API as called. */
import { checkPlan, parsePlan, samplePlan } from "../../src/domain";
import {
  officeOffersDialogs,
  openOfficeDialog,
  planMessage,
  stateFromMessage,
} from "../../src/workbook/dialog";
import { loadPlan, setUpPlan } from "../../src/workbook";
import { emptyWorkbook, seat } from "./sim";

test("the page rebuilds the pane's plan from the message and checks it the same way", async () => {
  const wb = emptyWorkbook();
  const me = seat(wb);
  await setUpPlan(me.host, { rows: samplePlan(2027) });
  const state = await loadPlan(me.host);
  const again = stateFromMessage(planMessage(state))!;
  expect(again.plan).toEqual(parsePlan(state.workbook.input));
  expect(again.check).toEqual(state.check);
  expect(again.check.metrics.syncScore).toBe(checkPlan(state.workbook.input).metrics.syncScore);
});

test("anything but a plan message is ignored", () => {
  expect(stateFromMessage("ready")).toBeNull();
  expect(stateFromMessage("{")).toBeNull();
  expect(stateFromMessage(JSON.stringify({ kind: "other" }))).toBeNull();
  expect(stateFromMessage(JSON.stringify({ kind: "plan" }))).toBeNull();
});

describe("in Office", () => {
  const calls: { url: string; options: unknown }[] = [];
  const sent: string[] = [];
  const handlers = new Map<string, (arg: unknown) => void>();
  let sets: Record<string, boolean>;
  beforeEach(() => {
    calls.length = 0;
    sent.length = 0;
    sets = { "DialogApi 1.1": true, "DialogApi 1.2": true };
    (globalThis as Record<string, unknown>).window = {
      location: { href: "https://plans.example.org/joint-plan/taskpane.html?_host_Info=x" },
    };
    (globalThis as Record<string, unknown>).Office = {
      AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
      EventType: { DialogMessageReceived: "message", DialogEventReceived: "event" },
      context: {
        requirements: { isSetSupported: (n: string, v: string) => sets[`${n} ${v}`] === true },
        ui: {
          displayDialogAsync(url: string, options: unknown, callback: (r: unknown) => void) {
            calls.push({ url, options });
            callback({
              status: "succeeded",
              value: {
                addEventHandler: (type: string, h: (arg: unknown) => void) => handlers.set(type, h),
                messageChild: (m: string) => sent.push(m),
                close: () => sent.push("(closed)"),
              },
            });
          },
        },
      },
    };
  });
  afterAll(() => {
    delete (globalThis as Record<string, unknown>).Office;
    delete (globalThis as Record<string, unknown>).window;
  });

  test("opens meeting.html beside the pane, as large as the screen, and passes messages both ways", async () => {
    const heard: string[] = [];
    let closed = false;
    const dialog = await openOfficeDialog("meeting", {
      onMessage: (m) => heard.push(m),
      onClosed: () => (closed = true),
    });
    expect(calls).toEqual([
      {
        url: "https://plans.example.org/joint-plan/meeting.html",
        options: { height: 100, width: 100 },
      },
    ]);
    handlers.get("message")!({ message: "ready" });
    expect(heard).toEqual(["ready"]);
    dialog.send("plan");
    expect(sent).toEqual(["plan"]);
    handlers.get("event")!({ error: 12006 });
    expect(closed).toBe(true);
  });

  test("needs Dialog API 1.2 to give the page the plan", () => {
    expect(officeOffersDialogs()).toBe(true);
    sets["DialogApi 1.2"] = false;
    expect(officeOffersDialogs()).toBe(false);
  });
});
