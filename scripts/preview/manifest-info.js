// Reads a staged package's imsmanifest.xml the way an LMS does on import: the
// launch file of the SCO and the passing score it hands the SCO at launch.

/** The first element with this local name, whatever its namespace prefix. */
const first = (doc, name) => doc.getElementsByTagNameNS('*', name)[0] ?? null;

/**
 * @param {string} base the package folder URL, ending in "/"
 * @returns {Promise<{ launch: string, masteryScore: string, title: string } | null>} null when there is no manifest
 */
export async function readManifest(base) {
  const response = await fetch(`${base}imsmanifest.xml`);
  if (!response.ok) return null;
  const doc = new DOMParser().parseFromString(await response.text(), 'application/xml');
  if (doc.getElementsByTagName('parsererror').length > 0) return null;

  const resources = [...doc.getElementsByTagNameNS('*', 'resource')];
  // The attribute is adlcp:scormtype in 1.2 and adlcp:scormType in 2004.
  const sco = resources.find((r) => [...r.attributes].some((a) => a.localName.toLowerCase() === 'scormtype' && a.value === 'sco'));
  const launch = (sco ?? resources[0])?.getAttribute('href') ?? 'index.html';

  // 1.2: adlcp:masteryscore (0–100). 2004: imsss:minNormalizedMeasure (0–1) of the primary objective.
  const mastery = first(doc, 'masteryscore')?.textContent?.trim();
  const measure = first(doc, 'primaryObjective')?.getElementsByTagNameNS('*', 'minNormalizedMeasure')[0]?.textContent?.trim();
  const masteryScore = mastery || (measure ? String(Math.round(Number(measure) * 100)) : '');
  const title = first(doc, 'title')?.textContent?.trim() ?? '';
  return { launch, masteryScore, title };
}
