import type { BodyLink, BodyText } from './mail-walk';

/**
 * Where a message's signature is: its client's own signature element, else the lines after a "--"
 * line or a sign-off ("Best,", "Mit freundlichen Grüßen", "Cordialement", "С уважением"), a dash
 * sign-off ("-Ana"), a name alone at the end, or a last paragraph carrying contact details; a mobile
 * footer ("Sent from my iPhone") is signature, never the message's words. Runs in the extension, on
 * the lines the webmail content scripts send (mail-text.ts has cut the quotes).
 */

/** At most this many lines after the marker are a signature. */
export const MAX_SIGNATURE_LINES = 12;

// Sign-offs, a line of their own ("Best,", "Kind regards", "Cheers!"), in the languages reps meet.
const SIGN_OFF_WORDS = [
  // English
  'best|my best|xoxo|all my best|best regards|greetings|with thanks|with best regards|with kind regards|with regards|best wishes|all the best|all best|kind regards|kindest regards|warm regards|warmest regards|warmly|warm wishes|regards|many thanks|thanks|thanks again|thanks so much|thanks a lot|thanks in advance|thank you|thank you in advance|thank you very much|thx|tia|cheers|sincerely|sincerely yours|yours|yours sincerely|yours truly|yours faithfully|respectfully|talk soon|speak soon|take care|have a great day|have a good day|looking forward|br|kr|rgds',
  // German, French, Spanish, Portuguese, Italian, Dutch
  'mit freundlichen grüßen|mit freundlichen grüssen|freundliche grüße|freundliche grüsse|viele grüße|viele grüsse|beste grüße|beste grüsse|liebe grüße|liebe grüsse|herzliche grüße|schöne grüße|gruß|grüße|lg|vg|mfg|danke|vielen dank|danke im voraus',
  'bisous|bises|bonne soirée|bonne fin de journée|excellente journée|cordialement|bien cordialement|très cordialement|bien à vous|salutations|sincères salutations|meilleures salutations|merci|merci beaucoup|merci d.avance|bonne journée|à bientôt|amicalement|belle journée',
  'saludos|un saludo|un cordial saludo|cordial saludo|reciba un cordial saludo|saludos cordiales|cordiales saludos|atentamente|gracias|muchas gracias|un abrazo|abrazos|quedo atento|quedo atenta',
  'cumprimentos|melhores cumprimentos|com os melhores cumprimentos|atenciosamente|att|obrigad[oa]|muito obrigad[oa]|abraços|um abraço|abs',
  'cordiali saluti|distinti saluti|saluti|un saluto|grazie|grazie mille|buona giornata|a presto',
  'met vriendelijke groet|met vriendelijke groeten|vriendelijke groet|vriendelijke groeten|groeten|groetjes|hartelijke groet|mvg|dank je wel|bedankt',
  // Swedish, Norwegian, Danish
  'med vänlig hälsning|med vänliga hälsningar|vänliga hälsningar|vänlig hälsning|hälsningar|mvh|tack|tack på förhand',
  'med vennlig hilsen|vennlig hilsen|hilsen|takk|med venlig hilsen|venlig hilsen|de bedste hilsner|bedste hilsner|tak',
  // Polish, Czech, Russian, Ukrainian, Turkish, Vietnamese
  'pozdrawiam|pozdrawiam serdecznie|serdeczne pozdrowienia|z wyrazami szacunku|łączę pozdrowienia|z poważaniem|serdecznie pozdrawiam|pozdrowienia|dziękuję|dzięki',
  's pozdravem|se srdečným pozdravem|děkuji|díky|zdravím|hezký den',
  'всего наилучшего|до связи|хорошего дня|с уважением|с наилучшими пожеланиями|всего доброго|всего хорошего|спасибо|заранее спасибо|благодарю',
  'з повагою|з найкращими побажаннями|дякую|щиро дякую',
  'saygılarımla|saygılar|iyi çalışmalar|İyi çalışmalar|teşekkürler|teşekkür ederim|selamlar',
  'trân trọng|thân ái|thân mến|thân|cảm ơn|xin cảm ơn|chân thành cảm ơn|kính thư|kính chúc sức khỏe',
].join('|');
// Japanese, Chinese, Korean sign-offs (no word boundaries, often a full stop of their own).
const CJK_SIGN_OFF =
  'よろしくお願いします|よろしくお願いいたします|よろしくお願い致します|宜しくお願いします|宜しくお願い致します|敬具|以上|此致|敬礼|此致敬礼|谢谢|謝謝|祝好|顺祝商祺|順祝商祺|감사합니다|고맙습니다|안녕히 계세요';
