/** "Pelita" is an oil lamp: a small flame over a bowl, drawn in the primary colour. */
export function Lamp({ size = 28 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
      <path d="M16 3c3 4 5 6.5 5 9.5a5 5 0 0 1-10 0C11 9.5 13 7 16 3z" fill="#f2a93b" />
      <path d="M16 8.5c1.4 2 2.3 3.2 2.3 4.6a2.3 2.3 0 0 1-4.6 0c0-1.4.9-2.6 2.3-4.6z" fill="#fde3a7" />
      <path d="M4 18h24c0 4.4-4.9 8-11 8h-2c-6.1 0-11-3.6-11-8z" fill="var(--mantine-primary-color-filled)" />
      <rect x="11" y="27" width="10" height="2.5" rx="1.2" fill="var(--mantine-primary-color-filled)" />
    </svg>
  );
}
