import type { EntityPage } from '../../../electron/contract/model';
import { formatDate } from '../common/format';
import { routeHash } from '../common/route';

/** The entity's timeline by year: its articles' dates, and dates mentioned near it. */
export function EntityTimeline({ timeline }: { timeline: EntityPage['timeline'] }) {
  const years = new Map<string, EntityPage['timeline']>();
  for (const item of timeline) {
    const year = item.date.slice(0, 4);
    years.set(year, [...(years.get(year) ?? []), item]);
  }
  return (
    <ol className="entity-timeline">
      {[...years].map(([year, items]) => (
        <li key={year} className="entity-year">
          <h3>{year}</h3>
          <ul>
            {items.map((item) => (
              <li
                key={`${item.kind}:${item.articleId}:${item.start ?? ''}`}
                className={`timeline-${item.kind}`}
              >
                <time dateTime={item.date}>
                  {/^\d{4}$/.test(item.date) ? item.date : formatDate(item.date, 'short')}
                </time>
                <a
                  href={routeHash({
                    name: 'reader',
                    id: item.articleId,
                    at: item.kind === 'mentioned' ? (item.start ?? null) : null,
                  })}
                >
                  {item.kind === 'published' ? item.label : `“${item.label}”`}
                </a>
                <span className="timeline-kind">{item.kind === 'published' ? 'article' : 'mentioned'}</span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
