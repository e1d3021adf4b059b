//! The attribution rule table, one test group per rule and veto, each with
//! positive and negative cases of our own.
//!
//! `check(input, expected)`: each expected line is
//! `rule | kind | claimant | cue | content` for every attributed claim, in
//! order (claimant is the entity's canonical name, `-` for none; content
//! spans are joined with ` … `).

use claim_reader::report::{parse, ClaimKind};

#[track_caller]
fn check(input: &str, expected: &[&str]) {
    let r = parse(input);
    let got: Vec<String> = r
        .claims
        .iter()
        .filter(|c| c.kind != ClaimKind::Unattributed)
        .map(|c| {
            let who = r.claimant_name(c).unwrap_or_else(|| "-".into());
            let cue = c
                .cue
                .map(|q| r.slice(q.span).to_string())
                .unwrap_or_else(|| "-".into());
            let content: Vec<&str> = c.content.iter().map(|s| r.slice(*s)).collect();
            format!(
                "{} | {} | {} | {} | {}",
                c.rule.map_or("-", |r| r.as_str()),
                c.kind.as_str(),
                who,
                cue,
                content.join(" … ")
            )
        })
        .collect();
    assert_eq!(got, expected, "\ninput: {input}\n");
}

mod layout {
    use super::check;

    #[test]
    fn two_apostrophes_are_a_double_quotation_mark() {
        check(
            "''The bridge is safe,'' said Mr. Okoye, the city engineer.",
            &["inverted | direct | Okoye | said | The bridge is safe"],
        );
    }

    #[test]
    fn three_apostrophes_close_a_quotation_inside_one_and_the_outer_one() {
        check(
            "''Call it 'a pause,''' said Mr. Okoye, the city engineer.",
            &["inverted | direct | Okoye | said | Call it 'a pause,'"],
        );
    }

    #[test]
    fn a_right_mark_before_a_word_opens_a_quotation_when_none_is_open() {
        // As Swedish prints it, and as mistyped web copy does.
        check(
            "”We will appeal,” Okafor said.",
            &["trailing_speaker | direct | Okafor | said | We will appeal"],
        );
        check(
            "Readers wrote in.\n\n”The levy hurts us. It must go.” ― Ana Ruiz",
            &["quote_byline | direct | Ana Ruiz | ― | The levy hurts us. It must go."],
        );
    }

    #[test]
    fn a_quotation_inside_a_sentence_ends_it_before_the_next_speaker() {
        // The words quoted belong to "She says"; "She adds, …" is a
        // sentence of its own, with its own quotation.
        check(
            "She says the levy is the “same old tax.” She adds, “Who pays it?”",
            &[
                "speaker_before | mixed | She | says | the levy is the “same old tax.”",
                "speaker_before | direct | She | adds | Who pays it?",
            ],
        );
        // A quotation that opens its sentence still takes the speaker after it.
        check(
            "“We will appeal.” Holm said, “The ruling is wrong.”",
            &["trailing_speaker | direct | Holm | said | We will appeal. … The ruling is wrong."],
        );
    }

    #[test]
    fn an_apostrophe_of_a_plural_possessive_is_no_quotation() {
        check(
            "The farmers' union said prices had fallen.",
            &["speaker_before | indirect | farmers' union | said | prices had fallen"],
        );
    }

    #[test]
    fn a_quotation_after_its_speaker_ends_its_sentence_before_the_next_speaker() {
        check(
            "Okafor said, \"The ruling is unusual.\" Her lawyer added, \"We will appeal it.\"",
            &[
                "speaker_before | direct | Okafor | said | The ruling is unusual.",
                "speaker_before | direct | lawyer | added | We will appeal it.",
            ],
        );
        // A quotation that opens the sentence keeps its speaker after it.
        check(
            "\"Is it over?\" Okafor asked, \"or do we wait?\"",
            &["trailing_speaker | direct | Okafor | asked | Is it over? … or do we wait?"],
        );
    }
}

mod continuation_quote {
    use super::check;

    #[test]
    fn a_quotation_after_its_speakers_claim_joins_it() {
        check(
            "\"We will appeal,\" Okafor said. \"The ruling ignores the evidence.\"",
            &["trailing_speaker | direct | Okafor | said | We will appeal … The ruling ignores the evidence."],
        );
    }

    #[test]
    fn reported_speech_then_a_quotation_is_a_mixed_claim() {
        check(
            "Okafor said the ruling would be appealed. \"It ignores the evidence.\"",
            &["speaker_before | mixed | Okafor | said | the ruling would be appealed … It ignores the evidence."],
        );
    }

    #[test]
    fn a_paragraph_that_is_the_next_quotation_joins_it() {
        check(
            "\"We will appeal,\" Okafor said.\n\n\"The ruling ignores the evidence. It will not stand.\"",
            &["trailing_speaker | direct | Okafor | said | We will appeal … The ruling ignores the evidence. It will not stand."],
        );
    }

    #[test]
    fn issuing_a_statement_introduces_the_quotation_after_it() {
        check(
            "The club released the following statement on Monday:\n\n\"We are shocked by the decision.\"",
            &["continuation_quote | direct | club | released | We are shocked by the decision."],
        );
        // Releasing a report introduces nobody's words.
        check(
            "The club released its accounts on Monday:\n\n\"We are shocked by the decision.\"",
            &["continuation_quote | direct | - | - | We are shocked by the decision."],
        );
    }

    #[test]
    fn a_quotation_with_its_own_speaker_after_it_does_not() {
        check(
            "\"We will appeal,\" Okafor said.\n\n\"Who wrote this?\" Ruiz asked of the ruling, which ran to 40 pages.",
            &[
                "trailing_speaker | direct | Okafor | said | We will appeal",
                "trailing_speaker | direct | Ruiz | asked | Who wrote this?",
            ],
        );
    }

    #[test]
    fn sentences_inside_one_quotation_are_one_claim() {
        // A quotation left open at its paragraph's end, as a speech quoted
        // over several paragraphs is, is still one quotation.
        check(
            "\"Okay,\" I said, trying again.\n\n\"I was seventeen when I came to this country. I came as a student from a small town. I stayed on after that.\n\n\"Then I went home.\"",
            &[
                "trailing_speaker | direct | I | said | Okay",
                "continuation_quote | direct | - | - | I was seventeen when I came to this country. … I came as a student from a small town … I stayed on after that",
                "continuation_quote | direct | - | - | Then I went home.",
            ],
        );
    }

    #[test]
    fn not_after_the_reports_own_sentence() {
        check(
            "\"We will appeal,\" Okafor said. The court sat for two days. \"The ruling ignores the evidence.\"",
            &[
                "trailing_speaker | direct | Okafor | said | We will appeal",
                "continuation_quote | direct | Okafor | - | The ruling ignores the evidence.",
            ],
        );
    }
}

mod learned_cues {
    use super::check;
    use claim_reader::report::parse;

    fn strength(input: &str) -> Vec<&'static str> {
        let r = parse(input);
        r.claims
            .iter()
            .filter_map(|c| c.cue.map(|q| q.strength.as_str()))
            .collect()
    }

    #[test]
    fn a_verb_of_stance_from_the_learned_list_is_a_cue() {
        check(
            "The coach defended the decision to bench two players.",
            &["speaker_before | indirect | coach | defended | the decision to bench two players"],
        );
    }

    #[test]
    fn mental_states_are_beliefs_and_intentions_not_statements() {
        assert_eq!(
            strength("The senator believes the tax cut will pay for itself."),
            ["belief"]
        );
        assert_eq!(
            strength("The mayor wants to rebuild the bridge by spring."),
            ["intention"]
        );
        assert_eq!(
            strength("The mayor said the bridge would be rebuilt."),
            ["neutral"]
        );
    }

    #[test]
    fn verbs_of_action_are_no_cues() {
        check("The governor signed the budget on Friday.", &[]);
        check("The council withdrew the proposal after the vote.", &[]);
    }

    #[test]
    fn a_learned_verb_with_only_a_time_after_it_has_no_content() {
        check(
            "Aid to schools is something the council has opposed in the past.",
            &[],
        );
    }
}

mod learned_model {
    //! The learned cue model (`attribution::cue_model`): words of stance
    //! and belief that no rule names, read after the rules.
    use super::check;

    #[test]
    fn an_adjective_of_stance_with_its_subject() {
        check(
            "The governor has been critical of the new tariffs.",
            &["learned_cue | indirect | governor | critical of | the new tariffs"],
        );
        check(
            "Regional leaders remain confident of a deal before winter.",
            &["learned_cue | indirect | Regional leaders | confident of | a deal before winter"],
        );
        check(
            "Dr. Ana Ruiz is convinced the vaccine will reach rural clinics by spring.",
            &["learned_cue | indirect | Ana Ruiz | convinced | the vaccine will reach rural clinics by spring"],
        );
    }

