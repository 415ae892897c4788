import type { KeyboardEvent } from 'react';

/**
 * At this desk Enter means "save" wherever the focus is. A text field does that by itself; radios,
 * the segmented control and a closed dropdown do not (a closed Select would open its list). A list
 * that is open keeps Enter for picking, a textarea for its new lines. Used in the capture phase,
 * before the dropdown sees the key.
 */
export function submitOnEnter(event: KeyboardEvent<HTMLFormElement>) {
  const target = event.target;
  if (event.key !== 'Enter' || !(target instanceof HTMLInputElement)) return;
  const closedList =
    target.getAttribute('aria-haspopup') === 'listbox' && target.getAttribute('aria-expanded') !== 'true';
  if (target.type === 'radio' || closedList) {
    event.preventDefault();
    event.stopPropagation();
    event.currentTarget.requestSubmit();
  }
}
