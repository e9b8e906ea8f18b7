// The one exit point for errors: everything becomes application/problem+json with a stable code,
// translated into the reader's language; unexpected errors are logged and answered generically.
import type { Duplex } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Problem } from '../../../shared/contracts/common.js';
import type { Language } from '../../../shared/enums.js';
import { AppError, type FieldError } from '../../errors.js';
import { isValidationCode, languageFromHeader, translatorFor } from '../../i18n.js';
import { endAfterLingering } from './lingering-close.js';
import { baselineSecurityHeaders } from './security-headers.js';

export function requestLanguage(request: FastifyRequest): Language {
  return languageFromHeader(request.headers['accept-language']) ?? request.signedIn?.user.preferredLanguage ?? 'en';
}

interface ZodIssueLike {
  keyword: string;
  instancePath: string;
  message: string;
  params: Record<string, unknown>;
}

/** Messages of the contracts' own refinements that name a validation text (errors.json `validation.*`). */
/** What a wrongly typed field should hold, in words of the reader's language ("a whole number"), not Zod's "int". */
function expectedWords(f: FieldError, t: (key: string) => string): { expected?: string } {
  if (f.code !== 'invalid_type') return {};
  const expected = String(f.params?.expected ?? '');
  const known = ['int', 'number', 'string', 'boolean', 'array', 'object', 'date'].includes(expected);
  return { expected: t(`validation.types.${known ? expected : 'value'}`) };
}

/** Maps one Zod issue to field errors (an unknown-keys issue names each key). */
function fieldErrorsFromIssue(issue: ZodIssueLike, context: string | undefined): FieldError[] {
  const base = issue.instancePath.replace(/^\//, '').replaceAll('/', '.');
  const prefix = context && context !== 'body' ? `${context}.` : '';
  const field = (name: string): string => `${prefix}${name}` || (context ?? 'body');
  switch (issue.keyword) {
    case 'unrecognized_keys': {
      const keys = (issue.params.keys as string[] | undefined) ?? [];
      return keys.map((k) => ({ field: field(base ? `${base}.${k}` : k), code: 'unrecognized_key' }));
    }
    case 'invalid_type':
      return [
        issue.message.includes('received undefined')
          ? { field: field(base), code: 'required' }
          : { field: field(base), code: 'invalid_type', params: { expected: issue.params.expected } },
      ];
    case 'too_small':
      return [{ field: field(base), code: 'too_small', params: { minimum: issue.params.minimum } }];
    case 'too_big':
      return [{ field: field(base), code: 'too_big', params: { maximum: issue.params.maximum } }];
    case 'invalid_format':
      return [{ field: field(base), code: issue.params.format === 'email' ? 'invalid_email' : 'invalid' }];
    case 'invalid_value':
      return [{ field: field(base), code: 'invalid_value' }];
    case 'custom':
      // A schema's own message is its code when the catalog has words for it (invalid_phone, lat_lon_together…).
      return [{ field: field(base), code: isValidationCode(issue.message) ? issue.message : 'invalid' }];
    default:
      return [{ field: field(base), code: 'invalid' }];
  }
}

function toAppError(error: FastifyError, request: FastifyRequest): AppError | null {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fields = (error.validation as unknown as ZodIssueLike[]).flatMap((issue) =>
      fieldErrorsFromIssue(issue, error.validationContext),
    );
    return new AppError('validation_failed', { count: fields.length }, fields);
  }
  switch (error.code) {
    // Said in the reader's language, not the framework's English. A key named __proto__ or constructor is refused
    // by the same parser (prototype poisoning) and reads as the same fault.
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return new AppError('bad_json', { reasonKey: 'json.invalid' }, [{ field: 'body', code: 'invalid' }]);
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new AppError('bad_json', { reasonKey: 'json.empty' }, [{ field: 'body', code: 'required' }]);
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      // The route's own limit (an upload or an import takes more than the usual 256 KB).
      return new AppError('body_too_large', { limit: request.routeOptions.bodyLimit ?? bodyLimitBytes });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new AppError('unsupported_media_type');
    default:
      break;
  }
  if (error.statusCode === 429) return new AppError('rate_limited', { seconds: 60 });
  if (error.statusCode === 404) return new AppError('not_found');
  // Other client errors from Fastify (bad params, malformed requests) are the caller's fault: 400.
  if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) {
    return new AppError('validation_failed', { count: 1 }, [{ field: 'request', code: 'invalid' }]);
  }
  return null;
}

export const bodyLimitBytes = 256 * 1024;

