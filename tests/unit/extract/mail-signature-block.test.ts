import { describe, expect, it } from 'vitest';
import { findSignature } from '@/lib/extract/mail-signature-block';
import { textLines } from '@/lib/extract/mail-text';

/**
 * Where a message's signature is (lib/extract/mail-signature-block.ts `findSignature`), on plain-text
 * bodies as the usual clients send them, with fictional people: the signature's lines, and the
 * message's own words before it.
 */

const split = (text: string) => {
  const lines = textLines(text);
  const found = findSignature(lines);
  return { words: lines.slice(0, found?.cut ?? lines.length), signature: found && lines.slice(found.start, found.end) };
};

const WORDS = 'The revised quote is attached.';

// [rule or client, the closing as written, the signature's lines]
const CLOSINGS: Array<[string, string[], string[]]> = [
  ['"-- " separator (RFC 3676)', ['-- ', 'Ana Lima', 'Head of Operations, Verdemar'], ['Ana Lima', 'Head of Operations, Verdemar']],
  ['"--" without its space (Outlook, Gmail web)', ['--', 'Ana Lima', 'Verdemar Logística'], ['Ana Lima', 'Verdemar Logística']],
  ['underscores (Outlook)', ['________________', 'Ana Lima', 'Verdemar Logística'], ['Ana Lima', 'Verdemar Logística']],
  ['an em dash line', ['—', 'Ana Lima'], ['Ana Lima']],
  ['dash sign-off "-Ana"', ['-Ana'], ['-Ana']],
  ['dash sign-off "- Jane Doe"', ['- Jane Doe'], ['- Jane Doe']],
  ['dash sign-off "— Ana Lima" with a title under it', ['— Ana Lima', 'Verdemar Logística'], ['— Ana Lima', 'Verdemar Logística']],
  ['dash sign-off "--Ana"', ['--Ana'], ['--Ana']],
  ['name-only signature, one word', ['Ana'], ['Ana']],
  ['name-only signature, full name', ['Ana Lima'], ['Ana Lima']],
  ['name-only signature with a particle', ['Ana Lima da Costa'], ['Ana Lima da Costa']],
  [
    'name then title and company, no marker',
    ['Ana Lima', 'Head of Operations', 'Verdemar Logística'],
    ['Ana Lima', 'Head of Operations', 'Verdemar Logística'],
  ],
  [
    'contact block, no marker',
    ['Ana Lima | Verdemar', '+351 912 345 678', 'www.verdemar.example'],
    ['Ana Lima | Verdemar', '+351 912 345 678', 'www.verdemar.example'],
  ],
  ['sign-off and name on one line', ['Thanks, Ana'], ['Thanks, Ana']],
  ['sign-off and name on one line (ES)', ['Saludos, Ana Lima'], ['Saludos, Ana Lima']],
];

const SIGN_OFFS: Array<[string, string]> = [
  ['EN', 'Best,'],
  ['EN', 'Best regards,'],
  ['EN', 'Kind regards'],
  ['EN', 'Thanks in advance,'],
  ['EN', 'Many thanks!'],
  ['EN', 'Cheers'],
  ['EN', 'Sincerely,'],
  ['EN', 'Take care,'],
  ['DE', 'Mit freundlichen Grüßen'],
  ['DE', 'Viele Grüße'],
  ['DE', 'Beste Grüße,'],
  ['DE (CH)', 'Freundliche Grüsse'],
  ['FR', 'Cordialement,'],
  ['FR', 'Bien à vous,'],
  ['FR', "Merci d'avance,"],
  ['ES', 'Saludos,'],
  ['ES', 'Un saludo'],
  ['ES', 'Atentamente,'],
  ['PT', 'Atenciosamente,'],
  ['PT', 'Cumprimentos,'],
  ['PT', 'Obrigada,'],
  ['IT', 'Cordiali saluti'],
  ['IT', 'Grazie mille,'],
  ['NL', 'Met vriendelijke groet,'],
  ['NL', 'Groeten,'],
  ['SV', 'Med vänlig hälsning'],
  ['SV', 'Vänliga hälsningar,'],
  ['NO', 'Med vennlig hilsen'],
  ['DA', 'Med venlig hilsen'],
  ['DA', 'De bedste hilsner'],
  ['PL', 'Pozdrawiam,'],
  ['PL', 'Z poważaniem'],
  ['CS', 'S pozdravem'],
  ['CS', 'Děkuji,'],
  ['RU', 'С уважением,'],
  ['RU', 'Спасибо!'],
  ['UK', 'З повагою,'],
  ['TR', 'Saygılarımla,'],
  ['TR', 'İyi çalışmalar'],
  ['VI', 'Trân trọng,'],
  ['JA', 'よろしくお願いいたします。'],
  ['ZH', '此致'],
  ['ZH', '祝好，'],
  ['KO', '감사합니다.'],
];

