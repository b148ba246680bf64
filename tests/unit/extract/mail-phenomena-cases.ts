/**
 * The cases of mail-phenomena.test.ts as data: whole messages with fictional people, each naming the
 * client or rule it stands for, and the writer's own lines expected. Shared with the measurement of
 * published mail parsers (tests/bench/mail-parsers.measure.ts), which runs them over the same inputs.
 */

export const OWN = 'Tuesday suits us, I will bring the floor plans.';
export const QUOTE = ['Can we walk the site next week?', 'Greta'];

// [client and language, attribution line(s)] — each is checked above ">" lines and above plain text.
export const ATTRIBUTIONS: Array<[string, string[]]> = [
  ['Gmail EN, address only', ['On Wed, Dec 2, 2026 at 4:51 PM <greta.holm@fjordline.example> wrote:']],
  ['Gmail EN, no space before "wrote"', ['On Wed, Dec 2, 2026 at 4:51 PM Greta Holm <greta.holm@fjordline.example>wrote:']],
  ['Gmail EN, quoted name with comma', ['On Wed, Dec 2, 2026 at 4:51 PM "Holm, Greta" <greta.holm@fjordline.example> wrote:']],
  ['Apple Mail EN', ['On 2 Dec 2026, at 16:51, Greta Holm <greta.holm@fjordline.example> wrote:']],
  ['Apple Mail EN (US)', ['On Dec 2, 2026, at 4:51 PM, Greta Holm <greta.holm@fjordline.example> wrote:']],
  ['Apple Mail EN, ISO date', ['On 2026-12-02, at 16:51, Greta Holm <greta.holm@fjordline.example> wrote:']],
  ['Thunderbird EN, date and name', ['On 02/12/2026 16:51, Greta Holm wrote:']],
  ['Thunderbird EN, AM/PM', ['On 12/2/2026 4:51 PM, Greta Holm wrote:']],
  ['Outlook for Mac EN', ['On 02/12/2026, 16:51, "Greta Holm" <greta.holm@fjordline.example> wrote:']],
  ['Gmail EN, via a list', ['On Wed, Dec 2, 2026 at 4:51 PM Greta Holm via Fjordline <greta.holm@fjordline.example> wrote:']],
  [
    'Samsung Email EN',
    [
      '-------- Original message --------',
      'From: Greta Holm <greta.holm@fjordline.example>',
      'Date: 02/12/2026 16:51 (GMT+01:00)',
      'To: Owen Price <owen@tallyworks.example>',
      'Subject: Site walk',
    ],
  ],
  [
    'Outlook for Android EN',
    [
      'From: Greta Holm <greta.holm@fjordline.example>',
      'Sent: Wednesday, December 2, 2026 4:51:07 PM',
      'To: Owen Price <owen@tallyworks.example>',
      'Subject: Site walk',
    ],
  ],
  ['Yahoo EN', ['On Wednesday, December 2, 2026 at 04:51:07 PM GMT+1, Greta Holm <greta.holm@fjordline.example> wrote:']],
  ['ISO date and GMT offset (Gmail, older)', ['2026-12-02 16:51 GMT+01:00 Greta Holm <greta.holm@fjordline.example>:']],
  ['Gmail, slash date', ['2026/12/2 Greta Holm <greta.holm@fjordline.example>']],
  ['Gmail DE', ['Am Mi., 2. Dez. 2026 um 16:51 Uhr schrieb Greta Holm <greta.holm@fjordline.example>:']],
  ['Apple Mail DE, quoted name', ['Am 02.12.2026 um 16:51 schrieb "Greta Holm" <greta.holm@fjordline.example>:']],
  ['Outlook DE', ['Greta Holm <greta.holm@fjordline.example> schrieb am Mi., 2. Dez. 2026, 16:51:']],
  ['Gmail FR', ['Le mer. 2 déc. 2026 à 16:51, Greta Holm <greta.holm@fjordline.example> a écrit :']],
  ['Thunderbird FR', ['Le 02/12/2026 à 16:51, Greta Holm a écrit :']],
  ['Gmail ES', ['El mié, 2 dic 2026 a las 16:51, Greta Holm (<greta.holm@fjordline.example>) escribió:']],
  ['Apple Mail ES', ['El 2 dic 2026, a las 16:51, Greta Holm <greta.holm@fjordline.example> escribió:']],
  ['Gmail PT-BR', ['Em qua., 2 de dez. de 2026 às 16:51, Greta Holm <greta.holm@fjordline.example> escreveu:']],
  ['Apple Mail PT', ['No dia 2 de dez. de 2026, às 16:51, Greta Holm <greta.holm@fjordline.example> escreveu:']],
  ['Gmail IT', ['Il giorno mer 2 dic 2026 alle ore 16:51 Greta Holm <greta.holm@fjordline.example> ha scritto:']],
  ['Apple Mail IT', ['Il giorno 2 dic 2026, alle ore 16:51, Greta Holm <greta.holm@fjordline.example> ha scritto:']],
  ['Gmail NL', ['Op wo 2 dec. 2026 om 16:51 schreef Greta Holm <greta.holm@fjordline.example>:']],
  ['Apple Mail NL', ['Op 2 dec. 2026 om 16:51 heeft Greta Holm <greta.holm@fjordline.example> het volgende geschreven:']],
  ['Gmail SV', ['Den ons 2 dec. 2026 kl 16:51 skrev Greta Holm <greta.holm@fjordline.example>:']],
  ['Apple Mail SV', ['2 dec. 2026 kl. 16:51 skrev Greta Holm <greta.holm@fjordline.example>:']],
  ['Gmail NO', ['ons. 2. des. 2026 kl. 16:51 skrev Greta Holm <greta.holm@fjordline.example>:']],
  ['Apple Mail NO', ['2. des. 2026 kl. 16:51 skrev Greta Holm <greta.holm@fjordline.example>:']],
  ['Gmail DA', ['Den ons. 2. dec. 2026 kl. 16.51 skrev Greta Holm <greta.holm@fjordline.example>:']],
  ['Apple Mail DA', ['Den 2. dec. 2026 kl. 16.51 skrev Greta Holm <greta.holm@fjordline.example>:']],
  ['Gmail PL', ['śr., 2 gru 2026 o 16:51 Greta Holm <greta.holm@fjordline.example> napisał(a):']],
  ['Thunderbird PL, user', ['W dniu 2 grudnia 2026 16:51 użytkownik Greta Holm <greta.holm@fjordline.example> napisał:']],
  ['Gmail CS', ['st 2. 12. 2026 v 16:51 odesílatel Greta Holm <greta.holm@fjordline.example> napsal:']],
  ['Thunderbird CS', ['Dne 02.12.2026 v 16:51 Greta Holm napsal(a):']],
  ['Gmail RU', ['ср, 2 дек. 2026 г. в 16:51, Greta Holm <greta.holm@fjordline.example>:']],
  ['Thunderbird RU', ['02.12.2026 16:51, Greta Holm пишет:']],
  ['Yandex RU', ['02.12.2026, 16:51, "Greta Holm" <greta.holm@fjordline.example>:']],
  ['Mail.ru RU', ['Среда, 2 декабря 2026, 16:51 +01:00 от Greta Holm <greta.holm@fjordline.example>:']],
  ['Gmail UK', ['ср, 2 груд. 2026 р. о 16:51 Greta Holm <greta.holm@fjordline.example> пише:']],
  ['Thunderbird UK', ['02.12.2026 16:51, Greta Holm написав:']],
  ['Gmail TR', ['Greta Holm <greta.holm@fjordline.example>, 2 Ara 2026 Çar, 16:51 tarihinde şunu yazdı:']],
  ['Apple Mail TR', ['2 Ara 2026 tarihinde 16:51 saatinde, Greta Holm <greta.holm@fjordline.example> şunları yazdı:']],
  ['Gmail VI', ['Vào Th 4, 2 thg 12, 2026 vào lúc 16:51 Greta Holm <greta.holm@fjordline.example> đã viết:']],
  ['Apple Mail VI', ['Vào 16:51, ngày 2 thg 12, 2026, Greta Holm <greta.holm@fjordline.example> đã viết:']],
  ['Gmail JA', ['2026年12月2日(水) 16:51 Greta Holm <greta.holm@fjordline.example>:']],
  ['Apple Mail JA', ['2026/12/02 16:51、Greta Holm <greta.holm@fjordline.example>のメール:']],
  ['Gmail ZH', ['Greta Holm <greta.holm@fjordline.example> 于2026年12月2日周三 16:51写道：']],
  ['Apple Mail ZH', ['2026年12月2日 16:51，Greta Holm <greta.holm@fjordline.example> 写道：']],
  ['Gmail ZH-TW', ['Greta Holm <greta.holm@fjordline.example> 於 2026年12月2日 週三 下午4:51寫道：']],
  ['Gmail KO', ['2026년 12월 2일 (수) 오후 4:51, Greta Holm <greta.holm@fjordline.example>님이 작성:']],
  ['Apple Mail KO', ['2026. 12. 2. 오후 4:51, Greta Holm <greta.holm@fjordline.example> 작성:']],
  ['split: date / name+address / verb', ['On Wed, Dec 2, 2026 at 4:51 PM', 'Greta Holm <greta.holm@fjordline.example>', 'wrote:']],
  ['split DE: verb on its own line', ['Am Mi., 2. Dez. 2026 um 16:51 Uhr schrieb Greta Holm <', 'greta.holm@fjordline.example>:']],
  ['split FR: "a écrit" on its own line', ['Le mer. 2 déc. 2026 à 16:51, Greta Holm <greta.holm@fjordline.example>', 'a écrit :']],
  ['split PL: "napisał(a)" on its own line', ['śr., 2 gru 2026 o 16:51 Greta Holm <greta.holm@fjordline.example>', 'napisał(a):']],
  ['split JA: address on its own line', ['2026年12月2日(水) 16:51 Greta Holm <', 'greta.holm@fjordline.example>:']],
  ['split KO: verb on its own line', ['2026년 12월 2일 (수) 오후 4:51, Greta Holm <greta.holm@fjordline.example>님이', '작성:']],
];

