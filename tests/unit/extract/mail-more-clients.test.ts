// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findSignature } from '@/lib/extract/mail-signature-block';
import { bodyText, textLines } from '@/lib/extract/mail-text';

/**
 * More clients and languages, written apart from the rules (fictional people, other names, dates and
 * layouts than mail-phenomena-cases.ts): Yahoo, Yandex, Mail.ru, Samsung, Korean, Vietnamese,
 * Turkish and Ukrainian attributions, Outlook's `x_` prefixed ids, a forwarded message's own signature.
 */

const REPLY = 'Works for me, send the contract over.';
const OLDER = ['Shall we sign this week?', 'Bohdan'];

// [client and language, attribution lines]
const ATTRIBUTIONS: Array<[string, string[]]> = [
  ['Yahoo EN, day first', ['On Tuesday, 1 December 2026, 09:12:44 GMT+3, Bohdan Kravets <bohdan@stepove.example> wrote:']],
  ['Yahoo EN, "Bohdan Kravets" quoted', ['On Tuesday, December 1, 2026, 9:12 AM, "Bohdan Kravets" <bohdan@stepove.example> wrote:']],
  ['Yahoo FR', ['Le mardi 1 décembre 2026 à 09:12:44 UTC+3, Bohdan Kravets <bohdan@stepove.example> a écrit :']],
  ['Yahoo DE', ['Am Dienstag, 1. Dezember 2026, 09:12:44 MEZ hat Bohdan Kravets <bohdan@stepove.example> Folgendes geschrieben:']],
  ['Yahoo ES', ['El martes, 1 de diciembre de 2026, 09:12:44 CET, Bohdan Kravets <bohdan@stepove.example> escribió:']],
  ['Yandex RU, no quotes around the name', ['01.12.2026, 09:12, Богдан Кравець <bohdan@stepove.example>:']],
  ['Yandex EN', ['01.12.2026, 09:12, "Bohdan Kravets" <bohdan@stepove.example>:']],
  ['Mail.ru RU, lowercase weekday', ['вторник, 1 декабря 2026 г., 9:12 +03:00 от Богдан Кравець <bohdan@stepove.example>:']],
  ['Mail.ru RU, name only', ['Вторник, 1 декабря 2026, 9:12 +03:00 от Богдана Кравця:']],
  ['Gmail UK, Ukrainian name', ['вт, 1 груд. 2026 р. о 09:12 Богдан Кравець <bohdan@stepove.example> пише:']],
  [
    'Outlook for iOS UK',
    [
      'Від: Богдан Кравець <bohdan@stepove.example>',
      'Надіслано: 1 грудня 2026 р. 9:12',
      'Кому: Ada <ada@kestrel.example>',
      'Тема: Договір',
    ],
  ],
  ['Gmail TR, 12-hour clock', ['Bohdan Kravets <bohdan@stepove.example>, 1 Ara 2026 Sal, 09:12 tarihinde şunu yazdı:']],
  [
    'Outlook TR header',
    [
      'Kimden: Bohdan Kravets <bohdan@stepove.example>',
      'Gönderildi: 1 Aralık 2026 Salı 09:12',
      'Kime: Ada <ada@kestrel.example>',
      'Konu: Sözleşme',
    ],
  ],
  ['Gmail VI, morning', ['Vào Th 3, 1 thg 12, 2026 vào lúc 09:12 Bohdan Kravets <bohdan@stepove.example> đã viết:']],
  ['Gmail KO, morning', ['2026년 12월 1일 (화) 오전 9:12, Bohdan Kravets <bohdan@stepove.example>님이 작성:']],
  [
    'Samsung Email KO',
    ['-------- 원본 메일 --------', '보낸 사람: Bohdan Kravets <bohdan@stepove.example>', '날짜: 26/12/1 09:12 (GMT+09:00)', '제목: 계약'],
  ],
  [
    'Samsung Email DE',
    [
      '-------- Ursprüngliche Nachricht --------',
      'Von: Bohdan Kravets <bohdan@stepove.example>',
      'Datum: 01.12.26 09:12 (GMT+01:00)',
      'Betreff: Vertrag',
    ],
  ],
  [
    'Samsung Email FR',
    [
      "-------- Message d'origine --------",
      'De : Bohdan Kravets <bohdan@stepove.example>',
      'Date : 01/12/2026 09:12 (GMT+01:00)',
      'Objet : Contrat',
    ],
  ],
  [
    'Samsung Email ES',
    [
      '-------- Mensaje original --------',
      'De: Bohdan Kravets <bohdan@stepove.example>',
      'Fecha: 1/12/26 9:12 (GMT+01:00)',
      'Asunto: Contrato',
    ],
  ],
];

