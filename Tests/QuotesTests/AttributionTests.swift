import Testing
import WirefleetExtraction

// MARK: - Attribution

@Suite struct AttributionTests {
    @Test func saidAfterAndBefore() {
        let body = """
        Farmers blocked the motorway. “We cannot sell below the cost of production,” Piet de Vries said.

        Agriculture commissioner Karin Holm said on Monday that the subsidies were “fair to every member state”.
        """
        let q = quotes(body, [person("Piet de Vries"), person("Karin Holm")])
        #expect(q.map(\.speaker) == ["Piet de Vries", "Karin Holm"])
        #expect(q.map(\.cue) == ["said", "said"])
    }

    @Test func aSpeakerLabelInATranscriptIsTheSpeaker() {
        let body = """
        Interview

        Reporter: “Is the budget finished at last?”

        Brodarić: “No, I will not resign, and I will tell you why.”

        Ines Vadura: “We will see who is right in the spring.”
        """
        let q = Extractor().all(in: body).quotes
        #expect(q.map(\.speaker) == [nil, "Brodarić", "Ines Vadura"])
    }

    /// "X called Y “…”": a naming verb with a name as its object, right before the quote.
    @Test func aNamingVerbWithANameBeforeTheQuote() {
        let body = """
        Minister Tobias Brandt called Kazakhstan “part of plan A, not a plan B” for energy security.

        Senator Ruth Kellerman branded Governor Alan Pike “a danger to the state”.
        """
        let q = Extractor().all(in: body).quotes
        #expect(q.map(\.speaker) == ["Tobias Brandt", "Ruth Kellerman"])
    }

    /// A French or German quotation inside an English article, with its own verb of saying.
    @Test func frenchAndGermanVerbsOfSaying() {
        let body = """
        PARIS — President Élise Marchand a déclaré mardi : « Nous ne céderons pas. »

        «Ce n’est pas acceptable», a affirmé Camille Roux.

        „Das ist ein schwerer Tag“, sagte Daniela Brenner.
        """
        let q = Extractor().all(in: body).quotes
        #expect(q.map(\.speaker) == ["Élise Marchand", "Camille Roux", "Daniela Brenner"])
    }

    /// "said lead author Dr. Sarah Chen": lower-case words describing the speaker between
    /// the verb and the name.
    @Test func aDescriptionBetweenTheVerbAndTheName() {
        let body = """
        The findings were published on Wednesday. “This is a big step for the field,” said lead author Dr. Sarah Chen.

        “We will need more data before anyone can be sure,” said study co-author Tom Reyes.
        """
        let q = Extractor().all(in: body).quotes
        #expect(q.map(\.speaker) == ["Sarah Chen", "Tom Reyes"])
    }

    /// An anonymous official of a body is not the body: the text does not say who spoke.
    /// A named person who asked not to be named in full is still that person.
    @Test func anAnonymousOfficialIsNotTheBody() {
        let body = """
        An official at the Ministry of Energy and Mines, speaking on condition of anonymity, said the ruling “freezes at least three other projects in the valley”.

        “The finance ministry was the price of the deal,” said one senior Fidesta official, who asked not to be named.

        A spokesperson for the Ministry of Energy and Mines said the ruling “will be studied carefully by our lawyers”.

        Riverside Athletic denied wrongdoing. A source close to the club told Insider: “Everyone in the dressing room knew.”
        """
        let q = Extractor().all(in: body).quotes
        #expect(q.map(\.speaker) == [nil, nil, "Ministry of Energy and Mines", nil])
    }

    @Test func aPartyAndStateLabelBetweenTheNameAndTheVerb() {
        let body = """
        Senate leader Dale Morrow, D-N.Y., said the deal "keeps the lights on." House leader Ana Pruitt, R-La., \
        called it "a responsible step for now."
        """
        let r = Extractor().all(in: body)
        #expect(r.quotes.map(\.speaker) == ["Dale Morrow", "Ana Pruitt"])
        #expect(!r.entities.contains { $0.text.hasPrefix("D-") || $0.text.hasPrefix("R-") })
    }

    @Test func aReportingSentenceBetweenTwoQuotesNamesTheSecondSpeaker() {
        let body = """
        “We have an agreement,” council chair Tomas Ekdahl told reporters.

        The fund will be paid out over three years. Finance minister Sofia Lind said the first payments would come soon. “The money should reach towns before the spring floods.”
        """
        let q = quotes(body, [person("Tomas Ekdahl"), person("Sofia Lind")])
        #expect(q.map(\.speaker) == ["Tomas Ekdahl", "Sofia Lind"])   // not the previous quote's speaker
    }

