// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { extractProspects, pageBylines } from '@/lib/extract';
import type { ProspectDraft } from '@/lib/model';
import { parseHtml } from '../extract-helpers';

/**
 * Structured data on any page, one case per rule of the specs (microformats2 parsing and its v1
 * backward compatibility, schema.org in JSON-LD, microdata and RDFa, OpenGraph, bylines), each named
 * by the group and rule it stands for. Fictional people and markup of our own, with traps.
 */

const PAGE = 'https://www.quillmere.example/about/team';
const jsonLd = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

interface Case {
  group: string;
  rule: string;
  body: string;
  head?: string;
  url?: string;
  /** Every draft the page gives, in order: each listed field must be as written (others may be set). */
  expected: Array<Partial<ProspectDraft>>;
  /** Values that must appear in no draft. */
  absent?: string[];
}

const IMPLIED_NAME: Case[] = [
  {
    group: 'mf2 implied name',
    rule: 'img.h-card: its alt',
    body: '<img class="h-card" src="/p/odile.jpg" alt="Odile Marchetti">',
    expected: [{ fullName: 'Odile Marchetti' }],
  },
  {
    group: 'mf2 implied name',
    rule: 'area.h-card: its alt',
    body: '<map name="m"><area class="h-card" href="/p/tomas" alt="Tomas Vieira" shape="rect" coords="0,0,9,9"></map>',
    expected: [{ fullName: 'Tomas Vieira' }],
  },
  {
    group: 'mf2 implied name',
    rule: 'abbr.h-card[title]: its title, not its text',
    body: '<abbr class="h-card" title="Wilhelmina Osei">WO</abbr>',
    expected: [{ fullName: 'Wilhelmina Osei' }],
    absent: ['WO'],
  },
  {
    group: 'mf2 implied name',
    rule: '.h-card>img:only-child[alt]',
    body: '<p class="h-card"><img src="/p/k.png" alt="Kasimir Lunde"></p>',
    expected: [{ fullName: 'Kasimir Lunde' }],
  },
  {
    group: 'mf2 implied name',
    rule: '.h-card>area:only-child[alt]',
    body: '<map class="h-card" name="m2"><area href="/p/z" alt="Zofia Brenner" shape="rect" coords="0,0,1,1"></map>',
    expected: [{ fullName: 'Zofia Brenner' }],
  },
  {
    group: 'mf2 implied name',
    rule: '.h-card>abbr:only-child[title]',
    body: '<span class="h-card"><abbr title="Anselm Figueroa">AF</abbr></span>',
    expected: [{ fullName: 'Anselm Figueroa' }],
    absent: ['AF'],
  },
  {
    group: 'mf2 implied name',
    rule: '.h-card>:only-child>img:only-child[alt] (nested one level)',
    body: '<div class="h-card"><span><img src="/p/r.png" alt="Rosalind Achebe"></span></div>',
    expected: [{ fullName: 'Rosalind Achebe' }],
  },
  {
    group: 'mf2 implied name',
    rule: '.h-card>:only-child>abbr:only-child[title] (nested one level)',
    body: '<div class="h-card"><em><abbr title="Matthias Oyelaran">M.O.</abbr></em></div>',
    expected: [{ fullName: 'Matthias Oyelaran' }],
  },
  {
    group: 'mf2 implied name',
    rule: 'a.h-card>img:only-child[alt] inside a link',
    body: '<a class="h-card" href="https://leontyne.example/"><img src="/p/l.png" alt="Leontyne Farrow"></a>',
    expected: [{ fullName: 'Leontyne Farrow', websiteUrl: 'https://leontyne.example/' }],
  },
  {
    group: 'mf2 implied name',
    rule: 'text content, whitespace trimmed and collapsed, script and style removed',
    body: '<span class="h-card">\n   Priya   Raghunathan <script>var x = "Evil";</script><style>.a{}</style>\n</span>',
    expected: [{ fullName: 'Priya Raghunathan' }],
    absent: ['Evil'],
  },
  {
    group: 'mf2 implied name',
    rule: 'an empty alt is not a name: the text is',
    body: '<div class="h-card"><img src="/p/x.png" alt=""> Bartholomew Quist</div>',
    expected: [{ fullName: 'Bartholomew Quist' }],
  },
  {
    group: 'mf2 implied name',
    rule: 'no name is implied when a p-* property is present (the explicit name wins)',
    body: '<div class="h-card"><span class="p-name">Greta Solheim</span> <span class="p-job-title">Ferry captain</span></div>',
    expected: [{ fullName: 'Greta Solheim', title: 'Ferry captain' }],
    absent: ['Greta Solheim Ferry captain'],
  },
  {
    group: 'mf2 implied name',
    rule: 'the img child with alt among other text is not the only child: text wins',
    body: '<div class="h-card"><img src="/p/y.png" alt="photo"><span>Yusuf Demirci</span></div>',
    expected: [{ fullName: 'photo Yusuf Demirci' }],
  },
];

const IMPLIED_URL: Case[] = [
  {
    group: 'mf2 implied url',
    rule: 'a.h-card[href]: its href, resolved against the page',
    body: '<a class="h-card" href="/people/oona">Oona Hallberg</a>',
    expected: [{ fullName: 'Oona Hallberg', websiteUrl: 'https://www.quillmere.example/people/oona' }],
  },
  {
    group: 'mf2 implied url',
    rule: 'area.h-card[href]',
    body: '<map name="q"><area class="h-card" href="https://imre.example/" alt="Imre Takács" shape="rect" coords="0,0,1,1"></map>',
    expected: [{ fullName: 'Imre Takács', websiteUrl: 'https://imre.example/' }],
  },
  {
    group: 'mf2 implied url',
    rule: '.h-card>a[href]:only-of-type',
    body: '<div class="h-card"><span class="p-name">Sunniva Berg</span> <a href="https://sunniva.example/">site</a></div>',
    expected: [{ fullName: 'Sunniva Berg', websiteUrl: 'https://sunniva.example/' }],
  },
  {
    group: 'mf2 implied url',
    rule: '.h-card>area[href]:only-of-type',
    body: '<map class="h-card" name="r"><area href="https://ravi.example/" alt="Ravi Menon" shape="rect" coords="0,0,1,1"></map>',
    expected: [{ fullName: 'Ravi Menon', websiteUrl: 'https://ravi.example/' }],
  },
  {
    group: 'mf2 implied url',
    rule: '.h-card>:only-child>a[href]:only-of-type (nested one level)',
    body: '<div class="h-card"><p><a href="https://aurelio.example/">Aurelio Benedetti</a></p></div>',
    expected: [{ fullName: 'Aurelio Benedetti', websiteUrl: 'https://aurelio.example/' }],
  },
  {
    group: 'mf2 implied url',
    rule: 'two links are not only-of-type: no url is implied',
    body: '<div class="h-card"><span class="p-name">Cosima Reyes</span> <a href="https://one.example/">one</a> <a href="https://two.example/">two</a></div>',
    expected: [{ fullName: 'Cosima Reyes' }],
    absent: ['https://one.example/', 'https://two.example/'],
  },
  {
    group: 'mf2 implied url',
    rule: 'an explicit u-url wins over the implied link',
    body: '<a class="h-card" href="https://wrong.example/"><span class="p-name">Dmitri Volkonsky</span> <span class="u-url" title="">https://dmitri.example/</span></a>',
    expected: [{ fullName: 'Dmitri Volkonsky', websiteUrl: 'https://dmitri.example/' }],
  },
  {
    group: 'mf2 implied url',
    rule: 'a relative href resolves against <base href>',
    head: '<base href="https://cdn.quillmere.example/staff/">',
    body: '<a class="h-card" href="fenna.html">Fenna de Wit</a>',
    expected: [{ fullName: 'Fenna de Wit', websiteUrl: 'https://cdn.quillmere.example/staff/fenna.html' }],
  },
];

