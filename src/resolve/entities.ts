import { lastWord, type Span } from '../core/index.js';
import { addWord, type Cluster, newCluster } from './cluster.js';
import { FREE_MODIFIERS, matchesDescription, matchesRole, refersBack } from './descriptions.js';
import { STATE_KEY } from './government.js';
import { clubNameWithoutPrefix, clusterKind, isCompanyName, isPlatformName, isSportsClubName } from './kinds.js';
import type { Mention } from './mention.js';
import {
  acronymOf,
  gendersClash,
  isSurnameSlip,
  KNOWN_ROLES,
  namesMatch,
  type PersonName,
  surnameTail,
} from './names.js';
import { AGE_HEAD, isHeadNoun, ORGANIZATION_HEADS, singular } from './nouns.js';
import { mastheadType, outletsWithShortAlias, primaryOutletFor } from './outlets.js';
import type { OutletType } from './outlets-data.js';
import { resolvePronoun } from './pronouns.js';

/** How far back (in mentions) a description or generic noun looks for what it refers to. */
const BACK_REFERENCE_WINDOW = 400;

/** Form ranks for a cluster's kind: a name says more than a description, which says more than a pronoun. */
const FORM_RANK = { name: 3, group: 2, description: 1, pronoun: 0 } as const;
/** Words in an organization's short form ("Valley Mercy"): see `indexShortForms`. */
const MIN_SHORT_FORM_WORDS = 2;

/** The head word of each known role of the gazetteer's office-holders ("vice president" → "president"). */
const KNOWN_ROLE_HEADS = new Map([...KNOWN_ROLES].map(([name, roles]) => [name, roles.map(lastWord)]));

/** The same by surname, for when the text gives only "Trump". */
const KNOWN_ROLE_HEADS_BY_SURNAME = new Map<string, readonly string[]>();
for (const [name, heads] of KNOWN_ROLE_HEADS) {
  const last = lastWord(name);
  KNOWN_ROLE_HEADS_BY_SURNAME.set(last, KNOWN_ROLE_HEADS_BY_SURNAME.has(last) ? [] : heads);
}

export interface Resolution {
  mentions: Mention[];
  /** Cluster index per mention (-1: unresolved pronoun with no cluster of its own yet). */
  clusterOf: Int32Array;
  clusters: Cluster[];
}

export interface ClusterOptions {
  /** Spans each mention cannot corefer with: its own attribution's content. */
  excluded: ReadonlyMap<number, readonly Span[]>;
  /** For a pronoun inside an attribution's content: the mention index of that content's speaker, or -1. */
  speakerOf: (mentionIndex: number) => number;
  /** For a third-person pronoun opening an attribution's content ("X said it would..."): that content's speaker, or -1. */
  contentSpeakerOf: (mentionIndex: number) => number;
  /** Whether a mention stands before the main verb of its sentence. */
  isSubject: (mentionIndex: number) => boolean;
  /** The paragraph a sentence (by index) lies in. */
  paragraphOf?: (sentence: number) => number;
  /** For the source of a reply (`She replied`): the mention index of who asked just before, or -1. */
  askerOf?: (mentionIndex: number) => number;
}

/**
 * Groups mentions (sorted by start) into clusters in one pass: each mention
 * joins the cluster it refers back to, or starts its own. First-person
 * pronouns join their quotation's speaker afterwards, since the speaker is
 * often named after the quote.
 */
