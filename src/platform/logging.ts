/** Paths pino removes from logs: credentials, cookies and anything that could carry PHI. */
export const logRedaction = {
  paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', 'body', 'req.body', '*.password', '*.birthDate', '*.firstName', '*.lastName'],
  remove: true,
};
