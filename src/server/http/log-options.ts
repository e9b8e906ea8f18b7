// What the logs may hold: no webhook tokens (Exotel's travels in the query string), no cookies or CSRF tokens,
// no phone numbers from the parameters of a failed query.
import type { LoggerOptions } from 'pino';
import { stdSerializers } from 'pino';

/** Webhook URLs are logged without their query string, which may carry the shared token or the caller's number. */
export function loggableUrl(url: string): string {
  if (url.startsWith('/webhooks/') || url.startsWith('/simulator/')) return url.split('?')[0] ?? url;
  return url.replace(/([?&](?:token|phone|from)=)[^&]*/gi, '$1[redacted]');
}

/** A failed query's message lists its parameters (numbers, names): only the statement is kept. */
export function redactQueryParams(text: string): string {
  return text.replace(/\nparams:[\s\S]*$/, '\nparams: [redacted]');
}

interface SerializedError {
  type: string;
  message: string;
  stack: string;
  params?: unknown;
  cause?: unknown;
  [key: string]: unknown;
}

function serializeError(error: Error): SerializedError {
  const serialized = stdSerializers.err(error) as SerializedError;
  const clean = (e: SerializedError): SerializedError => ({
    ...e,
    message: redactQueryParams(String(e.message)),
    stack: redactQueryParams(String(e.stack)),
    ...(e.params !== undefined ? { params: '[redacted]' } : {}),
    ...(e.cause && typeof e.cause === 'object' ? { cause: clean(e.cause as SerializedError) } : {}),
  });
  return clean(serialized);
}

/**
 * Readable lines for a person watching a terminal (`npm start`), JSON lines for everything else (a service manager,
 * a log collector). pino-pretty is a development dependency: where it is not installed, JSON it is.
 */
function prettyWhenInteractive(): Pick<LoggerOptions, 'transport'> {
  if (!process.stdout.isTTY) return {};
  try {
    import.meta.resolve('pino-pretty');
  } catch {
    return {};
  }
  return {
    transport: {
      target: 'pino-pretty',
      options: { colorize: true, translateTime: 'HH:MM:ss', ignore: 'pid,hostname,reqId', singleLine: true },
    },
  };
}

export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    ...prettyWhenInteractive(),
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]'],
      censor: '[redacted]',
    },
    serializers: {
      req: (request: { method: string; url: string; ip?: string; id?: string }) => ({
        method: request.method,
        url: loggableUrl(request.url),
        ...(request.id ? { id: request.id } : {}),
      }),
      err: serializeError,
    },
  };
}
