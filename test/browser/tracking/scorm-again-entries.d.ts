// scorm-again 3.4.3's per-standard entries export the API class by name at
// runtime (`export { Scorm12API }`), but their type files declare a default
// export. These augmentations declare the named exports the code really has.
import type { Scorm12API as Scorm12, Scorm2004API as Scorm2004 } from 'scorm-again';

declare module 'scorm-again/scorm12' {
  export const Scorm12API: typeof Scorm12;
}
declare module 'scorm-again/scorm2004' {
  export const Scorm2004API: typeof Scorm2004;
}
