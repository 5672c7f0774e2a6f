/**
 * Loose comparison of printed labels. Reports are typed by hand, converted from Word or PDF
 * and retyped, so a label may differ from the format by width (（ vs (), spacing, quotes, a
 * slip of the pen or a note in brackets. The first three do not matter; the last two are
 * reported as deviations.
 */

const MARKER = /^\s*(?:[一二三四五六七八九十]+\s*[、.．]|[(（]\s*[一二三四五六七八九十]+\s*[)）]|\d{1,2}\s*[.．、](?!\d))\s*/u;
const QUOTES = /[“”‘’"'「」『』]/gu;

export function splitMarker(text: string): { marker: string | null; text: string } {
  const match = MARKER.exec(text);
  if (!match) return { marker: null, text: text.trim() };
  return { marker: match[0].trim(), text: text.slice(match[0].length).trim() };
}

/** Width, spacing and quotes removed: the form labels are compared in. */
export function normaliseLabel(text: string): string {
  return text.normalize('NFKC').replace(/\s+/gu, '').replace(QUOTES, '');
}

export type LabelMatch = { kind: 'exact' } | { kind: 'renamed' } | { kind: 'typo'; distance: number };

/** Compares label texts, numbering markers (（三）, 1.) left out of both. */
export function matchLabel(found: string, expected: string): LabelMatch | null {
  const f = normaliseLabel(splitMarker(found).text);
  const e = normaliseLabel(splitMarker(expected).text);
  if (f.length === 0) return null;
  if (f === e) return { kind: 'exact' };
  if (onlyBracketedNoteDiffers(f, e)) return { kind: 'renamed' };
  const distance = editDistance(f, e);
  return distance <= typoAllowance(e) ? { kind: 'typo', distance } : null;
}

/** A quarter of the label, at least one character: 其它 for 其他, 本年度止件数 for 本年废止件数. */
export function typoAllowance(expected: string): number {
  return Math.max(1, Math.floor([...expected].length / 4));
}

function onlyBracketedNoteDiffers(found: string, expected: string): boolean {
  const [longer, shorter] = found.length > expected.length ? [found, expected] : [expected, found];
  return longer.startsWith(shorter) && /^\([^()]*\)$/u.test(longer.slice(shorter.length));
}

/** Levenshtein distance over code points. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  let previous = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    const current = [i];
    for (let j = 1; j <= y.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] === y[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[y.length];
}
