type UnionToIntersection<U> = (U extends unknown ? (arg: U) => void : never) extends (arg: infer I) => void ? I : never;

/** Merges per-room maps into one; a name declared twice is a programming error caught at load. */
export function mergeUnique<Parts extends Record<string, unknown>[]>(
  ...parts: Parts
): UnionToIntersection<Parts[number]> {
  const merged: Record<string, unknown> = {};
  for (const part of parts) {
    for (const [name, value] of Object.entries(part)) {
      if (Object.hasOwn(merged, name)) throw new Error(`Duplicate method name: ${name}`);
      merged[name] = value;
    }
  }
  return merged as UnionToIntersection<Parts[number]>;
}
