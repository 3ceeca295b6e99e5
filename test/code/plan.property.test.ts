// Properties of the kode planner over random repositories and random histories: additions, deletions,
// tingkatan changes, removed kode lines, copies, official codes and --reassign. After every run codes
// are unique, never reused, agree with their standard, change only when asked, the registry follows the
// files, and a second run is a no-op.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planCodes, type Plan, type PlanStandar } from '../../src/code/plan.js';
import type { Registry } from '../../src/model/registry.js';

const TT = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12', '13', '14'];
const kelompok = (tt: string) => (Number(tt) <= 3 ? '1' : Number(tt) <= 6 ? '2' : '3');
const URUSAN = ['160000', '160100', '010000', '410000', '200000', '210000'];
const ALL_GROUPS = TT.flatMap((tt) => URUSAN.map((u) => kelompok(tt) + tt + u));

interface File {
  id: string;
  nama: string;
  group: string;
  kode?: string;
  resmi: boolean;
}

interface State {
  files: Map<string, File>;
  registry?: Registry;
  serial: number;
  day: number;
}

type OpKind = 'add' | 'delete' | 'tingkatan' | 'reassign' | 'unkode' | 'copy' | 'resmi' | 'rename';
interface Op {
  kind: OpKind;
  picks: number[];
}

const today = (s: State) => `2025-01-${String((s.day % 28) + 1).padStart(2, '0')}`;

function itemsOf(state: State): PlanStandar[] {
  return [...state.files.values()].map((f) => ({
    id: f.id,
    file: f.id,
    nama: f.nama,
    ...(f.kode !== undefined ? { kode: f.kode } : {}),
    resmi: f.resmi,
    group: f.group,
    selected: true,
  }));
}

/** Runs the planner, checks the properties of one run, carries the plan out and checks that a second run is a no-op. */
function step(state: State, groups: string[], reassign: ReadonlySet<string> = new Set()): Plan {
  const before = new Map([...state.files].map(([id, f]) => [id, { ...f }]));
  const registryBefore = state.registry?.kode ?? {};
  const codesBefore = new Set([...before.values()].flatMap((f) => (f.kode ? [f.kode] : [])));
  const input = itemsOf(state);
  const registryInput = state.registry;
  const plan = planCodes(input, registryInput, { reassign, today: today(state) });
  // deterministic: the order in which files are found does not matter
  expect(planCodes([...input].reverse(), registryInput, { reassign, today: today(state) })).toEqual(plan);

  const assigned = new Set<string>();
  for (const a of plan.assignments) {
    const file = before.get(a.id)!;
    // agree with the standard
    expect(a.kode.slice(0, 9)).toBe(file.group);
    expect(groups).toContain(a.kode.slice(0, 9));
    expect(Number(a.kode.slice(9))).toBeGreaterThanOrEqual(1);
    // never reused: a new number is unknown to the registry and to every file
    if (a.reason === 'pulih') {
      expect(file.kode).toBeUndefined();
      expect(registryBefore[a.kode]).toMatchObject({ berkas: a.id, status: 'aktif' });
    } else {
      expect(registryBefore[a.kode]).toBeUndefined();
      expect(codesBefore.has(a.kode)).toBe(false);
    }
    // change only when asked: a file that had a code gets a new one only under --reassign, official never
    if (file.kode !== undefined) expect(reassign.has(a.id) && !file.resmi).toBe(true);
    expect(assigned.has(a.kode)).toBe(false);
    assigned.add(a.kode);
  }
  // the registry only grows, and a retired code stays retired
  for (const [kode, entry] of Object.entries(registryBefore)) {
    expect(plan.registry.kode[kode]).toBeDefined();
    if (entry.status === 'pensiun') expect(plan.registry.kode[kode]).toEqual(entry);
  }

  // carry it out
  for (const a of plan.assignments) state.files.get(a.id)!.kode = a.kode;
  state.registry = plan.registry;

  // unique: a code skj gave is carried by one file only
  const carriers = new Map<string, number>();
  for (const f of state.files.values()) if (f.kode) carriers.set(f.kode, (carriers.get(f.kode) ?? 0) + 1);
  for (const a of plan.assignments) expect(carriers.get(a.kode)).toBe(1);
  // the registry follows the files: an active entry is carried by the file it names (or, while a
  // copied code is unresolved, by several files none of which is the registered one)
  for (const [kode, entry] of Object.entries(plan.registry.kode)) {
    if (entry.status === 'aktif' && state.files.get(entry.berkas)?.kode !== kode) expect(carriers.get(kode)).toBeGreaterThan(1);
  }
  // every standard has a code, unless a problem says why not
  const withProblem = new Set(plan.problems.map((p) => p.id));
  for (const f of state.files.values()) if (!f.kode) expect(withProblem.has(f.id)).toBe(true);

  // a second run is a no-op
  const again = planCodes(itemsOf(state), state.registry, { today: today(state) });
  expect(again.assignments).toEqual([]);
  expect(again.changes).toEqual([]);
  expect(again.registry).toEqual(state.registry);
  state.day++;
  return plan;
}

