import { describe, expect, it } from 'vitest';
import { textLines } from '@/lib/extract/mail-text';

/**
 * The writer's own lines of plain-text mail (lib/extract/mail-text.ts): attributions, header blocks,
 * separators and forwards as the usual clients write them in many languages, with fictional people.
 * Every attribution is checked three ways: above ">" lines (cut, text after kept), above an unprefixed
 * quote (everything after is older mail), and bottom-posted (the answer below the quote is kept).
 */

// [client and language, attribution as the client writes it]
const ATTRIBUTIONS: Array<[string, string]> = [
  ['Gmail EN', 'On Tue, 3 Mar 2026 at 09:14, Ana Lima <ana.lima@verdemar.example> wrote:'],
  ['Gmail EN (US)', 'On Tue, Mar 3, 2026 at 9:14 AM Ana Lima <ana.lima@verdemar.example> wrote:'],
  ['Apple Mail EN', 'On 3 Mar 2026, at 09:14, Ana Lima <ana.lima@verdemar.example> wrote:'],
  ['Thunderbird EN', 'On 3/3/26 09:14, Ana Lima wrote:'],
  ['Yahoo EN', 'On Tuesday, March 3, 2026, 09:14:05 AM GMT+1, Ana Lima <ana.lima@verdemar.example> wrote:'],
  ['Outlook for Mac EN', 'On 03/03/2026, 09:14, "Ana Lima" <ana.lima@verdemar.example> wrote:'],
  ['Gmail DE', 'Am Di., 3. März 2026 um 09:14 Uhr schrieb Ana Lima <ana.lima@verdemar.example>:'],
  ['Apple Mail DE', 'Am 03.03.2026 um 09:14 schrieb Ana Lima <ana.lima@verdemar.example>:'],
  ['Thunderbird DE', 'Ana Lima schrieb am 03.03.26 um 09:14:'],
  ['Gmail FR', 'Le mar. 3 mars 2026 à 09:14, Ana Lima <ana.lima@verdemar.example> a écrit :'],
  ['Apple Mail FR', 'Le 3 mars 2026 à 09:14, Ana Lima <ana.lima@verdemar.example> a écrit :'],
  ['Gmail ES', 'El mar, 3 mar 2026 a las 9:14, Ana Lima (<ana.lima@verdemar.example>) escribió:'],
  ['Apple Mail ES', 'El 3 mar 2026, a las 9:14, Ana Lima <ana.lima@verdemar.example> escribió:'],
  ['Gmail PT', 'Em ter., 3 de mar. de 2026 às 09:14, Ana Lima <ana.lima@verdemar.example> escreveu:'],
  ['Gmail IT', 'Il giorno mar 3 mar 2026 alle ore 09:14 Ana Lima <ana.lima@verdemar.example> ha scritto:'],
  ['Apple Mail IT', 'Il giorno 3 mar 2026, alle ore 09:14, Ana Lima <ana.lima@verdemar.example> ha scritto:'],
  ['Gmail NL', 'Op di 3 mrt 2026 om 09:14 schreef Ana Lima <ana.lima@verdemar.example>:'],
  ['Apple Mail NL', 'Op 3 mrt. 2026 om 09:14 heeft Ana Lima <ana.lima@verdemar.example> het volgende geschreven:'],
  ['Gmail SV', 'Den tis 3 mars 2026 kl 09:14 skrev Ana Lima <ana.lima@verdemar.example>:'],
  ['Apple Mail SV', '3 mars 2026 kl. 09:14 skrev Ana Lima <ana.lima@verdemar.example>:'],
  ['Gmail NO', 'tir. 3. mar. 2026 kl. 09:14 skrev Ana Lima <ana.lima@verdemar.example>:'],
  ['Gmail DA', 'Den tirs. 3. mar. 2026 kl. 09.14 skrev Ana Lima <ana.lima@verdemar.example>:'],
  ['Gmail PL', 'wt., 3 mar 2026 o 09:14 Ana Lima <ana.lima@verdemar.example> napisał(a):'],
  ['Thunderbird PL', 'W dniu 3.03.2026 o 09:14, Ana Lima pisze:'],
  ['Gmail CS', 'út 3. 3. 2026 v 9:14 odesílatel Ana Lima <ana.lima@verdemar.example> napsal:'],
  ['Seznam CS', 'Dne 3. 3. 2026 9:14 Ana Lima napsal(a):'],
  ['Gmail RU', 'вт, 3 мар. 2026 г. в 09:14, Ana Lima <ana.lima@verdemar.example>:'],
  ['Outlook RU', '3 марта 2026 г., в 9:14, Ana Lima <ana.lima@verdemar.example> написал:'],
  ['Yandex RU', '03.03.2026, 09:14, "Ana Lima" <ana.lima@verdemar.example>:'],
  ['Mail.ru RU', 'Вторник, 3 марта 2026, 9:14 +03:00 от Ana Lima <ana.lima@verdemar.example>:'],
  ['Gmail UK', 'вт, 3 бер. 2026 р. о 09:14 Ana Lima <ana.lima@verdemar.example> пише:'],
  ['Thunderbird UK', '03.03.2026 09:14, Ana Lima написав(ла):'],
  ['Gmail TR', 'Ana Lima <ana.lima@verdemar.example>, 3 Mar 2026 Sal, 09:14 tarihinde şunu yazdı:'],
  ['Gmail VI', 'Vào Th 3, 3 thg 3, 2026 vào lúc 09:14 Ana Lima <ana.lima@verdemar.example> đã viết:'],
  ['Gmail JA', '2026年3月3日(火) 9:14 Ana Lima <ana.lima@verdemar.example>:'],
  ['Gmail ZH', 'Ana Lima <ana.lima@verdemar.example> 于2026年3月3日周二 09:14写道：'],
  ['Foxmail ZH', '在 2026年3月3日 09:14，Ana Lima <ana.lima@verdemar.example> 写道：'],
  ['Gmail ZH-TW', 'Ana Lima <ana.lima@verdemar.example> 於 2026年3月3日 週二 上午9:14寫道：'],
  ['Gmail KO', '2026년 3월 3일 (화) 오전 9:14, Ana Lima <ana.lima@verdemar.example>님이 작성:'],
  ['Samsung Email EN', 'On 3 Mar 2026 09:14, Ana Lima <ana.lima@verdemar.example> wrote:'],
  ['K-9 Mail EN', 'On March 3, 2026 9:14:05 AM GMT+01:00, Ana Lima <ana.lima@verdemar.example> wrote:'],
  ['a plain "… sent:"', 'On 3 March 2026, Ana Lima <ana.lima@verdemar.example> sent:'],
];

