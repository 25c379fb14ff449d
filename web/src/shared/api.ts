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

function csrfToken(): string | undefined {
  return document.cookie
    .split('; ')
    .find((c) => c.startsWith('motcua_csrf='))
    ?.slice('motcua_csrf='.length);
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
  if (file) headers['content-type'] = file.type || 'application/octet-stream';
  else if (init.body !== undefined) headers['content-type'] = 'application/json';
  const token = csrfToken();
  if (method !== 'GET' && token) headers['x-csrf-token'] = decodeURIComponent(token);
  const res = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    ...(init.cache ? { cache: init.cache } : {}),
    body: file ?? (init.body === undefined ? undefined : JSON.stringify(init.body)),
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