    @Test func aDashAfterTheQuoteNamesTheSpeaker() {
        let body = """
        The year in words

        “We will rebuild every school by autumn.” – Education Minister Rasa Vilkaite, in March.

        “Our members have waited long enough.” – Orvel Union.
        """
        let q = quotes(body, [person("Rasa Vilkaite"), org("Orvel Union")])
        #expect(q.map(\.speaker) == ["Rasa Vilkaite", "Orvel Union"])
        // The dash comes before a cue later in the line, and the name may follow a comma.
        let later = """
        “We never sold your data.” – Corvane chief executive Ilse Marsh, weeks before the company agreed to pay.

        “Taxes will fall.” – Chile's president-elect, Tomas Rivas.
        """
        let r = quotes(later, [org("Corvane"), person("Ilse Marsh"), person("Tomas Rivas"), place("Chile")])
        #expect(r.map(\.speaker) == ["Ilse Marsh", "Tomas Rivas"])
    }

    @Test func aPersonOfABodySpeaksNotTheBody() {
        let body = "In Manila, Teodoro Amparo of the Department of Fisheries said: “Every boat is accounted for.”"
        let q = quotes(body, [person("Teodoro Amparo"), org("Department of Fisheries"), place("Manila")])
        #expect(q.first?.speaker == "Teodoro Amparo")
    }

    @Test func aQuoteEndingItsSentenceDoesNotTakeTheNextSentencesCue() {
        let body = "Chief executive Arnon Sukjai said: “We regret the damage downstream.” Lawyers for the farmers said they would sue."
        let q = quotes(body, [person("Arnon Sukjai")])
        #expect(q.first?.speaker == "Arnon Sukjai")
    }

    @Test func aSecondQuoteInTheSentenceOfTheFirstHasItsSpeaker() {
        let body = "Minister Lien Tran said Hanoi wanted “full and immediate access” to the data so that farmers “are never caught out again.” Officials in Vientiane did not reply."
        let q = quotes(body, [person("Lien Tran")])
        #expect(q.map(\.speaker) == ["Lien Tran", "Lien Tran"])
    }

    @Test func theAssociationSaidNamesTheAssociationLastNamed() {
        let body = "The Harbour Pilots Association said it would review the footage. “Any pilot found responsible will be suspended,” the association said."
        let q = quotes(body, [org("Harbour Pilots Association")])
        #expect(q.first?.speaker == "Harbour Pilots Association")
    }

    @Test func coordinatedVerbsPossessiveRolesDeclaredAndInTheWordsOf() {
        let body = """
        Mira Saltov welcomed the committee but repeated that returns must be “safe and voluntary”.

        “We have more fires than crews,” said its spokesperson, Remi Castel, on Monday.

        « We will not hand the port to robots », declared Amadou Sarr, the union leader.

        The regulator cleared the deal, leaving buyers with, in the words of its chair, Joan Kiprop, “three networks instead of four”.
        """
        let q = quotes(body, [person("Mira Saltov"), person("Remi Castel"), person("Amadou Sarr"), person("Joan Kiprop")])
        #expect(q.map(\.speaker) == ["Mira Saltov", "Remi Castel", "Amadou Sarr", "Joan Kiprop"])
    }

    @Test func inversionWithApposition() {
        let body = "“The storm caught everyone off guard,” said Peter Lindqvist, a coastguard officer in Malmo."
        let q = quotes(body, [person("Peter Lindqvist"), place("Malmo")])
        #expect(q.first?.speaker == "Peter Lindqvist")
        #expect(q.first?.speakerMention?.text == "Peter Lindqvist")
    }

    @Test func quoteSplitByAttribution() {
        let body = "Maria Keller runs the shelter. “We have enough water for three days,” she said, " +
            "“but after that we will need trucks.”"
        let q = quotes(body, [person("Maria Keller")])
        #expect(q.map(\.text) == ["We have enough water for three days,", "but after that we will need trucks."])
        #expect(q.map(\.speaker) == ["Maria Keller", "Maria Keller"])
    }

