/** Where one main nav link leads; `end` when only that very path is its page (home, `/`), not the paths under it. */
export interface NavTarget {
  path: string;
  end: boolean;
}

const opens = (target: NavTarget, pathname: string): boolean =>
  pathname === target.path ||
  (!target.end && pathname.startsWith(target.path.endsWith('/') ? target.path : `${target.path}/`));

/**
 * The one nav item for the page on screen: the link whose path is the longest that leads to it, so on
 * /lending/figures it is "Lending figures" and not "Oxygen lending" too; null when no link leads there.
 */
export function currentNavItem<Item extends string>(
  items: readonly Item[],
  targets: Readonly<Record<Item, NavTarget>>,
  pathname: string,
): Item | null {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  let best: Item | null = null;
  for (const item of items) {
    const target = targets[item];
    if (opens(target, path) && (best === null || target.path.length > targets[best].path.length)) best = item;
  }
  return best;
}
