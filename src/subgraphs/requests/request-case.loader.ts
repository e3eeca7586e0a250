import type { EntityManager } from '@mikro-orm/core';
import { byIdLoader, childrenLoader } from '../../db/batch-loaders.js';
import { Appeal } from './appeal.entity.js';
import { CaseEvent } from './case-event.entity.js';
import { ledgerFiguresLoaders } from './ledger-figures.js';
import { ledgerSummaryLoaders } from './ledger-summary.loader.js';
import { publishedFiguresLoaders } from './published-figures.loader.js';
import { RequestCase } from './request-case.entity.js';

export const requestCaseLoaders = (em: EntityManager) => ({
  requestCaseById: byIdLoader(em, RequestCase),
  requestCasesByGovernment: childrenLoader(em, RequestCase, 'government', { receivedOn: 'desc' }),
  eventsByCase: childrenLoader(em, CaseEvent, 'requestCase', { id: 'asc' }),
  appealsByCase: childrenLoader(em, Appeal, 'requestCase', { filedOn: 'asc' }),
  ...ledgerSummaryLoaders(em),
  ...publishedFiguresLoaders(em),
  ...ledgerFiguresLoaders(em),
});