    @Test func toldReportersNamesTheSpeakerNotTheAudience() {
        let body = "“Prices will keep rising until the spring,” Lena Fox told Reuters on Thursday."
        let q = quotes(body, [person("Lena Fox"), org("Reuters")])
        #expect(q.first?.speaker == "Lena Fox")
        #expect(q.first?.cue == "told")
    }

    @Test func pronounResolvedByGender() {
        let body = """
        Finance minister Anna Berg met John Weller, the central bank governor, on Monday.

        “Taxes will not rise this year, whatever the markets think,” she said.
        """
        let q = quotes(body, [person("Anna Berg", "Berg"), person("John Weller", "Weller")])
        #expect(q.first?.speaker == "Anna Berg")
        #expect(q.first?.speakerMention?.text == "she")
    }

    @Test func pronounFollowsThePreviousSpeaker() {
        let body = """
        Coach Tom Harris praised the squad after the final. “They never gave up, not for one minute,” Harris said.

        The club's owner, Victor Lang, watched from the stands with his family.

        “It was the best night of my career,” he added.
        """
        let q = quotes(body, [person("Tom Harris", "Harris"), person("Victor Lang")])
        #expect(q.map(\.speaker) == ["Tom Harris", "Tom Harris"])
    }

    @Test func roleDescriptionResolvedThroughApposition() {
        let body = """
        Alexander Novak, the energy minister, spoke to parliament on Tuesday. Sarah Cole, an opposition MP, \
        asked about winter reserves.

        “Gas supplies are secure for the whole heating season,” the energy minister said.
        """
        let q = quotes(body, [person("Alexander Novak", "Novak"), person("Sarah Cole")])
        #expect(q.first?.speaker == "Alexander Novak")
        #expect(q.first?.speakerMention?.text == "the energy minister")
    }

    @Test func roleTitleBeforeTheName() {
        let body = """
        NATO chief Mark Olsen and Finnish President Aino Virtanen met in Helsinki.

        “No ally will be left alone in this crisis,” the NATO chief told journalists.
        """
        let q = quotes(body, [person("Mark Olsen"), person("Aino Virtanen"), org("NATO"), place("Helsinki")])
        #expect(q.first?.speaker == "Mark Olsen")
    }

    @Test func organisationAsSpeaker() {
        let body = """
        The Health Ministry extended the programme to schools.

        “The vaccine is safe for children over five years old,” the ministry said in a statement.
        """
        let q = quotes(body, [org("Health Ministry")])
        #expect(q.first?.speaker == "Health Ministry")
    }

    @Test func accordingTo() {
        let body = "Output fell sharply, “by almost a third in the last quarter alone”, according to Nordia Steel."
        let q = quotes(body, [org("Nordia Steel")])
        #expect(q.first?.speaker == "Nordia Steel")
        #expect(q.first?.cue == "according to")
    }

    @Test func colonAttribution() {
        let body = "Greta Lund: “We expected far more voters to turn up today.”"
        let q = quotes(body, [person("Greta Lund")])
        #expect(q.first?.speaker == "Greta Lund")
    }

    @Test func followOnParagraphKeepsTheSpeaker() {
        let body = """
        “We are ready for the final,” coach Tom Harris said.

        “The players have trained all summer for this one match.”
        """
        let q = quotes(body, [person("Tom Harris")])
        #expect(q.map(\.speaker) == ["Tom Harris", "Tom Harris"])
    }

    @Test func wroteOnTelegram() {
        let body = "“The convoy has crossed the river without losses,” regional governor Oleh Bondar wrote on Telegram."
        let q = quotes(body, [person("Oleh Bondar"), org("Telegram")])
        #expect(q.first?.speaker == "Oleh Bondar")
        #expect(q.first?.cue == "wrote")
    }

    @Test func quotationHeadlineTakesTheBodySpeaker() {
        let body = """
        "We will never surrender this city" - mayor

        The mayor spoke to residents on Sunday. "We will never surrender this city to anyone," said Mayor Ivan Kovalenko.
        """
        let q = quotes(body, [person("Ivan Kovalenko")])
        #expect(q.map(\.speaker) == ["Ivan Kovalenko", "Ivan Kovalenko"])
    }

    @Test func unattributedQuoteStaysNil() {
        let body = "A sign on the door read “Closed until further notice, sorry for the trouble.”"
        let q = quotes(body, [])
        #expect(q.count == 1)
        #expect(q.first?.speaker == nil)
    }

