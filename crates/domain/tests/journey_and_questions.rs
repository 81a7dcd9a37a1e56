//! The form rules as a resident meets them: each question type's errors, and the journey's order.

use frontdoor_domain::calendar::date;
use frontdoor_domain::definition::ServiceDefinition;
use frontdoor_domain::{check_page, Answers, FormInput, Journey, RuleContext, Step};

fn missed_bin() -> ServiceDefinition {
    serde_json::from_value(serde_json::json!({
        "id": "report-missed-bin", "messages": "missed-bin", "category": "report",
        "standard": {"days": 2, "count": "working"},
        "pages": [
            {"id": "address", "questions": [
                {"id": "postcode", "type": "uk-postcode"},
                {"id": "address-line-1", "type": "text", "autocomplete": "address-line1", "max-length": 100}]},
            {"id": "which-bin", "questions": [
                {"id": "bin", "type": "radios", "options": ["rubbish", "recycling"]}]},
            {"id": "date", "questions": [
                {"id": "date", "type": "date", "not-in-future": true, "max-days-ago": 14}]},
            {"id": "more-information", "questions": [
                {"id": "more-information", "type": "long-text", "max-length": 10, "required": false}]},
            {"id": "contact", "questions": [
                {"id": "email", "type": "email"},
                {"id": "phone", "type": "uk-phone", "required": false}]}
        ]
    }))
    .unwrap()
}

fn ctx() -> RuleContext {
    RuleContext::new(date(2026, 11, 23).unwrap())
}

fn input(pairs: &[(&str, &str)]) -> FormInput {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), (*v).into()))
        .collect()
}

fn errors(page: &str, pairs: &[(&str, &str)]) -> Vec<(String, String, String)> {
    let s = missed_bin();
    let page = s.page(page).unwrap();
    check_page(&s, page, &input(pairs), &ctx())
        .expect_err("expected errors")
        .into_iter()
        .map(|e| (e.field, e.target, e.message_id))
        .collect()
}

#[test]
fn address_page_checks_each_field_and_normalises_the_postcode() {
    let s = missed_bin();
    let page = s.page("address").unwrap();
    let ok = check_page(
        &s,
        page,
        &input(&[
            ("postcode", "se1 2qh"),
            ("address-line-1", " 1 High Street "),
        ]),
        &ctx(),
    )
    .unwrap();
    assert_eq!(ok["postcode"], "SE1 2QH");
    assert_eq!(ok["address-line-1"], "1 High Street");
    assert_eq!(
        errors("address", &[("postcode", "nope"), ("address-line-1", "")]),
        vec![
            (
                "postcode".into(),
                "postcode".into(),
                "missed-bin-postcode-error-invalid".into()
            ),
            (
                "address-line-1".into(),
                "address-line-1".into(),
                "missed-bin-address-line-1-error-required".into()
            ),
        ]
    );
}

#[test]
fn radios_accept_only_their_own_options() {
    assert_eq!(
        errors("which-bin", &[])[0].2,
        "missed-bin-bin-error-required"
    );
    assert_eq!(
        errors("which-bin", &[("bin", "garden")])[0].2,
        "missed-bin-bin-error-required"
    );
}

#[test]
fn each_date_failure_has_its_own_message() {
    let cases: &[(&[(&str, &str)], &str, &str)] = &[
        (&[], "missed-bin-date-error-required", "date-day"),
        (
            &[("date-day", "20"), ("date-year", "2026")],
            "missed-bin-date-error-incomplete",
            "date-month",
        ),
        (
            &[
                ("date-day", "31"),
                ("date-month", "11"),
                ("date-year", "2026"),
            ],
            "missed-bin-date-error-invalid",
            "date-day",
        ),
        (
            &[
                ("date-day", "1"),
                ("date-month", "13"),
                ("date-year", "2026"),
            ],
            "missed-bin-date-error-invalid",
            "date-month",
        ),
        (
            &[
                ("date-day", "20"),
                ("date-month", "11"),
                ("date-year", "26"),
            ],
            "missed-bin-date-error-year-digits",
            "date-year",
        ),
        (
            &[
                ("date-day", "24"),
                ("date-month", "11"),
                ("date-year", "2026"),
            ],
            "missed-bin-date-error-future",
            "date-day",
        ),
        (
            &[
                ("date-day", "8"),
                ("date-month", "11"),
                ("date-year", "2026"),
            ],
            "missed-bin-date-error-too-old",
            "date-day",
        ),
    ];
    for (fields, message, target) in cases {
        let e = errors("date", fields);
        assert_eq!(
            (e[0].2.as_str(), e[0].1.as_str()),
            (*message, *target),
            "{fields:?}"
        );
    }
    let s = missed_bin();
    let page = s.page("date").unwrap();
    let incomplete = check_page(&s, page, &input(&[("date-day", "20")]), &ctx()).unwrap_err();
    assert_eq!(incomplete[0].args["missing"], "month-year");
    assert_eq!(incomplete[0].parts, vec!["month", "year"]);
    // Today and exactly 14 days ago are both allowed; month names are understood.
    for (d, m) in [("23", "11"), ("9", "11"), ("20", "Nov"), ("20", "november")] {
        let ok = check_page(
            &s,
            page,
            &input(&[("date-day", d), ("date-month", m), ("date-year", "2026")]),
            &ctx(),
        );
        assert!(ok.is_ok(), "{d} {m}");
    }
}

