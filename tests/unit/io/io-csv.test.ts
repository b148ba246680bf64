import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '@/lib/io/decode';
import { guardCell, unguardCell } from '@/lib/io/cell-guard';
import { detectDelimiter, parseCsvTable } from '@/lib/io/csv-table';
import { detectPreset, leadsToCsv, parseLeadsCsv, resolveMapping } from '@/lib/io/csv';
import { validateRow } from '@/lib/io/import-row';
import { LeadSchema, type LeadInput } from '@/lib/model';
import { withDerivedKeys } from '@/lib/db';

/** A string containing `text` (typed, for toEqual). */
const containing = (text: string): string => expect.stringContaining(text) as string;

const lead = (input: Partial<LeadInput> & { id: string; fullName: string }) =>
  withDerivedKeys(LeadSchema.parse({ createdAt: Date.UTC(2025, 0, 2, 3, 4, 5), updatedAt: Date.UTC(2025, 0, 3), ...input }));

describe('parseLeadsCsv', () => {
  it('reads quoted fields holding commas, doubled quotes and line breaks, with each row’s first line', () => {
    const text = [
      'Full Name,Email,Title,Notes',
      '"Okonkwo, Amara",amara@copperleaf.example,"Head of ""Growth""","Met at the booth.',
      'Wants a demo in May."',
      'Lars Lindqvist,lars@juniperlabs.example,CTO,',
    ].join('\n');
    const { rows, errors } = parseLeadsCsv(text);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        fullName: 'Okonkwo, Amara',
        email: 'amara@copperleaf.example',
        title: 'Head of "Growth"',
        notes: 'Met at the booth.\nWants a demo in May.',
      },
      { fullName: 'Lars Lindqvist', email: 'lars@juniperlabs.example', title: 'CTO' },
    ]);
  });

  it('reads CRLF files with a BOM and counts lines through quoted line breaks', () => {
    const text = '\uFEFFName,Email\r\n"Ada\r\nLovelace",not-an-email\r\nBruno Achterberg,bruno@bluefin.example\r\n';
    const { rows, errors } = parseLeadsCsv(text);
    expect(rows).toEqual([{ fullName: 'Bruno Achterberg', email: 'bruno@bluefin.example' }]);
    expect(errors).toEqual([{ line: 2, message: 'Email: “not-an-email” is not a valid email address' }]);
  });

  it('detects semicolons (with commas inside values) and tabs', () => {
    const semicolons = 'Name;Company;Email\nDoe, Jane;Müller & Söhne, GmbH;jane@mueller.example\n';
    expect(detectDelimiter(semicolons)).toBe(';');
    expect(parseLeadsCsv(semicolons).rows).toEqual([
      { fullName: 'Doe, Jane', company: 'Müller & Söhne, GmbH', email: 'jane@mueller.example' },
    ]);
    const tabs = 'First Name\tLast Name\tEmail\nGreta\tHalvorsen\tgreta@bluefin.example\n';
    expect(detectDelimiter(tabs)).toBe('\t');
    expect(parseLeadsCsv(tabs).rows).toEqual([{ firstName: 'Greta', lastName: 'Halvorsen', email: 'greta@bluefin.example' }]);
  });

  it('skips empty lines (and rows of empty fields) but keeps the line numbers of the file', () => {
    const text = 'Name,Email\n\nAda Ashdown,ada@x.example\n,\n   \nBad Row,bad@\n';
    const { rows, errors } = parseLeadsCsv(text);
    expect(rows).toEqual([{ fullName: 'Ada Ashdown', email: 'ada@x.example' }]);
    expect(errors).toEqual([{ line: 6, message: 'Email: “bad@” is not a valid email address' }]);
  });

  it('refuses ragged rows by line instead of guessing which value is which, and tolerates trailing separators', () => {
    const text =
      'Name,Email,Company\nAda Ashdown,ada@x.example,Driftwood\nSmith, John,john@x.example,Acme\nShort Row,short@x.example\nTrailing Sep,t@x.example,Acme,,\n';
    const { rows, errors } = parseLeadsCsv(text);
    expect(rows.map((row) => row.fullName)).toEqual(['Ada Ashdown', 'Trailing Sep']);
    expect(errors).toEqual([
      { line: 3, message: containing('This row has 4 fields where the header has 3') },
      { line: 4, message: containing('This row has 2 fields where the header has 3') },
    ]);
  });

  it('reports an unclosed quote at the line it opens on', () => {
    const { rows, errors } = parseLeadsCsv('Name,Email\nAda Ashdown,ada@x.example\n"Broken,b@x.example\nLast,l@x.example\n');
    expect(rows).toHaveLength(1);
    expect(errors).toEqual([{ line: 3, message: containing('never closed') }]);
  });

  it('keeps names in Chinese, Arabic and with emoji exactly', () => {
    const text =
      'Name,Email,Company\n王小明,xiaoming@example.cn,北京科技\nمحمد العلي,m.alali@example.sa,شركة الرياض\n"Zoë 🚀 Ng",zoe@example.com,Rocket 🚀 Labs\n';
    const { rows } = parseLeadsCsv(text);
    expect(rows.map((row) => [row.fullName, row.company])).toEqual([
      ['王小明', '北京科技'],
      ['محمد العلي', 'شركة الرياض'],
      ['Zoë 🚀 Ng', 'Rocket 🚀 Labs'],
    ]);
  });

  it('needs a name or an email on every row and a column for one of them in the file', () => {
    expect(parseLeadsCsv('Name,Title\n,CTO\n').errors).toEqual([{ line: 2, message: 'This row has neither a name nor an email address' }]);
    expect(parseLeadsCsv('Colour,Size\nred,XL\n').errors).toEqual([
      { line: 1, message: containing('No column holds names or email addresses') },
    ]);
  });

  it('applies a mapping given either way round, over what was detected', () => {
    const text = 'Nom,Courriel,Société\nCéline Valcourt,celine@harborlight.example,Harborlight Media\n';
    const expected = [{ fullName: 'Céline Valcourt', email: 'celine@harborlight.example', company: 'Harborlight Media' }];
    expect(parseLeadsCsv(text, { mapping: { Nom: 'fullName', Courriel: 'email', Société: 'company' } }).rows).toEqual(expected);
    expect(parseLeadsCsv(text, { mapping: { fullName: 'Nom', email: 'Courriel', company: 'Société' } }).rows).toEqual(expected);
  });

  it('reads a 10 MB file quickly', () => {
    const header = 'First Name,Last Name,Email,Company,Title,Notes\n';
    const lines: string[] = [header];
    let size = header.length;
    let i = 0;
    while (size < 10 * 1024 * 1024) {
      const line = `Ada${i},Lovelace${i},ada${i}@example.com,"Analytical Engines, Ltd",Head of Sales,"Line one\nline two, with ""quotes"""\n`;
      lines.push(line);
      size += line.length;
      i++;
    }
    const started = performance.now();
    const { rows, errors } = parseLeadsCsv(lines.join(''));
    const elapsed = performance.now() - started;
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(i);
    expect(rows[i - 1]).toMatchObject({ firstName: `Ada${i - 1}`, email: `ada${i - 1}@example.com`, company: 'Analytical Engines, Ltd' });
    expect(elapsed).toBeLessThan(20_000);
  }, 40_000);
});

