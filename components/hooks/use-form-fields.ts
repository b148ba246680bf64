import { useState, type FormEvent } from 'react';

/** A form parser's answer: the checked value, or a message per field. */
export type Parsed<V extends object, T> = ({ ok: true } & T) | { ok: false; errors: Partial<Record<keyof V, string>> };

/**
 * The state of a form of text fields (lead, campaign): what is typed, the errors of the last
 * submit, `bind(key)` for a field's value, error and onChange, `dirty` once anything differs from
 * what the form opened with, and `submit(onValid)` that checks the input with `parse` first and
 * marks the fields it refuses.
 */
export function useFormFields<V extends Record<keyof V, string>, T extends object>(initial: () => V, parse: (input: V) => Parsed<V, T>) {
  const [opened] = useState(initial);
  const [input, setInput] = useState<V>(opened);
  const [errors, setErrors] = useState<Partial<Record<keyof V, string>>>({});
  const bind = (key: keyof V) => ({
    value: input[key],
    error: errors[key],
    onChange: (event: { target: { value: string } }) => setInput((prev) => ({ ...prev, [key]: event.target.value })),
  });
  const dirty = (Object.keys(opened) as (keyof V)[]).some((key) => opened[key] !== input[key]);
  const submit = (onValid: (checked: T, input: V) => void) => (event: FormEvent) => {
    event.preventDefault();
    const result = parse(input);
    if (!result.ok) {
      setErrors(result.errors);
      return;
    }
    setErrors({});
    onValid(result, input);
  };
  return { input, errors, bind, dirty, submit };
}