#[test]
fn optional_long_text_counts_characters() {
    let s = missed_bin();
    let page = s.page("more-information").unwrap();
    assert_eq!(
        check_page(&s, page, &input(&[]), &ctx()).unwrap()["more-information"],
        ""
    );
    assert!(check_page(
        &s,
        page,
        &input(&[("more-information", "ten chars!")]),
        &ctx()
    )
    .is_ok());
    let e = check_page(
        &s,
        page,
        &input(&[("more-information", "eleven chars")]),
        &ctx(),
    )
    .unwrap_err();
    assert_eq!(
        e[0].message_id,
        "missed-bin-more-information-error-too-long"
    );
    assert_eq!(e[0].args["max"], "10");
}

#[test]
fn contact_page_needs_an_email_and_checks_an_optional_phone() {
    let e = errors("contact", &[("email", "me@example"), ("phone", "123")]);
    assert_eq!(
        e.iter().map(|e| e.2.as_str()).collect::<Vec<_>>(),
        [
            "missed-bin-email-error-invalid",
            "missed-bin-phone-error-invalid"
        ]
    );
}

#[test]
fn the_journey_cannot_skip_ahead_and_resumes_where_it_stopped() {
    let s = missed_bin();
    let mut answers = Answers::new();
    let j = Journey::new(&s, &answers);
    assert!(j.can_visit("address"));
    assert!(!j.can_visit("date"));
    assert_eq!(j.resume_step(), Step::Page("address".into()));

    answers.insert("postcode".into(), "SE1 2QH".into());
    answers.insert("address-line-1".into(), "1 High Street".into());
    answers.insert("bin".into(), "rubbish".into());
    let j = Journey::new(&s, &answers);
    assert!(j.can_visit("date") && !j.can_visit("contact"));
    assert_eq!(j.next_after("which-bin", false), Step::Page("date".into()));
    assert_eq!(
        j.next_after("which-bin", false).path(&s),
        "/report-missed-bin/date"
    );
    assert_eq!(
        j.page_input(s.page("address").unwrap())["postcode"],
        "SE1 2QH"
    );

    for (k, v) in [
        ("date", "2026-11-20"),
        ("more-information", ""),
        ("email", "a@b.com"),
        ("phone", ""),
    ] {
        answers.insert(k.into(), v.into());
    }
    answers.insert("not-a-question".into(), "dropped".into());
    let j = Journey::new(&s, &answers);
    assert!(j.is_complete());
    assert_eq!(j.next_after("contact", false), Step::CheckAnswers);
    assert_eq!(
        j.next_after("address", true),
        Step::CheckAnswers,
        "a change goes back to Check your answers"
    );
    assert_eq!(j.page_input(s.page("date").unwrap())["date-month"], "11");
    assert!(!j.answers_to_submit().contains_key("not-a-question"));
}

#[test]
fn a_definition_lists_every_message_it_needs() {
    let ids = missed_bin().message_ids();
    for id in [
        "missed-bin-title",
        "missed-bin-date-error-too-old",
        "missed-bin-bin-recycling",
        "missed-bin-phone-summary",
    ] {
        assert!(ids.iter().any(|i| i == id), "{id}");
    }
    assert!(
        !ids.iter().any(|i| i == "missed-bin-phone-error-required"),
        "optional questions have no required error"
    );
    assert!(missed_bin().check().is_ok());
}

