import { escapeHtml } from './escape-html';

describe('escapeHtml', () => {
  it('escapes the characters HTML gives meaning to', () => {
    expect(escapeHtml(`<a href="x">'甲'&乙</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;甲&#39;&amp;乙&lt;/a&gt;');
  });
});
