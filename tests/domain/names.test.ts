import {
  findName,
  indexOfName,
  keyClash,
  monthLabel,
  normalName,
  REQUIRED_TABLES,
  sameName,
  valueByName,
} from "../../src/domain";

describe("names: one rule for headers, settings and keys", () => {
  test("spaces around and letter case do not count", () => {
    expect(sameName("  Activity id ", "Activity ID")).toBe(true);
    expect(sameName("n-1", "N-1")).toBe(true);
    expect(sameName("N-1", "N-11")).toBe(false);
    expect(normalName(null)).toBe("");
    expect(normalName(12)).toBe("12");
  });

  test("a value is found under a header however a person spelled it", () => {
    const row = { " activity ID": "N-1", Name: "Spring" };
    expect(findName(row, "Activity ID")).toBe(" activity ID");
    expect(valueByName(row, "name")).toBe("Spring");
    expect(valueByName(row, "Notes")).toBeUndefined();
    expect(indexOfName(["Lane", " SIDE "], "Side")).toBe(1);
    expect(indexOfName(["Lane"], "Side")).toBe(-1);
  });

  test("a key is taken by any other row, whatever its case or spaces", () => {
    const keys = ["N-1", " n-2 ", null, ""];
    expect(keyClash(keys, "n-2")).toBe(1);
    expect(keyClash(keys, "N-2", 1)).toBe(-1);
    expect(keyClash(keys, "N-3")).toBe(-1);
    expect(keyClash(keys, "  ")).toBe(-1);
  });

  test("Settings, Activities and Budget are the tables a plan needs", () => {
    expect([...REQUIRED_TABLES]).toEqual(["Settings", "Activities", "Budget"]);
  });
});

describe("monthLabel", () => {
  test("a YYYY-MM month reads as 'Mar 2027'; other text is kept", () => {
    expect(monthLabel("2027-03")).toBe("Mar 2027");
    expect(monthLabel("2028-12")).toBe("Dec 2028");
    expect(monthLabel("2027-13")).toBe("2027-13");
    expect(monthLabel("soon")).toBe("soon");
  });
});
