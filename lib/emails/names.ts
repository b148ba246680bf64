/**
 * A person's name as mail systems turn it into an address: honorifics, suffixes and nicknames
 * dropped, particles kept with the surname, and every letter written in a-z the ways mail
 * administrators do (Müller → mueller or muller, Łukasz → lukasz, O'Brien → obrien).
 */

/** Why a name gives no address. */
export type NameProblem = 'no-name' | 'initials' | 'single-name' | 'non-latin';

/** A way of writing one part of a name, with the choices made on the way (for learning a domain's habits). */
export interface Spelling {
  text: string;
  /** One value per choice the name allowed: `umlaut:expand`, `surname:joined`, … */
  choices: readonly string[];
}

/** The name split for addresses: spellings of the first name and the surname, most usual first. */
export interface NameForms {
  first: Spelling[];
  last: Spelling[];
  /** Only an initial is known for the first name ("J. Smith"). */
  firstIsInitial: boolean;
  /** The non-Latin script the name was written in, when it was transliterated. */
  script?: Script;
}

export type Script = 'cyrillic' | 'greek';

const HONORIFICS = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'sir',
  'dame',
  'herr',
  'frau',
  'mme',
  'mlle',
  'sr',
  'sra',
  'srta',
]);
const SUFFIXES = new Set([
  'jr',
  'sr',
  'ii',
  'iii',
  'iv',
  'phd',
  'md',
  'mba',
  'esq',
  'cpa',
  'pmp',
  'msc',
  'bsc',
  'ma',
  'ba',
  'rn',
  'dds',
  'cfa',
  'pe',
]);
/** Words that belong to the surname that follows them ("van der Berg", "de la Cruz"). */
const PARTICLES = new Set([
  'van',
  'von',
  'der',
  'den',
  'de',
  'del',
  'della',
  'di',
  'da',
  'dos',
  'das',
  'du',
  'la',
  'le',
  'ten',
  'ter',
  'bin',
  'ibn',
  'al',
  'el',
  'st',
  'mac',
  'af',
  'zu',
]);

/** Letters with one spelling whatever the style (NFKD leaves them whole). */
const FIXED: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  þ: 'th',
  Þ: 'th',
  œ: 'oe',
  Œ: 'oe',
  æ: 'ae',
  Æ: 'ae',
  ı: 'i',
  ħ: 'h',
  ŀ: 'l',
};
/** Letters German and Nordic mail systems write two ways: expanded (ü → ue) or stripped (ü → u). */
const TWO_WAYS: Record<string, [expand: string, strip: string]> = {
  ä: ['ae', 'a'],
  ö: ['oe', 'o'],
  ü: ['ue', 'u'],
  å: ['aa', 'a'],
  ø: ['oe', 'o'],
};

const CYRILLIC: Record<string, string> = {
  а: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  д: 'd',
  е: 'e',
  ё: 'e',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'y',
  к: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  о: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ф: 'f',
  х: 'kh',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'shch',
  ъ: '',
  ы: 'y',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
  і: 'i',
  ї: 'yi',
  є: 'ye',
  ґ: 'g',
};
const GREEK: Record<string, string> = {
  α: 'a',
  β: 'v',
  γ: 'g',
  δ: 'd',
  ε: 'e',
  ζ: 'z',
  η: 'i',
  θ: 'th',
  ι: 'i',
  κ: 'k',
  λ: 'l',
  μ: 'm',
  ν: 'n',
  ξ: 'x',
  ο: 'o',
  π: 'p',
  ρ: 'r',
  σ: 's',
  ς: 's',
  τ: 't',
  υ: 'y',
  φ: 'f',
  χ: 'ch',
  ψ: 'ps',
  ω: 'o',
};

