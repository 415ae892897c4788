import { TextInput, type TextInputProps } from '@mantine/core';
import { IconScan } from '@tabler/icons-react';
import { useRef, useState } from 'react';

interface TagScanFieldProps extends Omit<TextInputProps, 'value' | 'onChange' | 'onSubmit'> {
  /** Called with the trimmed tag when the scanner (or the clerk) presses Enter. */
  onTag: (tag: string) => unknown;
  /** True while the last tag is being looked up: a second Enter is ignored, not queued. */
  busy?: boolean;
}

/**
 * Where a USB barcode scanner types an asset tag. Scanners type fast and end with Enter, so the
 * field keeps its focus and selects its text after each tag: the next scan replaces the last
 * without the clerk touching the keyboard, and a typed tag works the same way.
 */
export function TagScanField({ onTag, busy = false, ...props }: TagScanFieldProps) {
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);

  const submit = async () => {
    const tag = text.trim();
    if (tag === '' || busy) return;
    try {
      await onTag(tag);
    } finally {
      input.current?.select();
    }
  };

  return (
    <TextInput
      ref={input}
      leftSection={<IconScan size={18} />}
      autoComplete="off"
      spellCheck={false}
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      {...props}
      value={text}
      onChange={(event) => setText(event.currentTarget.value)}
      onKeyDown={(event) => {
        if (event.key !== 'Enter') return;
        event.preventDefault();
        void submit();
      }}
    />
  );
}
