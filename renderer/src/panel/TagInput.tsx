import { useEffect, useId, useRef, useState } from 'react';
import { useToasts } from '../common/toast-context';
import { TagChip, TagDot } from '../tags/TagChip';
import { useTags } from '../tags/tags-context';

const sameTag = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

/**
 * Tags as removable chips plus a combobox that suggests tags already in use. Enter or comma
 * adds, Backspace on an empty field removes the last tag, arrows move through suggestions.
 */
export function TagInput({
  tags,
  label,
  onChange,
  testId,
}: {
  tags: string[];
  label: string;
  onChange: (tags: string[]) => Promise<void>;
  testId?: string;
}) {
  const { reportError } = useToasts();
  const [value, setValue] = useState('');
  const { tags: known, reload: reloadKnown } = useTags();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  // Shown at once; several tags can be added before the first save answers (a pasted "a, b").
  const [shown, setShown] = useState(tags);
  const latest = useRef(tags);
  useEffect(() => {
    latest.current = tags;
    setShown(tags);
  }, [tags]);

  const query = value.trim();
  const suggestions = (known ?? [])
    .map((tag) => tag.name)
    .filter((tag) => !shown.some((existing) => sameTag(existing, tag)))
    .filter((tag) => !query || tag.toLowerCase().includes(query.toLowerCase()))
    .slice(0, 8);
  const showList = open && suggestions.length > 0;

  const commit = (next: string[]) => {
    const before = latest.current;
    latest.current = next;
    setShown(next);
    onChange(next).then(
      // A new tag may be new to the library too (suggestions, the tag filter), or get back the
      // color it had when it was last used.
      reloadKnown,
      (error: unknown) => {
        latest.current = before;
        setShown(before);
        reportError(error, 'Could not save tags');
      },
    );
  };
  const add = (raw: string) => {
    const tag = raw.trim().replace(/^#/, '').trim();
    setValue('');
    setActive(-1);
    if (!tag || latest.current.some((existing) => sameTag(existing, tag))) return;
    commit([...latest.current, tag]);
  };
  const remove = (tag: string) => {
    commit(latest.current.filter((existing) => existing !== tag));
    input.current?.focus();
  };
  const loadSuggestions = () => {
    setOpen(true);
    reloadKnown();
  };

  return (
    <div className="tag-input" data-testid={testId}>
      <ul className="tag-chips" aria-label={`${label}: ${shown.length ? shown.join(', ') : 'none'}`}>
        {shown.map((tag) => (
          <TagChip key={tag} name={tag} className="tag-removable">
            <button
              type="button"
              className="tag-remove"
              aria-label={`Remove tag ${tag}`}
              onClick={() => remove(tag)}
            >
              ×
            </button>
          </TagChip>
        ))}
        <li className="tag-field">
          <input
            ref={input}
            type="text"
            role="combobox"
            aria-label={label}
            aria-expanded={showList}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
            placeholder={shown.length ? 'Add tag' : 'Add tags…'}
            value={value}
            onFocus={loadSuggestions}
            onBlur={() => {
              setOpen(false);
              if (value.trim()) add(value);
            }}
            onChange={(event) => {
              const text = event.target.value;
              if (text.includes(',')) {
                for (const part of text.split(',').slice(0, -1)) add(part);
                setValue(text.split(',').pop() ?? '');
                return;
              }
              setValue(text);
              setOpen(true);
              setActive(-1);
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                add(showList && active >= 0 ? suggestions[active]! : value);
              } else if (event.key === 'Backspace' && value === '' && shown.length > 0) {
                event.preventDefault();
                remove(shown[shown.length - 1]!);
              } else if (event.key === 'ArrowDown' && suggestions.length > 0) {
                event.preventDefault();
                setOpen(true);
                setActive((index) => (index + 1) % suggestions.length);
              } else if (event.key === 'ArrowUp' && suggestions.length > 0) {
                event.preventDefault();
                setActive((index) => (index <= 0 ? suggestions.length - 1 : index - 1));
              } else if (event.key === 'Escape' && showList) {
                event.preventDefault();
                event.stopPropagation();
                setOpen(false);
              }
            }}
          />
          {showList && (
            <ul className="tag-suggestions" role="listbox" id={listId} aria-label="Existing tags">
              {suggestions.map((tag, index) => (
                <li
                  key={tag}
                  id={`${listId}-${index}`}
                  role="option"
                  aria-selected={index === active}
                  className="tag-suggestion"
                  onMouseDown={(event) => {
                    event.preventDefault();
                    add(tag);
                  }}
                >
                  <TagDot name={tag} />#{tag}
                </li>
              ))}
            </ul>
          )}
        </li>
      </ul>
    </div>
  );
}
