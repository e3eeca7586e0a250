import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ApiKeyRole } from '../../src/auth/api-key.entity.js';
import { canWrite, requireWriteAccess } from '../../src/auth/guards.js';
import { ANONYMOUS, type Viewer } from '../../src/auth/viewer.js';

// The guard the ledger (#7) and pilot-progress (#8) mutations call before writing. No mutation
// exists yet, so the guard itself is held to every role, in scope and out of scope.
const LINZI = 7;
const OTHER = 8;
const editor: Viewer = { role: ApiKeyRole.EDITOR, keyId: 1, keyPrefix: 'dgk_editor01', governmentId: LINZI };
const provincial: Viewer = { role: ApiKeyRole.PROVINCIAL, keyId: 2, keyPrefix: 'dgk_province', regionId: 1 };
const admin: Viewer = { role: ApiKeyRole.ADMIN, keyId: 3, keyPrefix: 'dgk_admin001' };

function refusal(viewer: Viewer, governmentId: number) {
  try {
    requireWriteAccess(viewer, governmentId, 'Recording a request case');
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    return { message: (error as GraphQLError).message, code: (error as GraphQLError).extensions.code };
  }
  return 'allowed';
}

describe('who may write a government’s data', () => {
  it.each([
    ['an editor of that government', editor, LINZI, true],
    ['an editor of another government', editor, OTHER, false],
    ['an admin', admin, OTHER, true],
    ['a provincial key, even over its own region', provincial, LINZI, false],
    ['the public', ANONYMOUS, LINZI, false],
  ] as const)('%s: %s', (_who, viewer, governmentId, allowed) => {
    expect(canWrite(viewer, governmentId)).toBe(allowed);
  });

  it('lets the covered keys through', () => {
    expect(refusal(editor, LINZI)).toBe('allowed');
    expect(refusal(admin, LINZI)).toBe('allowed');
  });

  it('refuses the public with UNAUTHENTICATED, and other keys with FORBIDDEN, saying why', () => {
    expect(refusal(ANONYMOUS, LINZI)).toEqual({
      code: 'UNAUTHENTICATED',
      message: 'Recording a request case needs an API key: send "Authorization: Bearer <key>" with an editor key of government 7.',
    });
    expect(refusal(editor, OTHER)).toEqual({
      code: 'FORBIDDEN',
      message: 'Recording a request case for government 8 needs an editor key of that government or an admin key; the key dgk_editor01… writes for government 7 only.',
    });
    expect(refusal(provincial, LINZI)).toEqual({
      code: 'FORBIDDEN',
      message: 'Recording a request case for government 7 needs an editor key of that government or an admin key; provincial keys only read.',
    });
  });
});
