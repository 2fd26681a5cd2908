import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { isInteractiveTarget } from '../../utils/page/hit-test';

const { document } = parseHTML(
  '<!doctype html><html><body><p id="p">Text <a href="/x" id="a"><b id="b">link</b></a> <span role="button" id="r">r</span> <a id="noref">anchor</a></p><input id="i"></body></html>',
);
const el = (id: string) => document.getElementById(id) as unknown as EventTarget;

describe('isInteractiveTarget', () => {
  it('leaves clicks on links, buttons and inputs (and inside them) to the page', () => {
    expect(isInteractiveTarget(el('a'))).toBe(true);
    expect(isInteractiveTarget(el('b'))).toBe(true);
    expect(isInteractiveTarget(el('r'))).toBe(true);
    expect(isInteractiveTarget(el('i'))).toBe(true);
  });
  it('takes clicks on plain text, including an <a> without href', () => {
    expect(isInteractiveTarget(el('p'))).toBe(false);
    expect(isInteractiveTarget(el('noref'))).toBe(false);
    expect(isInteractiveTarget(document.getElementById('p')!.firstChild as unknown as EventTarget)).toBe(false);
    expect(isInteractiveTarget(null)).toBe(false);
  });
});
