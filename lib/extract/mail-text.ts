import { cleanText } from './clean';
import { QUOTE_MARK, QUOTE_SKIP, QUOTE_STOP, walkBody, type BodyLink, type BodyText } from './mail-walk';

export { QUOTE_START, type BodyLink, type BodyText } from './mail-walk';

/**
 * A message's own words: its body with quoted older mail and forwarded messages cut off, in plain
 * text and HTML, from the usual clients and in the languages reps meet (attribution lines, header
 * blocks, "Original Message" separators, ">" quotes). Text written after a quote (bottom-posting,
 * inline replies) is kept. Runs in the extension (panel, tests, injected page reader); the webmail
 * content scripts only walk the markup (mail-walk.ts) and send the lines here.
 */

// Verbs that end an attribution ("… wrote:"), in English, German, French, Spanish, Portuguese,
// Italian, Dutch, the Scandinavian languages, Polish, Czech, Russian, Ukrainian, Turkish, Vietnamese,
// Japanese, Chinese and Korean.
const VERB =
  'wrote|writes|has written|sent|kirjoitti|geschreven|geschrieben|a écrit|a ecrit|écrit|escribió|escribio|escreveu|ha scritto|scrisse|schreef|schrieb|skrev|pisze|napisał\\(a\\)|napisała|napisał|napsal\\(a\\)|napsala|napsal|написал\\(а\\)|написала|написал|пишет|написав\\(ла\\)|написав|написала|пише|şunu yazdı|yazdı|đã viết|viết|写道|寫道|書きました|작성|님이 작성';
