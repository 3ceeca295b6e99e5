// The kode planner on small, named situations (the properties are in plan.property.test.ts).
import { describe, expect, it } from 'vitest';
import { planCodes, type PlanStandar } from '../../src/code/plan.js';
import type { Registry } from '../../src/model/registry.js';

const today = '2025-11-26';
const std = (id: string, extra: Partial<PlanStandar> = {}): PlanStandar => ({ id, file: id, nama: id, resmi: false, group: '204160000', selected: true, ...extra });
const registry = (kode: Registry['kode']): Registry => ({ version: 1, kode });

describe('planCodes', () => {
  it('numbers new standards by group, then path, skipping every number ever used', () => {
    const plan = planCodes(
      [std('b.yaml'), std('a.yaml'), std('c.yaml', { group: '103160000' }), std('d.yaml', { kode: '2.04.160000.002' })],
      registry({ '204160000001': { berkas: 'gone.yaml', nama: 'Gone', status: 'pensiun', tanggal: '2024-01-01', pensiun: '2024-06-01' } }),
      { today },
    );
    expect(plan.assignments.map((a) => [a.id, a.kode])).toEqual([
      ['a.yaml', '204160000003'],
      ['b.yaml', '204160000004'],
      ['c.yaml', '103160000001'],
    ]);
    expect(plan.changes).toEqual([{ kode: '204160000002', kind: 'catat', id: 'd.yaml', nama: 'd.yaml' }]);
    expect(plan.problems).toEqual([]);
  });

  it('reports what it cannot do and leaves those files alone', () => {
    const plan = planCodes(
      [
        std('broken.yaml', { broken: true }),
        std('format.yaml', { kode: '1.04.4.....' }),
        std('number.yaml', { kode: '204160000001', kodeNotText: true }),
        std('resmi.yaml', { resmi: true }),
        std('unknown.yaml', { group: undefined, unresolved: ['urusan'] }),
      ],
      undefined,
      { today },
    );
    expect(plan.assignments).toEqual([]);
    expect(plan.problems.map((p) => [p.id, p.kind])).toEqual([
      ['broken.yaml', 'syntax'],
      ['format.yaml', 'format'],
      ['number.yaml', 'format'],
      ['resmi.yaml', 'resmi-tanpa-kode'],
      ['unknown.yaml', 'unresolved'],
    ]);
    expect(plan.problems[4]!.params).toEqual({ fields: 'urusan' });
  });

  it('keeps the entry of a file it cannot read or was not asked about, and retires a deleted one', () => {
    const entry = (berkas: string) => ({ berkas, nama: berkas, status: 'aktif' as const, tanggal: '2024-01-01' });
    const plan = planCodes(
      [std('broken.yaml', { broken: true }), std('other.yaml', { selected: false })],
      registry({ '204160000001': entry('broken.yaml'), '204160000002': entry('other.yaml'), '204160000003': entry('deleted.yaml') }),
      { today },
    );
    expect(plan.changes).toEqual([{ kode: '204160000003', kind: 'pensiun', id: 'deleted.yaml', nama: 'deleted.yaml' }]);
    expect(plan.registry.kode['204160000003']).toEqual({ ...entry('deleted.yaml'), status: 'pensiun', pensiun: today });
    expect(plan.registry.kode['204160000001']!.status).toBe('aktif');
    expect(plan.registry.kode['204160000002']!.status).toBe('aktif');
  });

  it('--reassign records a replaced code the registry never knew as retired, with its successor', () => {
    const plan = planCodes([std('x.yaml', { kode: '2.05.160000.001' })], undefined, { today, reassign: new Set(['x.yaml']) });
    expect(plan.assignments).toEqual([{ id: 'x.yaml', file: 'x.yaml', nama: 'x.yaml', kode: '204160000001', previous: '2.05.160000.001', reason: 'ganti' }]);
    expect(plan.registry.kode['205160000001']).toEqual({ berkas: 'x.yaml', nama: 'x.yaml', status: 'pensiun', tanggal: today, pensiun: today, pengganti: '204160000001' });
  });
});