// Outlook desktop and web header blocks, localised (bold tags flattened, or kept as "*From:*").
export const HEADER_BLOCKS: Array<[string, string[]]> = [
  [
    'Outlook EN, mailto in brackets',
    [
      'From: Greta Holm [mailto:greta.holm@fjordline.example]',
      'Sent: Wednesday, December 2, 2026 4:51 PM',
      'To: Owen Price',
      'Cc: Lise Berg',
      'Subject: RE: Site walk',
    ],
  ],
  [
    'Outlook EN, Date first (Apple forward)',
    [
      'Date: Wed, 2 Dec 2026 16:51:07 +0100',
      'From: Greta Holm <greta.holm@fjordline.example>',
      'To: Owen Price <owen@tallyworks.example>',
      'Subject: Site walk',
    ],
  ],
  [
    'Thunderbird, Subject first',
    [
      'Subject: Site walk',
      'Date: Wed, 2 Dec 2026 16:51:07 +0100',
      'From: Greta Holm <greta.holm@fjordline.example>',
      'To: Owen Price <owen@tallyworks.example>',
    ],
  ],
  [
    'Outlook EN, bold markdown',
    [
      '**From:** Greta Holm <greta.holm@fjordline.example>',
      '**Sent:** Wednesday, December 2, 2026 4:51 PM',
      '**To:** Owen Price',
      '**Subject:** Site walk',
    ],
  ],
  [
    'Outlook DE',
    [
      'Von: Greta Holm <greta.holm@fjordline.example>',
      'Gesendet: Mittwoch, 2. Dezember 2026 16:51',
      'An: Owen Price',
      'Betreff: AW: Begehung',
    ],
  ],
  [
    'Outlook FR',
    ['De : Greta Holm <greta.holm@fjordline.example>', 'Envoyé : mercredi 2 décembre 2026 16:51', 'À : Owen Price', 'Objet : RE: Visite'],
  ],
  [
    'Outlook ES',
    [
      'De: Greta Holm <greta.holm@fjordline.example>',
      'Enviado el: miércoles, 2 de diciembre de 2026 16:51',
      'Para: Owen Price',
      'Asunto: RE: Visita',
    ],
  ],
  [
    'Outlook PT',
    [
      'De: Greta Holm <greta.holm@fjordline.example>',
      'Enviada em: quarta-feira, 2 de dezembro de 2026 16:51',
      'Para: Owen Price',
      'Assunto: RE: Visita',
    ],
  ],
  [
    'Outlook IT',
    [
      'Da: Greta Holm <greta.holm@fjordline.example>',
      'Inviato: mercoledì 2 dicembre 2026 16:51',
      'A: Owen Price',
      'Oggetto: R: Sopralluogo',
    ],
  ],
  [
    'Outlook NL',
    [
      'Van: Greta Holm <greta.holm@fjordline.example>',
      'Verzonden: woensdag 2 december 2026 16:51',
      'Aan: Owen Price',
      'Onderwerp: RE: Rondgang',
    ],
  ],
  [
    'Outlook SV',
    ['Från: Greta Holm <greta.holm@fjordline.example>', 'Skickat: den 2 december 2026 16:51', 'Till: Owen Price', 'Ämne: SV: Visning'],
  ],
  [
    'Outlook NO',
    ['Fra: Greta Holm <greta.holm@fjordline.example>', 'Sendt: onsdag 2. desember 2026 16:51', 'Til: Owen Price', 'Emne: SV: Befaring'],
  ],
  [
    'Outlook DA',
    ['Fra: Greta Holm <greta.holm@fjordline.example>', 'Sendt: 2. december 2026 16:51', 'Til: Owen Price', 'Emne: SV: Besigtigelse'],
  ],
  [
    'Outlook PL',
    ['Od: Greta Holm <greta.holm@fjordline.example>', 'Wysłano: środa, 2 grudnia 2026 16:51', 'Do: Owen Price', 'Temat: RE: Wizja lokalna'],
  ],
  [
    'Outlook CS',
    [
      'Od: Greta Holm <greta.holm@fjordline.example>',
      'Odesláno: středa 2. prosince 2026 16:51',
      'Komu: Owen Price',
      'Předmět: RE: Prohlídka',
    ],
  ],
  [
    'Outlook RU',
    ['От: Greta Holm <greta.holm@fjordline.example>', 'Отправлено: 2 декабря 2026 г. 16:51', 'Кому: Owen Price', 'Тема: RE: Осмотр'],
  ],
  [
    'Mail.ru RU',
    [
      'От кого: Greta Holm <greta.holm@fjordline.example>',
      'Кому: Owen Price <owen@tallyworks.example>',
      'Дата: Среда, 2 декабря 2026, 16:51 +01:00',
      'Тема: Осмотр',
    ],
  ],
  [
    'Outlook UK',
    ['Від: Greta Holm <greta.holm@fjordline.example>', 'Надіслано: 2 грудня 2026 р. 16:51', 'Кому: Owen Price', 'Тема: RE: Огляд'],
  ],
  [
    'Outlook TR',
    [
      'Kimden: Greta Holm <greta.holm@fjordline.example>',
      'Gönderildi: 2 Aralık 2026 Çarşamba 16:51',
      'Kime: Owen Price',
      'Konu: YNT: Ziyaret',
    ],
  ],
  [
    'Outlook VI',
    [
      'Từ: Greta Holm <greta.holm@fjordline.example>',
      'Đã gửi: Thứ Tư, ngày 2 tháng 12 năm 2026 16:51',
      'Đến: Owen Price',
      'Chủ đề: RE: Khảo sát',
    ],
  ],
  [
    'Outlook JA',
    ['差出人: Greta Holm <greta.holm@fjordline.example>', '送信日時: 2026年12月2日 16:51', '宛先: Owen Price', '件名: RE: 現地調査'],
  ],
  [
    'Outlook ZH',
    ['发件人: Greta Holm <greta.holm@fjordline.example>', '发送时间: 2026年12月2日 16:51', '收件人: Owen Price', '主题: 回复: 现场考察'],
  ],
  [
    'Outlook ZH-TW',
    [
      '寄件者: Greta Holm <greta.holm@fjordline.example>',
      '寄件日期: 2026年12月2日 下午 04:51',
      '收件者: Owen Price',
      '主旨: 回覆: 現場勘查',
    ],
  ],
  [
    'Outlook KO',
    [
      '보낸 사람: Greta Holm <greta.holm@fjordline.example>',
      '보낸 날짜: 2026년 12월 2일 수요일 오후 4:51',
      '받는 사람: Owen Price',
      '제목: RE: 현장 답사',
    ],
  ],
  [
    'Outlook web, flattened on one line',
    ['From: Greta Holm <greta.holm@fjordline.example> Sent: Wednesday, December 2, 2026 4:51 PM To: Owen Price Subject: Site walk'],
  ],
  [
    'Outlook web FR, flattened',
    ['De : Greta Holm <greta.holm@fjordline.example> Envoyé : mercredi 2 décembre 2026 16:51 À : Owen Price Objet : Visite'],
  ],
  [
    'Outlook web JA, flattened',
    ['差出人: Greta Holm <greta.holm@fjordline.example> 送信日時: 2026年12月2日 16:51 宛先: Owen Price 件名: 現地調査'],
  ],
  [
    '"-----Original Message-----" then headers',
    ['-----Original Message-----', 'From: Greta Holm', 'Sent: Wednesday, December 2, 2026 4:51 PM'],
  ],
  ['"-----Original Message-----" alone', ['-----Original Message-----']],
  ['"----- Original Message -----" spaced', ['----- Original Message -----', 'From: "Greta Holm" <greta.holm@fjordline.example>']],
  [
    '"-----Reply Message-----" (NetEase)',
    ['-----Reply Message-----', 'From: Greta Holm <greta.holm@fjordline.example>', 'Date: 12/02/2026 16:51'],
  ],
  [
    '"---- Replied Message ----" (NetEase)',
    ['---- Replied Message ----', '| From | Greta Holm <greta.holm@fjordline.example> |', '| Date | 12/02/2026 16:51 |'],
  ],
  ['"-----Ursprüngliche Nachricht-----"', ['-----Ursprüngliche Nachricht-----', 'Von: Greta Holm']],
  ['"-----Message d\'origine-----"', ["-----Message d'origine-----", 'De : Greta Holm']],
  ['"-----Mensaje original-----"', ['-----Mensaje original-----', 'De: Greta Holm']],
  ['"-----Исходное сообщение-----"', ['-----Исходное сообщение-----', 'От: Greta Holm']],
  ['"-----Původní zpráva-----"', ['-----Původní zpráva-----', 'Od: Greta Holm']],
  [
    '"------------------ 原始邮件 ------------------" (QQ)',
    [
      '------------------ 原始邮件 ------------------',
      '发件人: "Greta Holm"<greta.holm@fjordline.example>;',
      '发送时间: 2026年12月2日(星期三) 下午4:51',
    ],
  ],
  ['"-----Özgün İleti-----"', ['-----Özgün İleti-----', 'Kimden: Greta Holm']],
  [
    'underscores then header (Outlook web)',
    ['________________________________', 'From: Greta Holm <greta.holm@fjordline.example>', 'Sent: Wednesday, December 2, 2026 4:51 PM'],
  ],
  [
    'underscores then localised header',
    ['________________________________', 'Von: Greta Holm <greta.holm@fjordline.example>', 'Gesendet: Mittwoch, 2. Dezember 2026 16:51'],
  ],
];

