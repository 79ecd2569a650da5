// The English lexicon (data): calls for international cooperation are published in English too.
// The same parts of a condition as the Chinese lexicon — the attribute restricted, whom it binds, its
// modality and polarity — in English words; patterns are case-insensitive regular expressions over
// the normalised text (quotes and apostrophes dropped, one space between words, none around
// punctuation). The engine that reads them is the same.

/// Any run of characters inside one sentence (commas allowed: English clauses are whole sentences).
private let W = "[^;:.!?\\n]"
/// A number in digits or words.
private let NUM = "(?:[0-9]+|one|two|three|four|five|six|seven|eight|nine|ten|twenty)"

extension CallLinter {
    static let english = Lexicon(
        language: .en, topics: En.topics, markers: En.markers,
        outputHeaders: ["output", "deliverable", "expected", "anticipated", "indicator", "target", "milestone", "performance"],
        neutralHeaders: ["budget", "funding", "procedure", "timeline", "schedule", "contact", "review", "submission", "document", "background", "how to apply"],
        conditionHeaders: ["eligib", "requirement", "who can apply", "who may apply", "condition", "applicant", "qualification",
                           "ownership", "nationality", "citizenship", "academic rank", "professional title"],
        scoringHeaders: ["evaluation criteria", "assessment criteria", "review criteria", "selection criteria", "scoring", "marking scheme"],
        link: "\\b(?:be|is|are|hold|holds|holding|have|has|having|possess|possesses|produce|present|show|carry|obtain|with|of|from|by|led by|owned by|controlled by|limited to|restricted to|include|includes|including|comprise|comprises|contain|contains|involve|involves)\\b",
        qualifierLead: "^(?:or |and )?(?:the )?(?:national|state|provincial|ministerial|municipal|beijing|chinese)?\\s*$",
        leadingConjunction: "^(?:and|or|also|moreover|furthermore|in addition|but)\\b",
        definition: "\\b([a-z][a-z -]{0,40}?) (?:means|refers to|is defined as|are defined as|shall mean)\\b",
        otherAttribute: "\\b(?:age|ages|degree|degrees|discipline|disciplines|field|fields|gender|sex|ethnicity|subject area|research area|sector|employer|years of experience|number|numbers|count|kind|type|level)\\b",
        backReference: "^(?:its|their|his|her|such|this|these|the said)\\b",
        modifierEnd: "\\b(?:who|that|which|whose)\\b",
        topicLead: "^(?:as for|as regards|regarding)\\b",
        coordination: ",(?=(?:and|but|while|whereas)\\b)|\\s(?=(?:and|but) (?:must|shall|should|may|cannot|can|will|are|is|need|needs|has|have|do|does)\\b)")
}

extension CallLinter.En {
    typealias TopicLexicon = CallLinter.TopicLexicon
    typealias TriggerSpec = CallLinter.TriggerSpec
    typealias MarkerKind = CallLinter.MarkerKind

    static let reviewerContext = [
        "\\breviewers?\\b", "\\breview panels?\\b", "\\bpanel (?:members?|experts?|chairs?|chairpersons?|heads?|leaders?)\\b", "\\b(?:chairs?|chairpersons?|heads?) of (?:the |a )?(?:review |evaluation |expert )?panels?\\b", "\\bevaluators?\\b", "\\breferees?\\b",
        "\\bexperts? (?:on|of) the panel\\b", "\\bexperts? (?:appointed|selected|invited|chosen|engaged|designated|nominated|recruited|commissioned) by\\b",
        "\\b(?:assessors?|jurors?|jury|judges|panell?ists?|external examiners?)\\b", "\\b(?:review|evaluation|panel|peer) experts?\\b", "\\bexpert (?:panels?|committees?|groups?)\\b", "\\bpeer review\\b", "\\bcommittee\\b", "\\bconflicts? of interest\\b",
    ]
    static let integrityContext = [
        "plagiar", "fabricat", "falsif", "misconduct", "retract", "fraud", "ghost-?writ", "paper mills?", "dishonest",
        "misrepresent", "overstat", "exaggerat", "\\bfalse\\b", "\\buntrue\\b", "conceal",
    ]
    static let formContext = [
        "\\btruthful", "\\breport(?:s|ed|ing)? (?:their|the|its|all|any)\\b", "\\blist(?:s|ing)?\\b",
        // "listed in the … Citation Database" is indexing, a venue condition; listing one's papers is a form.
        "(?<!-)\\blisted\\b(?! (?:in|on|by) (?:the )?(?:[a-z-]+ ){0,5}?(?:index(?:es)?|databases?|catalog(?:ue)?s?|director(?:y|ies)|rankings?|journal lists?|list|sci|scie|ssci|ei|cssci|cscd|scopus|web of science|pubmed|jcr|esi)\\b)(?! by (?:the )?(?:applicants?|team members?|members?|pis?|teams?|candidates?)\\b)(?! (?:[a-z-]+ )?(?:members?|personnel|participants?|investigators?|researchers?|staff|applicants?|partners?|co-?pis?|persons?|people|individuals?|scientists?|experts?)\\b)", "\\bfill(?:ed)? in\\b",
        "\\bdeclare", "\\bcop(?:y|ies) of\\b", "\\bfor (?:statistical|information|informational|reference|verification|identification|administrative|record-keeping) purposes?\\b", "\\brecorded\\b", "\\bupload", "\\battach", "\\bdisclose", "\\bsummar(?:y|ies|i[sz]e)", "\\bdescrib", "\\bpages?\\b", "\\breported\\b", "\\benter(?:ed)? (?:in|into|on)\\b(?! (?:a |the )?(?:[a-z]+ )?(?:household|hukou|residence) regist)", "\\b(?:online|application|electronic) (?:form|system)\\b", "\\b(?:application|the|this) form\\b", "\\bsection [a-z0-9]+ of\\b", "\\bverif(?:y|ies|ied|ication)\\b", "\\bproof of\\b",
    ]
    static let outputContext = [
        "\\bthe project (?:will|shall|should|must|is expected to|is to)\\b(?! be (?:led|headed|coordinated|directed|run)\\b)",
        "\\bat the end of the (?:project|grant|funding|programme|program)\\b", "\\bresult(?:s|ing)? in\\b",
        "\\b(?:projects?|teams?|grantees?) (?:should|shall|must|will|are expected to|is expected to) (?:produce|result|deliver|yield|generate|publish)\\b", "\\b(?:results?|findings|outcomes?|data)(?: [a-z]+){0,4} (?:should|shall|must|will|are to|is to) be (?:published|disseminated|submitted)\\b",
        "\\b(?:expected|required|planned|intended|aims?|plans?) to (?:yield|produce|deliver|publish|generate|result in|achieve|form)\\b", "\\b(?:yield|yields|produce|produces|deliver|delivers|generate|generates)\\b", "\\b(?:expected|anticipated|planned|intended) (?:to publish|outputs?|results?|publications?|papers?|deliverables?|achievements?)\\b",
        "\\boutputs?\\b", "\\bdeliverables?\\b", "\\bresults? of the (?:project|research)\\b", "\\bfinal report\\b",
        "\\b(?:at|upon|on|before) (?:project )?completion\\b", "\\bby the end of\\b", "\\bduring the (?:project|grant|funding)\\b",
        "\\bproject period\\b", "\\barising from\\b", "\\bfunded by (?:this|the) (?:call|programme|program|project|grant)\\b",
        "\\btargets?\\b", "\\bmilestones?\\b", "\\bindicators?\\b", "\\bresulting\\b",
        // Monitoring stages and progress reports (at the mid-term review, teams report the papers published).
        "\\bmid-?term\\b", "\\b(?:annual|progress|interim|periodic) (?:reports?|reviews?|checks?)\\b", "\\breport(?:s|ed|ing)? (?:on )?(?:the )?progress\\b",
    ]

