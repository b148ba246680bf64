import { useId, useRef, useState, type KeyboardEvent } from 'react';

/**
 * A button that opens and closes a panel (a menu, a chooser): its open state, the panel's id for
 * `aria-controls`, the trigger's ref, and a keydown handler for the wrapper so Esc from the trigger
 * or anywhere in the panel closes it and puts focus back on the trigger.
 */
export function useDisclosure() {
  const [open, setOpen] = useState(false);
  const id = useId();
  const trigger = useRef<HTMLButtonElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    event.stopPropagation();
    setOpen(false);
    trigger.current?.focus();
  };
  return { open, setOpen, id, trigger, onKeyDown };
}
