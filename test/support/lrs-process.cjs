// Learning Locker's statements service (npm `xapi-statements`), run as the
// tests' LRS: in-memory models and storage, the test auth repo asking our
// front server which credentials are valid, events kept in memory. Its own
// server.js listens on every interface; this file does what server.js does
// but binds 127.0.0.1 on a free port and reports the port to its parent.
// The configuration is read from the environment when the service loads, so
// the parent sets it (test/support/lrs.ts).
'use strict';

const express = require('express');
const dist = 'xapi-statements/dist';
const translatorFactory = require(`${dist}/translatorFactory`).default;
const serviceFactory = require(`${dist}/serviceFactory`).default;
const expressPresenter = require(`${dist}/expressPresenter`).default;
const config = require(`${dist}/config`).default;
const constants = require(`${dist}/utils/constants`);
const logger = require(`${dist}/logger`).default;
const tracker = require(`${dist}/tracker`).default;

const app = express();
const presenter = expressPresenter({
  llClientInfoEndpoint: config.llClientInfoEndpoint,
  customRoute: config.express.customRoute,
  customRouteText: config.express.customRouteText,
  morganDirectory: config.express.morganDirectory,
  bodyParserLimit: config.express.bodyParserLimit,
  service: serviceFactory(),
  tracker,
  translator: translatorFactory(),
  logger,
});
app.use(constants.aboutRoute, presenter.aboutRouter);
app.use(constants.statementsRoute, presenter.statementsRouter);

const server = app.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  if (process.send) process.send({ port });
});
process.on('disconnect', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));
