#!/usr/bin/env python3
"""Write the embedded sample data Data/portrait-2025.csv and Data/portrait-2024.csv, then verify them.

The files reproduce every published aggregate of the "Portrait des utilisations de l'IA dans
l'administration publique" (MCN, Données Québec, CC-BY 4.0): rows per category, status and
portfolio, number of organisations, the top-10 organisations and the 58 organisations new in 2025.
Initiative names, benefits and the split of rows below those aggregates are ILLUSTRATIVE: invented
to be plausible, they are not the official rows.

  python3 scripts/make-embedded-data.py [--facts PATH] [--out DIR] [--check]

--facts  the published figures (default: <repo>/../shared/facts/portrait-published-figures.json)
--out    output folder (default: <repo>/Data)
--check  verify the existing files only, write nothing

Python 3 standard library only. Deterministic: the same facts always give the same bytes
(no random module, no clock; every "random" choice comes from SHA-256 of fixed strings).
Exits non-zero, with a message per failure, if any published figure disagrees with the files.
"""
import argparse
import csv
import hashlib
import io
import json
import os
import sys
import unicodedata
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_FACTS = os.path.join(ROOT, "..", "shared", "facts", "portrait-published-figures.json")
DEFAULT_OUT = os.path.join(ROOT, "Data")

HEADER = ["Nom de l'actif informationnel, du projet ou de l'initiative en IA", "Catégorie",
          "Organisme public", "Portefeuille ministériel", "Bénéfices", "Statut"]
ROWS = {2024: 168, 2025: 258}

# --- categories and statuses (French labels, as in the facts) ---------------------------------
AD = "Aide à la décision, planification et/ou prédiction"
AC = "Analyse des comportements/sentiments"
CONV = "Assistant/agent conversationnel"
AUTO = "Automatisation"
UX = "Expérience utilisateur - Personnalisation"
FORM = "Formation et apprentissage assisté par l'IA"
GEO = "Gestion géomatique et géospatiale"
LAB = "Laboratoire et équipement"
IOT = "Système électronique connecté et intelligence ambiante"
IMG = "Traitement d'image"
IMG_2025 = "Traitement d'image/Imagerie médicale"
CATS = [AD, AC, CONV, AUTO, UX, FORM, GEO, LAB, IOT, IMG]

PROD = "Solution en production"
DEV = "Développement de la solution"
NA = "Information indisponible"
STATUSES = [PROD, DEV, NA]


def cat_label(cat, year):
    return IMG_2025 if (cat == IMG and year == 2025) else cat


# --- portfolios (French names, as in the facts) -----------------------------------------------
AMH = "Affaires municipales et Habitation"
AGR = "Agriculture, Pêcheries et Alimentation"
CT = "Conseil du trésor et Administration gouvernementale"
CUL = "Culture et Communications"
CYB = "Cybersécurité et Numérique"
EMP = "Emploi et Solidarité sociale"
ES = "Enseignement supérieur"
ESR = "Enseignement supérieur (Réseau)"
ENV = "Environnement, Lutte contre les changements climatiques, Faune et Parcs"
FAM = "Famille"
FIN = "Finances"
JUS = "Justice"
RNF = "Ressources naturelles et Forêts"
SSS = "Santé et Services sociaux"
SSSR = "Santé et Services sociaux (Réseau)"
SP = "Sécurité publique"
TOU = "Tourisme"
TRA = "Transports et Mobilité durable"
TRV = "Travail"
EDU = "Éducation"
EDUR = "Éducation (Réseau)"

# --- organisations ------------------------------------------------------------------------------
# (name exactly as written in the file, group, portfolio 2024, rows 2024, portfolio 2025, rows 2025,
#  initiatives of 2024 carried over unchanged in name into 2025)
# Names of the 58 new organisations (and their trailing spaces) are those of the published file.
ORGS = [
    # present in both editions (24)
    ("Ministère des Ressources naturelles et des Forêts", "forets", RNF, 25, RNF, 26, 18),
    ("Ministère des Transports et de la Mobilité durable", "transports", TRA, 2, TRA, 19, 2),
    ("Université Laval", "univ", ES, 8, ESR, 11, 5),
    ("Ministère de la Santé et des Services sociaux", "sante_org", SSS, 7, SSS, 9, 4),
    ("Agence du revenu du Québec", "finances", FIN, 5, FIN, 8, 4),
    ("Ministère de la Justice", "justice", JUS, 1, JUS, 2, 1),
    ("Tribunal administratif du Québec", "justice", JUS, 1, JUS, 2, 0),
    ("Sûreté du Québec", "securite", SP, 1, SP, 1, 1),
    ("Télé-Québec", "culture", CUL, 3, CUL, 2, 1),
    ("Ministère de la Culture et des Communications", "culture", CUL, 2, CUL, 2, 1),
    ("Musée national des beaux-arts du Québec", "culture", CUL, 1, CUL, 1, 1),
    ("Ministère de la Cybersécurité et du Numérique", "numerique", CYB, 1, CYB, 2, 1),
    ("Secrétariat du Conseil du trésor", "gouv", CT, 1, CT, 1, 0),
    ("Ministère de l'Environnement, de la Lutte contre les changements climatiques, de la Faune et des Parcs",
     "environnement", ENV, 1, ENV, 1, 1),
    ("Commission des normes, de l'équité, de la santé et de la sécurité du travail", "travail", TRV, 3, TRV, 3, 2),
    ("Tribunal administratif du travail", "justice", TRV, 1, TRV, 1, 1),
    ("Ministère de l'Éducation", "education", EDU, 4, EDU, 5, 2),
    ("Centre de services scolaire de Montréal", "css", EDU, 2, EDUR, 2, 1),
    ("Institut national de santé publique du Québec", "sante_org", SSS, 3, SSS, 2, 1),
    ("Régie de l'assurance maladie du Québec", "sante_org", SSS, 2, SSS, 2, 1),
    ("Institut national d'excellence en santé et en services sociaux", "sante_org", SSS, 1, SSS, 1, 0),
    ("Université de Sherbrooke", "univ", ES, 3, ESR, 5, 2),
    ("Polytechnique Montréal ", "univ", ES, 2, ESR, 4, 1),
    ("Université du Québec à Chicoutimi", "univ", ES, 2, ESR, 3, 1),
    # new in 2025 (58, as published)
    ("CIUSSS du Centre-Ouest-de-l'Île-de-Montréal", "sante_etab", None, 0, SSSR, 14, 0),
    ("CHUM", "sante_etab", None, 0, SSSR, 12, 0),
    ("École des hautes études commerciales de Montréal ", "univ", None, 0, ESR, 9, 0),
    ("Centre intégré universitaire de santé et de services sociaux du Saguenay-Lac-Saint-Jean", "sante_etab",
     None, 0, SSSR, 7, 0),
    ("Santé Québec", "sante_org", None, 0, SSS, 7, 0),
    ("CHU Sainte-Justine", "sante_etab", None, 0, SSSR, 5, 0),
    ("Société québécoise d'information juridique", "justice", None, 0, JUS, 4, 0),
    ("CISSS de Chaudière-Appalaches", "sante_etab", None, 0, SSSR, 4, 0),
    ("CISSS de la Montérégie-Ouest", "sante_etab", None, 0, SSSR, 4, 0),
    ("CISSS des Laurentides", "sante_etab", None, 0, SSSR, 4, 0),
    ("Héma-Québec ", "hema", None, 0, SSS, 4, 0),
    # Plein air belongs to the Éducation portfolio (Loisir, Sport et Plein air).
    ("Société des établissements de plein air du Québec", "plein_air", None, 0, EDU, 3, 0),
    ("ICM", "sante_etab", None, 0, SSSR, 3, 0),
    ("Bibliothèque et Archives nationales du Québec", "culture", None, 0, CUL, 3, 0),
    ("Centre de services scolaire de Laval  ", "css", None, 0, EDUR, 2, 0),
    ("Cégep de Rosemont ", "cegep", None, 0, ESR, 2, 0),
    ("Cégep de Chicoutimi ", "cegep", None, 0, ESR, 2, 0),
    ("Cégep de Saint-Jérôme", "cegep", None, 0, ESR, 2, 0),
    ("Cégep de Sainte-Foy", "cegep", None, 0, ESR, 2, 0),
    ("CIUSSS du Centre-Sud-de-l'Île-de-Montréal", "sante_etab", None, 0, SSSR, 2, 0),
    ("Cégep de Sept-Îles ", "cegep", None, 0, ESR, 2, 0),
    ("CISSS du Bas-Saint-Laurent", "sante_etab", None, 0, SSSR, 2, 0),
    ("CISSS de Laval", "sante_etab", None, 0, SSSR, 2, 0),
    ("Ministère de l'Emploi et de la Solidarité sociale", "gouv", None, 0, EMP, 2, 0),
    ("CIUSSS du Nord-de-l'Île-de-Montréal", "sante_etab", None, 0, SSSR, 2, 0),
    ("Centre intégré de santé et de services sociaux de la Montérégie-Centre", "sante_etab", None, 0, SSSR, 2, 0),
    ("CHU de Québec - UL", "sante_etab", None, 0, SSSR, 2, 0),
    ("Télé-université ", "univ", None, 0, ESR, 2, 0),
    ("Université du Québec ", "univ", None, 0, ESR, 2, 0),
    ("IUCPQ - UL", "sante_etab", None, 0, SSSR, 2, 0),
    ("John Abbott College ", "cegep", None, 0, ESR, 1, 0),
    ("CRSSS de la Baie-James", "sante_etab", None, 0, SSSR, 1, 0),
    ("Ministère du Tourisme", "gouv", None, 0, TOU, 1, 0),
    ("Ministère de la Sécurité publique", "securite", None, 0, SP, 1, 0),
    ("Ministère des Affaires municipales et de l'Habitation", "gouv", None, 0, AMH, 1, 0),
    ("Musée de la Civilisation", "culture", None, 0, CUL, 1, 0),
    ("Société du Grand Théâtre de Québec", "culture", None, 0, CUL, 1, 0),
    ("Université de Montréal ", "univ", None, 0, ESR, 1, 0),
    ("École de technologie supérieure", "univ", None, 0, ESR, 1, 0),
    ("CIUSSS de l'Est-de-l'Île-de-Montréal", "sante_etab", None, 0, SSSR, 1, 0),
    ("Cégep de Trois-Rivières", "cegep", None, 0, ESR, 1, 0),
    ("Cégep régional de Lanaudière", "cegep", None, 0, ESR, 1, 0),
    ("Collège Ahuntsic ", "cegep", None, 0, ESR, 1, 0),
    ("Centre de services scolaire de Sorel-Tracy  ", "css", None, 0, EDUR, 1, 0),
    ("Centre de services scolaire de la Baie-James  ", "css", None, 0, EDUR, 1, 0),
    ("Centre de services scolaire des Navigateurs ", "css", None, 0, EDUR, 1, 0),
    ("Centre de services scolaire des Premières Seigneuries  ", "css", None, 0, EDUR, 1, 0),
    ("Centre intégré de santé et de services sociaux de la Gaspésie", "sante_etab", None, 0, SSSR, 1, 0),
    ("Champlain Regional College ", "cegep", None, 0, ESR, 1, 0),
    ("Commissaire à la lutte contre la corruption", "securite", None, 0, SP, 1, 0),
    ("Cégep du Vieux Montréal ", "cegep", None, 0, ESR, 1, 0),
    ("Commission des transports du Québec", "transports", None, 0, TRA, 1, 0),
    ("Curateur public", "justice", None, 0, FAM, 1, 0),
    ("Cégep Beauce-Appalaches  ", "cegep", None, 0, ESR, 1, 0),
    ("Bureau du coroner", "securite", None, 0, SP, 1, 0),
    ("Cégep de Drummondville ", "cegep", None, 0, ESR, 1, 0),
    ("Cégep de Valleyfield ", "cegep", None, 0, ESR, 1, 0),
    ("Cégep Saint-Jean-sur-Richelieu ", "cegep", None, 0, ESR, 1, 0),
    # only in 2024 (41, invented)
    ("Société d'habitation du Québec", "gouv", AMH, 1, None, 0, 0),
    ("Ministère de l'Agriculture, des Pêcheries et de l'Alimentation", "agriculture", AGR, 1, None, 0, 0),
    ("Conseil des arts et des lettres du Québec", "culture", CUL, 1, None, 0, 0),
    ("Société de développement des entreprises culturelles", "culture", CUL, 1, None, 0, 0),
    ("Commission des partenaires du marché du travail", "gouv", EMP, 1, None, 0, 0),
    ("Retraite Québec", "finances", FIN, 2, None, 0, 0),
    ("Autorité des marchés financiers", "finances", FIN, 1, None, 0, 0),
    ("École nationale de police du Québec", "securite", SP, 1, None, 0, 0),
    ("Société de l'assurance automobile du Québec", "transports", TRA, 1, None, 0, 0),
    ("Centre de services scolaire de la Capitale", "css", EDU, 1, None, 0, 0),
    ("Centre de services scolaire des Draveurs", "css", EDU, 1, None, 0, 0),
    ("Centre de services scolaire Marguerite-Bourgeoys", "css", EDU, 2, None, 0, 0),
    ("Commission scolaire English-Montréal", "css", EDU, 1, None, 0, 0),
    ("Centre de services scolaire du Val-des-Cerfs", "css", EDU, 1, None, 0, 0),
    ("Université McGill", "univ", ES, 3, None, 0, 0),
    ("Université Concordia", "univ", ES, 2, None, 0, 0),
    ("Université du Québec à Montréal", "univ", ES, 2, None, 0, 0),
    ("Université du Québec à Trois-Rivières", "univ", ES, 2, None, 0, 0),
    ("Université du Québec en Outaouais", "univ", ES, 1, None, 0, 0),
    ("Institut national de la recherche scientifique", "univ", ES, 1, None, 0, 0),
    ("Cégep de Jonquière", "cegep", ES, 1, None, 0, 0),
    ("Cégep Limoilou ", "cegep", ES, 1, None, 0, 0),
    ("Collège de Maisonneuve", "cegep", ES, 1, None, 0, 0),
    ("Cégep de l'Abitibi-Témiscamingue", "cegep", ES, 1, None, 0, 0),
    ("Dawson College", "cegep", ES, 1, None, 0, 0),
    ("CIUSSS de la Capitale-Nationale", "sante_etab", SSS, 7, None, 0, 0),
    ("CIUSSS de l'Ouest-de-l'Île-de-Montréal", "sante_etab", SSS, 5, None, 0, 0),
    ("CIUSSS de l'Estrie - CHUS", "sante_etab", SSS, 5, None, 0, 0),
    ("Centre universitaire de santé McGill", "sante_etab", SSS, 5, None, 0, 0),
    ("CIUSSS de la Mauricie-et-du-Centre-du-Québec", "sante_etab", SSS, 4, None, 0, 0),
    ("CISSS de l'Outaouais", "sante_etab", SSS, 4, None, 0, 0),
    ("Conseil cri de la santé et des services sociaux de la Baie James", "sante_etab", SSS, 4, None, 0, 0),
    ("CISSS de Lanaudière", "sante_etab", SSS, 3, None, 0, 0),
    ("CISSS de la Montérégie-Est", "sante_etab", SSS, 3, None, 0, 0),
    ("CISSS de l'Abitibi-Témiscamingue", "sante_etab", SSS, 3, None, 0, 0),
    ("Corporation d'urgences-santé", "sante_org", SSS, 3, None, 0, 0),
    ("CISSS de la Côte-Nord", "sante_etab", SSS, 2, None, 0, 0),
    ("Institut national de psychiatrie légale Philippe-Pinel", "sante_etab", SSS, 2, None, 0, 0),
    ("Commissaire à la santé et au bien-être", "sante_org", SSS, 2, None, 0, 0),
    ("Régie régionale de la santé et des services sociaux du Nunavik", "sante_etab", SSS, 1, None, 0, 0),
    ("Office des personnes handicapées du Québec", "sante_org", SSS, 1, None, 0, 0),
]

