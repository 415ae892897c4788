/** STUB: replaced by the helper that builds this screen. */
export function CompaniesPage() {
  return <p>CompaniesPage</p>;
}
