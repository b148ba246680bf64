import { describe, expect, it } from 'vitest';
import { explainLikelyEmail, isRoleAddress, likelyEmail, nameForms, type KnownAddress } from '@/lib/emails';

const D = 'fernhollow.example';
const at = (local: string, domain = D) => `${local}@${domain}`;
const people = (rows: Array<[string, string]>, domain = D): KnownAddress[] =>
  rows.map(([fullName, local]) => ({ fullName, email: at(local, domain) }));

describe('likelyEmail: one pattern per rule', () => {
  // Three colleagues written with the pattern, then the guess for Maya Ortiz.
  const colleagues = (write: (first: string, last: string) => string) =>
    people([
      ['Ravi Lindqvist', write('ravi', 'lindqvist')],
      ['Noor Abernathy', write('noor', 'abernathy')],
      ['Tomasz Wren', write('tomasz', 'wren')],
    ]);
  it.each([
    ['first.last', (f: string, l: string) => `${f}.${l}`, 'maya.ortiz'],
    ['flast', (f: string, l: string) => `${f[0]}${l}`, 'mortiz'],
    ['firstlast', (f: string, l: string) => `${f}${l}`, 'mayaortiz'],
    ['first_last', (f: string, l: string) => `${f}_${l}`, 'maya_ortiz'],
    ['first', (f: string) => f, 'maya'],
    ['f.last', (f: string, l: string) => `${f[0]}.${l}`, 'm.ortiz'],
    ['last.first', (f: string, l: string) => `${l}.${f}`, 'ortiz.maya'],
    ['first-last', (f: string, l: string) => `${f}-${l}`, 'maya-ortiz'],
    ['firstl', (f: string, l: string) => `${f}${l[0]}`, 'mayao'],
    ['lastf', (f: string, l: string) => `${l}${f[0]}`, 'ortizm'],
    ['last', (_f: string, l: string) => l, 'ortiz'],
    ['lastfirst', (f: string, l: string) => `${l}${f}`, 'ortizmaya'],
    ['first.l', (f: string, l: string) => `${f}.${l[0]}`, 'maya.o'],
  ])('%s', (pattern, write, local) => {
    expect(likelyEmail({ fullName: 'Maya Ortiz' }, D, colleagues(write))).toEqual({ email: at(local), pattern, support: 3, total: 3 });
  });
});