// Forwards with a note above: the note is the writer's, the forwarded colleague never is.
export const FORWARDS: Array<[string, string[]]> = [
  [
    'Gmail EN',
    [
      '---------- Forwarded message ---------',
      'From: Piet Vos <piet@fjordline.example>',
      'Date: Wed, Dec 2, 2026 at 4:51 PM',
      'Subject: Quote',
      'To: <greta.holm@fjordline.example>',
    ],
  ],
  [
    'Apple Mail EN',
    [
      'Begin forwarded message:',
      '',
      'From: Piet Vos <piet@fjordline.example>',
      'Subject: Quote',
      'Date: 2 December 2026 at 16:51:07 CET',
      'To: Greta Holm <greta.holm@fjordline.example>',
    ],
  ],
  [
    'Thunderbird EN',
    [
      '-------- Forwarded Message --------',
      'Subject: \tQuote',
      'Date: \tWed, 2 Dec 2026 16:51:07 +0100',
      'From: \tPiet Vos <piet@fjordline.example>',
    ],
  ],
  [
    'Outlook EN "FW:" block',
    [
      '________________________________',
      'From: Piet Vos <piet@fjordline.example>',
      'Sent: Wednesday, December 2, 2026 4:51 PM',
      'To: Greta Holm',
      'Subject: Quote',
    ],
  ],
  [
    'Yahoo EN',
    [
      '----- Forwarded Message -----',
      'From: Piet Vos <piet@fjordline.example>',
      'To: Greta Holm <greta.holm@fjordline.example>',
      'Sent: Wednesday, December 2, 2026, 04:51:07 PM GMT+1',
      'Subject: Quote',
    ],
  ],
  [
    'Thunderbird DE',
    [
      '-------- Weitergeleitete Nachricht --------',
      'Betreff: \tAngebot',
      'Datum: \tWed, 2 Dec 2026 16:51:07 +0100',
      'Von: \tPiet Vos <piet@fjordline.example>',
    ],
  ],
  [
    'Thunderbird FR',
    [
      '-------- Message transféré --------',
      'Sujet : \tDevis',
      'Date : \tWed, 2 Dec 2026 16:51:07 +0100',
      'De : \tPiet Vos <piet@fjordline.example>',
      'Pour : \tGreta Holm',
    ],
  ],
  ['Apple Mail PT', ['Início da mensagem reencaminhada:', '', 'De: Piet Vos <piet@fjordline.example>', 'Assunto: Orçamento']],
  ['Apple Mail PL', ['Początek przekazywanej wiadomości:', '', 'Od: Piet Vos <piet@fjordline.example>', 'Temat: Oferta']],
  ['Apple Mail CS', ['Začátek přeposílané zprávy:', '', 'Od: Piet Vos <piet@fjordline.example>', 'Předmět: Nabídka']],
  ['Apple Mail UK', ['Початок листа, що пересилається:', '', 'Від: Piet Vos <piet@fjordline.example>', 'Тема: Пропозиція']],
  ['Apple Mail TR', ['İleti başlangıcı:', '', 'Kimden: Piet Vos <piet@fjordline.example>', 'Konu: Teklif']],
  ['Apple Mail VI', ['Bắt đầu tin nhắn được chuyển tiếp:', '', 'Từ: Piet Vos <piet@fjordline.example>', 'Chủ đề: Báo giá']],
  ['Apple Mail KO', ['전달된 메일:', '', '보낸 사람: Piet Vos <piet@fjordline.example>', '제목: 견적']],
  ['Apple Mail DA', ['Start på videresendt besked:', '', 'Fra: Piet Vos <piet@fjordline.example>', 'Emne: Tilbud']],
  ['Apple Mail NO', ['Videresendt melding:', '', 'Fra: Piet Vos <piet@fjordline.example>', 'Emne: Tilbud']],
  ['Yandex RU', ['-------- Пересылаемое сообщение --------', '02.12.2026, 16:51, "Piet Vos" <piet@fjordline.example>:']],
  [
    'Mail.ru RU',
    [
      '-------- Пересылаемое сообщение --------',
      'От кого: Piet Vos <piet@fjordline.example>',
      'Кому: Greta Holm',
      'Дата: Среда, 2 декабря 2026, 16:51 +01:00',
    ],
  ],
  ['Outlook JA', ['-----Original Message-----', '差出人: Piet Vos <piet@fjordline.example>', '送信日時: 2026年12月2日 16:51']],
  [
    'Gmail VI',
    ['---------- Thư đã chuyển tiếp ---------', 'Từ: Piet Vos <piet@fjordline.example>', 'Date: Th 4, 2 thg 12, 2026 vào lúc 16:51'],
  ],
  ['Gmail TR', ['---------- Yönlendirilen ileti ---------', 'Gönderen: Piet Vos <piet@fjordline.example>', 'Date: 2 Ara 2026 Çar, 16:51']],
];