    @Test func mentionsFromTheTaggerAreUsed() {
        let body = "“We need more buses on the night routes,” Okafor said."
        let start = Array(body.unicodeScalars).count - 12
        let e = Entity(text: "Chidi Okafor", type: .person, aliases: ["Okafor"],
                       mentions: [Mention(start: start, end: start + 6, text: "Okafor")])
        let q = quotes(body, [e])
        #expect(q.first?.speaker == "Chidi Okafor")
        #expect(q.first?.speakerMention == Mention(start: start, end: start + 6, text: "Okafor"))
    }
}

// MARK: - Descriptors, indefinite roles, sentence subjects

@Suite struct AttributionDescriptorTests {
    @Test func inversionPastADescriptor() {
        let body = "'The buses never come on time any more,' said pensioner Edith Clarke, who lives nearby."
        let q = quotes(body, [person("Edith Clarke")])
        #expect(q.first?.speaker == "Edith Clarke")
        #expect(q.first?.speakerMention?.text == "Edith Clarke")
    }

    @Test func inversionWithRoleThenName() {
        let body = "“Demand has never been stronger,” said the company's chief executive, Maya Lindgren."
        let q = quotes(body, [person("Maya Lindgren")])
        #expect(q.first?.speaker == "Maya Lindgren")
    }

    @Test func indefiniteSpokesmanIsNotThePreviousSpeaker() {
        let body = """
        “We will not pay,” Governor Paul Reyes said on Monday.

        A Treasury spokesman said: “The figures speak for themselves and the deadline stands.”
        """
        let q = quotes(body, [person("Paul Reyes"), org("Treasury")])
        #expect(q.map(\.speaker) == ["Paul Reyes", "Treasury"])
    }

    @Test func pronounPrefersTheSentenceSubjectJustIntroduced() {
        let body = """
        “The verdict is a disgrace,” said defence lawyer Ruth Adler.

        Prosecutor Helen Ward struck a different tone outside the court.

        “Justice has been done for the families today,” she said.
        """
        let q = quotes(body, [person("Ruth Adler"), person("Helen Ward")])
        #expect(q.map(\.speaker) == ["Ruth Adler", "Helen Ward"])
    }

    @Test func questionWithAskedInversion() {
        let body = "\"Who will pay for the repairs now?\" asked Councillor Ben Idris at the meeting."
        let q = quotes(body, [person("Ben Idris")])
        #expect(q.first?.speaker == "Ben Idris")
        #expect(q.first?.cue == "asked")
    }
}

// MARK: - Discourse and organisations

@Suite struct AttributionDiscourseTests {
    @Test func quotedParagraphAfterReportedSpeech() {
        let body = """
        Opposition leader Marta Kowal said the budget would push thousands into poverty.

        “This is a budget for the few, not for the many who work hard every day.”
        """
        let q = quotes(body, [person("Marta Kowal")])
        #expect(q.first?.speaker == "Marta Kowal")
    }

    @Test func genericCompanyNounTakesTheLastOrganisation() {
        let body = """
        Shares in Brightwave Energy fell 12% on Wednesday after a profit warning.

        “Trading conditions remain very difficult in all our markets,” the company said.
        """
        let q = quotes(body, [org("Brightwave Energy")])
        #expect(q.first?.speaker == "Brightwave Energy")
    }

    @Test func possessiveOwnerIsNotTheSpeaker() {
        let body = "“There is nothing to add to what was said,” said Novak's spokesman Ilya Petrenko."
        let q = quotes(body, [person("Anton Novak", "Novak"), person("Ilya Petrenko")])
        #expect(q.first?.speaker == "Ilya Petrenko")
    }
}

// MARK: - Appositions and audiences

@Suite struct AttributionAppositionTests {
    @Test func appositionBetweenNameAndVerb() {
        let body = "A spokesman, Nikos Alexiou, told state broadcaster ERT: \"The sea was far too rough for small boats.\""
        let q = quotes(body, [person("Nikos Alexiou"), org("ERT")])
        #expect(q.first?.speaker == "Nikos Alexiou")
    }

    @Test func ageAndOriginApposition() {
        let body = "Ahmed Yusuf, 19, from Aleppo, said: 'We waited on the deck for help that never came.'"
        let q = quotes(body, [person("Ahmed Yusuf")])
        #expect(q.first?.speaker == "Ahmed Yusuf")
    }

