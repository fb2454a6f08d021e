import { useEffect, useState } from 'react';

export type Route = { name: 'library' } | { name: 'reader'; id: string; at: number | null };

/** Routes live in the hash, so they survive reloads and work from any origin or protocol. */
export function parseRoute(hash: string): Route {
  const match = /^#\/article\/([^?]+)(?:\?at=(\d+))?$/.exec(hash);
  if (match)
    return { name: 'reader', id: decodeURIComponent(match[1]!), at: match[2] ? Number(match[2]) : null };
  return { name: 'library' };
}

export function routeHash(route: Route): string {
  if (route.name === 'library') return '#/';
  return `#/article/${encodeURIComponent(route.id)}${route.at === null ? '' : `?at=${route.at}`}`;
}

export function navigate(route: Route): void {
  window.location.hash = routeHash(route);
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
