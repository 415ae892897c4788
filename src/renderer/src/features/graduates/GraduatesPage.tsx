/** STUB: replaced by the helper that builds this screen. */
export function GraduatesPage() {
  return <p>GraduatesPage</p>;
}