    static let topics: [TopicLexicon] = [
        TopicLexicon(
            topic: .title,
            triggers: [
                "\\b(?:senior |junior |intermediate |professional |technical |academic |job |professorial )+(?:technical |professional )?(?:titles?|ranks?|positions?)\\b",
                "\\b(?:full |associate |assistant |adjunct )?professors?(?:ships?)?\\b", "\\bprofessorial\\b",
                // British and Commonwealth ranks: Reader (capitalised: "readers" of a text are no rank), a Chair.
                "(?-i:\\bReaders?(?:hips?)?\\b)", "\\bthe rank of\\b", "(?-i:\\b(?:a|the|holding a|hold a) Chair\\b)", "\\b(?:associate |assistant )?research (?:fellows?|professors?)\\b",
                "\\b(?:senior|professor-level|professorate-level|chief) engineers?\\b",
                "\\b(?:associate |deputy )?chief (?:physicians?|pharmacists?|nurses?|technicians?)\\b", "\\battending physicians?\\b",
                "\\b(?:doctoral|phd|master'?s?|masters|postgraduate) (?:student )?supervisors?\\b", "\\blecturers?\\b",
                "\\btitle of\\b",
            ].map { TriggerSpec(pattern: $0, polarity: .merit, group: "title") },
            cancels: ["\\btitle of the (?:project|proposal|call|application)\\b", "\\bproject title\\b"],
            hardContext: reviewerContext + formContext + ["\\bpromot(?:ion|ed)\\b", "\\b(?:appointment|promotion) (?:procedures?|process|rules|committees?|of (?:staff|reviewers|experts|panel))\\b", "\\btitle evaluation\\b", "\\btrain(?:ing|s)?\\b"],
            softContext: outputContext
        ),
        TopicLexicon(
            topic: .paper,
            triggers: [
                "\\bpapers?\\b", "\\bpublications?\\b", "\\bpublication record\\b", "\\b(?:journal|research|scientific|academic|peer-reviewed) articles?\\b",
                "\\b(?:SCI|SCIE|SSCI|EI|CSSCI|CSCD|ESI|JCR|A&HCI|CNS)(?:-indexed| indexed)?\\b", "\\bindexed\\b",
                "\\bimpact factors?\\b", "\\bh-?index\\b", "\\bQ[1-4]\\b", "\\b(?:first|corresponding|senior|lead|sole) author(?:ship|s)?\\b",
                "\\bcitations?\\b", "\\bhighly cited (?:papers?|articles?)\\b", "\\bmonographs?\\b",
                "(?-i:\\b(?:Nature|Science|Cell|Lancet)\\b)(?!\\s*(?:and|&|Fund|Foundation|Park|Academy|Award|Prize|Progress|Council|Commission|City)\\b)",
                "\\b(?:top|high-impact|high impact|core|leading|international|peer-reviewed|indexed|authoritative|top-tier) journals?\\b", "\\bjournals?\\b",
                "\\bpublish(?:ed|ing)? (?:in|at)\\b",
            ].map { TriggerSpec(pattern: $0, polarity: .merit, group: "paper") },
            cancels: ["\\b(?:thesis|dissertation|white) papers?\\b", "\\bpublications? of (?:the )?(?:call|results|call text)\\b"],
            hardContext: reviewerContext + integrityContext + formContext + [
                "\\backnowledg", "\\bopen[- ]access\\b", "\\b(?:processing|page|publication) (?:charges|fees|costs)\\b",
                "\\bcharges?\\b", "\\bfees?\\b", "\\bcosts?\\b", "\\bnewspapers?\\b", "\\bmedia\\b", "\\bcite the\\b",
            ],
            softContext: outputContext,
            countedContext: ["\\brepresentative\\b"],
            venueContext: [
                "\\b(?:SCI|SCIE|SSCI|EI|CSSCI|CSCD|ESI|JCR|A&HCI|Scopus|Web of Science)\\b", "\\bindexed\\b", "\\bjournals?\\b", "\\bimpact factors?\\b",
                "\\bQ[1-4]\\b", "\\b(?:appear(?:ed|s)?|published|printed) in\\b", "(?-i:\\b(?:Nature|Science|Cell|Lancet)\\b)", "\\bcitations?\\b",
            ]
        ),
        TopicLexicon(
            topic: .award,
            triggers: [
                "\\bprizes?\\b", "\\bawards? (?:for|in) (?:science|technology|invention|innovation|progress)\\b",
                "\\b(?:science and technology|s&t|scientific|technological|science|technology|invention|innovation|progress|natural science|achievement|excellence|youth|national|state|provincial|ministerial|municipal|ministry-level|province-level|national-level|first-class|second-class|third-class|gold|silver)\\s+(?:[a-z&-]+\\s+){0,3}?awards?\\b",
                "\\baward-winning\\b", "\\bawards? at (?:the )?(?:national|provincial|ministerial|municipal|state|city)[- ]level\\b", "\\bawards\\b", "\\bhave won\\b", "\\bhas won\\b", "\\blaureates?\\b",
            ].map { TriggerSpec(pattern: $0, polarity: .merit, group: "award") },
            cancels: ["\\bawards? (?:amount|ceiling|size|period|letter|decision|agreement|holder)s?\\b", "\\bawards (?:will|are|shall) be (?:made|paid|announced|granted)\\b"],
            hardContext: reviewerContext + integrityContext + formContext + [
                "\\bnominat", "\\brecommend(?:ed)? for\\b", "\\bapply for (?:an? )?(?:award|prize)\\b", "\\bcompete for\\b", "\\bbonus(?:es)?\\b(?! (?:points?|marks?|scores?))",
            ],
            softContext: outputContext
        ),
        TopicLexicon(
            topic: .honour,
            triggers: [
                "\\bacademicians?\\b", "\\b(?:members?(?:hips?)?|fellows?(?:hips?)?) of (?:a |an |the )?(?:chinese academy of (?:sciences|engineering)|royal society|(?:[a-z]+ ){0,3}academ(?:y|ies)(?: of [a-z]+(?: and [a-z]+)?)?)\\b", "\\bacademy members?\\b", "\\b(?:ieee|acm|aaas|iet|asme|aps|acs|rsc) fellows?\\b", "\\belected (?:a |an )?(?:members? |fellows? )?(?:to|of|into|as) (?:the |a |an )?(?:[a-z]+ ){0,3}academ(?:y|ies|icians?)\\b",
                "\\bdistinguished young scholars?\\b", "\\bexcellent young scientists?\\b", "\\b(?:changjiang|cheung kong|yangtze river) scholars?\\b",
                "\\bten[- ]thousand[- ]talents?\\b", "\\bthousand[- ]talents?\\b",
                "\\btalent[- ](?:programmes?|programs?|plans?|schemes?|projects?|titles?|awards?)\\b", "\\bhonou?r(?:ary)? titles?\\b",
                "\\b(?:leading|top|high-level|outstanding|young) talents?\\b", "\\bspecial government allowance\\b",
                "\\bhighly cited researchers?\\b", "\\b(?:national|provincial|ministerial|municipal)-level talents?\\b",
                // Fellows of learned societies; medals and Hong Kong honours.
                "\\bfellow(?:s|ships?)? of (?:the |a |an )?(?:[a-z-]+ ){0,5}?(?:society|societies|association|institute|institution|college)\\b", "\\b(?:society|association|institute|institution) fellows?\\b", "\\b(?:frs|freng|fmedsci)\\b",
                "\\bmedal(?:s|lists?)?\\b", "\\b(?:grand |gold |silver |bronze )?bauhinia (?:star|medal)\\b", "\\bjustice of the peace\\b",
            ].map { TriggerSpec(pattern: $0, polarity: .merit, group: "honour") },
            cancels: ["\\bacademician (?:expert )?workstations?\\b"],
            hardContext: reviewerContext + integrityContext + formContext + ["\\bnominat", "\\belection of\\b", "\\bworkstations?\\b"],
            softContext: outputContext + ["\\battract", "\\bcultivat", "\\btrain(?:ing)?\\b"]
        ),
        TopicLexicon(
            topic: .ownership,
            triggers: [
                TriggerSpec(pattern: "\\bstate[- ](?:owned|controlled|funded|holding)\\b", polarity: .admitted, group: "state"),
                TriggerSpec(pattern: "\\b(?:SOEs?|central enterprises?|state enterprises?|public enterprises?)\\b", polarity: .admitted, group: "state"),
                TriggerSpec(pattern: "\\bstate (?:capital|shareholders?|investors?|equity|shareholding)\\b", polarity: .admitted, group: "state"),
                TriggerSpec(pattern: "\\b(?:privately|private)[- ](?:owned|held|funded)\\b", polarity: .admitted, group: "private"),
                // Ownership in other words: government-linked companies (GLCs), state-backed, publicly owned, family-owned, private-sector.
                TriggerSpec(pattern: "\\b(?:government|state)[- ](?:linked|backed|affiliated|run|invested)\\b|\\bGLCs?\\b|\\bpublicly[- ]owned\\b", polarity: .admitted, group: "state"),
                TriggerSpec(pattern: "\\bfamily[- ](?:owned|run|controlled)\\b|\\bprivate[- ]sector (?:enterprises?|compan(?:y|ies)|firms?|businesses|applicants?|partners?)\\b", polarity: .admitted, group: "private"),
                TriggerSpec(pattern: "\\b(?:private|non-state|non-public) (?:enterprises?|compan(?:y|ies)|firms?|businesses|sector|capital)\\b", polarity: .admitted, group: "private"),
                TriggerSpec(pattern: "\\bprivate\\b", polarity: .mention, group: "private"),
                TriggerSpec(pattern: "\\bforeign[- ](?:invested|owned|funded|controlled)\\b", polarity: .admitted, group: "foreign"),
                TriggerSpec(pattern: "\\b(?:foreign|overseas) (?:enterprises?|compan(?:y|ies)|firms?|capital|investors?|shareholders?|shareholding|equity|stakes?)\\b", polarity: .admitted, group: "foreign"),
                TriggerSpec(pattern: "\\b(?:joint ventures?|sino-foreign)\\b", polarity: .admitted, group: "foreign"),
                TriggerSpec(pattern: "\\b(?:chinese|domestic|domestically)[- ](?:owned|funded|invested|capital|controlled)\\b", polarity: .admitted, group: "domestic"),
                TriggerSpec(pattern: "\\b(?:collectively|collective)[- ]owned\\b", polarity: .admitted, group: "collective"),
                TriggerSpec(pattern: "\\b(?:types? of ownership|ownership (?:types?|kinds?|structures?|forms?)|ownership)\\b", polarity: .admitted, group: "any"),
                TriggerSpec(pattern: "\\b(?:foreign|state|private|government|overseas) (?:ownership|shareholding|stake|equity|shares?)\\b", polarity: .share, group: "share"),
                // Owners named by where they are from (a majority of local shareholders; beneficial owner … a Hong Kong resident).
                TriggerSpec(pattern: "\\b(?:local|domestic|chinese|prc|hong kong|mainland|macao|taiwan) (?:shareholders?|shareholding|owners?|investors?|equity|capital)\\b", polarity: .admitted, group: "domestic"),
                TriggerSpec(pattern: "\\b(?:beneficial|ultimate|controlling) (?:owners?|shareholders?|controllers?)(?=" + W + "{0,60}\\b(?:residents?|citizens?|nationals?|state|government|foreign|local|chinese|prc|domestic|overseas)\\b)", polarity: .share, group: "share"),
                // Who holds the company: the state holds a controlling stake; a majority stake held by foreign investors.
                TriggerSpec(pattern: "\\b(?:the )?(?:state|government|foreign|overseas|private|chinese|domestic|local)(?: [a-z]+){0,2} (?:holds?|owns?|controls?|holding|owning) (?:at least |more than |over |no less than |a |the )?(?:[0-9.]+% ?(?:of )?(?:the |its )?)?(?:controlling |majority |minority )?(?:stake|share|interest|equity)", polarity: .share, group: "share"),
                TriggerSpec(pattern: "\\b(?:state|government|foreign|overseas|private|chinese|domestic|local) (?:capital|investment|investors?|shareholders?|shareholding|ownership|equity) (?:accounts? for|represents?|exceeds?|makes? up|holding|holds?|owns?|of (?:more|less|over|at least|above|below))\\b", polarity: .share, group: "share"),
                TriggerSpec(pattern: "\\b(?:controlling|majority) (?:stake|shareholding|interest|equity)s? (?:held )?by (?:the )?(?:state|government|foreign|overseas|private)", polarity: .share, group: "share"),
                TriggerSpec(pattern: "\\b(?:[0-9]+% |majority[- ]|minority[- ]|wholly[- ]|fully[- ]|partly[- ]|partially[- ])?(?:owned|held|controlled|funded)(?: (?:or|and|and/or) (?:wholly |majority |fully )?(?:owned|held|controlled|funded))? by (?:the )?(?:[a-z]+ )?(?:state|government|chinese|prc|foreign|domestic|overseas|private|local|hong kong|macao|macau|taiwan|mainland|public)\\b", polarity: .share, group: "share"),
                // The value of a header that names ownership ("Ownership | state").
                TriggerSpec(pattern: "(?<=(?:ownership|owned)[^,;:.!?\\n|]{0,20}[:|])\\s?(?:state|public|collective|collectively)\\b", polarity: .admitted, group: "state"),
                TriggerSpec(pattern: "(?<=(?:ownership|owned)[^,;:.!?\\n|]{0,20}[:|])\\s?(?:private|privately|non-state)\\b", polarity: .admitted, group: "private"),
            ],
            cancels: ["\\bstate-owned assets?\\b", "\\bintellectual property ownership\\b", "\\bownership of (?:the )?(?:results|intellectual|data|ip)\\b"],
            // Forms that record ownership (declare the ownership structure) set no condition on it.
            hardContext: ["\\breform\\b"] + formContext,
            softContext: [],
            partition: ["state", "private", "foreign"]
        ),
        TopicLexicon(
            topic: .nationality,
            triggers: [
                TriggerSpec(pattern: "\\b(?:chinese|prc|china|people'?s republic of china) (?:citizens?|citizenship|nationals?|nationality|passports?|id cards?|identity cards?)\\b", polarity: .admitted, group: "home"),
                TriggerSpec(pattern: "\\b(?:citizens?|citizenship|nationals?|nationality|passport holders?|passports?|residents?|permanent residents?|permanent residence|household registration|hukou) of (?:the )?(?:china|prc|people'?s republic of china|mainland(?: china)?|hong kong|macao|macau|taiwan|this (?:city|province|municipality)|beijing|[a-z]+ (?:city|province))\\b", polarity: .admitted, group: "home"),
                TriggerSpec(pattern: "\\b(?:foreign|overseas|non-chinese) passports?\\b", polarity: .excludable, group: "foreign"),
                TriggerSpec(pattern: "\\b(?:dual|multiple) (?:citizens?|citizenship|nationals?|nationality)\\b", polarity: .excludable, group: "foreign"),
                TriggerSpec(pattern: "\\b(?:passports?|green cards?|permanent residen(?:cy|ce|ts?)|residence status|right of abode)\\b", polarity: .merit, group: "any"),
                TriggerSpec(pattern: "\\bresident identity cards?\\b", polarity: .admitted, group: "home"),
                // Travel permits of a region (Hong Kong, Macao and Taiwan travel permits; home-return permits): identity documents.
                TriggerSpec(pattern: "\\b(?:travel|home[- ]return|home[- ]visit|exit[- ]entry|entry[- ]exit) permits?\\b", polarity: .admitted, group: "region"),
                TriggerSpec(pattern: "\\b(?:hong kong|macao|macau|taiwan|mainland|prc|chinese|local)(?: permanent)?(?: resident)? (?:identity|id|resident) cards?\\b|\\bpermanent identity cards?\\b", polarity: .admitted, group: "home"),
                // Residence by registration (registered residents of Shanghai; resident in Beijing for three years).
                TriggerSpec(pattern: "\\bregistered residents?\\b|\\b(?:residents?|hukou holders?) of [a-z]+\\b|\\bresident (?:in|of) (?:[a-z]+ ){1,2}for\\b", polarity: .admitted, group: "home"),
                // The first digits of an ID number are a region's code: a household registration in disguise.
                TriggerSpec(pattern: "\\b(?:id|identity|identity card|identity document|resident id|citizen id)(?: card)? numbers? (?:that |which )?(?:do(?:es)? not |don'?t |doesn'?t )?(?:begin|begins|beginning|start|starts|starting) with\\b", polarity: .merit, group: "home"),
                TriggerSpec(pattern: "\\bmainland (?:chinese|china) (?:citizens?|nationals?|residents?|nationality)\\b", polarity: .admitted, group: "home"),
                TriggerSpec(pattern: "\\b(?:household regist(?:ration|ers?|ry)|hukou|residence registration)\\b", polarity: .admitted, group: "home"),
                TriggerSpec(pattern: "\\b(?:nationality|citizenship)\\b", polarity: .merit, group: "any"),
                TriggerSpec(pattern: "\\b(?:foreign|overseas|non-chinese|international) (?:nationals?|citizens?|scientists?|researchers?|experts?|talents?|scholars?|applicants?|passport holders?)\\b", polarity: .excludable, group: "foreign"),
                TriggerSpec(pattern: "\\bforeigners?\\b", polarity: .excludable, group: "foreign"),
                TriggerSpec(pattern: "\\b(?:applicants?|researchers?|scientists?|scholars?|candidates?|teams?|experts?) from (?:hong kong|macao|macau|taiwan)\\b", polarity: .excludable, group: "region"),
                // Where one was born stands for nationality or household registration.
                TriggerSpec(pattern: "\\bborn (?:in|outside|abroad)\\b|\\b(?:place|country) of birth\\b|\\bbirthplace\\b", polarity: .merit, group: "any"),
                TriggerSpec(pattern: "\\bnon-(?:citizens?|nationals?|residents?|locals?|chinese)\\b", polarity: .excludable, group: "foreign"),
                TriggerSpec(pattern: "\\b(?:citizens?|nationals)\\b", polarity: .admitted, group: "home"),
                // The value of a header that names nationality or household registration ("Nationality of PI | PRC").
                TriggerSpec(pattern: "(?<=(?:nationality|citizenship|hukou|household registration)[^,;:.!?\\n|]{0,20}[:|])\\s?(?:the )?(?:prc|china|chinese|mainland|local|beijing|shanghai|[a-z]+ (?:city|province))\\b", polarity: .admitted, group: "home"),
            ],
            cancels: ["\\b(?:owned|held|controlled|funded) by (?:chinese|foreign|prc|domestic) (?:nationals|citizens|investors)\\b"],
            hardContext: formContext + [
                "\\bwork permits?\\b", "\\bresidence permits?\\b", "\\brecord(?:ed|s)? (?:for|in|on)\\b", "\\bstatistic", "\\bvalid (?:passports?|identity documents?|id)\\b", "\\bvisas?\\b", "(?<!travel |return |visit |entry |exit )\\bpermits?\\b", "\\bproof\\b", "\\bdocuments?\\b(?! numbers? (?:that |which )?(?:begin|start))",
                "\\bfill(?:ed)? in\\b", "\\btruthful", "\\bsecurity review\\b",
                // A document handed in (provide a passport copy; upload a scan of the ID card).
                "\\b(?:provide|submit|upload|attach|present|show|enclose)s?\\b" + W + "{0,30}?(?<!mainland |prc |chinese |local |resident |kong |macao |macau |taiwan |permanent )\\b(?:passports?|id cards?|identity (?:cards?|documents?))\\b(?! (?:holders?|numbers? (?:that |which )?(?:begin|start)))",
                "\\b(?:passport|id card|identity card)s? (?:copy|copies|scans?|photocopy|photocopies)\\b", "\\bconfidential", "\\bentry\\b",
            ],
            softContext: [],
            partition: ["home", "foreign"]
        ),
    ]

