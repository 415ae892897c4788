import type { ClassSummary } from '@shared/contract';

/** Placeholder until this tab lands. */
export function CertificatesTab({ klass }: { klass: ClassSummary }) {
  return klass.id > 0 ? null : null;
}
