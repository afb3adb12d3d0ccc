import { useQuery } from '@tanstack/react-query';
import { useOfficer } from './auth/officer-context';

/** The three services, reached through the console server's same-origin proxy (`/api/<service>/...`). */
export type Service = 'enrolment' | 'billing' | 'claims';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function apiGet<T>(service: Service, path: string, accessToken: string): Promise<T> {
  const response = await fetch(`/api/${service}${path}`, { headers: { authorization: `Bearer ${accessToken}` } });
  const body = (await response.json().catch(() => undefined)) as { message?: string | string[] } | undefined;
  if (!response.ok) {
    const message = Array.isArray(body?.message)
      ? body.message.join('; ')
      : (body?.message ?? `HTTP ${response.status}`);
    throw new ApiError(response.status, message);
  }
  return body as T;
}

/** A GET of one service as the signed-in officer, cached by TanStack Query under its path. */
export function useApi<T>(service: Service, path: string, enabled = true) {
  const officer = useOfficer();
  return useQuery({
    queryKey: [service, path, officer.subject],
    queryFn: () => apiGet<T>(service, path, officer.accessToken),
    enabled,
  });
}
