// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findSignature } from '@/lib/extract/mail-signature-block';
import { bodyText, textLines } from '@/lib/extract/mail-text';
import {
  ATTRIBUTIONS,
  BARE_SEPARATORS,
  BODY,
  EVEN_MORE_SIGNATURES,
  FORWARDS,
  HEADER_BLOCKS,
  HTML_BODIES,
  INTERLEAVED,
  MORE_CLIENTS,
  MORE_SIGNATURES,
  NOT_QUOTES,
  NOT_SIGNATURES,
  OWN,
  QUOTE,
  SIGNATURES,
} from './mail-phenomena-cases';

/**
 * A second, independent table of what real mail carries (lib/extract/mail-text.ts `textLines`,
 * lib/extract/mail-signature-block.ts `findSignature`), written as whole messages with fictional
 * people: each case names the client or rule it stands for and the writer's own lines expected.
 * Variants the first tables (mail-quotes.test.ts, mail-signature-block.test.ts) do not hold:
 * other date orders, quoted names, addresses only, missing spaces, "|" and nested quotes, older
 * clients and webmails, forwards with a note, bullets and sentences that only look like closings.
 */

describe('attributions above a ">" quote: the quote is cut, the reply kept', () => {
  it.each(ATTRIBUTIONS)('%s', (_client, attribution) => {
    expect(textLines([OWN, '', ...attribution, ...QUOTE.map((line) => `> ${line}`)].join('\n'))).toEqual([OWN]);
  });
});

describe('attributions above an unprefixed quote (HTML flattened): everything after is older mail', () => {
  it.each(ATTRIBUTIONS)('%s', (_client, attribution) => {
    expect(textLines([OWN, '', ...attribution, '', ...QUOTE].join('\n'))).toEqual([OWN]);
  });
});

describe('header blocks and separators: everything from them on is older mail', () => {
  it.each(HEADER_BLOCKS)('%s', (_client, header) => {
    expect(textLines([OWN, '', 'Owen', '', ...header, '', ...QUOTE].join('\n'))).toEqual([OWN, '', 'Owen']);
  });
});

describe('forwards: the note above is the writer’s, the forwarded message and its signer are cut', () => {
  it.each(FORWARDS)('%s', (_client, marker) => {
    const text = [
      'Greta, this one is for you.',
      '',
      ...marker,
      '',
      'Hello,',
      'the quote is attached.',
      '',
      'Piet Vos',
      'Regional Director',
    ].join('\n');
    expect(textLines(text)).toEqual(['Greta, this one is for you.']);
  });
});

describe('bottom-posting, inline replies and bodies that start with an attribution', () => {
  it.each(INTERLEAVED)('%s', (_case, text, own) => {
    expect(textLines(text)).toEqual(own);
  });
});

describe('not quotes: the writer’s own lines stay', () => {
  it.each(NOT_QUOTES)('%s', (_case, text) => {
    expect(textLines(text)).toEqual(text.split('\n'));
  });
});

const split = (text: string) => {
  const lines = textLines(text);
  const found = findSignature(lines);
  return { words: lines.slice(0, found?.cut ?? lines.length), signature: found && lines.slice(found.start, found.end) };
};

describe('signatures: separators, sign-offs in many languages, names, mobile footers', () => {
  it.each(SIGNATURES)('%s', (_rule, closing, signature) => {
    expect(split([BODY, '', ...closing].join('\n'))).toEqual({ words: [BODY, ''], signature });
  });
});

describe('not signatures', () => {
  it.each(NOT_SIGNATURES)('%s', (_case, text) => {
    expect(split(text).signature).toBeUndefined();
  });
});

describe('more clients: Zoho, GMX, Horde, dash lines, a lost colon', () => {
  it.each(MORE_CLIENTS)('%s', (_case, text, own) => {
    expect(textLines(text)).toEqual(own);
  });
});

const html = (markup: string) => {
  const root = document.createElement('div');
  root.innerHTML = markup;
  return bodyText(root).lines;
};

describe('HTML bodies from many clients', () => {
  it.each(HTML_BODIES)('%s', (_case, markup, own) => {
    expect(html(markup)).toEqual(own);
  });
});

describe('more closings', () => {
  it.each(MORE_SIGNATURES)('%s', (_case, text, words, signature) => {
    expect(split(text)).toEqual({ words, signature });
  });
});

describe('bare separators, and a sentence that is no attribution', () => {
  it.each(BARE_SEPARATORS)('%s', (_case, text, own) => {
    expect(textLines(text)).toEqual(own);
  });
});

describe('even more closings: footers, legal notices, one-line sign-offs', () => {
  it.each(EVEN_MORE_SIGNATURES)('%s', (_case, text, words, signature) => {
    expect(split(text)).toEqual({ words, signature });
  });
});
