// Integration and e2e tests start services and wait on a real broker: minutes, not jest's 5 s.
jest.setTimeout(180_000);