// Bottom-posting, inline replies, and bodies that start with an attribution.
export const INTERLEAVED: Array<[string, string, string[]]> = [
  [
    'bottom-posted under a Thunderbird attribution',
    'On 02/12/2026 16:51, Greta Holm wrote:\n> Can we walk the site next week?\n\nTuesday suits us.\n\nOwen',
    ['Tuesday suits us.', '', 'Owen'],
  ],
  [
    'inline answers between quoted questions',
    'On Wed, Dec 2, 2026 at 4:51 PM Greta Holm <greta.holm@fjordline.example> wrote:\n> Which day?\nTuesday.\n> How many people?\nThree of us.\n\nOwen',
    ['Tuesday.', 'Three of us.', '', 'Owen'],
  ],
  ['nested quotes with spaces ("> > ")', 'Agreed.\n\n> > Can we walk the site?\n> Yes, Tuesday.\n', ['Agreed.']],
  [
    '"|" quote prefix under an attribution',
    'Agreed.\n\nOn 02/12/2026 16:51, Greta Holm wrote:\n| Can we walk the site?\n| Greta',
    ['Agreed.'],
  ],
  ['a quote with no attribution, answer below', '> Can we walk the site next week?\nTuesday suits us.', ['Tuesday suits us.']],
  [
    'the body starts with an attribution and ends with the answer',
    'Greta Holm <greta.holm@fjordline.example> schrieb am Mi., 2. Dez. 2026, 16:51:\n> Passt Dienstag?\n\nJa, Dienstag passt.',
    ['Ja, Dienstag passt.'],
  ],
  [
    'a single line reply above an unprefixed Gmail quote',
    'Yes.\nOn Wed, Dec 2, 2026 at 4:51 PM Greta Holm <greta.holm@fjordline.example> wrote:\nCan we walk the site next week?',
    ['Yes.'],
  ],
  [
    'a reply ending with a mobile footer, then an attribution',
    'Fine by me.\n\nSent from my iPhone\n\nOn Dec 2, 2026, at 4:51 PM, Greta Holm <greta.holm@fjordline.example> wrote:\n\n> Can we?',
    ['Fine by me.', '', 'Sent from my iPhone'],
  ],
  [
    'an attribution glued to the reply with no space',
    'Fine by me.On Wed, Dec 2, 2026 at 4:51 PM Greta Holm <greta.holm@fjordline.example> wrote:\n> Can we?',
    ['Fine by me.'],
  ],
  [
    'same line, Japanese',
    '承知しました。2026年12月2日(水) 16:51 Greta Holm <greta.holm@fjordline.example>:\n> 来週はいかがですか？',
    ['承知しました。'],
  ],
  [
    'same line, Polish',
    'Pasuje. śr., 2 gru 2026 o 16:51 Greta Holm <greta.holm@fjordline.example> napisał(a):\n> Czy wtorek?',
    ['Pasuje.'],
  ],
  [
    'same line, Russian Gmail',
    'Подходит. ср, 2 дек. 2026 г. в 16:51, Greta Holm <greta.holm@fjordline.example>:\n> Во вторник?',
    ['Подходит.'],
  ],
  [
    'same line, Turkish',
    'Uygun. Greta Holm <greta.holm@fjordline.example>, 2 Ara 2026 Çar, 16:51 tarihinde şunu yazdı:\n> Salı?',
    ['Uygun.'],
  ],
  [
    'same line, Portuguese',
    'Combinado. Em qua., 2 de dez. de 2026 às 16:51, Greta Holm <greta.holm@fjordline.example> escreveu:\n> Terça?',
    ['Combinado.'],
  ],
];