const REPLY = 'Thursday at ten works for me.';
const QUOTED = ['Could we meet this week about the rollout?', 'Ana'];

describe('attributions: the quote below them is cut, the reply kept', () => {
  it.each(ATTRIBUTIONS)('%s, above ">" lines', (_client, attribution) => {
    expect(textLines([REPLY, '', attribution, ...QUOTED.map((line) => `> ${line}`)].join('\n'))).toEqual([REPLY]);
  });
  it.each(ATTRIBUTIONS)('%s, above an unprefixed quote', (_client, attribution) => {
    expect(textLines([REPLY, '', attribution, '', ...QUOTED].join('\n'))).toEqual([REPLY]);
  });
  it.each(ATTRIBUTIONS)("%s, bottom-posted: the answer below the quote is the writer's", (_client, attribution) => {
    expect(textLines([attribution, ...QUOTED.map((line) => `> ${line}`), '', REPLY, '', 'Jonas'].join('\n'))).toEqual([REPLY, '', 'Jonas']);
  });
});

// Attributions a client wraps over two or three lines (long names and addresses).
const SPLIT: Array<[string, string[]]> = [
  [
    'Gmail EN, address on the next line',
    ['On Tue, 3 Mar 2026 at 09:14, Ana Lima Ferreira da Costa <', 'ana.lima@verdemar.example> wrote:'],
  ],
  ['Gmail EN, "wrote:" alone', ['On Tue, Mar 3, 2026 at 9:14 AM Ana Lima <ana.lima@verdemar.example>', 'wrote:']],
  ['Gmail EN, three lines', ['On Tue, Mar 3, 2026 at 9:14 AM', 'Ana Lima <ana.lima@verdemar.example>', 'wrote:']],
  ['Gmail DE, address on the next line', ['Am Di., 3. März 2026 um 09:14 Uhr schrieb Ana Lima <', 'ana.lima@verdemar.example>:']],
  ['Gmail FR, verb on the next line', ['Le mar. 3 mars 2026 à 09:14, Ana Lima <ana.lima@verdemar.example>', 'a écrit :']],
  ['Gmail ES, verb on the next line', ['El mar, 3 mar 2026 a las 9:14, Ana Lima (<ana.lima@verdemar.example>)', 'escribió:']],
  ['Gmail PT, verb on the next line', ['Em ter., 3 de mar. de 2026 às 09:14, Ana Lima <ana.lima@verdemar.example>', 'escreveu:']],
  ['Gmail SV, name on the next line', ['Den tis 3 mars 2026 kl 09:14 skrev', 'Ana Lima <ana.lima@verdemar.example>:']],
  ['Gmail RU, address on the next line', ['вт, 3 мар. 2026 г. в 09:14, Ana Lima <', 'ana.lima@verdemar.example>:']],
  ['Gmail JA, address on the next line', ['2026年3月3日(火) 9:14 Ana Lima <', 'ana.lima@verdemar.example>:']],
];

