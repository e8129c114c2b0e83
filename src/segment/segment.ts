// PLACEHOLDER until the segmenter lands: splits after . ! ? and at line breaks.
export interface Span { start: number; end: number }
export function segment(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^\n.!?]+[.!?]*/g;
  for (const m of text.matchAll(re)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const t = raw.trim();
    if (t) out.push({ start: m.index + lead, end: m.index + lead + t.length });
  }
  return out;
}
