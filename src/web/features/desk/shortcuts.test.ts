import { describe, expect, it } from 'vitest';
import { isTypingTarget, shortcutFor } from './shortcuts';

const press = (key: string, target: object | null = { tagName: 'BODY' }, more: object = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  defaultPrevented: false,
  target: target as EventTarget,
  ...more,
});

describe('shortcutFor', () => {
  it('knows the desk keys', () => {
    expect(['/', 'j', 'k', 'c', '?'].map((key) => shortcutFor(press(key)))).toEqual(['/', 'j', 'k', 'c', '?']);
    expect(shortcutFor(press('x'))).toBeNull();
  });

  it('never fires while someone types or chooses', () => {
    for (const tagName of ['INPUT', 'TEXTAREA', 'SELECT', 'input']) {
      expect(shortcutFor(press('j', { tagName }))).toBeNull();
    }
    expect(shortcutFor(press('/', { tagName: 'DIV', isContentEditable: true }))).toBeNull();
  });

  it('leaves the browser its own combinations', () => {
    expect(shortcutFor(press('c', undefined, { ctrlKey: true }))).toBeNull();
    expect(shortcutFor(press('k', undefined, { metaKey: true }))).toBeNull();
    expect(shortcutFor(press('j', undefined, { altKey: true }))).toBeNull();
    expect(shortcutFor(press('j', undefined, { defaultPrevented: true }))).toBeNull();
  });

  it('lets a focused link or button take Enter itself', () => {
    expect(shortcutFor(press('Enter', { tagName: 'A' }))).toBeNull();
    expect(shortcutFor(press('Enter', { tagName: 'BUTTON' }))).toBeNull();
    expect(shortcutFor(press('Enter', { tagName: 'BODY' }))).toBe('Enter');
  });
});

describe('isTypingTarget', () => {
  it('is false for nothing at all', () => {
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget({} as EventTarget)).toBe(false);
  });
});
