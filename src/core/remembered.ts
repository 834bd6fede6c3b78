/**
 * A pure function of one key with its answers kept: validating a workbook asks the
 * same few hundred questions — a format's kind, a day's number, a date in Thai — up to
 * a million times. At most `limit` answers are kept; past that the memory starts
 * afresh, so a workbook of endless distinct keys cannot grow it without end.
 * `const dayNumber = remembered((iso: IsoDate) => …, 10_000)`.
 */
export function remembered<K, V>(compute: (key: K) => V, limit: number): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    // A Map takes -0 for 0, whose answers may differ (Intl writes "-0").
    if (Object.is(key, -0)) return compute(key);
    const answer = known.get(key);
    if (answer !== undefined || known.has(key)) return answer as V;
    const computed = compute(key);
    if (known.size >= limit) known.clear();
    known.set(key, computed);
    return computed;
  };
}
