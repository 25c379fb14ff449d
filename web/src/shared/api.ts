/**
 * The browser's one way to call the API: JSON in and out, the CSRF header on writes, and errors turned into
 * ApiError with the server's stable code and Vietnamese message.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields?: { field: string; message: string }[],
  ) {
    super(message);
  }
}

function cookie(name: string): string | undefined {
  return document.cookie
    .split('; ')
    .find((c) => c.startsWith(name + '='))
    ?.slice(name.length + 1);
}

/** The CSRF cookie and header of the session a path belongs to: the citizen's (/api/citizen) or the staff's. */
function csrfOf(path: string): { token: string | undefined; header: string } {
  return path.startsWith('/api/citizen/')
    ? { token: cookie('motcua_citizen_csrf'), header: 'x-citizen-csrf' }
    : { token: cookie('motcua_csrf'), header: 'x-csrf-token' };
}

/**
 * `body` is sent as JSON, or as it is when it is a file (Blob), with the file's type. `cache: 'no-cache'` asks the
 * server again even when the browser holds a fresh copy (an unchanged answer costs a 304).
 */
export async function api<T>(
  path: string,
  init: { method?: string; body?: unknown; cache?: RequestCache } = {},
): Promise<T> {
  const method = init.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json' };
  const file = init.body instanceof Blob ? init.body : undefined;
  // A form (multipart upload): the browser writes the content type with its boundary.
  const form = init.body instanceof FormData ? init.body : undefined;
  if (form) {
    // nothing to add
  } else if (file) headers['content-type'] = file.type || 'application/octet-stream';
  else if (init.body !== undefined) headers['content-type'] = 'application/json';
  const csrf = csrfOf(path);
  if (method !== 'GET' && csrf.token) headers[csrf.header] = decodeURIComponent(csrf.token);
  const res = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    ...(init.cache ? { cache: init.cache } : {}),
    body: form ?? file ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
  });
  const text = await res.text();
  let data: unknown;
  try {
    data = text ? JSON.parse(text) : undefined;
  } catch (e) {
    // An error page that is not JSON (a proxy's) still answers with its status.
    if (res.ok) throw e;
  }
  if (!res.ok) {
    const e = (
      data as { error?: { code?: string; message?: string; fields?: { field: string; message: string }[] } }
    )?.error;
    throw new ApiError(
      res.status,
      e?.code ?? 'HTTP_' + res.status,
      e?.message ?? 'Có lỗi xảy ra.',
      e?.fields,
    );
  }
  return data as T;
}
