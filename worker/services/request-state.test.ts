import { describe, expect, it } from 'vitest';
import { canMove, RequestState } from './request-state.ts';

describe('the request state machine', () => {
  it('lets a request be paid directly or after a delayed payment settles', () => {
    expect(canMove('awaiting_payment', 'paid')).toBe(true);
    expect(canMove('payment_processing', 'paid')).toBe(true);
  });

  it('never moves a paid or delivered request back to an earlier state', () => {
    for (const later of ['paid', 'claimed', 'responded', 'delivered'] as const) {
      for (const earlier of ['awaiting_payment', 'payment_processing', 'expired', 'payment_failed'] as const) {
        expect(canMove(later, earlier)).toBe(false);
      }
    }
  });

  it('treats refunded, expired and failed as final', () => {
    for (const closed of ['refunded', 'expired', 'payment_failed'] as const) {
      for (const target of RequestState.options) expect(canMove(closed, target)).toBe(false);
    }
  });

  it('refunds only what was paid', () => {
    expect(canMove('awaiting_payment', 'refunded')).toBe(false);
    expect(canMove('delivered', 'refunded')).toBe(true);
  });
});
