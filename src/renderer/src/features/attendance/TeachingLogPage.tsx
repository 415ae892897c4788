/** Placeholder until this screen lands. */
export function TeachingLogPage() {
  return null;
}