function addFiles(state: State, picks: number[], groups: string[]): void {
  for (const p of picks) {
    const id = `standar/${String(state.serial++).padStart(5, '0')}-${p % 97}.yaml`;
    state.files.set(id, { id, nama: `Jabatan ${p}`, group: groups[p % groups.length]!, resmi: false });
  }
}

function apply(state: State, op: Op, groups: string[]): void {
  const ids = [...state.files.keys()].sort();
  const pick = (p: number) => ids[p % Math.max(1, ids.length)];
  if (op.kind === 'add') return addFiles(state, op.picks, groups);
  if (ids.length === 0) return;
  const chosen = new Set(op.picks.map(pick).filter((x): x is string => !!x));
  if (op.kind === 'reassign') {
    step(state, groups, chosen);
    return;
  }
  for (const id of chosen) {
    const f = state.files.get(id)!;
    if (op.kind === 'delete') state.files.delete(id);
    else if (op.kind === 'tingkatan') f.group = groups[(groups.indexOf(f.group) + 1 + (id.length % 5)) % groups.length]!;
    else if (op.kind === 'unkode' && !f.resmi) delete f.kode;
    else if (op.kind === 'resmi' && f.kode) f.resmi = true;
    else if (op.kind === 'rename') {
      state.files.delete(id);
      const moved = `${id.replace('.yaml', '')}-baru.yaml`;
      state.files.set(moved, { ...f, id: moved, nama: `${f.nama} (baru)` });
    } else if (op.kind === 'copy') {
      const copy = `standar/${String(state.serial++).padStart(5, '0')}-salinan.yaml`;
      state.files.set(copy, { ...f, id: copy, resmi: false });
    }
  }
}

const opArb = (maxPicks: number) =>
  fc.record({
    kind: fc.constantFrom<OpKind>('add', 'add', 'delete', 'tingkatan', 'reassign', 'unkode', 'copy', 'resmi', 'rename'),
    picks: fc.array(fc.nat(), { maxLength: maxPicks }),
  });

function history(initial: number[], ops: Op[], groups: string[]): void {
  const state: State = { files: new Map(), serial: 0, day: 0 };
  addFiles(state, initial, groups);
  step(state, groups);
  for (const op of ops) {
    apply(state, op, groups);
    step(state, groups);
  }
}

describe('kode planner properties', () => {
  it('hold over small repositories with long random histories', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: ALL_GROUPS.length }),
        fc.array(fc.nat(), { maxLength: 60 }),
        fc.array(opArb(12), { maxLength: 25 }),
        (groupCount, initial, ops) => history(initial, ops, ALL_GROUPS.slice(0, groupCount)),
      ),
      { numRuns: 150 },
    );
  }, 30_000);

  it('hold when groups fill up (999 numbers)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(), { minLength: 900, maxLength: 1100 }),
        fc.array(opArb(150), { maxLength: 4 }),
        (initial, ops) => history(initial, ops, ALL_GROUPS.slice(0, 1)),
      ),
      { numRuns: 4 },
    );
  }, 30_000);

  it('hold over repositories of up to 10,000 standards', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5000, max: 10000 }),
        fc.nat(),
        fc.array(opArb(300), { minLength: 2, maxLength: 4 }),
        (size, seed, ops) => history(Array.from({ length: size }, (_, i) => (seed + i * 7919) % 100003), ops, ALL_GROUPS),
      ),
      { numRuns: 2 },
    );
  }, 30_000);
});
