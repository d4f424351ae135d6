/// The official vocabulary of the portrait: the 10 categories, 3 statuses and the ministerial portfolios,
/// each with its French and English label, the variants seen in published files, and (for categories and
/// statuses) the official definition.
///
/// Source: Ministère de la Cybersécurité et du Numérique, portrait published on Données Québec (CC-BY 4.0).
public enum Vocabulary {
    /// The 10 official categories, in the order of the published figures.
    public static let categories: [Term] = [
        Term(
            fr: "Aide à la décision, planification et/ou prédiction",
            en: "Decision support, planning and/or prediction",
            variants: [],
            definitionFR: "Système d'IA utilisé principalement comme outil d'aide à la décision, à la planification ou pour faire des prédictions.",
            definitionEN: "AI system used primarily as a tool to support decision, planning, or to make predictions."
        ),
        Term(
            fr: "Analyse des comportements/sentiments",
            en: "Behaviour/sentiment analysis",
            variants: [],
            definitionFR: "Système d'IA utilisé principalement pour faire de l'analyse de comportement ou pour l'analyse de sentiments.",
            definitionEN: "AI system used primarily to do behaviour analysis or for the analysis of feelings."
        ),
        Term(
            fr: "Assistant/agent conversationnel",
            en: "Assistant/conversational agent",
            variants: [],
            definitionFR: "Système d'IA utilisant la communication en langage naturel et principalement utilisé pour l'assistance à des tâches spécifiques ou pour maintenir une conversation avec un utilisateur.",
            definitionEN: "AI system using natural language communication and primarily used to assist with specific tasks or to maintain a conversation with a user."
        ),
        Term(
            fr: "Automatisation",
            en: "Automation",
            variants: [],
            definitionFR: "Système d'IA utilisé principalement pour l'automatisation de tâches et/ou de processus définis et ciblés.",
            definitionEN: "AI system used primarily for the automation of defined and targeted tasks and/or processes."
        ),
        Term(
            fr: "Expérience utilisateur - Personnalisation",
            en: "User experience - Personalization",
            variants: [],
            definitionFR: "Système d'IA utilisé principalement pour l'amélioration de l'expérience utilisateur sur des plateformes ou des sites web (ex. : faciliter les recherches, personnaliser le contenu).",
            definitionEN: "AI system used primarily for improving the user experience on platforms or websites (example: facilitating searches, customizing content)."
        ),
        Term(
            fr: "Formation et apprentissage assisté par l'IA",
            en: "AI-assisted training and learning",
            variants: [],
            definitionFR: "Système d'IA utilisé principalement dans le cadre de formation et dans l'assistance à l'apprentissage.",
            definitionEN: "AI system used primarily for training and learning assistance."
        ),
        Term(
            fr: "Gestion géomatique et géospatiale",
            en: "Geomatic and geospatial management",
            variants: [],
            definitionFR: "Système d'IA utilisé pour la gestion forestière, géologique, cartographique et la géomatique.",
            definitionEN: "AI system used for forest, geological, cartographic and geomatics management."
        ),
        Term(
            fr: "Laboratoire et équipement",
            en: "Laboratory and equipment",
            variants: [],
            definitionFR: "Initiative ou projet visant la mise en place d'un laboratoire d'expérimentation et/ou l'acquisition d'équipements informatiques dédiés au développement de l'IA.",
            definitionEN: "Initiative or project aimed at the establishment of an experimental laboratory and/or the acquisition of computer equipment dedicated to the development of AI."
        ),
        Term(
            fr: "Système électronique connecté et intelligence ambiante",
            en: "Connected electronic system and ambient intelligence",
            variants: [],
            definitionFR: "Système d'IA intégré à des initiatives ou projets visant la mise en œuvre d'un système électronique intelligent, de l'intelligence ambiante ou d'objets connectés.",
            definitionEN: "AI system integrated into initiatives or projects aimed at the implementation of an intelligent electronic system, ambient intelligence or connected objects."
        ),
        Term(
            fr: "Traitement d'image",
            en: "Image processing",
            variants: ["Traitement d'image/Imagerie médicale", "Imagerie médicale", "Traitement d'image / Imagerie médicale", "Image processing/Medical imaging", "Image processing / Medical imaging"],
            definitionFR: "Système d'IA utilisé principalement pour le traitement et l'analyse d'image.",
            definitionEN: "AI system used mainly for image processing and analysis."
        ),
    ]

    /// The 3 official statuses. The published figures give their definitions in English only; the French
    /// definitions here are this project's translation.
    public static let statuses: [Term] = [
        Term(
            fr: "Solution en production",
            en: "Solution in production",
            variants: ["En production", "Production", "In production"],
            definitionFR: "Projets ou initiatives à l'étape du déploiement/de l'intégration ou en entretien et soutien.",
            definitionEN: "Projects or initiatives in the deployment/integration stage or in maintenance and support."
        ),
        Term(
            fr: "Développement de la solution",
            en: "Solution development",
            variants: ["En développement", "Développement", "In development", "Development"],
            definitionFR: "Projets ou initiatives à l'étape du développement/de l'acquisition ou en phase d'essai et de validation.",
            definitionEN: "Projects or initiatives in the development/acquisition stage or in the testing and validation phase."
        ),
        Term(
            fr: "Information indisponible",
            en: "Information unavailable",
            variants: ["Non disponible", "Unavailable", "Not available"],
            definitionFR: "L'information n'a pu être confirmée par l'organisme responsable du projet ou de l'initiative.",
            definitionEN: "The information could not be confirmed by the body responsible for the project or initiative."
        ),
    ]

    /// The ministerial portfolios named in the published editions (harmonised names).
    public static let portfolios: [Term] = [
        Term(fr: "Affaires municipales et Habitation", en: "Municipal Affairs and Housing"),
        Term(fr: "Agriculture, Pêcheries et Alimentation", en: "Agriculture, Fisheries and Food"),
        Term(fr: "Conseil du trésor et Administration gouvernementale", en: "Treasury Board and Government Administration"),
        Term(fr: "Culture et Communications", en: "Culture and Communications"),
        Term(fr: "Cybersécurité et Numérique", en: "Cybersecurity and Digital"),
        Term(fr: "Emploi et Solidarité sociale", en: "Employment and Social Solidarity"),
        Term(fr: "Enseignement supérieur", en: "Higher Education"),
        Term(fr: "Enseignement supérieur (Réseau)", en: "Higher Education (Network)"),
        Term(fr: "Environnement, Lutte contre les changements climatiques, Faune et Parcs", en: "Environment, Climate Change, Wildlife and Parks"),
        Term(fr: "Famille", en: "Family"),
        Term(fr: "Finances", en: "Finance"),
        Term(fr: "Justice", en: "Justice"),
        Term(fr: "Ressources naturelles et Forêts", en: "Natural Resources and Forests"),
        Term(fr: "Santé et Services sociaux", en: "Health and Social Services"),
        Term(fr: "Santé et Services sociaux (Réseau)", en: "Health and Social Services (Network)"),
        Term(fr: "Sécurité publique", en: "Public Safety"),
        Term(fr: "Tourisme", en: "Tourism"),
        Term(fr: "Transports et Mobilité durable", en: "Transportation and Sustainable Mobility"),
        Term(fr: "Travail", en: "Labour"),
        Term(fr: "Éducation", en: "Education"),
        Term(fr: "Éducation (Réseau)", en: "Education (Network)"),
    ]
}