describe('presets', () => {
  // Header rows as each tool writes them in its own export, with one person.
  it.each([
    [
      'hubspot',
      'Record ID,First Name,Last Name,Email,Phone Number,Mobile Phone Number,Job Title,Company Name,Website URL,City,State/Region,Country/Region,Contact owner,Lifecycle Stage,Create Date\n' +
        '10001,Ines,Ibarra,ines@ironbark.example,+34 600 000 001,+34 600 000 002,CFO,Ironbark Energy,ironbark.example,Madrid,Madrid,Spain,owner@leadline.example,lead,2024-01-01\n',
      {
        firstName: 'Ines',
        lastName: 'Ibarra',
        email: 'ines@ironbark.example',
        phone: '+34 600 000 001',
        otherPhones: '+34 600 000 002',
        title: 'CFO',
        company: 'Ironbark Energy',
        websiteUrl: 'ironbark.example',
        location: 'Madrid, Madrid, Spain',
        owner: 'owner@leadline.example',
        'custom.HubSpot_Record_ID': '10001',
      },
    ],
    [
      'salesforce',
      'Id,FirstName,LastName,Name,Title,Company,Street,City,State,Country,Phone,MobilePhone,Email,Website,LeadSource,Status,Description\n' +
        '00Q5g00000AbCdE,Jonas,Jablonski,Jonas Jablonski,VP Sales,Kestrel Aerospace,1 Main St,Warsaw,,Poland,+48 22 000 00 00,,jonas@kestrel.example,https://kestrel.example,Web,Open,Met at a fair\n',
      {
        'custom.Salesforce_Id': '00Q5g00000AbCdE',
        firstName: 'Jonas',
        lastName: 'Jablonski',
        fullName: 'Jonas Jablonski',
        title: 'VP Sales',
        company: 'Kestrel Aerospace',
        location: 'Warsaw, Poland',
        phone: '+48 22 000 00 00',
        email: 'jonas@kestrel.example',
        websiteUrl: 'https://kestrel.example',
        notes: 'Met at a fair',
      },
    ],
    [
      'salesforce',
      'First Name,Last Name,Title,Company / Account,Email,Phone,Mobile,Lead Source,Lead Status,Lead Owner,City,State/Province,Country\n' +
        'Maren,Marchetti,COO,Lumen Biotech,maren@lumenbio.example,,+39 333 000 0000,Web,Open,Sam Seller,Milan,,Italy\n',
      {
        firstName: 'Maren',
        lastName: 'Marchetti',
        title: 'COO',
        company: 'Lumen Biotech',
        email: 'maren@lumenbio.example',
        phone: '+39 333 000 0000',
        owner: 'Sam Seller',
        location: 'Milan, Italy',
      },
    ],
    [
      'pipedrive',
      'Person - ID,Person - Name,Person - Label,Person - Organization,Person - Email - Work,Person - Email - Home,Person - Email - Other,Person - Phone - Work,Person - Phone - Home,Person - Phone - Mobile,Person - Phone - Other,Person - Owner\n' +
        '42,Pavel Pellegrini,Hot lead,Foxglove Finance,pavel@foxglove.example,pavel.p@home.example,,+420 111 222 333,,+420 777 888 999,,Sam Seller\n',
      {
        'custom.Pipedrive_ID': '42',
        fullName: 'Pavel Pellegrini',
        company: 'Foxglove Finance',
        email: 'pavel@foxglove.example',
        otherEmails: 'pavel.p@home.example',
        phone: '+420 111 222 333',
        otherPhones: '+420 777 888 999',
        owner: 'Sam Seller',
      },
    ],
    [
      'apollo',
      'First Name,Last Name,Title,Company,Company Name for Emails,Email,Email Status,Seniority,Departments,Contact Owner,First Phone,Work Direct Phone,Home Phone,Mobile Phone,Corporate Phone,Other Phone,Stage,Lists,Last Contacted,Account Owner,# Employees,Industry,Keywords,Person Linkedin Url,Website,Company Linkedin Url,Facebook Url,Twitter Url,City,State,Country,Apollo Contact Id,Apollo Account Id\n' +
        'Umar,Underhill,Growth Manager,Granite Peak Software,Granite Peak,umar@granitepeak.example,Verified,Manager,Marketing,,+1 555 0101,,,+1 555 0102,,,Cold,,,,120,Software,,http://www.linkedin.com/in/umar-underhill,http://www.granitepeak.example,,,,Austin,Texas,United States,64a0000000000000000000aa,64a0000000000000000000bb\n',
      {
        firstName: 'Umar',
        lastName: 'Underhill',
        title: 'Growth Manager',
        company: 'Granite Peak Software',
        email: 'umar@granitepeak.example',
        phone: '+1 555 0101',
        otherPhones: '+1 555 0102',
        linkedinUrl: 'http://www.linkedin.com/in/umar-underhill',
        websiteUrl: 'http://www.granitepeak.example',
        location: 'Austin, Texas, United States',
        'custom.Apollo_Contact_Id': '64a0000000000000000000aa',
      },
    ],
    [
      'linkedin-connections',
      'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing. You will only see email addresses for connections who have allowed their connections to see or download their email address."\n\n' +
        'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n' +
        'Tamsin,Thornbury,https://www.linkedin.com/in/tamsin-thornbury,,Harborlight Media,"Director of Operations, EMEA",12 Mar 2024\n',
      {
        firstName: 'Tamsin',
        lastName: 'Thornbury',
        linkedinUrl: 'https://www.linkedin.com/in/tamsin-thornbury',
        company: 'Harborlight Media',
        title: 'Director of Operations, EMEA',
        'custom.Connected_On': '12 Mar 2024',
      },
    ],
    [
      'sales-navigator',
      'profileUrl,fullName,firstName,lastName,companyName,title,companyId,companyUrl,regularCompanyUrl,summary,titleDescription,industry,companyLocation,location,durationInRole,durationInCompany,vmid,linkedInProfileUrl,isPremium,defaultProfileUrl,query,timestamp\n' +
        '"https://www.linkedin.com/sales/lead/ACwAAA1b2c3,NAME_SEARCH,xYz9",Sven Szabó,Sven,Szabó,Evergreen Robotics,Procurement Lead,123,https://www.linkedin.com/sales/company/123,https://www.linkedin.com/company/evergreen-robotics,,,Robotics,Berlin,"Berlin, Germany",2 years,3 years,ACwAAA1b2c3,https://www.linkedin.com/in/sven-szabo/,false,https://www.linkedin.com/in/sven-szabo/,https://www.linkedin.com/sales/search/people,2025-01-01T00:00:00.000Z\n',
      {
        salesNavId: 'https://www.linkedin.com/sales/lead/ACwAAA1b2c3,NAME_SEARCH,xYz9',
        fullName: 'Sven Szabó',
        firstName: 'Sven',
        lastName: 'Szabó',
        company: 'Evergreen Robotics',
        title: 'Procurement Lead',
        location: 'Berlin, Germany',
        linkedinUrl: 'https://www.linkedin.com/in/sven-szabo/',
      },
    ],
  ])('recognises a %s export by its headers and maps each column', (preset, text, expected) => {
    const table = parseCsvTable(text);
    expect(detectPreset(table.headers)?.id).toBe(preset);
    expect(resolveMapping(table.headers).preset).toBe(preset);
    const { rows, errors } = parseLeadsCsv(text);
    expect(errors).toEqual([]);
    expect(rows).toEqual([expected]);
  });

  it('says which line a row starts on when the header is not the first line', () => {
    const text =
      'Notes:\n"About this export"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\nA,B,https://www.linkedin.com/company/acme,,,,\n';
    expect(parseLeadsCsv(text).errors).toEqual([{ line: 5, message: containing('is not a LinkedIn profile address') }]);
  });
});

