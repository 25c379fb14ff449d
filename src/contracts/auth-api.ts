/**
 * The staff sign-in routes (log in and out, who is signed in, changing one's password), with their schemas as
 * types (src/contracts/route.ts).
 */
import type * as A from './auth.js';
import { get, post } from './route.js';

export const authApi = {
  login: post<typeof A.LoginResponse, { body: typeof A.LoginBody }>('/api/auth/login'),
  logout: post<typeof A.Ok>('/api/auth/logout'),
  me: get<typeof A.Me>('/api/auth/me'),
  changePassword: post<typeof A.Ok, { body: typeof A.PasswordBody }>('/api/auth/password'),
};
