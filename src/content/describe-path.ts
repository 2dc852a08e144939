/**
 * Names a place in a course file by what a trainer sees there, not by a
 * zero-based index: `bank[6].options[1].feedback` → `question m2_q_radio,
 * option b: feedback`. Starts at the innermost lesson, objective or question,
 * whose ids are unique in the whole course.
 */
type Rec = Record<string, unknown>;

/** The noun for an element of each list; lists of course-unique ids restart the name. */
const ELEMENT: Record<string, { noun: string; unique?: boolean }> = {
  objectives: { noun: 'objective', unique: true },
  lessons: { noun: 'lesson', unique: true },
  check: { noun: 'question', unique: true },
  bank: { noun: 'question', unique: true },
  summary: { noun: 'summary point', unique: true },
  blocks: { noun: 'block' },
  options: { noun: 'option' },
  pairs: { noun: 'pair' },
  items: { noun: 'item' },
  steps: { noun: 'step' },
  sections: { noun: 'section' },
  tabs: { noun: 'tab' },
  choices: { noun: 'choice' },
};

export function describePath(content: unknown, path: string): string {
  const tokens = path.match(/[^.[\]]+|\[\d+\]/g) ?? [];
  let names: string[] = [];
  let fields: string[] = [];
  let value: unknown = content;
  let list = '';
  for (const token of tokens) {
    const index = /^\[(\d+)\]$/.exec(token);
    const next = index ? (Array.isArray(value) ? value[Number(index[1])] : undefined) : isRec(value) ? value[token] : undefined;
    if (index && ELEMENT[list]) {
      const { noun, unique } = ELEMENT[list]!;
      const id = isRec(next) && typeof next['id'] === 'string' && next['id'] !== '' ? next['id'] : String(Number(index[1]) + 1);
      if (unique) names = [];
      names.push(`${noun} ${id}`);
      fields = [];
    } else if (!index && token === 'jobAid') {
      names = ['job aid'];
      fields = [];
    } else if (!index && token === 'question' && isRec(next)) {
      // A scenario's question: its id is unique too.
      names = [typeof next['id'] === 'string' ? `question ${next['id']}` : 'question'];
      fields = [];
    } else fields.push(index ? String(Number(index[1]) + 1) : token);
    list = index ? '' : token;
    value = next;
  }
  const name = names.join(', ');
  return fields.length === 0 ? name : name ? `${name}: ${fields.join('.')}` : fields.join('.');
}

const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
