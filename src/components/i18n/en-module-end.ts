/** Interface strings of a module's summary and job aid, and the site names on the certificate (part of the English catalogue). */
export const enModuleEnd = {
  summaryTitle: 'Summary',
  jobAid: 'Job aid',
  jobAidOf: (title: string) => `Job aid: ${title}`,
  openJobAid: (title: string) => `Open the job aid: ${title}`,
  printJobAid: 'Print the job aid',
  jobAidNotFound: 'This job aid is not in the course any more.',
  backToModule: 'Back to the module',
  certificateFirm: 'Company',
  certificateSite: 'Site',
};
