/** A map lookup that fails loudly on a typo in the seed data instead of writing a null. */
export function lookup<K, V>(map: Map<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`Seed data refers to unknown ${String(key)}`);
  return value;
}
