import fc from "fast-check";
import { KeyIndex } from "../../src/domain/key-index";

describe("KeyIndex", () => {
  test("keeps the value first stored under each key, like a Map filled with 'set if absent'", () => {
    fc.assert(
      fc.property(
        // Few distinct keys among many (repeats), and keys that collide in case or spaces.
        fc.array(fc.tuple(fc.string({ maxLength: 4 }), fc.integer()), { maxLength: 300 }),
        fc.nat({ max: 400 }),
        (entries, expected) => {
          const index = new KeyIndex(expected);
          const map = new Map<string, number>();
          for (const [key, value] of entries) {
            expect(index.addIfAbsent(key, value)).toBe(map.get(key));
            if (!map.has(key)) map.set(key, value);
          }
          expect(index.size).toBe(map.size);
          for (const [key] of entries) expect(index.get(key)).toBe(map.get(key));
          expect(index.get("not a key at all")).toBe(map.get("not a key at all"));
        }
      )
    );
  });

  test("grows far past the size it was made for", () => {
    const index = new KeyIndex(1);
    for (let i = 0; i < 5000; i++) expect(index.addIfAbsent(`L${i}`, i)).toBeUndefined();
    expect(index.size).toBe(5000);
    for (let i = 0; i < 5000; i++) expect(index.get(`L${i}`)).toBe(i);
    expect(index.addIfAbsent("L42", 0)).toBe(42);
  });
});