const PROPERTIES: Case[] = [
  {
    group: 'mf2 p-/u-/dt-/e- parsing',
    rule: 'p-name on img is its alt',
    body: '<div class="h-card"><img class="p-name" src="/p/h.png" alt="Halvard Strøm"> <span class="p-job-title">Lighthouse keeper</span></div>',
    expected: [{ fullName: 'Halvard Strøm', title: 'Lighthouse keeper' }],
  },
  {
    group: 'mf2 p-/u-/dt-/e- parsing',
    rule: 'p-name on abbr is its title',
    body: '<div class="h-card"><abbr class="p-name" title="Ngozi Adichie-Bell">NAB</abbr></div>',
    expected: [{ fullName: 'Ngozi Adichie-Bell' }],
    absent: ['NAB'],
  },
  {
    group: 'mf2 p-/u-/dt-/e- parsing',
    rule: 'p-job-title on data is its value',
    body: '<div class="h-card"><span class="p-name">Emeka Obi</span> <data class="p-job-title" value="Chief Actuary">actuary</data></div>',
    expected: [{ fullName: 'Emeka Obi', title: 'Chief Actuary' }],
  },
  {
    group: 'mf2 p-/u-/dt-/e- parsing',
    rule: 'value-class pattern: p-tel joins its .value parts, ignoring the rest',
    body: '<div class="h-card"><span class="p-name">Linnea Dahl</span> <span class="p-tel">Call <span class="value">+46</span> (ask for Linnea) <span class="value">8 555 019 87</span></span></div>',
    expected: [{ fullName: 'Linnea Dahl', phone: '+468 555 019 87' }],
  },
  {
    group: 'mf2 p-/u-/dt-/e- parsing',
    rule: 'value-class pattern: value-title gives the title attribute',
    body: '<div class="h-card"><span class="p-name">Rurik Aas</span> <span class="p-job-title"><span class="value-title" title="Shipwright"></span>Builds boats</span></div>',
    expected: [{ fullName: 'Rurik Aas', title: 'Shipwright' }],
  },
  {
    group: 'mf2 p-/u-/dt-/e- parsing',
    rule: 'u-url on a[href] relative to the page',
    body: '<div class="h-card"><span class="p-name">Mireille Caron</span> <a class="u-url" href="../mireille/">profile</a></div>',
    expected: [{ fullName: 'Mireille Caron', websiteUrl: 'https://www.quillmere.example/mireille/' }],
  },
  {
    group: 'mf2 p-/u-/dt-/e- parsing',
    rule: 'u-url on object[data]',
    body: '<div class="h-card"><span class="p-name">Ottilie Brandt</span> <object class="u-url" data="https://ottilie.example/card"></object></div>',
    expected: [{ fullName: 'Ottilie Brandt', websiteUrl: 'https://ottilie.example/card' }],
  },
  {
    group: 'mf2 p-/u-/dt-/e- parsing',
    rule: 'u-url on abbr is its title',
    body: '<div class="h-card"><span class="p-name">Piet Hein Ooms</span> <abbr class="u-url" title="https://piet-ooms.example/">site</abbr></div>',
    expected: [{ fullName: 'Piet Hein Ooms', websiteUrl: 'https://piet-ooms.example/' }],
  },
  {
    group: 'mf2 p-/u-/dt-/e- parsing',
    rule: 'u-email on a mailto link: the address, not the text',
    body: '<div class="h-card"><span class="p-name">Signe Holt</span> <a class="u-email" href="mailto:signe@holt-arkitekter.example">Email Signe</a></div>',
    expected: [{ fullName: 'Signe Holt', email: 'signe@holt-arkitekter.example' }],
  },
  {
    group: 'mf2 p-/u-/dt-/e- parsing',
    rule: 'u-tel on a tel link',
    body: '<div class="h-card"><span class="p-name">Tariq Nassar</span> <a class="u-tel" href="tel:+97145550123">Call</a></div>',
    expected: [{ fullName: 'Tariq Nassar', phone: '+97145550123' }],
  },
  {
    group: 'mf2 p-/u-/dt-/e- parsing',
    rule: 'p-tel on a tel link is its text',
    body: '<div class="h-card"><span class="p-name">Beatriz Lobo</span> <a class="p-tel" href="tel:+351215550199">+351 21 555 0199</a></div>',
    expected: [{ fullName: 'Beatriz Lobo', phone: '+351 21 555 0199' }],
  },
  {
    group: 'mf2 p-/u-/dt-/e- parsing',
    rule: 'p-adr h-adr with locality and country',
    body: '<div class="h-card"><span class="p-name">Gunnhild Moe</span> <p class="p-adr h-adr"><span class="p-locality">Trondheim</span>, <span class="p-country-name">Norway</span></p></div>',
    expected: [{ fullName: 'Gunnhild Moe', location: 'Trondheim, Norway' }],
  },
  {
    group: 'mf2 p-/u-/dt-/e- parsing',
    rule: 'p-locality and p-region directly on the card',
    body: '<div class="h-card"><span class="p-name">Ilse Verhoeven</span> <span class="p-locality">Utrecht</span> <span class="p-country-name">Netherlands</span></div>',
    expected: [{ fullName: 'Ilse Verhoeven', location: 'Utrecht, Netherlands' }],
  },
  {
    group: 'mf2 p-/u-/dt-/e- parsing',
    rule: 'dt-bday and e-note do not disturb the other fields',
    body: '<div class="h-card"><span class="p-name">Caspar Wolde</span> <time class="dt-bday" datetime="1980-04-02">2 April</time> <div class="e-note"><p>Writes about <b>tides</b>.</p></div> <span class="p-job-title">Hydrologist</span></div>',
    expected: [{ fullName: 'Caspar Wolde', title: 'Hydrologist' }],
  },
  {
    group: 'mf2 p-/u-/dt-/e- parsing',
    rule: 'p-given-name and p-family-name with no p-name: the name is implied from the text',
    body: '<div class="h-card"><span class="p-given-name">Adaeze</span> <span class="p-family-name">Nwosu</span></div>',
    expected: [{ fullName: 'Adaeze Nwosu', firstName: 'Adaeze', lastName: 'Nwosu' }],
  },
  {
    group: 'mf2 p-/u-/dt-/e- parsing',
    rule: 'a LinkedIn u-url is the LinkedIn profile, another u-url the website',
    body: '<div class="h-card"><span class="p-name">Kalani Akana</span> <a class="u-url" href="https://www.linkedin.com/in/kalani-akana/">LinkedIn</a> <a class="u-url" href="https://akana.example/">Site</a></div>',
    expected: [
      { fullName: 'Kalani Akana', linkedinUrl: 'https://www.linkedin.com/in/kalani-akana/', websiteUrl: 'https://akana.example/' },
    ],
  },
  {
    group: 'mf2 p-/u-/dt-/e- parsing',
    rule: 'a javascript: u-url is never a website',
    body: '<div class="h-card"><span class="p-name">Lucan Ferris</span> <a class="u-url" href="javascript:alert(1)">site</a></div>',
    expected: [{ fullName: 'Lucan Ferris' }],
    absent: ['javascript'],
  },
];

const NESTED: Case[] = [
  {
    group: 'mf2 nested h-card',
    rule: "p-org h-card: the org card's name is the company",
    body: '<div class="h-card"><span class="p-name">Amara Diallo</span> <span class="p-job-title">Partner</span> <a class="p-org h-card" href="https://baobab-legal.example/">Baobab Legal</a></div>',
    expected: [{ fullName: 'Amara Diallo', title: 'Partner', company: 'Baobab Legal' }],
    absent: ['https://baobab-legal.example/'],
  },
  {
    group: 'mf2 nested h-card',
    rule: 'the org card is not a second person',
    body: '<div class="h-card"><span class="p-name">Yosef Adler</span> <div class="p-org h-card"><span class="p-name">Cedar &amp; Pine</span> <a class="u-url" href="https://cedarpine.example/">site</a></div></div>',
    expected: [{ fullName: 'Yosef Adler', company: 'Cedar & Pine' }],
  },
  {
    group: 'mf2 nested h-card',
    rule: 'child h-cards (no property) in an h-card are people too',
    body: '<div class="h-card"><span class="p-name">Heron Studio</span><div class="h-card"><span class="p-name">Maeve Gallagher</span> <span class="p-job-title">Designer</span></div></div>',
    expected: [{ fullName: 'Heron Studio' }, { fullName: 'Maeve Gallagher', title: 'Designer' }],
  },
  {
    group: 'mf2 nested h-card',
    rule: "a member card's email and phone links are the member's, not the card around it",
    body: '<div class="h-card"><span class="p-name">Fjordline Partners</span> <div class="h-card"><span class="p-name">Gro Vatne</span> <a href="mailto:gro.vatne@fjordline.example">mail</a> <a href="tel:+4755550101">call</a></div></div>',
    expected: [{ fullName: 'Fjordline Partners' }, { fullName: 'Gro Vatne', email: 'gro.vatne@fjordline.example', phone: '+4755550101' }],
    absent: ['"email":"gro.vatne@fjordline.example","fullName":"Fjordline'],
  },
  {
    group: 'mf2 nested h-card',
    rule: 'two sibling h-cards, each with its own email link',
    body: '<ul><li class="h-card"><span class="p-name">Ronja Falk</span> <a href="mailto:ronja.falk@falkvik.example">mail</a> <a href="https://a.example/">x</a></li><li class="h-card"><span class="p-name">Sten Vik</span> <a href="mailto:sten.vik@falkvik.example">mail</a> <a href="https://b.example/">y</a></li></ul>',
    expected: [
      { fullName: 'Ronja Falk', email: 'ronja.falk@falkvik.example' },
      { fullName: 'Sten Vik', email: 'sten.vik@falkvik.example' },
    ],
  },
  {
    group: 'mf2 nested h-card',
    rule: "a nested org card's phone is not the person's",
    body: '<div class="h-card"><span class="p-name">Oskar Ström</span> <div class="p-org h-card"><span class="p-name">Strömvik AB</span> <span class="p-tel">+46 31 555 0100</span></div></div>',
    expected: [{ fullName: 'Oskar Ström', company: 'Strömvik AB' }],
    absent: ['+46 31 555 0100'],
  },
  {
    group: 'mf2 nested h-card',
    rule: 'an h-event location card is a place, not a person',
    body: '<div class="h-event"><span class="p-name">Harbour Meetup</span> <div class="p-location h-card"><span class="p-name">Pier 9 Hall</span></div></div>',
    expected: [],
    absent: ['Pier 9 Hall'],
  },
];