// Lines that look like quote or forward markers and are the writer's own.
export const NOT_QUOTES: Array<[string, string]> = [
  ['a lone ">>>" between steps', 'Step one: sign.\n>>>\nStep two: send it back.'],
  ['a link inside ">>> … <<<"', 'Book here:\n>>> https://book.tallyworks.example/slots <<<\nSee you.'],
  ['a sentence ending in "wrote:"', 'Look at what the inspector wrote:\nall exits are clear.'],
  ['a sentence mentioning forwarding', 'I have forwarded your note to our finance team.\nThey will reply by Friday.'],
  ['a "From:" inside a sentence line', 'From: the plan we agreed, step two is next.\nOwen'],
  ['a dashed heading that is not a separator', '---------- Agenda ----------\n1. Budget\n2. Timing'],
  ['a time line ending in a colon', 'Times on 2 Dec 2026:\n09:00 arrival\n10:00 walk'],
];

export const BODY = 'The floor plans are attached.';

// [rule or client, closing, signature lines expected]
export const SIGNATURES: Array<[string, string[], string[]]> = [
  [
    '"-- " then name, title, phone',
    ['-- ', 'Greta Holm', 'Site Manager | Fjordline AS', '+47 912 34 567'],
    ['Greta Holm', 'Site Manager | Fjordline AS', '+47 912 34 567'],
  ],
  ['"--" then a one-line signature', ['--', 'Greta Holm · Fjordline AS · +47 912 34 567'], ['Greta Holm · Fjordline AS · +47 912 34 567']],
  ['"-Greta"', ['-Greta'], ['-Greta']],
  ['"- Greta Holm"', ['- Greta Holm'], ['- Greta Holm']],
  ['"-G" initial', ['-G'], ['-G']],
  ['"~Greta"', ['~Greta'], ['~Greta']],
  ['name-only with initial', ['Greta H.'], ['Greta H.']],
  ['name and title after a blank line', ['Greta Holm', 'Site Manager, Fjordline AS'], ['Greta Holm', 'Site Manager, Fjordline AS']],
  ['"Thanks in advance," then name', ['Thanks in advance,', 'Greta'], ['Greta']],
  [
    '"Best regards," then a block',
    ['Best regards,', 'Greta Holm', 'Fjordline AS', 'www.fjordline.example'],
    ['Greta Holm', 'Fjordline AS', 'www.fjordline.example'],
  ],
  ['"Many thanks!" then name', ['Many thanks!', 'Greta'], ['Greta']],
  ['"Thank you!" then name', ['Thank you!', 'Greta'], ['Greta']],
  ['"Regards" with em dash', ['Regards —', 'Greta'], ['Greta']],
  ['"Cheers, Greta" on one line', ['Cheers, Greta'], ['Cheers, Greta']],
  ['DE "Mit freundlichen Grüßen"', ['Mit freundlichen Grüßen', 'Greta Holm'], ['Greta Holm']],
  ['DE "Viele Grüße aus Bergen"', ['Viele Grüße aus Bergen', 'Greta'], ['Greta']],
  ['FR "Cordialement,"', ['Cordialement,', 'Greta Holm'], ['Greta Holm']],
  ['FR "Bien à vous,"', ['Bien à vous,', 'Greta Holm'], ['Greta Holm']],
  ['ES "Saludos,"', ['Saludos,', 'Greta'], ['Greta']],
  ['ES "Un cordial saludo,"', ['Un cordial saludo,', 'Greta Holm'], ['Greta Holm']],
  ['PT "Atenciosamente,"', ['Atenciosamente,', 'Greta Holm'], ['Greta Holm']],
  ['IT "Cordiali saluti"', ['Cordiali saluti', 'Greta Holm'], ['Greta Holm']],
  ['NL "Met vriendelijke groet,"', ['Met vriendelijke groet,', 'Greta Holm'], ['Greta Holm']],
  ['SV "Med vänlig hälsning"', ['Med vänlig hälsning', 'Greta Holm'], ['Greta Holm']],
  ['NO "Med vennlig hilsen"', ['Med vennlig hilsen', 'Greta Holm'], ['Greta Holm']],
  ['DA "Med venlig hilsen"', ['Med venlig hilsen', 'Greta Holm'], ['Greta Holm']],
  ['PL "Pozdrawiam serdecznie,"', ['Pozdrawiam serdecznie,', 'Greta Holm'], ['Greta Holm']],
  ['CS "S pozdravem"', ['S pozdravem', 'Greta Holm'], ['Greta Holm']],
  ['RU "С уважением,"', ['С уважением,', 'Грета Холм'], ['Грета Холм']],
  ['UK "З повагою,"', ['З повагою,', 'Грета Холм'], ['Грета Холм']],
  ['TR "Saygılarımla,"', ['Saygılarımla,', 'Greta Holm'], ['Greta Holm']],
  ['VI "Trân trọng,"', ['Trân trọng,', 'Greta Holm'], ['Greta Holm']],
  ['JA "よろしくお願いいたします。"', ['よろしくお願いいたします。', 'ホルム グレタ'], ['ホルム グレタ']],
  ['ZH "此致"', ['此致', '敬礼', '霍尔姆'], ['霍尔姆']],
  ['KO "감사합니다."', ['감사합니다.', '그레타 홈'], ['그레타 홈']],
  ['"Sent from my iPhone" alone', ['Sent from my iPhone'], ['Sent from my iPhone']],
  ['"Sent from my iPad"', ['Sent from my iPad'], ['Sent from my iPad']],
  [
    'BlackBerry long footer',
    ['Sent from my BlackBerry® smartphone on the Fjordnet network'],
    ['Sent from my BlackBerry® smartphone on the Fjordnet network'],
  ],
  ['"Sent from my HTC"', ['Sent from my HTC'], ['Sent from my HTC']],
  ['"Sent from Mailbox"', ['Sent from Mailbox'], ['Sent from Mailbox']],
  ['"Sent from Mailbox for iPhone"', ['Sent from Mailbox for iPhone'], ['Sent from Mailbox for iPhone']],
  ['"Get Outlook for Android"', ['Get Outlook for Android<https://aka.ms/ghei36>'], ['Get Outlook for Android<https://aka.ms/ghei36>']],
  ['"Get Outlook for iOS" bare', ['Get Outlook for iOS'], ['Get Outlook for iOS']],
  ['"Sent from Outlook for Android"', ['Sent from Outlook for Android'], ['Sent from Outlook for Android']],
  ['"Sent from my Galaxy"', ['Sent from my Galaxy'], ['Sent from my Galaxy']],
  ['"Sent from Yahoo Mail for iPhone"', ['Sent from Yahoo Mail for iPhone'], ['Sent from Yahoo Mail for iPhone']],
  ['"Sent with Proton Mail secure email."', ['Sent with Proton Mail secure email.'], ['Sent with Proton Mail secure email.']],
  ['"Sent from Mail for Windows"', ['Sent from Mail for Windows'], ['Sent from Mail for Windows']],
  ['NL "Verstuurd vanaf mijn iPhone"', ['Verstuurd vanaf mijn iPhone'], ['Verstuurd vanaf mijn iPhone']],
  ['VI "Gửi từ iPhone của tôi"', ['Gửi từ iPhone của tôi'], ['Gửi từ iPhone của tôi']],
  ['KO "나의 iPhone에서 보냄"', ['나의 iPhone에서 보냄'], ['나의 iPhone에서 보냄']],
  ['PL "Wysłane z mojego iPhone\'a"', ["Wysłane z mojego iPhone'a"], ["Wysłane z mojego iPhone'a"]],
  ['Samsung DE', ['Gesendet von meinem Samsung Galaxy Smartphone.'], ['Gesendet von meinem Samsung Galaxy Smartphone.']],
  ['sign-off, name, then a mobile footer', ['Thanks,', 'Greta', '', 'Get Outlook for Android'], ['Greta', '', 'Get Outlook for Android']],
  ['"-- " signature then mobile footer', ['-- ', 'Greta Holm', 'Sent from my iPhone'], ['Greta Holm', 'Sent from my iPhone']],
];

