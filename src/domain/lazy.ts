/**
 * An object whose fields are worked out when first read, then kept. A check's figures are
 * many (months, year, channels, baseline, scorecard, demand) and the pane's first screen reads
 * one of them (the sync score): the others are worked out when a view that shows them opens.
 */
export function lazyFields<T extends object>(compute: { [K in keyof T]: () => T[K] }): T {
  const fields = {} as T;
  for (const key of Object.keys(compute) as Array<keyof T>) {
    Object.defineProperty(fields, key, {
      enumerable: true,
      configurable: true,
      get(): T[keyof T] {
        const value = compute[key]();
        // From now on a plain field: read again, it is not worked out again.
        Object.defineProperty(fields, key, { value, enumerable: true, writable: false });
        return value;
      },
    });
  }
  return fields;
}
