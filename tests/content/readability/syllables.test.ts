import { describe, expect, it } from 'vitest';
import { readingLevelLocales, readingLevelMeasures } from './index.ts';
import type { ReadingLevelLocale } from './index.ts';

/**
 * Syllables counted by hand, as a reader of each language says the word. Each list walks through its
 * language's rules, and every list has the role words, an acronym, a figure and an English loan.
 */
const handCounts: Readonly<Record<ReadingLevelLocale, Readonly<Record<string, number>>>> = {
  en: {
    manager: 3,
    project: 2,
    product: 2,
    team: 1,
    roadmap: 2,
    planning: 2,
    schedule: 2,
    priority: 4,
    customer: 3,
    release: 2,
    deadline: 2,
    feature: 2,
    business: 2,
    technical: 3,
    engineer: 3,
    budget: 2,
    delivery: 4,
    risk: 1,
    meeting: 2,
    decision: 3,
    quality: 3,
    strategy: 3,
    research: 2,
    certification: 5,
    PMP: 3,
    'PMI-ACP': 6,
    PRINCE2: 2,
    '$94,500': 2,
  },
  es: {
    // Role words.
    gerente: 3,
    proyecto: 3,
    producto: 3,
    jefe: 2,
    equipo: 3,
    // An accent on i or u breaks the diphthong.
    día: 2,
    país: 2,
    aún: 2,
    reúne: 3,
    oír: 2,
    vehículo: 4,
    // Diphthongs, an accent on the strong vowel keeping them, and triphthongs.
    cliente: 2,
    gestión: 2,
    ciudad: 2,
    acción: 2,
    después: 2,
    ruido: 2,
    huir: 1,
    prioridad: 3,
    seguimiento: 4,
    Uruguay: 3,
    buey: 1,
    averigüéis: 4,
    pingüino: 3,
    // Two strong vowels are a hiatus.
    teatro: 3,
    poeta: 3,
    leer: 2,
    ahora: 3,
    // y is a vowel at the end of a word and on its own, a consonant before a vowel.
    hoy: 1,
    muy: 1,
    y: 1,
    reyes: 2,
    organización: 5,
    responsabilidad: 6,
    PMP: 3,
    '2024': 2,
    stakeholders: 3,
  },
  de: {
    // Role words and compounds.
    Projektleiter: 4,
    Projektleiterin: 5,
    Produktmanager: 5,
    Verantwortung: 4,
    Anforderungen: 5,
    // English loans inside compounds.
    Teamleiter: 3,
    Stakeholdern: 3,
    Produktteams: 3,
    Softwareentwicklung: 5,
    // Vowel pairs said as one sound, read from the left.
    Beziehung: 3,
    Aufgabe: 3,
    Feier: 2,
    neue: 2,
    Häuser: 2,
    Bayern: 2,
    Boot: 1,
    Idee: 2,
    ziehen: 2,
    // Any other pair is two syllables, as are koo- and a final -ien.
    Theater: 3,
    Situation: 5,
    Kommunikation: 6,
    Realität: 4,
    aktuell: 3,
    Kooperation: 6,
    Koordination: 6,
    Strategien: 4,
    Medien: 3,
    // qu is kw; y is a consonant before a vowel.
    Qualität: 3,
    Frequenz: 2,
    Loyalität: 4,
    System: 2,
    Typ: 1,
    gehen: 2,
    Übersicht: 3,
    PMP: 3,
    '2024': 2,
  },
  'pt-br': {
    // Role words.
    produto: 3,
    projeto: 3,
    gerente: 3,
    gestão: 2,
    equipe: 3,
    // An accent on i or u, and an i or u before a vowel, are a hiatus.
    dia: 2,
    país: 2,
    saída: 3,
    cliente: 3,
    história: 4,
    ideia: 3,
    teatro: 3,
    cooperação: 5,
    // Falling and nasal diphthongs.
    pais: 1,
    pai: 1,
    muito: 2,
    leite: 2,
    feira: 2,
    herói: 2,
    partiu: 2,
    mãe: 1,
    não: 1,
    ações: 2,
    ao: 1,
    // An i or u closed by m, n, l, r or z, or before nh, is its own syllable.
    ainda: 3,
    rainha: 3,
    ruim: 2,
    cair: 2,
    juiz: 2,
    // The u of qu and gu before a vowel.
    quando: 2,
    água: 2,
    qualidade: 4,
    seguinte: 3,
    técnico: 3,
    responsável: 4,
    PMP: 3,
    '2024': 2,
    backlog: 2,
  },
  fr: {
    // Role words ("chef de projet").
    chef: 1,
    de: 1,
    projet: 2,
    produit: 2,
    responsable: 3,
    // Silent final e and es, and the silent -ent of a verb's plural.
    équipe: 2,
    équipes: 2,
    idées: 2,
    une: 1,
    les: 1,
    logique: 2,
    guide: 1,
    gèrent: 1,
    planifient: 3,
    étaient: 2,
    client: 2,
    clients: 2,
    souvent: 2,
    // Elision.
    "l'équipe": 2,
    "qu'il": 1,
    "jusqu'à": 2,
    "aujourd'hui": 3,
    // Vowels written together, said as one.
    gestion: 2,
    beaucoup: 2,
    oiseau: 2,
    eau: 1,
    feuille: 1,
    travail: 2,
    mangeons: 2,
    // Vowels said apart.
    réunion: 3,
    créée: 2,
    poète: 2,
    aéroport: 4,
    coordination: 5,
    priorité: 4,
    oublier: 3,
    ouvrier: 3,
    naïf: 2,
    Noël: 2,
    moyen: 2,
    payer: 2,
    PMP: 3,
    '2024': 2,
    manager: 3,
  },
};

describe.each(readingLevelLocales)('syllables in %s', (locale) => {
  const counts = Object.entries(handCounts[locale]);

  it('are checked against at least 25 words counted by hand', () => {
    expect(counts.length).toBeGreaterThanOrEqual(25);
  });

  it.each(counts)('%s has %i', (word, syllables) => {
    expect(readingLevelMeasures[locale].syllablesOf(word)).toBe(syllables);
  });
});
