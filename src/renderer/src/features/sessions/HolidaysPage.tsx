/** Placeholder until this screen lands. */
export function HolidaysPage() {
  return null;
}