    #[test]
    fn a_passive_of_what_is_known_names_no_source() {
        check(
            "Hart is known for his blunt remarks about the budget.",
            &["learned_cue | indirect | known for | known for | his blunt remarks about the budget"],
        );
    }

    #[test]
    fn the_rules_come_first_and_their_vetoes_hold() {
        // The stance is inside what the aides said.
        check(
            "The mayor was critical of the police, aides said.",
            &["trailing_speaker | indirect | aides | said | The mayor was critical of the police"],
        );
        // A modal or a negation: nothing was claimed.
        check("The mayor would not be critical of the police.", &[]);
        // A call and a request for a thing are no claims; a refusal to act
        // is a stand taken, though the model does not read it: the table's.
        check(
            "The company refused to pay the fine.",
            &["speaker_before | indirect | company | refused | to pay the fine"],
        );
        check("The company will refuse to pay the fine.", &[]);
        check("She called her brother on Sunday.", &[]);
    }

    #[test]
    fn words_that_only_look_like_cues() {
        // "see" takes a view only with "as" or "that".
        check("They saw the game on Sunday.", &[]);
        // A participle after a preposition is an adjective.
        check("The crowd moved along expected lines.", &[]);
    }
}

mod vetoes {
    use super::check;

    #[test]
    fn offering_no_evidence_is_the_reports_observation() {
        check("The minister offered no evidence for the figure.", &[]);
        check(
            "The minister offered a new figure for the losses.",
            &["speaker_before | indirect | minister | offered | a new figure for the losses"],
        );
    }

    #[test]
    fn a_participle_with_its_agent_after_both_is_no_cue() {
        check(
            "The plan respected the views voiced both by the unions and the owners.",
            &[],
        );
    }
}

mod precedence {
    use super::check;

    #[test]
    fn a_trailing_attribution_outranks_a_verb_of_stance_inside_it() {
        check(
            "The group has documented 40 cases of abuse since June, its director said.",
            &["trailing_speaker | indirect | director | said | The group has documented 40 cases of abuse since June"],
        );
        // A verb of the rule table's own, too.
        check(
            "The board rejected the offer because it came too late, a spokesman for the union said.",
            &["trailing_speaker | indirect | spokesman for the union | said | The board rejected the offer because it came too late"],
        );
    }

    #[test]
    fn a_verb_of_saying_of_the_same_speaker_keeps_its_claim() {
        // The trailing words are no part of what she said.
        check(
            "Lena Ortiz spoke for an hour. She said the union wanted raises for every worker, she added.",
            &["speaker_before | indirect | Lena Ortiz | said | the union wanted raises for every worker"],
        );
    }

    #[test]
    fn a_clause_that_tells_when_holds_a_claim_of_its_own() {
        check(
            "Dana Reyes opposed the bill when she said it would hurt renters.",
            &[
                "speaker_before | indirect | Dana Reyes | opposed | the bill",
                "speaker_before | indirect | Dana Reyes | said | it would hurt renters",
            ],
        );
    }

    #[test]
    fn a_pronoun_after_that_is_no_relative_clause_of_a_speaker() {
        // The reports say it, with no named source; "he" is no relative
        // clause's speaker.
        check(
            "She would not confirm the reports that he had decided to run.",
            &["cue_noun | indirect | reports | reports | he had decided to run"],
        );
    }
}

mod according_to {
    use super::check;

    #[test]
    fn any_noun_phrase_is_the_source() {
        check(
            "The charity has helped 9,000 farmers raise their yields, according to the charity's own tally.",
            &["according_to | indirect | charity's own tally | according to | The charity has helped 9,000 farmers raise their yields"],
        );
        check(
            "The senator leads the field with 22 percent, according to a university poll released Sunday.",
            &["according_to | indirect | university poll | according to | The senator leads the field with 22 percent"],
        );
    }
}

mod label_colon {
    use super::check;

    #[test]
    fn a_headline_names_its_speaker_before_a_colon() {
        check(
            "Senator Vale: Tariffs are dead on arrival",
            &["label_colon | indirect | Vale | : | Tariffs are dead on arrival"],
        );
    }

    #[test]
    fn a_transcript_line_in_capitals() {
        check(
            "MORALES: We never agreed to that.",
            &["label_colon | direct | MORALES | : | We never agreed to that"],
        );
    }

    #[test]
    fn a_transcript_quoted_paragraph_by_paragraph() {
        check(
            "\"MORALES: We never agreed to that. The deal was theirs.\n\n\"BLAKE: It was signed in March.",
            &[
                "label_colon | direct | MORALES | : | We never agreed to that … The deal was theirs.",
                "label_colon | direct | BLAKE | : | It was signed in March",
            ],
        );
        // Only capitals label a quoted line: a quoted headline is a
        // quotation with no speaker named.
        check(
            "\"Senator Vale: Tariffs are dead on arrival.\"",
            &["continuation_quote | direct | - | - | Senator Vale: Tariffs are dead on arrival."],
        );
    }

    #[test]
    fn not_page_furniture_nor_a_question() {
        check("Update: The road has reopened to traffic.", &[]);
        check("HOST: What did you agree to?", &[]);
    }
}

mod subject_of_the_sentence {
    use super::check;

    #[test]
    fn a_participle_speaks_for_the_subject_of_any_main_verb() {
        check(
            "Fiorina was open about her dislike of the plan, saying voters deserve better.",
            &["participle_of_subject | indirect | Fiorina | saying | voters deserve better"],
        );
        check(
            "He also staked out new positions, saying he would cut taxes.",
            &["participle_of_subject | indirect | He | saying | he would cut taxes"],
        );
    }

    #[test]
    fn a_second_verb_speaks_for_the_subject() {
        check(
            "House Democrats seized the floor on Wednesday and said they would not leave.",
            &["coordinated_verb | indirect | House Democrats | said | they would not leave"],
        );
    }

    #[test]
    fn a_participle_after_a_quotation_or_a_dash() {
        check(
            "Hale gave a fierce defense of \"small-town values,\" saying the town was the heart of the state.",
            &["participle_of_subject | indirect | Hale | saying | the town was the heart of the state"],
        );
        check(
            "Ruiz changed his pick on the spot – saying he was rooting for the Hawks now.",
            &["participle_of_subject | indirect | Ruiz | saying | he was rooting for the Hawks now"],
        );
    }

    #[test]
    fn a_participle_opening_a_fronted_clause_speaks_for_the_main_subject() {
        check(
            "While saying that he respects Ms. Roe, he kept his distance.",
            &["participle_of_subject | indirect | he | saying | he respects Ms. Roe"],
        );
        // Not a condition: "If saying so helps, …" claims nothing.
        check("If saying so helps, the board will agree.", &[]);
    }

    #[test]
    fn not_when_the_subject_cannot_speak() {
        check(
            "The storm flattened the village, calling it a wasteland.",
            &[],
        );
    }

    #[test]
    fn with_a_noun_phrase_saying() {
        check(
            "Most residents backed the plan, with about three in ten saying it went too far.",
            &[
                "speaker_before | indirect | Most residents | backed | the plan",
                "with_saying | indirect | about three in ten | saying | it went too far",
            ],
        );
    }
}

mod speaker_phrase {
    use super::check;

    #[test]
    fn the_one_told_after_reported_content() {
        check(
            "Aid matters more than trade, the minister told the council.",
            &["trailing_speaker | indirect | minister | told | Aid matters more than trade"],
        );
        check(
            "Aid matters more than trade, Martin told members of the Rotary Club on Monday night.",
            &["trailing_speaker | indirect | Martin | told | Aid matters more than trade"],
        );
        // What was told is no one told: "told a joke".
        check(
            "At the dinner, he told one joke about the mayor.",
            &["speaker_before | indirect | he | told | one joke about the mayor"],
        );
    }

    #[test]
    fn someone_for_or_of_the_people_they_speak_for() {
        check(
            "The relatives watched the video, a lawyer for the family said.",
            &["trailing_speaker | indirect | lawyer | said | The relatives watched the video"],
        );
        check(
            "\"It is late,\" a friend of the couple said.",
            &["trailing_speaker | direct | friend of the couple | said | It is late"],
        );
        // A title's "of" is no one spoken for.
        check(
            "Aid matters more than trade, the assistant secretary of state said.",
            &["trailing_speaker | indirect | assistant secretary of state | said | Aid matters more than trade"],
        );
    }

