import type { ComponentProps } from 'react';
import { buttonClass, type ButtonVariant } from './button-class';

/** A button in one of Leadline's four styles. */
export function Button({
  variant = 'secondary',
  className = '',
  type = 'button',
  ...props
}: ComponentProps<'button'> & { variant?: ButtonVariant }) {
  return <button type={type} className={buttonClass(variant, className)} {...props} />;
}

/** A form's two buttons: submit (disabled while `busy`) and Cancel. */
export function FormButtons({ submitLabel, busy, onCancel }: { submitLabel: string; busy?: boolean | undefined; onCancel: () => void }) {
  return (
    <div className="flex gap-2">
      <Button type="submit" variant="primary" disabled={busy}>
        {submitLabel}
      </Button>
      <Button onClick={onCancel}>Cancel</Button>
    </div>
  );
}
