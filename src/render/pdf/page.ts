// Page geometry from `render.kertas`, `render.margin_cm` and the command line.
import { DEFAULT_MARGIN_CM, KERTAS_MM, type NamaKertas, type RenderConfig } from '../../model/render.js';
import type { Margins } from './layout.js';

export const PT_PER_MM = 72 / 25.4;

export interface PageSetup {
  /** Width and height in points. */
  size: [number, number];
  margin: Margins;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** Paper by name (case-insensitive) or "WIDTHxHEIGHT" in mm; undefined when not understood. */
export function parsePaper(value: string): [number, number] | undefined {
  const name = (Object.keys(KERTAS_MM) as NamaKertas[]).find((k) => k.toLowerCase() === value.trim().toLowerCase());
  if (name) return [...KERTAS_MM[name]];
  const m = /^(\d+(?:\.\d+)?)\s*[x×]\s*(\d+(?:\.\d+)?)$/i.exec(value.trim());
  return m ? [Number(m[1]), Number(m[2])] : undefined;
}

export function pageSetup(cfg: RenderConfig, paperOverride?: [number, number]): PageSetup {
  const k = cfg.kertas ?? 'F4';
  const mm = paperOverride ?? (typeof k === 'string' ? KERTAS_MM[k] : [k.lebar_mm, k.tinggi_mm]);
  const cm = { ...DEFAULT_MARGIN_CM, ...Object.fromEntries(Object.entries(cfg.margin_cm ?? {}).filter(([, v]) => v !== undefined)) };
  const pt = (c: number) => round2(c * 10 * PT_PER_MM);
  return {
    size: [round2(mm[0] * PT_PER_MM), round2(mm[1] * PT_PER_MM)],
    margin: { left: pt(cm.kiri), right: pt(cm.kanan), top: pt(cm.atas), bottom: pt(cm.bawah) },
  };
}