export function sendProblem(request: FastifyRequest, reply: FastifyReply, error: AppError): FastifyReply {
  const t = translatorFor(requestLanguage(request));
  const params = { ...error.params };
  // Status codes in a message are shown by their names in the reader's language.
  for (const key of ['from', 'to'] as const) {
    if (typeof params[key] === 'string') params[key] = t(`status.${params[key]}`);
  }
  if (typeof params.reasonKey === 'string') params.reason = t(params.reasonKey, params);
  const title = t(`${error.code}.title`, params);
  const detail = t(`${error.code}.detail`, params);
  const body: Problem = {
    type: `https://sahayata.example/problems/${error.code}`,
    title,
    status: error.status,
    // A detail whose words were not given (a placeholder left) says no more than the title rather than show "{{reason}}".
    detail: /\{\{\w+\}\}/.test(detail) ? title : detail,
    code: error.code,
    instance: request.url.split('?')[0] ?? request.url,
    requestId: request.id,
  };
  if (error.fieldErrors.length > 0) {
    body.errors = error.fieldErrors.map((f) => {
      const bound = (name: 'minimum' | 'maximum') => {
        const value = f.params?.[name];
        // Zod reports bounds as numbers or bigints; only a plain finite number is passed on.
        return typeof value === 'number' && Number.isFinite(value) ? { [name]: value } : {};
      };
      return {
        field: f.field,
        code: f.code,
        message: t(`validation.${f.code}`, { ...f.params, ...expectedWords(f, t) }),
        ...bound('minimum'),
        ...bound('maximum'),
      };
    });
  }
  return reply
    .code(error.status)
    .headers(error.headers)
    .header('content-type', 'application/problem+json; charset=utf-8')
    .serializer(JSON.stringify)
    .send(body);
}

/** Errors the router raises before any route runs: a path parameter too long, a malformed URL. */
export function frameworkProblem(error: FastifyError): AppError {
  if (error.code === 'FST_ERR_MAX_PARAM_LENGTH') return new AppError('uri_too_long');
  return new AppError('validation_failed', { count: 1 }, [{ field: 'url', code: 'invalid' }]);
}

/** Sockets already answered: the parser, given more of the same request while we linger, complains again. */
const answered = new WeakSet<Duplex>();

/** A URL longer than this, when the parser stops for size, is what made the request too large. */
const maxUrlBytes = 8 * 1024;

/**
 * Requests Node's HTTP parser refuses (headers too large, malformed, too slow) never reach Fastify; they are
 * answered on the socket as problem+json with the usual security headers.
 */
export function writeClientErrorProblem(
  error: Error & { code?: string; rawPacket?: unknown },
  socket: Duplex,
  isHttps: boolean,
): void {
  if (error.code === 'ECONNRESET' || socket.destroyed || answered.has(socket)) return;
  answered.add(socket);
  // What the parser had read: a request line longer than the headers' whole budget is a URL too long (414), not
  // headers too large; the reader's language is read from it when it got that far.
  const raw = Buffer.isBuffer(error.rawPacket) ? error.rawPacket.toString('latin1') : '';
  const lineEnd = raw.indexOf('\r\n');
  const urlTooLong = error.code === 'HPE_HEADER_OVERFLOW' && (lineEnd === -1 ? raw.length : lineEnd) > maxUrlBytes;
  const appError = urlTooLong
    ? new AppError('uri_too_long')
    : error.code === 'HPE_HEADER_OVERFLOW'
      ? new AppError('headers_too_large')
      : error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? new AppError('request_timeout')
        : new AppError('validation_failed', { count: 1 }, [{ field: 'request', code: 'invalid' }]);
  const t = translatorFor(languageFromHeader(/\r\naccept-language:[ \t]*([^\r\n]{0,200})/i.exec(raw)?.[1]) ?? 'en');
  const body = JSON.stringify({
    type: `https://sahayata.example/problems/${appError.code}`,
    title: t(`${appError.code}.title`, appError.params),
    status: appError.status,
    detail: t(`${appError.code}.detail`, appError.params),
    code: appError.code,
  } satisfies Problem);
  const headers = {
    ...baselineSecurityHeaders(isHttps),
    'content-type': 'application/problem+json; charset=utf-8',
    'content-length': String(Buffer.byteLength(body)),
    connection: 'close',
  };
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${appError.status} ${appError.code}\r\n${Object.entries(headers)
        .map(([k, v]) => `${k}: ${v}`)
        .join('\r\n')}\r\n\r\n${body}`,
    );
  }
  // Not closed at once: the rest of a long address or a trickled body, unread, would make the close a reset that
  // throws away this answer on the client's side before it reads it.
  endAfterLingering(socket);
}

export const problemPlugin = fp(async (app: FastifyInstance) => {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const known = toAppError(error, request);
    if (known) return sendProblem(request, reply, known);
    request.log.error({ err: error, reqId: request.id }, 'unexpected error');
    return sendProblem(request, reply, new AppError('internal'));
  });
});
