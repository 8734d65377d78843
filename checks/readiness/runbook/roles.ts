/** The war room's roles: who owns which tasks. Names and contacts are filled in by the customer. */
export const roles = ['commander', 'operations', 'database', 'application', 'communications', 'payments', 'engineer'] as const;
export type Role = (typeof roles)[number];