export function clusterMentions(text: string, mentions: Mention[], options: ClusterOptions): Resolution {
  const clusterOf = new Int32Array(mentions.length).fill(-1);
  const clusters: Cluster[] = [];
  const state = new ClusterIndex(text, mentions, clusterOf, clusters);
  const context = {
    mentions,
    clusterOf,
    clusters,
    excluded: options.excluded,
    isSubject: options.isSubject,
    paragraphOf: options.paragraphOf ?? (() => 0),
    speakerOf: options.contentSpeakerOf,
    askerOf: options.askerOf ?? (() => -1),
  };
  const firstPerson: number[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const mention = mentions[i];
    if (mention.form === 'pronoun') {
      if (mention.pronoun?.person === 1) {
        firstPerson.push(i);
        continue;
      }
      if (mention.pronoun?.person === 2) {
        state.add(i, state.create());
        continue;
      }
      const antecedent = resolvePronoun(i, context, text);
      state.add(i, antecedent >= 0 ? antecedent : state.create());
      continue;
    }
    const target = state.find(i);
    if (namesPrevious(text, mentions, clusters, clusterOf, i)) {
      // The title or appositive before a known name joins that name's entity.
      if (target >= 0 && target !== clusterOf[i - 1] && clusters[clusterOf[i - 1]].mentions.length === 1)
        state.move(i - 1, target);
      state.add(i, target >= 0 ? target : clusterOf[i - 1]);
      continue;
    }
    if (target < 0 && predicatesPrevious(text, mentions, i)) {
      state.add(i, clusterOf[i - 1]);
      continue;
    }
    state.add(i, target >= 0 ? target : state.create());
  }
  let author = -1;
  for (const i of firstPerson) {
    const speaker = options.speakerOf(i);
    const target = speaker >= 0 ? clusterOf[speaker] : -1;
    if (target >= 0) {
      state.add(i, target);
    } else if (!mentions[i].inQuote) {
      // Outside any quotation, `I` is the writer: one author per article.
      if (author < 0) author = state.create();
      state.add(i, author);
    } else {
      state.add(i, state.create());
    }
  }
  return { mentions, clusterOf, clusters };
}

/** "Kaine is a former civil rights lawyer who...", "Smith, a spokesman for the mayor,": the description is the person before it. */
const COPULA_OR_APPOSITION = /^\s*(?:,|is|was|has\s+been|had\s+been|became|remains|,\s*now)\s*$/;

function predicatesPrevious(text: string, mentions: readonly Mention[], i: number): boolean {
  const mention = mentions[i];
  const previous = mentions[i - 1];
  if (!previous || mention.form !== 'description' || mention.determiner !== 'indefinite' || mention.plural)
    return false;
  if (previous.form !== 'name' || previous.kind !== 'person' || previous.sentence !== mention.sentence) return false;
  return COPULA_OR_APPOSITION.test(text.slice(previous.end, mention.start));
}

