import type { ProsePattern } from '../types.js';
import { applications2008Patterns } from './applications-2008.js';
import { applicationsTemplatePatterns } from './applications-template.js';
import { appealPatterns } from './appeals.js';
import { facilityPatterns } from './facilities.js';
import { feePatterns } from './fees.js';
import { keyDomainPatterns, unlistedDomainPart } from './key-domains.js';
import { proactivePatterns } from './proactive.js';
import { programmePatterns } from './programme.js';
import { publishingActivityPatterns } from './publishing-activity.js';
import { relativePatterns } from './relative.js';
import { responsePatterns } from './responses.js';

/**
 * Every family of statement, in the order they are asked; the first to name a figure wins. The order
 * settles overlaps: shares before everything (they refer back); appeals before applications
 * (因政府信息公开申请提起行政复议…); fees before applications (办理…申请中收取信息处理费…元);
 * proactive categories and channels before key domains (重大建设项目131条 in a list of categories is a
 * category); key domains last, as they accept any published count under a domain heading.
 */
export const PATTERNS: readonly ProsePattern[] = [
  ...relativePatterns,
  ...appealPatterns,
  ...feePatterns,
  ...applications2008Patterns,
  ...applicationsTemplatePatterns,
  ...responsePatterns,
  ...proactivePatterns,
  ...facilityPatterns,
  ...programmePatterns,
  ...publishingActivityPatterns,
  ...keyDomainPatterns,
  unlistedDomainPart,
];
