import { defineModule } from '../src/content/define.js';

export default defineModule({
  id: 'de_escalation',
  title: 'Calming tense situations',
  minutes: 10,
  objectives: [
    {
      id: 'm6_obj_prevent',
      text: 'Explain how everyday service skills stop small conflicts from growing.',
    },
    {
      id: 'm6_obj_calm',
      text: 'Use a calm, confident and respectful manner to lower tension.',
    },
    {
      id: 'm6_obj_dispute',
      text: 'Step in to settle a dispute between guests before it becomes a safety risk.',
    },
  ],
  lessons: [
    {
      id: 'm6_l_prevent',
      title: 'Service skills prevent conflict',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Most fights start small: a bumped shoulder, a taken seat, a long wait. If someone steps in early and calmly, most of these never grow.',
        },
        {
          kind: 'paragraph',
          text: 'The skills you use to help people also calm them down. Listening, a steady voice and respect lower the heat. Threats and barked orders raise it.',
        },
        {
          kind: 'tip',
          text: 'Tension spreads, but so does calm. If you stay steady, people around you often match you.',
        },
      ],
    },
    {
      id: 'm6_l_calm',
      title: 'Your calm toolkit',
      blocks: [
        {
          kind: 'list',
          items: [
            'Keep your voice low and slow.',
            'Give space. Stand at an angle, not toe to toe.',
            'Keep your hands open and visible.',
            'Use their name if you know it.',
            'Name the feeling: "I can see you\'re upset."',
            'Offer choices where you can, not just orders.',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Be confident, not aggressive. Confidence says "I have this under control." Aggression says "I want a fight." People react to what they see.',
        },
        {
          kind: 'paragraph',
          text: 'Stay professional even if you are insulted. It is not personal. Your job is to bring the situation back to safe.',
        },
      ],
    },
    {
      id: 'm6_l_dispute',
      title: 'When two guests clash',
      blocks: [
        {
          kind: 'paragraph',
          text: 'When two guests argue, do not take a side straight away. Put a little space between them if you can. Hear each one out in turn.',
        },
        {
          kind: 'paragraph',
          text: 'Look for a fair fix that lets both people save face. Explain any rule that applies, calmly. If it turns threatening, follow your site procedure and call for backup.',
        },
        {
          kind: 'scenario',
          title: 'Two people, one seat',
          text: 'At a theater, two guests are arguing over the same seat. Their voices are rising, and people nearby have turned to stare.',
          question: {
            id: 'm6_scn_seats',
            type: 'branching',
            objective: 'm6_obj_dispute',
            prompt: 'Settle the seat dispute.',
            steps: [
              {
                id: 's1',
                text: 'You are the nearest officer. What do you do?',
                choices: [
                  {
                    id: 'a',
                    text: 'Walk over calmly, introduce yourself, and ask to see both tickets.',
                    best: true,
                    consequence: 'Both stop shouting to show you their tickets. The focus moves from each other to the facts.',
                    next: 's2',
                  },
                  {
                    id: 'b',
                    text: 'Call out from the aisle that they will both be removed if they do not stop.',
                    consequence: 'One guest turns his anger on you. Now there are two conflicts instead of one.',
                  },
                  {
                    id: 'c',
                    text: 'Tell the guest who arrived second to give up the seat.',
                    consequence: 'You picked a side without the facts. The other guest feels wronged and the row gets louder.',
                  },
                ],
              },
              {
                id: 's2',
                text: 'The tickets show one guest is in the wrong row. He is embarrassed and still annoyed.',
                choices: [
                  {
                    id: 'a',
                    text: 'Quietly explain the mix-up and offer to show him to his correct seat.',
                    best: true,
                    consequence: 'He saves face and goes with you. The other guest sits down, and the row settles.',
                  },
                  {
                    id: 'b',
                    text: 'Tell him loudly that he is in the wrong seat.',
                    consequence: 'He feels humiliated in front of the crowd and digs his heels in.',
                  },
                  {
                    id: 'c',
                    text: 'Walk away now that you know who is right.',
                    consequence: 'Left alone, he keeps arguing. The job is not done until both guests are settled.',
                  },
                ],
              },
            ],
            feedback: {
              correct: 'Well handled. You stayed neutral, used the facts, and let the guest save face.',
              incorrect: 'Not the best path. Approach calmly, check the facts before taking a side, and help the person in the wrong save face.',
            },
          },
        },
      ],
    },
  ],
  check: [
    {
      id: 'm6_chk_body',
      type: 'single',
      objective: 'm6_obj_calm',
      prompt: 'Which body language helps calm an angry person?',
      options: [
        {
          id: 'a',
          text: 'Standing close, face to face, with arms folded.',
          feedback: 'This feels like a challenge and can make the person feel cornered.',
        },
        {
          id: 'b',
          text: 'Standing at an angle, giving space, with open hands.',
          correct: true,
          feedback: 'Right. It looks calm and non-threatening and gives the person room.',
        },
        {
          id: 'c',
          text: 'Pointing at them while you talk.',
          feedback: 'Pointing feels aggressive and usually raises tension.',
        },
      ],
    },
    {
      id: 'm6_chk_confident',
      type: 'truefalse',
      objective: 'm6_obj_calm',
      prompt: 'Being confident in a tense situation means being loud and forceful.',
      answer: false,
      feedback: {
        correct: 'Correct. Real confidence is calm and steady. Loud and forceful often looks like aggression.',
        incorrect: 'Not quite. Confidence shows in a calm, steady manner. Being loud and forceful tends to raise tension.',
      },
    },
    {
      id: 'm6_chk_first',
      type: 'single',
      objective: 'm6_obj_dispute',
      prompt: 'Two guests are arguing. What should you do first?',
      options: [
        {
          id: 'a',
          text: 'Back whoever seems more reasonable.',
          feedback: 'Taking a side before you have the facts can make the other person angrier.',
        },
        {
          id: 'b',
          text: 'Approach calmly and hear each person out.',
          correct: true,
          feedback: 'Yes. Being calm and neutral gives you the facts and lowers the heat.',
        },
        {
          id: 'c',
          text: 'Threaten to remove both of them.',
          feedback: 'Threats usually raise tension and can turn anger toward you.',
        },
        {
          id: 'd',
          text: 'Leave them to sort it out themselves.',
          feedback: 'Arguments can turn into safety risks. Stepping in early is part of your job.',
        },
      ],
    },
  ],
  bank: [
    {
      id: 'm6_q_approach',
      type: 'single',
      objective: 'm6_obj_calm',
      prompt: 'When de-escalating a tense situation, which approach is MOST effective?',
      options: [
        {
          id: 'a',
          text: 'Stay calm, professional and empathetic.',
          correct: true,
          feedback: 'Correct. Calm, professional and empathetic handling lowers tension and helps resolve the issue.',
        },
        {
          id: 'b',
          text: 'Raise your voice to take control.',
          feedback: 'Incorrect. A raised voice tends to raise the other person\'s voice too.',
        },
        {
          id: 'c',
          text: 'Threaten removal straight away.',
          feedback: 'Incorrect. Early threats often make people defensive and more likely to resist.',
        },
        {
          id: 'd',
          text: 'Avoid eye contact and say nothing.',
          feedback: 'Incorrect. Silence can seem like you do not care, and nothing gets resolved.',
        },
      ],
    },
    {
      id: 'm6_q_prevent',
      type: 'single',
      objective: 'm6_obj_prevent',
      prompt: 'How do customer service skills help prevent security incidents?',
      options: [
        {
          id: 'a',
          text: 'Approachable, attentive officers notice and calm small problems before they escalate.',
          correct: true,
          feedback: 'Correct. Early, calm attention stops many conflicts before they start.',
        },
        {
          id: 'b',
          text: 'They mean officers no longer need to enforce rules.',
          feedback: 'Incorrect. Rules still apply. Service skills make enforcing them smoother.',
        },
        {
          id: 'c',
          text: 'They allow officers to ignore minor offenses.',
          feedback: 'Incorrect. Good service is not the same as looking the other way.',
        },
        {
          id: 'd',
          text: 'They make visitors too afraid to cause trouble.',
          feedback: 'Incorrect. Service builds trust, not fear.',
        },
      ],
    },
    {
      id: 'm6_q_insult',
      type: 'single',
      objective: 'm6_obj_calm',
      prompt: 'A guest insults you while you are trying to calm a dispute. What is the BEST response?',
      options: [
        {
          id: 'a',
          text: 'Answer back so they know their limits.',
          feedback: 'Incorrect. Trading insults turns you into part of the conflict.',
        },
        {
          id: 'b',
          text: 'Stay professional, do not take it personally, and keep your focus on making things safe.',
          correct: true,
          feedback: 'Correct. Insults often come from stress. Staying steady keeps you in control.',
        },
        {
          id: 'c',
          text: 'Walk away and leave them to it.',
          feedback: 'Incorrect. The dispute is still a risk. Stay involved unless you are in danger, then call for backup.',
        },
        {
          id: 'd',
          text: 'Tell them you will eject them for being rude to staff.',
          feedback: 'Incorrect. Reacting to the insult shifts the focus to you and can inflame the situation.',
        },
      ],
    },
    {
      id: 'm6_q_multi',
      type: 'multiple',
      objective: 'm6_obj_calm',
      prompt: 'Which actions help de-escalate an angry guest? Select all that apply.',
      options: [
        {
          id: 'a',
          text: 'Giving them some physical space',
          correct: true,
          feedback: 'Correct. Space helps people feel less threatened.',
        },
        {
          id: 'b',
          text: 'Acknowledging how they feel',
          correct: true,
          feedback: 'Correct. Feeling heard often takes the edge off anger.',
        },
        {
          id: 'c',
          text: 'Offering them choices where possible',
          correct: true,
          feedback: 'Correct. Choices give a sense of control and reduce resistance.',
        },
        {
          id: 'd',
          text: 'Standing close and pointing at them',
          feedback: 'Incorrect. This feels threatening and raises tension.',
        },
        {
          id: 'e',
          text: 'Repeating "calm down" in a firm voice',
          feedback: 'Incorrect. Being told to calm down often makes people angrier.',
        },
      ],
      feedback: {
        correct: 'Well done. Space, acknowledgment and choices are core de-escalation tools.',
        incorrect: 'Not quite. Calm, respectful actions lower tension. Crowding, pointing and orders raise it.',
      },
    },
    {
      id: 'm6_q_seq',
      type: 'sequencing',
      objective: 'm6_obj_dispute',
      prompt: 'Put these steps for settling a dispute between two guests in the best order.',
      items: [
        { id: 'approach', text: 'Approach calmly and introduce yourself' },
        { id: 'separate', text: 'Create a little space and hear each side in turn' },
        { id: 'facts', text: 'Check the facts, such as tickets or the rule involved' },
        { id: 'solve', text: 'Explain a fair solution calmly' },
        { id: 'follow', text: 'Check that both guests are settled before you leave' },
      ],
      feedback: {
        correct: 'Correct. Approach, listen, check facts, solve, then make sure it stays settled.',
        incorrect: 'Not quite. You need to approach and listen before you can check the facts and offer a fair solution. Follow up last.',
      },
    },
    {
      id: 'm6_q_branch',
      type: 'branching',
      objective: 'm6_obj_dispute',
      prompt: 'A dispute breaks out at a festival food stand. Choose how you respond.',
      steps: [
        {
          id: 's1',
          text: 'At a busy food stand, one guest accuses another of cutting in line. They are face to face and getting louder.',
          choices: [
            {
              id: 'a',
              text: 'Step in at an angle, use a calm voice, and say, "Let\'s sort this out."',
              best: true,
              consequence: 'Both turn toward you. The space you created takes some heat out of the moment.',
              next: 's2',
            },
            {
              id: 'b',
              text: 'Order the accused guest to the back of the line right away.',
              consequence: 'He protests that he did nothing wrong. Now he is angry with you too.',
              next: 's2',
            },
            {
              id: 'c',
              text: 'Stay out of it. The line is the stand\'s problem.',
              consequence: 'The argument turns into shoving. A small problem has become a safety issue.',
            },
          ],
        },
        {
          id: 's2',
          text: 'The accused guest says he was saving a place for his friend. The other guest is still angry.',
          choices: [
            {
              id: 'a',
              text: 'Listen to both, check the stand\'s policy with staff, and calmly explain it to both guests.',
              best: true,
              consequence: 'Both accept a clear, fair answer. They go back to enjoying the festival.',
            },
            {
              id: 'b',
              text: 'Tell the angry guest to get over it.',
              consequence: 'He feels dismissed and the argument flares up again.',
            },
            {
              id: 'c',
              text: 'Remove both guests from the festival.',
              consequence: 'This is heavy-handed for a line dispute. Both leave angry and may complain.',
            },
          ],
        },
      ],
      feedback: {
        correct: 'Well done. You stepped in calmly, stayed neutral and settled it with a fair answer.',
        incorrect: 'Not the best path. Step in early and calmly, hear both sides, and use a fair rule instead of orders or removal.',
      },
    },
  ],
});
