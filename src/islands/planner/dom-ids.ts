/**
 * The DOM ids of the planner's units and members: the verdict panel brings
 * the unit or member a result names into view by them. Unit and member ids
 * share one namespace in a plan (validate.ts), and the prefixes keep them
 * apart from the page's other ids.
 */
export const memberDomId = (id: string) => `pm-${id}`;
export const unitDomId = (id: string) => `pu-${id}`;