// A place may follow ("Viele Grüße aus Bergen", "Greetings from Oslo").
const FROM_PLACE = '(?:\\s+(?:from|aus|de|desde|da|do|från|fra|z|ze|из|з|van|vanuit)\\s+\\p{Lu}[\\p{L}-]*(?:\\s\\p{Lu}[\\p{L}-]*)?)?';
// Two joined ("Thanks and regards", "Muchas gracias y un saludo", "Danke und viele Grüße").
const JOINED = `(?:${SIGN_OFF_WORDS})(?:\\s*(?:and|&|y|und|et|e|en|och|og|i|и|ve|và)\\s+(?:${SIGN_OFF_WORDS}))?`;
const SIGN_OFF = new RegExp(`^(?:${JOINED}${FROM_PLACE}|${CJK_SIGN_OFF})\\s*[,.!。！、，:–—-]*\\s*$`, 'iu');
// The same phrases followed by the name on one line ("Thanks, Ines", "Saludos, Ana").
const SIGN_OFF_THEN = new RegExp(`^(?:${SIGN_OFF_WORDS})\\s?[,!–—-]\\s+(.+)$`, 'iu');
const CAPITALISED_NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}$/u;

/** The name after a sign-off on the same line ("Thanks, Ines" → "Ines"); "Thanks, see you" has none. */
export function signOffName(line: string): string | undefined {
  // The name may carry its company after a bar or a dash ("Regards, Ana Lima | Verdemar").
  const rest = SIGN_OFF_THEN.exec(line)?.[1]?.split(/\s+[|·–—-]\s+/)[0];
  return rest && CAPITALISED_NAME.test(rest) ? rest : undefined;
}
const SEPARATOR = /^(--|—|–|-- ?|_{3,}|-{3,}|={3,}|\*{3,})$/;
// "-Ana", "- Jane Doe", "— Ana Lima", "--Ana": a dash and a name, the name being the signature.
const DASH_NAME = /^(?:-{1,2}|[–—~])\s?\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,3}$/u;
// Footers a mobile client adds: the writer did not type them.
const MOBILE_FOOTER =
  /^(sent from (my )?\S.{0,70}|sent (with|via) \S.{0,70}|(get|sent from) outlook for (android|ios)\S*|envoyé de mon .{1,50}|envoyé à partir de .{1,50}|enviado a partir d[oe] .{1,50}|inviato dal mio .{1,50}|(terkirim|dikirim) dari .{1,50}|從我的.{1,20}傳送|来自我的.{1,20}|envoyé depuis .{1,50}|von meinem .{1,50} gesendet|gesendet (von|vom|mit) .{1,50}|enviado desde mi .{1,50}|enviado do meu .{1,50}|enviado de meu .{1,50}|inviato da .{1,50}|(verzonden|verstuurd) (vanaf|met|van) .{1,50}|skickat från .{1,50}|sendt fra .{1,50}|wysłane z .{1,50}|odesláno z .{1,50}|отправлено (с|из) .{1,50}|надіслано з .{1,50}|\S{1,20}['’](umdan|imden|dan|den) gönderildi|(được )?gửi từ .{1,50}|\S{1,20}から送信|发自我的.{1,20}|从我的.{1,20}发送|.{1,30}에서 보냄)$/iu;
// Legal notices mail servers and companies add below a signature.
const DISCLAIMER =
  /confidential|intended recipient|disclaimer|privileged|vertraulich|nicht der richtige adressat|confidentiel|destinataire|confidencial|destinatario|riservat|vertrouwelijk|konfidentiell|fortrolig|poufn|důvěrn|конфиденц|gizli|bảo mật|機密|机密|기밀/i;
// "Sent from my desk, which is easier than my phone." is a sentence, not a client's footer.
const NOT_FOOTER = /\b(which|that|because|than|but|where|when|so i|is|was|were)\b/i;
// A name alone: one to four capitalised words (particles such as "da", "van" allowed), nothing else.
const NAME_ONLY = /^\p{Lu}[\p{L}'’.-]*(?:\s(?:\p{Lu}[\p{L}'’.-]*|da|de|del|der|di|do|dos|van|von|la|le|ten|ter))*$/u;

/** Whether a line is a footer a mobile client adds ("Sent from my iPhone", "Von meinem iPhone gesendet"). */
export function isMobileFooter(line: string): boolean {
  return MOBILE_FOOTER.test(line) && !NOT_FOOTER.test(line);
}

/** Whether a line is only a sign-off ("Best,", "Saludos", "よろしくお願いします。"). */
export function isSignOff(line: string): boolean {
  return SIGN_OFF.test(line);
}

/**
 * The lines of a message body that form its signature (`start`..`end`), and where the message's own
 * words end (`cut`: before the "--" or sign-off line); none when there is no sign of a signature.
 */
