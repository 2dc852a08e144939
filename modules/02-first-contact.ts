import { defineModule } from '../src/content/define.js';

export default defineModule({
  id: 'first_contact',
  title: 'First contact and first impressions',
  minutes: 8,
  objectives: [
    {
      id: 'm2_obj_greet',
      text: 'Greet, inform and help people as the first staff member they meet on site.',
    },
    {
      id: 'm2_obj_tone',
      text: 'Explain how your first few seconds with a visitor shape their whole visit.',
    },
    {
      id: 'm2_obj_newcomer',
      text: 'Spot visitors who are new or unsure and offer help before they have to ask.',
    },
  ],
  lessons: [
    {
      id: 'm2_l_first',
      title: 'You are the first face they see',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Often the first staff member a visitor meets is you. You may be at the door, the gate or the bag check. Before they see a store or a stage, they see you.',
        },
        {
          kind: 'paragraph',
          text: 'That moment sets the tone. A warm hello says "you are welcome here." A cold stare says "you are being watched." People carry that first feeling through the rest of their visit.',
        },
        {
          kind: 'list',
          items: [
            'Make eye contact and smile or nod.',
            'Say a short, friendly hello.',
            'Keep an open stance: hands visible, arms uncrossed.',
            'Offer help if someone looks unsure.',
          ],
        },
        {
          kind: 'tip',
          text: 'You can take checks seriously and still be warm. An ID or bag check goes faster and smoother with a friendly word and a thank-you.',
        },
      ],
    },
    {
      id: 'm2_l_help',
      title: 'Greet, inform, respond',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Most first contacts come down to three things. You greet people. You give them information. You deal with their questions or worries.',
        },
        {
          kind: 'paragraph',
          text: 'Know your site well. Where are the restrooms, exits, elevators, first aid and help desk? When does it close? If you do not know an answer, say so, find out, and come back.',
        },
        {
          kind: 'scenario',
          title: 'The unsure shopper',
          text: 'A woman stops just inside the mall entrance. She turns in a slow circle, reading the signs. She checks her phone, then looks around again. You are at your post by the doors.',
          question: {
            id: 'm2_scn_shopper',
            type: 'single',
            objective: 'm2_obj_newcomer',
            prompt: 'What is your best move?',
            options: [
              {
                id: 'a',
                text: 'Wait. If she needs help, she will ask.',
                feedback: 'Many people will not ask. Offering help first shows you are paying attention and approachable.',
              },
              {
                id: 'b',
                text: 'Step over, say hello, ask what she is looking for, and give clear directions.',
                correct: true,
                feedback: 'Yes. You spotted the need early, greeted her and solved the problem in a minute.',
              },
              {
                id: 'c',
                text: 'Point at the mall map without saying anything.',
                feedback: 'A silent point feels cold. A few friendly words make her feel welcome.',
              },
              {
                id: 'd',
                text: 'Tell her she is blocking the doorway.',
                feedback: 'This makes her first contact a telling-off. If space is tight, help her first and guide her aside kindly.',
              },
            ],
          },
        },
      ],
    },
    {
      id: 'm2_l_newcomer',
      title: 'Helping people who are new to a place',
      blocks: [
        {
          kind: 'paragraph',
          text: 'New places can make people tense. Crowds, noise and a strange layout add to it. A family at their first big event may feel excited and nervous at the same time.',
        },
        {
          kind: 'paragraph',
          text: 'A calm, helpful officer takes some of that stress away. This matters even more on busy or tense days. People who feel at ease are easier to help and less likely to clash with others.',
        },
        {
          kind: 'scenario',
          title: 'A family at the gate',
          text: 'It is your first hour on the gate at an outdoor concert. A family with two young children reaches you. The parents look at their tickets, then at the crowd. One child is tugging at a parent\'s arm.',
          question: {
            id: 'm2_scn_family',
            type: 'branching',
            objective: 'm2_obj_newcomer',
            prompt: 'Guide this family through their arrival.',
            steps: [
              {
                id: 's1',
                text: 'The family is at the front of your line. What do you do?',
                choices: [
                  {
                    id: 'a',
                    text: 'Smile, greet them, and ask if it is their first time here.',
                    best: true,
                    consequence: 'The parents relax. They say yes, and ask where they should go.',
                    next: 's2',
                  },
                  {
                    id: 'b',
                    text: 'Scan the tickets and wave them through without a word.',
                    consequence: 'They get in, but still look lost. They head off the wrong way, then come back to ask.',
                    next: 's2',
                  },
                  {
                    id: 'c',
                    text: 'Tell them to hurry up and keep the line moving.',
                    consequence: 'The parents feel rushed and flustered. The first thing they remember about the event is being hurried.',
                  },
                ],
              },
              {
                id: 's2',
                text: 'The parents ask where the family area and the restrooms are.',
                choices: [
                  {
                    id: 'a',
                    text: 'Give short, clear directions. Point out first aid and a meeting spot in case anyone gets separated.',
                    best: true,
                    consequence: 'The family knows where to go, and what to do if a child wanders off. They thank you and head in happy.',
                  },
                  {
                    id: 'b',
                    text: 'Say "somewhere over there" and turn to the next guest.',
                    consequence: 'They leave unsure. A vague answer feels like a brush-off.',
                  },
                  {
                    id: 'c',
                    text: 'Leave the gate and walk them all the way to the family area.',
                    consequence: 'They are grateful, but your gate is now unstaffed. Helping should not mean leaving your post.',
                  },
                ],
              },
            ],
            feedback: {
              correct: 'Great arrival. A warm greeting and clear, useful information put the family at ease.',
              incorrect: 'The family got in, but their first contact could have been warmer or more helpful. Greet, inform, and stay at your post.',
            },
          },
        },
      ],
    },
  ],
  check: [
    {
      id: 'm2_chk_tone',
      type: 'single',
      objective: 'm2_obj_tone',
      prompt: 'Why do your first few seconds with a visitor matter so much?',
      options: [
        {
          id: 'a',
          text: 'They set the tone for how the visitor feels about the whole place.',
          correct: true,
          feedback: 'Right. First impressions stick and color the rest of the visit.',
        },
        {
          id: 'b',
          text: 'They are the only time you are allowed to talk to visitors.',
          feedback: 'No. You can and should talk to people throughout their visit.',
        },
        {
          id: 'c',
          text: 'They decide whether the visitor has to follow the rules.',
          feedback: 'No. Rules apply to everyone. The greeting shapes feelings, not rule-following duty.',
        },
      ],
    },
    {
      id: 'm2_chk_greet',
      type: 'multiple',
      objective: 'm2_obj_greet',
      prompt: 'Which of these help make a good first contact? Choose all that apply.',
      options: [
        {
          id: 'a',
          text: 'Eye contact and a smile',
          correct: true,
          feedback: 'Yes. It tells people you have noticed them and they are welcome.',
        },
        {
          id: 'b',
          text: 'A short, friendly hello',
          correct: true,
          feedback: 'Yes. A few words are enough to set a warm tone.',
        },
        {
          id: 'c',
          text: 'Arms crossed and a stern look',
          feedback: 'No. This body language feels closed and unwelcoming.',
        },
        {
          id: 'd',
          text: 'Offering help to someone who looks unsure',
          correct: true,
          feedback: 'Yes. Offering help early shows you are paying attention.',
        },
        {
          id: 'e',
          text: 'Looking at your phone until someone speaks to you',
          feedback: 'No. It makes you look unavailable and uninterested.',
        },
      ],
      feedback: {
        correct: 'Well done. Eye contact, a hello and an offer of help make a strong start.',
        incorrect: 'Not quite. Open, attentive body language and an offer of help make a good first contact.',
      },
    },
    {
      id: 'm2_chk_info',
      type: 'truefalse',
      objective: 'm2_obj_greet',
      prompt: 'If a visitor asks something you do not know, it is best to guess so you look confident.',
      answer: false,
      feedback: {
        correct: 'Correct. A wrong answer sends people the wrong way. Say you will find out, then do it.',
        incorrect: 'Not quite. Guessing can mislead people and hurt trust. It is better to say "let me check" and come back with the right answer.',
      },
    },
  ],
  bank: [
    {
      id: 'm2_q_contact',
      type: 'single',
      objective: 'm2_obj_greet',
      prompt: 'Security officers are often called the "first point of contact" at a site. What does this mean in practice?',
      options: [
        {
          id: 'a',
          text: 'They are the first staff many visitors meet, so they greet, inform and help them.',
          correct: true,
          feedback: 'Correct. Being first to meet visitors makes greeting and helping part of the job.',
        },
        {
          id: 'b',
          text: 'They must be called before anyone else for every complaint.',
          feedback: 'Incorrect. The phrase is about who visitors meet first, not a complaints chain.',
        },
        {
          id: 'c',
          text: 'They are the first to leave the building in an emergency.',
          feedback: 'Incorrect. In an emergency, officers help others out. This is not what the phrase means.',
        },
        {
          id: 'd',
          text: 'They only deal with people at the front door, never inside.',
          feedback: 'Incorrect. Officers meet and help people all over a site, not just at the door.',
        },
      ],
    },
    {
      id: 'm2_q_impression',
      type: 'single',
      objective: 'm2_obj_tone',
      prompt: 'A visitor\'s overall opinion of a venue is MOST strongly shaped by:',
      options: [
        {
          id: 'a',
          text: 'The number of rules posted at the entrance',
          feedback: 'Incorrect. A wall of rules rarely makes people feel welcome.',
        },
        {
          id: 'b',
          text: 'Their first contacts with staff, often security officers',
          correct: true,
          feedback: 'Correct. First impressions set the tone, and officers are often the first staff visitors meet.',
        },
        {
          id: 'c',
          text: 'How long the bag check takes',
          feedback: 'Incorrect. Speed matters a little, but how they are treated matters far more.',
        },
        {
          id: 'd',
          text: 'The size of the security team',
          feedback: 'Incorrect. Numbers alone do not make people feel welcome. The quality of contact does.',
        },
      ],
    },
    {
      id: 'm2_q_idcheck',
      type: 'single',
      objective: 'm2_obj_tone',
      prompt: 'You are checking IDs at the door of a busy venue. Which approach BEST sets a positive tone while still doing the check properly?',
      options: [
        {
          id: 'a',
          text: 'Check each ID in silence with a serious expression.',
          feedback: 'Incorrect. The check gets done, but guests feel judged rather than welcomed.',
        },
        {
          id: 'b',
          text: 'Skip the check for people who look friendly.',
          feedback: 'Incorrect. Checks must be applied to everyone. Skipping them is a security failure.',
        },
        {
          id: 'c',
          text: 'Greet each person, check the ID properly, and thank them.',
          correct: true,
          feedback: 'Correct. A full check plus a friendly word is both secure and welcoming.',
        },
        {
          id: 'd',
          text: 'Rush people through with a quick glance to keep the line short.',
          feedback: 'Incorrect. A rushed check is a weak check, and rushing people feels rude.',
        },
      ],
    },
    {
      id: 'm2_q_newcomer',
      type: 'single',
      objective: 'm2_obj_newcomer',
      prompt: 'Which visitor is MOST likely to benefit from you offering help without being asked?',
      options: [
        {
          id: 'a',
          text: 'A regular heading straight to their usual store',
          feedback: 'Incorrect. A hello is nice, but this person knows where they are going.',
        },
        {
          id: 'b',
          text: 'A person standing still, scanning signs and looking around',
          correct: true,
          feedback: 'Correct. These are classic signs of someone who is new or lost.',
        },
        {
          id: 'c',
          text: 'A group chatting as they walk to the food court',
          feedback: 'Incorrect. They seem to know where they are going and are not showing any need.',
        },
        {
          id: 'd',
          text: 'A delivery driver showing a signed pass',
          feedback: 'Incorrect. The driver has a pass and a clear purpose, so no extra help is needed yet.',
        },
      ],
    },
    {
      id: 'm2_q_family_tf',
      type: 'truefalse',
      objective: 'm2_obj_newcomer',
      prompt: 'A family arriving at a large event for the first time may feel both excited and nervous, and a friendly, well-informed officer can ease that stress.',
      answer: true,
      feedback: {
        correct: 'Correct. New surroundings cause stress. A warm, knowledgeable officer helps people settle in.',
        incorrect: 'Incorrect. Newcomers often feel a mix of excitement and nerves. Friendly help from an officer eases that.',
      },
    },
    {
      id: 'm2_q_seq',
      type: 'sequencing',
      objective: 'm2_obj_greet',
      prompt: 'Put the steps for helping a lost visitor in the best order.',
      items: [
        { id: 'notice', text: 'Notice the person looking around and unsure' },
        { id: 'greet', text: 'Approach and greet them' },
        { id: 'ask', text: 'Ask what they are looking for' },
        { id: 'direct', text: 'Give clear directions or point the way' },
        { id: 'close', text: 'Check they are all set and wish them a good visit' },
      ],
      feedback: {
        correct: 'Correct. Notice, greet, ask, direct, then close warmly.',
        incorrect: 'Not quite. You need to spot the need and greet the person before you can find out what they want and help.',
      },
    },
  ],
});
