import type { enCertificate } from './en-certificate.js';

/** Textos del certificado impreso; la misma forma que el catálogo en inglés. */
export const esCertificate: typeof enCertificate = {
  logoOf: (firm: string) => `Logotipo de ${firm}`,
  companyLogo: 'Logotipo de la empresa',
  versionNamed: (release: string) => `Versión ${release}`,
  releasedOn: (date: string) => `Publicado el ${date}`,
  contentVersion: (hash: string) => `Versión del contenido ${hash}`,
  signedBy: 'Firmado por',
  signerRole: 'Cargo',
};
