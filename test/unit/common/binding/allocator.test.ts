import { describe, expect, it } from 'vitest';
import { allocateX, type CandidateX } from '../../../../common/binding/allocator';

const pool: CandidateX[] = [
  { x: 'X1', areaCode: '10' },
  { x: 'X2', areaCode: '21' },
  { x: 'X3', areaCode: '21' },
];

describe('allocateX', () => {
  it.each([
    { name: 'first free number', blocked: [], sticky: null, area: null, want: { x: 'X1', reason: 'first-fit' } },
    { name: 'skips blocked numbers', blocked: ['X1'], sticky: null, area: null, want: { x: 'X2', reason: 'first-fit' } },
    { name: "prefers B's area", blocked: [], sticky: null, area: '21', want: { x: 'X2', reason: 'same-area' } },
    { name: 'area preference still respects blocks', blocked: ['X2'], sticky: null, area: '21', want: { x: 'X3', reason: 'same-area' } },
    { name: 'falls back when the area is full', blocked: ['X2', 'X3'], sticky: null, area: '21', want: { x: 'X1', reason: 'first-fit' } },
    { name: "prefers the pair's last X over area", blocked: [], sticky: 'X3', area: '10', want: { x: 'X3', reason: 'sticky' } },
    { name: 'ignores a blocked sticky X', blocked: ['X3'], sticky: 'X3', area: null, want: { x: 'X1', reason: 'first-fit' } },
    { name: 'ignores a sticky X no longer in the pool', blocked: [], sticky: 'X9', area: null, want: { x: 'X1', reason: 'first-fit' } },
  ])('$name', ({ blocked, sticky, area, want }) => {
    expect(allocateX({ candidates: pool, blocked: new Set(blocked), sticky, preferredArea: area })).toEqual({ ok: true, ...want });
  });

  it('reports how full the pool is when nothing is free', () => {
    expect(allocateX({ candidates: pool, blocked: new Set(['X1', 'X2', 'X3', 'elsewhere']) })).toEqual({ ok: false, poolSize: 3, blocked: 3 });
  });
});
