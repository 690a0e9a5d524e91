"""Schema of roles.yaml: role codes, the nouns that give them, and how descriptions read."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from detente.data.schemas.base import DataFile, _no_duplicates, _Strict

ONE_TOKEN = {"one_token": True}
"""Marks a word list the code compares with one token at a time (``tok.lower_ in words``): an entry the tokenizer
splits ("north-eastern" is north / - / eastern; "north east" two words) could never match, so the schema refuses it."""

# --- roles ---------------------------------------------------------------------


class RoleNouns(_Strict):
    role: str
    nouns: list[str] = Field(min_length=1, description="lower-case head nouns or multiword titles")


class ChamberTitles(_Strict):
    """Titles a chamber word makes a legislator's ("the Senate majority leader"): composed, not written out, so the
    chamber's words stay one list (``chamber_words``)."""

    role: str
    titles: list[str] = Field(min_length=1, description="'leader', 'majority leader': what follows the chamber word")
    left_out: list[str] = Field(
        default_factory=list,
        description="composed titles that name no legislator ('house leader': Canada's Government House Leader is a "
        "minister)",
    )

    def composed(self, chamber_words: list[str]) -> list[str]:
        """Every chamber word before every title, ``left_out`` included."""
        return [f"{c} {t}" for c in chamber_words for t in self.titles]

    def nouns(self, chamber_words: list[str]) -> list[str]:
        """Every chamber word before every title, less ``left_out`` (compared case-folded)."""
        out = {w.casefold() for w in self.left_out}
        return [n for n in self.composed(chamber_words) if n.casefold() not in out]

    def stray_left_out(self, chamber_words: list[str]) -> list[str]:
        """The ``left_out`` entries that are no composed title: a typo would leave the title it meant in the table."""
        composed = {n.casefold() for n in self.composed(chamber_words)}
        return [w for w in self.left_out if w.casefold() not in composed]


