/** listNames: the names a flag message lists, each once, in the order first met. */
import { listNames } from "../../src/domain/flags/words";

describe("listNames", () => {
  it("lists one, two and three names in words", () => {
    expect(listNames([])).toBe("");
    expect(listNames(["A"])).toBe("A");
    expect(listNames(["A", "B"])).toBe("A and B");
    expect(listNames(["A", "B", "C"])).toBe("A, B and C");
  });

  it("names each name once, in the order first met", () => {
    expect(listNames(["B", "A", "B", "A"])).toBe("B and A");
    expect(listNames(["A", "A", "A"])).toBe("A");
  });

  it("counts the distinct names left out", () => {
    const names = ["A", "B", "A", "C", "D", "B", "E", "E"];
    expect(listNames(names)).toBe("A, B, C and 2 more");
    expect(listNames(names, 5)).toBe("A, B, C, D and E");
    expect(listNames(names, 4)).toBe("A, B, C, D and 1 more");
  });

  it("tells names apart exactly: case and spaces count as written", () => {
    expect(listNames(["Media", "media", "Media "])).toBe("Media, media and Media ");
  });

  it("counts thousands of names, repeated, exactly", () => {
    const names = Array.from({ length: 5000 }, (_, i) => `Activity ${i % 1200}`);
    expect(listNames(names)).toBe("Activity 0, Activity 1, Activity 2 and 1197 more");
  });
});