#[test]
fn a_definition_with_a_mistyped_key_or_type_is_refused_with_the_reason() {
    let typo = serde_json::json!({"id": "q", "type": "long-text", "max-lenght": 10});
    let e = serde_json::from_value::<frontdoor_domain::Question>(typo)
        .unwrap_err()
        .to_string();
    assert!(e.contains("max-lenght"), "{e}");
    let unknown = serde_json::json!({"id": "q", "type": "colour"});
    let e = serde_json::from_value::<frontdoor_domain::Question>(unknown)
        .unwrap_err()
        .to_string();
    assert!(e.contains("\"colour\" is not one of"), "{e}");
    // What is written out reads back the same.
    let def = missed_bin();
    let round: ServiceDefinition =
        serde_json::from_value(serde_json::to_value(&def).unwrap()).unwrap();
    assert_eq!(round, def);
}

fn repair() -> ServiceDefinition {
    serde_json::from_value(serde_json::json!({
        "id": "report-housing-repair", "messages": "repair", "category": "report",
        "standard": {"days": 5, "count": "working"},
        "pages": [
            {"id": "danger", "questions": [{"id": "danger", "type": "radios", "options": ["none", "gas", "flood"]}]},
            {"id": "leave-now", "exit": true, "show-if": {"question": "danger", "is-any-of": ["gas"]}},
            {"id": "where", "questions": [{"id": "where", "type": "radios", "options": ["kitchen", "bathroom"]}]},
            {"id": "mould", "show-if": {"question": "where", "is-any-of": ["bathroom"]},
             "questions": [{"id": "mould", "type": "yes-no"}]},
            {"id": "email", "questions": [{"id": "email", "type": "email"}]}
        ]
    }))
    .unwrap()
}

fn answers(pairs: &[(&str, &str)]) -> Answers {
    pairs
        .iter()
        .map(|(k, v)| (k.to_string(), (*v).into()))
        .collect()
}

#[test]
fn an_emergency_answer_ends_the_journey_at_an_exit_page() {
    let s = repair();
    assert!(s.check().is_ok(), "{:?}", s.check());
    let gas = answers(&[("danger", "gas")]);
    let j = Journey::new(&s, &gas);
    assert_eq!(
        j.next_after("danger", false),
        Step::Page("leave-now".into())
    );
    assert_eq!(j.resume_step(), Step::Page("leave-now".into()));
    assert!(!j.can_visit("where"), "nothing after the exit page");
    assert!(!j.is_complete());
    assert!(s
        .message_ids()
        .contains(&"repair-leave-now-body".to_string()));
}

#[test]
fn conditions_show_or_skip_pages_and_answers_off_the_route_are_dropped() {
    let s = repair();
    let kitchen = answers(&[
        ("danger", "none"),
        ("where", "kitchen"),
        ("email", "a@b.com"),
    ]);
    let j = Journey::new(&s, &kitchen);
    assert_eq!(
        j.route().map(|p| p.id.as_str()).collect::<Vec<_>>(),
        ["danger", "where", "email"]
    );
    assert!(j.is_complete());

    // Changing "where" from Check your answers asks only the page the change brings in.
    let bathroom = answers(&[
        ("danger", "none"),
        ("where", "bathroom"),
        ("email", "a@b.com"),
    ]);
    let j = Journey::new(&s, &bathroom);
    assert_eq!(j.next_after("where", true), Step::Page("mould".into()));
    let mut with_mould = bathroom.clone();
    with_mould.insert("mould".into(), "yes".into());
    assert_eq!(
        Journey::new(&s, &with_mould).next_after("mould", true),
        Step::CheckAnswers
    );

    // Back to kitchen: the mould answer is no longer on the route and is not sent.
    let mut back = with_mould.clone();
    back.insert("where".into(), "kitchen".into());
    let sent = Journey::new(&s, &back).answers_to_submit();
    assert!(!sent.contains_key("mould"));
    assert_eq!(sent.len(), 3);
}