/** What follows a name set off in apposition: a mark, a bracketed tag, an `of` phrase ("Gov. Mike Pence of Indiana,"). */
const CLOSES_APPOSITION = /^(?:\s*[,.;:!?()[\]"”]|\s+of\s|\s*$)/;
/** What stands before a description that opens its sentence: nothing, an end mark, a quote mark. */
const OPENS_SENTENCE_BEFORE = /(?:^|[.!?]["”’]?\s+|\n\s*|^\s*["“])$/;
/** "As a senator, ...", "as Virginia's governor, ...": a description of what someone is as. */
const AS_BEFORE = /\b[Aa]s\s+(?:\S+\s+){0,4}$/;

/** "his 17-year-old daughter, Ellie,": a name in apposition to an unnamed person's description names that person. */
function namesPrevious(
  text: string,
  mentions: readonly Mention[],
  clusters: readonly Cluster[],
  clusterOf: Int32Array,
  i: number,
): boolean {
  const mention = mentions[i];
  const previous = mentions[i - 1];
  if (!previous || mention.form !== 'name' || mention.kind !== 'person' || previous.form !== 'description')
    return false;
  // A comma marks apposition; nothing at all marks a title cut off the name ("Republican presidential nominee" + "Donald Trump").
  const gap = text.slice(previous.end, mention.start);
  if (previous.plural || previous.sentence !== mention.sentence || !/^\s*,?\s*$/.test(gap)) return false;
  // "Asked whether the suspect knew the victim, Marsh said": after a comma, a name that goes straight
  // on into its clause is the subject of what follows, no apposition, unless the description opens
  // the sentence ("The victim, Amara Lindqvist was ...") or says what the person is "as" ("As a
  // senator, Kaine voted ...").
  if (gap.includes(',') && !CLOSES_APPOSITION.test(text.slice(mention.end, mention.end + 4))) {
    const before = text.slice(Math.max(0, previous.start - 40), previous.start);
    if (!OPENS_SENTENCE_BEFORE.test(before) && !AS_BEFORE.test(before)) return false;
  }
  const cluster = clusters[clusterOf[i - 1]];
  return (
    cluster !== undefined && cluster.names.length === 0 && (cluster.kind === 'anonymous' || cluster.kind === 'person')
  );
}

class ClusterIndex {
  private readonly byLastName = new Map<string, number[]>();
  private readonly byNameKey = new Map<string, number>();
  private readonly byOutlet = new Map<string, number>();
  private readonly byOrganizationShortForm = new Map<string, number>();
  private readonly byGovernment = new Map<string, number>();
  private readonly rank: number[] = [];
  /** Per cluster, the number of the last back-search that looked at it: no set to clear per search. */
  private readonly lastSearch: number[] = [];
  private searches = 0;

  constructor(
    private readonly text: string,
    private readonly mentions: Mention[],
    private readonly clusterOf: Int32Array,
    private readonly clusters: Cluster[],
  ) {}

  create(): number {
    const cluster = newCluster(this.clusters.length);
    this.clusters.push(cluster);
    this.rank.push(-1);
    this.lastSearch.push(0);
    return cluster.index;
  }

  /** Moves a cluster's only mention into another cluster, leaving the first empty. */
  move(i: number, index: number): void {
    const old = this.clusters[this.clusterOf[i]];
    old.mentions = [];
    old.referenced = false;
    this.add(i, index);
  }

  /** The cluster a non-pronoun mention refers back to, or -1. */
  find(i: number): number {
    const mention = this.mentions[i];
    if (mention.outlet) return this.findOutlet(i);
    if (mention.government) return this.findGovernment(i);
    if (mention.form === 'name') {
      const named = this.findName(mention);
      return named >= 0 ? named : this.findIntroduced(i);
    }
    if (mention.form === 'group') return this.byNameKey.get(`group:${mention.text.toLowerCase()}`) ?? -1;
    // "Jolly said": a name opening its sentence that the tagger read as a common word (an adverb)
    // is still the name given before; "Republicans" and "Workers" are common words all the same.
    if (/^\p{Lu}[\p{Ll}'’-]+$/u.test(mention.text) && !isHeadNoun(mention.head)) {
      const named = this.byNameKey.get(mention.nameKey);
      if (named !== undefined) return named;
      const bySurname = this.byLastName.get(mention.nameKey);
      if (bySurname?.length === 1) return bySurname[0];
    }
    // "the sheriff's office" after "the Hollis County Sheriff's Office": the possessor's noun names the body.
    if (mention.determiner === 'possessive' && mention.possessorHead && /^the\s/i.test(mention.text)) {
      return this.searchBackUnquoted(i, (c) => isBodyNamedWith(c, mention));
    }
    if (!refersBack(mention)) return -1;
    return this.findDescription(i);
  }

  add(i: number, index: number): void {
    const mention = this.mentions[i];
    const cluster = this.clusters[index];
    this.clusterOf[i] = index;
    cluster.mentions.push(mention);
    cluster.lastMention = i;
    if (mention.isSource) cluster.referenced = true;
    const rank = FORM_RANK[mention.form];
    if (rank > this.rank[index] && (mention.kind !== 'unknown' || this.rank[index] < 0)) {
      this.rank[index] = rank;
      cluster.kind = mention.form === 'pronoun' ? clusterKind([mention]) : mention.kind;
      if (mention.form !== 'pronoun') cluster.plural = mention.plural;
    }
    if (!cluster.gender && mention.gender && (mention.form !== 'pronoun' || cluster.kind !== 'media'))
      cluster.gender = mention.gender;
    for (const role of mention.roles) addWord(cluster, 'roles', role);
    if (mention.form === 'description' || mention.form === 'name') {
      if (mention.head) addWord(cluster, 'heads', mention.head);
      // "the firm" refers back to "the shipping firm Halvorsen Lines".
      if (mention.describedAs) addWord(cluster, 'heads', mention.describedAs);
      for (const modifier of mention.modifiers) addWord(cluster, 'modifiers', modifier);
      for (const word of mention.ofBody) addWord(cluster, 'modifiers', word);
    }
    if (mention.form === 'group') this.byNameKey.set(`group:${mention.text.toLowerCase()}`, index);
    if (mention.outlet?.entry) {
      cluster.outlet = mention.outlet.entry;
      this.byOutlet.set(mention.outlet.entry.name, index);
    }
    if (mention.outlet?.shortAlias) cluster.outletShortAlias = mention.outlet.shortAlias;
    if (mention.outlet?.masthead) {
      cluster.masthead = mention.outlet.masthead;
      if (!mention.outlet.mastheadOnly) cluster.mastheadNamed = true;
    }
    if (mention.government?.key) {
      cluster.governmentKey = mention.government.key;
      this.byGovernment.set(mention.government.key, index);
      // "The Federal Aviation Administration (FAA)" is "the FAA" later.
      const words = mention.text.replace(/^the\s+/i, '').split(/\s+/);
      const acronym = acronymOf(words);
      if (words.length > 1 && acronym.length > 1 && !this.byGovernment.has(acronym))
        this.byGovernment.set(acronym, index);
    }
    if (mention.form === 'name') this.indexName(mention, cluster);
  }

  private indexName(mention: Mention, cluster: Cluster): void {
    this.byNameKey.set(mention.nameKey, cluster.index);
    if (mention.kind !== 'person' || !mention.name) {
      const words = mention.text.replace(/^the\s+/i, '').split(/\s+/);
      if (words.length > 1) this.byNameKey.set(acronymOf(words), cluster.index);
      // Two words at least, or "Clinton" would be taken for the Clinton Foundation; but a company, named or
      // introduced as one ("Corvel Stores Inc.", "the shipping firm Halvorsen Lines"), is called by its first
      // word too ("Corvel said", "Halvorsen said").
      if (mention.kind === 'organization') {
        const asCompany = mention.describedAs !== '' || isCompanyName(mention.text, mention.nameKey);
        this.indexShortForms(words, cluster.index, asCompany ? 1 : MIN_SHORT_FORM_WORDS);
        // "Atlético Serrano" is "Serrano" too.
        const club = clubNameWithoutPrefix(mention.text);
        if (club) this.byOrganizationShortForm.set(club.toLowerCase(), cluster.index);
      }
      // An outlet introduced as one ("the news website Dnevnik Sever") is called by its first word too;
      // a masthead is not ("New York" is no short form of The New York Times).
      if (mention.kind === 'media' && mention.describedAs !== '') this.indexShortForms(words, cluster.index, 1);
      return;
    }
    const name = mention.name;
    cluster.names.push(name);
    const tail = surnameTail(name.last);
    for (const key of tail ? [name.last, tail] : [name.last]) {
      const list = this.byLastName.get(key) ?? [];
      if (!list.includes(cluster.index)) list.push(cluster.index);
      this.byLastName.set(key, list);
    }
    const full = name.first ? `${name.first} ${name.last}` : null;
    const known =
      (full && KNOWN_ROLE_HEADS.get(full)) ?? (name.first ? undefined : KNOWN_ROLE_HEADS_BY_SURNAME.get(name.last));
    for (const head of known ?? []) addWord(cluster, 'knownRoles', head);
  }

  /**
   * An organization is called by the first words of its name once named:
   * "St. Aldric Health" → "St. Aldric", "Valley Mercy Partners" → "Valley
   * Mercy". A short form has `fewestWords` words or more and ends in a
   * capitalised word of three letters or more. The organization named most
   * recently owns it.
   */
  private indexShortForms(words: string[], index: number, fewestWords: number): void {
    for (let k = fewestWords; k < words.length; k++) {
      const last = words[k - 1];
      if (!/^\p{Lu}\p{L}{2,}$/u.test(last)) continue;
      this.byOrganizationShortForm.set(words.slice(0, k).join(' ').toLowerCase(), index);
    }
  }

  private findName(mention: Mention): number {
    const exact = this.byNameKey.get(mention.nameKey);
    if (exact !== undefined) return exact;
    // A person already named comes first, then an organization's short form, unless the
    // mention reads as a person's (a role, or a first name that tells a gender): "its
    // founder, Dana Whitlock" is not Dana Whitlock Associates.
    const asPerson = mention.roles.length > 0 || mention.gender !== null;
    const organization = asPerson ? -1 : (this.byOrganizationShortForm.get(mention.nameKey) ?? -1);
    if (mention.kind === 'person' && mention.name) {
      const name = mention.name;
      // Every name already in the cluster must allow this one ("Ivanka Trump" is not "Donald Trump"'s);
      // of several that do, the one mentioned most is what a bare surname means.
      let best = -1;
      const tail = surnameTail(name.last);
      const candidates = this.byLastName.get(name.last) ?? [];
      for (const index of tail ? [...candidates, ...(this.byLastName.get(tail) ?? [])] : candidates) {
        const cluster = this.clusters[index];
        if (gendersClash(name.gender, cluster.gender)) continue;
        if (!cluster.names.every((earlier) => namesMatch(name, earlier))) continue;
        if (best < 0 || cluster.mentions.length > this.clusters[best].mentions.length) best = index;
      }
      if (best >= 0 || organization >= 0) return best >= 0 ? best : organization;
      return name.first ? -1 : this.findSurnameSlip(name);
    }
    return organization;
  }

  /** A bare surname one letter off the surname of a full name given earlier: that person, when only one fits. */
  private findSurnameSlip(name: PersonName): number {
    let found = -1;
    let several = false;
    this.byLastName.forEach((indexes, last) => {
      if (!isSurnameSlip(name.last, last)) return;
      for (const index of indexes) {
        const cluster = this.clusters[index];
        if (gendersClash(name.gender, cluster.gender)) continue;
        if (!cluster.names.some((earlier) => earlier.first !== null)) continue;
        if (found < 0) found = index;
        else if (index !== found) several = true;
      }
    });
    return several ? -1 : found;
  }

  private findOutlet(i: number): number {
    const outlet = this.mentions[i].outlet;
    if (!outlet) return -1;
    if (outlet.entry) {
      const known = this.byOutlet.get(outlet.entry.name);
      if (known !== undefined) return known;
      // "the Times" came first: the full name joins it when it is one of its short forms.
      const shorts = new Set((outlet.entry.shortAliases ?? []).map((s) => s.toLowerCase()));
      return this.searchBack(
        i,
        (c) => c.outlet === null && c.outletShortAlias !== null && shorts.has(c.outletShortAlias),
      );
    }
    if (outlet.shortAlias) {
      // "the Times": the outlet of that short form named most recently (the gazetteer's, or one it
      // lacks whose name ends in that word: "The Kestrel Times"), else the one it usually means.
      const owners = new Set(outletsWithShortAlias(outlet.shortAlias).map((e) => e.name));
      const alias = outlet.shortAlias;
      const recent = this.searchBack(
        i,
        (c) =>
          (c.outlet !== null && owners.has(c.outlet.name)) ||
          c.outletShortAlias === alias ||
          (c.outlet === null && c.kind === 'media' && c.masthead === alias),
      );
      if (recent >= 0) return recent;
      const primary = primaryOutletFor(outlet.shortAlias);
      return primary ? (this.byOutlet.get(primary.name) ?? -1) : -1;
    }
    if (outlet.generic) {
      const types = outlet.genericTypes;
      // Not the media at large ("state media"): "the network" is one outlet.
      const typed = this.searchBackUnquoted(
        i,
        (c) => c.kind === 'media' && !c.heads.has('media') && (!types || types.includes(outletTypeOf(c) ?? types[0])),
      );
      // No fallback to any outlet: "the newspaper" is not the news agency that wrote the story.
      return typed;
    }
    const named = this.byNameKey.get(this.mentions[i].nameKey);
    if (named !== undefined || !outlet.masthead) return named ?? -1;
    // "the Ledger" after "the Grantham Ledger": the paper of that masthead named most recently;
    // "the Grantham Ledger" after "the Ledger": it names the paper so far known by its masthead only.
    const masthead = outlet.masthead;
    return this.searchBack(i, (c) => c.masthead === masthead && (outlet.mastheadOnly || !c.mastheadNamed));
  }

  private findGovernment(i: number): number {
    const government = this.mentions[i].government;
    if (!government) return -1;
    if (government.key) return this.byGovernment.get(government.key) ?? -1;
    if (government.head === 'authorities' && !/^the\s/i.test(this.mentions[i].text)) return -1;
    return this.searchBack(
      i,
      (c) =>
        // "state news agency ValdorInform reported ... the agency said": the news agency.
        (government.head === 'agency' && (isNewsAgency(c) || isInternationalAgency(c))) ||
        (c.kind === 'government' &&
          ((government.head === 'government' && isGovernmentAsWhole(c)) ||
            government.head === 'authorities' ||
            (government.head === 'agency' && isNamedAgency(c)) ||
            c.heads.has(government.head) ||
            (c.governmentKey?.endsWith(government.head) ?? false))),
    );
  }

  private findDescription(i: number): number {
    const mention = this.mentions[i];
    // "Dayo Okonkwo-Reid said ... The 26-year-old said": the named person who spoke most recently, if lately.
    if (mention.head === AGE_HEAD && mention.determiner === 'definite') {
      return this.searchBackUnquoted(
        i,
        (c) =>
          c.kind === 'person' &&
          c.names.length > 0 &&
          !gendersClash(mention.gender, c.gender) &&
          c.mentions.some((m) => m.isSource && !m.inQuote && m.sentence >= mention.sentence - PERSON_SENTENCES_BACK),
      );
    }
    const byText = this.searchBackUnquoted(i, (c) => matchesDescription(mention, c) || matchesRole(mention, c, false));
    if (byText >= 0) return byText;
    // "the weather office" after "the National Weather Office", "the health ministry" after "the Ministry of Health".
    if (!mention.plural && mention.modifiers.length > 0) {
      const body = this.searchBackUnquoted(i, (c) => isBodyNamedWith(c, mention));
      if (body >= 0) return body;
    }
    // "A person close to the singer told Pulse Weekly ... the source said": the unnamed source quoted lately.
    if (isDescriptionOf(mention, SOURCE_HEADS)) {
      return this.searchBackUnquoted(
        i,
        (c) =>
          c.kind === 'anonymous' &&
          !c.plural &&
          c.mentions.some((m) => m.isSource && m.sentence >= mention.sentence - COMPANY_SENTENCES_BACK),
      );
    }
    const byRole = this.searchBack(i, (c) => matchesRole(mention, c, true));
    if (byRole >= 0) return byRole;
    const recently = (c: Cluster) => this.mentions[c.lastMention].sentence >= mention.sentence - COMPANY_SENTENCES_BACK;
    // "Atlético Serrano fired its coach, the club said": the club named most recently, if lately.
    if (isDescriptionOf(mention, CLUB_HEADS)) return this.searchBack(i, (c) => isNamedClub(c) && recently(c));
    if (!isDescriptionOf(mention, COMPANY_HEADS)) return byRole;
    // "Harmon Brothers, the firm behind the ad": the name it stands in apposition to.
    const previous = this.mentions[i - 1];
    if (previous?.form === 'name' && /^\s*,\s*$/.test(this.text.slice(previous.end, mention.start))) {
      return this.clusterOf[i - 1];
    }
    // "Brennan Motors is recalling vans, the company said": the company named most recently, if lately.
    const company = this.searchBack(i, (c) => isNamedCompany(c) && recently(c));
    if (company >= 0) return company;
    // "Riverside Health said ... The company said": else the body that spoke lately, if its name could be a business's.
    return this.searchBack(i, (c) => isSpeakingBody(c) && recently(c));
  }

  /**
   * "A federal judge on Friday refused ... U.S. District Judge Harriet Mabry
   * ruled": a person named for the first time, with a title, names the one an
   * unnamed description with that title introduced in the sentence before or
   * the same one ("a federal judge", "her publicist").
   */
  private findIntroduced(i: number): number {
    const mention = this.mentions[i];
    if (mention.kind !== 'person' || mention.roles.length === 0 || mention.inQuote) return -1;
    return this.searchBack(
      i,
      (c) =>
        c.names.length === 0 &&
        !c.plural &&
        !gendersClash(mention.gender, c.gender) &&
        c.mentions.every(
          (m) =>
            m.form === 'description' &&
            !m.inQuote &&
            INTRODUCING_DETERMINERS.has(m.determiner) &&
            m.sentence >= mention.sentence - 1 &&
            mention.roles.includes(m.head),
        ),
    );
  }

  /**
   * `searchBack` for a description: outside a quotation, what a speaker
   * described in their own words inside one ("a network", "this company",
   * "our union") is no antecedent; "the Sanders campaign" may be.
   */
  private searchBackUnquoted(i: number, test: (cluster: Cluster) => boolean): number {
    if (this.mentions[i].inQuote) return this.searchBack(i, test);
    return this.searchBack(i, (c) => !c.mentions.every(isSpeakersOwnDescription) && test(c));
  }

  /** The most recent cluster (by its mentions before `i`) that satisfies `test`, or -1. */
  private searchBack(i: number, test: (cluster: Cluster) => boolean): number {
    const search = ++this.searches;
    for (let j = i - 1; j >= 0 && j >= i - BACK_REFERENCE_WINDOW; j--) {
      const index = this.clusterOf[j];
      if (index < 0 || this.lastSearch[index] === search) continue;
      this.lastSearch[index] = search;
      if (test(this.clusters[index])) return index;
    }
    return -1;
  }
}

/** What kind of outlet a cluster is, from the gazetteer or its masthead word ("Wessex Radio"), or null. */
function outletTypeOf(cluster: Cluster): OutletType | null {
  if (cluster.outlet) return cluster.outlet.type;
  return cluster.masthead ? mastheadType(cluster.masthead) : null;
}

function isSpeakersOwnDescription(mention: Mention): boolean {
  return mention.inQuote && mention.form === 'description' && mention.determiner !== 'definite';
}

/** Determiners of a description that introduces someone the text may name next: "a federal judge", "her publicist". */
const INTRODUCING_DETERMINERS: ReadonlySet<string> = new Set(['indefinite', 'possessive']);

/** A person last quoted as a source further back than this many sentences is not what "the 26-year-old" means. */
const PERSON_SENTENCES_BACK = 2;

/** A company named further back than this many sentences is not what "the company" means. */
const COMPANY_SENTENCES_BACK = 4;

/** Heads that, definite and singular, stand for whichever company the text has named: "the company". */
const COMPANY_HEADS = new Set(['company', 'firm', 'corporation', 'system']);

const SOURCE_HEADS = new Set(['source']);

/** Heads that stand for whichever sports club the text has named: "the club". */
const CLUB_HEADS = new Set(['club', 'team', 'side']);

/**
 * "the company", "the club": a definite singular description headed by one
 * of `heads`, with no modifier that would tell one body from another ("the
 * beverage company" is not the carmaker named before).
 */
function isDescriptionOf(mention: Mention, heads: ReadonlySet<string>): boolean {
  return (
    mention.determiner === 'definite' &&
    !mention.plural &&
    heads.has(mention.head) &&
    mention.modifiers.every((m) => FREE_MODIFIERS.has(m))
  );
}

/** A cluster that names a sports club: "Atlético Serrano", "Dunmore United", "the club Kelso Rovers". */
function isNamedClub(cluster: Cluster): boolean {
  return (
    cluster.kind === 'organization' &&
    cluster.mentions.some((m) => m.form === 'name' && (isSportsClubName(m.text) || CLUB_HEADS.has(m.describedAs)))
  );
}

/**
 * A cluster that names a company: named like one ("Brennan Motors") or
 * introduced by a description of a business ("the shipping firm Halvorsen
 * Lines", "Vellmark Grain, the largest grain exporter").
 */
function isNamedCompany(cluster: Cluster): boolean {
  if (cluster.kind !== 'organization') return false;
  // "posted on Instagram ... The company insisted": a platform named only as where a post went is no company spoken of.
  if (cluster.mentions.every((m) => !m.isSource && isPlatformName(m.nameKey))) return false;
  return cluster.mentions.some(
    (m) =>
      m.form === 'name' &&
      (isCompanyName(m.text, m.nameKey) ||
        (ORGANIZATION_HEADS.has(m.describedAs) && !NON_BUSINESS_HEADS.has(m.describedAs))),
  );
}

/** A named organization that spoke, whose name does not say it is no business ("the Health Workers Alliance"). */
function isSpeakingBody(cluster: Cluster): boolean {
  if (cluster.kind !== 'organization') return false;
  const names = cluster.mentions.filter((m) => m.form === 'name');
  return (
    names.some((m) => m.isSource) &&
    names.every((m) => !NON_BUSINESS_HEADS.has(m.describedAs) && !NON_BUSINESS_NAME_END.test(m.nameKey))
  );
}

/** Bodies no one calls "the company": "the union, the Health Workers Alliance" is not the employer named after it. */
const NON_BUSINESS_HEADS = new Set(
  `campaign party union organization organisation foundation institute center centre association university college
  school charity pac club church lobby alliance league society federation caucus movement nonprofit think-tank tank
  coalition fund trust team`.split(/\s+/),
);
/** Last words of such bodies' names (name keys are lower case). */
const NON_BUSINESS_NAME_END = new RegExp(
  String.raw`\b(?:${[...NON_BUSINESS_HEADS, 'council', 'committee', 'board', 'commission', 'ministry', 'department'].join('|')})$`,
);

/** An outlet the text calls a news agency: "state news agency ValdorInform", "the Qerani News Agency" (not a wire named in a dateline). */
function isNewsAgency(cluster: Cluster): boolean {
  return (
    cluster.kind === 'media' &&
    (cluster.masthead === 'agency' || cluster.mentions.some((m) => /\bnews agency$/i.test(m.descriptor ?? '')))
  );
}

/** Names of intergovernmental bodies: "World Health Organization", "International Energy Agency", "World Food Programme". */
const INTERNATIONAL_BODY =
  /^(?:world|international|united nations|global|pan american)\b.*\b(?:organi[sz]ation|agency|programme|program|fund)$/;

/** "The World Health Organization urged ... the agency said": an intergovernmental body, which the text calls an agency. */
function isInternationalAgency(cluster: Cluster): boolean {
  return (
    cluster.kind === 'organization' &&
    cluster.mentions.some((m) => m.form === 'name' && INTERNATIONAL_BODY.test(m.nameKey))
  );
}

/** Heads of bodies "the agency" may refer back to: "the Federal Aviation Administration", "the Census Bureau". */
const AGENCY_HEADS = new Set([
  'agency',
  'administration',
  'service',
  'bureau',
  'commission',
  'authority',
  'board',
  'department',
]);

/** One public body named (not "the administration" alone, nor two bodies) whose head is an agency's, or an acronym ("the FBI"). */
function isNamedAgency(cluster: Cluster): boolean {
  const key = cluster.governmentKey;
  if (!key || key.startsWith(STATE_KEY) || cluster.plural) return false;
  if (/^[a-z]{2,5}$/.test(key)) return true;
  // "the Obama administration" is a government, "the Federal Aviation Administration" an agency.
  if (key.endsWith('administration') && key.split(' ').length < 3) return false;
  for (const head of cluster.heads) if (AGENCY_HEADS.has(singular(head).word)) return true;
  return false;
}

/** Heads of a whole government, which "the government" may refer back to; a regulator or ministry is a part of one. */
const WHOLE_GOVERNMENT_HEADS = new Set(['government', 'administration', 'regime', 'cabinet', 'junta', 'state']);

/** A government as a whole: a country or capital ("Russia", "Washington"), or "the Ruritanian government", "the administration". */
function isGovernmentAsWhole(cluster: Cluster): boolean {
  if (cluster.governmentKey?.startsWith(STATE_KEY)) return true;
  for (const head of cluster.heads) if (WHOLE_GOVERNMENT_HEADS.has(head)) return true;
  return false;
}

/**
 * Whether a body (a government or an organization) has a name that holds a
 * description's head, its possessor's noun and every modifier it does not
 * take freely: "National Weather Office" for "the weather office", "Hollis
 * County Sheriff's Office" for "the sheriff's office".
 */
function isBodyNamedWith(cluster: Cluster, description: Mention): boolean {
  if (cluster.kind !== 'government' && cluster.kind !== 'organization') return false;
  return cluster.mentions.some((m) => {
    if (m.form !== 'name') return false;
    const words = nameWordsOf(m);
    return (
      words.has(description.head) &&
      (!description.possessorHead || words.has(description.possessorHead)) &&
      description.modifiers.every((w) => FREE_MODIFIERS.has(w) || words.has(w))
    );
  });
}

/** A name mention's words, split once: a body's cluster is tested against many descriptions. */
const NAME_WORDS = new WeakMap<Mention, ReadonlySet<string>>();

function nameWordsOf(mention: Mention): ReadonlySet<string> {
  let words = NAME_WORDS.get(mention);
  if (!words) {
    words = new Set(mention.nameKey.split(/[^\p{L}]+/u));
    NAME_WORDS.set(mention, words);
  }
  return words;
}