// Closings that are not signatures: the words stay the writer's.
export const NOT_SIGNATURES: Array<[string, string]> = [
  ['"Sent from my desk" inside a sentence', 'The contract is ready.\n\nSent from my desk, which is much easier than my phone.'],
  ['a "--" inside a sentence', 'Here is a fix -- this is not a signature.\n\nThe rest follows next week.'],
  ['a bullet list with dashes', 'Two points:\n\n- Budget approved\n- Timing agreed'],
  ['a last line that is a question', 'The plans are attached.\nCan you check them?'],
  ['"Thanks for the plans." as a sentence', 'Thanks for the plans.\nWe start on Monday.'],
];

// More clients' plain text: Zoho, GMX/Web.de, Horde, dash lines, a lost colon, two-line sign-offs.
export const MORE_CLIENTS: Array<[string, string, string[]]> = [
  [
    'Zoho "---- On … wrote ----"',
    'Yes, Tuesday.\n\n---- On Wed, 02 Dec 2026 16:51:07 +0100 Greta Holm <greta@fjordline.example> wrote ----\n\nCan we walk?\nGreta',
    ['Yes, Tuesday.'],
  ],
  [
    'GMX/Web.de block opening with "Gesendet:"',
    'Yes, Tuesday.\n\nGesendet: Mittwoch, 02. Dezember 2026 um 16:51 Uhr\nVon: "Greta Holm" <greta@fjordline.example>\nAn: owen@tallyworks.example\nBetreff: Begehung\n\nKönnen wir?',
    ['Yes, Tuesday.'],
  ],
  ['Horde "Quoting …:"', 'Yes.\n\nQuoting Greta Holm <greta@fjordline.example>:\n\n> Can we?', ['Yes.']],
  [
    'an attribution that lost its colon, above ">"',
    'Yes.\n\nOn Wed, Dec 2, 2026 at 4:51 PM Greta Holm <greta@fjordline.example> wrote\n> Can we?',
    ['Yes.'],
  ],
  ['a dash line above a header block', 'Yes.\n\n-----\nFrom: Greta Holm\nSent: Wednesday\n\nCan we?', ['Yes.']],
  ['Finnish Gmail', 'Kyllä.\n\nke 2. jouluk. 2026 klo 16.51 Greta Holm (greta@fjordline.example) kirjoitti:\n\n> Mennäänkö?', ['Kyllä.']],
  [
    'Hungarian Gmail',
    'Igen.\n\nGreta Holm <greta@fjordline.example> ezt írta (időpont: 2026. dec. 2., Sze, 16:51):\n\n> Mehetünk?',
    ['Igen.'],
  ],
];

