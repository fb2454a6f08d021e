export { anchor, type AnchorResult } from './anchor';
export {
  CONTEXT_LENGTH,
  quoteSelector,
  validateRange,
  type TextPositionSelector,
  type TextQuoteSelector,
} from './selectors';
