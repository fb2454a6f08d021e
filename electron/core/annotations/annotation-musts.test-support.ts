/**
 * The MUST-level constraints of the W3C annotation-model test suite (web-platform-tests,
 * `annotation-model/annotations/annotationMusts.test`, `collections/…`, the selector
 * definitions), written out as checks: each returns the constraints a value breaks, in words.
 * For tests only. It covers the features Gloss writes (TextualBody, TextQuote/TextPosition
 * selectors, CssStylesheet, embedded pages) strictly, and refuses features it does not know.
 */
type Json = Record<string, unknown>;

const CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
const MOTIVATIONS = new Set([
  'assessing',
  'bookmarking',
  'classifying',
  'commenting',
  'describing',
  'editing',
  'highlighting',
  'identifying',
  'linking',
  'moderating',
  'questioning',
  'replying',
  'tagging',
]);
// RFC 3339 date-time (JSON Schema's "date-time" format): a time zone is required.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const single = (value: unknown): unknown => (Array.isArray(value) && value.length === 1 ? value[0] : value);
const isUri = (value: unknown): boolean => {
  if (typeof value !== 'string' || !/^[a-z][a-z0-9+.-]*:\S+$/i.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
};
const hasValue = (value: unknown, wanted: string) =>
  value === wanted || (Array.isArray(value) && value.includes(wanted));

function dates(object: Json, where: string, errors: string[]): void {
  for (const key of ['created', 'modified', 'generated']) {
    const value = single(object[key]);
    if (object[key] !== undefined && !(typeof value === 'string' && DATE_TIME.test(value)))
      errors.push(`${where}.${key} must be one xsd:dateTime with a time zone`);
  }
}

function selector(value: unknown, where: string, errors: string[]): void {
  if (isUri(value)) return;
  if (!isObject(value)) return void errors.push(`${where} must be a URI or a selector object`);
  if (value.type === 'TextQuoteSelector') {
    if (typeof value.exact !== 'string') errors.push(`${where}.exact must be a string`);
    for (const key of ['prefix', 'suffix'])
      if (value[key] !== undefined && typeof value[key] !== 'string')
        errors.push(`${where}.${key} must be a string`);
  } else if (value.type === 'TextPositionSelector') {
    for (const key of ['start', 'end'])
      if (!Number.isInteger(value[key]) || (value[key] as number) < 0)
        errors.push(`${where}.${key} must be an integer >= 0`);
  } else errors.push(`${where} is not a selector this check knows (${String(value.type)})`);
}

function target(value: unknown, where: string, errors: string[]): void {
  if (isUri(value)) return;
  if (!isObject(value)) return void errors.push(`${where} must be a URI or an object`);
  if (value.source === undefined) {
    if (!isUri(single(value.id))) errors.push(`${where} must have a source (Specific Resource) or an id`);
    return;
  }
  if (!isUri(value.source)) errors.push(`${where}.source must be a URI`);
  const selectors = Array.isArray(value.selector) ? value.selector : [value.selector];
  if (value.selector !== undefined && selectors.length === 0)
    errors.push(`${where}.selector must not be empty`);
  if (value.selector !== undefined)
    selectors.forEach((item, i) => selector(item, `${where}.selector[${i}]`, errors));
  if (value.styleClass !== undefined && typeof single(value.styleClass) !== 'string')
    errors.push(`${where}.styleClass must be a string`);
}

function body(value: unknown, where: string, errors: string[]): void {
  if (isUri(value)) return;
  if (!isObject(value)) return void errors.push(`${where} must be a URI or an object`);
  if (hasValue(value.type, 'TextualBody') || value.value !== undefined) {
    if (typeof value.value !== 'string') errors.push(`${where}.value must be a string`);
  } else if (!isUri(single(value.id))) errors.push(`${where} must be a TextualBody or have an id`);
  for (const purpose of Array.isArray(value.purpose)
    ? value.purpose
    : value.purpose === undefined
      ? []
      : [value.purpose])
    if (!MOTIVATIONS.has(purpose as string))
      errors.push(`${where}.purpose "${String(purpose)}" is not a motivation`);
  if (value.format !== undefined && typeof single(value.format) !== 'string')
    errors.push(`${where}.format must be a string`);
  dates(value, where, errors);
}

/** What a value breaks of the model's MUSTs for an Annotation. */
export function annotationMustErrors(annotation: unknown): string[] {
  const errors: string[] = [];
  if (!isObject(annotation)) return ['an annotation must be a JSON object'];
  if (!hasValue(annotation['@context'], CONTEXT)) errors.push(`@context must be or include ${CONTEXT}`);
  if (!isUri(single(annotation.id))) errors.push('id must be exactly one URI');
  if (!hasValue(annotation.type, 'Annotation')) errors.push('type must be or include "Annotation"');
  if (annotation.target === undefined) errors.push('target is required');
  const targets = Array.isArray(annotation.target) ? annotation.target : [annotation.target];
  if (annotation.target !== undefined && targets.length === 0) errors.push('target must not be empty');
  targets.forEach((item, i) => target(item, `target[${i}]`, errors));
  if (annotation.body !== undefined && annotation.bodyValue !== undefined)
    errors.push('body and bodyValue must not both be present');
  if (annotation.bodyValue !== undefined && typeof single(annotation.bodyValue) !== 'string')
    errors.push('bodyValue must be one string');
  if (annotation.body !== undefined) {
    const bodies = Array.isArray(annotation.body) ? annotation.body : [annotation.body];
    bodies.forEach((item, i) => body(item, `body[${i}]`, errors));
  }
  for (const motivation of Array.isArray(annotation.motivation)
    ? annotation.motivation
    : annotation.motivation === undefined
      ? []
      : [annotation.motivation])
    if (!MOTIVATIONS.has(motivation as string))
      errors.push(`motivation "${String(motivation)}" is not in the model's list`);
  dates(annotation, 'annotation', errors);
  for (const key of ['rights', 'canonical', 'via'])
    if (annotation[key] !== undefined && !isUri(single(annotation[key])))
      errors.push(`${key} must be one URI`);
  const sheet = annotation.stylesheet;
  if (sheet !== undefined && !isUri(single(sheet))) {
    if (!isObject(sheet) || sheet.type !== 'CssStylesheet')
      errors.push('an embedded stylesheet must be a CssStylesheet');
    else if ((sheet.value === undefined) === (sheet.id === undefined))
      errors.push('a stylesheet has exactly one of value and id');
  }
  return errors;
}

/** What a value breaks of the model's MUSTs for an AnnotationCollection with embedded pages. */
export function collectionMustErrors(collection: unknown): string[] {
  const errors: string[] = [];
  if (!isObject(collection)) return ['a collection must be a JSON object'];
  if (!hasValue(collection['@context'], CONTEXT)) errors.push(`@context must be or include ${CONTEXT}`);
  if (!isUri(single(collection.id))) errors.push('id must be exactly one URI');
  if (!hasValue(collection.type, 'AnnotationCollection'))
    errors.push('type must be or include "AnnotationCollection"');
  const label = collection.label;
  if (
    label !== undefined &&
    typeof label !== 'string' &&
    !(Array.isArray(label) && label.every((l) => typeof l === 'string'))
  )
    errors.push('label must be one or more strings');
  const total = single(collection.total);
  if (collection.total !== undefined && !(Number.isInteger(total) && (total as number) >= 0))
    errors.push('total must be one integer >= 0');
  const first = single(collection.first);
  if ((total as number) > 0 && first === undefined) errors.push('first is required when total > 0');
  if (first !== undefined && !isUri(first)) {
    if (!isObject(first) || !hasValue(first.type, 'AnnotationPage'))
      errors.push('first must be a URI or an AnnotationPage');
    else {
      if (!Array.isArray(first.items)) errors.push('first.items must be an array');
      const start = single(first.startIndex);
      if (first.startIndex !== undefined && !(Number.isInteger(start) && (start as number) >= 0))
        errors.push('first.startIndex must be an integer >= 0');
      for (const item of Array.isArray(first.items) ? first.items : [])
        if (!isUri(item) && !(isObject(item) && hasValue(item.type, 'Annotation')))
          errors.push('first.items holds only annotations or their URIs');
    }
  }
  dates(collection, 'collection', errors);
  return errors;
}
