import { ApiError, type Service } from './api';

/** One refused input field, as the services' validation and domain errors name it. */
export interface Violation {
  field?: string;
  code: string;
  message: string;
}

/** A 4xx answer with the service's error code and the fields it refused, for forms to place beside their inputs. */
export class ApiRefusal extends ApiError {
  constructor(
    status: number,
    message: string,
    readonly code: string | undefined,
    readonly violations: readonly Violation[],
  ) {
    super(status, message);
  }
}

/** A POST or PUT as the signed-in officer: a JSON body, or a multipart form (file uploads). */
export async function apiSend<T>(
  service: Service,
  method: 'POST' | 'PUT' | 'PATCH',
  path: string,
  accessToken: string,
  body: object | FormData = {},
): Promise<T> {
  const json = !(body instanceof FormData);
  const response = await fetch(`/api/${service}${path}`, {
    method,
    headers: { authorization: `Bearer ${accessToken}`, ...(json ? { 'content-type': 'application/json' } : {}) },
    body: json ? JSON.stringify(body) : body,
  });
  const answer = (await response.json().catch(() => undefined)) as
    { message?: string | string[]; error?: string; violations?: Violation[] } | undefined;
  if (!response.ok) {
    const message = Array.isArray(answer?.message)
      ? answer.message.join('; ')
      : (answer?.message ?? `HTTP ${response.status}`);
    throw new ApiRefusal(response.status, message, answer?.error, answer?.violations ?? []);
  }
  return answer as T;
}

/** A file the API serves (a scan, a template, an error report), fetched with the officer's token. */
export async function apiFile(service: Service, path: string, accessToken: string): Promise<Blob> {
  const response = await fetch(`/api/${service}${path}`, { headers: { authorization: `Bearer ${accessToken}` } });
  if (!response.ok) throw new ApiError(response.status, `HTTP ${response.status}`);
  return response.blob();
}

/** Opens or saves a fetched file: the browser cannot send the bearer token on a plain link. */
export function offerFile(file: Blob, fileName: string, inline: boolean): void {
  const url = URL.createObjectURL(file);
  const link = document.createElement('a');
  link.href = url;
  if (inline) link.target = '_blank';
  else link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
