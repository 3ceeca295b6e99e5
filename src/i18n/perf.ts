// Messages of skj validate's speed options (issue 12): --cache.
export const perfId = {
  'cli.desc.cache': 'ingat hasil berkas yang tidak berubah di .skjcache (akar proyek) agar pemeriksaan ulang cepat',
  'cli.cache.unwritable': 'skj: peringatan: cache {path} tidak dapat ditulis ({detail}); hasil pemeriksaan tidak terpengaruh.',
};

export const perfEn: Record<keyof typeof perfId, string> = {
  'cli.desc.cache': 'remember the results of unchanged files in .skjcache (project root) so re-runs are fast',
  'cli.cache.unwritable': 'skj: warning: cannot write the cache {path} ({detail}); the results are not affected.',
};