# --- plausible categories per kind of body: first-guess cycle, then allowed list by preference ---
GROUPS = {
    "forets": ([GEO, GEO, AD, GEO, GEO, IMG, GEO, GEO, AUTO, GEO, AD, GEO, CONV, GEO],
               [GEO, AD, IMG, AUTO, CONV, IOT, LAB]),
    "transports": ([AD, AUTO, IMG, CONV, GEO, AD, IOT, AUTO, AD, IMG, UX, GEO],
                   [AD, AUTO, IMG, CONV, GEO, IOT, UX, AC]),
    "sante_etab": ([AD, IMG, CONV, AUTO, AD, IMG, CONV, AD, IOT, AUTO, IMG, AC],
                   [AD, IMG, CONV, AUTO, IOT, AC, FORM, UX, LAB]),
    "sante_org": ([AD, CONV, AUTO, AD, AC, CONV, UX], [AD, CONV, AUTO, AC, UX, FORM]),
    "hema": ([AD, AUTO, CONV, IMG], [AD, AUTO, CONV, IMG, IOT]),
    "univ": ([CONV, AD, FORM, AUTO, CONV, AD, UX, AC, LAB], [CONV, AD, FORM, AUTO, UX, AC, LAB, IMG, GEO]),
    "cegep": ([CONV, FORM, AD, AUTO, UX], [CONV, FORM, AD, AUTO, UX, AC]),
    "css": ([CONV, AD, FORM, AUTO], [CONV, AD, FORM, AUTO, UX]),
    "education": ([AD, CONV, AUTO, FORM], [AD, CONV, AUTO, FORM, UX]),
    "plein_air": ([CONV, AD, UX], [CONV, AD, UX, GEO, IOT, AUTO]),
    "culture": ([CONV, AUTO, UX, IMG, AD], [CONV, AUTO, UX, IMG, AD, AC]),
    "justice": ([CONV, AUTO, AD], [CONV, AUTO, AD, UX]),
    "securite": ([AD, IMG, AUTO, CONV], [AD, IMG, AUTO, CONV, AC]),
    "finances": ([AD, CONV, AUTO, AD, AC], [AD, CONV, AUTO, AC, UX]),
    "gouv": ([CONV, AD, AUTO], [CONV, AD, AUTO, AC, UX, FORM]),
    "numerique": ([CONV, LAB, AUTO], [CONV, LAB, AUTO, AD, UX, FORM]),
    "environnement": ([GEO, AD, IMG], [GEO, AD, IMG, IOT]),
    "agriculture": ([AD, GEO, IMG], [AD, GEO, IMG]),
    "travail": ([AD, CONV, AUTO], [AD, CONV, AUTO, AC]),
}

# --- initiative names (illustrative) --------------------------------------------------------------
GENERIC = {
    AD: ["Prévision de la charge de travail des équipes",
         "Priorisation des dossiers à traiter selon le risque",
         "Tableau de bord prédictif pour la planification des ressources",
         "Détection des anomalies dans les données administratives",
         "Modèle de prévision budgétaire",
         "Analyse prédictive des délais de traitement",
         "Planification optimisée des horaires"],
    AC: ["Analyse des sentiments dans les commentaires des usagers",
         "Analyse des plaintes et de la satisfaction de la clientèle",
         "Veille des médias sociaux et analyse de l'opinion",
         "Analyse des réponses aux sondages de satisfaction"],
    CONV: ["Agent conversationnel pour les demandes d'information citoyennes",
           "Assistant virtuel de soutien informatique aux employés",
           "Assistant IA générative pour la rédaction de documents administratifs",
           "Assistant de recherche dans la documentation interne",
           "Assistant de rédaction de courriels et de réponses types",
           "Résumé automatisé des comptes rendus de réunion"],
    AUTO: ["Tri, classement et acheminement des courriels entrants",
           "Extraction automatisée des données des formulaires numérisés",
           "Traitement automatisé des factures fournisseurs",
           "Transcription automatique des enregistrements audio",
           "Traduction automatique de documents administratifs",
           "Caviardage automatisé des renseignements personnels",
           "Reconnaissance optique de caractères pour les archives papier"],
    UX: ["Moteur de recherche intelligent du site Web",
         "Recommandation de contenus personnalisés sur le portail",
         "Personnalisation du parcours en ligne des usagers",
         "Recherche sémantique dans la foire aux questions"],
    FORM: ["Tuteur virtuel pour la formation du personnel",
           "Parcours de formation adaptatif en ligne",
           "Simulateur d'entretiens assisté par l'IA",
           "Génération d'exercices et de questionnaires de formation"],
    GEO: ["Cartographie automatisée de l'occupation du territoire",
          "Analyse d'images satellitaires pour le suivi du territoire",
          "Détection des changements sur les orthophotographies"],
    LAB: ["Laboratoire d'expérimentation en intelligence artificielle",
          "Acquisition d'une infrastructure de calcul pour l'IA",
          "Bac à sable sécurisé pour l'essai de modèles de langage"],
    IOT: ["Capteurs connectés pour la gestion énergétique des bâtiments",
          "Système de surveillance intelligente des équipements",
          "Capteurs connectés et analyse de l'occupation des locaux"],
    IMG: ["Analyse automatisée d'images pour le contrôle de qualité",
          "Reconnaissance d'objets dans les photographies d'inspection",
          "Numérisation et classification d'images d'archives"],
}

