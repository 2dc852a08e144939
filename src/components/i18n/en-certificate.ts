/** Interface strings of the printed certificate: the issuer, the course version and the signature line (part of the English catalogue). */
export const enCertificate = {
  logoOf: (firm: string) => `${firm} logo`,
  companyLogo: 'Company logo',
  /** `release` is the course's own name for its version (course.yaml `release`), e.g. "3 (December 2026)". */
  versionNamed: (release: string) => `Version ${release}`,
  releasedOn: (date: string) => `Released ${date}`,
  contentVersion: (hash: string) => `Content version ${hash}`,
  signedBy: 'Signed by',
  signerRole: 'Role',
};