const V1: Case[] = [
  {
    group: 'v1 backcompat',
    rule: 'vcard fn',
    body: '<div class="vcard"><span class="fn">Lorcan Byrne</span></div>',
    expected: [{ fullName: 'Lorcan Byrne', evidence: { fullName: 'vCard' } }],
  },
  {
    group: 'v1 backcompat',
    rule: 'n with given-name, additional-name and family-name and no fn',
    body: '<div class="vcard"><span class="n"><span class="given-name">Eun-ji</span> <span class="additional-name">M.</span> <span class="family-name">Park</span></span></div>',
    expected: [{ firstName: 'Eun-ji', lastName: 'Park', fullName: 'Eun-ji Park' }],
  },
  {
    group: 'v1 backcompat',
    rule: 'org as text',
    body: '<div class="vcard"><span class="fn">Matilde Serra</span>, <span class="org">Serra Vinhos</span></div>',
    expected: [{ fullName: 'Matilde Serra', company: 'Serra Vinhos' }],
  },
  {
    group: 'v1 backcompat',
    rule: 'org on a link is the link text',
    body: '<div class="vcard"><span class="fn">Cyprian Holm</span> <a class="org" href="https://holm-forge.example/">Holm Forge</a></div>',
    expected: [{ fullName: 'Cyprian Holm', company: 'Holm Forge' }],
    absent: ['https://holm-forge.example/'],
  },
  {
    group: 'v1 backcompat',
    rule: 'org with organization-name and organization-unit: the name',
    body: '<div class="vcard"><span class="fn">Aino Lehtonen</span> <div class="org"><span class="organization-name">Revontuli Oy</span> <span class="organization-unit">Research</span></div></div>',
    expected: [{ fullName: 'Aino Lehtonen', company: 'Revontuli Oy' }],
  },
  {
    group: 'v1 backcompat',
    rule: 'title',
    body: '<div class="vcard"><span class="fn">Dorian Kemal</span> <span class="title">Head of Treasury</span></div>',
    expected: [{ fullName: 'Dorian Kemal', title: 'Head of Treasury' }],
  },
  {
    group: 'v1 backcompat',
    rule: 'role when there is no title',
    body: '<div class="vcard"><span class="fn">Esme Harrow</span> <span class="role">Board secretary</span></div>',
    expected: [{ fullName: 'Esme Harrow', title: 'Board secretary' }],
  },
  {
    group: 'v1 backcompat',
    rule: 'title beats role',
    body: '<div class="vcard"><span class="fn">Fritjof Lang</span> <span class="role">Volunteer</span> <span class="title">Treasurer</span></div>',
    expected: [{ fullName: 'Fritjof Lang', title: 'Treasurer' }],
  },
  {
    group: 'v1 backcompat',
    rule: 'tel with a value part and type: work',
    body: '<div class="vcard"><span class="fn">Gaia Romano</span> <span class="tel"><span class="type">work</span>: <span class="value">+39 06 5550 2233</span></span></div>',
    expected: [{ fullName: 'Gaia Romano', phone: '+39 06 5550 2233' }],
  },
  {
    group: 'v1 backcompat',
    rule: 'tel type in abbr title (voice) and the value the tel text',
    body: '<div class="vcard"><span class="fn">Henrik Sand</span> <div class="tel"><abbr class="type" title="fax">F</abbr> <span class="value">+45 33 55 01 00</span></div> <div class="tel"><abbr class="type" title="voice">T</abbr> <span class="value">+45 33 55 01 01</span></div></div>',
    expected: [{ fullName: 'Henrik Sand', phone: '+45 33 55 01 01' }],
  },
  {
    group: 'v1 backcompat',
    rule: 'a lone fax number is never the phone',
    body: '<div class="vcard"><span class="fn">Irma Kurz</span> <div class="tel"><span class="type">fax</span> <span class="value">+49 30 555 0000</span></div></div>',
    expected: [{ fullName: 'Irma Kurz' }],
    absent: ['+49 30 555 0000'],
  },
  {
    group: 'v1 backcompat',
    rule: 'tel with no parts is its text',
    body: '<div class="vcard"><span class="fn">Jorge Ybarra</span> <span class="tel">+34 91 555 0147</span></div>',
    expected: [{ fullName: 'Jorge Ybarra', phone: '+34 91 555 0147' }],
  },
  {
    group: 'v1 backcompat',
    rule: 'adr with locality, region, country-name',
    body: '<div class="vcard"><span class="fn">Kaito Mori</span> <div class="adr"><span class="street-address">1-2-3 Minato</span> <span class="locality">Osaka</span> <span class="region">Osaka</span> <span class="country-name">Japan</span></div></div>',
    expected: [{ fullName: 'Kaito Mori', location: 'Osaka, Osaka, Japan' }],
  },
  {
    group: 'v1 backcompat',
    rule: 'email on a mailto link (with a query) is the address',
    body: '<div class="vcard"><span class="fn">Lotte Baum</span> <a class="email" href="mailto:lotte.baum@baum-und-co.example?subject=Hallo">E-Mail</a></div>',
    expected: [{ fullName: 'Lotte Baum', email: 'lotte.baum@baum-und-co.example' }],
  },
  {
    group: 'v1 backcompat',
    rule: 'email as text',
    body: '<div class="vcard"><span class="fn">Mads Krogh</span> <span class="email">mads@krogh-film.example</span></div>',
    expected: [{ fullName: 'Mads Krogh', email: 'mads@krogh-film.example' }],
  },
  {
    group: 'v1 backcompat',
    rule: 'email with type and value parts',
    body: '<div class="vcard"><span class="fn">Nilufar Azimova</span> <span class="email"><span class="type">internet</span> <a class="value" href="mailto:n.azimova@silkroad-tea.example">n.azimova@silkroad-tea.example</a></span></div>',
    expected: [{ fullName: 'Nilufar Azimova', email: 'n.azimova@silkroad-tea.example' }],
  },
  {
    group: 'v1 backcompat',
    rule: 'url',
    body: '<div class="vcard"><a class="url fn" href="https://orla-quinn.example/">Orla Quinn</a></div>',
    expected: [{ fullName: 'Orla Quinn', websiteUrl: 'https://orla-quinn.example/' }],
  },
  {
    group: 'v1 backcompat',
    rule: 'v1 roots imply nothing: a vcard with only a link has no name',
    body: '<div class="vcard"><a href="https://nobody.example/">Pavel Novak</a></div>',
    expected: [],
  },
  {
    group: 'v1 backcompat',
    rule: 'fn on an img is its alt',
    body: '<div class="vcard"><img class="fn photo" src="/p/q.png" alt="Quirina Hals"></div>',
    expected: [{ fullName: 'Quirina Hals' }],
  },
  {
    group: 'v1 backcompat',
    rule: 'fn on abbr is its title',
    body: '<div class="vcard"><abbr class="fn" title="Radomir Petrov">R. Petrov</abbr></div>',
    expected: [{ fullName: 'Radomir Petrov' }],
  },
  {
    group: 'v1 backcompat',
    rule: 'several vcards are several people',
    body: '<div class="vcard"><span class="fn">Saskia Brouwer</span> <span class="title">Notary</span></div><div class="vcard"><span class="fn">Teodor Ilić</span> <span class="title">Clerk</span></div>',
    expected: [
      { fullName: 'Saskia Brouwer', title: 'Notary' },
      { fullName: 'Teodor Ilić', title: 'Clerk' },
    ],
  },
  {
    group: 'v1 backcompat',
    rule: 'a vcard and an h-card class on one element: read as mf2 only',
    body: '<div class="vcard h-card"><span class="fn p-name">Ulla Berg</span> <span class="title">Ignored v1 title</span> <span class="p-job-title">Ceramicist</span></div>',
    expected: [{ fullName: 'Ulla Berg', title: 'Ceramicist' }],
    absent: ['Ignored v1 title'],
  },
];

