/** STUB: replaced by the helper that builds this screen. */
export function ReportsPage() {
  return <p>ReportsPage</p>;
}
