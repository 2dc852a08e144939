// xAPI and cmi5 launches against the tests' LRS and cmi5 LMS
// (test/support/front.ts, started by the preview server on first use).
// "Keep the data" relaunches in the same registration, so the course resumes
// from its state document; "reset" starts a new registration.

const ACTOR_HOME = 'https://lms.example.test';
let frontUrl = null;

async function front() {
  if (!frontUrl) {
    const response = await fetch('api/lrs');
    const answer = await response.json();
    if (!response.ok) throw new Error(answer.error);
    frontUrl = answer.front;
  }
  return frontUrl;
}

async function control(path, body) {
  const response = await fetch(`${await front()}/control/${path}`, { method: 'POST', body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`the test LMS refused ${path}: ${response.status} ${await response.text()}`);
  return response.json();
}

const registrationKey = (target) => `frontline-preview:${target}:registration`;

function savedRegistration(target) {
  try {
    return localStorage.getItem(registrationKey(target));
  } catch {
    return null;
  }
}

function keepRegistration(target, registration) {
  try {
    localStorage.setItem(registrationKey(target), registration);
  } catch {
    // blocked storage: the next launch starts a new registration
  }
}

/** cmi5 14.1: the AU as the LMS imports it from cmi5.xml. */
async function readAu(base) {
  const xml = await (await fetch(`${base}cmi5.xml`)).text();
  const au = new DOMParser().parseFromString(xml, 'application/xml').getElementsByTagName('au')[0];
  if (!au) throw new Error(`no <au> in ${base}cmi5.xml`);
  const mastery = au.getAttribute('masteryScore');
  return {
    id: au.getAttribute('id'),
    moveOn: au.getAttribute('moveOn'),
    masteryScore: mastery === null ? null : Number(mastery),
    url: au.getElementsByTagName('url')[0]?.textContent?.trim() ?? 'index.html',
  };
}

/** The Tin Can launch: endpoint, auth, actor and registration in the query string. */
export async function launchXapi({ settings, fresh, statements }) {
  const endpoint = `${await front()}/xapi/`;
  const registration = (!fresh && savedRegistration('xapi')) || crypto.randomUUID();
  keepRegistration('xapi', registration);
  const { auth } = await control('credentials', {});
  const actor = { objectType: 'Agent', name: settings.learnerName, account: { homePage: ACTOR_HOME, name: settings.learnerId } };
  statements.follow(await front(), registration);
  const query = new URLSearchParams({ endpoint, auth, actor: JSON.stringify(actor), registration });
  return { url: `pkg/xapi/index.html?${query}`, note: `xAPI launch in registration ${registration}.` };
}

/** cmi5 8.1: the LMS writes LaunchData and the learner preferences, records "launched", then opens the AU. */
export async function launchCmi5({ settings, fresh, statements }) {
  const base = 'pkg/cmi5/';
  const au = await readAu(base);
  const registration = fresh ? null : savedRegistration('cmi5');
  const { session, query } = await control('cmi5/launch', {
    publisherId: au.id,
    moveOn: au.moveOn,
    // LaunchData masteryScore is 0–1 (cmi5 10.2.2); the form's is a percentage.
    masteryScore: settings.masteryScore !== '' ? Number(settings.masteryScore) / 100 : au.masteryScore,
    launchMode: settings.mode.charAt(0).toUpperCase() + settings.mode.slice(1),
    ...(registration ? { registration } : {}),
    ...(settings.language ? { languagePreference: settings.language } : {}),
  });
  keepRegistration('cmi5', session.registration);
  statements.follow(await front(), session.registration);
  return { url: `${base}${au.url}?${new URLSearchParams(query)}`, note: `cmi5 session ${session.sessionId} in registration ${session.registration}.` };
}
