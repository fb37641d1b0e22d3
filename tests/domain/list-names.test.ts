/** listNames: the names a flag message lists, each once, in the order first met. */
import { listLabels, listNames } from "../../src/domain/flags/words";

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

describe("listLabels", () => {
  const hours = (name: string, h: number) => `${name} (${h} h)`;
  /** What listNames says of the labels written out: listLabels must say the same. */
  const expected = (names: string[], details: number[], max?: number) =>
    listNames(
      names.map((n, i) => hours(n, details[i])),
      max
    );

  it("says what listNames says of the written labels", () => {
    const cases: Array<[string[], number[]]> = [
      [[], []],
      [["A"], [48]],
      [
        ["A", "A"],
        [48, 48],
      ],
      [
        ["A", "A"],
        [48, 72],
      ],
      [
        ["A", "B", "A", "C", "B"],
        [48, 48, 48, 24, 72],
      ],
      [
        ["A", "B", "C", "D", "E", "A"],
        [1, 2, 3, 4, 5, 1],
      ],
    ];
    for (const [names, details] of cases) {
      expect(listLabels(names, details, hours)).toBe(expected(names, details));
      expect(listLabels(names, details, hours, 5)).toBe(expected(names, details, 5));
    }
  });

  it("counts a name with two details twice and one repeated once", () => {
    expect(listLabels(["A", "A", "B", "A", "C", "D"], [48, 72, 48, 48, 1, 2], hours)).toBe(
      "A (48 h), A (72 h), B (48 h) and 2 more"
    );
  });

  it("writes out only the labels it shows", () => {
    const label = jest.fn(hours);
    const names = Array.from({ length: 1000 }, (_, i) => `Activity ${i}`);
    listLabels(
      names,
      names.map(() => 48),
      label
    );
    expect(label).toHaveBeenCalledTimes(3);
  });
});
