/**
 * The life of an on-demand account as a state machine that only moves forward, like request-state.ts: every
 * change goes through `accountMovableFrom`, so a late, duplicate or out-of-order Stripe event can never switch
 * an ended account back on. Payment standing (good / past due) is not a state: it follows the newest invoice
 * event instead (see subscription-billing.ts).
 */
import { z } from 'zod';

export const AccountState = z.enum([
  'pending', // stored before the customer went to checkout; nothing is billed
  'active', // a verified event says the subscription exists: cases can be opened, time is billed
  'ending', // the customer switched off: timers stopped, usage reported, cancellation asked for
  'ended', // customer.subscription.deleted arrived: the final invoice is Stripe's
  'abandoned', // the checkout expired before the customer subscribed
]);
export type AccountState = z.infer<typeof AccountState>;

/** Where each state may be reached from. Anything not listed is not a legal move. */
const predecessors: Record<AccountState, readonly AccountState[]> = {
  pending: [],
  active: ['pending'],
  ending: ['active'],
  // Stripe may also end a subscription by itself (unpaid invoices), and its events can arrive out of order.
  ended: ['pending', 'active', 'ending'],
  abandoned: ['pending'],
};

export const accountStateRank: Record<AccountState, number> = { pending: 0, active: 1, ending: 2, ended: 9, abandoned: 9 };

export function accountMovableFrom(target: AccountState): readonly AccountState[] {
  return predecessors[target];
}

export function canMoveAccount(from: AccountState, to: AccountState): boolean {
  return predecessors[to].includes(from);
}

/** While switched on, a customer can open cases and engineers' time is billed. */
export const billableStates: readonly AccountState[] = ['active'];