const ORGS: Case[] = [
  {
    group: 'h-card organisation',
    rule: 'v1 "fn org" on one element: a company',
    body: '<div class="vcard"><span class="fn org">Wrenfield Nurseries</span> <span class="tel">+44 1632 960 123</span></div>',
    expected: [{ company: 'Wrenfield Nurseries' }],
  },
  {
    group: 'h-card organisation',
    rule: 'mf2 "p-name p-org" on one element: a company',
    body: '<div class="h-card"><a class="p-name p-org u-url" href="https://saltmarsh-coop.example/">Saltmarsh Co-op</a></div>',
    expected: [{ company: 'Saltmarsh Co-op', websiteUrl: 'https://saltmarsh-coop.example/' }],
  },
  {
    group: 'h-card organisation',
    rule: 'org equal to fn on different elements: a company',
    body: '<div class="vcard"><span class="fn">Kestrel Books</span> — <span class="org">Kestrel Books</span></div>',
    expected: [{ company: 'Kestrel Books' }],
  },
  {
    group: 'h-card organisation',
    rule: 'an org card is never a person named after the company',
    body: '<div class="vcard"><a class="fn org url" href="https://tallow.example/">Tallow &amp; Wick</a> <div class="adr"><span class="locality">Bath</span></div></div>',
    expected: [{ company: 'Tallow & Wick', headquarters: 'Bath' }],
  },
];

const TYPES = [
  'Corporation',
  'NGO',
  'MusicGroup',
  'LocalBusiness',
  'Dentist',
  'AutoBodyShop',
  'BarOrPub',
  'GovernmentOrganization',
  'NewsMediaOrganization',
  'SportsTeam',
  'Airline',
  'Consortium',
  'MedicalClinic',
  'Preschool',
  'WorkersUnion',
  'LibrarySystem',
  'ResearchProject',
  'OnlineStore',
  'EducationalOrganization',
  'Hotel',
];

const SCHEMA_TYPES: Case[] = [
  ...TYPES.map((type): Case => ({
    group: 'schema.org type hierarchy',
    rule: `JSON-LD ${type} is a company`,
    head: jsonLd({ '@context': 'https://schema.org', '@type': type, name: `Marrow ${type}` }),
    body: '',
    expected: [{ company: `Marrow ${type}` }],
  })),
  ...TYPES.slice(0, 8).map((type): Case => ({
    group: 'schema.org type hierarchy',
    rule: `microdata ${type} is a company`,
    body: `<div itemscope itemtype="http://schema.org/${type}"><span itemprop="name">Quill ${type}</span></div>`,
    expected: [{ company: `Quill ${type}` }],
  })),
  ...TYPES.slice(8, 14).map((type): Case => ({
    group: 'schema.org type hierarchy',
    rule: `RDFa ${type} is a company`,
    body: `<div vocab="https://schema.org/" typeof="${type}"><span property="name">Brine ${type}</span></div>`,
    expected: [{ company: `Brine ${type}` }],
  })),
  {
    group: 'schema.org type hierarchy',
    rule: 'a Place that is not an organisation (Museum) is no company',
    head: jsonLd({ '@context': 'https://schema.org', '@type': 'Museum', name: 'Tidal Museum' }),
    body: '',
    expected: [],
  },
  {
    group: 'schema.org type hierarchy',
    rule: 'types in an array: ["LocalBusiness", "Place"]',
    head: jsonLd({ '@context': 'https://schema.org', '@type': ['Place', 'LocalBusiness'], name: 'Gullwing Bikes' }),
    body: '',
    expected: [{ company: 'Gullwing Bikes' }],
  },
  {
    group: 'schema.org type hierarchy',
    rule: 'Person subtype Patient is a person',
    head: jsonLd({ '@context': 'https://schema.org', '@type': 'Patient', name: 'Veronika Hruba' }),
    body: '',
    expected: [{ fullName: 'Veronika Hruba' }],
  },
  {
    group: 'schema.org type hierarchy',
    rule: 'an unknown type is nobody',
    head: jsonLd({ '@context': 'https://schema.org', '@type': 'Robot', name: 'Unit Seven Alpha' }),
    body: '',
    expected: [],
  },
];

const SCHEMA_IRIS: Case[] = [
  {
    group: 'schema.org terms',
    rule: 'schema:Person with the schema prefix and no context binding',
    head: jsonLd({ '@type': 'schema:Person', 'schema:name': 'Wendell Okoro' }),
    body: '',
    expected: [{ fullName: 'Wendell Okoro' }],
  },
  {
    group: 'schema.org terms',
    rule: 'http://schema.org/Person',
    head: jsonLd({ '@type': 'http://schema.org/Person', 'http://schema.org/name': 'Xiadani Ruiz' }),
    body: '',
    expected: [{ fullName: 'Xiadani Ruiz' }],
  },
  {
    group: 'schema.org terms',
    rule: 'https://schema.org/Person with compact properties',
    head: jsonLd({ '@context': 'https://schema.org/', '@type': 'https://schema.org/Person', name: 'Yevgenia Kost' }),
    body: '',
    expected: [{ fullName: 'Yevgenia Kost' }],
  },
  {
    group: 'schema.org terms',
    rule: 'http://www.schema.org/Organization',
    head: jsonLd({ '@type': 'http://www.schema.org/Organization', 'http://www.schema.org/name': 'Zephyr Mills' }),
    body: '',
    expected: [{ company: 'Zephyr Mills' }],
  },
  {
    group: 'schema.org terms',
    rule: 'a custom prefix bound in @context',
    head: jsonLd({
      '@context': { sdo: 'https://schema.org/' },
      '@type': 'sdo:Person',
      'sdo:name': 'Alba Ferrer',
      'sdo:jobTitle': 'Vintner',
    }),
    body: '',
    expected: [{ fullName: 'Alba Ferrer', title: 'Vintner' }],
  },
  {
    group: 'schema.org terms',
    rule: 'FOAF Person is not schema.org',
    head: jsonLd({ '@context': { foaf: 'http://xmlns.com/foaf/0.1/' }, '@type': 'foaf:Person', 'foaf:name': 'Bruno Foaf' }),
    body: '',
    expected: [],
  },
  {
    group: 'schema.org terms',
    rule: 'an RDFa vocab other than schema.org is not schema.org',
    body: '<div vocab="http://xmlns.com/foaf/0.1/" typeof="Person"><span property="name">Clio Foafson</span></div>',
    expected: [],
  },
  {
    group: 'schema.org terms',
    rule: 'expanded JSON-LD with @value and @list',
    head: jsonLd([
      {
        '@type': ['http://schema.org/Person'],
        'http://schema.org/name': [{ '@value': 'Darius Vale' }],
        'http://schema.org/jobTitle': { '@list': [{ '@value': 'Surveyor' }] },
      },
    ]),
    body: '',
    expected: [{ fullName: 'Darius Vale', title: 'Surveyor' }],
  },
];

