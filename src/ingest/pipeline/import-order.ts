/**
 * Targets (manifest rows, folders, files given) whose sources are taken in turn at a time. Enough
 * for the jobs side by side to be on different issuers, few enough that an issuer's next report
 * comes while RecentFacts still holds its last one (a target's reports are usually one issuer's
 * years): with every target of a province in turn, last year's report came a thousand reports
 * later, after RecentFacts had let it go, and was read back from the database.
 */
export const TARGETS_IN_TURN = 64;

/**
 * The order a run imports its sources in, as indexes into the targets' sources laid end to end:
 * the first of each of the first TARGETS_IN_TURN targets, then the second of each, and so on; a
 * target done gives its place to the next one waiting. Imports of one issuer wait for each other
 * (upsertDirectory locks its government row), so taken target after target the jobs would mostly
 * wait; taken in turn they work on different issuers, and an issuer's reports come one turn
 * apart, each year's written before the next year's is checked against it.
 */
export function importOrder(perTarget: readonly unknown[][], inTurn = TARGETS_IN_TURN): number[] {
  const starts: number[] = [];
  let total = 0;
  for (const list of perTarget) {
    starts.push(total);
    total += list.length;
  }
  const waiting = perTarget.map((_, target) => target).filter((target) => perTarget[target].length > 0);
  let next = 0;
  const turn: { target: number; taken: number }[] = [];
  while (turn.length < inTurn && next < waiting.length) turn.push({ target: waiting[next++], taken: 0 });
  const order: number[] = [];
  while (turn.length > 0) {
    for (let i = 0; i < turn.length; ) {
      const place = turn[i];
      order.push(starts[place.target] + place.taken++);
      if (place.taken < perTarget[place.target].length) i++;
      else if (next < waiting.length) turn[i++] = { target: waiting[next++], taken: 0 };
      else turn.splice(i, 1);
    }
  }
  return order;
}
