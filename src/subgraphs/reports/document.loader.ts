import type { EntityManager } from '@mikro-orm/core';
import { byIdLoader, childrenLoader } from '../../db/batch-loaders.js';
import { DocumentCitation } from './document-citation.entity.js';
import { Document } from './document.entity.js';

export const documentLoaders = (em: EntityManager) => ({
  documentById: byIdLoader(em, Document),
  // Citations come with their document (or key-domain figure) joined in: one statement per batch.
  citationsByKeyDomainFigure: childrenLoader(em, DocumentCitation, 'keyDomainFigure', { ordinal: 'asc' }, ['document']),
  citationsByDocument: childrenLoader(em, DocumentCitation, 'document', { id: 'asc' }, ['keyDomainFigure']),
  documentsByDepartment: childrenLoader(em, Document, 'issuingDepartment', { issuedOn: 'desc' }),
});
