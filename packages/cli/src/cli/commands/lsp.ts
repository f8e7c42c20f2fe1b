import { exitCodeHelp, type Command } from '../args.js';
import { ExitCode } from '../io.js';

export const lspCommand: Command = {
  name: 'lsp',
  summary: 'språktjener (Language Server Protocol) for VS Code og andre editorer',
  help: `Bruk: lovkode lsp [--stdio]

Starter en språktjener for regelspråket som snakker Language Server Protocol over
standard inn og ut: feil og advarsler med LK-koder, hjelp ved pekeren, forslag,
gå til definisjon, referanser, nytt navn, oversikt over filen og formatering.
Regelsettet er alle *.lov under arbeidsmappen editoren åpner, med filene som er
åpne i editoren i stedet for dem på disken. Se docs/editors.md.

Valg:
  --stdio      standard inn og ut (det eneste og standard; godtas for VS Code)
  -h, --help   viser denne hjelpen

${exitCodeHelp}`,
  options: { stdio: { type: 'boolean' } },
  async run() {
    // The language server's libraries are loaded here, not when `lovkode` starts.
    const { startLanguageServer } = await import('../../lsp/server.js');
    await startLanguageServer();
    return ExitCode.ok;
  },
};
