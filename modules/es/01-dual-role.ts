import { defineTranslation } from '../../src/content/define.js';

// Spanish translation of ../01-dual-role.ts: the same ids, only the text.
// Plain Latin American Spanish, "tú". Where Spanish needs a gender and the
// English has none, the scenario's visitor is a woman ("la visitante"), and
// adjectives about the officer are avoided ("sigues vigilando", not "atento").
export default defineTranslation({
  title: 'Dos trabajos, un uniforme: vigilar y ayudar',
  objectives: {
    m1_obj_balance: {
      text: 'Explicar por qué vigilar los riesgos y ayudar a las personas son, las dos cosas, parte de tu trabajo.',
    },
    m1_obj_core: {
      text: 'Ver la atención al cliente como un deber central que apoya la seguridad, no como algo extra.',
    },
    m1_obj_roles: {
      text: 'Distinguir las tareas de primera línea, que definen cómo se siente un lugar, de las tareas de fondo, que lo mantienen funcionando.',
    },
  },
  lessons: {
    m1_l_more: {
      title: 'Más que hacer cumplir reglas',
      blocks: [
        {
          text: 'Tu primer deber es mantener seguros a las personas y los bienes. Eso nunca cambia. Pero pasas la mayor parte de tu turno entre personas comunes, no entre amenazas. La forma en que las tratas también es parte del trabajo.',
        },
        {
          text: 'Sigues vigilando cualquier cosa fuera de lugar. Revisas las cámaras, respondes a las alarmas y reportas delitos. Al mismo tiempo, saludas a la gente, respondes preguntas y ayudas a quien necesite una mano.',
        },
        {
          items: [
            'Vigilante: buscas riesgos y comportamientos extraños.',
            'Guía: das indicaciones e información clara.',
            'Oyente: escuchas una preocupación o una queja.',
            'Autoridad: aplicas las reglas del lugar de forma justa cuando hace falta.',
          ],
        },
        {
          text: 'Eres la cara de la seguridad en el lugar. La gente debe ver a alguien en quien puede confiar y a quien puede acudir, no a alguien a quien evitar.',
        },
      ],
    },
    m1_l_goal: {
      title: 'El verdadero objetivo: seguridad y tranquilidad',
      blocks: [
        {
          text: 'Es fácil pensar que la seguridad existe para atrapar a quienes rompen las reglas. No es así. El objetivo es que todas las personas estén seguras y se sientan seguras. Atrapar a alguien es una herramienta, no el fin.',
        },
        {
          text: 'Dar un servicio amable no te hace débil. Te da más ojos y oídos. Cuando la gente confía en ti, te cuenta cosas. Eso te ayuda a ver los problemas a tiempo.',
        },
        {
          title: 'Dos trabajos al mismo tiempo',
          text: 'Estás de servicio en un centro comercial. Un hombre ya pasó despacio tres veces frente a la joyería. Mira la puerta, no la vitrina. En ese momento, una visitante te toca el brazo y te pregunta cómo llegar a la farmacia.',
          question: {
            prompt: '¿Qué es lo mejor que puedes hacer?',
            options: {
              a: {
                text: 'Ignorar a la visitante. Vigilar al hombre es lo primero.',
                feedback: 'No es lo mejor. Puedes hacer las dos cosas. Si ignoras a la visitante, le dejas una mala impresión y pierdes su confianza.',
              },
              b: {
                text: 'Girar para no perder de vista al hombre y darle a la visitante indicaciones rápidas y amables.',
                feedback: 'Sí. Sigues vigilando y aun así ayudas. Ese es el doble papel en acción.',
              },
              c: {
                text: 'Acompañar a la visitante hasta la farmacia.',
                feedback: 'Es amable, pero pierdes de vista un posible riesgo y dejas tu zona. Aquí basta con darle indicaciones.',
              },
              d: {
                text: 'Decirle a la visitante que vaya a preguntar al mostrador de información.',
                feedback: 'Así mandas a la visitante a otro lado cuando unas pocas palabras tuyas lo resolverían. Se siente como si no te importara.',
              },
            },
          },
        },
      ],
    },
    m1_l_team: {
      title: 'Primera línea y trabajo de fondo',
      blocks: [
        {
          text: 'No todas las tareas de seguridad tienen que ver con el público. Algunas personas del equipo arman los horarios de turnos o vigilan el efectivo y los pagos. Ese trabajo mantiene la operación en marcha. Pero los visitantes nunca lo ven.',
        },
        {
          text: 'Cómo se siente un lugar depende de los guardias con los que la gente trata en persona. Es decir, de ti. Tu tono, tu cara y tu ayuda deciden en gran parte cómo recuerdan el lugar los visitantes.',
        },
        {
          text: 'Los dos lados se necesitan. Una buena planeación te deja tiempo para atender a las personas. Un buen trato con las personas le trae al equipo información útil.',
        },
        {
          text: 'Proteger un lugar significa dos cosas: mantener fuera el peligro y asegurarte de que las personas que están dentro se sientan seguras y tratadas con respeto.',
        },
      ],
    },
  },
  check: {
    m1_chk_goal: {
      prompt: '¿Cuál es el objetivo principal de la seguridad en un lugar?',
      options: {
        a: {
          text: 'Atrapar a la mayor cantidad posible de personas que rompen las reglas.',
          feedback: 'Atrapar a alguien es solo una herramienta. El objetivo es más amplio.',
        },
        b: {
          text: 'Mantener seguras a todas las personas y ayudarlas a sentirse seguras.',
          feedback: 'Así es. Seguridad y tranquilidad: ese es el verdadero objetivo. El buen servicio te ayuda a lograrlo.',
        },
        c: {
          text: 'Mantener a los visitantes fuera de las áreas del personal, y nada más.',
          feedback: 'Controlar el acceso es una tarea, pero no es todo el objetivo del puesto.',
        },
        d: {
          text: 'Aplicar cada regla al pie de la letra, sin importar la situación.',
          feedback: 'Las reglas importan, pero aplicarlas con rigidez hace que un lugar se sienta frío y puede alejar a la gente.',
        },
      },
    },
    m1_chk_both: {
      prompt: 'Ser amable con los visitantes significa que tienes que vigilar menos los riesgos.',
      feedback: {
        correct: 'Correcto. Puedes ser amable y vigilar al mismo tiempo. El trato amable muchas veces te mantiene más alerta, porque la gente te cuenta cosas.',
        incorrect: 'No del todo. El servicio y la vigilancia van juntos. Sigues vigilando mientras ayudas.',
      },
    },
    m1_chk_front: {
      prompt: '¿Qué tarea influye más en cómo se sienten los visitantes en un lugar?',
      options: {
        a: {
          text: 'Armar el horario de turnos del personal.',
          feedback: 'Es necesario, pero los visitantes nunca lo ven. No cambia cómo sienten el lugar.',
        },
        b: {
          text: 'Saludar a las personas en la entrada y ayudarlas.',
          feedback: 'Sí. El trato cara a cara es lo que los visitantes notan y recuerdan.',
        },
        c: {
          text: 'Revisar los registros de efectivo.',
          feedback: 'Es trabajo de fondo. Apoya la operación, pero no toca la experiencia del visitante.',
        },
        d: {
          text: 'Probar el panel de alarmas.',
          feedback: 'Es importante para la seguridad, pero los visitantes no lo viven de forma directa.',
        },
      },
    },
  },
  bank: {
    m1_q_primary: {
      prompt: 'El primer deber de un guardia de seguridad es mantener seguros a las personas y los bienes. ¿Qué lugar ocupa la atención al cliente en el puesto?',
      options: {
        a: {
          text: 'Es algo extra para los turnos tranquilos.',
          feedback: 'Incorrecto. El servicio es parte de cada turno, con mucho o poco movimiento, porque los guardias tratan con personas todo el día.',
        },
        b: {
          text: 'Es una parte central del puesto que apoya la seguridad y genera confianza.',
          feedback: 'Correcto. El buen servicio es un deber central. Genera la confianza que te ayuda a mantener seguras a las personas.',
        },
        c: {
          text: 'Le toca al personal de recepción, no a seguridad.',
          feedback: 'Incorrecto. Muchas veces los guardias son las primeras personas del personal que ven los visitantes. Por eso el servicio sí es parte de su trabajo.',
        },
        d: {
          text: 'Solo importa en las tiendas.',
          feedback: 'Incorrecto. Tiendas, eventos, oficinas y edificios públicos ganan con guardias que atienden bien a la gente.',
        },
      },
    },
    m1_q_best_desc: {
      prompt: '¿Qué frase describe MEJOR el puesto del guardia de seguridad de hoy?',
      options: {
        a: {
          text: 'Alguien estricto que solo le habla al público cuando se rompe una regla.',
          feedback: 'Incorrecto. Si solo hablas con la gente cuando hay un problema, la seguridad parece una mala noticia.',
        },
        b: {
          text: 'Una presencia atenta que también saluda, informa y ayuda a las personas.',
          feedback: 'Correcto. El puesto combina la vigilancia con la calidez y la ayuda.',
        },
        c: {
          text: 'Un anfitrión cuyo trabajo principal es la comodidad de los invitados, y que deja la seguridad a la policía.',
          feedback: 'Incorrecto. La seguridad sigue siendo deber del guardia. El servicio la apoya, no la reemplaza.',
        },
        d: {
          text: 'Un operador de cámaras que evita el contacto con los visitantes.',
          feedback: 'Incorrecto. Vigilar las cámaras es una tarea, pero evitar a la gente desperdicia la confianza que hace funcionar la seguridad.',
        },
      },
    },
    m1_q_engage: {
      prompt: '¿Cuál de estas tareas hace MÁS para crear un ambiente acogedor en un lugar?',
      options: {
        a: {
          text: 'Vigilar las transacciones de dinero',
          feedback: 'Incorrecto. Es trabajo de fondo. Mantiene todo funcionando, pero los clientes nunca lo ven.',
        },
        b: {
          text: 'Programar los turnos del personal',
          feedback: 'Incorrecto. Los horarios son necesarios, pero no cambian cómo se sienten los clientes.',
        },
        c: {
          text: 'Tratar a los clientes de forma amable y servicial',
          feedback: 'Correcto. El contacto directo y amable con los clientes es lo que marca el ambiente.',
        },
        d: {
          text: 'Registrar el mantenimiento de los equipos',
          feedback: 'Incorrecto. Llevar registros es útil, pero no cambia qué tan bienvenidos se sienten los visitantes.',
        },
      },
    },
    m1_q_more_effective: {
      prompt: '¿Por qué un buen servicio al cliente hace que un guardia sea MÁS eficaz en su trabajo de seguridad?',
      options: {
        a: {
          text: 'Los visitantes que confían en el guardia tienen más probabilidad de reportar problemas a tiempo.',
          feedback: 'Correcto. La confianza convierte al público en más ojos y oídos, así que los problemas salen a la luz antes.',
        },
        b: {
          text: 'Los guardias amables no necesitan hacer rondas.',
          feedback: 'Incorrecto. Las rondas siguen siendo necesarias. El servicio se suma a ellas, no las reemplaza.',
        },
        c: {
          text: 'Ser amable significa que ya no hace falta hacer cumplir las reglas.',
          feedback: 'Incorrecto. Las reglas se siguen aplicando. Un buen servicio solo hace que aplicarlas sea más fácil.',
        },
        d: {
          text: 'Le permite al guardia no hacer reportes de incidentes.',
          feedback: 'Incorrecto. Tus deberes de reporte son los mismos, por más amable que seas.',
        },
      },
    },
    m1_q_parts: {
      prompt: '¿Cuáles de estas tareas son parte del doble papel de un guardia de seguridad? Elige todas las que correspondan.',
      options: {
        a: {
          text: 'Vigilar actividades sospechosas',
          feedback: 'Correcto. La vigilancia es la mitad del doble papel.',
        },
        b: {
          text: 'Dar indicaciones e información a los visitantes',
          feedback: 'Correcto. Ayudar a la gente a orientarse es servicio de todos los días.',
        },
        c: {
          text: 'Responder a incidentes y reportarlos',
          feedback: 'Correcto. Responder y reportar siguen siendo deberes centrales de seguridad.',
        },
        d: {
          text: 'Hacer favores personales a los visitantes frecuentes',
          feedback: 'Incorrecto. Los favores personales borran los límites profesionales. No son parte del puesto.',
        },
        e: {
          text: 'Evitar conversar para dar una imagen más seria',
          feedback: 'Incorrecto. Evitar a la gente te hace menos accesible y menos eficaz.',
        },
      },
      feedback: {
        correct: 'Bien hecho. El puesto combina vigilar, ayudar y responder.',
        incorrect: 'No del todo. El doble papel es vigilar y responder, y además dar servicio, sin favores personales y sin distancia fría.',
      },
    },
    m1_q_match: {
      prompt: 'Une cada tarea con lo que aporta principalmente.',
      pairs: {
        rota: {
          prompt: 'Programar los turnos del personal',
          target: { text: 'Mantiene la operación funcionando sin que se vea' },
        },
        greet: {
          prompt: 'Saludar a los visitantes en la puerta',
          target: { text: 'Marca el tono de toda la visita' },
        },
        cctv: {
          prompt: 'Vigilar las imágenes de las cámaras',
          target: { text: 'Detecta riesgos que el personal en el piso podría pasar por alto' },
        },
        answer: {
          prompt: 'Responder la pregunta de un visitante',
          target: { text: 'Genera confianza y tranquilidad' },
        },
      },
      feedback: {
        correct: 'Correcto. Las tareas de fondo y las de primera línea importan, pero solo el contacto de primera línea cambia cómo se sienten los visitantes.',
        incorrect: 'No del todo. Piensa en quién ve cada tarea: la planeación es trabajo de fondo, las cámaras detectan riesgos y el trato cara a cara marca el tono y genera confianza.',
      },
    },
  },
});
