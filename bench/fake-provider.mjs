// A stand-in for Meta's API in the inbound benchmark, in its own process: the app's replies cost it what a real
// send costs (one HTTP call), without the simulator's bookkeeping in the process under test.
import http from 'node:http';

let n = 0;
const server = http.createServer((request, response) => {
  request.resume();
  request.on('end', () => {
    n += 1;
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ messaging_product: 'whatsapp', messages: [{ id: `wamid.fake-${n}` }] }));
  });
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  process.stdout.write(`${typeof address === 'object' && address ? address.port : 0}\n`);
});
