/** A real 40×30 PNG of one colour (made by electron/core/images/png.test-support.ts), for figures. */
export const PNG_40x30 = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAACgAAAAeCAIAAADRv8uKAAAAK0lEQVR4nO3NMQ0AAAgDsKlDDpqQigw4mvRvqudExGKxWCwWi8VisVj8N15uqjobXdgJRwAAAABJRU5ErkJggg==',
  'base64',
);
