import { defineModule } from '../src/content/define.js';

export default defineModule({
  id: 'tools_reputation',
  title: 'Cameras, reputation, the facts, and keeping sharp',
  minutes: 11,
  objectives: [
    {
      id: 'm8_obj_tech',
      text: 'Explain how surveillance technology and a friendly presence work together.',
    },
    {
      id: 'm8_obj_risk',
      text: 'Protect your organization\'s reputation and limit legal risk by staying respectful and gathering the facts.',
    },
    {
      id: 'm8_obj_train',
      text: 'Keep building both your security skills and your people skills through ongoing training.',
    },
  ],
  lessons: [
    {
      id: 'm8_l_tech',
      title: 'Cameras and people work together',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Cameras, alarms and access systems are powerful. They catch things you would never see. But they cannot smile, give directions or comfort a scared child.',
        },
        {
          kind: 'paragraph',
          text: 'Think of technology and people as partners, not rivals. A camera spots someone trying car doors. An officer goes and deals with it face to face. And a friendly officer on the floor shows people that a real person is there to help.',
        },
        {
          kind: 'tip',
          text: 'Do not hide behind the screens. Control-room time matters, but so does time out talking with people. Neither should crowd out the other.',
        },
      ],
    },
    {
      id: 'm8_l_rep',
      title: 'Your service is your company\'s reputation',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Every contact you have reflects on your employer and the site. Security teams known for good service stand out. Clients trust them, and the public sees them as reliable partners.',
        },
        {
          kind: 'paragraph',
          text: 'Take an office building. If the front-desk officer knows the building and is easy to talk to, staff and visitors ask for help and report odd things. That keeps people safer and builds the team\'s good name.',
        },
      ],
    },
    {
      id: 'm8_l_facts',
      title: 'Liability and getting the facts',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Rude or rough handling can turn a small problem into a formal complaint or even a lawsuit. Respectful handling often settles things before they grow. That protects you, the client and your company.',
        },
        {
          kind: 'paragraph',
          text: 'After an incident, people talk more openly to a polite, attentive officer. That helps you get a clear and accurate picture of what really happened.',
        },
        {
          kind: 'list',
          items: [
            'Make sure everyone is safe first.',
            'Note the time, the place and who was involved.',
            'Speak to witnesses politely and get their contact details.',
            'Write down what you saw and heard, not what you assume.',
            'Tell control about any cameras that may have caught it, so footage can be kept.',
          ],
        },
        {
          kind: 'scenario',
          title: 'A fall in the food court',
          text: 'A shopper slips near a spilled drink in the food court. She is sitting up, embarrassed and angry. "Someone should have cleaned this up!" she says. A few people have stopped to watch.',
          question: {
            id: 'm8_scn_slip',
            type: 'single',
            objective: 'm8_obj_risk',
            prompt: 'What is the best response?',
            options: [
              {
                id: 'a',
                text: 'Check she is OK, stay polite, call first aid if needed, then note the details, the time and any witnesses.',
                correct: true,
                feedback: 'Yes. Care first, then the facts. Calm respect also makes a complaint less likely.',
              },
              {
                id: 'b',
                text: 'Tell her she should have watched where she was going.',
                feedback: 'Blaming her adds insult to injury and makes a formal complaint far more likely.',
              },
              {
                id: 'c',
                text: 'Tell her the mall is not responsible for accidents.',
                feedback: 'It is not your place to decide liability, and it sounds dismissive. Focus on her welfare and the facts.',
              },
              {
                id: 'd',
                text: 'Leave it to the cleaners, since it is a cleaning issue.',
                feedback: 'Someone may be hurt and an incident has happened. You need to respond and record it.',
              },
            ],
          },
        },
      ],
    },
    {
      id: 'm8_l_train',
      title: 'Keep learning',
      blocks: [
        {
          kind: 'paragraph',
          text: 'The job keeps changing: new sites, new technology, new risks. Regular training keeps both your security skills and your people skills sharp.',
        },
        {
          kind: 'paragraph',
          text: 'Knowing the rules is half the job. Explaining them well is the other half. An officer who has both can handle a much wider range of situations.',
        },
        {
          kind: 'list',
          items: [
            'Take part in refresher courses and drills.',
            'Ask for feedback after a tough interaction.',
            'Talk incidents through with your team: what worked, what to try next time.',
            'Keep up with changes at your site: new exits, systems and procedures.',
          ],
        },
      ],
    },
  ],
  check: [
    {
      id: 'm8_chk_tech',
      type: 'single',
      objective: 'm8_obj_tech',
      prompt: 'Which statement about cameras and officers is most accurate?',
      options: [
        {
          id: 'a',
          text: 'Cameras detect problems; officers respond and reassure people in person.',
          correct: true,
          feedback: 'Right. Each does what the other cannot, so they work best together.',
        },
        {
          id: 'b',
          text: 'Good cameras mean officers no longer need to talk to people.',
          feedback: 'Cameras cannot reassure, guide or calm anyone. People still need a person.',
        },
        {
          id: 'c',
          text: 'A friendly officer makes cameras unnecessary.',
          feedback: 'Officers cannot see everything. Cameras catch what people miss.',
        },
      ],
    },
    {
      id: 'm8_chk_notes',
      type: 'single',
      objective: 'm8_obj_risk',
      prompt: 'After an incident, what belongs in your notes?',
      options: [
        {
          id: 'a',
          text: 'What you saw and heard, with times, places and witnesses.',
          correct: true,
          feedback: 'Right. Facts you observed make a report accurate and useful.',
        },
        {
          id: 'b',
          text: 'Your guess about who was to blame.',
          feedback: 'Guesses can be wrong and can cause problems later. Stick to facts.',
        },
        {
          id: 'c',
          text: 'Things other people say they heard from someone else.',
          feedback: 'Second-hand rumors are unreliable. Note direct witnesses and what they saw.',
        },
        {
          id: 'd',
          text: 'Nothing, unless a manager asks for it.',
          feedback: 'Details fade fast. Record them as soon as it is safe to do so.',
        },
      ],
    },
    {
      id: 'm8_chk_train',
      type: 'truefalse',
      objective: 'm8_obj_train',
      prompt: 'Once you have your security license, you do not need any further customer service training.',
      answer: false,
      feedback: {
        correct: 'Correct. Ongoing training keeps both your security and people skills up to date.',
        incorrect: 'Not quite. A license is a starting point. Sites, risks and skills change, so training should continue.',
      },
    },
  ],
  bank: [
    {
      id: 'm8_q_tech',
      type: 'single',
      objective: 'm8_obj_tech',
      prompt: 'How should surveillance technology and customer service be viewed in a security operation?',
      options: [
        {
          id: 'a',
          text: 'As competing priorities; officers must choose one.',
          feedback: 'Incorrect. They are not rivals. Each covers gaps the other leaves.',
        },
        {
          id: 'b',
          text: 'As partners: technology detects, and approachable officers respond and reassure.',
          correct: true,
          feedback: 'Correct. Cameras and friendly officers complement each other.',
        },
        {
          id: 'c',
          text: 'Technology has made customer service unnecessary.',
          feedback: 'Incorrect. Cameras cannot guide, reassure or calm people.',
        },
        {
          id: 'd',
          text: 'Customer service matters only where there are no cameras.',
          feedback: 'Incorrect. People need a helpful officer whether or not there are cameras.',
        },
      ],
    },
    {
      id: 'm8_q_liability',
      type: 'single',
      objective: 'm8_obj_risk',
      prompt: 'How can good customer service reduce an organization\'s legal risk?',
      options: [
        {
          id: 'a',
          text: 'Respectful handling can resolve problems early, and attentive officers gather accurate facts.',
          correct: true,
          feedback: 'Correct. Fewer escalations and better facts both reduce liability.',
        },
        {
          id: 'b',
          text: 'It means incidents no longer need to be reported.',
          feedback: 'Incorrect. Incidents must still be reported, however well they were handled.',
        },
        {
          id: 'c',
          text: 'Polite officers cannot be sued.',
          feedback: 'Incorrect. Politeness lowers risk but gives no legal immunity.',
        },
        {
          id: 'd',
          text: 'It allows officers to avoid writing statements.',
          feedback: 'Incorrect. Statements are still needed. Good service helps make them accurate.',
        },
      ],
    },
    {
      id: 'm8_q_rep',
      type: 'single',
      objective: 'm8_obj_risk',
      prompt: 'A security company becomes known for excellent customer service. What is the MOST likely benefit?',
      options: [
        {
          id: 'a',
          text: 'It is seen as reliable and effective, and people report concerns more readily.',
          correct: true,
          feedback: 'Correct. A good reputation builds confidence and encourages people to come forward.',
        },
        {
          id: 'b',
          text: 'It can employ fewer trained officers.',
          feedback: 'Incorrect. Reputation does not replace trained staff.',
        },
        {
          id: 'c',
          text: 'Its clients no longer need cameras.',
          feedback: 'Incorrect. Technology is still needed alongside good service.',
        },
        {
          id: 'd',
          text: 'Its officers can relax site rules.',
          feedback: 'Incorrect. A good reputation depends on fair, consistent rule enforcement.',
        },
      ],
    },
    {
      id: 'm8_q_train_multi',
      type: 'multiple',
      objective: 'm8_obj_train',
      prompt: 'Ongoing training for security officers should cover which areas? Select all that apply.',
      options: [
        {
          id: 'a',
          text: 'Security procedures and protocols',
          correct: true,
          feedback: 'Correct. Procedures change and must stay fresh.',
        },
        {
          id: 'b',
          text: 'Customer service and communication skills',
          correct: true,
          feedback: 'Correct. People skills need practice just like security skills.',
        },
        {
          id: 'c',
          text: 'How to explain rules clearly to the public',
          correct: true,
          feedback: 'Correct. Knowing a rule is not enough; you must be able to explain it.',
        },
        {
          id: 'd',
          text: 'Physical restraint techniques only',
          feedback: 'Incorrect. Training limited to one topic leaves big gaps, especially in people skills.',
        },
        {
          id: 'e',
          text: 'Nothing after the initial license course',
          feedback: 'Incorrect. Skills fade and sites change. Training should be ongoing.',
        },
      ],
      feedback: {
        correct: 'Well done. Good training covers security procedures and people skills together.',
        incorrect: 'Not quite. Ongoing training should cover both security procedures and customer service, including how to explain rules.',
      },
    },
    {
      id: 'm8_q_screens_tf',
      type: 'truefalse',
      objective: 'm8_obj_tech',
      prompt: 'Because a site has full camera coverage, officers can spend their whole shift in the control room without any loss to customer service.',
      answer: false,
      feedback: {
        correct: 'Correct. Cameras cannot replace a visible, approachable officer who can help and reassure people.',
        incorrect: 'Incorrect. Technology supports officers; it does not replace face-to-face contact with the public.',
      },
    },
    {
      id: 'm8_q_match',
      type: 'matching',
      objective: 'm8_obj_risk',
      prompt: 'Match each step of handling an incident to its main purpose.',
      pairs: [
        {
          id: 'safe',
          prompt: 'Checking that everyone is safe',
          target: { id: 'people', text: 'Puts people\'s welfare first' },
        },
        {
          id: 'polite',
          prompt: 'Speaking politely to those involved',
          target: { id: 'calm', text: 'Keeps people calm and willing to talk' },
        },
        {
          id: 'witness',
          prompt: 'Taking witness contact details',
          target: { id: 'verify', text: 'Lets accounts be checked later' },
        },
        {
          id: 'facts',
          prompt: 'Writing only what you saw and heard',
          target: { id: 'accurate', text: 'Keeps your report accurate and fair' },
        },
      ],
      feedback: {
        correct: 'Correct. Each step protects people, keeps things calm, or makes your record more reliable.',
        incorrect: 'Not quite. Safety protects people, politeness keeps them talking, witness details allow checking, and facts keep the report accurate.',
      },
    },
  ],
});
