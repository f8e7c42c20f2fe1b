/**
 * What the SQL generator will not translate, with the reason (docs/sql.md §6): a refusal is
 * never an approximation. `where` names the rule or construct and its place in the rules.
 */
export class SqlRefusal extends Error {
  constructor(
    message: string,
    readonly where?: string,
  ) {
    super(where ? `${where}: ${message}` : message);
    this.name = 'SqlRefusal';
  }
}
