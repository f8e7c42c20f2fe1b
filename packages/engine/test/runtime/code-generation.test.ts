import { describe, expect, it } from 'vitest';
import { generatedFrom } from '../../src/runtime/code-generation';

describe('generatedFrom: code made from a string where the engine forbids it', () => {
  it('refuses in words that name what could not be made, with the engine\'s error as the cause', () => {
    const refusal = new EvalError('Code generation from strings disallowed for this context');
    let thrown: unknown;
    try {
      generatedFrom('Funksjonen «stønad» av reglene', () => {
        throw refusal;
      });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as Error).message).toMatch(/^Funksjonen «stønad» av reglene kan ikke lages her: JavaScript-motoren tillater ikke kode laget fra tekst/);
    expect((thrown as Error).cause).toBe(refusal);
  });

  it('gives what is made, and lets any other error through as it is', () => {
    expect(generatedFrom('x', () => 42)).toBe(42);
    const other = new SyntaxError('Unexpected token');
    expect(() =>
      generatedFrom('x', () => {
        throw other;
      }),
    ).toThrow(other);
  });
});
