/**
 * Quote marks on the component path (`<Quote>`, rendered by `src/render.ts`):
 * in the text, per locale, as on the Markdown paths; typed marks not doubled.
 */
import { describe, expect, it } from 'vitest';
import { renderBlock } from '../src/render.js';

const options = { badges: { jti: { src: '/x.svg', width: 1, height: 1 } } };
const quote = (body: string, locale: 'de' | 'de-CH' | 'en' | 'fr' | 'it' = 'de') =>
  renderBlock({ name: 'quote', attributes: { by: 'X' }, body, locale }, options).html;
const blockquote = (html: string) => /<blockquote[^>]*>([\s\S]*)<\/blockquote>/.exec(html)?.[1];

describe('quote marks on the component path', () => {
  it('go inside the first and the last paragraph, per locale', () => {
    expect(blockquote(quote('<p>Eins.</p>\n<p>Zwei.</p>'))).toBe('<p>„Eins.</p>\n<p>Zwei.“</p>');
    expect(blockquote(quote('<p>Eins.</p>', 'de-CH'))).toBe('<p>«Eins.»</p>');
    expect(blockquote(quote('<p>One.</p>', 'en'))).toBe('<p>“One.”</p>');
    expect(blockquote(quote('<p>Un.</p>', 'fr'))).toBe('<p>«\u202FUn.\u202F»</p>');
    expect(blockquote(quote('<p>Uno.</p>', 'it'))).toBe('<p>«Uno.»</p>');
  });

  it('go around bare text', () => {
    expect(blockquote(quote('Eins.'))).toBe('„Eins.“');
  });

  it('are not doubled when the author typed them, nor added around a list', () => {
    expect(blockquote(quote('<p>„Eins.“</p>'))).toBe('<p>„Eins.“</p>');
    expect(blockquote(quote('<p>„Eins“, sagte er.</p>'))).toBe('<p>„Eins“, sagte er.</p>');
    expect(blockquote(quote('<ul><li>Eins</li></ul>'))).toBe('<ul><li>Eins</li></ul>');
  });
});
