import createClient, {
  type Client,
  type FetchResponse,
  type MaybeOptionalInit,
  type Middleware,
} from 'openapi-fetch';
import type { HttpMethod, MediaType, PathsWithMethod, RequiredKeysOf } from 'openapi-typescript-helpers';
import type { paths } from './generated/openapi.js';
import { TilskuddProblemError } from './problem.js';

export interface TilskuddClientOptions {
  /** For example https://tilskudd.example.no; the paths start with /v1. */
  baseUrl: string;
  /** A fixed Bearer token. */
  token?: string;
  /** Called before every request: return a fresh token from ID-porten, Entra ID or the dev login. */
  getToken?: () => string | undefined | Promise<string | undefined>;
  fetch?: typeof globalThis.fetch;
}

// openapi-fetch's own rule for when the second argument may be left out (it does not export it).
type InitParam<Init> = RequiredKeysOf<Init> extends never ? [Init?] : [Init];

/** Like openapi-fetch's method, but resolves to the response body and throws TilskuddProblemError otherwise. */
export type DataMethod<M extends HttpMethod> = <
  Path extends PathsWithMethod<paths, M>,
  Init extends MaybeOptionalInit<paths[Path], M>,
>(
  url: Path,
  ...init: InitParam<Init>
) => Promise<NonNullable<FetchResponse<paths[Path][M] & Record<string, unknown>, Init, MediaType>['data']>>;

export interface TilskuddClient {
  GET: DataMethod<'get'>;
  POST: DataMethod<'post'>;
  PUT: DataMethod<'put'>;
  DELETE: DataMethod<'delete'>;
  /** The openapi-fetch client underneath: answers `{ data, error, response }` and never throws on 4xx/5xx. */
  raw: Client<paths>;
}

function authMiddleware(options: TilskuddClientOptions): Middleware {
  return {
    async onRequest({ request }) {
      const token = options.token ?? (await options.getToken?.());
      if (token) request.headers.set('Authorization', `Bearer ${token}`);
      return request;
    },
  };
}

async function unwrap(pending: Promise<{ data?: unknown; error?: unknown; response: Response }>) {
  const { data, error, response } = await pending;
  if (!response.ok) throw TilskuddProblemError.from(response, error);
  return data;
}

type AnyMethod = (
  url: string,
  init?: unknown,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

/**
 * The typed client: paths, parameters, bodies and answers come from schemas/openapi.json, so a wrong body or
 * path does not compile.
 */
export function createTilskuddClient(options: TilskuddClientOptions): TilskuddClient {
  const raw = createClient<paths>({
    baseUrl: options.baseUrl,
    ...(options.fetch ? { fetch: options.fetch } : {}),
  });
  raw.use(authMiddleware(options));
  const data = (method: AnyMethod) => (url: string, init?: unknown) => unwrap(method(url, init));
  return {
    GET: data(raw.GET as AnyMethod) as DataMethod<'get'>,
    POST: data(raw.POST as AnyMethod) as DataMethod<'post'>,
    PUT: data(raw.PUT as AnyMethod) as DataMethod<'put'>,
    DELETE: data(raw.DELETE as AnyMethod) as DataMethod<'delete'>,
    raw,
  };
}
