/**
 * A phone number as WhatsApp wants it: digits only, the country code 62 instead of the leading 0
 * ("0812-3456-7890" -> "6281234567890"). Null when there is no number to write to.
 */
export function whatsappNumber(phone: string): string | null {
  const digits = phone.replace(/\D/g, '');
  if (digits === '') return null;
  if (digits.startsWith('62')) return digits;
  if (digits.startsWith('0')) return `62${digits.slice(1)}`;
  return `62${digits}`;
}
