import { type CompiledRules, inputSchema, type JsonSchema } from '@lovkode/engine';
import { ProblemError } from './problem.js';

/**
 * The rule-set versions a service holds (docs/http.md, "Replay"). Each version is known by
 * its hash (`sha256:…`, docs/engine.md §6) and by the names it was given on the command line;
 * two names for the same rules are one version. A request pins a version with the header
 * `Lovkode-Ruleset` or the query parameter `ruleset`; without a pin the default is used.
 */

export interface RulesetInput {
  /** A name for the version, e.g. `2024` or `default`. */
  readonly name: string;
  readonly rules: CompiledRules;
  /** Where it came from (a path or `git:<rev>:<path>`), for `GET /v1/rules`. */
  readonly source?: string;
}

export class RulesetVersion {
  readonly names: string[] = [];
  readonly sources: string[] = [];
  private schema: JsonSchema | undefined;
  /** Per-version caches of derived documents (the description, the OpenAPI document). */
  readonly cache = new Map<string, unknown>();

  constructor(readonly rules: CompiledRules) {}

  get hash(): string {
    return this.rules.ruleset;
  }

  get name(): string {
    return this.names[0] as string;
  }

  /** The input JSON Schema, as `lovkode schema` prints it. */
  inputSchema(): JsonSchema {
    this.schema ??= inputSchema(this.rules.inputs, { title: this.rules.entry.name, entry: this.rules.entry });
    return this.schema;
  }

  /** A derived document, computed once per version. */
  cached<T>(key: string, make: () => T): T {
    if (!this.cache.has(key)) this.cache.set(key, make());
    return this.cache.get(key) as T;
  }
}

export const RULESET_HEADER = 'lovkode-ruleset';
export const RULESET_QUERY = 'ruleset';
const HASH_PATTERN = /^sha256:[0-9a-f]{64}$/;

export class RulesetRegistry {
  private readonly byHash = new Map<string, RulesetVersion>();
  private readonly byName = new Map<string, RulesetVersion>();
  readonly versions: readonly RulesetVersion[];
  readonly default: RulesetVersion;

  /** The first version is the default unless `defaultName` names another. */
  constructor(inputs: readonly RulesetInput[], defaultName?: string) {
    if (inputs.length === 0) throw new Error('Tjenesten trenger minst ett regelsett');
    const versions: RulesetVersion[] = [];
    for (const input of inputs) {
      if (this.byName.has(input.name)) throw new Error(`Regelsettet «${input.name}» er gitt to ganger`);
      let version = this.byHash.get(input.rules.ruleset);
      if (!version) {
        version = new RulesetVersion(input.rules);
        this.byHash.set(version.hash, version);
        versions.push(version);
      }
      version.names.push(input.name);
      if (input.source !== undefined) version.sources.push(input.source);
      this.byName.set(input.name, version);
    }
    this.versions = versions;
    const chosen = defaultName === undefined ? versions[0] : this.byName.get(defaultName);
    if (!chosen) throw new Error(`Finner ikke regelsettet «${defaultName}» som skal være standard`);
    this.default = chosen;
  }

  /** Every name with its version, for problems and `GET /v1/rules`. */
  known(): Array<{ name: string; ruleset: string }> {
    return [...this.byName].map(([name, version]) => ({ name, ruleset: version.hash }));
  }

  /**
   * The version a request asks for: by hash (`sha256:…`) or by name, from the header or the
   * query (both given must agree); the default when neither is given. Throws a problem
   * (404, listing the known versions) for one the service does not hold.
   */
  select(header: string | string[] | undefined, query: unknown): RulesetVersion {
    if (Array.isArray(header)) {
      throw new ProblemError('invalid-request', 'Headeren Lovkode-Ruleset er gitt flere ganger', {
        violations: [{ path: `header:${RULESET_HEADER}`, message: 'Gi headeren én gang' }],
      });
    }
    if (query !== undefined && typeof query !== 'string') {
      throw new ProblemError('invalid-request', 'Parameteren ruleset er gitt flere ganger', {
        violations: [{ path: `?${RULESET_QUERY}`, message: 'Gi parameteren én gang' }],
      });
    }
    const fromHeader = header?.trim();
    const fromQuery = query?.trim();
    if (fromHeader && fromQuery && fromHeader !== fromQuery) {
      throw new ProblemError('invalid-request', 'Headeren Lovkode-Ruleset og parameteren ruleset peker på forskjellige regelsett', {
        violations: [
          { path: `header:${RULESET_HEADER}`, message: `Peker på «${fromHeader}»` },
          { path: `?${RULESET_QUERY}`, message: `Peker på «${fromQuery}»` },
        ],
      });
    }
    const pin = fromHeader || fromQuery;
    if (!pin) return this.default;
    const version = this.byHash.get(pin.toLowerCase()) ?? this.byName.get(pin);
    if (version) return version;
    const path = fromHeader ? `header:${RULESET_HEADER}` : `?${RULESET_QUERY}`;
    const message = HASH_PATTERN.test(pin.toLowerCase())
      ? `Tjenesten har ikke regelsettet ${pin}`
      : `«${pin}» er verken en regelsett-id (sha256:…) eller et navn tjenesten kjenner`;
    throw new ProblemError('unknown-ruleset', `${message}; kjente regelsett: ${this.known().map((k) => `${k.name} (${k.ruleset})`).join(', ')}`, {
      violations: [{ path, message }],
      known: this.known(),
    });
  }
}