#[test]
fn a_condition_must_look_back_at_a_real_option() {
    let mut s = repair();
    s.pages[1].show_if = Some(frontdoor_domain::definition::Condition {
        question: "email".into(),
        ..Default::default()
    });
    s.pages[3].show_if = Some(frontdoor_domain::definition::Condition {
        question: "where".into(),
        is_any_of: vec!["garage".into()],
        ..Default::default()
    });
    let problems = s.check().unwrap_err();
    assert!(
        problems.iter().any(|p| p.contains(
            "pages.leave-now.show-if.question: \"email\" is not a question on an earlier page"
        )),
        "{problems:?}"
    );
    assert!(
        problems
            .iter()
            .any(|p| p.contains("\"garage\" is not an option of where")),
        "{problems:?}"
    );
}

#[test]
fn dates_can_have_fixed_limits_and_come_after_an_earlier_answer() {
    let s: ServiceDefinition = serde_json::from_value(serde_json::json!({
        "id": "apply", "messages": "apply", "category": "apply", "standard": {"days": 10, "count": "working"},
        "pages": [
            {"id": "born", "questions": [{"id": "date-of-birth", "type": "date", "not-in-future": true}]},
            {"id": "moved", "questions": [{"id": "moved", "type": "date", "earliest": "1993-04-01", "latest": "2030-12-31", "after-question": "date-of-birth"}]},
            {"id": "account", "questions": [{"id": "account", "type": "text", "pattern": "99999999"}]}
        ]
    }))
    .unwrap();
    assert!(s.check().is_ok(), "{:?}", s.check());
    let page = s.page("moved").unwrap();
    let earlier = answers(&[("date-of-birth", "2000-05-01")]);
    let ctx = ctx().with_answers(&earlier);
    let moved = |d: &str, m: &str, y: &str| {
        check_page(
            &s,
            page,
            &input(&[("moved-day", d), ("moved-month", m), ("moved-year", y)]),
            &ctx,
        )
    };
    let code =
        |r: Result<Answers, Vec<frontdoor_domain::FieldError>>| r.unwrap_err()[0].code.clone();
    assert_eq!(code(moved("1", "1", "1990")), "too-early");
    assert_eq!(
        moved("1", "1", "1990").unwrap_err()[0].args["date"],
        "1993-04-01"
    );
    assert_eq!(code(moved("1", "1", "2031")), "too-late");
    assert_eq!(
        code(moved("1", "4", "1999")),
        "before-other",
        "must be after the date of birth"
    );
    assert_eq!(moved("2", "5", "2000").unwrap()["moved"], "2000-05-02");
    let account = s.page("account").unwrap();
    assert_eq!(
        check_page(&s, account, &input(&[("account", "1234 567")]), &ctx).unwrap_err()[0].code,
        "pattern"
    );
    assert_eq!(
        check_page(&s, account, &input(&[("account", "1234 5678")]), &ctx).unwrap()["account"],
        "1234 5678"
    );
    assert!(s
        .message_ids()
        .contains(&"apply-moved-error-before-other".to_string()));

    let mut broken = s.clone();
    if let frontdoor_domain::QuestionKind::Date(date) = &mut broken.pages[1].questions[0].kind {
        date.after_question = Some("account".into());
        date.earliest = Some("1 April 1993".into());
    }
    let problems = broken.check().unwrap_err();
    assert!(problems.iter().any(
        |p| p.contains("after-question: \"account\" is not a date question on an earlier page")
    ));
    assert!(problems
        .iter()
        .any(|p| p.contains("earliest: must be a date like 2026-04-01")));
}

#[test]
fn a_revealed_question_is_asked_only_when_its_option_is_chosen() {
    let mut s = repair();
    let room = &mut s.pages[2];
    room.questions.push(serde_json::from_value(serde_json::json!({
        "id": "where-else", "type": "text", "reveal-when": {"question": "where", "is": "bathroom"}
    })).unwrap());
    assert!(s.check().is_ok(), "{:?}", s.check());
    let page = s.page("where").unwrap();
    let kitchen = check_page(
        &s,
        page,
        &input(&[("where", "kitchen"), ("where-else", "typed then changed")]),
        &ctx(),
    )
    .unwrap();
    assert_eq!(kitchen["where-else"], "", "not asked, so nothing kept");
    let e = check_page(&s, page, &input(&[("where", "bathroom")]), &ctx()).unwrap_err();
    assert_eq!(e[0].message_id, "repair-where-else-error-required");
    assert_eq!(
        check_page(
            &s,
            page,
            &input(&[("where", "bathroom"), ("where-else", "Loft")]),
            &ctx()
        )
        .unwrap()["where-else"],
        "Loft"
    );

    s.pages[2].questions[1].reveal_when.as_mut().unwrap().is = "garage".into();
    assert!(s.check().unwrap_err()[0].contains(
        "reveal-when: needs an earlier radios question on this page with the option \"garage\""
    ));
}