    @Test func aBodyInTheAppositionDescribesTheSubjectWhoSpeaks() {
        let body = """
        Harbour Crane Services, a subsidiary of Rotterdam-based Vellinga Holdings, said in a statement that \
        "no crane operator will be dismissed because of the automation" and that staff would be retrained.

        Kessler Mining, one of the three bidders, said the tender was "rushed and badly drafted".
        """
        let q = quotes(body, [org("Harbour Crane Services"), org("Vellinga Holdings"), org("Kessler Mining")])
        #expect(q.map(\.speaker) == ["Harbour Crane Services", "Kessler Mining"])
    }

    @Test func aPersonOfABodyInTheSubjectSpeaksNotTheBody() {
        let body = """
        The lead author, Ingrid Solheim of the Nordic Institute for Ocean Research, described the finding at a \
        news conference: "It is as if the sea itself had changed its mind overnight."
        """
        let q = quotes(body, [person("Ingrid Solheim"), org("Nordic Institute for Ocean Research")])
        #expect(q.first?.speaker == "Ingrid Solheim")
    }

    @Test func aBodyInARelativeClauseDescribesTheSubjectWhoSpeaks() {
        let body = "Kessler Mining, which lost the tender to Vellinga Holdings, said the award was \"rushed and badly drafted\"."
        let q = quotes(body, [org("Kessler Mining"), org("Vellinga Holdings")])
        #expect(q.first?.speaker == "Kessler Mining")
    }

    @Test func aPersonInTheAppositionDescribesTheSubjectWhoSpeaks() {
        let body = """
        Tom Calder was convicted on Monday.

        Martin Oyelaran, counsel for Calder, said: "We accept the jury's decision but we intend to appeal it."

        Unlike Kessler Mining, rival bidder Vellinga Holdings, said the award was "fair and well run".
        """
        let q = quotes(body, [person("Tom Calder", "Calder"), person("Martin Oyelaran"), org("Kessler Mining"), org("Vellinga Holdings")])
        #expect(q.map(\.speaker) == ["Martin Oyelaran", "Vellinga Holdings"])
    }

    @Test func aClauseOfItsOwnAfterTheQuoteDoesNotTakeIt() {
        let body = """
        Grace Mbeki, who leads on housing at Harrow Borough Council, had promised that every family \
        "will have a roof before winter", and the council says 40 homes are now ready.
        """
        let q = quotes(body, [person("Grace Mbeki"), org("Harrow Borough Council")])
        #expect(q.first?.speaker == "Grace Mbeki")
    }

    @Test func aRolePhraseBeforeARelativeClauseIsTheSubject() {
        let body = """
        Prosecutors charged three managers of Vale Rosa Mineração on Tuesday. The company, which paid R$ 2 billion \
        to the state of Bahia in a 2021 settlement, said in a statement that it “has always acted within the law.”

        Regulators fined Hollis Coachworks in March. In a statement, the company, which employs about 900 people, \
        said its buses were “among the safest on the road.”
        """
        let q = quotes(body, [org("Vale Rosa Mineração"), org("Hollis Coachworks")])
        #expect(q.map(\.speaker) == ["Vale Rosa Mineração", "Hollis Coachworks"])
    }

    @Test func blamingAndCallingCarryTheQuote() {
        let body = """
        Mekhong Hydro, which runs the dam, has blamed “a mechanical fault in the third spillway gate” for the release.

        Velobond welcomed the vote, calling the plan “a serious step toward a city built around people.”
        """
        let q = quotes(body, [org("Mekhong Hydro"), org("Velobond")])
        #expect(q.map(\.speaker) == ["Mekhong Hydro", "Velobond"])
    }

    @Test func theCompanyIsABusinessNotTheCourtNamedLast() {
        let body = """
        Larkspur Mining Corp. shares fell 12% on Tuesday after the Supreme Court of Chile revoked its permit.

        The company said it respected the ruling and would "study it carefully with its lawyers".
        """
        let q = quotes(body, [org("Larkspur Mining Corp."), org("Supreme Court of Chile")])
        #expect(q.first?.speaker == "Larkspur Mining Corp.")
    }

