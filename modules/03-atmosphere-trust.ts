import { defineModule } from '../src/content/define.js';

export default defineModule({
  id: 'atmosphere_trust',
  title: 'Setting the mood and earning trust',
  minutes: 9,
  objectives: [
    {
      id: 'm3_obj_atmos',
      text: 'Describe how your manner shapes the atmosphere of a site and how people behave in it.',
    },
    {
      id: 'm3_obj_trust',
      text: 'Explain how trust leads people to bring problems and concerns to you.',
    },
    {
      id: 'm3_obj_community',
      text: 'Build steady, long-term relationships with regulars and the wider community.',
    },
  ],
  lessons: [
    {
      id: 'm3_l_atmos',
      title: 'You set the mood',
      blocks: [
        {
          kind: 'paragraph',
          text: 'If all you do is enforce rules, a place feels cold and tense. People act guarded. They keep away from you, and they keep things from you.',
        },
        {
          kind: 'paragraph',
          text: 'When you are relaxed, polite and helpful, the mood lifts. Visitors feel welcome, not watched. That feeling becomes part of how they judge the whole place.',
        },
        {
          kind: 'paragraph',
          text: 'Your manner spreads. When people see you treat others kindly, many follow your lead. Like a good host, you set the standard for how guests treat each other.',
        },
        {
          kind: 'tip',
          text: 'Small acts add up: holding a door, a quick "good morning," a thank-you after a bag check. Together they set the feel of the site.',
        },
      ],
    },
    {
      id: 'm3_l_trust',
      title: 'Trust makes people speak up',
      blocks: [
        {
          kind: 'paragraph',
          text: 'People only tell you things if they feel at ease with you. A guest who found you rude will not mention the odd bag under a bench. A guest who likes you will.',
        },
        {
          kind: 'paragraph',
          text: 'That is why trust is a safety tool. It turns the public into extra eyes and ears. Sometimes it is the difference between a calm day and a serious incident.',
        },
        {
          kind: 'list',
          items: [
            'Lost items, like a wallet, phone or keys.',
            'Someone acting oddly or hanging around.',
            'A bag or parcel left on its own.',
            'A child who seems to be alone.',
            'A worry they cannot quite put into words.',
          ],
        },
        {
          kind: 'scenario',
          title: 'The lost wallet',
          text: 'A young man hurries up to you. He thinks he lost his wallet somewhere in the food court and he looks panicked. Almost in passing, he adds that a man was "hanging around" near his table.',
          question: {
            id: 'm3_scn_wallet',
            type: 'single',
            objective: 'm3_obj_trust',
            prompt: 'What is the best response?',
            options: [
              {
                id: 'a',
                text: 'Tell him lost property is not a security matter.',
                feedback: 'This shuts him down. He came to you because he trusted you, and he also has information you need.',
              },
              {
                id: 'b',
                text: 'Stay calm, take his details and where he last had it, check lost property, and ask more about the man.',
                correct: true,
                feedback: 'Yes. You help with his problem and pick up a possible lead. Trust brought you both.',
              },
              {
                id: 'c',
                text: 'Tell him he probably dropped it and should be more careful.',
                feedback: 'Blaming him adds to his stress and makes him less likely to share what he saw.',
              },
              {
                id: 'd',
                text: 'Go and look for the man and forget about the wallet.',
                feedback: 'The lead matters, but so does his problem. Get the facts first, then act on both.',
              },
            ],
          },
        },
      ],
    },
    {
      id: 'm3_l_community',
      title: 'Relationships over time',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Trust grows slowly. It comes from being a familiar face who is friendly every time, not only on good days.',
        },
        {
          kind: 'paragraph',
          text: 'Get to know the regulars: store staff, cleaners, frequent visitors. Say hello. Ask how things are going. Over time they see you as a partner, not an outsider.',
        },
        {
          kind: 'paragraph',
          text: 'That partnership pays off. People share what they notice and help when you need it. The whole site starts to work like a team, even though most of them do not work for you.',
        },
        {
          kind: 'tip',
          text: 'Be consistent. Treat people the same way when it is quiet or busy, and whether your supervisor is watching or not.',
        },
      ],
    },
  ],
  check: [
    {
      id: 'm3_chk_cold',
      type: 'single',
      objective: 'm3_obj_atmos',
      prompt: 'What usually happens when officers focus ONLY on enforcing rules?',
      options: [
        {
          id: 'a',
          text: 'The place feels cold, and people avoid security.',
          correct: true,
          feedback: 'Right. Rules without warmth make people wary, and wary people do not talk to you.',
        },
        {
          id: 'b',
          text: 'Visitors feel more welcome.',
          feedback: 'Unlikely. Strict enforcement on its own tends to make people feel watched, not welcome.',
        },
        {
          id: 'c',
          text: 'People report more problems.',
          feedback: 'The opposite. People report more to officers they find approachable.',
        },
      ],
    },
    {
      id: 'm3_chk_report',
      type: 'truefalse',
      objective: 'm3_obj_trust',
      prompt: 'Visitors are more likely to report a suspicious person to an officer who has been friendly and approachable.',
      answer: true,
      feedback: {
        correct: 'Correct. People speak up to officers they feel comfortable with.',
        incorrect: 'Actually, it is true. Approachable officers hear about problems sooner because people trust them.',
      },
    },
    {
      id: 'm3_chk_consistent',
      type: 'single',
      objective: 'm3_obj_community',
      prompt: 'How is trust with regulars at your site best built?',
      options: [
        {
          id: 'a',
          text: 'By doing one big favor for each of them.',
          feedback: 'Favors can cross professional lines, and one act does not build lasting trust.',
        },
        {
          id: 'b',
          text: 'By being friendly and consistent, shift after shift.',
          correct: true,
          feedback: 'Yes. Trust is built through many small, steady contacts.',
        },
        {
          id: 'c',
          text: 'By talking to them only when there is a problem.',
          feedback: 'This makes you a sign of trouble, not someone people want to talk to.',
        },
        {
          id: 'd',
          text: 'By being strict so that they respect you.',
          feedback: 'Respect comes from fairness and reliability, not strictness alone.',
        },
      ],
    },
  ],
  bank: [
    {
      id: 'm3_q_greet_why',
      type: 'single',
      objective: 'm3_obj_atmos',
      prompt: 'A venue manager asks why officers should greet guests rather than just watch them. Which is the BEST answer?',
      options: [
        {
          id: 'a',
          text: 'Greeting helps guests feel welcome, which shapes how they see the venue and how they behave.',
          correct: true,
          feedback: 'Correct. A welcoming manner sets the atmosphere and encourages good behavior.',
        },
        {
          id: 'b',
          text: 'Greeting is a legal requirement at all venues.',
          feedback: 'Incorrect. It is good practice, not a general legal rule.',
        },
        {
          id: 'c',
          text: 'Greeting is a faster way to check IDs.',
          feedback: 'Incorrect. Greeting and checking are separate. A greeting does not replace a check.',
        },
        {
          id: 'd',
          text: 'Greeting means officers do not need to patrol.',
          feedback: 'Incorrect. Patrols still matter. Greeting adds to them.',
        },
      ],
    },
    {
      id: 'm3_q_ripple',
      type: 'single',
      objective: 'm3_obj_atmos',
      prompt: 'When patrons see officers having pleasant, respectful exchanges with others, what is the MOST likely effect?',
      options: [
        {
          id: 'a',
          text: 'Patrons take advantage and break more rules.',
          feedback: 'Incorrect. Courtesy is not weakness. People tend to mirror the tone they see.',
        },
        {
          id: 'b',
          text: 'Patrons tend to act more respectfully too.',
          correct: true,
          feedback: 'Correct. A positive manner spreads, like a good host setting the tone for guests.',
        },
        {
          id: 'c',
          text: 'It has no effect on patron behavior.',
          feedback: 'Incorrect. Staff behavior visibly shapes how patrons behave.',
        },
        {
          id: 'd',
          text: 'Patrons see security as weak and stop reporting problems.',
          feedback: 'Incorrect. Friendly officers usually hear about more problems, not fewer.',
        },
      ],
    },
    {
      id: 'm3_q_asset',
      type: 'single',
      objective: 'm3_obj_trust',
      prompt: 'Why is an officer\'s approachable manner considered a security asset?',
      options: [
        {
          id: 'a',
          text: 'It removes the need for cameras.',
          feedback: 'Incorrect. Technology and people work together. Neither replaces the other.',
        },
        {
          id: 'b',
          text: 'People who feel comfortable are more willing to report concerns early.',
          correct: true,
          feedback: 'Correct. Early reports let you deal with issues before they grow.',
        },
        {
          id: 'c',
          text: 'It lets officers skip written reports.',
          feedback: 'Incorrect. Reporting duties stay the same.',
        },
        {
          id: 'd',
          text: 'It guarantees that no conflicts will happen.',
          feedback: 'Incorrect. It lowers the risk, but nothing can guarantee zero conflict.',
        },
      ],
    },
    {
      id: 'm3_q_build',
      type: 'multiple',
      objective: 'm3_obj_community',
      prompt: 'Which actions help build lasting trust with the people at your site? Select all that apply.',
      options: [
        {
          id: 'a',
          text: 'Greeting regular staff and visitors, by name where you can',
          correct: true,
          feedback: 'Correct. Being a familiar, friendly face builds rapport.',
        },
        {
          id: 'b',
          text: 'Being friendly and consistent on every shift',
          correct: true,
          feedback: 'Correct. Consistency shows people they can rely on you.',
        },
        {
          id: 'c',
          text: 'Following up with someone who raised a concern',
          correct: true,
          feedback: 'Correct. It shows their report mattered, so they will speak up again.',
        },
        {
          id: 'd',
          text: 'Only speaking to people when something goes wrong',
          feedback: 'Incorrect. This links you with trouble and keeps people at a distance.',
        },
        {
          id: 'e',
          text: 'Giving regulars free personal favors so they like you',
          feedback: 'Incorrect. Favors blur professional boundaries and can look like favoritism.',
        },
      ],
      feedback: {
        correct: 'Well done. Familiarity, consistency and follow-up build trust over time.',
        incorrect: 'Not quite. Trust comes from steady, professional contact, not from favors or only showing up in a crisis.',
      },
    },
    {
      id: 'm3_q_one_act',
      type: 'truefalse',
      objective: 'm3_obj_community',
      prompt: 'Trust with a community is built mainly through one impressive act rather than many small, consistent interactions.',
      answer: false,
      feedback: {
        correct: 'Correct. Trust builds up over time through familiar faces and steady, friendly contact.',
        incorrect: 'Incorrect. One big act is soon forgotten. Trust comes from many small, consistent interactions.',
      },
    },
    {
      id: 'm3_q_branch',
      type: 'branching',
      objective: 'm3_obj_trust',
      prompt: 'A worker you know shares a concern. Choose how you respond.',
      steps: [
        {
          id: 's1',
          text: 'A cleaner you chat with most mornings stops you. She looks unsure. "It\'s probably nothing," she says, "but a man has been by the loading dock a few times today."',
          choices: [
            {
              id: 'a',
              text: 'Thank her and ask calm questions: when, where, what he looked like, what he did.',
              best: true,
              consequence: 'She relaxes and gives you clear details. She feels her report was worth making.',
              next: 's2',
            },
            {
              id: 'b',
              text: 'Tell her not to worry. It is probably a delivery driver.',
              consequence: 'She feels brushed off. Next time she may not bother to tell you.',
            },
            {
              id: 'c',
              text: 'Tell her she should have reported it hours ago.',
              consequence: 'She gets defensive and says little more. Blame makes people less likely to report.',
            },
          ],
        },
        {
          id: 's2',
          text: 'You now have a description and times. What next?',
          choices: [
            {
              id: 'a',
              text: 'Check the area and cameras, tell control, and log the details. Later, let her know it was looked into.',
              best: true,
              consequence: 'The lead is followed up and recorded. She sees that speaking up made a difference.',
            },
            {
              id: 'b',
              text: 'Keep it in mind in case you see him yourself.',
              consequence: 'The information goes nowhere. If something happens later, nobody else knew.',
            },
            {
              id: 'c',
              text: 'Find the man and confront him loudly in front of shoppers.',
              consequence: 'He may be innocent, and a public scene could cause trouble or tip off a real offender. Gather facts first.',
            },
          ],
        },
      ],
      feedback: {
        correct: 'Excellent. You welcomed the report, got the facts and followed up, which keeps trust flowing.',
        incorrect: 'Not the best path. Welcome every concern, gather calm details, pass them on and follow up.',
      },
    },
  ],
});
