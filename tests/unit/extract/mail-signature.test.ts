// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { signatureOf, type Signature, type Writer } from '@/lib/extract/mail-signature';
import { bodyText, textLines } from '@/lib/extract/mail-text';
import { parseHtml } from '../extract-helpers';

interface Variant {
  name: string;
  writer: Writer;
  body: string;
  expected: Partial<Signature> | undefined;
}

const read = (body: string, writer: Writer) => signatureOf({ lines: textLines(body), links: [] }, writer);

// Realistic signatures as they arrive in plain-text or flattened HTML mail (fictional people).
const VARIANTS: Variant[] = [
  {
    name: '"--" separator, title | company, labelled mobile and office phones, website',
    writer: { name: 'Ines Duarte', email: 'ines.duarte@quillfield-labs.example' },
    body: `Hi Maya,\n\nThanks for the call.\n\n--\nInes Duarte\nHead of Logistics Procurement | Quillfield Labs\nT: +351 21 000 4410 | M: +351 912 345 678\nwww.quillfield-labs.example`,
    expected: {
      name: 'Ines Duarte',
      title: 'Head of Logistics Procurement',
      company: 'Quillfield Labs',
      phones: ['+351 912 345 678', '+351 21 000 4410'],
      websiteUrl: 'https://www.quillfield-labs.example/',
      emails: [],
    },
  },
  {
    name: '"Best," sign-off, a title with a comma of its own, company on its own line',
    writer: { name: 'Kwame Asante-Boateng', email: 'kwame.asante@harrowgate-clinic.example' },
    body: `Happy to go ahead.\n\nBest,\nDr. Kwame Asante-Boateng\nDirector, Clinical Operations\nHarrowgate Clinic Group\nTel: +44 20 7946 0321`,
    expected: { title: 'Director, Clinical Operations', company: 'Harrowgate Clinic Group', phones: ['+44 20 7946 0321'] },
  },
  {
    name: '"Title at Company" with a first-name line before the full name',
    writer: { name: 'Tom Becker', email: 'tom@fernhill-analytics.example' },
    body: `See you Thursday.\n\nCheers,\nTom\n\nTom Becker\nAccount Director at Fernhill Analytics\n+1 (415) 555-0134`,
    expected: { title: 'Account Director', company: 'Fernhill Analytics', phones: ['+1 (415) 555-0134'] },
  },
  {
    name: '"Title, Company Ltd" on one line, email and phone on the next',
    writer: { name: 'Sophie Laurent', email: 'sophie.laurent@brightwater.example' },
    body: `Kind regards,\nSophie Laurent\nHead of Partnerships, Brightwater Media Ltd\nsophie@brightwater.example | +44 7700 900 456`,
    expected: {
      title: 'Head of Partnerships',
      company: 'Brightwater Media Ltd',
      emails: ['sophie@brightwater.example'],
      phones: ['+44 7700 900 456'],
    },
  },
  {
    name: 'German: mobile before office, fax left out',
    writer: { name: 'Dieter Hoffmann', email: 'd.hoffmann@mauerwerk-bau.example' },
    body: `Mit freundlichen Grüßen\nDieter Hoffmann\nLeiter Einkauf\nMauerwerk Bau GmbH\nTel. +49 89 1234 5670\nMobil +49 171 555 0101\nFax +49 89 1234 5679`,
    expected: { title: 'Leiter Einkauf', company: 'Mauerwerk Bau GmbH', phones: ['+49 171 555 0101', '+49 89 1234 5670'] },
  },
  {
    name: 'everything on one line between pipes',
    writer: { name: 'Priya Shah', email: 'priya.shah@harrowgate-clinic.example' },
    body: `Thanks,\nPriya Shah | Procurement Manager | Harrowgate Clinic Group | +44 7700 900 789`,
    expected: { title: 'Procurement Manager', company: 'Harrowgate Clinic Group', phones: ['+44 7700 900 789'] },
  },
  {
    name: 'sign-off and name on one line ("Thanks, Ana"), Portuguese company and phone',
    writer: { name: 'Ana Lima', email: 'ana.lima@verdemar.example' },
    body: `Perfeito, obrigado.\n\nThanks, Ana\nCOO, Verdemar Logística\n+55 11 91234-5678`,
    expected: { name: 'Ana', title: 'COO', company: 'Verdemar Logística', phones: ['+55 11 91234-5678'] },
  },
  {
    name: 'pronouns after the name are not part of it',
    writer: { name: 'Jordan Ellis', email: 'jordan.ellis@northwind-robotics.example' },
    body: `Best regards,\nJordan Ellis (they/them)\nSenior Account Executive\nNorthwind Robotics\nM +1 312 555 0199`,
    expected: { name: 'Jordan Ellis', title: 'Senior Account Executive', company: 'Northwind Robotics', phones: ['+1 312 555 0199'] },
  },
  {
    name: 'LinkedIn profile and personal site written as text',
    writer: { name: 'Mateo Ruiz', email: 'mateo.ruiz@gmail.com' },
    body: `--\nMateo Ruiz\nIndependent Consultant\nlinkedin.com/in/mateo-ruiz-88 | mateoruiz.example`,
    expected: {
      title: 'Independent Consultant',
      linkedinUrl: 'https://www.linkedin.com/in/mateo-ruiz-88/',
      websiteUrl: 'https://mateoruiz.example/',
      company: undefined,
    },
  },
  {
    name: 'several emails in the signature are all kept (the header address stays the main one)',
    writer: { name: 'Lena Vasquez', email: 'lena@fieldops.example' },
    body: `Best,\nLena Vasquez\nEvents Director\nFieldOps Summit\nE: lena@fieldops.example, events@fieldops.example`,
    expected: { title: 'Events Director', company: 'FieldOps Summit', emails: ['lena@fieldops.example', 'events@fieldops.example'] },
  },
  {
    name: 'a disclaimer and "Sent from my iPhone" are not title or company',
    writer: { name: 'Oren Katz', email: 'oren@pickwise.example' },
    body: `Regards,\nOren Katz\nVP Sales\nPickwise\nSent from my iPhone\nThis email and any attachments are confidential and intended solely for the addressee.`,
    expected: { title: 'VP Sales', company: 'Pickwise', phones: [] },
  },
  {
    name: 'only "Sent from my iPhone": no signature details',
    writer: { name: 'Oren Katz', email: 'oren@pickwise.example' },
    body: `Yes, Thursday works.\n\nSent from my iPhone`,
    expected: undefined,
  },
  {
    name: 'no marker: the last paragraph with contact details is the signature',
    writer: { name: 'Rosa Marchetti', email: 'rosa@ironbark-energy.example' },
    body: `Can we move the call to Thursday?\n\nRosa Marchetti\nProcurement Lead, Ironbark Energy\n+47 51 00 00 00`,
    expected: { title: 'Procurement Lead', company: 'Ironbark Energy', phones: ['+47 51 00 00 00'] },
  },
  {
    name: 'a street address (with a postcode full of digits) is not a phone',
    writer: { name: 'Ines Duarte', email: 'ines.duarte@quillfield-labs.example' },
    body: `--\nInes Duarte\nQuillfield Labs\nRua Augusta 100, 1100-053 Lisboa\nM: +351 912 345 678`,
    expected: { company: 'Quillfield Labs', phones: ['+351 912 345 678'], title: undefined },
  },
  {
    name: '"CEO & Co-founder" with the company named after the email domain',
    writer: { name: 'Hana Sato', email: 'hana@oakridge-studio.example' },
    body: `Warm regards,\nHana Sato\nCEO & Co-founder\nOakridge Studio`,
    expected: { title: 'CEO & Co-founder', company: 'Oakridge Studio' },
  },
  {
    name: 'webmail sender: the line after the title is the company',
    writer: { name: 'Ezra Blum', email: 'ezra.blum@outlook.com' },
    body: `Thanks!\nEzra Blum\nFreelance Designer\nMoss & Fern Studio`,
    expected: { title: 'Freelance Designer', company: 'Moss & Fern Studio' },
  },
  {
    name: 'a place after the title is not a company',
    writer: { name: 'Ezra Blum', email: 'ezra.blum@outlook.com' },
    body: `Best,\nEzra Blum\nHead of Sales\nRotterdam, Netherlands`,
    expected: { title: 'Head of Sales', company: undefined },
  },
  {
    name: 'office phone with an extension',
    writer: { name: 'Grace Okafor', email: 'grace@lumenfield.example' },
    body: `Regards,\nGrace Okafor\nOperations Manager\nLumenfield Solar Inc.\nOffice: +1 212 555 0147 ext. 204`,
    expected: { title: 'Operations Manager', company: 'Lumenfield Solar Inc.', phones: ['+1 212 555 0147 ext. 204'] },
  },
  {
    name: 'Quebec: "poste" extension after the office number',
    writer: { name: 'Élodie Tremblay', email: 'elodie@boreal-logistique.example' },
    body: `Merci,\nÉlodie Tremblay\nDirectrice des achats\nBoréal Logistique inc.\nTél. : 514 555-0199, poste 7`,
    expected: { title: 'Directrice des achats', phones: ['514 555-0199, poste 7'] },
  },
  {
    name: 'French: "Portable" and "Tél." labels, accented title, SAS company',
    writer: { name: 'Camille Dubois', email: 'camille.dubois@atelier-lumiere.example' },
    body: `Cordialement,\nCamille Dubois\nDirectrice commerciale\nAtelier Lumière SAS\nTél. : +33 1 23 45 67 89\nPortable : +33 6 12 34 56 78`,
    expected: { title: 'Directrice commerciale', company: 'Atelier Lumière SAS', phones: ['+33 6 12 34 56 78', '+33 1 23 45 67 89'] },
  },
  {
    name: 'Spanish: "Saludos", "Móvil", S.A.',
    writer: { name: 'Javier Morales', email: 'jmorales@agroandes.example' },
    body: `Saludos,\nJavier Morales\nGerente de Compras\nAgroandes S.A.\nMóvil: +56 9 8765 4321`,
    expected: { title: 'Gerente de Compras', company: 'Agroandes S.A.', phones: ['+56 9 8765 4321'] },
  },
  {
    name: 'a person profile and a company page on LinkedIn',
    writer: { name: 'Ines Duarte', email: 'ines.duarte@quillfield-labs.example' },
    body: `--\nInes Duarte\nhttps://www.linkedin.com/in/Ines-Duarte-QL?trk=sig | linkedin.com/company/quillfield-labs`,
    expected: {
      linkedinUrl: 'https://www.linkedin.com/in/ines-duarte-ql/',
      companyLinkedinUrl: 'https://www.linkedin.com/company/quillfield-labs/',
    },
  },
  {
    name: 'name and title on one line with a comma',
    writer: { name: 'Ines Duarte', email: 'ines.duarte@quillfield-labs.example' },
    body: `Best,\nInes Duarte, Head of Procurement\nQuillfield Labs`,
    expected: { name: 'Ines Duarte', title: 'Head of Procurement', company: 'Quillfield Labs' },
  },
  {
    name: 'two numbers joined by a slash, a tagline in quotes',
    writer: { name: 'Maya Ortiz', email: 'maya.ortiz@ardent-freight.example' },
    body: `--\nMaya Ortiz\nAccount Executive\nArdent Freight\n+1 617 555 0182 / +1 617 555 0100\n“Moving freight, not paper.”`,
    expected: { title: 'Account Executive', company: 'Ardent Freight', phones: ['+1 617 555 0182', '+1 617 555 0100'] },
  },
  {
    name: 'the quoted older message is cut off: its signature is not the writer’s',
    writer: { name: 'Ines Duarte', email: 'ines.duarte@quillfield-labs.example' },
    body: `Agreed.\n\nBest,\nInes\n\nOn Tue, Mar 4, 2025 at 10:12 AM Rafael Nunes <rafael.nunes@quillfield-labs.example> wrote:\n> Rafael Nunes\n> Chief Financial Officer\n> +351 21 999 0000`,
    expected: { name: 'Ines', title: undefined, company: undefined, phones: [] },
  },
  {
    name: 'Outlook plain-text reply header ("From: … Sent: …") starts the quote',
    writer: { name: 'Kwame Asante-Boateng', email: 'kwame.asante@harrowgate-clinic.example' },
    body: `Thanks Maya.\n\nKwame\n\nFrom: Maya Ortiz <maya.ortiz@ardent-freight.example>\nSent: Monday, March 3, 2025 4:40 PM\nTo: Kwame Asante-Boateng\nSubject: Pilot\n\nMaya Ortiz\nAccount Executive\n+1 617 555 0182`,
    expected: undefined,
  },
];

