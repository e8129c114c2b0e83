import { describe, expect, it } from 'vitest';
import { hasMarkup, maskMarkup, plainText } from '../../src/text/markup.js';

describe('plainText: what a reader sees of HTML', () => {
  it.each<[string, string, string]>([
    ['inline tags vanish', 'Two <b>Il-76</b> planes', 'Two Il-76 planes'],
    ['a link with attributes', 'landed in <a href="https://x.org/a?b=1&c=2" class="geo">Caracas</a>.', 'landed in Caracas.'],
    ['upper-case tags', 'Two <STRONG>Su-35</STRONG> jets', 'Two Su-35 jets'],
    ['block tags break a line', 'Jets landed.</p><p>Crowds cheered.', 'Jets landed.\n\nCrowds cheered.'],
    ['a line break tag', 'Jets landed<br/>Crowds cheered', 'Jets landed\nCrowds cheered'],
    ['a comment', 'Jets <!-- ad slot --> landed', 'Jets  landed'],
    ['a script with its content', 'Jets landed.<script>var x = "</p>";</script> Crowds cheered.', 'Jets landed.  Crowds cheered.'],
    ['a doctype', '<!DOCTYPE html>Jets landed.', 'Jets landed.'],
    ['named entities', 'Ben &amp; Jerry&rsquo;s in Caf&eacute; Nuku&#8217;alofa', 'Ben & Jerry’s in Café Nuku’alofa'],
    ['numeric entities', '35&#160;tonnes, 8&#x2013;10 troops', '35\u00a0tonnes, 8–10 troops'],
    ['a soft hyphen joins a word', 'air&shy;craft', 'aircraft'],
    ['an escaped tag stays text', 'the &lt;b&gt; tag', 'the <b> tag'],
  ])('%s', (_name, raw, plain) => {
    expect(plainText(raw).text).toBe(plain);
    expect(hasMarkup(raw)).toBe(true);
  });

  it.each<[string, string]>([
    ['a less-than sign', 'temperatures <5 degrees and x < y'],
    ['an unknown tag name', 'the token <unk> and <Tu-160>'],
    ['an unclosed tag', 'Two <b planes landed'],
    ['an ampersand in a name', 'AT&T and Procter & Gamble'],
    ['an unknown entity', 'the &foo; and &constructor; words'],
    ['an entity with no semicolon', 'Ben &amp Jerry &#160 only'],
    ['an out-of-range code point', 'a &#1114112; and &#xD800; and &#0;'],
    ['an unclosed comment', 'Jets <!-- landed'],
  ])('leaves text that is no markup alone: %s', (_name, raw) => {
    expect(plainText(raw).text).toBe(raw);
    expect(hasMarkup(raw)).toBe(false);
    expect(maskMarkup(raw)).toBe(raw);
  });

  it('maps every offset back to the text as written', () => {
    const raw = '<p>Two <b>Il-76</b> planes landed in <a href="x">Caracas</a> on Saturday&nbsp;night.</p>';
    const plain = plainText(raw);
    const quote = (word: string) => {
      const at = plain.text.indexOf(word);
      return raw.slice(plain.start(at), plain.end(at + word.length));
    };
    expect(quote('Il-76')).toBe('Il-76');
    expect(quote('Two Il-76')).toBe('Two <b>Il-76');
    expect(quote('Il-76 planes')).toBe('Il-76</b> planes');
    expect(quote('Caracas')).toBe('Caracas');
    expect(quote('Saturday\u00a0night.')).toBe('Saturday&nbsp;night.');
    expect(quote('\u00a0')).toBe('&nbsp;');
    expect(plain.start(plain.text.indexOf('Two'))).toBe(3);
    expect(plain.end(plain.text.length)).toBe(raw.length);
  });

  it('blanks markup at the same length for tokens', () => {
    const raw = 'Two <b>Il-76</b> in Nuku&#8217;alofa';
    const masked = maskMarkup(raw);
    expect(masked).toHaveLength(raw.length);
    expect(masked).toBe('Two    Il-76     in Nuku’      alofa');
  });

  it('is linear on unclosed markup', () => {
    for (const raw of ['<!-- '.repeat(40_000), '<script> '.repeat(30_000), '<a href='.repeat(30_000), '&#12'.repeat(50_000), `<p ${'x'.repeat(200_000)}`]) {
      const started = performance.now();
      plainText(raw);
      maskMarkup(raw);
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });
});
