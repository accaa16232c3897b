import Testing
@testable import WirefleetEntities
import WirefleetText

/// Wire-style paragraphs written for the project (Reuters/AP/BBC/Guardian/local news,
/// sport, business, courts, with page furniture), annotated by hand under
/// GUIDELINES.md, scored at document level like `score.py` (text, aliases and
/// mentions against the expected names, typed), and run again through web noise.
@Suite struct WireStyleParagraphTests {
    /// A paragraph and the entities a reader annotates in it (text, type, aliases).
    struct Case: Sendable {
        let body: String
        let expected: [(String, EntityType, [String])]
    }

    static let cases: [Case] = [
        Case(body: "By Jane Doe, Reuters\nLONDON (Reuters) - Shares in Nvidia rose 4% on Tuesday after the chipmaker said demand from OpenAI and Microsoft remained strong. Analysts at Goldman Sachs raised their target.\nReporting by Tom Wilson; Editing by Mark Potter",
             expected: [("Jane Doe", .person, []), ("Reuters", .organization, []), ("London", .location, ["LONDON"]), ("Nvidia", .organization, []), ("OpenAI", .organization, []), ("Microsoft", .organization, []), ("Goldman Sachs", .organization, []), ("Tom Wilson", .person, []), ("Mark Potter", .person, [])]),
        Case(body: "Police have appealed for witnesses after a man was stabbed in Croydon on Saturday night. Anyone with information should call Crimestoppers anonymously.\nPhoto: Getty Images\nFollow us on Twitter",
             expected: [("Croydon", .location, []), ("Crimestoppers", .organization, []), ("Getty Images", .organization, []), ("Twitter", .organization, [])]),
        Case(body: "Germany will send Leopard tanks to Ukraine, Chancellor Olaf Scholz announced. Zelensky thanked Berlin, and Volodymyr Zelenskyy later said the decision would save lives.",
             expected: [("Germany", .location, []), ("Ukraine", .location, []), ("Olaf Scholz", .person, []), ("Volodymyr Zelenskyy", .person, ["Zelensky"]), ("Berlin", .location, [])]),
        Case(body: "The patient was taken to St Thomas' Hospital in central London, a spokesperson for the Metropolitan Police said. The hospital is run by Guy's and St Thomas' NHS Foundation Trust.",
             expected: [("St Thomas' Hospital", .organization, []), ("London", .location, []), ("Metropolitan Police", .organization, []), ("Guy's and St Thomas' NHS Foundation Trust", .organization, [])]),
        Case(body: "Hamas and Hezbollah condemned the strike, while Israel said it had targeted a weapons depot near Beirut. The Wagner group has not commented.",
             expected: [("Hamas", .organization, []), ("Hezbollah", .organization, []), ("Israel", .location, []), ("Beirut", .location, []), ("Wagner", .organization, [])]),
        Case(body: "European Commission President Ursula von der Leyen met Saudi Crown Prince Mohammed bin Salman in Riyadh on Monday. Von der Leyen said talks were \"constructive and frank\".",
             expected: [("European Commission", .organization, []), ("Ursula von der Leyen", .person, ["Von der Leyen"]), ("Mohammed bin Salman", .person, []), ("Riyadh", .location, [])]),
        Case(body: "Harry Potter author J.K. Rowling has criticised the BBC over its coverage. Rowling, who lives in Edinburgh, wrote on X that the broadcaster had misrepresented her views.",
             expected: [("J.K. Rowling", .person, ["Rowling"]), ("BBC", .organization, []), ("Edinburgh", .location, []), ("X", .organization, [])]),
        Case(body: "Manchester United came from behind to beat Arsenal 2-1 at Old Trafford on Sunday. Marcus Rashford scored the winner, and manager Erik ten Hag said his side \"showed real character\".",
             expected: [("Manchester United", .organization, []), ("Arsenal", .organization, []), ("Old Trafford", .location, []), ("Marcus Rashford", .person, []), ("Erik ten Hag", .person, [])]),
        Case(body: "LeBron James scored 31 points as the Lakers beat the Boston Celtics 118-110 in Los Angeles. James said afterwards that the team was finally healthy.",
             expected: [("LeBron James", .person, ["James"]), ("Lakers", .organization, []), ("Boston Celtics", .organization, []), ("Los Angeles", .location, [])]),
        Case(body: "At least 12 people died when floods swept through Rio de Janeiro state, officials said. In Port-au-Prince, aid workers from the Red Cross warned of cholera.",
             expected: [("Rio de Janeiro", .location, []), ("Port-au-Prince", .location, []), ("Red Cross", .organization, [])]),
        Case(body: "Apple unveiled the iPhone 16 on Monday at its headquarters in Cupertino, California. Chief executive Tim Cook said the device was built for artificial intelligence. Rival Samsung shares fell 2%.",
             expected: [("Apple", .organization, []), ("Cupertino", .location, []), ("California", .location, []), ("Tim Cook", .person, []), ("Samsung", .organization, [])]),
        Case(body: "A Sydney man has been charged over a crash on the Pacific Highway that left two people injured, NSW Police said. Detective Inspector Sarah Collins told reporters the driver was over the limit.",
             expected: [("Sydney", .location, []), ("Pacific Highway", .location, []), ("NSW Police", .organization, []), ("Sarah Collins", .person, [])]),
        Case(body: "Advertisement\nRelated: Gazprom cuts supplies to Europe\nGazprom, the Russian state energy giant, said on Wednesday it would halt flows through the Nord Stream pipeline for maintenance. The Kremlin blamed sanctions.",
             expected: [("Gazprom", .organization, []), ("Europe", .location, []), ("Kremlin", .organization, [])]),
        Case(body: "We use cookies to improve your experience. Accept all cookies\nThe Supreme Court on Thursday agreed to hear a challenge brought by Texas against the Biden administration. Justice Sonia Sotomayor dissented.",
             expected: [("Supreme Court", .organization, []), ("Texas", .location, []), ("Biden", .person, []), ("Sonia Sotomayor", .person, [])]),
        Case(body: "Comments\nJohn Smith 3 hours ago\nThis is a disgrace. Where was the council?\nMary O'Brien 2 hours ago\nTotally agree with John.",
             expected: [("John Smith", .person, ["John"]), ("Mary O'Brien", .person, [])]),
        Case(body: "Mr Okonkwo, 54, told the court in Lagos that he had never met the accused. Prosecutors from the Economic and Financial Crimes Commission said they would appeal.",
             expected: [("Okonkwo", .person, []), ("Lagos", .location, []), ("Economic and Financial Crimes Commission", .organization, [])]),
        Case(body: "Tesla chief executive Elon Musk said on Tuesday that the company would build a new factory near Monterrey, Mexico. Musk also owns SpaceX and the social media platform X.",
             expected: [("Tesla", .organization, []), ("Elon Musk", .person, ["Musk"]), ("Monterrey", .location, []), ("Mexico", .location, []), ("SpaceX", .organization, []), ("X", .organization, [])]),
        Case(body: "Read more\nAl Jazeera's correspondent in Doha, Hashem Ahelbarra, said negotiators from Qatar and Egypt were pushing for a ceasefire. CNN reported that the CIA director had joined the talks.",
             expected: [("Al Jazeera", .organization, []), ("Doha", .location, []), ("Hashem Ahelbarra", .person, []), ("Qatar", .location, []), ("Egypt", .location, []), ("CNN", .organization, []), ("CIA", .organization, [])]),
        Case(body: "Ms Patel, a former home secretary, said the Conservative Party had lost touch with voters. Labour leader Keir Starmer accused the government of complacency.",
             expected: [("Patel", .person, []), ("Conservative Party", .organization, []), ("Labour", .organization, []), ("Keir Starmer", .person, [])]),
        Case(body: "CHINA'S EXPORTS FALL FOR THIRD MONTH\nExports from China fell 6.2% in August, customs data showed on Thursday, as demand from the United States and the European Union weakened.",
             expected: [("China", .location, ["CHINA"]), ("United States", .location, []), ("European Union", .organization, [])]),
        Case(body: "The World Health Organization warned on Friday that measles cases had doubled in Europe. Dr Hans Kluge, the WHO's regional director, urged parents to vaccinate children.",
             expected: [("World Health Organization", .organization, ["WHO"]), ("Europe", .location, []), ("Hans Kluge", .person, [])]),
        Case(body: "Dozens of protesters gathered outside the Melbourne Magistrates' Court on Monday as the former Victorian premier appeared on charges. Victoria Police said three people were arrested.",
             expected: [("Melbourne Magistrates' Court", .organization, []), ("Victoria Police", .organization, [])]),
        Case(body: "Boeing shares slid after the Federal Aviation Administration grounded its 737 Max 9 jets. Alaska Airlines cancelled 160 flights, the Seattle-based carrier said.",
             expected: [("Boeing", .organization, []), ("Federal Aviation Administration", .organization, []), ("Alaska Airlines", .organization, [])]),
        Case(body: "Ukraine's military said Russian forces shelled Kharkiv overnight, killing two civilians. Regional governor Oleh Syniehubov said a residential building in the city centre was hit.",
             expected: [("Ukraine", .location, []), ("Kharkiv", .location, []), ("Oleh Syniehubov", .person, [])]),
        Case(body: "Sources close to Downing Street said the Prime Minister would not resign. Speaking in Birmingham, Chancellor Rachel Reeves insisted the budget was fair.",
             expected: [("Downing Street", .organization, []), ("Birmingham", .location, []), ("Rachel Reeves", .person, [])]),
        Case(body: "Amazon said it would cut 9,000 jobs, adding to 18,000 announced earlier. The Seattle company's chief executive, Andy Jassy, said in a memo that the cuts were difficult.",
             expected: [("Amazon", .organization, []), ("Seattle", .location, []), ("Andy Jassy", .person, [])]),
        Case(body: "Storms battered the east coast of Australia on Wednesday. Residents in Brisbane and along the Gold Coast were told to stay indoors, the Bureau of Meteorology said.",
             expected: [("Australia", .location, []), ("Brisbane", .location, []), ("Gold Coast", .location, []), ("Bureau of Meteorology", .organization, [])]),
        Case(body: "Novak Djokovic beat Carlos Alcaraz in straight sets to win at Wimbledon. The Serbian said afterwards: \"This one means a lot.\" Alcaraz, 21, congratulated him.",
             expected: [("Novak Djokovic", .person, []), ("Carlos Alcaraz", .person, ["Alcaraz"]), ("Wimbledon", .location, [])]),
        Case(body: "The New York Times reported that Google had agreed to pay $700 million to settle claims by US states. Alphabet, Google's parent company, declined to comment.",
             expected: [("The New York Times", .organization, []), ("Google", .organization, []), ("US", .location, []), ("Alphabet", .organization, [])]),
        Case(body: "Share this article\nMeanwhile, thousands marched through Paris against pension reform. President Emmanuel Macron said the changes were necessary. Interior Minister Gérald Darmanin praised the police.",
             expected: [("Paris", .location, []), ("Emmanuel Macron", .person, []), ("Gérald Darmanin", .person, [])]),
        Case(body: "Kenyan President William Ruto arrived in Nairobi from Washington, where he had met officials at the White House and the International Monetary Fund.",
             expected: [("William Ruto", .person, []), ("Nairobi", .location, []), ("Washington", .location, []), ("White House", .organization, []), ("International Monetary Fund", .organization, [])]),
        Case(body: "Several residents said they heard explosions. However, Turkish officials in Ankara denied that the military had crossed into Syria. Erdogan is due to visit Moscow next week.",
             expected: [("Ankara", .location, []), ("Syria", .location, []), ("Erdogan", .person, []), ("Moscow", .location, [])]),
        Case(body: "Meta, which owns Facebook and Instagram, was fined €1.2bn by Ireland's Data Protection Commission. A Meta spokesperson said the company would appeal.",
             expected: [("Meta", .organization, []), ("Facebook", .organization, []), ("Instagram", .organization, []), ("Ireland", .location, []), ("Data Protection Commission", .organization, [])]),
        Case(body: "Police in Ohio arrested a 19-year-old man in connection with the shooting at a Columbus shopping centre, Sheriff Dallas Baldwin said. Witnesses told WBNS-TV they saw a man running.",
             expected: [("Ohio", .location, []), ("Columbus", .location, []), ("Dallas Baldwin", .person, []), ("WBNS-TV", .organization, [])]),
        Case(body: "By Priya Sharma and Daniel Okafor, Associated Press\nWASHINGTON (AP) - The Justice Department sued Visa on Tuesday, accusing the payments giant of monopolising the debit card market. Attorney General Merrick Garland said consumers had paid billions in hidden fees.",
             expected: [("Priya Sharma", .person, []), ("Daniel Okafor", .person, []), ("Associated Press", .organization, ["AP"]), ("Washington", .location, ["WASHINGTON"]), ("Justice Department", .organization, []), ("Visa", .organization, []), ("Merrick Garland", .person, [])]),
        Case(body: "Wildfires forced thousands to flee their homes near Patras in western Greece, the fire brigade said. Firefighters were also battling blazes on the island of Evia.",
             expected: [("Patras", .location, []), ("Greece", .location, []), ("Evia", .location, [])]),
        Case(body: "The Zelenskiy government has asked Washington for more air defence systems. President Volodymyr Zelenskiy told reporters in Kyiv that Russia had fired 40 drones overnight. Zelenskyy's chief of staff, Andriy Yermak, said talks with the Pentagon were continuing.",
             expected: [("Volodymyr Zelenskiy", .person, ["Zelenskiy", "Zelenskyy"]), ("Washington", .location, []), ("Kyiv", .location, []), ("Russia", .location, []), ("Andriy Yermak", .person, []), ("Pentagon", .organization, [])]),
        Case(body: "Hundreds of mourners gathered at St Mary's Cathedral in Sydney for the funeral of former premier Bob Carr's mentor, Neville Wran. Archbishop Anthony Fisher led the service.",
             expected: [("St Mary's Cathedral", .location, []), ("Sydney", .location, []), ("Bob Carr", .person, []), ("Neville Wran", .person, []), ("Anthony Fisher", .person, [])]),
        Case(body: "Liverpool manager Arne Slot praised Mohamed Salah after the Egyptian scored twice against Brentford. Salah now has 15 goals this season, more than any player in the Premier League.",
             expected: [("Liverpool", .organization, []), ("Arne Slot", .person, []), ("Mohamed Salah", .person, ["Salah"]), ("Brentford", .organization, []), ("Premier League", .organization, [])]),
        Case(body: "Unilever shares jumped 5% after the consumer goods group said it would spin off its ice cream business, which includes Ben & Jerry's and Magnum. Chief executive Hein Schumacher said the move would simplify the company.",
             expected: [("Unilever", .organization, []), ("Ben & Jerry's", .organization, []), ("Magnum", .organization, []), ("Hein Schumacher", .person, [])]),
        Case(body: "A 34-year-old woman from Leeds was jailed for six years at Bradford Crown Court on Friday. Judge Richard Mansell KC told her the offences were \"calculated and cruel\". West Yorkshire Police welcomed the sentence.",
             expected: [("Leeds", .location, []), ("Bradford Crown Court", .organization, []), ("Richard Mansell", .person, []), ("West Yorkshire Police", .organization, [])]),
        Case(body: "Indian Prime Minister Narendra Modi arrived in Dhaka for talks with Bangladeshi leaders on water sharing from the Ganges. Modi's visit is his first since the fall of Sheikh Hasina.",
             expected: [("Narendra Modi", .person, ["Modi"]), ("Dhaka", .location, []), ("Ganges", .location, []), ("Sheikh Hasina", .person, [])]),
        Case(body: "Stocks on Wall Street closed higher after the Federal Reserve held interest rates steady. Fed chair Jerome Powell said inflation was easing. The S&P 500 rose 0.8%, while the Nasdaq gained 1.2%.",
             expected: [("Wall Street", .location, []), ("Federal Reserve", .organization, ["Fed"]), ("Jerome Powell", .person, []), ("Nasdaq", .organization, [])]),
        Case(body: "Tributes have been paid to Dame Judi Dench's co-star, who died aged 78. The actor, best known for roles with the Royal Shakespeare Company, had lived in Stratford-upon-Avon for decades.",
             expected: [("Judi Dench", .person, []), ("Royal Shakespeare Company", .organization, []), ("Stratford-upon-Avon", .location, [])]),
        Case(body: "Gunmen killed at least 20 villagers in Zamfara state, northern Nigeria, police spokesman Yazid Abubakar said. No group has claimed responsibility, but bandits are active in the region.",
             expected: [("Zamfara", .location, []), ("Nigeria", .location, []), ("Yazid Abubakar", .person, [])]),
        Case(body: "Microsoft-backed OpenAI is in talks to raise money at a $150 billion valuation, according to people familiar with the matter. Thrive Capital is expected to lead the round, with Nvidia and SoftBank also participating.",
             expected: [("OpenAI", .organization, []), ("Thrive Capital", .organization, []), ("Nvidia", .organization, []), ("SoftBank", .organization, [])]),
        Case(body: "Home > News > World\nTaiwan's defence ministry said it had detected 22 Chinese aircraft near the island on Sunday. Beijing considers Taiwan part of its territory. Taipei rejects the claim.\nNewsletter sign up",
             expected: [("Taiwan", .location, []), ("Beijing", .location, []), ("Taipei", .location, [])]),
        Case(body: "Cyclone Alfred is expected to cross the coast near Brisbane on Friday, the Queensland government said. Premier David Crisafulli urged residents to prepare. Schools across the Sunshine Coast will close.",
             expected: [("Brisbane", .location, []), ("Queensland", .location, []), ("David Crisafulli", .person, []), ("Sunshine Coast", .location, [])]),
        Case(body: "Kagame's party won 99% of the vote, Rwanda's electoral commission said. Paul Kagame has ruled since 2000. Critics, including Human Rights Watch, say the opposition is suppressed.",
             expected: [("Paul Kagame", .person, ["Kagame"]), ("Rwanda", .location, []), ("Human Rights Watch", .organization, [])]),
        Case(body: "Emma Hayes named her squad for the Olympics on Wednesday. The United States coach left out veteran forward Alex Morgan, who told ESPN she was \"disappointed but proud\". Chelsea, Hayes's former club, declined to comment.",
             expected: [("Emma Hayes", .person, ["Hayes"]), ("United States", .location, []), ("Alex Morgan", .person, []), ("ESPN", .organization, []), ("Chelsea", .organization, [])]),
        Case(body: "EXCLUSIVE: MINISTER QUITS OVER EXPENSES ROW\nHousing minister Lee Rowley resigned on Thursday after The Sunday Times revealed he had claimed £4,000 for a second home in Derbyshire. Downing Street said Rishi Sunak had accepted his resignation.",
             expected: [("Lee Rowley", .person, []), ("The Sunday Times", .organization, []), ("Derbyshire", .location, []), ("Downing Street", .organization, []), ("Rishi Sunak", .person, [])]),
        Case(body: "Shares in Rolls-Royce surged to a record high after the engine maker raised its profit forecast. Chief executive Tufan Erginbilgic, who joined from BP in 2023, said the turnaround was \"well under way\".",
             expected: [("Rolls-Royce", .organization, []), ("Tufan Erginbilgic", .person, []), ("BP", .organization, [])]),
        Case(body: "Residents of Mariupol said Russian soldiers had moved into empty flats. According to the Ukrainian human rights commissioner Dmytro Lubinets, more than 10,000 civilians remain missing. Moscow denies the allegations.",
             expected: [("Mariupol", .location, []), ("Dmytro Lubinets", .person, []), ("Moscow", .location, [])]),
        Case(body: "Photograph: Kin Cheung/AP\nHong Kong's leader John Lee said the city would press ahead with the security law. Critics, including the pro-democracy activist Nathan Law, who lives in exile in London, said it would silence dissent.",
             expected: [("Kin Cheung", .person, []), ("AP", .organization, []), ("Hong Kong", .location, []), ("John Lee", .person, []), ("Nathan Law", .person, []), ("London", .location, [])]),
        Case(body: "Sign up for our morning briefing\nSamsung Electronics said on Tuesday that operating profit rose to 10.4 trillion won, beating forecasts, helped by demand for memory chips used in AI servers made by Nvidia. The Seoul-based company's shares rose 3%.",
             expected: [("Samsung Electronics", .organization, []), ("Nvidia", .organization, [])]),
        Case(body: "The suspect, identified by Queensland Police as Kane Dawson, 29, of Toowoomba, was refused bail in the Brisbane Magistrates Court. Dawson will reappear in March.",
             expected: [("Queensland Police", .organization, []), ("Kane Dawson", .person, ["Dawson"]), ("Toowoomba", .location, []), ("Brisbane Magistrates Court", .organization, [])]),
        Case(body: "Opposition leader Peter Dutton promised to build seven nuclear power plants if the Coalition wins the election. Energy Minister Chris Bowen called the plan \"a fantasy\". The Greens also rejected it.",
             expected: [("Peter Dutton", .person, []), ("Coalition", .organization, []), ("Chris Bowen", .person, []), ("Greens", .organization, [])]),
        Case(body: "Venezuelan opposition leader Edmundo González has fled to Spain, Madrid said on Sunday. Nicolás Maduro's government had issued a warrant for his arrest. The US State Department said it was deeply concerned.",
             expected: [("Edmundo González", .person, []), ("Spain", .location, []), ("Madrid", .location, []), ("Nicolás Maduro", .person, []), ("US State Department", .organization, [])]),
        Case(body: "Tottenham's Son Heung-min scored in the 89th minute to rescue a draw at Villa Park. Aston Villa manager Unai Emery said his side deserved more. Spurs sit fifth in the table.",
             expected: [("Tottenham", .organization, ["Spurs"]), ("Son Heung-min", .person, []), ("Villa Park", .location, []), ("Aston Villa", .organization, []), ("Unai Emery", .person, [])]),
        Case(body: "Police said the man was taken to Royal Perth Hospital with serious injuries. Detectives from the Major Crime Squad are investigating. Anyone with dashcam footage is asked to contact Crime Stoppers on 1800 333 000.",
             expected: [("Royal Perth Hospital", .organization, []), ("Major Crime Squad", .organization, []), ("Crime Stoppers", .organization, [])]),
        Case(body: "Iran's Supreme Leader Ayatollah Ali Khamenei warned Israel of a \"crushing response\". Tehran has vowed revenge since the killing of Hamas leader Ismail Haniyeh in the Iranian capital.",
             expected: [("Iran", .location, []), ("Ali Khamenei", .person, []), ("Israel", .location, []), ("Tehran", .location, []), ("Hamas", .organization, []), ("Ismail Haniyeh", .person, [])]),
        Case(body: "Pakistan's former prime minister Imran Khan was sentenced to 14 years in prison, his party Pakistan Tehreek-e-Insaf (PTI) said. Khan's wife Bushra Bibi was also convicted.",
             expected: [("Pakistan", .location, []), ("Imran Khan", .person, ["Khan"]), ("Pakistan Tehreek-e-Insaf", .organization, ["PTI"]), ("Bushra Bibi", .person, [])]),
        Case(body: "Most read\nResearchers at the University of Oxford and AstraZeneca said the new vaccine was 80% effective in trials in Kenya and Burkina Faso. Professor Adrian Hill, who led the study, said results were \"extraordinarily promising\".",
             expected: [("University of Oxford", .organization, []), ("AstraZeneca", .organization, []), ("Kenya", .location, []), ("Burkina Faso", .location, []), ("Adrian Hill", .person, [])]),
        Case(body: "Brazilian President Luiz Inácio Lula da Silva met Chinese leader Xi Jinping in Beijing. Lula said Brazil wanted closer ties with China but would not join the Belt and Road Initiative.",
             expected: [("Luiz Inácio Lula da Silva", .person, ["Lula"]), ("Xi Jinping", .person, []), ("Beijing", .location, []), ("Brazil", .location, []), ("China", .location, [])]),
        Case(body: "Trending Now\nTaylor Swift's Eras Tour brought an estimated $1 billion to the economy of Singapore, according to analysts at DBS. The singer played six nights at the National Stadium.",
             expected: [("Taylor Swift", .person, []), ("Singapore", .location, []), ("DBS", .organization, []), ("National Stadium", .location, [])]),
        Case(body: "Comments (12)\nDave_in_Leeds 5 min ago\nAbsolute joke. Sack the lot of them.\nReply | Report",
             expected: [("Dave_in_Leeds", .person, [])]),
        Case(body: "Klarna, the Swedish buy-now-pay-later lender, filed for a listing in New York on Friday. The Stockholm-based firm was valued at $6.7 billion in its last funding round, chief executive Sebastian Siemiatkowski said.",
             expected: [("Klarna", .organization, []), ("New York", .location, []), ("Stockholm", .location, []), ("Sebastian Siemiatkowski", .person, [])]),
        Case(body: "Fire crews from Hampshire and Isle of Wight Fire and Rescue Service were called to Portsmouth at 3am. Station manager Gary Locke said nobody was hurt.",
             expected: [("Hampshire and Isle of Wight Fire and Rescue Service", .organization, []), ("Portsmouth", .location, []), ("Gary Locke", .person, [])]),
        Case(body: "Mbappe scored a hat-trick as Real Madrid thrashed Valencia 5-0 at the Bernabeu. Coach Carlo Ancelotti rested Vinicius Junior, who has a minor knee injury.",
             expected: [("Mbappe", .person, []), ("Real Madrid", .organization, []), ("Valencia", .organization, []), ("Bernabeu", .location, []), ("Carlo Ancelotti", .person, []), ("Vinicius Junior", .person, [])]),
        Case(body: "The Taliban have banned women from speaking in public, according to a new law published in Kabul. Roza Otunbayeva, head of the UN mission in Afghanistan, called the decree \"distressing\".",
             expected: [("Taliban", .organization, []), ("Kabul", .location, []), ("Roza Otunbayeva", .person, []), ("UN", .organization, []), ("Afghanistan", .location, [])]),
        Case(body: "Ryanair boss Michael O'Leary said fares would rise this summer because Boeing had delayed deliveries. Shares in the Dublin-listed airline fell 3%.",
             expected: [("Ryanair", .organization, []), ("Michael O'Leary", .person, []), ("Boeing", .organization, [])]),
        Case(body: "Customs officers at Felixstowe seized cocaine worth £40m hidden in a shipment of bananas from Ecuador, the National Crime Agency said. Two men from Essex have been arrested.",
             expected: [("Felixstowe", .location, []), ("Ecuador", .location, []), ("National Crime Agency", .organization, []), ("Essex", .location, [])]),
        Case(body: "Kamala Harris picked Minnesota Governor Tim Walz as her running mate. Walz, a former teacher, told a rally in Philadelphia that Republicans were \"just weird\". Trump's campaign called him dangerously liberal.",
             expected: [("Kamala Harris", .person, []), ("Minnesota", .location, []), ("Tim Walz", .person, ["Walz"]), ("Philadelphia", .location, []), ("Republicans", .organization, []), ("Trump", .person, [])]),
        Case(body: "Anthropic, the maker of the Claude chatbot, said it had raised $4 billion from Amazon. Dario Amodei, its co-founder, said the money would pay for computing power.",
             expected: [("Anthropic", .organization, []), ("Amazon", .organization, []), ("Dario Amodei", .person, [])]),
        Case(body: "Thousands of Kurds gathered in Diyarbakir to mark Newroz. Turkish police detained 12 people, the pro-Kurdish DEM Party said.",
             expected: [("Diyarbakir", .location, []), ("DEM Party", .organization, [])]),
        Case(body: "A coroner has ruled that failings by South Central Ambulance Service contributed to the death of a 67-year-old man in Reading. Senior coroner Heidi Connor said the delay was \"unacceptable\".",
             expected: [("South Central Ambulance Service", .organization, []), ("Reading", .location, []), ("Heidi Connor", .person, [])]),
        Case(body: "Ethiopia and Somalia agreed to end a year-long dispute after talks in Ankara brokered by Turkish President Recep Tayyip Erdogan. Al-Shabaab, the al-Qaeda-linked group, remains active in southern Somalia.",
             expected: [("Ethiopia", .location, []), ("Somalia", .location, []), ("Ankara", .location, []), ("Recep Tayyip Erdogan", .person, []), ("Al-Shabaab", .organization, [])]),
        Case(body: "Volkswagen will close three factories in Germany, works council chief Daniela Cavallo told staff in Wolfsburg. IG Metall, the union, vowed to fight the plan.",
             expected: [("Volkswagen", .organization, []), ("Germany", .location, []), ("Daniela Cavallo", .person, []), ("Wolfsburg", .location, []), ("IG Metall", .organization, [])]),
        Case(body: "Follow our live coverage\nFlights at Heathrow were cancelled after a fire at an electrical substation in Hayes. A spokesperson for National Grid said power had been restored. British Airways said 300 flights were affected.",
             expected: [("Heathrow", .location, []), ("Hayes", .location, []), ("National Grid", .organization, []), ("British Airways", .organization, [])]),
        Case(body: "Netanyahu's office said a delegation led by Mossad chief David Barnea would travel to Cairo. Egyptian mediators have been pressing Hamas to accept the proposal.",
             expected: [("Netanyahu", .person, []), ("Mossad", .organization, []), ("David Barnea", .person, []), ("Cairo", .location, []), ("Hamas", .organization, [])]),
        Case(body: "Palmer, 22, has scored 14 goals for Chelsea this season. England boss Lee Carsley said he would start against Greece at Wembley.",
             expected: [("Palmer", .person, []), ("Chelsea", .organization, []), ("England", .location, []), ("Lee Carsley", .person, []), ("Greece", .location, []), ("Wembley", .location, [])]),
        Case(body: "Copyright 2024 The Associated Press. All rights reserved.\nWritten by Maria Verza in Mexico City. AP writer Fabiola Sánchez contributed.",
             expected: [("The Associated Press", .organization, ["AP"]), ("Maria Verza", .person, []), ("Mexico City", .location, []), ("Fabiola Sánchez", .person, [])]),
        Case(body: "DALLAS (KXAS) - A Dallas County jury on Thursday found Marcus Reed guilty of capital murder in the 2021 killing of a convenience store clerk. Reed's attorney, Tamara Wells, said they would appeal.",
             expected: [("Dallas", .location, ["DALLAS"]), ("KXAS", .organization, []), ("Dallas County", .location, []), ("Marcus Reed", .person, ["Reed"]), ("Tamara Wells", .person, [])]),
        Case(body: "The Centers for Disease Control and Prevention reported 48 new measles cases, most of them in west Texas. Health officials in Lubbock urged parents to get children vaccinated.",
             expected: [("Centers for Disease Control and Prevention", .organization, []), ("Texas", .location, []), ("Lubbock", .location, [])]),
        Case(body: "Ofcom has opened an investigation into GB News over a programme presented by two Conservative MPs. The broadcaster said it would \"robustly defend\" itself.",
             expected: [("Ofcom", .organization, []), ("GB News", .organization, [])]),
        Case(body: "Jacinda Ardern's successor, Chris Hipkins, conceded defeat on Saturday night. National Party leader Christopher Luxon will become New Zealand's next prime minister after forming a coalition with ACT and New Zealand First.",
             expected: [("Jacinda Ardern", .person, []), ("Chris Hipkins", .person, []), ("National Party", .organization, []), ("Christopher Luxon", .person, []), ("New Zealand", .location, []), ("ACT", .organization, []), ("New Zealand First", .organization, [])]),
        Case(body: "Apple has been ordered to pay €13bn in back taxes to Ireland after the European Court of Justice ruled in favour of the European Commission. Margrethe Vestager called it \"a big win for European citizens\".",
             expected: [("Apple", .organization, []), ("Ireland", .location, []), ("European Court of Justice", .organization, []), ("European Commission", .organization, []), ("Margrethe Vestager", .person, [])]),
        Case(body: "Speaking to the BBC's Today programme, Wes Streeting said the NHS was \"broken\". The health secretary promised to cut waiting lists at hospitals across England.",
             expected: [("BBC", .organization, []), ("Wes Streeting", .person, []), ("NHS", .organization, []), ("England", .location, [])]),
        Case(body: "The body of a missing hiker was found in the Blue Mountains, west of Sydney, NSW Police said on Tuesday. The man, 41, from Parramatta, had been missing since Friday.",
             expected: [("Blue Mountains", .location, []), ("Sydney", .location, []), ("NSW Police", .organization, []), ("Parramatta", .location, [])]),
        Case(body: "Microsoft agreed to buy Activision Blizzard, the maker of Call of Duty, for $69 billion. Satya Nadella said gaming was central to the company's plans. Britain's Competition and Markets Authority later cleared the deal.",
             expected: [("Microsoft", .organization, []), ("Activision Blizzard", .organization, []), ("Satya Nadella", .person, []), ("Britain", .location, []), ("Competition and Markets Authority", .organization, [])]),
        Case(body: "Protesters blocked the main road into Nairobi's central business district as Kenya's parliament debated the finance bill. Police fired tear gas near Parliament Buildings. Amnesty International Kenya said 23 people were killed.",
             expected: [("Nairobi", .location, []), ("Kenya", .location, []), ("Parliament Buildings", .location, []), ("Amnesty International Kenya", .organization, [])]),
        Case(body: "Max Verstappen won the Dutch Grand Prix at Zandvoort ahead of McLaren's Lando Norris. Red Bull team principal Christian Horner praised the drive.",
             expected: [("Max Verstappen", .person, []), ("Zandvoort", .location, []), ("McLaren", .organization, []), ("Lando Norris", .person, []), ("Red Bull", .organization, []), ("Christian Horner", .person, [])]),
        Case(body: "Image caption, Firefighters at the scene in Bolton on Monday\nGreater Manchester Fire and Rescue Service said crews were called at about 02:00 BST. One woman was treated by paramedics from North West Ambulance Service.",
             expected: [("Bolton", .location, []), ("Greater Manchester Fire and Rescue Service", .organization, []), ("North West Ambulance Service", .organization, [])]),
        Case(body: "Shein, the Chinese-founded fast fashion retailer, is planning a London listing, people familiar with the matter told Reuters. Shein declined to comment. Its rival Temu is owned by PDD Holdings.",
             expected: [("Shein", .organization, []), ("London", .location, []), ("Reuters", .organization, []), ("Temu", .organization, []), ("PDD Holdings", .organization, [])]),
        Case(body: "Hurricane Milton made landfall near Siesta Key, Florida, as a Category 3 storm. Governor Ron DeSantis said 3 million homes had lost power. Tampa International Airport remains closed.",
             expected: [("Siesta Key", .location, []), ("Florida", .location, []), ("Ron DeSantis", .person, []), ("Tampa International Airport", .location, [])]),
        Case(body: "Pope Francis was admitted to Gemelli hospital in Rome with bronchitis, the Vatican said. The 88-year-old pontiff cancelled his audiences this week.",
             expected: [("Pope Francis", .person, []), ("Gemelli", .organization, []), ("Rome", .location, []), ("Vatican", .organization, [])]),
        Case(body: "Virat Kohli hit an unbeaten 100 as India beat Pakistan by six wickets in Dubai. Shubman Gill made 46 before he was bowled by Abrar Ahmed. India's captain Rohit Sharma said the win was \"special\".",
             expected: [("Virat Kohli", .person, []), ("India", .location, []), ("Pakistan", .location, []), ("Dubai", .location, []), ("Shubman Gill", .person, []), ("Abrar Ahmed", .person, []), ("Rohit Sharma", .person, [])]),
        Case(body: "The Reserve Bank of Australia left the cash rate unchanged at 4.35%. Governor Michele Bullock told a press conference in Sydney that inflation remained too high. Treasurer Jim Chalmers welcomed the decision.",
             expected: [("Reserve Bank of Australia", .organization, []), ("Michele Bullock", .person, []), ("Sydney", .location, []), ("Jim Chalmers", .person, [])]),
        Case(body: "Sudan's army said it had retaken the presidential palace in Khartoum from the Rapid Support Forces (RSF). The paramilitary group, led by Mohamed Hamdan Dagalo, has been fighting the army since April 2023.",
             expected: [("Sudan", .location, []), ("Khartoum", .location, []), ("Rapid Support Forces", .organization, ["RSF"]), ("Mohamed Hamdan Dagalo", .person, [])]),
        Case(body: "Andrew Tate and his brother Tristan left Romania on a private jet bound for Florida, Romanian prosecutors said. The brothers deny charges of human trafficking.",
             expected: [("Andrew Tate", .person, []), ("Tristan", .person, []), ("Romania", .location, []), ("Florida", .location, [])]),
        Case(body: "A Guardian investigation found that Thames Water paid £1.2bn in dividends while leaking sewage into rivers. Ofwat said it was considering enforcement action against the utility.",
             expected: [("Guardian", .organization, []), ("Thames Water", .organization, []), ("Ofwat", .organization, [])]),
        Case(body: "Earlier this week, Sam Altman returned as chief executive of OpenAI, days after he was fired by the board. Microsoft's Satya Nadella had offered him a job. Altman thanked staff on X.",
             expected: [("Sam Altman", .person, ["Altman"]), ("OpenAI", .organization, []), ("Microsoft", .organization, []), ("Satya Nadella", .person, []), ("X", .organization, [])]),
        Case(body: "Gaza's health ministry said 45 people were killed in Israeli strikes on Khan Younis overnight. The Israel Defense Forces said it had targeted Hamas fighters. Unrwa, the UN agency for Palestinian refugees, said one of its schools was hit.",
             expected: [("Gaza", .location, []), ("Khan Younis", .location, []), ("Israel Defense Forces", .organization, []), ("Hamas", .organization, []), ("Unrwa", .organization, []), ("UN", .organization, [])]),
        Case(body: "Updated 14:32 GMT\nNigerian President Bola Tinubu removed fuel subsidies in his inaugural speech in Abuja. The Nigeria Labour Congress threatened a general strike. Dangote Refinery, owned by Africa's richest man Aliko Dangote, began production in January.",
             expected: [("Bola Tinubu", .person, []), ("Abuja", .location, []), ("Nigeria Labour Congress", .organization, []), ("Dangote Refinery", .organization, []), ("Africa", .location, []), ("Aliko Dangote", .person, [])]),
        Case(body: "Officers were called to a house in Hartlepool after reports of a disturbance, Cleveland Police said. A 32-year-old man was arrested on suspicion of murder. Det Ch Insp Nicola Haddock said a cordon remained in place.",
             expected: [("Hartlepool", .location, []), ("Cleveland Police", .organization, []), ("Nicola Haddock", .person, [])]),
        Case(body: "Lithuania's foreign minister Gabrielius Landsbergis said Vilnius would not be intimidated. Beijing downgraded ties after Taiwan opened a representative office in the Lithuanian capital.",
             expected: [("Lithuania", .location, []), ("Gabrielius Landsbergis", .person, []), ("Vilnius", .location, []), ("Beijing", .location, []), ("Taiwan", .location, [])]),
        Case(body: "Spotify will raise prices in the US and UK, the Stockholm-based streaming service said. Chief executive Daniel Ek said the company had added 5 million subscribers.",
             expected: [("Spotify", .organization, []), ("US", .location, []), ("UK", .location, []), ("Daniel Ek", .person, [])]),
        Case(body: "Two Royal Navy warships sailed through the Taiwan Strait on Saturday. HMS Spey was shadowed by Chinese vessels, the Ministry of Defence said.",
             expected: [("Royal Navy", .organization, []), ("Taiwan Strait", .location, []), ("Ministry of Defence", .organization, [])]),
        Case(body: "MADRID (Reuters) - Spain's Pedro Sanchez called a snap election on Monday after his Socialist party suffered heavy losses in regional polls. The conservative People's Party, led by Alberto Nunez Feijoo, won in Valencia and Seville.",
             expected: [("Madrid", .location, ["MADRID"]), ("Reuters", .organization, []), ("Spain", .location, []), ("Pedro Sanchez", .person, []), ("Socialist", .organization, []), ("People's Party", .organization, []), ("Alberto Nunez Feijoo", .person, []), ("Valencia", .location, []), ("Seville", .location, [])]),
        Case(body: "A former nurse at the Countess of Chester Hospital has lost her bid to appeal. Lucy Letby, 34, is serving 15 whole-life orders. Her barrister, Mark McDonald, said new evidence would be sent to the Criminal Cases Review Commission.",
             expected: [("Countess of Chester Hospital", .organization, []), ("Lucy Letby", .person, []), ("Mark McDonald", .person, []), ("Criminal Cases Review Commission", .organization, [])]),
        Case(body: "Shares of Super Micro Computer plunged 30% after its auditor, Ernst & Young, resigned. The San Jose, California-based server maker said it disagreed with EY's conclusions.",
             expected: [("Super Micro Computer", .organization, []), ("Ernst & Young", .organization, ["EY"]), ("San Jose", .location, []), ("California", .location, [])]),
        Case(body: "Hezbollah fired dozens of rockets into northern Israel, the Israeli military said, after a strike in southern Lebanon killed a senior commander. Lebanese Prime Minister Najib Mikati appealed for calm.",
             expected: [("Hezbollah", .organization, []), ("Israel", .location, []), ("Lebanon", .location, []), ("Najib Mikati", .person, [])]),
        Case(body: "Police in Victoria are searching for a man who escaped from custody at the Royal Melbourne Hospital. Victoria Police Acting Superintendent Craig Darlison said the man should not be approached.",
             expected: [("Victoria", .location, []), ("Royal Melbourne Hospital", .organization, []), ("Victoria Police", .organization, []), ("Craig Darlison", .person, [])]),
        Case(body: "The head of Germany's BND intelligence agency warned that Russia could attack a NATO member by 2029. Bruno Kahl told the Bundestag that Moscow was testing the West.",
             expected: [("Germany", .location, []), ("BND", .organization, []), ("Russia", .location, []), ("NATO", .organization, []), ("Bruno Kahl", .person, []), ("Bundestag", .organization, []), ("Moscow", .location, []), ("West", .location, [])]),
        Case(body: "Jannik Sinner, the world number one, beat Taylor Fritz to win the US Open in New York. The Italian received $3.6m in prize money. Fritz said Sinner was \"too good\".",
             expected: [("Jannik Sinner", .person, ["Sinner"]), ("Taylor Fritz", .person, ["Fritz"]), ("New York", .location, [])]),
        Case(body: "Tata Steel will cut 2,800 jobs at its Port Talbot plant in south Wales. Unite general secretary Sharon Graham said the union would ballot members. The Welsh Government called the news \"devastating\".",
             expected: [("Tata Steel", .organization, []), ("Port Talbot", .location, []), ("Wales", .location, []), ("Unite", .organization, []), ("Sharon Graham", .person, []), ("Welsh Government", .organization, [])]),
        Case(body: "Cookies on this site\nHundreds of Rohingya refugees arrived by boat in Aceh, Indonesia, according to the UN refugee agency. Local fishermen helped them ashore near Lhokseumawe.",
             expected: [("Aceh", .location, []), ("Indonesia", .location, []), ("UN", .organization, []), ("Lhokseumawe", .location, [])]),
        Case(body: "Salesforce agreed to buy Informatica for $8bn. Marc Benioff, Salesforce's co-founder, said the deal would strengthen its data business. Informatica shares rose 6%.",
             expected: [("Salesforce", .organization, []), ("Informatica", .organization, []), ("Marc Benioff", .person, [])]),
        Case(body: "BREAKING NEWS\nFLOODS HIT NORTHERN ITALY\nHeavy rain caused flooding across Emilia-Romagna on Thursday, Italy's civil protection agency said. Two people died near Bologna. (Photo by Alessandro Serrano/AFP via Getty Images)",
             expected: [("Emilia-Romagna", .location, []), ("Italy", .location, ["ITALY"]), ("Bologna", .location, []), ("Alessandro Serrano", .person, []), ("AFP", .organization, []), ("Getty Images", .organization, [])]),
        Case(body: "Posted by Sarah Mitchell on 12 March 2024\nThe Scottish Government has announced £20m for ferry repairs. Transport Secretary Fiona Hyslop said CalMac would receive new vessels by 2026. Passengers on Arran have faced months of cancellations.",
             expected: [("Sarah Mitchell", .person, []), ("Scottish Government", .organization, []), ("Fiona Hyslop", .person, []), ("CalMac", .organization, []), ("Arran", .location, [])]),
        Case(body: "Related Articles\nPutin says Russia ready for talks\nKremlin spokesman Dmitry Peskov said on Friday that President Vladimir Putin was open to negotiations, but that Kyiv must accept \"new realities\". Ukraine's foreign ministry rejected the statement.",
             expected: [("Putin", .person, ["Vladimir Putin"]), ("Russia", .location, []), ("Kremlin", .organization, []), ("Dmitry Peskov", .person, []), ("Kyiv", .location, []), ("Ukraine", .location, [])]),
        Case(body: "Kevin O'Connor | 2 hours ago\nAnother pointless article. The Tories had 14 years to fix this.\nReply\nPriya K | 1 hour ago\n@Kevin O'Connor the previous lot weren't any better.",
             expected: [("Kevin O'Connor", .person, []), ("Tories", .organization, []), ("Priya K", .person, [])]),
        Case(body: "Starbucks will close hundreds of stores in North America, chief executive Brian Niccol said in a letter to staff. The Seattle coffee chain has struggled with falling sales in China, where it competes with Luckin Coffee.",
             expected: [("Starbucks", .organization, []), ("North America", .location, []), ("Brian Niccol", .person, []), ("Seattle", .location, []), ("China", .location, []), ("Luckin Coffee", .organization, [])]),
        Case(body: "Ireland's Taoiseach Simon Harris said Dublin would not allow the border to become a \"back door\" for migrants. Harris was speaking after a meeting with British Home Secretary James Cleverly in London.",
             expected: [("Ireland", .location, []), ("Simon Harris", .person, ["Harris"]), ("Dublin", .location, []), ("James Cleverly", .person, []), ("London", .location, [])]),
        Case(body: "Voters in Georgia head to the polls on Saturday in an election seen as a choice between Europe and Russia. The ruling Georgian Dream party, founded by billionaire Bidzina Ivanishvili, is expected to win. President Salome Zourabichvili has backed the opposition.",
             expected: [("Georgia", .location, []), ("Europe", .location, []), ("Russia", .location, []), ("Georgian Dream", .organization, []), ("Bidzina Ivanishvili", .person, []), ("Salome Zourabichvili", .person, [])]),
        Case(body: "Emergency services were called to the M62 near Huddersfield after a lorry overturned, National Highways said. The motorway was closed in both directions between junctions 23 and 24.",
             expected: [("M62", .location, []), ("Huddersfield", .location, []), ("National Highways", .organization, [])]),
        Case(body: "By Aisha Rahman, Al Jazeera\nDoctors at al-Shifa Hospital in Gaza City said they had run out of fuel. The World Food Programme warned that famine was imminent in northern Gaza. Israel's military said Hamas used the hospital as a command centre, a claim Hamas denies.",
             expected: [("Aisha Rahman", .person, []), ("Al Jazeera", .organization, []), ("al-Shifa Hospital", .organization, []), ("Gaza City", .location, []), ("World Food Programme", .organization, []), ("Gaza", .location, []), ("Israel", .location, []), ("Hamas", .organization, [])]),
        Case(body: "Chevron agreed to buy Hess for $53 billion in an all-stock deal, the oil major said on Monday. Mike Wirth, Chevron's chairman, said Hess's assets in Guyana were \"world class\". Exxon Mobil has challenged the deal.",
             expected: [("Chevron", .organization, []), ("Hess", .organization, []), ("Mike Wirth", .person, []), ("Guyana", .location, []), ("Exxon Mobil", .organization, [])]),
        Case(body: "A teenager has been charged with murder after a 15-year-old boy was stabbed in Woolwich, south-east London, the Met said. Det Supt Andy Furphy said officers were working to support the boy's family.",
             expected: [("Woolwich", .location, []), ("London", .location, []), ("Met", .organization, []), ("Andy Furphy", .person, [])]),
        Case(body: "South Korean President Yoon Suk Yeol was impeached by the National Assembly on Saturday. Prime Minister Han Duck-soo will serve as acting president. Thousands celebrated outside parliament in Seoul.",
             expected: [("Yoon Suk Yeol", .person, []), ("National Assembly", .organization, []), ("Han Duck-soo", .person, []), ("Seoul", .location, [])]),
        Case(body: "Canada's Justin Trudeau announced his resignation as leader of the Liberal Party on Monday. Chrystia Freeland, his former finance minister, is expected to run. Conservative leader Pierre Poilievre called for an immediate election.",
             expected: [("Canada", .location, []), ("Justin Trudeau", .person, []), ("Liberal Party", .organization, []), ("Chrystia Freeland", .person, []), ("Pierre Poilievre", .person, [])]),
        Case(body: "Manchester City were charged with 115 breaches of financial rules by the Premier League. Pep Guardiola said the club was innocent. A decision from the independent commission is expected this year.",
             expected: [("Manchester City", .organization, []), ("Premier League", .organization, []), ("Pep Guardiola", .person, [])]),
        Case(body: "Residents of Lahaina returned to find their homes destroyed. The Federal Emergency Management Agency (FEMA) said 2,200 buildings were damaged on Maui. Hawaii Governor Josh Green warned the death toll would rise.",
             expected: [("Lahaina", .location, []), ("Federal Emergency Management Agency", .organization, ["FEMA"]), ("Maui", .location, []), ("Hawaii", .location, []), ("Josh Green", .person, [])]),
        Case(body: "Advertisement\nProsecutors in Paris opened an inquiry into Telegram founder Pavel Durov, who was detained at Le Bourget airport. Durov, who holds French and UAE citizenship, denies wrongdoing.",
             expected: [("Paris", .location, []), ("Telegram", .organization, []), ("Pavel Durov", .person, ["Durov"]), ("Le Bourget", .location, []), ("UAE", .location, [])]),
        Case(body: "Argentina's President Javier Milei met Elon Musk at a Tesla factory in Austin, Texas. Milei's spokesman Manuel Adorni said the two discussed lithium mining in Jujuy and Salta.",
             expected: [("Argentina", .location, []), ("Javier Milei", .person, ["Milei"]), ("Elon Musk", .person, []), ("Tesla", .organization, []), ("Austin", .location, []), ("Texas", .location, []), ("Manuel Adorni", .person, []), ("Jujuy", .location, []), ("Salta", .location, [])]),
        Case(body: "The Environment Agency issued 40 flood warnings across England after Storm Bert brought heavy rain. In Pontypridd, residents were evacuated as the River Taff burst its banks, Rhondda Cynon Taf Council said.",
             expected: [("Environment Agency", .organization, []), ("England", .location, []), ("Pontypridd", .location, []), ("River Taff", .location, []), ("Rhondda Cynon Taf Council", .organization, [])]),
        Case(body: "Goldman Sachs economists cut their forecast for US growth, citing tariffs announced by the White House. Jan Hatzius, the bank's chief economist, said the risk of recession had risen to 35%.",
             expected: [("Goldman Sachs", .organization, []), ("US", .location, []), ("White House", .organization, []), ("Jan Hatzius", .person, [])]),
        Case(body: "Sri Lanka's new president, Anura Kumara Dissanayake, dissolved parliament on Tuesday. His National People's Power coalition hopes to win a majority. The International Monetary Fund said its bailout would continue.",
             expected: [("Sri Lanka", .location, []), ("Anura Kumara Dissanayake", .person, []), ("National People's Power", .organization, []), ("International Monetary Fund", .organization, [])]),
        Case(body: "Photo: Reuters/Yves Herman\nBelgian police raided the offices of Huawei in Brussels as part of a bribery investigation involving members of the European Parliament, prosecutors said. Roberta Metsola said the parliament would cooperate fully.",
             expected: [("Reuters", .organization, []), ("Yves Herman", .person, []), ("Huawei", .organization, []), ("Brussels", .location, []), ("European Parliament", .organization, []), ("Roberta Metsola", .person, [])]),
        Case(body: "Matildas striker Sam Kerr was found not guilty of racially aggravated harassment at Kingston Crown Court. Kerr, who plays for Chelsea, had been accused of calling a police officer \"stupid and white\".",
             expected: [("Matildas", .organization, []), ("Sam Kerr", .person, ["Kerr"]), ("Kingston Crown Court", .organization, []), ("Chelsea", .organization, [])]),
        Case(body: "Rescue workers in Valencia were still searching for bodies on Friday, three days after flash floods killed more than 200 people. Spain's King Felipe was pelted with mud during a visit to Paiporta.",
             expected: [("Valencia", .location, []), ("Spain", .location, []), ("Felipe", .person, []), ("Paiporta", .location, [])]),
        Case(body: "Intel will receive up to $8.5 billion in grants under the Chips Act, the Commerce Department said. Commerce Secretary Gina Raimondo said the money would create thousands of jobs in Arizona, Ohio and New Mexico.",
             expected: [("Intel", .organization, []), ("Commerce Department", .organization, []), ("Gina Raimondo", .person, []), ("Arizona", .location, []), ("Ohio", .location, []), ("New Mexico", .location, [])]),
        Case(body: "Police in Adelaide have charged a 52-year-old man over the death of a cyclist on Anzac Highway, SA Police said. Superintendent Darren Fielke urged drivers to slow down.",
             expected: [("Adelaide", .location, []), ("Anzac Highway", .location, []), ("SA Police", .organization, []), ("Darren Fielke", .person, [])]),
        Case(body: "Mexico's President Claudia Sheinbaum said she had spoken with Donald Trump about tariffs. Sheinbaum told her morning news conference in Mexico City that Pemex would keep exporting oil to the United States.",
             expected: [("Mexico", .location, []), ("Claudia Sheinbaum", .person, ["Sheinbaum"]), ("Donald Trump", .person, []), ("Mexico City", .location, []), ("Pemex", .organization, []), ("United States", .location, [])]),
        Case(body: "Boeing machinists voted to end a seven-week strike, the International Association of Machinists and Aerospace Workers said. Kelly Ortberg, Boeing's chief executive, said he was pleased.",
             expected: [("Boeing", .organization, []), ("International Association of Machinists and Aerospace Workers", .organization, []), ("Kelly Ortberg", .person, [])]),
        Case(body: "Heavy fighting was reported around Pokrovsk as Russian troops advanced in the Donetsk region. Ukraine's General Staff said 150 clashes had taken place. Oleksandr Syrskyi, Ukraine's top commander, visited the front.",
             expected: [("Pokrovsk", .location, []), ("Donetsk", .location, []), ("Ukraine", .location, []), ("General Staff", .organization, []), ("Oleksandr Syrskyi", .person, [])]),
        Case(body: "Cathay Pacific grounded 15 Airbus A350 jets after an engine part failed on a flight to Zurich. Rolls-Royce, which makes the engines, said it was working with the Hong Kong airline.",
             expected: [("Cathay Pacific", .organization, []), ("Airbus", .organization, []), ("Zurich", .location, []), ("Rolls-Royce", .organization, []), ("Hong Kong", .location, [])]),
        Case(body: "The Princess of Wales said she was \"relieved\" to be in remission. Kensington Palace released a video filmed in Norfolk. Prince William thanked the Royal Marsden for its care.",
             expected: [("Kensington Palace", .organization, []), ("Norfolk", .location, []), ("William", .person, []), ("Royal Marsden", .organization, [])]),
        Case(body: "Teachers in Queensland will strike next week after talks with the state government broke down, the Queensland Teachers' Union said. Education Minister John-Paul Langbroek said the offer was fair.",
             expected: [("Queensland", .location, []), ("Queensland Teachers' Union", .organization, []), ("John-Paul Langbroek", .person, [])]),
        Case(body: "Fenerbahce fans clashed with police in Istanbul after the club's 2-1 defeat to Galatasaray. Jose Mourinho, the Fenerbahce coach, was sent off in the second half.",
             expected: [("Fenerbahce", .organization, []), ("Istanbul", .location, []), ("Galatasaray", .organization, []), ("Jose Mourinho", .person, [])]),
        Case(body: "A jury at Manchester Crown Court heard that Daniel Harrow, 41, had sent threatening messages to his former partner. Harrow, of Stockport, denies stalking. The trial continues.",
             expected: [("Manchester Crown Court", .organization, []), ("Daniel Harrow", .person, ["Harrow"]), ("Stockport", .location, [])]),
        Case(body: "Toyota recalled 1 million vehicles in the United States over a sensor defect, the National Highway Traffic Safety Administration said. The Japanese carmaker said no injuries had been reported.",
             expected: [("Toyota", .organization, []), ("United States", .location, []), ("National Highway Traffic Safety Administration", .organization, [])]),
        Case(body: "Hundreds of people protested in Tbilisi against a law on \"foreign agents\". Georgia's Prime Minister Irakli Kobakhidze accused the protesters of being paid by NGOs. The European Union warned the law could derail Georgia's bid to join the bloc.",
             expected: [("Tbilisi", .location, []), ("Georgia", .location, []), ("Irakli Kobakhidze", .person, []), ("European Union", .organization, [])]),
        Case(body: "Shares in ASML fell 7% after the Dutch chip equipment maker cut its sales forecast. Chief executive Christophe Fouquet said demand from Chinese customers had slowed. The Veldhoven-based group supplies TSMC and Samsung.",
             expected: [("ASML", .organization, []), ("Christophe Fouquet", .person, []), ("TSMC", .organization, []), ("Samsung", .organization, [])]),
        Case(body: "Ambulance crews in Wales were under \"extreme pressure\", the Welsh Ambulance Service said, as patients waited up to 12 hours outside hospitals. Health Secretary Jeremy Miles said the situation was unacceptable.",
             expected: [("Wales", .location, []), ("Welsh Ambulance Service", .organization, []), ("Jeremy Miles", .person, [])]),
        Case(body: "Kylian Mbappe scored twice as France beat Belgium 2-0 in Lyon. Didier Deschamps said his side had \"answered the critics\". Belgium's coach Domenico Tedesco was dismissed on Thursday.",
             expected: [("Kylian Mbappe", .person, []), ("France", .location, []), ("Belgium", .location, []), ("Lyon", .location, []), ("Didier Deschamps", .person, []), ("Domenico Tedesco", .person, [])]),
        Case(body: "The Philippine coast guard accused Chinese vessels of firing water cannon near Scarborough Shoal. Manila summoned Beijing's envoy. China's foreign ministry said the Philippine ships had \"intruded\".",
             expected: [("Scarborough Shoal", .location, []), ("Manila", .location, []), ("Beijing", .location, []), ("China", .location, [])]),
        Case(body: "Written by Tom Ellis\nEdited by Joanne Pike\nThe Bank of Japan raised interest rates for the first time in 17 years. Governor Kazuo Ueda told reporters in Tokyo that policy would remain accommodative.",
             expected: [("Tom Ellis", .person, []), ("Joanne Pike", .person, []), ("Bank of Japan", .organization, []), ("Kazuo Ueda", .person, []), ("Tokyo", .location, [])]),
    ]