    #[test]
    fn a_pronoun_with_its_auxiliary_run_into_it() {
        check(
            "Ann Okafor said the count was close. She’s predicting that the levy will fail.",
            &[
                "speaker_before | indirect | Ann Okafor | said | the count was close",
                "speaker_before | indirect | Ann Okafor | predicting | the levy will fail",
            ],
        );
        check(
            "They're saying the count was wrong.",
            &["speaker_before | indirect | They | saying | the count was wrong"],
        );
        // A possessive is no pronoun: "the mayor's saying" is a noun.
        check("The mayor's saying goes back a century.", &[]);
    }

    #[test]
    fn asides_a_reader_skips() {
        check(
            "The mayor however said he would welcome the deal.",
            &["speaker_before | indirect | mayor | said | he would welcome the deal"],
        );
        check(
            "Farmers here say the rain came late.",
            &["speaker_before | indirect | Farmers | say | the rain came late"],
        );
        check(
            "Moran, meanwhile, who has no such backing, said that the count speaks volumes.",
            &["speaker_before | indirect | Moran | said | the count speaks volumes"],
        );
        check(
            "Sperling, then 38, said he was told to find a deputy.",
            &["speaker_before | indirect | Sperling | said | he was told to find a deputy"],
        );
        check(
            "Holm, now 81 and retired in Leeds, said by telephone that he was fine.",
            &["speaker_before | indirect | Holm | said | he was fine"],
        );
        check(
            "Ivo Marsh, citing \"the rule of law,\" said the court could act.",
            &["speaker_before | indirect | Ivo Marsh | said | the court could act"],
        );
        check(
            "Sen. Dan Hume (D-Ore.), said after a lunch on Tuesday that he had not read the plan.",
            &["speaker_before | indirect | Dan Hume | said | he had not read the plan"],
        );
        // "after" opening a clause of its own is no adjunct before "that".
        check(
            "Hume said after the vote failed that nothing had changed.",
            &["speaker_before | indirect | Hume | said | after the vote failed that nothing had changed"],
        );
    }

    #[test]
    fn two_groups_or_a_speaker_and_others() {
        check(
            "Farmers and ranchers said the ruling helps.",
            &["speaker_before | indirect | Farmers and ranchers | said | the ruling helps"],
        );
        check(
            "The mayor and others have said the ruling helps.",
            &["speaker_before | indirect | mayor and others | said | the ruling helps"],
        );
        // Experts on one thing and another are one group of experts.
        check(
            "Experts on trade and farming said the ruling helps.",
            &["speaker_before | indirect | Experts | said | the ruling helps"],
        );
        check(
            "Another said the ruling helps.",
            &["quantifier_subject | indirect | Another | said | the ruling helps"],
        );
    }

    #[test]
    fn a_share_of_people_speaks() {
        check(
            "Only 49 percent of Republicans say the party is united.",
            &["speaker_before | indirect | Only 49 percent of Republicans | say | the party is united"],
        );
        check(
            "One in three said the party does not care about them.",
            &["speaker_before | indirect | One in three | said | the party does not care about them"],
        );
    }

    #[test]
    fn a_description_with_a_pronoun_object() {
        check(
            "Those close to him say he will not run again.",
            &["speaker_before | indirect | Those close to him | say | he will not run again"],
        );
    }

    #[test]
    fn a_progressive_verb_of_saying_is_no_passive() {
        check(
            "The union is warning that the strike could last weeks.",
            &["speaker_before | indirect | union | warning | the strike could last weeks"],
        );
        check(
            "Critics were arguing that the fee was illegal.",
            &["speaker_before | indirect | Critics | arguing | the fee was illegal"],
        );
        // A passive stays what was said, not a claim.
        check("The fee was announced last year.", &[]);
    }

    #[test]
    fn a_family_speaks() {
        check(
            "The family said the videos should be released.",
            &["speaker_before | indirect | family | said | the videos should be released"],
        );
        check(
            "Dunn's family has called on police to release the videos.",
            &["speaker_before | indirect | family | called on | police to release the videos"],
        );
    }

    #[test]
    fn a_titled_person_of_a_body_named_in_lower_case() {
        check(
            "Dr. Lena Ortiz of the civil protection agency said teams were drilling.",
            &["speaker_before | indirect | Lena Ortiz | said | teams were drilling"],
        );
        check(
            "Colonel Lena Ortiz of the civil protection agency, who leads the rescue, told reporters that teams were drilling.",
            &["speaker_before | indirect | Lena Ortiz | told | teams were drilling"],
        );
    }

    #[test]
    fn a_party_and_state_after_a_name() {
        check(
            "Sen. Mara Olsen (D-Minn.) said that she would vote against the bill.",
            &["speaker_before | indirect | Mara Olsen | said | she would vote against the bill"],
        );
    }

    #[test]
    fn a_second_verb_of_saying_speaks_for_the_first_speaker() {
        check(
            "She said she had met the lobbyist twice at his office but said neither meeting was about the bill.",
            &[
                "speaker_before | indirect | She | said | she had met the lobbyist twice at his office",
                "same_speaker | indirect | She | said | neither meeting was about the bill",
            ],
        );
    }

    #[test]
    fn a_past_tense_after_a_clause_with_its_own_modal_goes_with_the_first_cue() {
        check(
            "The mayor noted that Monday would have been the founder's hundredth birthday and quoted his line about bridges.",
            &[
                "speaker_before | indirect | mayor | noted | Monday would have been the founder's hundredth birthday",
                "same_speaker | indirect | mayor | quoted | his line about bridges",
            ],
        );
        // A verb of saying with a "that" clause, or in another tense, is a
        // second statement however long the first.
        check(
            "The senator said the bill would cut the budget for schools and says she will vote against it.",
            &[
                "speaker_before | indirect | senator | said | the bill would cut the budget for schools",
                "same_speaker | indirect | senator | says | she will vote against it",
            ],
        );
        check(
            "The senator said the bill would cut the budget for schools and said that she will vote against it.",
            &[
                "speaker_before | indirect | senator | said | the bill would cut the budget for schools",
                "same_speaker | indirect | senator | said | she will vote against it",
            ],
        );
        // ", but insists", "and has called for": a predicate of its own,
        // in the first cue's tense; in another, the reported subject's.
        check(
            "She says voters may not like the answer, but insists the attack is phony.",
            &[
                "speaker_before | indirect | She | says | voters may not like the answer",
                "same_speaker | indirect | She | insists | the attack is phony",
            ],
        );
        check(
            "He often questions her ties to donors and has called for the release of her speeches.",
            &[
                "speaker_before | indirect | He | questions | her ties to donors",
                "same_speaker | indirect | He | called for | the release of her speeches",
            ],
        );
        check(
            "Ruiz pledged that the mayor \"really is\" in favour of the bridge, but wants a cheaper design.",
            &["speaker_before | mixed | Ruiz | pledged | the mayor \"really is\" in favour of the bridge, but wants a cheaper design"],
        );
        // A quotation closes the first claim's object.
        check(
            "The governor called the plan \"an absolute disgrace,\" and threatened to tax imports.",
            &[
                "speaker_before | mixed | governor | called | the plan \"an absolute disgrace,\"",
                "same_speaker | indirect | governor | threatened | to tax imports",
            ],
        );
        check(
            "The union rejected the deal on Monday, calling the offer \"a betrayal of the workers on the line\" and asserting that the strike would go on.",
            &[
                "speaker_before | indirect | union | rejected | the deal on Monday",
                "same_speaker | mixed | union | calling | the offer \"a betrayal of the workers on the line\"",
                "same_speaker | indirect | union | asserting | the strike would go on",
            ],
        );
        // Without a verb group of its own, the clause may be the subject's.
        check(
            "The mayor said the soldiers entered the town square at dawn and warned the residents.",
            &["speaker_before | indirect | mayor | said | the soldiers entered the town square at dawn and warned the residents"],
        );
    }
}

mod inverted {
    use super::check;

    #[test]
    fn a_relative_clause_about_the_speaker_ends_the_sentence() {
        check(
            "\"The ads came too late,\" said a party strategist who spoke on condition of anonymity.",
            &["inverted | direct | party strategist | said | The ads came too late"],
        );
    }

    #[test]
    fn a_participle_after_the_speaker_is_the_same_speaker_going_on() {
        check(
            "\"It will not be candles,\" said Erik Lund, the channel's head of music, referring to the old stage.",
            &[
                "inverted | direct | Erik Lund | said | It will not be candles",
                "same_speaker | indirect | Erik Lund | referring to | the old stage",
            ],
        );
    }

