import type { AppContext } from '../http/context.js';
import { handlers } from '../http/operations.js';
import { registerCsv } from '../register/csv.js';
import { measureYears, registerMeasure, registerOrder } from '../register/measures.js';
import { threeSixtyGivingPackage } from '../register/three-sixty-giving.js';
import { listRegisteredCases } from '../repository/register.js';

/** Open data (seed 003: the list of all running projects), for anyone: as JSON, CSV and a 360Giving file. */
export function registerHandlers(ctx: AppContext) {
  const measures = async () => measureYears(await listRegisteredCases(ctx.db));
  const register = async () => (await measures()).map(registerMeasure).sort(registerOrder);
  return handlers({
    getRegister: async () => ({ status: 200, body: { items: await register() } }),

    getRegisterCsv: async () => ({ status: 200, body: registerCsv(await register()) }),

    getRegister360Giving: async ({ request }) => ({
      status: 200,
      body: threeSixtyGivingPackage(
        await measures(),
        `${request.protocol}://${request.host}${request.url}`,
        ctx.now(),
      ),
    }),
  });
}
