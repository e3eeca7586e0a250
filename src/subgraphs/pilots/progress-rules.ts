import { GraphQLError } from 'graphql';
import type { PilotPhase } from './pilot-phase.entity.js';
import { PhaseStatus } from './progress-update.entity.js';
import type { ReportPilotProgressInput } from './report-progress.input.js';

const STATUS_RANK: Record<PhaseStatus, number> = { NOT_STARTED: 0, IN_PROGRESS: 1, DONE: 2 };

/** What the rules compare a new statement with: the programme's phases and the area's latest statement. */
export interface ProgressState {
  phases: PilotPhase[];
  designatedOn: string;
  latest: { phaseOrdinal: number; status: PhaseStatus; asOf: string } | null;
  today: string;
}

function refuse(argumentName: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT', argumentName } });
}

/**
 * The first thing wrong with a statement of progress, or null. Moving back (an earlier phase, or
 * a lower status in the same phase) is allowed only with a reason: a reopened catalogue is real,
 * a typo is not, and the reason tells the province which one it was.
 */
export function progressProblem(input: ReportPilotProgressInput, state: ProgressState): GraphQLError | null {
  const ordinals = state.phases.map((p) => p.ordinal);
  if (!ordinals.includes(input.phase)) {
    return refuse('phase', `The programme has no phase ${input.phase}; its phases are ${state.phases.map((p) => `${p.ordinal} ${p.name}`).join(', ')}.`);
  }
  if (input.note.trim() === '') return refuse('note', 'A progress statement needs a note saying what was done.');
  const percent = input.percent ?? null;
  if (percent !== null && (percent < 0 || percent > 100)) return refuse('percent', `"percent" is a share of the phase, 0 to 100; got ${percent}.`);
  if (percent !== null && input.status === PhaseStatus.DONE && percent !== 100) return refuse('percent', `A DONE phase is 100 percent done; got ${percent}.`);
  if (percent !== null && input.status === PhaseStatus.NOT_STARTED && percent !== 0) return refuse('percent', `A NOT_STARTED phase is 0 percent done; got ${percent}.`);
  if (input.asOf > state.today) return refuse('asOf', `"asOf" ${input.asOf} is in the future; today is ${state.today} (China Standard Time).`);
  if (input.asOf.slice(0, state.designatedOn.length) < state.designatedOn) {
    return refuse('asOf', `"asOf" ${input.asOf} is before the site was designated (${state.designatedOn}).`);
  }
  const latest = state.latest;
  if (!latest) return null;
  if (input.asOf < latest.asOf) {
    return refuse('asOf', `"asOf" ${input.asOf} is before the area's latest statement (${latest.asOf}); progress is reported in date order.`);
  }
  const backwards = input.phase < latest.phaseOrdinal || (input.phase === latest.phaseOrdinal && STATUS_RANK[input.status] < STATUS_RANK[latest.status]);
  if (backwards && !input.reason?.trim()) {
    return refuse('reason', `The area was at phase ${latest.phaseOrdinal}, ${latest.status}; moving it back to phase ${input.phase}, ${input.status} needs a "reason".`);
  }
  return null;
}
