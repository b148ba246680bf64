// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractProspects } from '@/lib/extract';
import { parseHtml } from '../extract-helpers';

const URL_ = 'https://www.linkedin.com/in/marit-solberg-ek/';
const person = (extra: Record<string, unknown>) =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'http://schema.org', '@graph': [{ '@type': 'Person', name: 'Marit Solberg-Ek', ...extra }] })}</script>`;
const page = (head: string, main: string) => parseHtml(`<html><head>${head}</head><body><main>${main}</main></body></html>`);
const topCard =
  '<section class="top-card-layout"><h1 class="top-card-layout__title">Marit Solberg-Ek</h1><h2 class="top-card-layout__headline">Fleet Planner at Nordhavn Ferries</h2></section>';

describe('LinkedIn signed-out profiles, rule by rule', () => {
  it.each([
    {
      rule: 'the JSON-LD Person whose url names the profile gives title, company and address',
      doc: page(
        person({
          url: 'https://no.linkedin.com/in/marit-solberg-ek',
          jobTitle: 'Route Analyst',
          worksFor: [{ '@type': 'Organization', name: 'Skjærgård Linjer' }],
          address: { '@type': 'PostalAddress', addressLocality: 'Bergen', addressCountry: 'NO' },
        }),
        topCard,
      ),
      expected: { title: 'Route Analyst', company: 'Skjærgård Linjer', location: 'Bergen' },
    },
    {
      rule: 'a JSON-LD Person for another profile is not this one: the top card speaks',
      doc: page(
        person({
          url: 'https://no.linkedin.com/in/somebody-else',
          jobTitle: 'Route Analyst',
          worksFor: { '@type': 'Organization', name: 'Skjærgård Linjer' },
        }),
        topCard,
      ),
      expected: { title: 'Fleet Planner', company: 'Nordhavn Ferries' },
    },
    {
      rule: 'an experience entry whose only lines are its dates and location gives neither title nor company',
      doc: page(
        '',
        `${topCard}<section class="experience" data-section="experience"><h2>Experience</h2><ul><li><p>Jul 2021 - Present · 2 yrs</p><p>Oslo, Norway</p></li></ul></section>`,
      ),
      expected: { title: 'Fleet Planner', company: 'Nordhavn Ferries' },
    },
    {
      rule: 'a classic-markup experience entry starting with its date line is skipped, not read as a title',
      doc: page(
        '',
        `<h1>Marit Solberg-Ek</h1><div class="text-body-medium break-words">Fleet Planner at Nordhavn Ferries</div><section><h2>Experience</h2><ul><li><p>Mar 2019 – Present · 5 yrs 2 mos</p><p>Tromsø, Troms, Norway</p></li></ul></section>`,
      ),
      expected: { title: 'Fleet Planner', company: 'Nordhavn Ferries' },
    },
    {
      rule: 'the top card location skips the connections count',
      doc: page(
        '',
        `${topCard.replace('</h2>', '</h2><h3 class="top-card-layout__first-subline"><span>500+ connections</span><span>Ålesund, Møre og Romsdal, Norway</span></h3>')}`,
      ),
      expected: { location: 'Ålesund, Møre og Romsdal, Norway' },
    },
  ])('$rule', ({ doc, expected }) => {
    const drafts = extractProspects(doc, URL_);
    expect(drafts).toEqual([expect.objectContaining({ fullName: 'Marit Solberg-Ek', ...expected })]);
    expect(JSON.stringify(drafts)).not.toMatch(/Present|yrs|Oslo|Tromsø/);
  });
});
