// Messages about reading input safely: encodings, sizes, limits, fonts (issue 7).
export const inputId = {
  'cli.config-render-room': '{where}: kertas {paper} mm dengan margin ini menyisakan bidang teks {width} × {height} mm; minimal {minWidth} × {minHeight} mm. Perkecil margin atau perbesar kertas.',
  'cli.render.paper-room': '--paper {paper}: dengan margin proyek tersisa bidang teks {width} × {height} mm; minimal {minWidth} × {minHeight} mm. Pilih kertas yang lebih besar.',
  'cli.render.glyph-missing': '{where}: peringatan: font tidak memuat {chars}; di PDF dicetak sebagai «?». Tulis dengan huruf lain, atau pakai --font dengan font yang memuatnya.',
} as const;

export const inputEn: Record<keyof typeof inputId, string> = {
  'cli.config-render-room': '{where}: paper {paper} mm with these margins leaves a text area of {width} × {height} mm; the minimum is {minWidth} × {minHeight} mm. Reduce the margins or use larger paper.',
  'cli.render.paper-room': '--paper {paper}: with the project margins the text area is {width} × {height} mm; the minimum is {minWidth} × {minHeight} mm. Choose larger paper.',
  'cli.render.glyph-missing': '{where}: warning: the font has no {chars}; the PDF prints it as «?». Write it another way, or use --font with a font that has it.',
};