describe('attributions over two or three lines', () => {
  it.each(SPLIT)('%s, above ">" lines', (_client, attribution) => {
    expect(textLines([REPLY, '', ...attribution, '> Could we meet this week?'].join('\n'))).toEqual([REPLY]);
  });
  it.each(SPLIT)('%s, bottom-posted', (_client, attribution) => {
    expect(textLines([...attribution, '> Could we meet this week?', '', REPLY].join('\n'))).toEqual([REPLY]);
  });
});

// An HTML body flattened without the line break: the attribution follows the reply's last words.
const SAME_LINE: Array<[string, string, string]> = [
  [
    'Gmail mobile EN',
    'Sounds good, see you then. On Tue, Mar 3, 2026 at 9:14 AM Ana Lima <ana.lima@verdemar.example> wrote:',
    'Sounds good, see you then.',
  ],
  ['iOS Mail EN', 'Perfect, thanks! On 3 Mar 2026, at 09:14, Ana Lima <ana.lima@verdemar.example> wrote:', 'Perfect, thanks!'],
  ['Gmail DE', 'Passt, danke. Am Di., 3. März 2026 um 09:14 Uhr schrieb Ana Lima <ana.lima@verdemar.example>:', 'Passt, danke.'],
  ['Gmail FR', 'Parfait, merci. Le mar. 3 mars 2026 à 09:14, Ana Lima <ana.lima@verdemar.example> a écrit :', 'Parfait, merci.'],
  ['Gmail ES', 'Perfecto, gracias. El mar, 3 mar 2026 a las 9:14, Ana Lima (<ana.lima@verdemar.example>) escribió:', 'Perfecto, gracias.'],
  ['Gmail NL', 'Prima, tot dan. Op di 3 mrt 2026 om 09:14 schreef Ana Lima <ana.lima@verdemar.example>:', 'Prima, tot dan.'],
  ['Gmail SV', 'Toppen, hörs. Den tis 3 mars 2026 kl 09:14 skrev Ana Lima <ana.lima@verdemar.example>:', 'Toppen, hörs.'],
];

describe("an attribution on the same line as the reply's last words", () => {
  it.each(SAME_LINE)('%s', (_client, line, own) => {
    expect(textLines(`Hi Ana,\n\n${line}\n\n> Could we meet this week?`)).toEqual(['Hi Ana,', '', own]);
    expect(textLines(`Hi Ana,\n\n${line}\nCould we meet this week?\nAna`)).toEqual(['Hi Ana,', '', own]);
  });
});