NAMES = {
    "forets": {
        GEO: ["Détection des peuplements forestiers par imagerie satellitaire",
              "Cartographie écoforestière assistée par l'IA",
              "Inventaire forestier par lidar aérien",
              "Détection des coupes forestières sur images satellitaires",
              "Cartographie des chemins forestiers par apprentissage profond",
              "Estimation de la hauteur des arbres à partir du lidar",
              "Identification des essences forestières par imagerie multispectrale",
              "Cartographie des dépôts de surface",
              "Détection des perturbations naturelles en forêt publique",
              "Suivi de la défoliation causée par la tordeuse des bourgeons de l'épinette",
              "Cartographie des milieux humides en territoire forestier",
              "Délimitation automatisée des cours d'eau sur le modèle numérique de terrain",
              "Cartographie du potentiel minéral du Québec",
              "Interprétation géologique assistée par l'IA",
              "Détection des chablis après les épisodes de vents violents",
              "Cartographie des zones brûlées après les feux de forêt",
              "Cartographie de la régénération après coupe",
              "Modélisation de la pente et du drainage forestier",
              "Classification des points lidar pour le modèle numérique de terrain",
              "Détection des sites d'extraction de sable et de gravier",
              "Cartographie des peuplements de feuillus nobles",
              "Estimation du volume marchand par télédétection",
              "Mise à jour de la carte forestière à partir d'images aériennes",
              "Détection des empiètements sur les terres du domaine de l'État",
              "Cartographie des affleurements rocheux",
              "Suivi de l'habitat du caribou forestier par télédétection",
              "Repérage des traverses de cours d'eau sur les chemins multiusages",
              "Cartographie des érablières sur les terres publiques"],
        AD: ["Prévision du risque de feux de forêt",
             "Modèle de croissance des forêts pour le calcul des possibilités forestières",
             "Prévision de la propagation de la tordeuse des bourgeons de l'épinette",
             "Aide à la planification des récoltes forestières",
             "Prévision de la demande de bois d'œuvre",
             "Priorisation des chantiers de reboisement",
             "Aide à la décision pour l'attribution des droits miniers",
             "Prévision de la production de plants en pépinière"],
        IMG: ["Détection des arbres morts sur photographies aériennes",
              "Reconnaissance des essences à partir de photos terrain",
              "Analyse d'images de drones pour le suivi des plantations",
              "Détection de la fumée sur les images des tours de guet",
              "Analyse des carottes de forage par vision numérique",
              "Comptage des semis en pépinière par vision numérique"],
        AUTO: ["Extraction automatisée des données des rapports d'exploration minière",
               "Traitement automatisé des demandes de permis d'intervention en forêt",
               "Numérisation et indexation des archives géologiques",
               "Contrôle automatisé de la qualité des données d'inventaire"],
        CONV: ["Assistant conversationnel pour les utilisateurs du territoire public",
               "Assistant de recherche dans la documentation géoscientifique",
               "Agent conversationnel sur les normes d'aménagement forestier"],
        IOT: ["Capteurs connectés dans les pépinières forestières"],
        LAB: ["Plateforme de calcul pour le traitement des données lidar"],
    },
    "transports": {
        AD: ["Prévision de la congestion routière",
             "Priorisation des interventions sur les chaussées",
             "Prévision de la dégradation des ponts et des structures",
             "Planification de l'entretien hivernal selon les prévisions météo",
             "Modèle de prédiction des accidents sur le réseau routier",
             "Prévision de l'achalandage des traversiers",
             "Aide à la décision pour la programmation des travaux routiers",
             "Estimation des débits de circulation sur le réseau du Québec",
             "Prévision des risques de glissements de terrain près des routes"],
        IMG: ["Détection des fissures sur les chaussées par vision numérique",
              "Inspection des structures à l'aide d'images de drones",
              "Relevé automatisé de la signalisation routière",
              "Détection des nids-de-poule sur les images des véhicules d'inspection",
              "Comptage des véhicules par caméras de circulation"],
        AUTO: ["Traitement automatisé des demandes de permis spéciaux de circulation",
               "Extraction des données des rapports d'accident",
               "Classification automatisée des plaintes des usagers de la route",
               "Automatisation du traitement des réclamations",
               "Analyse automatisée des devis et des soumissions"],
        CONV: ["Agent conversationnel Québec 511",
               "Assistant virtuel pour les questions sur les permis et les normes",
               "Assistant IA pour la rédaction des devis techniques",
               "Agent conversationnel de soutien aux transporteurs"],
        GEO: ["Cartographie du réseau routier du Québec par imagerie",
              "Détection de l'érosion côtière près des routes",
              "Modélisation géospatiale des corridors de mobilité durable",
              "Inventaire géolocalisé des ponceaux"],
        IOT: ["Feux de circulation intelligents aux intersections",
              "Capteurs connectés de surveillance des ponts",
              "Stations météoroutières intelligentes"],
        UX: ["Recommandation d'itinéraires sur Québec 511",
             "Personnalisation des alertes routières"],
        AC: ["Analyse des commentaires des usagers du réseau routier"],
    },
    "sante_etab": {
        AD: ["Prédiction des réadmissions à l'urgence",
             "Prévision de l'achalandage des urgences",
             "Détection précoce de la septicémie chez les patients hospitalisés",
             "Optimisation de la planification des blocs opératoires",
             "Prédiction du risque de chute chez les aînés hébergés",
             "Gestion prédictive des lits d'hospitalisation",
             "Priorisation des demandes de consultation en spécialité",
             "Prévision des besoins en main-d'œuvre infirmière",
             "Détection de la détérioration clinique aux soins intensifs",
             "Prédiction des rendez-vous manqués en clinique externe",
             "Aide à la décision pour l'orientation des patients au triage",
             "Optimisation des horaires de soins à domicile",
             "Prédiction de la durée de séjour hospitalier",
             "Planification des transferts interétablissements"],
        IMG: ["Détection des nodules pulmonaires sur les radiographies thoraciques",
              "Aide au dépistage du cancer du sein en mammographie",
              "Détection des fractures sur les radiographies",
              "Analyse automatisée des images de rétinopathie diabétique",
              "Détection des hémorragies cérébrales en tomodensitométrie",
              "Segmentation des tumeurs en imagerie par résonance magnétique",
              "Analyse des lames de pathologie numérique",
              "Priorisation des examens d'imagerie urgents",
              "Mesure automatisée de la fraction d'éjection en échocardiographie",
              "Détection des polypes en coloscopie",
              "Analyse des images de plaies chroniques",
              "Reconstruction accélérée des images d'IRM",
              "Dépistage de l'embolie pulmonaire en angioscanner"],
        CONV: ["Transcription et rédaction assistée des notes cliniques",
               "Agent conversationnel d'orientation des usagers",
               "Assistant virtuel pour la prise de rendez-vous",
               "Assistant IA de résumé des dossiers patients",
               "Agent conversationnel de soutien aux employés en ressources humaines",
               "Assistant de rédaction des lettres de congé",
               "Assistant conversationnel pour les proches aidants",
               "Agent conversationnel pour le recrutement de personnel"],
        AUTO: ["Numérisation et indexation automatisées des dossiers médicaux",
               "Codification automatisée des diagnostics",
               "Extraction des données des requêtes de laboratoire",
               "Gestion automatisée des listes d'attente en chirurgie",
               "Traitement automatisé des références en santé mentale",
               "Automatisation des relevés de présence du personnel",
               "Tri automatisé des télécopies reçues"],
        IOT: ["Surveillance connectée des patients à domicile",
              "Détection des chutes par capteurs en CHSLD",
              "Suivi intelligent des équipements médicaux",
              "Capteurs connectés pour le suivi de la température des vaccins"],
        AC: ["Analyse des commentaires des usagers sur l'expérience de soins",
             "Détection des comportements à risque en santé mentale"],
        FORM: ["Simulation clinique assistée par l'IA pour la formation infirmière",
               "Tuteur virtuel pour l'intégration du nouveau personnel"],
        UX: ["Portail patient personnalisé"],
        LAB: ["Plateforme de recherche en IA clinique"],
    },
    "sante_org": {
        AD: ["Prévision des besoins en lits à l'échelle du réseau",
             "Modélisation de la propagation des virus respiratoires",
             "Surveillance prédictive des éclosions",
             "Détection des anomalies de facturation des professionnels",
             "Prévision de la demande de services préhospitaliers",
             "Tableau de bord prédictif de la performance du réseau",
             "Analyse prédictive des temps d'attente en chirurgie",
             "Optimisation du déploiement des ambulances",
             "Aide à l'évaluation des technologies en santé",
             "Prévision des besoins en effectifs du réseau de la santé"],
        CONV: ["Agent conversationnel pour les questions sur la carte d'assurance maladie",
               "Assistant IA de recherche documentaire en santé publique",
               "Agent conversationnel Info-Santé",
               "Assistant de rédaction des réponses aux demandes d'accès",
               "Assistant de synthèse des données probantes",
               "Agent conversationnel sur les services offerts aux personnes handicapées"],
        AUTO: ["Traitement automatisé des demandes de remboursement",
               "Extraction automatisée des données des rapports d'inspection",
               "Classification automatisée des signalements",
               "Automatisation du traitement des demandes d'inscription",
               "Codification automatisée des causes de décès"],
        AC: ["Analyse de l'opinion publique sur les campagnes de vaccination",
             "Analyse des sentiments dans les plaintes des usagers"],
        UX: ["Moteur de recherche intelligent sur Québec.ca en santé",
             "Personnalisation des rappels de vaccination"],
        FORM: ["Formation en ligne adaptative pour le personnel du réseau"],
    },
    "hema": {
        AD: ["Prévision de la demande en produits sanguins",
             "Optimisation des collectes de sang selon la disponibilité des donneurs",
             "Prédiction de l'admissibilité des donneurs"],
        AUTO: ["Automatisation du contrôle de la qualité des produits sanguins"],
        CONV: ["Agent conversationnel pour les donneurs de sang"],
        IMG: ["Analyse d'images pour le typage cellulaire"],
        IOT: ["Suivi connecté de la chaîne de froid"],
    },
    "univ": {
        CONV: ["Assistant conversationnel pour l'accueil des étudiants",
               "Agent conversationnel pour les demandes d'admission",
               "Assistant IA générative pour le personnel enseignant",
               "Assistant virtuel de la bibliothèque",
               "Agent conversationnel de soutien informatique",
               "Assistant de rédaction administrative pour le personnel",
               "Assistant IA pour l'aide à la recherche documentaire",
               "Agent conversationnel sur les programmes d'études",
               "Assistant conversationnel pour les étudiants internationaux"],
        AD: ["Prédiction du risque d'abandon des études",
             "Prévision des inscriptions par programme",
             "Optimisation des horaires de cours et des locaux",
             "Aide à la décision pour l'attribution des bourses",
             "Analyse prédictive de la réussite au premier cycle",
             "Prévision de la consommation énergétique du campus",
             "Tableau de bord prédictif de la recherche subventionnée",
             "Aide à la planification des effectifs enseignants"],
        FORM: ["Tutorat intelligent en mathématiques",
               "Rétroaction automatisée sur les travaux écrits",
               "Plateforme d'apprentissage adaptatif",
               "Génération de questions d'examen formatives",
               "Simulation de cas pour la formation en gestion"],
        AUTO: ["Traitement automatisé des demandes d'admission",
               "Analyse automatisée des relevés de notes",
               "Tri et acheminement automatisé des courriels étudiants",
               "Transcription automatique des cours enregistrés",
               "Extraction des données des factures de recherche",
               "Reconnaissance des équivalences de cours"],
        UX: ["Recommandation de cours personnalisée",
             "Moteur de recherche intelligent du catalogue de la bibliothèque",
             "Personnalisation du portail étudiant"],
        AC: ["Analyse des évaluations de l'enseignement",
             "Analyse du bien-être étudiant à partir des sondages"],
        LAB: ["Laboratoire d'expérimentation en IA générative",
              "Grappe de calcul GPU pour la recherche"],
        IMG: ["Numérisation et classification des collections patrimoniales"],
        GEO: ["Cartographie des îlots de chaleur du campus"],
    },
    "cegep": {
        CONV: ["Agent conversationnel pour les futurs étudiants",
               "Assistant virtuel des services aux étudiants",
               "Assistant IA pour la préparation de cours",
               "Agent conversationnel de l'aide pédagogique individuelle",
               "Assistant virtuel de la bibliothèque du cégep"],
        FORM: ["Tuteur virtuel en français écrit",
               "Soutien à l'apprentissage en mathématiques par l'IA",
               "Rétroaction automatisée en programmation",
               "Simulateur de soins infirmiers assisté par l'IA",
               "Apprentissage adaptatif en langue seconde"],
        AD: ["Détection précoce des étudiants à risque d'échec",
             "Prévision des inscriptions à la formation continue",
             "Optimisation des horaires des étudiants",
             "Aide au cheminement scolaire"],
        AUTO: ["Traitement automatisé des demandes d'admission",
               "Automatisation de la gestion des stages",
               "Classification des demandes au registrariat",
               "Transcription automatique des plans de cours"],
        UX: ["Personnalisation de l'environnement numérique d'apprentissage",
             "Recherche intelligente dans le site Web du cégep"],
        AC: ["Analyse des sondages sur l'expérience étudiante"],
    },
    "css": {
        CONV: ["Agent conversationnel pour les parents",
               "Assistant IA pour le personnel enseignant",
               "Assistant virtuel pour les demandes au service des ressources humaines",
               "Agent conversationnel pour l'inscription scolaire"],
        AD: ["Prévision de la clientèle scolaire",
             "Optimisation des parcours de transport scolaire",
             "Détection précoce des élèves à risque de décrochage",
             "Planification des besoins en suppléance"],
        FORM: ["Soutien à l'apprentissage de la lecture par l'IA",
               "Tuteur virtuel en mathématiques au secondaire",
               "Formation du personnel à l'utilisation de l'IA"],
        AUTO: ["Automatisation du traitement des demandes de transport scolaire",
               "Traitement automatisé des dossiers d'élèves"],
        UX: ["Personnalisation du portail parents"],
    },
    "education": {
        AD: ["Prévision des effectifs scolaires",
             "Analyse prédictive de la diplomation",
             "Aide à la planification des besoins en enseignants",
             "Indicateurs prédictifs de la réussite éducative",
             "Optimisation de l'allocation des ressources aux centres de services scolaires"],
        CONV: ["Agent conversationnel pour les questions sur le régime pédagogique",
               "Assistant IA pour la rédaction de documents ministériels",
               "Assistant virtuel pour le personnel scolaire"],
        AUTO: ["Correction assistée des épreuves ministérielles",
               "Traitement automatisé des demandes d'équivalence",
               "Classification automatisée de la correspondance"],
        FORM: ["Ressources d'apprentissage adaptatives pour les élèves",
               "Formation en ligne sur l'IA pour le personnel enseignant"],
        UX: ["Personnalisation des contenus de l'École ouverte"],
    },
    "plein_air": {
        CONV: ["Agent conversationnel pour les réservations en parcs nationaux",
               "Assistant virtuel du service à la clientèle"],
        AD: ["Prévision de l'achalandage des parcs nationaux",
             "Tarification dynamique des séjours"],
        UX: ["Recommandation personnalisée d'activités de plein air"],
        GEO: ["Cartographie des sentiers par imagerie aérienne"],
        IOT: ["Compteurs connectés de fréquentation des sentiers"],
    },
    "culture": {
        CONV: ["Agent conversationnel pour les usagers de la bibliothèque",
               "Assistant virtuel pour la billetterie",
               "Guide virtuel conversationnel pour les visiteurs",
               "Assistant IA de rédaction pour les communications",
               "Agent conversationnel sur les programmes d'aide financière"],
        AUTO: ["Transcription automatique des archives audiovisuelles",
               "Description automatisée des collections",
               "Reconnaissance d'écriture manuscrite dans les archives",
               "Sous-titrage automatique des émissions",
               "Indexation automatisée des documents numérisés",
               "Analyse automatisée des demandes de subvention"],
        UX: ["Recommandation de contenus personnalisés sur la plateforme Web",
             "Moteur de recherche sémantique dans les collections numériques",
             "Recommandation de lectures personnalisées"],
        IMG: ["Reconnaissance d'images dans les collections photographiques",
              "Restauration numérique d'images d'archives",
              "Identification des œuvres par vision numérique"],
        AD: ["Prévision de la fréquentation des salles",
             "Analyse prédictive des ventes de billets",
             "Aide à la décision pour les programmes de soutien"],
        AC: ["Analyse des commentaires du public"],
    },
    "justice": {
        CONV: ["Assistant de recherche jurisprudentielle",
               "Agent conversationnel d'information juridique pour les citoyens",
               "Assistant IA de rédaction de résumés de décisions",
               "Assistant virtuel pour les personnes représentées"],
        AUTO: ["Caviardage automatisé des décisions avant publication",
               "Classification automatisée des décisions des tribunaux",
               "Transcription automatique des audiences",
               "Extraction des renseignements des dossiers de tutelle",
               "Anonymisation des jugements, avis et ordonnances"],
        AD: ["Prévision des délais de traitement des dossiers",
             "Priorisation des dossiers à audience",
             "Aide à la planification des rôles d'audience"],
        UX: ["Recherche intelligente dans la jurisprudence québécoise"],
    },
    "securite": {
        AD: ["Analyse prédictive des risques d'inondation",
             "Aide à la décision pour le déploiement des patrouilles",
             "Analyse des rapports d'investigation du coroner",
             "Détection des stratagèmes de collusion dans les contrats publics",
             "Prévision des besoins en places dans les établissements de détention"],
        IMG: ["Analyse d'images pour les enquêtes",
              "Reconnaissance des plaques d'immatriculation"],
        AUTO: ["Classification automatisée des signalements",
               "Transcription automatisée des déclarations"],
        CONV: ["Assistant IA pour la rédaction des rapports",
               "Agent conversationnel pour la formation des policiers"],
        AC: ["Analyse des signalements du public"],
    },
    "finances": {
        AD: ["Détection des risques de non-conformité fiscale",
             "Sélection des dossiers à vérifier",
             "Prévision des revenus fiscaux",
             "Détection de la fraude aux crédits d'impôt",
             "Détection des anomalies dans les déclarations de revenus",
             "Prévision du volume d'appels au centre de relation clientèle",
             "Évaluation du risque de recouvrement"],
        CONV: ["Agent conversationnel pour les questions fiscales des citoyens",
               "Assistant virtuel pour les entreprises",
               "Assistant IA pour les agents du centre d'appels"],
        AUTO: ["Traitement automatisé des documents reçus par la poste",
               "Classification automatisée de la correspondance",
               "Extraction des données des relevés et des reçus"],
        AC: ["Analyse des sentiments dans les appels à la clientèle",
             "Analyse des commentaires des entreprises"],
        UX: ["Personnalisation de l'espace client Mon dossier"],
    },
    "gouv": {
        CONV: ["Agent conversationnel pour les demandes d'information citoyennes",
               "Assistant IA générative pour le personnel",
               "Assistant virtuel pour les municipalités",
               "Agent conversationnel sur les programmes d'aide",
               "Assistant de rédaction des réponses aux demandes d'accès"],
        AD: ["Analyse prédictive des besoins en logement",
             "Prévision de l'achalandage touristique régional",
             "Aide à la décision pour l'attribution de l'aide financière",
             "Prévision des besoins de main-d'œuvre par région",
             "Analyse prédictive des dépenses de l'État"],
        AUTO: ["Traitement automatisé des demandes d'aide financière",
               "Extraction automatisée des données des rapports financiers municipaux",
               "Analyse automatisée des appels d'offres",
               "Automatisation de la vérification d'admissibilité"],
        AC: ["Analyse des commentaires en consultation publique"],
        UX: ["Recherche intelligente dans Québec.ca"],
        FORM: ["Formation adaptative des agents d'aide à l'emploi"],
    },
    "numerique": {
        CONV: ["Assistant IA générative sécurisé pour la fonction publique",
               "Agent conversationnel de soutien aux organismes publics"],
        LAB: ["Laboratoire d'expérimentation en IA de l'administration publique"],
        AUTO: ["Automatisation de la gestion des demandes de services numériques"],
        AD: ["Tableau de bord prédictif de la transformation numérique"],
    },
    "environnement": {
        GEO: ["Cartographie des milieux humides par apprentissage profond",
              "Suivi de l'érosion des berges par imagerie"],
        AD: ["Prévision des crues et des étiages"],
        IMG: ["Identification des espèces fauniques sur images de caméras de surveillance"],
    },
    "agriculture": {
        AD: ["Prévision des rendements agricoles"],
        GEO: ["Cartographie des cultures par imagerie satellitaire"],
        IMG: ["Détection des maladies des cultures par vision numérique"],
    },
    "travail": {
        AD: ["Prédiction du risque de lésions professionnelles",
             "Ciblage des inspections en santé et sécurité du travail",
             "Prévision de la durée d'indemnisation"],
        CONV: ["Agent conversationnel sur les normes du travail",
               "Assistant IA pour les agents d'indemnisation"],
        AUTO: ["Traitement automatisé des réclamations des travailleurs",
               "Classification automatisée des plaintes en normes du travail"],
        AC: ["Analyse des sentiments dans les échanges avec la clientèle"],
    },
}

