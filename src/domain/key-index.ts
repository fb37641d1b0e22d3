/**
 * KeyIndex: text keys to numbers (a row, a position), for the checker's big
 * lookups (IDs, budget Lines, baseline lines): tens of thousands of keys. A
 * Map that large is slow to fill in V8 (its table moves to the old generation,
 * and every entry then pays for the young key and value it points to); this
 * table is typed arrays and a list of keys, so filling it is an order of
 * magnitude faster. Keys are compared exactly: callers normalise them.
 */
export class KeyIndex {
  /**
   * One index that lives as long as the module. V8 keeps the hidden class ("map") of an instance
   * with all its fields only while some instance lives: a full garbage collection between two
   * checks with no KeyIndex alive dropped it, and with it the optimised code of every function
   * that had used one (--trace-deopt: "marking dependent code ... reason: weak objects"), so each
   * check read its IDs and Lines in unoptimised code again.
   */
  private static readonly keepsItsMapAlive = new KeyIndex(1);

  private slots: Int32Array;
  private mask: number;
  private readonly keys: string[] = [];
  private readonly values: number[] = [];

  /** `expected`: about how many keys will be added (the table grows past it). */
  constructor(expected = 8) {
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
  }

  get size(): number {
    return this.keys.length;
  }

  /** The value stored under `key`, or undefined. */
  get(key: string): number | undefined {
    const entry = this.slots[this.find(key)];
    return entry < 0 ? undefined : this.values[entry];
  }

  /** Stores `value` under `key` unless the key is there already: then returns the value stored first. */
  addIfAbsent(key: string, value: number): number | undefined {
    let slot = this.find(key);
    const entry = this.slots[slot];
    if (entry >= 0) return this.values[entry];
    if ((this.keys.length + 1) * 2 > this.slots.length) {
      this.grow();
      slot = this.find(key);
    }
    this.slots[slot] = this.keys.length;
    this.keys.push(key);
    this.values.push(value);
    return undefined;
  }

  /** The slot holding `key`, or the empty slot where it would go (linear probing). */
  private find(key: string): number {
    let slot = hash(key) & this.mask;
    for (;;) {
      const entry = this.slots[slot];
      if (entry < 0 || this.keys[entry] === key) return slot;
      slot = (slot + 1) & this.mask;
    }
  }

  private grow() {
    const size = this.slots.length * 2;
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    for (let entry = 0; entry < this.keys.length; entry++) {
      let slot = hash(this.keys[entry]) & this.mask;
      while (this.slots[slot] >= 0) slot = (slot + 1) & this.mask;
      this.slots[slot] = entry;
    }
  }
}

/** FNV-1a over the UTF-16 code units. */
function hash(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