// HTML bodies as clients send them: the quote element or header block is cut, the writer's text kept.
export const HTML_BODIES: Array<[string, string, string[]]> = [
  [
    'Thunderbird cite prefix and blockquote, answer below',
    '<div>Yes, Tuesday.</div><div class="moz-cite-prefix">On 02/12/2026 16:51, Greta Holm wrote:<br></div><blockquote type="cite">Can we walk?</blockquote><div>Owen</div>',
    ['Yes, Tuesday.', '', 'Owen'],
  ],
  [
    'Outlook desktop bold header block under a border',
    '<div><p>Yes, Tuesday.</p></div><div style="border:none;border-top:solid #E1E1E1 1.0pt"><p><b>From:</b> Greta Holm &lt;greta@fjordline.example&gt;<br><b>Sent:</b> Wednesday, December 2, 2026 4:51 PM<br><b>To:</b> Owen<br><b>Subject:</b> Walk</p></div><p>Can we walk?</p>',
    ['Yes, Tuesday.'],
  ],
  [
    'an <hr> and a French header block',
    '<p>Oui, mardi.</p><hr><b>De :</b> Greta Holm<br><b>Envoyé :</b> mercredi 2 décembre 2026 16:51<br><b>À :</b> Owen<br><p>On visite ?</p>',
    ['Oui, mardi.'],
  ],
  [
    'new Outlook reference container',
    '<div>Yes, Tuesday.</div><div id="mail-editor-reference-message-container"><div>Can we walk?</div></div>',
    ['Yes, Tuesday.'],
  ],
  [
    'Proton quote',
    '<div>Yes, Tuesday.</div><div class="protonmail_quote">On Wednesday, December 2nd, 2026 at 4:51 PM, Greta Holm &lt;greta@fjordline.example&gt; wrote:<br><blockquote class="protonmail_quote">Can we walk?</blockquote></div>',
    ['Yes, Tuesday.'],
  ],
  [
    'Gmail received, m_ prefixed quote',
    '<div dir="ltr">Yes, Tuesday.<div class="m_-4412gmail_quote"><div class="m_-4412gmail_attr">On Wed, Dec 2, 2026 at 4:51 PM Greta wrote:</div>Can we walk?</div></div>',
    ['Yes, Tuesday.'],
  ],
  [
    'Yahoo quoted with an id',
    '<div>Yes.</div><div id="yahoo_quoted_9876" class="yahoo_quoted"><div>On Wednesday, December 2, 2026, 04:51:07 PM GMT+1, Greta Holm wrote:</div><div>Can we?</div></div>',
    ['Yes.'],
  ],
  [
    'Yandex attribution above a blockquote',
    '<div>Да.</div><div>02.12.2026, 16:51, "Greta Holm" &lt;greta@fjordline.example&gt;:</div><blockquote><div>Можем?</div></blockquote>',
    ['Да.'],
  ],
];

