import type { ReactNode } from 'react';

/** A record's page when the record is gone (deleted in another tab): says so and links back to `list`. */
export function MissingRecord({ what, list }: { what: string; list: string }) {
  return (
    <p>
      This {what} no longer exists.{' '}
      <a href={`#/${list}`} className="text-indigo-600 underline">
        Back to {list}
      </a>
    </p>
  );
}

/**
 * One record's page in a dashboard section (a campaign, a sequence, a template): the way back to
 * `#/<list>`, the record's heading, and its editor.
 */
export function RecordPage({
  list,
  headingId,
  title,
  className,
  headingClassName = 'text-xl font-semibold',
  children,
}: {
  list: string;
  headingId: string;
  title: ReactNode;
  className: string;
  headingClassName?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={headingId} className={className}>
      <a href={`#/${list}`} className="text-sm text-indigo-600 dark:text-indigo-400">
        ← All {list}
      </a>
      <h1 id={headingId} className={headingClassName}>
        {title}
      </h1>
      {children}
    </section>
  );
}
