import { describe, expect, it } from 'vitest';
import { AccountState, canMoveAccount } from './on-demand-state.ts';

describe('the on-demand account state machine', () => {
  it('switches on only from a stored, pending account', () => {
    expect(canMoveAccount('pending', 'active')).toBe(true);
    for (const later of ['ending', 'ended', 'abandoned'] as const) expect(canMoveAccount(later, 'active')).toBe(false);
  });

  it('ends from a switch-off, from Stripe ending an active subscription, or from a deletion that overtook its creation', () => {
    expect(canMoveAccount('ending', 'ended')).toBe(true);
    expect(canMoveAccount('active', 'ended')).toBe(true);
    expect(canMoveAccount('pending', 'ended')).toBe(true);
  });

  it('switches off only an active account', () => {
    expect(canMoveAccount('active', 'ending')).toBe(true);
    expect(canMoveAccount('pending', 'ending')).toBe(false);
    expect(canMoveAccount('ended', 'ending')).toBe(false);
  });

  it('treats ended and abandoned as final', () => {
    for (const closed of ['ended', 'abandoned'] as const) {
      for (const target of AccountState.options) expect(canMoveAccount(closed, target)).toBe(false);
    }
  });

  it('never moves an account back', () => {
    const order = ['pending', 'active', 'ending', 'ended'] as const;
    order.forEach((later, index) => order.slice(0, index).forEach((earlier) => expect(canMoveAccount(later, earlier)).toBe(false)));
  });
});