describe('likelyEmail: evidence rules', () => {
  const firstLast = people([
    ['Ravi Lindqvist', 'ravi.lindqvist'],
    ['Noor Abernathy', 'noor.abernathy'],
    ['Tomasz Wren', 'tomasz.wren'],
    ['Ines Halloran', 'ihalloran'],
  ]);
  it.each<[string, { fullName: string; firstName?: string; lastName?: string }, string, KnownAddress[], ReturnType<typeof likelyEmail>]>([
    [
      '4 of 5 (one flast) still first.last',
      { fullName: 'Maya Ortiz' },
      D,
      [...firstLast, { fullName: 'Jo Pike', email: at('jo.pike') }],
      { email: at('maya.ortiz'), pattern: 'first.last', support: 4, total: 5 },
    ],
    [
      'only addresses at the domain count',
      { fullName: 'Maya Ortiz' },
      D,
      [
        ...firstLast,
        ...people(
          [
            ['A B', 'x'],
            ['Cy Dee', 'cy.dee'],
            ['Ed Fo', 'e.fo'],
          ],
          'other.example',
        ),
      ],
      { email: at('maya.ortiz'), pattern: 'first.last', support: 3, total: 4 },
    ],
    [
      'domain given as a website',
      { fullName: 'Maya Ortiz' },
      'https://www.fernhollow.example/team',
      firstLast,
      { email: at('maya.ortiz'), pattern: 'first.last', support: 3, total: 4 },
    ],
    ['one known address is too few', { fullName: 'Maya Ortiz' }, D, firstLast.slice(0, 1), undefined],
    [
      'role addresses never teach a pattern',
      { fullName: 'Maya Ortiz' },
      D,
      [
        firstLast[0]!,
        { fullName: 'Fernhollow Sales', email: at('sales') },
        { fullName: 'Hello Team', email: at('hello') },
        { fullName: 'Info Desk', email: at('info') },
      ],
      undefined,
    ],
    [
      'a free-mail domain never gets a guess',
      { fullName: 'Maya Ortiz' },
      'gmail.com',
      people(
        [
          ['Ravi Lindqvist', 'ravi.lindqvist'],
          ['Noor Abernathy', 'noor.abernathy'],
          ['Tomasz Wren', 'tomasz.wren'],
        ],
        'gmail.com',
      ),
      undefined,
    ],
    [
      'split 2 to 2: no guess',
      { fullName: 'Maya Ortiz' },
      D,
      people([
        ['Ravi Lindqvist', 'ravi.lindqvist'],
        ['Noor Abernathy', 'noor.abernathy'],
        ['Tomasz Wren', 'twren'],
        ['Ines Halloran', 'ihalloran'],
      ]),
      undefined,
    ],
    [
      'no pattern shared by two',
      { fullName: 'Maya Ortiz' },
      D,
      people([
        ['Ravi Lindqvist', 'ravi.lindqvist'],
        ['Noor Abernathy', 'nabernathy'],
        ['Tomasz Wren', 'tw'],
      ]),
      undefined,
    ],
    [
      'first/last fields win over a decorated full name',
      { fullName: 'Dr. Maya "Mo" Ortiz, PhD', firstName: 'Maya', lastName: 'Ortiz' },
      D,
      firstLast,
      { email: at('maya.ortiz'), pattern: 'first.last', support: 3, total: 4 },
    ],
    [
      'honorifics, nicknames and credentials dropped',
      { fullName: 'Dr. Maya (Mo) Ortiz, PhD' },
      D,
      firstLast,
      { email: at('maya.ortiz'), pattern: 'first.last', support: 3, total: 4 },
    ],
    [
      'surname first with a comma',
      { fullName: 'Ortiz, Maya' },
      D,
      firstLast,
      { email: at('maya.ortiz'), pattern: 'first.last', support: 3, total: 4 },
    ],
    [
      'the same address for someone else is not offered',
      { fullName: 'Ravi Lindqvist' },
      D,
      [...firstLast, { fullName: 'Ravi Lindqvist-Moss', email: at('ravi.lindqvistmoss') }],
      { email: at('ravi.lindqvist'), pattern: 'first.last', support: 4, total: 5 },
    ],
    [
      'plus-tags and numbers do not hide the pattern',
      { fullName: 'Maya Ortiz' },
      D,
      people([
        ['Ravi Lindqvist', 'ravi.lindqvist+crm'],
        ['Noor Abernathy', 'noor.abernathy2'],
      ]),
      { email: at('maya.ortiz'), pattern: 'first.last', support: 2, total: 2 },
    ],
  ])('%s', (_label, person, domain, known, expected) => {
    expect(likelyEmail(person, domain, known)).toEqual(expected);
  });

  it('an address owned by a different person blocks the guess, with a reason', () => {
    const known = people([
      ['Ravi Lindqvist', 'ravi.lindqvist'],
      ['Noor Abernathy', 'noor.abernathy'],
      ['Maya Ortiz-Bell', 'maya.ortiz'],
    ]);
    // Maya Ortiz-Bell's address is maya.ortiz (surname:first-word): Maya Ortiz would get the same one.
    const explained = explainLikelyEmail({ fullName: 'Maya Ortiz' }, D, known);
    expect(explained).toMatchObject({ ok: false, reason: 'taken' });
  });

  it('shows conflicting evidence beside the guess', () => {
    const known = people([
      ['Ravi Lindqvist', 'ravi.lindqvist'],
      ['Noor Abernathy', 'noor.abernathy'],
      ['Tomasz Wren', 'tomasz.wren'],
      ['Ines Halloran', 'ihalloran'],
    ]);
    const explained = explainLikelyEmail({ fullName: 'Maya Ortiz' }, D, known);
    expect(explained.ok && explained.guess.others).toEqual([{ pattern: 'flast', support: 1, email: at('mortiz') }]);
    expect(explained.ok && explained.guess.supporting.map((entry) => entry.email)).toEqual([
      at('ravi.lindqvist'),
      at('noor.abernathy'),
      at('tomasz.wren'),
    ]);
  });
});