// Header blocks above the quoted message (Outlook desktop and web, mobile clients), plain or bold.
const HEADERS: Array<[string, string[]]> = [
  [
    'Outlook EN',
    [
      'From: Ana Lima <ana.lima@verdemar.example>',
      'Sent: Tuesday, March 3, 2026 9:14 AM',
      'To: Jonas Berg <jonas@kestrel-tools.example>',
      'Subject: Rollout',
    ],
  ],
  [
    'Outlook EN, bold as asterisks',
    ['*From:* Ana Lima <ana.lima@verdemar.example>', '*Sent:* Tuesday, March 3, 2026 9:14 AM', '*To:* Jonas Berg', '*Subject:* Rollout'],
  ],
  [
    'Outlook EN, name wrapped over two lines',
    [
      'From: Ana Lima Ferreira da Costa (Verdemar Logística, Lisbon office)',
      '<ana.lima@verdemar.example>',
      'Sent: Tuesday, March 3, 2026 9:14 AM',
    ],
  ],
  [
    'Outlook EN, flattened on one line',
    ['From: Ana Lima <ana.lima@verdemar.example> Sent: Tuesday, March 3, 2026 9:14 AM To: Jonas Berg Subject: Rollout'],
  ],
  [
    'Outlook DE',
    ['Von: Ana Lima <ana.lima@verdemar.example>', 'Gesendet: Dienstag, 3. März 2026 09:14', 'An: Jonas Berg', 'Betreff: Rollout'],
  ],
  ['Outlook FR', ['De : Ana Lima <ana.lima@verdemar.example>', 'Envoyé : mardi 3 mars 2026 09:14', 'À : Jonas Berg', 'Objet : Rollout']],
  [
    'Outlook ES',
    ['De: Ana Lima <ana.lima@verdemar.example>', 'Enviado: martes, 3 de marzo de 2026 9:14', 'Para: Jonas Berg', 'Asunto: Rollout'],
  ],
  [
    'Outlook PT',
    [
      'De: Ana Lima <ana.lima@verdemar.example>',
      'Enviada em: terça-feira, 3 de março de 2026 09:14',
      'Para: Jonas Berg',
      'Assunto: Rollout',
    ],
  ],
  ['Outlook IT', ['Da: Ana Lima <ana.lima@verdemar.example>', 'Inviato: martedì 3 marzo 2026 09:14', 'A: Jonas Berg', 'Oggetto: Rollout']],
  [
    'Outlook NL',
    ['Van: Ana Lima <ana.lima@verdemar.example>', 'Verzonden: dinsdag 3 maart 2026 09:14', 'Aan: Jonas Berg', 'Onderwerp: Rollout'],
  ],
  ['Outlook SV', ['Från: Ana Lima <ana.lima@verdemar.example>', 'Skickat: den 3 mars 2026 09:14', 'Till: Jonas Berg', 'Ämne: Rollout']],
  ['Outlook NO', ['Fra: Ana Lima <ana.lima@verdemar.example>', 'Sendt: tirsdag 3. mars 2026 09:14', 'Til: Jonas Berg', 'Emne: Rollout']],
  ['Outlook DA', ['Fra: Ana Lima <ana.lima@verdemar.example>', 'Sendt: 3. marts 2026 09:14', 'Til: Jonas Berg', 'Emne: Rollout']],
  ['Outlook PL', ['Od: Ana Lima <ana.lima@verdemar.example>', 'Wysłane: wtorek, 3 marca 2026 09:14', 'Do: Jonas Berg', 'Temat: Rollout']],
  [
    'Outlook CS',
    ['Od: Ana Lima <ana.lima@verdemar.example>', 'Odesláno: úterý 3. března 2026 9:14', 'Komu: Jonas Berg', 'Předmět: Rollout'],
  ],
  ['Outlook RU', ['От: Ana Lima <ana.lima@verdemar.example>', 'Отправлено: 3 марта 2026 г. 9:14', 'Кому: Jonas Berg', 'Тема: Rollout']],
  ['Outlook UK', ['Від: Ana Lima <ana.lima@verdemar.example>', 'Надіслано: 3 березня 2026 р. 9:14', 'Кому: Jonas Berg', 'Тема: Rollout']],
  [
    'Outlook TR',
    ['Kimden: Ana Lima <ana.lima@verdemar.example>', 'Gönderildi: 3 Mart 2026 Salı 09:14', 'Kime: Jonas Berg', 'Konu: Rollout'],
  ],
  [
    'Outlook VI',
    ['Từ: Ana Lima <ana.lima@verdemar.example>', 'Đã gửi: Thứ Ba, 3 tháng 3, 2026 9:14', 'Đến: Jonas Berg', 'Chủ đề: Rollout'],
  ],
  ['Outlook JA', ['差出人: Ana Lima <ana.lima@verdemar.example>', '送信日時: 2026年3月3日 9:14', '宛先: Jonas Berg', '件名: Rollout']],
  ['Outlook ZH', ['发件人: Ana Lima <ana.lima@verdemar.example>', '发送时间: 2026年3月3日 9:14', '收件人: Jonas Berg', '主题: Rollout']],
  [
    'Outlook ZH-TW',
    ['寄件者: Ana Lima <ana.lima@verdemar.example>', '寄件日期: 2026年3月3日 上午 09:14', '收件者: Jonas Berg', '主旨: Rollout'],
  ],
  [
    'Outlook KO',
    [
      '보낸 사람: Ana Lima <ana.lima@verdemar.example>',
      '보낸 날짜: 2026년 3월 3일 화요일 오전 9:14',
      '받는 사람: Jonas Berg',
      '제목: Rollout',
    ],
  ],
  [
    'Samsung Email',
    [
      '-------- Original message --------',
      'From: Ana Lima <ana.lima@verdemar.example>',
      'Date: 03/03/2026 09:14 (GMT+01:00)',
      'To: Jonas Berg',
      'Subject: Rollout',
    ],
  ],
  [
    'Outlook plain text',
    ['-----Original Message-----', 'From: Ana Lima [mailto:ana.lima@verdemar.example]', 'Sent: Tuesday, March 3, 2026 9:14 AM'],
  ],
  ['a reply separator', ['-----Reply Message-----', 'From: Ana Lima <ana.lima@verdemar.example>', 'Date: 2026-03-03 09:14']],
  [
    'Outlook underscores',
    ['________________________________', 'From: Ana Lima <ana.lima@verdemar.example>', 'Sent: Tuesday, March 3, 2026 9:14 AM'],
  ],
  ['Outlook DE, Ursprüngliche Nachricht', ['-----Ursprüngliche Nachricht-----', 'Von: Ana Lima [mailto:ana.lima@verdemar.example]']],
  ["Outlook FR, Message d'origine", ["-----Message d'origine-----", 'De : Ana Lima [mailto:ana.lima@verdemar.example]']],
  ['Samsung ES, Mensaje original', ['-------- Mensaje original --------', 'De: Ana Lima <ana.lima@verdemar.example>']],
  ['Samsung PT, Mensagem original', ['-------- Mensagem original --------', 'De: Ana Lima <ana.lima@verdemar.example>']],
  ['Samsung IT, Messaggio originale', ['-------- Messaggio originale --------', 'Da: Ana Lima <ana.lima@verdemar.example>']],
  ['Samsung NL, Oorspronkelijk bericht', ['-------- Oorspronkelijk bericht --------', 'Van: Ana Lima <ana.lima@verdemar.example>']],
  ['Samsung RU, Исходное сообщение', ['-------- Исходное сообщение --------', 'От: Ana Lima <ana.lima@verdemar.example>']],
  ['Samsung PL, Oryginalna wiadomość', ['-------- Oryginalna wiadomość --------', 'Od: Ana Lima <ana.lima@verdemar.example>']],
  ['Samsung CS, Původní zpráva', ['-------- Původní zpráva --------', 'Od: Ana Lima <ana.lima@verdemar.example>']],
  ['Samsung TR, Orijinal mesaj', ['-------- Orijinal mesaj --------', 'Kimden: Ana Lima <ana.lima@verdemar.example>']],
  ['Samsung JA, 元のメッセージ', ['-------- 元のメッセージ --------', '差出人: Ana Lima <ana.lima@verdemar.example>']],
  ['Samsung ZH, 原始邮件', ['-------- 原始邮件 --------', '发件人: Ana Lima <ana.lima@verdemar.example>']],
  ['Samsung KO, 원본 메시지', ['-------- 원본 메시지 --------', '보낸 사람: Ana Lima <ana.lima@verdemar.example>']],
  [
    'an unknown language between dashes, then a header block',
    ['-------- Alkuperäinen viesti --------', 'Lähettäjä: Ana Lima <ana.lima@verdemar.example>'],
  ],
];

