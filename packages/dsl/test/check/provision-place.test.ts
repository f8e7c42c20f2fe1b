import { describe, expect, it } from 'vitest';
import { provisionPlace, provisionPlaces } from '../../src/check/provision-place';

describe('places in a provision, as Norwegian legal writing names them', () => {
  it('one place: ordinals in words up to the tenth, numbers after', () => {
    expect(provisionPlace(3, 1)).toBe('tredje ledd første punktum');
    expect(provisionPlace(2)).toBe('andre ledd');
    expect(provisionPlace(12, 11)).toBe('ledd 12 punktum 11');
  });

  it('several places in one phrase, in order; a whole ledd includes its punktum', () => {
    expect(provisionPlaces([{ ledd: 1, punktum: 3 }, { ledd: 1, punktum: 1 }])).toBe('første ledd første og tredje punktum');
    expect(provisionPlaces([{ ledd: 3, punktum: 1 }, { ledd: 1, punktum: 1 }])).toBe('første ledd første punktum og tredje ledd første punktum');
    expect(provisionPlaces([{ ledd: 2, punktum: 1 }, { ledd: 2 }, { ledd: 1 }, { ledd: 4, punktum: 2 }])).toBe('første ledd, andre ledd og fjerde ledd andre punktum');
    expect(provisionPlaces([{ ledd: 1, punktum: 1 }, { ledd: 1, punktum: 11 }])).toBe('første ledd første punktum og punktum 11');
  });
});
