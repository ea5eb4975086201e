import { z } from 'zod';
import { Principal } from '../common.js';
import { operation } from '../operation.js';
import { DemoUser, DevLogin, Token } from '../resources.js';

/** Who am I, and, outside production, a login for the demo users. */
export const IDENTITY_OPERATIONS = {
  getMe: operation({
    method: 'get',
    path: '/v1/me',
    tag: 'Tilgang',
    summary: 'Den innloggede brukeren og rollen',
    security: 'bearer',
    responses: { 200: { description: 'Brukeren', content: Principal } },
    problems: [401],
  }),
  listDemoUsers: operation({
    method: 'get',
    path: '/dev/users',
    tag: 'Utvikling',
    summary: 'Demobrukere (ikke i produksjon)',
    security: 'none',
    developmentOnly: true,
    responses: { 200: { description: 'Demobrukerne', content: z.object({ items: z.array(DemoUser) }) } },
    problems: [404],
  }),
  devLogin: operation({
    method: 'post',
    path: '/dev/login',
    tag: 'Utvikling',
    summary: 'Token for en demobruker (ikke i produksjon)',
    description: 'Utsteder et token signert med en lokal nøkkel. Slått av når NODE_ENV=production.',
    security: 'none',
    rateLimit: 'login',
    developmentOnly: true,
    body: DevLogin,
    responses: { 200: { description: 'Token', content: Token } },
    problems: [400, 404, 413, 415, 422],
  }),
};
