import type { CountyOfficeId } from '@sosialtilskudd/domain';
import type { Queryable } from '../db/database.js';
import type { WrittenStandard } from '../notices/texts.js';

export interface NavOfficeRow {
  organisationNumber: string;
  name: string;
  municipalities: string[];
  countyOfficeId: CountyOfficeId;
  /** What notices to the office are written in: its municipality's written standard (bokmål when not given). */
  writtenStandard?: WrittenStandard;
}

export async function upsertNavOffice(db: Queryable, o: NavOfficeRow): Promise<void> {
  await db.query(
    `insert into nav_offices (organisation_number, name, municipalities, county_office_id, written_standard)
     values ($1, $2, $3, $4, $5)
     on conflict (organisation_number) do update set name = $2, municipalities = $3, county_office_id = $4,
       written_standard = $5`,
    [o.organisationNumber, o.name, o.municipalities, o.countyOfficeId, o.writtenStandard ?? 'nb'],
  );
}

export async function listNavOffices(db: Queryable): Promise<NavOfficeRow[]> {
  const { rows } = await db.query<NavOfficeRow>(
    `select organisation_number as "organisationNumber", name, municipalities, county_office_id as "countyOfficeId"
     from nav_offices order by name`,
  );
  return rows;
}

export async function findNavOffice(
  db: Queryable,
  organisationNumber: string,
): Promise<NavOfficeRow | undefined> {
  const { rows } = await db.query<NavOfficeRow>(
    `select organisation_number as "organisationNumber", name, municipalities, county_office_id as "countyOfficeId"
     from nav_offices where organisation_number = $1`,
    [organisationNumber],
  );
  return rows[0];
}