const FOOTERS: Array<[string, string]> = [
  ['iPhone EN', 'Sent from my iPhone'],
  ['BlackBerry', 'Sent from my BlackBerry 10 smartphone.'],
  ['HTC', 'Sent from my HTC'],
  ['Mailbox', 'Sent from Mailbox'],
  ['Outlook for Android', 'Get Outlook for Android'],
  ['Outlook for iOS', 'Get Outlook for iOS'],
  ['Yahoo', 'Sent from Yahoo Mail on Android'],
  ['Samsung', 'Sent from my Samsung Galaxy smartphone.'],
  ['iPhone FR', 'Envoyé de mon iPhone'],
  ['iPhone DE', 'Von meinem iPhone gesendet'],
  ['iPhone ES', 'Enviado desde mi iPhone'],
  ['iPhone PT', 'Enviado do meu iPhone'],
  ['iPhone IT', 'Inviato da iPhone'],
  ['iPhone NL', 'Verzonden vanaf mijn iPhone'],
  ['iPhone SV', 'Skickat från min iPhone'],
  ['iPhone NO/DA', 'Sendt fra min iPhone'],
  ['iPhone PL', "Wysłane z iPhone'a"],
  ['iPhone CS', 'Odesláno z iPhonu'],
  ['iPhone RU', 'Отправлено с iPhone'],
  ['iPhone UK', 'Надіслано з iPhone'],
  ['iPhone TR', "iPhone'umdan gönderildi"],
  ['iPhone VI', 'Được gửi từ iPhone của tôi'],
  ['iPhone JA', 'iPhoneから送信'],
  ['iPhone ZH', '发自我的iPhone'],
  ['iPhone KO', 'iPhone에서 보냄'],
];

describe('findSignature: separators, dash sign-offs, names and contact blocks', () => {
  it.each(CLOSINGS)('%s', (_rule, closing, signature) => {
    expect(split([WORDS, '', ...closing].join('\n'))).toEqual({ words: [WORDS, ''], signature });
  });
});

describe('findSignature: a sign-off line starts the signature (the name after it)', () => {
  it.each(SIGN_OFFS)('%s "%s"', (_language, signOff) => {
    expect(split([WORDS, '', signOff, 'Ana Lima', 'Verdemar Logística'].join('\n'))).toEqual({
      words: [WORDS, ''],
      signature: ['Ana Lima', 'Verdemar Logística'],
    });
  });
});

describe("findSignature: a mobile footer is signature, not the message's words", () => {
  it.each(FOOTERS)('%s, alone after the words', (_client, footer) => {
    expect(split([WORDS, '', footer].join('\n'))).toEqual({ words: [WORDS, ''], signature: [footer] });
  });
  it.each(FOOTERS)('%s, after a sign-off and a name', (_client, footer) => {
    expect(split([WORDS, '', 'Thanks,', 'Ana', '', footer].join('\n'))).toEqual({ words: [WORDS, ''], signature: ['Ana', '', footer] });
  });
});

describe('findSignature: no signature where there is none', () => {
  it.each([
    ['a message of one sentence', 'Monday works.'],
    ['sentences to the end', 'The quote is attached.\n\nLet me know if the dates work for you.'],
    ['a last line that is a sentence, not a name', 'The quote is attached.\nSee you on Monday.'],
    ['a sign-off inside a sentence', 'Thanks, that helps a lot.\nThe rollout can start.'],
    ['"Thanks, see you" is no name', 'The quote is attached.\n\nThanks, see you then.'],
  ])('%s', (_case, text) => {
    expect(split(text).signature).toBeUndefined();
  });
});
