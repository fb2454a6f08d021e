export { anchor, anchorAll, type AnchorResult, type StoredSelector } from './anchor';
export { anchoringWorkDone } from './budget';
export {
  CONTEXT_LENGTH,
  quoteSelector,
  validateRange,
  type TextPositionSelector,
  type TextQuoteSelector,
} from './selectors';