describe('signature parsing (shared by Gmail and Outlook)', () => {
  it('covers at least 20 realistic variants', () => {
    expect(VARIANTS.length).toBeGreaterThanOrEqual(20);
  });

  it.each(VARIANTS)('$name', ({ body, writer, expected }) => {
    const signature = read(body, writer);
    if (expected === undefined) {
      expect(signature === undefined || (!signature.title && !signature.company && !signature.phones.length)).toBe(true);
      return;
    }
    expect(signature).toBeDefined();
    for (const [field, value] of Object.entries(expected)) expect(signature![field as keyof Signature], field).toEqual(value);
  });

  it('reads an HTML signature table with a linked LinkedIn icon', () => {
    const doc = parseHtml(`<div id="body">
      <div>Hi Maya, see attached.</div>
      <div class="gmail_signature" data-smartmail="gmail_signature">
        <table><tr><td><b>Ines Duarte</b></td><td>Head of Logistics Procurement</td></tr>
        <tr><td>Quillfield Labs</td><td>M: <a href="tel:+351912345678">+351 912 345 678</a></td></tr>
        <tr><td><a href="https://www.linkedin.com/in/ines-duarte-ql/"><img alt="LinkedIn"></a></td><td><a href="javascript:alert(1)">Book a call</a></td></tr></table>
      </div></div>`);
    const root = doc.getElementById('body')!;
    const block = bodyText(root.querySelector('.gmail_signature')!);
    const signature = signatureOf(bodyText(root), { name: 'Ines Duarte', email: 'ines.duarte@quillfield-labs.example' }, block);
    expect(signature).toMatchObject({
      title: 'Head of Logistics Procurement',
      company: 'Quillfield Labs',
      phones: ['+351 912 345 678'],
      linkedinUrl: 'https://www.linkedin.com/in/ines-duarte-ql/',
    });
    // A javascript: link is never a website.
    expect(signature?.websiteUrl).toBeUndefined();
  });
});
