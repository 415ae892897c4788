/** STUB: replaced by the helper that builds this screen. */
export function CompanyPage() {
  return <p>CompanyPage</p>;
}
