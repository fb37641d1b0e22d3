import { checkPlan, samplePlan } from "../../src/domain";
import { lazyFields } from "../../src/domain/lazy";

describe("lazyFields", () => {
  it("works a field out when it is first read, once, and not the others", () => {
    const calls = { a: 0, b: 0 };
    const fields = lazyFields<{ a: number; b: string }>({
      a: () => {
        calls.a++;
        return 41 + calls.a;
      },
      b: () => {
        calls.b++;
        return "b";
      },
    });
    expect(calls).toEqual({ a: 0, b: 0 });
    expect(fields.a).toBe(42);
    expect(fields.a).toBe(42);
    expect(calls).toEqual({ a: 1, b: 0 });
  });

  it("lists every field, and compares, copies and serialises like a plain object", () => {
    const fields = lazyFields<{ a: number; b: number[] }>({ a: () => 1, b: () => [2, 3] });
    expect(Object.keys(fields)).toEqual(["a", "b"]);
    expect(fields).toEqual({ a: 1, b: [2, 3] });
    expect({ ...fields }).toEqual({ a: 1, b: [2, 3] });
    expect(JSON.parse(JSON.stringify(fields))).toEqual({ a: 1, b: [2, 3] });
  });

  it("keeps a field once worked out: it cannot be written over", () => {
    const fields = lazyFields<{ a: number[] }>({ a: () => [1] });
    const first = fields.a;
    expect(() => {
      (fields as { a: number[] }).a = [2];
    }).toThrow(TypeError);
    expect(fields.a).toBe(first);
  });
});

describe("a check's figures", () => {
  it("are the same whichever is read first", () => {
    const input = samplePlan(2027);
    const inOrder = checkPlan(input).metrics;
    const reversed = checkPlan(input).metrics;
    const keys = Object.keys(reversed).reverse() as Array<keyof typeof reversed>;
    const read = Object.fromEntries(keys.map((k) => [k, reversed[k]]));
    expect(read).toEqual({ ...inOrder });
    expect(inOrder.syncScore).toBeGreaterThan(0);
    expect(inOrder.months).toHaveLength(12);
  });
});
