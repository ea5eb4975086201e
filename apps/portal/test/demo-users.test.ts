import { describe, expect, it } from 'vitest';
import { demoUserTable } from '../server/demo-users.js';

describe('the demo users pnpm start prints', () => {
  it('says who is who, in which role, seeing what, in aligned columns', () => {
    const table = demoUserTable([
      { id: 'nav-gjovik', principal: { name: 'Kari Nordmann (Nav Gjøvik)', role: 'nav-office' } },
      { id: 'avdir', principal: { name: 'Eva Moe (Arbeids- og velferdsdirektoratet)', role: 'directorate' } },
      { id: 'x', principal: { name: 'Ny Rolle', role: 'new-role' } },
    ]).split('\n');
    expect(table).toHaveLength(4);
    expect(table[0]).toMatch(/^Bruker\s+Rolle\s+Ser og gjør$/);
    expect(table[1]).toMatch(/^Kari Nordmann \(Nav Gjøvik\)\s+Nav-kontor\s+kontorets søknader og saker/);
    expect(table[2]).toContain('Arbeids- og velferdsdirektoratet  alle innsendte saker');
    expect(table[2]).toContain('nasjonal oversikt');
    // A role the portal has no words for yet is still listed, by its id.
    expect(table[3]).toMatch(/^Ny Rolle\s+new-role$/);
    // The role column starts after the first gap of two or more spaces, at the same place on every line.
    const roleColumn = (line: string | undefined) => line?.match(/^.*?\S\s{2,}/)?.[0].length;
    expect(new Set(table.map(roleColumn)).size).toBe(1);
  });
});