    @Test func aPersonOfABodyWithADescriptionOrAnAcronymSpeaksNotTheBody() {
        let body = """
        Amadou Ndiaye of Dakar incident-response firm Sahel Shield, which is helping the agency, told local media \
        the intruders "got in through an old account that nobody had closed."

        Across the border, Ibrahim Kone of the Conseil du Coton et de la Soie (CCS) told the newspaper: \
        « Nous n'avons reçu aucune demande officielle des autorités ».

        Ricardo Mendoza of the San Rafael vine growers' union said the credit was "a first step" towards recovery.
        """
        let q = quotes(body, [person("Amadou Ndiaye"), org("Sahel Shield"), person("Ibrahim Kone"),
                              org("Conseil du Coton et de la Soie", "CCS"), person("Ricardo Mendoza")])
        #expect(q.map(\.speaker) == ["Amadou Ndiaye", "Ibrahim Kone", "Ricardo Mendoza"])
    }

    @Test func theCompanyIsTheBodyDescribedAsOneBeforeIt() {
        let body = """
        The blast happened at a smelter run by Sulindo Nickel Raya, a Chinese-controlled company. Nickel prices on \
        the London Metal Exchange rose for the week.

        The company said it was "cooperating fully with the authorities". Veltana Resources, an unrelated company, \
        was not involved.
        """
        let q = quotes(body, [org("Sulindo Nickel Raya"), org("London Metal Exchange"), org("Veltana Resources")])
        #expect(q.first?.speaker == "Sulindo Nickel Raya")
    }

    @Test func aColonAfterTheSubjectsClauseIntroducesTheSubjectsWords() {
        let body = """
        Vantrell chief: "We take full responsibility for the delay"

        Teacher Claire Whitmore, who was in the cabin with eight pupils, praised their behaviour: "The children \
        were incredible, they sang all night."

        Minister Cheikh Diouf has been firm: « L'État ne paiera pas de rançon ».

        The question for the council is simple: "Who pays for the repairs next year?"
        """
        let q = quotes(body, [org("Vantrell"), person("Claire Whitmore"), person("Cheikh Diouf")])
        #expect(q.map(\.speaker) == [nil, "Claire Whitmore", "Cheikh Diouf", nil])
    }

    @Test func thePersonOfABodyIsTheEarlierSpeechSubject() {
        let body = """
        Amadou Ndiaye of Dakar security firm Sahel Shield, the firm helping the agency rebuild, says the lesson is simple. \
        « Every agency should check today who still has remote access to its systems. »
        """
        let q = quotes(body, [person("Amadou Ndiaye"), org("Sahel Shield")])
        #expect(q.first?.speaker == "Amadou Ndiaye")
    }

    @Test func aSecondCueWithoutItsOwnSubjectKeepsTheSentencesSpeaker() {
        let body = """
        Covanta's president, Hector Ruiz, met the growers at midday. He told them the cooperative had filed \
        "to protect the growers, not the directors" and repeated that every member would be paid "down to the last peso".
        """
        let q = quotes(body, [person("Hector Ruiz"), org("Covanta")])
        #expect(q.map(\.speaker) == ["Hector Ruiz", "Hector Ruiz"])
    }

    @Test func aParticipleAfterACommaTakesTheMainClausesSubject() {
        let body = """
        On Tuesday, Attorney General Rachel Lindgren sued Northway Plastics Co. on behalf of the state, arguing \
        that families "did not choose to drink this water" and should not pay for the cleanup.
        """
        let q = quotes(body, [person("Rachel Lindgren"), org("Northway Plastics Co.")])
        #expect(q.first?.speaker == "Rachel Lindgren")
    }

    @Test func aRolePhrasesModifierPicksTheBodyNamedByIt() {
        let body = """
        Teachers marched on the Public Education Ministry on Monday. Talks at the Interior Ministry broke off late \
        on Tuesday. “The door to dialogue remains open, but children cannot lose more school days,” the education \
        ministry said in a statement.
        """
        let q = quotes(body, [org("Public Education Ministry"), org("Interior Ministry")])
        #expect(q.first?.speaker == "Public Education Ministry")
    }

    @Test func headlineWithAnUnnamedCueTakesTheBodySpeaker() {
        let body = """
        'We were left to die': survivors describe the night at sea

        Omar Saleh said the crew had fled first. 'They took the boat and we were left to die there,' he said.
        """
        let q = quotes(body, [person("Omar Saleh")])
        #expect(q.map(\.speaker) == ["Omar Saleh", "Omar Saleh"])
    }
}

// MARK: - Unnamed speakers