describe('encodings', () => {
  const sample = 'Name,Email\nZoë Ng,zoe@example.com\n';
  it.each([
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(sample)]), 'utf-8'],
    ['UTF-8 without BOM', new TextEncoder().encode(sample), 'utf-8'],
    ['UTF-16 LE with BOM (Excel “Unicode text”)', utf16(sample, 'le', true), 'utf-16le'],
    ['UTF-16 BE with BOM', utf16(sample, 'be', true), 'utf-16be'],
    ['UTF-16 LE without BOM', utf16(sample, 'le', false), 'utf-16le'],
    [
      'Windows-1252',
      new Uint8Array([...new TextEncoder().encode('Name,Email\nZo'), 0xeb, ...new TextEncoder().encode(' Ng,zoe@example.com\n')]),
      'windows-1252',
    ],
  ])('decodes %s', (_label, bytes, encoding) => {
    const decoded = decodeCsvBytes(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(parseLeadsCsv(decoded.text).rows).toEqual([{ fullName: 'Zoë Ng', email: 'zoe@example.com' }]);
  });
});

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (order === 'le') bytes.push(code & 0xff, code >> 8);
    else bytes.push(code >> 8, code & 0xff);
  }
  return new Uint8Array(bytes);
}

describe('leadsToCsv', () => {
  const ada = lead({
    id: 'lead-ada',
    fullName: 'Ada Ashdown',
    firstName: 'Ada',
    lastName: 'Ashdown',
    emails: ['ada@driftwood.example', 'ada.a@home.example'],
    phones: ['+44 20 0000 0000'],
    title: '=HYPERLINK("http://evil.example","click")',
    company: 'Driftwood Studios',
    notes: 'Line one\nLine two, with "quotes"',
    stage: 'qualified',
    dealValue: 12500.5,
    customFields: { Tier: 'Gold' },
  });

  it('writes a BOM, CRLF rows, quoted line breaks and guards formulas', () => {
    const csv = leadsToCsv([ada]);
    expect(csv.startsWith('\uFEFFLeadline ID,Full name,First name,Last name,Email,Other emails,Email status,Phone,')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      'Leadline ID,Full name,First name,Last name,Email,Other emails,Email status,Phone,Other phones,Title,Company,Company domain,Location,LinkedIn URL,Sales Navigator ID,Website,Social profiles,Stage,Deal value,Expected close date,Lost reason,Owner,Campaigns,Notes,Created,Custom: Tier',
    );
    expect(lines[1]).toBe(
      `lead-ada,Ada Ashdown,Ada,Ashdown,ada@driftwood.example,ada.a@home.example,confirmed; confirmed,(+44) 20 0000 0000,,"'=HYPERLINK(""http://evil.example"",""click"")",Driftwood Studios,,,,,,,Qualified,12500.5,,,,,"Line one\nLine two, with ""quotes""",2025-01-02T03:04:05.000Z,Gold`,
    );
    expect(lines[2]).toBe('');
  });

  it('writes each social profile as network, handle and address, and reads them back', () => {
    const wren = lead({
      id: 'lead-wren',
      fullName: 'Wren Calloway',
      socialProfiles: [
        { network: 'x', url: 'https://x.com/wrencalloway', handle: '@WrenCalloway' },
        { network: 'mastodon', url: 'https://fosstodon.example/@wren', handle: '@wren@fosstodon.example' },
      ],
    });
    const csv = leadsToCsv([wren]);
    expect(csv).toContain(',x @WrenCalloway https://x.com/wrencalloway; mastodon @wren@fosstodon.example https://fosstodon.example/@wren,');
    const [row] = parseLeadsCsv(csv).rows;
    const checked = validateRow(row!);
    expect(checked.ok && checked.row.socialProfiles).toEqual(wren.socialProfiles);
    // A bare address typed into the column is read too; anything else is refused, naming it.
    const typed = validateRow({ fullName: 'Ines Halloran', socialProfiles: 'github.com/ihalloran; https://ines.example/' });
    expect(typed).toEqual({
      ok: false,
      message: 'Social profiles: “https://ines.example/” is not a profile address on a network Leadline knows',
    });
  });

  it.each(['=1+1', '+1 555', '-5', '@SUM(A1)', '\t=cmd', '\r=cmd', "'=already", "'plain", 'plain'])(
    'guards %j so that a spreadsheet shows it as text, and import gets it back',
    (value) => {
      const guarded = guardCell(value);
      expect(/^[=+\-@\t\r]/.test(guarded)).toBe(false);
      expect(unguardCell(guarded)).toBe(value);
    },
  );

  it('writes another tool’s columns', () => {
    const csv = leadsToCsv([ada], 'hubspot');
    expect(csv.slice(1).split('\r\n')[0]).toBe(
      'First Name,Last Name,Email,Phone Number,Mobile Phone Number,Job Title,Company Name,Website URL,City,LinkedIn URL',
    );
    expect(parseLeadsCsv(csv).rows[0]).toMatchObject({
      firstName: 'Ada',
      email: 'ada@driftwood.example',
      title: '=HYPERLINK("http://evil.example","click")',
    });
  });

  it('reads back what it wrote, field for field', () => {
    const { rows, errors } = parseLeadsCsv(leadsToCsv([ada]));
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      {
        id: 'lead-ada',
        fullName: 'Ada Ashdown',
        firstName: 'Ada',
        lastName: 'Ashdown',
        email: 'ada@driftwood.example',
        otherEmails: 'ada.a@home.example',
        emailStatus: 'confirmed; confirmed',
        phone: '+44 20 0000 0000',
        title: '=HYPERLINK("http://evil.example","click")',
        company: 'Driftwood Studios',
        stage: 'Qualified',
        dealValue: '12500.5',
        notes: 'Line one\nLine two, with "quotes"',
        createdAt: '2025-01-02T03:04:05.000Z',
        'custom.Tier': 'Gold',
      },
    ]);
  });
});