# Bodies with a narrow mission get their own names (and allowed categories = the keys, by preference),
# instead of the pool of their group. Keys are organisation names without surrounding spaces.
PROFILES = {
    "Ministère de la Santé et des Services sociaux": {
        AD: ["Tableau de bord prédictif de la performance du réseau",
             "Prévision des besoins en effectifs du réseau de la santé",
             "Prévision des besoins en lits à l'échelle du réseau",
             "Analyse prédictive des temps d'attente en chirurgie",
             "Aide à la planification des services de première ligne",
             "Prévision des coûts des médicaments"],
        CONV: ["Assistant de rédaction des réponses aux demandes d'accès",
               "Assistant IA générative pour le personnel du Ministère",
               "Agent conversationnel Info-Santé sur Québec.ca"],
        AUTO: ["Extraction automatisée des données des rapports d'inspection en CHSLD",
               "Classification automatisée de la correspondance ministérielle"],
        AC: ["Analyse des sentiments dans les plaintes des usagers"],
        UX: ["Moteur de recherche intelligent sur Québec.ca en santé"]},
    "Santé Québec": {
        AD: ["Prévision de l'achalandage des urgences à l'échelle du Québec",
             "Optimisation de l'accès aux blocs opératoires du réseau",
             "Gestion prédictive des lits à l'échelle régionale",
             "Prévision des besoins en main-d'œuvre du réseau"],
        CONV: ["Assistant IA générative pour le personnel du réseau",
               "Agent conversationnel pour l'accès à un médecin de famille",
               "Transcription et rédaction assistée des notes cliniques"],
        AUTO: ["Automatisation de la gestion des listes d'attente en chirurgie",
               "Traitement automatisé des factures des fournisseurs du réseau"],
        FORM: ["Formation en ligne adaptative pour le personnel du réseau"]},
    "Institut national de santé publique du Québec": {
        AD: ["Surveillance prédictive des éclosions",
             "Modélisation de la propagation des virus respiratoires",
             "Prévision des épisodes de chaleur extrême et de leurs effets sur la santé"],
        CONV: ["Assistant IA de recherche documentaire en santé publique"],
        AUTO: ["Codification automatisée des causes de décès"],
        AC: ["Analyse de l'opinion publique sur les campagnes de vaccination"]},
    "Régie de l'assurance maladie du Québec": {
        CONV: ["Agent conversationnel pour les questions sur la carte d'assurance maladie"],
        AD: ["Détection des anomalies de facturation des professionnels",
             "Détection de la fraude à l'assurance médicaments"],
        AUTO: ["Traitement automatisé des demandes de remboursement",
               "Automatisation du traitement des demandes d'inscription"],
        UX: ["Personnalisation du Carnet santé Québec"]},
    "Institut national d'excellence en santé et en services sociaux": {
        AD: ["Aide à l'évaluation des technologies en santé"],
        CONV: ["Assistant de synthèse des données probantes"],
        AUTO: ["Tri automatisé des articles scientifiques pour les revues systématiques"]},
    "Corporation d'urgences-santé": {
        AD: ["Optimisation du déploiement des ambulances",
             "Prévision de la demande de services préhospitaliers"],
        AUTO: ["Transcription automatique des appels au centre de communication santé"],
        CONV: ["Assistant de rédaction des rapports d'intervention préhospitalière"]},
    "Office des personnes handicapées du Québec": {
        CONV: ["Agent conversationnel sur les services offerts aux personnes handicapées"],
        AD: ["Analyse des besoins en accompagnement des personnes handicapées"],
        UX: ["Recherche intelligente dans le Guide des programmes"]},
    "Commissaire à la santé et au bien-être": {
        AD: ["Analyse de la performance du système de santé et de services sociaux"],
        AC: ["Analyse des témoignages recueillis en consultation publique"],
        AUTO: ["Analyse automatisée des mémoires déposés en consultation"]},
    "ICM": {
        IMG: ["Mesure automatisée de la fraction d'éjection en échocardiographie",
              "Analyse des angiographies coronariennes"],
        AD: ["Prédiction des complications après une chirurgie cardiaque",
             "Détection de la fibrillation auriculaire sur les électrocardiogrammes"],
        AUTO: ["Extraction des données des rapports d'électrophysiologie"],
        IOT: ["Télésurveillance des stimulateurs cardiaques"]},
    "CHU Sainte-Justine": {
        IMG: ["Estimation de l'âge osseux sur les radiographies de la main",
              "Détection des fractures pédiatriques sur les radiographies",
              "Analyse assistée de l'échographie fœtale"],
        AD: ["Prédiction de la détérioration clinique en néonatalogie",
             "Prévision de l'achalandage de l'urgence pédiatrique",
             "Optimisation de la planification des blocs opératoires"],
        CONV: ["Assistant conversationnel pour les parents d'enfants hospitalisés",
               "Transcription et rédaction assistée des notes cliniques"],
        AUTO: ["Codification automatisée des diagnostics"]},
    "IUCPQ - UL": {
        IMG: ["Détection des nodules pulmonaires en tomodensitométrie",
              "Analyse des images d'échocardiographie"],
        AD: ["Prédiction des complications après une chirurgie cardiaque",
             "Détection précoce de l'insuffisance cardiaque"],
        AUTO: ["Analyse automatisée des épreuves de fonction respiratoire"]},
    "Institut national de psychiatrie légale Philippe-Pinel": {
        AD: ["Évaluation du risque de violence en psychiatrie légale",
             "Planification des transferts interétablissements"],
        AC: ["Détection des comportements à risque en santé mentale"],
        CONV: ["Assistant de rédaction des rapports d'expertise"],
        AUTO: ["Tri automatisé des télécopies reçues"]},
    "Télé-Québec": {
        AUTO: ["Sous-titrage automatique des émissions",
               "Transcription automatique des archives audiovisuelles"],
        UX: ["Recommandation de contenus personnalisés sur la plateforme Web"],
        AD: ["Analyse prédictive de l'auditoire"],
        IMG: ["Détection des plans et des scènes dans les archives vidéo",
              "Floutage automatisé des visages dans les images tournées"],
        CONV: ["Assistant IA de rédaction pour les communications"]},
    "Ministère de la Culture et des Communications": {
        CONV: ["Agent conversationnel sur les programmes d'aide financière",
               "Assistant IA de rédaction pour les communications"],
        AUTO: ["Analyse automatisée des demandes de subvention",
               "Indexation du Répertoire du patrimoine culturel du Québec"],
        AD: ["Aide à la décision pour les programmes de soutien"]},
    "Musée national des beaux-arts du Québec": {
        UX: ["Moteur de recherche sémantique dans les collections numériques"],
        IMG: ["Identification des œuvres par vision numérique"],
        CONV: ["Guide virtuel conversationnel pour les visiteurs"],
        AUTO: ["Description automatisée des collections"]},
    "Bibliothèque et Archives nationales du Québec": {
        AUTO: ["Reconnaissance d'écriture manuscrite dans les archives",
               "Indexation automatisée des documents numérisés",
               "Transcription des registres anciens de l'état civil"],
        CONV: ["Agent conversationnel pour les usagers de la bibliothèque"],
        UX: ["Recommandation de lectures personnalisées",
             "Moteur de recherche sémantique dans les collections numériques"],
        IMG: ["Restauration numérique d'images d'archives",
              "Reconnaissance d'images dans les collections photographiques"],
        AD: ["Prévision de la fréquentation de la Grande Bibliothèque"]},
    "Musée de la Civilisation": {
        CONV: ["Guide virtuel conversationnel pour les visiteurs"],
        AUTO: ["Description automatisée des collections"],
        IMG: ["Reconnaissance d'objets dans les photographies des collections"],
        UX: ["Recommandation personnalisée de parcours d'exposition"]},
    "Société du Grand Théâtre de Québec": {
        CONV: ["Assistant virtuel pour la billetterie"],
        AD: ["Analyse prédictive des ventes de billets", "Prévision de la fréquentation des salles"],
        UX: ["Recommandation de spectacles personnalisée"]},
    "Conseil des arts et des lettres du Québec": {
        CONV: ["Agent conversationnel sur les programmes de bourses aux artistes"],
        AUTO: ["Analyse automatisée de l'admissibilité des demandes de bourse"],
        AD: ["Aide à la décision pour les programmes de soutien"]},
    "Société de développement des entreprises culturelles": {
        AUTO: ["Analyse automatisée des demandes de crédit d'impôt"],
        AD: ["Analyse prédictive des ventes de livres et de billets de cinéma"],
        CONV: ["Assistant virtuel pour les entreprises culturelles"]},
    "Ministère de la Justice": {
        CONV: ["Agent conversationnel d'information juridique pour les citoyens",
               "Assistant IA pour la rédaction des projets de règlement"],
        AUTO: ["Transcription automatique des audiences",
               "Classification automatisée de la correspondance"],
        AD: ["Prévision des délais judiciaires"]},
    "Tribunal administratif du Québec": {
        AUTO: ["Caviardage automatisé des décisions avant publication",
               "Classification automatisée des recours"],
        AD: ["Aide à la planification des rôles d'audience",
             "Prévision des délais de traitement des dossiers"],
        CONV: ["Assistant de recherche dans les décisions du Tribunal"]},
    "Société québécoise d'information juridique": {
        CONV: ["Assistant de recherche jurisprudentielle",
               "Assistant IA de rédaction de résumés de décisions"],
        AUTO: ["Anonymisation des jugements, avis et ordonnances",
               "Classification automatisée des décisions des tribunaux",
               "Extraction des références législatives dans les jugements"],
        UX: ["Recherche intelligente dans la jurisprudence québécoise"],
        AD: ["Repérage des décisions d'intérêt pour la publication"]},
    "Curateur public": {
        CONV: ["Assistant virtuel pour les proches des personnes représentées"],
        AUTO: ["Extraction des renseignements des dossiers de tutelle"],
        AD: ["Priorisation des dossiers de protection selon le risque"]},
    "Tribunal administratif du travail": {
        AUTO: ["Transcription automatique des audiences",
               "Caviardage automatisé des décisions avant publication"],
        CONV: ["Assistant de recherche dans les décisions du Tribunal"],
        AD: ["Aide à la planification des rôles d'audience"]},
    "Sûreté du Québec": {
        IMG: ["Analyse d'images pour les enquêtes", "Reconnaissance des plaques d'immatriculation"],
        AD: ["Aide à la décision pour le déploiement des patrouilles"],
        AUTO: ["Transcription automatisée des déclarations"]},
    "Ministère de la Sécurité publique": {
        AD: ["Analyse prédictive des risques d'inondation",
             "Prévision des besoins en places dans les établissements de détention"],
        CONV: ["Assistant IA pour la rédaction des rapports"],
        AUTO: ["Classification automatisée des demandes d'aide financière aux sinistrés"]},
    "Bureau du coroner": {
        AD: ["Analyse des rapports d'investigation du coroner"],
        AUTO: ["Extraction des causes et des circonstances des décès",
               "Caviardage automatisé des rapports avant diffusion"],
        CONV: ["Assistant de recherche dans les recommandations des coroners"]},
    "Commissaire à la lutte contre la corruption": {
        AD: ["Détection des stratagèmes de collusion dans les contrats publics"],
        AC: ["Analyse des signalements du public"],
        AUTO: ["Classification automatisée des signalements"]},
    "École nationale de police du Québec": {
        CONV: ["Agent conversationnel pour la formation des policiers"],
        FORM: ["Simulation d'interventions policières assistée par l'IA"],
        AUTO: ["Correction assistée des examens théoriques"]},
    "Retraite Québec": {
        CONV: ["Agent conversationnel sur le Régime de rentes du Québec"],
        AUTO: ["Traitement automatisé des demandes de rente"],
        AD: ["Détection des anomalies dans les versements de rentes",
             "Prévision du volume d'appels au centre de relation clientèle"]},
    "Autorité des marchés financiers": {
        AD: ["Détection des manquements dans les marchés financiers",
             "Détection des offres de placement frauduleuses en ligne"],
        AUTO: ["Classification automatisée des plaintes des consommateurs"]},
    "Secrétariat du Conseil du trésor": {
        AD: ["Analyse prédictive des dépenses de l'État"],
        CONV: ["Assistant IA générative pour le personnel"],
        AUTO: ["Analyse automatisée des appels d'offres publics"]},
    "Ministère des Affaires municipales et de l'Habitation": {
        CONV: ["Assistant virtuel pour les municipalités"],
        AUTO: ["Extraction automatisée des données des rapports financiers municipaux"],
        AD: ["Analyse prédictive des besoins en logement"]},
    "Société d'habitation du Québec": {
        AD: ["Analyse prédictive des besoins en logement social",
             "Priorisation des travaux dans les HLM"],
        CONV: ["Agent conversationnel sur les programmes d'aide à l'habitation"],
        AUTO: ["Traitement automatisé des demandes d'allocation-logement"]},
    "Ministère du Tourisme": {
        AD: ["Prévision de l'achalandage touristique régional"],
        CONV: ["Agent conversationnel sur les programmes d'aide aux entreprises touristiques"],
        AUTO: ["Analyse automatisée des demandes d'aide financière"]},
    "Ministère de l'Emploi et de la Solidarité sociale": {
        AD: ["Aide à la décision pour l'attribution de l'aide financière de dernier recours",
             "Prévision des besoins de main-d'œuvre par région"],
        CONV: ["Agent conversationnel Services Québec",
               "Assistant de rédaction des réponses aux demandes d'accès"],
        AUTO: ["Automatisation de la vérification d'admissibilité"],
        FORM: ["Formation adaptative des agents d'aide à l'emploi"]},
    "Commission des partenaires du marché du travail": {
        AD: ["Prévision des besoins de main-d'œuvre par région"],
        AUTO: ["Analyse automatisée des demandes de subvention à la formation"],
        CONV: ["Agent conversationnel sur le développement des compétences de la main-d'œuvre"]},
    "Commission des transports du Québec": {
        AUTO: ["Traitement automatisé des demandes de permis de transport"],
        AD: ["Ciblage des vérifications des propriétaires et exploitants de véhicules lourds"],
        CONV: ["Agent conversationnel pour les transporteurs"]},
    "Société de l'assurance automobile du Québec": {
        CONV: ["Agent conversationnel pour les services aux conducteurs"],
        AD: ["Prédiction du risque de récidive chez les conducteurs"],
        AUTO: ["Traitement automatisé des demandes d'indemnisation"],
        IMG: ["Vérification automatisée des photos de permis de conduire"]},
}