@Suite struct UnnamedSpeakerTests {
    @Test func oneWitnessIsNobodyNamed() {
        let body = """
        “The offer is final,” council leader Ana Lopez said.

        “Stop lying to us,” one woman shouted from the back of the hall.
        """
        let q = quotes(body, [person("Ana Lopez")])
        #expect(q.map(\.speaker) == ["Ana Lopez", nil])
    }
}

// MARK: - Colon after a verb's object

@Suite struct ColonObjectTests {
    @Test func audienceBeforeTheColonIsNotTheSpeaker() {
        // The speaker's name is unknown to the tagger here: better no speaker than the audience.
        let body = "A spokesman told state broadcaster ERT: \"The sea was far too rough for small boats.\""
        let q = quotes(body, [org("ERT")])
        #expect(q.first?.speaker == nil)
    }
}

// MARK: - Wire phrasings

@Suite struct WirePhrasingTests {
    @Test func quotedAsSaying() {
        let body = "Defence minister Pavel Orlov was quoted as saying the drills were “purely defensive in nature”."
        let q = quotes(body, [person("Pavel Orlov")])
        #expect(q.first?.speaker == "Pavel Orlov")
    }

    @Test func dashBeforeTheAttribution() {
        let body = "“Nothing has been decided about the border yet” — said Orlov's deputy, Irina Sokolova."
        let q = quotes(body, [person("Pavel Orlov", "Orlov"), person("Irina Sokolova")])
        #expect(q.first?.speaker == "Irina Sokolova")
    }

    @Test func organisationAfterAccordingToAStatement() {
        let body = "“All flights will resume on Monday morning,” according to a statement from Baltic Air."
        let q = quotes(body, [org("Baltic Air")])
        #expect(q.first?.speaker == "Baltic Air")
    }

    /// "in the words of X" names the speaker after it, as "according to" does, not the
    /// body the sentence before was about; "likened it to" carries a quote.
    @Test func inTheWordsOfAndLikened() {
        let body = "The Harbour Tribunal said the port had ignored its orders; in the words of Judge Oona Breck, " +
            "\"The harbour is not a car park.\"\n\nLead author Tavi Renko of the Corran Observatory likened it to " +
            "hearing \"a clock ticking in the dark.\""
        let q = quotes(body, [org("Harbour Tribunal"), org("Corran Observatory"), person("Oona Breck"), person("Tavi Renko")])
        #expect(q.map(\.speaker) == ["Oona Breck", "Tavi Renko"])
    }

    /// A quoted sentence after a sentence reporting speech in its paragraph is that
    /// speaker's, also when the reporting sentence names a role or uses a pronoun.
    @Test func aQuoteAfterReportedSpeechByARoleOrAPronoun() {
        let body = "Justice Mara Quell rejected the claims on Thursday.\n\n" +
            "Critics of the Harbour Board had demanded an audit of the software.\n\n" +
            "The judge said the greater danger came from false information. “Rumours are the real threat.”\n\n" +
            "Oren Vask, a harbour pilot, was at the hearing.\n\n" +
            "He said the ruling came too late. “We lost a season.”"
        let q = quotes(body, [org("Harbour Board"), person("Mara Quell"), person("Oren Vask")])
        #expect(q.map(\.speaker) == ["Mara Quell", "Oren Vask"])
    }

    /// A colon a few words before the quote, after the subject's own clause: the subject's
    /// words; a sentence opened by no name gets none ("The rule is simple: ships must “…”").
    @Test func aColonAFewWordsBeforeTheQuote() {
        let body = "Canal chief Ernesto Valdi has framed the choice bluntly: the canal must “keep the water for the towns” first.\n\n" +
            "The rule is simple: ships must “wait their turn”."
        let q = quotes(body, [person("Ernesto Valdi")])
        #expect(q.first?.speaker == "Ernesto Valdi")
        #expect(!q.contains { $0.text.contains("wait their turn") && $0.speaker != nil })
    }

    @Test func aNationalityNounIsThePersonJustWrittenAbout() {
        let body = "Arsenal lost at Manchester City, where Pep Guardiola was full of praise for his side. " +
            "“This is the best we have played all season,” the Spaniard said."
        let q = quotes(body, [org("Arsenal"), org("Manchester City"), person("Pep Guardiola")])
        #expect(q.map(\.speaker) == ["Pep Guardiola"])
    }
}
