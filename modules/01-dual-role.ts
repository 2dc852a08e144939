import { defineModule } from '../src/content/define.js';

export default defineModule({
  id: 'dual_role',
  title: 'Two jobs, one uniform: watchful and helpful',
  minutes: 8,
  objectives: [
    {
      id: 'm1_obj_balance',
      text: 'Explain why watching for risks and helping people are both part of your job.',
    },
    {
      id: 'm1_obj_core',
      text: 'Treat customer service as a core duty that supports safety, not an optional extra.',
    },
    {
      id: 'm1_obj_roles',
      text: 'Tell apart the frontline tasks that shape how a place feels from the backstage tasks that keep it running.',
    },
  ],
  lessons: [
    {
      id: 'm1_l_more',
      title: 'More than a rule enforcer',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Your first duty is keeping people and property safe. That never changes. But most of your shift is spent around ordinary people, not threats. How you treat them is part of the job too.',
        },
        {
          kind: 'paragraph',
          text: 'You still watch for anything out of place. You check cameras, answer alarms and report crimes. At the same time you greet people, answer questions and help anyone who is stuck.',
        },
        {
          kind: 'list',
          items: [
            'Watcher: you scan for risks and odd behavior.',
            'Guide: you give directions and clear information.',
            'Listener: you hear out a worry or a complaint.',
            'Enforcer: you apply the site rules fairly when needed.',
          ],
        },
        {
          kind: 'tip',
          text: 'You are the face of safety on site. People should see someone they can trust and turn to, not just someone to avoid.',
        },
      ],
    },
    {
      id: 'm1_l_goal',
      title: 'The real goal: safe and reassured',
      blocks: [
        {
          kind: 'paragraph',
          text: 'It is easy to think security is there to catch rule-breakers. It is not. The goal is that everyone is safe and feels safe. Catching people is one tool, not the point.',
        },
        {
          kind: 'paragraph',
          text: 'Friendly service does not make you soft. It gives you more eyes and ears. When people trust you, they tell you things. That helps you spot trouble early.',
        },
        {
          kind: 'scenario',
          title: 'Two jobs at the same moment',
          text: 'You are on the floor of a shopping mall. A man has walked slowly past the jewelry store three times, looking at the door, not the window. Just then a visitor taps your arm and asks how to get to the pharmacy.',
          question: {
            id: 'm1_scn_pharmacy',
            type: 'single',
            objective: 'm1_obj_balance',
            prompt: 'What is your best move?',
            options: [
              {
                id: 'a',
                text: 'Ignore the visitor. Watching the man comes first.',
                feedback: 'Not the best. You can do both. Brushing off the visitor leaves a bad impression and costs you their trust.',
              },
              {
                id: 'b',
                text: 'Turn so the man stays in view, then give the visitor quick, friendly directions.',
                correct: true,
                feedback: 'Yes. You stay watchful and still help. That is the dual role in action.',
              },
              {
                id: 'c',
                text: 'Walk the visitor all the way to the pharmacy.',
                feedback: 'Kind, but you lose sight of a possible risk and leave your area. Directions are enough here.',
              },
              {
                id: 'd',
                text: 'Tell the visitor to go and ask at the information desk.',
                feedback: 'This passes the visitor off when a few words from you would solve it. It feels like a brush-off.',
              },
            ],
          },
        },
      ],
    },
    {
      id: 'm1_l_team',
      title: 'Frontline and backstage',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Not every security task involves the public. Some staff plan shift rotas or keep an eye on cash and payments. That work keeps the operation running. But visitors never see it.',
        },
        {
          kind: 'paragraph',
          text: 'How a place feels is shaped by the officers people actually meet. That is you. Your tone, your face and your help decide much of how visitors remember the site.',
        },
        {
          kind: 'paragraph',
          text: 'Both sides need each other. Good planning frees you to spend time with people. Good contact with people brings useful information back to the team.',
        },
        {
          kind: 'tip',
          text: 'Protecting a place means two things: keeping harm out, and making sure the people inside feel safe and treated with respect.',
        },
      ],
    },
  ],
  check: [
    {
      id: 'm1_chk_goal',
      type: 'single',
      objective: 'm1_obj_core',
      prompt: 'What is the main aim of security at a site?',
      options: [
        {
          id: 'a',
          text: 'Catch as many rule-breakers as possible.',
          feedback: 'Catching people is only one tool. The aim is bigger than that.',
        },
        {
          id: 'b',
          text: 'Keep everyone safe and help them feel safe.',
          correct: true,
          feedback: 'Right. Safety plus reassurance is the real goal. Service helps you get there.',
        },
        {
          id: 'c',
          text: 'Keep visitors away from staff areas, and nothing else.',
          feedback: 'Access control is one task, but it is not the whole aim of the role.',
        },
        {
          id: 'd',
          text: 'Apply every rule to the letter, whatever the situation.',
          feedback: 'Rules matter, but strict enforcement alone makes a place feel cold and can push people away.',
        },
      ],
    },
    {
      id: 'm1_chk_both',
      type: 'truefalse',
      objective: 'm1_obj_balance',
      prompt: 'Being friendly with visitors means you have to relax your watch for risks.',
      answer: false,
      feedback: {
        correct: 'Correct. You can be warm and watchful at once. Friendly contact often makes you more alert, because people tell you things.',
        incorrect: 'Not quite. Service and vigilance go together. You keep watching while you help.',
      },
    },
    {
      id: 'm1_chk_front',
      type: 'single',
      objective: 'm1_obj_roles',
      prompt: 'Which task does the most to shape how visitors feel about a site?',
      options: [
        {
          id: 'a',
          text: 'Drawing up the staff rota.',
          feedback: 'Needed, but visitors never see it. It does not shape how the place feels to them.',
        },
        {
          id: 'b',
          text: 'Greeting people at the entrance and helping them.',
          correct: true,
          feedback: 'Yes. Face-to-face contact is what visitors notice and remember.',
        },
        {
          id: 'c',
          text: 'Checking the cash records.',
          feedback: 'This is backstage work. It supports the operation but does not touch the visitor experience.',
        },
        {
          id: 'd',
          text: 'Testing the alarm panel.',
          feedback: 'Important for safety, but it is not something visitors experience directly.',
        },
      ],
    },
  ],
  bank: [
    {
      id: 'm1_q_primary',
      type: 'single',
      objective: 'm1_obj_core',
      prompt: 'A security officer\'s first duty is keeping people and property safe. Where does customer service fit in the role?',
      options: [
        {
          id: 'a',
          text: 'It is an optional extra for quiet shifts.',
          feedback: 'Incorrect. Service is part of every shift, busy or quiet, because officers deal with people all day.',
        },
        {
          id: 'b',
          text: 'It is a core part of the role that supports safety and builds trust.',
          correct: true,
          feedback: 'Correct. Good service is a core duty. It builds the trust that helps you keep people safe.',
        },
        {
          id: 'c',
          text: 'It belongs to reception staff, not security.',
          feedback: 'Incorrect. Officers are often the first staff visitors meet, so service is very much their job.',
        },
        {
          id: 'd',
          text: 'It only matters at retail sites.',
          feedback: 'Incorrect. Stores, events, offices and public buildings all benefit from officers who serve people well.',
        },
      ],
    },
    {
      id: 'm1_q_best_desc',
      type: 'single',
      objective: 'm1_obj_balance',
      prompt: 'Which statement BEST describes the modern security officer\'s role?',
      options: [
        {
          id: 'a',
          text: 'A strict enforcer who speaks to the public only when a rule is broken.',
          feedback: 'Incorrect. Talking to people only when there is a problem makes security feel like bad news.',
        },
        {
          id: 'b',
          text: 'A watchful presence who also greets, informs and helps people.',
          correct: true,
          feedback: 'Correct. The role blends vigilance with warmth and help.',
        },
        {
          id: 'c',
          text: 'A host whose main job is guest comfort, leaving safety to the police.',
          feedback: 'Incorrect. Safety stays the officer\'s duty. Service supports it; it does not replace it.',
        },
        {
          id: 'd',
          text: 'A camera operator who avoids contact with visitors.',
          feedback: 'Incorrect. Monitoring is one task, but avoiding people throws away the trust that makes security work.',
        },
      ],
    },
    {
      id: 'm1_q_engage',
      type: 'single',
      objective: 'm1_obj_roles',
      prompt: 'Which of the following duties does the MOST to create a welcoming atmosphere at a venue?',
      options: [
        {
          id: 'a',
          text: 'Monitoring financial transactions',
          feedback: 'Incorrect. This is backstage work. It keeps things running but patrons never see it.',
        },
        {
          id: 'b',
          text: 'Scheduling staff shifts',
          feedback: 'Incorrect. Rotas are needed, but they do not shape how patrons feel.',
        },
        {
          id: 'c',
          text: 'Engaging with patrons in a friendly, helpful way',
          correct: true,
          feedback: 'Correct. Direct, friendly contact with patrons is what sets the atmosphere.',
        },
        {
          id: 'd',
          text: 'Logging equipment maintenance',
          feedback: 'Incorrect. Useful record-keeping, but it has no effect on how welcome visitors feel.',
        },
      ],
    },
    {
      id: 'm1_q_more_effective',
      type: 'single',
      objective: 'm1_obj_core',
      prompt: 'Why does good customer service make an officer MORE effective at security?',
      options: [
        {
          id: 'a',
          text: 'Visitors who trust the officer are more likely to report problems early.',
          correct: true,
          feedback: 'Correct. Trust turns the public into extra eyes and ears, so problems surface sooner.',
        },
        {
          id: 'b',
          text: 'Friendly officers do not need to patrol.',
          feedback: 'Incorrect. Patrols are still needed. Service adds to them; it does not replace them.',
        },
        {
          id: 'c',
          text: 'Being friendly means rules no longer need enforcing.',
          feedback: 'Incorrect. Rules still apply. Good service simply makes enforcing them smoother.',
        },
        {
          id: 'd',
          text: 'It lets the officer skip incident reports.',
          feedback: 'Incorrect. Reporting duties stay the same, however friendly you are.',
        },
      ],
    },
    {
      id: 'm1_q_parts',
      type: 'multiple',
      objective: 'm1_obj_balance',
      prompt: 'Which of the following are part of a security officer\'s dual role? Select all that apply.',
      options: [
        {
          id: 'a',
          text: 'Watching for suspicious activity',
          correct: true,
          feedback: 'Correct. Vigilance is half of the dual role.',
        },
        {
          id: 'b',
          text: 'Giving visitors directions and information',
          correct: true,
          feedback: 'Correct. Helping people find their way is everyday service.',
        },
        {
          id: 'c',
          text: 'Responding to and reporting incidents',
          correct: true,
          feedback: 'Correct. Response and reporting stay core security duties.',
        },
        {
          id: 'd',
          text: 'Doing personal favors for regular visitors',
          feedback: 'Incorrect. Personal favors blur professional boundaries. They are not part of the role.',
        },
        {
          id: 'e',
          text: 'Avoiding conversation so you look more serious',
          feedback: 'Incorrect. Avoiding people makes you less approachable and less effective.',
        },
      ],
      feedback: {
        correct: 'Well done. The role combines watching, helping and responding.',
        incorrect: 'Not quite. The dual role means vigilance and response plus service, without personal favors or cold distance.',
      },
    },
    {
      id: 'm1_q_match',
      type: 'matching',
      objective: 'm1_obj_roles',
      prompt: 'Match each task to what it mainly contributes.',
      pairs: [
        {
          id: 'rota',
          prompt: 'Scheduling staff shifts',
          target: { id: 'ops', text: 'Keeps the operation running behind the scenes' },
        },
        {
          id: 'greet',
          prompt: 'Greeting visitors at the door',
          target: { id: 'tone', text: 'Sets the tone for the whole visit' },
        },
        {
          id: 'cctv',
          prompt: 'Watching camera feeds',
          target: { id: 'spot', text: 'Spots risks people on the floor might miss' },
        },
        {
          id: 'answer',
          prompt: 'Answering a visitor\'s question',
          target: { id: 'trust', text: 'Builds trust and reassurance' },
        },
      ],
      feedback: {
        correct: 'Correct. Backstage and frontline tasks both matter, but only frontline contact shapes how visitors feel.',
        incorrect: 'Not quite. Think about who sees each task: planning is backstage, cameras spot risks, and face-to-face contact builds tone and trust.',
      },
    },
  ],
});