const JSONLD: Case[] = [
  {
    group: 'JSON-LD structure',
    rule: '@graph of a Person and an Organization linked by @id',
    head: jsonLd({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Person', '@id': 'https://e.example/#p', name: 'Eilidh Munro', worksFor: { '@id': 'https://e.example/#o' } },
        { '@type': 'Organization', '@id': 'https://e.example/#o', name: 'Munro Distilling', url: 'https://munro-distilling.example/' },
      ],
    }),
    body: '',
    expected: [{ fullName: 'Eilidh Munro', company: 'Munro Distilling', companyDomain: 'munro-distilling.example' }],
  },
  {
    group: 'JSON-LD structure',
    rule: 'worksFor given as a string',
    head: jsonLd({ '@context': 'https://schema.org', '@type': 'Person', name: 'Fergus Lamb', worksFor: 'Lamb & Daughters' }),
    body: '',
    expected: [{ fullName: 'Fergus Lamb', company: 'Lamb & Daughters' }],
  },
  {
    group: 'JSON-LD structure',
    rule: 'worksFor an array: the first organisation',
    head: jsonLd({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Gisela Marx',
      worksFor: [
        { '@type': 'Corporation', name: 'Marx Optics' },
        { '@type': 'NGO', name: 'Lens Aid' },
      ],
    }),
    body: '',
    expected: [{ fullName: 'Gisela Marx', company: 'Marx Optics' }],
  },
  {
    group: 'JSON-LD structure',
    rule: 'memberOf an Organization when no worksFor',
    head: jsonLd({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Hamish Reid',
      memberOf: { '@type': 'ResearchOrganization', name: 'Tidewater Institute' },
    }),
    body: '',
    expected: [{ fullName: 'Hamish Reid', company: 'Tidewater Institute' }],
  },
  {
    group: 'JSON-LD structure',
    rule: 'memberOf through an OrganizationRole with roleName',
    head: jsonLd({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Ingrid Sæther',
      memberOf: { '@type': 'OrganizationRole', roleName: 'Chair', memberOf: { '@type': 'SportsOrganization', name: 'Fjord Rowing Club' } },
    }),
    body: '',
    expected: [{ fullName: 'Ingrid Sæther', title: 'Chair', company: 'Fjord Rowing Club' }],
  },
  {
    group: 'JSON-LD structure',
    rule: "an Organization's employees work for it",
    head: jsonLd({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'Juniper Freight',
      employee: [
        { '@type': 'Person', name: 'Jalen Brooks', jobTitle: 'Dispatcher' },
        { '@type': 'Person', name: 'Keziah Moon', jobTitle: 'Broker' },
      ],
    }),
    body: '',
    expected: [
      { fullName: 'Jalen Brooks', title: 'Dispatcher', company: 'Juniper Freight' },
      { fullName: 'Keziah Moon', title: 'Broker', company: 'Juniper Freight' },
      { company: 'Juniper Freight' },
    ],
  },
  {
    group: 'JSON-LD structure',
    rule: "an Organization's founder works for it",
    head: jsonLd({
      '@context': 'https://schema.org',
      '@type': 'Corporation',
      name: 'Lumen Kiln',
      founder: { '@type': 'Person', name: 'Lior Tamar' },
    }),
    body: '',
    expected: [{ fullName: 'Lior Tamar', company: 'Lumen Kiln' }, { company: 'Lumen Kiln' }],
  },
  {
    group: 'JSON-LD structure',
    rule: 'ProfilePage mainEntity Person',
    head: jsonLd({
      '@context': 'https://schema.org',
      '@type': 'ProfilePage',
      mainEntity: { '@type': 'Person', name: 'Marisol Vega', jobTitle: 'Cartographer', email: 'mailto:marisol@vega-maps.example' },
    }),
    body: '',
    expected: [{ fullName: 'Marisol Vega', title: 'Cartographer', email: 'marisol@vega-maps.example' }],
  },
  {
    group: 'JSON-LD structure',
    rule: 'several script blocks, one broken, the others read',
    head: `<script type="application/ld+json">{ "@type": "Person", "name": "Broken Case", }</script>${jsonLd({ '@context': 'https://schema.org', '@type': 'Person', name: 'Nell Ashby' })}`,
    body: '',
    expected: [{ fullName: 'Nell Ashby' }],
  },
  {
    group: 'JSON-LD structure',
    rule: 'address as a PostalAddress',
    head: jsonLd({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Ola Nordmann-Ås',
      address: { '@type': 'PostalAddress', addressLocality: 'Stavanger', addressCountry: 'Norway' },
    }),
    body: '',
    expected: [{ fullName: 'Ola Nordmann-Ås', location: 'Stavanger, Norway' }],
  },
  {
    group: 'JSON-LD structure',
    rule: 'sameAs list with a LinkedIn profile',
    head: jsonLd({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Perpetua Nwankwo',
      sameAs: ['https://social.example/@perpetua', 'https://www.linkedin.com/in/perpetua-nwankwo'],
    }),
    body: '',
    expected: [{ fullName: 'Perpetua Nwankwo', linkedinUrl: 'https://www.linkedin.com/in/perpetua-nwankwo/' }],
  },
  {
    group: 'JSON-LD structure',
    rule: 'jobTitle as a DefinedTerm',
    head: jsonLd({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Quade Hollis',
      jobTitle: { '@type': 'DefinedTerm', name: 'Quantity Surveyor' },
    }),
    body: '',
    expected: [{ fullName: 'Quade Hollis', title: 'Quantity Surveyor' }],
  },
  {
    group: 'JSON-LD structure',
    rule: 'a person with a mailto link on the page gets it when alone',
    head: jsonLd({ '@context': 'https://schema.org', '@type': 'Person', name: 'Rosamund Teague' }),
    body: '<p>Contact: <a href="mailto:rosamund@teague-design.example">rosamund@teague-design.example</a></p>',
    expected: [{ fullName: 'Rosamund Teague', email: 'rosamund@teague-design.example' }],
  },
  {
    group: 'JSON-LD structure',
    rule: 'an Organization with a contactPoint person is one company, no person from the contact point',
    head: jsonLd({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'Sorrel Foods',
      contactPoint: { '@type': 'ContactPoint', telephone: '+1-555-0100', contactType: 'sales' },
    }),
    body: '',
    expected: [{ company: 'Sorrel Foods' }],
  },
];

const MICRODATA: Case[] = [
  {
    group: 'microdata',
    rule: 'Person with name, jobTitle, email link, telephone link',
    body: '<div itemscope itemtype="https://schema.org/Person"><h2 itemprop="name">Tamsin Pryce</h2><p itemprop="jobTitle">Archivist</p><a itemprop="email" href="mailto:tamsin@pryce-archives.example">Email</a> <a itemprop="telephone" href="tel:+441632960555">Call</a></div>',
    expected: [{ fullName: 'Tamsin Pryce', title: 'Archivist', email: 'tamsin@pryce-archives.example', phone: '+441632960555' }],
  },
  {
    group: 'microdata',
    rule: 'itemref pulls properties from elsewhere on the page',
    body: '<div itemscope itemtype="https://schema.org/Person" itemref="ub-title ub-org"><span itemprop="name">Ulrike Baumann</span></div><p id="ub-title" itemprop="jobTitle">Head of Sourcing</p><p id="ub-org" itemprop="worksFor" itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Baumann Textil</span></p>',
    expected: [{ fullName: 'Ulrike Baumann', title: 'Head of Sourcing', company: 'Baumann Textil' }],
  },
  {
    group: 'microdata',
    rule: 'meta content gives the value',
    body: '<div itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="Vidar Eng"><span>V. Eng</span><meta itemprop="jobTitle" content="Agronomist"></div>',
    expected: [{ fullName: 'Vidar Eng', title: 'Agronomist' }],
  },
  {
    group: 'microdata',
    rule: 'givenName and familyName',
    body: '<div itemscope itemtype="http://schema.org/Person"><span itemprop="givenName">Wiebke</span> <span itemprop="familyName">Janssen</span></div>',
    expected: [{ fullName: 'Wiebke Janssen', firstName: 'Wiebke', lastName: 'Janssen' }],
  },
  {
    group: 'microdata',
    rule: 'address PostalAddress nested',
    body: '<div itemscope itemtype="http://schema.org/Person"><span itemprop="name">Xanthe Lyle</span><div itemprop="address" itemscope itemtype="http://schema.org/PostalAddress"><span itemprop="addressLocality">Hobart</span>, <span itemprop="addressRegion">Tasmania</span></div></div>',
    expected: [{ fullName: 'Xanthe Lyle', location: 'Hobart, Tasmania' }],
  },
  {
    group: 'microdata',
    rule: "an Organization's employee items work for it",
    body: '<div itemscope itemtype="https://schema.org/Organization"><h1 itemprop="name">Yarrow Analytics</h1><div itemprop="employee" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Yannick Moreau</span> <span itemprop="jobTitle">Data lead</span></div></div>',
    expected: [{ fullName: 'Yannick Moreau', title: 'Data lead', company: 'Yarrow Analytics' }, { company: 'Yarrow Analytics' }],
  },
  {
    group: 'microdata',
    rule: 'a nested itemscope without itemprop is its own top-level item',
    body: '<div itemscope itemtype="https://schema.org/WebPage"><div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Zora Kasabian</span></div></div>',
    expected: [{ fullName: 'Zora Kasabian' }],
  },
  {
    group: 'microdata',
    rule: 'an Article author is a byline',
    body: '<article itemscope itemtype="https://schema.org/Article"><h1 itemprop="headline">Kelp farming</h1><span itemprop="author" itemscope itemtype="https://schema.org/Person"><a itemprop="url" href="/authors/anouk"><span itemprop="name">Anouk Peeters</span></a></span></article>',
    expected: [],
  },
];

const RDFA: Case[] = [
  {
    group: 'RDFa',
    rule: 'vocab, typeof Person, property name/jobTitle, email link',
    body: '<div vocab="https://schema.org/" typeof="Person"><span property="name">Bettina Roos</span> <span property="jobTitle">Brewer</span> <a property="email" href="mailto:bettina@roos-brau.example">mail</a></div>',
    expected: [{ fullName: 'Bettina Roos', title: 'Brewer', email: 'bettina@roos-brau.example' }],
  },
  {
    group: 'RDFa',
    rule: 'nested worksFor typeof Organization',
    body: '<div vocab="http://schema.org/" typeof="Person"><span property="name">Cormac Dwyer</span> <div property="worksFor" typeof="Organization"><span property="name">Dwyer Marine</span></div></div>',
    expected: [{ fullName: 'Cormac Dwyer', company: 'Dwyer Marine' }],
  },
  {
    group: 'RDFa',
    rule: 'content attribute wins over text',
    body: '<div vocab="https://schema.org/" typeof="Person"><span property="name" content="Delphine Aubert">D. Aubert</span></div>',
    expected: [{ fullName: 'Delphine Aubert' }],
  },
  {
    group: 'RDFa',
    rule: 'resource attribute as the url',
    body: '<div vocab="https://schema.org/" typeof="Person"><span property="name">Elio Sartori</span> <span property="url" resource="https://elio-sartori.example/"></span></div>',
    expected: [{ fullName: 'Elio Sartori', websiteUrl: 'https://elio-sartori.example/' }],
  },
  {
    group: 'RDFa',
    rule: 'prefix attribute binding a custom prefix',
    body: '<div prefix="sch: http://schema.org/" typeof="sch:Person"><span property="sch:name">Fionnuala Kerr</span> <span property="sch:jobTitle">Luthier</span></div>',
    expected: [{ fullName: 'Fionnuala Kerr', title: 'Luthier' }],
  },
  {
    group: 'RDFa',
    rule: 'full IRIs in typeof and property without vocab',
    body: '<div typeof="http://schema.org/Person"><span property="http://schema.org/name">Gustav Lind</span></div>',
    expected: [{ fullName: 'Gustav Lind' }],
  },
  {
    group: 'RDFa',
    rule: 'OpenGraph meta property tags are not RDFa about a person',
    head: '<meta property="og:title" content="Harriet Vance">',
    body: '<div vocab="https://schema.org/" typeof="Person"><span property="name">Harriet Vance</span></div>',
    expected: [{ fullName: 'Harriet Vance', evidence: { fullName: 'RDFa' } }],
  },
];

