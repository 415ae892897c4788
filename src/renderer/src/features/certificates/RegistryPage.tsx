/** Placeholder until this screen lands. */
export function RegistryPage() {
  return null;
}