describe('header blocks and separators: everything from them on is older mail', () => {
  it.each(HEADERS)('%s', (_client, header) => {
    const text = [REPLY, '', 'Jonas Berg', '', ...header, '', ...QUOTED, '', 'On Mon, 2 Mar 2026, Jonas Berg wrote:', '> earlier'].join(
      '\n',
    );
    expect(textLines(text)).toEqual([REPLY, '', 'Jonas Berg']);
  });
  it.each(HEADERS)('%s, with nothing above it: the message has no words of its own', (_client, header) => {
    expect(textLines([...header, '', ...QUOTED].join('\n'))).toEqual([]);
  });
});

// Forwarded messages: the forwarded text (and whoever signed it) is never the writer's.
const FORWARDS: Array<[string, string]> = [
  ['Gmail EN', '---------- Forwarded message ---------'],
  ['Gmail DE', '---------- Weitergeleitete Nachricht ---------'],
  ['Gmail FR', '---------- Forwarded message ---------'],
  ['Gmail FR (localised)', '---------- Message transféré ---------'],
  ['Gmail ES', '---------- Mensaje reenviado ---------'],
  ['Gmail PT', '---------- Mensagem encaminhada ---------'],
  ['Gmail IT', '---------- Messaggio inoltrato ---------'],
  ['Gmail NL', '---------- Doorgestuurd bericht ---------'],
  ['Gmail SV', '---------- Vidarebefordrat meddelande ---------'],
  ['Gmail NO', '---------- Videresendt melding ---------'],
  ['Gmail DA', '---------- Videresendt besked ---------'],
  ['Gmail PL', '---------- Przekazana wiadomość ---------'],
  ['Gmail CS', '---------- Přeposlaná zpráva ---------'],
  ['Gmail RU', '---------- Пересылаемое сообщение ---------'],
  ['Gmail UK', '---------- Переслане повідомлення ---------'],
  ['Gmail TR', '---------- İletilen mesaj ---------'],
  ['Gmail VI', '---------- Tin nhắn được chuyển tiếp ---------'],
  ['Gmail JA', '---------- 転送されたメッセージ ---------'],
  ['Gmail ZH', '---------- 转发的邮件 ---------'],
  ['Gmail KO', '---------- 전달된 메시지 ---------'],
  ['Apple Mail EN', 'Begin forwarded message:'],
  ['Apple Mail DE', 'Anfang der weitergeleiteten Nachricht:'],
  ['Apple Mail FR', 'Début du message réexpédié :'],
  ['Apple Mail ES', 'Inicio del mensaje reenviado:'],
  ['Apple Mail PT', 'Início da mensagem reencaminhada:'],
  ['Apple Mail IT', 'Inizio messaggio inoltrato:'],
  ['Apple Mail NL', 'Begin doorgestuurd bericht:'],
  ['Apple Mail SV', 'Vidarebefordrat mejl:'],
  ['Apple Mail RU', 'Начало переадресованного сообщения:'],
  ['Apple Mail JA', '転送されたメッセージ:'],
  ['Apple Mail ZH', '以下是转发的邮件：'],
  ['Thunderbird EN', '-------- Forwarded Message --------'],
  ['Outlook EN (Fw:)', '-----Forwarded Message-----'],
  ['Yahoo EN', '----- Forwarded Message -----'],
];