const MAILTO: Case[] = [
  {
    group: 'mailto',
    rule: 'a bare address link names nobody',
    body: '<p><a href="mailto:q.t@loomhall.example">q.t@loomhall.example</a></p>',
    expected: [],
  },
  {
    group: 'mailto',
    rule: 'an instruction link names nobody',
    body: '<p>Questions? <a href="mailto:ceo@loomhall.example">Write to our CEO</a></p>',
    expected: [],
  },
  {
    group: 'mailto',
    rule: 'a role mailbox is nobody even with a name-like text',
    body: '<a href="mailto:sales@loomhall.example">Sales Desk</a>',
    expected: [],
  },
  {
    group: 'mailto',
    rule: 'a link whose text is a name is a person',
    body: '<a href="mailto:imogen.hart@loomhall.example">Imogen Hart</a>',
    expected: [{ fullName: 'Imogen Hart', email: 'imogen.hart@loomhall.example' }],
  },
  {
    group: 'mailto',
    rule: 'a name beside the link in its table row is the person',
    body: '<table><tr><td>Jasper Oduya</td><td>Finance</td><td><a href="mailto:jasper.oduya@loomhall.example">Email</a></td></tr><tr><td>Kirsi Aho</td><td>Legal</td><td><a href="mailto:kirsi.aho@loomhall.example">Email</a></td></tr></table>',
    expected: [
      { fullName: 'Jasper Oduya', email: 'jasper.oduya@loomhall.example' },
      { fullName: 'Kirsi Aho', email: 'kirsi.aho@loomhall.example' },
    ],
  },
  {
    group: 'mailto',
    rule: 'a structured person without a name but with a mailto is nobody',
    head: jsonLd({ '@context': 'https://schema.org', '@type': 'Person', email: 'mailto:anon@loomhall.example' }),
    body: '',
    expected: [],
  },
];

const OPENGRAPH: Case[] = [
  {
    group: 'OpenGraph/Twitter',
    rule: 'og:title of a speaker page with a JSON-LD Person is not a second person',
    head: `<meta property="og:type" content="profile"><meta property="og:title" content="Meet Lazlo Petrak at Dockside 2026">${jsonLd({ '@context': 'https://schema.org', '@type': 'Person', name: 'László Petrák', jobTitle: 'Port engineer' })}`,
    body: '',
    expected: [{ fullName: 'László Petrák', title: 'Port engineer' }],
    absent: ['Meet Lazlo Petrak at Dockside 2026'],
  },
  {
    group: 'OpenGraph/Twitter',
    rule: 'og:title with an h-card person: one draft from the h-card',
    head: '<meta property="og:type" content="profile"><meta property="og:title" content="Mira Sandoval — Keynote">',
    body: '<div class="h-card"><span class="p-name">Mira Sandoval</span> <span class="p-job-title">Economist</span></div>',
    expected: [{ fullName: 'Mira Sandoval', title: 'Economist', evidence: { fullName: 'hCard' } }],
    absent: ['Mira Sandoval — Keynote'],
  },
  {
    group: 'OpenGraph/Twitter',
    rule: 'twitter:title never names a person',
    head: '<meta name="twitter:card" content="summary"><meta name="twitter:title" content="Nadim Haddad">',
    body: '<h1>Our services</h1>',
    expected: [],
  },
  {
    group: 'OpenGraph/Twitter',
    rule: 'og:type website is not a person',
    head: '<meta property="og:type" content="website"><meta property="og:title" content="Orsolya Kiss">',
    body: '',
    expected: [],
  },
  {
    group: 'OpenGraph/Twitter',
    rule: 'og:type profile with profile:first_name and last_name and nothing structured',
    head: '<meta property="og:type" content="profile"><meta property="og:title" content="Pádraig Ó Sé | Portfolio"><meta property="og:site_name" content="Portfolio"><meta property="profile:first_name" content="Pádraig"><meta property="profile:last_name" content="Ó Sé">',
    body: '',
    expected: [{ fullName: 'Pádraig Ó Sé', firstName: 'Pádraig', lastName: 'Ó Sé' }],
  },
  {
    group: 'OpenGraph/Twitter',
    rule: 'og:title never names a person when a microdata Organization page names one in its employee list',
    head: '<meta property="og:type" content="profile"><meta property="og:title" content="Team | Renwick Glass">',
    body: '<div itemscope itemtype="https://schema.org/Organization"><span itemprop="name">Renwick Glass</span><div itemprop="employee" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Renata Wick</span></div></div>',
    expected: [{ fullName: 'Renata Wick' }, { company: 'Renwick Glass' }],
    absent: ['Team | Renwick Glass', 'Team'],
  },
];

const MERGE: Case[] = [
  {
    group: 'one draft per person',
    rule: 'JSON-LD and microdata of one person: one draft, fields by source',
    head: jsonLd({ '@context': 'https://schema.org', '@type': 'Person', name: 'Sibylla Grant', jobTitle: 'CFO' }),
    body: '<div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Sibylla Grant</span> <a itemprop="telephone" href="tel:+6125550123">call</a></div>',
    expected: [
      {
        fullName: 'Sibylla Grant',
        title: 'CFO',
        phone: '+6125550123',
        evidence: { title: 'structured data (JSON-LD)', phone: 'microdata' },
      },
    ],
  },
  {
    group: 'one draft per person',
    rule: 'microdata and h-card of one person (honorific on one): one draft',
    body: '<div itemscope itemtype="https://schema.org/Person" class="h-card"><span itemprop="name" class="p-name">Prof. Torvald Ek</span> <span class="p-job-title">Dean</span></div>',
    expected: [{ fullName: 'Prof. Torvald Ek', title: 'Dean' }],
  },
  {
    group: 'one draft per person',
    rule: 'the same email in JSON-LD and an h-card joins different spellings',
    head: jsonLd({ '@context': 'https://schema.org', '@type': 'Person', name: 'Ursula K. Dane', email: 'ursula@dane-ink.example' }),
    body: '<div class="h-card"><span class="p-name">Ursula Dane</span> <a class="u-email" href="mailto:ursula@dane-ink.example">mail</a> <span class="p-locality">Leiden</span></div>',
    expected: [{ fullName: 'Ursula K. Dane', email: 'ursula@dane-ink.example', location: 'Leiden', evidence: { location: 'hCard' } }],
  },
  {
    group: 'one draft per person',
    rule: 'RDFa and JSON-LD of one person and two different people stay apart',
    head: jsonLd({ '@context': 'https://schema.org', '@type': 'Person', name: 'Valter Sousa', jobTitle: 'Cook' }),
    body: '<div vocab="https://schema.org/" typeof="Person"><span property="name">Valter Sousa</span></div><div vocab="https://schema.org/" typeof="Person"><span property="name">Wilma Sousa</span></div>',
    expected: [{ fullName: 'Valter Sousa', title: 'Cook' }, { fullName: 'Wilma Sousa' }],
  },
  {
    group: 'one draft per person',
    rule: 'same LinkedIn profile joins two spellings',
    head: jsonLd({
      '@context': 'https://schema.org',
      '@type': 'Person',
      name: 'Jon Ø. Berg',
      sameAs: 'https://www.linkedin.com/in/jon-berg-77/',
    }),
    body: '<div class="h-card"><span class="p-name">Jon Berg</span> <a class="u-url" href="https://www.linkedin.com/in/jon-berg-77">in</a> <span class="p-job-title">Skipper</span></div>',
    expected: [{ fullName: 'Jon Ø. Berg', title: 'Skipper' }],
  },
];