// Words an attribution starts with ("On …", "Am …", "Le …", "El …", "W dniu …", a date).
const OPENER = /^(?:on|am|le|el|em|il|il giorno|op|den|w dniu|dne|vào|в|у|\d{1,4}[./-]|\d{4}年|\d{4}년|在)(?=[\s,]|\d)/iu;
const VERB_END = new RegExp(`(?:^|[\\s,>)\\]"”])(?:${VERB})\\s*[:：]$|(?:写道|寫道|書きました|작성|のメール)\\s*[:：]$`, 'iu');
// "Am 03.03.2026 um 09:14 schrieb Ana Lima <ana@…>:", "Op … schreef …:", "Den … skrev …:"
const VERB_MIDDLE = /(?:^|\s)(?:schrieb|schreef|skrev|napsal|napisał|ezt írta)\s.{0,200}[:：]$/iu;
// Horde, SquirrelMail and others: "Quoting Ana Lima <ana@…>:", "Zitat von …:", "Citando …:".
const QUOTING = /^(?:quoting|zitat von|citando|citation de|cytuję|цитата)\s.{1,200}[:：]$/iu;
// An attribution that lost its colon ("… Ana Lima <ana@…> wrote"): only above a quote.
const VERB_NO_COLON = /^(?:on|am|le|el|em|il|op|den)\s.*\d.*\s(?:wrote|schrieb|a écrit|escribió|escreveu|ha scritto|schreef|skrev)$/iu;
// "вт, 3 мар. 2026 г. в 09:14, Ana Lima <ana@…>:", "2026年3月3日(火) 9:14 Ana Lima <ana@…>:", Yandex, Mail.ru
// It opens with its date, or a weekday before it ("Среда, 2 декабря …"): "The meeting on 02.12.2026, …:" is a sentence.
const DATE_THEN_ADDRESS =
  /^(?:[^\s\d]+\s+){0,2}\d.*[\s<(["]?(?:mailto:)?[^\s<>()[\]@]+@[^\s<>()[\]@]+\.[^\s<>()[\]@:]+[>)\]]?\)?\s*[:：]$/u;
// Older Gmail (Chinese, Japanese locales): "2026/12/2 Ana Lima <ana@…>", a date then a name and address, no colon.
const DATE_NAME_ADDRESS = /^\d{4}[/-]\d{1,2}[/-]\d{1,2}(?:\s+\d{1,2}:\d{2})?\s+[^<>@]{0,80}<[^\s<>@]+@[^\s<>@]+>$/u;
// Korean Gmail: "… Ana Lima <ana@…>님이 작성:"
const KOREAN = /님이\s*작성\s*[:：]?$/u;
// Mail.ru with a name and no address: "Вторник, 1 декабря 2026, 9:12 +03:00 от Ани Лимы:" (a year, a time, "от").
const DATE_TIME_FROM_NAME = /^(?:[^\s\d]+,?\s+)?\d.*\d{4}.*\d{1,2}:\d{2}.*\sот\s+[^:：<>@]{1,80}[:：]$/iu;
const CAPITALISED_AFTER_OPENER = /^(?:On|Am|Le|El|Em|Il|Op|Den)\s+\p{Lu}/u;

/**
 * Whether `text` is an attribution: `strong` when it names a date or an address (or opens like one),
 * so it ends the message even with no ">" lines after it; a bare "Ana Lima wrote:" counts only before
 * a quote. "Here is what she wrote:" is neither (no opener, no date, no address, too many words).
 */
function attribution(text: string): 'strong' | 'weak' | undefined {
  if (text.length > 400) return undefined;
  const evidence = /@|\d/.test(text);
  if (VERB_END.test(text)) {
    if (evidence || CAPITALISED_AFTER_OPENER.test(text)) return 'strong';
    // "Ana Lima wrote:" (Thunderbird without a date): a name of at most four words.
    const before = text.replace(VERB_END, '').trim();
    return /^[\p{Lu}"'“][\p{L}"'”.\s-]{0,60}$/u.test(before) && before.split(/\s+/).length <= 4 ? 'weak' : undefined;
  }
  if ((VERB_MIDDLE.test(text) || QUOTING.test(text)) && evidence) return 'strong';
  if (VERB_NO_COLON.test(text)) return 'weak';
  if (DATE_THEN_ADDRESS.test(text) && (OPENER.test(text) || /\d{1,2}:\d{2}|\d{4}/.test(text))) return 'strong';
  if (KOREAN.test(text) || DATE_NAME_ADDRESS.test(text) || DATE_TIME_FROM_NAME.test(text)) return 'strong';
  return undefined;
}

// Labels of a header block ("From:", "Von:", "De :", "От:", "差出人:", …), plain or bold ("*From:*").
const FROM_LABELS =
  'from|de|von|da|van|från|fra|od|від|от кого|от|kimden|gönderen|từ|người gửi|差出人|送信者|发件人|發件人|寄件者|寄件人|보낸 사람|보낸사람|mittente|remitente|afzender|avsändare|avsender|afsender|nadawca|odesílatel|отправитель|відправник|lähettäjä|feladó';
const NEXT_LABELS =
  'sent|date|to|subject|cc|bcc|reply-to|envoyé|envoye|date|à|a|objet|sujet|pour|cc|gesendet|datum|an|betreff|enviado|enviada|fecha|para|asunto|data|assunto|inviato|oggetto|verzonden|aan|onderwerp|skickat|till|ämne|sendt|til|emne|dato|wysłane|wysłano|do|temat|odesláno|komu|předmět|отправлено|дата|кому|тема|копия|надіслано|відправлено|тема|gönderildi|tarih|kime|konu|đã gửi|ngày|đến|chủ đề|gửi|送信日時|日付|宛先|件名|发送时间|发送日期|日期|时间|收件人|主题|傳送時間|日期|收件者|主旨|보낸 날짜|날짜|받는 사람|제목|lähetetty|päivämäärä|vastaanottaja|aihe';
const HEADER_FROM = new RegExp(`^\\*{0,2}(?:${FROM_LABELS})\\*{0,2}\\s?[:：]\\*{0,2}\\s*\\S`, 'iu');
const HEADER_NEXT = new RegExp(`^\\*{0,2}(?:${NEXT_LABELS})\\*{0,2}\\s?[:：]`, 'iu');
// Labels a block may open with instead of the sender's (Apple Mail's and Thunderbird's forwards: "Subject:", "Date:").
const HEADER_OPEN = new RegExp(
  `^\\*{0,2}(?:subject|date|sent|gesendet|envoyé|enviado|inviato|verzonden|skickat|sendt|wysłano|odesláno|отправлено|надіслано|gönderildi|sujet|betreff|datum|asunto|fecha|assunto|oggetto|onderwerp|ämne|emne|temat|předmět|тема|дата|konu|tarih|chủ đề|件名|日付|主题|主旨|제목|날짜)\\*{0,2}\\s?[:：]\\*{0,2}\\s*\\S`,
  'iu',
);
// The whole block flattened on one line: "From: Ana Lima Sent: Tuesday … To: Maya Subject: …".
const HEADER_INLINE = new RegExp(
  `\\s\\*{0,2}(?:sent|date|to|subject|envoyé|gesendet|enviado|enviada em|inviato|verzonden|skickat|sendt|wysłane|wysłano|odesláno|отправлено|дата|надіслано|gönderildi|đã gửi|送信日時|发送时间|發送時間|寄件日期|보낸 날짜)\\*{0,2}\\s?[:：]\\s`,
  'iu',
);

// Words that say a message is forwarded or is the original one, in the same languages.
const FORWARD =
  /forwarded|\bfwd\b|réexpédié|reexpedie|transféré|transfere|weitergeleitet|reenviado|reencaminhad|encaminhad|inoltrat|doorgestuurd|vidarebefordra|videresendt|przekazan|przekazyw|przesłan|přeposlan|přeposíl|пересла|пересыл|переадрес|пересил|iletilen|yönlendiril|chuyển tiếp|転送|转发|轉寄|轉發|전달/iu;
const ORIGINAL =
  /original|repl(?:y|ied) message|özgün ileti|d'origine|ursprüngliche|originale|oorspronkelijk|originalmeddelande|opprinnelig|oprindelig|oryginalna|původní|исходное|оригинальн|вихідне|оригінальн|orijinal|thư gốc|元のメッセージ|オリジナル|原始邮件|原始郵件|원본 메시지|alkuperäinen/iu;
// "-----Original Message-----", "---------- Forwarded message ---------", "-------- Пересланное сообщение --------"
const DASHED = /^[-_=*~]{2,}\s*([^-_=*~].{0,80}?)\s*[-_=*~]{2,}$/u;
// "Begin forwarded message:", "Début du message réexpédié :", "转发的邮件："
const FORWARD_INTRO = /^.{0,60}[:：]$/u;

/** True for a ">" quote line; a lone ">>>" or ">>> link <<<" (an arrow, not a quote) is not one. */
function isQuoteLine(line: string): boolean {
  if (line === QUOTE_MARK) return true;
  if (!line.startsWith('>')) return false;
  if (/^>{2,}\s*$/.test(line) || /<<<?\s*$/.test(line)) return false;
  return true;
}

/** How many lines (1 to 3) form an attribution starting at `index`, and how sure it is; none when none does. */
function attributionAt(lines: readonly string[], index: number): { span: number; kind: 'strong' | 'weak' } | undefined {
  let joined = '';
  // A weak reading ("… 09:14 skrev" with no colon) gives way to a strong one over more lines ("… skrev" / "Ana <ana@…>:").
  let weak: { span: number; kind: 'weak' } | undefined;
  for (let count = 1; count <= 3 && index + count <= lines.length; count += 1) {
    const line = lines[index + count - 1]!;
    if (!line || isQuoteLine(line)) return weak;
    joined = joined ? `${joined} ${line}` : line;
    // A line that is an attribution on its own is found at its own index, not joined to the one above.
    if (count > 1 && OPENER.test(line) && attribution(line)) return weak;
    const kind = attribution(joined);
    if (kind === 'strong') return { span: count, kind };
    if (kind) weak ??= { span: count, kind };
    // Only a line that starts like one (an opener, a date, an address, a dangling "<" or ",") goes on.
    if (count === 1 && !OPENER.test(line) && !/@/.test(line) && !/[<,(]\s*$/.test(line) && !(/\d/.test(line) && !/[.!?]$/.test(line)))
      return weak;
  }
  return weak;
}

// Where an attribution may begin inside a line, after the reply's last words.
const INSIDE = /(?:[.!?。！？)]\s*|\s)(?=(?:On|Am|Le|El|Em|Il|Op|Den|W dniu|Dne|Vào)\s)/gu;

/** Where an attribution begins inside a line that starts with the reply's last words ("Sounds good. On Tue, … wrote:"). */
function attributionInside(line: string): number {
  if (!/[:：]$/.test(line) || line.length > 700) return -1;
  for (const match of line.matchAll(INSIDE)) {
    const start = match.index + match[0].length;
    if (start > 0 && attribution(line.slice(start)) === 'strong') return start;
  }
  // Attributions that open with a date, a weekday or a name ("ср, 2 дек. …", "2026年…", "Ana Lima <…>, … yazdı:")
  // after a sentence of the reply. The sentence has no digit and no opener, so "Am Di., 3. März …" and
  // "ср, 2 дек. 2026 …" are never split inside their own date.
  for (const match of line.matchAll(SENTENCE_END)) {
    const start = match.index + match[0].length;
    const before = line.slice(0, start).trim();
    const rest = line.slice(start);
    if (!rest || /[\d<@]/.test(before) || OPENER.test(before) || !/\p{L}.*\p{L}/u.test(before)) continue;
    // "tir. 3. mar. 2026 kl. 09:14 skrev …": a weekday's abbreviation, not a sentence.
    if (/^\p{L}{1,4}\.$/u.test(before) && /^\d/.test(rest)) continue;
    if (attribution(rest) === 'strong') return start;
  }
  return -1;
}
// A full stop and a space, or one right before a capital ("Fine by me.On Wed, …"); never one inside an address.
const SENTENCE_END = /[.!?](?:\s+|(?=\p{Lu}))|[。！？]\s*/gu;

/** True when a header block ("From: … / Sent: … / To: …") starts at `index`. */
function headerAt(lines: readonly string[], index: number): boolean {
  const line = lines[index]!;
  // "Subject: … / Date: … / From: …": a block that opens with another label holds a sender's label in its next lines.
  if (!HEADER_FROM.test(line))
    return (
      HEADER_OPEN.test(line) &&
      lines
        .slice(index + 1, index + 4)
        .filter(Boolean)
        .some((next) => HEADER_FROM.test(next))
    );
  if (HEADER_INLINE.test(line)) return true;
  let seen = 0;
  for (let next = index + 1; next < lines.length && next <= index + 6; next += 1) {
    const text = lines[next]!;
    if (!text) continue;
    if (HEADER_NEXT.test(text)) return true;
    // A wrapped "From:" line (a long name and address) may take one more line.
    if ((seen += 1) > 1) return false;
  }
  return false;
}

/** True when a header block starts on the line after `index` (a blank line between allowed). */
function headerBelow(lines: readonly string[], index: number): boolean {
  let next = index + 1;
  while (next < lines.length && !lines[next]) next += 1;
  return next < lines.length && next <= index + 2 && HEADER_FROM.test(lines[next]!) && headerAt(lines, next);
}

/** True when `index` is a separator that starts an older or forwarded message ("-----Original Message-----", "Begin forwarded message:"). */
function separatorAt(lines: readonly string[], index: number): boolean {
  const line = lines[index]!;
  const dashed = DASHED.exec(line);
  if (dashed) {
    if (FORWARD.test(dashed[1]!) || ORIGINAL.test(dashed[1]!)) return true;
    // Zoho: "---- On Wed, 02 Dec 2026 16:51:07 +0100 Ana Lima <ana@…> wrote ----".
    if (attribution(`${dashed[1]!.replace(/[:：]$/, '')}:`) === 'strong') return true;
    // Any words between dashes followed by a header block ("-------- Message --------" / "From: …").
    const next = lines.slice(index + 1, index + 4).find(Boolean);
    return !!next && (HEADER_FROM.test(next) || HEADER_NEXT.test(next));
  }
  if (/^(?:_{8,}|[-=]{3,})$/.test(line)) {
    const next = lines.slice(index + 1, index + 3).find(Boolean);
    return !!next && HEADER_FROM.test(next);
  }
  // "Original Message" or "FW: Quote" alone right above a header block.
  if (
    line.length <= 80 &&
    (ORIGINAL.test(line) || FORWARD.test(line) || /^(?:fwd?|tr|wg|rv|enc|vb|vs|doorst)\s?:/i.test(line)) &&
    headerBelow(lines, index)
  )
    return true;
  if (!FORWARD_INTRO.test(line)) return false;
  if (FORWARD.test(line) && !/\bwill\b|\bplease\b|\bcan\b/i.test(line)) return true;
  // A short line ending in a colon right above a header block introduces it, in any language ("İleti başlangıcı:").
  return headerBelow(lines, index);
}

/**
 * The indexes of a message's own lines: ">" quotes and their attributions are left out and the text
 * after them kept; a header block, an "Original Message" separator, a forward, or an attribution not
 * followed by ">" lines ends the message (everything after is older mail). Trailing blank lines go.
 */
export function ownLineIndexes(lines: readonly string[]): { keep: number[]; rewritten: Map<number, string> } {
  const keep: number[] = [];
  const rewritten = new Map<number, string>();
  // After an attribution, its quote: ">" lines (plain text) or a quote element's mark (HTML).
  const quoteFollows = (from: number) => {
    let next = from;
    while (next < lines.length && !lines[next]) next += 1;
    return next < lines.length && isQuoteLine(lines[next]!);
  };
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (isQuoteLine(line)) continue;
    const inside = attributionInside(line);
    if (inside > 0) {
      rewritten.set(index, line.slice(0, inside).trim());
      keep.push(index);
      if (!quoteFollows(index + 1)) break;
      continue;
    }
    const found = attributionAt(lines, index);
    if (found && quoteFollows(index + found.span)) {
      index += found.span - 1;
      continue;
    }
    if (found?.kind === 'strong') break;
    if (headerAt(lines, index) || separatorAt(lines, index)) break;
    keep.push(index);
  }
  // No blank line at either end, none twice in a row.
  const out: number[] = [];
  for (const index of keep) {
    const blank = !(rewritten.get(index) ?? lines[index]);
    if (blank && (!out.length || !(rewritten.get(out[out.length - 1]!) ?? lines[out[out.length - 1]!]))) continue;
    out.push(index);
  }
  while (out.length && !(rewritten.get(out[out.length - 1]!) ?? lines[out[out.length - 1]!])) out.pop();
  return { keep: out, rewritten };
}

/** A body's own lines (quotes, attributions and older mail cut), its links moved to the lines they now sit on. */
export function ownText(body: BodyText): BodyText {
  const { keep, rewritten } = ownLineIndexes(body.lines);
  const position = new Map(keep.map((index, at) => [index, at]));
  const links: BodyLink[] = [];
  for (const link of body.links) {
    const line = position.get(link.line);
    if (line !== undefined) links.push({ ...link, line });
  }
  return { lines: keep.map((index) => rewritten.get(index) ?? body.lines[index]!), links };
}

/** Lines up to the first quote marker, and the writer's lines after quotes ("On … wrote:", ">", "From: … Sent: …"). */
export function cutQuotedLines(lines: readonly string[]): string[] {
  return ownText({ lines: [...lines], links: [] }).lines;
}

/**
 * The writer's own lines of `root` and the links in them: quote elements left out, the walk stopped
 * at Outlook's reply header, then the plain-text rules. `skip` leaves out a subtree more (a signature
 * read on its own). At most `maxChars` are read.
 */
export function bodyText(root: Element, skip?: string, maxChars = 50_000): BodyText {
  return ownText(walkBody(root, skip ? `${QUOTE_SKIP},${skip}` : QUOTE_SKIP, QUOTE_STOP, maxChars));
}

/** Plain text (a `text/plain` body, a test's sample) as the writer's own lines. */
export function textLines(text: string): string[] {
  return cutQuotedLines(text.split(/\r?\n/).map((line) => cleanText(line, 5000) ?? ''));
}
