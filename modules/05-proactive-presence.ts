import { defineModule } from '../src/content/define.js';

export default defineModule({
  id: 'proactive_presence',
  title: 'Be present, act early',
  minutes: 9,
  objectives: [
    {
      id: 'm5_obj_visible',
      text: 'Explain why a visible, engaged presence helps prevent problems.',
    },
    {
      id: 'm5_obj_spot',
      text: 'Spot early signs of trouble, such as a rowdy group or a lost child, and step in early.',
    },
    {
      id: 'm5_obj_engage',
      text: 'Engage with people before incidents happen, not only after.',
    },
  ],
  lessons: [
    {
      id: 'm5_l_visible',
      title: 'Do not just wait for trouble',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Some people think security only matters once something goes wrong. That is like only checking your tires after a blowout. The best work happens before anything breaks.',
        },
        {
          kind: 'paragraph',
          text: 'Be seen. Walk your area. Say hello. A visible officer who knows the place puts off people who are thinking about causing trouble.',
        },
        {
          kind: 'paragraph',
          text: 'Picture an officer who only speaks to people when there is a problem. Visitors soon learn that a chat with security means bad news. Talk to people on good days too.',
        },
        {
          kind: 'tip',
          text: 'A friendly "enjoy your evening" is also a quiet signal: security is here and paying attention.',
        },
      ],
    },
    {
      id: 'm5_l_spot',
      title: 'Reading the early signs',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Being proactive means noticing needs before people ask. It also means spotting small problems before they grow.',
        },
        {
          kind: 'list',
          items: [
            'A group getting louder, pushing or drinking heavily.',
            'A child alone, crying or searching the crowd.',
            'Someone who looks lost, stressed or unwell.',
            'A person lingering and watching doors, cash or staff.',
            'Tension between guests: raised voices, pointing, squaring up.',
          ],
        },
        {
          kind: 'paragraph',
          text: 'Step in early, calmly and kindly. A friendly word to a loud group now is far easier than breaking up a fight later.',
        },
        {
          kind: 'scenario',
          title: 'A child by the fountain',
          text: 'In a shopping mall, you see a girl of about five standing alone by the fountain. She keeps looking around, and she is starting to cry. No adult seems to be with her.',
          question: {
            id: 'm5_scn_child',
            type: 'branching',
            objective: 'm5_obj_spot',
            prompt: 'Decide how to help this child.',
            steps: [
              {
                id: 's1',
                text: 'What do you do first?',
                choices: [
                  {
                    id: 'a',
                    text: 'Go over, crouch to her level, say who you are in a gentle voice, and ask her name and who she came with.',
                    best: true,
                    consequence: 'She tells you her name is Mia and that she cannot find her mom.',
                    next: 's2',
                  },
                  {
                    id: 'b',
                    text: 'Keep watching from a distance to see if a parent turns up.',
                    consequence: 'Minutes pass. Mia gets more upset and starts walking toward the exit on her own.',
                  },
                  {
                    id: 'c',
                    text: 'Take her hand and walk her straight to the security office.',
                    consequence: 'She is now far from where her mom will look, and being led away by a stranger frightens her.',
                    next: 's2',
                  },
                ],
              },
              {
                id: 's2',
                text: 'Mia says her mom went into "the shop with red shoes." What now?',
                choices: [
                  {
                    id: 'a',
                    text: 'Stay with Mia in a visible spot near where you found her, radio her description and the shop to control, and follow your lost-child procedure.',
                    best: true,
                    consequence: 'Control alerts nearby staff. Mia\'s mom is found within minutes, and you confirm who she is before handing Mia over.',
                  },
                  {
                    id: 'b',
                    text: 'Ask Mia to wait by the fountain while you check the shop.',
                    consequence: 'Leaving a lost child alone puts her at risk. Stay with her at all times.',
                  },
                  {
                    id: 'c',
                    text: 'Hand her to a kind shopper who offers to help.',
                    consequence: 'You do not know this person. A lost child stays with staff until a parent or guardian is confirmed.',
                  },
                ],
              },
            ],
            feedback: {
              correct: 'Well done. You acted early, stayed with Mia where her mom could find her, and used your procedure.',
              incorrect: 'Not the best path. Act straight away, stay with the child near where she was found, and raise the alarm through control.',
            },
          },
        },
      ],
    },
    {
      id: 'm5_l_engage',
      title: 'Open lines, early warnings',
      blocks: [
        {
          kind: 'paragraph',
          text: 'When people know you and talk to you, you hear things early. A passing comment like "those guys at the bar are getting a bit much" can warn you before things turn nasty.',
        },
        {
          kind: 'paragraph',
          text: 'Engaging early also shows you care. People can tell the difference between an officer who is just on shift and one who has their back.',
        },
        {
          kind: 'tip',
          text: 'Treat every quick chat as a chance to learn something about your area. A small question answered now can stop a big incident later.',
        },
      ],
    },
  ],
  check: [
    {
      id: 'm5_chk_proactive',
      type: 'single',
      objective: 'm5_obj_engage',
      prompt: 'What does a proactive approach to security mean?',
      options: [
        {
          id: 'a',
          text: 'Waiting at your post until you are called.',
          feedback: 'That is reactive. Proactive means acting before you are needed.',
        },
        {
          id: 'b',
          text: 'Noticing needs and small problems early and acting before they grow.',
          correct: true,
          feedback: 'Right. Anticipating problems is what proactive means.',
        },
        {
          id: 'c',
          text: 'Responding as fast as possible once an incident starts.',
          feedback: 'Quick response matters, but proactive work starts before the incident.',
        },
      ],
    },
    {
      id: 'm5_chk_rowdy',
      type: 'single',
      objective: 'm5_obj_spot',
      prompt: 'A group near the bar is getting louder and bumping into other guests. What is the best early step?',
      options: [
        {
          id: 'a',
          text: 'Wait until someone complains.',
          feedback: 'By then, someone may already be hurt or angry. Early is easier.',
        },
        {
          id: 'b',
          text: 'Walk over, be friendly, and ask them to keep it down and give others room.',
          correct: true,
          feedback: 'Yes. A calm, friendly word early usually settles things.',
        },
        {
          id: 'c',
          text: 'Call the police straight away.',
          feedback: 'Too much, too soon for noise and bumping. Start with a friendly word and escalate only if needed.',
        },
        {
          id: 'd',
          text: 'Shout at them from across the room.',
          feedback: 'Shouting draws a crowd and can turn a rowdy group hostile.',
        },
      ],
    },
    {
      id: 'm5_chk_deter',
      type: 'truefalse',
      objective: 'm5_obj_visible',
      prompt: 'A visible officer who chats with visitors can put off people who are planning to cause trouble.',
      answer: true,
      feedback: {
        correct: 'Correct. Being seen and engaged signals that someone is paying attention.',
        incorrect: 'Actually, it is true. A visible, engaged officer is a strong deterrent.',
      },
    },
  ],
  bank: [
    {
      id: 'm5_q_myth',
      type: 'single',
      objective: 'm5_obj_visible',
      prompt: 'Which of the following statements about the security role is a common MISCONCEPTION?',
      options: [
        {
          id: 'a',
          text: 'A visible officer can deter trouble.',
          feedback: 'Incorrect choice. This is true: being seen helps prevent problems.',
        },
        {
          id: 'b',
          text: 'Officers only need to act once an incident has happened.',
          correct: true,
          feedback: 'Correct. This is the misconception. Good officers engage and prevent problems before they start.',
        },
        {
          id: 'c',
          text: 'Engaging with people early builds trust.',
          feedback: 'Incorrect choice. This is true: early, friendly contact builds trust.',
        },
        {
          id: 'd',
          text: 'Anticipating needs is part of good service.',
          feedback: 'Incorrect choice. This is true: noticing needs early is proactive service.',
        },
      ],
    },
    {
      id: 'm5_q_deter',
      type: 'single',
      objective: 'm5_obj_visible',
      prompt: 'How does a visible, engaged presence MOST directly support safety?',
      options: [
        {
          id: 'a',
          text: 'It deters potential offenders and makes people more likely to approach you.',
          correct: true,
          feedback: 'Correct. Visibility puts off trouble-makers and invites the public to share concerns.',
        },
        {
          id: 'b',
          text: 'It means cameras can be switched off.',
          feedback: 'Incorrect. Presence and technology work together.',
        },
        {
          id: 'c',
          text: 'It only matters at night.',
          feedback: 'Incorrect. Visibility helps at any time of day.',
        },
        {
          id: 'd',
          text: 'It removes the need to write reports.',
          feedback: 'Incorrect. Reporting duties stay the same.',
        },
      ],
    },
    {
      id: 'm5_q_words',
      type: 'single',
      objective: 'm5_obj_spot',
      prompt: 'Two guests in a queue are exchanging sharp words. Neither has touched the other. What is the BEST action?',
      options: [
        {
          id: 'a',
          text: 'Wait until it turns physical, then step in.',
          feedback: 'Incorrect. Waiting lets the situation grow and makes it harder to calm.',
        },
        {
          id: 'b',
          text: 'Move closer so you are seen, and calmly check in with both of them.',
          correct: true,
          feedback: 'Correct. Early, calm presence often stops a dispute from growing.',
        },
        {
          id: 'c',
          text: 'Remove both guests from the venue at once.',
          feedback: 'Incorrect. This is heavy-handed for a verbal spat and may inflame things.',
        },
        {
          id: 'd',
          text: 'Tell other guests to ignore it.',
          feedback: 'Incorrect. It does nothing to address the tension.',
        },
      ],
    },
    {
      id: 'm5_q_child_avoid',
      type: 'single',
      objective: 'm5_obj_spot',
      prompt: 'When you find a young child who appears to be lost, which action should you AVOID?',
      options: [
        {
          id: 'a',
          text: 'Staying with the child in a visible spot',
          feedback: 'Incorrect choice. This is good practice: it keeps the child safe and easy to find.',
        },
        {
          id: 'b',
          text: 'Speaking gently at the child\'s eye level',
          feedback: 'Incorrect choice. This is good practice: it helps the child feel safe.',
        },
        {
          id: 'c',
          text: 'Leaving the child alone while you search for the parent',
          correct: true,
          feedback: 'Correct. Never leave a lost child alone. Stay with them and use your radio.',
        },
        {
          id: 'd',
          text: 'Passing a description to the control room',
          feedback: 'Incorrect choice. This is good practice: it gets more people looking for the parent.',
        },
      ],
    },
    {
      id: 'm5_q_bad_news_tf',
      type: 'truefalse',
      objective: 'm5_obj_engage',
      prompt: 'If an officer only talks to visitors when something goes wrong, visitors may start to see security as a sign of trouble rather than a source of help.',
      answer: true,
      feedback: {
        correct: 'Correct. Regular, friendly contact on good days makes you someone people want to approach.',
        incorrect: 'Incorrect. It is true. Officers who only appear in a crisis get linked with bad news.',
      },
    },
    {
      id: 'm5_q_seq',
      type: 'sequencing',
      objective: 'm5_obj_spot',
      prompt: 'Put these steps for helping a lost child in the best order.',
      items: [
        { id: 'approach', text: 'Approach calmly and speak at the child\'s eye level' },
        { id: 'ask', text: 'Ask their name and who they came with' },
        { id: 'stay', text: 'Stay with them in a visible spot near where they were found' },
        { id: 'radio', text: 'Radio control with the child\'s description' },
        { id: 'confirm', text: 'Hand over only once the adult is confirmed as parent or guardian' },
      ],
      feedback: {
        correct: 'Correct. Calm contact, basic details, stay put, raise the alarm, then a safe handover.',
        incorrect: 'Not quite. Reach the child and get basic details first, stay nearby, alert control, and only hand over to a confirmed parent or guardian.',
      },
    },
  ],
});
