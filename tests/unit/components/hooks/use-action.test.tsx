// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useAction } from '@/components/hooks/use-action';
import { mount, until } from '../../react-helpers';

/** A button that saves a note through `save`, as a form's Save button does. */
function SaveNote({ save }: { save: (text: string) => Promise<string> }) {
  const { run, busy, error } = useAction(save);
  return (
    <div>
      <button
        type="button"
        disabled={busy}
        onClick={() => void run('Call back on Tuesday').then((id) => id && document.body.setAttribute('data-saved', id))}
      >
        {busy ? 'Saving…' : 'Save'}
      </button>
      {error ? <p role="alert">{error}</p> : null}
    </div>
  );
}

let unmount: (() => void) | undefined;
afterEach(() => {
  unmount?.();
  document.body.removeAttribute('data-saved');
});

describe('useAction', () => {
  it('disables the button while the write runs, then gives its result', async () => {
    let finish: (id: string) => void = () => undefined;
    const seen: string[] = [];
    const view = mount(<SaveNote save={(text) => new Promise((resolve) => ((finish = resolve), seen.push(text)))} />);
    unmount = view.unmount;
    const button = view.host.querySelector('button')!;
    act(() => button.click());
    await until(() => button.disabled, 'the button to disable');
    expect(button.textContent).toBe('Saving…');
    expect(seen).toEqual(['Call back on Tuesday']);
    act(() => finish('note-7'));
    await until(() => !button.disabled, 'the button to enable again');
    expect(document.body.getAttribute('data-saved')).toBe('note-7');
    expect(view.host.querySelector('[role="alert"]')).toBeNull();
  });

  it('shows a failure as text, and clears it when the next run starts', async () => {
    let attempts = 0;
    const view = mount(
      <SaveNote
        save={() => {
          attempts += 1;
          return attempts === 1 ? Promise.reject(new Error('The lead was deleted in another tab')) : new Promise<string>(() => undefined);
        }}
      />,
    );
    unmount = view.unmount;
    const button = view.host.querySelector('button')!;
    act(() => button.click());
    await until(() => view.host.querySelector('[role="alert"]') !== null, 'the error');
    expect(view.host.querySelector('[role="alert"]')!.textContent).toBe('The lead was deleted in another tab');
    expect(button.disabled).toBe(false);
    expect(document.body.getAttribute('data-saved')).toBeNull();
    act(() => button.click());
    await until(() => button.disabled, 'the second run');
    expect(view.host.querySelector('[role="alert"]')).toBeNull();
  });
});
