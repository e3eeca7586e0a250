import { describe, expect, it } from 'vitest';
import { postGraphQL, startTestApp } from '../support/test-app.js';

describe('stopping the server', () => {
  it('lets requests already sent finish, then refuses new ones and closes the database', async () => {
    const app = await startTestApp();
    let received = 0;
    app.httpServer.on('request', () => received++);
    const inFlight = Array.from({ length: 20 }, () =>
      postGraphQL(app.url, '{ reports { edges { node { year government { name } channelFigures { items } } } } }'),
    );
    // Stop once the server has taken every request in, before they can all have been answered.
    while (received < 20) await new Promise((resolve) => setImmediate(resolve));
    await app.stop();
    const answers = await Promise.all(inFlight);
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    expect(answers.every((a) => (a.body.data as any).reports.edges[0].node.government.name === '临淄区人民政府')).toBe(true);
    await expect(postGraphQL(app.url, '{ reports { totalCount } }')).rejects.toThrowError(/fetch failed/);
    expect(await app.database.orm.isConnected()).toBe(false);
  });
});
