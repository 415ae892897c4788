/** STUB: replaced by the helper that builds this screen. */
export function FollowUpsPage() {
  return <p>FollowUpsPage</p>;
}
