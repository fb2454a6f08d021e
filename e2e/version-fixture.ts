/** One article and its update, for the new-version specs: a passage kept, one removed. */
export const TITLE = 'Harbour talks resume in Rotterdam';
export const KEPT = 'shared dredging costs';
export const REMOVED = 'cut their catch by a third';

export const FIRST = `# ${TITLE}

Port officials from Rotterdam and Antwerp met on Monday to discuss ${KEPT}.

Fishermen in Vlissingen say the new channel has ${REMOVED}.

The European Commission is expected to publish its review in June.
`;

// The reporter's update: a new paragraph first (every passage moves), the fishermen gone.
export const SECOND = `# ${TITLE}

A second round of talks opened on Thursday, with Ghent joining for the first time.

Port officials from Rotterdam and Antwerp met on Monday to discuss ${KEPT}.

The European Commission is expected to publish its review in June.
`;
