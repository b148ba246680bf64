import { z } from 'zod';
import { EmailSchema, TimestampSchema, WebUrlSchema } from './primitives';

/** The webmail sites Leadline reads. */
export const MAIL_PROVIDERS = ['gmail', 'outlook'] as const;
export const MailProviderSchema = z.enum(MAIL_PROVIDERS);
export type MailProvider = z.infer<typeof MailProviderSchema>;

/** An address as a mail header shows it. */
export const MailPersonSchema = z.object({
  email: EmailSchema,
  name: z.string().trim().min(1).max(200).optional(),
});
export type MailPerson = z.infer<typeof MailPersonSchema>;

/** One message of a thread as the page shows it: who, to whom, when; a short snippet of its own words (never the quote). */
export const MailMessageSchema = z.object({
  /** Stable for the message across views (Gmail's message id; Outlook's sender and time). */
  key: z.string().min(1).max(300),
  from: MailPersonSchema,
  to: z.array(MailPersonSchema).max(100).default([]),
  /** When it was sent; absent when the page's date could not be read. */
  at: TimestampSchema.optional(),
  /** The date as the page shows it. */
  dateText: z.string().max(100).optional(),
  /** The first words of the message itself (kept on a logged email only when Settings say so). */
  snippet: z.string().max(500).optional(),
});
export type MailMessage = z.infer<typeof MailMessageSchema>;

/** A conversation open in Gmail or Outlook. */
export const MailThreadSchema = z.object({
  id: z.string().max(300).optional(),
  /** A link that opens the thread again. */
  url: WebUrlSchema,
  subject: z.string().max(500).default(''),
  messages: z.array(MailMessageSchema).max(200),
});
export type MailThread = z.infer<typeof MailThreadSchema>;

/** The message being written: a new one, or a reply inside a thread. */
export const MailComposeSchema = z.object({
  kind: z.enum(['new', 'reply']),
  to: z.array(MailPersonSchema).max(100).default([]),
  subject: z.string().max(500).default(''),
});
export type MailCompose = z.infer<typeof MailComposeSchema>;

/** What a webmail tab shows: its owner, the open thread, the message being written. */
export const MailPageSchema = z.object({
  provider: MailProviderSchema,
  /** The mailbox owner, read from the account area of the page. */
  owner: EmailSchema.optional(),
  thread: MailThreadSchema.optional(),
  compose: MailComposeSchema.optional(),
});
export type MailPage = z.infer<typeof MailPageSchema>;
export type MailPageInput = z.input<typeof MailPageSchema>;
