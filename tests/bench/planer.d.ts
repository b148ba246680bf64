// planer ships no types: the one call the mail-parser measurement makes.
declare module 'planer' {
  const planer: { extractFrom(body: string, contentType: 'text/plain' | 'text/html', dom?: Document): string };
  export default planer;
}