    #[test]
    fn after_a_quotation_whatever_tells_more_of_the_speaker() {
        check(
            "\"He keeps to the facts,\" said Karen Doyle, 67, of Dover, N.H., after listening to the senator speak.",
            &["inverted | direct | Karen Doyle | said | He keeps to the facts"],
        );
        check(
            "\"We will win,\" said Nick Hale, a fellow at the Trade Council who ran the Port Agency, an office whose work faces limits.",
            &["inverted | direct | Nick Hale | said | We will win"],
        );
        check(
            "\"We will win,\" said Dana Ruiz, a partner at Greyline, a rural think tank.",
            &["inverted | direct | Dana Ruiz | said | We will win"],
        );
        check(
            "\"We will win,\" said Jon Hale, the author of \"Power and Glory,\" a life of the president.",
            &["inverted | direct | Jon Hale | said | We will win"],
        );
        check(
            "\"We will win,\" said an adviser to the governor, who declined to be named.",
            &["inverted | direct | adviser to the governor | said | We will win"],
        );
    }

    #[test]
    fn a_pronoun_before_a_quotation_is_the_quotation_s_subject() {
        check(
            "Mark Tolan, in a statement, said he \u{201c}appreciates the care\u{201d} of the police.",
            &["speaker_before | mixed | Mark Tolan | said | he \u{201c}appreciates the care\u{201d} of the police"],
        );
        check(
            "\"It will fail,\" said he.",
            &["inverted | direct | he | said | It will fail"],
        );
    }

    #[test]
    fn a_time_after_the_speaker_and_a_participle_after_it() {
        check(
            "\"It is not new in Ohio,\" said Rep. Dana Ruiz at the time, adding that the state had changed.",
            &[
                "inverted | direct | Dana Ruiz | said | It is not new in Ohio",
                "same_speaker | indirect | Dana Ruiz | adding | the state had changed",
            ],
        );
    }
}

mod relative_clauses {
    use super::check;

    #[test]
    fn who_speaks_for_the_noun_before_it() {
        check(
            "The law won over activists who decried the testing regime.",
            &["speaker_before | indirect | activists | decried | the testing regime"],
        );
        check(
            "Amnesty, which said the trial was unfair, called for a retrial.",
            &[
                "speaker_before | indirect | Amnesty | said | the trial was unfair",
                "speaker_before | indirect | Amnesty | called for | a retrial",
            ],
        );
    }

    #[test]
    fn a_year_in_the_clause_or_the_apposition_is_no_address() {
        check(
            "Okafor, who moved there in 2010, says she will vote.",
            &["speaker_before | indirect | Okafor | says | she will vote"],
        );
        check(
            "Ivo Marsh, a lawyer for the firm in its 2012 case, said the board was wrong.",
            &["speaker_before | indirect | Ivo Marsh | said | the board was wrong"],
        );
    }

    #[test]
    fn people_named_only_by_the_clause() {
        check(
            "Those who backed a similar plan last year hailed the message.",
            &["speaker_before | indirect | Those who backed a similar plan | hailed | the message"],
        );
    }

    #[test]
    fn a_label_quoted_in_a_relative_clause_is_its_subjects() {
        check(
            "The ports imposed a new levy, which the trade minister, Ana Ruiz, called “a tax on bread,” and farmers agree.",
            &["speaker_before | direct | Ana Ruiz | called | a tax on bread"],
        );
        check(
            "The strike began after what union leaders call “a broken promise” on pay.",
            &["speaker_before | direct | union leaders | call | a broken promise"],
        );
        // Not a name given: "a group called “…”" has no speaker.
        check("The farmers joined a group called “Fair Grain.”", &[]);
    }

    #[test]
    fn not_which_for_a_person_nor_a_clause_restricting_the_subject() {
        check(
            "The hacker who first revealed the leak was sentenced on Thursday.",
            &[],
        );
    }
}

mod infinitive_cue {
    use super::check;

    #[test]
    fn a_cue_in_an_infinitive_speaks_for_the_subject() {
        check(
            "Bryne went on to say, \"I know this to be true.\"",
            &["infinitive_cue | direct | Bryne | say | I know this to be true."],
        );
        check(
            "The senator was quick to point out that the bill had failed.",
            &["infinitive_cue | indirect | senator | point out | the bill had failed"],
        );
    }

    #[test]
    fn a_gerund_after_by_speaks_for_the_subject() {
        check(
            "Okafor responded by saying the audit was incomplete.",
            &["infinitive_cue | indirect | Okafor | saying | the audit was incomplete"],
        );
        check(
            "Ms. Lund opened the hearing by insisting that the vote was fair.",
            &["infinitive_cue | indirect | Lund | insisting | the vote was fair"],
        );
    }

    #[test]
    fn not_a_gerund_by_itself_nor_a_means() {
        check("By saying nothing, the board kept its options open.", &[]);
        check("The plant cut costs by closing two lines.", &[]);
    }

    #[test]
    fn not_someone_elses_words() {
        check(
            "They told him to say nothing.",
            &["speaker_before | indirect | They | told | to say nothing"],
        );
    }
}

mod cue_noun {
    use super::check;

    #[test]
    fn a_noun_that_reports_before_that() {
        check(
            "Her claim that the vote was rigged has been rejected by the courts.",
            &["cue_noun | indirect | Her | claim | the vote was rigged"],
        );
        check(
            "Allegations that the mayor took bribes surfaced in May.",
            &["cue_noun | indirect | Allegations | Allegations | the mayor took bribes"],
        );
    }

    #[test]
    fn the_possessor_speaks() {
        check(
            "The party rejected the minister's warning that the dam could fail.",
            &["speaker_before | indirect | party | rejected | the minister's warning that the dam could fail"],
        );
    }

    #[test]
    fn not_a_noun_that_reports_nothing() {
        check("The fact that the road was closed mattered little.", &[]);
    }
}

mod evidence_and_vetoes {
    use super::check;

    #[test]
    fn studies_documents_and_data_show_and_find() {
        check(
            "Surveys show most voters oppose the tax.",
            &["speaker_before | indirect | Surveys | show | most voters oppose the tax"],
        );
        check(
            "The audit found the agency had overspent by $2 million.",
            &["speaker_before | indirect | audit | found | the agency had overspent by $2 million"],
        );
        check("The police found the car on Tuesday.", &[]);
    }

    #[test]
    fn a_source_that_reads_as_a_cue_or_is_described_by_a_participle() {
        check(
            "New fundraising reports show the mayor lent his campaign money.",
            &["speaker_before | indirect | New fundraising reports | show | the mayor lent his campaign money"],
        );
        check(
            "Records compiled by the county show the school lost pupils.",
            &["speaker_before | indirect | Records | show | the school lost pupils"],
        );
        check(
            "Polls released Sunday show the mayor taking a lead.",
            &["speaker_before | indirect | Polls | show | the mayor taking a lead"],
        );
    }

    #[test]
    fn arithmetic_and_nouns_are_no_cues() {
        check(
            "The economy adds 150,000 jobs a month, the data showed.",
            &["trailing_speaker | indirect | data | showed | The economy adds 150,000 jobs a month"],
        );
        check("The last reports before the vote were mixed.", &[]);
    }

    #[test]
    fn a_cue_in_a_fronted_clause_that_tells_when() {
        check(
            "When the governor said she would veto the bill, lawmakers rewrote it.",
            &["speaker_before | indirect | governor | said | she would veto the bill"],
        );
        check("If the minister said so, it would be news.", &[]);
    }

    #[test]
    fn a_nested_apposition_after_an_inverted_speaker() {
        check(
            "\"We will appeal,\" said Ivo Marsh, a partner at Greyline, a consultancy that advises insurers.",
            &["inverted | direct | Ivo Marsh | said | We will appeal"],
        );
    }
}

mod nested_and_unnamed {
    use super::check;

    #[test]
    fn a_claim_reported_inside_another() {
        check(
            "Lee said the minister had claimed the figures were wrong.",
            &[
                "speaker_before | indirect | Lee | said | the minister had claimed the figures were wrong",
                "speaker_before | indirect | minister | claimed | the figures were wrong",
            ],
        );
        // A second speaker after "and" begins a clause of their own.
        check(
            "Growers said the levy was unfair, and exporters accused them of hoarding.",
            &[
                "speaker_before | indirect | Growers | said | the levy was unfair",
                "speaker_before | indirect | exporters | accused | them of hoarding",
            ],
        );
        // A plain clause inside is no claim of its own.
        check(
            "The mayor said the council would meet on Monday.",
            &["speaker_before | indirect | mayor | said | the council would meet on Monday"],
        );
    }

    #[test]
    fn hearsay_adverbs_name_no_source() {
        check(
            "The general reportedly fled to the capital.",
            &["hearsay_adverb | indirect | reportedly | reportedly | The general … fled to the capital"],
        );
        check(
            "The suspect allegedly stole three cars.",
            &["hearsay_adverb | indirect | allegedly | allegedly | The suspect … stole three cars"],
        );
    }

    #[test]
    fn a_document_saying_speaks_for_its_author() {
        check(
            "A statement from the ministry saying the strike was illegal was read out.",
            &["document_saying | indirect | ministry | saying | the strike was illegal"],
        );
    }

