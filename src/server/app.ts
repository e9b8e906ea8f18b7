// buildApp wires plugins and routes; it never listens, so tests inject requests into it.
import { tmpdir } from 'node:os';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import type { ChannelsConfig, Config } from './config.js';
import type { Database } from './db/client.js';
import { IntakeGuard } from './infrastructure/intake-guard.js';
import { DatabaseRateCounters } from './infrastructure/rate-counters.js';
import { rateLimitStore } from './infrastructure/rate-limit-store.js';
import { defaultIntakeGuardPolicy } from './domain/public/intake-guard.js';
import { AppError } from './errors.js';
import type { CaseBus } from './events/case-bus.js';
import { DatabaseCaseBus } from './events/database-case-bus.js';
import { forgetCache } from './infrastructure/cache.js';
import { notifyChannels } from './infrastructure/notify.js';
import { jobDefinitions, queueWorkers } from './jobs/job-registry.js';
import { startJobRunner, type JobRunner } from './jobs/job-runner.js';
import { providerBaseUrls } from './channels/provider-base-urls.js';
import { channelRoutes } from './http/routes/channels.js';
import { webhookRoutes } from './http/routes/webhooks.js';
import { fakeProviderRoutes } from './simulator/fake-provider-routes.js';
import { simulatorAwareFetch, simulatorToken } from './simulator/simulator-access.js';
import { simulatorRoutes } from './simulator/simulator-routes.js';
import { caseRoutes } from './http/routes/cases.js';
import { flaggedPhoneRoutes } from './http/routes/flagged-phones.js';
import { notificationRoutes } from './http/routes/notifications.js';
import { overviewRoutes } from './http/routes/overview.js';
import { bloodReportRoutes } from './http/routes/blood-reports.js';
import { caseLendingRoutes } from './http/routes/case-lending.js';
import { loanRoutes } from './http/routes/loans.js';
import { campRoutes } from './http/routes/camps.js';
import { equipmentRoutes } from './http/routes/equipment.js';
import { depotRoutes } from './http/routes/depots.js';
import { lendingFigureRoutes } from './http/routes/lending-figures.js';
import { lendingPolicyRoutes } from './http/routes/lending-policy.js';
import { oxygenStockRoutes } from './http/routes/oxygen-stock.js';
import { publicSponsorRoutes } from './http/routes/public-sponsors.js';
import { sponsorRoutes } from './http/routes/sponsors.js';
import { refillRoutes } from './http/routes/refills.js';
import { certificateRoutes } from './http/routes/certificates.js';
import { transfusionBookingRoutes } from './http/routes/transfusion-bookings.js';
import { transfusionPatientRoutes } from './http/routes/transfusion-patients.js';
import { publicCertificateRoutes } from './http/routes/public-certificates.js';
import { caseDonorRoutes } from './http/routes/case-donors.js';
import { donorAnswerRoutes } from './http/routes/donor-answers.js';
import { donorDonationRoutes } from './http/routes/donor-donations.js';
import { donorImportRoutes } from './http/routes/donor-import.js';
import { donorRoutes } from './http/routes/donors.js';
import { publicDonorRoutes } from './http/routes/public-donors.js';
import { replacementDonorRoutes } from './http/routes/replacement-donors.js';
import { publicRoutes } from './http/routes/public.js';
import { understandRoutes } from './http/routes/understand.js';
import { authPlugin } from './http/plugins/auth.js';
import { inputGuardPlugin } from './http/plugins/input-guard.js';
import { requestTimeoutPlugin } from './http/plugins/request-timeout.js';
import { lingeringClosePlugin } from './http/plugins/lingering-close.js';
import { loggerOptions } from './http/log-options.js';
import { RequestLogController } from './http/request-log-controller.js';
import { collectRouteMethods } from './http/route-methods.js';
import {
  bodyLimitBytes,
  frameworkProblem,
  problemPlugin,
  sendProblem,
  writeClientErrorProblem,
} from './http/plugins/problem.js';
import { baselineSecurityHeaders, requestIdFor, securityHeadersPlugin } from './http/plugins/security-headers.js';
import { wantsAppPage, webPlugin } from './http/plugins/web.js';
import { auditRoutes } from './http/routes/audit.js';
import { authRoutes } from './http/routes/auth.js';
import { geographyRoutes } from './http/routes/geography.js';
import { healthRoutes } from './http/routes/health.js';
import { jobRoutes } from './http/routes/jobs.js';
import { organisationRoutes } from './http/routes/organisations.js';
import { userRoutes } from './http/routes/users.js';