export function findSignature(lines: readonly string[]): { start: number; end: number; cut: number } | undefined {
  const end = lines.length;
  // A mobile footer at the very end is signature, whatever comes before it.
  let footer = end;
  while (footer > 0 && (!lines[footer - 1] || isMobileFooter(lines[footer - 1]!))) footer -= 1;
  // A legal notice after the signature ("This e-mail may contain confidential information…") goes with it.
  let notice = footer;
  while (notice > 0 && !lines[notice - 1]) notice -= 1;
  let top = notice;
  while (top > 0 && lines[top - 1]) top -= 1;
  if (top > 0 && top < notice && DISCLAIMER.test(lines.slice(top, notice).join(' '))) {
    footer = top;
    while (footer > 0 && !lines[footer - 1]) footer -= 1;
  }
  // The writer's last line before the footer and the blank lines above it.
  const last = footer;
  while (footer < end && !lines[footer]) footer += 1;
  // The signature runs to the footer and over it; without one, at most MAX_SIGNATURE_LINES. It starts
  // at a line with text, and the words end before any sign-off just above it ("Cheers" / "-Ana").
  const range = (from: number, cut: number) => {
    let start = from;
    while (start < end - 1 && !lines[start]) start += 1;
    let words = cut;
    for (let above = words - 1; above >= 0 && (!lines[above] || SIGN_OFF.test(lines[above]!)); above -= 1) if (lines[above]) words = above;
    return { start, end: footer < end ? end : Math.min(end, start + MAX_SIGNATURE_LINES), cut: words };
  };
  for (let index = last - 1; index >= 0 && index >= last - 25; index -= 1) {
    const line = lines[index]!;
    if (SEPARATOR.test(line) || SIGN_OFF.test(line)) {
      if (index + 1 >= end) return undefined;
      // Sign-offs over two lines ("此致" / "敬礼", "Thanks again," / "Best,"): the words end at the first.
      return range(index + 1, index);
    }
    if (signOffName(line) || (DASH_NAME.test(line) && index > 0)) return range(index, index);
  }
  // A last paragraph with contact details (a phone, a link, an address), or a name alone at the end.
  let start = last;
  while (start > 0 && lines[start - 1]) start -= 1;
  if (last - start >= 1 && last - start <= 8) {
    const block = lines.slice(start, last).join('\n');
    const contacts = /\+?\d[\d\s().-]{6,}\d|https?:\/\/|www\.|linkedin\.com|@/.test(block);
    // No blank line between the last sentence and the name ("…next week.\nAna Lima\n+34 …"): the name starts it.
    if (!NAME_ONLY.test(lines[start]!))
      for (let line = start + 1; line < Math.min(last, start + 4); line += 1)
        if (NAME_ONLY.test(lines[line]!) && /[.!?:)]$/.test(lines[line - 1]!)) {
          start = line;
          break;
        }
    const size = last - start;
    const first = lines[start]!;
    const named = NAME_ONLY.test(first) && first.length <= 40 && first.split(/\s+/).length <= 4;
    // A body that is only a contact block (a forward's note left empty) is one; a name alone needs words before it.
    if ((contacts && size >= 2) || (named && start > 0 && size <= 4)) return range(start, start);
  }
  // "…see you then.\nAna": a name on the line right after the last sentence.
  const lastLine = lines[last - 1];
  if (last >= 2 && lastLine && NAME_ONLY.test(lastLine) && lastLine.split(/\s+/).length <= 3 && /[.!?)]$/.test(lines[last - 2] ?? ''))
    return range(last - 1, last - 1);
  if (footer < end) return { start: footer, end, cut: footer };
  return undefined;
}

/** A signature's lines and the links inside them (line numbers relative to `lines`). */
export interface SignatureLines {
  lines: string[];
  links: BodyLink[];
}

/**
 * What the content script sends for a thread's sender: the lines of their newest message as walked
 * (quote elements left out; the receiver applies the plain-text rules and finds the signature), and
 * their client's signature element when the message has one (`block`).
 */
export interface SenderSignature extends SignatureLines {
  email: string;
  block?: SignatureLines;
}

/**
 * The signature lines of a message: its client's signature block when it has one (`block`), else the
 * lines `findSignature` picks at the end of its body. Undefined when neither shows one.
 */
export function signatureLines(body: BodyText, block?: BodyText): SignatureLines | undefined {
  if (block?.lines.length) return { lines: block.lines.slice(0, 30), links: block.links.filter((link) => link.line < 30) };
  const found = findSignature(body.lines);
  if (!found) return undefined;
  const links = body.links
    .filter((link) => link.line >= found.start && link.line < found.end)
    .map((link) => ({ ...link, line: link.line - found.start }));
  return { lines: body.lines.slice(found.start, found.end), links };
}