describe('more attributions and header blocks: the older mail is cut, the reply kept', () => {
  it.each(ATTRIBUTIONS)('%s, above ">" lines', (_client, attribution) => {
    expect(textLines([REPLY, '', ...attribution, ...OLDER.map((line) => `> ${line}`)].join('\n'))).toEqual([REPLY]);
  });
  it.each(ATTRIBUTIONS)('%s, above unprefixed lines', (_client, attribution) => {
    expect(textLines([REPLY, '', ...attribution, '', ...OLDER].join('\n'))).toEqual([REPLY]);
  });
});

const html = (markup: string) => {
  const root = document.createElement('div');
  root.innerHTML = markup;
  return bodyText(root).lines;
};

const HTML: Array<[string, string, string[]]> = [
  [
    'Outlook on the web, x_ prefixed reply header after an hr',
    `<div>${REPLY}</div><div id="x_appendonsend"></div><hr style="display:inline-block;width:98%"><div id="x_divRplyFwdMsg" dir="ltr"><b>From:</b> Bohdan Kravets &lt;bohdan@stepove.example&gt;<br><b>Sent:</b> Tuesday, December 1, 2026 9:12 AM<br><b>Subject:</b> Contract</div><div>${OLDER.join('<br>')}</div>`,
    [REPLY],
  ],
  [
    'Outlook on the web, x_ prefixed, localised header (DE)',
    `<div>${REPLY}</div><hr><div id="x_divRplyFwdMsg"><b>Von:</b> Bohdan Kravets<br><b>Gesendet:</b> Dienstag, 1. Dezember 2026 09:12<br><b>Betreff:</b> Vertrag</div><div>${OLDER.join('<br>')}</div>`,
    [REPLY],
  ],
  [
    'Yahoo, yahoo_quoted block with its own attribution',
    `<div>${REPLY}</div><div id="yahoo_quoted_4417" class="yahoo_quoted"><div>On Tuesday, December 1, 2026, 09:12:44 AM GMT+3, Bohdan Kravets &lt;bohdan@stepove.example&gt; wrote:</div><div><br></div><div>${OLDER.join('<br>')}</div></div>`,
    [REPLY],
  ],
  [
    'Yandex, attribution div then blockquote',
    `<div>${REPLY}</div><div><br></div><div>01.12.2026, 09:12, "Bohdan Kravets" &lt;bohdan@stepove.example&gt;:</div><blockquote>${OLDER.join('<br>')}</blockquote>`,
    [REPLY],
  ],
  [
    'Mail.ru, attribution above a blockquote',
    `<div>${REPLY}</div><div>Вторник, 1 декабря 2026, 9:12 +03:00 от Богдан Кравець &lt;bohdan@stepove.example&gt;:<br><blockquote style="border-left:1px solid #0857A6">${OLDER.join('<br>')}</blockquote></div>`,
    [REPLY],
  ],
];

describe('HTML from more clients', () => {
  it.each(HTML)('%s', (_case, markup, own) => {
    expect(html(markup)).toEqual(own);
  });
});

const split = (text: string) => {
  const lines = textLines(text);
  const found = findSignature(lines);
  return { words: lines.slice(0, found?.cut ?? lines.length), signature: found && lines.slice(found.start, found.end) };
};

// [client or language, closing lines, signature expected]
const CLOSINGS: Array<[string, string[], string[]]> = [
  ['Samsung EN footer', ['Sent from my Galaxy'], ['Sent from my Galaxy']],
  ['Samsung KO footer', ['내 Galaxy에서 보냄'], ['내 Galaxy에서 보냄']],
  ['Yahoo mobile footer', ['Sent from Yahoo Mail on Android'], ['Sent from Yahoo Mail on Android']],
  ['Yandex mobile footer', ['Отправлено из мобильной Яндекс Почты'], ['Отправлено из мобильной Яндекс Почты']],
  ['Mail.ru mobile footer', ['Отправлено из Почты Mail.ru'], ['Отправлено из Почты Mail.ru']],
  ['UK "З найкращими побажаннями,"', ['З найкращими побажаннями,', 'Богдан Кравець'], ['Богдан Кравець']],
  ['TR "İyi çalışmalar,"', ['İyi çalışmalar,', 'Bohdan Kravets'], ['Bohdan Kravets']],
  ['VI "Thân mến,"', ['Thân mến,', 'Bohdan Kravets'], ['Bohdan Kravets']],
  ['KO "감사합니다" then name and title', ['감사합니다', '크라베츠 보흐단', '영업 이사'], ['크라베츠 보흐단', '영업 이사']],
];

describe('more closings and mobile footers', () => {
  it.each(CLOSINGS)('%s', (_case, closing, signature) => {
    expect(split(['The contract is attached.', '', ...closing].join('\n'))).toEqual({
      words: ['The contract is attached.', ''],
      signature,
    });
  });
});