# --- benefits (illustrative) ----------------------------------------------------------------------
BENEFITS = {
    AD: ["Meilleure planification des ressources",
         "Décisions mieux appuyées sur les données",
         "Réduction des délais de traitement",
         "Détection précoce des situations à risque",
         "Utilisation plus efficace des fonds publics",
         "Anticipation des besoins, des pointes d'activité et des ruptures de service",
         "Priorisation des interventions les plus urgentes"],
    AC: ["Meilleure compréhension des attentes de la population",
         "Amélioration continue des services",
         "Repérage rapide des insatisfactions, des irritants et des tendances"],
    CONV: ["Réponses plus rapides aux demandes",
           "Service accessible en tout temps",
           "Allègement des tâches répétitives du personnel",
           "Meilleure expérience pour la clientèle, y compris en dehors des heures d'ouverture",
           "Gain de temps pour la rédaction",
           "Accès simplifié à l'information"],
    AUTO: ["Réduction des délais de traitement",
           "Diminution des erreurs de saisie",
           "Allègement des tâches répétitives",
           "Réaffectation du personnel à des tâches à plus forte valeur ajoutée",
           "Économies de temps, de papier et de coûts d'entreposage",
           "Meilleure protection des renseignements personnels"],
    UX: ["Recherche d'information plus rapide",
         "Contenus mieux adaptés aux besoins des usagers",
         "Meilleure expérience utilisateur",
         "Navigation simplifiée, notamment sur appareil mobile"],
    FORM: ["Apprentissage adapté au rythme de chacun",
           "Meilleure réussite des apprenants",
           "Rétroaction immédiate",
           "Formation accessible à distance, en français et en anglais"],
    GEO: ["Connaissance plus précise du territoire",
          "Mise à jour plus fréquente des cartes",
          "Réduction des coûts d'inventaire terrain",
          "Suivi plus rapide des changements, des perturbations et des risques"],
    LAB: ["Expérimentation sécuritaire de nouvelles solutions",
          "Développement de l'expertise interne en IA",
          "Capacité de calcul accrue pour les projets de recherche"],
    IOT: ["Surveillance en continu",
          "Intervention plus rapide en cas d'incident",
          "Réduction de la consommation d'énergie"],
    IMG: ["Détection plus précoce des anomalies",
          "Réduction du temps d'analyse des images",
          "Meilleure qualité et constance des analyses"],
}
# Benefits of a kind of body, for any category (None) or for one category.
GROUP_BENEFITS = {
    "forets": {None: ["Meilleure connaissance de la forêt publique", "Aménagement durable des forêts"],
               GEO: ["Moins de déplacements en forêt pour les inventaires",
                     "Meilleure connaissance des forêts du Québec"]},
    "transports": {None: ["Meilleur service aux usagers du réseau routier du Québec"],
                   AD: ["Amélioration de la sécurité routière", "Entretien préventif du réseau routier du Québec"],
                   IMG: ["Entretien préventif du réseau routier du Québec"],
                   IOT: ["Meilleure fluidité de la circulation", "Amélioration de la sécurité routière"]},
    "sante_etab": {None: ["Réduction des temps d'attente pour les usagers", "Plus de temps clinique consacré aux patients"],
                   AD: ["Amélioration de la sécurité des patients"],
                   IOT: ["Amélioration de la sécurité des patients"],
                   IMG: ["Soutien au diagnostic des professionnels",
                         "Réduction des délais d'attente en imagerie médicale"]},
    "sante_org": {None: ["Soutien à la gestion du réseau de la santé"],
                  AD: ["Meilleure surveillance de l'état de santé de la population du Québec"]},
    "hema": {None: ["Approvisionnement sécuritaire en produits sanguins"]},
    "univ": {None: ["Soutien à la réussite étudiante", "Meilleur accompagnement des étudiants"]},
    "cegep": {None: ["Soutien à la réussite étudiante", "Meilleur accompagnement des étudiants"]},
    "css": {None: ["Soutien à la réussite éducative des élèves", "Allègement de la tâche du personnel enseignant"]},
    "education": {None: ["Soutien à la réussite éducative des élèves"]},
    "plein_air": {None: ["Meilleure expérience des visiteurs des parcs nationaux"]},
    "culture": {None: ["Meilleure accessibilité de l'offre culturelle"],
                AUTO: ["Valorisation du patrimoine culturel québécois", "Meilleure accessibilité des collections"],
                IMG: ["Valorisation du patrimoine culturel québécois"],
                UX: ["Meilleure accessibilité des collections"]},
    "justice": {None: ["Meilleur accès à la justice"],
                AUTO: ["Protection des renseignements personnels des parties"]},
    "securite": {None: ["Amélioration de la sécurité de la population"],
                 IMG: ["Traitement plus rapide des dossiers d'enquête"]},
    "finances": {None: ["Meilleur service aux contribuables"],
                 AD: ["Équité fiscale", "Protection des revenus de l'État"]},
    "gouv": {None: ["Meilleur service aux citoyens et aux entreprises"]},
    "numerique": {None: ["Accélération de la transformation numérique de l'État"]},
    "environnement": {None: ["Protection des milieux naturels"]},
    "agriculture": {None: ["Soutien aux producteurs agricoles du Québec"]},
    "travail": {None: ["Meilleur service aux travailleurs et aux employeurs"],
                AD: ["Prévention des lésions professionnelles"]},
}
# For a few bodies with a profile, these replace the "any category" benefits of their group.
PROFILE_BENEFITS = {
    "Régie de l'assurance maladie du Québec": ["Protection des fonds publics en santé"],
    "Corporation d'urgences-santé": ["Réduction des délais d'intervention préhospitalière"],
    "Office des personnes handicapées du Québec": ["Meilleur accès aux services pour les personnes handicapées"],
    "Institut national d'excellence en santé et en services sociaux": ["Soutien aux meilleures pratiques cliniques"],
    "Commissaire à la santé et au bien-être": ["Meilleure information sur la performance du système de santé"],
    "Institut national de psychiatrie légale Philippe-Pinel": ["Amélioration de la sécurité des patients et du personnel"],
    "Société du Grand Théâtre de Québec": ["Meilleure expérience des spectateurs"],
    "Télé-Québec": ["Meilleure accessibilité des contenus éducatifs et culturels"],
    "Retraite Québec": ["Meilleur service aux personnes retraitées"],
    "Autorité des marchés financiers": ["Meilleure protection des investisseurs"],
    "Commission des transports du Québec": ["Amélioration de la sécurité routière"],
    "Société de l'assurance automobile du Québec": ["Amélioration de la sécurité routière"],
}
QUOTED = [' (voir le rapport "Bilan annuel")',
          '; indicateurs suivis dans le tableau de bord "Performance IA"',
          '; résultats présentés dans le document "Bilan de la première année"']
