/** A plain-English agreement in which the provider speaks as "we" and the customer is "you" (for bundledStatus). */
export const WE_YOU_PREAMBLE = '# Support Terms\n\nThese terms are between **Harrowgate Computing Ltd** ("**we**", "**us**", "**our**") and **The Millbrook Trust** ("**you**", "**your**").\n\n';