    /// Case-folded form with possessive, leading article and surrounding punctuation removed.
    static func key(_ s: String) -> String {
        var k = NormalizedText(s).text.lowercased()
        if k.hasSuffix("'s") { k.removeLast(2) }
        if k.hasPrefix("the ") { k.removeFirst(4) }
        return k.trimmingCharacters(in: .punctuationCharacters.union(.whitespaces))
    }

    /// Document-level typed matching: (true positives, false positives, false negatives);
    /// a second prediction for an already matched entity is ignored, as in `score.py`.
    static func score(_ predicted: [Entity], _ expected: [(String, EntityType, [String])]) -> (Int, Int, Int) {
        var used = Set<Int>()
        var tp = 0, fp = 0
        for p in predicted {
            let forms = Set(([p.text] + p.aliases + p.mentions.map(\.text)).map(key))
            let hits = expected.indices.filter { i in
                expected[i].1 == p.type && !forms.isDisjoint(with: ([expected[i].0] + expected[i].2).map(key))
            }
            if let free = hits.first(where: { !used.contains($0) }) {
                used.insert(free); tp += 1
            } else if hits.isEmpty {
                fp += 1
            }
        }
        return (tp, fp, expected.count - used.count)
    }

    /// Look-alike Cyrillic letters in every fifth word, typographic quotes, zero-width
    /// spaces and no-break spaces: what scraped pages do to text.
    static func noisy(_ s: String) -> String {
        let lookalikes: [Character: Character] = ["a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "i": "і",
                                                  "A": "А", "B": "В", "E": "Е", "K": "К", "M": "М", "H": "Н",
                                                  "O": "О", "P": "Р", "C": "С", "T": "Т"]
        var out = ""
        var word = 0, quote = 0
        for ch in s {
            switch ch {
            case " ":
                word += 1
                out.append(word % 7 == 3 ? "\u{00A0}" : " ")
            case "\"":
                out.append(quote % 2 == 0 ? "„" : "“"); quote += 1
            case "'":
                out.append("’")
            default:
                if word % 5 == 1, let l = lookalikes[ch] { out.append(l) } else { out.append(ch) }
                if word % 9 == 4 && ch.isLetter { out.append("\u{200B}") }
            }
        }
        return out
    }

    @Test func documentLevelF1OnWireParagraphs() {
        var tp = 0, fp = 0, fn = 0
        var misses: [String] = []
        for c in Self.cases {
            let predicted = EntityTagger().tag(NormalizedText(c.body))
            let s = Self.score(predicted, c.expected)
            tp += s.0; fp += s.1; fn += s.2
            if s.1 + s.2 > 0 { misses.append(String(c.body.prefix(40))) }
        }
        let f1 = 2.0 * Double(tp) / Double(2 * tp + fp + fn)
        #expect(f1 >= 0.95, "F1 \(f1) (tp \(tp) fp \(fp) fn \(fn)); imperfect: \(misses)")
    }

    @Test func webNoiseChangesNothing() {
        for c in Self.cases {
            let clean = EntityTagger().tag(NormalizedText(c.body)).map { "\($0.type) \(Self.key($0.text))" }
            let dirty = EntityTagger().tag(NormalizedText(Self.noisy(c.body))).map { "\($0.type) \(Self.key($0.text))" }
            #expect(clean == dirty, "\(c.body.prefix(50))")
        }
    }
}