N_LINEBREAK, N_QUOTED = 4, 3


# --- helpers ---------------------------------------------------------------------------------------
def h(*parts):
    """Deterministic integer from strings (SHA-256), used instead of a random generator."""
    return int(hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:15], 16)


def frac(*parts):
    return h(*parts) / float(16 ** 15)


def fold(s):
    s = s.replace("œ", "oe").replace("Œ", "OE")
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold().strip()


# --- generation --------------------------------------------------------------------------------
def new_row(org, year, index):
    name, group, p24, _, p25, _, _ = org
    allowed = list(PROFILES[name.strip()]) if name.strip() in PROFILES else GROUPS[group][1]
    return {"org": name, "group": group, "portfolio": p24 if year == 2024 else p25, "allowed": allowed,
            "key": f"{year}|{name}|{index}", "cat": None, "name": None, "benefits": None,
            "status": None, "locked": False, "prev": None}


def first_guess(rows, org_name, year):
    """Categories from the body's cycle, starting at a body-specific offset."""
    if not rows:
        return
    prof = PROFILES.get(org_name.strip())
    cycle = list(prof) if prof else GROUPS[rows[0]["group"]][0]
    off = h(org_name, year, "cycle") % len(cycle)
    for i, r in enumerate(rows):
        r["cat"] = cycle[(off + i) % len(cycle)]


