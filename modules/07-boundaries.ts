import { defineModule } from '../src/content/define.js';

export default defineModule({
  id: 'boundaries',
  title: 'Professional boundaries: firm, fair and friendly',
  minutes: 8,
  objectives: [
    {
      id: 'm7_obj_rules',
      text: 'Enforce site rules firmly and fairly without being heavy-handed.',
    },
    {
      id: 'm7_obj_free',
      text: 'Explain why giving "free services" or personal favors is not good customer relations.',
    },
    {
      id: 'm7_obj_confidence',
      text: 'Keep interactions professional so people have confidence in your authority.',
    },
  ],
  lessons: [
    {
      id: 'm7_l_rules',
      title: 'Rules still matter',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Being friendly does not mean the rules stop counting. Rules keep people safe. Your job is to apply them fairly and without drama.',
        },
        {
          kind: 'paragraph',
          text: 'Heavy-handed enforcement means barking orders, scolding in public or treating everyone as a suspect. It makes people resentful. Good service lets you enforce the same rule in a way that feels fair.',
        },
        {
          kind: 'list',
          items: [
            'Approach politely, and privately if you can.',
            'Say what the rule is and why it exists.',
            'Tell the person what they can do instead.',
            'Thank them when they comply.',
            'Stay firm and consistent if they push back.',
          ],
        },
        {
          kind: 'scenario',
          title: 'Vaping in the food court',
          text: 'A teenager is vaping at a table in the indoor food court, where it is not allowed. His friends are watching to see what happens.',
          question: {
            id: 'm7_scn_vape',
            type: 'single',
            objective: 'm7_obj_rules',
            prompt: 'What is the best way to handle this?',
            options: [
              {
                id: 'a',
                text: 'Walk over, quietly explain that vaping is not allowed inside because of other diners, and point to where he can go outside.',
                correct: true,
                feedback: 'Yes. Firm on the rule, polite in tone, and you gave him a way out without losing face.',
              },
              {
                id: 'b',
                text: 'Announce across the food court that he will be thrown out if he does not stop.',
                feedback: 'Public threats embarrass him in front of his friends and make pushback more likely.',
              },
              {
                id: 'c',
                text: 'Let it go. It is not worth the hassle.',
                feedback: 'Ignoring the rule is unfair to other diners and tells everyone the rules do not matter.',
              },
              {
                id: 'd',
                text: 'Take the vape out of his hand.',
                feedback: 'Grabbing property is heavy-handed and could lead to a confrontation or a complaint.',
              },
            ],
          },
        },
      ],
    },
    {
      id: 'm7_l_free',
      title: 'The "free services" trap',
      blocks: [
        {
          kind: 'paragraph',
          text: 'Some officers think good relations means doing favors. Minding a shopper\'s bags for an hour. Running errands. Giving someone a ride home. Letting a friend skip the line. It can look generous.',
        },
        {
          kind: 'paragraph',
          text: 'But favors pull you away from your duties and blur your role. You are there with authority and responsibilities, not as a personal helper. Favors can also look like favoritism, and that damages trust.',
        },
        {
          kind: 'paragraph',
          text: 'Real customer relations is professional help that fits your role: directions, information, reassurance, a quick response. It shows people you can do your job well.',
        },
        {
          kind: 'tip',
          text: 'Ask yourself: "Does this help keep the site safe and help people use it, or does it take me away from my job?"',
        },
      ],
    },
    {
      id: 'm7_l_prof',
      title: 'Friendly, not familiar',
      blocks: [
        {
          kind: 'paragraph',
          text: 'You can be warm and still keep a professional line. Be polite. Be helpful. Stay in your role. People trust an officer who is both kind and clearly in charge.',
        },
        {
          kind: 'list',
          items: [
            'Do: help people with things linked to the site and their safety.',
            'Do: apply the same rules to friends, regulars and strangers.',
            'Do not: lend money, mind belongings or run personal errands.',
            'Do not: chat with friends in a way that takes your eyes off your area.',
          ],
        },
      ],
    },
  ],
  check: [
    {
      id: 'm7_chk_fair',
      type: 'single',
      objective: 'm7_obj_rules',
      prompt: 'What makes rule enforcement feel fair rather than heavy-handed?',
      options: [
        {
          id: 'a',
          text: 'Explaining the rule and its reason politely, and offering an alternative.',
          correct: true,
          feedback: 'Right. People accept rules more easily when they understand them and have an option.',
        },
        {
          id: 'b',
          text: 'Enforcing the rule loudly so others see it too.',
          feedback: 'Public enforcement embarrasses people and makes them resist.',
        },
        {
          id: 'c',
          text: 'Only enforcing rules for people you do not know.',
          feedback: 'Inconsistent enforcement is unfair and damages trust.',
        },
      ],
    },
    {
      id: 'm7_chk_bags',
      type: 'truefalse',
      objective: 'm7_obj_free',
      prompt: 'Minding a regular shopper\'s bags at your post while she has lunch is good customer relations.',
      answer: false,
      feedback: {
        correct: 'Correct. It is a personal favor that ties you to your post with someone else\'s property. Point her to lockers or a cloakroom instead.',
        incorrect: 'Not quite. It feels kind, but it is a free personal service that blurs your role. Direct her to lockers or a cloakroom.',
      },
    },
    {
      id: 'm7_chk_help',
      type: 'single',
      objective: 'm7_obj_confidence',
      prompt: 'Which of these is professional help that fits your role?',
      options: [
        {
          id: 'a',
          text: 'Giving a visitor directions to the nearest exit.',
          correct: true,
          feedback: 'Yes. Information about the site is exactly the help you should give.',
        },
        {
          id: 'b',
          text: 'Driving a visitor home after your shift.',
          feedback: 'This is a personal favor, outside your role, and could create liability.',
        },
        {
          id: 'c',
          text: 'Lending a visitor money for a taxi.',
          feedback: 'Lending money crosses professional boundaries. Point them to proper help instead.',
        },
        {
          id: 'd',
          text: 'Letting a friend in without a ticket.',
          feedback: 'This is favoritism and breaks the rules you are there to apply.',
        },
      ],
    },
  ],
  bank: [
    {
      id: 'm7_q_not_cr',
      type: 'single',
      objective: 'm7_obj_free',
      prompt: 'Which of the following is NOT considered good customer relations for a security officer?',
      options: [
        {
          id: 'a',
          text: 'Listening to a visitor\'s concern',
          feedback: 'Incorrect choice. Listening is a core part of good customer relations.',
        },
        {
          id: 'b',
          text: 'Giving clear safety information',
          feedback: 'Incorrect choice. Clear information is good customer relations.',
        },
        {
          id: 'c',
          text: 'Providing free personal services to members of the public',
          correct: true,
          feedback: 'Correct. Free services may seem generous, but they undermine professional boundaries.',
        },
        {
          id: 'd',
          text: 'Greeting visitors as they arrive',
          feedback: 'Incorrect choice. Greeting visitors sets a positive tone.',
        },
      ],
    },
    {
      id: 'm7_q_why_free',
      type: 'single',
      objective: 'm7_obj_free',
      prompt: 'Why can offering personal favors to the public undermine an officer\'s role?',
      options: [
        {
          id: 'a',
          text: 'It blurs professional boundaries and can pull the officer away from their duties.',
          correct: true,
          feedback: 'Correct. Favors weaken your authority and take attention from safety.',
        },
        {
          id: 'b',
          text: 'Officers must never help members of the public.',
          feedback: 'Incorrect. Helping is part of the job. The issue is personal favors outside the role.',
        },
        {
          id: 'c',
          text: 'Favors are always against the law.',
          feedback: 'Incorrect. Most are not illegal. The problem is professional, not criminal.',
        },
        {
          id: 'd',
          text: 'It makes the officer too popular with visitors.',
          feedback: 'Incorrect. Being liked is fine. The problem is blurred roles and neglected duties.',
        },
      ],
    },
    {
      id: 'm7_q_heavy',
      type: 'single',
      objective: 'm7_obj_rules',
      prompt: 'Which is the BEST example of enforcing a rule without being heavy-handed?',
      options: [
        {
          id: 'a',
          text: 'Loudly ordering a group to stop, in front of other guests',
          feedback: 'Incorrect. Public orders embarrass people and invite resistance.',
        },
        {
          id: 'b',
          text: 'Quietly explaining the rule and its reason, and offering an alternative',
          correct: true,
          feedback: 'Correct. The rule is enforced, and the person keeps their dignity.',
        },
        {
          id: 'c',
          text: 'Ignoring the rule to keep guests happy',
          feedback: 'Incorrect. That is not enforcement at all, and it is unfair to others.',
        },
        {
          id: 'd',
          text: 'Banning someone at their first minor breach',
          feedback: 'Incorrect. A response out of proportion to the breach is heavy-handed.',
        },
      ],
    },
    {
      id: 'm7_q_confidence',
      type: 'single',
      objective: 'm7_obj_confidence',
      prompt: 'Which kind of interaction BEST builds public confidence in a security officer?',
      options: [
        {
          id: 'a',
          text: 'Long, casual chats with friends while on post',
          feedback: 'Incorrect. It looks like you are not paying attention to your area.',
        },
        {
          id: 'b',
          text: 'Polite, professional help that fits the officer\'s duties',
          correct: true,
          feedback: 'Correct. It shows you are both approachable and capable.',
        },
        {
          id: 'c',
          text: 'Bending the rules for people the officer knows',
          feedback: 'Incorrect. Favoritism destroys trust in your fairness.',
        },
        {
          id: 'd',
          text: 'Avoiding contact so as to look tough',
          feedback: 'Incorrect. Distance makes you less approachable and less effective.',
        },
      ],
    },
    {
      id: 'm7_q_slide_tf',
      type: 'truefalse',
      objective: 'm7_obj_rules',
      prompt: 'Good customer service means an officer should let small rule breaches slide so that visitors stay happy.',
      answer: false,
      feedback: {
        correct: 'Correct. Good service changes how you enforce a rule, not whether you enforce it.',
        incorrect: 'Incorrect. Rules keep people safe. Good service means enforcing them politely and fairly, not ignoring them.',
      },
    },
    {
      id: 'm7_q_branch',
      type: 'branching',
      objective: 'm7_obj_free',
      prompt: 'A friendly regular asks you for a favor. Choose how you respond.',
      steps: [
        {
          id: 's1',
          text: 'A regular visitor you get on well with asks if she can leave her shopping bags at your post while she sees a two-hour movie.',
          choices: [
            {
              id: 'a',
              text: 'Smile, explain you cannot mind belongings, and point her to the lockers.',
              best: true,
              consequence: 'She is a little disappointed but has a real option. You keep your role clear.',
              next: 's2',
            },
            {
              id: 'b',
              text: 'Agree. She is a regular and it is no trouble.',
              consequence: 'You now have someone else\'s property at your post and are responsible for it. Others will expect the same.',
            },
            {
              id: 'c',
              text: 'Say "Not my job" and turn away.',
              consequence: 'You kept the boundary, but she feels snubbed. A kind refusal with an option would have kept her trust.',
            },
          ],
        },
        {
          id: 's2',
          text: 'She laughs and says, "Oh, come on. You did it for my friend last week." You did not.',
          choices: [
            {
              id: 'a',
              text: 'Stay friendly and firm: it is the same for everyone, and you will show her where the lockers are.',
              best: true,
              consequence: 'She accepts it and uses a locker. She knows you are fair to everyone.',
            },
            {
              id: 'b',
              text: 'Give in so she is not upset.',
              consequence: 'Pressure worked, so she and others will try it again. Your boundary is gone.',
            },
            {
              id: 'c',
              text: 'Tell her she is lying.',
              consequence: 'She is offended, and a friendly relationship turns sour over a small thing.',
            },
          ],
        },
      ],
      feedback: {
        correct: 'Well done. You said no to the favor kindly, gave a real alternative, and stayed consistent.',
        incorrect: 'Not the best path. Refuse personal favors politely, offer a proper alternative, and apply the same line to everyone.',
      },
    },
  ],
});
