// What `skj init` writes, as relative paths and contents; the CLI writes the ones that do not exist.
import {
  EDITORCONFIG,
  GITATTRIBUTES,
  GITHUB_WORKFLOW,
  GITIGNORE,
  GITLAB_CI,
  kamusTeknisYaml,
  readme,
  skjYaml,
  STANDAR_README,
  VSCODE_EXTENSIONS,
  VSCODE_SETTINGS,
  type InitAnswers,
} from './templates.js';

export interface InitFile {
  path: string;
  content: string;
}

export function planInit(answers: InitAnswers): InitFile[] {
  return [
    { path: 'skj.yaml', content: skjYaml(answers) },
    { path: 'standar/README.md', content: STANDAR_README },
    { path: 'kamus/teknis.yaml', content: kamusTeknisYaml(answers) },
    { path: 'README.md', content: readme(answers) },
    { path: '.github/workflows/skj.yml', content: GITHUB_WORKFLOW },
    { path: '.gitlab-ci.yml', content: GITLAB_CI },
    { path: '.vscode/settings.json', content: VSCODE_SETTINGS },
    { path: '.vscode/extensions.json', content: VSCODE_EXTENSIONS },
    { path: '.gitattributes', content: GITATTRIBUTES },
    { path: '.editorconfig', content: EDITORCONFIG },
    { path: '.gitignore', content: GITIGNORE },
  ];
}

/** "Bupati Contoh" from the kind of regulation and the region, when the user gave both. */
export function defaultPejabat(jenis: string | undefined, daerah: string | undefined): string | undefined {
  const m = /^Peraturan\s+(Bupati|Wali\s*Kota|Walikota|Gubernur)$/i.exec(jenis?.trim() ?? '');
  return m && daerah?.trim() ? `${m[1]} ${daerah.trim()}` : undefined;
}
