// A request must arrive whole within its time (two minutes by default: a 7 MB upload on a slow phone line fits). A
// body trickled in a byte at a time otherwise holds its connection for ever, and enough of them starve the process of
// sockets and its database pool of connections. Node's own requestTimeout, measured, never fires on a body Fastify is
// reading, so the time is kept here: a 408 problem on the socket, then the connection closed.
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { writeClientErrorProblem } from './problem.js';

export const requestTimeoutPlugin = fp(
  async (app: FastifyInstance, options: { timeoutMs: number; isHttps: boolean }) => {
    app.addHook('onRequest', (request, reply, done) => {
      const raw = request.raw;
      // Only a request with a body still to come: a GET (an event stream above all) is whole once its headers are in.
      const hasBody = raw.headers['content-length'] !== undefined || raw.headers['transfer-encoding'] !== undefined;
      if (hasBody && !raw.complete) {
        const timer = setTimeout(() => {
          const socket = raw.socket as typeof raw.socket | null;
          // Injected requests (tests) have no real socket; a finished or gone one needs nothing.
          if (raw.complete || !socket || socket.destroyed || typeof socket.destroy !== 'function') return;
          try {
            writeClientErrorProblem(
              Object.assign(new Error('request timeout'), { code: 'ERR_HTTP_REQUEST_TIMEOUT' }),
              socket,
              options.isHttps,
            );
          } catch (error) {
            // A timer's throw would end the process: the one request is what must end.
            request.log.warn({ err: error }, 'request timeout: could not answer');
            socket.destroy();
          }
        }, options.timeoutMs);
        timer.unref();
        const stop = () => clearTimeout(timer);
        raw.once('end', stop);
        raw.once('close', stop);
        // Answered already (refused before its body was read, say): the socket may be serving the next request.
        reply.raw.once('close', stop);
        reply.raw.once('finish', stop);
      }
      done();
    });
  },
);
