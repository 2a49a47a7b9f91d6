// A devices process that says it is ready and then never answers a heartbeat: a hung driver.
process.send?.({ type: 'ready', pid: process.pid });
process.on('message', () => undefined);
setInterval(() => undefined, 1_000);
