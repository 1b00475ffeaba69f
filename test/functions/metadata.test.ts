// The JSDoc must produce the functions.json Excel reads (the same generator webpack runs), and
// the file must register each function under the id the metadata names.
import * as path from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';

const SOURCE = path.resolve(__dirname, '..', '..', 'src', 'functions', 'functions.ts');

interface FunctionMeta {
  id: string;
  parameters: { name: string; optional?: boolean }[];
  result: { type: string };
}

describe('custom function metadata', () => {
  it('declares TIEN, CONG, NAM, HINHTHUC, NGUON, THUE and BANGCHU with their optional parameters, without errors', async () => {
    const result = await generateCustomFunctionsMetadata(SOURCE);
    expect(result.errors).toEqual([]);
    const functions = (JSON.parse(result.metadataJson) as { functions: FunctionMeta[] }).functions;
    const byId = new Map(functions.map((f) => [f.id, f]));
    expect([...byId.keys()].sort()).toEqual(['BANGCHU', 'CONG', 'HINHTHUC', 'NAM', 'NGUON', 'THUE', 'TIEN']);
    expect(byId.get('BANGCHU')?.parameters.map((p) => [p.name, p.optional === true])).toEqual([['amount', false], ['unit', true]]);
    expect(byId.get('CONG')?.parameters.map((p) => [p.name, p.optional === true])).toEqual([['range', false], ['unit', true]]);
    expect(byId.get('NAM')?.parameters.map((p) => [p.name, p.optional === true])).toEqual([
      ['amount', false], ['time', false], ['year', false], ['periodFrom', true], ['periodTo', true],
    ]);
    expect(byId.get('TIEN')?.parameters.map((p) => [p.name, p.optional === true])).toEqual([['text', false], ['unit', true]]);
    expect(byId.get('THUE')?.parameters.filter((p) => p.optional).map((p) => p.name)).toEqual(['residual', 'vat', 'atStart']);
    expect(byId.get('THUE')?.result.type).toBe('number');
  });

  it('associates each id with its function when Excel\'s CustomFunctions runtime is present', () => {
    const registered = new Map<string, unknown>();
    const g = globalThis as { CustomFunctions?: unknown };
    g.CustomFunctions = {
      associate: (id: string, fn: unknown) => registered.set(id, fn),
      Error: class extends Error {},
      ErrorCode: { invalidValue: '#VALUE!', invalidNumber: '#NUM!' },
    };
    try {
      jest.isolateModules(() => {
        // eslint-disable-next-line @typescript-eslint/no-require-imports
        const mod = require('../../src/functions/functions') as Record<string, unknown>;
        expect(registered.get('TIEN')).toBe(mod.tien);
        expect(registered.get('THUE')).toBe(mod.thue);
        expect(registered.get('CONG')).toBe(mod.cong);
        expect(registered.get('NAM')).toBe(mod.nam);
        expect(registered.get('BANGCHU')).toBe(mod.bangchu);
      });
    } finally {
      delete g.CustomFunctions;
    }
    expect([...registered.keys()].sort()).toEqual(['BANGCHU', 'CONG', 'HINHTHUC', 'NAM', 'NGUON', 'THUE', 'TIEN']);
  });
});