    static let markers: [(MarkerKind, [String])] = [
        (.neutral, [
            // The approval of one's own employer or superior body is governance, asked of everyone.
            "\\b(?:obtain|seek|secure|get|require|need|have)s? (?:prior |advance |the )?(?:approval|clearance|permission|authori[sz]ation|consent)(?: [a-z]+){0,2} (?:from|of|by) (?:their|its|his|her|the applicant'?s?|the) (?:own )?(?:employers?|institutions?|organi[sz]ations?|universit(?:y|ies)|supervisors?|superiors?|supervising (?:authorit(?:y|ies)|bod(?:y|ies)|departments?)|parent (?:compan(?:y|ies)|organi[sz]ations?)|boards?|host institutions?|department heads?|shareholders?)\\b",
            // A time or purpose clause (before the proposal can be submitted) grants no permission.
            "\\b(?:before|until|so that|once) (?:the |an? |its |their )?(?:[a-z-]+ ){0,3}(?:can|may)(?: be)?\\b",
            "\\bfor example\\b", "\\bsuch as\\b", "\\bmay also be used\\b", "\\bcan be used\\b", "\\bmay be used\\b",
            "\\b(?:meet|meets|satisfy|satisfies|fulfil|fulfill)s? (?:the |these |all )?(?:conditions?|requirements?)\\b",
        ]),
        (.negation, [
            "\\bnot (?:a |an )?(?:restrictive |necessary |required |mandatory |formal |eligibility |application |entry |selection |assessment |evaluation )?(?:conditions?|preconditions?|criteri(?:on|a)|requirements?|prerequisites?|thresholds?|must)\\b",
            "\\b(?:is|are|will be|shall be) not (?:required|considered|taken into account|counted|used|scored|conditions?)\\b",
            "\\bno " + W + "{0,40}?(?:requirements?|restrictions?|limits?|limitations?|conditions?|thresholds?)\\b",
            "\\bnot (?:be )?(?:required|considered|counted|taken into account|restricted|limited)\\b",
            "\\b(?:will|does|do|shall|should) not (?:count|consider|score|take into account|weigh|matter)\\b",
            "\\bthere (?:is|are|will be) no\\b", "\\bno\\b" + W + "{0,30}?\\b(?:is|are|will be) (?:required|needed|necessary|mandatory|asked for|expected)\\b", "\\bno (?:preference|priority|precedence|advantage|extra points?|bonus(?: points?)?|additional points?|weight)\\b", "\\bno (?:minimum|maximum|fixed|set|particular|specific)(?: [a-z-]+){0,3}? (?:number|level|rank|title|count|threshold|requirement|grade|position)s?\\b",
            "\\bregardless of\\b", "\\birrespective of\\b", "\\bwhether\\b" + W + "{0,40}?\\bor\\b", "\\bwithout (?:regard|restriction|limitation|distinction)\\b",
            // Both groups under one standard: with and without senior titles, against the same criteria.
            "\\bwith (?:and|or) without\\b", "\\b(?:the same|identical|uniform|common|a single) (?:criteria|standards?|rules|terms|conditions|procedures?|process|requirements|treatment|scale|benchmarks?)\\b",
            // Reviewers told not to weigh it: disregard, ignore, not to take into account, must not refer to.
            "\\b(?:disregard|ignore)s?\\b", "\\bnot to (?:take into account|consider|refer to|weigh|look at)\\b", "\\b(?:must|should|may|shall) not (?:refer to|consult|look at|rely on)\\b",
            // It earns nothing (titles will not earn additional points).
            "\\b(?:will|shall|do|does|can|would) not (?:earn|receive|get|attract|gain|bring|carry|give) (?:any )?(?:additional |extra |bonus )?(?:points?|marks?|credit|weight|priority|preference)\\b",
            "\\bequally\\b", "\\bon an? (?:equal|same) (?:footing|basis)\\b", "\\bequal (?:treatment|access|footing|terms)\\b",
            "\\b(?:of|from) (?:all|any) (?:types? of )?(?:ownership|nationalit)", "(?<!with |having |has |have |holding |hold )\\b(?:any|every)(?: [a-z-]+){0,2}? (?:ranks?|titles?|grades?|nationalit(?:y|ies)|citizenships?|ownership(?: types?)?)\\b", "\\bneed not\\b",
            "\\b(?:numbers?|ranking|count|quantity|level|kinds?|types?)\\b(?: and [a-z]+)? of\\b" + W + "{0,60}?\\b(?:will|shall|is|are|do|does|can)(?: not|not)\\b",
            "\\b(?:is|are|will be) (?:not|never) (?:relevant|a factor|decisive|material|a consideration|considered|assessed)\\b", "\\bha(?:s|ve) no (?:bearing|effect|influence)\\b",
            "\\b(?:does|do|will) not (?:affect|influence|matter)\\b",
            "\\birrelevant\\b", "\\bplays? no (?:part|role)\\b", "\\bcarr(?:y|ies) no weight\\b", "\\bmakes? no difference\\b",
            "\\bneither\\b" + W + "{0,60}?\\bnor\\b" + W + "{0,60}?\\b(?:count|counts|matter|matters|considered|taken into account|required|affects?|influences?|used|scored|relevant)\\b",
            // The attribute itself as the subject of a negated passive: "Titles … will not be considered".
            "(?:^|(?<=[.;:\\n]))\\s*(?:the |an? |their |his |her |its |applicants'? )?(?:[a-z'-]+ ){0,3}?(?:titles?|ranks?|publications?|papers?|journals?|rankings?|impact factors?|citations?|h-?index(?:es)?|metrics|awards?|prizes?|medals?|honou?rs?|fellowships?|memberships?|nationality|citizenship|passports?|hukou|ownership)(?: [a-z'-]+){0,5}? (?:will|shall|is|are|would) not be (?:considered|taken into account|counted|used|assessed|scored|evaluated|required|a factor)\\b", "\\b(?:is|are) not (?:mandatory|compulsory|obligatory|necessary|essential)\\b", "\\boptional\\b",
            "\\b(?:no|none of the) [a-z]+(?: [a-z]+)? (?:will|shall|may|can|is|are) (?:be )?(?:excluded|disqualified|refused|rejected|disadvantaged|discriminated)", "\\bdiscriminat[a-z]*\\b", "\\bdo(?:es)? not need\\b",
            "\\bopen to (?:all|any|everyone)\\b",
            // A prohibition of such conditions: may not require …, shall not be used as a threshold.
            "\\b(?:may|must|shall|should|will|do|does|can)(?: not|not)(?: be)? (?:require|impose|demand|set|ask for|use|consider|take into account)\\b",
            "\\b(?:(?:may|must|shall|should|will|can)(?: not|not) be |not (?:be )?)(?:used|treated|regarded|applied|taken|counted) as\\b", "\\bno (?:longer )?(?:be )?used as\\b", "\\bno matter\\b", "\\b(?:abolish|remove|eliminate|avoid|oppose|discourage)(?:s|es|ed|ing)?\\b",
        ]),
        (.narrative, [
            "\\bsince (?:19|20)[0-9]{2}\\b", "\\bha(?:s|ve) (?:so far |already |since |to date |thus far )?(?:funded|supported|trained|attracted|produced|awarded)\\b", "\\bso far\\b",
            "\\bover the (?:years|past decade)\\b", "\\bwas (?:launched|established|founded|set up)\\b",
        ]),
        (.encourage, ["\\bencourag(?:ed|es|e|ing)\\b", "\\bwelcome[ds]?\\b", "\\binvited\\b"]),
        (.allow, [
            "\\bmay\\b", "\\bcan\\b", "\\b(?:is|are) (?:also )?eligible\\b", "\\ballowed\\b", "\\bpermitted\\b", "\\bfree to\\b",
        ]),
        (.preference, [
            "\\bpriorit(?:y|ised|ized|ise|ize)\\b", "\\bprefer(?:red|ence|ably|s)?\\b", "\\b(?:extra|additional|bonus) (?:points?|marks?|credit|weight|scores?)\\b",
            "\\bscor(?:ed|es|e|ing)\\b", "\\b" + NUM + " (?:extra |additional )?points?\\b", "(?<![a-z0-9])\\+[0-9]+(?:\\.[0-9]+)?(?: ?(?:points?|marks?|pts))?\\b",
            // A privilege: the holder is exempt from another condition (the age limit is waived for …).
            // A limit on projects lifted for the holder (the one project per person limit will be waived).
            "\\blimits?(?: [a-z-]+){0,2} (?:is|are|may be|will be|can be|shall be) (?:waived|lifted|relaxed|raised|extended)\\b", "\\b(?:waive|lift|relax|raise)s? the (?:[a-z-]+ ){0,6}?limit\\b",
            // A lower cap for the group (may request at most half the standard budget).
            "\\b(?:at most|no more than|up to|only) (?:half|one half|a third|one third|a quarter|[0-9]+ ?(?:%|per ?cent)) (?:of )?(?:the )?(?:standard |normal |usual |full |maximum )?(?:budget|funding|grant|amount|award)\\b",
            "\\b(?:age|degree|experience) (?:limits?|requirements?|ceilings?)(?: [a-z]+){0,2} (?:is|are|may be|will be|can be) (?:waived|relaxed|lifted|extended)\\b", "\\bnot subject to the (?:age|degree|experience) (?:limits?|requirements?)\\b", "\\bweight(?:ed|ing)?\\b",
            "\\bfavou?r(?:ed|ably|s)?\\b", "\\b(?:taken into (?:account|consideration)|counts? towards?|counted towards?|weighs? in)\\b",
            // Extra money for the holder: a supplementary grant, additional funding.
            "\\b(?:supplementary|additional|extra|top-up|bonus) (?:grants?|funding|funds|support|budget|allocations?|money)\\b",
            "\\b(?:budget|funding|grant|support)(?: [a-z]+)? (?:uplifts?|increases?|top-ups?|supplements?)\\b",
            // More money for the holder: an increase in the funding ceiling, a cap that rises, matching funds received.
            "\\b(?:increases?|rises?|raises?|uplifts?|boosts?|top-ups?) (?:in|of|to) (?:the |its |their |his |her )?(?:[a-z-]+ )?(?:funding|grants?|budgets?|support|ceilings?|caps?|allocations?)\\b",
            "\\b(?:budget|funding|grant|support) (?:caps?|ceilings?|limits?|levels?|rates?)(?: [a-z]+)? (?:rises?|rise|is raised|are raised|is increased|are increased|is lifted|goes up|doubles?)\\b",
            "\\b(?:receives?|gets?|obtains?|(?:is|are) entitled to|(?:is|are) eligible for|qualif(?:y|ies) for|(?:is|are) granted|(?:is|are) given|(?:is|are) awarded)\\b" + W + "{0,40}?\\b(?:increase|uplift|top-up|supplement|bonus|extra|additional|matching|higher|larger|lower|reduced|smaller|full|maximum)\\b" + W + "{0,30}?\\b(?:funding|funds?|grants?|budgets?|ceilings?|caps?|support|money|allocations?|ratios?|rates?)\\b", "\\b(?:higher|larger|increased|enhanced) (?:funding|grants?|budgets?|support|ceilings?|funding rates?)\\b", "\\bexempt(?:ed|ion)? from\\b", "\\branked? (?:ahead|higher|first|above|ahead|according to|by|on)\\b", "\\b(?:higher|better) (?:rankings?|scores?|ratings?|marks?)\\b", "\\bfast-?track", "\\b(?:skip|skips|bypass|bypasses)\\b" + W + "{0,20}?\\b(?:review|screening|stage|round|interview|assessment|evaluation)s?\\b", "\\b(?:funded|considered|reviewed|selected|supported|shortlisted|admitted) first\\b", "\\b(?:automatically|directly) (?:eligible|shortlisted|funded|admitted|qualif[a-z]+|selected|approved)\\b", "\\badvantage\\b", "\\bprecedence\\b", "\\bother things being equal\\b",
        ]),
        (.burden, [
            // An extra step for one group only: must additionally obtain clearance; special approval.
            "\\b(?:additionally|separately) (?:obtain|submit|provide|secure|seek|attach|present|undergo|lodge|deposit|post|furnish|pay)\\b",
            // A deposit or guarantee asked of the group (must lodge a bank guarantee).
            "\\b(?:lodge|deposit|post|furnish|pay)s? (?:a |an )?(?:bank |performance |financial |security )?(?:guarantee|bond|deposit|security)\\b",
            // Another party one group alone must bring in (must find a Chinese co-PI; must partner with a state-owned firm).
            "\\b(?:must|shall|should|(?:is|are) required to|ha(?:s|ve) to|needs? to)(?: also| additionally| first)? (?:find|engage|appoint|recruit|identify|nominate|secure|obtain|get|enlist|invite|arrange for|bring in|add|name|partner with|team up with|be paired with|pair with|co-apply with|be co-led by|be jointly led by|be accompanied by)\\b" + W + "{0,20}?(?:\\b(?:chinese|local|domestic|mainland|prc|beijing-based|state-owned|state owned|publicly owned|government-owned|citizen)\\b|\\b(?:co-?applicants?|co-?pis?|co-?investigators?|co-?leads?|co-?leaders?|sponsors?|guarantors?|mentors?|recommenders?|endorsers?|lead applicants?)\\b)",
            "\\b(?:special|additional|separate|extra|specific)(?: [a-z-]+){0,2}? (?:approval|clearance|permission|authori[sz]ation|vetting|screening|guarantee|endorsement|review|check|assessment)s?\\b",
            "\\b(?:obtain|seek|secure|get|require|need|have)s? (?:prior |advance |the )?(?:approval|clearance|permission|authori[sz]ation|consent)(?: [a-z]+){0,2} (?:from|of|by)\\b",
        ]),
        (.modal, [
            "\\bmust\\b", "\\bshall\\b", "\\bshould\\b", "\\bbe required\\b", "\\b(?:is|are) required(?= to\\b)", "\\brequired\\b", "\\brequires?\\b",
            "\\bneeds? to\\b", "\\bneeds? (?:a|an|the)\\b", "\\bought to\\b", "\\b(?:is|are) obliged to\\b", "\\bexpected to (?:be|hold|have|possess)\\b", "\\bha(?:ve|s) to\\b", "\\bin principle\\b", "\\bmandatory\\b",
        ]),
        (.only, [
            "\\bonly\\b", "\\bexclusively\\b", "\\bsolely\\b", "\\b(?:limited|restricted|confined|reserved) to\\b", "\\b(?:reserved|earmarked|set aside|ring-?fenced) (?:exclusively |only |solely )?for\\b", "\\bunless\\b",
        ]),
        (.exclusion, [
            "\\bmay not\\b", "\\bmust not\\b", "\\bshall not\\b", "\\bcannot\\b", "\\bcan not\\b", "\\bnot eligible\\b", "\\b(?:do|does|will|shall|would|can)(?: not|not) qualify\\b", "\\bineligible\\b",
            "\\bexclud(?:e|es|ed|ing)\\b", "\\bnot (?:be )?accepted\\b", "\\b(?:will|shall|would) not (?:be )?(?:accept|consider|fund|support|shortlist|select|invit|approv|admitt|process|review)(?:ed|e)?\\b",
            "\\bnot (?:be )?(?:allowed|permitted)\\b", "\\bexcept(?:ing)?\\b", "\\bother than\\b", "\\bbarred\\b", "\\bdisqualif(?:y|ied|ies)\\b",
            "\\brejected\\b", "\\bno applications? from\\b",
            // "…, not PIs": the group may take part but not lead.
            "\\bnot (?:as |be )?(?:the )?(?:PIs?|principal investigators?|project (?:leaders?|heads?)|lead (?:applicants?|investigators?|partners?)|coordinators?|chief scientists?)\\b",
        ]),
        (.threshold, [
            "\\bat least\\b", "\\bor (?:more|above|higher|better)\\b", "\\band above\\b", "\\b(?:no|not) (?:fewer|less) than\\b",
            "\\bminimum(?: of)?\\b", "\\b(?:more|greater|higher) than\\b", "\\babove\\b", "\\bexceed(?:s|ing)?\\b",
        ]),
        (.count, ["\\b" + NUM + " (?:or more )?(?:[a-z-]+ ){0,3}?(?:papers|articles|publications|awards)\\b"]),
        (.proportion, [
            // A share of a group (two-thirds of funded PIs; three in ten successful applications; 60% of).
            "\\b(?:roughly |about |around |nearly |some |over |more than |less than |almost |just under |just over )?(?:(?:one|two|three|four|five|six|seven|eight|nine)[- ](?:thirds?|quarters?|fifths?|tenths?)|half|a (?:third|quarter|fifth|tenth)|[0-9.]+ ?(?:%|per ?cent)|(?:one|two|three|four|five|six|seven|eight|nine) in (?:ten|five|four|three))(?= of\\b| (?:successful|funded|winning) )",
        ]),
        (.statistic, [
            // A count too large for a team (more than 800 academicians work in the city): a statistic.
            "\\b(?:more than |over |some |about |nearly |around |almost )?(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]{3,}|[0-9.]+ (?:thousand|million))\\+? (?:[a-z-]+ ){0,4}?(?:academicians|scientists|researchers|enterprises|companies|firms|people|members|fellows|winners|laureates|institutions|universities)\\b",
        ]),
        (.bound, ["\\b(?:no|not) more than\\b", "\\bbelow\\b", "\\bless than\\b", "\\bup to\\b", "\\bat most\\b", "\\bmaximum\\b", "\\bunder\\b"]),
        (.conditionWord, [
            "\\b(?:eligibility|entry|application) (?:conditions?|requirements?|criteri(?:on|a)|thresholds?)\\b", "\\bprerequisites?\\b",
            // The attribute as the subject of a passive requirement: "PRC citizenship is required of all PIs".
            "\\b(?:is|are|will be) (?:required|mandatory|compulsory|a must)\\b(?! to\\b)",
            "\\bthresholds?\\b", "\\bconditions? (?:of|for)\\b", "\\bscreening\\b",
            // "Eligible PIs are members of …": who is eligible, defined by the attribute.
            "\\b(?:eligible|qualified) (?:[a-z-]+ ){0,3}?(?:are|is)\\b(?! (?:also |not )?(?:encouraged|invited|welcome|required to|expected to|listed|published|announced))",
        ]),
        (.qualifier, ["\\brecipients?\\b", "\\bwinners?\\b", "\\bholders?\\b", "\\blaureates?\\b", "\\bawardees?\\b", "\\bselectees?\\b"]),
        (.possession, [
            "\\bhold(?:s|ing)?\\b", "\\bha(?:s|ve|ving)\\b", "\\bwith\\b", "\\bpossess(?:es|ing)?\\b", "\\breceived\\b", "\\bwon\\b",
            "\\bawarded\\b", "\\bselected (?:into|for|as|by|in)\\b", "\\belected\\b", "\\b(?:is|are|be) (?:a|an)\\b", "\\bserv(?:e|es|ing) as\\b",
        ]),
        (.timeWindow, ["\\b(?:in|within|during|over) the (?:last|past|preceding|previous|recent) " + NUM + " years?\\b"]),
        (.past, ["\\bha(?:ve|s) (?:been|won|received|published|held)\\b", "\\bpreviously\\b", "\\bever\\b", "\\balready\\b", "\\bto date\\b", "\\bpublished\\b"]),
        (.subject, [
            "\\bapplicants?\\b", "\\bprincipal investigators?\\b", "\\bPIs?\\b", "\\bproject (?:leaders?|heads?|managers?)\\b",
            "\\b(?:lead|chief) scientists?\\b", "\\bteams?\\b", "\\bmembers?\\b", "\\blead (?:organi[sz]ations?|institutions?|units?|applicants?|partners?)\\b",
            "\\bapplicant (?:organi[sz]ations?|institutions?|units?|enterprises?|compan(?:y|ies))\\b", "\\bconsorti(?:um|a)\\b", "\\bcandidates?\\b",
        ]),
    ]
}
