import { writeFileSync } from 'node:fs';
import { afterAll, beforeAll, it } from 'vitest';
import { startTestApp, type TestApp } from '../support/test-app.js';
let app: TestApp;
beforeAll(async () => { app = await startTestApp(); });
afterAll(() => app?.stop());
it('dumps', async () => {
  const out: Record<string, unknown> = {};
  const S = `source proactive { items normativeDocuments normativeDocumentsIssued byChannel { gazette website weibo wechat other } }
      responses { total pressConferences pressConferencesWithPrincipal onlineInterviews onlineInterviewsWithPrincipal interpretations weiboWechat other }
      applications { received { total inPerson fax online letter other } closed { total onTime extended }
        replies { total alreadyPublic granted partiallyGranted refused { total stateSecret commercialSecret personalPrivacy securityStability notGovernmentInformation otherStatutory } notThisOrgan notExist correctionRequested otherChannel } }
      reconsiderations { total upheld corrected other } litigation { total upheld corrected other } complaints { total upheld corrected other }
      archiveSubmissions { total paper electronic } disclosureWebsites { total county township } gazette { issues copies }
      readingPoints { total county township } readingPointVisitors { total county township }
      staffing { offices staff fullTime partTime budgetTenThousandYuan } meetings { conferences trainingSessions trainees }`;
  out.prose = await app.graphql(`{ report(id: "1") { statistics2008(source: PROSE) { ${S} } } }`);
  const D = `totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id title issuedOn } }`;
  out.kd = await app.graphql(`{ documents(filter: { keyDomainId: "3" }) { ${D} } }`);
  out.dept = await app.graphql(`{ documents(filter: { departmentId: "7" }) { ${D} } }`);
  out.topic = await app.graphql(`{ documents(filter: { topic: "部门公文" }) { ${D} } }`);
  out.dec = await app.graphql(`{ documents(filter: { issuedFrom: "2017-12-01", issuedTo: "2017-12-31" }) { ${D} } }`);
  out.title = await app.graphql(`{ documents(filter: { titleContains: "征收" }) { ${D} } }`);
  out.all = await app.graphql(`{ documents(first: 100) { ${D} } }`);
  out.p1 = await app.graphql(`{ documents(first: 2) { ${D} } }`);
  out.anj = await app.graphql(`{ department(id: "11") { name kind documents { ${D} } ledPilotAreas { name } } sf: department(id: "14") { name ledPilotAreas { id name } } }`);
  out.kinds = await app.graphql(`{ government(id: "1") { departments(kind: STREET_OFFICE) { name kind } } }`);
  out.doc = await app.graphql(`{ document(id: "5") { id title citedUnder { ordinal items keyDomain { name } report { year } } government { name } } }`);
  out.kdp = await app.graphql(`{ report(id: "1") { proseFigures(measurePrefix: "key_domains") { measure value unit line } g: proseFigures(measurePrefix: "proactive.items_growth") { measure value unit line } c: proseFigures(measurePrefix: "channel_accounts.wechat.posts") { measure value unit line } r: tableCells(codePrefix: "requests.replies.refused") { code } } }`);
  writeFileSync('/tmp/dump2.json', JSON.stringify(out, null, 1));
});