def balance(rows, targets, year):
    """Move unlocked rows between categories (only to categories plausible for their body) until
    the per-category counts equal the targets. Each step follows a shortest chain of moves."""
    while True:
        counts = Counter(r["cat"] for r in rows)
        over = [c for c in CATS if counts[c] > targets[c]]
        under = set(c for c in CATS if counts[c] < targets[c])
        if not over:
            if under:
                raise SystemExit(f"internal error: {year} categories short of {sorted(under)}")
            return
        prev = {c: None for c in over}
        queue = list(over)
        found = None
        while queue and found is None:
            c = queue.pop(0)
            for d in CATS:
                if d in prev:
                    continue
                if any((not r["locked"]) and r["cat"] == c and d in r["allowed"] for r in rows):
                    prev[d] = c
                    queue.append(d)
                    if d in under:
                        found = d
                        break
        if found is None:
            raise SystemExit(f"internal error: cannot balance {year} categories (over: {over}, under: {sorted(under)})")
        path = []
        d = found
        while prev[d] is not None:
            path.append((prev[d], d))
            d = prev[d]
        per_org = Counter((r["org"], r["cat"]) for r in rows)
        for c, d in path:
            cands = [r for r in rows if (not r["locked"]) and r["cat"] == c and d in r["allowed"]]
            best = min(cands, key=lambda r: (r["allowed"].index(d), per_org[(r["org"], d)] - per_org[(r["org"], c)],
                                             h(r["key"], c, d)))
            best["cat"] = d
            per_org[(best["org"], c)] -= 1
            per_org[(best["org"], d)] += 1


def candidates(group, cat, org_name):
    prof = PROFILES.get(org_name.strip())
    own = prof.get(cat, []) if prof else NAMES.get(group, {}).get(cat, [])
    off = h(org_name, cat, "names") % len(own) if own else 0
    seq = own[off:] + own[:off]
    for n in GENERIC[cat]:
        if n not in seq:
            seq.append(n)
    return seq


def assign_names(rows, used):
    """Distinct names per organisation; `used` holds names the organisation already has."""
    for r in sorted(rows, key=lambda r: r["key"]):
        if r["name"] is not None:
            continue
        for n in candidates(r["group"], r["cat"], r["org"]):
            if n not in used:
                r["name"] = n
                break
        else:
            base = candidates(r["group"], r["cat"], r["org"])[0]
            k = 2
            while f"{base} — volet {k}" in used:
                k += 1
            r["name"] = f"{base} — volet {k}"
        used.add(r["name"])


def make_benefits(r):
    pool = []
    gb = GROUP_BENEFITS.get(r["group"], {})
    general = PROFILE_BENEFITS.get(r["org"].strip(), gb.get(None, []))
    for b in BENEFITS[r["cat"]] + gb.get(r["cat"], []) + general:
        if b not in pool:
            pool.append(b)
    k = 1 + h(r["key"], "nbenefits") % 3
    chosen = sorted(pool, key=lambda b: h(r["org"], r["name"], b))[:k]
    return chosen


def decorate(rows):
    """A few benefit fields get a line break, a few get a quoted document title."""
    eligible = sorted([r for r in rows if not r["locked"]], key=lambda r: h(r["key"], "decorate"))
    nl = [r for r in eligible if len(r["benefits"]) >= 2][:N_LINEBREAK]
    for r in nl:
        r["text"] = "\n".join(r["benefits"])
    rest = [r for r in eligible if r not in nl]
    for i, r in enumerate(rest[:N_QUOTED]):
        r["text"] = "; ".join(r["benefits"]) + QUOTED[i % len(QUOTED)]
    for r in rows:
        if "text" not in r:
            r["text"] = "; ".join(r["benefits"])


def assign_statuses(rows, targets):
    """Carried-over initiatives keep production status; some move from development to production.
    The remaining rows fill the published totals."""
    fixed = Counter()
    for r in rows:
        if r["prev"] is None:
            continue
        if r["prev"] == PROD:
            r["status"] = PROD
        elif r["prev"] == NA:
            r["status"] = PROD if frac(r["key"], "na") < 0.5 else NA
        else:
            r["status"] = PROD if frac(r["key"], "promote") < 0.55 else DEV
        fixed[r["status"]] += 1
    free = [r for r in rows if r["status"] is None]
    need = {s: targets[s] - fixed[s] for s in STATUSES}
    if min(need.values()) < 0 or sum(need.values()) != len(free):
        raise SystemExit(f"internal error: cannot reach status totals {targets} (fixed {dict(fixed)})")
    order = sorted(free, key=lambda r: h(r["key"], "status-na"))
    na = [r for r in order if r["cat"] != LAB][:need[NA]]
    for r in na:
        r["status"] = NA
    bias = {CONV: -0.15, AUTO: -0.1, GEO: -0.15, UX: -0.1, LAB: 2.0, IMG: 0.05}
    rest = sorted([r for r in free if r["status"] is None],
                  key=lambda r: (frac(r["key"], "status") + bias.get(r["cat"], 0.0), r["key"]))
    for i, r in enumerate(rest):
        r["status"] = PROD if i < need[PROD] else DEV


def generate(facts):
    cat_targets = {y: {c["fr"]: c[str(y)] for c in facts["categories"]} for y in (2024, 2025)}
    status_targets = {y: {s["fr"]: s[str(y)] for s in facts["statuses"]} for y in (2024, 2025)}

    # 2024
    rows24, by_org24 = [], defaultdict(list)
    for org in ORGS:
        rs = [new_row(org, 2024, i) for i in range(org[3])]
        first_guess(rs, org[0], 2024)
        rows24 += rs
        by_org24[org[0]] = rs
    balance(rows24, cat_targets[2024], 2024)
    for org in ORGS:
        assign_names(by_org24[org[0]], set())
    for r in rows24:
        r["benefits"] = make_benefits(r)
    assign_statuses(rows24, status_targets[2024])
    decorate(rows24)

    # 2025: carried-over initiatives first (same organisation, same name and category), then new ones
    rows25, by_org25 = [], defaultdict(list)
    locked = Counter()
    for org in ORGS:
        name, keep = org[0], org[6]
        rs = []
        if keep:
            for old in sorted(by_org24[name], key=lambda r: h(r["key"], "keep")):
                if len(rs) == keep:
                    break
                if locked[old["cat"]] + 1 > cat_targets[2025][old["cat"]]:
                    continue
                r = new_row(org, 2025, len(rs))
                r.update(cat=old["cat"], name=old["name"], benefits=old["benefits"], text=old["text"],
                         locked=True, prev=old["status"])
                locked[old["cat"]] += 1
                rs.append(r)
            if len(rs) != keep:
                raise SystemExit(f"internal error: could not carry {keep} initiatives for {name}")
        fresh = [new_row(org, 2025, i) for i in range(len(rs), org[5])]
        first_guess(fresh, name, 2025)
        rows25 += rs + fresh
        by_org25[name] = rs + fresh
    balance(rows25, cat_targets[2025], 2025)
    for org in ORGS:
        used = set(r["name"] for r in by_org24[org[0]]) | set(r["name"] for r in by_org25[org[0]] if r["name"])
        assign_names(by_org25[org[0]], used)
    for r in rows25:
        if r["benefits"] is None:
            r["benefits"] = make_benefits(r)
    assign_statuses(rows25, status_targets[2025])
    decorate(rows25)
    return {2024: rows24, 2025: rows25}


