import { useQuery } from '@tanstack/react-query';
import createClient, { type Client } from 'openapi-fetch';
import { useMemo } from 'react';
import { useOfficer } from '../auth/officer-context';
import type { components as BillingComponents, paths as BillingPaths } from './generated/billing';
import type { components as ClaimsComponents, paths as ClaimsPaths } from './generated/claims';
import type { components as EnrolmentComponents, paths as EnrolmentPaths } from './generated/enrolment';

/**
 * The three services' typed clients, generated from their committed OpenAPI documents
 * (`npm run docs:openapi`), reached through the console server's same-origin proxy (`/api/<service>/...`).
 */
export interface ApiClients {
  enrolment: Client<EnrolmentPaths>;
  billing: Client<BillingPaths>;
  claims: Client<ClaimsPaths>;
}

/** The services the console reaches through its server's proxy. */
export type Service = keyof ApiClients;

/** The services' response shapes by schema name, e.g. `ClaimsSchema<'ClaimViewResponse'>`. */
export type EnrolmentSchema<Name extends keyof EnrolmentComponents['schemas']> = EnrolmentComponents['schemas'][Name];
export type BillingSchema<Name extends keyof BillingComponents['schemas']> = BillingComponents['schemas'][Name];
export type ClaimsSchema<Name extends keyof ClaimsComponents['schemas']> = ClaimsComponents['schemas'][Name];

/** Every 4xx of every service has this body (libs/platform's HttpErrorsFilter). */
export type ApiErrorBody = ClaimsSchema<'ErrorResponse'>;

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The stable code (`CLAIM_NOT_FOUND`) and, for a 400, every bad field: forms show them in place. */
    readonly body?: ApiErrorBody,
  ) {
    super(message);
  }
}

/** What a typed client call resolves to: the documented answer, or the error body. */
interface ApiResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The answer of a typed call, or its error thrown as ApiError. */
export async function answerOf<T>(call: Promise<ApiResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (response.ok) return data as T;
  const body = typeof error === 'object' && error !== null ? (error as Partial<ApiErrorBody>) : undefined;
  const message = body?.message ?? `HTTP ${response.status}`;
  throw new ApiError(response.status, message, body?.statusCode === undefined ? undefined : (body as ApiErrorBody));
}

function clientsFor(accessToken: string): ApiClients {
  const headers = { authorization: `Bearer ${accessToken}` };
  return {
    enrolment: createClient<EnrolmentPaths>({ baseUrl: '/api/enrolment', headers }),
    billing: createClient<BillingPaths>({ baseUrl: '/api/billing', headers }),
    claims: createClient<ClaimsPaths>({ baseUrl: '/api/claims', headers }),
  };
}

/** The typed clients, calling as the signed-in officer. */
export function useApiClients(): ApiClients {
  const { accessToken } = useOfficer();
  return useMemo(() => clientsFor(accessToken), [accessToken]);
}

/**
 * A read of one service as the signed-in officer, cached by TanStack Query under `key`, whose first
 * element is the service (a write refreshes every read of its service, ActionForm):
 * `useApiQuery(['claims', id], (api) => api.claims.GET('/v1/claims/{id}', { params: { path: { id } } }))`.
 * The path, its parameters and the answer's type all come from the service's OpenAPI document.
 */
export function useApiQuery<T>(
  key: readonly [Service, ...unknown[]],
  call: (api: ApiClients) => Promise<ApiResult<T>>,
  enabled = true,
) {
  const officer = useOfficer();
  const api = useApiClients();
  return useQuery({ queryKey: [...key, officer.subject], queryFn: () => answerOf(call(api)), enabled });
}
