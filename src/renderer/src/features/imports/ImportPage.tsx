/** STUB: replaced by the helper that builds this screen. */
export function ImportPage() {
  return <p>ImportPage</p>;
}
