import { defineModule } from '../src/content/define.js';

export default defineModule({
  id: 'communication',
  title: 'Communication: listen, explain, empathize',
  minutes: 10,
  objectives: [
    {
      id: 'm4_obj_listen',
      text: 'Use active listening to understand what a person needs.',
    },
    {
      id: 'm4_obj_explain',
      text: 'Give clear, calm explanations of rules and safety steps.',
    },
    {
      id: 'm4_obj_empathy',
      text: 'Show empathy by noticing how someone feels and responding to it.',
    },
  ],
  lessons: [
    {
      id: 'm4_l_listen',
      title: 'Listening comes first',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Good communication is not about giving orders. Most of it is listening. People can tell when you are just waiting for your turn to talk.',
        },
        {
          kind: 'list',
          items: [
            'Stop what you are doing and face the person.',
            'Let them finish without cutting in.',
            'Nod, and use short prompts like "OK" or "go on."',
            'Repeat back the key point: "So you last saw him by the fountain?"',
            'Ask open questions to fill in the gaps.',
          ],
        },
        {
          kind: 'tip',
          text: 'Keep an open mind. The person with the "silly" question may be the one who saw something important.',
        },
      ],
    },
    {
      id: 'm4_l_explain',
      title: 'Explaining clearly',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Airports, stadiums and concerts make people anxious. Rules they do not understand make it worse. A short, clear reason calms a lot of nerves.',
        },
        {
          kind: 'paragraph',
          text: 'Say what is happening, why, and what they need to do. Use plain words. Skip jargon and radio codes.',
        },
        {
          kind: 'list',
          items: [
            'Unclear: "Exit\'s closed. Move."',
            'Clear: "This exit is closed while we clean up a spill. The next one is just past the cafe, on your left."',
          ],
        },
        {
          kind: 'tip',
          text: 'Your tone counts as much as your words. Speak calmly and at a steady pace, even when it is busy. A calm voice can turn a scary moment into a manageable one.',
        },
      ],
    },
    {
      id: 'm4_l_empathy',
      title: 'Empathy: read the person, not just the words',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Empathy means trying to understand how someone feels. A sharp answer may come from fear, pain or a rough day. Notice the signs and adjust how you respond.',
        },
        {
          kind: 'paragraph',
          text: 'You do not have to agree with someone to show you understand them. Saying "I can see this has been stressful" costs nothing. It often lowers the heat straight away.',
        },
        {
          kind: 'scenario',
          title: 'The man in a hurry',
          text: 'At a busy stadium gate, a man snaps at you: "Why are you even checking bags? This line is ridiculous!" He is sweating and keeps looking at the time. The game starts in ten minutes.',
          question: {
            id: 'm4_scn_gate',
            type: 'single',
            objective: 'm4_obj_empathy',
            prompt: 'Which response is best?',
            options: [
              {
                id: 'a',
                text: '"Wait your turn like everyone else."',
                feedback: 'True, but it ignores his stress and will likely make him angrier.',
              },
              {
                id: 'b',
                text: '"I know you don\'t want to miss kickoff. The checks keep everyone safe, and it\'s moving fast. You\'ll be in within a few minutes."',
                correct: true,
                feedback: 'Yes. You name his worry, give a short reason, and tell him what to expect.',
              },
              {
                id: 'c',
                text: 'Let him skip the check to avoid a scene.',
                feedback: 'No. Checks apply to everyone. Skipping one creates a real security gap.',
              },
              {
                id: 'd',
                text: 'Say nothing and keep checking bags.',
                feedback: 'Silence can feel like you are ignoring him. A few calm words would ease things.',
              },
            ],
          },
        },
      ],
    },
  ],
  check: [
    {
      id: 'm4_chk_listen',
      type: 'single',
      objective: 'm4_obj_listen',
      prompt: 'Which of these is an example of active listening?',
      options: [
        {
          id: 'a',
          text: 'Repeating back the main point to check you understood.',
          correct: true,
          feedback: 'Right. It shows you heard them and lets them correct any mistake.',
        },
        {
          id: 'b',
          text: 'Planning your reply while they are still talking.',
          feedback: 'This means you are only half listening, and you may miss key details.',
        },
        {
          id: 'c',
          text: 'Finishing their sentences to save time.',
          feedback: 'Cutting in can feel rude, and your guess may be wrong.',
        },
        {
          id: 'd',
          text: 'Checking your radio while they explain.',
          feedback: 'Looking away signals you are not really listening.',
        },
      ],
    },
    {
      id: 'm4_chk_clear',
      type: 'single',
      objective: 'm4_obj_explain',
      prompt: 'A concert goer asks why the side entrance is closed. Which answer is clearest?',
      options: [
        {
          id: 'a',
          text: '"It\'s closed. Management decision."',
          feedback: 'This gives no useful reason and no next step.',
        },
        {
          id: 'b',
          text: '"We\'re on a code amber at that entry point."',
          feedback: 'Jargon like this confuses people and can worry them.',
        },
        {
          id: 'c',
          text: '"It\'s closed to keep the crowd flowing safely. The main gate is two minutes that way, past the food trucks."',
          correct: true,
          feedback: 'Yes. It says what, why, and what to do next, in plain words.',
        },
      ],
    },
    {
      id: 'm4_chk_agree',
      type: 'truefalse',
      objective: 'm4_obj_empathy',
      prompt: 'Showing empathy means you have to agree with what the person is asking for.',
      answer: false,
      feedback: {
        correct: 'Correct. You can show you understand someone\'s feelings and still hold to a rule.',
        incorrect: 'Not quite. Empathy is about understanding feelings, not giving in. You can be kind and still say no.',
      },
    },
  ],
  bank: [
    {
      id: 'm4_q_core',
      type: 'single',
      objective: 'm4_obj_listen',
      prompt: 'For a security officer, good communication with the public MAINLY involves:',
      options: [
        {
          id: 'a',
          text: 'Issuing firm commands',
          feedback: 'Incorrect. Commands have their place, but communication is much more than giving orders.',
        },
        {
          id: 'b',
          text: 'Listening carefully and responding with clarity and professionalism',
          correct: true,
          feedback: 'Correct. Listening first, then answering clearly and professionally, is the heart of it.',
        },
        {
          id: 'c',
          text: 'Speaking as little as possible',
          feedback: 'Incorrect. Saying too little leaves people confused and uneasy.',
        },
        {
          id: 'd',
          text: 'Reading out the site rules word for word',
          feedback: 'Incorrect. Reciting rules is not the same as listening and explaining.',
        },
      ],
    },
    {
      id: 'm4_q_summarize',
      type: 'single',
      objective: 'm4_obj_listen',
      prompt: 'A visitor gives you a long, muddled account of a problem. What is the BEST next step?',
      options: [
        {
          id: 'a',
          text: 'Tell them to calm down and start again.',
          feedback: 'Incorrect. "Calm down" often has the opposite effect, and starting over wastes what they said.',
        },
        {
          id: 'b',
          text: 'Sum up what you heard and ask if you have it right.',
          correct: true,
          feedback: 'Correct. Summarizing checks your understanding and shows you were listening.',
        },
        {
          id: 'c',
          text: 'Give the standard answer for that type of problem.',
          feedback: 'Incorrect. You may be answering the wrong question if you have not checked what they need.',
        },
        {
          id: 'd',
          text: 'Pass them to another staff member straight away.',
          feedback: 'Incorrect. Handing off before you understand the problem makes them repeat it all again.',
        },
      ],
    },
    {
      id: 'm4_q_protocols',
      type: 'single',
      objective: 'm4_obj_explain',
      prompt: 'Why do clear explanations of safety procedures matter in busy, stressful settings?',
      options: [
        {
          id: 'a',
          text: 'They reduce anxiety and make people more willing to cooperate.',
          correct: true,
          feedback: 'Correct. When people understand what is happening and why, they feel calmer and go along with it.',
        },
        {
          id: 'b',
          text: 'They let officers avoid enforcing the rules.',
          feedback: 'Incorrect. Explaining a rule supports enforcing it. It does not replace it.',
        },
        {
          id: 'c',
          text: 'They are only needed for staff, not the public.',
          feedback: 'Incorrect. The public need clear explanations just as much as staff.',
        },
        {
          id: 'd',
          text: 'They slow people down, which helps control crowds.',
          feedback: 'Incorrect. Clear explanations usually speed things up by cutting confusion.',
        },
      ],
    },
    {
      id: 'm4_q_ei',
      type: 'single',
      objective: 'm4_obj_empathy',
      prompt: 'An older visitor is short-tempered while asking for directions. She mentions she has been lost for twenty minutes. Which response shows emotional intelligence?',
      options: [
        {
          id: 'a',
          text: 'Match her tone so she knows you will not be pushed around.',
          feedback: 'Incorrect. Matching anger raises tension and solves nothing.',
        },
        {
          id: 'b',
          text: 'Acknowledge her frustration, then give calm, simple directions.',
          correct: true,
          feedback: 'Correct. You see the stress behind her tone and respond to it, then solve the problem.',
        },
        {
          id: 'c',
          text: 'Tell her you cannot help people who are rude.',
          feedback: 'Incorrect. Her frustration has a clear cause. Refusing help makes things worse.',
        },
        {
          id: 'd',
          text: 'Give quick directions and turn away.',
          feedback: 'Incorrect. The directions help, but ignoring her feelings misses the chance to calm her.',
        },
      ],
    },
    {
      id: 'm4_q_clear_multi',
      type: 'multiple',
      objective: 'm4_obj_explain',
      prompt: 'Which features make an explanation clear to a worried visitor? Select all that apply.',
      options: [
        {
          id: 'a',
          text: 'Plain, everyday words',
          correct: true,
          feedback: 'Correct. Simple words are easy to take in under stress.',
        },
        {
          id: 'b',
          text: 'Saying what is happening and why',
          correct: true,
          feedback: 'Correct. A reason makes a rule feel fair, not random.',
        },
        {
          id: 'c',
          text: 'Telling them what to do next',
          correct: true,
          feedback: 'Correct. A clear next step gives people something to act on.',
        },
        {
          id: 'd',
          text: 'Radio codes and technical terms',
          feedback: 'Incorrect. Jargon confuses people and can make them more anxious.',
        },
        {
          id: 'e',
          text: 'Talking fast to save time',
          feedback: 'Incorrect. A rushed explanation is hard to follow. A steady pace is clearer.',
        },
      ],
      feedback: {
        correct: 'Well done. Plain words, a reason and a next step make an explanation clear.',
        incorrect: 'Not quite. Clear explanations use plain words at a steady pace, give a reason, and say what to do next.',
      },
    },
    {
      id: 'm4_q_match',
      type: 'matching',
      objective: 'm4_obj_listen',
      prompt: 'Match each communication skill to the example that shows it.',
      pairs: [
        {
          id: 'listen',
          prompt: 'Active listening',
          target: { id: 'recap', text: 'Letting a guest finish, then repeating back the main point' },
        },
        {
          id: 'explain',
          prompt: 'Clear explanation',
          target: { id: 'door', text: '"This door is closed for a repair. Please use the one by the elevator."' },
        },
        {
          id: 'empathy',
          prompt: 'Empathy',
          target: { id: 'worry', text: '"I can see you\'re worried. Let\'s find her together."' },
        },
        {
          id: 'open',
          prompt: 'Open question',
          target: { id: 'what', text: '"What happened after you left the table?"' },
        },
      ],
      feedback: {
        correct: 'Correct. Each skill has its own job: listening, explaining, empathizing and drawing out detail.',
        incorrect: 'Not quite. Look for the clue: repeating back is listening, a reason plus next step is explaining, naming feelings is empathy, and "what happened" invites a full answer.',
      },
    },
  ],
});
