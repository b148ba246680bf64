/**
 * LinkedIn's embedded page data: `code[id^="bpr-guid-"]` blobs holding the JSON of the requests the
 * first full page load made (docs/sites.md). They describe the profile the page was LOADED with, so after
 * in-app navigation they may name someone else: callers use a profile only when its
 * `publicIdentifier` equals the slug in the URL.
 */

/** The person fields the embedded data gives for one profile. */
export interface EmbeddedProfile {
  publicIdentifier: string;
  firstName?: string;
  lastName?: string;
  headline?: string;
  location?: string;
  /** The current position (no end date), when the blobs include positions. */
  title?: string;
  company?: string;
}

type Entity = Record<string, unknown>;

const str = (value: unknown) => (typeof value === 'string' ? value : undefined);
// Blobs above this size are not profile data we need, and parsing them would cost the page time.
const MAX_BLOB = 3_000_000;

/** Every profile described by the page's embedded data (usually one, plus people in sidebars). */
export function embeddedProfiles(doc: Document): EmbeddedProfile[] {
  const entities: Entity[] = [];
  for (const code of doc.querySelectorAll('code[id^="bpr-guid-"]')) {
    const text = code.textContent ?? '';
    if (text.length > MAX_BLOB || !text.includes('publicIdentifier')) continue;
    try {
      const json = JSON.parse(text) as { included?: unknown; data?: unknown };
      const included: unknown[] = Array.isArray(json.included) ? json.included : [];
      for (const item of [json.data, ...included]) {
        if (item && typeof item === 'object' && typeof (item as Entity).$type === 'string') entities.push(item as Entity);
      }
    } catch {
      // A blob that is not JSON is simply not data we can use.
    }
  }
  const geo = new Map<string, string>();
  for (const entity of entities) {
    const name = str(entity.defaultLocalizedName);
    if (str(entity.$type)?.includes('.Geo') && name) geo.set(str(entity.entityUrn) ?? '', name);
  }
  const profiles: EmbeddedProfile[] = [];
  for (const entity of entities) {
    const id = str(entity.publicIdentifier);
    if (!id || !str(entity.$type)?.includes('identity.profile.Profile')) continue;
    const location = entity.geoLocation as Entity | undefined;
    const geoUrn = str(location?.['*geo']) ?? str(location?.geoUrn);
    const current = currentPosition(entities, str(entity.entityUrn));
    profiles.push({
      publicIdentifier: id.toLowerCase(),
      firstName: str(entity.firstName),
      lastName: str(entity.lastName),
      headline: str(entity.headline),
      location: (geoUrn && geo.get(geoUrn)) ?? str(entity.locationName),
      title: str(current?.title),
      company: str(current?.companyName),
    });
  }
  return profiles;
}

/** The profile's position without an end date; positions name their profile inside their own urn. */
function currentPosition(entities: readonly Entity[], profileUrn: string | undefined): Entity | undefined {
  const profileId = profileUrn?.split(':').pop();
  if (!profileId) return undefined;
  return entities.find((entity) => {
    if (!str(entity.$type)?.includes('identity.profile.Position') || !str(entity.entityUrn)?.includes(`(${profileId},`)) return false;
    const range = entity.dateRange as Entity | undefined;
    return !range?.end;
  });
}