/** The script of a word's letters when it is not Latin (undefined for Latin or unknown scripts). */
function scriptOf(word: string): Script | 'latin' | 'other' {
  if (/^[\p{Script=Latin}\p{M}'’.-]+$/u.test(word)) return 'latin';
  if (/^[\p{Script=Cyrillic}\p{M}'’.-]+$/u.test(word)) return 'cyrillic';
  if (/^[\p{Script=Greek}\p{M}'’.-]+$/u.test(word)) return 'greek';
  return 'other';
}

/** Every a-z spelling of one word, with the umlaut choice it made ('' when the word had none). */
export function spellWord(word: string): Spelling[] {
  const lower = word.toLowerCase().replace(/['’`´.]/g, '');
  const script = scriptOf(lower);
  if (script === 'cyrillic' || script === 'greek') {
    const table = script === 'cyrillic' ? CYRILLIC : GREEK;
    const text = [...lower.normalize('NFD').replace(/\p{M}/gu, '')].map((char) => table[char] ?? (char === '-' ? '-' : '')).join('');
    return text ? [{ text, choices: [`script:${script}`] }] : [];
  }
  if (script !== 'latin') return [];
  let expand = '';
  let strip = '';
  let twoWays = false;
  for (const char of lower.normalize('NFC')) {
    const pair = TWO_WAYS[char];
    if (pair) {
      twoWays = true;
      expand += pair[0];
      strip += pair[1];
      continue;
    }
    const fixed = FIXED[char] ?? char.normalize('NFD').replace(/\p{M}/gu, '');
    expand += fixed;
    strip += fixed;
  }
  const clean = (text: string) => text.replace(/[^a-z-]/g, '');
  if (!twoWays) return clean(strip) ? [{ text: clean(strip), choices: [] }] : [];
  return [
    { text: clean(strip), choices: ['umlaut:strip'] },
    { text: clean(expand), choices: ['umlaut:expand'] },
  ];
}

/** Spellings of a name part of one or more words: joined, hyphen kept, first word, last word. */
function spellPart(words: readonly string[], axis: 'given' | 'surname'): Spelling[] {
  // "García-López" is two words for addresses, joined by a hyphen.
  const pieces = words.flatMap((word, index) =>
    word
      .split('-')
      .filter(Boolean)
      .map((piece, i) => ({ piece, hyphen: i > 0, index })),
  );
  const spelled = pieces.map((entry) => ({ ...entry, spellings: spellWord(entry.piece) }));
  if (spelled.some((entry) => !entry.spellings.length)) return [];
  // Every word spelled the same way within a name: one umlaut choice for the whole name.
  const styles = new Set(spelled.flatMap((entry) => entry.spellings.flatMap((s) => s.choices.filter((c) => c.startsWith('umlaut:')))));
  const variants: Spelling[] = [];
  // Stripped first: what ASCII folding gives, when the domain's data says nothing either way.
  const styleList = styles.size ? [...styles].sort().reverse() : [''];
  for (const style of styleList) {
    const texts = spelled.map((entry) => {
      const chosen =
        entry.spellings.find((s) => !style || !s.choices.some((c) => c.startsWith('umlaut:')) || s.choices.includes(style)) ??
        entry.spellings[0]!;
      return { text: chosen.text, choices: chosen.choices, hyphen: entry.hyphen };
    });
    const base = [...new Set(texts.flatMap((t) => t.choices))];
    if (texts.length === 1) {
      variants.push({ text: texts[0]!.text, choices: base });
      continue;
    }
    const joined = texts.map((t) => t.text).join('');
    const hyphenated = texts.map((t, i) => (i && t.hyphen ? `-${t.text}` : t.text)).join('');
    const nonParticle = texts.filter((_, i) => !PARTICLES.has(pieces[i]!.piece.toLowerCase()));
    variants.push({ text: joined, choices: [...base, `${axis}:joined`] });
    if (hyphenated !== joined) variants.push({ text: hyphenated, choices: [...base, `${axis}:hyphen`] });
    const firstWord = nonParticle[0]?.text;
    const lastWord = nonParticle.at(-1)?.text;
    if (lastWord && lastWord !== joined) variants.push({ text: lastWord, choices: [...base, `${axis}:last-word`] });
    if (firstWord && firstWord !== lastWord && firstWord !== joined)
      variants.push({ text: firstWord, choices: [...base, `${axis}:first-word`] });
  }
  return variants.filter((variant) => /^[a-z][a-z-]*[a-z]$|^[a-z]$/.test(variant.text));
}

/** Words of a name with honorifics, suffixes, nicknames, credentials and emoji removed. */
export function nameWords(fullName: string): string[] {
  let text = fullName.normalize('NFC').replace(/\([^)]*\)|\[[^\]]*\]|"[^"]*"|“[^”]*”/g, ' ');
  const comma = text.split(',');
  if (comma.length === 2) {
    const after = comma[1]!.trim().split(/\s+/).filter(Boolean);
    const credentials = after.every((word) => SUFFIXES.has(fold(word)) || /^[A-Z.]{2,6}$/.test(word));
    // "Ortiz, Maya" (surname first) or "Maya Ortiz, PhD".
    text = credentials ? comma[0]! : `${comma[1]} ${comma[0]}`;
  } else if (comma.length > 2) {
    text = comma[0]!;
  }
  const words = text
    .split(/\s+/)
    .map((word) => word.replace(/[^\p{L}\p{M}'’.-]/gu, '').replace(/^[-'’.]+|[-'’]+$/g, ''))
    .filter((word) => /\p{L}/u.test(word));
  while (words.length > 1 && HONORIFICS.has(fold(words[0]!))) words.shift();
  while (words.length > 1 && SUFFIXES.has(fold(words.at(-1)!))) words.pop();
  return words;
}

const fold = (word: string) => word.toLowerCase().replace(/[.’']/g, '');
const isInitial = (word: string) => /^\p{L}\.?$/u.test(word) || /^(\p{L}\.){2,}$/u.test(word);

/**
 * The address forms of a person's name, or why there are none. `firstName`/`lastName` are used
 * when given (a profile states them); otherwise the first word is the given name and the surname
 * starts at the last word, or at the first particle after the given name ("Ludwig van Beek").
 */
export function nameForms(person: { fullName?: string; firstName?: string; lastName?: string }): NameForms | { problem: NameProblem } {
  let given: string[];
  let surname: string[];
  let middleOrSurname = false;
  const firstWords = person.firstName ? nameWords(person.firstName) : [];
  const lastWords = person.lastName ? nameWords(person.lastName) : [];
  if (firstWords.length && lastWords.length) {
    given = firstWords;
    surname = lastWords;
  } else {
    const words = nameWords(person.fullName ?? [person.firstName, person.lastName].filter(Boolean).join(' '));
    if (!words.length) return { problem: 'no-name' };
    if (words.every(isInitial)) return { problem: 'initials' };
    if (words.length === 1) return { problem: 'single-name' };
    const particle = words.findIndex((word, index) => index > 0 && index < words.length - 1 && PARTICLES.has(fold(word)));
    given = [words[0]!];
    // Without a particle, "John Michael Smith" and "María García López" look alike: the last word
    // comes first, the two-word surname is still considered.
    surname = particle > 0 ? words.slice(particle) : words.slice(-2);
    middleOrSurname = particle < 0 && words.length > 2;
    if (particle < 0 && words.length === 2) surname = [words[1]!];
  }
  if ([...given, ...surname].every(isInitial)) return { problem: 'initials' };
  if (surname.every(isInitial)) return { problem: 'initials' };
  const scripts = new Set([...given, ...surname].map(scriptOf));
  if (scripts.has('other') || scripts.size > 1) return { problem: 'non-latin' };
  const firstIsInitial = given.every(isInitial);
  const first = firstIsInitial ? spellWord(given[0]!.replace(/\./g, '')) : spellPart(given, 'given');
  const spelled = spellPart(surname, 'surname');
  const last = middleOrSurname
    ? [
        ...spelled.filter((s) => s.choices.includes('surname:last-word')),
        ...spelled.filter((s) => !s.choices.includes('surname:last-word')),
      ]
    : spelled;
  if (!first.length || !last.length) return { problem: 'non-latin' };
  const script = [...scripts][0];
  return { first, last, firstIsInitial, ...(script === 'cyrillic' || script === 'greek' ? { script } : {}) };
}
