// A request refused before its body was read whole (too large, a body that is not JSON) is answered with
// `connection: close` (Fastify sets it: the rest of the body cannot be told from a next request), as is one refused
// before its body was read (not signed in) whose client asked to close. Node then closes the socket as soon as the
// answer is written, with the rest of the body unread, and the kernel answers that with a reset,
// which on the client's side throws away the answer it had not read yet: a phone uploading a 20 MB file, or any
// client that reads only once it has sent everything, sees "connection reset" instead of the 413 problem in its
// language. So such a socket is closed the way web servers do it (nginx's lingering close): our side ends after the
// answer, what still arrives is read and dropped, and the socket closes when the client closes it or after a few
// seconds, whichever is first.
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** How long the rest of a refused body is read and dropped before the socket is closed anyway (nginx: 5 s). */
export const lingerMs = 5_000;

/**
 * Ends our side of `socket` (after what is written) and closes it when the client does, or after `lingerMs`. What
 * still arrives meanwhile is read and dropped (by Node's HTTP parser, or here once the parser has given up).
 */
export function endAfterLingering(socket: Duplex): void {
  socket.end();
  socket.resume();
  const timer = setTimeout(() => socket.destroy(), lingerMs);
  timer.unref();
  socket.once('close', () => clearTimeout(timer));
}

export const lingeringClosePlugin = fp(async (app: FastifyInstance) => {
  app.addHook('onSend', async (request, reply, payload) => {
    const socket = request.raw.socket as Socket | null;
    // Injected requests (tests) have no real socket; a body read whole leaves nothing to linger for. Node's server
    // calls destroySoon once the answer is written on a connection that is to close (Fastify's `connection: close`
    // on a refused body, or the client's own); on one kept alive, it reads the rest of the body itself.
    if (!request.raw.complete && socket && typeof socket.destroySoon === 'function' && !socket.destroyed) {
      socket.destroySoon = () => endAfterLingering(socket);
    }
    return payload;
  });
});
