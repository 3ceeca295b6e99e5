// Messages of skj validate's speed options (issue 12): --cache, --concurrency.
export const perfId = {
  'cli.desc.cache': 'ingat hasil berkas yang tidak berubah di .skjcache (akar proyek) agar pemeriksaan ulang cepat',
  'cli.desc.concurrency': 'thread pemeriksa selain thread utama (yang ikut memeriksa): auto (satu per inti CPU lainnya untuk proyek besar, ≥ 500 berkas; default), off, atau bilangan',
  'cli.bad-concurrency': 'Nilai «{value}» untuk --concurrency harus auto, off, atau bilangan bulat ≥ 1.',
  'cli.cache.unwritable': 'skj: peringatan: cache {path} tidak dapat ditulis ({detail}); hasil pemeriksaan tidak terpengaruh.',
};

export const perfEn: Record<keyof typeof perfId, string> = {
  'cli.desc.cache': 'remember the results of unchanged files in .skjcache (project root) so re-runs are fast',
  'cli.desc.concurrency': 'checking threads besides the main thread (which checks too): auto (one per other CPU core for large projects, ≥ 500 files; default), off, or a number',
  'cli.bad-concurrency': 'The value «{value}» for --concurrency must be auto, off or an integer ≥ 1.',
  'cli.cache.unwritable': 'skj: warning: cannot write the cache {path} ({detail}); the results are not affected.',
};