const BYLINES: Case[] = [
  {
    group: 'bylines',
    rule: 'NewsArticle author with a url: a byline',
    head: jsonLd({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Rain',
      author: { '@type': 'Person', name: 'Xavier Moll', url: 'https://news.quillmere.example/by/xavier' },
    }),
    body: '',
    expected: [],
  },
  {
    group: 'bylines',
    rule: 'NewsArticle author array with sameAs and jobTitle: bylines',
    head: jsonLd({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      author: [
        { '@type': 'Person', name: 'Ysolde Park', jobTitle: 'Reporter', sameAs: 'https://social.example/@ys' },
        { '@type': 'Person', name: 'Zane Ortiz' },
      ],
    }),
    body: '',
    expected: [],
  },
  {
    group: 'bylines',
    rule: 'BlogPosting author in a @graph referenced by @id: a byline',
    head: jsonLd({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'BlogPosting', '@id': '#post', author: { '@id': '#a' } },
        { '@type': 'Person', '@id': '#a', name: 'Abigail Fenn', url: 'https://quillmere.example/author/abigail' },
      ],
    }),
    body: '',
    expected: [],
  },
  {
    group: 'bylines',
    rule: 'rel=author link: a byline',
    body: '<article><h1>Soil</h1><p>By <a rel="author" href="/authors/bastian">Bastian Kohl</a></p></article>',
    expected: [],
  },
  {
    group: 'bylines',
    rule: 'meta name=author: a byline',
    head: '<meta name="author" content="Camille Durand">',
    body: '<article><h1>Seeds</h1></article>',
    expected: [],
  },
  {
    group: 'bylines',
    rule: 'h-entry p-author h-card: a byline',
    body: '<article class="h-entry"><h1 class="p-name">Ice</h1><a class="p-author h-card" href="https://desmond.example/">Desmond Achterberg</a><div class="e-content">…</div></article>',
    expected: [],
  },
  {
    group: 'bylines',
    rule: 'hentry author vcard: a byline',
    body: '<div class="hentry"><h2 class="entry-title">Snow</h2><address class="author vcard"><a class="url fn" href="/author/edda">Edda Lund</a></address></div>',
    expected: [],
  },
  {
    group: 'bylines',
    rule: 'an article author given as a string: no draft',
    head: jsonLd({ '@context': 'https://schema.org', '@type': 'Article', author: 'Florian Weiss' }),
    body: '',
    expected: [],
  },
  {
    group: 'bylines',
    rule: 'a publisher Organization is not a company draft',
    head: jsonLd({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      author: { '@type': 'Person', name: 'Gia Long' },
      publisher: { '@type': 'NewsMediaOrganization', name: 'Quillmere Gazette' },
    }),
    body: '',
    expected: [],
  },
];

// Traps met on real pages: broken JSON-LD, theme markup, templates' placeholder links, legal names.
const REAL_PAGES: Case[] = [
  {
    group: 'real-page traps',
    rule: 'JSON-LD wrapped in CDATA comments is read',
    head: `<script type="application/ld+json">/* <![CDATA[ */ ${JSON.stringify({ '@context': 'https://schema.org', '@type': 'Person', name: 'Kornelia Wachs' })} /* ]]> */</script>`,
    body: '',
    expected: [{ fullName: 'Kornelia Wachs' }],
  },
  {
    group: 'real-page traps',
    rule: 'JSON-LD with a raw line break in a string is read',
    head: '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Person", "name": "Lasse Holm", "description": "Sails.\nBuilds boats.", "jobTitle": "Boatwright"}</script>',
    body: '',
    expected: [{ fullName: 'Lasse Holm', title: 'Boatwright' }],
  },
  {
    group: 'real-page traps',
    rule: 'JSON-LD inside an HTML comment in the script is read',
    head: `<script type="application/ld+json"><!-- ${JSON.stringify({ '@context': 'https://schema.org', '@type': 'Person', name: 'Malin Ek' })} --></script>`,
    body: '',
    expected: [{ fullName: 'Malin Ek' }],
  },
  {
    group: 'real-page traps',
    rule: 'a Yoast-style @graph: the author is a byline, the publisher no company draft',
    head: jsonLd({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'Organization', '@id': 'https://q.example/#org', name: 'Quillmere Press', url: 'https://q.example/' },
        { '@type': 'WebSite', '@id': 'https://q.example/#site', publisher: { '@id': 'https://q.example/#org' } },
        {
          '@type': 'Person',
          '@id': 'https://q.example/#/schema/person/1',
          name: 'Nikolai Berg',
          url: 'https://q.example/author/nikolai/',
          sameAs: ['https://social.example/@nb'],
        },
        { '@type': 'Article', author: { '@id': 'https://q.example/#/schema/person/1' }, publisher: { '@id': 'https://q.example/#org' } },
      ],
    }),
    body: '',
    expected: [],
  },
  {
    group: 'real-page traps',
    rule: 'a WordPress byline vcard outside any hentry is a byline',
    body: '<header><span class="byline">by <span class="author vcard"><a class="url fn n" href="/author/ottilie/">Ottilie Rask</a></span></span></header><div class="entry-content"><p>Text</p></div>',
    expected: [],
  },
  {
    group: 'real-page traps',
    rule: 'template links to "#" do not make one card speak for the page',
    body: '<div class="h-card"><a class="p-name u-url" href="#">Petra Lindqvist</a> <span class="p-job-title">CEO</span></div><div class="h-card"><a class="p-name u-url" href="/people/rasmus">Rasmus Kjær</a> <span class="p-job-title">CTO</span></div>',
    expected: [
      { fullName: 'Petra Lindqvist', title: 'CEO' },
      { fullName: 'Rasmus Kjær', title: 'CTO' },
    ],
  },
  {
    group: 'real-page traps',
    rule: 'an h-card named with a legal form (Ltd, GmbH) is an organisation',
    body: '<footer><div class="h-card"><span class="p-name">Saltcote Ferries Ltd</span> <span class="p-street-address">1 Quay St</span> <span class="p-locality">Whitby</span></div></footer>',
    expected: [{ company: 'Saltcote Ferries Ltd', headquarters: 'Whitby' }],
  },
  {
    group: 'real-page traps',
    rule: 'a short legal form counts only as companies write it: "Brygga Oy" is a company, "Moussa Sa" a person',
    body: '<div class="h-card"><span class="p-name">Brygga Oy</span></div><div class="h-card"><span class="p-name">Moussa Sa</span> <span class="p-job-title">Pilot</span></div>',
    expected: [{ fullName: 'Moussa Sa', title: 'Pilot' }, { company: 'Brygga Oy' }],
  },
  {
    group: 'real-page traps',
    rule: 'a schema.org-example-style microdata Person: all fields, colleagues are not people',
    body: `<div itemscope itemtype="https://schema.org/Person"><span itemprop="name">Tuva Rosendahl</span> <img src="tuva.jpg" itemprop="image" alt="Photo of Tuva Rosendahl"> <span itemprop="jobTitle">Professor</span>
      <div itemprop="address" itemscope itemtype="https://schema.org/PostalAddress"><span itemprop="streetAddress">12 College Rd</span> <span itemprop="addressLocality">Uppsala</span>, <span itemprop="postalCode">75105</span></div>
      <span itemprop="telephone">(018) 555-0144</span> <a href="mailto:tuva.rosendahl@uu-example.se" itemprop="email">tuva.rosendahl@uu-example.se</a>
      Home page: <a href="https://tuva.example/" itemprop="url">tuva.example</a>
      Students: <a href="https://uu-example.se/s/ida" itemprop="colleague">Ida Norell</a> <a href="https://uu-example.se/s/jon" itemprop="colleague">Jon Sköld</a></div>`,
    expected: [
      {
        fullName: 'Tuva Rosendahl',
        title: 'Professor',
        location: 'Uppsala',
        phone: '(018) 555-0144',
        email: 'tuva.rosendahl@uu-example.se',
        websiteUrl: 'https://tuva.example/',
      },
    ],
  },
  {
    group: 'real-page traps',
    rule: 'a schema.org-example-style Organization: alumni and member organisations are not drafts',
    head: jsonLd({
      '@context': 'https://schema.org',
      '@type': 'Organization',
      name: 'Ulvsund Foundation',
      url: 'https://ulvsund.example',
      email: 'secretariat@ulvsund.example',
      alumni: [{ '@type': 'Person', name: 'Vega Strand' }],
      member: [{ '@type': 'Organization', name: 'Nordic Grants Network' }],
    }),
    body: '',
    expected: [{ company: 'Ulvsund Foundation', companyDomain: 'ulvsund.example' }],
  },
  {
    group: 'real-page traps',
    rule: 'one person with and without a middle name in two sources is one draft',
    head: jsonLd({ '@context': 'https://schema.org', '@type': 'Person', name: 'Wilhelm Ahlgren', jobTitle: 'Harbour master' }),
    body: '<div class="h-card"><span class="p-name">Wilhelm August Ahlgren</span> <span class="p-tel">+46 8 555 0101</span></div>',
    expected: [{ fullName: 'Wilhelm Ahlgren', title: 'Harbour master', phone: '+46 8 555 0101' }],
  },
  {
    group: 'real-page traps',
    rule: 'a Person url relative to the page is resolved',
    head: jsonLd({ '@context': 'https://schema.org', '@type': 'Person', name: 'Xenia Falk', url: '/about/xenia' }),
    body: '',
    expected: [{ fullName: 'Xenia Falk', websiteUrl: 'https://www.quillmere.example/about/xenia' }],
  },
  {
    group: 'real-page traps',
    rule: 'an Event page: performers are people, the organiser and venue are not drafts',
    head: jsonLd({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Tidecon',
      location: { '@type': 'Place', name: 'Pier Hall' },
      organizer: { '@type': 'Organization', name: 'Tidecon AB' },
      performer: [
        {
          '@type': 'Person',
          name: 'Yngve Borg',
          jobTitle: 'Oceanographer',
          worksFor: { '@type': 'ResearchOrganization', name: 'Sound Lab' },
        },
        { '@type': 'Person', name: 'Zelda Aro' },
      ],
    }),
    body: '',
    expected: [{ fullName: 'Yngve Borg', title: 'Oceanographer', company: 'Sound Lab' }, { fullName: 'Zelda Aro' }],
  },
  {
    group: 'real-page traps',
    rule: 'an ItemList of people (team page) gives each person',
    head: jsonLd({
      '@context': 'https://schema.org',
      '@type': 'ItemList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, item: { '@type': 'Person', name: 'Åsa Lind', jobTitle: 'CEO' } },
        { '@type': 'ListItem', position: 2, item: { '@type': 'Person', name: 'Örjan Nyström', jobTitle: 'CFO' } },
      ],
    }),
    body: '',
    expected: [
      { fullName: 'Åsa Lind', title: 'CEO' },
      { fullName: 'Örjan Nyström', title: 'CFO' },
    ],
  },
  {
    group: 'real-page traps',
    rule: 'a comment section of h-cards under an h-entry are other people',
    body: '<article class="h-entry"><h1 class="p-name">Notes</h1><div class="p-author h-card"><a class="p-name u-url" href="/">Bodil Sand</a> <a class="u-email" href="mailto:bodil@sand.example">mail</a></div><div class="u-comment h-cite"><span class="p-author h-card">Casimir Troll</span> <p class="p-content">Nice</p></div></article>',
    expected: [{ fullName: 'Bodil Sand', email: 'bodil@sand.example' }],
    absent: ['Casimir'],
  },
];

