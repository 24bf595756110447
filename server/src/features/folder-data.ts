// What each workspace folder keeps in its `.newsdesk/` directory: the glossary of corrections
// (glossary.json) and the silenced findings (silenced.json). In a multi-root workspace every folder
// has its own; an article uses those of the folder that holds it (the innermost, when folders nest).
// The server reads and writes these files itself: that works the same in every LSP editor, and the
// file watcher (`**/.newsdesk/*.json`) brings in edits made by hand.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { uriKey } from './article';
import { emptyGlossary, parseGlossaryFile, serializeGlossary } from './glossary-file';
import type { GlossaryFile } from './glossary-file';
import { SilencedStore } from './silence';
import type { FolderOptions } from '../settings';

interface Folder {
  glossary: GlossaryFile;
  silenced: SilencedStore;
}

export const GLOSSARY_FILE = path.join('.newsdesk', 'glossary.json');

export class FolderData {
  private folders = new Map<string, Folder>();
  /** Corrections made to articles outside every folder (untitled, single files): kept for the session only. */
  private loose: GlossaryFile = emptyGlossary();
  private looseSilenced: SilencedStore;

  constructor(private readonly log: (message: string) => void) {
    this.looseSilenced = new SilencedStore(log);
  }

  /** The workspace folders (absolute paths); each one's files are read. */
  setFolders(paths: readonly string[]): void {
    const next = new Map<string, Folder>();
    for (const p of paths) next.set(p, this.folders.get(p) ?? this.read(p));
    this.folders = next;
  }

  /** Reads a folder's files again (after a change on disk); false when `folder` is not one of ours. */
  reload(folder: string): boolean {
    if (!this.folders.has(folder)) return false;
    this.folders.set(folder, this.read(folder));
    return true;
  }

  /** The folder a `.newsdesk/*.json` file belongs to, if it is one of ours. */
  folderOfDataFile(uri: string): string | undefined {
    const file = uriKey(uri);
    const dir = path.dirname(path.dirname(file));
    return path.basename(path.dirname(file)) === '.newsdesk' && this.folders.has(dir) ? dir : undefined;
  }

  /** The innermost workspace folder holding the document, if any. */
  folderOf(uri: string): string | undefined {
    const file = uriKey(uri);
    let best: string | undefined;
    for (const f of this.folders.keys()) {
      if ((file === f || file.startsWith(f.endsWith(path.sep) ? f : f + path.sep)) && (!best || f.length > best.length)) best = f;
    }
    return best;
  }

  glossaryOf(uri: string): GlossaryFile {
    const f = this.folderOf(uri);
    return f ? this.folders.get(f)!.glossary : this.loose;
  }

  /** The silenced findings of the document's folder (outside every folder: kept for the session only). */
  silencedOf(uri: string): SilencedStore {
    const f = this.folderOf(uri);
    return f ? this.folders.get(f)!.silenced : this.looseSilenced;
  }

  /** Changes the glossary of the document's folder and saves it (creating `.newsdesk/` on first use). */
  updateGlossary(uri: string, change: (g: GlossaryFile) => GlossaryFile): { file: string | null } {
    const f = this.folderOf(uri);
    if (!f) {
      this.loose = change(this.loose);
      this.log(`newsdesk: ${uri} is in no workspace folder: the correction holds until the server stops`);
      return { file: null };
    }
    const folder = this.folders.get(f)!;
    folder.glossary = change(folder.glossary);
    const file = path.join(f, GLOSSARY_FILE);
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, serializeGlossary(folder.glossary));
    } catch (e) {
      this.log(`newsdesk: could not save the glossary to ${file}: ${e}`);
    }
    return { file };
  }

  /** Every folder's glossary and silenced findings, for the analysis options (see settings.ts). */
  options(): FolderOptions[] {
    return [...this.folders].map(([folder, d]) => ({
      folder, glossary: d.glossary.entries, notNames: d.glossary.notNames, silenced: [...d.silenced.list()],
    }));
  }

  /** Options for documents outside every folder. */
  looseOptions(): Omit<FolderOptions, 'folder'> {
    return { glossary: this.loose.entries, notNames: this.loose.notNames, silenced: [...this.looseSilenced.list()] };
  }

  private read(folder: string): Folder {
    const silenced = new SilencedStore(this.log);
    silenced.load(folder);
    const file = path.join(folder, GLOSSARY_FILE);
    let glossary = emptyGlossary();
    let text: string | null = null;
    try {
      text = fs.readFileSync(file, 'utf8');
    } catch {
      // No glossary yet: made on the first correction.
    }
    if (text !== null) {
      const parsed = parseGlossaryFile(text);
      glossary = parsed.glossary;
      for (const p of parsed.problems) this.log(`newsdesk: ${file}: ${p}`);
    }
    return { glossary, silenced };
  }
}