// Closings seen less often: two sign-offs joined, no blank line before the signature, a footer after a name.
export const MORE_SIGNATURES: Array<[string, string, string[], string[]]> = [
  ['"Thanks,", a blank line, the name', 'Text here.\n\nThanks,\n\nGreta', ['Text here.', ''], ['Greta']],
  [
    'no blank line before name, title and phone',
    'Text here.\nGreta Holm\nSite Manager\nFjordline AS\n+47 912 34 567',
    ['Text here.'],
    ['Greta Holm', 'Site Manager', 'Fjordline AS', '+47 912 34 567'],
  ],
  [
    'a name, a blank line, a mobile footer',
    'Text here.\n\nGreta Holm\n\nSent from my iPhone',
    ['Text here.', ''],
    ['Greta Holm', '', 'Sent from my iPhone'],
  ],
  [
    'a contact block then "Sent from Outlook for iOS"',
    'Text here.\n\nGreta Holm\nSite Manager, Fjordline AS\nhttps://fjordline.example\n\nSent from Outlook for iOS',
    ['Text here.', ''],
    ['Greta Holm', 'Site Manager, Fjordline AS', 'https://fjordline.example', '', 'Sent from Outlook for iOS'],
  ],
  ['"Cheers" above "-Greta"', 'Text here.\n\nCheers\n-Greta', ['Text here.', ''], ['-Greta']],
  [
    '"Best" above a "--" separator',
    'Text here.\n\nBest\n\n--\nGreta Holm\nFjordline AS',
    ['Text here.', ''],
    ['Greta Holm', 'Fjordline AS'],
  ],
  ['"My best,"', 'Text here.\n\nMy best,\nGreta', ['Text here.', ''], ['Greta']],
  ['"Thanks and regards,"', 'Text here.\n\nThanks and regards,\nGreta', ['Text here.', ''], ['Greta']],
  ['"Thanks & regards,"', 'Text here.\n\nThanks & regards,\nGreta', ['Text here.', ''], ['Greta']],
  ['ES "Muchas gracias y un saludo,"', 'Text here.\n\nMuchas gracias y un saludo,\nGreta', ['Text here.', ''], ['Greta']],
  ['FR "Bisous,"', 'Text here.\n\nBisous,\nGreta', ['Text here.', ''], ['Greta']],
  ['RU "Всего наилучшего,"', 'Text here.\n\nВсего наилучшего,\nГрета', ['Text here.', ''], ['Грета']],
];

// Separators with no dashes, and a sentence that only looks like a Yandex attribution.
export const BARE_SEPARATORS: Array<[string, string, string[]]> = [
  ['"Original Message" with no dashes above a header block', 'Reply.\n\nOriginal Message\nFrom: Greta\nSent: Wed\n\nquoted', ['Reply.']],
  [
    'a "FW:" subject line above a header block',
    'Please see below.\n\nFW: Quote\n\nFrom: Piet Vos <piet@fjordline.example>\nSent: Wed\n\nHi',
    ['Please see below.'],
  ],
  [
    'a sentence with a date and an address ending in a colon',
    'The meeting on 02.12.2026, 16:51, Greta Holm <greta@fjordline.example>:\nplease confirm',
    ['The meeting on 02.12.2026, 16:51, Greta Holm <greta@fjordline.example>:', 'please confirm'],
  ],
];

export const EVEN_MORE_SIGNATURES: Array<[string, string, string[], string[]]> = [
  [
    'PT Samsung footer',
    'Text.\n\nEnviado a partir do meu smartphone Samsung Galaxy.',
    ['Text.', ''],
    ['Enviado a partir do meu smartphone Samsung Galaxy.'],
  ],
  [
    'FR Samsung footer',
    'Text.\n\nEnvoyé à partir de mon smartphone Samsung Galaxy.',
    ['Text.', ''],
    ['Envoyé à partir de mon smartphone Samsung Galaxy.'],
  ],
  ['IT Samsung footer', 'Text.\n\nInviato dal mio dispositivo Galaxy', ['Text.', ''], ['Inviato dal mio dispositivo Galaxy']],
  ['ZH-TW iPhone footer', 'Text.\n\n從我的 iPhone 傳送', ['Text.', ''], ['從我的 iPhone 傳送']],
  ['ZH Huawei footer', 'Text.\n\n来自我的华为手机', ['Text.', ''], ['来自我的华为手机']],
  [
    'a legal notice after the signature',
    'Text.\n\nGreta Holm\nHead of Sales | Fjordline AS\n\nThis e-mail may contain confidential information. If you are not the intended recipient, please delete it.',
    ['Text.', ''],
    [
      'Greta Holm',
      'Head of Sales | Fjordline AS',
      '',
      'This e-mail may contain confidential information. If you are not the intended recipient, please delete it.',
    ],
  ],
  ['"xoxo" then name', 'Text.\n\nxoxo\nGreta', ['Text.', ''], ['Greta']],
  ['"Best - Greta" on one line', 'Text.\n\nBest - Greta', ['Text.', ''], ['Best - Greta']],
  [
    '"Regards, Greta Holm | Fjordline" on one line',
    'Text.\n\nRegards, Greta Holm | Fjordline',
    ['Text.', ''],
    ['Regards, Greta Holm | Fjordline'],
  ],
];