export interface AppDeps {
  config: Pick<Config, 'sessionSecret' | 'publicUrl' | 'logLevel'> & {
    channels?: ChannelsConfig;
    trustProxy?: Config['trustProxy'];
    /** Where uploaded files are kept (loan documents); tests without one get a folder of their own under the temp dir. */
    dataDir?: Config['dataDir'];
  };
  database: Database;
  logger?: FastifyServerOptions['logger'];
  /** Live case changes; by default through the database, so every process on it hears them. */
  bus?: CaseBus;
  /** Per-address route limits in this process's memory instead of the shared database counters (benchmarks). */
  rateLimitsInMemory?: boolean;
  /** Public-form throttling; tests and benchmarks pass their own limits. */
  intakeGuard?: IntakeGuard;
  /** Escalation checks, the inbox and outbound workers run in the background unless turned off (tests run them by hand). */
  runJobs?: boolean;
  /** Inbox processing lanes (parallel transactions); one suits PGlite, a few suit PostgreSQL. */
  /** How long a request may take to arrive whole (default two minutes). */
  requestTimeoutMs?: number;
  inboxConcurrency?: number;
}

const noChannels: ChannelsConfig = {
  organisation: null,
  env: {},
  simulator: false,
  apiUrls: { whatsapp: null, facebook: null, twilio: null, exotel: null, twitter: null },
};