    #[test]
    fn unnamed_sources_are_marked_so() {
        let r = claim_reader::report::parse("It was reported that the talks had failed.");
        let c = &r.claims[0];
        assert!(c
            .claimant
            .as_ref()
            .is_some_and(|w| w.unnamed && w.entity.is_none()));
        let r = claim_reader::report::parse("The minister said the talks had failed.");
        assert!(r.claims[0].claimant.as_ref().is_some_and(|w| !w.unnamed));
    }
}

mod long_subjects {
    use super::check;

    #[test]
    fn a_restrictive_clause_between_the_subject_and_its_verb() {
        check(
            "Farmers who have met the minister in person say their first concern is the price of feed.",
            &["speaker_before | indirect | Farmers | say | their first concern is the price of feed"],
        );
        check(
            "Nurses who were working at the clinic that night said the lights went out twice.",
            &["speaker_before | indirect | Nurses | said | the lights went out twice"],
        );
        check(
            "Growers whose permits were cancelled say the drought was only an excuse.",
            &["speaker_before | indirect | Growers | say | the drought was only an excuse"],
        );
        // Not a clause that restricts a subject with no verb of saying.
        check("The driver who caused the crash was fined on Monday.", &[]);
    }

    #[test]
    fn the_people_a_poll_asked() {
        check(
            "Those polled say bus fares are too high.",
            &["speaker_before | indirect | Those polled | say | bus fares are too high"],
        );
        check(
            "Most of those surveyed in March said taxes were too high.",
            &["speaker_before | indirect | Most of those surveyed in March | said | taxes were too high"],
        );
    }

    #[test]
    fn a_share_with_a_word_before_its_figure() {
        check(
            "Another 19 percent said they would not pick either candidate.",
            &["speaker_before | indirect | Another 19 percent | said | they would not pick either candidate"],
        );
        check(
            "A mere 9 percent say they only buy local.",
            &["speaker_before | indirect | A mere 9 percent | say | they only buy local"],
        );
    }

    #[test]
    fn a_share_by_itself_and_its_figure() {
        check(
            "Nearly half said they would cycle to work if the lanes were safer.",
            &["speaker_before | indirect | Nearly half | said | they would cycle to work if the lanes were safer"],
        );
        check(
            "Just over a third, 35 percent, say the new timetable suits them.",
            &["speaker_before | indirect | Just over a third, 35 percent | say | the new timetable suits them"],
        );
        check(
            "At least half of tenants in each block say the rent is too high.",
            &["speaker_before | indirect | At least half of tenants in each block | say | the rent is too high"],
        );
        check(
            "Majorities of farmers say the subsidy came too late.",
            &["speaker_before | indirect | Majorities of farmers | say | the subsidy came too late"],
        );
        // A share that is no one's: the verb's object, not a speaker.
        check("Prices rose by a third last year.", &[]);
    }

    #[test]
    fn a_noun_described_after_it() {
        check(
            "A person familiar with the schedule says the vote will come after lunch.",
            &["speaker_before | indirect | person familiar with the schedule | says | the vote will come after lunch"],
        );
        check(
            "Tenants trying to stop the sale of their building in June say a court date has been set.",
            &["speaker_before | indirect | Tenants | say | a court date has been set"],
        );
        check(
            "But current and former staff at the port and in the customs office have said the scanners broke in June.",
            &["speaker_before | indirect | current and former staff | said | the scanners broke in June"],
        );
        // A past tense after the noun is the sentence's verb, not a
        // description: the speaker is the one before the cue.
        check(
            "Resentment grew among the workers as the manager announced the cuts.",
            &["speaker_before | indirect | manager | announced | the cuts"],
        );
    }

    #[test]
    fn a_participle_and_a_country_inside_the_apposition() {
        check(
            "Pia Laine, a teacher from Turku, Finland, visiting the fair on Saturday, said the prices had doubled.",
            &["speaker_before | indirect | Pia Laine | said | the prices had doubled"],
        );
    }

    #[test]
    fn the_whole_sentence_before_a_trailing_speaker() {
        // A fronted clause with a main clause after it is content, not an
        // opening adjunct.
        check(
            "If the landlord refuses to mend the roof, tenants may withhold rent, Varga said.",
            &["trailing_speaker | indirect | Varga | said | If the landlord refuses to mend the roof, tenants may withhold rent"],
        );
        // A semicolon ends the attribution.
        check(
            "The reservoir needs two wet winters to refill, hydrologists say; in 2019, it took three.",
            &["trailing_speaker | indirect | hydrologists | say | The reservoir needs two wet winters to refill"],
        );
        // An opening clause alone is still an adjunct.
        check(
            "When the vote ended, the mayor said the count would start at once.",
            &["speaker_before | indirect | mayor | said | the count would start at once"],
        );
    }

    #[test]
    fn a_relative_clause_after_an_inverted_speaker_that_goes_on_is_content() {
        check(
            "The club's former coach, Ivo Ruud, said the player who took his armband should be benched.",
            &["speaker_before | indirect | Ivo Ruud | said | the player who took his armband should be benched"],
        );
        check(
            "\"We will win,\" said a strategist who was not authorized to speak.",
            &["inverted | direct | strategist | said | We will win"],
        );
    }

    #[test]
    fn a_coordinated_verb_after_a_subject_whose_noun_ends_in_s() {
        check(
            "The appeals court reversed the fine and said the factory had already cut its emissions.",
            &[
                "coordinated_verb | indirect | appeals court | said | the factory had already cut its emissions",
            ],
        );
    }
}

mod more_constructions {
    use super::check;

    #[test]
    fn an_expectation_with_no_named_source() {
        check(
            "The mayor is expected to sign the bill on Monday.",
            &["said_to_be | indirect | is expected | expected | The mayor … to sign the bill on Monday"],
        );
        check(
            "In the north, several roads are expected to reopen today.",
            &["said_to_be | indirect | are expected | expected | several roads … to reopen today"],
        );
        // Inside someone's claim, the expectation is theirs.
        check(
            "The minister said the bill is expected to pass.",
            &["speaker_before | indirect | minister | said | the bill is expected to pass"],
        );
        // Not an expectation: "expected" as an adjective.
        check("The expected rain never came.", &[]);
    }

    #[test]
    fn an_accusation_by_no_one_named() {
        check(
            "Peacekeepers have sometimes been accused of hurting the villagers they guard.",
            &["said_to_be | indirect | have sometimes been accused | accused | Peacekeepers … hurting the villagers they guard"],
        );
        check(
            "The bloc is often criticized for being slow to act.",
            &["said_to_be | indirect | is often criticized | criticized | The bloc … being slow to act"],
        );
        check(
            "The depot is considered a threat to the harbour.",
            &["said_to_be | indirect | is considered | considered | The depot … a threat to the harbour"],
        );
        // With its agent, the agent accuses; a bare participle is no claim.
        check(
            "The mayor was criticized by the union for the cuts.",
            &["passive_agent | indirect | union | criticized | The mayor … for the cuts"],
        );
        check("Guards accused of theft were released.", &[]);
    }

    #[test]
    fn an_expectation_negated_qualified_or_of_a_relative_subject() {
        check(
            "The governor is not expected to sign the bill.",
            &["said_to_be | indirect | is not expected | expected | The governor … to sign the bill"],
        );
        check(
            "The ruling is widely expected to go against the port.",
            &["said_to_be | indirect | is widely expected | expected | The ruling … to go against the port"],
        );
        check(
            "The board named delegates who are expected to back the plan.",
            &["said_to_be | indirect | are expected | expected | who … to back the plan"],
        );
        check(
            "The bank, which has held rates low since May, is expected to act in June.",
            &["said_to_be | indirect | is expected | expected | The bank, which has held rates low since May … to act in June"],
        );
    }

    #[test]
    fn how_others_view_someone_with_no_named_source() {
        check(
            "The senator is widely viewed as the favourite.",
            &["said_to_be | indirect | is widely viewed | viewed | The senator … as the favourite"],
        );
    }

    #[test]
    fn a_quotation_with_its_own_stop_then_its_speaker() {
        check(
            "\"So you are telling me this is fine?\" Holm said.",
            &["trailing_speaker | direct | Holm | said | So you are telling me this is fine?"],
        );
        // Its speaker, then a short adjunct: still the quotation's sentence.
        check(
            "\"Who pays for that?\" Holm asked on the radio. \"Nobody knows.\"",
            &["trailing_speaker | direct | Holm | asked | Who pays for that? … Nobody knows."],
        );
        check(
            "\"We need it now!\" Holm wrote Friday.",
            &["trailing_speaker | direct | Holm | wrote | We need it now!"],
        );
        // A sentence of its own after the quotation keeps its own claim.
        check(
            "\"We won!\" Holm said Friday the count was fair.",
            &[
                "continuation_quote | direct | - | - | We won!",
                "speaker_before | indirect | Holm | said | the count was fair",
            ],
        );
        check(
            "\"We won!\" Holm said the count was fair.",
            &[
                "continuation_quote | direct | - | - | We won!",
                "speaker_before | indirect | Holm | said | the count was fair",
            ],
        );
    }

