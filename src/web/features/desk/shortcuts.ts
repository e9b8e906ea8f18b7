import { useEffect, useRef } from 'react';

/** The single keys the desk and the case page answer to. */
export const shortcutKeys = ['/', 'j', 'k', 'Enter', 'c', '?'] as const;
export type ShortcutKey = (typeof shortcutKeys)[number];

interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  isComposing?: boolean;
  defaultPrevented: boolean;
  target: EventTarget | null;
}

interface TargetLike {
  tagName?: string;
  isContentEditable?: boolean;
  closest?: (selector: string) => unknown;
}

/** Where a key press is someone typing (or choosing): a box, a list, anything editable, or an open dialog. */
export function isTypingTarget(target: EventTarget | null): boolean {
  const element = target as TargetLike | null;
  if (!element || typeof element.tagName !== 'string') return false;
  const tag = element.tagName.toUpperCase();
  if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return element.isContentEditable === true;
}

/**
 * The shortcut a key press means, or null: never while typing, never with Ctrl, Alt or ⌘ (the browser's and the
 * screen reader's own), and Enter only where nothing else takes it (a focused link or button opens itself).
 */
export function shortcutFor(event: KeyLike): ShortcutKey | null {
  if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return null;
  if (isTypingTarget(event.target)) return null;
  const key = (shortcutKeys as readonly string[]).includes(event.key) ? (event.key as ShortcutKey) : null;
  if (key === 'Enter') {
    const tag = (event.target as TargetLike | null)?.tagName?.toUpperCase();
    if (tag === 'A' || tag === 'BUTTON' || tag === 'SUMMARY') return null;
  }
  return key;
}

export type ShortcutHandlers = Partial<Record<ShortcutKey, () => void>>;

/**
 * Listens for the page's shortcuts while it is on screen. The handlers may change on every render; the
 * listener stays. A modal dialog (the list of shortcuts itself) takes the keys while it is open.
 */
export function useShortcuts(handlers: ShortcutHandlers): void {
  const latest = useRef(handlers);
  useEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (document.querySelector('dialog[open]')) return;
      const key = shortcutFor(event);
      const handler = key === null ? undefined : latest.current[key];
      if (!handler) return;
      event.preventDefault();
      handler();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