def to_csv(rows, year):
    out = io.StringIO(newline="")
    w = csv.writer(out, delimiter=",", quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    w.writerow(HEADER)
    for r in sorted(rows, key=lambda r: (fold(r["portfolio"]), fold(r["org"]), fold(r["name"]), r["key"])):
        w.writerow([r["name"], cat_label(r["cat"], year), r["org"], r["portfolio"], r["text"], r["status"]])
    return out.getvalue().encode("utf-8")


# --- verification (reads the files back) --------------------------------------------------------
def verify(paths, facts):
    errors, notes = [], []

    def expect(cond, msg):
        if not cond:
            errors.append(msg)

    data = {}
    for year, path in paths.items():
        raw = open(path, "rb").read()
        expect(not raw.startswith(b"\xef\xbb\xbf"), f"{year}: file starts with a BOM")
        expect(b"\r" not in raw, f"{year}: file contains CR characters (LF line ends expected)")
        expect(raw.endswith(b"\n"), f"{year}: file does not end with LF")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as e:
            errors.append(f"{year}: not UTF-8 ({e})")
            continue
        table = list(csv.reader(io.StringIO(text, newline=""), delimiter=","))
        expect(table and table[0] == HEADER, f"{year}: header differs: {table[0] if table else None}")
        body = table[1:]
        expect(all(len(r) == 6 for r in body), f"{year}: some rows do not have 6 fields")
        data[year] = [dict(zip(["name", "cat", "org", "portfolio", "benefits", "status"], r)) for r in body]
        with open(path, "rb") as f:
            notes.append(f"{os.path.relpath(path, ROOT)}: {len(body)} rows, sha256 {hashlib.sha256(f.read()).hexdigest()}")
    if errors:
        return errors, notes

    ed = facts["editions"]
    orgsets = {}
    for year in (2024, 2025):
        rows, y = data[year], str(year)
        expect(len(rows) == ROWS[year], f"{year}: {len(rows)} rows, expected {ROWS[year]}")
        expect(len(rows) == ed[y]["initiatives"], f"{year}: {len(rows)} rows, facts say {ed[y]['initiatives']}")
        cats = Counter(r["cat"] for r in rows)
        labels = set()
        for c in facts["categories"]:
            label = c.get("fr_2025_label", c["fr"]) if year == 2025 else c["fr"]
            labels.add(label)
            expect(cats[label] == c[y], f"{year}: category {label!r}: {cats[label]} rows, published {c[y]}")
        expect(set(cats) <= labels, f"{year}: unknown categories {sorted(set(cats) - labels)}")
        sts = Counter(r["status"] for r in rows)
        for s in facts["statuses"]:
            expect(sts[s["fr"]] == s[y], f"{year}: status {s['fr']!r}: {sts[s['fr']]} rows, published {s[y]}")
        expect(set(sts) <= {s["fr"] for s in facts["statuses"]}, f"{year}: unknown statuses {sorted(sts)}")
        pfs = Counter(r["portfolio"] for r in rows)
        for p in facts["portfolios"]:
            expect(pfs[p["fr"]] == p[y], f"{year}: portfolio {p['fr']!r}: {pfs[p['fr']]} rows, published {p[y]}")
        expect(set(pfs) <= {p["fr"] for p in facts["portfolios"]}, f"{year}: unknown portfolios {sorted(pfs)}")
        orgs = Counter(r["org"].strip() for r in rows)
        orgsets[year] = orgs
        expect(len(orgs) == ed[y]["organisations"],
               f"{year}: {len(orgs)} distinct organisations, published {ed[y]['organisations']}")
        pf_of = defaultdict(set)
        for r in rows:
            pf_of[r["org"].strip()].add(r["portfolio"])
        multi = [o for o, p in pf_of.items() if len(p) > 1]
        expect(not multi, f"{year}: organisations in more than one portfolio: {multi}")
        spellings = defaultdict(set)
        for r in rows:
            spellings[r["org"].strip()].add(r["org"])
        expect(all(len(v) == 1 for v in spellings.values()), f"{year}: an organisation is spelled two ways")
        pairs = Counter((r["org"].strip(), r["name"]) for r in rows)
        dup = [p for p, n in pairs.items() if n > 1]
        expect(not dup, f"{year}: duplicate initiative names within an organisation: {dup[:5]}")
        expect(all(r["name"].strip() and r["benefits"].strip() for r in rows), f"{year}: empty name or benefits")
        long = [r["name"] for r in rows if len(r["benefits"]) >= 300]
        expect(not long, f"{year}: benefits of 300 characters or more: {long}")
        expect(sum("\n" in r["benefits"] for r in rows) >= 2, f"{year}: fewer than 2 benefits with a line break")
        expect(sum('"' in r["benefits"] for r in rows) >= 2, f"{year}: fewer than 2 benefits with a double quote")
        expect(sum("," in r["benefits"] for r in rows) >= 3, f"{year}: fewer than 3 benefits with a comma")
        for word in ("foret", "quebec"):
            n = sum(word in fold(r["name"] + " " + r["benefits"]) for r in rows)
            expect(n >= 3, f"{year}: fewer than 3 rows mention {word!r} in name or benefits")

    # new organisations
    o24, o25 = orgsets[2024], orgsets[2025]
    exact25 = Counter(r["org"] for r in data[2025])
    new = facts["new_organisations_2025"]
    expect(len(new) == ed["2025"]["organisations_new_since_2024"], "facts: new-organisation list length")
    for name, n in new:
        expect(exact25[name] == n, f"2025: new organisation {name!r}: {exact25[name]} rows, published {n}")
        expect(name.strip() not in o24, f"2024: new organisation {name!r} appears in 2024")
    new_names = {n.strip() for n, _ in new}
    expect(set(o25) - set(o24) == new_names,
           f"organisations only in 2025 differ from the published new ones: "
           f"extra {sorted(set(o25) - set(o24) - new_names)}, missing {sorted(new_names - (set(o25) - set(o24)))}")
    both = set(o25) & set(o24)
    expect(len(both) == 24 and len(set(o24) - set(o25)) == 41,
           f"expected 24 organisations in both editions and 41 only in 2024, got {len(both)} and {len(set(o24) - set(o25))}")
    pf25 = {r["org"].strip(): r["portfolio"] for r in data[2025]}
    by_pf = Counter(pf25[n] for n in new_names)
    expect(dict(by_pf) == facts["new_organisations_2025_by_portfolio"],
           f"2025: new organisations by portfolio {dict(by_pf)} differ from the published figures")

    # top organisations
    for t in facts["top_organisations_2025"]:
        expect(exact25[t["name"]] == t["2025"], f"2025: {t['name']!r}: {exact25[t['name']]} rows, published {t['2025']}")
        expect(o24[t["name"].strip()] == t["2024"], f"2024: {t['name']!r}: {o24[t['name'].strip()]} rows, published {t['2024']}")
    top = {t["name"].strip() for t in facts["top_organisations_2025"]}
    floor = min(t["2025"] for t in facts["top_organisations_2025"])
    others = [(o, n) for o, n in o25.items() if o not in top and n >= floor]
    expect(not others, f"2025: organisations outside the published top 10 with {floor}+ rows: {others}")

    # carried-over initiatives
    k24 = {(r["org"].strip(), r["name"]): r["status"] for r in data[2024]}
    carried = [(k24[(r["org"].strip(), r["name"])], r["status"]) for r in data[2025] if (r["org"].strip(), r["name"]) in k24]
    promoted = sum(1 for a, b in carried if a == DEV and b == PROD)
    expect(len(carried) >= 10 and promoted >= 3, f"too few initiatives carried over ({len(carried)}) or promoted ({promoted})")
    notes.append(f"initiatives in both editions: {len(carried)} ({promoted} moved from development to production); "
                 f"2024 initiatives not in 2025: {len(data[2024]) - len(carried)}")
    return errors, notes


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--facts", default=DEFAULT_FACTS, help="published figures JSON")
    p.add_argument("--out", default=DEFAULT_OUT, help="output folder (default: Data/ of the repository)")
    p.add_argument("--check", action="store_true", help="verify the existing files only")
    a = p.parse_args()
    try:
        with open(a.facts, encoding="utf-8") as f:
            facts = json.load(f)
    except OSError as e:
        print(f"error: cannot read the facts file {a.facts}: {e}", file=sys.stderr)
        return 2
    paths = {y: os.path.join(a.out, f"portrait-{y}.csv") for y in (2025, 2024)}
    if not a.check:
        rows = generate(facts)
        os.makedirs(a.out, exist_ok=True)
        tmp = {y: p + ".tmp" for y, p in paths.items()}
        for y in (2025, 2024):
            with open(tmp[y], "wb") as f:
                f.write(to_csv(rows[y], y))
        errors, notes = verify(tmp, facts)
        if errors:
            for t in tmp.values():
                os.remove(t)
        else:
            for y in tmp:
                os.replace(tmp[y], paths[y])
            notes = [n.replace(".tmp", "") for n in notes]
    else:
        errors, notes = verify(paths, facts)
    for n in notes:
        print(n)
    if errors:
        for e in errors:
            print(f"MISMATCH: {e}", file=sys.stderr)
        print(f"FAILED: {len(errors)} figure(s) disagree with {a.facts}", file=sys.stderr)
        return 1
    print("OK: every published figure matches (categories, statuses, portfolios, organisations, "
          "top 10, 58 new organisations and their portfolios)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
