import { Button } from '../button';
import { TextField } from '../field';

/**
 * The deal-value input with its explicit "Clear value" action: left empty it keeps the stored value
 * (see dealValueRequest in lib/leads/stage-move.ts); only Clear removes it.
 */
export function DealValueField({
  label,
  value,
  error,
  hint,
  stored,
  cleared,
  onChange,
  onClearedChange,
}: {
  label: string;
  value: string;
  error?: string | undefined;
  hint?: string | undefined;
  /** The stored value as shown, when there is one. */
  stored: string | undefined;
  cleared: boolean;
  onChange: (value: string) => void;
  onClearedChange: (cleared: boolean) => void;
}) {
  return (
    <div className="flex flex-col gap-1">
      <TextField
        label={label}
        inputMode="decimal"
        value={cleared ? '' : value}
        disabled={cleared}
        error={error}
        hint={
          cleared ? `The deal value (${stored ?? ''}) will be removed` : (hint ?? (stored ? `Leave empty to keep ${stored}` : undefined))
        }
        onChange={(event) => onChange(event.target.value)}
      />
      {stored ? (
        <div>
          <Button variant="ghost" aria-pressed={cleared} onClick={() => onClearedChange(!cleared)}>
            {cleared ? 'Keep the deal value' : 'Clear value'}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
