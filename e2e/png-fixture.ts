/** A real 40×30 PNG of one colour (made by electron/core/images/png.test-support.ts), for figures. */
export const PNG_40x30 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAACgAAAAeCAIAAADRv8uKAAAAK0lEQVR4nO3NMQ0AAAgDsKlDDpqQigw4mvRvqudExGKxWCwWi8VisVj8N15uqjobXdgJRwAAAABJRU5ErkJggg==',
  'base64',
);

/** Another real PNG, 24×16 and of another colour: a figure's new image in a page's next version. */
export const PNG_24x16 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAABgAAAAQCAIAAACDRijCAAAAGklEQVR4nGPQqDhBFcQwatCoQaMGjRpEGQIAPLEcH9Ol6TsAAAAASUVORK5CYII=',
  'base64',
);