describe('forwarded messages are cut, with the colleague who signed them', () => {
  it.each(FORWARDS)('%s', (_client, marker) => {
    const text = [
      'Jonas, see below from my colleague.',
      '',
      marker,
      'From: Rafael Nunes <rafael@verdemar.example>',
      'Date: Mon, 2 Mar 2026',
      'Subject: Audit',
      '',
      'Hi all,',
      'Rafael Nunes',
      'Chief Financial Officer',
    ].join('\n');
    expect(textLines(text)).toEqual(['Jonas, see below from my colleague.']);
  });
});

// Lines that look like quote markers and are the writer's own words.
const NOT_QUOTES: Array<[string, string[]]> = [
  ['a lone ">>>" line', ['Next steps', '>>>', 'Book the venue by Friday.']],
  ['a link between ">>>" and "<<<"', ['The form is here:', '>>> https://forms.kestrel-tools.example/rollout <<<', 'Thanks!']],
  ['an arrow between chevrons', ['>> Register now <<', 'Seats are limited.']],
  ['a sentence that ends in "wrote:" with no date or address', ['Here is what the auditor wrote:', 'the stock count matches.', 'Jonas']],
  ["a colon after a date in the writer's text", ['Agenda for 3 March:', '1. Rollout', '2. Budget']],
  ['"From:" in a sentence, no header block after it', ['From: the whole team, thank you!', 'We loved the workshop.']],
  ['a dashed heading that is not a separator', ['--- Agenda ---', 'Rollout, budget, dates.']],
  ['"look forward" ends a line with a colon', ['I look forward to these three things:', 'dates, budget, rollout.']],
  ['"forward" as a plain word', ['Please forward this to Rafael.', 'Thanks']],
  ['Turkish "iletişim" (contact), not "iletilen"', ['İletişim bilgileri:', 'Ana Lima']],
];

