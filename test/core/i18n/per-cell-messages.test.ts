// PROCEDURE_HINT is said for each row of a plan, so its words after the cell are made once per
// distinct amount, type and route (i18n/findings.ts perCell). Each message must still read
// exactly as the message format says, for every cell, in both languages, also past the number
// of word sets kept (where the memory starts again).
import { message } from '../../../src/core/i18n';

describe('PROCEDURE_HINT messages made per cell', () => {
  it('tell apart rows that share an amount but not the type or the route', () => {
    const expectRead = (cell: string, amount: string, type: string, route: string) =>
      expect(message('vi', 'PROCEDURE_HINT', '', { cell, amount, type, route })).toBe(`Ô ${cell}: ${amount} (${type}): ${route}`);
    for (let i = 0; i < 400; i++) {
      const amount = `${(i % 50) + 1} triệu đồng`;
      expectRead(`E${i}`, amount, i % 2 ? 'chi thường xuyên' : 'vốn đầu tư phát triển', (i >> 1) % 3 ? 'Lập dự án' : 'Chỉ cần lập dự toán mua sắm');
    }
  });

  it('read "Ô <cell>: <amount> (<type>): <route>" for every row, with words shared or not', () => {
    const routes = ['Chỉ cần lập dự toán mua sắm', 'Lập đề cương và dự toán chi tiết'];
    const types = ['chi thường xuyên', 'vốn đầu tư phát triển'];
    // 12.000 distinct amounts: more word sets than are kept, each amount seen on three rows.
    for (let i = 0; i < 36000; i++) {
      const amount = `${(i % 12000) + 1} triệu đồng`;
      // Each pass over the amounts changes the type or the route (pass 0: 0/0, 1: 1/0, 2: 0/1).
      const pass = Math.floor(i / 12000);
      const type = types[pass % 2];
      const route = routes[pass >> 1];
      const cell = `E${i + 7}`;
      const params = { cell, amount, type, route };
      expect(message('vi', 'PROCEDURE_HINT', '', params)).toBe(`Ô ${cell}: ${amount} (${type}): ${route}`);
    }
  });

  it('keeps the two languages apart', () => {
    const p = { cell: 'F9', amount: '150 triệu đồng', type: 'recurrent spending', route: 'Procurement only' };
    expect(message('en', 'PROCEDURE_HINT', '', p)).toBe('Cell F9: 150 triệu đồng (recurrent spending): Procurement only');
    expect(message('vi', 'PROCEDURE_HINT', '', p)).toBe('Ô F9: 150 triệu đồng (recurrent spending): Procurement only');
    expect(message('en', 'PROCEDURE_HINT', '', { ...p, cell: 'F10' })).toBe('Cell F10: 150 triệu đồng (recurrent spending): Procurement only');
  });
});