    #[test]
    fn a_quotation_then_its_speaker_and_more_of_them() {
        // Whatever follows the speaker after a quotation is the narrator's.
        check(
            "\"The fee is too high,\" said Ann Roe of the law school.",
            &["inverted | direct | Ann Roe | said | The fee is too high"],
        );
        check(
            "\"The fee is too high,\" said party spokesman Ivo Marsh in a Friday tweet.",
            &["inverted | direct | Ivo Marsh | said | The fee is too high"],
        );
        check(
            "\"The fee is too high,\" said Bank of America in a note to clients.",
            &["inverted | direct | Bank of America | said | The fee is too high"],
        );
        // A quotation inside the subject's clause is no claim of what follows.
        check(
            "Mayor Ilse Voss, who called the plan \"a farce,\" said the council would vote against it.",
            &[
                "speaker_before | mixed | Ilse Voss | called | the plan \"a farce",
                "speaker_before | indirect | Ilse Voss | said | the council would vote against it",
            ],
        );
    }

    #[test]
    fn a_description_then_a_name_after_reported_content() {
        check(
            "The museum will close in winter, said former curator Nils Aho.",
            &["inverted | indirect | Nils Aho | said | The museum will close in winter"],
        );
    }

    #[test]
    fn a_coordinated_verb_with_its_own_auxiliary() {
        check(
            "The council has studied the costs but has said it will fund the bridge.",
            &["coordinated_verb | indirect | council | said | it will fund the bridge"],
        );
        // After a claim of the same subject, it goes on as that speaker.
        check(
            "Police announced an arrest and have said a curfew would hold.",
            &[
                "speaker_before | indirect | Police | announced | an arrest",
                "same_speaker | indirect | Police | said | a curfew would hold",
            ],
        );
    }

    #[test]
    fn said_of_someone_then_the_quotation() {
        check(
            "A campaign aide said of the governor, \"He reads every letter himself.\"",
            &["speaker_before | direct | campaign aide | said | He reads every letter himself."],
        );
        check(
            "The coach said of the loss that the team had played badly.",
            &["speaker_before | indirect | coach | said | the team had played badly"],
        );
        // After a quotation, what it was said of is no content.
        check(
            "\"It was a long night,\" Holm said of the vote.",
            &["trailing_speaker | direct | Holm | said | It was a long night"],
        );
    }

    #[test]
    fn asides_between_the_speaker_and_the_verb() {
        check(
            "Rep. Ines Moro (a first-term member from the coast, elected at twenty-nine) says she felt out of place for months.",
            &["speaker_before | indirect | Ines Moro | says | she felt out of place for months"],
        );
        check(
            "Dalton, in the middle of a survey putting her party at 12 percent, told reporters on Friday that it had to change course.",
            &["speaker_before | indirect | Dalton | told | it had to change course"],
        );
        check(
            "The singer's neighbours have in the past said the house stood empty for years.",
            &["speaker_before | indirect | neighbours | said | the house stood empty for years"],
        );
        // A short party tag stays part of the name.
        check(
            "Sen. Mara Lund (D-Vt.) said she would vote no.",
            &["speaker_before | indirect | Mara Lund | said | she would vote no"],
        );
    }

    #[test]
    fn a_report_described_after_its_noun_and_an_inverted_possessive() {
        check(
            "An earlier report in a regional weekly said that the dam had leaked.",
            &["speaker_before | indirect | earlier report | said | the dam had leaked"],
        );
        check(
            "Orders have slowed since March, said the bakery's owner, Lena Voss.",
            &["inverted | indirect | Lena Voss | said | Orders have slowed since March"],
        );
        check(
            "If the villages lose the subsidy, they might close two schools, she said.",
            &["trailing_speaker | indirect | she | said | If the villages lose the subsidy, they might close two schools"],
        );
    }

    #[test]
    fn the_one_told_is_not_content() {
        check(
            "The mayor told the committee the bridge was safe.",
            &["speaker_before | indirect | mayor | told | the bridge was safe"],
        );
        check(
            "One volunteer not on the original roster, Rosa Feld, told the paper she had been unsure from the start.",
            &["speaker_before | indirect | Rosa Feld | told | she had been unsure from the start"],
        );
    }
}

mod content_start {
    //! Where reported content starts when adjuncts or the one told stand
    //! between the cue and "that".
    use super::check;

    #[test]
    fn a_preposition_after_the_cue_is_the_cues() {
        check(
            "The mayor joked about moving the city hall to the beach.",
            &["speaker_before | indirect | mayor | joked about | moving the city hall to the beach"],
        );
        check(
            "The union pointed to the closures of two plants.",
            &["speaker_before | indirect | union | pointed to | the closures of two plants"],
        );
        // A time between the cue and what it reports is neither's.
        check(
            "The ministry announced on Monday a new inquiry into the fire.",
            &["speaker_before | indirect | ministry | announced | a new inquiry into the fire"],
        );
        // A quantity keeps its own words.
        check(
            "The ministry said at least 40 people died.",
            &["speaker_before | indirect | ministry | said | at least 40 people died"],
        );
        // An infinitive is the content's.
        check(
            "The mayor wants to move the city hall.",
            &["speaker_before | indirect | mayor | wants | to move the city hall"],
        );
    }

    #[test]
    fn a_long_run_of_adjuncts_before_that() {
        check(
            "Ms. Quill said during last night's televised debate that she favors the tax.",
            &["speaker_before | indirect | Quill | said | she favors the tax"],
        );
        check(
            "The senator said on his official Twitter feed that the vote was rigged.",
            &["speaker_before | indirect | senator | said | the vote was rigged"],
        );
        check(
            "Pryce said, among other things, that the budget was a fraud.",
            &["speaker_before | indirect | Pryce | said | the budget was a fraud"],
        );
        check(
            "The agency wrote to Senator Ray's office that it had not approved the logo.",
            &["speaker_before | indirect | agency | wrote | it had not approved the logo"],
        );
    }

    #[test]
    fn the_one_told_or_reminded_before_that() {
        check(
            "The mayor spoke for an hour, telling supporters in Dayton, Ohio, that the plant would stay.",
            &["participle_of_subject | indirect | mayor | telling | the plant would stay"],
        );
        check(
            "Coach Dale reminded his players that the title was still open.",
            &["speaker_before | indirect | Dale | reminded | the title was still open"],
        );
    }

    #[test]
    fn a_figures_qualifier_is_no_adjunct() {
        // "at least" qualifies the figure; the second "that" opens a second
        // clause of the same claim, not its start.
        check(
            "The Coastal Relief Network said at least 40 people died, and that the police figure left out the crews of three trawlers.",
            &["speaker_before | indirect | Coastal Relief Network | said | at least 40 people died, and that the police figure left out the crews of three trawlers"],
        );
        check(
            "The union said at least 40 people died in the fire that night.",
            &["speaker_before | indirect | union | said | at least 40 people died in the fire that night"],
        );
    }

    #[test]
    fn no_complementizer_no_skip() {
        // "that" points at a noun: no clause opens there, and the content
        // is not cut after it.
        check(
            "Ms. Pratt said in that case the bill would die.",
            &["speaker_before | indirect | Pratt | said | in that case the bill would die"],
        );
        // A subject and its verb before "that": the content starts at once.
        check(
            "Ms. Pratt said he heard shots that night.",
            &["speaker_before | indirect | Pratt | said | he heard shots that night"],
        );
    }
}

mod content_end {
    //! Where reported content ends when the narrator goes on after it.
    use super::check;

    #[test]
    fn a_last_dash_sets_off_the_narrators_aside_unless_it_elaborates() {
        check(
            "The senator attacked the mayor as a “fraud” ― just as he did in 2019.",
            &["speaker_before | mixed | senator | attacked | the mayor as a “fraud”"],
        );
        check(
            "Ruiz said two firms would leave the port — including the largest.",
            &["speaker_before | indirect | Ruiz | said | two firms would leave the port — including the largest"],
        );
        // A pair of dashes is a parenthesis inside the claim.
        check(
            "Ruiz said the levy — a tax in all but name — would fail.",
            &["speaker_before | indirect | Ruiz | said | the levy — a tax in all but name — would fail"],
        );
    }