class RolesFile(DataFile):
    roles: list[RoleNouns]
    role_names: dict[str, str] = Field(description="every role code with its readable name: the one list of codes")
    role_groups: dict[str, list[str]] = Field(
        default_factory=dict, description="named groups of roles the resolver reasons with (domestic, local, ...)"
    )
    several_words: list[str] = Field(
        default_factory=list, description="'foreign troops', 'Western governments': several unnamed states"
    )
    pair_words: list[str] = Field(
        default_factory=list,
        description="'the two sides', 'both leaders', 'the two': words that make a definite plural two parties named "
        "before (a number word or 'both'; alone, a subject)",
        json_schema_extra=ONE_TOKEN,
    )
    pair_determiners: list[str] = Field(
        default_factory=list,
        description="'the two sides': the determiner that makes a pair phrase definite",
        json_schema_extra=ONE_TOKEN,
    )
    pair_definite_words: list[str] = Field(
        default_factory=list,
        description="'both sides', 'Both said': pair words that are definite with no determiner",
        json_schema_extra=ONE_TOKEN,
    )
    pair_nouns: list[str] = Field(
        default_factory=list,
        description="plural head nouns that, with a pair word, read back to the two parties of the latest event or "
        "conjoined pair: 'the two leaders', 'both countries' (not 'the two soldiers': people a deed names)",
        json_schema_extra=ONE_TOKEN,
    )
    pair_collectives: list[str] = Field(
        default_factory=list,
        description="singular nouns that are two parties by themselves: 'the pair', 'the duo'",
        json_schema_extra=ONE_TOKEN,
    )
    country_nouns: list[str] = Field(
        default_factory=list, description="'a Palestinian state': nouns that name the country itself"
    )
    person_titles: list[str] = Field(
        default_factory=list, description="head nouns that name a person (he, she)", json_schema_extra=ONE_TOKEN
    )
    gendered_words: dict[Literal["male", "female"], list[str]] = Field(
        default_factory=dict, description="'Mrs May', 'Queen Elizabeth', 'the congresswoman': words that give a gender"
    )
    commentator_nouns: list[str] = Field(
        default_factory=list,
        description="'a senior fellow at a Washington think tank': people quoted for colour, whose place is no party",
    )
    description_kinds: dict[str, str] = Field(
        default_factory=dict,
        description="what a description reads back to: 'the country' a state, 'the group' a body, 'the alliance' IGO",
    )
    held_territory_nouns: list[str] = Field(
        default_factory=list, description="nouns read through to their holder: 'regime-held areas' is the regime"
    )
    holding_verbs: list[str] = Field(default_factory=list, description="participles of holding: held, controlled")
    named_held_nouns: list[str] = Field(
        default_factory=list,
        description="held territory that 'of' and a name names, in the singular: 'the government-held district of "
        "Midane' is the district called Midane, a place of its country (guide 1.3), as the place_descriptions are",
    )
    holder_sites: list[str] = Field(
        default_factory=list,
        description="sites a group noun or a possessive before them names the holder of: 'rebel positions', "
        "'their hideouts' stand for the group (a name holds any site: 'ISIL targets')",
    )
    site_holder_roles: list[str] = Field(
        default_factory=list,
        description="roles that hold the sites a deed of force is aimed at: a site whose own words name a country and "
        "one of these roles ('a Syrian army position', 'a Syrian regime airbase') stands for that role of that country",
    )
    holder_preps: list[str] = Field(
        default_factory=list,
        description="'the supply routes of ISIS': prepositions whose object is the holder of a site",
        json_schema_extra=ONE_TOKEN,
    )
    served_preps: list[str] = Field(
        default_factory=list,
        description="'positions for the YPG': prepositions whose object is whom a holder site serves, its holder "
        "only where no other holder is named ('ISIS positions for the SDF' are ISIS's)",
        json_schema_extra=ONE_TOKEN,
    )
    attack_preps: list[str] = Field(
        default_factory=list,
        description="'ISIS hideouts were destroyed in army airstrikes': prepositions by which a passive names the "
        "attack that struck its subject, aimed at the subject's holder",
        json_schema_extra=ONE_TOKEN,
    )
    struck_preps: list[str] = Field(
        default_factory=list,
        description="'the attack on police officers': prepositions after an attack noun whose object is what the "
        "attack struck, its victim (a judgement of the attack is aimed at its doer instead)",
        json_schema_extra=ONE_TOKEN,
    )
    attack_nouns: list[str] = Field(
        default_factory=list, description="'responsibility for the attack on X': an attack stands for its target"
    )
    fell_on_nouns: list[str] = Field(
        default_factory=list,
        description="'repelled an attack on the town of X': attack nouns (a subset of attack_nouns) whose 'on' names "
        "the place the attack fell on, not a target ('the blockade on Qatar')",
    )
    fell_on_munitions: list[str] = Field(
        default_factory=list,
        json_schema_extra=ONE_TOKEN,
        description="'fired mortar shells on the village of X': things a deed of force sends, whose 'on' names the "
        "place they fell on, as an attack noun's does (fell_on_nouns)",
    )
    fell_on_roots: list[str] = Field(
        default_factory=list,
        description="CAMEO roots of deeds of force, the only events placed where an attack noun's 'on' says",
    )
    owner_suffixes: list[str] = Field(
        default_factory=list, description="'U.S.-flagged', 'Russian-made': hyphenated words that name an owner"
    )
    own_participles: list[str] = Field(
        default_factory=list, description="'Damascus-based', 'NATO-led': participles whose country word is the phrase's"
    )
    landmark_nouns: list[str] = Field(
        default_factory=list,
        description="'toured the Civil Rights Museum': an organisation so named is, as the object of a visit, a place",
    )
    contest_nouns: list[str] = Field(
        default_factory=list,
        description="'battled for control of Aleppo': what a fight is for, whose place after 'of' is where it was",
    )
    capital_nouns: list[str] = Field(
        default_factory=list,
        description="'in the Belgian capital': a capital named by its country's demonym is that country's capital city",
    )
    venue_nouns: list[str] = Field(
        default_factory=list, description="'at a conference in Tokyo': venues whose own place is the event's"
    )
    occasion_preps: list[str] = Field(
        default_factory=list,
        description="'during a visit to London': a preposition whose occasion's place (a venue or a journey) is the "
        "event's",
    )
    aside_preps: list[str] = Field(
        default_factory=list,
        description="'after the attack in Syria': a preposition of time or cause whose phrase names another occasion, "
        "whose places are not the event's",
    )
    example_preps: list[str] = Field(
        default_factory=list,
        description="'slammed foreign actors like China and Japan', 'Gulf officials, including the Qatari foreign "
        "minister', 'groups such as Hamas': a preposition after a target slot's noun that names no party itself but a "
        "group of parties, whose objects are the parties the deed was aimed at, as its examples",
    )
    clause_example_preps: list[str] = Field(
        default_factory=list,
        description="'met with several of the protagonists, including the Qatari foreign minister': of the "
        "example_preps, those the parser may hang on the clause's verb after a comma that follows the slot's noun, "
        "still giving its examples ('like' on a verb compares: 'acted like a bully')",
    )
    comma_comparison_preps: list[str] = Field(
        default_factory=list,
        description="'Japan criticized the decision, like China': of the example_preps, those that after a comma "
        "compare the clause's doer with another party and give no examples",
    )
    party_group_nouns: list[str] = Field(
        default_factory=list,
        description="'foreign actors', 'the protagonists', 'EU members': nouns that name parties by their part in an "
        "affair; with the role nouns, person titles, country, pair and fought-group nouns, the plural nouns whose "
        "examples stand for them",
    )
    tally_words: list[str] = Field(
        default_factory=list,
        description="'has hosted many leaders, including Trump': words that count a group (with numbers and "
        "clauses.yaml count_nouns) into a running total, whose examples are no parties of one deed",
    )
    meal_preps: list[str] = Field(
        default_factory=list,
        description="'met over a working dinner at Downing Street': an aside preposition whose object is a meal "
        "(meal_nouns) names the event's own occasion",
    )
    meal_nouns: list[str] = Field(
        default_factory=list, description="meals an event is held over: 'over lunch at the White House'"
    )
    meal_roots: list[str] = Field(
        default_factory=list,
        description="CAMEO roots of meetings, the only events held over a meal; for others 'over' a meal is the cause",
    )
    purpose_preps: list[str] = Field(
        default_factory=list,
        description="'met for talks in Geneva': an aside preposition of purpose, whose venue or journey is the event's "
        "own occasion",
    )
    named_place_preps: list[str] = Field(
        default_factory=list,
        description="'in al-Dumayr city': the prepositions before a name and its place noun that say where a deed was",
    )
    group_name_words: list[str] = Field(
        default_factory=list,
        description="'near Jaish al-Izza area': words of armed groups' names; a name holding one is no place",
    )
    place_nouns: list[str] = Field(
        default_factory=list, description="'the province of Hatay', 'the capital Niamey': the named place"
    )
    part_nouns: list[str] = Field(
        default_factory=list, description="'eastern parts of the city': a part of the place named after 'of'"
    )
    part_words: list[str] = Field(
        default_factory=list,
        description="'northern Syria', 'the Eastern part of Homs province': compass adjectives that make a phrase a "
        "part of its place, a region whose exact extent the text does not give",
        json_schema_extra=ONE_TOKEN,
    )
    compass_words: list[str] = Field(
        default_factory=list,
        description="'east of Aleppo', 'to the northwest of al-Qaryatain': a direction from a named place, which is "
        "the event's place (the most specific place the text names)",
        json_schema_extra=ONE_TOKEN,
    )
    region_nouns: list[str] = Field(
        default_factory=list,
        description="'Homs province', 'the countryside of Idlib': a place noun that makes the town it names a region",
    )
    site_nouns: list[str] = Field(
        default_factory=list,
        description="'shelled a market in Aleppo', 'fired rockets at the Nairab airport': a site struck, where places "
        "are targets, is the place it is in",
    )
    scene_roots: list[str] = Field(
        default_factory=list,
        description="CAMEO roots of deeds done on the ground, which take the scene an earlier sentence set",
    )
    said_roots: list[str] = Field(
        default_factory=list,
        description="CAMEO roots of words, which, told in a reported clause, happened where the speaker spoke",
    )
    said_deeds: list[str] = Field(
        default_factory=list,
        description="CAMEO codes under said_roots that are deeds done, not words: placed where their own clause says",
    )
    audience_codes: list[str] = Field(
        default_factory=list,
        description="CAMEO codes (a meeting, a call) whose parties may not be an audience: the press met, named by a "
        "plain noun, is no party",
    )
    audience_roles: list[str] = Field(
        default_factory=list,
        description="roles of an audience ('met the press', 'a call with journalists'): no party in audience_codes",
    )
    retold_roots: list[str] = Field(
        default_factory=list,
        description="CAMEO roots of meetings told again: a mention whose clause names no place takes the one place the "
        "article's other mentions of the same meeting (same root and parties) give",
    )
    retold_news_days: int = Field(
        default=7,
        ge=0,
        description="an undated mention takes no place from a mention dated by its own words more than this many days "
        "from the article's",
    )
    place_descriptions: dict[str, Literal["city", "region", "country"]] = Field(
        default_factory=dict,
        description="'in the city', 'the town': a definite place noun, and the precision of the place it refers to",
    )
    indefinite_determiners: list[str] = Field(
        default_factory=list,
        description="'attacked a town in northern Syria': the determiners of a place noun the text names only later",
    )
    named_next_window: int = Field(
        default=0,
        ge=0,
        description="how many sentences after an indefinite town noun ('a town in eastern Syria') the town's name is "
        "looked for ('the town of X'); 0 looks for none",
    )
    named_next_preps: list[str] = Field(
        default_factory=list,
        description="'raids in a town in Syria': the prepositions of a deed's place phrase whose unnamed town the "
        "next sentences may name",
    )
    container_preps: list[str] = Field(
        default_factory=list,
        description="'shelled the towns of A, B and C in rural Aleppo': the prepositions by which a list of places "
        "names the one place that holds them all, which is then the deed's place (where/several.listed_within)",
    )
    named_next_back_preps: list[str] = Field(
        default_factory=list,
        description="'the assault on the town of X': the prepositions by which a named town's phrase is about the deed",
    )
    named_next_breaks: list[str] = Field(
        default_factory=list,
        description="'Meanwhile, in the town of X': a sentence's first words that turn to another event",
    )
    own_state_words: list[str] = Field(
        default_factory=list,
        description="'government forces', 'the regime': a phrase of the article's own state",
        json_schema_extra=ONE_TOKEN,
    )
    people_modifiers: list[str] = Field(
        default_factory=list,
        description="'ethnic Albanian rebels': a word just before a demonym that makes it name a people, not its state",
        json_schema_extra=ONE_TOKEN,
    )
    people_suffixes: list[str] = Field(
        default_factory=list,
        description="'Russian-speaking separatists': a word after a demonym and a hyphen that makes it name a people",
        json_schema_extra=ONE_TOKEN,
    )
    people_nouns: list[str] = Field(
        default_factory=list,
        description="'the Albanian minority', 'rebels of Albanian descent': a noun a demonym modifies that makes it "
        "name a people, not its state",
        json_schema_extra=ONE_TOKEN,
    )
    state_armed_words: list[str] = Field(
        default_factory=list,
        description="'regime fighters', 'government gunmen': a word that, as the only modifier of an armed noun of "
        "role REB besides a country word, makes the armed men the government's",
        json_schema_extra=ONE_TOKEN,
    )
    armed_deeds: list[str] = Field(
        default_factory=list,
        description="'Turkish shelling', 'Russian air strikes': deeds whose country is its military",
    )
    state_weapons: list[str] = Field(
        default_factory=list,
        description="'regime aircraft', 'government jets': weapons an own-state word says are the government's",
    )
    igo_seats: dict[str, list[str]] = Field(
        default_factory=dict,
        description="seat city -> the organisations it houses: a visit there is to one of them only when its purpose"
        " names it",
    )
    seat_metonyms: dict[str, str] = Field(
        default_factory=dict,
        description="seat city -> the organisation (actors.yaml code) its name stands for as a party ('blamed"
        " Brussels'), where the city is no capital that stands for its own government",
    )
    seat_local_words: list[str] = Field(
        default_factory=list,
        description="words of a city's or region's own office ('mayor', 'regional'): a seat city's phrase holding one"
        " stays its own country's (seat_metonyms)",
    )
    seat_tie_nouns: list[str] = Field(
        default_factory=list,
        description="nouns of a state's ties ('ties', 'relations'): a seat city they are with stays its own state",
    )
    visit_purpose_verbs: list[str] = Field(
        default_factory=list, description="verbs of a visit's purpose clause whose party the visit is with"
    )
    departure_words: list[str] = Field(
        default_factory=list, description="'heading for Croatia', 'left for Paris': 'for' names where the journey led"
    )
    travel_words: list[str] = Field(
        default_factory=list, description="'a visit to London', 'headed to Brussels': 'to' names the event's place"
    )
    arrival_words: list[str] = Field(
        default_factory=list,
        description="'met Duda after arriving in Warsaw': a subjectless clause of one of these verbs after one of "
        "arrival_preps on the event's verb says where the event was (the arrival's destination)",
        json_schema_extra=ONE_TOKEN,
    )
    arrival_preps: list[str] = Field(
        default_factory=list,
        description="prepositions of time whose clause of arrival (arrival_words) is the event's scene: 'upon', "
        "'after'; never 'before' (the event was where the traveller left from)",
        json_schema_extra=ONE_TOKEN,
    )
    onset_words: list[str] = Field(
        default_factory=list, description="'strikes on Raqqa', 'advancing on Manbij': 'on' names where a deed fell"
    )
    on_place_words: list[str] = Field(
        default_factory=list,
        description="'met on Capitol Hill', 'clashed on the Golan Heights': a place's name ending in one of these is "
        "where an event happened after 'on' on the event's own verb, as after 'in' or 'at'; on another noun 'on' "
        "names a topic ('the UN resolution on the Golan Heights')",
    )
    striking_verbs: list[str] = Field(
        default_factory=list,
        description="'the strikes hit the town of Douma': an attack noun subject of one of these fell on its object",
    )
    partitive_nouns: list[str] = Field(
        default_factory=list, description="'thousands of protesters', 'members of Hamas': the actor is after 'of'"
    )
    deed_doer_nouns: list[str] = Field(
        default_factory=list,
        description="'a suicide bomber', 'gunmen': a doer named only by the deed, whose side is never guessed from "
        "the article's country",
    )
    side_prefixes: list[str] = Field(
        default_factory=list,
        description="'pro-government gunmen': a word joined by a hyphen before a name, which names the doer's side",
    )
    side_suffixes: list[str] = Field(
        default_factory=list,
        description="'ISIS-linked attackers', 'rebel-backed gunmen': a word joined by a hyphen after a name, which "
        "names the doer's side",
    )
    side_preps: dict[str, list[str]] = Field(
        default_factory=dict,
        description="'gunmen loyal to the government', 'gunmen allied with the army': a modifier and the prepositions "
        "after it that name the doer's side",
    )
    informant_nouns: list[str] = Field(
        default_factory=list,
        description="'a Syrian military source', 'a regime source': a noun that takes the role its modifier names",
    )
    name_articles: list[str] = Field(
        default_factory=list,
        description="Arabic articles a name joins with a hyphen ('al-', 'el-'): a group's name so joined to a "
        "capitalised word ('Jaish al-Fatah', 'Fatah al-Sham') is a word of a longer name, not the group",
    )
    military_sites: list[str] = Field(
        default_factory=list,
        description="sites of a military ('an Iranian air base', 'barracks'): a country that owns one is its military "
        "(guide 1.3); one word, or a modifier and a noun's lemma ('air base')",
    )
    owned_nouns: list[str] = Field(
        default_factory=list, description="things read through to their author: 'Iran's proposal' is Iran"
    )
    leader_nouns: list[str] = Field(
        default_factory=list,
        description="'the leader of Britain's opposition', 'the head of the army': one who leads a body named by its "
        "role noun after 'of' takes that body's role",
    )
    speaks_for_nouns: list[str] = Field(
        default_factory=list,
        description="'a spokesman for Mueller', 'a lawyer for the senator', 'Trump's lawyer': people who speak or act "
        "for another, coded as the one they speak for",
    )
    host_nouns: list[str] = Field(
        default_factory=list,
        description="'the embassy in Washington', 'the consulate in Istanbul': a post abroad, whose 'in' place is the "
        "host country and never the country it serves",
    )
    told_to_words: list[str] = Field(
        default_factory=list,
        description="'told Reuters', 'in an interview with CBS': words whose object is the outlet a statement was "
        "made to, which is no party to it",
    )
    fought_group_nouns: list[str] = Field(
        default_factory=list,
        description="'the army besieged opposition groups': groups of a side a military acts on, who are armed (REB) "
        "rather than the political opposition (OPP)",
    )
    candidate_nouns: list[str] = Field(
        default_factory=list,
        description="'Republican Senate candidate X', 'the Labour nominee': one who stands for a party, coded as the "
        "party a party word in the phrase names (never a seat they do not hold yet)",
    )
    title_abbreviations: dict[str, str] = Field(
        default_factory=dict,
        description="'Sen. Jeff Flake', 'Gov. Larry Hogan': an abbreviated title before a name, as its title word",
    )
    former_words: list[str] = Field(
        default_factory=list,
        description="'former prime minister X', 'ex-minister', 'then-governor', 'the late president': words before a "
        "title that make it an office the person held some other day, which codes nothing (``phrases.former_word``)",
        json_schema_extra=ONE_TOKEN,
    )
    former_adverbs: list[str] = Field(
        default_factory=list,
        description="'X, previously of the European Commission', 'X, formerly a member of the CDU': words that make a "
        "description of a person one of what they were (as 'former' before a title), which codes nothing",
        json_schema_extra=ONE_TOKEN,
    )
    company_words: list[str] = Field(
        default_factory=list,
        description="'Johnson & Johnson', 'Ford Motor Co': words after a surname that make it a firm's name, to which "
        "a person's name word does not read back",
        json_schema_extra=ONE_TOKEN,
    )
    # --- actors (s15) ---
    pronoun_genders: dict[str, Literal["male", "female"]] = Field(
        default_factory=dict,
        description="he, him, his male; she, her female: the gender a third-person pronoun asks of the person it "
        "reads back to",
    )
    # --- actors (s19-coref) ---
    description_bodies: dict[str, list[str]] = Field(
        default_factory=dict,
        description="'the jihadists' after 'Islamic State': a bare definite of this head noun (lemma) with no "
        "country of its own reads back to the one named body of these roles in the description window, before the "
        "article's country is guessed (actors/coreference.described)",
    )
    agent_words: list[str] = Field(
        default_factory=list,
        description="'wounded by Turkish artillery fire': prepositions that name the doer of a passive, so a deed of "
        "arms after one does something",
        json_schema_extra=ONE_TOKEN,
    )
    # --- actors (s17) ---
    body_nouns: dict[str, str] = Field(
        default_factory=dict,
        description="'Iraq's electoral commission', 'the U.S. Federal Communications Commission': bodies no dictionary "
        "has, read by their head noun (with the words before it) as country + this role, only where the phrase itself "
        "names the country; else unresolved (never the article's country, which would be a guess)",
    )

    body_not_state_words: list[str] = Field(
        default_factory=list,
        description="'a Syrian aid agency', 'a Chinese shipping agency': words that, standing before a body noun and "
        "held by no key, say the body is not the state's and leave the phrase unresolved; any other word before it "
        "('the U.S. immigration agency', 'Egypt's state security agency') keeps the body's role",
        json_schema_extra=ONE_TOKEN,
    )
    chamber_words: list[str] = Field(
        default_factory=list,
        description="'the House Ethics Committee', 'a Senate committee': words naming a chamber of a legislature; a "
        "legislative body noun with one and no country word is of the one legislature the article names, if any",
        json_schema_extra=ONE_TOKEN,
    )
    office_nouns: list[str] = Field(
        default_factory=list,
        description="'Ryan's office said', 'his office said': a person's office speaks for the person, as a spokesman "
        "does; only a possessive says whose (the 'Office of Management and Budget' is a body of its own)",
    )
    chamber_titles: ChamberTitles | None = Field(
        default=None,
        description="'congressional leaders', 'the Senate majority leader': titles composed from ``chamber_words`` and "
        "these, of their role (LEG), read with the written ``roles`` through ``role_table``",
    )

    def role_table(self) -> list[RoleNouns]:
        """The written ``roles`` and the titles composed from ``chamber_words`` and ``chamber_titles``: what every
        reader of role nouns reads (``data.role_nouns``), so a chamber word is added in one place."""
        if self.chamber_titles is None:
            return list(self.roles)
        composed = RoleNouns(role=self.chamber_titles.role, nouns=self.chamber_titles.nouns(self.chamber_words))
        return [*self.roles, composed]

    @model_validator(mode="after")
    def _consistent(self) -> RolesFile:
        codes = set(self.role_names)
        table = self.role_table()
        used = [r.role for r in table] + [c for group in self.role_groups.values() for c in group]
        used += list(self.body_nouns.values()) + list(self.site_holder_roles)
        used += [k for k in self.description_kinds.values() if k not in ("state", "group")]
        used += [r for roles in self.description_bodies.values() for r in roles]
        for code in used:
            if code not in codes:
                raise ValueError(f"role {code!r} is not in role_names")
        _no_duplicates([n.lower() for r in table for n in r.nouns], "role noun (one role per noun)")
        if self.chamber_titles is not None:
            stray = self.chamber_titles.stray_left_out(self.chamber_words)
            if stray:
                raise ValueError(f"chamber_titles.left_out: {stray} are not titles composed from chamber_words")
        for name, info in type(self).model_fields.items():
            if info.json_schema_extra == ONE_TOKEN:
                split = [w for w in getattr(self, name) if not _one_token(w)]
                if split:
                    raise ValueError(f"{name}: {split} can never match one token (the tokenizer splits at hyphens)")
        stray = [w for w in self.fell_on_nouns if w not in self.attack_nouns]
        if stray:
            raise ValueError(f"fell_on_nouns: {stray} are not in attack_nouns")
        bad = [w for w in self.pronoun_genders if not _one_token(w) or w != w.lower()]
        if bad:
            raise ValueError(f"pronoun_genders: {bad} are not one lower-case word each")
        return self


def _one_token(word: str) -> bool:
    """Whether the tokenizer keeps ``word`` whole: no space, and no hyphen between letters (an infix it splits)."""
    return bool(word) and not any(c.isspace() for c in word) and "-" not in word.strip("-")
