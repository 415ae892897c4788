import { TextInput, type TextInputProps } from '@mantine/core';
import { IconScan } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';

interface TagScanFieldProps extends Omit<TextInputProps, 'value' | 'onChange' | 'onSubmit'> {
  /** Called with the trimmed tag when the scanner (or the clerk) presses Enter, one tag at a time. */
  onTag: (tag: string) => unknown;
}

/**
 * Where a USB barcode scanner types an asset tag. A scanner types a tag and Enter faster than a
 * lookup answers, and the next label may follow at once: so Enter takes the tag, empties the
 * field for the next one, and the tags are handed on in order, each after the previous one is
 * done (to the latest `onTag`, so a list it adds to is never stale). The field keeps its focus.
 */
export function TagScanField({ onTag, ...props }: TagScanFieldProps) {
  const [text, setText] = useState('');
  const latest = useRef(onTag);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  useEffect(() => {
    latest.current = onTag;
  }, [onTag]);

  const take = () => {
    const tag = text.trim();
    setText('');
    if (tag === '') return;
    // The screen reports its own errors; one failed tag must not stop the ones behind it.
    queue.current = queue.current.then(() => latest.current(tag)).catch(() => undefined);
  };

  return (
    <TextInput
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
        take();
      }}
    />
  );
}