    #[test]
    fn a_relative_clause_that_closes_the_sentence_is_the_narrators() {
        check(
            "The governor said he would sign the levy, which the court has put on hold.",
            &["speaker_before | indirect | governor | said | he would sign the levy"],
        );
        // In the middle of the claim, it stays: "…, which passed Monday, …".
        check(
            "The governor said the levy, which passed Monday, would fund schools.",
            &["speaker_before | indirect | governor | said | the levy, which passed Monday, would fund schools"],
        );
        // Inside a quotation, the speaker's own words.
        check(
            "The governor said \"the levy, which we passed, is fair.\"",
            &["speaker_before | direct | governor | said | the levy, which we passed, is fair."],
        );
    }

    #[test]
    fn the_occasion_of_a_stance_is_the_narrators() {
        check(
            "Dunn criticized the mayor during a rally in Hartford.",
            &["speaker_before | indirect | Dunn | criticized | the mayor"],
        );
        check(
            "The senator praised the ruling in an interview with the Courier.",
            &["speaker_before | indirect | senator | praised | the ruling"],
        );
        // A clause with its own verb keeps it; so does a noun that is not
        // the phrase's head.
        check(
            "Dunn said she would speak at a rally in Ohio.",
            &["speaker_before | indirect | Dunn | said | she would speak at a rally in Ohio"],
        );
        check(
            "The judge is considering whether to subpoena all emails on the party's email system.",
            &["speaker_before | indirect | judge | considering | whether to subpoena all emails on the party's email system"],
        );
    }
}

mod described_sources {
    //! Sources with a rank, a document's participle or a relative clause
    //! in their description.
    use super::check;

    #[test]
    fn a_rank_in_the_apposition_is_a_role() {
        check(
            "Senator Jane Orr, the No. 3 Democrat in the House, said the chamber will vote on Monday.",
            &["speaker_before | indirect | Jane Orr | said | the chamber will vote on Monday"],
        );
        // Any other number is an address or a score, not a role.
        check("The house, 12 Elm Street, said nothing.", &[]);
    }

    #[test]
    fn a_document_and_what_was_done_to_it() {
        check(
            "A statement released by the firm said listings are created by users.",
            &["speaker_before | indirect | statement released by the firm | said | listings are created by users"],
        );
        check(
            "A letter sent to the board on Friday said the mill would close.",
            &["speaker_before | indirect | letter sent to the board | said | the mill would close"],
        );
        check(
            "A county poll released in late May found that most tenants want rent control.",
            &["speaker_before | indirect | county poll | found | most tenants want rent control"],
        );
        check(
            "\"The claim is speculative,\" the order released on Friday said.",
            &["trailing_speaker | direct | order | said | The claim is speculative"],
        );
        check(
            "A survey conducted last month shows the mayor trailing.",
            &["speaker_before | indirect | survey | shows | the mayor trailing"],
        );
        check(
            "Other emails combed through by reporters suggest that the board knew.",
            &["speaker_before | indirect | emails | suggest | the board knew"],
        );
    }

    #[test]
    fn a_relative_clause_on_the_speakers_description() {
        check(
            "\"This is a small town,\" said Rosa Diaz, a cook at the diner, which serves a $5 lunch.",
            &["inverted | direct | Rosa Diaz | said | This is a small town"],
        );
    }
}

mod more_speakers {
    //! Speakers named by their tie to others, described by what they know,
    //! or parted from their verb by a time.
    use super::check;

    #[test]
    fn allies_editorials_and_people_as_speakers() {
        check(
            "A Lund ally said she would back the bill.",
            &["speaker_before | indirect | Lund ally | said | she would back the bill"],
        );
        check(
            "\"That is enough,\" the editorial said.",
            &["trailing_speaker | direct | editorial | said | That is enough"],
        );
    }

    #[test]
    fn an_inverted_speaker_described_by_what_they_know() {
        check(
            "\"It was weak,\" said a senator familiar with the talks.",
            &["inverted | direct | senator | said | It was weak"],
        );
        check(
            "\"It was weak,\" said a senator familiar with the talks, who asked not to be named.",
            &["inverted | direct | senator | said | It was weak"],
        );
    }

    #[test]
    fn a_time_between_the_speaker_and_the_verb() {
        for time in [
            "later Thursday",
            "earlier this week",
            "on Thursday night",
            "Tuesday",
        ] {
            check(
                &format!("Ridge {time} told reporters that the talks would resume."),
                &["speaker_before | indirect | Ridge | told | the talks would resume"],
            );
        }
    }
}

mod as_reported {
    //! "as X said": the source tied by "as" to the clause beside it.
    use super::check;

    #[test]
    fn fronted_and_trailing() {
        check(
            "As Reuters reported on Monday, the talks have stalled.",
            &["speaker_before | indirect | Reuters | reported | the talks have stalled"],
        );
        check(
            "The talks have stalled, as the mayor noted on Monday.",
            &["trailing_speaker | indirect | mayor | noted | The talks have stalled"],
        );
    }

    #[test]
    fn a_fronted_clause_keeps_its_claim_to_itself() {
        check(
            "As the mayor said he would leave, the crowd cheered.",
            &["speaker_before | indirect | mayor | said | he would leave"],
        );
    }
}

mod names_and_times {
    use super::check;

    #[test]
    fn a_time_counted_on_or_one_adverb_opens_the_sentence() {
        check(
            "Minutes later, the Hale campaign released a statement saying that farmers are united.",
            &["document_saying | indirect | Hale campaign | saying | farmers are united"],
        );
        check(
            "Ultimately, Hale said the plan would fail.",
            &["speaker_before | indirect | Hale | said | the plan would fail"],
        );
        check(
            "Two weeks ago, the council said the road would reopen.",
            &["speaker_before | indirect | council | said | the road would reopen"],
        );
    }

    #[test]
    fn an_adverb_between_the_auxiliary_and_the_cue() {
        check(
            "Clinton has since said she would support an increase.",
            &["speaker_before | indirect | Clinton | said | she would support an increase"],
        );
        check(
            "The mayor has always argued that the port needs dredging.",
            &["speaker_before | indirect | mayor | argued | the port needs dredging"],
        );
    }

    #[test]
    fn a_suffix_after_the_name() {
        check(
            "\"Twitter sells books,\" Ray Cole Jr. said.",
            &["trailing_speaker | direct | Ray Cole Jr | said | Twitter sells books"],
        );
        check(
            "\"Twitter sells books,\" said Ray Cole Jr., the director of the bureau.",
            &["inverted | direct | Ray Cole Jr | said | Twitter sells books"],
        );
    }

    #[test]
    fn a_participle_after_a_subject_and_a_time() {
        check(
            "Mayor Hale on Thursday stepped up his attacks on Voss, saying he is weak on crime.",
            &["participle_of_subject | indirect | Hale | saying | he is weak on crime"],
        );
        check(
            "The strategists all agree that the debate was the turning point.",
            &["speaker_before | indirect | strategists | agree | the debate was the turning point"],
        );
    }
}

mod subjects_in_their_setting {
    use super::check;

    #[test]
    fn a_pronoun_of_emphasis_and_a_number_inside_a_name() {
        check(
            "Ford itself said the deal was on.",
            &["speaker_before | indirect | Ford | said | the deal was on"],
        );
        check(
            "Ana Bulgaro, the president of Teamsters Local 294 in Albany, said that the mayor had won support.",
            &["speaker_before | indirect | Ana Bulgaro | said | the mayor had won support"],
        );
    }

    #[test]
    fn a_long_circumstance_between_the_name_and_the_verb() {
        check(
            "Mr. Hale, in the wake of a new poll showing his support among farmers down to 14 percent, told Channel 5 on Sunday that he would fight on.",
            &["speaker_before | indirect | Hale | told | he would fight on"],
        );
    }

    #[test]
    fn a_title_in_quotation_marks_inside_the_apposition() {
        check(
            "Voss, the owner of the \"Daily Star,\" said the paper would close.",
            &["speaker_before | indirect | Voss | said | the paper would close"],
        );
        check(
            "Dale Voss, the author of \"Why Towns Fail,\" said the plan would fail.",
            &["speaker_before | indirect | Dale Voss | said | the plan would fail"],
        );
    }

    #[test]
    fn a_relative_clause_that_ends_in_a_quotation() {
        // Both claims: what the clause says of the plan, and what is said.
        check(
            "Mayor Ilse Voss, who called the plan \"a farce,\" said the council would vote against it.",
            &[
                "speaker_before | mixed | Ilse Voss | called | the plan \"a farce",
                "speaker_before | indirect | Ilse Voss | said | the council would vote against it",
            ],
        );
        // Not a quotation that ends before a cue of its own speaker.
        check(
            "\"We will fight it,\" said Ilse Voss.",
            &["inverted | direct | Ilse Voss | said | We will fight it"],
        );
    }

