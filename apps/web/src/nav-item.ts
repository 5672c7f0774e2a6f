import type { Role } from '../../../libs/domain/src/registry/roles';

/** One entry of the navigation; each area's routes.ts declares its own. */
export interface NavItem {
  path: string;
  title: string;
  /** Who sees the entry; everyone when absent. The API refuses the rest anyway. */
  roles?: Role[];
}

/** A heading over the entries of one line of work (督办, 审签…), opened as a submenu. */
export interface NavGroup {
  title: string;
  entries: NavItem[];
}

export type NavEntry = NavItem | NavGroup;

export const isNavGroup = (entry: NavEntry): entry is NavGroup => 'entries' in entry;

/** Every entry, groups opened: what the router's guard and the layout's highlighting look up. */
export const navItems = (navigation: NavEntry[]): NavItem[] => navigation.flatMap((e) => (isNavGroup(e) ? e.entries : [e]));

/**
 * Up to this many entries fit side by side in the header at 1280 px (a unit contact's or a
 * signer's): then every entry is one click away and no submenu hides any.
 */
export const FLAT_NAVIGATION_LIMIT = 7;

/**
 * The navigation a person sees: the entries their roles allow, flat when they fit, else under
 * their headings; a heading left with no entry goes, and one left with a single entry gives
 * way to that entry, since a submenu of one only costs a hover.
 */
export function visibleNavigation(navigation: NavEntry[], sees: (roles: Role[] | undefined) => boolean): NavEntry[] {
  const kept = navigation.flatMap((entry): NavEntry[] => {
    if (!isNavGroup(entry)) return sees(entry.roles) ? [entry] : [];
    const entries = entry.entries.filter((e) => sees(e.roles));
    if (entries.length <= 1) return entries;
    return [{ title: entry.title, entries }];
  });
  const all = navItems(kept);
  return all.length <= FLAT_NAVIGATION_LIMIT ? all : kept;
}

/** The entry a page belongs to: the longest entry path that is the page's path or a folder of it. */
export function navItemOf(items: NavItem[], path: string): NavItem | undefined {
  const owners = items.filter((i) => path === i.path || path.startsWith(`${i.path}/`));
  return owners.sort((a, b) => b.path.length - a.path.length)[0];
}
