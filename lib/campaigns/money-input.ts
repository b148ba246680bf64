/** The outcome of reading an amount typed by a person. */
export type MoneyInputResult = { ok: true; value: number | undefined } | { ok: false; error: string };

/**
 * Reads an amount as typed: "12500", "12,500", "12 500.50". Empty means no amount. Negative numbers
 * and anything that is not a plain number ("1e5", "12.5.3", "ten", "$12") are refused with a message
 * that names the field, so the form can show it next to the input.
 */
export function parseMoneyInput(text: string, label: string): MoneyInputResult {
  const typed = text.trim();
  if (!typed) return { ok: true, value: undefined };
  if (/^[-−]/.test(typed)) return { ok: false, error: `${label} cannot be negative` };
  // Thousands separators are commas or spaces; the decimal separator is a point.
  if (!/^\d{1,3}([, ]\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/.test(typed)) {
    return { ok: false, error: `Enter the ${label.toLowerCase()} as a number, such as 12500 or 12,500.50` };
  }
  const value = Number(typed.replace(/[, ]/g, ''));
  if (!Number.isFinite(value)) return { ok: false, error: `${label} is too large` };
  return { ok: true, value: Math.round(value * 100) / 100 };
}
