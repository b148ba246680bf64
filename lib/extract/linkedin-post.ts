import type { ProspectDraft } from '../model';
import { splitHeadline, textOf, undoubled } from './clean';
import { DraftBuilder } from './draft';
import type { SiteExtractor } from './site';

/**
 * A LinkedIn post (`/feed/update/urn:li:activity:<id>/`, `/posts/<slug>`): its author, then each
 * commenter on screen, or the reactions list when it is open. No zod and no word lists: this file
 * ships in the LinkedIn content script (8 KB budget).
 */

const visible = (element: Element | null | undefined) => undoubled(textOf(element?.querySelector('span[aria-hidden="true"]') ?? element));

interface Shown {
  link: Element | null | undefined;
  name: Element | null | undefined;
  headline: Element | null | undefined;
  action: 'posted' | 'commented' | 'reacted';
}

function drafts(url: URL, postUrl: string, shown: Shown[], strategy: string): ProspectDraft[] {
  const seen = new Set<string>();
  const out: ProspectDraft[] = [];
  for (const person of shown) {
    // Company pages post and comment too (`/company/…` links): they are no person.
    const href = person.link?.getAttribute('href') ?? '';
    if (!/\/in\//.test(href)) continue;
    const draft = new DraftBuilder('linkedin', url.href);
    draft.set('linkedinUrl', new URL(href, url).href, strategy);
    const key = draft.get('linkedinUrl');
    if (!key || seen.has(key) || !draft.set('fullName', visible(person.name), strategy)) continue;
    seen.add(key);
    draft.set('bio', visible(person.headline), strategy);
    const { title, company } = splitHeadline(draft.get('bio'));
    draft.set('title', title, 'headline');
    draft.set('company', company, 'headline');
    draft.engaged(person.action, postUrl);
    out.push(draft.build());
  }
  return out;
}

/** LinkedIn posts: the people shown on them. */
export const linkedinPost: SiteExtractor = {
  id: 'linkedin-post',
  matches: (url) => /^\/(feed\/update\/urn:li:(activity|share|ugcPost):\d+|posts\/[^/]+)/.test(url.pathname),
  extract(doc, url) {
    const main = doc.querySelector('main') ?? doc;
    const id = /urn:li:(?:activity|share|ugcPost):\d+/.exec(decodeURIComponent(url.pathname))?.[0];
    const postUrl = id ? `https://www.linkedin.com/feed/update/${id}/` : `https://www.linkedin.com${url.pathname}`;
    const reactions = doc.querySelector(
      '[role="dialog"] .social-details-reactors-tab-body, [role="dialog"][aria-labelledby*="reactions" i]',
    );
    if (reactions) {
      const rows = [...reactions.querySelectorAll('.social-details-reactors-tab-body-list-item, li')].map((row): Shown => ({
        link: row.querySelector('a[href*="/in/"]'),
        name: row.querySelector('.artdeco-entity-lockup__title'),
        headline: row.querySelector('.artdeco-entity-lockup__caption'),
        action: 'reacted',
      }));
      return drafts(url, postUrl, rows, 'reactions list');
    }
    const post = main.querySelector('.feed-shared-update-v2, [data-urn^="urn:li:activity"], article') ?? main;
    const actor = post.querySelector('.update-components-actor__container, .update-components-actor');
    const shown: Shown[] = [
      {
        link: actor?.querySelector('a[href*="/in/"], a[href*="/company/"]'),
        name: actor?.querySelector('.update-components-actor__title, .update-components-actor__name'),
        headline: actor?.querySelector('.update-components-actor__description'),
        action: 'posted',
      },
    ];
    for (const comment of post.querySelectorAll('article.comments-comment-entity, article.comments-comment-item')) {
      shown.push({
        link: comment.querySelector('a.comments-comment-meta__description-container, a.comments-comment-meta__image-link, a[href*="/in/"]'),
        name: comment.querySelector('.comments-comment-meta__description-title'),
        headline: comment.querySelector('.comments-comment-meta__description-subtitle'),
        action: 'commented',
      });
    }
    return drafts(url, postUrl, shown, shown.length > 1 ? 'post comments' : 'post');
  },
};
