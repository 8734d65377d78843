/**
 * The life of a paid review request as a state machine that only moves forward. Every change in the
 * database goes through `movableFrom`, so a late, duplicate or out-of-order event can never move a request
 * back: the UPDATE simply matches no row.
 */
import { z } from 'zod';

export const RequestState = z.enum(['awaiting_payment', 'payment_processing', 'paid', 'claimed', 'responded', 'delivered', 'expired', 'payment_failed', 'refunded']);
export type RequestState = z.infer<typeof RequestState>;

/** Where each state may be reached from. Anything not listed is not a legal move. */
const predecessors: Record<RequestState, readonly RequestState[]> = {
  awaiting_payment: [],
  // Checkout completed with a payment method that settles later (bank debits, some wallets).
  payment_processing: ['awaiting_payment'],
  paid: ['awaiting_payment', 'payment_processing'],
  claimed: ['paid'],
  responded: ['claimed'],
  // Delivering without a separate first response counts the delivery as the first response.
  delivered: ['claimed', 'responded'],
  expired: ['awaiting_payment'],
  payment_failed: ['awaiting_payment', 'payment_processing'],
  refunded: ['paid', 'claimed', 'responded', 'delivered'],
};

/** Ordering for the queue and for display; closed states sort last. */
export const stateRank: Record<RequestState, number> = {
  awaiting_payment: 0,
  payment_processing: 1,
  paid: 2,
  claimed: 3,
  responded: 4,
  delivered: 5,
  expired: 9,
  payment_failed: 9,
  refunded: 9,
};

export function movableFrom(target: RequestState): readonly RequestState[] {
  return predecessors[target];
}

export function canMove(from: RequestState, to: RequestState): boolean {
  return predecessors[to].includes(from);
}

/** States in which a reviewer works on the case (it counts against the first-response promise). */
export const workingStates: readonly RequestState[] = ['paid', 'claimed', 'responded'];
export const paidStates: readonly RequestState[] = ['paid', 'claimed', 'responded', 'delivered'];
export const closedStates: readonly RequestState[] = ['expired', 'payment_failed', 'refunded'];