#[test]
fn a_page_can_need_at_least_one_of_its_optional_answers() {
    let def: ServiceDefinition = serde_json::from_value(serde_json::json!({
        "id": "report-housing-repair", "messages": "repair", "category": "report",
        "standard": {"days": 5, "count": "working"},
        "pages": [
            {"id": "contact", "require-one-of": ["email", "phone"], "questions": [
                {"id": "email", "type": "email", "required": false},
                {"id": "phone", "type": "uk-phone", "required": false}]}
        ]
    }))
    .unwrap();
    assert_eq!(def.check(), Ok(()));
    let page = &def.pages[0];
    let neither = check_page(&def, page, &input(&[]), &ctx()).unwrap_err();
    assert_eq!(neither.len(), 1);
    assert_eq!(neither[0].message_id, "repair-contact-error-one-of");
    assert_eq!(neither[0].target, "email");
    assert!(check_page(&def, page, &input(&[("phone", "07700 900982")]), &ctx()).is_ok());
    assert!(check_page(&def, page, &input(&[("email", "a@example.com")]), &ctx()).is_ok());
    // A wrong answer gets its own message, not the one-of message as well.
    let wrong = check_page(&def, page, &input(&[("email", "nope")]), &ctx()).unwrap_err();
    assert_eq!(wrong.len(), 1);
    assert_eq!(wrong[0].code, "invalid");
    assert!(def
        .message_ids()
        .contains(&"repair-contact-error-one-of".to_string()));

    // The rule may only name optional questions on its own page.
    let mut bad = def.clone();
    bad.pages[0].require_one_of = vec!["email".into(), "fax".into()];
    let problems = bad.check().unwrap_err();
    assert!(
        problems[0].contains("\"fax\" is not an optional question on this page"),
        "{problems:?}"
    );
}

#[test]
fn answers_saved_as_strings_are_read_as_typed_answers() {
    use frontdoor_domain::Answer;
    let def: ServiceDefinition = serde_json::from_value(serde_json::json!({
        "id": "s", "messages": "s", "category": "request",
        "standard": {"days": 5, "count": "working"},
        "pages": [
            {"id": "a", "questions": [{"id": "items", "type": "add-another"}]},
            {"id": "b", "questions": [
                {"id": "what", "type": "checkboxes", "options": ["sofa", "bed"]},
                {"id": "home", "type": "uk-address"},
                {"id": "rooms", "type": "number"},
                {"id": "note", "type": "text", "required": false},
                {"id": "photos", "type": "file", "required": false}
            ]}
        ]
    }))
    .unwrap();
    let saved = [
        ("items", "Sofa\nOld bed"),
        ("what", "sofa,bed"),
        ("home", "Flat 2\n14 Rye Lane\nLondon\nSE15 5DQ"),
        ("rooms", "3"),
        ("note", ""),
        ("photos", "f1,f2"),
        ("gone", "kept anyway"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let answers = def.upgrade_answers(saved);
    let list = |v: &[&str]| Answer::List(v.iter().map(|s| s.to_string()).collect());
    assert_eq!(answers["items"], list(&["Sofa", "Old bed"]));
    assert_eq!(answers["what"], list(&["sofa", "bed"]));
    assert_eq!(
        serde_json::to_value(&answers["home"]).unwrap(),
        serde_json::json!({"line-1": "Flat 2", "line-2": "14 Rye Lane", "town": "London", "postcode": "SE15 5DQ"})
    );
    assert_eq!(answers["rooms"], Answer::Number(3));
    assert_eq!(answers["note"], Answer::Blank);
    assert_eq!(answers["photos"], list(&["f1", "f2"]));
    assert_eq!(answers["gone"], "kept anyway");
    // Typed answers round-trip through JSON as they are stored.
    let json = serde_json::to_string(&answers).unwrap();
    assert_eq!(
        serde_json::from_str::<frontdoor_domain::Answers>(&json).unwrap(),
        answers
    );
}