describe("not quotes: the writer's own lines stay", () => {
  it.each(NOT_QUOTES)('%s', (_case, lines) => {
    expect(textLines(lines.join('\n'))).toEqual(lines);
  });
});

describe('inline replies and messages that start with a quote', () => {
  it.each([
    [
      'inline answers between quoted questions (Thunderbird)',
      'On 3/3/26 09:14, Ana Lima wrote:\n> Can you do Thursday?\nYes, at ten.\n> And bring the budget?\nIt is attached.\n\nJonas',
      ['Yes, at ten.', 'It is attached.', '', 'Jonas'],
    ],
    [
      'a bare "Name wrote:" before a quote (Thunderbird, no date)',
      'Ana Lima wrote:\n> Can you do Thursday?\n\nYes, at ten.',
      ['Yes, at ten.'],
    ],
    ['quote lines with no attribution', '> Can you do Thursday?\n> Ana\n\nYes, at ten.', ['Yes, at ten.']],
    ['nested quotes', '>> older\n> Can you do Thursday?\nYes.', ['Yes.']],
    [
      'a message that is only a quote',
      'On Tue, 3 Mar 2026 at 09:14, Ana Lima <ana.lima@verdemar.example> wrote:\n> Can you do Thursday?',
      [],
    ],
    [
      "a line with a number right above an attribution stays the writer's",
      'Call me on 0612 555 0199\nOn Tue, 3 Mar 2026 at 09:14, Ana Lima <ana.lima@verdemar.example> wrote:\n> Can you do Thursday?',
      ['Call me on 0612 555 0199'],
    ],
    ['blank lines collapse where a quote was cut', 'Yes.\n\n> Can you do Thursday?\n\n\nJonas', ['Yes.', '', 'Jonas']],
  ])('%s', (_case, text, own) => {
    expect(textLines(text)).toEqual(own);
  });
});