/** A hop count trusts that many proxies nearest to us, as Express and Fastify document it. */
function trustProxyOption(value: Config['trustProxy']): boolean | string | ((address: string, hop: number) => boolean) {
  return typeof value === 'number' ? (_address, hop) => hop < value : value;
}

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { database, config } = deps;
  const db = database.db;
  // Counted in the database, so the limits hold across every process serving the public form.
  const intakeGuard = deps.intakeGuard ?? new IntakeGuard(defaultIntakeGuardPolicy, new DatabaseRateCounters(db));
  const channels = config.channels ?? noChannels;
  const isHttps = config.publicUrl.startsWith('https://');
  const app = Fastify({
    logger: deps.logger ?? loggerOptions(config.logLevel),
    logController: new RequestLogController(),
    bodyLimit: bodyLimitBytes,
    requestIdHeader: false,
    genReqId: requestIdFor,
    trustProxy: trustProxyOption(config.trustProxy ?? false),
    // Requests the router or the HTTP parser refuse are answered as problems too, with the same headers.
    frameworkErrors: (error, request, reply) => {
      reply.headers(baselineSecurityHeaders(isHttps));
      return sendProblem(request, reply, frameworkProblem(error));
    },
    clientErrorHandler: (error, socket) => writeClientErrorProblem(error, socket, isHttps),
    // Reject bodies with fields we do not know about at the schema level, not silently drop them.
    ajv: { customOptions: { removeAdditional: false } },
    return503OnClosing: false,
  });
  // Before any route: the methods each address takes, for the 405s of requests no route took.
  const routeMethods = collectRouteMethods(app);
  // The API speaks JSON only; anything else is a 415, not a string handed to a JSON schema.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // Live case changes travel through PostgreSQL (LISTEN/NOTIFY), so a desk hears of pleas another process took.
  const bus = deps.bus ?? new DatabaseCaseBus(database, (error) => app.log.warn({ err: error }, 'case bus'));
  if (bus instanceof DatabaseCaseBus) {
    await bus.start();
    app.addHook('onClose', async () => bus.stop());
  }
  // Another process changed something this one remembers (who a session is, a desk policy, the channel accounts).
  const stopHearingCaches = await database.listen(notifyChannels.cacheChanged, forgetCache);
  app.addHook('onClose', async () => stopHearingCaches());
  await app.register(problemPlugin);
  await app.register(requestTimeoutPlugin, { timeoutMs: deps.requestTimeoutMs ?? 120_000, isHttps });
  await app.register(lingeringClosePlugin);
  await app.register(inputGuardPlugin);
  await app.register(securityHeadersPlugin, { isHttps });
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    ...(deps.rateLimitsInMemory ? {} : { store: rateLimitStore(new DatabaseRateCounters(db)) }),
  });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Sahayata API',
        version: '1',
        description:
          'Every plea for help verified, matched and met in time. Errors are application/problem+json with a stable `code`.',
      },
      servers: [{ url: config.publicUrl }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'sahayata_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  // The app's own CSP applies (helmet, above): Swagger UI's static CSP forbids the inline styles it then sets, and
  // asks to upgrade requests to https on a plain-http deployment. No outside validator badge either.
  await app.register(fastifySwaggerUi, {
    routePrefix: '/api/docs',
    staticCSP: false,
    uiConfig: { validatorUrl: null },
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  await app.register(authPlugin, { db, secret: config.sessionSecret });
  await app.register(healthRoutes, { database });
  await app.register(
    async (api) => {
      await api.register(authRoutes, {
        db,
        secret: config.sessionSecret,
        secureCookies: config.publicUrl.startsWith('https://'),
        simulator: channels.simulator,
      });
      await api.register(organisationRoutes, { db });
      await api.register(userRoutes, { db });
      await api.register(auditRoutes, { db });
      await api.register(geographyRoutes, { db });
      await api.register(caseRoutes, { db, bus });
      await api.register(publicRoutes, { db, bus, secret: config.sessionSecret, guard: intakeGuard });
      await api.register(flaggedPhoneRoutes, { db });
      await api.register(notificationRoutes, { db });
      await api.register(overviewRoutes, { db });
      await api.register(understandRoutes, { db });
      await api.register(channelRoutes, { db, publicUrl: config.publicUrl, bus });
      await api.register(jobRoutes, { db });
      const blood = { db, bus, secret: config.sessionSecret, guard: intakeGuard, publicUrl: config.publicUrl };
      await api.register(donorRoutes, blood);
      await api.register(donorDonationRoutes, blood);
      await api.register(donorImportRoutes, blood);
      await api.register(publicDonorRoutes, blood);
      await api.register(caseDonorRoutes, blood);
      await api.register(donorAnswerRoutes, blood);
      await api.register(replacementDonorRoutes, blood);
      await api.register(bloodReportRoutes, blood);
      await api.register(caseLendingRoutes, { db, bus });
      await api.register(loanRoutes, {
        db,
        bus,
        dataDir: config.dataDir ?? path.join(tmpdir(), `sahayata-files-${process.pid}`),
      });
      await api.register(equipmentRoutes, { db, publicUrl: config.publicUrl });
      await api.register(depotRoutes, { db, publicUrl: config.publicUrl });
      await api.register(lendingFigureRoutes, { db, publicUrl: config.publicUrl });
      await api.register(lendingPolicyRoutes, { db, publicUrl: config.publicUrl });
      await api.register(oxygenStockRoutes, { db, publicUrl: config.publicUrl });
      await api.register(sponsorRoutes, { db, publicUrl: config.publicUrl });
      await api.register(publicSponsorRoutes, { db, publicUrl: config.publicUrl });
      await api.register(refillRoutes, { db, publicUrl: config.publicUrl });
      await api.register(certificateRoutes, { db, publicUrl: config.publicUrl });
      await api.register(transfusionPatientRoutes, { db });
      await api.register(transfusionBookingRoutes, blood);
      await api.register(campRoutes, {
        db,
        publicUrl: config.publicUrl,
        secret: config.sessionSecret,
        guard: intakeGuard,
      });
      await api.register(publicCertificateRoutes, { db, publicUrl: config.publicUrl });
      if (channels.simulator) await api.register(simulatorRoutes, { db, root: app });
    },
    { prefix: '/api/v1' },
  );
  await app.register(webhookRoutes, { db, publicUrl: config.publicUrl });
  const simulatorSecret = simulatorToken(config.sessionSecret);
  if (channels.simulator) await app.register(fakeProviderRoutes, { db, token: simulatorSecret });

  if (deps.runJobs !== false) {
    const baseUrlFor = providerBaseUrls(app, channels);
    const providerFetch = simulatorAwareFetch(simulatorSecret, (url) =>
      /^http:\/\/127\.0\.0\.1:[0-9]+\/simulator\//.test(url),
    );
    // One runner for all background work: the jobs table (escalations, Twitter polls, …) and the queue workers.
    // It starts once the server listens: with the simulator on, provider calls go to this app's own port.
    let runner: JobRunner | undefined;
    app.addHook('onListen', async () => {
      runner ??= startJobRunner({
        db,
        log: app.log,
        jobs: jobDefinitions,
        queues: queueWorkers({
          db,
          bus,
          log: app.log,
          publicUrl: config.publicUrl,
          baseUrlFor,
          fetch: providerFetch,
          inboxLanes: deps.inboxConcurrency ?? (database.kind === 'postgres' ? 4 : 1),
          inboxBatchSize: database.kind === 'postgres' ? 50 : 10,
        }),
        services: {
          baseUrlFor,
          fetch: providerFetch,
          twitterIntervalMs: channels.simulator ? 5_000 : 60_000,
          answerLinks: { secret: config.sessionSecret, publicUrl: config.publicUrl },
        },
      });
    });
    // Work in hand finishes before the database closes (a stop mid-message would only mean doing it again), and
    // while the server still listens: a send to this server's own provider simulator, in flight at the stop, is
    // then delivered rather than failed for the shutdown.
    app.addHook('preClose', async () => runner?.stop());
  }

  const hasWeb = await webPlugin(app);
  app.setNotFoundHandler((request, reply) => {
    if (hasWeb && wantsAppPage(request)) return reply.type('text/html').sendFile('index.html');
    const allowed = routeMethods(request.url);
    if (allowed.length > 0) {
      const allow = allowed.join(', ');
      const error = new AppError('method_not_allowed', { method: request.method, allow }, [], { allow });
      return sendProblem(request, reply, error);
    }
    return sendProblem(request, reply, new AppError('not_found'));
  });
  return app;
}