const GUEST = 'https://de.linkedin.com/in/henrike-aalberg';
const guestPerson = (extra: Record<string, unknown>) =>
  jsonLd({
    '@context': 'http://schema.org',
    '@graph': [
      { '@type': 'Person', name: 'Henrike Aalberg', url: GUEST, ...extra },
      { '@type': 'WebPage', reviewedBy: { '@type': 'Person', name: 'Ivar Reviewer' } },
    ],
  });
const guestTop =
  '<section class="top-card-layout"><h1 class="top-card-layout__title">Henrike Aalberg</h1><h2 class="top-card-layout__headline">Buyer at Nordlicht Handel</h2><h3 class="top-card-layout__first-subline"><span>Hamburg, Germany</span><span>312 followers</span></h3></section>';
const guestExperience = (entry: string) =>
  `<section class="core-section-container experience" data-section="experience"><h2>Experience</h2><ul>${entry}</ul></section>`;

// LinkedIn's signed-out profile: its JSON-LD Person, and the experience lines that are never title or company.
const LINKEDIN_GUEST: Case[] = [
  {
    group: 'LinkedIn guest profile',
    url: GUEST,
    rule: 'JSON-LD Person: jobTitle, worksFor and address',
    head: guestPerson({
      jobTitle: ['Category Manager', 'Mentor'],
      worksFor: [{ '@type': 'Organization', name: 'Wattenmeer Foods' }],
      address: { '@type': 'PostalAddress', addressLocality: 'Bremen', addressCountry: 'DE' },
    }),
    body: `<main>${guestTop}</main>`,
    expected: [{ fullName: 'Henrike Aalberg', title: 'Category Manager', company: 'Wattenmeer Foods', location: 'Bremen' }],
    absent: ['Ivar Reviewer'],
  },
  {
    group: 'LinkedIn guest profile',
    url: GUEST,
    rule: 'no JSON-LD: the experience item gives title and company, never its date or location line',
    body: `<main>${guestTop}${guestExperience('<li class="profile-section-card experience-item"><h3 class="profile-section-card__title experience-item__title">Senior Buyer</h3><h4 class="profile-section-card__subtitle experience-item__subtitle"><a href="https://de.linkedin.com/company/nordlicht">Nordlicht Handel</a></h4><div class="experience-item__meta"><p class="experience-item__meta-item"><span class="date-range"><time>Mar 2022</time> - Present · 2 yrs</span></p><p class="experience-item__meta-item">Hamburg, Germany</p></div></li>')}</main>`,
    expected: [{ fullName: 'Henrike Aalberg', title: 'Senior Buyer', company: 'Nordlicht Handel' }],
    absent: ['Present', '2 yrs'],
  },
  {
    group: 'LinkedIn guest profile',
    url: GUEST,
    rule: 'an experience item with only its dates and location: the headline speaks',
    body: `<main>${guestTop}${guestExperience('<li class="profile-section-card experience-item"><div class="experience-item__meta"><p class="experience-item__meta-item">Jan 2020 - Present · 4 yrs 1 mo</p><p class="experience-item__meta-item">Kiel, Germany</p></div></li>')}</main>`,
    expected: [{ fullName: 'Henrike Aalberg', title: 'Buyer', company: 'Nordlicht Handel' }],
    absent: ['Present', 'Kiel'],
  },
  {
    group: 'LinkedIn guest profile',
    url: GUEST,
    rule: 'a grouped experience (one company, several roles): the newest role and the company',
    body: `<main>${guestTop}${guestExperience('<li class="experience-group"><h4 class="experience-group-header__company">Nordlicht Handel</h4><ul><li class="experience-group-position"><h3 class="experience-group-position__title">Head Buyer</h3><p>Apr 2023 - Present · 1 yr</p><p class="experience-group-position__location">Hamburg</p></li><li class="experience-group-position"><h3 class="experience-group-position__title">Buyer</h3></li></ul></li>')}</main>`,
    expected: [{ fullName: 'Henrike Aalberg', title: 'Head Buyer', company: 'Nordlicht Handel' }],
    absent: ['Present'],
  },
  {
    group: 'LinkedIn guest profile',
    url: GUEST,
    rule: 'a JSON-LD Person of another profile (People also viewed) is not this one',
    head: jsonLd({
      '@context': 'http://schema.org',
      '@type': 'Person',
      name: 'Jens Other',
      url: 'https://de.linkedin.com/in/jens-other',
      jobTitle: 'Driver',
      worksFor: { '@type': 'Organization', name: 'Elsewhere GmbH' },
    }),
    body: `<main>${guestTop}</main>`,
    expected: [{ fullName: 'Henrike Aalberg', title: 'Buyer', company: 'Nordlicht Handel', location: 'Hamburg, Germany' }],
    absent: ['Driver', 'Elsewhere'],
  },
];

const ALL: Case[] = [
  ...IMPLIED_NAME,
  ...IMPLIED_URL,
  ...PROPERTIES,
  ...NESTED,
  ...V1,
  ...ORGS,
  ...SCHEMA_TYPES,
  ...SCHEMA_IRIS,
  ...JSONLD,
  ...MICRODATA,
  ...RDFA,
  ...MAILTO,
  ...OPENGRAPH,
  ...MERGE,
  ...BYLINES,
  ...REAL_PAGES,
  ...LINKEDIN_GUEST,
];

describe('structured data conformance', () => {
  it.each(ALL)('[$group] $rule', ({ body, head = '', url = PAGE, expected, absent = [] }) => {
    const drafts = extractProspects(parseHtml(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`), url);
    expect(drafts).toHaveLength(expected.length);
    expect(drafts).toMatchObject(expected);
    // A company draft names no person.
    expected.forEach((draft, index) => draft.fullName || draft.firstName || expect(drafts[index]).not.toHaveProperty('fullName'));
    const text = JSON.stringify(drafts);
    for (const value of absent) expect(text).not.toContain(value);
  });

  it('bylines the page credits are listed apart, by name and author page', () => {
    const doc = parseHtml(
      `<html><head><meta name="author" content="Hedda Nyqvist">${jsonLd({ '@context': 'https://schema.org', '@type': 'Article', author: ['Ilias Petridis', { '@type': 'Person', name: 'Jovana Ilić', url: '/by/jovana' }] })}</head><body></body></html>`,
    );
    expect(extractProspects(doc, PAGE)).toEqual([]);
    expect(pageBylines(doc, PAGE)).toEqual([
      { name: 'Ilias Petridis' },
      { name: 'Jovana Ilić', url: 'https://www.quillmere.example/by/jovana' },
      { name: 'Hedda Nyqvist' },
    ]);
  });
});
