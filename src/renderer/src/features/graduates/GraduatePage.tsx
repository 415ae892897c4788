/** STUB: replaced by the helper that builds this screen. */
export function GraduatePage() {
  return <p>GraduatePage</p>;
}