    #[test]
    fn a_source_involved_in_something() {
        check(
            "\"It is a way to help,\" says a source involved in the plan.",
            &["inverted | direct | source | says | It is a way to help"],
        );
    }
}

mod passive_agent {
    use super::check;

    #[test]
    fn the_agent_of_a_passive_cue_speaks_about_the_subject() {
        check(
            "The levy has been criticized by fellow growers.",
            &["passive_agent | indirect | fellow growers | criticized | The levy"],
        );
        check(
            "The merger was first reported by the Daily Courier.",
            &["passive_agent | indirect | Daily Courier | reported | The merger"],
        );
        // What follows the agent says how: "for …", "as …".
        check(
            "Mayor Ruiz has been criticized by some of her rivals for skipping the debate.",
            &["passive_agent | indirect | some of her rivals | criticized | Mayor Ruiz … for skipping the debate"],
        );
    }

    #[test]
    fn not_a_participle_after_a_noun_a_clause_of_its_own_or_a_modal() {
        check("The events described by witnesses were grim.", &[]);
        check(
            "After it was reported by the Courier, the mayor resigned.",
            &[],
        );
        check("The levy would be opposed by growers.", &[]);
        check("He was hit by a van.", &[]);
    }
}

mod evidential {
    use super::check;

    #[test]
    fn seem_and_appear_hedge_the_narrators_own_inference() {
        check(
            "The ferry operator appeared paralyzed by the strike.",
            &["evidential | indirect | appeared | appeared | The ferry operator … paralyzed by the strike"],
        );
        check(
            "Support for the tax seems to have collapsed in the north, despite a costly campaign.",
            &["evidential | indirect | seems | seems | Support for the tax … to have collapsed in the north"],
        );
        // After "It", only what follows; an aside and "as if" are the cue's.
        check(
            "It appears, though, that the harbour will stay closed.",
            &["evidential | indirect | appears | appears | that the harbour will stay closed"],
        );
        check(
            "It seemed as if the council had already decided.",
            &["evidential | indirect | seemed | seemed | the council had already decided"],
        );
        // The clause after ", but" is the narrator's own.
        check(
            "The coalition seems stable, but that could change.",
            &["evidential | indirect | seems | seems | The coalition … stable"],
        );
    }

    #[test]
    fn not_an_appearance_a_relative_clause_or_a_hearer() {
        check("The minister appeared on television on Monday.", &[]);
        check("The actor appeared together with his brother.", &[]);
        check("What appears to be a new leak reached the press.", &[]);
        check("It seems to me the bridge is unsafe.", &[]);
        check("The war may once have seemed far away to the voters.", &[]);
        check(
            "In her long profile of the mayor critics seemed eager to talk.",
            &[],
        );
        // A named speaker's claim is that speaker's, not the narrator's.
        check(
            "The figures appear to be wrong, officials conceded.",
            &["trailing_speaker | indirect | officials | conceded | The figures appear to be wrong"],
        );
    }
}

mod asked_question {
    use super::check;

    #[test]
    fn a_question_put_by_no_one_named_is_a_claim_beside_the_answer() {
        check(
            "Asked on the radio who leads the party now, Orla Finn said the mayor does.",
            &[
                "asked_question | indirect | Asked | Asked | who leads the party now",
                "speaker_before | indirect | Orla Finn | said | the mayor does",
            ],
        );
        check(
            "Asked about the merger, the bank's chairman said talks had ended.",
            &[
                "asked_question | indirect | Asked about | Asked about | the merger",
                "speaker_before | indirect | bank's chairman | said | talks had ended",
            ],
        );
        check(
            "\"We will see,\" Dunn said when asked whether he would run again.",
            &[
                "trailing_speaker | direct | Dunn | said | We will see",
                "asked_question | indirect | asked | asked | whether he would run again",
            ],
        );
        // The question may end on a quotation's comma.
        check(
            "Asked whether the mayor \"has the judgment to serve,\" most voters said yes.",
            &[
                "asked_question | mixed | Asked | Asked | whether the mayor \"has the judgment to serve",
                "speaker_before | indirect | most voters | said | yes",
            ],
        );
    }

    #[test]
    fn not_an_asker_named_nor_a_question_without_a_main_clause() {
        check(
            "The senator asked whether the bill would pass.",
            &["speaker_before | indirect | senator | asked | whether the bill would pass"],
        );
        check("Asked whether he would run", &[]);
        // Inside a claim, the question is part of what is claimed.
        check(
            "The prosecutor said the juror lied when asked about his debts.",
            &["speaker_before | indirect | prosecutor | said | the juror lied when asked about his debts"],
        );
    }
}

mod title_case_headline {
    use super::check;

    #[test]
    fn a_headline_in_title_case_names_its_speaker_around_the_verb() {
        check(
            "Senator Vale Says Tariffs Are Dead On Arrival.\n\nThe senator spoke on Monday.",
            &["title_case_headline | indirect | Vale | Says | Tariffs Are Dead On Arrival"],
        );
        check(
            "Port Strike Will Spread, Union Chief Dana Holt Warns.",
            &["title_case_headline | indirect | Dana Holt | Warns | Port Strike Will Spread"],
        );
    }

    #[test]
    fn not_a_question_a_sentence_or_a_verb_before_a_preposition() {
        check("What The Mayor Says About Taxes Matters.", &[]);
        check("How Vale Says It Will Work.", &[]);
        check(
            "The mayor says the tariffs are dead.",
            &["speaker_before | indirect | mayor | says | the tariffs are dead"],
        );
    }
}

mod quote_byline {
    use super::check;
    use claim_reader::report::{parse, ClaimKind};

    #[test]
    fn a_quotation_signed_after_a_dash_is_the_signers() {
        check(
            "Readers wrote in.\n\n“He has never met a farmer. He knows nothing of us.” ― Dana Holt\n\n“The levy will close our school.” — Luis Ortega, a teacher in Tulare\n\n\"Nobody asked us.\" - Maria P.",
            &[
                "quote_byline | direct | Dana Holt | ― | He has never met a farmer. He knows nothing of us.",
                "quote_byline | direct | Luis Ortega | — | The levy will close our school.",
                "quote_byline | direct | Maria P. | - | Nobody asked us.",
            ],
        );
    }

    #[test]
    fn signed_lines_in_one_paragraph_are_read_one_by_one() {
        // One quotation per line, no blank line between them, and a
        // no-break space before the name.
        check(
            "Voters speak.\n\n“Prices went up again.” ― Ana Ruiz\n“The mayor never listens.”―\u{a0}Tom Berg\n\nThe list goes on.",
            &[
                "quote_byline | direct | Ana Ruiz | ― | Prices went up again.",
                "quote_byline | direct | Tom Berg | ― | The mayor never listens.",
            ],
        );
        // The signature is no sentence of the report's own.
        let r = parse("“Prices went up again.” ― Ana Ruiz, a nurse in Ohio\n\nThe list goes on.");
        let own: Vec<&str> = r
            .claims
            .iter()
            .filter(|c| c.kind == ClaimKind::Unattributed)
            .map(|c| r.slice(c.sentence))
            .collect();
        assert_eq!(own, ["The list goes on."]);
    }

    #[test]
    fn a_line_ending_in_a_letter_with_the_marks_last_byte_is_read_safely() {
        // "𝐀" is F0 9D 90 80 in UTF-8: its 0x9D is no closing mark.
        check("A line in bold 𝐀 — Dana Holt\n\nAnother line 𝐀.", &[]);
    }

    #[test]
    fn a_dash_before_words_that_are_no_name_signs_nothing() {
        check("“No.” — and then he left the room.", &[]);
        check("“I never said that,” — Dunn said to reporters.", &[]);
    }
}

mod said_again {
    use super::check;

    #[test]
    fn she_said_after_a_named_speakers_claim_is_the_same_speaker_again() {
        check(
            "Ana Ruiz said she thought the levy was unfair because “farmers pay twice,” she said.",
            &["speaker_before | mixed | Ana Ruiz | said | she thought the levy was unfair because “farmers pay twice,”"],
        );
    }
}

mod in_poll {
    use super::check;

    #[test]
    fn a_sentence_opening_with_its_poll_reports_what_the_poll_found() {
        check(
            "In a Herald poll released Monday, 52 percent of voters chose Ruiz.",
            &["in_poll | indirect | Herald poll | In | 52 percent of voters chose Ruiz"],
        );
        check(
            "In the latest survey, most farmers back the levy.",
            &["in_poll | indirect | latest survey | In | most farmers back the levy"],
        );
    }

    #[test]
    fn not_when_someone_in_it_speaks_nor_without_a_poll() {
        check(
            "In a poll, most farmers said they back the levy.",
            &["speaker_before | indirect | most farmers | said | they back the levy"],
        );
        check("In the morning, most farmers back the levy.", &[]);
    }
}
