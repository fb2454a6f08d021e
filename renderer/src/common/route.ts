import { useEffect, useState } from 'react';
import type { EntityType } from '../../../electron/contract/model';
import { ENTITY_TYPES } from '../../../electron/contract/values';

/** A field of the article's own notes the reader can open at: its note, or its tags. */
export type ArticleField = 'note' | 'tags';

/**
 * The reader opens at a text offset (`at`, from the entity index), at one of the article's
 * highlights (`highlight`, from library search: scrolled to it, its card focused), or at the
 * article's note or tags (`focus`, from library search: the Notes tab, that field focused).
 */
export type Route =
  | { name: 'library' }
  | { name: 'notebook' }
  | { name: 'rules' }
  | { name: 'trash' }
  /** Asks to import a web page (a bookmarklet or a `gloss://import` link): nothing happens until confirmed. */
  | { name: 'import'; url: string }
  | { name: 'entity'; type: EntityType; entity: string }
  | { name: 'reader'; id: string; at: number | null; highlight?: string; focus?: ArticleField };

/** Routes live in the hash, so they survive reloads and work from any origin or protocol. */
export function parseRoute(hash: string): Route {
  if (hash === '#/notebook') return { name: 'notebook' };
  if (hash === '#/rules') return { name: 'rules' };
  if (hash === '#/trash') return { name: 'trash' };
  // The address as the bookmarklet encodes it (encodeURIComponent); checked where it is shown.
  const asked = /^#\/import\?url=(.+)$/.exec(hash);
  if (asked) {
    const url = safeDecode(asked[1]!);
    return url ? { name: 'import', url } : { name: 'library' };
  }
  const entity = /^#\/entity\/([a-z]+)\/([^/?]+)$/.exec(hash);
  if (entity) {
    const type = ENTITY_TYPES.find((known) => known === entity[1]);
    const name = safeDecode(entity[2]!);
    return type && name ? { name: 'entity', type, entity: name } : { name: 'library' };
  }
  const match = /^#\/article\/([^?]+)(?:\?(?:at=(\d+)|highlight=([A-Za-z0-9_-]+)|focus=(note|tags)))?$/.exec(
    hash,
  );
  if (!match) return { name: 'library' };
  const route: Route = {
    name: 'reader',
    id: decodeURIComponent(match[1]!),
    at: match[2] ? Number(match[2]) : null,
  };
  if (match[3]) return { ...route, highlight: match[3] };
  return match[4] ? { ...route, focus: match[4] as ArticleField } : route;
}

/** A percent-decoded hash part, or null when it is not valid percent-encoding. */
function safeDecode(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

export function routeHash(route: Route): string {
  if (route.name === 'library') return '#/';
  if (route.name === 'notebook') return '#/notebook';
  if (route.name === 'rules') return '#/rules';
  if (route.name === 'trash') return '#/trash';
  if (route.name === 'import') return `#/import?url=${encodeURIComponent(route.url)}`;
  if (route.name === 'entity') return `#/entity/${route.type}/${encodeURIComponent(route.entity)}`;
  const query =
    route.highlight !== undefined
      ? `?highlight=${encodeURIComponent(route.highlight)}`
      : route.focus !== undefined
        ? `?focus=${route.focus}`
        : route.at === null
          ? ''
          : `?at=${route.at}`;
  return `#/article/${encodeURIComponent(route.id)}${query}`;
}

export function navigate(route: Route): void {
  window.location.hash = routeHash(route);
}

/** Go to `route` in place of the current one, so Back does not return to it (an answered question). */
export function replaceRoute(route: Route): void {
  window.location.replace(routeHash(route));
}

const visits = new WeakMap<Route, number>();
let lastVisit = 0;

/**
 * A number for one arrival at a route: each hashchange makes a new route object, so two asks
 * for the same address (a link sent twice) get two numbers, even when the browser delivers both
 * hashchanges before React renders.
 */
export function visitOf(route: Route): number {
  let visit = visits.get(route);
  if (visit === undefined) {
    visit = ++lastVisit;
    visits.set(route, visit);
  }
  return visit;
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
