/** Placeholder until this panel lands. */
export function CertificateSettingsPanel() {
  return null;
}
