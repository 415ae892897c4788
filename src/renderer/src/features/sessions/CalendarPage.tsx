/** Placeholder until this screen lands. */
export function CalendarPage() {
  return null;
}
