import type { FastifyInstance } from 'fastify';

/**
 * Lets `app.close()` finish while clients hold keep-alive connections. Node closes idle
 * connections once, when closing starts; a connection that was busy then would otherwise stay
 * open after its response until the client's keep-alive ends. Once closing has begun, every
 * response says `Connection: close`, so each connection ends with its in-flight request.
 */
export function registerGracefulClose(app: FastifyInstance): void {
  let isClosing = false;
  app.addHook('preClose', async () => {
    isClosing = true;
  });
  app.addHook('onSend', async (_request, reply, payload) => {
    if (isClosing) reply.header('connection', 'close');
    return payload;
  });
}