describe('transliteration as mail systems do it', () => {
  const base = people([
    ['Ravi Lindqvist', 'ravi.lindqvist'],
    ['Noor Abernathy', 'noor.abernathy'],
  ]);
  it.each<[string, string, KnownAddress[], string | undefined]>([
    [
      'umlaut expanded when the domain expands them',
      'Jörg Müller',
      [...base, { fullName: 'Käthe Brück', email: at('kaethe.brueck') }],
      at('joerg.mueller'),
    ],
    [
      'umlaut stripped when the domain strips them',
      'Jörg Müller',
      [...base, { fullName: 'Käthe Brück', email: at('kathe.bruck') }],
      at('jorg.muller'),
    ],
    ['ß, ł and ø have one spelling', 'Łukasz Weiß', base, at('lukasz.weiss')],
    ['accents are dropped', 'Zoë Núñez', base, at('zoe.nunez')],
    ['apostrophes are dropped', "Siobhan O'Brien", base, at('siobhan.obrien')],
    ['particles stay with the surname', 'Ludwig van der Beek', base, at('ludwig.vanderbeek')],
    [
      'the domain decides the particle is dropped',
      'Ludwig van der Beek',
      [...base, { fullName: 'Anna de Vries', email: at('anna.vries') }, { fullName: 'Piet van Dijk', email: at('piet.dijk') }],
      at('ludwig.beek'),
    ],
    ['a hyphenated surname is joined', 'Ana García-López', base, at('ana.garcialopez')],
    ['a middle name is left out', 'John Michael Smith', base, at('john.smith')],
    ['Cyrillic only when the domain shows it', 'Иван Петров', base, undefined],
    [
      'Cyrillic with a transliterated colleague',
      'Иван Петров',
      [...base, { fullName: 'Ольга Смирнова', email: at('olga.smirnova') }],
      at('ivan.petrov'),
    ],
    ['CJK names get no guess', '王 小明', base, undefined],
    ['initials only get no guess', 'J. D.', base, undefined],
    ['a single name gets no guess', 'Cher', base, undefined],
  ])('%s', (_label, fullName, known, expected) => {
    expect(likelyEmail({ fullName }, D, known)?.email).toBe(expected);
  });

  it('Müller with no umlaut at the domain: muller first, mueller offered too', () => {
    const explained = explainLikelyEmail({ fullName: 'Jörg Müller' }, D, base);
    expect(explained.ok && explained.guess.email).toBe(at('jorg.muller'));
    expect(explained.ok && explained.guess.alternatives).toEqual([at('joerg.mueller')]);
  });

  it.each([
    ['J. D.', 'initials'],
    ['Cher', 'single-name'],
    ['Иван Петров', 'non-latin'],
    ['', 'no-name'],
  ])('%s: no guess, reason %s shown', (fullName, reason) => {
    const explained = explainLikelyEmail({ fullName }, D, base);
    expect(explained).toMatchObject({ ok: false, reason });
    expect(!explained.ok && explained.message.length).toBeGreaterThan(10);
  });

  it('a first initial is enough for flast, not for first.last', () => {
    expect(
      likelyEmail(
        { fullName: 'J. Ortiz' },
        D,
        people([
          ['Ravi Lindqvist', 'rlindqvist'],
          ['Noor Abernathy', 'nabernathy'],
        ]),
      )?.email,
    ).toBe(at('jortiz'));
    expect(explainLikelyEmail({ fullName: 'J. Ortiz' }, D, base)).toMatchObject({ ok: false, reason: 'initials' });
  });
});

describe('role addresses and names', () => {
  it.each([
    ['info@x.example', true],
    ['sales@x.example', true],
    ['hello@x.example', true],
    ['no-reply@x.example', true],
    ['customer.service@x.example', true],
    ['maya.ortiz@x.example', false],
    ['ines@x.example', false],
  ])('%s role: %s', (email, role) => expect(isRoleAddress(email)).toBe(role));

  it('spells a name in every way its letters allow', () => {
    const forms = nameForms({ fullName: 'Jean-Luc Müller' });
    expect('problem' in forms ? [] : forms.first.map((s) => s.text)).toEqual(['jeanluc', 'jean-luc', 'luc', 'jean']);
    expect('problem' in forms ? [] : forms.last.map((s) => s.text)).toEqual(['muller', 'mueller']);
  });
});
