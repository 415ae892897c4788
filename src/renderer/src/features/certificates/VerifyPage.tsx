/** Placeholder until this screen lands. */
export function VerifyPage() {
  return null;
}
