import { useId } from 'react';
import { companyOfLead } from '@/lib/companies';
import { isWebUrl, type Lead } from '@/lib/model';
import { useLiveQuery } from '../hooks/use-live-query';

/** The company a lead is attached to (captured from its LinkedIn page): industry, size, headquarters, links. */
export function LeadCompany({ lead }: { lead: Lead }) {
  const headingId = useId();
  const company = useLiveQuery((db) => companyOfLead(db, lead), [lead.companyId], ['companies']).data;
  if (!company) return null;
  const rows: Array<[string, string | undefined]> = [
    ['Industry', company.industry],
    ['Size', company.size],
    ['Headquarters', company.headquarters],
    ['Domain', company.domain],
  ];
  const links = [company.websiteUrl, company.linkedinUrl].filter((url): url is string => !!url && isWebUrl(url));
  return (
    <section
      aria-labelledby={headingId}
      className="flex flex-col gap-2 rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-800"
    >
      <h2 id={headingId} className="font-semibold">
        {company.name}
      </h2>
      <dl className="grid grid-cols-[8rem_1fr] gap-x-4 gap-y-1">
        {rows
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-slate-500">{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
      </dl>
      {links.length ? (
        <p className="flex flex-wrap gap-3">
          {links.map((url) => (
            <a
              key={url}
              href={url}
              target="_blank"
              rel="noreferrer noopener"
              className="break-all text-indigo-600 hover:underline dark:text-indigo-400"
            >
              {url}
            </a>
          ))}
        </p>
      ) : null}
    </section>
  );
}
