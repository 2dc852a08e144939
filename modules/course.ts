import { defineCourse } from '../src/content/define.js';

export default defineCourse({
  id: 'security_customer_service',
  title: 'Customer service for security officers',
  description:
    'Learn how to keep people safe and make them feel welcome at the same time. You will practice first contact, building trust, clear communication, acting early, calming conflict, keeping professional boundaries, and handling incidents so the facts are clear.',
  language: 'en',
  attestation:
    'I have read this course and I understand my duties. I will keep people safe and treat every visitor with respect. I will stay calm, listen, explain rules clearly, keep professional boundaries, and report incidents with accurate facts.',
  assessment: {
    id: 'final_assessment',
    title: 'Final assessment',
    passMark: 80,
    draw: 20,
    attempts: 3,
  },
});
