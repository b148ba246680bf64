import { previewCampaignTags, tagKey, type PlannedTag } from '@/lib/campaigns';
import type { ProspectDraft } from '@/lib/model';
import { getSettings } from '@/lib/db';
import { useLiveQuery } from '../hooks/use-live-query';
import { ActiveCampaignPicker } from './active-campaign-picker';

const REASONS: Record<PlannedTag['reason'], string> = {
  active: 'active campaign',
  rule: 'tagging rule',
  utm: 'link’s utm_campaign',
  'utm-new': 'new draft from the link’s utm_campaign',
};

/**
 * For the side panel's capture review: the active campaign picker and the
 * campaign tags this capture will get, each with one click to remove it for this lead. The panel
 * keeps `excluded` (tag keys) and passes it to saving as `excludeCampaignIds`
 * (`saveDrafts(db, drafts, now, { excludeCampaignIds })` or the `capture.save` message).
 */
export function CaptureCampaignTags({
  draft,
  excluded,
  onExcludedChange,
}: {
  draft: Pick<ProspectDraft, 'source' | 'sourceUrl'>;
  excluded: readonly string[];
  onExcludedChange: (excluded: string[]) => void;
}) {
  const tags = useLiveQuery(
    async (db) => previewCampaignTags(db, draft, await getSettings(db)),
    [draft.source, draft.sourceUrl],
    ['campaigns', 'settings'],
  );
  return (
    <section
      aria-label="Campaign tags for this capture"
      className="flex flex-col gap-2 rounded-md border border-slate-200 p-2 text-sm dark:border-slate-800"
    >
      <ActiveCampaignPicker compact />
      {tags.data?.length ? (
        <ul className="flex flex-wrap gap-1.5">
          {tags.data.map((tag) => {
            const key = tagKey(tag);
            const off = excluded.includes(key);
            return (
              <li
                key={key}
                className={`flex items-center gap-1 rounded-full py-0.5 pl-2.5 pr-1 ${
                  off
                    ? 'bg-slate-100 text-slate-500 line-through dark:bg-slate-800'
                    : 'bg-indigo-50 text-indigo-900 dark:bg-indigo-950 dark:text-indigo-200'
                }`}
                title={REASONS[tag.reason]}
              >
                <span>
                  {tag.name} <span className="text-xs opacity-70">({REASONS[tag.reason]})</span>
                </span>
                <button
                  type="button"
                  className="rounded-full px-1.5 no-underline hover:bg-indigo-100 dark:hover:bg-indigo-900"
                  aria-label={off ? `Tag this lead with ${tag.name} after all` : `Don’t tag this lead with ${tag.name}`}
                  onClick={() => onExcludedChange(off ? excluded.filter((entry) => entry !== key) : [...excluded, key])}
                >
                  {off ? '↺' : '×'}
                </button>
              </li>
            );
          })}
        </ul>
      ) : tags.data ? (
        <p className="text-xs text-slate-500">This capture will not be tagged with a campaign.</p>
      ) : null}
    </section>
  );
}
