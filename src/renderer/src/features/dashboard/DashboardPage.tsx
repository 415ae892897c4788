/** STUB: replaced by the helper that builds this screen. */
export function DashboardPage() {
  return <p>DashboardPage</p>;
}
