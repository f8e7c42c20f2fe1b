/**
 * The justification of a case: the engine's `renderBegrunnelse` (packages/engine/src/trace/
 * begrunnelse.ts), given to the service as a renderer so that tests can run without it.
 */
import { renderBegrunnelse } from './lib';
import type { BegrunnelseRenderer } from './service';

export function loadBegrunnelseRenderer(): Promise<BegrunnelseRenderer | undefined> {
  return Promise.resolve((_trace, result) => renderBegrunnelse(result));
}
