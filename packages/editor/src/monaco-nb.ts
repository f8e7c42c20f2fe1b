/**
 * Monaco's own UI strings in bokmål where there is a translation (src/app/monaco-nb-words.ts,
 * numbered for the installed Monaco in generated/monaco-nb.ts); the rest stay English.
 * Imported before Monaco loads: some of its texts are read when its modules start.
 */
import { monacoNb } from '../generated/monaco-nb';

const messages: string[] = [];
for (const [number, text] of Object.entries(monacoNb)) messages[Number(number)] = text;
Object.assign(globalThis, { _VSCODE_NLS_MESSAGES: messages, _VSCODE_NLS_LANGUAGE: 'nb' });
